//! The bilingual span scanner: finds every
//! `<span data-ttu-id="X">target</span><span class="sxs-lookup"><span data-stu-id="X">source</span></span>`
//! pair in a text and records byte ranges, never copying or changing text.
//!
//! It scans bytes with `memchr`'s substring finders rather than an HTML parser, because the
//! pairs are a fixed machine-written shape while their contents are not HTML-safe (a literal
//! `</span>` in the English source, plain `<span>…</span>` nested in both halves). A half ends
//! at the first `</span>` that closes nothing opened inside it; each oddity becomes a
//! [`Diagnostic`] and the scan goes on.

use rustc_hash::FxHashSet;
use std::ops::Range;

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::diagnostic::{Diagnostic, DiagnosticKind};

const OPEN: &[u8] = b"<span data-ttu-id=\"";
const SEP: &[u8] = b"</span><span class=\"sxs-lookup\"><span data-stu-id=\"";
const LOOKUP: &[u8] = b"<span class=\"sxs-lookup\">";
const CLOSE: &[u8] = b"</span>";

// Built once: a finder's set-up costs as much as scanning a small document.
static OPEN_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(OPEN));
static LOOKUP_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(LOOKUP));
static DOUBLE_CLOSE_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"</span></span>"));

/// One bilingual pair, as byte ranges into the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The whole pair, from `<span data-ttu-id=` to the final `</span></span>`.
    pub range: Range<usize>,
    /// The `data-ttu-id` value.
    pub id: Range<usize>,
    /// The translated half (inline Markdown, verbatim).
    pub target: Range<usize>,
    /// The `data-stu-id` value.
    pub source_id: Range<usize>,
    /// The English half (inline Markdown, verbatim).
    pub source: Range<usize>,
}

