//! Message checks: one source message and its translation, both inline Markdown → the problems
//! found, each with a byte offset into the translation. Pure functions, no I/O.
//!
//! Each check is built to be right when it fires: machine translation legitimately reorders
//! words, changes quote style and number formatting, so the checks compare what a renderer
//! sees (links, emphasis, code, breadcrumbs, placeholders, numbers) rather than the raw text.

use std::collections::HashMap;

use super::kind::Kind;
use super::markdown::{separators, Inline};
use super::qa;
use super::script;
use super::text;

/// What a message check needs to know beyond the two texts.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The translation's locale, lower case (`nb-no`), for link rules such as `/en-us/` → `/nb-no/`.
    pub locale: String,
    /// Another locale the document may be in (its folder's, when the front matter disagrees).
    pub alt_locale: Option<String>,
    /// The character just before the message in the document (None at the start of a line).
    pub before: Option<char>,
    /// The character just after the message in the document (None at the end of a line).
    pub after: Option<char>,
    /// Bounds of the translation/source length ratio outside which a message is an outlier.
    pub ratio: (f64, f64),
    /// Do-not-translate names, glossary entries, texts that may stay English.
    pub terms: std::sync::Arc<super::qa::Terms>,
}

/// A problem found in a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// What it is.
    pub kind: Kind,
    /// Byte offset in the translation where it is.
    pub offset: usize,
}

/// Checks `target` (the translation) against `source`; an empty translation is not checked
/// here (the document and catalog checks report it).
pub fn check(source: &str, target: &str, ctx: &Context) -> Vec<Issue> {
    check_folded(source, target, ctx).0
}

/// The codes that are consequences of another finding on the same message, with the codes
/// of their causes: a lost `**File**` also breaks the breadcrumb and leaves a double space; a
/// URL with a space in it is no link any more; a dropped link leaves a bracket open.
const CONSEQUENCES: &[(&str, &[&str])] = &[
    (
        "unbalanced-markup",
        &["bold-count", "code-count", "emphasis-count", "breadcrumb"],
    ),
    (
        "bold-count",
        &[
            "breadcrumb",
            "double-space",
            "missing-space",
            "unbalanced-markup",
            "edge-whitespace",
        ],
    ),
    (
        "link-count",
        &[
            "breadcrumb",
            "double-space",
            "missing-space",
            "unpaired-bracket",
            "empty-link-text",
        ],
    ),
    (
        "url-altered",
        &[
            "link-count",
            "link-mismatch",
            "double-space",
            "unpaired-bracket",
            "placeholder",
        ],
    ),
    (
        "untranslated",
        &[
            "do-not-translate",
            "term-mismatch",
            "length-ratio",
            "end-punctuation",
            "alphanumeric-mismatch",
        ],
    ),
    (
        "empty-link-text",
        &["double-space", "missing-space", "length-ratio"],
    ),
    ("alphanumeric-mismatch", &["number"]),
    (
        "bidi-control",
        &[
            "do-not-translate",
            "alphanumeric-mismatch",
            "url-altered",
            "number",
        ],
    ),
    (
        "replacement-char",
        &[
            "do-not-translate",
            "alphanumeric-mismatch",
            "number",
            "repeated-word",
        ],
    ),
    (
        "do-not-translate",
        &["number", "alphanumeric-mismatch", "cased-word-mismatch"],
    ),
];

/// [`check`], with the consequences folded under their causes: the issues kept, and for each
/// issue the codes of the consequences folded under it.
pub fn check_folded(source: &str, target: &str, ctx: &Context) -> (Vec<Issue>, Vec<Vec<&'static str>>) {
    let mut out = Vec::new();
    if target.trim().is_empty() {
        return (out, Vec::new());
    }
    let src = Inline::parse(source);
    let tgt = Inline::parse(target);
    links(&src, &tgt, ctx, &mut out);
    markup_counts(&src, &tgt, &mut out);
    breadcrumbs(source, target, &src, &tgt, &mut out);
    text::placeholders(source, target, &mut out);
    text::numbers(
        &qa::without_codes_and_names(&src.visible, &ctx.terms),
        &tgt.visible,
        &ctx.locale,
        &mut out,
    );
    missing_space(source, target, &src, &tgt, &ctx.locale, &mut out);
    text::edge_whitespace(source, target, ctx, &mut out);
    text::double_space(source, target, &mut out);
    text::end_punctuation(&src, &tgt, target, &ctx.locale, &mut out);
    qa::length_ratio(source, target, &src, &tgt, ctx.ratio, &mut out);
    text::bad_chars(source, target, &tgt, &mut out);
    text::unbalanced(source, target, &src, &tgt, &mut out);
    qa::untranslated(source, target, &src, &tgt, ctx, &mut out);
    qa::empty_link_text(&src, &tgt, &mut out);
    qa::url_altered(source, target, ctx, &mut out);
    qa::do_not_translate(&src, &tgt, target, ctx, &mut out);
    qa::term_mismatch(&src, &tgt, ctx, &mut out);
    qa::repeated_word(source, target, &mut out);
    qa::unpaired_bracket(&src, &tgt, target, ctx, &mut out);
    qa::alphanumeric_mismatch(&src, &tgt, target, &mut out);
    qa::casing::cased_word_mismatch(&src, &tgt, target, ctx, &mut out);
    out.sort_by_key(|i| i.offset);
    fold(out)
}

