//! `taskguide check`: planted defects are each found exactly once; the seed's step 1 findings
//! come out with their places; output formats and exit codes.

use taskguide::check::{check_doc, Config};
use taskguide::doc::Doc;

use super::common::{root, seed_path, taskguide};

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

/// Plants one defect in a copy of `target` (a clean translation of `source`); None when the
/// message has nothing to plant it in.
fn plant(code: &str, source: &str, target: &str) -> Option<String> {
    let link_end = target
        .find("](")
        .and_then(|i| target[i..].find(')').map(|j| i + j));
    match code {
        "link-mismatch" => {
            let at = target.find("](")? + 2;
            Some(format!("{}x{}", &target[..at], &target[at..]))
        }
        "bold-count" => {
            (source.matches("**").count() == 2 && target.matches("**").count() == 2 && !target.contains('>'))
                .then(|| target.replace("**", ""))
        }
        "missing-space" => {
            let end = link_end?;
            let after_space = target[end + 1..].strip_prefix(' ')?;
            after_space
                .starts_with(char::is_alphabetic)
                .then(|| format!("{}{}", &target[..=end], after_space))
        }
        "double-space" if !source.contains("  ") => target
            .find(' ')
            .map(|i| format!("{}  {}", &target[..i], &target[i + 1..])),
        "end-punctuation" if source.trim_end().ends_with('.') => target
            .strip_suffix('.')
            .filter(|t| t.ends_with(char::is_alphabetic))
            .map(str::to_owned),
        "bidi-control" => {
            let at = target.find(" ")? + 1;
            target[at..]
                .starts_with(char::is_alphabetic)
                .then(|| format!("{}\u{202e}{}", &target[..at], &target[at..]))
        }
        "replacement-char" => Some(format!("{target}\u{fffd}")),
        _ => None,
    }
}

#[test]
fn defects_planted_in_clean_corpus_messages_are_each_found_once() {
    use taskguide::check::message::{check, Context};
    let Some(dir) = super::common::corpus("nb-NO", "sxs") else {
        return;
    };
    let ctx = Context {
        locale: "nb-no".into(),
        ratio: (0.35, 2.5),
        ..Context::default()
    };
    let codes = [
        "link-mismatch",
        "bold-count",
        "missing-space",
        "double-space",
        "end-punctuation",
        "bidi-control",
        "replacement-char",
    ];
    let mut planted = std::collections::BTreeMap::new();
    for path in taskguide::fsutil::markdown_files(&dir)
        .unwrap()
        .into_iter()
        .take(300)
    {
        let Ok(doc) = Doc::read(&path) else { continue };
        for seg in doc.segments() {
            let (source, target) = (doc.slice(&seg.source), doc.slice(&seg.target));
            if !check(source, target, &ctx).is_empty() {
                continue; // only clean messages
            }
            for code in codes {
                let Some(bad) = plant(code, source, target) else {
                    continue;
                };
                let found: Vec<_> = check(source, &bad, &ctx)
                    .into_iter()
                    .map(|i| i.kind.code())
                    .collect();
                assert_eq!(found, [code], "{code} planted in {}: {bad}", doc.slice(&seg.id));
                *planted.entry(code).or_insert(0) += 1;
            }
        }
    }
    for code in codes {
        assert!(
            planted.get(code).copied().unwrap_or(0) >= 10,
            "{code}: {planted:?}"
        );
    }
}

