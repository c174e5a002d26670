//! Message checks on the text itself: placeholders, numbers, whitespace, punctuation, length,
//! suspicious characters and unbalanced markers. Each pushes [`Issue`]s with offsets into the
//! translation.

use std::collections::HashMap;
use std::ops::Range;

use super::kind::Kind;
use super::markdown::Inline;
use super::message::{Context, Issue};
use super::script;

/// Tag names that are HTML, not placeholders.
const HTML_TAGS: &[&str] = &[
    "a", "b", "br", "code", "div", "em", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "span", "strong",
    "sub", "sup", "table", "td", "th", "tr", "u", "ul", "hr", "tbody", "thead", "center", "font", "small",
];

/// `<name>` and `&lt;name&gt;` placeholders (not HTML tags), with their offsets.
pub fn placeholder_list(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    if memchr::memchr2(b'<', b'&', text.as_bytes()).is_none() {
        return out;
    }
    for (open, close) in [("<", ">"), ("&lt;", "&gt;")] {
        for (at, _) in text.match_indices(open) {
            let rest = &text[at + open.len()..];
            let len = rest
                .char_indices()
                .find(|&(i, c)| !(c.is_ascii_alphanumeric() || (i > 0 && matches!(c, '_' | '-' | '.'))))
                .map_or(rest.len(), |(i, _)| i);
            let name = &rest[..len];
            let starts_alpha = name.starts_with(|c: char| c.is_ascii_alphabetic());
            if starts_alpha
                && rest[len..].starts_with(close)
                && !HTML_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name))
            {
                out.push((format!("<{name}>"), at));
            }
        }
    }
    out
}

/// Every placeholder of the source must be in the translation, as often.
pub fn placeholders(source: &str, target: &str, out: &mut Vec<Issue>) {
    let wanted = placeholder_list(source);
    if wanted.is_empty() {
        return; // most messages: no `<` or `&` in the source
    }
    let mut have: HashMap<String, usize> = HashMap::new();
    for (name, _) in placeholder_list(target) {
        *have.entry(name).or_default() += 1;
    }
    for (name, _) in wanted {
        match have.get_mut(&name) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(Issue {
                kind: Kind::Placeholder { name },
                offset: 0,
            }),
        }
    }
}

/// The numbers of a text, normalized: thousands groups (`5,000`, `5 000`, `30.000.000`: one
/// to three digits, then groups of exactly three behind one repeated separator) joined, leading
/// zeros dropped, `K`/`million`/`billion` expanded. A number that continues a dotted sequence
/// (`5.7.705`) is never grouped.
pub fn number_list(text: &str) -> Vec<String> {
    if !has_digit(text) {
        return Vec::new();
    }
    numbers_of(&number_chars(text))
}

/// The characters of a text as [`ascii_number_char`] gives them, in a vector allocated once
/// (an ASCII text is its bytes).
fn number_chars(text: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(text.len());
    match text.is_ascii() {
        true => chars.extend(text.bytes().map(char::from)),
        false => chars.extend(text.chars().map(ascii_number_char)),
    }
    chars
}

