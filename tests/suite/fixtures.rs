//! Small hand-written documents in `tests/fixtures/`: `ok/` ones read without a diagnostic,
//! `err-*/` ones show one kind of problem each. Each is snapshotted with its input as the
//! snapshot's description: the parse diagnostics (as a user reads them, in en-US), then the
//! document rendered in en-US and in its own locale, without catalogs.
//!
//! To add a case, drop a `.md` file in the folder of its kind and run `cargo insta test`, then
//! review the new snapshot.

use std::path::Path;

use taskguide::l10n::engine::Messages;
use taskguide::{en_us, explain, render, render_document, Doc, Format};

use super::common::root;

/// What a fixture gives: its diagnostics, or why it cannot be read, and its renders.
fn report(path: &Path, rel: &str) -> (String, usize) {
    let en = Messages::for_locale(&en_us()).isolating(false);
    let doc = match Doc::read(path) {
        Ok(doc) => doc,
        Err(e) => {
            let text = explain::read_error(&en, &e).replace(&path.display().to_string(), rel);
            return (format!("cannot be read:\n{text}\n"), 1);
        }
    };
    let doc = Doc::parse(rel, doc.text().to_owned());
    let mut out = String::from("diagnostics:\n");
    let diagnostics: Vec<String> = doc
        .located_diagnostics()
        .map(|d| explain::located(&en, &d))
        .collect();
    for d in &diagnostics {
        out.push_str(&format!("  {d}\n"));
    }
    if diagnostics.is_empty() {
        out.push_str("  (none)\n");
    }
    let mut bilingual = String::new();
    render::bilingual(
        &doc,
        &render::Embedded::Target(&doc),
        &render::Embedded::Source(&doc),
        &mut bilingual,
    );
    assert_eq!(bilingual, doc.text(), "{rel}: the bilingual output is the input");
    let mut locales = vec![en_us()];
    locales.extend(doc.locale().filter(|l| *l != en_us()));
    for locale in locales {
        let rendered = render_document(&doc, &locale, None, Format::Markdown).unwrap();
        out.push_str(&format!("\n{locale}:\n{}", rendered.text));
    }
    (out, diagnostics.len())
}

#[test]
fn fixtures_parse_and_render_as_reviewed() {
    let mut seen = 0;
    insta::glob!("../fixtures", "*/*.md", |path| {
        seen += 1;
        let rel = path
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let (out, problems) = report(path, &rel);
        let kind = rel.split('/').nth(2).unwrap_or_default();
        if kind == "ok" {
            assert_eq!(problems, 0, "{rel}: an ok fixture has no diagnostic\n{out}");
        } else {
            assert!(kind.starts_with("err-"), "{rel}: put fixtures in ok/ or err-*/");
            assert!(problems > 0, "{rel}: an error fixture shows its problem\n{out}");
        }
        let input = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        insta::with_settings!({ description => input, omit_expression => true }, {
            insta::assert_snapshot!(out);
        });
    });
    assert!(seen >= 10, "{seen} fixtures");
}
