//! The tasks not driven in a terminal elsewhere (the seed: wizard_pty.rs; Defender and the
//! Exchange swap: task_pty.rs), each completed in a pseudo-terminal with keys against SQLite,
//! the store and the journal asserted afterwards. The user picker shows the running seat
//! count as Space adds users, before Enter.

use expectrl::{Eof, Expect};
use serde_json::Value;

use super::common::{demo_store, pty_expect as expect, pty_guide, pty_keys as keys, taskguide};

fn typed(p: &mut expectrl::session::OsSession, text: &str) {
    let chars: Vec<String> = text.chars().map(String::from).collect();
    let refs: Vec<&str> = chars.iter().map(String::as_str).collect();
    keys(p, &refs);
}

fn erase(p: &mut expectrl::session::OsSession, n: usize) {
    for _ in 0..n {
        keys(p, &["\x7f"]);
    }
}

fn json(args: &[&str], url: &str) -> Value {
    let out = taskguide()
        .args(args)
        .args(["--format", "json", "--store", url])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn history(url: &str) -> Vec<Value> {
    json(&["store", "history"], url)
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn parts(url: &str, upn: &str) -> Vec<String> {
    let users = json(&["store", "users", "--search", upn], url);
    users[0]["licenses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["skuPartNumber"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn power_bi_to_two_users_with_the_seat_count_shown_as_space_adds_them() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = pty_guide(&["assign-power-bi-to-users", "--locale", "en-US"], &url);
    expect(&mut p, "Which product?");
    typed(&mut p, "POWER_BI");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Users to give");
    expect(&mut p, "4 of 4 left after these");
    typed(&mut p, "anna.sch");
    keys(&mut p, &[" "]);
    expect(&mut p, "3 of 4 left after these");
    erase(&mut p, "anna.sch".len());
    typed(&mut p, "lukas.be");
    keys(&mut p, &[" "]);
    expect(&mut p, "2 of 4 left after these");
    // A holder cannot be added: said at once, and the count does not move.
    erase(&mut p, "lukas.be".len());
    typed(&mut p, "daniel.ok");
    keys(&mut p, &[" "]);
    expect(&mut p, "already has Power BI Pro");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Apps and services of");
    keys(&mut p, &["\r"]);
    expect(&mut p, "? Assign");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "2 of 2 users changed");
    p.expect(Eof).unwrap();
    let journal = history(&url);
    assert_eq!(journal.len(), 2);
    for upn in [
        "anna.schmidt@contoso-demo.example",
        "lukas.becker@contoso-demo.example",
    ] {
        assert!(parts(&url, upn).contains(&"POWER_BI_PRO".to_owned()), "{upn}");
        assert!(journal.iter().any(|e| e["userPrincipalName"] == upn));
    }
}

#[test]
fn more_users_than_seats_are_refused_in_the_picker_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = pty_guide(&["assign-power-bi-to-users", "--locale", "en-US"], &url);
    expect(&mut p, "Which product?");
    typed(&mut p, "POWER_BI");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Users to give");
    for who in ["aino.vi", "andreas.da", "ane.sv", "anna.sch", "camille.du"] {
        typed(&mut p, who);
        keys(&mut p, &[" "]);
        erase(&mut p, who.len());
    }
    expect(&mut p, "only 4 seats left");
    keys(&mut p, &["\r"]);
    expect(&mut p, "only 4 seats left");
    keys(&mut p, &["\x1b"]);
    expect(&mut p, "Which product?");
    keys(&mut p, &["\x03"]);
    p.expect(Eof).unwrap();
    assert!(history(&url).is_empty(), "nothing was applied");
}

#[test]
fn project_with_the_desktop_client_turned_off_in_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = pty_guide(&["assign-project-to-users", "--locale", "en-US"], &url);
    expect(&mut p, "Which product?");
    typed(&mut p, "PROJECTPRO");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Users to give");
    typed(&mut p, "anna.sch");
    keys(&mut p, &[" "]);
    expect(&mut p, "6 of 7 left after these");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Apps and services of");
    typed(&mut p, "desktop");
    keys(&mut p, &[" ", "\r"]);
    expect(&mut p, "Turned off: Project Online desktop client");
    expect(&mut p, "? Assign");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "1 of 1 users changed");
    p.expect(Eof).unwrap();
    let journal = history(&url);
    assert_eq!(journal.len(), 1);
    assert!(journal[0]["after"]
        .to_string()
        .contains("fafd7243-e5c1-4a3a-9e40-495efcb1d3c3"));
    assert_eq!(
        parts(&url, "anna.schmidt@contoso-demo.example"),
        ["PROJECTPROFESSIONAL"]
    );
}