/// Whether `text` has a decimal digit of any script ([`script::is_digit`]), read by byte: an
/// ASCII digit, else a character whose first byte in UTF-8 is one that starts a digit beyond
/// ASCII ([`digit_lead`]): only those are decoded. Latin, Greek, Cyrillic and Hebrew letters,
/// general punctuation (`’`, `“`) and CJK ideographs are never looked at.
fn has_digit(text: &str) -> bool {
    let bytes = text.as_bytes();
    // (one SIMD pass tells most texts: no ASCII digit and no lead byte from 0xD9 on but those
    // of general punctuation and CJK, 0xE2–0xE9, none of which starts a digit)
    let maybe = |b: u8| b.is_ascii_digit() | ((b >= 0xd9) & !(0xe2..=0xe9).contains(&b));
    if !script::any_byte(bytes, b' ', maybe) {
        return false;
    }
    if script::any_byte(bytes, b' ', |b| b.is_ascii_digit()) {
        return true;
    }
    let mut from = 0;
    while let Some(k) = bytes[from..].iter().position(|b| digit_lead(*b)) {
        let at = from + k;
        // (a lead byte starts a character: continuation bytes are below 0xC0)
        if text[at..].chars().next().is_some_and(script::is_digit) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Whether a byte is the first byte in UTF-8 of a decimal digit beyond ASCII (of every Unicode
/// `Nd` run of `data/digits.rs`: U+0660–U+07FF starts with 0xD9, 0xDB or 0xDF, Indic and Thai
/// digits with 0xE0, Myanmar to Sundanese with 0xE1, the runs from U+A620 with 0xEA, full-width
/// digits with 0xEF and the supplementary planes' with 0xF0; tested over every character).
#[inline]
fn digit_lead(b: u8) -> bool {
    matches!(b, 0xd9 | 0xdb | 0xdf | 0xe0 | 0xe1 | 0xea | 0xef | 0xf0)
}

/// [`number_list`] of a text's characters, already as [`ascii_number_char`] gives them.
fn numbers_of(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // continuing a digit sequence (`5.7.705`, `1:1`), not after a colon in prose (`: 10 000`)
        let dotted = i > 1 && matches!(chars[i - 1], '.' | ',' | ':') && chars[i - 2].is_ascii_digit();
        // a time of day (`3:00 AM`, `3 PM`) is one value, not its hour and minutes
        if let Some((time, end)) = super::qa::number::time_at(chars, i).filter(|_| !dotted) {
            out.push(time);
            i = end;
            continue;
        }
        let mut digits = String::with_capacity(16);
        let mut separator = None;
        loop {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                digits.push(chars[i]);
                i += 1;
            }
            if dotted || (separator.is_none() && i - start > 3) {
                break;
            }
            match group_after(chars, i) {
                Some(sep) if separator.is_none_or(|s| s == sep) => {
                    separator = Some(sep);
                    i += 1;
                }
                _ => break,
            }
        }
        let mut fraction = String::new();
        if !dotted && separator.is_none() {
            if let Some((frac, end)) = decimal_after(chars, i) {
                fraction = frac;
                i = end;
            }
        }
        let (zeros, used) = magnitude(&chars[i..]);
        i += used;
        out.push(match fraction.is_empty() && zeros == 0 {
            true => integer_value(digits),
            false => value(&digits, &fraction, zeros),
        });
    }
    out
}

/// [`value`] of an integer without fraction or magnitude (its digits without leading zeros,
/// `0` for zeros only), in the digits' own string.
fn integer_value(mut digits: String) -> String {
    let zeros = digits.len() - digits.trim_start_matches('0').len();
    match zeros == digits.len() {
        true => {
            digits.clear();
            digits.push('0');
            digits
        }
        false => {
            digits.drain(..zeros);
            digits
        }
    }
}

/// The separator at `i` if a thousands group follows it: exactly three digits, then no digit.
fn group_after(chars: &[char], i: usize) -> Option<char> {
    let sep = *chars.get(i)?;
    let is_digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    let is_sep = matches!(sep, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’');
    (is_sep && (i + 1..i + 4).all(is_digit) && !is_digit(i + 4)).then_some(sep)
}

/// Numbers from 0 to 12 written out, per language: style guides spell small numbers in prose.
fn number_words(locale: &str) -> &'static [&'static [&'static str]] {
    const NB: &[&[&str]] = &[
        &["null"],
        &["en", "ett", "ei", "én", "første"],
        &["to", "andre"],
        &["tre", "tredje"],
        &["fire", "fjerde"],
        &["fem", "femte"],
        &["seks", "sjette"],
        &["sju", "syv", "sjuende", "syvende"],
        &["åtte", "åttende"],
        &["ni", "niende"],
        &["ti", "tiende"],
        &["elleve", "ellevte"],
        &["tolv", "tolvte"],
    ];
    const SV: &[&[&str]] = &[
        &["noll"],
        &["en", "ett", "första"],
        &["två", "andra"],
        &["tre", "tredje"],
        &["fyra", "fjärde"],
        &["fem", "femte"],
        &["sex", "sjätte"],
        &["sju", "sjunde"],
        &["åtta", "åttonde"],
        &["nio", "nionde"],
        &["tio", "tionde"],
        &["elva", "elfte"],
        &["tolv", "tolfte"],
    ];
    const DA: &[&[&str]] = &[
        &["nul"],
        &["en", "et", "første"],
        &["to", "anden"],
        &["tre", "tredje"],
        &["fire", "fjerde"],
        &["fem", "femte"],
        &["seks", "sjette"],
        &["syv", "syvende"],
        &["otte", "ottende"],
        &["ni", "niende"],
        &["ti", "tiende"],
        &["elleve", "ellevte"],
        &["tolv", "tolvte"],
    ];
    const FR: &[&[&str]] = &[
        &["zéro"],
        &["un", "une", "premier", "première"],
        &["deux", "deuxième", "second", "seconde", "double"],
        &["trois", "troisième", "tier", "triple"],
        &["quatre", "quatrième"],
        &["cinq", "cinquième"],
        &["six", "sixième"],
        &["sept", "septième"],
        &["huit", "huitième"],
        &["neuf", "neuvième"],
        &["dix", "dixième"],
        &["onze", "onzième"],
        &["douze", "douzième"],
    ];
    // Hebrew: matched inside words (prefixed ב ל ה ו מ ש כ, construct forms).
    const HE: &[&[&str]] = &[
        &["אפס"],
        &["אחד", "אחת", "ראשון", "ראשונ"],
        &[
            "שני",
            "שתי",
            "שתיים",
            "שניים",
            "כפול",
            "יומיים",
            "שבועיים",
            "חודשיים",
            "שעתיים",
            "שנתיים",
            "פעמיים",
            "דקותיים",
        ],
        &["שלוש", "שליש"],
        &["ארבע", "רביע"],
        &["חמש", "חמיש"],
        &["שש", "שיש", "שישי"],
        &["שבע", "שביע"],
        &["שמונ", "שמיני"],
        &["תשע", "תשיע"],
        &["עשר", "עשירי"],
        &["אחת עשרה", "אחד עשר"],
        &["שתים עשרה", "שנים עשר"],
    ];
    // Chinese and Japanese: matched inside the text (no word spaces).
    const HAN: &[&[&str]] = &[
        &["零", "〇"],
        &["一", "单", "單", "首"],
        &["二", "两", "兩", "双", "雙"],
        &["三"],
        &["四"],
        &["五"],
        &["六"],
        &["七"],
        &["八"],
        &["九"],
        &["十"],
        &["十一"],
        &["十二"],
    ];
    match locale.get(..2) {
        Some("nb" | "nn" | "no") => NB,
        Some("sv") => SV,
        Some("da") => DA,
        Some("fr") => FR,
        Some("he" | "iw") => HE,
        Some("zh" | "ja") => HAN,
        _ => &[],
    }
}

/// Whether `words` (lower-case words of the translation) spell the number `n`, alone or as the
/// first part of a compound (`3rd party` → `tredjepart`, `3-step` → `tretrinns`).
fn spelled(n: &str, locale: &str, words: &[String]) -> bool {
    let table = number_words(locale);
    let Some(names) = n.parse::<usize>().ok().and_then(|i| table.get(i)) else {
        return false;
    };
    if matches!(locale.get(..2), Some("he" | "iw" | "zh" | "ja")) {
        let joined = words.join(" ");
        return names.iter().any(|name| joined.contains(name));
    }
    words.iter().any(|w| {
        names
            .iter()
            .any(|name| w == name || (name.chars().count() >= 3 && w.starts_with(name)))
    })
}

/// The zeros a suffix stands for and the characters it takes: `100K` is `100 000`,
/// `30 million` / `30 millions` / `30 miljoner` is `30 000 000`, `1 万` is `10 000`, `3 億` is
/// `300 000 000`.
fn magnitude(rest: &[char]) -> (usize, usize) {
    let ends_word = |n: usize| !rest.get(n).is_some_and(|c| c.is_alphanumeric());
    if rest.first() == Some(&'K') && ends_word(1) {
        return (3, 1);
    }
    let spaces = rest
        .iter()
        .take_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .count();
    let after = &rest[spaces..];
    match after.first() {
        Some('万' | '萬' | '만') => return (4, spaces + 1),
        Some('亿' | '億' | '억') => return (8, spaces + 1),
        _ => {}
    }
    // (every magnitude word starts with `m`, `b` or `מ` in lower case, and no other character
    // has one of those as its lower case)
    if spaces == 0
        || !after
            .first()
            .is_some_and(|c| matches!(c, 'm' | 'M' | 'b' | 'B' | 'מ'))
    {
        return (0, 0);
    }
    let word: String = after
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let zeros = match word.as_str() {
        "million" | "millions" | "millioner" | "miljon" | "miljoner" | "מיליון" | "מיליוני" => 6,
        "billion" | "billions" | "milliard" | "milliards" | "milliarder" | "miljard" | "miljarder"
        | "מיליארד" | "מיליארדי" => 9,
        _ => return (0, 0),
    };
    (zeros, spaces + word.chars().count())
}

/// A decimal fraction at `i` (`.5`, `,10`): a `.` or `,` then digits that are not a thousands
/// group and do not continue a dotted sequence (`1.2.3`); the digits and where they end.
fn decimal_after(chars: &[char], i: usize) -> Option<(String, usize)> {
    if !matches!(chars.get(i)?, '.' | ',') {
        return None;
    }
    let digits: String = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).collect();
    let end = i + 1 + digits.len();
    let continues =
        matches!(chars.get(end), Some('.' | ',')) && chars.get(end + 1).is_some_and(char::is_ascii_digit);
    (!digits.is_empty() && !continues).then_some((digits, end))
}

/// A number's normalized value: integer digits without leading zeros, the fraction without
/// trailing zeros, shifted by a magnitude (`1.5` with 4 zeros is `15000`).
fn value(int: &str, fraction: &str, zeros: usize) -> String {
    let mut all = format!("{int}{fraction}");
    let mut point = int.len() as isize;
    point += zeros as isize;
    while (all.len() as isize) < point {
        all.push('0');
    }
    let (i, f) = all.split_at(point.max(0) as usize);
    let i = i.trim_start_matches('0');
    let f = f.trim_end_matches('0');
    let i = if i.is_empty() { "0" } else { i };
    if f.is_empty() {
        i.to_owned()
    } else {
        format!("{i}.{f}")
    }
}

/// A character of a number as ASCII: any script's decimal digit by value, full-width and
/// Arabic separators as `.` and `,`.
fn ascii_number_char(c: char) -> char {
    // (the first digits beyond ASCII's and every separator mapped are from U+0660 on)
    if (c as u32) < 0x660 {
        return c;
    }
    if let Some(v) = script::digit_value(c) {
        return char::from_digit(v, 10).unwrap_or(c);
    }
    match c {
        '，' | '٬' => ',',
        '．' | '٫' => '.',
        _ => c,
    }
}

/// `24 hours` translated as one day (`døgn`, `dygn`).
fn is_a_day(number: &str, words: &[String]) -> bool {
    number == "24"
        && words
            .iter()
            .any(|w| w.starts_with("døgn") || w.starts_with("dygn"))
}

/// The words of `text` in lower case, but those that start with a digit: made on first use
/// and kept in `cache`.
fn lower_words<'a>(cache: &'a mut Option<Vec<String>>, text: &str) -> &'a [String] {
    cache.get_or_insert_with(|| {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.starts_with(script::is_digit))
            .map(str::to_lowercase)
            .collect()
    })
}

