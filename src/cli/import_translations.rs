//! `taskguide import-translations`: XLIFF and PO files back into the catalogs. Each unit is
//! checked (its English still current, its inline codes intact); refused units are reported
//! with their `file:line:col` and kept out; nothing else is touched.

use std::io::Write;
use std::path::PathBuf;

use super::output::{print_json, Format};
use super::CliError;
use crate::exchange::incoming::{take, Report};
use crate::exchange::{po, xliff, ExchangeError};
use crate::l10n::catalogs::Catalogs;
use crate::tr;

/// Arguments of `import-translations`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// Runs `import-translations`.
pub fn run(args: Args) -> Result<(), CliError> {
    let catalogs = Catalogs::open(&args.locales_dir);
    super::locales::warn_folders(&catalogs);
    let mut report = Report::default();
    let mut failed = Vec::new();
    for path in &args.files {
        if let Err(e) = one(&catalogs, path, &mut report) {
            failed.push(crate::explain::exchange_error(&e));
        }
    }
    match args.format {
        Format::Json => print_json(&report)?,
        Format::Text => print_text(&report),
    }
    let mut err = anstream::stderr();
    for message in &failed {
        let _ = writeln!(err, "taskguide: {}: {message}", tr!("label-error"));
    }
    if failed.is_empty() && report.refused.is_empty() {
        Ok(())
    } else {
        Err(CliError::silent())
    }
}

fn one(catalogs: &Catalogs, path: &PathBuf, report: &mut Report) -> Result<(), ExchangeError> {
    let text = std::fs::read_to_string(path).map_err(|e| ExchangeError::Io(path.clone(), e))?;
    let is_po = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("po") || e.eq_ignore_ascii_case("pot"))
        || !text.trim_start().starts_with('<');
    let (locale, units) = if is_po {
        po::read(path, &text)?
    } else {
        xliff::read(path, &text)?
    };
    let locale = crate::locale::canonical(&locale).map_err(|_| ExchangeError::File {
        path: path.clone(),
        line: 1,
        col: 1,
        reason: format!("locale {locale}"),
    })?;
    take(catalogs, &locale, path, units, report)
}

fn print_text(report: &Report) {
    let mut err = anstream::stderr();
    for r in &report.refused {
        let _ = writeln!(
            err,
            "{}:{}:{}: {}: {}",
            r.path.display(),
            r.line,
            r.col,
            tr!("label-error"),
            tr!(
                "import-translations-refused",
                doc = r.doc.as_str(),
                id = r.id.as_str(),
                reason = crate::explain::refusal(&r.why)
            )
        );
    }
    let mut out = anstream::stdout().lock();
    let mut messages = 0;
    for c in &report.changed {
        messages += c.added.len() + c.updated.len() + c.state_changed.len();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "import-translations-doc",
                doc = c.doc.as_str(),
                added = c.added.len(),
                updated = c.updated.len(),
                state = c.state_changed.len()
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "import-translations-summary",
            messages = messages,
            catalogs = report.changed.len(),
            unchanged = report.unchanged,
            refused = report.refused.len(),
            untaken = report.not_taken
        )
    );
}
