//! The answers file of `taskguide guide --answers FILE`: TOML or JSON with the fields `user`,
//! `add`, `remove`, `usage_location` and `confirm`.
//!
//! Input: the file's text; output: [`Answers`], or a localized message naming the field.

use std::path::Path;

use serde_json::Value;

use crate::tr;

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
}

const FIELDS: [&str; 5] = ["user", "add", "remove", "usage_location", "confirm"];

impl Answers {
    /// Reads the file at `path`: JSON if it ends in `.json`, else TOML.
    pub fn read(path: &Path) -> Result<Answers, String> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            tr!(
                "wizard-answers-unreadable",
                path = shown.as_str(),
                reason = e.to_string()
            )
        })?;
        let json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
        Answers::parse(&text, json).map_err(|reason| tr!("wizard-answers-bad", path = shown, reason = reason))
    }

    /// Parses answers from `text` (JSON if `json`, else TOML).
    pub fn parse(text: &str, json: bool) -> Result<Answers, String> {
        let value: Value = if json {
            serde_json::from_str(text).map_err(|e| e.to_string())?
        } else {
            let table: toml::Table = toml::from_str(text).map_err(|e| e.message().to_owned())?;
            serde_json::to_value(table).map_err(|e| e.to_string())?
        };
        let Value::Object(map) = value else {
            return Err(tr!("wizard-answers-not-a-table"));
        };
        if let Some(key) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(tr!(
                "wizard-answers-unknown-field",
                field = key.as_str(),
                known = FIELDS.join(", ")
            ));
        }
        Ok(Answers {
            user: string(&map, "user")?,
            add: list(&map, "add")?,
            remove: list(&map, "remove")?,
            usage_location: string(&map, "usage_location")?,
            confirm: match map.get("confirm") {
                None => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => return Err(tr!("wizard-answers-not-bool", field = "confirm")),
            },
        })
    }
}

type Map = serde_json::Map<String, Value>;

fn string(map: &Map, field: &str) -> Result<Option<String>, String> {
    match map.get(field) {
        None => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(tr!("wizard-answers-not-text", field = field)),
    }
}

fn list(map: &Map, field: &str) -> Result<Option<Vec<String>>, String> {
    let bad = || tr!("wizard-answers-not-list", field = field);
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
    fn a_wrong_type_names_the_field() {
        let e = Answers::parse("add = \"SPE_E3\"\n", false).unwrap_err();
        assert!(e.contains("add"), "{e}");
        let e = Answers::parse(r#"{"confirm": "yes"}"#, true).unwrap_err();
        assert!(e.contains("confirm"), "{e}");
    }

    #[test]
    fn an_unknown_field_is_named() {
        let e = Answers::parse("usr = \"x\"\n", false).unwrap_err();
        assert!(e.contains("usr"), "{e}");
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        assert!(Answers::parse("[", false).is_err());
        assert!(Answers::parse("[1, 2]", true).is_err());
    }
}
