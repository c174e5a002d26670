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

/// What one set of [`Terms`] is prepared as: the do-not-translate names by their first two
/// bytes, and per first byte the bytes all its names start with.
#[derive(Debug)]
pub struct Prepared {
    /// The names, `dnt[i]` of the terms as bytes; empty when a name is empty (every name must
    /// then be looked for).
    names: Vec<Box<[u8]>>,
    /// Per byte, the index + 1 in `groups` of the names that start with it (0: none).
    group_of: Vec<u16>,
    /// The names that start with one byte: the bytes they all start with (that byte at least)
    /// and their indices.
    groups: Vec<(Box<[u8]>, Vec<usize>)>,
    /// Whether a name starts with a pair of bytes (bit `first << 8 | second`; a name of one
    /// byte sets every pair it starts).
    pairs: Vec<u64>,
    /// The smallest first byte of a name, and how far the largest is from it: a block of text
    /// without a byte in that range (told with SIMD) has no name starting in it.
    low: u8,
    span: u8,
    /// The last text asked about and its answer: `without_codes_and_names` and
    /// `do_not_translate` ask about the same source text one after the other.
    last: RefCell<(String, Found)>,
}

/// The names of a list that occur in a text (by [`Prepared::dnt_in`]), as a set of indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// One bit per index below 128, index i being bit i % 64 of word i / 64.
    low: [u64; 2],
    /// The same for the indices from 128 on (word 0 holds 128–191): a list of 128 names or
    /// fewer needs no allocation.
    more: Vec<u64>,
}

impl Found {
    /// Whether no name was found.
    pub fn is_empty(&self) -> bool {
        self.low == [0, 0] && self.more.iter().all(|w| *w == 0)
    }

    /// Whether name `i` was found.
    pub fn has(&self, i: usize) -> bool {
        let word = match i / 64 {
            w @ 0..=1 => Some(&self.low[w]),
            w => self.more.get(w - 2),
        };
        word.is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The indices found, in order.
    pub fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.low
            .iter()
            .chain(&self.more)
            .enumerate()
            .flat_map(|(w, &bits)| {
                let mut bits = bits;
                std::iter::from_fn(move || {
                    let k = bits.trailing_zeros() as usize;
                    bits &= bits.wrapping_sub(1);
                    (k < 64).then_some(w * 64 + k)
                })
            })
    }

    fn insert(&mut self, i: usize) {
        let w = i / 64;
        let word = match w {
            0..=1 => &mut self.low[w],
            _ => {
                if self.more.len() <= w - 2 {
                    self.more.resize(w - 1, 0);
                }
                &mut self.more[w - 2]
            }
        };
        *word |= 1 << (i % 64);
    }
}

impl Prepared {
    fn new(terms: &Terms) -> Prepared {
        let mut prepared = Prepared {
            names: Vec::new(),
            group_of: vec![0; 256],
            groups: Vec::new(),
            pairs: vec![0; 1024],
            low: 0,
            span: 255,
            last: RefCell::new((String::new(), Found::default())),
        };
        if terms.dnt.iter().any(String::is_empty) {
            return prepared;
        }
        for (i, name) in terms.dnt.iter().enumerate() {
            let bytes = name.as_bytes();
            let b = usize::from(bytes[0]);
            if prepared.group_of[b] == 0 {
                prepared.groups.push((bytes.into(), Vec::new()));
                prepared.group_of[b] = prepared.groups.len() as u16;
            }
            let (prefix, names) = &mut prepared.groups[usize::from(prepared.group_of[b]) - 1];
            let common = prefix.iter().zip(bytes).take_while(|(a, b)| a == b).count();
            *prefix = prefix[..common].into();
            names.push(i);
            let seconds = match bytes.get(1) {
                Some(&s) => usize::from(s)..usize::from(s) + 1,
                None => 0..256,
            };
            for s in seconds {
                let pair = b << 8 | s;
                prepared.pairs[pair / 64] |= 1 << (pair % 64);
            }
            prepared.names.push(bytes.into());
        }
        let firsts = || terms.dnt.iter().map(|n| n.as_bytes()[0]);
        if let (Some(low), Some(high)) = (firsts().min(), firsts().max()) {
            (prepared.low, prepared.span) = (low, high - low);
        }
        prepared
    }

    /// The indices (into `Terms::dnt`) of the names that occur in `text` anywhere; None when
    /// that cannot be told (every name must then be looked for). Each place whose two bytes
    /// start a name is tried with the names that start with its first byte (their common
    /// start compared once): a name in a text is a run of its bytes. The answer for the last
    /// text is kept and given again for the same text.
    pub fn dnt_in(&self, text: &str) -> Option<Found> {
        if self.names.is_empty() {
            return None;
        }
        {
            let last = self.last.borrow();
            if last.0 == text {
                return Some(last.1.clone());
            }
        }
        let mut found = Found::default();
        let bytes = text.as_bytes();
        let (low, span) = (self.low, self.span);
        for at in hits(bytes, |b| b.wrapping_sub(low) <= span) {
            self.names_at(bytes, at, &mut found);
        }
        let mut last = self.last.borrow_mut();
        last.0.clear();
        last.0.push_str(text);
        last.1.clone_from(&found);
        Some(found)
    }

