//! `taskguide render --out` at scale, through the built binary: a folder of 100,000 small
//! documents and one 200 MB document. Prints wall time and, when `/usr/bin/time` is
//! installed, the peak resident memory. `cargo bench --bench robustness`.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const FRONT_MATTER: &str = "---\ntitle: Tildele lisenser\nms.contentlocale: nb-NO\n---\n";

fn small_docs(dir: &Path, count: usize) {
    for n in 0..count {
        let sub = dir.join(format!("d{:03}", n / 1000));
        if n % 1000 == 0 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        let text = format!(
            "{FRONT_MATTER}# <span data-ttu-id=\"d-1\">Dokument {n}</span><span class=\"sxs-lookup\">\
             <span data-stu-id=\"d-1\">Document {n}</span></span>\n"
        );
        std::fs::write(sub.join(format!("doc{n:06}.md")), text).unwrap();
    }
}

fn big_doc(path: &Path, size: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    file.write_all(FRONT_MATTER.as_bytes()).unwrap();
    let mut chunk = String::new();
    let (mut written, mut n) = (FRONT_MATTER.len(), 0);
    while written < size {
        chunk.clear();
        while chunk.len() < 1 << 20 {
            let _ = write!(
                chunk,
                "<span data-ttu-id=\"a1b2c-{n}\">Velg **Lisenser** og deretter [Tildel](#tildel).</span>\
                 <span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-{n}\">Select **Licenses**, then \
                 [Assign](#assign).</span></span>\n\n"
            );
            n += 1;
        }
        file.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len();
    }
}

/// Runs `taskguide render <input> --out out` in `dir`; prints the time and peak memory.
fn run(label: &str, dir: &Path, input: &str) {
    let bin = env!("CARGO_BIN_EXE_taskguide");
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-v").arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.current_dir(dir)
        .env("LANG", "en_US.UTF-8")
        .env("NO_COLOR", "1")
        .args(["render", input, "--out", "out", "--locales-dir", "no-catalogs"]);
    let start = Instant::now();
    let out = cmd.output().unwrap();
    let elapsed = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let peak = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes): "))
        .map_or("?".to_owned(), |kb| {
            format!("{} MB", kb.parse::<u64>().unwrap_or(0) / 1024)
        });
    println!("{label:<28} {:>8.2} s   peak RSS {peak}", elapsed.as_secs_f64());
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    small_docs(&dir.path().join("docs"), 100_000);
    println!(
        "{:<28} {:>8.2} s",
        "write 100,000 docs",
        start.elapsed().as_secs_f64()
    );
    run("render 100,000 docs", dir.path(), "docs");
    let count = walk_count(&dir.path().join("out"));
    assert_eq!(count, 100_000);
    println!("{:<28} {count:>8}", "outputs");

    let dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    big_doc(&dir.path().join("big.md"), 200 << 20);
    println!(
        "{:<28} {:>8.2} s",
        "write a 200 MB doc",
        start.elapsed().as_secs_f64()
    );
    run("render a 200 MB doc", dir.path(), "big.md");
    let size = std::fs::metadata(dir.path().join("out/big.md")).unwrap().len();
    println!("{:<28} {:>8} MB", "output", size >> 20);
}

fn walk_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_dir(e.unwrap().path()).unwrap().count())
        .sum()
}
