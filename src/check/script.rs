//! What the checks need to know about writing systems, from data rather than Latin habits:
//! the script of a character, which scripts separate words with spaces, sentence-final
//! punctuation per script, decimal digits of every Unicode `Nd` run compared by value,
//! locales that space before `: ; ! ?` (French), bidi direction, and how long a translation
//! in a script usually runs against English.
//!
//! The digit table is generated (`data/gen_digits.py`, from the Unicode database); the script
//! ranges below are the blocks of the Unicode `Scripts.txt` property for the scripts the checks
//! treat differently (everything else is [`Script::Other`] and treated like Latin).

#[path = "data/digits.rs"]
mod digits;

/// A writing system, as far as the checks tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters (and any script not listed: spaced, left to right).
    Latin,
    /// Greek.
    Greek,
    /// Cyrillic.
    Cyrillic,
    /// Hebrew.
    Hebrew,
    /// Arabic (Arabic, Persian, Urdu).
    Arabic,
    /// Devanagari and the other Brahmic scripts of India.
    Indic,
    /// Thai.
    Thai,
    /// Lao.
    Lao,
    /// Khmer.
    Khmer,
    /// Myanmar.
    Myanmar,
    /// Han ideographs (Chinese hanzi, Japanese kanji).
    Han,
    /// Hiragana.
    Hiragana,
    /// Katakana (with the prolonged sound mark and half-width forms).
    Katakana,
    /// Hangul.
    Hangul,
    /// Punctuation, digits, symbols, spaces: no script of their own.
    Common,
    /// A letter of a script not listed.
    Other,
}

/// The script of a character.
#[inline]
pub fn script(c: char) -> Script {
    let u = c as u32;
    if u < 0x80 {
        // (an ASCII letter is Latin, anything else ASCII is common)
        return match c.is_ascii_alphabetic() {
            true => Script::Latin,
            false => Script::Common,
        };
    }
    // `is_alphabetic` is this module's fast form of `char::is_alphabetic` (same answers)
    match u {
        0xc0..=0x24f | 0x1e00..=0x1eff | 0xff21..=0xff3a | 0xff41..=0xff5a if is_alphabetic(c) => {
            Script::Latin
        }
        0x370..=0x3ff | 0x1f00..=0x1fff if is_alphabetic(c) => Script::Greek,
        0x400..=0x52f if is_alphabetic(c) => Script::Cyrillic,
        0x591..=0x5f4 | 0xfb1d..=0xfb4f => Script::Hebrew,
        0x600..=0x6ff | 0x750..=0x77f | 0x8a0..=0x8ff | 0xfb50..=0xfdff | 0xfe70..=0xfeff if !matches!(u, 0x60c | 0x61b | 0x61f | 0x640 | 0x660..=0x669 | 0x6f0..=0x6f9) => {
            Script::Arabic
        }
        0x900..=0xdff if is_alphabetic(c) => Script::Indic,
        0xe01..=0xe3a | 0xe40..=0xe4e => Script::Thai,
        0xe81..=0xedf if is_alphabetic(c) => Script::Lao,
        0x1780..=0x17ff | 0x19e0..=0x19ff if is_alphabetic(c) => Script::Khmer,
        0x1000..=0x109f | 0xaa60..=0xaa7f if is_alphabetic(c) => Script::Myanmar,
        0x2e80..=0x2fdf
        | 0x3005
        | 0x3007
        | 0x3021..=0x3029
        | 0x3400..=0x4dbf
        | 0x4e00..=0x9fff
        | 0xf900..=0xfaff
        | 0x20000..=0x3134f => Script::Han,
        0x3041..=0x309f => Script::Hiragana,
        0x30a0..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => Script::Katakana,
        0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => Script::Hangul,
        _ if is_alphabetic(c) => Script::Other,
        _ => Script::Common,
    }
}

/// `char::is_alphabetic`, answered by range for ASCII, Latin-1 and Latin Extended, Greek,
/// Cyrillic, Hebrew, Arabic, Devanagari and Thai letters, general punctuation, kana, CJK
/// ideographs and Hangul syllables (the letters of the corpus), and by the standard library's
/// table lookup for anything else. The same answer for every character (tested over all).
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7f => c.is_ascii_alphabetic(),
        0x80..=0xbf => matches!(u, 0xaa | 0xb5 | 0xba),
        0xc0..=0x2c1 => u != 0xd7 && u != 0xf7,
        0x388..=0x38a | 0x38e..=0x3a1 | 0x3a3..=0x3f5 | 0x400..=0x481 | 0x48a..=0x52f => true,
        0x5d0..=0x5ea | 0x620..=0x657 | 0x905..=0x939 | 0xe01..=0xe30 => true,
        0x2000..=0x206f => false,
        0x3041..=0x3096 | 0x30a1..=0x30fa | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3 => true,
        _ => c.is_alphabetic(),
    }
}