#[test]
fn each_planted_catalog_defect_is_found_exactly_once() {
    use taskguide::check::catalog::{check_file, file_from};
    let en = "seg-1 = Select **Save**.\nseg-2 = Go to [Users](https://x/en-us/users).\nseg-3 = { $count ->\n    [one] { $count } user\n   *[other] { $count } users\n}\n";
    let nb = "seg-1 = Velg **Lagre**.\nseg-2 = Gå til [Brukere](https://x/nb-no/users).\nseg-3 = { $count ->\n    [one] { $count } bruker\n   *[other] { $count } brukere\n}\n";
    let source = file_from("locales/en-US/doc.ftl", en);
    let codes = |text: &str| -> Vec<&'static str> {
        let file = file_from("locales/nb-NO/doc.ftl", text);
        check_file(&file, Some(&source), &Config::default())
            .iter()
            .map(|f| f.code())
            .collect()
    };
    assert_eq!(codes(nb), Vec::<&str>::new());
    let planted = [
        ("missing", "seg-1 = Velg **Lagre**.\n", ""),
        (
            "obsolete",
            "seg-1 =",
            "seg-9 = Gammel melding som ikke finnes\nseg-1 =",
        ),
        ("empty", "Velg **Lagre**.", "{\"\"}"),
        ("ftl-duplicate-id", "seg-2 =", "seg-1 = Igjen\nseg-2 ="),
        ("ftl-syntax", "seg-2 =", "seg-8 = { oops\nseg-2 ="),
        (
            "stale",
            "seg-1 =",
            "# taskguide: source=00000000 target=00000000\nseg-1 =",
        ),
        (
            "unchanged",
            "Gå til [Brukere](https://x/nb-no/users).",
            "Go to [Users](https://x/en-us/users).",
        ),
        (
            "breadcrumb",
            "seg-1 = Velg **Lagre**.",
            "seg-1 = Velg **Lagre** \\> nå **Lukk**.",
        ),
    ];
    for (code, from, to) in planted {
        let text = nb.replacen(from, to, 1);
        let found = codes(&text);
        if code == "breadcrumb" {
            assert!(
                !found.contains(&"breadcrumb"),
                "no chain in the source: {found:?}"
            );
            continue;
        }
        assert_eq!(found, [code], "planting {code}");
    }
    let engine_en = file_from("locales/en-US/taskguide.ftl", en);
    let engine = |text: &str| -> Vec<&'static str> {
        let file = file_from("locales/pl-PL/taskguide.ftl", text);
        check_file(&file, Some(&engine_en), &Config::default())
            .iter()
            .map(|f| f.code())
            .collect()
    };
    let pl = nb.replace(
        "[one] { $count } bruker",
        "[one] { $count } użytkownik\n    [few] { $count } użytkowników\n    [many] { $count } użytkowników",
    );
    assert_eq!(engine(&pl), Vec::<&str>::new());
    assert_eq!(
        engine(&pl.replace("Lagre", "Lagre { $name }")),
        ["variable-parity"]
    );
    assert_eq!(engine(nb), ["plural-categories"]);
}

#[test]
fn by_default_documents_and_catalogs_are_checked_and_locale_filters_them() {
    let out = taskguide().args(["check", "--format", "json"]).assert().success();
    let paths = finding_fields(&out.get_output().stdout, "path");
    assert!(paths.iter().any(|p| p.starts_with("content/")), "{paths:?}");
    assert!(paths.iter().any(|p| p.starts_with("locales/")), "{paths:?}");
    // Nothing in de-DE (sv-SE has documents since issue 16): filtering everything away is an
    // error (issue 12: a CI gate must never pass by checking nothing), no longer an empty success.
    let out = taskguide()
        .args(["check", "--format", "json", "--locale", "de-DE"])
        .assert()
        .code(2);
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout).trim(), "");
    // `nb` is nb-NO: only the Norwegian document and catalogs, none of en-US.
    for tag in ["nb", "no", "nb_NO", "nb-NO"] {
        let out = taskguide()
            .args(["check", "--format", "json", "--locale", tag])
            .assert()
            .success();
        let paths = finding_fields(&out.get_output().stdout, "path");
        assert!(!paths.is_empty(), "{tag}");
        assert!(paths.iter().all(|p| p.contains("nb-NO")), "{tag}: {paths:?}");
    }
}

#[test]
fn an_unknown_allowed_code_is_a_usage_error() {
    let out = taskguide()
        .args(["check", "--allow", "brdcrumb"])
        .arg(seed_path())
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("brdcrumb") && err.contains("breadcrumb"), "{err}");
}

/// A catalog folder with an English catalog and its nb-NO translation, messages placed as
/// import writes them (context comment lines naming the block).
fn catalog_dir(nb_messages: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let en = "### doc: x\n\n# heading 1 #top\nseg-1 = Assign licenses\n\n# text #top\nseg-2 = Select the product.\n\n# table #top\nseg-3 = REG_DWORD value\n\n# step 1 #top\nseg-4 = Go to the admin center.\n";
    for (locale, text) in [("en-US", en), ("nb-NO", nb_messages)] {
        std::fs::create_dir_all(dir.path().join(locale)).unwrap();
        std::fs::write(dir.path().join(locale).join("x.ftl"), text).unwrap();
    }
    dir
}

