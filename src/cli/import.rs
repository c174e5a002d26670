//! `taskguide import`: documents → Fluent catalogs, merged into what is there.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use rayon::prelude::*;

use super::output::{print_json, Format};
use super::CliError;
use crate::doc::Doc;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::import::{import, CatalogChange};
use crate::{fsutil, tr};

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    #[arg(long)]
    prune: bool,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// Runs `import`.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut files = Vec::new();
    for path in &args.paths {
        if !path.exists() {
            return Err(CliError::usage(tr!(
                "error-no-such-path",
                path = path.display().to_string()
            )));
        }
        files.extend(fsutil::markdown_files(path).map_err(|e| CliError::failure(e.to_string()))?);
    }
    let catalogs = Catalogs::open(&args.locales_dir);
    // Parse in parallel; merge in order, since several documents (one article in several
    // locales) write the same en-US catalog.
    let docs: Vec<Result<Doc, String>> = files
        .par_iter()
        .map(|f| Doc::read(f).map_err(|e| crate::explain::read_error(crate::l10n::engine::messages(), &e)))
        .collect();
    let mut changes: Vec<CatalogChange> = Vec::new();
    let mut failed = false;
    let mut err = anstream::stderr();
    // Two documents with one id in one locale would write one catalog: the first one wins.
    let mut seen: HashMap<(String, Option<crate::l10n::LanguageIdentifier>), PathBuf> = HashMap::new();
    for doc in docs {
        let result = doc.and_then(|doc| {
            for d in doc.located_diagnostics() {
                let _ = writeln!(
                    err,
                    "{}",
                    crate::explain::located(crate::l10n::engine::messages(), &d)
                );
            }
            let key = (doc.id(), doc.locale());
            if let Some(first) = seen.get(&key) {
                return Err(tr!(
                    "import-duplicate-id",
                    path = doc.path().display().to_string(),
                    id = key.0.as_str(),
                    first = first.display().to_string()
                ));
            }
            seen.insert(key, doc.path().to_path_buf());
            import(&doc, &catalogs, args.prune)
                .map_err(|e| crate::explain::import_error(crate::l10n::engine::messages(), &e))
        });
        match result {
            Ok(c) => changes.extend(c),
            Err(message) => {
                failed = true;
                let _ = writeln!(err, "taskguide: {}: {message}", tr!("label-error"));
            }
        }
    }
    match args.format {
        Format::Json => print_json(&changes)?,
        Format::Text => print_changes(&changes),
    }
    if failed {
        return Err(CliError::silent());
    }
    Ok(())
}

fn print_changes(changes: &[CatalogChange]) {
    let mut out = anstream::stdout().lock();
    for c in changes {
        let path = c.path.display().to_string();
        let line = tr!(
            "import-catalog",
            path = path.as_str(),
            added = c.added.len(),
            updated = c.updated.len(),
            stale = c.stale.len(),
            obsolete = c.obsolete.len()
        );
        let _ = writeln!(out, "{line}");
        for id in &c.obsolete {
            let key = if c.pruned {
                tr!("import-pruned", id = id.as_str())
            } else {
                tr!("import-obsolete", id = id.as_str())
            };
            let _ = writeln!(out, "  {key}");
        }
        for id in &c.stale {
            let _ = writeln!(out, "  {}", tr!("import-stale", id = id.as_str()));
        }
    }
    let _ = writeln!(out, "{}", tr!("import-summary", catalogs = changes.len()));
}