/// The lower case of a character when `char::to_lowercase` makes it one character and the
/// character is in a block answered by range: ASCII, Latin-1, basic Greek (not `Σ`, whose
/// lower case depends on its place in a word), basic Cyrillic, and caseless Hebrew, Arabic,
/// Devanagari, Thai, general punctuation, CJK (symbols, kana, ideographs) and Hangul syllables.
/// None: ask `char::to_lowercase`. (Tested against it over all characters.)
#[inline]
pub fn simple_lowercase(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0..=0x7f => return Some(c.to_ascii_lowercase()),
        0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a4..=0x3ab | 0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x80..=0xbf
        | 0xd7
        | 0xdf..=0xff
        | 0x3ac..=0x3ce
        | 0x430..=0x45f
        | 0x590..=0x6ff
        | 0x900..=0x97f
        | 0xe00..=0xe7f
        | 0x2000..=0x206f
        | 0x3000..=0x9fff
        | 0xac00..=0xd7af => u,
        _ => return None,
    };
    char::from_u32(l)
}

/// Whether a script writes words without spaces between them (Han, kana, Thai, Lao, Khmer,
/// Myanmar): a letter right after a link or bold run is correct there.
pub fn spaceless(s: Script) -> bool {
    matches!(
        s,
        Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Thai
            | Script::Lao
            | Script::Khmer
            | Script::Myanmar
    )
}

/// Whether a character belongs to a script without word spaces, or is full-width or CJK
/// punctuation (which carries its own spacing).
pub fn is_spaceless_char(c: char) -> bool {
    spaceless(script(c)) || matches!(c as u32, 0x3000..=0x303f | 0xff00..=0xff65)
}

/// The main script of a locale (`zh-CN` → Han, `he-IL` → Hebrew), from its language subtag
/// (and script subtag when given), compared without regard to ASCII case. Read in place, by
/// byte: no copy and no UTF-8 decoding (it is asked once per message).
pub fn locale_script(locale: &str) -> Script {
    let mut parts = locale.as_bytes().split(|&b| b == b'-' || b == b'_');
    let lang = parts.next().unwrap_or_default();
    if let Some(s) = parts.find(|p| p.len() == 4) {
        let mut tag = [0u8; 4];
        tag.copy_from_slice(s);
        tag.make_ascii_lowercase();
        match &tag {
            b"hans" | b"hant" | b"jpan" => return Script::Han,
            b"arab" => return Script::Arabic,
            b"cyrl" => return Script::Cyrillic,
            b"latn" => return Script::Latin,
            _ => {}
        }
    }
    // (every language listed has two or three letters)
    let mut buf = [0u8; 3];
    let Some(lower) = buf.get_mut(..lang.len()) else {
        return Script::Latin;
    };
    lower.copy_from_slice(lang);
    lower.make_ascii_lowercase();
    match &*lower {
        b"zh" | b"ja" | b"yue" => Script::Han,
        b"ko" => Script::Hangul,
        b"th" => Script::Thai,
        b"lo" => Script::Lao,
        b"km" => Script::Khmer,
        b"my" => Script::Myanmar,
        b"he" | b"iw" | b"yi" => Script::Hebrew,
        b"ar" | b"fa" | b"ur" | b"ps" | b"ug" => Script::Arabic,
        b"hi" | b"mr" | b"ne" | b"bn" | b"gu" | b"pa" | b"ta" | b"te" | b"kn" | b"ml" | b"or" | b"si" => {
            Script::Indic
        }
        b"el" => Script::Greek,
        b"ru" | b"uk" | b"bg" | b"sr" | b"mk" | b"be" | b"kk" => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// Whether the locale's script writes words without spaces.
pub fn locale_spaceless(locale: &str) -> bool {
    spaceless(locale_script(locale))
}

/// Whether a locale's script is written right to left.
pub fn locale_rtl(locale: &str) -> bool {
    matches!(locale_script(locale), Script::Hebrew | Script::Arabic)
}

/// The sentence-final punctuation a character stands for, per script: `.` (also `。` `．` `｡`
/// `۔` `।` `॥` `።` `။` `។`), `?` (also `？` `؟` `;` in Greek, `፧`), `!` (`！`), `:` (`：`),
/// `;` (`；` `؛`).
pub fn sentence_mark(c: char, locale: &str) -> Option<&'static str> {
    match c {
        '.' | '…' | '。' | '．' | '｡' | '۔' | '।' | '॥' | '።' | '။' | '។' => Some("."),
        '?' | '？' | '؟' | '፧' => Some("?"),
        ';' if locale_script(locale) == Script::Greek => Some("?"),
        '\u{37e}' => Some("?"), // Greek question mark
        '!' | '！' => Some("!"),
        ':' | '：' => Some(":"),
        ';' | '；' | '؛' => Some(";"),
        _ => None,
    }
}

/// Whether the locale's script ends sentences with a mark at all (Thai and Lao do not: a
/// space ends a sentence).
pub fn has_sentence_period(locale: &str) -> bool {
    !matches!(locale_script(locale), Script::Thai | Script::Lao)
}

/// The value of a decimal digit of any script (`7`, `٧`, `۷`, `७`, `๗`, `７`): every Unicode
/// `Nd` character, like `char::to_digit(10)` beyond ASCII.
pub fn digit_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - 0x30);
    }
    if u < 0x660 {
        return None;
    }
    let i = digits::ZEROS.partition_point(|&z| z <= u);
    let zero = *digits::ZEROS.get(i.checked_sub(1)?)?;
    (u - zero < 10).then_some(u - zero)
}

/// Whether a character is a decimal digit of any script.
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Whether the locale writes a (no-break) space before `: ; ! ?` and inside `« »` (French).
pub fn spaces_before_high_punctuation(locale: &str) -> bool {
    locale
        .as_bytes()
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"fr"))
}

