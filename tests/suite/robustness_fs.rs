//! `render` against a hostile file system: bytes that are not UTF-8, a very large document,
//! very many documents, a symbolic link loop, and files that vanish during the run. Each ends
//! in a clear error or a correct result, never a panic or a hang.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use super::common::{read, taskguide};

/// A realistic bilingual paragraph, segment `n`.
fn paragraph(out: &mut String, n: usize) {
    let _ = write!(
        out,
        "<span data-ttu-id=\"a1b2c-{n}\">Velg **Lisenser** og deretter [Tildel](#tildel).</span>\
         <span class=\"sxs-lookup\"><span data-stu-id=\"a1b2c-{n}\">Select **Licenses**, then \
         [Assign](#assign).</span></span>\n\n"
    );
}

/// What [`paragraph`] renders to in Norwegian.
const RENDERED: &str = "Velg **Lisenser** og deretter [Tildel](#tildel).\n\n";

const FRONT_MATTER: &str = "---\ntitle: Tildele lisenser\nms.contentlocale: nb-NO\n---\n";

/// A small Norwegian document whose one segment says `Dokument {n}`.
fn small_doc(n: usize) -> String {
    format!(
        "{FRONT_MATTER}# <span data-ttu-id=\"d-1\">Dokument {n}</span><span class=\"sxs-lookup\">\
         <span data-stu-id=\"d-1\">Document {n}</span></span>\n"
    )
}

fn small_rendered(n: usize) -> String {
    format!("{FRONT_MATTER}# Dokument {n}\n")
}

/// Writes `count` small documents into `dir`, 1,000 to a subfolder; returns their paths.
fn small_docs(dir: &Path, count: usize) -> Vec<PathBuf> {
    (0..count)
        .map(|n| {
            let sub = dir.join(format!("d{:03}", n / 1000));
            if n % 1000 == 0 {
                std::fs::create_dir_all(&sub).unwrap();
            }
            let path = sub.join(format!("doc{n:06}.md"));
            std::fs::write(&path, small_doc(n)).unwrap();
            path
        })
        .collect()
}

/// Runs `taskguide render <args>` in `cwd` with an empty catalog folder.
fn render_in(cwd: &Path, args: &[&str]) -> Output {
    let locales = tempfile::tempdir().unwrap();
    taskguide()
        .current_dir(cwd)
        .arg("render")
        .args(args)
        .arg("--locales-dir")
        .arg(locales.path())
        .output()
        .unwrap()
}

/// Asserts a clean end: exit code 0, 1 or 2 and no panic message. Returns (code, stderr).
#[track_caller]
fn ended_cleanly(out: &Output) -> (i32, String) {
    let code = out.status.code().expect("exited, not killed by a signal");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(matches!(code, 0..=2), "exit code {code}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (code, stderr)
}

/// `é` is one character and two bytes, so a column counted in bytes would be off by one.
const NOT_UTF8: &[u8] = b"# Tittel\n\nPlain \xc3\xa9 text \xff more\n";

#[test]
fn a_file_that_is_not_utf8_is_an_error_at_its_first_invalid_byte() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.md"), NOT_UTF8).unwrap();
    let out = render_in(dir.path(), &["bad.md"]);
    let (code, stderr) = ended_cleanly(&out);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("bad.md:3:14:"), "{stderr}");
    assert!(stderr.contains("not valid UTF-8"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_folder_with_a_file_that_is_not_utf8_still_renders_the_good_ones_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    small_docs(&docs, 3);
    std::fs::write(docs.join("d000/bad.md"), NOT_UTF8).unwrap();
    let out = render_in(dir.path(), &["docs", "--out", "out"]);
    let (code, stderr) = ended_cleanly(&out);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("docs/d000/bad.md:3:14:"), "{stderr}");
    for n in 0..3 {
        let rendered = read(&dir.path().join(format!("out/d000/doc{n:06}.md")));
        assert_eq!(rendered, small_rendered(n));
    }
    assert!(!dir.path().join("out/d000/bad.md").exists());
}

