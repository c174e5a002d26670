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

/// The scan and its reference give the same pairs, and the same diagnostics once put in
/// document order (as `Doc::parse` does: a stable sort by offset).
#[track_caller]
fn agrees(text: &str) {
    let (mut fast, mut slow) = (Vec::new(), Vec::new());
    assert_eq!(
        scan(text, &mut fast),
        reference::scan(text, &mut slow),
        "{text:?}"
    );
    fast.sort_by_key(|d| d.offset);
    slow.sort_by_key(|d| d.offset);
    assert_eq!(fast, slow, "{text:?}");
}

/// A small deterministic generator (xorshift), so failures repeat.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    /// A character boundary of `text`.
    fn boundary(&mut self, text: &str) -> usize {
        let mut at = self.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// Pieces that make and break pairs.
const PIECES: &[&str] = &[
    "<span data-ttu-id=\"",
    "</span><span class=\"sxs-lookup\"><span data-stu-id=\"",
    "<span class=\"sxs-lookup\">",
    "</span>",
    "</span></span>",
    "<span>",
    "<span ",
    "<span\t",
    "<spanx>",
    "<",
    "\">",
    "\"",
    ">",
    "\n",
    "\r\n",
    "a-1",
    "a-2",
    "x",
    "Velg **Lagre**",
    "选择",
    "בחר",
    "\u{a0}",
];

/// `text` with a few pieces inserted, cut out or repeated at random places.
fn mutated(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_owned();
    for _ in 0..1 + rng.below(3) {
        let at = rng.boundary(&out);
        match rng.below(4) {
            0 => {
                let end = rng.boundary(&out[at..]) + at;
                out.replace_range(at..end, "");
            }
            1 => {
                let end = (rng.boundary(&out[at..]) + at).min(at + 400);
                let end = (at..=end).rev().find(|&e| out.is_char_boundary(e)).unwrap();
                let copy = out[at..end].to_owned();
                out.insert_str(end, &copy);
            }
            _ => out.insert_str(at, PIECES[rng.below(PIECES.len())]),
        }
    }
    out
}

#[test]
fn the_scan_agrees_with_its_reference_on_every_corpus_document_and_mutations_of_them() {
    let docs = crate::doc::test_corpus::documents();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut pairs = 0;
    for (i, (_, text)) in docs.iter().enumerate() {
        agrees(text);
        pairs += scan(text, &mut Vec::new()).len();
        if i % 4 == 0 {
            for _ in 0..4 {
                agrees(&mutated(&mut rng, text));
            }
        }
    }
    eprintln!("{} corpus documents, {pairs} pairs", docs.len());
    if !docs.is_empty() {
        assert!(pairs > docs.len());
    }
}

#[test]
fn the_scan_agrees_with_its_reference_on_pieces_put_together() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let seed = pair("a-1", "t <span>x</span>", "s") + "\n\n" + &pair("a-2", "t2", "s2");
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..rng.below(30) {
            text.push_str(PIECES[rng.below(PIECES.len())]);
        }
        agrees(&text);
        agrees(&mutated(&mut rng, &seed));
        agrees(&mutated(&mut rng, SEED_LINE));
    }
}

#[test]
fn the_scan_agrees_with_its_reference_on_odd_pairs() {
    let cases = [
        pair("a-1", "t", "s") + &pair("a-1", "t", "s") + &pair("a-1", "t", "s"),
        pair("a-2", "t", "s") + &pair("a-1", "t", "s") + &pair("a-2", "t", "s"),
        pair("a-10", "t", "s") + &pair("a-9", "t", "s") + &pair("a-10", "t", "s"),
        pair("a-9", "t", "s") + &pair("a-10", "t", "s") + &pair("a-9", "t", "s"),
        pair("a-1", "t\n", "s") + "\n" + &pair("a-2", "t", "\ns"),
        pair("a-1", "t", "<span>s") + "\n<span class=\"sxs-lookup\">" + &pair("a-2", "t", "s"),
        pair("a-1", "t", "<span>s</span></span>x") + "<span data-ttu-id=\"b",
        pair("a-1", "</span>t</span>", "</span>s<span x>") + "\n" + &pair("a-2", "", "s"),
        format!("<span class=\"sxs-lookup\">{}<span class=\"sxs-lookup\">", pair("a-1", "t", "s")),
        "<span data-ttu-id=\"a-1\">t</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">s<span data-ttu-id=\"a-2\">t</span></span>".to_owned(),
    ];
    for text in &cases {
        agrees(text);
        for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
            agrees(&text[..cut]);
            agrees(&text[cut..]);
        }
    }
}
