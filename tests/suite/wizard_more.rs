//! The wizard when the world moves: seats taken between the review and the assignment, a
//! document without bindings run as a checklist, bindings that do not fit the document.

use taskguide::l10n::catalogs::Catalogs;
use taskguide::l10n::parse_locale;
use taskguide::store::{
    open_store, AssignedLicense, ChangeContext, Group, Journal, LicenseChange, LicenseStore, Op, Outcome,
    RowCallback, Sku, StoreError, Tenant, User,
};
use taskguide::task::{self, TaskError};
use taskguide::wizard::{self, Ending, Reply, Scripted};

use super::common::{root, seed_path};
use super::wizard_flow::{options, pick, run_with, seed_task, snapshot, toggle, LOCALES};

/// A store where, just before the first assignment, someone else takes every free seat of
/// `sku` (a colleague in the admin center at the same moment).
struct Racing {
    inner: Box<dyn LicenseStore>,
    sku: &'static str,
    raced: bool,
}

impl Racing {
    fn take_all_seats(&mut self, except: &str) {
        let ctx = ChangeContext {
            actor: "colleague".into(),
            command: "admin center".into(),
            dry_run: false,
        };
        let change = LicenseChange {
            add_licenses: vec![AssignedLicense {
                sku_id: self.sku.into(),
                disabled_plans: vec![],
            }],
            remove_licenses: vec![],
        };
        for u in self.inner.list_users(None).unwrap() {
            let free = self
                .inner
                .list_skus()
                .unwrap()
                .iter()
                .find(|s| s.sku_part_number == self.sku)
                .unwrap()
                .available();
            if free == 0 {
                break;
            }
            let holds = u.licenses.iter().any(|l| l.sku_part_number == self.sku);
            if u.user_principal_name != except && !holds && u.usage_location.is_some() {
                self.inner.assign(&u.user_principal_name, &change, &ctx).unwrap();
            }
        }
    }
}

