use super::*;
use crate::l10n::import::hash;

const EN: &str = "seg-101 = Select **Save**.\n\nseg-102 = Go to [Users](https://x/en-us/users).\n\nseg-103 = Microsoft Teams\n";

fn en() -> File {
    file_from("locales/en-US/doc.ftl", EN)
}

#[track_caller]
fn found(target: &str) -> Vec<(&'static str, String, u32)> {
    found_with(target, &Config::default())
}

#[track_caller]
fn found_with(target: &str, config: &Config) -> Vec<(&'static str, String, u32)> {
    let file = file_from("locales/nb-NO/doc.ftl", target);
    check_file(&file, Some(&en()), config)
        .into_iter()
        .map(|f| (f.code(), f.id, f.pos.line))
        .collect()
}

fn meta(en: &str, value: &str) -> String {
    format!("# taskguide: source={} target={}\n", hash(en), hash(value))
}

fn clean() -> String {
    format!(
        "{}seg-101 = Velg **Lagre**.\n\nseg-102 = Gå til [Brukere](https://x/nb-no/users).\n\nseg-103 = Microsoft Teams\n",
        meta("Select **Save**.", "Velg **Lagre**.")
    )
}

#[test]
fn a_complete_current_translation_has_no_findings() {
    assert_eq!(found(&clean()), []);
}

#[test]
fn missing_and_obsolete_messages_are_found() {
    let text = clean().replace("seg-103 = Microsoft Teams\n", "seg-104 = Gammel tekst her\n");
    assert_eq!(
        found(&text),
        [
            ("missing", "seg-103".into(), 1),
            ("obsolete", "seg-104".into(), 6)
        ]
    );
}

#[test]
fn an_empty_message_is_found() {
    let text = clean().replace("= Microsoft Teams", "= {\"\"}");
    assert_eq!(found(&text), [("empty", "seg-103".into(), 6)]);
}

#[test]
fn a_translation_of_an_older_english_text_is_stale() {
    let text = clean().replace(&hash("Select **Save**."), &hash("Select **Save** now."));
    assert_eq!(found(&text), [("stale", "seg-101".into(), 2)]);
    let marked = clean().replace("seg-102 =", "# stale\nseg-102 =");
    assert_eq!(found(&marked), [("stale", "seg-102".into(), 5)]);
}

#[test]
fn an_untranslated_sentence_is_unchanged_and_names_are_not() {
    let text = clean().replace(
        "Gå til [Brukere](https://x/nb-no/users).",
        "Go to [Users](https://x/en-us/users).",
    );
    assert_eq!(found(&text), [("unchanged", "seg-102".into(), 4)]);
    let mut config = Config::default();
    config
        .unchanged
        .push("Go to [Users](https://x/en-us/users).".into());
    assert_eq!(found_with(&text, &config), []);
}

#[test]
fn names_hosts_and_other_languages_may_stay_unchanged() {
    for text in [
        "Microsoft 365 Apps for business",
        "ns2.bdm.microsoftonline.com",
        "Outlook.com LinkedIn",
        "Como pagar com boleto",
        "Ao escolher esta opção, a data",
        "`Your organization is missing licenses`.",
        "Set-Mailbox Joe -DefaultPublicFolderMailbox \\<value from the last command>",
    ] {
        assert!(!translatable(text), "{text}");
    }
    assert!(translatable("Verify your domain"));
    assert!(translatable("Use the [wizard](https://x) to add apps."));
}

#[test]
fn engine_placeables_are_not_prose() {
    let en = file_from(
        "locales/en-US/taskguide.ftl",
        "line = #{ $id }  { $at }  { $user }\n",
    );
    let nb = file_from(
        "locales/nb-NO/taskguide.ftl",
        "line = #{ $id }  { $at }  { $user }\n",
    );
    assert!(check_file(&nb, Some(&en), &Config::default()).is_empty());
    let en = file_from("locales/en-US/taskguide.ftl", "m = Open the { $name } file\n");
    let nb = file_from("locales/nb-NO/taskguide.ftl", "m = Open the { $name } file\n");
    let codes: Vec<_> = check_file(&nb, Some(&en), &Config::default())
        .iter()
        .map(|f| f.code())
        .collect();
    assert_eq!(codes, ["unchanged"]);
}

#[test]
fn syntax_errors_and_duplicate_ids_have_their_place() {
    let text = format!("{}seg-102 = {{ oops\n\nseg-101 = Igjen\n", clean());
    let codes: Vec<_> = found(&text).into_iter().map(|(c, _, line)| (c, line)).collect();
    assert!(
        codes.iter().any(|(c, line)| *c == "ftl-syntax" && *line >= 7),
        "{codes:?}"
    );
    assert!(codes.contains(&("ftl-duplicate-id", 9)), "{codes:?}");
}

#[test]
fn message_checks_run_on_catalog_values() {
    let text = clean().replace("Velg **Lagre**.", "Velg Lagre.");
    let text = text.replace(&hash("Velg **Lagre**."), &hash("Velg Lagre."));
    assert_eq!(found(&text), [("bold-count", "seg-101".into(), 2)]);
}

#[test]
fn engine_catalogs_need_the_same_variables_and_all_plural_categories() {
    let en = file_from(
        "locales/en-US/taskguide.ftl",
        "a = { $n } files in { $dir }\nb = { $n ->\n    [one] one\n   *[other] { $n }\n}\n",
    );
    let ok = file_from(
        "locales/nb-NO/taskguide.ftl",
        "a = { $n } filer i { $dir }\nb = { $n ->\n    [one] én\n   *[other] { $n }\n}\n",
    );
    assert!(check_file(&ok, Some(&en), &Config::default()).is_empty());
    let bad = file_from(
        "locales/pl-PL/taskguide.ftl",
        "a = { $n } plików\nb = { $n ->\n    [one] jeden\n   *[other] { $n }\n}\n",
    );
    let codes: Vec<_> = check_file(&bad, Some(&en), &Config::default())
        .iter()
        .map(|f| (f.code(), f.id.clone()))
        .collect();
    assert_eq!(
        codes,
        [
            ("variable-parity", "a".to_owned()),
            ("plural-categories", "b".to_owned())
        ]
    );
}

#[test]
fn a_breakage_is_placed_in_the_value_or_else_at_its_message() {
    let text = "seg-1 = Velg { $x }\nseg-2 =\n    Gå\n    - til\nseg-3 = {\"{\"}a{\"}\"} { $y }\n";
    let at = |line, col| LineCol { line, col };
    assert_eq!(place_in_value(text, at(1, 1), "Velg { $x }", 5), Some(at(1, 14)));
    assert_eq!(place_in_value(text, at(2, 1), "Gå\n- til", 4), Some(at(4, 5)));
    // Escaped text is not the value as written: the caller keeps the message's place.
    assert_eq!(place_in_value(text, at(5, 1), "{a} { $y }", 4), None);
}