/// Every number of the source's visible text must be in the translation's, as often, in digits
/// or (up to twelve) in words.
pub fn numbers(source: &str, target: &str, locale: &str, out: &mut Vec<Issue>) {
    let mut wanted = number_list(source);
    if wanted.is_empty() {
        return;
    }
    // Idioms whose digits a translation rightly drops: `1:1 calls` (tête-à-tête, 一对一),
    // `1 hour` (an hour, שעה), `3rd party` (tiers, ספק חיצוני).
    // (only a `1` or a `3` of the source can be one)
    if wanted.iter().any(|w| w == "1" || w == "3") {
        let lower = source.to_lowercase();
        let idioms: [(&str, &[&str]); 3] = [
            (
                "1",
                &[
                    "1:1", "1 hour", "1 day", "1 minute", "1 week", "1 month", "1 year", "1 second",
                ],
            ),
            ("3", &["3rd party", "3rd-party"]),
            ("1", &["1-on-1", "1 on 1"]),
        ];
        // (unless the translation writes another ratio in its place: `8:1-anrop` is a changed `1:1`)
        let other_ratio = target.as_bytes().windows(3).any(|w| {
            w[1] == b':' && w[0].is_ascii_digit() && w[2].is_ascii_digit() && !(w[0] == b'1' && w[2] == b'1')
        });
        for (n, phrases) in idioms {
            let times: usize = phrases
                .iter()
                .filter(|p| !(**p == "1:1" && other_ratio))
                .map(|p| lower.matches(p).count() * p.matches(n).count().max(1))
                .sum();
            for _ in 0..times {
                if let Some(at) = wanted.iter().position(|w| w == n) {
                    wanted.remove(at);
                }
            }
        }
    }
    // `1 million` written `un million`, `百万`: the magnitude word is there
    if wanted.iter().any(|w| w.ends_with("000000")) {
        let t_lower = target.to_lowercase();
        let magnitude_word = [
            "milli",
            "miljon",
            "miljard",
            "מיליון",
            "מיליארד",
            "百万",
            "亿",
            "億",
        ]
        .iter()
        .any(|w| t_lower.contains(w));
        if magnitude_word {
            wanted.retain(|w| !w.ends_with("000000"));
        }
    }
    if wanted.is_empty() {
        return;
    }
    let mut have: HashMap<String, usize> = HashMap::new();
    // (the characters `number_list` reads, and `clock_times`)
    let clock: Vec<char> = match has_digit(target) {
        true => number_chars(target),
        false => Vec::new(),
    };
    // times are counted once, from `clock_times` below
    for n in numbers_of(&clock).into_iter().filter(|n| !n.contains(':')) {
        // `1,3` may be a list (`Plan 1,3 and 5`) as well as a decimal: both readings count
        if let Some((int, fraction)) = n.split_once('.') {
            for part in [int, fraction.trim_start_matches('0')] {
                if !part.is_empty() {
                    *have.entry(part.to_owned()).or_default() += 1;
                }
            }
        }
        *have.entry(n).or_default() += 1;
    }
    // (a time, `h:mm`, is only ever looked up for a time of the source)
    if wanted.iter().any(|w| w.contains(':')) {
        for time in super::qa::number::clock_times(&clock) {
            *have.entry(time).or_default() += 1;
        }
    }
    // (the words are read only for a number not kept in digits)
    let mut words: Option<Vec<String>> = None;
    let mut reported = Vec::new();
    for number in wanted {
        let kept = match have.get_mut(&number) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        };
        match kept {
            true => {}
            _ if number.contains(':') && super::qa::number::time_kept(&number, &mut have) => {}
            _ if spelled(&number, locale, lower_words(&mut words, target))
                || is_a_day(&number, lower_words(&mut words, target)) => {}
            _ if reported.contains(&number) => {}
            _ => {
                reported.push(number.clone());
                out.push(Issue {
                    kind: Kind::Number { number },
                    offset: 0,
                });
            }
        }
    }
}

