//! `cargo bench --bench site`: the full site of the five corpora (nb-NO, sv-SE, zh-CN, he-IL,
//! fr-FR, their en-US and the product content) against `taskguide render --format html --out`
//! of the same documents; then rebuilds: with nothing changed, after one catalog message is
//! edited (target: under 5 % of the full build, rewriting only that page and its locale's
//! search index), and after one document is deleted.
//!
//! Reads `../shared/corpus` or `$TASKGUIDE_CORPUS`; prints a notice and exits when absent.
//! Each figure is the median of `SITE_BENCH_RUNS` runs (default 3), wall clock, with the
//! fastest run beside it (on a shared machine the fastest is the least disturbed).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const LOCALES: [&str; 5] = ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"];
const SEED: &str = "how-to-assign-a-license-to-a-user";

fn exe() -> &'static str {
    env!("CARGO_BIN_EXE_taskguide")
}

fn run(args: &[&str]) -> (Duration, String) {
    let start = Instant::now();
    let out = Command::new(exe())
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    let took = start.elapsed();
    assert!(
        out.status.success() || args.contains(&"--check"),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (took, String::from_utf8_lossy(&out.stdout).into_owned())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The median and the fastest of `v`, in seconds.
fn figures(v: &[Duration]) -> (f64, f64) {
    let fastest = v.iter().min().copied().unwrap_or_default();
    (median(v.to_vec()).as_secs_f64(), fastest.as_secs_f64())
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).unwrap();
        }
    }
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("../shared/corpus"));
    if !LOCALES.iter().all(|l| corpus.join(l).join("sxs").is_dir()) {
        eprintln!("notice: {} is absent; skipping the site bench", corpus.display());
        return;
    }
    let runs: usize = std::env::var("SITE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(&repo.join("locales"), &locales);
    // A copy of the product content, whose documents the last case deletes.
    let content = tmp.path().join("content");
    copy_dir(&repo.join("content"), &content);
    let sxs: Vec<String> = LOCALES
        .iter()
        .map(|l| corpus.join(l).join("sxs").display().to_string())
        .collect();
    let locales_arg = locales.display().to_string();

    // render --format html, each corpus in its own locale, and the seed.
    let mut render = Vec::new();
    for i in 0..runs {
        let out = tmp.path().join(format!("render-{i}"));
        let start = Instant::now();
        for (l, dir) in LOCALES.iter().zip(&sxs) {
            let dest = out.join(l).display().to_string();
            run(&[
                "render",
                dir,
                "--format",
                "html",
                "--out",
                &dest,
                "--locales-dir",
                &locales_arg,
            ]);
        }
        let dest = out.join("content").display().to_string();
        run(&[
            "render",
            &content.display().to_string(),
            "--format",
            "html",
            "--out",
            &dest,
            "--locales-dir",
            &locales_arg,
        ]);
        render.push(start.elapsed());
        let _ = std::fs::remove_dir_all(&out);
    }
    let render = median(render);

    // The full site, from an empty folder.
    let site_args = |out: &str| -> Vec<String> {
        let mut v = vec!["site".to_owned()];
        v.extend(sxs.iter().cloned());
        v.push(content.display().to_string());
        v.extend([
            "--locales-dir".to_owned(),
            locales_arg.clone(),
            "--out".to_owned(),
            out.to_owned(),
        ]);
        v.extend(["--link-base".to_owned(), "https://learn.microsoft.com".to_owned()]);
        v
    };
    let mut full = Vec::new();
    let out = tmp.path().join("site").display().to_string();
    let args = site_args(&out);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut check_args = args.clone();
    check_args.push("--check");
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(&out);
        full.push(run(&args).0);
    }
    let (full, full_fastest) = figures(&full);

    // Nothing changed.
    let no_change: Vec<Duration> = (0..runs).map(|_| run(&args).0).collect();

    // One catalog message edited, then rebuilt.
    let ftl = locales.join(format!("nb-NO/{SEED}.ftl"));
    let mut rebuild = Vec::new();
    let mut changed = String::new();
    for i in 0..runs {
        let text = std::fs::read_to_string(&ftl).unwrap();
        let from = if i % 2 == 0 { "Velg raden" } else { "Velg linjen" };
        let to = if i % 2 == 0 { "Velg linjen" } else { "Velg raden" };
        std::fs::write(&ftl, text.replacen(from, to, 1)).unwrap();
        changed = run(&check_args).1;
        rebuild.push(run(&args).0);
    }

    // One document deleted (a different one each run), then rebuilt.
    let mut docs: Vec<PathBuf> = std::fs::read_dir(content.join("nb-NO"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with(format!("{SEED}.md")))
        .collect();
    docs.sort();
    let mut deleted = Vec::new();
    let mut removed = String::new();
    for doc in docs.iter().take(runs) {
        // In every locale folder of the content.
        for dir in std::fs::read_dir(&content).unwrap().flatten() {
            let _ = std::fs::remove_file(dir.path().join(doc.file_name().unwrap()));
        }
        removed = run(&check_args).1;
        deleted.push(run(&args).0);
    }

    let pages = walk_count(Path::new(&out));
    println!("site bench ({runs} runs, median and fastest, wall clock; {pages} HTML files in the site)");
    println!(
        "  render --format html --out (5 corpora + content):  {:>8.3} s",
        render.as_secs_f64()
    );
    println!(
        "  site, full build (6 locales incl. en-US):           {full:>8.3} s (fastest {full_fastest:.3} s) = {:.2}x render",
        full / render.as_secs_f64()
    );
    for (name, v) in [
        ("rebuild with nothing changed:        ", &no_change),
        ("rebuild after one catalog edit:      ", &rebuild),
        ("rebuild after one document deleted:  ", &deleted),
    ] {
        let (m, f) = figures(v);
        println!(
            "  site, {name}  {m:>8.3} s (fastest {f:.3} s) = {:.1} % of the full build",
            100.0 * m / full
        );
    }
    println!("  files the edit rewrote:\n{}", changed.trim_end());
    println!("  files the deletion rewrote or removed:\n{}", removed.trim_end());
}

fn walk_count(dir: &Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            n += walk_count(&p);
        } else if p.extension().is_some_and(|e| e == "html") {
            n += 1;
        }
    }
    n
}
