//! Translation memory from what exists: every (English, translation, locale, state) of the
//! catalogs (documents come in through `taskguide import`, their translations recorded as
//! `machine`), plus any TMX files given. Exact matches fill missing messages
//! ([`leverage`]); fuzzy matches (similarity by edit distance) are suggested to translators.

use std::collections::HashMap;

use rayon::prelude::*;
use unic_langid::LanguageIdentifier;

use super::apply::{apply, Update};
use super::units::{chosen, doc_ids, doc_units, UnitState};
use super::ExchangeError;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::state::Review;

/// One translation unit of the memory.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TmEntry {
    /// The English.
    pub english: String,
    /// Its translation.
    pub translation: String,
    /// The translation's locale.
    pub locale: String,
    /// Its review state.
    pub state: Review,
    /// Where it is from: `doc-id#message-id`, or the TMX file.
    pub origin: String,
}

/// A suggestion for a message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Match {
    /// The similarity of its English to the message's, in percent (100: the same).
    pub score: u8,
    /// Its English.
    pub english: String,
    /// Its translation.
    pub translation: String,
    /// Where it is from.
    pub origin: String,
}

/// A translation memory for one locale, indexed.
#[derive(Debug, Default)]
pub struct Memory {
    entries: Vec<TmEntry>,
    exact: HashMap<String, Vec<u32>>,
    words: HashMap<String, Vec<u32>>,
}

/// Posting lists longer than this (words like "the") are not used to find candidates.
const COMMON: usize = 3000;

fn words_of(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1)
        .map(str::to_lowercase)
        .collect();
    w.sort();
    w.dedup();
    w
}

fn rank(state: Review) -> u8 {
    match state {
        Review::Reviewed => 0,
        Review::Edited => 1,
        Review::Machine => 2,
        Review::Leveraged => 3,
    }
}

impl Memory {
    /// The memory of `locale` from the catalogs: every translated, not stale message.
    pub fn from_catalogs(catalogs: &Catalogs, locale: &LanguageIdentifier) -> Result<Memory, ExchangeError> {
        let mut entries = Vec::new();
        if catalogs.locales().contains(locale) {
            for doc in doc_ids(catalogs, locale) {
                for u in doc_units(catalogs, locale, &doc)?.units {
                    if let (UnitState::Translated(state), Some(t)) = (u.state, u.target) {
                        entries.push(TmEntry {
                            english: u.english,
                            translation: t,
                            locale: locale.to_string(),
                            state,
                            origin: format!("{doc}#{}", u.id),
                        });
                    }
                }
            }
        }
        Ok(Memory::new(entries))
    }

    /// A memory of `entries`.
    pub fn new(entries: Vec<TmEntry>) -> Memory {
        let mut m = Memory::default();
        for e in entries {
            m.push(e);
        }
        m
    }

    /// Adds an entry.
    pub fn push(&mut self, e: TmEntry) {
        let i = self.entries.len() as u32;
        self.exact.entry(e.english.clone()).or_default().push(i);
        for w in words_of(&e.english) {
            self.words.entry(w).or_default().push(i);
        }
        self.entries.push(e);
    }

    /// The memory without the entries of `origins` (the messages being quoted: a set is not its
    /// own translation memory; its repetitions count as repetitions).
    pub fn without(&self, origins: &std::collections::HashSet<String>) -> Memory {
        Memory::new(
            self.entries
                .iter()
                .filter(|e| !origins.contains(&e.origin))
                .cloned()
                .collect(),
        )
    }

    /// The entries.
    pub fn entries(&self) -> &[TmEntry] {
        &self.entries
    }

    /// The best exact match of `english` not from `origin`: reviewed first, then edited,
    /// machine, leveraged; among equals the translation given most often.
    pub fn exact(&self, english: &str, origin: &str) -> Option<&TmEntry> {
        let found: Vec<&TmEntry> = self
            .exact
            .get(english)?
            .iter()
            .map(|&i| &self.entries[i as usize])
            .filter(|e| e.origin != origin)
            .collect();
        let best_rank = found.iter().map(|e| rank(e.state)).min()?;
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for e in found.iter().filter(|e| rank(e.state) == best_rank) {
            *counts.entry(e.translation.as_str()).or_default() += 1;
        }
        found
            .into_iter()
            .filter(|e| rank(e.state) == best_rank)
            .max_by_key(|e| {
                (
                    counts[e.translation.as_str()],
                    std::cmp::Reverse(e.origin.clone()),
                )
            })
    }

