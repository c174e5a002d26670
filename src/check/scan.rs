//! What the checks build once and reuse, so that a whole corpus is checked at close to the
//! speed of reading it: the terms of a settings and locale (built once, not once per
//! document), and the do-not-translate names indexed by their first byte (one pass over a
//! message instead of one substring search per name).
//!
//! Everything here is a cache or a prefilter: it never decides a finding, it only lets the
//! rules in [`super::qa`] skip work whose answer is known (a name that does not occur in a
//! text anywhere does not occur in it as a whole word either).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use super::qa::Terms;
use super::Config;

/// How many settings/locale pairs (and automata per thread) are kept.
const KEEP: usize = 16;

/// The terms [`Config::terms`] gives for `locale`, built once per settings and locale and
/// shared afterwards (a corpus has thousands of documents and a handful of locales).
pub fn terms(config: &Config, locale: &str) -> Arc<Terms> {
    static CACHE: Mutex<Vec<(Config, String, Arc<Terms>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, _, terms)) = cache.iter().find(|(c, l, _)| l == locale && c == config) {
        return terms.clone();
    }
    let terms = config.terms(locale);
    if cache.len() >= KEEP {
        cache.remove(0);
    }
    cache.push((config.clone(), locale.to_owned(), terms.clone()));
    terms
}

/// What one set of [`Terms`] is prepared as: the do-not-translate names by their first byte.
#[derive(Debug)]
pub struct Prepared {
    /// The names, `dnt[i]` of the terms as bytes; empty when a name is empty (every name must
    /// then be looked for).
    names: Vec<Box<[u8]>>,
    /// Per byte, the indices of the names that start with it.
    by_first: Vec<Vec<usize>>,
    /// Whether any name starts with a byte.
    first: [bool; 256],
    /// The smallest first byte of a name, and how far the largest is from it: a block of text
    /// without a byte in that range (told with SIMD) has no name starting in it.
    low: u8,
    span: u8,
}

/// The names of a list that occur in a text (by [`Prepared::dnt_in`]), as a set of indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// One bit per index, index i being bit i % 64 of word i / 64.
    bits: Vec<u64>,
}

impl Found {
    /// Whether no name was found.
    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|w| *w == 0)
    }

    /// Whether name `i` was found.
    pub fn has(&self, i: usize) -> bool {
        self.bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn insert(&mut self, i: usize) {
        if self.bits.len() <= i / 64 {
            self.bits.resize(i / 64 + 1, 0);
        }
        self.bits[i / 64] |= 1 << (i % 64);
    }
}

impl Prepared {
    fn new(terms: &Terms) -> Prepared {
        let mut prepared = Prepared {
            names: Vec::new(),
            by_first: vec![Vec::new(); 256],
            first: [false; 256],
            low: 0,
            span: 255,
        };
        if terms.dnt.iter().any(String::is_empty) {
            return prepared;
        }
        for (i, name) in terms.dnt.iter().enumerate() {
            let b = usize::from(name.as_bytes()[0]);
            prepared.by_first[b].push(i);
            prepared.first[b] = true;
            prepared.names.push(name.as_bytes().into());
        }
        let firsts = || terms.dnt.iter().map(|n| n.as_bytes()[0]);
        if let (Some(low), Some(high)) = (firsts().min(), firsts().max()) {
            (prepared.low, prepared.span) = (low, high - low);
        }
        prepared
    }

    /// The indices (into `Terms::dnt`) of the names that occur in `text` anywhere; None when
    /// that cannot be told (every name must then be looked for). Each place whose byte starts a
    /// name is tried with the names that start with it: a name in a text is a run of its bytes.
    pub fn dnt_in(&self, text: &str) -> Option<Found> {
        if self.names.is_empty() {
            return None;
        }
        let mut found = Found::default();
        let bytes = text.as_bytes();
        let (low, span) = (self.low, self.span);
        for (k, block) in bytes.chunks(32).enumerate() {
            if !block
                .iter()
                .fold(false, |hit, b| hit | (b.wrapping_sub(low) <= span))
            {
                continue;
            }
            self.names_at(bytes, k * 32..k * 32 + block.len(), &mut found);
        }
        Some(found)
    }

    /// Adds to `found` the names that start in `range` of `bytes`.
    fn names_at(&self, bytes: &[u8], range: std::ops::Range<usize>, found: &mut Found) {
        for at in range {
            let b = bytes[at];
            if !self.first[usize::from(b)] {
                continue;
            }
            for &i in &self.by_first[usize::from(b)] {
                if bytes[at..].starts_with(&self.names[i]) {
                    found.insert(i);
                }
            }
        }
    }

