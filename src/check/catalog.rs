//! Catalog checks: `locales/<locale>/<name>.ftl` against `locales/en-US/<name>.ftl`.
//!
//! Every file: FTL syntax errors and duplicate ids, with line:col (from [`ftl::read`]). Every
//! translated catalog: messages missing, obsolete, empty, stale (the English source changed
//! since translation: the `taskguide: source=…` hash or a `stale` mark from import) and
//! unchanged (identical to English, outside the allow-list). Per-document catalogs also get the
//! message checks of [`super::message`], their values being inline Markdown; the engine's own
//! `taskguide.ftl` gets Fluent checks instead ([`fluent`]): variable parity and plural
//! categories complete for the locale.

pub mod fluent;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{message, Config, Finding, Kind};
use crate::l10n::ftl::{self, Entry};
use crate::l10n::import;
use crate::position::{LineCol, LineIndex};

/// The engine catalog's file name: Fluent checks instead of Markdown checks.
const ENGINE: &str = "taskguide.ftl";
/// The source locale's folder.
const SOURCE: &str = "en-US";

/// One FTL file, read.
pub struct File {
    /// The path.
    pub path: PathBuf,
    /// The text.
    pub text: String,
    /// What the reader made of it.
    pub read: ftl::ReadResult,
}

impl File {
    /// Reads and parses the catalog at `path`.
    pub fn load(path: &Path) -> std::io::Result<File> {
        let text = std::fs::read_to_string(path)?;
        let read = ftl::read(&text);
        Ok(File {
            path: path.to_path_buf(),
            text,
            read,
        })
    }

    fn at(&self, pos: LineCol, kind: Kind, id: &str) -> Finding {
        Finding {
            path: self.path.display().to_string(),
            pos,
            kind,
            id: id.to_owned(),
            source: String::new(),
            target: String::new(),
        }
    }
}

/// Where each message id is defined in an FTL text (the first definition).
fn positions(text: &str) -> HashMap<&str, LineCol> {
    let index = LineIndex::new(text);
    let mut out = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let id_len = line
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
            .count();
        let rest = line[id_len..].trim_start_matches(' ');
        if id_len > 0 && rest.starts_with('=') && line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.entry(&line[..id_len])
                .or_insert_with(|| index.line_col(text, offset));
        }
        offset += line.len();
    }
    out
}

/// The locale folder of a catalog file (`locales/nb-NO/x.ftl` → `nb-NO`).
fn locale_of(path: &Path) -> Option<&str> {
    path.parent()?.file_name()?.to_str()
}

/// The English catalog for `path`: the same file name in the sibling `en-US` folder.
pub fn source_path(path: &Path) -> Option<PathBuf> {
    Some(path.parent()?.parent()?.join(SOURCE).join(path.file_name()?))
}

/// Checks one catalog file. `source` is its English counterpart (None for an English file,
/// or when there is none: then only the file itself is checked).
pub fn check_file(file: &File, source: Option<&File>, config: &Config) -> Vec<Finding> {
    let mut out: Vec<Finding> = file
        .read
        .errors
        .iter()
        .map(|e| {
            let kind = Kind::Ftl {
                code: e.kind.code(),
                detail: crate::explain::ftl_error_kind(crate::l10n::engine::messages(), &e.kind),
            };
            file.at(
                LineCol {
                    line: e.line,
                    col: e.col,
                },
                kind,
                "",
            )
        })
        .collect();
    let locale = locale_of(&file.path).unwrap_or_default();
    if let Some(source) = source.filter(|_| !locale.eq_ignore_ascii_case(SOURCE)) {
        compare(file, source, locale, config, &mut out);
        if file.path.file_name().is_some_and(|n| n == ENGINE) {
            out.extend(fluent::check(file, source, locale));
        }
    }
    let doc_id = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.retain(|f| !config.allows(f.code(), &doc_id, &f.id));
    out
}

/// Missing, obsolete, empty, stale and unchanged messages, and the message checks.
fn compare(file: &File, source: &File, locale: &str, config: &Config, out: &mut Vec<Finding>) {
    let (target, english) = (&file.read.catalog, &source.read.catalog);
    let at = positions(&file.text);
    let pos = |id: &str| at.get(id).copied().unwrap_or(LineCol { line: 1, col: 1 });
    let markdown = file.path.file_name().is_some_and(|n| n != ENGINE);
    for en in &english.entries {
        if target.get(&en.id).is_none() {
            out.push(file.at(LineCol { line: 1, col: 1 }, Kind::Missing, &en.id));
        }
    }
    for entry in &target.entries {
        let Some(en) = english.get(&entry.id) else {
            out.push(file.at(pos(&entry.id), Kind::Obsolete, &entry.id));
            continue;
        };
        if let Some(kind) = entry_kind(entry, en, config, markdown) {
            out.push(file.at(pos(&entry.id), kind, &entry.id));
        }
        if markdown {
            message_findings(file, entry, en, locale, config, pos(&entry.id), out);
        }
    }
}

