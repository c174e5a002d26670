//! `taskguide status`: translated, stale and missing messages per document and locale.

use std::io::Write;
use std::path::PathBuf;

use super::output::{print_json, Format};
use super::CliError;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::engine::{format_count, format_decimal, messages};
use crate::l10n::status::{status, Status};
use crate::tr;

/// Arguments of `status`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[arg(long)]
    words: bool,
    #[arg(long, value_enum, value_delimiter = ',', default_values = ["missing", "stale"], requires = "words")]
    what: Vec<super::export::WhatArg>,
    #[arg(long, value_parser = super::locale_arg)]
    locale: Vec<crate::l10n::LanguageIdentifier>,
    #[arg(long, requires = "words")]
    tm: Vec<PathBuf>,
}

/// Runs `status`.
pub fn run(args: Args) -> Result<(), CliError> {
    let catalogs = Catalogs::open(&args.locales_dir);
    super::locales::warn_folders(&catalogs);
    if args.words {
        return words(&args, &catalogs);
    }
    let all = status(&catalogs).map_err(|e| {
        CliError::failure(tr!(
            "error-read",
            path = args.locales_dir.display().to_string(),
            reason = e.to_string()
        ))
    })?;
    let all: Vec<Status> = all
        .into_iter()
        .filter(|s| args.locale.is_empty() || args.locale.iter().any(|l| l.to_string() == s.locale))
        .collect();
    match args.format {
        Format::Json => print_json(&all),
        Format::Text => {
            print_text(&all);
            Ok(())
        }
    }
}

fn print_text(all: &[Status]) {
    let mut out = anstream::stdout().lock();
    let ui = messages().locale();
    let _ = writeln!(
        out,
        "{:<50} {:<7} {:>9} {:>7} {:>7} {:>6}",
        tr!("status-doc"),
        tr!("status-locale"),
        tr!("status-translated"),
        tr!("status-stale"),
        tr!("status-missing"),
        "%"
    );
    let mut totals: std::collections::BTreeMap<&str, [usize; 7]> = Default::default();
    for s in all {
        let _ = writeln!(
            out,
            "{:<50} {:<7} {:>9} {:>7} {:>7} {:>6}",
            s.doc,
            s.locale,
            s.translated,
            s.stale,
            s.missing,
            format_decimal(s.percent, 1, ui)
        );
        let t = totals.entry(s.locale.as_str()).or_default();
        let figures = [
            s.total,
            s.translated,
            s.stale,
            s.missing,
            s.machine,
            s.edited,
            s.reviewed,
        ];
        for (slot, n) in t.iter_mut().zip(figures) {
            *slot += n;
        }
    }
    for s in all {
        for m in &s.stale_messages {
            let line = tr!(
                "status-stale-message",
                doc = s.doc.as_str(),
                locale = s.locale.as_str(),
                id = m.id.as_str(),
                old = m.old.as_str(),
                new = m.new.as_str()
            );
            let _ = writeln!(out, "{line}");
        }
    }
    for (locale, [total, translated, stale, missing, machine, edited, reviewed]) in totals {
        let percent = if total == 0 {
            100.0
        } else {
            translated as f64 * 100.0 / total as f64
        };
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "status-total",
                locale = locale,
                translated = format_count(translated as i64, ui),
                stale = format_count(stale as i64, ui),
                missing = format_count(missing as i64, ui),
                percent = format_decimal(percent, 1, ui)
            )
        );
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "status-review-total",
                locale = locale,
                machine = format_count(machine as i64, ui),
                edited = format_count(edited as i64, ui),
                reviewed = format_count(reviewed as i64, ui)
            )
        );
    }
}

/// `status --words`: per locale and document, the words to translate by category.
fn words(args: &Args, catalogs: &Catalogs) -> Result<(), CliError> {
    use crate::exchange::units::{collect, What};
    use crate::exchange::words::analyse;
    let locales: Vec<crate::l10n::LanguageIdentifier> = if args.locale.is_empty() {
        catalogs
            .locales()
            .iter()
            .filter(|l| **l != crate::locale::en_us())
            .cloned()
            .collect()
    } else {
        args.locale.clone()
    };
    let what: Vec<What> = args.what.iter().map(|w| (*w).into()).collect();
    let mut all = Vec::new();
    for locale in &locales {
        let memory = super::leverage::memory(catalogs, locale, &args.tm)?;
        let docs = collect(catalogs, locale, &[], &what)
            .map_err(|e| CliError::failure(crate::explain::exchange_error(&e)))?;
        let set: std::collections::HashSet<String> = docs
            .iter()
            .flat_map(|d| d.units.iter().map(move |u| format!("{}#{}", d.doc, u.id)))
            .collect();
        all.push(analyse(&docs, &locale.to_string(), &memory.without(&set)));
    }
    match args.format {
        Format::Json => print_json(&all),
        Format::Text => {
            let mut out = anstream::stdout().lock();
            let ui = messages().locale();
            let n = |v: usize| format_count(v as i64, ui);
            let _ = writeln!(
                out,
                "{:<50} {:<7} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}",
                tr!("status-doc"),
                tr!("status-locale"),
                tr!("words-total"),
                tr!("words-new"),
                tr!("status-stale"),
                tr!("words-repetition"),
                "100%",
                "95-99",
                "85-94",
                "75-84",
                "50-74"
            );
            let row = |out: &mut dyn Write, doc: &str, locale: &str, c: &crate::exchange::words::Counts| {
                let _ = writeln!(
                    out,
                    "{:<50} {:<7} {:>8} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}",
                    doc,
                    locale,
                    n(c.words),
                    n(c.new),
                    n(c.stale),
                    n(c.repetition),
                    n(c.tm_100),
                    n(c.fuzzy_95_99),
                    n(c.fuzzy_85_94),
                    n(c.fuzzy_75_84),
                    n(c.fuzzy_50_74)
                );
            };
            for a in &all {
                for d in &a.documents {
                    row(&mut out, &d.doc, &a.locale, &d.counts);
                }
            }
            for a in &all {
                row(&mut out, &tr!("words-all-documents"), &a.locale, &a.total);
            }
            let _ = writeln!(out, "{}", tr!("words-counting"));
            Ok(())
        }
    }
}
