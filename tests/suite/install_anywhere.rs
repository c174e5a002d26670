//! Installed once, run anywhere: the built binary, copied alone into an empty folder, lists and
//! runs its built-in tasks against a fresh demo store in a private data folder, and a
//! `--content` folder overrides a built-in task and says so.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

const SEED: &str = "how-to-assign-a-license-to-a-user";

/// An empty place to run in: `bin/taskguide` (a copy of the built binary), an empty working
/// folder `work/`, and `data/` and `home/` for the platform's folders.
struct Place {
    dir: tempfile::TempDir,
    exe: PathBuf,
}

impl Place {
    fn new() -> Place {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["bin", "work", "data", "home"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
        }
        let name = Path::new(env!("CARGO_BIN_EXE_taskguide"))
            .file_name()
            .unwrap()
            .to_owned();
        let exe = dir.path().join("bin").join(name);
        std::fs::copy(env!("CARGO_BIN_EXE_taskguide"), &exe).unwrap();
        Place { dir, exe }
    }

    fn path(&self, sub: &str) -> PathBuf {
        self.dir.path().join(sub)
    }

    /// The copied binary, run in `work/` with no terminal, no `TASKGUIDE_*` variables, and the
    /// data folder in `data/`.
    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(&self.exe);
        cmd.current_dir(self.path("work"))
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("NO_COLOR", "1")
            .env_remove("TASKGUIDE_STORE")
            .env_remove("TASKGUIDE_CONTENT")
            .env_remove("TASKGUIDE_LOCALES")
            .env("XDG_DATA_HOME", self.path("data"))
            .env("HOME", self.path("home"));
        cmd
    }

    fn answers(&self, text: &str) -> String {
        let path = self.path("answers.toml");
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }
}

const ANSWERS: &str = "user = \"Petter Vik\"\nadd = [\"SPE_E3\"]\nusage_location = \"NO\"\nconfirm = true\n";

#[test]
fn a_copied_binary_lists_its_built_in_tasks_in_an_empty_folder() {
    let place = Place::new();
    place
        .cmd()
        .arg("guide")
        .assert()
        .success()
        .stdout(predicate::str::contains(SEED))
        .stdout(predicate::str::contains("Assign or unassign licenses to users"))
        .stdout(predicate::str::contains(
            "guided against the license store · source: built-in",
        ))
        .stdout(predicate::str::contains("from built-in;"));
    assert_eq!(
        std::fs::read_dir(place.path("work")).unwrap().count(),
        0,
        "listing writes nothing"
    );
}

#[test]
fn a_copied_binary_runs_the_built_in_task_against_a_fresh_demo_store() {
    let place = Place::new();
    let file = place.answers(ANSWERS);
    place
        .cmd()
        .args(["guide", SEED, "--answers", &file])
        .assert()
        .success()
        .stdout(predicate::str::contains("created one at"))
        .stdout(predicate::str::contains("Step 4 of 4"))
        .stdout(predicate::str::contains(
            "Select the row of the user that you want to assign a license to.",
        ))
        .stdout(predicate::str::contains(
            "+ Microsoft 365 E3 (SPE_E3) — 4 of 30 available after",
        ))
        .stdout(predicate::str::contains(
            "Petter Vik now has: Microsoft 365 E3 (SPE_E3).",
        ));
    assert!(place.path("data/taskguide/licenses.db").is_file());
    // The change is in the store: the same binary reads it back from the same data folder.
    place
        .cmd()
        .args(["store", "users", "--search", "petter", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"usageLocation\": \"NO\""))
        .stdout(predicate::str::contains("SPE_E3"));
}

/// A copy of the seed task (document and bindings) under `over/`, with step 2's English
/// text changed.
fn overriding_copy(place: &Place) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let over = place.path("over");
    std::fs::create_dir_all(over.join("nb-NO")).unwrap();
    let doc = std::fs::read_to_string(root.join(format!("nb-NO/{SEED}.md"))).unwrap();
    let old = "Select the row of the user that you want to assign a license to.";
    assert!(doc.contains(old), "the seed's step 2 changed: update this test");
    let doc = doc.replace(old, "Pick the user's row (our team's wording).");
    std::fs::write(over.join(format!("nb-NO/{SEED}.md")), doc).unwrap();
    std::fs::copy(
        root.join(format!("{SEED}.task.toml")),
        over.join(format!("{SEED}.task.toml")),
    )
    .unwrap();
    over
}

