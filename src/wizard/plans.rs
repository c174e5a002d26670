//! The names people know for service plans: Microsoft's "Product names and service plan
//! identifiers for licensing" list, for the plans the wizard shows (`EXCHANGE_S_ENTERPRISE` is
//! "Exchange Online (Plan 2)"). Product names are not translated; an unknown plan shows its
//! own name.

/// (service plan name, the name people know).
const FRIENDLY: &[(&str, &str)] = &[
    ("EXCHANGE_S_ENTERPRISE", "Exchange Online (Plan 2)"),
    ("EXCHANGE_S_STANDARD", "Exchange Online (Plan 1)"),
    ("SHAREPOINTENTERPRISE", "SharePoint (Plan 2)"),
    ("SHAREPOINTSTANDARD", "SharePoint (Plan 1)"),
    ("SHAREPOINTWAC", "Office for the web"),
    ("OFFICESUBSCRIPTION", "Microsoft 365 Apps for enterprise"),
    ("TEAMS1", "Microsoft Teams"),
    ("MCOSTANDARD", "Skype for Business Online (Plan 2)"),
    ("MCOEV", "Microsoft 365 Phone System"),
    ("MCOMEETADV", "Microsoft 365 Audio Conferencing"),
    ("SWAY", "Sway"),
    ("INTUNE_A", "Microsoft Intune"),
    ("AAD_PREMIUM", "Microsoft Entra ID P1"),
    ("AAD_PREMIUM_P2", "Microsoft Entra ID P2"),
    ("RMS_S_PREMIUM", "Azure Information Protection Premium P1"),
    ("BI_AZURE_P2", "Power BI Pro"),
    ("VISIO_CLIENT_SUBSCRIPTION", "Visio desktop app"),
    ("VISIOONLINE", "Visio web app"),
    ("ATP_ENTERPRISE", "Microsoft Defender for Office 365 (Plan 1)"),
    ("PROJECT_CLIENT_SUBSCRIPTION", "Project Online desktop client"),
    ("SHAREPOINT_PROJECT", "Project Online service"),
    ("PROJECT_PROFESSIONAL", "Project P3"),
];

/// The name people know for plan `name`, or `name` itself.
pub fn friendly(name: &str) -> &str {
    FRIENDLY
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map_or(name, |(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_plans_have_the_names_people_know() {
        assert_eq!(friendly("EXCHANGE_S_ENTERPRISE"), "Exchange Online (Plan 2)");
        assert_eq!(friendly("teams1"), "Microsoft Teams");
        assert_eq!(friendly("SOMETHING_NEW"), "SOMETHING_NEW");
    }

    #[test]
    fn every_demo_plan_has_a_friendly_name() {
        for sku in crate::store::demo::skus() {
            for plan in &sku.service_plans {
                assert_ne!(friendly(&plan.service_plan_name), plan.service_plan_name);
            }
        }
    }
}
