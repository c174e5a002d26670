//! `taskguide import`: documents → Fluent catalogs, merged into what is there.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use rayon::prelude::*;

use super::output::{print_json, Format};
use super::CliError;
use crate::doc::Doc;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::ids::{case_key, name_problem};
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
    // Each file with the root its id is taken from: the folder given, or (for a file given
    // alone) its own folder.
    let mut files: Vec<(PathBuf, PathBuf)> = Vec::new();
    for path in &args.paths {
        if !path.exists() {
            return Err(CliError::usage(tr!(
                "error-no-such-path",
                path = path.display().to_string()
            )));
        }
        let root = if path.is_dir() {
            path.clone()
        } else {
            path.parent().map(PathBuf::from).unwrap_or_default()
        };
        let found = fsutil::markdown_files(path).map_err(|e| CliError::failure(e.to_string()))?;
        files.extend(found.into_iter().map(|f| (f, root.clone())));
    }
    let catalogs = Catalogs::open(&args.locales_dir);
    // Parse in parallel; merge in order, since several documents (one article in several
    // locales) write the same en-US catalog.
    let docs: Vec<Result<Doc, String>> = files
        .par_iter()
        .map(|(f, root)| {
            Doc::read(f)
                .map(|d| d.with_root(root))
                .map_err(|e| crate::explain::read_error(crate::l10n::engine::messages(), &e))
        })
        .collect();
    let mut changes: Vec<CatalogChange> = Vec::new();
    let mut failed = false;
    let mut err = anstream::stderr();
    // Two documents with one id in one locale would write one catalog: the first one wins.
    let mut seen: HashMap<(String, Option<crate::l10n::LanguageIdentifier>), PathBuf> = HashMap::new();
    // Ids that differ only in case would share a catalog on Windows and macOS.
    let mut folded: HashMap<String, (String, PathBuf)> = HashMap::new();
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
            if let Some(problem) = name_problem(&key.0) {
                return Err(tr!(
                    "import-error-name",
                    path = doc.path().display().to_string(),
                    id = key.0.as_str(),
                    component = crate::explain::l10n::name_problem(&problem)
                ));
            }
            let fold = case_key(&key.0);
            if let Some((other_id, other)) = folded.get(&fold).filter(|(other_id, _)| *other_id != key.0) {
                return Err(tr!(
                    "import-error-case",
                    path = doc.path().display().to_string(),
                    other = other.display().to_string(),
                    id = key.0.as_str(),
                    other_id = other_id.as_str()
                ));
            }
            folded
                .entry(fold)
                .or_insert_with(|| (key.0.clone(), doc.path().to_path_buf()));
            seen.insert(key, doc.path().to_path_buf());
            import(&doc, &catalogs, args.prune).map_err(|e| crate::explain::l10n::import_error(&e))
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
            if c.needed.contains(id) {
                continue;
            }
            let key = if c.pruned {
                tr!("import-pruned", id = id.as_str())
            } else {
                tr!("import-obsolete", id = id.as_str())
            };
            let _ = writeln!(out, "  {key}");
        }
        for id in &c.needed {
            let _ = writeln!(out, "  {}", tr!("import-needed", id = id.as_str()));
        }
        for id in &c.stale {
            let _ = writeln!(out, "  {}", tr!("import-stale", id = id.as_str()));
        }
        for id in &c.edited {
            let _ = writeln!(out, "  {}", tr!("import-edited", id = id.as_str()));
        }
        for id in &c.adopted {
            let _ = writeln!(out, "  {}", tr!("import-adopted", id = id.as_str()));
        }
    }
    let _ = writeln!(out, "{}", tr!("import-summary", catalogs = changes.len()));
}
