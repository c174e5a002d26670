//! Several processes on one SQLite store: a race for the last seat, and a bulk run killed
//! with SIGKILL half-way. Each leaves consumed units equal to the assignments and the
//! journal equal to the state.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use rusqlite::Connection;
use taskguide::store::{demo, open_store, AssignedLicense, ChangeContext, LicenseChange};

/// `taskguide` with the store given by the environment, English messages, no colour.
fn taskguide(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taskguide"));
    cmd.env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("TASKGUIDE_STORE", format!("sqlite:{}", store.display()))
        .env("NO_COLOR", "1");
    cmd
}

/// Checks, with plain SQL, that every SKU's consumed units count its holders (direct or
/// through a group, once per user; a group license in error, `member_error`, takes no seat)
/// and that the file is sound.
#[track_caller]
fn assert_consistent(path: &Path) {
    let conn = Connection::open(path).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let mut stmt = conn
        .prepare(
            "SELECT s.part_number, s.consumed, (SELECT count(*) FROM (
                 SELECT user_rid FROM license WHERE sku_id = s.id
                 UNION SELECT m.user_rid FROM member m JOIN group_license gl ON gl.group_rid = m.group_rid
                       WHERE gl.sku_id = s.id AND NOT EXISTS (SELECT 1 FROM member_error e
                           WHERE e.user_rid = m.user_rid AND e.group_rid = m.group_rid AND e.sku_id = gl.sku_id)))
             FROM sku s",
        )
        .unwrap();
    let rows: Vec<(String, i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (part, consumed, held) in rows {
        assert_eq!(consumed, held, "{part}: consumed units equal the assignments");
    }
}

fn holders(path: &Path, part: &str) -> i64 {
    let conn = Connection::open(path).unwrap();
    conn.query_row(
        "SELECT count(*) FROM license l JOIN sku s ON s.id = l.sku_id WHERE s.part_number = ?1",
        [part],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn ten_processes_race_for_the_last_seat_and_exactly_one_wins() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.db");
    let mut store = open_store(&format!("sqlite:{}", path.display())).unwrap();
    store.journal().unwrap().init(&demo::tenant(), false).unwrap();
    // Free one Visio seat: exactly one left.
    let ctx = ChangeContext {
        actor: "t".into(),
        command: "t".into(),
        dry_run: false,
    };
    let change = LicenseChange {
        add_licenses: vec![],
        remove_licenses: vec!["VISIOCLIENT".into()],
    };
    store.assign(&demo::upn("Ingrid", "Berg"), &change, &ctx).unwrap();
    let racers: Vec<String> = store
        .list_users(None)
        .unwrap()
        .into_iter()
        .filter(|u| {
            u.usage_location.is_some() && !u.licenses.iter().any(|l| l.sku_part_number == "VISIOCLIENT")
        })
        .map(|u| u.user_principal_name)
        .take(10)
        .collect();
    assert_eq!(racers.len(), 10);
    drop(store);
    let children: Vec<_> = racers
        .iter()
        .map(|upn| {
            taskguide(&path)
                .args(["assign", "--user", upn, "--add", "VISIOCLIENT"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let winners = outputs.iter().filter(|o| o.status.code() == Some(0)).count();
    assert_eq!(winners, 1, "exactly one process gets the seat");
    for o in outputs.iter().filter(|o| o.status.code() != Some(0)) {
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("does not have any available licenses"), "{err}");
    }
    assert_eq!(holders(&path, "VISIOCLIENT"), 3);
    let consumed: i64 = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT consumed FROM sku WHERE part_number = 'VISIOCLIENT'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(consumed, 3);
    assert_consistent(&path);
}

#[test]
fn a_bulk_run_killed_mid_way_leaves_a_consistent_store_and_can_be_rerun() {
    const USERS: usize = 60_000;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.db");
    let tenant = demo::numbered_tenant(USERS);
    open_store(&format!("sqlite:{}", path.display()))
        .unwrap()
        .journal()
        .unwrap()
        .init(&tenant, false)
        .unwrap();
    let csv = dir.path().join("users.csv");
    let mut text = String::from("displayName,userPrincipalName\n");
    for u in &tenant.users {
        text.push_str(&format!("{},{}\n", u.display_name, u.user_principal_name));
    }
    std::fs::write(&csv, text).unwrap();

    let mut child = taskguide(&path)
        .args(["assign", "--add", "SPE_E3", "--users-from"])
        .arg(&csv)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reported = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while reported.len() < 5 {
        let line = lines.next().expect("a result line").unwrap();
        reported.push(line.replace(['\u{2068}', '\u{2069}'], ""));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();

    assert_consistent(&path);
    let done = holders(&path, "SPE_E3");
    assert!(
        done > 0 && (done as usize) < USERS,
        "killed mid-way: {done} of {USERS} done"
    );
    let conn = Connection::open(&path).unwrap();
    let journaled: i64 = conn
        .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        journaled, done,
        "one journal entry per applied change, no more, no less"
    );
    let mismatched: i64 = conn
        .query_row(
            "SELECT count(*) FROM journal j WHERE NOT EXISTS (SELECT 1 FROM license l WHERE l.user_rid = j.user_rid)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(mismatched, 0, "every journaled user holds the license");
    for line in &reported {
        let upn = line.split_whitespace().last().unwrap();
        let held: i64 = conn
            .query_row(
                "SELECT count(*) FROM license l JOIN user u ON u.rid = l.user_rid WHERE u.upn = ?1",
                [upn],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            line.starts_with("ok") && held == 1,
            "reported before commit: {line}"
        );
    }
    drop(conn);

    let rerun = taskguide(&path)
        .args(["assign", "--add", "SPE_E3", "--users-from"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(rerun.status.code(), Some(0));
    let out = String::from_utf8_lossy(&rerun.stdout);
    let unchanged = out.lines().filter(|l| l.starts_with("unchanged")).count();
    assert_eq!(
        unchanged as i64, done,
        "rows applied before the kill report unchanged"
    );
    assert_eq!(holders(&path, "SPE_E3"), USERS as i64);
    assert_consistent(&path);
}

#[test]
fn a_license_held_directly_and_through_a_group_counts_once_in_the_invariant() {
    // The invariant query itself: the demo tenant (direct + group Power BI) is consistent.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.db");
    let mut store = open_store(&format!("sqlite:{}", path.display())).unwrap();
    store.journal().unwrap().init(&demo::tenant(), false).unwrap();
    let change = LicenseChange {
        add_licenses: vec![AssignedLicense {
            sku_id: "POWER_BI_PRO".into(),
            disabled_plans: vec![],
        }],
        remove_licenses: vec![],
    };
    let ctx = ChangeContext {
        actor: "t".into(),
        command: "t".into(),
        dry_run: false,
    };
    store
        .assign(&demo::upn("James", "Whitaker"), &change, &ctx)
        .unwrap();
    drop(store);
    assert_consistent(&path);
    assert_eq!(holders(&path, "POWER_BI_PRO"), 2);
}