/// A strong bidi direction: Some(true) right to left, Some(false) left to right, None neutral.
pub fn strong_rtl(c: char) -> Option<bool> {
    match script(c) {
        Script::Hebrew | Script::Arabic => Some(true),
        Script::Common => None,
        _ if is_alphabetic(c) => Some(false),
        _ => None,
    }
}

/// How many English characters one character of a script stands for, on average: Han ideographs
/// carry about 2.6 (calibrated on the zh-CN corpus: the median ratio 0.38 becomes 0.81 and no
/// message of 50+ characters falls outside 0.35–2.5); kana and Hangul are estimates (2.0, 1.9);
/// other scripts count one.
#[inline]
pub fn length_weight(c: char) -> f64 {
    // by range: Han, kana, Hangul, then CJK punctuation and full-width forms (the scripts'
    // ranges of [`script`], which no earlier arm there takes; everything below U+1100 is one)
    match c as u32 {
        0..=0x10ff => 1.0,
        0x2e80..=0x2fdf
        | 0x3005
        | 0x3007
        | 0x3021..=0x3029
        | 0x3400..=0x4dbf
        | 0x4e00..=0x9fff
        | 0xf900..=0xfaff
        | 0x20000..=0x3134f => 2.6,
        0x3041..=0x309f | 0x30a0..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => 2.0,
        0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => 1.9,
        0x3000..=0x303f | 0xff00..=0xffef => 2.0,
        _ => 1.0,
    }
}

/// The number of characters before the first one that does not weigh one ([`length_weight`])
/// and the place of that one (or the length): 32 bytes at a time while no byte is a lead byte
/// of 0xE1 or more (every character below U+1000 weighs one), which the compiler turns into
/// vector instructions; a character from U+1000 on is decoded and weighed (`’`, `“`, `—`, the
/// narrow no-break space weigh one too), and the blocks go on after it.
fn light_prefix(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let heaviest = |chunk: &[u8]| chunk.iter().fold(0, |m: u8, &b| m.max(b));
    // (a character starts at each byte that is not a continuation byte, 0x80–0xBF)
    let starts = |chunk: &[u8]| chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
    let (mut count, mut at) = (0, 0);
    while at < bytes.len() {
        // the next 32 bytes, or the rest padded with continuation bytes (no character, not
        // heavy); `at` may be inside a character, whose continuation bytes count none
        let mut padded = [0x80u8; 32];
        let chunk: &[u8] = match bytes.get(at..at + 32) {
            Some(chunk) => chunk,
            None => {
                let rest = &bytes[at..];
                padded[..rest.len()].copy_from_slice(rest);
                &padded
            }
        };
        let heavy = match heaviest(chunk) >= 0xe1 {
            true => chunk.iter().position(|&b| b >= 0xe1),
            false => None,
        };
        let Some(heavy) = heavy.map(|k| at + k) else {
            count += starts(chunk);
            at += 32;
            continue;
        };
        count += starts(&bytes[at..heavy]);
        // (a lead byte starts a character)
        match text.get(heavy..).and_then(|t| t.chars().next()) {
            Some(c) if length_weight(c) == 1.0 => {
                count += 1;
                at = heavy + c.len_utf8();
            }
            _ => return (count, heavy),
        }
    }
    (count, bytes.len())
}

/// A text's number of characters and its length in English-equivalent characters (the same
/// as `text.chars().count()` and [`weighted_len`]), in one pass where every character weighs
/// one.
pub fn count_and_weighted_len(text: &str) -> (usize, f64) {
    match light_prefix(text) {
        (count, at) if at == text.len() && !text.is_empty() => (count, count as f64),
        _ => (text.chars().count(), weighted_len(text)),
    }
}

/// A text's length in English-equivalent characters ([`length_weight`]).
pub fn weighted_len(text: &str) -> f64 {
    if text.is_empty() {
        return std::iter::empty::<f64>().sum(); // (whatever zero the standard sum gives)
    }
    // The characters before the first one that does not weigh one weigh one each, and a sum
    // of ones is their count, exactly; the rest is added one by one, in order, so the sum is
    // the same to the last bit as adding every weight in turn.
    let (count, light) = light_prefix(text);
    let mut sum = count as f64;
    for c in text[light..].chars() {
        sum += length_weight(c);
    }
    sum
}

/// Whether any byte of `bytes` answers `pred`, 32 bytes at a time in vector instructions, the
/// rest too: padded with `pad`, which must not answer (a scalar loop over up to 31 bytes would
/// cost more than the blocks of a short text).
#[inline]
pub fn any_byte(bytes: &[u8], pad: u8, pred: impl Fn(u8) -> bool) -> bool {
    let any = |block: &[u8; 32]| block.iter().fold(false, |found, &b| found | pred(b));
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        if <&[u8; 32]>::try_from(block).is_ok_and(any) {
            return true;
        }
    }
    let rest = blocks.remainder();
    let mut padded = [pad; 32];
    padded[..rest.len()].copy_from_slice(rest);
    any(&padded)
}

