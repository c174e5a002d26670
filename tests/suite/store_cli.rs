//! `taskguide store …` and `taskguide assign` as a script sees them: exit codes, JSON with
//! Graph's names, result lines, localized explanations.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::common::taskguide;

/// A demo store in a temp folder, and `taskguide` pointed at it.
struct Demo {
    dir: tempfile::TempDir,
}

impl Demo {
    fn new() -> Self {
        let demo = Demo {
            dir: tempfile::tempdir().unwrap(),
        };
        demo.run(&["store", "init", "--demo"]).success();
        demo
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("licenses.db")
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = taskguide();
        cmd.env("TASKGUIDE_STORE", format!("sqlite:{}", self.path().display()));
        cmd
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).assert()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args).success().get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap()
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn history_len(&self) -> usize {
        self.json(&["store", "history", "--format", "json"])
            .as_array()
            .unwrap()
            .len()
    }
}

/// Output text without the bidi isolation marks Fluent puts around arguments.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace(['\u{2068}', '\u{2069}'], "")
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

#[test]
fn init_twice_is_an_error_unless_forced() {
    let demo = Demo::new();
    let out = demo.run(&["store", "init", "--demo"]).code(1);
    assert!(text(&out.get_output().stderr).contains("already exists"));
    demo.run(&["store", "init", "--demo", "--force"]).success();
}

#[test]
fn users_json_keeps_graphs_names() {
    let demo = Demo::new();
    let users = demo.json(&["store", "users", "--format", "json"]);
    let users = users.as_array().unwrap();
    assert_eq!(users.len(), 50);
    assert_eq!(
        keys(&users[0]),
        [
            "displayName",
            "id",
            "licenses",
            "usageLocation",
            "userPrincipalName"
        ]
    );
    let licenses: Vec<&Value> = users
        .iter()
        .flat_map(|u| u["licenses"].as_array().unwrap())
        .collect();
    assert_eq!(
        keys(licenses[0]),
        [
            "disabledPlans",
            "error",
            "inheritedFrom",
            "skuId",
            "skuPartNumber",
            "state"
        ]
    );
    assert!(licenses.iter().any(|l| l["inheritedFrom"] == "Sales Analytics"));
    // A group license in error: the group's plain name, Graph's state and error beside it.
    assert!(licenses.iter().any(|l| l["inheritedFrom"] == "Design Studio"
        && l["state"] == "Error"
        && l["error"] == "CountViolation"));
    assert!(licenses
        .iter()
        .all(|l| !l["inheritedFrom"].to_string().contains('⚠')));
    assert!(licenses
        .iter()
        .any(|l| l["inheritedFrom"].is_null() && l["state"] == "Active" && l["error"] == "None"));
    assert!(users.iter().any(|u| u["usageLocation"].is_null()));
    let found = demo.json(&["store", "users", "--search", "dahl", "--format", "json"]);
    assert_eq!(found.as_array().unwrap().len(), 2);
}

#[test]
fn skus_json_shows_seats_with_graphs_names() {
    let demo = Demo::new();
    let skus = demo.json(&["store", "skus", "--format", "json"]);
    let visio = skus
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["skuPartNumber"] == "VISIOCLIENT")
        .unwrap();
    assert_eq!(
        keys(visio),
        [
            "available",
            "consumedUnits",
            "enabled",
            "name",
            "servicePlans",
            "skuId",
            "skuPartNumber"
        ]
    );
    assert_eq!(
        (visio["enabled"].as_u64(), visio["available"].as_u64()),
        (Some(3), Some(0))
    );
    assert_eq!(
        visio["servicePlans"][0]["servicePlanName"],
        "VISIO_CLIENT_SUBSCRIPTION"
    );
    let listing = demo.run(&["store", "skus"]).success();
    assert!(text(&listing.get_output().stdout).contains("VISIOCLIENT (Visio Plan 2): 0 of 3 left"));
}

