//! `taskguide render`: a document or a folder of documents in any locale, as monolingual
//! Markdown, the bilingual format, or HTML.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::report::{print_file_report, FileReport};
use super::{locale_arg, CliError};
use crate::doc::Doc;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::LanguageIdentifier;
use crate::render;
use crate::{fsutil, tr};

/// Arguments of `render`.
#[derive(Debug, clap::Args)]
pub struct Args {
    // A document, or a folder (every *.md below it; needs --out).
    path: PathBuf,
    // BCP 47 locale; default: each document's own.
    #[arg(long, value_parser = locale_arg)]
    locale: Option<LanguageIdentifier>,
    #[arg(long, value_parser = super::output::doc_format(), default_value = "markdown")]
    format: render::Format,
    // Output folder; without it a single document goes to standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    // Exit with code 1 if any message falls back to another locale.
    #[arg(long)]
    strict: bool,
    // The folder document ids are taken from.
    #[arg(long)]
    root: Option<PathBuf>,
}

/// Runs `render`.
pub fn run(args: Args) -> Result<(), CliError> {
    let catalogs = Catalogs::open(&args.locales_dir);
    super::locales::warn_folders(&catalogs);
    if !args.path.exists() {
        return Err(CliError::usage(tr!(
            "error-no-such-path",
            path = args.path.display().to_string()
        )));
    }
    let (files, walk_errors) = if args.path.is_dir() {
        if args.out.is_none() {
            return Err(CliError::usage(tr!(
                "error-dir-needs-out",
                path = args.path.display().to_string()
            )));
        }
        // A link loop or unreadable folder is reported; the files that can be reached are
        // still rendered.
        fsutil::scan_markdown_files(&args.path)
    } else {
        (vec![args.path.clone()], Vec::new())
    };
    let base = if args.path.is_dir() {
        args.path.as_path()
    } else {
        args.path.parent().unwrap_or(Path::new(""))
    };
    let id_root = args.root.as_deref().unwrap_or(base);
    let reports: Vec<FileReport> = files
        .par_iter()
        .map(|file| render_file(&args, &catalogs, base, id_root, file))
        .collect();
    let mut failed = !walk_errors.is_empty();
    for e in &walk_errors {
        print_file_report(&FileReport::new(&args.path).failed(e.to_string()));
    }
    let mut fallbacks = 0;
    for report in &reports {
        failed |= report.error.is_some();
        fallbacks += report.fallbacks.len();
        print_file_report(report);
    }
    super::report::print_summary(reports.len(), fallbacks);
    if failed || (args.strict && fallbacks > 0) {
        return Err(CliError::silent());
    }
    Ok(())
}

fn render_file(args: &Args, catalogs: &Catalogs, base: &Path, id_root: &Path, file: &Path) -> FileReport {
    let mut report = FileReport::new(file);
    let doc = match Doc::read(file) {
        Ok(doc) => doc.with_root(id_root),
        Err(e) => return report.failed(crate::explain::read_error(crate::l10n::engine::messages(), &e)),
    };
    report.add_diagnostics(&doc);
    let locale = args.locale.clone().unwrap_or_else(|| doc_locale(&doc));
    let rendered = match render::localized(&doc, &locale, Some(catalogs), args.format) {
        Ok(r) => r,
        Err(e) => return report.failed(e.to_string()),
    };
    report.add_localized(&rendered.localized);
    let output = rendered.text;
    let written = match &args.out {
        Some(out) => {
            let rel = file.strip_prefix(base).unwrap_or(file);
            let dest = out.join(rel);
            let dest = if args.format == render::Format::Html {
                dest.with_extension("html")
            } else {
                dest
            };
            fsutil::write_atomic(&dest, output.as_bytes()).map_err(|e| {
                tr!(
                    "error-write",
                    path = dest.display().to_string(),
                    reason = e.to_string()
                )
            })
        }
        None => super::output::write_stdout(output.as_bytes()),
    };
    match written {
        Ok(()) => report,
        Err(message) => report.failed(message),
    }
}

/// The locale a document is written in, or en-US if it says none.
pub fn doc_locale(doc: &Doc) -> LanguageIdentifier {
    doc.locale().unwrap_or_else(crate::locale::en_us)
}
