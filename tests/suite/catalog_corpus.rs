//! The corpus in five locales imported into one empty catalog folder: nothing refused, every
//! document renders with the catalogs exactly as without them (no fallback, nothing stale), and
//! every translated message is a machine translation nobody has reviewed yet.
//!
//! Reads `../shared/corpus` (or `$TASKGUIDE_CORPUS`, for a checkout elsewhere); skips with a
//! notice when absent. In-process: one import and two renders per document.

use std::path::PathBuf;

use rayon::prelude::*;
use taskguide::doc::Doc;
use taskguide::l10n::catalogs::Catalogs;
use taskguide::l10n::import::import;
use taskguide::render;

use super::common::root;

const LOCALES: [&str; 5] = ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"];

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus"));
    if dir.join("nb-NO/sxs").is_dir() {
        Some(dir)
    } else {
        eprintln!("notice: {} is absent; skipping corpus test", dir.display());
        None
    }
}

#[test]
fn five_locales_import_into_one_folder_and_render_exactly_as_without_catalogs() {
    let Some(corpus) = corpus() else { return };
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("L");
    let mut docs_by_locale = Vec::new();
    for locale in LOCALES {
        let root = corpus.join(locale).join("sxs");
        let files = taskguide::fsutil::markdown_files(&root).unwrap();
        let docs: Vec<Doc> = files
            .par_iter()
            .map(|f| Doc::read(f).unwrap().with_root(&root))
            .collect();
        let mut ids: Vec<String> = docs.iter().map(Doc::id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), docs.len(), "{locale}: every document has its own id");
        // Each document of one locale writes its own catalogs: in parallel within a locale.
        let catalogs = Catalogs::open(&locales);
        let refused: Vec<String> = docs
            .par_iter()
            .filter_map(|doc| {
                import(doc, &catalogs, false)
                    .err()
                    .map(|e| format!("{}: {e}", doc.path().display()))
            })
            .collect();
        assert!(refused.is_empty(), "{locale}: {refused:?}");
        docs_by_locale.push((locale, docs));
    }
    let catalogs = Catalogs::open(&locales);
    for (locale, docs) in &docs_by_locale {
        let tag = taskguide::l10n::parse_locale(locale).unwrap();
        let differing: Vec<String> = docs
            .par_iter()
            .filter_map(|doc| {
                let with = render::localized(doc, &tag, Some(&catalogs), render::Format::Markdown).unwrap();
                let without = render::localized(doc, &tag, None, render::Format::Markdown).unwrap();
                let l = &with.localized;
                let clean = l.fallback_count() == 0 && l.refused.is_empty() && l.problems.is_empty();
                (with.text != without.text || !clean).then(|| {
                    format!(
                        "{}: same bytes {}, fallbacks {}, refused {:?}",
                        doc.id(),
                        with.text == without.text,
                        l.fallback_count(),
                        l.refused
                    )
                })
            })
            .collect();
        assert!(
            differing.is_empty(),
            "{locale}: {} differ: {:?}",
            differing.len(),
            &differing[..differing.len().min(5)]
        );
    }
    let status = taskguide::l10n::status::status(&catalogs).unwrap();
    for locale in LOCALES {
        let rows: Vec<_> = status.iter().filter(|s| s.locale == locale).collect();
        let translated: usize = rows.iter().map(|s| s.translated).sum();
        let machine: usize = rows.iter().map(|s| s.machine).sum();
        let reviewed: usize = rows.iter().map(|s| s.reviewed + s.edited).sum();
        let stale: usize = rows.iter().map(|s| s.stale).sum();
        assert!(translated > 10_000, "{locale}: {translated}");
        assert_eq!(
            (machine, reviewed, stale),
            (translated, 0, 0),
            "{locale}: 100 % machine"
        );
    }
}