#[test]
fn a_content_folder_overrides_the_built_in_task_and_says_so() {
    let place = Place::new();
    let over = overriding_copy(&place);
    let over_arg = over.display().to_string();
    place
        .cmd()
        .args(["guide", "--content", &over_arg])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "source: {over_arg} (--content), overriding built-in"
        )))
        .stdout(predicate::str::contains(format!(
            "from built-in < {over_arg} (--content)"
        )));
    let file = place.answers(ANSWERS);
    let out = place
        .cmd()
        .args(["guide", SEED, "--content", &over_arg, "--answers", &file])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Pick the user's row (our team's wording).",
        ))
        .stdout(predicate::str::contains("Select the row of the user").not())
        .stdout(predicate::str::contains(
            "Petter Vik now has: Microsoft 365 E3 (SPE_E3).",
        ))
        .get_output()
        .clone();
    let notice = "overrides the task of the same id from built-in";
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        !stdout.contains(notice),
        "a notice, not the transcript:\n{stdout}"
    );
    // On stderr, once.
    let out = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.matches(notice).count(), 1, "said once:\n{out}");
    assert!(out.contains(&over.join(format!("nb-NO/{SEED}.md")).display().to_string()));
}

#[test]
fn the_version_names_the_built_in_content_and_store_where_names_the_folders() {
    let place = Place::new();
    place
        .cmd()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")))
        .stdout(predicate::str::is_match(r"built-in content: \d+ tasks? in [^\n]*en-US[^\n]*nb-NO").unwrap())
        .stdout(predicate::str::is_match(r"fingerprint [0-9a-f]{16}").unwrap());
    let data = place.path("data").join("taskguide");
    place
        .cmd()
        .args(["store", "--where"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "store: sqlite:{} (from the default)",
            data.join("licenses.db").display()
        )))
        .stdout(predicate::str::contains(format!(
            "data folder: {} (not created yet)",
            data.display()
        )))
        .stdout(predicate::str::contains("tasks: built-in"))
        .stdout(predicate::str::contains("catalogs: built-in"));
    place
        .cmd()
        .args(["store", "--where", "--store", "memory:demo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("store: memory:demo (from --store)"));
}

#[test]
fn a_broken_binding_in_an_overriding_folder_is_reported_at_its_place() {
    let place = Place::new();
    let over = overriding_copy(&place);
    std::fs::write(
        over.join(format!("{SEED}.task.toml")),
        "[steps]\nseg-105 = \"open-user-list\"\nseg-106 = \"fly-to-the-moon\"\n",
    )
    .unwrap();
    let file = place.answers(ANSWERS);
    place
        .cmd()
        .args([
            "guide",
            SEED,
            "--content",
            &over.display().to_string(),
            "--answers",
            &file,
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "{}:3:11",
            over.join(format!("{SEED}.task.toml")).display()
        )));
}

#[test]
fn taskguide_content_and_the_working_folder_stack_in_the_stated_order() {
    let place = Place::new();
    let over = overriding_copy(&place);
    // The working folder's ./content holds the same task: it sits over $TASKGUIDE_CONTENT.
    let local = place.path("work/content");
    std::fs::create_dir_all(local.join("nb-NO")).unwrap();
    std::fs::copy(
        over.join(format!("nb-NO/{SEED}.md")),
        local.join(format!("nb-NO/{SEED}.md")),
    )
    .unwrap();
    let over_arg = over.display().to_string();
    let out = place
        .cmd()
        .env("TASKGUIDE_CONTENT", &over)
        .arg("guide")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains(&format!(
            "from built-in < {over_arg} ($TASKGUIDE_CONTENT) < {} (working folder)",
            local.display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "source: {} (working folder), overriding {over_arg} ($TASKGUIDE_CONTENT)",
            local.display()
        )),
        "{out}"
    );
}