#[test]
fn a_dry_run_shows_the_plan_and_seats_and_changes_nothing() {
    let demo = Demo::new();
    let out = demo
        .run(&[
            "assign",
            "--user",
            "henrik.dahl@contoso-demo.example",
            "--add",
            "EMS",
            "--add",
            "ENTERPRISEPACK:SWAY,TEAMS1",
            "--dry-run",
        ])
        .success();
    let stdout = text(&out.get_output().stdout);
    assert!(stdout.contains("+ EMS  7 of 20 left"), "{stdout}");
    assert!(
        stdout.contains("+ ENTERPRISEPACK (turned off: TEAMS1, SWAY)"),
        "{stdout}"
    );
    assert!(stdout.contains("Dry run: nothing was changed."), "{stdout}");
    assert_eq!(demo.history_len(), 0);
}

#[test]
fn an_applied_change_is_journaled_with_its_actor_and_can_be_undone() {
    let demo = Demo::new();
    let swap = [
        "assign",
        "--user",
        "sarah.mitchell@contoso-demo.example",
        "--add",
        "SPE_E3",
        "--remove",
        "ENTERPRISEPACK",
        "--actor",
        "kari",
    ];
    let out = demo.run(&swap).success();
    let stdout = text(&out.get_output().stdout);
    assert!(
        stdout.contains("+ SPE_E3") && stdout.contains("− ENTERPRISEPACK"),
        "{stdout}"
    );
    let history = demo.json(&[
        "store",
        "history",
        "--user",
        "sarah.mitchell@contoso-demo.example",
        "--format",
        "json",
    ]);
    let entry = &history[0];
    assert_eq!(entry["actor"], "kari");
    assert!(entry["command"]
        .as_str()
        .unwrap()
        .contains("--remove ENTERPRISEPACK"));
    assert_eq!(entry["before"][0]["skuPartNumber"], "ENTERPRISEPACK");
    assert_eq!(entry["after"].as_array().unwrap().len(), 3);
    let id = entry["id"].to_string();
    demo.run(&["store", "undo", &id]).success();
    let sarah = demo.json(&["store", "users", "--search", "sarah", "--format", "json"]);
    assert_eq!(sarah[0]["licenses"][0]["skuPartNumber"], "ENTERPRISEPACK");
    // Undoing the same entry again: the user no longer matches its "after".
    let again = demo.run(&["store", "undo", &id]).code(1);
    assert!(text(&again.get_output().stderr).contains("cannot be undone"));
}

#[test]
fn a_refusal_explains_the_fix_and_quotes_graph() {
    let demo = Demo::new();
    let out = demo
        .run(&[
            "assign",
            "--user",
            "petter.vik@contoso-demo.example",
            "--add",
            "EMS",
        ])
        .code(1);
    let stderr = text(&out.get_output().stderr);
    assert!(
        stderr.contains("taskguide store set-location --user petter.vik@contoso-demo.example NO"),
        "{stderr}"
    );
    assert!(stderr.contains("400 Request_BadRequest: “License assignment cannot be done for user with invalid usage location.”"), "{stderr}");
    let bad = demo
        .run(&[
            "store",
            "set-location",
            "--user",
            "petter.vik@contoso-demo.example",
            "Norway",
        ])
        .code(1);
    assert!(text(&bad.get_output().stderr).contains("is not a country code"));
    demo.run(&[
        "store",
        "set-location",
        "--user",
        "petter.vik@contoso-demo.example",
        "no",
    ])
    .success();
    demo.run(&[
        "assign",
        "--user",
        "petter.vik@contoso-demo.example",
        "--add",
        "EMS",
    ])
    .success();
}

#[test]
fn explanations_follow_the_users_language() {
    let demo = Demo::new();
    let out = demo
        .cmd()
        .env("LANG", "nb_NO.UTF-8")
        .args([
            "assign",
            "--user",
            "ingrid.berg@contoso-demo.example",
            "--add",
            "VISIOCLIENT:VISIOONLINE",
            "--dry-run",
        ])
        .assert()
        .success();
    assert!(text(&out.get_output().stdout).contains("Prøvekjøring: ingenting ble endret."));
    let refused = demo
        .cmd()
        .env("LANG", "nb_NO.UTF-8")
        .args([
            "assign",
            "--user",
            "henrik.dahl@contoso-demo.example",
            "--add",
            "VISIOCLIENT",
        ])
        .assert()
        .code(1);
    assert!(text(&refused.get_output().stderr).contains("Det er ingen VISIOCLIENT-lisenser igjen"));
}

