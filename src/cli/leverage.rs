//! `taskguide leverage`: fills a locale's missing messages from exact matches of their
//! English in the translation memory (the catalogs, and TMX files given), marked leveraged or
//! machine, never reviewed.

use std::io::Write;
use std::path::PathBuf;

use super::output::{print_json, Format};
use super::CliError;
use crate::exchange::tm::{leverage, Memory};
use crate::exchange::tmx;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::state::Review;
use crate::l10n::LanguageIdentifier;
use crate::tr;

/// How leveraged messages are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mark {
    /// `leveraged` in the state file.
    Leveraged,
    /// `machine`: re-import may replace it with the document's translation.
    Machine,
}

/// Arguments of `leverage`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_parser = super::locale_arg)]
    locale: LanguageIdentifier,
    docs: Vec<String>,
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    #[arg(long)]
    tm: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "leveraged")]
    mark: Mark,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// The translation memory of `locale`: its catalogs, then the TMX files `tm`.
pub(super) fn memory(
    catalogs: &Catalogs,
    locale: &LanguageIdentifier,
    tm: &[PathBuf],
) -> Result<Memory, CliError> {
    let mut memory = Memory::from_catalogs(catalogs, locale)
        .map_err(|e| CliError::failure(crate::explain::exchange_error(&e)))?;
    for path in tm {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::failure(tr!(
                "error-read",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        for e in tmx::read(path, &text, &locale.to_string())
            .map_err(|e| CliError::failure(crate::explain::exchange_error(&e)))?
        {
            memory.push(e);
        }
    }
    Ok(memory)
}

/// Runs `leverage`.
pub fn run(args: Args) -> Result<(), CliError> {
    let catalogs = Catalogs::open(&args.locales_dir);
    super::locales::warn_folders(&catalogs);
    let filters = super::export::filters(&args.docs);
    super::export::check_filters(&catalogs, &args.locale, &filters)?;
    let memory = memory(&catalogs, &args.locale, &args.tm)?;
    let mark = match args.mark {
        Mark::Leveraged => Review::Leveraged,
        Mark::Machine => Review::Machine,
    };
    let report = leverage(&catalogs, &args.locale, &memory, &filters, mark, args.dry_run)
        .map_err(|e| CliError::failure(crate::explain::exchange_error(&e)))?;
    match args.format {
        Format::Json => print_json(&report),
        Format::Text => {
            let mut out = anstream::stdout().lock();
            for (doc, ids) in &report.documents {
                let _ = writeln!(
                    out,
                    "{}",
                    tr!("leverage-doc", doc = doc.as_str(), count = ids.len())
                );
            }
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    "leverage-summary",
                    locale = report.locale.as_str(),
                    missing = report.missing,
                    filled = report.filled,
                    fuzzy = report.fuzzy_only,
                    none = report.no_match,
                    mark = args.mark.to_possible_value_name()
                )
            );
            Ok(())
        }
    }
}

impl Mark {
    fn to_possible_value_name(self) -> &'static str {
        match self {
            Mark::Leveraged => "leveraged",
            Mark::Machine => "machine",
        }
    }
}
