//! Throughput over the real corpus (../shared/corpus/*/sxs), single-threaded and in memory:
//! a raw pulldown-cmark event pass (the floor) beside each stage of taskguide, on the same
//! files, with MB/s and the ratio to the floor. `cargo bench --bench corpus`.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use taskguide::doc::outline::markdown_options;
use taskguide::doc::Doc;
use taskguide::l10n::ftl;
use taskguide::l10n::texts::{localize, message_ids};
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

/// The best of `runs` timings of `f` over all files.
fn measure(runs: usize, files: &[(String, String)], mut f: impl FnMut(&str, &str)) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            for (path, text) in files {
                f(path, text);
            }
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
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
        "corpus: {} files, {:.1} MB (both locales), best of 5 runs, one thread",
        files.len(),
        mb
    );
    let floor = measure(5, &files, |_, text| {
        let n = pulldown_cmark::Parser::new_ext(text, markdown_options()).count();
        black_box(n);
    });
    let report = |name: &str, d: Duration| {
        println!(
            "{name:<42} {:>8.1} ms {:>8.1} MB/s {:>6.2}x floor",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64(),
            d.as_secs_f64() / floor.as_secs_f64()
        );
    };
    report("pulldown-cmark event pass (floor)", floor);
    report(
        "parse (front matter, segments, diagnostics)",
        measure(5, &files, |p, t| {
            black_box(Doc::parse(p, t.to_owned()));
        }),
    );
    report(
        "parse + outline",
        measure(5, &files, |p, t| {
            let doc = Doc::parse(p, t.to_owned());
            black_box(doc.outline());
        }),
    );
    report(
        "parse + render markdown (embedded halves)",
        measure(5, &files, |p, t| {
            let doc = Doc::parse(p, t.to_owned());
            let mut out = String::new();
            render::markdown(&doc, &Embedded::Target(&doc), &mut out);
            black_box(out);
        }),
    );
    report(
        "parse + render markdown (through Fluent)",
        measure(5, &files, |p, t| {
            let doc = Doc::parse(p, t.to_owned());
            let locale = taskguide::l10n::parse_locale(&doc.locale().unwrap_or_default()).ok();
            let localized = localize(
                &doc,
                &locale.unwrap_or_else(taskguide::l10n::negotiate::en_us),
                None,
            )
            .unwrap();
            let mut out = String::new();
            render::markdown(&doc, &localized, &mut out);
            black_box(out);
        }),
    );
    let config = taskguide::check::Config::default();
    report(
        "parse + check",
        measure(5, &files, |p, t| {
            let doc = Doc::parse(p, t.to_owned());
            black_box(taskguide::check::check_doc(&doc, &config));
        }),
    );
    report(
        "import (parse, outline, two FTL catalogs)",
        measure(5, &files, |p, t| {
            let doc = Doc::parse(p, t.to_owned());
            let ids = message_ids(&doc);
            let contexts = taskguide::l10n::import::contexts(&doc);
            for half in [0, 1] {
                let entries = doc
                    .segments()
                    .iter()
                    .zip(&ids)
                    .zip(&contexts)
                    .map(|((s, id), c)| ftl::Entry {
                        id: id.clone(),
                        comment: vec![c.clone()],
                        value: doc
                            .slice(if half == 0 { &s.source } else { &s.target })
                            .to_owned(),
                    })
                    .collect();
                black_box(ftl::write(&ftl::Catalog {
                    header: vec![],
                    entries,
                }));
            }
        }),
    );
}