#[test]
fn the_purchase_checklists_in_a_terminal_show_the_seats_and_change_nothing() {
    const DONE: &str = "Done with this step?";
    const SEATS: &str = "Microsoft 365 E3 (SPE_E3): before 5 of 30 available, now 5 of 30";
    for (task, then) in [
        ("buy-additional-licenses", vec![DONE, SEATS]),
        (
            "change-app-license-quantity",
            vec![DONE, DONE, SEATS, DONE, DONE, DONE],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let url = demo_store(&dir);
        let mut p = pty_guide(&[task, "--locale", "en-US"], &url);
        expect(&mut p, "suspended: 5 seats");
        expect(&mut p, "Which product?");
        typed(&mut p, "SPE_E3");
        keys(&mut p, &["\r"]);
        for text in then {
            expect(&mut p, text);
            if text == DONE {
                keys(&mut p, &["y", "\r"]);
            }
        }
        p.expect(Eof).unwrap();
        assert!(history(&url).is_empty(), "{task}: a checklist changes nothing");
        assert_eq!(
            parts(&url, "anna.schmidt@contoso-demo.example"),
            Vec::<String>::new()
        );
    }
}

/// On Graph the user picker searches: type part of a name, check among the matches, search
/// again (the checked users stay, first), Enter on an empty search to go on.
#[test]
fn against_graph_the_terminal_searches_for_each_user_and_sends_one_batch() {
    use super::graph_fake::{FakeGraph, SECRET};
    use taskguide::store::LicenseStore;
    let fake = FakeGraph::start();
    let url = fake.url();
    let host = url
        .trim_start_matches("graph:")
        .trim_end_matches("/v1.0")
        .to_owned();
    let data = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_taskguide"));
    cmd.args(["guide", "assign-power-bi-to-users", "--locale", "en-US"])
        .current_dir(super::common::root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("TASKGUIDE_ACCESSIBLE")
        .env("AZURE_TENANT_ID", "contoso-demo")
        .env("AZURE_CLIENT_ID", "11111111-2222-3333-4444-555555555555")
        .env("AZURE_CLIENT_SECRET", SECRET)
        .env("AZURE_AUTHORITY_HOST", &host)
        .env("TASKGUIDE_STORE", &url)
        .env("TASKGUIDE_TOKEN_STORE", "file")
        .env("XDG_DATA_HOME", data.path());
    let mut p = expectrl::Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    expect(&mut p, "Which product?");
    typed(&mut p, "POWER_BI");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Find users to add");
    typed(&mut p, "anna.sch");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Anna Schmidt <anna.schmidt@contoso-demo.example>");
    keys(&mut p, &[" "]);
    expect(&mut p, "3 of 4 left after these");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Find users to add");
    typed(&mut p, "lukas.be");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Lukas Becker <lukas.becker@contoso-demo.example>");
    // Anna, checked, is listed first; Lukas under her.
    keys(&mut p, &["\x1b[B", " "]);
    expect(&mut p, "2 of 4 left after these");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Find users to add");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Apps and services of");
    keys(&mut p, &["\r"]);
    expect(&mut p, "? Assign");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "2 of 2 users changed");
    p.expect(Eof).unwrap();
    let requests = fake.requests();
    let batches = requests
        .iter()
        .filter(|r| !r.batched && r.path == "/v1.0/$batch")
        .count();
    assert_eq!(batches, 1);
    assert!(requests
        .iter()
        .filter(|r| r.path.starts_with("/v1.0/users?"))
        .all(|r| r.path.contains("$search=")));
    let s = fake.state();
    for who in ["Anna Schmidt", "Lukas Becker"] {
        let user = s.store.list_users(Some(who)).unwrap().remove(0);
        assert!(
            user.licenses.iter().any(|l| l.sku_part_number == "POWER_BI_PRO"),
            "{who}"
        );
    }
}