#[test]
fn bulk_reports_each_row_and_a_rerun_is_unchanged() {
    let demo = Demo::new();
    let csv = demo.file(
        "users.csv",
        "department,userPrincipalName\nIT,henrik.dahl@contoso-demo.example\nIT,siri.holm@contoso-demo.example\nHR,ghost@contoso-demo.example\nHR,petter.vik@contoso-demo.example\n",
    );
    let run = || {
        demo.cmd()
            .args(["assign", "--add", "POWER_BI_PRO", "--users-from"])
            .arg(&csv)
            .assert()
            .code(1)
    };
    let first = text(&run().get_output().stdout);
    let lines: Vec<&str> = first.lines().collect();
    assert!(
        lines[0].starts_with("ok") && lines[0].ends_with("henrik.dahl@contoso-demo.example"),
        "{first}"
    );
    assert!(
        lines[2].starts_with("error") && lines[2].contains("There is no user"),
        "{first}"
    );
    assert!(
        lines[3].starts_with("error") && lines[3].contains("no usage location"),
        "{first}"
    );
    assert_eq!(lines[4], "4 users: 2 changed, 0 unchanged, 2 failed.");
    let second = text(&run().get_output().stdout);
    assert!(
        second.contains("4 users: 0 changed, 2 unchanged, 2 failed."),
        "{second}"
    );
    assert_eq!(demo.history_len(), 2);
}

fn assert_usage_error(demo: &Demo, csv: &Path, needle: &str) {
    let out = demo
        .cmd()
        .args(["assign", "--add", "EMS", "--users-from"])
        .arg(csv)
        .assert()
        .code(2);
    let stderr = text(&out.get_output().stderr);
    assert!(stderr.contains(needle), "{stderr}");
}

#[test]
fn a_malformed_csv_is_a_usage_error_and_changes_nothing() {
    let demo = Demo::new();
    let no_column = demo.file("a.csv", "upn\nhenrik.dahl@contoso-demo.example\n");
    assert_usage_error(&demo, &no_column, "has no userPrincipalName column");
    let ragged = demo.file(
        "b.csv",
        "userPrincipalName,team\nhenrik.dahl@contoso-demo.example,IT\nsiri.holm@contoso-demo.example\n",
    );
    assert_usage_error(&demo, &ragged, "line 3: 1 field where the header has 2");
    let empty = demo.file("c.csv", "userPrincipalName\n");
    assert_usage_error(&demo, &empty, "lists no users");
    let blank = demo.file(
        "d.csv",
        "userPrincipalName\nhenrik.dahl@contoso-demo.example\n\"\"\n",
    );
    assert_usage_error(&demo, &blank, "the userPrincipalName is empty");
    std::fs::write(demo.dir.path().join("e.csv"), b"userPrincipalName\n\xff\xfe\n").unwrap();
    assert_usage_error(&demo, &demo.dir.path().join("e.csv"), "not valid UTF-8");
    assert_usage_error(&demo, &demo.dir.path().join("missing.csv"), "cannot read");
    assert_eq!(demo.history_len(), 0);
}

#[test]
fn an_unknown_sku_or_plan_stops_a_bulk_run_before_any_row() {
    let demo = Demo::new();
    let csv = demo.file("u.csv", "userPrincipalName\nhenrik.dahl@contoso-demo.example\n");
    for add in ["NOPE", "EMS:NOT_A_PLAN"] {
        let out = demo
            .cmd()
            .args(["assign", "--add", add, "--users-from"])
            .arg(&csv)
            .assert()
            .code(1);
        assert!(text(&out.get_output().stdout).is_empty(), "no row ran");
    }
    assert_eq!(demo.history_len(), 0);
}

