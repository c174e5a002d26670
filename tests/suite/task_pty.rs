//! The product tasks in a real terminal: the built binary in a pseudo-terminal, driven with
//! keys. `guide` without a task opens the picker; the Defender task assigns two users picked
//! by typing and Space; the Exchange swap moves the Plan 1 users. The store and the journal are
//! asserted afterwards.

use expectrl::{Eof, Expect};
use serde_json::Value;

use super::common::{demo_store, pty_expect as expect, pty_guide, pty_keys as keys, taskguide};

fn spawn(args: &[&str], url: &str) -> expectrl::session::OsSession {
    pty_guide(args, url)
}

fn typed(p: &mut expectrl::session::OsSession, text: &str) {
    let chars: Vec<String> = text.chars().map(String::from).collect();
    let refs: Vec<&str> = chars.iter().map(String::as_str).collect();
    keys(p, &refs);
}

fn history(url: &str) -> Vec<Value> {
    let out = taskguide()
        .args(["store", "history", "--format", "json", "--store", url])
        .output()
        .unwrap();
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn the_picker_starts_the_defender_task_and_two_users_get_it() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = spawn(&[], &url);
    expect(&mut p, "Which task?");
    typed(&mut p, "defender");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Step 1 of 6");
    expect(&mut p, "Which product?");
    typed(&mut p, "ATP_ENT");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Step 4 of 6");
    expect(&mut p, "Users to give");
    typed(&mut p, "anna.sch");
    keys(&mut p, &[" "]);
    for _ in 0.."anna.sch".len() {
        keys(&mut p, &["\x7f"]);
    }
    typed(&mut p, "lukas.be");
    keys(&mut p, &[" ", "\r"]);
    expect(&mut p, "23 of 25 left after these");
    expect(&mut p, "Apps and services of");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Every app and service stays on");
    expect(&mut p, "Step 6 of 6");
    expect(&mut p, "? Assign");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "2 of 2 users changed");
    p.expect(Eof).unwrap();
    let journal = history(&url);
    assert_eq!(journal.len(), 2);
    let upns: Vec<&str> = journal
        .iter()
        .map(|e| e["userPrincipalName"].as_str().unwrap())
        .collect();
    assert!(upns.contains(&"anna.schmidt@contoso-demo.example"), "{upns:?}");
    assert!(upns.contains(&"lukas.becker@contoso-demo.example"), "{upns:?}");
}

#[test]
fn the_exchange_swap_moves_the_plan_1_users_in_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = spawn(&["change-exchange-online-plans", "--locale", "en-US"], &url);
    expect(&mut p, "Step 1 of 4");
    expect(&mut p, "products in this organization");
    expect(&mut p, "Which product?");
    typed(&mut p, "EXCHANGEENT");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Move users from which product?");
    typed(&mut p, "EXCHANGESTA");
    keys(&mut p, &["\r"]);
    expect(&mut p, "To which product?");
    typed(&mut p, "EXCHANGEENT");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Users of");
    keys(&mut p, &["\r"]);
    expect(&mut p, "Move these 2 users?");
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "2 of 2 users changed");
    expect(&mut p, "Done with this step?");
    keys(&mut p, &["y", "\r"]);
    p.expect(Eof).unwrap();
    let journal = history(&url);
    assert_eq!(journal.len(), 2);
    for e in &journal {
        assert!(e["after"].to_string().contains("EXCHANGEENTERPRISE"));
        assert!(!e["after"].to_string().contains("EXCHANGESTANDARD"));
    }
}