    /// Whether the name `dnt[i]` may occur in a text of which [`Prepared::dnt_in`] said `found`.
    pub fn may_have(found: &Option<Found>, i: usize) -> bool {
        found.as_ref().is_none_or(|f| f.has(i))
    }
}

thread_local! {
    /// The automata built by this thread, with the terms they are for (kept alive, so that an
    /// address stands for one set of terms).
    static PREPARED: RefCell<Vec<(Arc<Terms>, Rc<Prepared>)>> = const { RefCell::new(Vec::new()) };
}

/// The automata of `terms`, built once per thread and set of terms (the terms are shared by
/// every message of a locale through [`terms`]).
pub fn prepared(terms: &Arc<Terms>) -> Rc<Prepared> {
    PREPARED.with(|cell| {
        let mut cache = cell.borrow_mut();
        if let Some((_, p)) = cache.iter().find(|(t, _)| Arc::ptr_eq(t, terms)) {
            return p.clone();
        }
        let p = Rc::new(Prepared::new(terms));
        if cache.len() >= KEEP {
            cache.remove(0);
        }
        cache.push((terms.clone(), p.clone()));
        p
    })
}

/// The automata of `terms` if this thread has built them (through [`prepared`]).
pub fn prepared_for(terms: &Terms) -> Option<Rc<Prepared>> {
    PREPARED.with(|cell| {
        let cache = cell.borrow();
        let found = cache.iter().find(|(t, _)| std::ptr::eq(Arc::as_ptr(t), terms));
        found.map(|(_, p)| p.clone())
    })
}

/// The length in bytes of the longest text of a list (a text longer than that is in none).
pub fn longest(list: &[&str]) -> usize {
    list.iter().map(|w| w.len()).max().unwrap_or(0)
}

/// The leftmost place of `needle` in `haystack`, like `str::find`, without building a
/// searcher: for the short texts of one message, looking at each place of the needle's first
/// byte is faster than preparing a two-way search.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let last = hay.len().checked_sub(needle.len())?;
    memchr::memchr_iter(first, &hay[..=last]).find(|&i| hay[i + 1..].starts_with(rest))
}

/// Whether any byte of `bytes` is one `pred` accepts, like `bytes.iter().any(..)`, read 32
/// bytes at a time without an exit inside a block, which the compiler turns into SIMD.
#[inline]
pub fn any_byte(bytes: &[u8], pred: impl Fn(u8) -> bool) -> bool {
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        if block.iter().fold(false, |found, b| found | pred(*b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|b| pred(*b))
}

/// Bracket and quote pairs: the characters that open and those that close each.
pub type PairList = Vec<(Vec<char>, Vec<char>)>;

/// A locale's bracket and quote pairs (as `make` gives them), with every character of them
/// for a one-pass test of whether a text has any.
#[derive(Debug)]
pub struct Pairs {
    /// The pairs: the characters that open and those that close.
    pub pairs: PairList,
    /// Every character of `pairs` but ASCII letters, digits and the space, sorted.
    chars: Vec<char>,
    /// Whether a byte is the first byte (in UTF-8) of a character of `chars`.
    first: [bool; 256],
}

impl Pairs {
    /// Whether `text` has any character of the pairs (ASCII letters, digits and the space
    /// aside). Only the places whose byte starts one of them are decoded: a byte that starts
    /// a character in UTF-8 never occurs inside another.
    pub fn any_in(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(k) = bytes[from..].iter().position(|b| self.first[usize::from(*b)]) {
            let at = from + k;
            let c = text[at..].chars().next().unwrap_or_default();
            if self.chars.binary_search(&c).is_ok() {
                return true;
            }
            from = at + 1;
        }
        false
    }
}

/// The characters of a text that are in one of two small sets, with their offsets, in order:
/// `text.char_indices()` filtered, found with `memchr` by their first bytes where the sets have
/// three first bytes or fewer (each place of such a byte starts a character: in UTF-8 a first
/// byte never occurs inside another character).
pub struct CharsOf<'a> {
    text: &'a str,
    sets: (&'a [char], &'a [char]),
    inner: CharsOfInner<'a>,
}

