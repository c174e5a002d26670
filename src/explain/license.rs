//! Where a license comes from, in the user's language: the group's name, and for a group
//! license Microsoft Graph reports in a state other than `Active` (typed data of the store,
//! [`LicenseState::state`] and [`LicenseState::error`]) Graph's error code and the state in
//! words beside it: `Design Studio ⚠ CountViolation (Error)`, `… (Feil)` in Norwegian.

use crate::l10n::engine::Messages;
use crate::store::LicenseState;
use crate::tr;

/// The group `l` comes from as shown beside the license (`None`: a direct license), with
/// the process-wide messages (the CLI's).
pub fn license_group(l: &LicenseState) -> Option<String> {
    license_group_in(l, crate::l10n::engine::messages())
}

/// [`license_group`] in the language of `m` (the wizard's, in its task's locale).
pub fn license_group_in(l: &LicenseState, m: &Messages) -> Option<String> {
    let group = l.inherited_from.as_deref()?;
    if !l.has_problem() {
        return Some(group.to_owned());
    }
    Some(tr!(
        "store-license-group-problem" in m,
        group = group,
        error = l.error.name(),
        state = l.state.name()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{AssignmentError, AssignmentState};

    fn license(group: Option<&str>, state: AssignmentState, error: AssignmentError) -> LicenseState {
        LicenseState {
            sku_id: "x".into(),
            sku_part_number: "VISIOCLIENT".into(),
            disabled_plans: vec![],
            inherited_from: group.map(str::to_owned),
            state,
            error,
        }
    }

    #[test]
    fn a_group_license_in_error_shows_its_state_and_error_in_every_locale() {
        let failed = license(
            Some("Design Studio"),
            AssignmentState::Error,
            AssignmentError::CountViolation,
        );
        let active = license(
            Some("Design Studio"),
            AssignmentState::Active,
            AssignmentError::None,
        );
        let direct = license(None, AssignmentState::Active, AssignmentError::None);
        let words = [
            ("en-US", "Error"),
            ("nb-NO", "Feil"),
            ("sv-SE", "Fel"),
            ("fr-FR", "Erreur"),
            ("zh-CN", "错误"),
            ("he-IL", "שגיאה"),
        ];
        for (tag, word) in words {
            let locale = crate::locale::parse_locale(tag).unwrap();
            let m = Messages::for_locale(&locale).isolating(false);
            let shown = license_group_in(&failed, &m).unwrap();
            assert!(shown.contains("Design Studio"), "{tag}: {shown}");
            assert!(shown.contains("CountViolation"), "{tag}: {shown}");
            assert!(shown.contains(word), "{tag}: {shown}");
            assert!(!shown.contains("store-license"), "{tag}: {shown}");
            assert_eq!(license_group_in(&active, &m).as_deref(), Some("Design Studio"));
            assert_eq!(license_group_in(&direct, &m), None);
        }
        let en = Messages::for_locale(&crate::locale::en_us()).isolating(false);
        assert_eq!(
            license_group_in(&failed, &en).unwrap(),
            "Design Studio ⚠ CountViolation (Error)"
        );
    }
}
