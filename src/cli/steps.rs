//! `taskguide steps`: a document's step definitions in a locale, as text or JSON.

use std::io::Write;
use std::path::PathBuf;

use super::output::{print_json, Format};
use super::report::{print_file_report, FileReport};
use super::{locale_arg, CliError};
use crate::doc::Doc;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::texts::localize;
use crate::l10n::LanguageIdentifier;
use crate::task::{self, Step};
use crate::tr;

/// Arguments of `steps`.
#[derive(Debug, clap::Args)]
pub struct Args {
    doc: PathBuf,
    #[arg(long, value_parser = locale_arg)]
    locale: Option<LanguageIdentifier>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
}

#[derive(serde::Serialize)]
struct StepsJson<'a> {
    doc: String,
    locale: String,
    title: Option<String>,
    steps: &'a [Step],
}

/// Runs `steps`.
pub fn run(args: Args) -> Result<(), CliError> {
    if !args.doc.is_file() {
        return Err(CliError::usage(tr!(
            "error-no-such-path",
            path = args.doc.display().to_string()
        )));
    }
    let doc = Doc::read(&args.doc)
        .map_err(|e| CliError::failure(crate::explain::read_error(crate::l10n::engine::messages(), &e)))?;
    let locale = (args.locale.clone())
        .or_else(|| doc.locale())
        .unwrap_or_else(crate::locale::en_us);
    let catalogs = Catalogs::open(&args.locales_dir);
    let localized = localize(&doc, &locale, Some(&catalogs)).map_err(|e| CliError::failure(e.to_string()))?;
    let mut report = FileReport::new(&args.doc);
    report.add_diagnostics(&doc);
    report.add_localized(&localized);
    print_file_report(&report);
    let steps = task::steps(&doc, &localized, &localized.ids);
    let title = task::title(&doc, &localized);
    match args.format {
        Format::Json => print_json(&StepsJson {
            doc: doc.id(),
            locale: localized.locale.to_string(),
            title,
            steps: &steps,
        }),
        Format::Text => print_text(title.as_deref(), &steps)
            .map_err(|e| CliError::failure(tr!("error-write-stdout", reason = e.to_string()))),
    }
}

fn print_text(title: Option<&str>, steps: &[Step]) -> std::io::Result<()> {
    let mut out = anstream::stdout().lock();
    if let Some(title) = title {
        let bold = anstyle::Style::new().bold();
        writeln!(out, "{bold}{title}{bold:#}\n")?;
    }
    print_steps(&mut out, steps, 0)
}

fn print_steps(out: &mut impl Write, steps: &[Step], depth: usize) -> std::io::Result<()> {
    let indent = "   ".repeat(depth);
    for step in steps {
        writeln!(out, "{indent}{}. {}", step.number, step.text)?;
        if !step.labels.is_empty() {
            writeln!(
                out,
                "{indent}   {}",
                tr!("steps-labels", labels = step.labels.join(" · "))
            )?;
        }
        for link in &step.links {
            writeln!(
                out,
                "{indent}   {}",
                tr!("steps-link", text = link.text.as_str(), url = link.url.as_str())
            )?;
        }
        print_steps(out, &step.steps, depth + 1)?;
    }
    Ok(())
}