/// The number rule's fast exits against the rule as it was before them.
#[cfg(test)]
mod number_tests {
    use super::*;

    mod reference {
        #![allow(clippy::all)]
        use crate::check::kind::Kind;
        use crate::check::message::Issue;
        use crate::check::script;
        use std::collections::HashMap;

        pub(super) fn old_numbers(source: &str, target: &str, locale: &str, out: &mut Vec<Issue>) {
            let mut wanted = old_number_list(source);
            if wanted.is_empty() {
                return;
            }
            // Idioms whose digits a translation rightly drops: `1:1 calls` (tête-à-tête, 一对一),
            // `1 hour` (an hour, שעה), `3rd party` (tiers, ספק חיצוני).
            let lower = source.to_lowercase();
            let idioms: [(&str, &[&str]); 3] = [
                (
                    "1",
                    &[
                        "1:1", "1 hour", "1 day", "1 minute", "1 week", "1 month", "1 year", "1 second",
                    ],
                ),
                ("3", &["3rd party", "3rd-party"]),
                ("1", &["1-on-1", "1 on 1"]),
            ];
            // (unless the translation writes another ratio in its place: `8:1-anrop` is a changed `1:1`)
            let other_ratio = target.as_bytes().windows(3).any(|w| {
                w[1] == b':'
                    && w[0].is_ascii_digit()
                    && w[2].is_ascii_digit()
                    && !(w[0] == b'1' && w[2] == b'1')
            });
            for (n, phrases) in idioms {
                let times: usize = phrases
                    .iter()
                    .filter(|p| !(**p == "1:1" && other_ratio))
                    .map(|p| lower.matches(p).count() * p.matches(n).count().max(1))
                    .sum();
                for _ in 0..times {
                    if let Some(at) = wanted.iter().position(|w| w == n) {
                        wanted.remove(at);
                    }
                }
            }
            // `1 million` written `un million`, `百万`: the magnitude word is there
            let t_lower = target.to_lowercase();
            let magnitude_word = [
                "milli",
                "miljon",
                "miljard",
                "מיליון",
                "מיליארד",
                "百万",
                "亿",
                "億",
            ]
            .iter()
            .any(|w| t_lower.contains(w));
            if magnitude_word {
                wanted.retain(|w| !w.ends_with("000000"));
            }
            let mut have: HashMap<String, usize> = HashMap::new();
            // times are counted once, from `clock_times` below
            for n in old_number_list(target).into_iter().filter(|n| !n.contains(':')) {
                // `1,3` may be a list (`Plan 1,3 and 5`) as well as a decimal: both readings count
                if let Some((int, fraction)) = n.split_once('.') {
                    for part in [int, fraction.trim_start_matches('0')] {
                        if !part.is_empty() {
                            *have.entry(part.to_owned()).or_default() += 1;
                        }
                    }
                }
                *have.entry(n).or_default() += 1;
            }
            let clock: Vec<char> = target.chars().map(old_ascii_number_char).collect();
            for time in crate::check::qa::number::clock_times(&clock) {
                *have.entry(time).or_default() += 1;
            }
            let words: Vec<String> = target
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && !w.starts_with(script::is_digit))
                .map(str::to_lowercase)
                .collect();
            let mut reported = Vec::new();
            for number in wanted {
                let kept = match have.get_mut(&number) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        true
                    }
                    _ => false,
                };
                match kept {
                    true => {}
                    _ if number.contains(':') && crate::check::qa::number::time_kept(&number, &mut have) => {}
                    _ if super::super::spelled(&number, locale, &words)
                        || super::super::is_a_day(&number, &words) => {}
                    _ if reported.contains(&number) => {}
                    _ => {
                        reported.push(number.clone());
                        out.push(Issue {
                            kind: Kind::Number { number },
                            offset: 0,
                        });
                    }
                }
            }
        }

        /// `ascii_number_char` before its ASCII exit.
        pub(super) fn old_ascii_number_char(c: char) -> char {
            if let Some(v) = script::digit_value(c) {
                return char::from_digit(v, 10).unwrap_or(c);
            }
            match c {
                '，' | '٬' => ',',
                '．' | '٫' => '.',
                _ => c,
            }
        }

        /// `magnitude` before its exit on the first letter of the word.
        pub(super) fn old_magnitude(rest: &[char]) -> (usize, usize) {
            let ends_word = |n: usize| !rest.get(n).is_some_and(|c| c.is_alphanumeric());
            if rest.first() == Some(&'K') && ends_word(1) {
                return (3, 1);
            }
            let spaces = rest
                .iter()
                .take_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
                .count();
            let after = &rest[spaces..];
            match after.first() {
                Some('万' | '萬' | '만') => return (4, spaces + 1),
                Some('亿' | '億' | '억') => return (8, spaces + 1),
                _ => {}
            }
            if spaces == 0 {
                return (0, 0);
            }
            let word: String = after
                .iter()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            let zeros = match word.as_str() {
                "million" | "millions" | "millioner" | "miljon" | "miljoner" | "מיליון" | "מיליוני" => {
                    6
                }
                "billion" | "billions" | "milliard" | "milliards" | "milliarder" | "miljard"
                | "miljarder" | "מיליארד" | "מיליארדי" => 9,
                _ => return (0, 0),
            };
            (zeros, spaces + word.chars().count())
        }

        pub(super) fn old_number_list(text: &str) -> Vec<String> {
            if !text.chars().any(script::is_digit) {
                return Vec::new();
            }
            let chars: Vec<char> = text.chars().map(old_ascii_number_char).collect();
            let mut out = Vec::new();
            let mut i = 0;
            while i < chars.len() {
                if !chars[i].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                // continuing a digit sequence (`5.7.705`, `1:1`), not after a colon in prose (`: 10 000`)
                let dotted =
                    i > 1 && matches!(chars[i - 1], '.' | ',' | ':') && chars[i - 2].is_ascii_digit();
                // a time of day (`3:00 AM`, `3 PM`) is one value, not its hour and minutes
                if let Some((time, end)) = crate::check::qa::number::time_at(&chars, i).filter(|_| !dotted) {
                    out.push(time);
                    i = end;
                    continue;
                }
                let mut digits = String::new();
                let mut separator = None;
                loop {
                    let start = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        digits.push(chars[i]);
                        i += 1;
                    }
                    if dotted || (separator.is_none() && i - start > 3) {
                        break;
                    }
                    match super::super::group_after(&chars, i) {
                        Some(sep) if separator.is_none_or(|s| s == sep) => {
                            separator = Some(sep);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                let mut fraction = String::new();
                if !dotted && separator.is_none() {
                    if let Some((frac, end)) = super::super::decimal_after(&chars, i) {
                        fraction = frac;
                        i = end;
                    }
                }
                let (zeros, used) = old_magnitude(&chars[i..]);
                i += used;
                out.push(super::super::value(&digits, &fraction, zeros));
            }
            out
        }
    }

    #[test]
    fn a_digit_is_told_by_byte_as_by_char_for_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let alone = c.encode_utf8(&mut buf);
            assert_eq!(has_digit(alone), script::is_digit(c), "{c:?}");
            let text = format!("a{c}ב中");
            assert_eq!(has_digit(&text), text.chars().any(script::is_digit), "{c:?}");
        }
    }

    /// Messages with digits of many scripts: the five locales' and Thai, Arabic, Japanese,
    /// Greek, Cyrillic, Devanagari ones, spelled numbers, times, magnitudes and idioms.
    const TRICKY: &[&str] = &[
        "Wait 3 days, 1 hour and 24 hours at 3:00 PM for 1 million users (1:1 calls, 3rd party).",
        "Vent tre dager, en time og et døgn kl. 15.00 for 1 million brukere (8:1-anrop, tredjepart).",
        "Vänta i tre dagar, 1 timme och 24 timmar kl. 15.00 för en miljon användare.",
        "等待 3 天、1 小时，下午3点，百万用户（一对一通话）。",
        "המתן שלושה ימים, שעה ו-24 שעות ב-3:00 עבור מיליון משתמשים.",
        "Attendez trois jours, 1 heure et 24 heures à 15 h 00 pour 1 million d’utilisateurs.",
        "รอ ๓ วัน ๑ ชั่วโมง เวลา ๑๕.๐๐ น.",
        "انتظر ٣ أيام و١ ساعة في ٣:٠٠ م لـ ١٠٠٠٠٠٠ مستخدم",
        "３日間、１時間、午後３時３０分に待ちます。",
        "Περιμένετε 3 ημέρες, 1 ώρα, 5,000 χρήστες.",
        "Подождите 3 дня, 1 час, 5 000 пользователей.",
        "३ दिन, १ घंटा, ५,००० उपयोगकर्ता प्रतीक्षा करें।",
        "Error 550 5.7.705 and 1,234.5 and 30 000 000 and 100K and 2 万",
        "No digits here at all, “quoted” and ‘single’ — é ü ß.",
        "",
    ];

    #[test]
    fn the_number_rule_agrees_with_its_slow_path_in_every_script() {
        for locale in [
            "nb-no", "sv-se", "zh-cn", "he-il", "fr-fr", "th-th", "ar-sa", "ja-jp", "el-gr", "ru-ru", "hi-in",
        ] {
            for source in TRICKY {
                assert_eq!(
                    number_list(source),
                    reference::old_number_list(source),
                    "{source}"
                );
                for target in TRICKY {
                    let (mut new, mut old) = (Vec::new(), Vec::new());
                    numbers(source, target, locale, &mut new);
                    reference::old_numbers(source, target, locale, &mut old);
                    assert_eq!(new, old, "{locale}: {source} -> {target}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_number_rule_agrees_with_its_slow_path_on_any_text(
            source in "[13 :.,aAPMK\u{a0}٣३๓３万hour]{0,24}",
            target in "[13 :.,aAPMKt\u{a0}٣३๓３万点millionéntre]{0,24}",
        ) {
            for locale in ["nb-no", "he-il", "zh-cn", "fr-fr"] {
                let (mut new, mut old) = (Vec::new(), Vec::new());
                numbers(&source, &target, locale, &mut new);
                reference::old_numbers(&source, &target, locale, &mut old);
                proptest::prop_assert_eq!(new, old);
            }
        }
    }

    #[test]
    fn magnitudes_integers_and_number_characters_answer_as_before() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(ascii_number_char(c), reference::old_ascii_number_char(c), "{c:?}");
        }
        let words = [
            "million",
            "Millions",
            "MILLIONER",
            "miljon",
            "Miljoner",
            "billion",
            "BILLIONS",
            "milliard",
            "Milliards",
            "milliarder",
            "miljard",
            "miljarder",
            "מיליון",
            "מיליוני",
            "מיליארד",
            "מיליארדי",
            "mille",
            "bil",
            "Ｍillion",
            "ΜΙΛΛΙΟΝ",
            "миллион",
            "मिलियन",
            "ล้าน",
            "百万",
            "万",
            "億",
            "K",
            "Kb",
            "k",
            "",
            "ß",
            "İ",
            "\u{212a}",
        ];
        for w in words {
            for spaces in ["", " ", "\u{a0}", "\u{202f} ", "  "] {
                for tail in ["", " x", ".", "s"] {
                    let rest: Vec<char> = format!("{spaces}{w}{tail}").chars().collect();
                    assert_eq!(magnitude(&rest), reference::old_magnitude(&rest), "{rest:?}");
                }
            }
        }
        for digits in [
            "0",
            "00",
            "000",
            "7",
            "07",
            "0070",
            "100",
            "123456789012345678901234567890",
        ] {
            assert_eq!(integer_value(digits.to_owned()), value(digits, "", 0), "{digits}");
        }
    }

    #[test]
    fn the_number_rule_agrees_with_its_slow_path_on_every_corpus_message() {
        let messages = script::corpus_messages();
        for (locale, source, target) in &messages {
            for text in [source, target] {
                assert_eq!(has_digit(text), text.chars().any(script::is_digit), "{text:?}");
                assert_eq!(number_list(text), reference::old_number_list(text), "{text:?}");
            }
            let (mut new, mut old) = (Vec::new(), Vec::new());
            numbers(source, target, locale, &mut new);
            reference::old_numbers(source, target, locale, &mut old);
            assert_eq!(new, old, "{locale}: {source} -> {target}");
        }
        eprintln!("{} corpus message pairs compared", messages.len());
    }
}

