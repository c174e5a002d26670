use super::*;

const SEED: &str = "content/nb-NO/how-to-assign-a-license-to-a-user.md";

fn seed() -> Doc {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    Doc::parse(SEED, text)
}

#[test]
fn the_seed_has_exactly_the_step_one_findings_and_a_machine_translation_note() {
    let found: Vec<_> = check_doc(&seed(), &Config::default())
        .into_iter()
        .map(|f| (f.code(), f.pos.line, f.pos.col, f.id))
        .collect();
    assert_eq!(
        found,
        [
            ("machine-translated", 1, 1, String::new()),
            ("breadcrumb", 27, 60, "dca22-105".to_owned()),
            ("missing-space", 27, 129, "dca22-105".to_owned()),
        ]
    );
}

#[test]
fn allowed_codes_are_not_reported() {
    let mut config = Config::default();
    config.allow.push("machine-translated".into());
    config.messages.insert(
        "dca22-105".into(),
        config::Allow {
            allow: vec!["breadcrumb".into()],
        },
    );
    let codes: Vec<_> = check_doc(&seed(), &config).iter().map(Finding::code).collect();
    assert_eq!(codes, ["missing-space"]);
}

#[test]
fn findings_carry_snippets_of_both_halves() {
    let findings = check_doc(&seed(), &Config::default());
    let space = findings.iter().find(|f| f.code() == "missing-space").unwrap();
    assert!(space.target.contains(")i administrasjons"), "{}", space.target);
    assert!(!space.source.is_empty());
}

proptest::proptest! {
    #[test]
    fn no_document_makes_check_doc_panic(
        before in "[a-z \\[\\]()>*\n-]{0,12}",
        target in "[a-zA-Z0-9 *_`\\[\\]()<>\\\\.\n]{0,40}",
        source in "[a-zA-Z0-9 *_`\\[\\]()<>\\\\.\n]{0,40}",
        after in "[a-z \\[\\]()>*\n.-]{0,12}",
    ) {
        let text = format!(
            "---\nms.contentlocale: sv-SE\n---\n{before}<span data-ttu-id=\"a-1\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">{source}</span></span>{after}"
        );
        let doc = Doc::parse("content/nb-NO/p.md", text);
        for f in check_doc(&doc, &Config::default()) {
            proptest::prop_assert!(f.pos.line >= 1 && f.pos.col >= 1);
        }
    }
}

#[test]
fn lines_counts_from_the_previous_offset_as_the_line_index_does() {
    let text = "---\ntitle: å\n---\n\nGå til 登录 ★ היכנס\r\nx\n\n\nyz ǅ\n";
    let doc = Doc::parse("x.md", text.to_owned());
    let mut lines = Lines::new(text);
    // increasing (as the segments come), then going back, then past the end
    let offsets = (0..=text.len()).chain([7, 3, 20, 0, text.len() + 5, 2]);
    for offset in offsets {
        assert_eq!(lines.line_col(offset), doc.line_col(offset), "{offset}");
    }
    let seed = seed();
    let mut lines = Lines::new(seed.text());
    for seg in seed.segments() {
        assert_eq!(lines.line_col(seg.target.start), seed.line_col(seg.target.start));
    }
}

#[test]
fn the_units_are_the_segments_that_take_part_at_their_places() {
    let doc = seed();
    let (_, units) = check_doc_units(&doc, &Config::default());
    let want: Vec<_> = doc
        .segments()
        .iter()
        .filter(|s| consistency::takes_part(doc.slice(&s.source), doc.slice(&s.target)))
        .map(|s| {
            (
                doc.line_col(s.target.start),
                doc.slice(&s.id),
                doc.slice(&s.source),
                doc.slice(&s.target),
            )
        })
        .collect();
    let got: Vec<_> = units
        .iter()
        .map(|u| (u.pos, u.id(), u.source(), u.target()))
        .collect();
    assert!(want.len() > 5, "{}", want.len());
    assert_eq!(got, want);
    assert!(units.iter().all(|u| &*u.path == SEED));
}

#[test]
fn paths_are_shown_as_their_display() {
    use std::path::Path;
    for p in [
        "content/nb-NO/a.md",
        "c:\\x\\fr-FR\\é ü.md",
        "/work/he-IL/sxs/היכנס.md",
        "",
        "a//b/./c.md",
    ] {
        assert_eq!(shown(Path::new(p)), Path::new(p).display().to_string());
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bad = Path::new(std::ffi::OsStr::from_bytes(b"nb-NO/a\xff.md"));
        assert_eq!(shown(bad), bad.display().to_string());
        assert_eq!(shown(bad), "nb-NO/a\u{fffd}.md");
    }
}
