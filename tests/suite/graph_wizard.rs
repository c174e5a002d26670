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

#[test]
fn the_wizard_reads_no_whole_directory_before_the_user_picker() {
    let fake = FakeGraph::with_tenant(&taskguide::store::demo::numbered_tenant(400));
    fake.state().faults.page_size = 100;
    let (ending, transcript) = run(
        &fake,
        vec![pick("user000007"), toggle(&["SPE_E3"], &[]), Reply::Yes],
        true,
    );
    assert!(ending.is_ok(), "{ending:?}\n{transcript}");
    assert!(transcript.contains("400"), "the total from $count: {transcript}");
    let r = fake.requests();
    let counts: Vec<_> = r
        .iter()
        .filter(|r| r.path.starts_with("/v1.0/users/$count"))
        .collect();
    assert_eq!(counts.len(), 2, "all users and unlicensed ones");
    assert!(counts
        .iter()
        .all(|c| c.consistency.as_deref() == Some("eventual")));
    let lists = r.iter().filter(|r| r.path.starts_with("/v1.0/users?")).count();
    assert_eq!(lists, 1, "one page of matches, no paging through 400 users");
    assert!(r.iter().all(|r| !r.path.contains("skiptoken")));
}

#[test]
fn the_terminal_style_search_asks_graph_for_each_filter() {
    use taskguide::store::LicenseStore;
    let fake = FakeGraph::with_tenant(&taskguide::store::demo::numbered_tenant(300));
    let (store, _) = fake.store();
    let found = store.find_users("User 123", 10).unwrap();
    assert_eq!(found[0].display_name, "User 123");
    let last = fake
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.path.starts_with("/v1.0/users?"))
        .unwrap();
    assert!(
        last.path.contains("$search=") && last.path.contains("$top=10"),
        "{}",
        last.path
    );
    assert_eq!(last.consistency.as_deref(), Some("eventual"));
    assert_eq!(store.count_users().unwrap(), Some((300, 300)));
}

#[test]
fn a_user_beyond_the_first_page_is_found_by_searching_graph() {
    let fake = FakeGraph::with_tenant(&taskguide::store::demo::numbered_tenant(400));
    let (ending, transcript) = run(
        &fake,
        vec![pick("user000350"), toggle(&["SPE_E3"], &[]), Reply::Yes],
        false,
    );
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    let s = fake.state();
    let user = s.store.list_users(Some("user000350")).unwrap().remove(0);
    assert!(user.licenses.iter().any(|l| l.sku_part_number == "SPE_E3"));
    let search = s.requests.iter().find(|r| r.path.contains("$search=")).unwrap();
    assert!(search.path.contains("user000350"), "{}", search.path);
}