/// Leading/trailing whitespace that differs from the source where it changes the output:
/// a missing space next to text glues words; an extra one next to a space or punctuation
/// doubles the space or detaches the punctuation.
pub fn edge_whitespace(source: &str, target: &str, ctx: &Context, out: &mut Vec<Issue>) {
    let sides = [
        (
            false,
            source.starts_with(char::is_whitespace),
            target.starts_with(char::is_whitespace),
            ctx.before,
            0,
        ),
        (
            true,
            source.ends_with(char::is_whitespace),
            target.ends_with(char::is_whitespace),
            ctx.after,
            target.len(),
        ),
    ];
    for (trailing, in_source, in_target, neighbour, offset) in sides {
        if in_source == in_target {
            continue;
        }
        let Some(next) = neighbour else { continue };
        let matters = if in_source {
            // scripts without word spaces need none between sentences or after punctuation
            !next.is_whitespace() && !script::locale_spaceless(&ctx.locale)
        } else {
            let french = script::spaces_before_high_punctuation(&ctx.locale)
                && matches!(next, ':' | ';' | '!' | '?' | '»');
            next == ' ' || (trailing && !french && matches!(next, '.' | ',' | ':' | ';' | '!' | '?' | ')'))
        };
        if matters {
            out.push(Issue {
                kind: Kind::EdgeWhitespace {
                    trailing,
                    extra: in_target,
                },
                offset,
            });
        }
    }
}