const NB_CLEAN: &str = "### doc: x\n\n# heading 1 #top\nseg-1 = Tilordne lisenser\n\n# text #top\nseg-2 = Velg produktet.\n\n# table #top\nseg-3 = REG_DWORD-verdi\n\n# step 1 #top\nseg-4 = Gå til administrasjonssenteret.\n";

/// Issue 12, item 6: `{ $product }`, `{ seg-999 }`, `{ -brand-name }` in a translation rendered
/// literally and `check` was silent; a heading with a line break, `REG_DWORD | ekstra` in a
/// table cell, a list marker introduced passed too. Each is now an error at its message's
/// file:line:col, with a hint, in text, JSON and SARIF; the clean catalog stays clean.
#[test]
fn messages_that_break_are_errors_in_check() {
    let clean = catalog_dir(NB_CLEAN);
    taskguide().arg("check").arg(clean.path()).assert().success();
    let cases = [
        (
            "unknown-variable",
            "seg-2 = Velg produktet.",
            "seg-2 = Velg { $product }.",
            (7, 14),
        ),
        (
            "message-reference",
            "seg-2 = Velg produktet.",
            "seg-2 = Velg { seg-999 }.",
            (7, 14),
        ),
        (
            "term-reference",
            "seg-2 = Velg produktet.",
            "seg-2 = Velg { -brand-name }.",
            (7, 14),
        ),
        (
            "line-break",
            "seg-1 = Tilordne lisenser",
            "seg-1 =\n    Tilordne\n    lisenser",
            (5, 13),
        ),
        (
            "table-cell-split",
            "seg-3 = REG_DWORD-verdi",
            "seg-3 = REG_DWORD | ekstra",
            (10, 19),
        ),
        (
            "block-marker",
            "seg-4 = Gå til administrasjonssenteret.",
            "seg-4 =\n    Gå til\n    - administrasjonssenteret.",
            (15, 5),
        ),
    ];
    for (code, from, to, (line, col)) in cases {
        let dir = catalog_dir(&NB_CLEAN.replacen(from, to, 1));
        let path = dir.path().join("nb-NO/x.ftl").display().to_string();
        let out = taskguide().arg("check").arg(dir.path()).assert().code(1);
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let headline = format!("{path}:{line}:{col}: error[{code}]: ");
        assert!(text.contains(&headline), "{code}: {headline} not in\n{text}");
        assert!(text.contains("hint: "), "{code}: no hint in\n{text}");
        assert_eq!(text.matches("error[").count(), 1, "{code}: exactly once\n{text}");

        let out = taskguide()
            .args(["check", "--format", "json"])
            .arg(dir.path())
            .assert()
            .code(1);
        let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let found = &json.as_array().unwrap()[0];
        assert_eq!(found["code"], code);
        assert_eq!(found["severity"], "error");
        assert_eq!(
            (found["line"].as_u64(), found["col"].as_u64()),
            (Some(line), Some(col))
        );
        assert!(
            !found["message"].as_str().unwrap_or_default().is_empty(),
            "{found}"
        );

        let out = taskguide()
            .args(["check", "--format", "sarif"])
            .arg(dir.path())
            .assert()
            .code(1);
        let sarif: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let result = &sarif["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], code);
        assert_eq!(result["level"], "error");
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"].as_u64(), Some(line), "{code}: {result}");
        assert_eq!(region["startColumn"].as_u64(), Some(col), "{code}: {result}");
    }
}

/// Issue 12, item 6: a message id defined twice was resolved to the first one silently.
#[test]
fn a_duplicate_message_id_is_an_error_at_the_second_definition() {
    let dir = catalog_dir(&format!("{NB_CLEAN}\nseg-2 = Velg noe annet.\n"));
    let out = taskguide().arg("check").arg(dir.path()).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let path = dir.path().join("nb-NO/x.ftl").display().to_string();
    assert!(
        text.contains(&format!("{path}:15:1: error[ftl-duplicate-id]: ")),
        "{text}"
    );
    assert!(text.contains("seg-2"), "{text}");
}

/// A machine-translated bilingual document in `folder` with `ms.contentlocale: locale` (one
/// `machine-translated` note, which names the file checked).
fn write_doc(root: &std::path::Path, folder: &str, locale: &str) {
    let dir = root.join(folder);
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        "---\nms.contentlocale: {locale}\nms.translationtype: MT\n---\n# {}\n",
        pair("a-1", "Tittel", "Title")
    );
    std::fs::write(dir.join("x.md"), text).unwrap();
}

