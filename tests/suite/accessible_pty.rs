//! Accessible mode (`guide --accessible`, `TASKGUIDE_ACCESSIBLE=1`): the seed task completed
//! in a pseudo-terminal by typing lines, as a screen-reader user would, with the store and the
//! journal checked afterwards and the raw output checked for any escape sequence that moves
//! the cursor, clears the screen or redraws; and through a pipe, with the same result as an
//! answers file.

use std::process::Command;
use std::time::Duration;

use expectrl::{Eof, Expect, Session};

use super::common::{demo_store, root, taskguide};

const SEED: &str = "how-to-assign-a-license-to-a-user";

/// A session that keeps every byte the program wrote.
struct Pty {
    p: expectrl::session::OsSession,
    raw: Vec<u8>,
}

impl Pty {
    fn spawn(url: &str, flag: bool) -> Pty {
        Pty::spawn_task(SEED, url, flag)
    }

    fn spawn_task(task: &str, url: &str, flag: bool) -> Pty {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_taskguide"));
        cmd.args(["guide", task, "--store", url])
            .current_dir(root())
            .env("TERM", "xterm-256color")
            .env("LANG", "en_US.UTF-8")
            // Colours are allowed here: accessible mode must write none by itself.
            .env_remove("NO_COLOR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("TASKGUIDE_ACCESSIBLE");
        if flag {
            cmd.arg("--accessible");
        } else {
            cmd.env("TASKGUIDE_ACCESSIBLE", "1");
        }
        let mut p = Session::spawn(cmd).expect("spawn in a pty");
        p.set_expect_timeout(Some(Duration::from_secs(30)));
        Pty { p, raw: Vec::new() }
    }

    #[track_caller]
    fn expect(&mut self, text: &str) {
        match self.p.expect(text) {
            Ok(found) => {
                self.raw.extend_from_slice(found.before());
                for m in found.matches() {
                    self.raw.extend_from_slice(m);
                }
            }
            Err(e) => panic!(
                "waiting for {text:?}: {e}\nso far:\n{}",
                String::from_utf8_lossy(&self.raw)
            ),
        }
    }

    /// Types a line and Enter.
    fn line(&mut self, text: &str) {
        self.p.send(format!("{text}\r")).unwrap();
    }

    fn finish(&mut self) -> i32 {
        let found = self.p.expect(Eof).unwrap();
        self.raw.extend_from_slice(found.before());
        for m in found.matches() {
            self.raw.extend_from_slice(m);
        }
        match self.p.get_process().wait().unwrap() {
            expectrl::process::unix::WaitStatus::Exited(_, code) => code,
            other => panic!("{other:?}"),
        }
    }
}

/// Escape sequences that a screen reader would stumble over: any CSI or ESC sequence (cursor
/// up/down/forward/back, position, erase in display or line, scroll, save and restore, hide the
/// cursor, colours), and a carriage return that does not end a line (a spinner's redraw).
fn redraws(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, &b) in raw.iter().enumerate() {
        if b == 0x1b {
            let end = (i + 8).min(raw.len());
            found.push(format!("ESC at {i}: {:?}", String::from_utf8_lossy(&raw[i..end])));
        }
        if b == b'\r' && raw.get(i + 1) != Some(&b'\n') {
            found.push(format!("bare CR at {i}"));
        }
    }
    found
}

