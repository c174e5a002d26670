//! Each guided task completed from an answers file against SQLite, one by one: the store and
//! the journal asserted afterwards, every change undone through the journal, the transcript
//! snapshotted in en-US and nb-NO. Then the refusals: explained, and the wizard back at the
//! step that can fix them (seats taken meanwhile: back at `select-users`; a service plan
//! another needs, or one that excludes a plan the user holds: back at `choose-service-plans`).

use std::path::Path;

use serde_json::Value;
use taskguide::l10n::catalogs::Catalogs;
use taskguide::l10n::parse_locale;
use taskguide::store::{open_store, AssignedLicense, ChangeContext, LicenseChange, LicenseStore};
use taskguide::task::{self, Task};
use taskguide::wizard::{
    self, ConfirmPrompt, Ending, Interrupt, MultiPrompt, Prompter, Reply, Scripted, SelectPrompt, TextPrompt,
    Tone,
};

use super::common::{demo_store, root, taskguide};
use super::wizard_flow::{options, snapshot};

const UPN: &str = "@contoso-demo.example";

/// `guide TASK --locale L --answers FILE` on a new demo store: (url, stdout with the store's
/// path made stable, exit code).
fn guided(dir: &tempfile::TempDir, task: &str, locale: &str, answers: &str) -> (String, String, i32) {
    let url = demo_store(dir);
    let file = dir.path().join("answers.toml");
    std::fs::write(&file, answers).unwrap();
    let out = taskguide()
        .args(["guide", task, "--locale", locale, "--store", &url, "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).replace(&url, "sqlite:licenses.db");
    let code = out.status.code().unwrap_or(-1);
    assert_eq!(
        code,
        0,
        "{task} {locale}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (url, stdout, code)
}

fn json(args: &[&str], url: &str) -> Value {
    let out = taskguide()
        .args(args)
        .args(["--format", "json", "--store", url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn history(url: &str) -> Vec<Value> {
    json(&["store", "history"], url)
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The part numbers `who` holds (sign-in name before the domain).
fn held(url: &str, who: &str) -> Vec<String> {
    let upn = format!("{who}{UPN}");
    let users = json(&["store", "users", "--search", &upn], url);
    let user = users
        .as_array()
        .and_then(|a| a.iter().find(|u| u["userPrincipalName"] == upn.as_str()))
        .cloned()
        .unwrap_or_else(|| panic!("{upn} not in {users}"));
    let mut parts: Vec<String> = user["licenses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["skuPartNumber"].as_str().unwrap().to_owned())
        .collect();
    parts.sort();
    parts
}

fn consumed(url: &str, part: &str) -> u64 {
    let skus = json(&["store", "skus"], url);
    skus.as_array()
        .unwrap()
        .iter()
        .find(|s| s["skuPartNumber"] == part)
        .and_then(|s| s["consumedUnits"].as_u64())
        .unwrap()
}

/// Undoes every journal entry, the last first.
fn undo_all(url: &str) {
    for entry in history(url).iter().rev() {
        let id = entry["id"].as_i64().unwrap().to_string();
        let out = taskguide()
            .args(["store", "undo", &id, "--store", url])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn the_seed_from_an_answers_file_journaled_undone_and_snapshotted() {
    for locale in ["en-US", "nb-NO"] {
        let dir = tempfile::tempdir().unwrap();
        let (url, out, _) = guided(
            &dir,
            "how-to-assign-a-license-to-a-user",
            locale,
            "user = \"Anna Schmidt\"\nadd = [\"SPE_E3\"]\nconfirm = true\n",
        );
        assert_eq!(held(&url, "anna.schmidt"), ["SPE_E3"]);
        let journal = history(&url);
        assert_eq!(journal.len(), 1);
        assert!(journal[0]["after"].to_string().contains("SPE_E3"));
        snapshot("tasks_seed_cli", locale, &out);
        undo_all(&url);
        assert!(held(&url, "anna.schmidt").is_empty());
    }
}

#[test]
fn power_bi_to_two_users_journaled_undone_and_snapshotted() {
    for locale in ["en-US", "nb-NO"] {
        let dir = tempfile::tempdir().unwrap();
        let (url, out, _) = guided(
            &dir,
            "assign-power-bi-to-users",
            locale,
            "product = \"POWER_BI_PRO\"\nusers = [\"Anna Schmidt\", \"Lukas Becker\"]\nconfirm = true\n",
        );
        assert_eq!(held(&url, "anna.schmidt"), ["POWER_BI_PRO"]);
        assert!(held(&url, "lukas.becker").contains(&"POWER_BI_PRO".to_owned()));
        assert_eq!(consumed(&url, "POWER_BI_PRO"), 8);
        let journal = history(&url);
        assert_eq!(journal.len(), 2, "one entry per user");
        assert!(journal
            .iter()
            .all(|e| e["after"].to_string().contains("POWER_BI_PRO")));
        snapshot("tasks_power_bi", locale, &out);
        undo_all(&url);
        assert!(held(&url, "anna.schmidt").is_empty());
        assert_eq!(consumed(&url, "POWER_BI_PRO"), 6);
    }
}

#[test]
fn project_with_a_plan_off_journaled_undone_and_snapshotted() {
    for locale in ["en-US", "nb-NO"] {
        let dir = tempfile::tempdir().unwrap();
        let (url, out, _) = guided(
            &dir,
            "assign-project-to-users",
            locale,
            "product = \"PROJECTPROFESSIONAL\"\nusers = [\"Anna Schmidt\"]\nplans_off = [\"PROJECT_CLIENT_SUBSCRIPTION\"]\nconfirm = true\n",
        );
        assert_eq!(held(&url, "anna.schmidt"), ["PROJECTPROFESSIONAL"]);
        let journal = history(&url);
        assert_eq!(journal.len(), 1);
        assert!(
            journal[0]["after"]
                .to_string()
                .contains("fafd7243-e5c1-4a3a-9e40-495efcb1d3c3"),
            "the desktop client is off: {}",
            journal[0]["after"]
        );
        snapshot("tasks_project", locale, &out);
        undo_all(&url);
        assert!(held(&url, "anna.schmidt").is_empty());
    }
}

#[test]
fn the_exchange_swap_journaled_undone_and_snapshotted() {
    for locale in ["en-US", "nb-NO"] {
        let dir = tempfile::tempdir().unwrap();
        let (url, out, _) = guided(
            &dir,
            "change-exchange-online-plans",
            locale,
            "product = \"EXCHANGEENTERPRISE\"\nfrom = \"EXCHANGESTANDARD\"\nto = \"EXCHANGEENTERPRISE\"\nconfirm = true\n",
        );
        for who in ["laura.garcia", "lukas.becker"] {
            let now = held(&url, who);
            assert!(now.contains(&"EXCHANGEENTERPRISE".to_owned()), "{who}: {now:?}");
            assert!(!now.contains(&"EXCHANGESTANDARD".to_owned()), "{who}: {now:?}");
        }
        let journal = history(&url);
        assert_eq!(journal.len(), 2, "one atomic change per user");
        for e in &journal {
            let (before, after) = (e["before"].to_string(), e["after"].to_string());
            assert!(before.contains("EXCHANGESTANDARD") && after.contains("EXCHANGEENTERPRISE"));
        }
        snapshot("tasks_swap", locale, &out);
        undo_all(&url);
        assert_eq!(consumed(&url, "EXCHANGESTANDARD"), 2);
        assert_eq!(consumed(&url, "EXCHANGEENTERPRISE"), 0);
    }
}

#[test]
fn the_purchase_checklists_change_nothing_and_are_snapshotted() {
    for task in ["buy-additional-licenses", "change-app-license-quantity"] {
        for locale in ["en-US", "nb-NO"] {
            let dir = tempfile::tempdir().unwrap();
            let (url, out, _) = guided(&dir, task, locale, "product = \"SPE_E3\"\nconfirm = true\n");
            assert!(history(&url).is_empty(), "{task}: a checklist journals nothing");
            assert_eq!(consumed(&url, "SPE_E3"), 25);
            let name = format!("tasks_{}", task.replace('-', "_"));
            snapshot(&name, locale, &out);
        }
    }
}

fn product_task(doc: &str) -> Task {
    let en = parse_locale("en-US").unwrap();
    task::load(&root().join(doc), &en, &Catalogs::open(root().join("locales"))).unwrap()
}

/// A scripted prompter that, when the service plans are asked, lets a colleague take seats of
/// `sku` through another connection to the same SQLite file (as in the admin center).
struct Colleague {
    inner: Scripted,
    other: Box<dyn LicenseStore>,
    sku: &'static str,
    takers: Vec<&'static str>,
}

impl Prompter for Colleague {
    fn use_messages(&mut self, m: &std::sync::Arc<taskguide::l10n::engine::Messages>) {
        self.inner.use_messages(m);
    }
    fn show(&mut self, tone: Tone, text: &str) {
        self.inner.show(tone, text);
    }
    fn select(&mut self, p: &SelectPrompt<'_>) -> Result<usize, Interrupt> {
        self.inner.select(p)
    }
    fn multi_select(&mut self, p: &MultiPrompt<'_>) -> Result<Vec<usize>, Interrupt> {
        if p.field == "plans_off" {
            let sku_id = self
                .other
                .list_skus()
                .unwrap()
                .into_iter()
                .find(|s| s.sku_part_number == self.sku)
                .unwrap()
                .sku_id;
            let change = LicenseChange {
                add_licenses: vec![AssignedLicense {
                    sku_id,
                    disabled_plans: Vec::new(),
                }],
                remove_licenses: Vec::new(),
            };
            let ctx = ChangeContext {
                actor: "colleague".into(),
                command: "admin center".into(),
                dry_run: false,
            };
            for who in self.takers.drain(..) {
                self.other.assign(&format!("{who}{UPN}"), &change, &ctx).unwrap();
            }
        }
        self.inner.multi_select(p)
    }
    fn confirm(&mut self, p: &ConfirmPrompt) -> Result<bool, Interrupt> {
        self.inner.confirm(p)
    }
    fn text(&mut self, p: &TextPrompt) -> Result<String, Interrupt> {
        self.inner.text(p)
    }
}

#[test]
fn seats_taken_meanwhile_send_the_admin_back_to_select_users_and_nothing_is_half_done() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let t = product_task("content/nb-NO/assign-power-bi-to-users.md");
    let mut store = open_store(&url).unwrap();
    // Four seats left; two users picked; meanwhile a colleague takes three.
    let mut p = Colleague {
        inner: Scripted::new([
            Reply::Pick("POWER_BI_PRO".into()),
            Reply::Only(vec!["Anna Schmidt".into(), "Lukas Becker".into()]),
            // (the plans: a script without PlansOff keeps every one on)
            Reply::Only(vec!["Anna Schmidt".into()]),
            Reply::Yes,
        ]),
        other: open_store(&url).unwrap(),
        sku: "POWER_BI_PRO",
        takers: vec!["kari.hansen", "ola.nordmann", "nora.larsen"],
    };
    let ending = wizard::run(&t, store.as_mut(), &mut p, &options(false));
    let transcript = p.inner.transcript().text();
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    assert!(
        transcript.contains(
            "Power BI Pro (POWER_BI_PRO) has 1 seat left, but these users need 2. Nothing was changed"
        ),
        "{transcript}"
    );
    assert!(transcript.contains("Back to step 4 to fix it."), "{transcript}");
    assert_eq!(
        transcript.matches("? Users to give Power BI Pro").count(),
        2,
        "asked again at select-users: {transcript}"
    );
    assert_eq!(held(&url, "anna.schmidt"), ["POWER_BI_PRO"]);
    assert!(!held(&url, "lukas.becker").contains(&"POWER_BI_PRO".to_owned()));
    let mine: Vec<Value> = history(&url)
        .into_iter()
        .filter(|e| e["actor"] != "colleague")
        .collect();
    assert_eq!(mine.len(), 1, "only Anna's change: {mine:?}");
    assert_eq!(consumed(&url, "POWER_BI_PRO"), 10);
}

#[test]
fn a_plan_another_needs_is_explained_and_the_plans_asked_again() {
    let t = product_task("content/nb-NO/assign-project-to-users.md");
    let mut store = open_store("memory:demo").unwrap();
    let mut p = Scripted::new([
        Reply::Pick("PROJECTPROFESSIONAL".into()),
        Reply::Only(vec!["Anna Schmidt".into()]),
        Reply::PlansOff(vec!["SHAREPOINT_PROJECT".into()]),
        Reply::PlansOff(vec!["Project Online desktop client".into()]),
        Reply::Yes,
    ]);
    let ending = wizard::run(&t, store.as_mut(), &mut p, &options(false));
    let transcript = p.transcript().text();
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    assert!(
        transcript
            .contains("Project Online desktop client needs Project Online service, which you turned off"),
        "{transcript}"
    );
    assert_eq!(
        transcript.matches("? Apps and services of").count(),
        2,
        "{transcript}"
    );
    assert!(
        transcript.contains("Turned off: Project Online desktop client"),
        "{transcript}"
    );
    let anna = store.list_users(Some("Anna Schmidt")).unwrap().remove(0);
    assert_eq!(anna.licenses.len(), 1);
    assert_eq!(
        anna.licenses[0].disabled_plans,
        ["fafd7243-e5c1-4a3a-9e40-495efcb1d3c3"]
    );
}

#[test]
fn a_plan_that_excludes_one_the_user_holds_is_refused_and_fixed_at_the_plans_step() {
    // Laura holds Exchange Online (Plan 1); Plan 2's mailbox excludes it.
    let en = parse_locale("en-US").unwrap();
    let seed = Path::new("content/nb-NO/how-to-assign-a-license-to-a-user.md");
    let t = task::load(&root().join(seed), &en, &Catalogs::open(root().join("locales"))).unwrap();
    let mut store = open_store("memory:demo").unwrap();
    let mut p = Scripted::new([
        Reply::Pick("Laura García".into()),
        Reply::Toggle {
            add: vec!["EXCHANGEENTERPRISE".into()],
            remove: Vec::new(),
        },
        Reply::PlansOff(Vec::new()),
        // Refused: back at the step of the licenses and their plans; the licenses kept.
        Reply::Toggle {
            add: Vec::new(),
            remove: Vec::new(),
        },
        Reply::PlansOff(vec!["EXCHANGE_S_ENTERPRISE".into()]),
        Reply::Yes,
    ]);
    let ending = wizard::run(&t, store.as_mut(), &mut p, &options(false));
    let transcript = p.transcript().text();
    assert!(
        matches!(ending, Ok(Ending::Applied { .. })),
        "{ending:?}\n{transcript}"
    );
    assert!(
        transcript.contains("Here: keep only one of the licenses that contain these plans."),
        "{transcript}"
    );
    assert!(transcript.contains("Back to step 4 to fix it."), "{transcript}");
    assert_eq!(
        transcript.matches("? Apps and services of").count(),
        2,
        "the plans asked again: {transcript}"
    );
    let laura = store.list_users(Some("Laura García")).unwrap().remove(0);
    let parts: Vec<&str> = laura
        .licenses
        .iter()
        .map(|l| l.sku_part_number.as_str())
        .collect();
    assert!(
        parts.contains(&"EXCHANGEENTERPRISE") && parts.contains(&"EXCHANGESTANDARD"),
        "{parts:?}"
    );
}