/// Offsets of `"  "` in `text`, left to right and not overlapping (as `match_indices("  ")`).
fn two_spaces(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(at) = memchr::memchr(b' ', bytes.get(from..)?) {
            let at = from + at;
            if bytes.get(at + 1) == Some(&b' ') {
                from = at + 2;
                return Some(at);
            }
            from = at + 1;
        }
        None
    })
}

/// Two spaces in a row inside the translation (not at its edges) where the source has none.
pub fn double_space(source: &str, target: &str, out: &mut Vec<Issue>) {
    if script::first_pair(target.as_bytes(), 0, |a, b| (a == b' ') & (b == b' ')).is_none() {
        return; // most translations: one SIMD scan
    }
    let inner = |t: &str| -> Vec<usize> {
        let start = t.len() - t.trim_start().len();
        let end = t.trim_end().len();
        two_spaces(t).filter(|&i| i > start && i < end).collect()
    };
    if !inner(source).is_empty() {
        return;
    }
    let mut last = None;
    for offset in inner(target) {
        if last != Some(offset.wrapping_sub(1)) {
            out.push(Issue {
                kind: Kind::DoubleSpace,
                offset,
            });
        }
        last = Some(offset);
    }
}

/// The sentence punctuation a visible text ends with, closing quotes and brackets set aside,
/// per script ([`script::sentence_mark`]: `。` is `.`, `？` and `؟` are `?`): `""` for a letter
/// or digit, None otherwise.
fn ending(visible: &str, locale: &str) -> Option<&'static str> {
    let trimmed = visible
        .trim_end()
        .trim_end_matches(['"', '\'', '»', '”', '’', ')', ']', '*', '_', '）', '」', '』']);
    let last = trimmed.chars().last()?;
    match script::sentence_mark(last, locale) {
        Some(mark) => Some(mark),
        None if last.is_alphanumeric() => Some(""),
        None => None,
    }
}

