//! Action bindings: `content/<doc-id>.task.toml` maps step ids to the wizard's actions.
//!
//! Input: the file's text and the document's steps; output: [`Bindings`], or a
//! [`BindingError`] with the file's line:col (unknown step id, unknown action, bad TOML).
//!
//! ```toml
//! [steps]
//! seg-105 = "open-user-list"
//! seg-106 = "select-user"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Step;
use crate::position::{LineCol, LineIndex};

/// What the wizard does at a step, after showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Load the users: how many, and how many have no license.
    OpenUserList,
    /// Pick the user, by name or sign-in name.
    SelectUser,
    /// Show the user's licenses (direct or from a group); ask for a missing usage location.
    ShowLicenses,
    /// Check and clear licenses, then review, confirm and apply the change.
    EditLicenses,
    /// The tenant's products with their seats; suspended and warning subscriptions marked.
    OpenLicenses,
    /// Pick one product (type to filter), with its seats.
    SelectProduct,
    /// Pick up to 20 users for the product, with the running seat count.
    SelectUsers,
    /// Turn the product's service plans (apps and services) on or off.
    ChooseServicePlans,
    /// Review, confirm and assign the product to the users picked, in one batch.
    AssignProduct,
    /// Move users from one product to another, one atomic change per user.
    SwapLicenses,
    /// Read the product's seats again and show them beside the first reading.
    ShowSeats,
    /// Pick users, show what each loses, confirm by typing, delete (restorable for 30 days).
    DeleteUsers,
}

impl Action {
    /// Every action, in the order a task uses them.
    pub const ALL: [Action; 12] = [
        Action::OpenUserList,
        Action::SelectUser,
        Action::ShowLicenses,
        Action::EditLicenses,
        Action::OpenLicenses,
        Action::SelectProduct,
        Action::SelectUsers,
        Action::ChooseServicePlans,
        Action::AssignProduct,
        Action::SwapLicenses,
        Action::ShowSeats,
        Action::DeleteUsers,
    ];

    /// The name used in `.task.toml` files.
    pub fn name(self) -> &'static str {
        match self {
            Action::OpenUserList => "open-user-list",
            Action::SelectUser => "select-user",
            Action::ShowLicenses => "show-licenses",
            Action::EditLicenses => "edit-licenses",
            Action::OpenLicenses => "open-licenses",
            Action::SelectProduct => "select-product",
            Action::SelectUsers => "select-users",
            Action::ChooseServicePlans => "choose-service-plans",
            Action::AssignProduct => "assign-product",
            Action::SwapLicenses => "swap-licenses",
            Action::ShowSeats => "show-seats",
            Action::DeleteUsers => "delete-users",
        }
    }

    /// The action named `name`, if any.
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// The actions bound to a document's steps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bindings {
    by_step: BTreeMap<String, Vec<Action>>,
}

impl Bindings {
    /// The (first) action bound to step `id`, if any.
    pub fn action(&self, id: &str) -> Option<Action> {
        self.actions(id).first().copied()
    }

    /// Every action bound to step `id`, in the order they run (`seg-108 = ["edit-licenses",
    /// "choose-service-plans"]`); empty when none is.
    pub fn actions(&self, id: &str) -> &[Action] {
        self.by_step.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether any step is bound to `action`.
    pub fn uses(&self, action: Action) -> bool {
        self.by_step.values().any(|a| a.contains(&action))
    }

    /// Whether no step is bound.
    pub fn is_empty(&self) -> bool {
        self.by_step.is_empty()
    }
}

/// Why a bindings file was refused. `Display` is for developers (`path:line:col:
/// task-bindings-…: arguments`); [`crate::explain::binding_error`] gives the user's text.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", self.place())]
pub struct BindingError {
    /// The file.
    pub path: PathBuf,
    /// Where in it (1-based), when known.
    pub pos: Option<LineCol>,
    /// What is wrong.
    #[source]
    pub kind: BindingErrorKind,
}

impl BindingError {
    /// `path:line:col`, or the path alone when the place in the file is not known.
    pub fn place(&self) -> String {
        match self.pos {
            Some(pos) => format!("{}:{pos}", self.path.display()),
            None => self.path.display().to_string(),
        }
    }
}

/// What is wrong with a bindings file.
#[derive(Debug, thiserror::Error)]
pub enum BindingErrorKind {
    /// The file cannot be read.
    #[error("task-bindings-io: {0}")]
    Io(#[source] std::io::Error),
    /// Not valid TOML, or not the expected shape (the TOML parser's reason).
    #[error("task-bindings-syntax: {0}")]
    Syntax(String),
    /// A step id that the document does not have.
    #[error("task-bindings-unknown-step: id={id} known={}", known.join(","))]
    UnknownStep {
        /// The id.
        id: String,
        /// The document's step ids.
        known: Vec<String>,
    },
    /// An action name that the wizard does not know.
    #[error("task-bindings-unknown-action: name={name}")]
    UnknownAction {
        /// The name.
        name: String,
    },
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    steps: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>,
}

/// The bindings file of the document at `doc_path`: `<content root>/<doc-id>.task.toml`,
/// where the content root is the parent of the document's locale folder.
pub fn path_for(doc_path: &Path, doc_id: &str) -> PathBuf {
    let locale_dir = doc_path.parent().unwrap_or(Path::new(""));
    let root = locale_dir.parent().unwrap_or(Path::new(""));
    root.join(format!("{doc_id}.task.toml"))
}

/// Reads the bindings at `path` for `steps`; a missing file is `Ok(None)` (a checklist task).
pub fn load(path: &Path, steps: &[Step]) -> Result<Option<Bindings>, BindingError> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(path, &text, steps).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(BindingError {
            path: path.to_owned(),
            pos: None,
            kind: BindingErrorKind::Io(e),
        }),
    }
}

