//! The offline search index of one locale, built at generation time: words for scripts that
//! separate them with spaces, character bigrams for Han, kana and Hangul (which do not).
//! `site.js` cuts the reader's query the same way.

use std::collections::BTreeMap;
use std::collections::BTreeSet;

/// Whether `c` belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // hiragana, katakana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0xAC00..=0xD7AF) // Hangul
}

/// The search terms of `text`: lower-case words of two or more characters, and for CJK runs
/// each character bigram (a lone character as itself). Markup (`<…>`) and link targets
/// (`](…)`) are skipped.
pub fn terms(text: &str, out: &mut BTreeSet<String>) {
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let mut chars = text.chars().peekable();
    let flush_word = |word: &mut String, out: &mut BTreeSet<String>| {
        if word.chars().count() >= 2 {
            out.insert(std::mem::take(word));
        }
        word.clear();
    };
    let flush_run = |run: &mut Vec<char>, out: &mut BTreeSet<String>| {
        if run.len() == 1 {
            out.insert(run[0].to_string());
        }
        for pair in run.windows(2) {
            out.insert(pair.iter().collect());
        }
        run.clear();
    };
    while let Some(c) = chars.next() {
        if c == '<' || (c == ']' && chars.peek() == Some(&'(')) {
            flush_word(&mut word, out);
            flush_run(&mut run, out);
            let end = if c == '<' { '>' } else { ')' };
            for d in chars.by_ref() {
                if d == end {
                    break;
                }
            }
            continue;
        }
        if is_cjk(c) {
            flush_word(&mut word, out);
            run.push(c);
        } else if c.is_alphanumeric() {
            flush_run(&mut run, out);
            word.extend(c.to_lowercase());
        } else {
            flush_word(&mut word, out);
            flush_run(&mut run, out);
        }
    }
    flush_word(&mut word, out);
    flush_run(&mut run, out);
}

/// One page in the index: its path (relative to the locale folder), title and terms.
pub struct Entry<'a> {
    /// `x.html`, `folder/y.html`.
    pub href: String,
    /// The title shown in the results.
    pub title: &'a str,
    /// The page's terms, space-separated.
    pub terms: &'a str,
}

/// The index as a script (`search-index.js`) that sets `window.TG_SEARCH`: a script, not
/// JSON, so that it loads from `file://` too.
pub fn index_script(entries: &[Entry]) -> String {
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        for t in e.terms.split(' ').filter(|t| !t.is_empty()) {
            postings.entry(t).or_default().push(i);
        }
    }
    let docs: Vec<(String, &str)> = entries
        .iter()
        .map(|e| (super::page::url_path(&e.href), e.title))
        .collect();
    let value = serde_json::json!({ "docs": docs, "terms": postings });
    // `</script>` cannot appear: the file is loaded by src, never inlined.
    format!("window.TG_SEARCH={value};\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut out = BTreeSet::new();
        terms(text, &mut out);
        out.into_iter().collect()
    }

    #[test]
    fn words_are_lower_case_and_markup_is_skipped() {
        assert_eq!(
            all("Tildel **lisenser** til <span>brukere</span> [her](https://x.y/z)"),
            ["brukere", "her", "lisenser", "til", "tildel"]
        );
        assert_eq!(all("Tilldela licenser"), ["licenser", "tilldela"]);
        assert_eq!(
            all("Attribuer des licences à l’utilisateur"),
            ["attribuer", "des", "licences", "utilisateur"]
        );
        assert_eq!(all("הקצה רשיונות למשתמשים"), ["הקצה", "למשתמשים", "רשיונות"]);
    }

    #[test]
    fn chinese_is_cut_into_bigrams() {
        assert_eq!(all("分配许可证"), ["分配", "可证", "许可", "配许"]);
        assert_eq!(all("在 Office 365 中"), ["365", "office", "中", "在"]);
    }
}