/// The first place `k` at `from` or after where two neighbouring bytes answer `pred(bytes[k],
/// bytes[k + 1])`: 32 pairs at a time (`any_pair_in`, vector instructions: a cheap exit for
/// a rule whose trigger is rare), then byte by byte in the block that has one.
#[inline]
pub fn first_pair(bytes: &[u8], from: usize, pred: impl Fn(u8, u8) -> bool + Copy) -> Option<usize> {
    let block = |at: usize| bytes.get(at..at + 32).and_then(|s| <&[u8; 32]>::try_from(s).ok());
    let exact = |range: std::ops::Range<usize>| range.into_iter().find(|&k| pred(bytes[k], bytes[k + 1]));
    let mut i = from;
    while let (Some(a), Some(b)) = (block(i), block(i + 1)) {
        if any_pair_in(a, b, pred) {
            return exact(i..i + 32);
        }
        i += 32;
    }
    // the rest (32 bytes at most), padded with zeros: a pair with the padding is only a reason
    // to look byte by byte
    let rest = bytes.get(i..).unwrap_or_default();
    let (mut a, mut b) = ([0u8; 32], [0u8; 32]);
    a[..rest.len()].copy_from_slice(rest);
    let next = rest.get(1..).unwrap_or_default();
    b[..next.len()].copy_from_slice(next);
    match any_pair_in(&a, &b, pred) {
        true => exact(i..bytes.len().saturating_sub(1)),
        false => None,
    }
}

/// Whether `pred(a[k], b[k])` for some `k` (of 32), in vector instructions. Not inlined: where
/// the compiler sees that `b` is `a` one byte on, it shuffles one load instead of making two.
#[inline(never)]
fn any_pair_in(a: &[u8; 32], b: &[u8; 32], pred: impl Fn(u8, u8) -> bool) -> bool {
    a.iter().zip(b).fold(false, |found, (&x, &y)| found | pred(x, y))
}

/// The words of a text between whitespace, like `str::split_whitespace` (the same words for
/// every text: tested against it), found byte by byte: only `\t`–`\r`, space and the lead
/// bytes 0xC2, 0xE1, 0xE2 and 0xE3 can start a whitespace character (U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), so everything else is skipped
/// without decoding.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

/// The length of the whitespace character (`char::is_whitespace`) at the start of `b`, or 0:
/// U+0009–U+000D, the space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
/// U+205F and U+3000.
#[inline]
pub(crate) fn space_len(b: &[u8]) -> usize {
    match b.first() {
        Some(b' ' | b'\t'..=b'\r') => 1,
        Some(0xc2 | 0xe1..=0xe3) => wide_space_len(b),
        _ => 0,
    }
}

