//! `taskguide export`: the messages a locale needs, as XLIFF 2.1 or PO for translators and
//! vendors, or the locale's translation memory as TMX.

use std::io::Write;
use std::path::PathBuf;

use super::output::{print_json, Format};
use super::CliError;
use crate::exchange::tm::Match;
use crate::exchange::units::{chosen, collect, doc_ids, UnitState, What};
use crate::exchange::{po, tmx, xliff};
use crate::l10n::catalogs::Catalogs;
use crate::l10n::LanguageIdentifier;
use crate::{fsutil, tr};

/// The command line's names for [`What`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WhatArg {
    /// Without a translation.
    Missing,
    /// Translated from English that changed since.
    Stale,
    /// Machine translations not edited or reviewed.
    Machine,
    /// Every message.
    All,
}

impl From<WhatArg> for What {
    fn from(w: WhatArg) -> What {
        match w {
            WhatArg::Missing => What::Missing,
            WhatArg::Stale => What::Stale,
            WhatArg::Machine => What::Machine,
            WhatArg::All => What::All,
        }
    }
}

/// The exchange formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// XLIFF 2.1, one file.
    Xliff,
    /// gettext PO, one file per document in the --out folder.
    Po,
    /// The translation memory of the locale, as TMX 1.4.
    Tmx,
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_parser = super::locale_arg)]
    locale: LanguageIdentifier,
    #[arg(long, value_enum, value_delimiter = ',', default_values = ["missing", "stale"])]
    what: Vec<WhatArg>,
    #[arg(long = "format", value_enum, default_value = "xliff")]
    file_format: ExportFormat,
    docs: Vec<String>,
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    #[arg(long)]
    tm: Vec<PathBuf>,
    #[arg(long, default_value_t = 3)]
    matches: usize,
    #[arg(long = "report", value_enum, default_value = "text")]
    report: Format,
}

/// What was written.
#[derive(Debug, serde::Serialize)]
struct Written {
    locale: String,
    out: PathBuf,
    files: usize,
    documents: usize,
    units: usize,
}

/// Document filters as document ids: a trailing `.md` and a leading `locales/<locale>/` go.
pub(super) fn filters(docs: &[String]) -> Vec<String> {
    docs.iter()
        .map(|d| {
            let d = d.replace('\\', "/");
            let d = d
                .strip_suffix(".md")
                .or_else(|| d.strip_suffix(".ftl"))
                .unwrap_or(&d)
                .to_owned();
            d.trim_end_matches('/').to_owned()
        })
        .collect()
}

/// A usage error when a filter matches no document.
pub(super) fn check_filters(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    filters: &[String],
) -> Result<(), CliError> {
    let ids = doc_ids(catalogs, locale);
    for f in filters {
        if !ids.iter().any(|id| chosen(id, std::slice::from_ref(f))) {
            return Err(CliError::usage(tr!("exchange-no-document", doc = f.as_str())));
        }
    }
    Ok(())
}

/// Runs `export`.
pub fn run(args: Args) -> Result<(), CliError> {
    let catalogs = Catalogs::open(&args.locales_dir);
    super::locales::warn_folders(&catalogs);
    let filters = filters(&args.docs);
    check_filters(&catalogs, &args.locale, &filters)?;
    let memory = super::leverage::memory(&catalogs, &args.locale, &args.tm)?;
    let locale = args.locale.to_string();
    let fail = |e: crate::exchange::ExchangeError| CliError::failure(crate::explain::exchange_error(&e));
    let write = |path: &PathBuf, text: &str| {
        fsutil::write_atomic(path, text.as_bytes()).map_err(|e| {
            CliError::failure(tr!(
                "error-write",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })
    };
    let what: Vec<What> = args.what.iter().map(|w| (*w).into()).collect();
    let written = if args.file_format == ExportFormat::Tmx {
        write(&args.out, &tmx::write(memory.entries()))?;
        Written {
            locale,
            out: args.out.clone(),
            files: 1,
            documents: 0,
            units: memory.entries().len(),
        }
    } else {
        let docs = collect(&catalogs, &args.locale, &filters, &what).map_err(fail)?;
        let suggest = |doc: &str, unit: &crate::exchange::units::Unit| -> Vec<Match> {
            if args.matches == 0 || !matches!(unit.state, UnitState::Missing | UnitState::Stale) {
                return Vec::new();
            }
            let origin = format!("{doc}#{}", unit.id);
            let mut found: Vec<Match> = memory
                .exact(&unit.english, &origin)
                .map(|e| Match {
                    score: 100,
                    english: e.english.clone(),
                    translation: e.translation.clone(),
                    origin: e.origin.clone(),
                })
                .into_iter()
                .collect();
            found.extend(memory.fuzzy(&unit.english, &origin, args.matches));
            found.truncate(args.matches);
            found
        };
        let units: usize = docs.iter().map(|d| d.units.len()).sum();
        let files = match args.file_format {
            ExportFormat::Xliff => {
                let text = xliff::write(&docs, &locale, &|d, u| suggest(&docs[d].doc, &docs[d].units[u]));
                write(&args.out, &text)?;
                1
            }
            _ => {
                for d in &docs {
                    let text = po::write(d, &locale, &|u| suggest(&d.doc, &d.units[u]));
                    write(&args.out.join(format!("{}.po", d.doc)), &text)?;
                }
                docs.len()
            }
        };
        Written {
            locale,
            out: args.out.clone(),
            files,
            documents: docs.len(),
            units,
        }
    };
    match args.report {
        Format::Json => print_json(&written),
        Format::Text => {
            let _ = writeln!(
                anstream::stdout(),
                "{}",
                tr!(
                    "export-done",
                    units = written.units,
                    documents = written.documents,
                    files = written.files,
                    out = written.out.display().to_string()
                )
            );
            Ok(())
        }
    }
}
