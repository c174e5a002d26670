use super::*;

fn ctx() -> Context {
    Context {
        locale: "nb-no".into(),
        alt_locale: None,
        before: None,
        after: None,
        ratio: (0.35, 2.5),
    }
}

#[track_caller]
fn found(source: &str, target: &str) -> Vec<(&'static str, usize)> {
    found_in(source, target, &ctx())
}

#[track_caller]
fn found_in(source: &str, target: &str, ctx: &Context) -> Vec<(&'static str, usize)> {
    check(source, target, ctx)
        .into_iter()
        .map(|i| (i.kind.code(), i.offset))
        .collect()
}

#[track_caller]
fn codes(source: &str, target: &str) -> Vec<&'static str> {
    found(source, target).into_iter().map(|(c, _)| c).collect()
}

#[test]
fn a_faithful_translation_has_no_findings() {
    let s = "In the admin center, go to **Users** \\> [Active users](https://x/y?id=834822), then select `Save` 2 times.";
    let t = "Gå til **Brukere** \\> [Aktive brukere](https://x/y?id=834822) i administrasjonssenteret, og velg `Save` 2 ganger.";
    assert_eq!(codes(s, t), Vec::<&str>::new());
}

#[test]
fn the_seed_step_one_has_a_broken_breadcrumb_and_a_missing_space() {
    let s = "In the admin center, go to **Users** \\> [Active users](https://go.microsoft.com/fwlink/p/?linkid=834822).";
    let t = "Gå til **brukere** som er \\> [aktive brukere](https://go.microsoft.com/fwlink/p/?linkid=834822)i administrasjons senteret.";
    let sep = t.find("\\>").unwrap();
    let glued = t.find(")i ").unwrap() + 1;
    assert_eq!(found(s, t), [("breadcrumb", sep), ("missing-space", glued)]);
}

#[test]
fn a_changed_link_destination_is_an_error_at_the_link() {
    let s = "See [help](https://example.com/en-us/help).";
    let t = "Se [hjelp](https://example.com/help-typo).";
    assert_eq!(found(s, t), [("link-mismatch", 3)]);
    assert_eq!(
        check(s, t, &ctx())[0].kind.severity(),
        crate::check::Severity::Error
    );
}

#[test]
fn a_locale_mapped_link_destination_is_accepted() {
    let s = "See [help](https://example.com/en-us/help).";
    assert!(codes(s, "Se [hjelp](https://example.com/nb-no/help).").is_empty());
    assert!(codes(s, "Se [hjelp](https://example.com/en-us/help).").is_empty());
    assert!(codes(s, "Se [hjelp](https://example.com/nb-NO/help).").is_empty());
    assert_eq!(
        codes(s, "Se [hjelp](https://example.com/sv-se/help)."),
        ["link-mismatch"]
    );
}

#[test]
fn a_lost_link_changes_the_count() {
    let s = "See [help](https://x) and [more](https://y).";
    assert_eq!(codes(s, "Se [hjelp](https://x) og mer."), ["link-count"]);
    assert_eq!(
        codes(s, "Se [hjelp](https://x) og [mer](https://y)."),
        Vec::<&str>::new()
    );
}

#[test]
fn lost_bold_italic_and_code_are_counted() {
    assert_eq!(
        codes("Select **Save** and **Close**.", "Velg **Lagre** og Lukk."),
        ["bold-count"]
    );
    assert_eq!(
        codes("Select **Save** and **Close**.", "Velg **Lagre** og **Lukk**."),
        Vec::<&str>::new()
    );
    assert_eq!(
        codes("It is *important* here.", "Det er viktig her."),
        ["emphasis-count"]
    );
    assert_eq!(
        codes("It is *important* here.", "Det er *viktig* her."),
        Vec::<&str>::new()
    );
    assert_eq!(codes("Run `Get-User` now.", "Kjør Get-User nå."), ["code-count"]);
    assert_eq!(
        codes("Run `Get-User` now.", "Kjør `Get-User` nå."),
        Vec::<&str>::new()
    );
}

