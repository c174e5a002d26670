//! Reviewed snapshots of every document in `content/`, in every snapshot locale: the rendered
//! Markdown and the steps, one `.snap` per document and locale; plus the catalog status.
//! A translation change shows up as a snapshot diff (see README: `cargo insta review`).

use taskguide::doc::Doc;
use taskguide::l10n::catalogs::Catalogs;
use taskguide::l10n::parse_locale;
use taskguide::{render, task};

use super::common::root;

const LOCALES: [&str; 3] = ["en-US", "nb-NO", "en-XA"];

#[test]
fn every_content_doc_renders_in_every_snapshot_locale() {
    let catalogs = Catalogs::open(root().join("locales"));
    // The Norwegian copies: since issue 16 each task is in several locale folders under the
    // same id, and the others render to the same text from the same catalogs.
    let docs = taskguide::fsutil::markdown_files(&root().join("content/nb-NO")).unwrap();
    assert!(!docs.is_empty());
    for path in docs {
        let doc = Doc::read(&path).unwrap();
        for tag in LOCALES {
            let rendered = render::localized(
                &doc,
                &parse_locale(tag).unwrap(),
                Some(&catalogs),
                render::Format::Markdown,
            )
            .unwrap();
            let localized = &rendered.localized;
            assert_eq!(localized.fallback_count(), 0, "{tag}: {localized:?}");
            assert!(localized.refused.is_empty(), "{tag}: {:?}", localized.refused);
            let markdown = rendered.text;
            let steps = serde_json::json!({
                "title": task::title(&doc, localized),
                "steps": task::steps(&doc, localized, &localized.ids),
            });
            let rel = path.strip_prefix(root()).unwrap().display().to_string();
            insta::with_settings!({
                snapshot_suffix => format!("{}.{tag}", doc.id()),
                description => format!("{rel} rendered in {tag}"),
                omit_expression => true,
            }, {
                insta::assert_snapshot!("markdown", markdown);
                insta::assert_json_snapshot!("steps", steps);
            });
        }
    }
}

#[test]
fn the_committed_catalogs_are_complete() {
    let status = taskguide::l10n::status::status(&Catalogs::open(root().join("locales"))).unwrap();
    insta::assert_json_snapshot!("status", status);
}