enum CharsOfInner<'a> {
    Bytes(memchr::Memchr3<'a>),
    Chars(std::str::CharIndices<'a>),
}

impl<'a> CharsOf<'a> {
    /// The characters of `text` in `a` or in `b`.
    pub fn new(text: &'a str, a: &'a [char], b: &'a [char]) -> CharsOf<'a> {
        let (mut firsts, mut n, mut few) = ([0u8; 3], 0, true);
        for c in a.iter().chain(b) {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if !firsts[..n].contains(&first) {
                if n == 3 {
                    few = false;
                    break;
                }
                firsts[n] = first;
                n += 1;
            }
        }
        let inner = match (few, &firsts[..n]) {
            (true, [x]) => CharsOfInner::Bytes(memchr::memchr3_iter(*x, *x, *x, text.as_bytes())),
            (true, [x, y]) => CharsOfInner::Bytes(memchr::memchr3_iter(*x, *y, *y, text.as_bytes())),
            (true, [x, y, z]) => CharsOfInner::Bytes(memchr::memchr3_iter(*x, *y, *z, text.as_bytes())),
            _ => CharsOfInner::Chars(text.char_indices()),
        };
        CharsOf {
            text,
            sets: (a, b),
            inner,
        }
    }
}

impl Iterator for CharsOf<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let (a, b) = self.sets;
        let wanted = |c: &char| a.contains(c) || b.contains(c);
        match &mut self.inner {
            CharsOfInner::Bytes(it) => {
                for at in it.by_ref() {
                    let c = self.text[at..].chars().next()?;
                    if wanted(&c) {
                        return Some((at, c));
                    }
                }
                None
            }
            CharsOfInner::Chars(it) => it.find(|(_, c)| wanted(c)),
        }
    }
}