/// Issue 12, item 5: `check DIR --locale nb` (also `no`, `sv`, `he`) checked "0 documents" and
/// exited 0. Tags now match as rendering negotiates them, and a filter matching nothing is a
/// usage error (exit 2) with a message in the user's language.
#[test]
fn locale_filters_match_as_rendering_negotiates_and_never_pass_empty() {
    let dir = tempfile::tempdir().unwrap();
    for (folder, locale) in [("nb-NO", "nb-NO"), ("sv-SE", "sv-SE"), ("he-IL", "he-IL")] {
        write_doc(dir.path(), folder, locale);
    }
    let checked = |tag: &str| -> String {
        let out = taskguide()
            .args(["check", "--locale", tag])
            .arg(dir.path())
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    for (tag, folder) in [
        ("nb", "nb-NO"),
        ("no", "nb-NO"),
        ("sv", "sv-SE"),
        ("he", "he-IL"),
        ("he-il", "he-IL"),
    ] {
        let text = checked(tag);
        assert!(text.contains("1 document:"), "{tag}: {text}");
        let expected = dir.path().join(folder).join("x.md").display().to_string();
        assert!(text.contains(&format!("{expected}:")), "{tag}: {text}");
    }
    let both = taskguide()
        .args(["check", "--locale", "no", "--locale", "sv"])
        .arg(dir.path())
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&both.get_output().stdout).contains("2 documents"));
    for tag in ["fr-FR", "zh-CN", "de"] {
        let out = taskguide()
            .args(["check", "--locale", tag])
            .arg(dir.path())
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(
            err.contains(tag) && err.contains("nothing would be checked"),
            "{tag}: {err}"
        );
    }
    // In Norwegian, too.
    let out = taskguide()
        .env("LANG", "nb_NO.UTF-8")
        .args(["check", "--locale", "fr-FR"])
        .arg(dir.path())
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("ingenting ville blitt kontrollert"), "{err}");
}

/// A path that holds no document or catalog would check nothing: an error, like a path that
/// does not exist.
#[test]
fn a_path_without_documents_or_catalogs_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
    let out = taskguide().arg("check").arg(dir.path()).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
    assert!(err.contains("nothing would be checked"), "{err}");
}

/// Issue 12: catalogs of nested document ids are compared with their own English (not a
/// folder of the id taken for a locale: `sub` is a language code), and a translation made from
/// other English than the en-US catalog's, as its state file records, is stale.
#[test]
fn a_nested_catalog_made_from_older_english_is_stale_by_its_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("c/nb-NO/sub");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::copy(
        root().join("content/nb-NO/how-to-assign-a-license-to-a-user.md"),
        content.join("how-to-assign-a-license-to-a-user.md"),
    )
    .unwrap();
    let locales = dir.path().join("l");
    taskguide()
        .arg("import")
        .arg(dir.path().join("c"))
        .arg("--locales-dir")
        .arg(&locales)
        .assert()
        .success();
    let check = |expect_stale: bool| {
        let out = taskguide()
            .args(["check", "--format", "json"])
            .arg(&locales)
            .assert();
        let stdout = &out.get_output().stdout;
        let codes: Vec<(String, String)> = finding_fields(stdout, "code")
            .into_iter()
            .zip(finding_fields(stdout, "id"))
            .collect();
        assert!(
            !codes.iter().any(|(c, _)| c == "missing" || c == "obsolete"),
            "{codes:?}"
        );
        assert_eq!(
            codes.iter().any(|(c, id)| c == "stale" && id == "seg-103"),
            expect_stale,
            "{codes:?}"
        );
    };
    check(false);
    let en = locales.join("en-US/sub/how-to-assign-a-license-to-a-user.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    let changed: String = text
        .lines()
        .map(|l| {
            if l.starts_with("seg-103 = ") {
                "seg-103 = A user needs a licence to reach services.".to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&en, changed + "\n").unwrap();
    check(true);
}

/// One string field of every finding in `check --format json` output (an empty string where a
/// finding has none, so fields of the same finding line up).
fn finding_fields(stdout: &[u8], field: &str) -> Vec<String> {
    let findings: serde_json::Value = serde_json::from_slice(stdout).unwrap();
    findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[field].as_str().unwrap_or("").to_owned())
        .collect()
}
