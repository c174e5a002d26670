//! Catalog checks: `locales/<locale>/<name>.ftl` against `locales/en-US/<name>.ftl`.
//!
//! Every file: FTL syntax errors and duplicate ids, with line:col (from [`ftl::read`]). Every
//! translated catalog: messages missing, obsolete, empty, stale (the English source changed
//! since translation: the `taskguide: source=…` hash or a `stale` mark from import) and
//! unchanged (identical to English, outside the allow-list). Per-document catalogs also get the
//! message checks of [`super::message`], their values being inline Markdown; the engine's own
//! `taskguide.ftl` gets Fluent checks instead ([`fluent`]): variable parity and plural
//! categories complete for the locale. Per-document catalogs also get the checks of messages
//! that break ([`validate`]): unresolvable references and block-structure changes.

pub mod fluent;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{message, Config, Finding, Kind};
use crate::l10n::ftl::{self, Entry};
use crate::l10n::import;
use crate::l10n::validate;
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
        Finding::new(self.path.display().to_string(), pos, kind, id.to_owned())
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
pub fn locale_of(path: &Path) -> Option<&str> {
    locale_dir(path)?.file_name()?.to_str()
}

/// The locale folder a catalog is in. Document ids may be nested paths
/// (`locales/nb-NO/commercial-dialogues/x.ftl`), and a folder of an id may look like a language
/// code (`sub` is one), so the nearest folder named like a locale that sits beside an `en-US`
/// folder (or is one) wins; else the nearest folder named like a locale.
fn locale_dir(path: &Path) -> Option<&Path> {
    let named = |a: &&Path| {
        a.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| crate::locale::canonical(n).is_ok())
    };
    let beside_english = |a: &&Path| {
        a.file_name().is_some_and(|n| n == SOURCE) || a.parent().is_some_and(|p| p.join(SOURCE).is_dir())
    };
    path.ancestors()
        .skip(1)
        .filter(named)
        .find(beside_english)
        .or_else(|| path.ancestors().skip(1).find(named))
}

/// The English catalog for `path`: the same document id in the sibling `en-US` folder.
pub fn source_path(path: &Path) -> Option<PathBuf> {
    let dir = locale_dir(path)?;
    Some(dir.parent()?.join(SOURCE).join(path.strip_prefix(dir).ok()?))
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
                error: e.kind.clone(),
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
    // The English each translation was made from, as the state file beside the catalog records
    // it (an unreadable state file is left to render and import, which report it).
    let state = crate::l10n::state::State::read(&file.path).ok().flatten();
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
        let record = state.as_ref().and_then(|s| s.messages.get(&entry.id));
        if let Some(kind) = entry_kind(entry, en, record, config, markdown) {
            out.push(file.at(pos(&entry.id), kind, &entry.id));
        }
        if markdown {
            breakage(file, entry, en, pos(&entry.id), out);
            message_findings(file, entry, en, locale, config, pos(&entry.id), out);
        }
    }
}

/// Empty, stale or unchanged: at most one, in that order of importance.
/// `markdown` tells a per-document catalog (values are Markdown, braces literal) from the
/// engine's (values keep their Fluent placeables as source, which are not prose).
fn entry_kind(
    entry: &Entry,
    en: &Entry,
    record: Option<&crate::l10n::state::Record>,
    config: &Config,
    markdown: bool,
) -> Option<Kind> {
    if entry.value.trim().is_empty() {
        return Some(Kind::Empty);
    }
    if is_stale(entry, en, record) {
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

/// Marked stale by import, or translated from another English than the catalog's now (as the
/// state file records it).
fn is_stale(entry: &Entry, en: &Entry, record: Option<&crate::l10n::state::Record>) -> bool {
    let recorded = entry
        .comment
        .iter()
        .find_map(|c| c.strip_prefix("taskguide: "))
        .and_then(|meta| {
            meta.split_whitespace()
                .find_map(|f| f.strip_prefix("source="))
                .map(str::to_owned)
        });
    import::is_stale(entry)
        || recorded.is_some_and(|h| h != import::hash(&en.value))
        || record.is_some_and(|r| r.is_stale() || r.english.as_deref().is_some_and(|e| e != en.value))
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

/// Messages that break ([`validate`]): references a document catalog cannot resolve, and
/// changes to the block structure of the segment, whose block the message's context comment
/// names (`heading 1 #top`; a paragraph when the comment is gone).
fn breakage(file: &File, entry: &Entry, en: &Entry, pos: LineCol, out: &mut Vec<Finding>) {
    let block = entry
        .comment
        .iter()
        .chain(&en.comment)
        .find_map(|line| validate::Block::from_context(line))
        .unwrap_or(validate::Block::Paragraph);
    for found in validate::check_value(&entry.value, &en.value, block) {
        let at = place_in_value(&file.text, pos, &entry.value, found.offset).unwrap_or(pos);
        let mut finding = file.at(at, found.problem.into(), &entry.id);
        finding.source = super::report::snippet(&en.value, 0);
        finding.target = super::report::snippet(&entry.value, found.offset);
        out.push(finding);
    }
}

/// The line:col in the FTL text of byte `offset` of a message's value, the message defined at
/// `pos`: each line of the value is found on its line of the file (the first after `=`, or on
/// the next line when the value starts there). None when a line of the file is not the value's
/// line as written (escaped text), and the caller keeps the message's place.
fn place_in_value(text: &str, pos: LineCol, value: &str, offset: usize) -> Option<LineCol> {
    let before = value.get(..offset)?;
    let k = before.matches('\n').count();
    let col_in_line = before.rsplit('\n').next().unwrap_or_default().chars().count();
    let value_line = value.split('\n').nth(k)?;
    let mut lines = text.lines().skip(usize::try_from(pos.line).ok()?.checked_sub(1)?);
    let first = lines.next()?;
    let (_, after_eq) = first.split_once('=')?;
    let first_value_on_id_line = !after_eq.trim().is_empty();
    let (line_no, raw) = if first_value_on_id_line && k == 0 {
        (pos.line, first)
    } else {
        let skip = if first_value_on_id_line { k - 1 } else { k };
        (pos.line + 1 + u32::try_from(skip).ok()?, lines.nth(skip)?)
    };
    // On the id's line, the value is after the `=`.
    let from = if line_no == pos.line {
        raw.len() - after_eq.len()
    } else {
        0
    };
    let at = from
        + raw[from..]
            .find(value_line.trim_start())
            .filter(|_| !value_line.trim().is_empty())?;
    let lead = value_line.len() - value_line.trim_start().len();
    let col = raw[..at].chars().count() + col_in_line.saturating_sub(lead);
    Some(LineCol {
        line: line_no,
        col: u32::try_from(col).ok()? + 1,
    })
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
        terms: config.terms(locale),
    };
    let (issues, folded) = message::check_folded(&en.value, &entry.value, &ctx);
    for (issue, folded) in issues.into_iter().zip(folded) {
        if issue.kind.code() == "untranslated" && entry.value.trim() == en.value.trim() {
            continue; // `unchanged` reports a catalog message identical to English
        }
        let mut finding = file.at(pos, issue.kind, &entry.id);
        finding.folded = folded;
        finding.full_source = en.value.clone();
        finding.full_target = entry.value.clone();
        finding.level = config.severity_in(finding.code(), locale);
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