/// Finds every pair in `text`, in order, reporting oddities into `diagnostics`.
///
/// One walk over the text's `<` bytes (and, inside a pair, its line breaks) does the work:
/// between pairs it looks for the next pair's opening tag and notes `sxs-lookup` halves on the
/// way; inside a pair it finds where each half ends, which `</span>`s close nothing and whether
/// the pair crosses a line. A pair that does not parse is read again with substring finders
/// (the next opening tag, the orphan halves), as such documents are rare.
pub fn scan(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Segment> {
    let bytes = text.as_bytes();
    let mut segments = Vec::with_capacity(bytes.len() / 256 + 1);
    let mut ids = Ids::default();
    // `sxs-lookup` halves between the pairs, while every opening tag has made a pair
    let mut lookups = Vec::new();
    let mut all_paired = true;
    let mut next = next_open(bytes, 0, &mut lookups);
    while let Some(start) = next {
        let after_tag = start + OPEN.len();
        match pair_at(bytes, start, diagnostics) {
            Some((segment, crosses_lines)) => {
                check_segment(text, &segment, crosses_lines, &mut ids, &segments, diagnostics);
                next = next_open(bytes, segment.range.end, &mut lookups);
                segments.push(segment);
            }
            None => {
                all_paired = false;
                let id = attr_value(bytes, after_tag).map_or(after_tag..after_tag, |(r, _)| r);
                diagnostics.push(Diagnostic {
                    offset: start,
                    kind: DiagnosticKind::UnpairedSpan {
                        id: text[id].to_owned(),
                    },
                });
                next = OPEN_FINDER.find(&bytes[after_tag..]).map(|i| i + after_tag);
            }
        }
    }
    if all_paired {
        // the gaps walked are exactly those between the pairs
        diagnostics.extend(lookups.into_iter().map(|offset| Diagnostic {
            offset,
            kind: DiagnosticKind::OrphanSource,
        }));
    } else {
        find_orphan_sources(bytes, &segments, diagnostics);
    }
    segments
}

/// The next opening tag at or after `from`, noting the `sxs-lookup` tags before it.
fn next_open(bytes: &[u8], from: usize, lookups: &mut Vec<usize>) -> Option<usize> {
    let mut i = from;
    while let Some(rel) = memchr::memchr(b'<', &bytes[i..]) {
        let p = i + rel;
        let rest = &bytes[p..];
        if rest.starts_with(OPEN) {
            return Some(p);
        }
        if rest.starts_with(LOOKUP) {
            lookups.push(p);
        }
        i = p + 1;
    }
    None
}

/// Reads the pair opening at `start`: it must end before the next opening tag. With it,
/// whether it crosses a line.
///
/// Every `<` from the target half on is looked at in order, so the first opening tag met is
/// the next one: no tag, separator or closing tag can straddle it (each has its only `<` first,
/// and none is a prefix of another where they would meet).
fn pair_at(bytes: &[u8], start: usize, diagnostics: &mut Vec<Diagnostic>) -> Option<(Segment, bool)> {
    let (id, target_start) = attr_value(bytes, start + OPEN.len())?;
    let target = target_half(bytes, target_start)?;
    let (source_id, source_start) = attr_value(bytes, target.end + SEP.len())?;
    let Some(source) = source_half(bytes, source_start) else {
        diagnostics.push(Diagnostic {
            offset: start,
            kind: DiagnosticKind::UnterminatedPair {
                id: String::from_utf8_lossy(&bytes[id]).into_owned(),
            },
        });
        return None;
    };
    for offset in target.strays.into_iter().chain(source.strays) {
        diagnostics.push(Diagnostic {
            offset,
            kind: DiagnosticKind::StrayCloseTag,
        });
    }
    let range = start..source.end + 2 * CLOSE.len();
    let crosses_lines = match source.crosses_lines {
        Some(crosses) => target.crosses_lines == Some(true) || crosses,
        None => memchr::memchr(b'\n', &bytes[range.clone()]).is_some(),
    };
    let segment = Segment {
        range,
        id,
        target: target_start..target.end,
        source_id,
        source: source_start..source.end,
    };
    Some((segment, crosses_lines))
}

/// Where a half ends, the stray `</span>`s in it and whether it holds a line break (`None`:
/// not looked at).
struct Half {
    end: usize,
    strays: Vec<usize>,
    crosses_lines: Option<bool>,
}

/// The target half starting at `from`: it ends at the first separator, which must come before
/// the next opening tag.
fn target_half(bytes: &[u8], from: usize) -> Option<Half> {
    let mut depth = 0usize;
    let mut strays = Vec::new();
    let mut crosses_lines = false;
    let mut i = from;
    while let Some(rel) = memchr::memchr2(b'<', b'\n', &bytes[i..]) {
        let p = i + rel;
        i = p + 1;
        let rest = &bytes[p..];
        if rest[0] == b'\n' {
            crosses_lines = true;
        } else if rest.starts_with(CLOSE) {
            if rest.starts_with(SEP) {
                return Some(Half {
                    end: p,
                    strays,
                    crosses_lines: Some(crosses_lines),
                });
            }
            if depth == 0 {
                strays.push(p);
            } else {
                depth -= 1;
            }
        } else if rest.starts_with(OPEN) {
            return None;
        } else if is_span_open(rest) {
            depth += 1;
        }
    }
    None
}

/// The end of a source half starting at `from`: the first `</span></span>` before the next
/// opening tag that closes nothing opened inside the half, plus the offsets of stray
/// `</span>`s passed. When nested opens never balance, falls back to the first
/// `</span></span>` (and no strays).
fn source_half(bytes: &[u8], from: usize) -> Option<Half> {
    let mut depth = 0usize;
    let mut strays = Vec::new();
    let mut crosses_lines = false;
    let mut i = from;
    let mut bound = bytes.len();
    while let Some(rel) = memchr::memchr2(b'<', b'\n', &bytes[i..]) {
        let p = i + rel;
        let rest = &bytes[p..];
        if rest[0] == b'\n' {
            crosses_lines = true;
            i = p + 1;
        } else if rest.starts_with(CLOSE) {
            if depth > 0 {
                depth -= 1;
            } else if rest[CLOSE.len()..].starts_with(CLOSE) {
                return Some(Half {
                    end: p,
                    strays,
                    crosses_lines: Some(crosses_lines),
                });
            } else {
                strays.push(p);
            }
            i = p + CLOSE.len();
        } else if rest.starts_with(OPEN) {
            bound = p;
            break;
        } else {
            depth += usize::from(is_span_open(rest));
            i = p + 1;
        }
    }
    DOUBLE_CLOSE_FINDER.find(&bytes[from..bound]).map(|rel| Half {
        end: from + rel,
        strays: Vec::new(),
        crosses_lines: None,
    })
}

/// An attribute value starting at `from` and ending in `">`: its range and the offset after `>`.
/// The value is looked for in the next 256 bytes and stops at the first `"`, `<`, `>` or line
/// break.
fn attr_value(bytes: &[u8], from: usize) -> Option<(Range<usize>, usize)> {
    let rest = bytes.get(from..)?;
    let window = &rest[..rest.len().min(256)];
    let len = window.iter().position(|&b| ATTR_STOP[usize::from(b)])?;
    (rest[len] == b'"' && rest.get(len + 1) == Some(&b'>')).then(|| (from..from + len, from + len + 2))
}

/// The bytes an attribute value stops at: `"`, `<`, `>` and `\n`.
static ATTR_STOP: [bool; 256] = {
    let mut table = [false; 256];
    table[b'"' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'\n' as usize] = true;
    table
};

fn is_span_open(rest: &[u8]) -> bool {
    rest.starts_with(b"<span") && matches!(rest.get(5), Some(b' ' | b'>' | b'\t' | b'\n' | b'\r'))
}

/// The ids seen so far, for duplicates. While the ids rise (shorter first, then byte order),
/// as machine-written ids do, none can repeat and no set is built; after the first that does
/// not rise, a set of every id seen answers.
#[derive(Default)]
struct Ids<'t> {
    last: Option<&'t str>,
    seen: Option<FxHashSet<&'t str>>,
}

