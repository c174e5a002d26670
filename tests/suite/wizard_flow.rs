//! The wizard's flow on the seed task with the scripted prompter, on the demo tenant in
//! memory: each case asserts the store afterwards and snapshots the transcript in en-US
//! and nb-NO.

use taskguide::l10n::catalogs::Catalogs;
use taskguide::l10n::parse_locale;
use taskguide::store::{open_store, ChangeContext, LicenseStore, User};
use taskguide::task::{self, Task};
use taskguide::wizard::{self, Ending, Options, Reply, Scripted, WizardError};

use super::common::{root, seed_path};

pub const LOCALES: [&str; 2] = ["en-US", "nb-NO"];

/// The seed task in `locale` (the wizard speaks the task's locale).
pub fn seed_task(locale: &str) -> Task {
    let locale = parse_locale(locale).unwrap();
    task::load(&seed_path(), &locale, &Catalogs::open(root().join("locales"))).unwrap()
}

pub fn options(dry_run: bool) -> Options {
    Options {
        dry_run,
        context: ChangeContext {
            actor: "test".into(),
            command: "taskguide guide".into(),
            dry_run,
        },
    }
}

/// What a run left behind.
pub struct Run {
    pub ending: Result<Ending, WizardError>,
    pub transcript: String,
    pub store: Box<dyn LicenseStore>,
}

impl Run {
    #[track_caller]
    pub fn user(&self, name: &str) -> User {
        let users = self.store.list_users(Some(name)).unwrap();
        assert_eq!(users.len(), 1, "{name}");
        users.into_iter().next().unwrap()
    }

    /// The user's licenses: `PART` direct, `PART@Group` inherited, sorted.
    #[track_caller]
    pub fn licenses(&self, name: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .user(name)
            .licenses
            .iter()
            .map(|l| match &l.inherited_from {
                Some(g) => format!("{}@{g}", l.sku_part_number),
                None => l.sku_part_number.clone(),
            })
            .collect();
        out.sort();
        out
    }

    pub fn journal_len(&self) -> usize {
        self.store.journal_ref().unwrap().history(None).unwrap().len()
    }
}

/// Runs the seed task in `locale` against `store` with `replies`.
pub fn run_with(locale: &str, store: Box<dyn LicenseStore>, replies: Vec<Reply>, dry_run: bool) -> Run {
    let task = seed_task(locale);
    let mut store = store;
    let mut prompter = Scripted::new(replies);
    let ending = wizard::run(&task, store.as_mut(), &mut prompter, &options(dry_run));
    Run {
        ending,
        transcript: prompter.transcript().text(),
        store,
    }
}

pub fn run(locale: &str, replies: Vec<Reply>, dry_run: bool) -> Run {
    run_with(locale, open_store("memory:demo").unwrap(), replies, dry_run)
}

pub fn pick(name: &str) -> Reply {
    Reply::Pick(name.into())
}

pub fn toggle(add: &[&str], remove: &[&str]) -> Reply {
    Reply::Toggle {
        add: add.iter().map(|s| (*s).to_owned()).collect(),
        remove: remove.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[track_caller]
pub fn snapshot(name: &str, locale: &str, transcript: &str) {
    insta::with_settings!({snapshot_suffix => locale, prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!(name, transcript);
    });
}

#[test]
fn assigning_a_license_to_an_unlicensed_user() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![pick("Anna Schmidt"), toggle(&["SPE_E3"], &[]), Reply::Yes],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1] }));
        assert_eq!(r.licenses("Anna Schmidt"), ["SPE_E3"]);
        assert_eq!(r.journal_len(), 1);
        snapshot("wizard_assign", locale, &r.transcript);
    }
}

#[test]
fn unassigning_is_clearing_a_box() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![pick("Ingrid Berg"), toggle(&[], &["EMS"]), Reply::Yes],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1] }));
        assert_eq!(r.licenses("Ingrid Berg"), ["SPE_E3", "VISIOCLIENT"]);
        snapshot("wizard_unassign", locale, &r.transcript);
    }
}

#[test]
fn a_swap_adds_one_and_removes_another_in_one_change() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![
                pick("sofie.johansen@contoso-demo.example"),
                toggle(&["SPE_E5"], &["SPE_E3"]),
                Reply::Yes,
            ],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1] }));
        assert_eq!(r.licenses("Sofie Johansen"), ["EMS", "SPE_E5", "VISIOCLIENT"]);
        assert_eq!(r.journal_len(), 1, "one atomic change");
        snapshot("wizard_swap", locale, &r.transcript);
    }
}

#[test]
fn a_license_without_seats_cannot_be_newly_checked() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![
                pick("Anna Schmidt"),
                toggle(&["VISIOCLIENT"], &[]),
                toggle(&["EMS"], &[]),
                Reply::Yes,
            ],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1] }));
        assert_eq!(r.licenses("Anna Schmidt"), ["EMS"]);
        assert!(r.transcript.contains("! "), "the refusal is shown");
        snapshot("wizard_no_seats", locale, &r.transcript);
    }
}

