//! The wizard end to end against the fake Graph, with the scripted prompter: the same flow as
//! on the embedded store, the changes made in the tenant, and a dry run that writes nothing.

use taskguide::store::LicenseStore;
use taskguide::wizard::{self, Ending, Reply, Scripted};

use super::common::taskguide;
use super::graph_fake::{FakeGraph, Recorded, SECRET, TOKEN_PREFIX};
use super::wizard_flow::{options, pick, seed_task, toggle};

fn writes(requests: &[Recorded]) -> Vec<&Recorded> {
    requests
        .iter()
        .filter(|r| r.method == "PATCH" || r.path.ends_with("/assignLicense"))
        .collect()
}

fn run(
    fake: &FakeGraph,
    replies: Vec<Reply>,
    dry_run: bool,
) -> (Result<Ending, wizard::WizardError>, String) {
    let (mut store, _) = fake.store();
    let task = seed_task("en-US");
    let mut prompter = Scripted::new(replies);
    let ending = wizard::run(&task, &mut store, &mut prompter, &options(dry_run));
    (ending, prompter.transcript().text())
}

#[test]
fn the_wizard_assigns_a_license_in_the_tenant() {
    let fake = FakeGraph::start();
    let (ending, transcript) = run(
        &fake,
        vec![pick("Anna Schmidt"), toggle(&["SPE_E3"], &[]), Reply::Yes],
        false,
    );
    assert_eq!(ending, Ok(Ending::Applied { journal: vec![] }), "{transcript}");
    let s = fake.state();
    let anna = s.store.list_users(Some("Anna Schmidt")).unwrap().remove(0);
    assert!(
        anna.licenses.iter().any(|l| l.sku_part_number == "SPE_E3"),
        "{transcript}"
    );
    assert_eq!(writes(&s.requests).len(), 1);
}

#[test]
fn the_wizard_sets_a_missing_usage_location_then_assigns() {
    let fake = FakeGraph::start();
    let replies = vec![
        pick("Petter Vik"),
        Reply::Text("no".into()),
        toggle(&["SPE_E3"], &[]),
        Reply::Yes,
    ];
    let (ending, transcript) = run(&fake, replies, false);
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    let s = fake.state();
    let petter = s.store.list_users(Some("Petter Vik")).unwrap().remove(0);
    assert_eq!(petter.usage_location.as_deref(), Some("NO"));
    assert!(petter.licenses.iter().any(|l| l.sku_part_number == "SPE_E3"));
    let w = writes(&s.requests);
    assert_eq!((w[0].method.as_str(), w[1].method.as_str()), ("PATCH", "POST"));
}

#[test]
fn a_wizard_dry_run_against_graph_writes_nothing() {
    let fake = FakeGraph::start();
    let (ending, transcript) = run(
        &fake,
        vec![pick("Anna Schmidt"), toggle(&["SPE_E3"], &[]), Reply::Yes],
        true,
    );
    assert!(ending.is_ok(), "{ending:?}\n{transcript}");
    assert!(writes(&fake.requests()).is_empty());
}

#[test]
fn taskguide_guide_runs_against_graph_with_an_answers_file() {
    let fake = FakeGraph::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.toml");
    std::fs::write(
        &file,
        "user = \"Anna Schmidt\"\nadd = [\"SPE_E3\"]\nconfirm = true\n",
    )
    .unwrap();
    let mut cmd = taskguide();
    fake.env(&mut cmd, SECRET);
    let out = cmd
        .args(["guide", "how-to-assign-a-license-to-a-user", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Microsoft 365 E3 (SPE_E3)"), "{stdout}");
    assert!(!stdout.contains(SECRET) && !stdout.contains(TOKEN_PREFIX));
    let s = fake.state();
    let anna = s.store.list_users(Some("Anna Schmidt")).unwrap().remove(0);
    assert!(anna.licenses.iter().any(|l| l.sku_part_number == "SPE_E3"));
}
