//! `cargo bench --bench check`: throughput of `taskguide check` over the real corpus
//! (`../shared/corpus/{nb-NO,sv-SE,zh-CN,he-IL,fr-FR}/sxs`, or `$TASKGUIDE_CORPUS`), files read
//! into memory first. Prints MB/s and segments/s for one thread and for all threads; then, per
//! locale, the whole check with the consistency pass across the set against the raw
//! pulldown-cmark event pass over the same files (the budget is 3×), where that time goes
//! (parse, messages, consistency; each also as a multiple of the raw pass), and the peak
//! resident memory (budget 100 MB). Skips with a notice when the corpus is absent.
//!
//! Reference: Translate Toolkit's pofilter takes about 12 s over the nb-NO corpus here.

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use taskguide::check::{check_doc, check_doc_units, consistency, Config};
use taskguide::doc::Doc;

const POFILTER_NB_NO_SECONDS: f64 = 12.0;

fn load(dir: &Path) -> Vec<(PathBuf, String)> {
    let files = taskguide::fsutil::markdown_files(dir).expect("corpus readable");
    files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|t| (p, t)))
        .collect()
}

/// Parses and checks every document; returns (segments, findings).
fn run(docs: &[(PathBuf, String)], config: &Config, parallel: bool) -> (usize, usize) {
    let one = |(path, text): &(PathBuf, String)| {
        let doc = Doc::parse(path.clone(), text.clone());
        (doc.segments().len(), check_doc(&doc, config).len())
    };
    let add = |a: (usize, usize), b: (usize, usize)| (a.0 + b.0, a.1 + b.1);
    if parallel {
        docs.par_iter().map(one).reduce(|| (0, 0), add)
    } else {
        docs.iter().map(one).fold((0, 0), add)
    }
}

fn measure(name: &str, docs: &[(PathBuf, String)], parallel: bool) -> f64 {
    let config = Config::default();
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    run(docs, &config, parallel); // warm-up
    let rounds = 3;
    let start = Instant::now();
    let mut totals = (0, 0);
    for _ in 0..rounds {
        totals = run(docs, &config, parallel);
    }
    let secs = start.elapsed().as_secs_f64() / rounds as f64;
    let mode = if parallel {
        format!("{} threads", rayon::current_num_threads())
    } else {
        "1 thread".into()
    };
    println!(
        "{name:>6} {mode:>10}: {:>6.3} s  {:>7.1} MB/s  {:>9.0} segments/s  ({} docs, {} segments, {} findings)",
        secs,
        bytes as f64 / 1e6 / secs,
        totals.0 as f64 / secs,
        docs.len(),
        totals.0,
        totals.1
    );
    secs
}

/// The raw pulldown-cmark pass: every event of every document, one thread.
fn raw_pass(docs: &[(PathBuf, String)]) -> usize {
    docs.iter()
        .map(|(_, t)| pulldown_cmark::Parser::new_ext(t, taskguide::doc::outline::markdown_options()).count())
        .sum()
}

/// The whole check, one thread: every document's findings, then consistency across the set.
/// The documents come owned, as `check` has them once it has read the files.
fn whole_check(docs: Vec<(PathBuf, String)>, config: &Config) -> usize {
    let mut units = Vec::new();
    let mut findings = 0;
    for (path, text) in docs {
        let doc = Doc::parse(path, text);
        let (f, u) = check_doc_units(&doc, config);
        findings += f.len();
        units.extend(u);
    }
    findings + consistency::check(&units).len()
}

/// The whole check's phases, one thread, each the best of `rounds`: parsing every document
/// ([`Doc::parse`]), checking each one's messages ([`check_doc_units`]), and the
/// consistency pass across the set. Documents are parsed and checked one at a time, as in
/// [`whole_check`] (so the peak memory is that of the whole check).
fn phases(docs: &[(PathBuf, String)], config: &Config, rounds: usize) -> [f64; 3] {
    let mut best = [f64::INFINITY; 3];
    for _ in 0..rounds {
        let (mut parse, mut messages) = (0.0, 0.0);
        let mut units = Vec::new();
        let mut findings = 0;
        // every text copied before the first is parsed, as `whole_check` has them
        let owned: Vec<(PathBuf, String)> = docs.to_vec();
        for (path, text) in owned {
            let start = Instant::now();
            let doc = Doc::parse(path, text);
            let parsed = Instant::now();
            let (f, u) = check_doc_units(&doc, config);
            messages += parsed.elapsed().as_secs_f64();
            parse += (parsed - start).as_secs_f64();
            findings += f.len();
            units.extend(u);
        }
        let start = Instant::now();
        findings += consistency::check(&units).len();
        let consistency = start.elapsed().as_secs_f64();
        std::hint::black_box(findings);
        for (b, t) in best.iter_mut().zip([parse, messages, consistency]) {
            *b = b.min(t);
        }
    }
    best
}

/// The best time of `rounds` runs of `f`, each on a fresh `input()` made before the clock starts.
fn best_of<I, T>(rounds: usize, mut input: impl FnMut() -> I, mut f: impl FnMut(I) -> T) -> f64 {
    (0..rounds)
        .map(|_| {
            let input = input();
            let start = Instant::now();
            std::hint::black_box(f(input));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Peak resident memory of this process so far, in MB (Linux; None elsewhere).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let root = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let mut ran = false;
    for locale in ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"] {
        let dir = root.join(locale).join("sxs");
        if !dir.is_dir() {
            println!(
                "notice: {} is absent; skipping the {locale} benchmark",
                dir.display()
            );
            continue;
        }
        ran = true;
        let docs = load(&dir);
        let config = Config::default();
        let raw = best_of(3, || (), |()| raw_pass(&docs));
        // the copies of the texts stand for reading the files: made before the clock starts
        let whole = best_of(3, || docs.clone(), |docs| whole_check(docs, &config));
        let [parse, messages, across] = phases(&docs, &config, 3);
        println!(
            "{locale:>6}: whole check with consistency {whole:.3} s, raw pulldown-cmark pass {raw:.3} s: {:.2}× (budget 3×); peak memory {}",
            whole / raw,
            peak_mb().map_or("unknown".into(), |m| format!("{m:.0} MB (budget 100 MB)"))
        );
        println!(
            "{locale:>6}: phases: parse {parse:.3} s ({:.2}×raw), messages {messages:.3} s ({:.2}×raw), consistency {across:.3} s ({:.2}×raw)",
            parse / raw,
            messages / raw,
            across / raw
        );
        let single = measure(locale, &docs, false);
        let parallel = measure(locale, &docs, true);
        if locale == "nb-NO" {
            println!(
                "{locale}: {:.0}× faster than pofilter's ~{POFILTER_NB_NO_SECONDS} s on one thread, {:.0}× on all threads",
                POFILTER_NB_NO_SECONDS / single,
                POFILTER_NB_NO_SECONDS / parallel
            );
        }
    }
    if !ran {
        println!("notice: no corpus under {}; nothing measured", root.display());
    }
}