impl<'t> Ids<'t> {
    /// Whether `id` was seen before; `earlier` are the pairs seen so far (`id`'s not among them).
    fn repeated(&mut self, text: &'t str, id: &'t str, earlier: &[Segment]) -> bool {
        if self.seen.is_none() {
            match self.last {
                Some(last) if (last.len(), last) >= (id.len(), id) => {
                    let mut seen = FxHashSet::default();
                    seen.reserve(earlier.len() + 1);
                    seen.extend(earlier.iter().map(|s| &text[s.id.clone()]));
                    self.seen = Some(seen);
                }
                _ => {
                    self.last = Some(id);
                    return false;
                }
            }
        }
        self.seen.as_mut().is_some_and(|seen| !seen.insert(id))
    }
}

/// Per-pair checks: mismatched ids, empty targets, line-crossing pairs, duplicate ids.
fn check_segment<'t>(
    text: &'t str,
    seg: &Segment,
    crosses_lines: bool,
    ids: &mut Ids<'t>,
    earlier: &[Segment],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let id = &text[seg.id.clone()];
    let offset = seg.range.start;
    let mut push = |kind| diagnostics.push(Diagnostic { offset, kind });
    if id != &text[seg.source_id.clone()] {
        push(DiagnosticKind::MismatchedIds {
            target: id.to_owned(),
            source: text[seg.source_id.clone()].to_owned(),
        });
    }
    if seg.target.is_empty() {
        push(DiagnosticKind::EmptyTarget { id: id.to_owned() });
    }
    if crosses_lines {
        push(DiagnosticKind::PairCrossesLines { id: id.to_owned() });
    }
    if ids.repeated(text, id, earlier) {
        push(DiagnosticKind::DuplicateId { id: id.to_owned() });
    }
}

/// `sxs-lookup` source halves that are not part of any pair.
fn find_orphan_sources(bytes: &[u8], segments: &[Segment], diagnostics: &mut Vec<Diagnostic>) {
    let lookup = &*LOOKUP_FINDER;
    let mut gap_start = 0;
    let gaps = segments
        .iter()
        .map(|s| s.range.clone())
        .chain(std::iter::once(bytes.len()..bytes.len()));
    for pair in gaps {
        let mut at = gap_start;
        while let Some(rel) = lookup.find(&bytes[at..pair.start]) {
            diagnostics.push(Diagnostic {
                offset: at + rel,
                kind: DiagnosticKind::OrphanSource,
            });
            at += rel + LOOKUP.len();
        }
        gap_start = pair.end;
    }
}

#[cfg(test)]
mod reference;
#[cfg(test)]
mod tests;