/// The pairs `make` gives for `locale`, made once per thread and locale.
pub fn pairs(locale: &str, make: fn(&str) -> PairList) -> Rc<Pairs> {
    type Cache = RefCell<Vec<(usize, String, Rc<Pairs>)>>;
    thread_local! {
        static PAIRS: Cache = const { RefCell::new(Vec::new()) };
    }
    let key = make as usize;
    PAIRS.with(|cell| {
        let mut cache = cell.borrow_mut();
        if let Some((_, _, p)) = cache.iter().find(|(k, l, _)| *k == key && l == locale) {
            return p.clone();
        }
        let pairs = make(locale);
        let mut chars: Vec<char> = pairs
            .iter()
            .flat_map(|(o, c)| o.iter().chain(c))
            .copied()
            .collect();
        chars.retain(|c| !c.is_ascii_alphanumeric() && *c != ' ');
        chars.sort_unstable();
        chars.dedup();
        let mut first = [false; 256];
        for c in &chars {
            let mut buf = [0; 4];
            first[usize::from(c.encode_utf8(&mut buf).as_bytes()[0])] = true;
        }
        let p = Rc::new(Pairs { pairs, chars, first });
        if cache.len() >= KEEP {
            cache.remove(0);
        }
        cache.push((key, locale.to_owned(), p.clone()));
        p
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_built_once_per_settings_and_locale() {
        let config = Config::default();
        let a = terms(&config, "nb-no");
        assert!(Arc::ptr_eq(&a, &terms(&config, "nb-no")));
        assert_eq!(*a, *config.terms("nb-no"));
        let other = Config {
            do_not_translate: vec!["Fabrikam".into()],
            ..Config::default()
        };
        let b = terms(&other, "nb-no");
        assert!(b.dnt.contains(&"Fabrikam".to_owned()) && !a.dnt.contains(&"Fabrikam".to_owned()));
    }

    #[test]
    fn the_automaton_finds_every_name_a_substring_search_finds() {
        let terms = Arc::new(Terms::with_defaults(&["x x".into()], true));
        let p = prepared(&terms);
        for text in [
            "Open Microsoft Teams and Microsoft 365 admin center",
            "Bruk Office 365 i Teams",
            "ax x x",
            "",
        ] {
            let found = p.dnt_in(text);
            for (i, term) in terms.dnt.iter().enumerate() {
                assert_eq!(
                    Prepared::may_have(&found, i),
                    text.contains(term.as_str()),
                    "{term} in {text}"
                );
            }
        }
        let empty = Arc::new(Terms::with_defaults(&[String::new()], false));
        assert!(prepared(&empty).dnt_in("x").is_none());
    }

    #[test]
    fn any_byte_agrees_with_any() {
        let text: Vec<u8> = (0..=255u8).cycle().take(700).collect();
        for len in [0, 1, 31, 32, 33, 64, 100, 700] {
            for wanted in [0u8, 7, 48, 57, 200, 255] {
                for at in [0, 5, 31, 32, 63, 699] {
                    let mut bytes = vec![b'a'; len];
                    if at < len {
                        bytes[at] = wanted;
                    }
                    let pred = |b: u8| b == wanted;
                    assert_eq!(any_byte(&bytes, pred), bytes.iter().any(|b| pred(*b)));
                }
                let pred = |b: u8| b.is_ascii_digit() || b >= 0xD9;
                assert_eq!(any_byte(&text[..len], pred), text[..len].iter().any(|b| pred(*b)));
            }
        }
    }

    #[test]
    fn find_agrees_with_str_find() {
        for (hay, needle) in [
            ("Select Save. Select Save.", "Save."),
            ("Velg Lagre", "Lagre"),
            ("abc", "abcd"),
            ("abc", ""),
            ("", ""),
            ("", "a"),
            ("aaab", "aab"),
            ("选择“保存”。保存", "保存"),
            ("x", "x"),
        ] {
            assert_eq!(find(hay, needle), hay.find(needle), "{needle:?} in {hay:?}");
        }
    }

    #[test]
    fn pairs_are_made_once_per_locale_and_tell_any_of_their_characters() {
        fn make(locale: &str) -> PairList {
            match locale {
                "zh-cn" => vec![(vec!['（', '('], vec!['）', ')'])],
                _ => vec![(vec!['«'], vec!['»'])],
            }
        }
        let zh = pairs("zh-cn", make);
        assert!(Rc::ptr_eq(&zh, &pairs("zh-cn", make)));
        assert!(zh.any_in("见（图 1）") && zh.any_in("a (b") && !zh.any_in("a « b"));
        let fr = pairs("fr-fr", make);
        assert!(fr.any_in("« Enregistrer »") && !fr.any_in("Enregistrer (x)"));
    }

    /// Texts in many scripts, with every bracket and quote of the locales and characters that
    /// share their first byte in UTF-8 (`«` and the no-break space: 0xC2; `“` and `…`: 0xE2;
    /// `「` and `。`: 0xE3; `（` and `，`: 0xEF).
    const TEXTS: &[&str] = &[
        "Velg «Lagre» (eller [Avbryt]) {x}\u{a0}…",
        "选择“保存”。（见图 1）「設定」『x』【y】，",
        "בחר ”שמור” או “ביטול“ ‹x› „y“",
        "Välj ”Spara” – ‚x‘ 'y' \"z\"",
        "Sélectionnez « Enregistrer » ‹ x ›",
        "เลือก (บันทึก) ๑๒๓",
        "اختر «حفظ» ١٢٣ ؟",
        "「保存」を選択します。（１）",
        "Επιλέξτε «Αποθήκευση»",
        "Выберите «Сохранить» (Ctrl+S)",
        "चुनें (सहेजें) १२३ ।",
        "",
        "a",
        "(",
        "」",
        "\u{a0}\u{202f}",
    ];

    #[test]
    fn the_byte_scans_find_what_the_char_walks_find() {
        for locale in ["nb-no", "sv-se", "zh-cn", "he-il", "fr-fr", "de-de", "en"] {
            let p = pairs(locale, crate::check::qa::pairs);
            for text in TEXTS {
                let slow = text
                    .chars()
                    .any(|c| !c.is_ascii_alphanumeric() && c != ' ' && p.chars.binary_search(&c).is_ok());
                assert_eq!(p.any_in(text), slow, "{locale}: {text}");
                for (open, close) in &p.pairs {
                    let fast: Vec<(usize, char)> = CharsOf::new(text, open, close).collect();
                    let slow: Vec<(usize, char)> = text
                        .char_indices()
                        .filter(|(_, c)| open.contains(c) || close.contains(c))
                        .collect();
                    assert_eq!(fast, slow, "{locale}: {open:?} {close:?} in {text}");
                }
            }
        }
        // four first bytes: the char walk
        let (a, b) = (['(', '«'], ['“', '（']);
        let text = "(«“（x）”»)";
        let fast: Vec<_> = CharsOf::new(text, &a, &b).collect();
        assert_eq!(fast, [(0, '('), (1, '«'), (3, '“'), (6, '（')]);
    }

    #[test]
    fn names_are_found_by_their_first_byte_in_every_script() {
        let extra: Vec<String> = [
            "Contoso",
            "Microsoft 应用商店",
            "必应",
            "Ω365",
            "Fabrikam Fabrikam",
        ]
        .map(String::from)
        .to_vec();
        let terms = Arc::new(Terms::with_defaults(&extra, true));
        let p = prepared(&terms);
        // names across the 32-byte blocks the scan skips by
        let long = format!(
            "{}Microsoft Teams{}必应 and{}Office 365",
            "x".repeat(25),
            "y".repeat(30),
            "z".repeat(60)
        );
        for text in TEXTS.iter().copied().chain([
            long.as_str(),
            &long[1..],
            &long[..long.len() - 1],
            "Microsoft Teams og Microsoft 365 og Microsoft 应用商店 og 必应",
            "ΩΩ365 Fabrikam Fabrikam Fabrikam",
            "OneDriveOneNoteOutlook.comOffice 365",
        ]) {
            let found = p.dnt_in(text);
            for (i, term) in terms.dnt.iter().enumerate() {
                assert_eq!(
                    Prepared::may_have(&found, i),
                    text.contains(term.as_str()),
                    "{term} in {text}"
                );
            }
        }
    }
}