fn user_json(url: &str, who: &str) -> String {
    let out = taskguide()
        .args([
            "store", "users", "--search", who, "--format", "json", "--store", url,
        ])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn journal(url: &str) -> String {
    let out = taskguide()
        .args(["store", "history", "--format", "json", "--store", url])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_seed_task_completes_with_typed_lines_and_no_cursor_movement() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = Pty::spawn(&url, true);
    p.expect("Accessible mode");
    p.expect("Step 1 of 4");
    p.expect("Which user?");
    p.expect("  1. ");
    p.expect("Type a number from 1 to 50, or part of a name, then press Enter:");
    // A user by part of the name, a license by its number.
    p.line("schmidt");
    p.expect("Chosen: Anna Schmidt");
    p.expect("Step 4 of 4");
    p.expect("Licenses of Anna Schmidt");
    p.expect("  5. Enterprise Mobility + Security E3 (EMS) — 8 of 20 available — not checked");
    p.expect("Numbers to check or clear, or Enter to finish:");
    p.line("5");
    p.expect("Checked: Enterprise Mobility + Security E3 (EMS)");
    p.expect("Numbers to check or clear, or Enter to finish:");
    p.line("");
    // The seed's step 4 goes on to the new license's apps and services, all on by default.
    p.expect("Apps and services of Enterprise Mobility + Security E3 (EMS)");
    p.expect("  1. Microsoft Intune (INTUNE_A) — checked");
    p.expect("Numbers to check or clear, or Enter to finish:");
    p.line("");
    p.expect("Every app and service stays on.");
    p.expect("+ Enterprise Mobility + Security E3 (EMS)");
    p.expect("Apply this change for Anna Schmidt?");
    p.expect("Type yes or no, then press Enter (Enter alone means");
    p.line("yes");
    p.expect("Journal entry 1");
    assert_eq!(p.finish(), 0);
    let bad = redraws(&p.raw);
    assert!(bad.is_empty(), "{bad:?}\n{}", String::from_utf8_lossy(&p.raw));
    let anna = user_json(&url, "anna.schmidt");
    assert!(anna.contains("EMS"), "{anna}");
    let history = journal(&url);
    assert_eq!(history.matches("\"id\"").count(), 1, "{history}");
    assert!(history.contains("anna.schmidt"), "{history}");
}

#[test]
fn the_environment_variable_turns_it_on_and_back_and_quit_are_words() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = Pty::spawn(&url, false);
    p.expect("Which user?");
    p.expect("then press Enter:");
    p.line("no such person");
    p.expect("Nothing matches “no such person”");
    p.line("kari");
    p.expect("Chosen: Kari Hansen");
    p.expect("Licenses of Kari Hansen");
    p.expect("or Enter to finish:");
    p.line("back");
    p.expect("Step 2 of 4");
    p.expect("Which user?");
    p.expect("then press Enter:");
    p.line("quit");
    p.expect("Nothing was changed");
    assert_eq!(p.finish(), 1);
    assert!(redraws(&p.raw).is_empty(), "{}", String::from_utf8_lossy(&p.raw));
    assert_eq!(journal(&url).trim(), "[]");
}

#[test]
fn through_a_pipe_it_gives_the_same_result_as_an_answers_file() {
    let (dir, other) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let typed = demo_store(&dir);
    let filed = demo_store(&other);
    // Petter Vik has no usage location: a text prompt too.
    let out = taskguide()
        .args(["guide", SEED, "--accessible", "--store", &typed])
        .write_stdin("petter\nnorway\nNO\nSPE_E3\n\n\nyes\n")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("In which country does Petter Vik work?"), "{text}");
    assert!(
        text.contains("Problem: "),
        "an invalid code is refused in words: {text}"
    );
    assert!(text.contains("Answer: NO"), "{text}");
    assert!(text.contains("Checked: Microsoft 365 E3 (SPE_E3)"), "{text}");
    assert!(!text.contains('\x1b'), "{text}");
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "user = \"Petter Vik\"\nadd = [\"SPE_E3\"]\nusage_location = \"NO\"\nconfirm = true\n",
    )
    .unwrap();
    taskguide()
        .args(["guide", SEED, "--store", &filed, "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let (a, b) = (user_json(&typed, "petter"), user_json(&filed, "petter"));
    assert!(
        a.contains("SPE_E3") && a.contains("\"usageLocation\": \"NO\""),
        "{a}"
    );
    assert_eq!(a, b);
    let entries = |url: &str| journal(url).matches("\"id\"").count();
    assert_eq!(entries(&typed), entries(&filed));
}

#[test]
fn the_product_to_users_task_completes_with_typed_lines_and_the_seat_count_said() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut p = Pty::spawn_task("assign-power-bi-to-users", &url, true);
    p.expect("Step 1 of 6");
    p.expect("Which product?");
    p.line("POWER_BI_PRO");
    p.expect("Chosen: Power BI Pro");
    p.expect("Users to give Power BI Pro");
    p.expect("Seats: 4 of 4 left after these");
    p.line("anna.schmidt");
    p.expect("Checked: Anna Schmidt");
    p.expect("Seats: 3 of 4 left after these");
    p.line("lukas.becker");
    p.expect("Seats: 2 of 4 left after these");
    // A holder cannot be checked: the reason is said.
    p.line("daniel.okafor");
    p.expect("cannot be checked");
    p.line("");
    p.expect("Apps and services of Power BI Pro");
    p.line("");
    p.expect("Assign Power BI Pro (POWER_BI_PRO) to these 2 users?");
    p.line("yes");
    p.expect("2 of 2 users changed");
    assert_eq!(p.finish(), 0);
    let raw = redraws(&p.raw);
    assert!(raw.is_empty(), "{raw:?}");
    let journal = journal(&url);
    assert!(journal.contains("anna.schmidt@contoso-demo.example"), "{journal}");
    assert!(journal.contains("lukas.becker@contoso-demo.example"), "{journal}");
    for who in ["anna.schmidt", "lukas.becker"] {
        assert!(user_json(&url, who).contains("POWER_BI_PRO"), "{who}");
    }
}
