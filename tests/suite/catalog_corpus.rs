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

#[test]
fn sv_zh_and_he_copies_imported_in_any_order_with_prune_lose_no_message_any_of_them_needs() {
    use taskguide::l10n::state::State;
    let Some(corpus) = corpus() else { return };
    let trio = ["sv-SE", "zh-CN", "he-IL"];
    let docs: Vec<(usize, Doc)> = trio
        .iter()
        .enumerate()
        .flat_map(|(i, locale)| {
            let root = corpus.join(locale).join("sxs");
            let files = taskguide::fsutil::markdown_files(&root).unwrap();
            files
                .into_iter()
                .map(move |f| (i, Doc::read(&f).unwrap().with_root(&root)))
        })
        .collect();
    // The articles whose copies differ in English or segmentation (the ones at risk), present
    // in all three locales.
    let mut by_id: std::collections::HashMap<String, Vec<Vec<(String, &str)>>> = Default::default();
    for (_, d) in &docs {
        let ids = taskguide::l10n::texts::message_ids(d);
        let english = d.segments().iter().map(|s| d.slice(&s.source));
        by_id
            .entry(d.id())
            .or_default()
            .push(ids.into_iter().zip(english).collect());
    }
    let at_risk: std::collections::HashSet<String> = by_id
        .into_iter()
        .filter(|(_, copies)| copies.len() == 3 && copies.iter().any(|c| *c != copies[0]))
        .map(|(id, _)| id)
        .collect();
    assert!(at_risk.len() > 10, "{}", at_risk.len());
    let docs: Vec<(usize, Doc)> = docs
        .into_iter()
        .filter(|(_, d)| at_risk.contains(&d.id()))
        .collect();
    for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2]] {
        let dir = tempfile::tempdir().unwrap();
        let locales = dir.path().join("L");
        // Import twice, so the second round prunes against every locale's catalogs.
        for _ in 0..2 {
            for &i in &order {
                let catalogs = Catalogs::open(&locales);
                let failed: Vec<String> = docs
                    .par_iter()
                    .filter(|(l, _)| *l == i)
                    .filter_map(|(_, d)| import(d, &catalogs, true).err().map(|e| e.to_string()))
                    .collect();
                assert!(failed.is_empty(), "{failed:?}");
            }
        }
        let catalogs = Catalogs::open(&locales);
        let en = taskguide::locale::en_us();
        let lost: Vec<String> = docs
            .par_iter()
            .flat_map_iter(|(i, doc)| {
                let locale = taskguide::l10n::parse_locale(trio[*i]).unwrap();
                let own = catalogs.path(&locale, &doc.id());
                let state = State::read(&own).unwrap().unwrap();
                let english_state = State::read(&catalogs.path(&en, &doc.id())).unwrap().unwrap();
                let ids = taskguide::l10n::texts::message_ids(doc);
                let mut lost = Vec::new();
                for (seg, id) in doc.segments().iter().zip(&ids) {
                    let record = state.messages.get(id);
                    if record.and_then(|r| r.english.as_deref()) != Some(doc.slice(&seg.source)) {
                        lost.push(format!("{} {}: {id} lost its English", trio[*i], doc.id()));
                    }
                    if !english_state.messages.contains_key(id) {
                        lost.push(format!(
                            "en-US {}: {id} pruned though {} needs it",
                            doc.id(),
                            trio[*i]
                        ));
                    }
                }
                lost
            })
            .collect();
        assert!(
            lost.is_empty(),
            "{order:?}: {} lost: {:?}",
            lost.len(),
            &lost[..lost.len().min(5)]
        );
    }
}