/// The source ends a sentence (`.`) or introduces something (`:`) and the translation ends
/// with a letter or digit: the punctuation was lost. A question or exclamation rendered as a
/// noun phrase (`How do I…?` → `Activation de…`) is a legitimate translation, and so are
/// other changes (`!` → `.`, a period added to a fragment); locales whose script has no
/// sentence period (Thai, Lao) are not judged on `.`.
pub fn end_punctuation(src: &Inline, tgt: &Inline, target: &str, locale: &str, out: &mut Vec<Issue>) {
    let (Some(s), Some(t)) = (ending(&src.visible, "en"), ending(&tgt.visible, locale)) else {
        return;
    };
    if !t.is_empty() {
        return; // the translation ends with punctuation: nothing lost
    }
    // an abbreviation's period (`etc.)`, `e.g.`) ends no sentence
    let abbreviated = || {
        let end = src
            .visible
            .trim_end()
            .trim_end_matches([')', ']', '"', '”', '*', '_']);
        // the lower case of the whole text ends with `etc.` exactly when that of its last
        // four characters does: each character maps on its own, to one character or more
        let tail = end.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
        end[tail..].to_lowercase().ends_with("etc.")
    };
    let judged = match s {
        "." => {
            script::has_sentence_period(locale) && !src.visible.trim_end().ends_with("..") && !abbreviated()
        }
        ":" => true,
        _ => false,
    };
    if judged && t.is_empty() {
        let offset = target.trim_end().len();
        out.push(Issue {
            kind: Kind::EndPunctuation {
                source: s.to_owned(),
                target: t.to_owned(),
            },
            offset,
        });
    }
}

/// The shortest source (in characters) whose length ratio is judged.
const MIN_RATIO_SOURCE: usize = 50;

/// A translation much shorter or longer than the locale pair's usual ratio.
pub fn length_ratio(source: &str, target: &str, bounds: (f64, f64), out: &mut Vec<Issue>) {
    if bounds.1 <= 0.0 {
        return;
    }
    // (one pass over the source for both its length and its weight, where it can)
    let (s, source_len) = script::count_and_weighted_len(source.trim());
    if s < MIN_RATIO_SOURCE {
        return;
    }
    let ratio = script::weighted_len(target.trim()) / source_len;
    if ratio < bounds.0 || ratio > bounds.1 {
        let percent = (ratio * 100.0).round() as usize;
        out.push(Issue {
            kind: Kind::LengthRatio { percent },
            offset: 0,
        });
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether a bidi control is a mark (LRM, RLM, ALM): it sets the direction of its neighbours
/// and needs no closing.
fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Byte ranges of `text` where no bidi control belongs: URLs (`scheme://…` up to a space or a
/// closing bracket), code spans and placeholders.
fn literal_ranges(text: &str, inline: &Inline) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = inline.code.to_vec();
    for (at, _) in text.match_indices("://") {
        let start = text[..at]
            .rfind(|c: char| !c.is_ascii_alphanumeric() && !matches!(c, '+' | '-' | '.'))
            .map_or(0, |i| i + 1);
        let len = text[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '"' | '>'))
            .unwrap_or(text.len() - at);
        out.push(start..at + len);
    }
    for (name, at) in placeholder_list(text) {
        out.push(at..at + name.len());
    }
    out
}

/// Whether `bytes` starts with U+FFFD or a bidi control ([`is_bidi_control`]), in UTF-8.
fn looked_for(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xd8, 0x9c, ..]
            | [0xef, 0xbf, 0xbd, ..]
            | [0xe2, 0x80, 0x8e | 0x8f | 0xaa..=0xae, ..]
            | [0xe2, 0x81, 0xa6..=0xa9, ..]
    )
}

