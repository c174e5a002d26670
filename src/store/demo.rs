//! The demo tenant: 50 people at the fictional contoso-demo.example, twelve SKUs with real part
//! numbers and service plans, one SKU with no seat left, one suspended subscription (Project
//! Plan 5) and one in warning (Audio Conferencing), plan dependencies, two mutually exclusive
//! plans (the two Exchange Online plans, for the swap), a group that assigns Power BI Pro, one
//! user without usage location, 25 free Defender for Office 365 seats for 20-user flows, and a
//! group whose Visio license is in error (`CountViolation`) for two of its members.
//! Deterministic: the same ids every time.

use super::types::*;

/// The demo tenant's domain.
pub const DOMAIN: &str = "contoso-demo.example";

/// (name, id, depends on, mutually exclusive with): plan rules are the same in every SKU.
const PLANS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "EXCHANGE_S_ENTERPRISE",
        "efb87545-963c-4e0d-99df-69c6916d9eb0",
        &[],
        &["EXCHANGE_S_STANDARD"],
    ),
    (
        "EXCHANGE_S_STANDARD",
        "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
        &[],
        &["EXCHANGE_S_ENTERPRISE"],
    ),
    (
        "SHAREPOINTENTERPRISE",
        "5dbe027f-2339-4123-9542-606e4d348a72",
        &[],
        &[],
    ),
    (
        "SHAREPOINTWAC",
        "e95bec33-7c88-4a70-8e19-b10bd9d0c014",
        &["SHAREPOINTENTERPRISE"],
        &[],
    ),
    (
        "OFFICESUBSCRIPTION",
        "43de0ff5-c92c-492b-9116-175376d08c38",
        &[],
        &[],
    ),
    ("TEAMS1", "57ff2da0-773e-42df-b2af-ffb7a2317929", &[], &[]),
    ("MCOSTANDARD", "0feaeb32-d00e-4d66-bd5a-43b5b83db82c", &[], &[]),
    (
        "MCOEV",
        "4828c8ec-dc2e-4779-b502-87ac9ce28ab7",
        &["MCOSTANDARD"],
        &[],
    ),
    ("SWAY", "a23b959c-7ce8-4e57-9140-b90eb88a9e97", &[], &[]),
    ("INTUNE_A", "c1ec4a95-1f05-45b3-a911-aa3fa01094f5", &[], &[]),
    ("AAD_PREMIUM", "41781fb2-bc02-4b7c-bd55-b576c07bb09d", &[], &[]),
    ("AAD_PREMIUM_P2", "eec0eb4f-6444-4f95-aba0-50c24d67f998", &[], &[]),
    ("RMS_S_PREMIUM", "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3", &[], &[]),
    ("BI_AZURE_P2", "70d33638-9c74-4d01-bfd3-562de28bd4ba", &[], &[]),
    (
        "VISIO_CLIENT_SUBSCRIPTION",
        "663a804f-1c30-4ff0-9915-9db84f0d1cea",
        &[],
        &[],
    ),
    ("VISIOONLINE", "2bdbaf8f-738f-4ac7-9234-3c3ee2ce7d0f", &[], &[]),
    ("ATP_ENTERPRISE", "f20fedf3-f3c3-43c3-8267-2bfdd51c0939", &[], &[]),
    (
        "PROJECT_CLIENT_SUBSCRIPTION",
        "fafd7243-e5c1-4a3a-9e40-495efcb1d3c3",
        &["SHAREPOINT_PROJECT"],
        &[],
    ),
    (
        "SHAREPOINT_PROJECT",
        "fe71d6c3-a2ea-4499-9778-da042bf08063",
        &[],
        &[],
    ),
    (
        "PROJECT_PROFESSIONAL",
        "818523f5-016b-4355-9be8-ed6944946ea7",
        &[],
        &[],
    ),
    ("MCOMEETADV", "3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40", &[], &[]),
];