/// Parses and checks a bindings file's `text` against the document's `steps`.
pub fn parse(path: &Path, text: &str, steps: &[Step]) -> Result<Bindings, BindingError> {
    let index = LineIndex::new(text);
    let error = |offset: Option<usize>, kind| BindingError {
        path: path.to_owned(),
        pos: offset.map(|o| index.line_col(text, o)),
        kind,
    };
    let file: File = toml::from_str(text).map_err(|e| {
        let offset = e.span().map(|s| s.start);
        error(offset, BindingErrorKind::Syntax(e.message().to_owned()))
    })?;
    let known = step_ids(steps);
    let mut by_step = BTreeMap::new();
    for (id, value) in file.steps {
        if !known.contains(id.get_ref()) {
            let kind = BindingErrorKind::UnknownStep {
                id: id.get_ref().clone(),
                known: known.clone(),
            };
            return Err(error(Some(id.span().start), kind));
        }
        // One action name, or a list of them (a list's items are reported at the list).
        let at = value.span().start;
        let names: Vec<&toml::Value> = match value.get_ref() {
            toml::Value::Array(items) => items.iter().collect(),
            one => vec![one],
        };
        let mut actions = Vec::with_capacity(names.len());
        for name in names {
            let Some(name) = name.as_str() else {
                let kind = BindingErrorKind::Syntax(format!("{name}: not an action name"));
                return Err(error(Some(at), kind));
            };
            let Some(a) = Action::parse(name) else {
                let kind = BindingErrorKind::UnknownAction {
                    name: name.to_owned(),
                };
                return Err(error(Some(at), kind));
            };
            actions.push(a);
        }
        by_step.insert(id.into_inner(), actions);
    }
    Ok(Bindings { by_step })
}

/// Every step id, sub-steps included, in document order.
fn step_ids(steps: &[Step]) -> Vec<String> {
    let mut out = Vec::new();
    for s in steps {
        out.push(s.id.clone());
        out.extend(step_ids(&s.steps));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps() -> Vec<Step> {
        ["seg-105", "seg-106"]
            .iter()
            .enumerate()
            .map(|(i, id)| Step {
                number: i as u64 + 1,
                id: (*id).to_owned(),
                text: String::new(),
                labels: vec![],
                links: vec![],
                steps: vec![],
            })
            .collect()
    }

    #[track_caller]
    fn parse_err(text: &str) -> BindingError {
        parse(Path::new("t.task.toml"), text, &steps()).unwrap_err()
    }

    #[test]
    fn steps_map_to_actions() {
        let text = "[steps]\nseg-105 = \"open-user-list\"\nseg-106 = \"select-user\"\n";
        let b = parse(Path::new("t.task.toml"), text, &steps()).unwrap();
        assert_eq!(b.action("seg-105"), Some(Action::OpenUserList));
        assert_eq!(b.action("seg-106"), Some(Action::SelectUser));
        assert_eq!(b.action("seg-107"), None);
    }

    #[test]
    fn a_step_may_run_several_actions_in_order() {
        let text = "[steps]\nseg-105 = [\"select-product\", \"show-seats\"]\n";
        let b = parse(Path::new("t.task.toml"), text, &steps()).unwrap();
        assert_eq!(b.actions("seg-105"), [Action::SelectProduct, Action::ShowSeats]);
        assert!(b.uses(Action::ShowSeats) && !b.uses(Action::SwapLicenses));
        let e = parse_err("[steps]\nseg-105 = [\"select-product\", \"nope\"]\n");
        assert!(matches!(e.kind, BindingErrorKind::UnknownAction { ref name } if name == "nope"));
    }

    #[test]
    fn every_action_name_parses_back() {
        for a in Action::ALL {
            assert_eq!(Action::parse(a.name()), Some(a));
        }
    }

    #[test]
    fn an_unknown_step_is_reported_at_its_key() {
        let e = parse_err("[steps]\nseg-105 = \"open-user-list\"\nseg-999 = \"select-user\"\n");
        assert_eq!(e.pos, Some(LineCol { line: 3, col: 1 }));
        assert!(matches!(e.kind, BindingErrorKind::UnknownStep { ref id, .. } if id == "seg-999"));
    }

    #[test]
    fn an_unknown_action_is_reported_at_its_value() {
        let e = parse_err("[steps]\nseg-105 = \"fly-to-the-moon\"\n");
        assert_eq!(e.pos, Some(LineCol { line: 2, col: 11 }));
        assert!(matches!(e.kind, BindingErrorKind::UnknownAction { ref name } if name == "fly-to-the-moon"));
    }

    #[test]
    fn bad_toml_is_a_syntax_error_with_a_position() {
        let e = parse_err("[steps\n");
        assert!(matches!(e.kind, BindingErrorKind::Syntax(_)));
        assert_eq!(e.pos.map(|p| p.line), Some(1));
    }

    #[test]
    fn bindings_live_beside_the_locale_folders() {
        let p = path_for(Path::new("content/nb-NO/x.md"), "x");
        assert_eq!(p, Path::new("content/x.task.toml"));
    }
}