/// U+FFFD not in the source, and bidi controls not in the source that are wrong: any control
/// inside a URL, code span or placeholder, and embeddings, overrides and isolates that are not
/// closed (U+202A–E by U+202C, U+2066–8 by U+2069) or close nothing. Marks (U+200E, U+200F,
/// U+061C) elsewhere are how right-to-left text keeps an embedded Latin run and its
/// punctuation in place, and are correct.
pub fn bad_chars(source: &str, target: &str, tgt: &Inline, out: &mut Vec<Issue>) {
    // Every character looked for is encoded from one of these lead bytes (U+061C: D8,
    // U+200E..U+2069: E2, U+FFFD: EF); most messages have none of them.
    let bytes = target.as_bytes();
    // `“`, `’`, `–`, `…` share the lead byte E2: look at the bytes after it
    let Some(first) = memchr::memchr3_iter(0xd8, 0xe2, 0xef, bytes).find(|&at| looked_for(&bytes[at..]))
    else {
        return;
    };
    let in_source = |c: char| source.contains(c);
    let mut literal: Option<Vec<Range<usize>>> = None;
    let mut open: Vec<(usize, char)> = Vec::new();
    let push = |offset: usize, c: char, out: &mut Vec<Issue>| {
        let codepoint = format!("U+{:04X}", c as u32);
        out.push(Issue {
            kind: Kind::BidiControl { codepoint },
            offset,
        });
    };
    for (offset, c) in target[first..].char_indices().map(|(i, c)| (first + i, c)) {
        if c == '\u{fffd}' && !in_source(c) {
            out.push(Issue {
                kind: Kind::ReplacementChar,
                offset,
            });
            continue;
        }
        if !is_bidi_control(c) {
            continue;
        }
        let literal = literal.get_or_insert_with(|| literal_ranges(target, tgt));
        if literal.iter().any(|r| r.contains(&offset)) {
            push(offset, c, out);
            continue;
        }
        if is_bidi_mark(c) || in_source(c) {
            continue;
        }
        match c {
            '\u{202c}' => match open.last() {
                Some((_, o)) if ('\u{202a}'..='\u{202e}').contains(o) => {
                    open.pop();
                }
                _ => push(offset, c, out),
            },
            '\u{2069}' => match open.last() {
                Some((_, o)) if ('\u{2066}'..='\u{2068}').contains(o) => {
                    open.pop();
                }
                _ => push(offset, c, out),
            },
            _ => open.push((offset, c)),
        }
    }
    for (offset, c) in open {
        push(offset, c, out);
    }
}

/// Runs of two or more `*` that open or close no strong run, and backticks outside code spans,
/// skipping backslash escapes: offsets with the marker.
fn stray_markers(text: &str, inline: &Inline) -> Vec<(usize, &'static str)> {
    let bytes = text.as_bytes();
    let in_any = |p: usize, ranges: &[Range<usize>]| ranges.iter().any(|r| r.contains(&p));
    let uses = |run: Range<usize>| {
        inline
            .strong
            .iter()
            .any(|s| run.contains(&s.start) || (s.end >= 2 && run.contains(&(s.end - 2))))
    };
    let mut out = Vec::new();
    if memchr::memchr2(b'*', b'`', bytes).is_none() {
        return out;
    }
    let mut i = 0;
    while let Some(at) = memchr::memchr3(b'\\', b'*', b'`', &bytes[i.min(bytes.len())..]) {
        i += at;
        match bytes[i] {
            b'\\' => i += 2,
            b'*' => {
                let run = i..i + bytes[i..].iter().take_while(|&&b| b == b'*').count();
                if run.len() >= 2 && !in_any(i, &inline.code) && !uses(run.clone()) {
                    out.push((i, "**"));
                }
                i = run.end;
            }
            _ => {
                // a backtick
                if !in_any(i, &inline.code) {
                    out.push((i, "`"));
                }
                i += 1;
            }
        }
    }
    out
}

/// A `**` or backtick that pairs with nothing, where the source's markers all pair.
pub fn unbalanced(source: &str, target: &str, src: &Inline, tgt: &Inline, out: &mut Vec<Issue>) {
    let in_target = stray_markers(target, tgt);
    if in_target.is_empty() {
        return;
    }
    let in_source = stray_markers(source, src);
    // a source that writes the marker escaped (`click\*\* Save\*\*`) shows it as text too
    let escaped = |m: &str| source.contains(&m.chars().map(|c| format!("\\{c}")).collect::<String>());
    for (offset, marker) in in_target {
        if !in_source.iter().any(|(_, m)| *m == marker) && !escaped(marker) {
            out.push(Issue {
                kind: Kind::UnbalancedMarkup {
                    marker: marker.to_owned(),
                },
                offset,
            });
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn two_spaces_finds_what_match_indices_finds(text in "[ a\u{a0}]{0,16}") {
            let expected: Vec<usize> = text.match_indices("  ").map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(two_spaces(&text).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn the_byte_test_finds_exactly_the_characters_looked_for() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(looked_for(bytes), c == '\u{fffd}' || is_bidi_control(c), "{c:?}");
        }
        // curly quotes and dashes share the lead byte and come before the control
        for t in [
            "“a” – \u{202e}b",
            "«a» ‘b’ \u{2066}",
            "שלום… \u{200f}\u{202b}x",
            "设置“\u{fffd}”",
        ] {
            let mut out = Vec::new();
            bad_chars("a", t, &Inline::parse(t), &mut out);
            assert!(!out.is_empty(), "{t:?}");
        }
    }

    #[test]
    fn an_etc_period_is_no_sentence_end_in_any_case() {
        for (source, found) in [
            ("See etc.", false),
            ("See ETC.", false),
            ("See Etc.)", false),
            ("Save.", true),
        ] {
            let mut out = Vec::new();
            let (src, tgt) = (Inline::parse(source), Inline::parse("Lagre"));
            end_punctuation(&src, &tgt, "Lagre", "nb-no", &mut out);
            assert_eq!(!out.is_empty(), found, "{source:?}");
        }
    }

    #[test]
    fn markers_and_bad_characters_are_found_after_the_shortcuts() {
        let mut out = Vec::new();
        let t = "a\u{202e}b\u{fffd}";
        bad_chars("a", t, &Inline::parse(t), &mut out);
        assert_eq!(out.iter().map(|i| i.offset).collect::<Vec<_>>(), [5, 1]);
        let inline = Inline::parse("x **y** z");
        assert!(stray_markers("x **y** z", &inline).is_empty());
        let inline = Inline::parse("x **y z `");
        assert_eq!(stray_markers("x **y z `", &inline), [(2, "**"), (8, "`")]);
    }
}