/// (part number, name, id, seats, plans).
const SKUS: &[(&str, &str, &str, u32, &[&str])] = &[
    (
        "SPE_E3",
        "Microsoft 365 E3",
        "05e9a617-0261-4cee-bb44-138d3ef5d965",
        30,
        &[
            "EXCHANGE_S_ENTERPRISE",
            "SHAREPOINTENTERPRISE",
            "SHAREPOINTWAC",
            "OFFICESUBSCRIPTION",
            "TEAMS1",
            "MCOSTANDARD",
            "INTUNE_A",
            "AAD_PREMIUM",
        ],
    ),
    (
        "SPE_E5",
        "Microsoft 365 E5",
        "06ebc4ee-1bb5-47dd-8120-11324bc54e06",
        10,
        &[
            "EXCHANGE_S_ENTERPRISE",
            "SHAREPOINTENTERPRISE",
            "SHAREPOINTWAC",
            "OFFICESUBSCRIPTION",
            "TEAMS1",
            "MCOSTANDARD",
            "MCOEV",
            "INTUNE_A",
            "AAD_PREMIUM",
            "AAD_PREMIUM_P2",
            "BI_AZURE_P2",
        ],
    ),
    (
        "ENTERPRISEPACK",
        "Office 365 E3",
        "6fd2c87f-b296-42f0-b197-1e91e994b900",
        15,
        &[
            "EXCHANGE_S_ENTERPRISE",
            "SHAREPOINTENTERPRISE",
            "SHAREPOINTWAC",
            "OFFICESUBSCRIPTION",
            "TEAMS1",
            "MCOSTANDARD",
            "SWAY",
        ],
    ),
    (
        "EXCHANGESTANDARD",
        "Exchange Online (Plan 1)",
        "4b9405b0-7788-4568-add1-99614e613b69",
        10,
        &["EXCHANGE_S_STANDARD"],
    ),
    (
        "EMS",
        "Enterprise Mobility + Security E3",
        "efccb6f7-5641-4e0e-bd10-b4976e1bf68e",
        20,
        &["INTUNE_A", "AAD_PREMIUM", "RMS_S_PREMIUM"],
    ),
    (
        "POWER_BI_PRO",
        "Power BI Pro",
        "f8a1db68-be16-40ed-86d5-cb42ce701560",
        10,
        &["BI_AZURE_P2"],
    ),
    (
        "VISIOCLIENT",
        "Visio Plan 2",
        "c5928f49-12ba-48f7-ada3-0d743a3601d5",
        3,
        &["VISIO_CLIENT_SUBSCRIPTION", "VISIOONLINE"],
    ),
    (
        "ATP_ENTERPRISE",
        "Microsoft Defender for Office 365 (Plan 1)",
        "4ef96642-f096-40de-a3e9-d83fb2f90211",
        25,
        &["ATP_ENTERPRISE"],
    ),
    (
        "PROJECTPROFESSIONAL",
        "Project Plan 3",
        "53818b1b-4a27-454b-8896-0dba576410e6",
        10,
        &[
            "PROJECT_CLIENT_SUBSCRIPTION",
            "SHAREPOINT_PROJECT",
            "PROJECT_PROFESSIONAL",
        ],
    ),
    (
        "EXCHANGEENTERPRISE",
        "Exchange Online (Plan 2)",
        "19ec0d23-8335-4cbd-94ac-6050e30712fa",
        10,
        &["EXCHANGE_S_ENTERPRISE"],
    ),
    (
        "PROJECTPREMIUM",
        "Project Plan 5",
        "09015f9f-377f-4538-bbb5-f75ceb09358a",
        0,
        &["PROJECT_CLIENT_SUBSCRIPTION", "SHAREPOINT_PROJECT"],
    ),
    (
        "MCOMEETADV",
        "Microsoft Teams Audio Conferencing",
        "0c266dff-15dd-4b49-8397-2bb16070ed52",
        5,
        &["MCOMEETADV"],
    ),
];

/// Subscriptions not in good standing: (part number, suspended seats, seats in warning).
/// Project Plan 5 is suspended (unpaid), Audio Conferencing in its grace period.
const STANDING: &[(&str, u32, u32)] = &[("PROJECTPREMIUM", 5, 0), ("MCOMEETADV", 0, 5)];

/// (given name, family name, usage location; "" for none).
const PEOPLE: &[(&str, &str, &str)] = &[
    ("Ingrid", "Berg", "NO"),
    ("Lars", "Haugen", "NO"),
    ("Sofie", "Johansen", "NO"),
    ("Magnus", "Olsen", "NO"),
    ("Nora", "Larsen", "NO"),
    ("Jonas", "Andersen", "NO"),
    ("Emma", "Pedersen", "NO"),
    ("Henrik", "Nilsen", "NO"),
    ("Ida", "Kristiansen", "NO"),
    ("Mathias", "Jensen", "NO"),
    ("Sara", "Karlsen", "NO"),
    ("Kristian", "Eriksen", "NO"),
    ("Thea", "Halvorsen", "NO"),
    ("Emil", "Bakken", "NO"),
    ("Maja", "Lie", "NO"),
    ("Sander", "Moen", "NO"),
    ("Julie", "Solberg", "NO"),
    ("Tobias", "Strand", "NO"),
    ("Hanna", "Lund", "NO"),
    ("Andreas", "Dahl", "NO"),
    ("Ane", "Svendsen", "NO"),
    ("Eirik", "Aas", "NO"),
    ("Marte", "Rønning", "NO"),
    ("Øystein", "Sæther", "NO"),
    ("Åse", "Fjeld", "NO"),
    ("Astrid", "Lindqvist", "SE"),
    ("Erik", "Johansson", "SE"),
    ("Elin", "Karlsson", "SE"),
    ("Oskar", "Nyström", "SE"),
    ("Freja", "Madsen", "DK"),
    ("Mikkel", "Sørensen", "DK"),
    ("Aino", "Virtanen", "FI"),
    ("Sarah", "Mitchell", "GB"),
    ("James", "Whitaker", "GB"),
    ("Priya", "Raman", "GB"),
    ("Daniel", "Okafor", "US"),
    ("Emily", "Carter", "US"),
    ("Michael", "Nguyen", "US"),
    ("Laura", "García", "US"),
    ("Lukas", "Becker", "DE"),
    ("Anna", "Schmidt", "DE"),
    ("Camille", "Dubois", "FR"),
    ("Marco", "Rossi", "IT"),
    ("Sanne", "de Vries", "NL"),
    ("Kasia", "Nowak", "PL"),
    ("Henrik", "Dahl", "NO"),
    ("Siri", "Holm", "NO"),
    ("Ola", "Nordmann", "NO"),
    ("Kari", "Hansen", "NO"),
    ("Petter", "Vik", ""),
];

