//! A catalog folder as a translation management system gives it back: parsed and serialized by
//! Mozilla's python `fluent.syntax` (what Pontoon uses) with every comment stripped. It still
//! renders, imports and reports state correctly, because the state lives beside it.
//!
//! Needs `python3` with `fluent.syntax` (`pip install fluent.syntax`); skips with a notice
//! without them.

use std::path::Path;
use std::process::Command;

use super::common::{read, seed_path, taskguide};

const ROUND_TRIP: &str = r#"
import sys
from fluent.syntax import parse, serialize, ast
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        resource = parse(f.read())
    body = []
    for entry in resource.body:
        if isinstance(entry, (ast.Comment, ast.GroupComment, ast.ResourceComment)):
            continue
        if isinstance(entry, ast.Junk):
            sys.exit("junk in " + path + ": " + entry.content)
        entry.comment = None
        body.append(entry)
    resource.body = list(reversed(body))  # a TMS may reorder messages too
    with open(path, "w", encoding="utf-8") as f:
        f.write(serialize(resource))
"#;

fn fluent_syntax_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import fluent.syntax"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("notice: python3 with fluent.syntax is absent (pip install fluent.syntax); skipping");
    }
    ok
}

fn ftl_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            ftl_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}

fn run(args: &[&str]) -> (String, String, i32) {
    let out = taskguide().args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_catalog_folder_round_tripped_through_fluent_syntax_without_comments_still_works() {
    if !fluent_syntax_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let doc = dir
        .path()
        .join("content/nb-NO/how-to-assign-a-license-to-a-user.md");
    std::fs::create_dir_all(doc.parent().unwrap()).unwrap();
    std::fs::write(&doc, read(&seed_path())).unwrap();
    let locales = dir.path().join("L");
    let (doc, locales) = (doc.to_str().unwrap(), locales.to_str().unwrap());
    run(&["import", doc, "--locales-dir", locales]);
    // A translator's fix, made before the catalog goes to the TMS.
    let catalog = Path::new(locales).join("nb-NO/how-to-assign-a-license-to-a-user.ftl");
    let fixed = read(&catalog).replace("Fremgangs måte", "fremgangsmåte");
    std::fs::write(&catalog, fixed).unwrap();
    let (before, _, _) = run(&["render", doc, "--locales-dir", locales, "--strict"]);
    assert!(before.contains("fremgangsmåte"));

    let mut files = Vec::new();
    ftl_files(Path::new(locales), &mut files);
    assert_eq!(files.len(), 2);
    let out = Command::new("python3")
        .arg("-c")
        .arg(ROUND_TRIP)
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = read(&catalog);
    assert!(!text.contains('#'), "every comment stripped: {text}");

    let (after, err, code) = run(&["render", doc, "--locales-dir", locales, "--strict"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(after, before, "renders the same bytes");
    let (en_before, _, _) = run(&["render", doc, "--locale", "en-US"]);
    let (en_after, _, _) = run(&[
        "render",
        doc,
        "--locale",
        "en-US",
        "--locales-dir",
        locales,
        "--strict",
    ]);
    assert_eq!(en_after, en_before);

    let (out, err, code) = run(&["import", doc, "--locales-dir", locales]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 added, 0 updated, 0 stale, 0 obsolete"), "{out}");
    assert!(
        out.contains("edited in the catalog, kept: seg-104"),
        "the fix is seen as an edit: {out}"
    );
    assert!(
        !out.contains("no record"),
        "nothing adopted: the state survived: {out}"
    );
    assert!(read(&catalog).contains("fremgangsmåte"));
    let (status, _, _) = run(&["status", "--locales-dir", locales]);
    assert!(
        status.contains("nb-NO: 8 machine, 1 edited, 0 reviewed"),
        "{status}"
    );
}
