//! The span scanner as it was before the scan was fused into one walk over `<` (and line
//! breaks), kept to compare against.

use rustc_hash::FxHashSet;
use std::ops::Range;

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::Segment;
use crate::doc::diagnostic::{Diagnostic, DiagnosticKind};

const OPEN: &[u8] = b"<span data-ttu-id=\"";
const SEP: &[u8] = b"</span><span class=\"sxs-lookup\"><span data-stu-id=\"";
const LOOKUP: &[u8] = b"<span class=\"sxs-lookup\">";
const CLOSE: &[u8] = b"</span>";

// Built once: a finder's set-up costs as much as scanning a small document.
static OPEN_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(OPEN));
static SEP_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(SEP));
static LOOKUP_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(LOOKUP));
static DOUBLE_CLOSE_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"</span></span>"));

/// Finds every pair in `text`, in order, reporting oddities into `diagnostics`.
pub fn scan(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Segment> {
    let bytes = text.as_bytes();
    let open = &*OPEN_FINDER;
    let sep = &*SEP_FINDER;
    let mut segments = Vec::with_capacity(bytes.len() / 400);
    let mut next = open.find(bytes);
    while let Some(start) = next {
        let after_tag = start + OPEN.len();
        let following = open.find(&bytes[after_tag..]).map(|i| i + after_tag);
        let bound = following.unwrap_or(bytes.len());
        match pair_at(bytes, start, bound, sep, diagnostics) {
            Some(segment) => segments.push(segment),
            None => {
                let id = attr_value(bytes, after_tag).map_or(after_tag..after_tag, |(r, _)| r);
                diagnostics.push(Diagnostic {
                    offset: start,
                    kind: DiagnosticKind::UnpairedSpan {
                        id: text[id].to_owned(),
                    },
                });
            }
        }
        next = following;
    }
    check_segments(text, &segments, diagnostics);
    find_orphan_sources(bytes, &segments, diagnostics);
    segments
}

/// Reads the pair opening at `start`, which must end before `bound` (the next pair's start).
fn pair_at(
    bytes: &[u8],
    start: usize,
    bound: usize,
    sep: &Finder<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Segment> {
    let (id, target_start) = attr_value(bytes, start + OPEN.len())?;
    let target_end = target_start + sep.find(&bytes[target_start..bound])?;
    let (source_id, source_start) = attr_value(bytes, target_end + SEP.len())?;
    let Some((source_end, strays)) = half_end(bytes, source_start, bound) else {
        diagnostics.push(Diagnostic {
            offset: start,
            kind: DiagnosticKind::UnterminatedPair {
                id: String::from_utf8_lossy(&bytes[id]).into_owned(),
            },
        });
        return None;
    };
    let target_strays = unmatched_closes(bytes, target_start..target_end);
    for offset in target_strays.into_iter().chain(strays) {
        diagnostics.push(Diagnostic {
            offset,
            kind: DiagnosticKind::StrayCloseTag,
        });
    }
    Some(Segment {
        range: start..source_end + 2 * CLOSE.len(),
        id,
        target: target_start..target_end,
        source_id,
        source: source_start..source_end,
    })
}

/// An attribute value starting at `from` and ending in `">`: its range and the offset after `>`.
fn attr_value(bytes: &[u8], from: usize) -> Option<(Range<usize>, usize)> {
    let rest = bytes.get(from..)?;
    let len = rest
        .iter()
        .take(256)
        .position(|&b| matches!(b, b'"' | b'<' | b'>' | b'\n'))?;
    (rest[len] == b'"' && rest.get(len + 1) == Some(&b'>')).then(|| (from..from + len, from + len + 2))
}

/// The end of a source half starting at `from`: the first `</span></span>` before `bound`
/// that closes nothing opened inside the half, plus the offsets of stray `</span>`s passed.
/// When nested opens never balance, falls back to the first `</span></span>`.
fn half_end(bytes: &[u8], from: usize, bound: usize) -> Option<(usize, Vec<usize>)> {
    let mut depth = 0usize;
    let mut strays = Vec::new();
    let mut i = from;
    while let Some(rel) = memchr::memchr(b'<', &bytes[i..bound]) {
        let p = i + rel;
        let rest = &bytes[p..];
        if rest.starts_with(CLOSE) {
            if depth > 0 {
                depth -= 1;
            } else if rest[CLOSE.len()..].starts_with(CLOSE) {
                return Some((p, strays));
            } else {
                strays.push(p);
            }
            i = p + CLOSE.len();
        } else {
            depth += usize::from(is_span_open(rest));
            i = p + 1;
        }
    }
    DOUBLE_CLOSE_FINDER
        .find(&bytes[from..bound])
        .map(|rel| (from + rel, Vec::new()))
}

fn is_span_open(rest: &[u8]) -> bool {
    rest.starts_with(b"<span") && matches!(rest.get(5), Some(b' ' | b'>' | b'\t' | b'\n' | b'\r'))
}

/// Offsets of `</span>` in `range` that close no `<span>` opened inside it.
fn unmatched_closes(bytes: &[u8], range: Range<usize>) -> Vec<usize> {
    let mut depth = 0usize;
    let mut strays = Vec::new();
    for p in memchr::memchr_iter(b'<', &bytes[range.clone()]).map(|i| i + range.start) {
        let rest = &bytes[p..range.end];
        if rest.starts_with(CLOSE) {
            if depth == 0 {
                strays.push(p);
            } else {
                depth -= 1;
            }
        } else if is_span_open(rest) {
            depth += 1;
        }
    }
    strays
}

/// Per-pair checks: mismatched ids, empty targets, line-crossing pairs, duplicate ids.
fn check_segments(text: &str, segments: &[Segment], diagnostics: &mut Vec<Diagnostic>) {
    let mut seen = FxHashSet::default();
    seen.reserve(segments.len());
    for seg in segments {
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
        if memchr::memchr(b'\n', &text.as_bytes()[seg.range.clone()]).is_some() {
            push(DiagnosticKind::PairCrossesLines { id: id.to_owned() });
        }
        if !seen.insert(id) {
            push(DiagnosticKind::DuplicateId { id: id.to_owned() });
        }
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
        let gap = gap_start..pair.start;
        for rel in lookup.find_iter(&bytes[gap.clone()]) {
            diagnostics.push(Diagnostic {
                offset: gap.start + rel,
                kind: DiagnosticKind::OrphanSource,
            });
        }
        gap_start = pair.end;
    }
}