/// The group that assigns Power BI Pro, and its members (indexes into [`PEOPLE`]).
const SALES_GROUP: (&str, &[usize]) = ("Sales Analytics", &[32, 33, 34, 35, 36, 37]);

/// A group that assigns Visio Plan 2, whose seats the first three people hold directly: its
/// license is active for Lars Haugen (who holds Visio already) and in error (`CountViolation`,
/// no seat left) for Thea Halvorsen and Emil Bakken, as Microsoft shows a group license it
/// could not assign.
const DESIGN_GROUP: (&str, &[usize]) = ("Design Studio", &[1, 12, 13]);

/// A deterministic GUID-shaped id for `seed` (FNV-1a, then split into 8-4-4-4-12 hex).
pub fn guid(seed: &str) -> String {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for b in seed.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013B);
    }
    let s = format!("{h:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &s[0..8],
        &s[8..12],
        &s[12..16],
        &s[16..20],
        &s[20..32]
    )
}

fn plan(name: &str) -> ServicePlan {
    let (_, id, deps, excl) = PLANS
        .iter()
        .find(|p| p.0 == name)
        .copied()
        .unwrap_or((name, name, &[], &[]));
    let id_of = |n: &&str| {
        PLANS
            .iter()
            .find(|p| p.0 == *n)
            .map_or_else(|| (*n).to_owned(), |p| p.1.to_owned())
    };
    ServicePlan {
        service_plan_id: id.to_owned(),
        service_plan_name: name.to_owned(),
        depends_on: deps.iter().map(id_of).collect(),
        mutually_exclusive_with: excl.iter().map(id_of).collect(),
    }
}

/// The demo SKUs (consumed units are counted at `init`).
pub fn skus() -> Vec<Sku> {
    SKUS.iter()
        .map(|(part, name, id, seats, plans)| Sku {
            sku_id: (*id).to_owned(),
            sku_part_number: (*part).to_owned(),
            name: (*name).to_owned(),
            prepaid_units: {
                let (_, suspended, warning) = STANDING
                    .iter()
                    .find(|s| s.0 == *part)
                    .copied()
                    .unwrap_or((part, 0, 0));
                PrepaidUnits {
                    enabled: *seats,
                    suspended,
                    warning,
                }
            },
            consumed_units: 0,
            service_plans: plans.iter().map(|p| plan(p)).collect(),
            applies_to: "User".to_owned(),
        })
        .collect()
}

/// The sign-in name for a person: `given.family@DOMAIN`, ASCII-folded (`øystein.saether`).
pub fn upn(given: &str, family: &str) -> String {
    let fold = |s: &str| -> String {
        s.to_lowercase()
            .chars()
            .map(|c| match c {
                'æ' => "ae".to_owned(),
                'ø' | 'ö' => "o".to_owned(),
                'å' | 'ä' => "a".to_owned(),
                'í' => "i".to_owned(),
                ' ' => String::new(),
                c => c.to_string(),
            })
            .collect()
    };
    format!("{}.{}@{DOMAIN}", fold(given), fold(family))
}

