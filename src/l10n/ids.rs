//! Document ids as file names: names that cannot be files on Windows or macOS, and ids that
//! differ only in case (one file on a case-insensitive file system).

/// Why a document id cannot name a catalog file on every system.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum NameProblem {
    /// A path component holds a character Windows or macOS refuses in file names.
    Character {
        /// The component.
        component: String,
        /// The character.
        character: char,
    },
    /// A path component is a name Windows reserves (`CON`, `NUL`, `COM1`…).
    Reserved {
        /// The component.
        component: String,
    },
    /// A path component ends in a dot or a space, which Windows drops.
    Trailing {
        /// The component.
        component: String,
    },
}

/// The first reason `id` cannot name a file on Windows or macOS, if any.
pub fn name_problem(id: &str) -> Option<NameProblem> {
    for component in id.split('/') {
        if let Some(character) = component
            .chars()
            .find(|c| c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '\\' | '|' | '?' | '*'))
        {
            return Some(NameProblem::Character {
                component: component.to_owned(),
                character,
            });
        }
        let base = component.split('.').next().unwrap_or("").to_ascii_uppercase();
        let reserved = matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
            || ((base.starts_with("COM") || base.starts_with("LPT"))
                && base.len() == 4
                && base.as_bytes()[3].is_ascii_digit());
        if reserved {
            return Some(NameProblem::Reserved {
                component: component.to_owned(),
            });
        }
        if component.ends_with(['.', ' ']) {
            return Some(NameProblem::Trailing {
                component: component.to_owned(),
            });
        }
    }
    None
}

/// The key two ids share when they differ only in case (or Unicode case folding).
pub fn case_key(id: &str) -> String {
    id.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_windows_or_macos_refuse_are_found() {
        assert_eq!(name_problem("a/b-c"), None);
        assert!(matches!(
            name_problem("a/b:c"),
            Some(NameProblem::Character { character: ':', .. })
        ));
        assert!(matches!(name_problem("con"), Some(NameProblem::Reserved { .. })));
        assert!(matches!(
            name_problem("x/LPT1.txt"),
            Some(NameProblem::Reserved { .. })
        ));
        assert!(matches!(name_problem("x./y"), Some(NameProblem::Trailing { .. })));
        assert_eq!(case_key("A/B"), case_key("a/b"));
    }
}
