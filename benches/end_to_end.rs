//! End to end, through the built binary: `taskguide render <locale's sxs folder> --format
//! markdown --out DIR` against the simplest program that does the same job, written here: walk
//! the folder, regex-replace each pair by its target half, write each file (one thread, plain
//! `fs::write`). Both write into a fresh folder on the same file system; the runs alternate, each
//! starting after a `sync`, and the median of each is reported. Also checks that both give the same bytes for every file.
//! `cargo bench --bench end_to_end`; skipped with a notice when ../shared/corpus is absent.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use regex::Regex;

const ROUNDS: usize = 7;

/// The baseline: what one would write in ten minutes.
fn regex_render(src: &Path, out: &Path) -> usize {
    let pair = Regex::new(
        r#"(?s)<span data-ttu-id="[^"]*">(.*?)</span><span class="sxs-lookup"><span data-stu-id="[^"]*">.*?</span></span>"#,
    )
    .unwrap();
    let mut count = 0;
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let dest = out.join(entry.path().strip_prefix(src).unwrap());
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(&dest, pair.replace_all(&text, "$1").as_bytes()).unwrap();
        count += 1;
    }
    count
}

fn taskguide_render(src: &Path, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_taskguide"))
        .args([
            "render",
            "--format",
            "markdown",
            "--locales-dir",
            "no-catalogs",
            "--out",
        ])
        .arg(out)
        .arg(src)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "taskguide render failed");
}

/// Flushes the file systems' dirty data (`sync`), so that a run does not pay for the last one.
fn sync() {
    let _ = Command::new("sync").status();
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().to_path_buf())
        .collect();
    out.sort();
    out
}

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/nb-NO/sxs");
    if !src.is_dir() {
        println!("notice: ../shared/corpus is absent; nothing to measure");
        return;
    }
    // The disk (the temporary folder) and, where there is one, memory (/dev/shm): on disk
    // both sides wait on file creation; in memory the work itself shows.
    let mut places = vec![tempfile::tempdir().unwrap()];
    if Path::new("/dev/shm").is_dir() {
        places.extend(tempfile::tempdir_in("/dev/shm").ok());
    }
    for scratch in &places {
        compare(&src, scratch.path());
    }
}

fn compare(src: &Path, scratch: &Path) {
    println!(
        "render {} to {} ({} cores), {ROUNDS} alternating rounds, median wall time",
        src.display(),
        scratch.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    // Warm the page cache so that neither side pays for the first read.
    let count = regex_render(src, &scratch.join("warm"));
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let a = scratch.join(format!("taskguide-{round}"));
        let b = scratch.join(format!("regex-{round}"));
        // Each run starts with the disk idle (what the last one wrote is flushed), and the
        // order alternates, so neither side pays for the other's write-back.
        let mut run = |which: usize| {
            sync();
            let start = Instant::now();
            if which == 0 {
                taskguide_render(src, &a);
                ours.push(start.elapsed());
            } else {
                regex_render(src, &b);
                theirs.push(start.elapsed());
            }
        };
        run(round % 2);
        run(1 - round % 2);
        if round == 0 {
            let names = files(&a);
            assert_eq!(names, files(&b), "both write the same files");
            let differing = names
                .iter()
                .filter(|n| std::fs::read(a.join(n)).unwrap() != std::fs::read(b.join(n)).unwrap())
                .count();
            println!("{count} files; outputs differ in {differing}");
        }
        std::fs::remove_dir_all(&a).unwrap();
        std::fs::remove_dir_all(&b).unwrap();
    }
    let (ours, theirs) = (median(ours), median(theirs));
    println!(
        "taskguide render --out          {:>8.0} ms",
        ours.as_secs_f64() * 1e3
    );
    println!(
        "regex replace + write (1 thread) {:>7.0} ms",
        theirs.as_secs_f64() * 1e3
    );
    println!(
        "taskguide / regex                {:>8.2}x",
        ours.as_secs_f64() / theirs.as_secs_f64()
    );
}
