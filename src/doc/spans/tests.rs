use super::*;

const SEED_LINE: &str = "1. <span data-ttu-id=\"dca22-105\">Gå til **brukere** som er \\> [aktive brukere](https://go.microsoft.com/fwlink/p/?linkid=834822)i administrasjons senteret.</span><span class=\"sxs-lookup\"><span data-stu-id=\"dca22-105\">In the admin center, go to **Users** \\> [Active users](https://go.microsoft.com/fwlink/p/?linkid=834822).</span></span>\n";

fn pair(id: &str, target: &str, source: &str) -> String {
    format!("<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>")
}

#[track_caller]
fn scan_ok(text: &str) -> Vec<Segment> {
    let mut diags = Vec::new();
    let segs = scan(text, &mut diags);
    assert!(diags.is_empty(), "unexpected diagnostics: {diags:?}");
    segs
}

fn codes(text: &str) -> Vec<&'static str> {
    let mut diags = Vec::new();
    scan(text, &mut diags);
    diags.iter().map(|d| d.kind.code()).collect()
}

#[test]
fn a_pair_yields_its_id_and_both_halves_verbatim() {
    let segs = scan_ok(SEED_LINE);
    assert_eq!(segs.len(), 1);
    let s = &segs[0];
    assert_eq!(&SEED_LINE[s.id.clone()], "dca22-105");
    assert!(SEED_LINE[s.target.clone()].starts_with("Gå til **brukere** som er \\> [aktive"));
    assert!(SEED_LINE[s.source.clone()].ends_with("linkid=834822)."));
    assert_eq!(s.range, 3..SEED_LINE.len() - 1);
}

#[test]
fn plain_spans_nested_in_both_halves_stay_inside() {
    let text = pair(
        "a-1",
        "x <span>https:</span>//URL y",
        "x <span>https:</span>//URL y",
    );
    let segs = scan_ok(&text);
    assert_eq!(&text[segs[0].source.clone()], "x <span>https:</span>//URL y");
    assert_eq!(segs[0].range, 0..text.len());
}

#[test]
fn a_nested_span_closing_at_the_very_end_of_the_source_is_not_the_end() {
    let text = pair("a-1", "t", "x <span>y</span>");
    let segs = scan_ok(&text);
    assert_eq!(&text[segs[0].source.clone()], "x <span>y</span>");
}

#[test]
fn a_literal_close_tag_in_the_source_is_reported_and_skipped() {
    let text = pair(
        "e7-112",
        "følg instruksjonene </span> i denne",
        "follow the instructions</span> found in this",
    );
    let mut diags = Vec::new();
    let segs = scan(&text, &mut diags);
    assert_eq!(
        &text[segs[0].source.clone()],
        "follow the instructions</span> found in this"
    );
    assert_eq!(
        &text[segs[0].target.clone()],
        "følg instruksjonene </span> i denne"
    );
    let offsets: Vec<_> = diags.iter().map(|d| (d.kind.code(), d.offset)).collect();
    let t = text.find("</span> i").unwrap();
    let s = text.find("</span> found").unwrap();
    assert_eq!(offsets, [("stray-close-tag", t), ("stray-close-tag", s)]);
}

#[test]
fn an_unpaired_target_span_is_reported_and_the_next_pair_still_found() {
    let text = format!(
        "<span data-ttu-id=\"a-1\">lonely</span> and {}",
        pair("a-2", "t", "s")
    );
    let mut diags = Vec::new();
    let segs = scan(&text, &mut diags);
    assert_eq!(segs.len(), 1);
    assert_eq!(&text[segs[0].id.clone()], "a-2");
    assert_eq!(diags[0].kind, DiagnosticKind::UnpairedSpan { id: "a-1".into() });
    assert_eq!(diags[0].offset, 0);
}

#[test]
fn a_source_half_without_target_is_an_orphan() {
    let text = "x <span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">s</span></span>";
    assert_eq!(codes(text), ["orphan-source"]);
}

#[test]
fn mismatched_ids_are_reported_but_the_pair_is_kept() {
    let text = "<span data-ttu-id=\"a-1\">t</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">s</span></span>";
    let mut diags = Vec::new();
    assert_eq!(scan(text, &mut diags).len(), 1);
    assert_eq!(
        diags[0].kind,
        DiagnosticKind::MismatchedIds {
            target: "a-1".into(),
            source: "a-2".into()
        }
    );
}

#[test]
fn empty_targets_line_crossings_and_duplicates_are_reported() {
    assert_eq!(codes(&pair("a-1", "", "s")), ["empty-target"]);
    assert_eq!(
        codes(&pair("a-1", "[x](u\n)", "[x](u\n)")),
        ["pair-crosses-lines"]
    );
    assert_eq!(
        codes(&(pair("a-1", "t", "s") + &pair("a-1", "t", "s"))),
        ["duplicate-id"]
    );
}

#[test]
fn a_source_that_never_closes_is_unterminated_and_left_as_text() {
    let text =
        "<span data-ttu-id=\"a-1\">t</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">never closed";
    let mut diags = Vec::new();
    assert!(scan(text, &mut diags).is_empty());
    assert_eq!(diags[0].kind.code(), "unterminated-pair");
}

#[test]
fn truncated_tags_never_panic() {
    let text = pair("a-1", "t", "s");
    for cut in 0..text.len() {
        let mut diags = Vec::new();
        let segs = scan(&text[..cut], &mut diags);
        assert!(segs.is_empty(), "cut at {cut}");
    }
}

#[test]
fn leading_and_trailing_spaces_and_nbsp_stay_in_the_halves() {
    let text = pair("a-1", " t\u{a0}", "\u{a0}s ");
    let segs = scan_ok(&text);
    assert_eq!(&text[segs[0].target.clone()], " t\u{a0}");
    assert_eq!(&text[segs[0].source.clone()], "\u{a0}s ");
}
