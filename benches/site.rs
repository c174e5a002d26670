//! `cargo bench --bench site`: the full site of the five corpora (nb-NO, sv-SE, zh-CN, he-IL,
//! fr-FR, their en-US and the seed) against `taskguide render --format html --out` of the same
//! documents, and a rebuild after one catalog message is edited (target: under 5 % of the full
//! build, rewriting only that page and its locale's search index).
//!
//! Reads `../shared/corpus` or `$TASKGUIDE_CORPUS`; prints a notice and exits when absent.
//! Each figure is the median of `SITE_BENCH_RUNS` runs (default 3), wall clock.

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
    let content = repo.join("content");
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
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(&out);
        let args = site_args(&out);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        full.push(run(&args).0);
    }
    let full = median(full);

    // One catalog message edited, then rebuilt.
    let ftl = locales.join(format!("nb-NO/{SEED}.ftl"));
    let mut rebuild = Vec::new();
    let mut changed = String::new();
    for i in 0..runs {
        let text = std::fs::read_to_string(&ftl).unwrap();
        let from = if i % 2 == 0 { "Velg raden" } else { "Velg linjen" };
        let to = if i % 2 == 0 { "Velg linjen" } else { "Velg raden" };
        std::fs::write(&ftl, text.replacen(from, to, 1)).unwrap();
        let mut args = site_args(&out);
        args.push("--check".to_owned());
        let check: Vec<&str> = args.iter().map(String::as_str).collect();
        changed = run(&check).1;
        args.pop();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        rebuild.push(run(&args).0);
    }
    let rebuild = median(rebuild);
    let no_change = {
        let args = site_args(&out);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        median((0..runs).map(|_| run(&args).0).collect())
    };

    let pages = walk_count(Path::new(&out));
    println!("site bench ({runs} runs, median, wall clock; {pages} HTML files in the site)");
    println!(
        "  render --format html --out (5 corpora + seed): {:>8.2} s",
        render.as_secs_f64()
    );
    println!(
        "  site, full build (6 locales incl. en-US):      {:>8.2} s  = {:.2}x render",
        full.as_secs_f64(),
        full.as_secs_f64() / render.as_secs_f64()
    );
    println!(
        "  site, rebuild after one catalog edit:          {:>8.3} s  = {:.1} % of the full build",
        rebuild.as_secs_f64(),
        100.0 * rebuild.as_secs_f64() / full.as_secs_f64()
    );
    println!(
        "  site, rebuild with nothing changed:            {:>8.3} s",
        no_change.as_secs_f64()
    );
    println!("  files the edit rewrote:\n{}", changed.trim_end());
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
