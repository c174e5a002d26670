//! `taskguide check [PATH]... [--locale L]... [--format text|json|sarif] [--allow CODE]...`:
//! finds what is wrong in translations; exit code 1 when any error is found.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use crate::check::error::CheckError;
use crate::check::report::{self, Summary};
use crate::check::{catalog, check_files, sarif, Config, Finding, Severity};
use crate::l10n::LanguageIdentifier;
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
    // One self-contained HTML page: a table per document, counts per code and locale.
    Html,
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
    /// Glossary (TBX, or CSV source,target,locale,note) for term-mismatch; repeatable.
    #[arg(long, value_name = "FILE")]
    glossary: Vec<PathBuf>,
}

/// Runs `check`.
pub fn run(args: Args) -> Result<(), CliError> {
    let usage = |e: CheckError| CliError::usage(crate::explain::check_error(&e));
    let mut config = load_config(args.config.as_deref()).map_err(|e| match e {
        e @ CheckError::Read { .. } => CliError::failure(crate::explain::check_error(&e)),
        e => usage(e),
    })?;
    config.allow.extend(args.allow);
    let glossaries: Vec<PathBuf> = config.glossary.iter().chain(&args.glossary).cloned().collect();
    for path in glossaries {
        let terms =
            crate::check::glossary::read(&path).map_err(|error| usage(CheckError::Glossary { error }))?;
        config.terms.extend(terms);
    }
    if let Some(code) = config.unknown_codes().first() {
        return Err(usage(CheckError::UnknownCode {
            code: (*code).to_owned(),
        }));
    }
    let requested = args
        .locale
        .iter()
        .map(|l| crate::locale::parse_locale(l))
        .collect::<Result<Vec<_>, _>>()?;
    let (roots, docs, catalogs) = collect(&args.paths).map_err(|e| match e {
        e @ CheckError::Read { .. } => CliError::failure(crate::explain::check_error(&e)),
        e => usage(e),
    })?;
    warn_catalog_folders(&args.paths, &catalogs);
    let mut checked = Vec::new();
    let mut read_errors = Vec::new();
    for result in check_files(&docs, &config) {
        match result {
            Ok(c) => checked.push(c),
            Err(e) => read_errors.push(crate::explain::read_error(crate::l10n::engine::messages(), &e)),
        }
    }
    let locales = Locales::new(
        &requested,
        checked
            .iter()
            .filter_map(|c| c.locale.as_deref())
            .chain(catalogs.iter().filter_map(|p| catalog_locale(p))),
    );
    let catalogs: Vec<PathBuf> = catalogs
        .into_iter()
        .filter(|p| locales.wanted(catalog_locale(p)))
        .collect();
    let checked: Vec<_> = checked
        .into_iter()
        .filter(|c| locales.wanted(c.locale.as_deref()))
        .collect();
    if !requested.is_empty() && checked.is_empty() && catalogs.is_empty() {
        return Err(usage(CheckError::NoMatch {
            locales: args.locale.clone(),
            paths: roots,
        }));
    }
    let mut summary = Summary::default();
    let mut findings: Vec<(String, Finding)> = Vec::new();
    let mut units: std::collections::BTreeMap<String, Vec<crate::check::consistency::Unit>> =
        Default::default();
    for c in checked {
        summary.files += 1;
        let locale = c.locale.clone().unwrap_or_else(|| "?".into());
        findings.extend(c.findings.into_iter().map(|f| (locale.clone(), f)));
        units.entry(locale).or_default().extend(c.units);
    }
    // Across the whole set, per locale: each inconsistency once.
    for (locale, units) in &units {
        for mut f in crate::check::consistency::check(units) {
            if config.allows(f.code(), "", &f.id) || config.allows_at(f.code(), &f.path, locale) {
                continue;
            }
            f.level = config.severity_in(f.code(), locale);
            findings.push((locale.clone(), f));
        }
    }
    drop(units);
    summary.files += catalogs.len();
    for result in catalog::check_files(&catalogs, &config) {
        match result {
            Ok(found) => findings.extend(found.into_iter().map(|f| {
                let locale = catalog_locale(Path::new(&f.path)).unwrap_or("?").to_owned();
                (locale, f)
            })),
            Err((path, source)) => {
                read_errors.push(crate::explain::check_error(&CheckError::Read { path, source }))
            }
        }
    }
    findings.iter().for_each(|(l, f)| {
        summary.add(f);
        summary.add_locale(l, f);
    });
    let findings: Vec<Finding> = findings.into_iter().map(|(_, f)| f).collect();
    summary.errors += read_errors.len();
    print(&findings, &read_errors, &summary, args.format)?;
    if summary.errors > 0 {
        Err(CliError::silent())
    } else {
        Ok(())
    }
}