/// Empty, stale or unchanged: at most one, in that order of importance.
/// `markdown` tells a per-document catalog (values are Markdown, braces literal) from the
/// engine's (values keep their Fluent placeables as source, which are not prose).
fn entry_kind(entry: &Entry, en: &Entry, config: &Config, markdown: bool) -> Option<Kind> {
    if entry.value.trim().is_empty() {
        return Some(Kind::Empty);
    }
    if is_stale(entry, en) {
        return Some(Kind::Stale);
    }
    let prose = if markdown {
        en.value.clone()
    } else {
        without_placeables(&en.value)
    };
    (entry.value == en.value && translatable(&prose) && !config.may_stay_unchanged(&en.value))
        .then_some(Kind::Unchanged)
}

/// A Fluent value with its `{ … }` placeables (possibly nested) left out.
fn without_placeables(value: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Marked stale by import, or translated from an English text with another hash.
fn is_stale(entry: &Entry, en: &Entry) -> bool {
    let recorded = entry
        .comment
        .iter()
        .find_map(|c| c.strip_prefix("taskguide: "))
        .and_then(|meta| {
            meta.split_whitespace()
                .find_map(|f| f.strip_prefix("source="))
                .map(str::to_owned)
        });
    import::is_stale(entry) || recorded.is_some_and(|h| h != import::hash(&en.value))
}

/// English words that occur in sentences but not in product names (`for`, `and` and `of` do:
/// `Microsoft 365 Apps for business`) nor as words of Portuguese, Spanish or French (`a`, `as`).
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "an", "are", "at", "be", "by", "can", "from", "how", "if", "in", "is", "it", "not", "on", "or", "that",
    "the", "this", "to", "what", "when", "will", "with", "you", "your",
];

/// Whether a text is English prose a translator would translate: two or more words of letters
/// outside code spans, one of them an English function word. Names (`Microsoft Defender for
/// Office 365`), host names, quoted UI or commands and text in other languages are not.
fn translatable(text: &str) -> bool {
    let inline = super::markdown::Inline::parse(text);
    let prose: Vec<&str> = inline
        .text_ranges
        .iter()
        .filter(|r| !inline.code.contains(r))
        .filter_map(|r| text.get(r.clone()))
        .collect();
    let words: Vec<String> = prose
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
        .collect();
    words.len() >= 2
        && words.iter().any(|w| ENGLISH_FUNCTION_WORDS.contains(&w.as_str()))
        && !is_command(text)
}

/// A PowerShell command line: a `Verb-Noun` cmdlet first (`Set-Mailbox -Identity …`).
fn is_command(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    let (verb, noun) = first.split_once('-').unwrap_or_default();
    let capitalized = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(|c| c.is_ascii_alphabetic())
    };
    capitalized(verb) && capitalized(noun)
}

fn message_findings(
    file: &File,
    entry: &Entry,
    en: &Entry,
    locale: &str,
    config: &Config,
    pos: LineCol,
    out: &mut Vec<Finding>,
) {
    let ctx = message::Context {
        locale: locale.to_ascii_lowercase(),
        alt_locale: None,
        before: None,
        after: None,
        ratio: config.ratio_for(locale),
    };
    for issue in message::check(&en.value, &entry.value, &ctx) {
        let mut finding = file.at(pos, issue.kind, &entry.id);
        finding.source = super::report::snippet(
            &en.value,
            issue.offset * en.value.len() / entry.value.len().max(1),
        );
        finding.target = super::report::snippet(&entry.value, issue.offset);
        out.push(finding);
    }
}

/// Checks each catalog file against its English counterpart (when there is one), in parallel;
/// results in the order of `paths`, an unreadable file as its path and error.
pub fn check_files(
    paths: &[PathBuf],
    config: &Config,
) -> Vec<Result<Vec<Finding>, (PathBuf, std::io::Error)>> {
    use rayon::prelude::*;
    paths
        .par_iter()
        .map(|path| {
            let file = File::load(path).map_err(|e| (path.clone(), e))?;
            let source = source_path(path)
                .filter(|s| s != path)
                .and_then(|s| File::load(&s).ok());
            Ok(check_file(&file, source.as_ref(), config))
        })
        .collect()
}

/// A catalog file from a path and its text (for callers that already hold the text).
pub fn file_from(path: impl Into<PathBuf>, text: impl Into<String>) -> File {
    let text = text.into();
    let read = ftl::read(&text);
    File {
        path: path.into(),
        text,
        read,
    }
}

#[cfg(test)]
mod tests;