impl LicenseStore for Racing {
    fn url(&self) -> &str {
        self.inner.url()
    }
    fn list_skus(&self) -> Result<Vec<Sku>, StoreError> {
        self.inner.list_skus()
    }
    fn list_groups(&self) -> Result<Vec<Group>, StoreError> {
        self.inner.list_groups()
    }
    fn search_users(&self, search: Option<&str>) -> Result<Vec<User>, StoreError> {
        self.inner.search_users(search)
    }
    fn get_user(&self, user: &str) -> Result<User, StoreError> {
        self.inner.get_user(user)
    }
    fn assign(
        &mut self,
        user: &str,
        change: &LicenseChange,
        ctx: &ChangeContext,
    ) -> Result<Outcome, StoreError> {
        if !self.raced {
            self.raced = true;
            self.take_all_seats(user);
        }
        self.inner.assign(user, change, ctx)
    }
    fn run(
        &mut self,
        ops: &[(&str, Op<'_>)],
        ctx: &ChangeContext,
        on_row: &mut RowCallback<'_>,
    ) -> Result<(), StoreError> {
        self.inner.run(ops, ctx, on_row)
    }
    fn journal(&mut self) -> Option<&mut dyn Journal> {
        self.inner.journal()
    }
    fn journal_ref(&self) -> Option<&dyn Journal> {
        self.inner.journal_ref()
    }
}

fn racing(sku: &'static str) -> Box<dyn LicenseStore> {
    Box::new(Racing {
        inner: open_store("memory:demo").unwrap(),
        sku,
        raced: false,
    })
}

#[test]
fn seats_taken_meanwhile_send_the_admin_back_to_the_licenses() {
    for locale in LOCALES {
        let r = run_with(
            locale,
            racing("EMS"),
            vec![
                pick("Ola Nordmann"),
                toggle(&["EMS", "SPE_E3"], &[]),
                Reply::Yes,
                toggle(&[], &["EMS"]),
                Reply::Yes,
            ],
            false,
        );
        assert_eq!(r.licenses("Ola Nordmann"), ["SPE_E3"]);
        let ola: Vec<_> = r
            .store
            .journal_ref()
            .unwrap()
            .history(Some("ola.nordmann@contoso-demo.example"))
            .unwrap();
        assert_eq!(ola.len(), 1, "the refused change left nothing behind");
        assert!(matches!(r.ending, Ok(Ending::Applied { .. })));
        snapshot("wizard_seats_taken", locale, &r.transcript);
    }
}

#[test]
fn a_refused_change_undoes_the_usage_location_it_set() {
    let r = run_with(
        "en-US",
        racing("EMS"),
        vec![
            pick("Petter Vik"),
            Reply::Text("NO".into()),
            toggle(&["EMS"], &[]),
            Reply::Yes,
            Reply::Cancel,
            Reply::Yes,
        ],
        false,
    );
    assert_eq!(r.ending, Ok(Ending::Cancelled));
    let petter = r.user("Petter Vik");
    assert_eq!(
        petter.usage_location, None,
        "the location went back with the refused licenses"
    );
    assert!(petter.licenses.is_empty());
}

/// A copy of the seed under a temporary `content/` without bindings.
fn unbound_seed() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir
        .path()
        .join("content/nb-NO/how-to-assign-a-license-to-a-user.md");
    std::fs::create_dir_all(doc.parent().unwrap()).unwrap();
    std::fs::copy(seed_path(), &doc).unwrap();
    (dir, doc)
}

#[test]
fn a_document_without_bindings_is_a_checklist() {
    let (_dir, doc) = unbound_seed();
    for locale in LOCALES {
        let lang = parse_locale(locale).unwrap();
        let task = task::load(&doc, &lang, &Catalogs::open(root().join("locales"))).unwrap();
        assert!(task.bindings.is_none());
        let mut store = open_store("memory:").unwrap();
        let mut p = Scripted::new([
            Reply::Yes,
            Reply::Yes,
            Reply::No,
            Reply::Back,
            Reply::Yes,
            Reply::Yes,
        ]);
        let ending = wizard::run(&task, store.as_mut(), &mut p, &options(false));
        assert_eq!(ending, Ok(Ending::Checklist { done: 4, skipped: 0 }));
        snapshot("wizard_checklist", locale, &p.transcript().text());
    }
}

#[track_caller]
fn bindings_error(toml: &str) -> String {
    let (dir, doc) = unbound_seed();
    std::fs::write(
        dir.path()
            .join("content/how-to-assign-a-license-to-a-user.task.toml"),
        toml,
    )
    .unwrap();
    let lang = parse_locale("en-US").unwrap();
    match task::load(&doc, &lang, &Catalogs::open(root().join("locales"))) {
        Err(e @ TaskError::Bindings(_)) => {
            let en = taskguide::l10n::engine::Messages::for_locale(&lang);
            taskguide::explain::task_error(&en, &e)
        }
        other => panic!("expected a bindings error, got {other:?}"),
    }
}

#[test]
fn bindings_naming_an_unknown_step_or_action_are_refused_with_their_place() {
    let e = bindings_error("[steps]\nseg-105 = \"open-user-list\"\nseg-999 = \"select-user\"\n");
    assert!(e.contains("task.toml:3:1"), "{e}");
    assert!(e.contains("seg-999"), "{e}");
    let e = bindings_error("[steps]\nseg-105 = \"open-the-pod-bay-doors\"\n");
    assert!(e.contains("task.toml:2:11"), "{e}");
    assert!(e.contains("open-the-pod-bay-doors"), "{e}");
}

#[test]
fn the_seed_binds_its_four_steps() {
    let task = seed_task("en-US");
    let actions: Vec<_> = (0..task.steps.len()).map(|i| task.action(i)).collect();
    use taskguide::task::Action::*;
    assert_eq!(
        actions,
        [
            Some(OpenUserList),
            Some(SelectUser),
            Some(ShowLicenses),
            Some(EditLicenses)
        ]
    );
    assert_eq!(task.actions(3), [EditLicenses, ChooseServicePlans]);
}

/// Exchange Online (Plan 1) and Microsoft 365 E3 both contain an Exchange plan, and the two
/// plans cannot be on together: the review says so before anything is sent, with the fix.
#[test]
fn a_plan_conflict_is_explained_at_the_review_and_fixed_at_the_licenses() {
    for locale in LOCALES {
        let r = super::wizard_flow::run(
            locale,
            vec![
                pick("Ingrid Berg"),
                toggle(&["EXCHANGESTANDARD"], &[]),
                toggle(&[], &["SPE_E3"]),
                Reply::Yes,
            ],
            false,
        );
        assert!(matches!(r.ending, Ok(Ending::Applied { .. })), "{:?}", r.ending);
        assert_eq!(
            r.licenses("Ingrid Berg"),
            ["EMS", "EXCHANGESTANDARD", "VISIOCLIENT"]
        );
        assert_eq!(r.journal_len(), 1, "only the fixed change was applied");
        assert!(r.transcript.contains("! "), "{}", r.transcript);
        snapshot("wizard_plan_conflict", locale, &r.transcript);
    }
}

#[test]
fn an_empty_store_stops_the_wizard_with_how_to_fill_it() {
    let mut store = open_store("memory:").unwrap();
    store.journal().unwrap().init(&Tenant::default(), false).unwrap();
    let r = run_with("en-US", store, vec![pick("anyone")], false);
    match &r.ending {
        Err(wizard::WizardError::Failed(m)) => assert!(m.contains("store init --demo"), "{m}"),
        other => panic!("{other:?}"),
    }
}