#[test]
fn a_missing_usage_location_is_asked_for_and_set_with_the_licenses() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![
                pick("Petter Vik"),
                Reply::Text("XX".into()),
                Reply::Text("no".into()),
                toggle(&["SPE_E3"], &[]),
                Reply::Yes,
            ],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1, 2] }));
        let user = r.user("Petter Vik");
        assert_eq!(user.usage_location.as_deref(), Some("NO"));
        assert_eq!(r.licenses("Petter Vik"), ["SPE_E3"]);
        snapshot("wizard_usage_location", locale, &r.transcript);
    }
}

#[test]
fn an_inherited_license_is_shown_locked_and_kept() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![pick("James Whitaker"), toggle(&["EMS"], &[]), Reply::Yes],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1] }));
        assert_eq!(
            r.licenses("James Whitaker"),
            ["EMS", "ENTERPRISEPACK", "POWER_BI_PRO@Sales Analytics"]
        );
        assert!(r.transcript.contains("🔒"), "{}", r.transcript);
        snapshot("wizard_inherited", locale, &r.transcript);
    }
}

/// Esc at the licenses goes back to the user; Esc at the confirmation goes back to the
/// licenses, with the previous choice still checked.
#[test]
fn esc_goes_back_to_the_last_question() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![
                pick("Anna Schmidt"),
                Reply::Back,
                pick("Kari Hansen"),
                toggle(&["SPE_E3"], &[]),
                Reply::Back,
                toggle(&["ENTERPRISEPACK"], &["SPE_E3"]),
                Reply::Yes,
            ],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Applied { journal: vec![1] }));
        assert!(r.licenses("Anna Schmidt").is_empty());
        assert_eq!(r.licenses("Kari Hansen"), ["ENTERPRISEPACK"]);
        snapshot("wizard_back", locale, &r.transcript);
    }
}

#[test]
fn cancel_with_a_pending_change_asks_first_and_leaves_the_store_untouched() {
    for locale in LOCALES {
        let r = run(
            locale,
            vec![
                pick("Ingrid Berg"),
                toggle(&[], &["EMS"]),
                Reply::Cancel,
                Reply::No,
                Reply::Cancel,
                Reply::Yes,
            ],
            false,
        );
        assert_eq!(r.ending, Ok(Ending::Cancelled));
        assert_eq!(r.licenses("Ingrid Berg"), ["EMS", "SPE_E3", "VISIOCLIENT"]);
        assert_eq!(r.journal_len(), 0);
        snapshot("wizard_cancel", locale, &r.transcript);
    }
}

#[test]
fn cancel_without_a_pending_change_quits_at_once() {
    let r = run("en-US", vec![Reply::Cancel], false);
    assert_eq!(r.ending, Ok(Ending::Cancelled));
    assert_eq!(r.journal_len(), 0);
    assert!(!r.transcript.contains("Quit without"), "{}", r.transcript);
}

#[test]
fn a_dry_run_shows_the_review_and_changes_nothing() {
    for locale in LOCALES {
        let r = run(locale, vec![pick("Anna Schmidt"), toggle(&["SPE_E3"], &[])], true);
        assert_eq!(r.ending, Ok(Ending::DryRun));
        assert!(r.licenses("Anna Schmidt").is_empty());
        assert_eq!(r.journal_len(), 0);
        snapshot("wizard_dry_run", locale, &r.transcript);
    }
}

#[test]
fn answering_no_applies_nothing() {
    let r = run(
        "en-US",
        vec![pick("Anna Schmidt"), toggle(&["SPE_E3"], &[]), Reply::No],
        false,
    );
    assert_eq!(r.ending, Ok(Ending::Declined));
    assert!(r.licenses("Anna Schmidt").is_empty());
    assert_eq!(r.journal_len(), 0);
}

#[test]
fn keeping_the_same_licenses_changes_nothing() {
    let r = run("en-US", vec![pick("Ingrid Berg"), toggle(&[], &[])], false);
    assert_eq!(r.ending, Ok(Ending::Unchanged));
    assert_eq!(r.journal_len(), 0);
}

#[test]
fn a_script_that_runs_out_is_an_error_naming_the_field() {
    let r = run("en-US", vec![pick("Anna Schmidt")], false);
    match &r.ending {
        Err(WizardError::Unanswered(m)) => assert!(m.contains("licenses"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(r.journal_len(), 0);
}

#[test]
fn the_wizard_speaks_its_tasks_locale_on_any_thread() {
    // The wizard's messages travel with the flow, not with the thread: a run on a pool worker
    // reads as the same run here, in Norwegian, whatever language the process speaks.
    let replies = || vec![pick("Anna Schmidt"), toggle(&["SPE_E3"], &[]), Reply::Yes];
    let here = run("nb-NO", replies(), true).transcript;
    let (tx, rx) = std::sync::mpsc::channel();
    rayon::spawn(move || {
        let _ = tx.send(run("nb-NO", replies(), true).transcript);
    });
    let there = rx.recv().unwrap();
    assert_eq!(there, here);
    assert!(here.contains("Trinn 1 av 4"), "{here}");
}