#[test]
fn a_200_mb_document_renders_whole() {
    const TARGET: usize = 200 << 20;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.md");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(FRONT_MATTER.as_bytes()).unwrap();
    let mut size = FRONT_MATTER.len();
    let mut chunk = String::with_capacity(1 << 20);
    let mut n = 0;
    while size < TARGET {
        chunk.clear();
        while chunk.len() < 1 << 20 {
            paragraph(&mut chunk, n);
            n += 1;
        }
        file.write_all(chunk.as_bytes()).unwrap();
        size += chunk.len();
    }
    drop(file);
    let out = render_in(dir.path(), &["big.md", "--out", "out"]);
    let (code, stderr) = ended_cleanly(&out);
    assert_eq!(code, 0, "{stderr}");
    let rendered = std::fs::read(dir.path().join("out/big.md")).unwrap();
    assert_eq!(rendered.len(), FRONT_MATTER.len() + n * RENDERED.len());
    assert!(rendered.starts_with(FRONT_MATTER.as_bytes()));
    for at in [0, n / 2, n - 1] {
        let start = FRONT_MATTER.len() + at * RENDERED.len();
        assert_eq!(
            &rendered[start..start + RENDERED.len()],
            RENDERED.as_bytes(),
            "paragraph {at}"
        );
    }
}

/// 100,000 documents take about a minute here in a debug build; the benchmark
/// `benches/robustness.rs` renders that many, this test a tenth.
#[test]
fn ten_thousand_documents_all_render() {
    const COUNT: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let docs = small_docs(&dir.path().join("docs"), COUNT);
    let out = render_in(dir.path(), &["docs", "--out", "out"]);
    let (code, stderr) = ended_cleanly(&out);
    assert_eq!(code, 0, "{stderr}");
    for (n, doc) in docs.iter().enumerate() {
        let rel = doc.strip_prefix(dir.path().join("docs")).unwrap();
        let rendered = std::fs::read_to_string(dir.path().join("out").join(rel))
            .unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
        assert_eq!(rendered, small_rendered(n));
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_by_path_and_the_other_files_still_render() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    small_docs(&docs, 2);
    std::os::unix::fs::symlink(&docs, docs.join("d000/loop")).unwrap();
    let out = render_in(dir.path(), &["docs", "--out", "out"]);
    let (code, stderr) = ended_cleanly(&out);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("docs/d000/loop"), "{stderr}");
    for n in 0..2 {
        assert_eq!(
            read(&dir.path().join(format!("out/d000/doc{n:06}.md"))),
            small_rendered(n)
        );
    }
}

#[test]
fn files_that_vanish_during_a_run_are_reported_and_the_rest_render() {
    const COUNT: usize = 3_000;
    let dir = tempfile::tempdir().unwrap();
    let docs = small_docs(&dir.path().join("docs"), COUNT);
    let locales = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("taskguide"))
        .current_dir(dir.path())
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .args(["render", "docs", "--out", "out", "--locales-dir"])
        .arg(locales.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Once the first output is written (the folder has been listed), every third document is
    // removed, last first; whether a given one was read before it went depends on timing, so
    // each of them may be rendered or reported, never both.
    while !dir.path().join("out").exists() && child.try_wait().unwrap().is_none() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let vanishing: Vec<usize> = (0..COUNT).step_by(3).rev().collect();
    for &n in &vanishing {
        std::fs::remove_file(&docs[n]).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let (code, stderr) = ended_cleanly(&out);
    let rendered = |n: usize| dir.path().join(format!("out/d{:03}/doc{n:06}.md", n / 1000));
    for n in (0..COUNT).filter(|n| n % 3 != 0) {
        assert_eq!(read(&rendered(n)), small_rendered(n));
    }
    let mut reported = 0;
    for &n in &vanishing {
        let name = format!("docs/d{:03}/doc{n:06}.md", n / 1000);
        if stderr.contains(&name) {
            assert!(stderr.contains(&format!("cannot read {name}")), "{stderr}");
            assert!(!rendered(n).exists());
            reported += 1;
        } else if rendered(n).exists() {
            assert_eq!(read(&rendered(n)), small_rendered(n));
        }
    }
    assert_eq!(
        code == 1,
        reported > 0,
        "exit code {code} with {reported} reported: {stderr}"
    );
}
