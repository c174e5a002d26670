//! Linear scaling: synthetic documents of 10k, 100k and 1M segments; time per segment for
//! parse, render through Fluent, and outline must stay flat. Also deep nesting: 10,000 nested
//! lists and 10,000 nested spans. `cargo bench --bench scaling`.

use std::hint::black_box;
use std::time::Instant;

use taskguide::doc::Doc;
use taskguide::l10n::parse_locale;
use taskguide::l10n::texts::localize;
use taskguide::locale::en_us;
use taskguide::render;

fn synthetic(segments: usize) -> String {
    let mut text = String::from("---\ntitle: Syntetisk\nms.contentlocale: nb-NO\n---\n# Tittel\n\n");
    for i in 0..segments {
        let marker = if i % 10 == 0 { "\n1. " } else { " " };
        text.push_str(&format!(
            "{marker}<span data-ttu-id=\"ab12-{i}\">Velg **Lisenser** og [aktive brukere](https://e.example/{i}).</span><span class=\"sxs-lookup\"><span data-stu-id=\"ab12-{i}\">Select **Licenses** and [active users](https://e.example/{i}).</span></span>"
        ));
    }
    text.push('\n');
    text
}

fn per_segment(label: &str, n: usize, f: impl FnOnce()) {
    let start = Instant::now();
    f();
    let ns = start.elapsed().as_nanos() as f64 / n as f64;
    println!("{label:<34} {n:>9} segments {ns:>8.0} ns/segment");
}

fn main() {
    let nb = parse_locale("nb-NO").unwrap();
    for n in [10_000, 100_000, 1_000_000] {
        let text = synthetic(n);
        println!("{n} segments: {:.1} MB", text.len() as f64 / 1e6);
        let mut doc = None;
        per_segment("parse", n, || {
            doc = Some(Doc::parse("synthetic.md", text.clone()))
        });
        let doc = doc.unwrap();
        assert_eq!(doc.segments().len(), n);
        per_segment("render nb-NO through Fluent", n, || {
            let localized = localize(&doc, &nb, None).unwrap();
            let mut out = String::with_capacity(text.len());
            render::markdown(&doc, &localized, &mut out);
            black_box(out);
        });
        per_segment("render en-US through Fluent", n, || {
            let localized = localize(&doc, &en_us(), None).unwrap();
            black_box(localized.texts.len());
        });
        per_segment("outline", n, || {
            black_box(doc.outline().steps.len());
        });
    }
    let deep_lists = format!("{}deep\n", "1. ".repeat(10_000));
    let start = Instant::now();
    let doc = Doc::parse("deep-lists.md", deep_lists);
    let localized = localize(&doc, &en_us(), None).unwrap();
    black_box(taskguide::task::steps(&doc, &localized, &localized.ids));
    println!(
        "10,000 nested lists: parse + outline + steps in {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    let deep_spans = format!(
        "<span data-ttu-id=\"a-1\">{0}x{1}</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">{0}x{1}</span></span>\n",
        "<span>".repeat(10_000),
        "</span>".repeat(10_000)
    );
    let start = Instant::now();
    let doc = Doc::parse("deep-spans.md", deep_spans);
    assert_eq!(doc.segments().len(), 1);
    let localized = localize(&doc, &en_us(), None).unwrap();
    let mut out = String::new();
    render::markdown(&doc, &localized, &mut out);
    black_box(doc.outline());
    println!(
        "10,000 nested spans: parse + render + outline in {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
}