    /// Up to `n` fuzzy matches of `english` (similarity at least 50 % and below 100 %), best
    /// first, not from `origin`. Candidates share rarer words with it; similarity is
    /// 1 − (Levenshtein distance in characters / the longer length).
    pub fn fuzzy(&self, english: &str, origin: &str, n: usize) -> Vec<Match> {
        let mut hits: HashMap<u32, u32> = HashMap::new();
        for w in words_of(english) {
            if let Some(list) = self.words.get(&w).filter(|l| l.len() <= COMMON) {
                for &i in list {
                    *hits.entry(i).or_default() += 1;
                }
            }
        }
        let len = english.chars().count();
        let mut candidates: Vec<(u32, u32)> = hits
            .into_iter()
            .filter(|&(i, _)| {
                let e = &self.entries[i as usize];
                let l = e.english.chars().count();
                e.origin != origin && e.english != english && l * 2 >= len && len * 2 >= l
            })
            .collect();
        candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(8);
        let mut out: Vec<Match> = Vec::new();
        for (i, _) in candidates {
            let e = &self.entries[i as usize];
            let sim = strsim::normalized_levenshtein(english, &e.english);
            let score = ((sim * 100.0).floor() as u8).min(99);
            if score >= 50 && !out.iter().any(|m| m.english == e.english) {
                out.push(Match {
                    score,
                    english: e.english.clone(),
                    translation: e.translation.clone(),
                    origin: e.origin.clone(),
                });
            }
        }
        out.sort_by(|a, b| b.score.cmp(&a.score).then(a.origin.cmp(&b.origin)));
        out.truncate(n);
        out
    }

    /// The best fuzzy score of each query (`(english, origin)`), in parallel.
    pub fn best_scores(&self, queries: &[(&str, String)]) -> Vec<Option<u8>> {
        queries
            .par_iter()
            .map(|(en, origin)| self.fuzzy(en, origin, 1).first().map(|m| m.score))
            .collect()
    }
}

/// What [`leverage`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct LeverageReport {
    /// The locale.
    pub locale: String,
    /// Messages without a translation looked at.
    pub missing: usize,
    /// Filled from an exact match.
    pub filled: usize,
    /// Left missing with a fuzzy match (at least 50 %) to suggest.
    pub fuzzy_only: usize,
    /// Left missing without any match.
    pub no_match: usize,
    /// Per document: the message ids filled.
    pub documents: Vec<(String, Vec<String>)>,
}

/// Fills every missing message of `locale` (in the documents chosen by `filters`) whose
/// English has an exact match in `memory`, marked `mark` (machine or leveraged, never
/// reviewed: a reviewed mark is taken as leveraged). With `dry_run`, counts without writing.
pub fn leverage(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    memory: &Memory,
    filters: &[String],
    mark: Review,
    dry_run: bool,
) -> Result<LeverageReport, ExchangeError> {
    let mark = match mark {
        Review::Machine => Review::Machine,
        _ => Review::Leveraged,
    };
    let mut report = LeverageReport {
        locale: locale.to_string(),
        ..Default::default()
    };
    for doc in doc_ids(catalogs, locale).iter().filter(|d| chosen(d, filters)) {
        let units = doc_units(catalogs, locale, doc)?;
        let mut updates = Vec::new();
        for u in units.units.iter().filter(|u| u.state == UnitState::Missing) {
            report.missing += 1;
            let origin = format!("{doc}#{}", u.id);
            match memory.exact(&u.english, &origin) {
                Some(e) => updates.push(Update {
                    id: u.id.clone(),
                    text: e.translation.clone(),
                    english: u.english.clone(),
                    review: mark,
                }),
                None if !memory.fuzzy(&u.english, &origin, 1).is_empty() => report.fuzzy_only += 1,
                None => report.no_match += 1,
            }
        }
        if updates.is_empty() {
            continue;
        }
        report.filled += updates.len();
        let ids = updates.iter().map(|u| u.id.clone()).collect();
        if !dry_run {
            apply(catalogs, locale, doc, &updates)?;
        }
        report.documents.push((doc.clone(), ids));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(en: &str, t: &str, state: Review, origin: &str) -> TmEntry {
        TmEntry {
            english: en.into(),
            translation: t.into(),
            locale: "nb-NO".into(),
            state,
            origin: origin.into(),
        }
    }

    #[test]
    fn exact_prefers_reviewed_and_skips_itself_and_fuzzy_bands_by_edit_distance() {
        let m = Memory::new(vec![
            entry("Select **Save**.", "Velg **Lagre**.", Review::Machine, "a#1"),
            entry("Select **Save**.", "Velg **Lagre**!", Review::Reviewed, "b#1"),
            entry(
                "Select **Save** now.",
                "Velg **Lagre** nå.",
                Review::Machine,
                "c#1",
            ),
        ]);
        assert_eq!(m.exact("Select **Save**.", "b#1").unwrap().origin, "a#1");
        assert_eq!(m.exact("Select **Save**.", "x#1").unwrap().origin, "b#1");
        assert!(m.exact("Other", "x#1").is_none());
        let f = m.fuzzy("Select **Save** later.", "x#1", 3);
        assert_eq!(f[0].origin, "c#1");
        assert!((75..100).contains(&f[0].score), "{f:?}");
    }
}
