//! Start-up of `taskguide guide`: from spawning the (optimized) binary in a pseudo-terminal to
//! its first prompt ("Which user?", after reading the seed, its catalogs and bindings, opening
//! the SQLite store and listing the users), median of several runs; and `taskguide --help`.
//!
//! The first prompt is timed twice: from the repository (its `./content` and `./locales` read
//! over the built-in content) and from an empty folder (the built-in content alone, as an
//! installed binary runs). Also prints the binary's size, and that of `target/dist/taskguide`
//! when `cargo build --profile dist` has made one.
//!
//! Run with `cargo bench --bench startup`. Prints the figures; asserts nothing about them.

use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::{Expect, Session};

const RUNS: usize = 15;

fn main() {
    let bin = env!("CARGO_BIN_EXE_taskguide");
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("licenses.db").display());
    let init = Command::new(bin)
        .args(["store", "init", "--demo", "--store", &url])
        .output()
        .expect("store init");
    assert!(init.status.success(), "store init failed");

    let help = median(RUNS, || {
        let start = Instant::now();
        let out = Command::new(bin).arg("--help").output().expect("--help");
        assert!(out.status.success());
        start.elapsed()
    });
    let first_prompt = median(RUNS, || to_first_prompt(bin, root, &url));
    let empty = tempfile::tempdir().expect("empty folder");
    let empty = empty.path().to_str().expect("UTF-8 temp path").to_owned();
    let built_in = median(RUNS, || to_first_prompt(bin, &empty, &url));
    let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len() as f64 / 1_048_576.0);
    println!(
        "binary size:                            {:>7.2} MiB  ({bin})",
        size(bin.as_ref()).expect("the binary")
    );
    let dist = std::path::Path::new(root).join("target/dist/taskguide");
    match size(&dist) {
        Ok(mib) => {
            println!(
                "binary size, dist profile:              {mib:>7.2} MiB  ({})",
                dist.display()
            );
            let dist = dist.to_str().expect("UTF-8 path").to_owned();
            let t = median(RUNS, || to_first_prompt(&dist, &empty, &url));
            println!(
                "dist binary → first prompt, built-in content only (empty folder): median {:>7.1} ms",
                ms(t)
            );
        }
        Err(_) => {
            println!("binary size, dist profile:              (run `cargo build --profile dist` first)")
        }
    }
    println!(
        "taskguide guide → first prompt, built-in content only (empty folder): median {:>7.1} ms",
        ms(built_in)
    );
    println!(
        "taskguide --help:                       median {:>7.1} ms over {RUNS} runs",
        ms(help)
    );
    println!(
        "taskguide guide → first prompt, from the repository (./content, ./locales): median {:>7.1} ms over {RUNS} runs",
        ms(first_prompt)
    );
}

fn to_first_prompt(bin: &str, root: &str, url: &str) -> Duration {
    let mut cmd = Command::new(bin);
    cmd.args(["guide", "how-to-assign-a-license-to-a-user", "--store", url])
        .current_dir(root)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let start = Instant::now();
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(30)));
    p.expect("Which user?").expect("first prompt");
    let elapsed = start.elapsed();
    p.send("\x03").ok(); // Ctrl-C: nothing pending, so it quits
    p.get_process().wait().ok();
    elapsed
}

fn median(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