#[test]
fn the_command_line_must_say_who_and_what() {
    let demo = Demo::new();
    demo.run(&["assign", "--user", "henrik.dahl@contoso-demo.example"])
        .code(2);
    demo.run(&["assign", "--add", "EMS"]).code(2);
    demo.run(&["assign", "--user", "x", "--users-from", "y.csv", "--add", "EMS"])
        .code(2);
}

#[test]
fn a_file_that_is_not_a_store_is_a_clear_error() {
    let demo = Demo::new();
    let notes = demo.file("notes.txt", "shopping list\n");
    let out = taskguide()
        .args(["store", "users", "--store"])
        .arg(format!("sqlite:{}", notes.display()))
        .assert()
        .code(1);
    assert!(text(&out.get_output().stderr).contains("is not a taskguide license store"));
    let out = taskguide()
        .args(["store", "users", "--store", "postgres://db"])
        .assert()
        .code(1);
    assert!(text(&out.get_output().stderr).contains("is not a store address"));
}

#[test]
fn history_text_shows_who_changed_what() {
    let demo = Demo::new();
    demo.run(&[
        "assign",
        "--user",
        "henrik.dahl@contoso-demo.example",
        "--add",
        "EMS",
        "--actor",
        "ola",
    ])
    .success();
    let out = demo.run(&["store", "history"]).success();
    let stdout = text(&out.get_output().stdout);
    assert!(
        stdout.contains("ola  henrik.dahl@contoso-demo.example: [NO] ∅ → [NO] EMS"),
        "{stdout}"
    );
    assert!(stdout.trim_end().ends_with("1 entry"), "{stdout}");
}

#[test]
fn the_default_store_lives_in_the_users_data_directory() {
    let home = tempfile::tempdir().unwrap();
    let xdg = home.path().join("xdg");
    taskguide()
        .env_remove("TASKGUIDE_STORE")
        .env("XDG_DATA_HOME", &xdg)
        .env("HOME", home.path())
        .args(["store", "init"])
        .assert()
        .success();
    assert!(xdg.join("taskguide/licenses.db").is_file());
    taskguide()
        .env_remove("TASKGUIDE_STORE")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", home.path())
        .args(["store", "init", "--demo"])
        .assert()
        .success();
    assert!(home.path().join(".local/share/taskguide/licenses.db").is_file());
    // --store wins over the environment.
    let other = home.path().join("other.db");
    taskguide()
        .env("TASKGUIDE_STORE", "postgres://nowhere")
        .args(["store", "init", "--store"])
        .arg(format!("sqlite:{}", other.display()))
        .assert()
        .success();
    assert!(other.is_file());
}

#[test]
fn the_in_memory_demo_store_takes_changes_for_one_command() {
    let out = taskguide()
        .args([
            "assign",
            "--store",
            "memory:demo",
            "--user",
            "henrik.dahl@contoso-demo.example",
            "--add",
            "EMS",
        ])
        .assert()
        .success();
    assert!(text(&out.get_output().stdout).contains("Done (journal entry 1;"));
}

#[test]
fn store_users_shows_a_group_license_in_error_in_the_users_language() {
    let demo = Demo::new();
    let shown = |lang: &str| {
        let out = demo
            .cmd()
            .env("LANG", lang)
            .args(["store", "users", "--search", "Halvorsen"])
            .assert()
            .success();
        text(&out.get_output().stdout)
    };
    let en = shown("en_US.UTF-8");
    assert!(
        en.contains("VISIOCLIENT @Design Studio ⚠ CountViolation (Error)"),
        "{en}"
    );
    let nb = shown("nb_NO.UTF-8");
    assert!(
        nb.contains("VISIOCLIENT @Design Studio ⚠ CountViolation (Feil)"),
        "{nb}"
    );
    // Lars Haugen's copy from the same group is active: the plain group name.
    let lars = demo
        .cmd()
        .args(["store", "users", "--search", "Haugen"])
        .assert()
        .success();
    let lars = text(&lars.get_output().stdout);
    assert!(
        lars.contains("VISIOCLIENT @Design Studio") && !lars.contains('⚠'),
        "{lars}"
    );
}