/// Drops each issue whose code is a consequence of another issue's code, recording it under
/// the first such cause.
fn fold(issues: Vec<Issue>) -> (Vec<Issue>, Vec<Vec<&'static str>>) {
    if issues.len() < 2 {
        let n = issues.len();
        return (issues, vec![Vec::new(); n]);
    }
    let codes: Vec<&'static str> = issues.iter().map(|i| i.kind.code()).collect();
    let cause_of = |code: &str, me: usize| {
        codes.iter().enumerate().position(|(j, c)| {
            j != me
                && *c != code
                && CONSEQUENCES
                    .iter()
                    .any(|(cause, effects)| cause == c && effects.contains(&code))
                // two issues that are each other's consequence: the first listed cause wins
                && !CONSEQUENCES.iter().any(|(cause, effects)| {
                    *cause == code && effects.contains(c) && CONSEQUENCES.iter().position(|x| x.0 == code)
                        < CONSEQUENCES.iter().position(|x| x.0 == *c)
                })
        })
    };
    let causes: Vec<Option<usize>> = (0..issues.len()).map(|i| cause_of(codes[i], i)).collect();
    let mut folded: Vec<Vec<&'static str>> = vec![Vec::new(); issues.len()];
    for (i, cause) in causes.iter().enumerate() {
        if let Some(c) = cause {
            folded[*c].push(codes[i]);
        }
    }
    let mut kept = Vec::new();
    let mut kept_folded = Vec::new();
    for ((issue, cause), f) in issues.into_iter().zip(&causes).zip(folded) {
        if cause.is_none() {
            kept.push(issue);
            kept_folded.push(f);
        }
    }
    (kept, kept_folded)
}

/// `/en-us/` in a source destination becomes `/<locale>/` in the translation.
pub(crate) fn map_dest(dest: &str, locale: &str) -> Option<String> {
    if locale.is_empty() {
        return None;
    }
    let lower = dest.to_ascii_lowercase();
    let at = lower.find("/en-us/")?;
    Some(format!("{}/{locale}/{}", &dest[..at], &dest[at + 7..]))
}

/// Whether `map_dest(dest, locale)` is `other`, ignoring ASCII case, without building it.
fn mapped_is(dest: &str, locale: &str, other: &str) -> bool {
    if locale.is_empty() {
        return false;
    }
    let (dest, other) = (dest.as_bytes(), other.as_bytes());
    // the first `/en-us/`, in any case (lower-casing ASCII keeps every byte where it is)
    let Some(at) = memchr::memchr_iter(b'/', dest).find(|&i| {
        dest.get(i..i + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"/en-us/"))
    }) else {
        return false;
    };
    let rest = &dest[at + 7..];
    let (head, tail) = (at + 1, at + 1 + locale.len());
    other.len() == tail + 1 + rest.len()
        && other[..at].eq_ignore_ascii_case(&dest[..at])
        && other[at] == b'/'
        && other[head..tail].eq_ignore_ascii_case(locale.as_bytes())
        && other[tail] == b'/'
        && other[tail + 1..].eq_ignore_ascii_case(rest)
}

fn links(src: &Inline, tgt: &Inline, ctx: &Context, out: &mut Vec<Issue>) {
    // A translation's destination is known when it is a source's, or that with `/en-us/` →
    // `/<locale>/` (`map_dest`).
    let known = |d: &str| {
        src.links.iter().any(|(s, _)| {
            let s = s.trim();
            s.eq_ignore_ascii_case(d)
                || mapped_is(s, &ctx.locale, d)
                || ctx.alt_locale.as_deref().is_some_and(|l| mapped_is(s, l, d))
        })
    };
    for (dest, range) in &tgt.links {
        // Hosts and Microsoft's doc paths ignore case (`/nb-NO/` and `/nb-no/` are one page).
        if !known(dest.trim()) {
            out.push(Issue {
                kind: Kind::LinkMismatch {
                    dest: dest.to_string(),
                },
                offset: range.start,
            });
        }
    }
    if src.links.len() != tgt.links.len() {
        let (source, target) = (src.links.len(), tgt.links.len());
        out.push(Issue {
            kind: Kind::LinkCount { source, target },
            offset: 0,
        });
    }
}

