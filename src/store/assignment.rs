//! How a license reached a user, as Microsoft Graph reports it in `licenseAssignmentStates`:
//! a [`state`](AssignmentState) and an [`error`](AssignmentError) code. Group-based licensing
//! fills them: a group whose SKU has no seat left cannot give it to a member (`Error`,
//! `CountViolation`), and the member neither holds the license nor takes a seat of it.
//!
//! Typed data: the store never puts them into a name; the CLI and the wizard show them in the
//! user's language (`crate::explain`).

use serde::{Deserialize, Serialize};

/// Graph's `licenseAssignmentState.state`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AssignmentState {
    /// Assigned: the user holds the license and takes a seat.
    #[default]
    Active,
    /// Assigned, with a problem Graph reports in `error`: held, takes a seat.
    ActiveWithError,
    /// Turned off: not held, no seat.
    Disabled,
    /// Could not be assigned (the reason is in `error`): not held, no seat.
    Error,
}

impl AssignmentState {
    /// Graph's name (`ActiveWithError`).
    pub fn name(self) -> &'static str {
        match self {
            AssignmentState::Active => "Active",
            AssignmentState::ActiveWithError => "ActiveWithError",
            AssignmentState::Disabled => "Disabled",
            AssignmentState::Error => "Error",
        }
    }

    /// The state Graph names `name` (any case); `None` for a name Graph does not use.
    pub fn parse(name: &str) -> Option<AssignmentState> {
        [
            AssignmentState::Active,
            AssignmentState::ActiveWithError,
            AssignmentState::Disabled,
            AssignmentState::Error,
        ]
        .into_iter()
        .find(|s| s.name().eq_ignore_ascii_case(name))
    }

    /// Whether the user holds the license, and so takes one of its seats.
    pub fn holds(self) -> bool {
        matches!(self, AssignmentState::Active | AssignmentState::ActiveWithError)
    }
}

/// Graph's `licenseAssignmentState.error`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AssignmentError {
    /// No error.
    #[default]
    None,
    /// The SKU has no seat left.
    CountViolation,
    /// A plan of the SKU cannot be on together with a plan the user already has.
    MutuallyExclusiveViolation,
    /// A plan of the SKU needs a plan the user does not have.
    DependencyViolation,
    /// A plan of the SKU is not offered in the user's usage location.
    ProhibitedInUsageLocationViolation,
    /// A plan of the SKU needs a unique attribute the user lacks (or shares).
    UniquenessViolation,
    /// Any other reason (also any code Graph may add later).
    #[serde(other)]
    Other,
}

impl AssignmentError {
    /// Graph's code (`CountViolation`).
    pub fn name(self) -> &'static str {
        match self {
            AssignmentError::None => "None",
            AssignmentError::CountViolation => "CountViolation",
            AssignmentError::MutuallyExclusiveViolation => "MutuallyExclusiveViolation",
            AssignmentError::DependencyViolation => "DependencyViolation",
            AssignmentError::ProhibitedInUsageLocationViolation => "ProhibitedInUsageLocationViolation",
            AssignmentError::UniquenessViolation => "UniquenessViolation",
            AssignmentError::Other => "Other",
        }
    }

    /// The error Graph codes `code` (any case): empty is `None`, a code Graph does not
    /// document is `Other`.
    pub fn parse(code: &str) -> AssignmentError {
        if code.is_empty() {
            return AssignmentError::None;
        }
        [
            AssignmentError::None,
            AssignmentError::CountViolation,
            AssignmentError::MutuallyExclusiveViolation,
            AssignmentError::DependencyViolation,
            AssignmentError::ProhibitedInUsageLocationViolation,
            AssignmentError::UniquenessViolation,
        ]
        .into_iter()
        .find(|e| e.name().eq_ignore_ascii_case(code))
        .unwrap_or(AssignmentError::Other)
    }
}

/// The state and error of a `licenseAssignmentStates` entry as Graph wrote them. A state
/// Graph does not document is read as `Error` when an error is given (the user is not
/// known to hold it), else as `Active`.
pub fn parse_assignment(state: &str, error: &str) -> (AssignmentState, AssignmentError) {
    let error = AssignmentError::parse(error);
    let state = AssignmentState::parse(state).unwrap_or(if error == AssignmentError::None {
        AssignmentState::Active
    } else {
        AssignmentState::Error
    });
    (state, error)
}

/// Whether a state and error is anything but the usual `Active` without error.
pub fn is_problem(state: AssignmentState, error: AssignmentError) -> bool {
    state != AssignmentState::Active || error != AssignmentError::None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_names_read_back_and_unknown_codes_are_other() {
        for s in ["Active", "ActiveWithError", "Disabled", "Error"] {
            assert_eq!(AssignmentState::parse(s).unwrap().name(), s);
        }
        assert_eq!(AssignmentState::parse("Pending"), None);
        assert_eq!(AssignmentError::parse(""), AssignmentError::None);
        assert_eq!(
            AssignmentError::parse("countviolation"),
            AssignmentError::CountViolation
        );
        assert_eq!(AssignmentError::parse("SomethingNew"), AssignmentError::Other);
        assert_eq!(
            parse_assignment("Pending", "CountViolation"),
            (AssignmentState::Error, AssignmentError::CountViolation)
        );
        assert_eq!(
            parse_assignment("", "None"),
            (AssignmentState::Active, AssignmentError::None)
        );
    }

    #[test]
    fn only_active_states_hold_the_license() {
        assert!(AssignmentState::Active.holds());
        assert!(AssignmentState::ActiveWithError.holds());
        assert!(!AssignmentState::Error.holds());
        assert!(!AssignmentState::Disabled.holds());
    }

    #[test]
    fn json_uses_graph_names() {
        let json = serde_json::to_string(&(
            AssignmentState::ActiveWithError,
            AssignmentError::ProhibitedInUsageLocationViolation,
        ))
        .unwrap();
        assert_eq!(
            json,
            r#"["ActiveWithError","ProhibitedInUsageLocationViolation"]"#
        );
        let other: AssignmentError = serde_json::from_str(r#""NewCode""#).unwrap();
        assert_eq!(other, AssignmentError::Other);
    }
}