    /// Adds to `found` the names that start at `at` in `bytes`.
    #[inline]
    fn names_at(&self, bytes: &[u8], at: usize, found: &mut Found) {
        let b = usize::from(bytes[at]);
        let group = usize::from(self.group_of[b]);
        if group == 0 {
            return;
        }
        if let Some(&s) = bytes.get(at + 1) {
            let pair = b << 8 | usize::from(s);
            if self.pairs[pair / 64] & (1 << (pair % 64)) == 0 {
                return;
            }
        }
        let (prefix, names) = &self.groups[group - 1];
        let rest = &bytes[at..];
        if !rest.starts_with(prefix) {
            return;
        }
        let (rest, skip) = (&rest[prefix.len()..], prefix.len());
        for &i in names {
            let tail = &self.names[i][skip..];
            if tail.first().is_none_or(|f| rest.first() == Some(f)) && rest.starts_with(tail) {
                found.insert(i);
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

/// The places of the bytes of `bytes` that `pred` accepts, in order, like
/// `bytes.iter().positions(pred)`: each block of 32 bytes is made into a bit mask without an
/// exit inside it (which the compiler turns into SIMD), then its set bits are read.
#[inline]
pub fn hits<P: Fn(u8) -> bool>(bytes: &[u8], pred: P) -> Hits<'_, P> {
    Hits {
        bytes,
        pred,
        next: 0,
        base: 0,
        mask: 0,
    }
}

/// The iterator of [`hits`].
pub struct Hits<'a, P> {
    bytes: &'a [u8],
    pred: P,
    /// Where the next block starts.
    next: usize,
    /// Where the current block starts, and its places not yet given.
    base: usize,
    mask: u32,
}

impl<P: Fn(u8) -> bool> Iterator for Hits<'_, P> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let block = self.bytes.get(self.next..)?;
            if block.is_empty() {
                return None;
            }
            let block = &block[..block.len().min(32)];
            self.base = self.next;
            self.next += block.len();
            self.mask = match <&[u8; 32]>::try_from(block) {
                Ok(full) => full
                    .iter()
                    .enumerate()
                    .fold(0, |m, (k, b)| m | u32::from((self.pred)(*b)) << k),
                Err(_) => block
                    .iter()
                    .enumerate()
                    .fold(0, |m, (k, b)| m | u32::from((self.pred)(*b)) << k),
            };
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k)
    }
}

/// Bracket and quote pairs: the characters that open and those that close each.
pub type PairList = Vec<(Vec<char>, Vec<char>)>;

/// A locale's bracket and quote pairs (as `make` gives them), with every character of them
/// for a one-pass test of which pairs a text has characters of.
#[derive(Debug)]
pub struct Pairs {
    /// The pairs: the characters that open and those that close.
    pub pairs: PairList,
    /// Whether a byte is the first byte (in UTF-8) of a character of the pairs (ASCII letters,
    /// digits and the space aside).
    first: [bool; 256],
    /// Per ASCII character of the pairs, the pairs it is in (bit `k.min(63)` for pair k).
    ascii: [u64; 128],
    /// The other characters of the pairs in UTF-8 (with their length) and the pairs they are
    /// in, sorted; `lead[b]` is the range of those whose first byte is b.
    wide: Vec<([u8; 4], usize, u64)>,
    lead: Vec<std::ops::Range<usize>>,
    /// The pairs without ASCII letters, digits or the space, and whose bit is theirs alone (k < 63):
    /// [`Pairs::present`] tells exactly whether a text has one of their characters.
    exact: u64,
}

impl Pairs {
    /// Whether `text` has any character of the pairs (ASCII letters, digits and the space
    /// aside).
    pub fn any_in(&self, text: &str) -> bool {
        self.present(text) != 0
    }

    /// The pairs `text` has a character of (ASCII letters, digits and the space aside), bit
    /// `k.min(63)` for pair k. Only the places whose byte starts one of them are read: a byte
    /// that starts a character in UTF-8 never occurs inside another.
    pub fn present(&self, text: &str) -> u64 {
        let bytes = text.as_bytes();
        let mut mask = 0;
        for at in hits(bytes, |b| self.first[usize::from(b)]) {
            match bytes[at] {
                b @ 0..=0x7f => mask |= self.ascii[usize::from(b)],
                b => {
                    for (enc, len, m) in &self.wide[self.lead[usize::from(b)].clone()] {
                        if bytes[at..].starts_with(&enc[..*len]) {
                            mask |= m;
                        }
                    }
                }
            }
        }
        mask
    }

    /// Whether [`Pairs::present`]'s bit for pair `k` tells exactly whether a text has a
    /// character of it.
    pub fn exact(&self, k: usize) -> bool {
        k < 63 && self.exact & (1 << k) != 0
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
        let (mut ascii, mut wide, mut exact) = ([0u64; 128], Vec::new(), 0u64);
        for c in &chars {
            let mut buf = [0; 4];
            let len = c.encode_utf8(&mut buf).len();
            first[usize::from(buf[0])] = true;
            let mut m = 0u64;
            for (k, (o, cl)) in pairs.iter().enumerate() {
                if o.contains(c) || cl.contains(c) {
                    m |= 1 << k.min(63);
                }
            }
            match c.is_ascii() {
                true => ascii[usize::from(buf[0])] = m,
                false => wide.push((buf, len, m)),
            }
        }
        wide.sort_unstable();
        let mut lead = vec![0..0; 256];
        for (i, (enc, _, _)) in wide.iter().enumerate() {
            let r: &mut std::ops::Range<usize> = &mut lead[usize::from(enc[0])];
            if r.start == r.end {
                *r = i..i;
            }
            r.end = i + 1;
        }
        for (k, (o, cl)) in pairs.iter().enumerate().take(63) {
            if o.iter().chain(cl).all(|c| chars.binary_search(c).is_ok()) {
                exact |= 1 << k;
            }
        }
        let p = Rc::new(Pairs {
            pairs,
            first,
            ascii,
            wide,
            lead,
            exact,
        });
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
                let slow = text.chars().any(|c| {
                    !c.is_ascii_alphanumeric()
                        && c != ' '
                        && p.pairs.iter().any(|(o, cl)| o.contains(&c) || cl.contains(&c))
                });
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
