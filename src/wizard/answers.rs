//! The answers file of `taskguide guide --answers FILE`: TOML or JSON with the fields `user`,
//! `add`, `remove`, `usage_location` and `confirm`; for the product tasks `product`, `users`,
//! `plans_off`, `from` and `to`.
//!
//! Input: the file's text; output: [`Answers`], or an [`AnswersError`] naming the field.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Why an answers file was refused. `Display` is for developers;
/// [`crate::explain::answers_error`] gives the user's text.
#[derive(Debug, thiserror::Error)]
pub enum AnswersError {
    /// The file cannot be read.
    #[error("wizard-answers-unreadable: {}: {source}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file was read but its answers are not valid.
    #[error("wizard-answers-bad: {}: {problem}", path.display())]
    Bad {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        #[source]
        problem: AnswersProblem,
    },
}

/// What is wrong with the text of an answers file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswersProblem {
    /// Not valid TOML or JSON (the parser's reason).
    #[error("syntax: {0}")]
    Syntax(String),
    /// Not a table of fields.
    #[error("wizard-answers-not-a-table")]
    NotATable,
    /// A field the wizard does not know.
    #[error("wizard-answers-unknown-field: field={field}")]
    UnknownField {
        /// The field.
        field: String,
    },
    /// A field that must be a non-empty text.
    #[error("wizard-answers-not-text: field={field}")]
    NotText {
        /// The field.
        field: &'static str,
    },
    /// A field that must be a list of non-empty texts.
    #[error("wizard-answers-not-list: field={field}")]
    NotList {
        /// The field.
        field: &'static str,
    },
    /// A field that must be true or false.
    #[error("wizard-answers-not-bool: field={field}")]
    NotBool {
        /// The field.
        field: &'static str,
    },
}

/// Every answer the wizard can take from a file; a missing one is asked for by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// The user: sign-in name or display name.
    pub user: Option<String>,
    /// SKU part numbers (or ids, or product names) to check.
    pub add: Option<Vec<String>>,
    /// SKU part numbers to clear.
    pub remove: Option<Vec<String>>,
    /// The usage location, for a user who has none.
    pub usage_location: Option<String>,
    /// Whether to apply the reviewed change (and, in a checklist, whether each step is done).
    pub confirm: Option<bool>,
    /// The product: part number, id or name (`select-product`).
    pub product: Option<String>,
    /// Users: sign-in names or display names (`select-users`, `swap-licenses`, `delete-users`;
    /// for a swap, leaving it out moves everyone who holds the first product).
    pub users: Option<Vec<String>>,
    /// Service plans to turn off: names (`EXCHANGE_S_ENTERPRISE`), friendly names or ids;
    /// leaving it out keeps every plan on (`choose-service-plans`).
    pub plans_off: Option<Vec<String>>,
    /// The product users move from (`swap-licenses`).
    pub from: Option<String>,
    /// The product users move to (`swap-licenses`).
    pub to: Option<String>,
    /// What the admin types to confirm a deletion (`delete-users`): the user's sign-in name
    /// for one user, the number of users for several.
    pub confirm_delete: Option<String>,
}

/// The fields of an answers file.
pub const FIELDS: [&str; 11] = [
    "user",
    "add",
    "remove",
    "usage_location",
    "confirm",
    "product",
    "users",
    "plans_off",
    "from",
    "to",
    "confirm_delete",
];

impl Answers {
    /// Reads the file at `path`: JSON if it ends in `.json`, else TOML.
    pub fn read(path: &Path) -> Result<Answers, AnswersError> {
        let text = std::fs::read_to_string(path).map_err(|source| AnswersError::Unreadable {
            path: path.to_owned(),
            source,
        })?;
        let json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
        Answers::parse(&text, json).map_err(|problem| AnswersError::Bad {
            path: path.to_owned(),
            problem,
        })
    }

    /// Parses answers from `text` (JSON if `json`, else TOML).
    pub fn parse(text: &str, json: bool) -> Result<Answers, AnswersProblem> {
        let syntax = |e: String| AnswersProblem::Syntax(e);
        let value: Value = if json {
            serde_json::from_str(text).map_err(|e| syntax(e.to_string()))?
        } else {
            let table: toml::Table = toml::from_str(text).map_err(|e| syntax(e.message().to_owned()))?;
            serde_json::to_value(table).map_err(|e| syntax(e.to_string()))?
        };
        let Value::Object(map) = value else {
            return Err(AnswersProblem::NotATable);
        };
        if let Some(key) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(AnswersProblem::UnknownField { field: key.clone() });
        }
        Ok(Answers {
            user: string(&map, "user")?,
            add: list(&map, "add")?,
            remove: list(&map, "remove")?,
            usage_location: string(&map, "usage_location")?,
            confirm: match map.get("confirm") {
                None => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => return Err(AnswersProblem::NotBool { field: "confirm" }),
            },
            product: string(&map, "product")?,
            users: list(&map, "users")?,
            plans_off: list(&map, "plans_off")?,
            from: string(&map, "from")?,
            to: string(&map, "to")?,
            confirm_delete: match map.get("confirm_delete") {
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => string(&map, "confirm_delete")?,
            },
        })
    }
}

type Map = serde_json::Map<String, Value>;

fn string(map: &Map, field: &'static str) -> Result<Option<String>, AnswersProblem> {
    match map.get(field) {
        None => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(AnswersProblem::NotText { field }),
    }
}

fn list(map: &Map, field: &'static str) -> Result<Option<Vec<String>>, AnswersProblem> {
    let bad = || AnswersProblem::NotList { field };
    match map.get(field) {
        None => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
                _ => Err(bad()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_and_json_give_the_same_answers() {
        let toml = "user = \"Ola Nordmann\"\nadd = [\"SPE_E3\"]\nremove = []\nconfirm = true\n";
        let json = r#"{"user": "Ola Nordmann", "add": ["SPE_E3"], "remove": [], "confirm": true}"#;
        let a = Answers::parse(toml, false).unwrap();
        assert_eq!(a, Answers::parse(json, true).unwrap());
        assert_eq!(a.add.as_deref(), Some(&["SPE_E3".to_owned()][..]));
        assert_eq!(a.confirm, Some(true));
        assert_eq!(a.usage_location, None);
    }

    #[test]
    fn the_product_fields_are_read() {
        let a = Answers::parse(
            "product = \"ATP_ENTERPRISE\"\nusers = [\"a@x\", \"b@x\"]\nplans_off = []\nfrom = \"EXCHANGESTANDARD\"\nto = \"EXCHANGEENTERPRISE\"\n",
            false,
        )
        .unwrap();
        assert_eq!(a.product.as_deref(), Some("ATP_ENTERPRISE"));
        assert_eq!(a.users.map(|u| u.len()), Some(2));
        assert_eq!(a.plans_off, Some(vec![]));
        assert!(Answers::parse("users = \"a@x\"\n", false).is_err());
    }

    #[test]
    fn a_wrong_type_names_the_field() {
        let e = Answers::parse("add = \"SPE_E3\"\n", false)
            .unwrap_err()
            .to_string();
        assert!(e.contains("add"), "{e}");
        let e = Answers::parse(r#"{"confirm": "yes"}"#, true)
            .unwrap_err()
            .to_string();
        assert!(e.contains("confirm"), "{e}");
    }

    #[test]
    fn an_unknown_field_is_named() {
        let e = Answers::parse("usr = \"x\"\n", false).unwrap_err().to_string();
        assert!(e.contains("usr"), "{e}");
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        assert!(Answers::parse("[", false).is_err());
        assert!(Answers::parse("[1, 2]", true).is_err());
    }
}
