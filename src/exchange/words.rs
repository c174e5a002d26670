//! Word counts the way vendors quote: per locale and document, the words of the messages to
//! translate, split into stale, translation-memory 100 %, repetitions, fuzzy bands and new.
//!
//! # Counting
//!
//! Words are counted in the text without its inline codes (markup, URLs, code spans,
//! placeholders and entities count nothing): Unicode word boundaries (UAX #29, the
//! `unicode-segmentation` crate); a word is a run with a letter or digit (`don't`, `1:1`, `365`
//! are one word each). Scripts written without spaces are counted by characters, as CAT tools
//! do for CJK: each Han ideograph, hiragana, katakana, Thai, Lao, Khmer or Myanmar letter is one
//! word (Thai combining vowels and tone marks are not counted apart). No dictionary
//! segmentation is done: a Thai "word" count is a character count, stated as such.
//!
//! # Categories
//!
//! Each selected message falls in the first of: `stale` (its English changed since it was
//! translated), `tm-100` (the same English is translated in the memory: `status --words` gives
//! the locale's messages outside the set counted, and TMX files),
//! `repetition` (the same English came earlier in the set), a fuzzy band by the best memory
//! match (`95–99`, `85–94`, `75–84`, `50–74`), `new`.

use std::collections::HashSet;

use unicode_segmentation::UnicodeSegmentation;

use super::inline::plain;
use super::tm::Memory;
use super::units::{DocUnits, UnitState};

/// Whether `c` is of a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // hiragana, katakana
        | 0x31F0..=0x31FF    // katakana extensions
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFF66..=0xFF9D    // half-width katakana
        | 0x20000..=0x3134F  // CJK extensions B–G
        | 0x0E00..=0x0EFF    // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
    )
}

/// Thai and Lao combining vowels and tone marks: part of the letter before.
fn combining(c: char) -> bool {
    matches!(c as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECD)
}

/// The words of a message's text (see the module docs).
pub fn count(text: &str) -> usize {
    let plain = plain(text);
    let mut n = 0;
    for word in plain.unicode_words() {
        let mut chars = 0;
        let mut other = false;
        for c in word.chars() {
            if unspaced(c) {
                if !combining(c) {
                    chars += 1;
                }
            } else if c.is_alphanumeric() {
                other = true;
            }
        }
        n += chars + usize::from(other || chars == 0);
    }
    n
}

/// Words per category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Counts {
    /// Messages counted.
    pub messages: usize,
    /// All their words.
    pub words: usize,
    /// Without any match.
    pub new: usize,
    /// In stale messages.
    pub stale: usize,
    /// Repeated within the set.
    pub repetition: usize,
    /// Exact matches in the memory.
    pub tm_100: usize,
    /// Fuzzy 95–99 %.
    pub fuzzy_95_99: usize,
    /// Fuzzy 85–94 %.
    pub fuzzy_85_94: usize,
    /// Fuzzy 75–84 %.
    pub fuzzy_75_84: usize,
    /// Fuzzy 50–74 %.
    pub fuzzy_50_74: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.messages += o.messages;
        self.words += o.words;
        self.new += o.new;
        self.stale += o.stale;
        self.repetition += o.repetition;
        self.tm_100 += o.tm_100;
        self.fuzzy_95_99 += o.fuzzy_95_99;
        self.fuzzy_85_94 += o.fuzzy_85_94;
        self.fuzzy_75_84 += o.fuzzy_75_84;
        self.fuzzy_50_74 += o.fuzzy_50_74;
    }
}

/// The counts of one document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DocCounts {
    /// The document id.
    pub doc: String,
    /// Its counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// The counts of a locale.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Analysis {
    /// The locale.
    pub locale: String,
    /// How words are counted for scripts without spaces.
    pub counting: &'static str,
    /// The sum.
    pub total: Counts,
    /// Per document.
    pub documents: Vec<DocCounts>,
}

