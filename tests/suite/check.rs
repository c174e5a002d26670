//! `taskguide check`: planted defects are each found exactly once; the seed's step 1 findings
//! come out with their places; output formats and exit codes.

use taskguide::check::{check_doc, Config};
use taskguide::doc::Doc;

use super::common::{seed_path, taskguide};

fn pair(id: &str, target: &str, source: &str) -> String {
    format!(
        "<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>"
    )
}

/// A reviewed translation with no defects: every construct the checks look at, once.
fn clean_doc() -> String {
    let pairs = [
        ("t-101", "Tilordne lisenser til brukere", "Assign licenses to users"),
        (
            "t-102",
            "Gå til **Brukere** \\> [Aktive brukere](https://admin.microsoft.com/nb-no/users) i administrasjonssenteret.",
            "In the admin center, go to **Users** \\> [Active users](https://admin.microsoft.com/en-us/users).",
        ),
        ("t-103", "Velg **Lisenser og apper**, og velg deretter *Lagre*.", "Select **Licenses and Apps**, then select *Save*."),
        ("t-104", "Kjør `Get-MsolUser -UserPrincipalName <email>` i PowerShell.", "Run `Get-MsolUser -UserPrincipalName <email>` in PowerShell."),
        (
            "t-105",
            "Du kan tilordne opptil 2 500 lisenser om gangen, og endringen kan ta 30 minutter.",
            "You can assign up to 2,500 licenses at a time, and the change can take 30 minutes.",
        ),
        (
            "t-106",
            "Hvis du ikke ser lisensen, må du kontrollere at abonnementet fortsatt er aktivt i organisasjonen din.",
            "If you don't see the license, make sure that the subscription is still active in your organization.",
        ),
    ];
    let mut text = String::from(
        "---\ntitle: Tilordne lisenser\nms.translationtype: HT\nms.contentlocale: nb-NO\n---\n# ",
    );
    text.push_str(&pair(pairs[0].0, pairs[0].1, pairs[0].2));
    text.push_str("\n\n1. ");
    text.push_str(&pair(pairs[1].0, pairs[1].1, pairs[1].2));
    for (i, (id, t, s)) in pairs.iter().enumerate().skip(2) {
        text.push_str(&format!("\n{}. {}", i, pair(id, t, s)));
    }
    text.push_str("\n\n");
    text.push_str(&pair(
        "t-109",
        "Les [lisensvilkårene](https://www.microsoft.com/nb-no/licensing) før du kjøper.",
        "Read the [license terms](https://www.microsoft.com/en-us/licensing) before you buy.",
    ));
    text.push(' ');
    text.push_str(&pair(
        "t-107",
        "Mer informasjon finnes nedenfor.",
        "More information is below.",
    ));
    text.push_str("\n\n");
    text.push_str(&pair("t-108", "[Lær mer", "[Learn more"));
    text.push_str("](https://learn.microsoft.com/licensing)\n");
    text
}

fn codes(text: String) -> Vec<&'static str> {
    let doc = Doc::parse("content/nb-NO/planted.md", text);
    check_doc(&doc, &Config::default())
        .iter()
        .map(|f| f.code())
        .collect()
}

#[test]
fn the_clean_document_has_no_findings() {
    assert_eq!(codes(clean_doc()), Vec::<&str>::new());
}