/// The locale filter, matched the way rendering negotiates a tag: each requested tag selects
/// the locale its fallback chain ([`crate::locale::chain`]) reaches first among the locales
/// present (`nb`, `no` → nb-NO; `sv` → sv-SE; `he` → he-IL); a chain that only reaches the
/// en-US it always ends in selects nothing, unless English was asked for.
struct Locales {
    /// The locales selected by the tags requested.
    selected: Vec<LanguageIdentifier>,
    /// Whether any tag was requested (else every locale is wanted).
    filtered: bool,
}

impl Locales {
    fn new<'a>(requested: &[LanguageIdentifier], present: impl Iterator<Item = &'a str>) -> Locales {
        let mut available: Vec<LanguageIdentifier> = present
            .filter_map(|l| crate::locale::parse_locale(l).ok())
            .collect();
        available.sort_by_key(|l| l.to_string());
        available.dedup();
        let en = crate::locale::en_us();
        let selected = requested
            .iter()
            .filter_map(|r| {
                let first = crate::locale::chain(r, &available).into_iter().next()?;
                let english = r.language == en.language;
                (available.contains(&first) && (first != en || english)).then_some(first)
            })
            .collect();
        Locales {
            selected,
            filtered: !requested.is_empty(),
        }
    }

    fn wanted(&self, locale: Option<&str>) -> bool {
        if !self.filtered {
            return true;
        }
        locale
            .and_then(|l| crate::locale::parse_locale(l).ok())
            .is_some_and(|l| self.selected.contains(&l))
    }
}

/// The locale folder a catalog file is in.
fn catalog_locale(path: &Path) -> Option<&str> {
    crate::check::catalog::locale_of(path)
}

/// Warns about the folders not read by render and status (`de-de`, `nb_NO`, `norsk`) in each
/// catalog folder checked: a folder given (or `locales/`) with catalogs one level down.
fn warn_catalog_folders(paths: &[PathBuf], catalogs: &[PathBuf]) {
    let defaults = [PathBuf::from("locales")];
    let roots = if paths.is_empty() { &defaults[..] } else { paths };
    for root in roots.iter().filter(|r| r.is_dir()) {
        if catalogs
            .iter()
            .any(|c| c.parent().and_then(Path::parent) == Some(root.as_path()))
        {
            super::locales::warn_folders(&crate::l10n::catalogs::Catalogs::open(root));
        }
    }
}

fn load_config(path: Option<&Path>) -> Result<Config, CheckError> {
    crate::check::config::load(path, Path::new("."))
}

/// The roots searched, the documents and the catalogs.
type Collected = (Vec<PathBuf>, Vec<PathBuf>, Vec<PathBuf>);

/// The roots searched, and the documents (`*.md`) and catalogs (`*.ftl`) under them (default
/// `content/` and `locales/`, each when present), sorted per root. A root given that does not
/// exist or holds neither is an error: it would check nothing.
fn collect(paths: &[PathBuf]) -> Result<Collected, CheckError> {
    let defaults: Vec<PathBuf> = ["content", "locales"]
        .iter()
        .map(PathBuf::from)
        .filter(|p| p.exists())
        .collect();
    let roots = if paths.is_empty() { &defaults[..] } else { paths };
    let (mut docs, mut catalogs) = (Vec::new(), Vec::new());
    for root in roots {
        if !root.exists() {
            return Err(CheckError::NoPath { path: root.clone() });
        }
        let before = docs.len() + catalogs.len();
        for entry in walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(root).to_path_buf();
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::ErrorKind::Other.into());
                CheckError::Read { path, source }
            })?;
            let path = entry.path();
            match path.extension().and_then(|e| e.to_str()) {
                Some("md") if entry.file_type().is_file() => docs.push(entry.into_path()),
                Some("ftl") if entry.file_type().is_file() => catalogs.push(entry.into_path()),
                _ => {}
            }
        }
        if docs.len() + catalogs.len() == before && !paths.is_empty() {
            return Err(CheckError::EmptyPath { path: root.clone() });
        }
    }
    Ok((roots.to_vec(), docs, catalogs))
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
        let _ = writeln!(err, "{}: {e}", report::label(Severity::Error));
    }
    match format {
        CheckFormat::Text => {
            for f in findings {
                writeln!(out, "{}", report::text(f)).map_err(write_err)?;
            }
            for line in summary.locale_lines() {
                writeln!(out, "{line}").map_err(write_err)?;
            }
            writeln!(out, "{}", summary.line()).map_err(write_err)?;
        }
        CheckFormat::Html => {
            write!(out, "{}", crate::check::html::page(findings, summary)).map_err(write_err)?;
            let _ = writeln!(err, "{}", summary.line());
        }
        CheckFormat::Json => {
            let records: Vec<_> = findings.iter().map(report::json).collect();
            super::output::print_json(&records)?;
            for line in summary.locale_lines() {
                let _ = writeln!(err, "{line}");
            }
            let _ = writeln!(err, "{}", summary.line());
        }
        CheckFormat::Sarif => {
            super::output::print_json(&sarif::log(findings))?;
            let _ = writeln!(err, "{}", summary.line());
        }
    }
    Ok(())
}
