//! The sign-in commands end to end against the fake identity provider and Graph:
//! `login --device-code`, `whoami`, the wizard with no secret in the environment, `logout`,
//! and `graph:` without a sign-in and without a terminal.

use taskguide::store::LicenseStore;

use super::common::taskguide;
use super::graph_fake::{FakeGraph, REFRESH_PREFIX, SECRET, TOKEN_PREFIX};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn no_secrets(all: &str) {
    assert!(
        !all.contains(TOKEN_PREFIX) && !all.contains(REFRESH_PREFIX) && !all.contains(SECRET),
        "a token was shown: {all}"
    );
}

fn login(fake: &FakeGraph) -> std::process::Output {
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    cmd.args(["login", "--device-code"]).output().unwrap()
}

#[test]
fn login_by_device_code_then_the_wizard_runs_as_the_signed_in_admin() {
    let fake = FakeGraph::start();
    fake.state().faults.device_script = vec!["authorization_pending".into(), "ok".into()];
    let out = login(&fake);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(
        stderr.contains("FAKE-CODE"),
        "the service's message is shown: {stderr}"
    );
    assert!(stdout.contains("admin@contoso.example"), "{stdout}");
    no_secrets(&format!("{stdout}{stderr}"));

    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["whoami"]).output().unwrap();
    let status = text(&out.stdout);
    assert!(out.status.success(), "{status}");
    assert!(
        status.contains("admin@contoso.example") && status.contains("License Administrator"),
        "{status}"
    );
    assert!(status.contains("User.ReadWrite.All"), "{status}");
    no_secrets(&status);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.toml");
    std::fs::write(
        &file,
        "user = \"Anna Schmidt\"\nadd = [\"SPE_E3\"]\nconfirm = true\n",
    )
    .unwrap();
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd
        .args(["guide", "how-to-assign-a-license-to-a-user", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stdout}{stderr}");
    no_secrets(&format!("{stdout}{stderr}"));
    let s = fake.state();
    let anna = s.store.list_users(Some("Anna Schmidt")).unwrap().remove(0);
    assert!(anna.licenses.iter().any(|l| l.sku_part_number == "SPE_E3"));
    assert!(
        s.requests.iter().all(|r| !r.body.contains("client_secret")),
        "no client credentials were used"
    );
}

#[test]
fn login_json_status_and_logout_leave_nothing() {
    let fake = FakeGraph::start();
    assert!(login(&fake).status.success());
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd
        .args(["login", "--status", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["signedIn"], true);
    assert_eq!(v["store"], "file");
    no_secrets(&text(&out.stdout));
    let file = fake.data_dir().join("taskguide/signin.json");
    assert!(file.exists());

    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    assert!(cmd.arg("logout").output().unwrap().status.success());
    assert!(!file.exists(), "logout removed the file");
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["whoami", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["signedIn"], false);
}

#[test]
fn a_declined_device_code_fails_with_a_clear_message() {
    let fake = FakeGraph::start();
    fake.state().faults.device_script = vec!["authorization_declined".into()];
    let out = login(&fake);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("declined"), "{}", text(&out.stderr));
    assert!(!fake.data_dir().join("taskguide/signin.json").exists());
}

#[test]
fn without_a_client_id_login_says_what_to_set() {
    let fake = FakeGraph::start();
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd
        .env_remove("AZURE_CLIENT_ID")
        .args(["login", "--device-code"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("AZURE_CLIENT_ID"),
        "{}",
        text(&out.stderr)
    );
    assert!(fake.requests().is_empty());
}

#[test]
fn graph_without_a_sign_in_and_without_a_terminal_exits_2_with_what_to_run() {
    let fake = FakeGraph::start();
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["store", "skus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("taskguide login"),
        "{}",
        text(&out.stderr)
    );
    assert!(fake.requests().is_empty());
}

#[test]
fn a_revoked_sign_in_exits_2_and_asks_for_a_new_one() {
    let fake = FakeGraph::start();
    fake.sign_in();
    fake.state().faults.revoke_refresh = true;
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["store", "skus"]).output().unwrap();
    let stderr = text(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr.contains("taskguide login"), "{stderr}");
    no_secrets(&stderr);
}

#[test]
fn store_check_reads_delegated_scopes_and_names_a_missing_role() {
    let fake = FakeGraph::start();
    fake.sign_in();
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["store", "check"]).output().unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("directory role"), "{stdout}");

    fake.state().faults.wids = Vec::new();
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["store", "check"]).output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("License Administrator, User Administrator"),
        "{stdout}"
    );
}

#[test]
fn store_check_names_a_delegated_permission_for_a_signed_in_admin() {
    let fake = FakeGraph::start();
    fake.sign_in();
    fake.state().faults.forbid = vec!["/v1.0/subscribedSkus".into()];
    let mut cmd = taskguide();
    fake.env_user(&mut cmd);
    let out = cmd.args(["store", "check"]).output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("delegated permission LicenseAssignment.Read.All"),
        "{stdout}"
    );
    no_secrets(&stdout);
}

#[test]
fn over_ssh_or_without_a_display_login_uses_the_device_code() {
    let mut cases = vec![("SSH_CONNECTION", "10.0.0.1 22 10.0.0.2 22")];
    if cfg!(target_os = "linux") {
        cases.push(("NO_DISPLAY_CASE", "1")); // no DISPLAY, no SSH variable added
    }
    for (var, value) in cases {
        let fake = FakeGraph::start();
        let mut cmd = taskguide();
        fake.env_user(&mut cmd);
        // env_user removes DISPLAY and WAYLAND_DISPLAY: no browser can be expected.
        let out = cmd.env(var, value).arg("login").output().unwrap();
        let stderr = text(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(stderr.contains("FAKE-CODE"), "{stderr}");
        assert!(
            !fake.requests().iter().any(|r| r.path.contains("/authorize")),
            "no browser flow"
        );
    }
}