/// [`space_len`] for a whitespace character beyond ASCII.
fn wide_space_len(b: &[u8]) -> usize {
    match b {
        [0xc2, 0x85 | 0xa0, ..] => 2,
        [0xe1, 0x9a, 0x80, ..]
        | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
        | [0xe2, 0x81, 0x9f, ..]
        | [0xe3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// Whether a byte may start a whitespace character (or is another byte below `!` or 0xE0).
#[inline]
fn may_be_space(b: u8) -> bool {
    b <= b' ' || b == 0xc2 || (0xe0..=0xe3).contains(&b)
}

/// Where the first byte at or after `from` that may start a whitespace character
/// ([`may_be_space`]) is, or the text's length: eight bytes at a time.
#[inline]
fn next_candidate(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // bytes below `n` (n ≤ 0x80): the lowest flagged byte is the first such byte (a borrow
    // only moves upward, so bytes above it may be flagged wrongly, never those below)
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        // (eight ASCII bytes have no 0xC2 or 0xE0–0xE3)
        let mask = match x & HIGH {
            0 => below(x, 0x21),
            _ => below(x, 0x21) | below(x ^ (ONES * 0xc2), 1) | below(x ^ (ONES * 0xe0), 4),
        };
        if mask != 0 {
            return i + (mask.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !may_be_space(bytes[i]) {
        i += 1;
    }
    i
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    // (inlined into the loops that read words: the state stays in registers)
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // skip whitespace
        loop {
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            match may_be_space(bytes[i]) {
                true if space_len(&bytes[i..]) > 0 => i += space_len(&bytes[i..]),
                _ => break,
            }
        }
        let start = i;
        // a character that is not whitespace: find the next that is (continuation bytes never
        // start one, so the search may go on from any byte)
        i += 1;
        loop {
            i = next_candidate(bytes, i);
            if i >= bytes.len() {
                self.at = i;
                return self.text.get(start..);
            }
            match space_len(&bytes[i..]) {
                0 => i += 1,
                n => {
                    self.at = i + n;
                    return self.text.get(start..i);
                }
            }
        }
    }
}

/// Every message pair of the five corpora, for the tests that compare a fast path with the
/// code it replaced: (locale in lower case, source, translation). Empty, with a printed
/// notice, where `TASKGUIDE_CORPUS` (or `../shared/corpus`) has no locale folder.
#[cfg(test)]
pub(crate) fn corpus_messages() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (locale, path, text) in crate::doc::test_corpus::by_locale() {
        let doc = crate::doc::Doc::parse(path, text);
        for seg in doc.segments() {
            out.push((
                locale.to_ascii_lowercase(),
                doc.slice(&seg.source).to_owned(),
                doc.slice(&seg.target).to_owned(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `locale_script` as it was: a lower-case copy, split as text.
    fn locale_script_reference(locale: &str) -> Script {
        let lower = locale.to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        let lang = parts.next().unwrap_or_default();
        if let Some(s) = parts.find(|p| p.len() == 4) {
            match s {
                "hans" | "hant" | "jpan" => return Script::Han,
                "arab" => return Script::Arabic,
                "cyrl" => return Script::Cyrillic,
                "latn" => return Script::Latin,
                _ => {}
            }
        }
        match lang {
            "zh" | "ja" | "yue" => Script::Han,
            "ko" => Script::Hangul,
            "th" => Script::Thai,
            "lo" => Script::Lao,
            "km" => Script::Khmer,
            "my" => Script::Myanmar,
            "he" | "iw" | "yi" => Script::Hebrew,
            "ar" | "fa" | "ur" | "ps" | "ug" => Script::Arabic,
            "hi" | "mr" | "ne" | "bn" | "gu" | "pa" | "ta" | "te" | "kn" | "ml" | "or" | "si" => {
                Script::Indic
            }
            "el" => Script::Greek,
            "ru" | "uk" | "bg" | "sr" | "mk" | "be" | "kk" => Script::Cyrillic,
            _ => Script::Latin,
        }
    }

    /// The light prefix as it was: up to the first character from U+1000 on.
    fn light_prefix_reference(text: &str) -> (usize, usize) {
        let at = text.find(|c: char| c as u32 >= 0x1000).unwrap_or(text.len());
        (text[..at].chars().count(), at)
    }

    /// The script of a character as it was answered before the fast paths (the reference).
    fn script_reference(c: char) -> Script {
        let u = c as u32;
        match u {
            0x41..=0x5a
            | 0x61..=0x7a
            | 0xc0..=0x24f
            | 0x1e00..=0x1eff
            | 0xff21..=0xff3a
            | 0xff41..=0xff5a
                if c.is_alphabetic() =>
            {
                Script::Latin
            }
            0x370..=0x3ff | 0x1f00..=0x1fff if c.is_alphabetic() => Script::Greek,
            0x400..=0x52f if c.is_alphabetic() => Script::Cyrillic,
            0x591..=0x5f4 | 0xfb1d..=0xfb4f => Script::Hebrew,
            0x600..=0x6ff | 0x750..=0x77f | 0x8a0..=0x8ff | 0xfb50..=0xfdff | 0xfe70..=0xfeff if !matches!(u, 0x60c | 0x61b | 0x61f | 0x640 | 0x660..=0x669 | 0x6f0..=0x6f9) => {
                Script::Arabic
            }
            0x900..=0xdff if c.is_alphabetic() => Script::Indic,
            0xe01..=0xe3a | 0xe40..=0xe4e => Script::Thai,
            0xe81..=0xedf if c.is_alphabetic() => Script::Lao,
            0x1780..=0x17ff | 0x19e0..=0x19ff if c.is_alphabetic() => Script::Khmer,
            0x1000..=0x109f | 0xaa60..=0xaa7f if c.is_alphabetic() => Script::Myanmar,
            0x2e80..=0x2fdf
            | 0x3005
            | 0x3007
            | 0x3021..=0x3029
            | 0x3400..=0x4dbf
            | 0x4e00..=0x9fff
            | 0xf900..=0xfaff
            | 0x20000..=0x3134f => Script::Han,
            0x3041..=0x309f => Script::Hiragana,
            0x30a0..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => Script::Katakana,
            0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => Script::Hangul,
            _ if c.is_alphabetic() => Script::Other,
            _ => Script::Common,
        }
    }

    fn length_weight_reference(c: char) -> f64 {
        match script_reference(c) {
            Script::Han => 2.6,
            Script::Hiragana | Script::Katakana => 2.0,
            Script::Hangul => 1.9,
            _ if matches!(c as u32, 0x3000..=0x303f | 0xff00..=0xffef) => 2.0,
            _ => 1.0,
        }
    }

    fn weighted_len_reference(text: &str) -> f64 {
        text.chars()
            .map(|c| {
                if c.is_ascii() {
                    1.0
                } else {
                    length_weight_reference(c)
                }
            })
            .sum()
    }

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10ffffu32).filter_map(char::from_u32)
    }

    #[test]
    fn fast_char_classes_answer_like_the_standard_library_for_every_character() {
        for c in all_chars() {
            assert_eq!(
                is_alphabetic(c),
                c.is_alphabetic(),
                "is_alphabetic U+{:04X}",
                c as u32
            );
            assert_eq!(script(c), script_reference(c), "script U+{:04X}", c as u32);
            let (w, r) = (length_weight(c), length_weight_reference(c));
            assert_eq!(w.to_bits(), r.to_bits(), "length_weight U+{:04X}", c as u32);
            if let Some(l) = simple_lowercase(c) {
                assert!(c.to_lowercase().eq([l]), "simple_lowercase U+{:04X}", c as u32);
            }
            assert_eq!(
                strong_rtl(c),
                match script_reference(c) {
                    Script::Hebrew | Script::Arabic => Some(true),
                    Script::Common => None,
                    _ if c.is_alphabetic() => Some(false),
                    _ => None,
                },
                "strong_rtl U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn simple_lowercase_covers_the_letters_of_the_checked_scripts() {
        // the five locales and Thai, Arabic, Japanese, Greek, Cyrillic, Devanagari (Σ, whose
        // lower case depends on its place, and Latin Extended are left to the standard library)
        for c in "AZaz09 ÅÆØåæøÄÖäöÉÈÇÀÎÔÛéèçàîôûœŒ 设置文件 אבגדהשת ابتث กขคง ひらがなカタカナ ΑΒΓαβγ АБВабвЁё नमस्ते 한국어 —“”’«»"
            .chars()
            .filter(|c| !matches!(c, 'œ' | 'Œ'))
        {
            assert!(simple_lowercase(c).is_some(), "{c}");
        }
        assert_eq!(simple_lowercase('Σ'), None);
        assert_eq!(simple_lowercase('Å'), Some('å'));
        assert_eq!(simple_lowercase('Ж'), Some('ж'));
        assert_eq!(simple_lowercase('Ё'), Some('ё'));
        assert_eq!(simple_lowercase('Ω'), Some('ω'));
        assert_eq!(
            simple_lowercase('\u{212a}'),
            None,
            "the Kelvin sign is left to the library"
        );
    }

    #[test]
    fn weighted_len_is_the_in_order_sum_to_the_last_bit() {
        let texts = [
            "",
            "abc",
            "Velg Lagre på nytt.",
            "在电子邮件或日历事件中插入图片",
            "打开 Outlook 2016，然后选择“文件”>“选项”。",
            "ใช้ Microsoft 365 ในภาษาไทย",
            "בחר את הקובץ ב-OneDrive.",
            "استخدم Office 365 الآن",
            "ファイルを開いてください。Outlook",
            "Επιλέξτε Αποθήκευση.",
            "Выберите «Сохранить».",
            "फ़ाइल चुनें और सहेजें।",
            "한국어 텍스트 ABC 한국어",
            "ＡＢＣ１２３　ｱｲｳ",
            "ߞ ᄀ ᅡ ᇿ ㄱ 가 𠀀 abc 𰀀",
        ];
        for t in texts {
            for s in [t.to_owned(), format!("{t}{t}{t}"), format!("x{t} y {t}z")] {
                assert_eq!(
                    weighted_len(&s).to_bits(),
                    weighted_len_reference(&s).to_bits(),
                    "{s}"
                );
                let (n, w) = count_and_weighted_len(&s);
                assert_eq!(
                    (n, w.to_bits()),
                    (s.chars().count(), weighted_len_reference(&s).to_bits())
                );
                // every length around the 32-byte blocks
                for cut in (0..=s.len()).filter(|i| s.is_char_boundary(*i)) {
                    let part = &s[..cut];
                    let (n, w) = count_and_weighted_len(part);
                    assert_eq!(
                        (n, w.to_bits()),
                        (part.chars().count(), weighted_len_reference(part).to_bits()),
                        "{part}"
                    );
                }
            }
        }
        // every character after a long run of ones, where a partial sum loses its last bits
        let mut s = "a".repeat(1000);
        for c in all_chars().filter(|c| (*c as u32).is_multiple_of(97)) {
            s.push(c);
            if s.len().is_multiple_of(50) {
                s.push('设');
            }
        }
        assert_eq!(weighted_len(&s).to_bits(), weighted_len_reference(&s).to_bits());
    }

    #[test]
    fn locale_scripts_without_a_lower_case_copy() {
        for (locale, s) in [
            ("ZH-cn", Script::Han),
            ("zh_Hant_TW", Script::Han),
            ("SR-LATN-rs", Script::Latin),
            ("sr-Cyrl", Script::Cyrillic),
            ("HE-il", Script::Hebrew),
            ("ja", Script::Han),
            ("", Script::Latin),
            (
                "ar-Arab-EG-with-a-very-long-tail-beyond-thirty-two-bytes",
                Script::Arabic,
            ),
            (
                "hi-IN-with-a-very-long-tail-beyond-thirty-two-bytes",
                Script::Indic,
            ),
            ("ÅÅ-Arab", Script::Arabic),
        ] {
            assert_eq!(locale_script(locale), s, "{locale}");
        }
        assert!(spaces_before_high_punctuation("FR-fr") && !spaces_before_high_punctuation("f"));
        assert!(!spaces_before_high_punctuation("é") && !spaces_before_high_punctuation(""));
    }

    #[test]
    fn words_are_those_of_split_whitespace_for_every_separator_and_script() {
        let texts = [
            "",
            " ",
            "Velg  Lagre\tpå\nnytt. ",
            "选择 Outlook　Outlook 应用。",
            "בחר\u{a0}את את\u{200f} הקובץ.",
            "ใช้ Microsoft 365 ในภาษาไทย",
            "استخدم Office 365 الآن",
            "ファイルを開いてください。 Outlook",
            "Επιλέξτε Αποθήκευση.",
            "Выберите «Сохранить».",
            "फ़ाइल चुनें और सहेजें।",
            "a\u{85}b\u{1680}c\u{2000}d\u{200a}e\u{200b}f\u{2028}g\u{2029}h\u{202f}i\u{205f}j\u{3000}k\u{feff}l\u{b}m",
        ];
        for t in texts {
            assert!(words(t).eq(t.split_whitespace()), "{t:?}");
        }
        // each character that may start whitespace by its first byte, at each place of an
        // eight-byte word
        for c in all_chars().filter(|c| may_be_space(c.to_string().as_bytes()[0])) {
            for k in 0..16 {
                let pad = "x".repeat(k);
                let t = format!("{pad}{c}abcdefghijk{c}{c}{pad}é{c}");
                assert!(words(&t).eq(t.split_whitespace()), "U+{:04X} at {k}", c as u32);
            }
        }
        // each character as a separator, alone and in runs, and inside words
        for c in all_chars() {
            for t in [
                format!("a{c}b"),
                format!("{c}ab{c}{c}cd {c}"),
                format!("א{c}ב{c}设 {c}"),
                format!("{c}"),
            ] {
                assert!(words(&t).eq(t.split_whitespace()), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn scripts_of_the_five_locales_and_others() {
        assert_eq!(script('å'), Script::Latin);
        assert_eq!(script('é'), Script::Latin);
        assert_eq!(script('设'), Script::Han);
        assert_eq!(script('א'), Script::Hebrew);
        assert_eq!(script('ب'), Script::Arabic);
        assert_eq!(script('ก'), Script::Thai);
        assert_eq!(script('を'), Script::Hiragana);
        assert_eq!(script('ア'), Script::Katakana);
        assert_eq!(script('한'), Script::Hangul);
        assert_eq!(script('7'), Script::Common);
        assert_eq!(script('。'), Script::Common);
        for (locale, s) in [
            ("nb-NO", Script::Latin),
            ("sv-SE", Script::Latin),
            ("zh-CN", Script::Han),
            ("he-IL", Script::Hebrew),
            ("fr-FR", Script::Latin),
            ("th-TH", Script::Thai),
            ("ar-SA", Script::Arabic),
            ("sr-Latn-RS", Script::Latin),
        ] {
            assert_eq!(locale_script(locale), s, "{locale}");
        }
    }

    #[test]
    fn spacing_per_script() {
        for c in ['文', 'を', 'ア', 'ก', 'ລ', 'ក', 'က', '。'] {
            assert!(is_spaceless_char(c), "{c}");
        }
        for c in ['a', 'å', 'é', 'א', 'ب', '한', 'я'] {
            assert!(!is_spaceless_char(c), "{c}");
        }
        assert!(locale_spaceless("zh-CN") && locale_spaceless("th-TH") && locale_spaceless("ja-JP"));
        for l in ["nb-NO", "sv-SE", "he-IL", "fr-FR", "ko-KR"] {
            assert!(!locale_spaceless(l), "{l}");
        }
        assert!(spaces_before_high_punctuation("fr-FR") && spaces_before_high_punctuation("fr-ca"));
        assert!(!spaces_before_high_punctuation("nb-NO"));
    }

    #[test]
    fn sentence_punctuation_per_script() {
        assert_eq!(sentence_mark('。', "zh-CN"), Some("."));
        assert_eq!(sentence_mark('？', "zh-CN"), Some("?"));
        assert_eq!(sentence_mark('؟', "ar-SA"), Some("?"));
        assert_eq!(sentence_mark('۔', "ur-PK"), Some("."));
        assert_eq!(sentence_mark(';', "el-GR"), Some("?"));
        assert_eq!(sentence_mark(';', "fr-FR"), Some(";"));
        assert_eq!(sentence_mark('.', "he-IL"), Some("."));
        assert_eq!(sentence_mark('.', "sv-SE"), Some("."));
        assert_eq!(sentence_mark('।', "hi-IN"), Some("."));
        assert!(!has_sentence_period("th-TH") && has_sentence_period("zh-CN"));
    }

    #[test]
    fn digits_of_every_script_by_value() {
        for (c, v) in [
            ('3', 3),
            ('٣', 3),
            ('۳', 3),
            ('३', 3),
            ('๓', 3),
            ('３', 3),
            ('০', 0),
            ('၉', 9),
            ('𝟘', 0),
        ] {
            assert_eq!(digit_value(c), Some(v), "{c}");
        }
        for c in ['a', '三', 'x', '½', '²', '.'] {
            assert_eq!(digit_value(c), None, "{c}");
        }
    }

    #[test]
    fn bidi_directions() {
        assert_eq!(strong_rtl('א'), Some(true));
        assert_eq!(strong_rtl('م'), Some(true));
        assert_eq!(strong_rtl('a'), Some(false));
        assert_eq!(strong_rtl('设'), Some(false));
        assert_eq!(strong_rtl(' '), None);
        assert_eq!(strong_rtl('('), None);
        assert!(locale_rtl("he-IL") && locale_rtl("ar") && !locale_rtl("fr-FR"));
    }

    #[test]
    fn han_counts_as_about_two_and_a_half_english_characters() {
        let ratio = weighted_len("在电子邮件或日历事件中插入图片")
            / "Insert pictures in an email message or calendar event".len() as f64;
        assert!((0.35..2.5).contains(&ratio), "{ratio}");
        assert_eq!(weighted_len("abc"), 3.0);
    }

    #[test]
    fn locale_scripts_read_by_byte_are_those_of_the_lower_case_copy() {
        let parts = [
            "", "zh", "ZH", "Zh", "yue", "YUE", "he", "iW", "ar", "fa", "hi", "si", "el", "ru", "kk", "ko",
            "th", "lo", "km", "my", "nb", "sv", "fr", "en", "x", "abcd", "Hans", "HANT", "jpan", "Arab",
            "cyrl", "LATN", "Latn", "CN", "IL", "419", "ÅÅ", "é", "ze", "hé",
        ];
        for a in parts {
            assert_eq!(locale_script(a), locale_script_reference(a), "{a:?}");
            for b in parts {
                for sep in ["-", "_"] {
                    let two = format!("{a}{sep}{b}");
                    assert_eq!(locale_script(&two), locale_script_reference(&two), "{two:?}");
                    for c in ["", "-TW", "_x-Cyrl", "-a-very-long-tail-beyond-thirty-two-bytes"] {
                        let three = format!("{two}{c}");
                        assert_eq!(
                            locale_script(&three),
                            locale_script_reference(&three),
                            "{three:?}"
                        );
                    }
                }
            }
        }
    }

    /// Texts of the five locales and of Thai, Japanese, Arabic, Greek, Cyrillic and Devanagari,
    /// with characters from U+1000 that weigh one (`’`, `“`, `—`, U+202F) and those that do not.
    const TRICKY: &[&str] = &[
        "Velg «Lagre» – og så “OK”.",
        "Välj ”Spara” — och sedan OK…",
        "Sélectionnez l’option « Enregistrer »\u{202f}: c’est tout !",
        "בחר ‏„שמור”‏ – ואז OK.",
        "选择“保存”，然后选择“确定”。",
        "ใช้ Microsoft 365 ในภาษาไทย “ตกลง”",
        "[保存] を選択し、次に “OK” を選択します。",
        "استخدم Office 365 الآن — “موافق”",
        "Επιλέξτε «Αποθήκευση» — μετά “OK”.",
        "Выберите «Сохранить» — затем “OK”.",
        "फ़ाइल चुनें और सहेजें। — “ठीक”",
        "ᄀ’ ’ᄀ ⺀’ ’　’ ｱ’ 𠀀",
    ];

    #[test]
    fn the_light_prefix_goes_on_past_characters_that_weigh_one() {
        for t in TRICKY {
            for s in [t.to_string(), format!("{}{t}", "a".repeat(40)), t.repeat(5)] {
                for cut in (0..=s.len()).filter(|i| s.is_char_boundary(*i)) {
                    let part = &s[..cut];
                    let (n, at) = light_prefix(part);
                    // every character before `at` weighs one, the one at `at` (if any) does not
                    assert_eq!(n, part[..at].chars().count(), "{part:?}");
                    assert!(part[..at].chars().all(|c| length_weight(c) == 1.0), "{part:?}");
                    assert!(part[at..].chars().next().is_none_or(|c| length_weight(c) != 1.0));
                    // and it goes at least as far as it did
                    assert!(at >= light_prefix_reference(part).1, "{part:?}");
                    assert_eq!(
                        weighted_len(part).to_bits(),
                        weighted_len_reference(part).to_bits(),
                        "{part:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn byte_pairs_and_bytes_are_found_as_by_a_walk() {
        let space = |a: u8, b: u8| (a == b' ') & (b == b' ');
        let upper = |a: u8, b: u8| b.is_ascii_uppercase() & a.is_ascii_alphabetic();
        for t in TRICKY
            .iter()
            .chain(&["", " ", "  ", "aB", "x  y", "\u{a0} \u{a0}"])
        {
            for pad in 0..70 {
                let s = format!("{}{t}{}", "a".repeat(pad), "b".repeat(pad % 7));
                let b = s.as_bytes();
                for from in [0, 1, pad, pad + 1] {
                    for pred in [&space as &dyn Fn(u8, u8) -> bool, &upper] {
                        let walk = (from..b.len().saturating_sub(1)).find(|&k| pred(b[k], b[k + 1]));
                        assert_eq!(first_pair(b, from, pred), walk, "{s:?} from {from}");
                    }
                }
                let digit = |c: u8| c.is_ascii_digit();
                assert_eq!(any_byte(b, b' ', digit), b.iter().any(|&c| digit(c)));
                assert_eq!(any_byte(b, b' ', |c| c >= 0xe1), b.iter().any(|&c| c >= 0xe1));
            }
            // two spaces or a hump right at the end of a block and across two blocks
            for at in 28..70 {
                for pair in ["  ", "aB"] {
                    let s = format!("{}{pair}{}", "x".repeat(at), ".".repeat(at % 5));
                    let b = s.as_bytes();
                    assert_eq!(first_pair(b, 0, space).is_some(), pair == "  ", "{s:?}");
                    assert_eq!(first_pair(b, 0, upper), (pair == "aB").then_some(at), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn the_fast_paths_agree_with_the_references_on_every_corpus_message() {
        let messages = corpus_messages();
        let space = |a: u8, b: u8| (a == b' ') & (b == b' ');
        for (locale, source, target) in &messages {
            assert_eq!(locale_script(locale), locale_script_reference(locale));
            for text in [source, target] {
                assert!(words(text).eq(text.split_whitespace()), "{text:?}");
                assert_eq!(
                    weighted_len(text).to_bits(),
                    weighted_len_reference(text).to_bits(),
                    "{text:?}"
                );
                let (n, w) = count_and_weighted_len(text);
                assert_eq!(
                    (n, w.to_bits()),
                    (text.chars().count(), weighted_len_reference(text).to_bits())
                );
                let b = text.as_bytes();
                assert_eq!(
                    first_pair(b, 0, space),
                    memchr::memmem::find(b, b"  "),
                    "{text:?}"
                );
            }
        }
        eprintln!("{} corpus message pairs compared", messages.len());
    }
}