#[test]
fn a_breadcrumb_kept_whole_in_another_word_order_is_fine() {
    let s = "In Outlook, click **File** \\> **Info** \\> **Add Account**.";
    assert!(codes(s, "Klikk **Fil** \\> **Info** \\> **Legg til konto** i Outlook.").is_empty());
    let broken = "Klikk på **fil** \\> **informasjon** og \\> **Legg til konto** i Outlook.";
    assert_eq!(codes(s, broken), ["breadcrumb"]);
}

#[test]
fn placeholders_must_be_kept() {
    let s = "Replace <CustomDomain> with your domain.";
    assert_eq!(
        codes(s, "Erstatt <EgetDomene> med domenet ditt."),
        ["placeholder"]
    );
    assert!(codes(s, "Erstatt <CustomDomain> med domenet ditt.").is_empty());
    assert!(
        codes("Press <br> here.", "Trykk her.").is_empty(),
        "HTML is not a placeholder"
    );
}

#[test]
fn numbers_must_be_kept_in_any_formatting() {
    assert_eq!(codes("Wait 30 minutes.", "Vent noen minutter."), ["number"]);
    assert!(codes(
        "Up to 5,000 items on 08/13/2020.",
        "Opptil 5 000 elementer 13.08.2020."
    )
    .is_empty());
    assert!(codes(
        "Up to 30 million files, 100K users.",
        "Opptil 30 000 000 filer, 100 000 brukere."
    )
    .is_empty());
}

#[test]
fn small_numbers_may_be_written_as_words() {
    assert!(codes(
        "Wait 4 hours for a 3rd party.",
        "Vent fire timer på en tredjepart."
    )
    .is_empty());
    let sv = Context {
        locale: "sv-se".into(),
        ..ctx()
    };
    assert!(found_in("Wait 4 hours.", "Vänta fyra timmar.", &sv).is_empty());
    assert_eq!(found_in("Wait 4 hours.", "Vänta timmar.", &sv), [("number", 0)]);
}

#[test]
fn a_letter_right_after_bold_is_a_missing_space() {
    let t = "Klikk **ny regel**på fanen.";
    assert_eq!(
        found("Click **New Rule** on the tab.", t),
        [("missing-space", t.find("på").unwrap())]
    );
    assert!(codes("Click **New Rule** on the tab.", "Klikk **ny regel** på fanen.").is_empty());
    assert!(
        codes("Use **Outlook**s rules.", "Bruk **Outlook**s regler.").is_empty(),
        "as in the source"
    );
}

#[test]
fn edge_whitespace_matters_only_next_to_text() {
    let glued = Context {
        before: Some('.'),
        ..ctx()
    };
    assert_eq!(
        found_in(" For more.", "For mer.", &glued),
        [("edge-whitespace", 0)]
    );
    let spaced = Context {
        before: Some(' '),
        ..ctx()
    };
    assert!(found_in(" For more.", "For mer.", &spaced).is_empty());
    let before_dot = Context {
        after: Some('.'),
        ..ctx()
    };
    assert_eq!(found_in("Save", "Lagre ", &before_dot), [("edge-whitespace", 6)]);
    assert!(found_in("Save", "Lagre", &before_dot).is_empty());
}

#[test]
fn a_double_space_inside_is_found_once_per_run() {
    let t = "Velg  Endre   nå.";
    assert_eq!(
        found("Select Change now.", t),
        [("double-space", 4), ("double-space", 11)]
    );
    assert!(codes("Select Change now.", "Velg Endre nå. ").is_empty());
    assert!(
        codes("Select  Change now.", "Velg  Endre nå.").is_empty(),
        "as in the source"
    );
}

#[test]
fn lost_ending_punctuation_is_found_and_changed_punctuation_is_not() {
    let t = "Se [hjelp](https://x)";
    assert_eq!(found("See [help](https://x).", t), [("end-punctuation", t.len())]);
    assert!(codes("See [help](https://x).", "Se [hjelp.](https://x)").is_empty());
    assert!(codes("Creating them is easy!", "Det er enkelt å opprette dem.").is_empty());
    assert!(codes("Convert a mailbox", "Konverter en postboks.").is_empty());
    assert!(codes("Select \"Save.\"", "Velg «Lagre».").is_empty());
}