/// Direct licenses of person `i`: E3 for most staff, E5 for a few, Office E3 and Exchange
/// Plan 1 for others, EMS for the first twelve, Visio for the first three (all its seats).
fn licenses_of(i: usize) -> Vec<AssignedLicense> {
    let sku = |part: &str| {
        SKUS.iter()
            .find(|s| s.0 == part)
            .map_or(String::new(), |s| s.2.to_owned())
    };
    let lic = |part: &str| AssignedLicense {
        sku_id: sku(part),
        disabled_plans: Vec::new(),
    };
    let mut out = Vec::new();
    match i {
        0..=24 => out.push(lic("SPE_E3")),
        25..=29 => out.push(lic("SPE_E5")),
        30..=37 => out.push(lic("ENTERPRISEPACK")),
        38..=39 => out.push(lic("EXCHANGESTANDARD")),
        _ => {}
    }
    if i < 12 {
        out.push(lic("EMS"));
    }
    if i < 3 {
        out.push(lic("VISIOCLIENT"));
    }
    if (25..=27).contains(&i) {
        out.push(lic("PROJECTPROFESSIONAL"));
    }
    if i == SALES_GROUP.1[0] {
        out.push(lic("POWER_BI_PRO")); // direct and through the group: one seat
    }
    out
}

/// A tenant for load: the demo SKUs with seats for everyone, and `users` numbered users
/// (`user000000@…`) in Norway without licenses. Used by the bulk benchmark and tests.
pub fn numbered_tenant(users: usize) -> Tenant {
    let mut skus = skus();
    for sku in &mut skus {
        sku.prepaid_units.enabled = u32::try_from(users).unwrap_or(u32::MAX).saturating_add(1_000);
    }
    let users = (0..users)
        .map(|i| {
            let upn = format!("user{i:06}@{DOMAIN}");
            NewUser {
                id: guid(&upn),
                user_principal_name: upn,
                display_name: format!("User {i}"),
                usage_location: Some("NO".to_owned()),
                licenses: Vec::new(),
            }
        })
        .collect();
    Tenant {
        skus,
        users,
        groups: Vec::new(),
    }
}

/// The demo tenant.
pub fn tenant() -> Tenant {
    let users: Vec<NewUser> = PEOPLE
        .iter()
        .enumerate()
        .map(|(i, (given, family, location))| {
            let upn = upn(given, family);
            NewUser {
                id: guid(&upn),
                display_name: format!("{given} {family}"),
                usage_location: (!location.is_empty()).then(|| (*location).to_owned()),
                licenses: licenses_of(i),
                user_principal_name: upn,
            }
        })
        .collect();
    let group = Group {
        id: guid(SALES_GROUP.0),
        display_name: SALES_GROUP.0.to_owned(),
        licenses: vec![AssignedLicense {
            sku_id: SKUS[5].2.to_owned(),
            disabled_plans: Vec::new(),
        }],
        members: SALES_GROUP.1.iter().map(|&i| users[i].id.clone()).collect(),
    };
    let design = Group {
        id: guid(DESIGN_GROUP.0),
        display_name: DESIGN_GROUP.0.to_owned(),
        licenses: vec![AssignedLicense {
            sku_id: SKUS[6].2.to_owned(),
            disabled_plans: Vec::new(),
        }],
        members: DESIGN_GROUP.1.iter().map(|&i| users[i].id.clone()).collect(),
    };
    Tenant {
        skus: skus(),
        users,
        groups: vec![group, design],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_tenant_has_what_the_wizard_needs() {
        let t = tenant();
        assert_eq!(t.users.len(), 50);
        assert_eq!(t.users.iter().filter(|u| u.usage_location.is_none()).count(), 1);
        let mut upns: Vec<_> = t.users.iter().map(|u| &u.user_principal_name).collect();
        upns.sort();
        upns.dedup();
        assert_eq!(upns.len(), 50, "sign-in names are unique");
        assert!(t.skus.len() >= 5);
        assert!(t
            .skus
            .iter()
            .any(|s| s.service_plans.iter().any(|p| !p.depends_on.is_empty())));
        assert!(t.skus.iter().any(|s| s
            .service_plans
            .iter()
            .any(|p| !p.mutually_exclusive_with.is_empty())));
        assert_eq!(t.groups[0].members.len(), 6);
        let suspended = t.skus.iter().filter(|s| s.prepaid_units.suspended > 0).count();
        let warning = t.skus.iter().filter(|s| s.prepaid_units.warning > 0).count();
        assert_eq!((suspended, warning), (1, 1));
        let atp = t
            .skus
            .iter()
            .find(|s| s.sku_part_number == "ATP_ENTERPRISE")
            .unwrap();
        assert!(atp.prepaid_units.enabled >= 20, "room for a 20-user flow");
    }

    #[test]
    fn names_fold_to_ascii_sign_in_names() {
        assert_eq!(upn("Øystein", "Sæther"), "oystein.saether@contoso-demo.example");
        assert_eq!(upn("Sanne", "de Vries"), "sanne.devries@contoso-demo.example");
    }

    #[test]
    fn ids_are_stable_guids() {
        assert_eq!(guid("a"), guid("a"));
        assert_ne!(guid("a"), guid("b"));
        assert_eq!(guid("a").len(), 36);
    }
}