/// Each defect: the code it must raise, the text to replace in the clean document, and its
/// replacement.
const PLANTED: &[(&str, &str, &str)] = &[
    ("link-mismatch", "(https://admin.microsoft.com/nb-no/users)", "(https://admin.microsoft.com/nb-no/user)"),
    ("link-count", "Les [lisensvilkårene](https://www.microsoft.com/nb-no/licensing) før", "Les lisensvilkårene før"),
    ("link-broken", "\">[Lær mer</span>", "\">Lær mer</span>"),
    ("bold-count", "Velg **Lisenser og apper**,", "Velg Lisenser og apper,"),
    ("emphasis-count", "velg deretter *Lagre*.", "velg deretter Lagre."),
    ("code-count", "Kjør `Get-MsolUser -UserPrincipalName <email>` i", "Kjør Get-MsolUser -UserPrincipalName <email> i"),
    ("breadcrumb", "**Brukere** \\> [Aktive", "**Brukere** som er \\> [Aktive"),
    ("placeholder", "-UserPrincipalName <email>` i PowerShell", "-UserPrincipalName <e-post>` i PowerShell"),
    ("number", "ta 30 minutter", "ta en halvtime"),
    ("missing-space", "/users) i administrasjonssenteret", "/users)i administrasjonssenteret"),
    ("edge-whitespace", "før du kjøper.</span>", "før du kjøper. </span>"),
    ("double-space", "må du kontrollere", "må du  kontrollere"),
    ("end-punctuation", "aktivt i organisasjonen din.</span>", "aktivt i organisasjonen din</span>"),
    ("length-ratio", "Hvis du ikke ser lisensen, må du kontrollere at abonnementet fortsatt er aktivt i organisasjonen din.", "Se abonnementet."),
    ("bidi-control", "i PowerShell.", "i Power\u{202e}Shell."),
    ("replacement-char", "Tilordne lisenser til brukere<", "Tilordne lisenser til bruk\u{fffd}re<"),
    ("unbalanced-markup", "velg deretter *Lagre*.", "velg deretter *Lagre* **."),
    ("locale-mismatch", "ms.contentlocale: nb-NO", "ms.contentlocale: sv-SE"),
    ("machine-translated", "ms.translationtype: HT", "ms.translationtype: MT"),
    ("mismatched-ids", "<span data-stu-id=\"t-106\">", "<span data-stu-id=\"t-160\">"),
];

#[test]
fn each_planted_defect_is_found_exactly_once() {
    let clean = clean_doc();
    for (code, from, to) in PLANTED {
        assert_eq!(
            clean.matches(from).count(),
            1,
            "{code}: the plant site must be unique"
        );
        let found = codes(clean.replacen(from, to, 1));
        assert_eq!(found, [*code], "planting {code}");
    }
}

#[test]
fn the_seed_reports_step_one_with_places_and_exits_zero() {
    let out = taskguide()
        .args(["check", "--allow", "machine-translated"])
        .arg(seed_path())
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": warning[") || l.contains(": error["))
        .collect();
    assert_eq!(heads.len(), 2, "{text}");
    assert!(heads[0].contains(":27:60: warning[breadcrumb]:"), "{}", heads[0]);
    assert!(
        heads[1].contains(":27:129: warning[missing-space]:"),
        "{}",
        heads[1]
    );
    assert!(text.contains(")i administrasjons"), "the target snippet is shown");
}

#[test]
fn json_output_lists_findings_with_their_ids() {
    let out = taskguide()
        .args(["check", "--format", "json"])
        .arg(seed_path())
        .assert()
        .success();
    let findings: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let codes: Vec<_> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["code"].clone(), f["id"].clone()))
        .collect();
    assert_eq!(codes.len(), 3);
    assert_eq!(
        codes[1],
        (serde_json::json!("breadcrumb"), serde_json::json!("dca22-105"))
    );
    assert_eq!(findings[1]["line"], 27);
    assert_eq!(findings[1]["col"], 60);
}

#[test]
fn sarif_output_is_version_2_1_0_with_one_result_per_finding() {
    let out = taskguide()
        .args(["check", "--format", "sarif"])
        .arg(seed_path())
        .assert()
        .success();
    let log: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 3);
}

#[test]
fn an_error_finding_makes_the_exit_code_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nb-NO").join("bad.md");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        clean_doc().replace("i PowerShell.", "i Power\u{202e}Shell."),
    )
    .unwrap();
    taskguide().arg("check").arg(&path).assert().code(1);
    std::fs::write(&path, clean_doc()).unwrap();
    taskguide().arg("check").arg(&path).assert().code(0);
}

#[test]
fn a_config_file_allows_codes_per_document() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("taskguide.toml");
    std::fs::write(
        &config,
        "[check.docs.how-to-assign-a-license-to-a-user]\nallow = [\"breadcrumb\", \"machine-translated\"]\n",
    )
    .unwrap();
    let out = taskguide()
        .args(["check", "--format", "json", "--config"])
        .arg(&config)
        .arg(seed_path())
        .assert()
        .success();
    let findings: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let codes: Vec<_> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(codes, ["missing-space"]);
}