#[test]
fn a_much_shorter_translation_is_a_length_outlier() {
    let s =
        "If the issue occurred after an update and the steps above do not work, revert to a previous build.";
    assert_eq!(codes(s, "Gå tilbake."), ["length-ratio"]);
    let t = "Hvis problemet oppstod etter en oppdatering og trinnene ovenfor ikke fungerer, går du tilbake til en tidligere versjon.";
    assert!(codes(s, t).is_empty());
}

#[test]
fn bidi_controls_and_replacement_characters_are_errors() {
    assert_eq!(found("Save now.", "Lagre\u{202e} nå."), [("bidi-control", 5)]);
    assert_eq!(found("Save now.", "Lagre n\u{fffd}."), [("replacement-char", 7)]);
    assert!(codes("Save now.", "Lagre nå.").is_empty());
}

#[test]
fn an_unpaired_double_asterisk_is_unbalanced() {
    let t = "**Eksempel:**https://contoso.com";
    assert_eq!(
        codes("**Sample**: https://contoso.com", t),
        ["bold-count", "unbalanced-markup"]
    );
    assert_eq!(
        found("Select **Save**.", "Velg **Lagre."),
        [("bold-count", 0), ("unbalanced-markup", 5)]
    );
    assert!(codes("Select **Save**.", "Velg **Lagre**.").is_empty());
    assert!(codes("Type `a**b`.", "Skriv `a**b`.").is_empty(), "inside code");
}

#[test]
fn an_empty_translation_is_left_to_the_document_checks() {
    assert!(codes("Save **now**.", "").is_empty());
}

#[test]
fn odd_inputs_do_not_panic() {
    for (s, t) in [
        ("*", "**"),
        ("`", "``"),
        ("\\", "\\"),
        ("[a](", "[b]("),
        ("<", "&lt;"),
        ("1 000", " 000 1"),
        ("å", "\u{a0}"),
    ] {
        let _ = check(s, t, &ctx());
        let _ = check(t, s, &ctx());
    }
}

#[test]
fn version_like_numbers_are_not_thousands_groups() {
    assert_eq!(
        text::number_list("Error 550 5.7.705 here"),
        ["550", "5", "7", "705"]
    );
    assert_eq!(
        text::number_list("Felkod 5.7.705 550 här"),
        ["5", "7", "705", "550"]
    );
    assert_eq!(
        text::number_list("1,234.5 and 30 000 000"),
        ["1234", "5", "30000000"]
    );
    assert!(codes(
        "Wait 24 hours, every 12 months.",
        "Vent ett døgn, hver tolvte måned."
    )
    .is_empty());
}

#[test]
fn a_number_missing_twice_is_reported_once() {
    assert_eq!(codes("Plans E1/G1 and E3/G3.", "Planer E3/G3."), ["number"]);
}

#[test]
fn a_broken_chain_with_an_image_inside_a_link_is_described_without_panicking() {
    let s = "Go to **A** \\> [![icon](https://i/a.png) B](https://x/b).";
    let found = codes(
        s,
        "Gå til **A** nå \\> [![ikon](https://i/a.png) B](https://x/b).",
    );
    assert_eq!(found, ["breadcrumb"]);
}

proptest::proptest! {
    #[test]
    fn no_input_makes_the_checks_panic(
        source in "[a-zA-Z0-9 *_`\\[\\]()<>&;:.!?\\\\\u{a0}\u{202e}\u{fffd}åø-]{0,60}",
        target in "[a-zA-Z0-9 *_`\\[\\]()<>&;:.!?\\\\\u{a0}\u{202e}\u{fffd}åø-]{0,60}",
    ) {
        for issue in check(&source, &target, &ctx()) {
            proptest::prop_assert!(issue.offset <= target.len());
            proptest::prop_assert!(target.is_char_boundary(issue.offset));
        }
    }
}
