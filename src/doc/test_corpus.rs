//! The corpus documents, for tests that compare a fast path with its reference on every one.

use std::path::PathBuf;

/// The five locales' `sxs` documents under `TASKGUIDE_CORPUS` (else `../shared/corpus` beside
/// the repository), as (path, text); prints a notice for each locale folder that is absent.
pub(crate) fn documents() -> Vec<(PathBuf, String)> {
    by_locale()
        .into_iter()
        .map(|(_, path, text)| (path, text))
        .collect()
}

/// [`documents`], each with its locale (`nb-NO`).
pub(crate) fn by_locale() -> Vec<(&'static str, PathBuf, String)> {
    let root = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let mut docs = Vec::new();
    for locale in ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"] {
        let dir = root.join(locale).join("sxs");
        if !dir.is_dir() {
            eprintln!("notice: {} is absent; skipping its documents", dir.display());
            continue;
        }
        for path in crate::fsutil::markdown_files(&dir).unwrap() {
            if let Ok(text) = std::fs::read_to_string(&path) {
                docs.push((locale, path, text));
            }
        }
    }
    docs
}
