//! `taskguide guide` from the command line without a terminal: answers files, the exit codes,
//! the task list, and the demo store made on first use.

use predicates::prelude::*;

use super::common::{demo_store, taskguide};

const SEED: &str = "how-to-assign-a-license-to-a-user";

fn answers(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn an_answers_file_runs_the_flow_and_prints_the_transcript() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let file = answers(
        &dir,
        "a.toml",
        "user = \"Petter Vik\"\nadd = [\"SPE_E3\"]\nusage_location = \"NO\"\nconfirm = true\n",
    );
    taskguide()
        .args(["guide", SEED, "--store", &url, "--answers", &file])
        .assert()
        .success()
        .stdout(predicate::str::contains("Step 4 of 4"))
        .stdout(predicate::str::contains(
            "+ Microsoft 365 E3 (SPE_E3) — 4 of 30 available after",
        ));
    taskguide()
        .args([
            "store", "users", "--search", "petter", "--format", "json", "--store", &url,
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"usageLocation\": \"NO\""))
        .stdout(predicate::str::contains("SPE_E3"));
}

#[test]
fn json_answers_work_too_and_a_dry_run_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let file = answers(
        &dir,
        "a.json",
        r#"{"user": "ingrid.berg@contoso-demo.example", "remove": ["EMS"]}"#,
    );
    taskguide()
        .args([
            "guide",
            SEED,
            "--store",
            &url,
            "--answers",
            &file,
            "--dry-run",
            "--locale",
            "nb-NO",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Trinn 4 av 4"))
        .stdout(predicate::str::contains("Prøvekjøring: ingenting ble utført."));
    taskguide()
        .args(["store", "history", "--format", "json", "--store", &url])
        .assert()
        .success()
        .stdout(predicate::str::diff("[]\n"));
}

#[test]
fn a_missing_answer_is_a_usage_error_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let file = answers(&dir, "a.toml", "user = \"Anna Schmidt\"\nadd = [\"SPE_E3\"]\n");
    taskguide()
        .args(["guide", SEED, "--store", &url, "--answers", &file])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("“confirm”"));
}

#[test]
fn an_invalid_answer_is_a_usage_error_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let bad_type = answers(&dir, "a.toml", "user = \"Anna Schmidt\"\nadd = \"SPE_E3\"\n");
    taskguide()
        .args(["guide", SEED, "--store", &url, "--answers", &bad_type])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("“add”"));
    let no_seats = answers(
        &dir,
        "b.toml",
        "user = \"Anna Schmidt\"\nadd = [\"VISIOCLIENT\"]\nconfirm = true\n",
    );
    taskguide()
        .args(["guide", SEED, "--store", &url, "--answers", &no_seats])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("“add”").and(predicate::str::contains("no seat left")));
    let nobody = answers(&dir, "c.toml", "user = \"Nobody At All\"\n");
    taskguide()
        .args(["guide", SEED, "--store", &url, "--answers", &nobody])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("“user”"));
}

#[test]
fn without_a_terminal_or_answers_it_says_how_to_run_it() {
    taskguide()
        .args(["guide", SEED, "--store", "memory:demo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--answers"));
}

#[test]
fn without_a_task_it_lists_the_tasks_with_their_titles() {
    taskguide()
        .args(["guide", "--locale", "nb-NO"])
        .assert()
        .success()
        .stdout(predicate::str::contains(SEED))
        .stdout(predicate::str::contains(
            "Tilordne eller oppheve lisenser for brukere",
        ));
}

#[test]
fn an_unknown_task_is_a_usage_error() {
    taskguide()
        .args(["guide", "no-such-task", "--store", "memory:demo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-task"));
}

#[test]
fn the_default_store_is_created_with_the_demo_organization_on_first_use() {
    let dir = tempfile::tempdir().unwrap();
    let file = answers(
        &dir,
        "a.toml",
        "user = \"Anna Schmidt\"\nadd = [\"SPE_E3\"]\nconfirm = true\n",
    );
    taskguide()
        .env_remove("TASKGUIDE_STORE")
        .env("XDG_DATA_HOME", dir.path())
        .args(["guide", SEED, "--answers", &file])
        .assert()
        .success()
        .stdout(predicate::str::contains("created one at"))
        .stdout(predicate::str::contains("Journal entry 1"));
    assert!(dir.path().join("taskguide/licenses.db").is_file());
}

#[test]
fn removing_a_license_from_a_group_is_refused_with_the_group_named() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let file = answers(
        &dir,
        "a.toml",
        "user = \"James Whitaker\"\nremove = [\"POWER_BI_PRO\"]\nconfirm = true\n",
    );
    taskguide()
        .args(["guide", SEED, "--store", &url, "--answers", &file])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("“remove”").and(predicate::str::contains("Sales Analytics")));
    taskguide()
        .args(["store", "history", "--format", "json", "--store", &url])
        .assert()
        .stdout(predicate::str::diff("[]\n"));
}

/// A copy of the seed in a temporary `content/nb-NO/`, optionally with bindings beside it.
fn copied_seed(dir: &tempfile::TempDir, bindings: Option<&str>) -> String {
    let doc = dir.path().join("content/nb-NO").join(format!("{SEED}.md"));
    std::fs::create_dir_all(doc.parent().unwrap()).unwrap();
    std::fs::copy(super::common::seed_path(), &doc).unwrap();
    if let Some(text) = bindings {
        std::fs::write(dir.path().join(format!("content/{SEED}.task.toml")), text).unwrap();
    }
    doc.display().to_string()
}

#[test]
fn a_document_without_bindings_runs_as_a_checklist_from_answers() {
    let dir = tempfile::tempdir().unwrap();
    let doc = copied_seed(&dir, None);
    let file = answers(&dir, "a.toml", "confirm = true\n");
    taskguide()
        .args(["guide", &doc, "--answers", &file])
        .assert()
        .success()
        .stdout(predicate::str::contains("4 of 4 steps done:"))
        .stdout(predicate::str::contains("✓ 4. Expand the Licenses section"));
}

#[test]
fn bindings_that_do_not_fit_the_document_stop_it_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let doc = copied_seed(
        &dir,
        Some("[steps]\nseg-105 = \"open-user-list\"\nseg-106 = \"pick-a-card\"\n"),
    );
    let file = answers(&dir, "a.toml", "confirm = true\n");
    taskguide()
        .args(["guide", &doc, "--answers", &file, "--store", "memory:demo"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(".task.toml:3:11"))
        .stderr(predicate::str::contains("pick-a-card"));
}
