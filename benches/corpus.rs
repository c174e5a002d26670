//! Throughput over the real corpus (../shared/corpus/*/sxs), single-threaded and in memory:
//! a raw pulldown-cmark event pass (the floor) beside each stage of taskguide, on the same
//! files, with MB/s and the ratio to the floor. `cargo bench --bench corpus`.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use taskguide::doc::outline::markdown_options;
use taskguide::doc::Doc;
use taskguide::l10n::ftl;
use taskguide::l10n::import::Messages;
use taskguide::l10n::texts::localize;
use taskguide::render::{self, Embedded};

fn load() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files = Vec::new();
    for locale in ["nb-NO", "sv-SE"] {
        let dir = root.join(locale).join("sxs");
        let Ok(paths) = taskguide::fsutil::markdown_files(&dir) else {
            continue;
        };
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                files.push((p.display().to_string(), text));
            }
        }
    }
    files
}

/// A stage gets each file's path and text; the text is an owned copy made before the clock
/// starts, as reading a file gives one (the floor only borrows it).
type Stage<'a> = (&'static str, Box<dyn FnMut(&str, String) + 'a>);

/// One pass of `f` over all files.
fn time(files: &[(String, String)], f: &mut dyn FnMut(&str, String)) -> Duration {
    let texts: Vec<String> = files.iter().map(|(_, t)| t.clone()).collect();
    let start = Instant::now();
    for ((path, _), text) in files.iter().zip(texts) {
        f(path, text);
    }
    start.elapsed()
}

/// Each stage's best time and its median ratio to the floor (stage 0) over `rounds` rounds. In
/// each round every stage runs right after a floor pass of its own, and the ratio is taken
/// within that pair: a machine that slows down or speeds up mid-run shifts both alike.
fn measure(rounds: usize, files: &[(String, String)], stages: &mut [Stage<'_>]) -> Vec<(Duration, f64)> {
    let mut times = vec![Vec::new(); stages.len()];
    let mut ratios = vec![Vec::new(); stages.len()];
    for _ in 0..rounds {
        for i in 0..stages.len() {
            let floor = time(files, &mut *stages[0].1);
            let t = if i == 0 {
                floor
            } else {
                time(files, &mut *stages[i].1)
            };
            times[i].push(t);
            ratios[i].push(t.as_secs_f64() / floor.as_secs_f64());
        }
    }
    times
        .into_iter()
        .zip(ratios)
        .map(|(t, mut r)| {
            r.sort_by(f64::total_cmp);
            (t.into_iter().min().unwrap_or_default(), r[r.len() / 2])
        })
        .collect()
}

fn main() {
    let files = load();
    if files.is_empty() {
        println!("notice: ../shared/corpus is absent; nothing to measure");
        return;
    }
    let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} files, {:.1} MB (both locales), one thread",
        files.len(),
        mb
    );
    let config = taskguide::check::Config::default();
    let mut stages: Vec<Stage<'_>> = vec![
        (
            "pulldown-cmark event pass (floor)",
            Box::new(|_, text| {
                let n = pulldown_cmark::Parser::new_ext(&text, markdown_options()).count();
                black_box(n);
            }),
        ),
        (
            "parse (front matter, segments, diagnostics)",
            Box::new(|p, t| {
                black_box(Doc::parse(p, t));
            }),
        ),
        (
            "parse + outline",
            Box::new(|p, t| {
                let doc = Doc::parse(p, t);
                black_box(doc.outline());
            }),
        ),
        (
            "parse + render markdown (embedded halves)",
            Box::new(|p, t| {
                let doc = Doc::parse(p, t);
                let mut out = String::new();
                render::markdown(&doc, &Embedded::Target(&doc), &mut out);
                black_box(out);
            }),
        ),
        (
            "parse + localize + render markdown",
            Box::new(|p, t| {
                let doc = Doc::parse(p, t);
                let locale = doc.locale();
                let localized =
                    localize(&doc, &locale.unwrap_or_else(taskguide::locale::en_us), None).unwrap();
                let mut out = String::new();
                render::markdown(&doc, &localized, &mut out);
                black_box(out);
            }),
        ),
        (
            "parse + check",
            Box::new(|p, t| {
                let doc = Doc::parse(p, t);
                black_box(taskguide::check::check_doc(&doc, &config));
            }),
        ),
        (
            "import (parse, block outline, two FTL catalogs)",
            Box::new(|p, t| {
                // What `taskguide import` does for a document new to the catalogs, without
                // the file I/O: both catalogs merged and written as FTL text.
                let doc = Doc::parse(p, t);
                let locale = doc.locale().unwrap_or_else(taskguide::locale::en_us);
                let messages = Messages::new(&doc);
                let empty = ftl::Catalog::default();
                black_box(messages.merge(&taskguide::locale::en_us(), &empty, false));
                black_box(messages.merge(&locale, &empty, false));
            }),
        ),
    ];
    let rounds = 9;
    println!("{rounds} rounds; best time, and the median of ratios to a floor pass run just before");
    let results = measure(rounds, &files, &mut stages);
    for ((name, _), (d, ratio)) in stages.iter().zip(results) {
        println!(
            "{name:<42} {:>8.1} ms {:>8.1} MB/s {ratio:>6.2}x floor",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64(),
        );
    }
}