fn markup_counts(src: &Inline, tgt: &Inline, out: &mut Vec<Issue>) {
    let pairs = [
        (src.strong.len(), tgt.strong.len(), 0),
        (src.emphasis.len(), tgt.emphasis.len(), 1),
        (src.code.len(), tgt.code.len(), 2),
    ];
    for (source, target, which) in pairs {
        if source != target {
            let kind = match which {
                0 => Kind::BoldCount { source, target },
                1 => Kind::EmphasisCount { source, target },
                _ => Kind::CodeCount { source, target },
            };
            out.push(Issue { kind, offset: 0 });
        }
    }
}

/// Each source breadcrumb chain needs a chain of the same length in the translation.
fn breadcrumbs(source: &str, target: &str, src: &Inline, tgt: &Inline, out: &mut Vec<Issue>) {
    if src.elements.len() < 2 {
        return; // a chain needs two elements
    }
    let src_chains = src.chains(source);
    if src_chains.is_empty() {
        return;
    }
    let tgt_chains = tgt.chains(target);
    let mut lengths: HashMap<usize, usize> = HashMap::new();
    for chain in &tgt_chains {
        *lengths.entry(chain_len(target, chain)).or_default() += 1;
    }
    let mut seps: Option<Vec<usize>> = None;
    for chain in src_chains {
        let len = chain_len(source, &chain);
        match lengths.get_mut(&len) {
            Some(n) if *n > 0 => *n -= 1,
            _ => {
                let in_chain = |p: &usize| tgt_chains.iter().any(|c| c.contains(p));
                let seps = seps.get_or_insert_with(|| separators(target));
                let offset = seps.iter().copied().find(|p| !in_chain(p)).unwrap_or(0);
                let chain = without_destinations(source, chain, src);
                out.push(Issue {
                    kind: Kind::Breadcrumb { chain },
                    offset,
                });
            }
        }
    }
}

/// The text of `range` with each link's destination shortened to `…`, for messages.
fn without_destinations(text: &str, range: std::ops::Range<usize>, inline: &Inline) -> String {
    let mut out = String::new();
    let mut at = range.start;
    for (dest, link) in inline
        .links
        .iter()
        .filter(|(_, l)| range.start <= l.start && l.end <= range.end)
    {
        let found = text[link.clone()].rfind(&**dest).map(|i| link.start + i);
        let Some(dest_at) = found.filter(|d| *d >= at) else {
            continue; // an image inside a link, or a destination written escaped
        };
        out.push_str(&text[at..dest_at]);
        out.push('…');
        at = dest_at + dest.len();
    }
    out.push_str(&text[at..range.end]);
    out
}

/// The number of elements of a chain: its separators plus one.
fn chain_len(text: &str, chain: &std::ops::Range<usize>) -> usize {
    separators(&text[chain.clone()]).len() + 1
}

/// A link, emphasis run or code span followed directly by a letter, where the source has none.
/// In scripts without word spaces (Han, kana, Thai, Lao, Khmer, Myanmar) a letter after the
/// element, or an element ending in such a letter, is correct: `[こちらの記事](…)を参照`.
fn missing_space(source: &str, target: &str, src: &Inline, tgt: &Inline, locale: &str, out: &mut Vec<Issue>) {
    if !glued(source, src).is_empty() {
        return;
    }
    let spaceless_locale = script::locale_spaceless(locale);
    for offset in glued(target, tgt) {
        let next = target[offset..].chars().next().unwrap_or(' ');
        let inner = tgt
            .elements
            .iter()
            .find(|e| e.end == offset)
            .and_then(|e| {
                let inside = &target[e.clone()];
                let inside = match inside.rfind("](") {
                    Some(i) if inside.ends_with(')') => &inside[..i],
                    _ => inside,
                };
                inside
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .next_back()
            })
            .unwrap_or(' ');
        if script::is_spaceless_char(next)
            || script::is_spaceless_char(inner)
            || (spaceless_locale && !next.is_ascii_alphabetic())
        {
            continue;
        }
        out.push(Issue {
            kind: Kind::MissingSpace,
            offset,
        });
    }
}

/// Offsets of letters that directly follow the end of a top-level element.
fn glued(text: &str, inline: &Inline) -> Vec<usize> {
    let mut out: Vec<usize> = inline
        .elements
        .iter()
        .filter(|e| text[e.end..].chars().next().is_some_and(char::is_alphabetic))
        .map(|e| e.end)
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests;
