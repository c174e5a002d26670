//! Translations coming back (from XLIFF or PO): each unit checked against the catalogs, then
//! the ones that pass written with [`super::apply`].
//!
//! A unit is taken when it changes something (its text, or its review state to reviewed, or
//! it confirms a stale translation) and:
//! - its document and message exist in the locale's catalogs;
//! - its English is the message's current English (otherwise it was translated from older
//!   English and is refused);
//! - its translation has the same inline codes as the English: the same Markdown and HTML
//!   markup, code spans, URLs, entities and placeholders, in any order (a lost, added or
//!   changed code is refused).
//!
//! A unit that is not confirmed (XLIFF `initial`, PO `fuzzy`) or has an empty translation is
//! not taken and changes nothing. A file's refused units never stop the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use super::apply::{apply, Applied, Update};
use super::inline::code_list;
use super::units::{doc_units, UnitState};
use super::ExchangeError;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::state::Review;

/// How far the file says a unit has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Signal {
    /// Not confirmed (XLIFF `initial`, PO `fuzzy`): not taken.
    Unconfirmed,
    /// Translated (XLIFF `translated` or `reviewed`, PO without `fuzzy`): `edited` when changed.
    Translated,
    /// Approved (XLIFF `final`, PO with the `# reviewed` comment): `reviewed`.
    Final,
}

/// One unit read from an exchange file.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// The document id.
    pub doc: String,
    /// The message id.
    pub id: String,
    /// The English the file says was translated.
    pub source: String,
    /// The translation (codes resolved), or why it could not be read.
    pub target: Option<Result<String, Refusal>>,
    /// What the file says of it.
    pub signal: Signal,
    /// Its line in the file (1-based).
    pub line: u32,
    /// Its column (1-based).
    pub col: u32,
}

/// Why a unit was refused.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Refusal {
    /// The locale has no catalog of this document.
    UnknownDocument,
    /// The document has no such message.
    UnknownMessage,
    /// The English changed since the file was made.
    EnglishChanged {
        /// The English now.
        current: String,
    },
    /// An inline code refers to data the unit does not have, or is not an XLIFF code.
    UnknownCode {
        /// The code's id.
        id: String,
    },
    /// The translation's inline codes differ from the English's.
    Codes {
        /// Codes of the English the translation lacks.
        missing: Vec<String>,
        /// Codes of the translation the English lacks.
        extra: Vec<String>,
    },
}

/// A refused unit and its place.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Refused {
    /// The exchange file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// The document id.
    pub doc: String,
    /// The message id.
    pub id: String,
    /// Why.
    #[serde(flatten)]
    pub why: Refusal,
}

/// What an import of exchange files did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    /// Per catalog changed: what changed.
    pub changed: Vec<Applied>,
    /// Units refused, with their places.
    pub refused: Vec<Refused>,
    /// Units read that change nothing.
    pub unchanged: usize,
    /// Units not confirmed (or without translation), not taken.
    pub not_taken: usize,
}

/// Checks `units` (read from `path`) against the catalogs of `locale` and writes those that
/// pass; adds to `report`.
pub fn take(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    path: &Path,
    units: Vec<Incoming>,
    report: &mut Report,
) -> Result<(), ExchangeError> {
    let mut by_doc: BTreeMap<String, Vec<Incoming>> = BTreeMap::new();
    for u in units {
        by_doc.entry(u.doc.clone()).or_default().push(u);
    }
    for (doc, incoming) in by_doc {
        let known = doc_units(catalogs, locale, &doc)?;
        let mut updates = Vec::new();
        for u in incoming {
            let refuse = |why: Refusal| Refused {
                path: path.to_owned(),
                line: u.line,
                col: u.col,
                doc: u.doc.clone(),
                id: u.id.clone(),
                why,
            };
            let target = match &u.target {
                Some(Err(why)) => {
                    report.refused.push(refuse(why.clone()));
                    continue;
                }
                Some(Ok(t)) if !t.trim().is_empty() => t.clone(),
                _ => {
                    report.not_taken += 1;
                    continue;
                }
            };
            if known.units.is_empty() {
                report.refused.push(refuse(Refusal::UnknownDocument));
                continue;
            }
            let Some(unit) = known.units.iter().find(|k| k.id == u.id) else {
                report.refused.push(refuse(Refusal::UnknownMessage));
                continue;
            };
            let same_text = unit.target.as_deref() == Some(target.as_str());
            let review = match (u.signal, unit.state) {
                (Signal::Unconfirmed, _) => {
                    if same_text {
                        report.unchanged += 1;
                    } else {
                        report.not_taken += 1;
                    }
                    continue;
                }
                (Signal::Final, _) => Review::Reviewed,
                (Signal::Translated, UnitState::Translated(r)) if same_text => r,
                (Signal::Translated, _) => Review::Edited,
            };
            if same_text && unit.state == UnitState::Translated(review) {
                report.unchanged += 1;
                continue;
            }
            if u.source != unit.english {
                report.refused.push(refuse(Refusal::EnglishChanged {
                    current: unit.english.clone(),
                }));
                continue;
            }
            let want = code_list(&unit.english);
            let got = code_list(&target);
            if want != got {
                let (missing, extra) = difference(&want, &got);
                report.refused.push(refuse(Refusal::Codes { missing, extra }));
                continue;
            }
            updates.push(Update {
                id: u.id.clone(),
                text: target,
                english: unit.english.clone(),
                review,
            });
        }
        if !updates.is_empty() {
            let applied = apply(catalogs, locale, &doc, &updates)?;
            if !applied.is_empty() {
                report.changed.push(applied);
            }
        }
    }
    Ok(())
}

/// The items of sorted `want` missing from sorted `got`, and those of `got` not in `want`.
fn difference(want: &[String], got: &[String]) -> (Vec<String>, Vec<String>) {
    let mut missing = Vec::new();
    let mut extra = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < want.len() || j < got.len() {
        match (want.get(i), got.get(j)) {
            (Some(a), Some(b)) if a == b => {
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a < b => {
                missing.push(a.clone());
                i += 1;
            }
            (Some(_), Some(b)) => {
                extra.push(b.clone());
                j += 1;
            }
            (Some(a), None) => {
                missing.push(a.clone());
                i += 1;
            }
            (None, Some(b)) => {
                extra.push(b.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    (missing, extra)
}
