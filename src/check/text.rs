//! Message checks on the text itself: placeholders, numbers, whitespace, punctuation, length,
//! suspicious characters and unbalanced markers. Each pushes [`Issue`]s with offsets into the
//! translation.

use std::collections::HashMap;
use std::ops::Range;

use super::kind::Kind;
use super::markdown::Inline;
use super::message::{Context, Issue};

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
    let mut have: HashMap<String, usize> = HashMap::new();
    for (name, _) in placeholder_list(target) {
        *have.entry(name).or_default() += 1;
    }
    for (name, _) in placeholder_list(source) {
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
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let dotted = i > 0 && matches!(chars[i - 1], '.' | ',' | ':');
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
            match group_after(&chars, i) {
                Some(sep) if separator.is_none_or(|s| s == sep) => {
                    separator = Some(sep);
                    i += 1;
                }
                _ => break,
            }
        }
        let trimmed = digits.trim_start_matches('0');
        let mut number = if trimmed.is_empty() {
            "0".to_owned()
        } else {
            trimmed.to_owned()
        };
        number.push_str(magnitude(&chars[i..]));
        out.push(number);
    }
    out
}

/// The separator at `i` if a thousands group follows it: exactly three digits, then no digit.
fn group_after(chars: &[char], i: usize) -> Option<char> {
    let sep = *chars.get(i)?;
    let is_digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    let is_sep = matches!(sep, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}');
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
    match locale.get(..2) {
        Some("nb" | "nn" | "no") => NB,
        Some("sv") => SV,
        Some("da") => DA,
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
    words.iter().any(|w| {
        names
            .iter()
            .any(|name| w == name || (name.chars().count() >= 3 && w.starts_with(name)))
    })
}

/// The zeros a suffix stands for: `100K` is `100 000`, `30 million` is `30 000 000`.
fn magnitude(rest: &[char]) -> &'static str {
    let word: String = rest.iter().take(9).collect::<String>().to_lowercase();
    let ends_word = |n: usize| !rest.get(n).is_some_and(|c| c.is_alphanumeric());
    if rest.first() == Some(&'K') && ends_word(1) {
        "000"
    } else if word.starts_with(" million") && ends_word(8) {
        "000000"
    } else if word.starts_with(" billion") && ends_word(8) {
        "000000000"
    } else {
        ""
    }
}

/// `24 hours` translated as one day (`døgn`, `dygn`).
fn is_a_day(number: &str, words: &[String]) -> bool {
    number == "24"
        && words
            .iter()
            .any(|w| w.starts_with("døgn") || w.starts_with("dygn"))
}

/// Every number of the source's visible text must be in the translation's, as often, in digits
/// or (up to twelve) in words.
pub fn numbers(source: &str, target: &str, locale: &str, out: &mut Vec<Issue>) {
    let wanted = number_list(source);
    if wanted.is_empty() {
        return;
    }
    let mut have: HashMap<String, usize> = HashMap::new();
    for n in number_list(target) {
        *have.entry(n).or_default() += 1;
    }
    let words: Vec<String> = target
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect();
    let mut reported = Vec::new();
    for number in wanted {
        match have.get_mut(&number) {
            Some(n) if *n > 0 => *n -= 1,
            _ if spelled(&number, locale, &words) || is_a_day(&number, &words) => {}
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
            !next.is_whitespace()
        } else {
            next == ' ' || (trailing && matches!(next, '.' | ',' | ':' | ';' | '!' | '?' | ')'))
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

/// The sentence punctuation a visible text ends with, closing quotes and brackets set aside:
/// `.` `:` `?` `!` `;` (an ellipsis counts as `.`), `""` for a letter or digit, None otherwise.
fn ending(visible: &str) -> Option<&'static str> {
    let trimmed = visible
        .trim_end()
        .trim_end_matches(['"', '\'', '»', '”', '’', ')', ']', '*', '_']);
    match trimmed.chars().last()? {
        '.' | '…' => Some("."),
        ':' => Some(":"),
        '?' => Some("?"),
        '!' => Some("!"),
        ';' => Some(";"),
        c if c.is_alphanumeric() => Some(""),
        _ => None,
    }
}

/// The source ends a sentence (`.` `?` `!` `:`) and the translation ends with a letter or digit:
/// the punctuation was lost. Other changes (`!` → `.`, a period added to a fragment) are left
/// alone, because translations legitimately make them.
pub fn end_punctuation(src: &Inline, tgt: &Inline, target: &str, out: &mut Vec<Issue>) {
    let (Some(s), Some(t)) = (ending(&src.visible), ending(&tgt.visible)) else {
        return;
    };
    if matches!(s, "." | "?" | "!" | ":") && t.is_empty() {
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
    let s = source.trim().chars().count();
    if s < MIN_RATIO_SOURCE || bounds.1 <= 0.0 {
        return;
    }
    let ratio = target.trim().chars().count() as f64 / s as f64;
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

/// Bidi controls and U+FFFD in the translation that the source does not have.
pub fn bad_chars(source: &str, target: &str, out: &mut Vec<Issue>) {
    // Every character looked for is encoded from one of these lead bytes (U+061C: D8,
    // U+200E..U+2069: E2, U+FFFD: EF); most messages have none of them.
    let bytes = target.as_bytes();
    let Some(first) = memchr::memchr3(0xd8, 0xe2, 0xef, bytes) else {
        return;
    };
    let in_source = |c: char| source.contains(c);
    for (offset, c) in target[first..].char_indices().map(|(i, c)| (first + i, c)) {
        if c == '\u{fffd}' && !in_source(c) {
            out.push(Issue {
                kind: Kind::ReplacementChar,
                offset,
            });
        } else if is_bidi_control(c) && !in_source(c) {
            let codepoint = format!("U+{:04X}", c as u32);
            out.push(Issue {
                kind: Kind::BidiControl { codepoint },
                offset,
            });
        }
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
    let in_source = stray_markers(source, src);
    for (offset, marker) in stray_markers(target, tgt) {
        if !in_source.iter().any(|(_, m)| *m == marker) {
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
    fn markers_and_bad_characters_are_found_after_the_shortcuts() {
        let mut out = Vec::new();
        bad_chars("a", "a\u{200f}b\u{fffd}", &mut out);
        assert_eq!(out.iter().map(|i| i.offset).collect::<Vec<_>>(), [1, 5]);
        let inline = Inline::parse("x **y** z");
        assert!(stray_markers("x **y** z", &inline).is_empty());
        let inline = Inline::parse("x **y z `");
        assert_eq!(stray_markers("x **y z `", &inline), [(2, "**"), (8, "`")]);
    }
}