/// Analyses the selected units `docs` of `locale` against `memory`.
pub fn analyse(docs: &[DocUnits], locale: &str, memory: &Memory) -> Analysis {
    // Fuzzy scores first, in parallel, for the units that may need them.
    let mut queries = Vec::new();
    for d in docs {
        for u in &d.units {
            queries.push((u.english.as_str(), format!("{}#{}", d.doc, u.id)));
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    let mut need = vec![false; queries.len()];
    let mut k = 0;
    for d in docs {
        for u in &d.units {
            let origin = &queries[k].1;
            need[k] = u.state != UnitState::Stale
                && memory.exact(&u.english, origin).is_none()
                && !seen.contains(u.english.as_str());
            seen.insert(u.english.as_str());
            k += 1;
        }
    }
    let asked: Vec<(&str, String)> = queries
        .iter()
        .zip(&need)
        .filter(|(_, n)| **n)
        .map(|(q, _)| (q.0, q.1.clone()))
        .collect();
    let mut scores = memory.best_scores(&asked).into_iter();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut total = Counts::default();
    let mut documents = Vec::new();
    let mut k = 0;
    for d in docs {
        let mut c = Counts::default();
        for u in &d.units {
            let words = count(&u.english);
            c.messages += 1;
            c.words += words;
            let origin = &queries[k].1;
            let slot = if u.state == UnitState::Stale {
                &mut c.stale
            } else if memory.exact(&u.english, origin).is_some() {
                &mut c.tm_100
            } else if seen.contains(u.english.as_str()) {
                &mut c.repetition
            } else {
                match scores.next().flatten() {
                    Some(95..) => &mut c.fuzzy_95_99,
                    Some(85..) => &mut c.fuzzy_85_94,
                    Some(75..) => &mut c.fuzzy_75_84,
                    Some(50..) => &mut c.fuzzy_50_74,
                    _ => &mut c.new,
                }
            };
            *slot += words;
            seen.insert(u.english.as_str());
            k += 1;
        }
        total.add(&c);
        documents.push(DocCounts {
            doc: d.doc.clone(),
            counts: c,
        });
    }
    Analysis {
        locale: locale.to_owned(),
        counting: "uax29-words; han-kana-thai-lao-khmer-myanmar-by-character",
        total,
        documents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_each_corpus_script() {
        // en-US, nb-NO, sv-SE, fr-FR: words between spaces; markup and URLs count nothing.
        assert_eq!(count("Select **Save** in [Settings](https://x.com/a)."), 4);
        assert_eq!(count("Velg **Lisenser**, og deretter *Tildel*."), 5);
        assert_eq!(count("Välj användaren och sedan Licenser."), 5);
        assert_eq!(count("Sélectionnez l’utilisateur : « Licences »."), 3);
        assert_eq!(count("don't Office 365"), 3);
        // he-IL: words between spaces; the bidi marks are not words.
        assert_eq!(count("בחר \u{200F}משתמש\u{200F} ולאחר מכן"), 4);
        // zh-CN, ja-JP: one word per ideograph or kana; Latin words inside count as words.
        assert_eq!(count("选择 **保存**。"), 4);
        assert_eq!(count("在 Microsoft 365 管理中心"), 2 + 4 + 1);
        assert_eq!(count("ユーザーを選択"), 7);
        // Thai: characters, combining marks with their letter.
        assert_eq!(count("เลือกผู้ใช้"), 7);
    }

    #[test]
    fn categories_follow_stale_tm_repetition_fuzzy_new() {
        use crate::exchange::tm::TmEntry;
        use crate::exchange::units::Unit;
        use crate::l10n::state::Review;
        let unit = |id: &str, en: &str, state| Unit {
            id: id.into(),
            place: None,
            english: en.into(),
            previous: None,
            target: None,
            state,
        };
        let docs = vec![DocUnits {
            doc: "d".into(),
            units: vec![
                unit("1", "Open the admin center now", UnitState::Missing),
                unit("2", "Open the admin center now", UnitState::Missing),
                unit("3", "Select the user", UnitState::Stale),
                unit("4", "Assign a license to the user", UnitState::Missing),
                unit("5", "Brand new sentence here", UnitState::Missing),
                unit("6", "Assign a licence to the users", UnitState::Missing),
            ],
        }];
        let memory = Memory::new(vec![TmEntry {
            english: "Assign a license to the user".into(),
            translation: "Tildel en lisens".into(),
            locale: "nb-NO".into(),
            state: Review::Reviewed,
            origin: "other#1".into(),
        }]);
        let a = analyse(&docs, "nb-NO", &memory);
        let t = a.total;
        assert_eq!((t.messages, t.words), (6, 5 + 5 + 3 + 6 + 4 + 6));
        assert_eq!(t.new, 5 + 4);
        assert_eq!(t.repetition, 5);
        assert_eq!(t.stale, 3);
        assert_eq!(t.tm_100, 6);
        assert_eq!(t.fuzzy_85_94, 6, "{t:?}");
    }
}
