//! `taskguide check [PATH]... [--locale L]... [--format text|json|sarif] [--allow CODE]...`:
//! finds what is wrong in translations; exit code 1 when any error is found.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use crate::check::report::{self, Summary};
use crate::check::{catalog, check_files, sarif, Config, Finding, Severity};
use crate::tr;

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    // Plain comments: a doc comment would become English help text (`cli-check-opt-format`
    // describes the values in the user's language).
    // `path:line:col: error[code]: message`, snippets and a hint.
    Text,
    // An array of findings.
    Json,
    // SARIF 2.1.0.
    Sarif,
}

/// The arguments of `taskguide check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Bilingual documents, catalogs or folders (default: content/ and locales/).
    paths: Vec<PathBuf>,
    /// Check only documents in these locales.
    #[arg(long = "locale", value_name = "L")]
    locale: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Codes to allow everywhere.
    #[arg(long = "allow", value_name = "CODE")]
    allow: Vec<String>,
    /// Settings file (default: taskguide.toml if present).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

/// Runs `check`.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut config = load_config(args.config.as_deref())?;
    config.allow.extend(args.allow);
    if let Some(code) = config.unknown_codes().first() {
        let known = crate::check::kind::CODES.join(", ");
        return Err(CliError::usage(tr!(
            "check-error-unknown-code",
            code = *code,
            known = known
        )));
    }
    let locales = args
        .locale
        .iter()
        .map(|l| crate::l10n::parse_locale(l).map(|l| l.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    let (docs, catalogs) = collect(&args.paths)?;
    let mut summary = Summary::default();
    let mut findings: Vec<Finding> = Vec::new();
    let mut read_errors = Vec::new();
    for result in check_files(&docs, &config) {
        match result {
            Ok(checked) if wanted(&locales, checked.locale.as_deref()) => {
                summary.files += 1;
                findings.extend(checked.findings);
            }
            Ok(_) => {}
            Err(e) => read_errors.push(crate::explain::read_error(crate::l10n::engine::messages(), &e)),
        }
    }
    let catalogs: Vec<PathBuf> = catalogs
        .into_iter()
        .filter(|p| wanted(&locales, catalog_locale(p)))
        .collect();
    summary.files += catalogs.len();
    for result in catalog::check_files(&catalogs, &config) {
        match result {
            Ok(found) => findings.extend(found),
            Err((path, e)) => read_errors.push(tr!(
                "error-read",
                path = path.display().to_string(),
                reason = e.to_string()
            )),
        }
    }
    findings.iter().for_each(|f| summary.add(f));
    summary.errors += read_errors.len();
    print(&findings, &read_errors, &summary, args.format)?;
    if summary.errors > 0 {
        Err(CliError::silent())
    } else {
        Ok(())
    }
}

/// The locale folder a catalog file is in.
fn catalog_locale(path: &Path) -> Option<&str> {
    path.parent()?.file_name()?.to_str()
}

fn wanted(locales: &[String], locale: Option<&str>) -> bool {
    locales.is_empty() || locale.is_some_and(|l| locales.iter().any(|w| w.eq_ignore_ascii_case(l)))
}

fn load_config(path: Option<&Path>) -> Result<Config, CliError> {
    let (path, required) = match path {
        Some(p) => (p.to_path_buf(), true),
        None => (PathBuf::from("taskguide.toml"), false),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            let (path, reason) = (path.display().to_string(), e.to_string());
            return Err(CliError::failure(tr!("error-read", path = path, reason = reason)));
        }
    };
    Config::from_toml(&text).map_err(|e| {
        CliError::usage(tr!(
            "check-error-config",
            path = path.display().to_string(),
            reason = e.to_string()
        ))
    })
}

/// The documents (`*.md`) and catalogs (`*.ftl`) under the given paths (default `content/`
/// and `locales/`, each when present), sorted per path.
fn collect(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<PathBuf>), CliError> {
    let defaults: Vec<PathBuf> = ["content", "locales"]
        .iter()
        .map(PathBuf::from)
        .filter(|p| p.exists())
        .collect();
    let roots = if paths.is_empty() { &defaults[..] } else { paths };
    let (mut docs, mut catalogs) = (Vec::new(), Vec::new());
    for root in roots {
        if !root.exists() {
            let path = root.display().to_string();
            return Err(CliError::usage(tr!("check-error-no-path", path = path)));
        }
        for entry in walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(root).display().to_string();
                CliError::failure(tr!("error-read", path = path, reason = e.to_string()))
            })?;
            let path = entry.path();
            match path.extension().and_then(|e| e.to_str()) {
                Some("md") if entry.file_type().is_file() => docs.push(entry.into_path()),
                Some("ftl") if entry.file_type().is_file() => catalogs.push(entry.into_path()),
                _ => {}
            }
        }
    }
    Ok((docs, catalogs))
}

fn print(
    findings: &[Finding],
    read_errors: &[String],
    summary: &Summary,
    format: CheckFormat,
) -> Result<(), CliError> {
    let write_err = |e: std::io::Error| CliError::failure(tr!("error-write-stdout", reason = e.to_string()));
    let mut out = std::io::stdout().lock();
    let mut err = anstream::stderr();
    for e in read_errors {
        let _ = writeln!(err, "{}: {e}", Severity::Error.label());
    }
    match format {
        CheckFormat::Text => {
            for f in findings {
                writeln!(out, "{}", report::text(f)).map_err(write_err)?;
            }
            writeln!(out, "{}", summary.line()).map_err(write_err)?;
        }
        CheckFormat::Json => {
            let records: Vec<_> = findings.iter().map(report::json).collect();
            super::output::print_json(&records)?;
            let _ = writeln!(err, "{}", summary.line());
        }
        CheckFormat::Sarif => {
            super::output::print_json(&sarif::log(findings))?;
            let _ = writeln!(err, "{}", summary.line());
        }
    }
    Ok(())
}
