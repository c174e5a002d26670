use super::*;
use crate::check::message::{check, Context};

fn ctx(locale: &str) -> Context {
    Context {
        locale: locale.to_ascii_lowercase(),
        ratio: (0.35, 2.5),
        terms: Terms::with_defaults(&["Contoso".to_owned()], true).shared(),
        ..Context::default()
    }
}

fn codes(source: &str, target: &str, locale: &str) -> Vec<&'static str> {
    check(source, target, &ctx(locale))
        .iter()
        .map(|i| i.kind.code())
        .collect()
}

#[test]
fn untranslated_english_is_found_in_every_locale() {
    let s = "If you don't see the license, make sure that the subscription is active.";
    for l in ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"] {
        assert!(codes(s, s, l).contains(&"untranslated"), "{l}");
    }
    let kept = "Vent litt. If you don't see the license, make sure that the subscription is active.";
    assert!(codes(s, kept, "nb-NO").contains(&"untranslated"));
    assert!(!codes("Microsoft Teams", "Microsoft Teams", "fr-FR").contains(&"untranslated"));
    let pt = "Escolha a forma de pagamento com Boleto Bancário para a sua conta.";
    assert!(
        !codes(pt, pt, "he-IL").contains(&"untranslated"),
        "Portuguese is not English"
    );
    let slug = "976-how-to-enable-litigation-hold";
    assert!(
        !codes(slug, slug, "he-IL").contains(&"untranslated"),
        "an identifier"
    );
    let name = "Microsoft Defender for Endpoint";
    assert!(!codes(name, name, "zh-CN").contains(&"untranslated"), "a name");
    assert!(codes(
        s,
        "Hvis du ikke ser lisensen, må abonnementet være aktivt.",
        "nb-NO"
    )
    .is_empty());
}

#[test]
fn an_emptied_link_text_is_found() {
    let s = "See [the article](https://x/y) for more.";
    for (l, t) in [
        ("nb-NO", "Se [](https://x/y) for mer."),
        ("zh-CN", "请参阅[](https://x/y)了解更多。"),
        ("he-IL", "ראה [](https://x/y) למידע נוסף."),
    ] {
        assert!(
            codes(s, t, l).contains(&"empty-link-text"),
            "{l}: {:?}",
            codes(s, t, l)
        );
    }
}

#[test]
fn spaces_or_a_translated_placeholder_in_a_url_are_found() {
    let s = "Go to https://<sitename>.sharepoint.com/sites/x to start.";
    let t = "Gå til https:// <webstedsnavn> .sharepoint.com/sites/x for å starte.";
    assert!(codes(s, t, "nb-NO").contains(&"url-altered"));
    let t = "Allez sur https://<nomdusite>.sharepoint.com/sites/x pour commencer.";
    assert!(codes(s, t, "fr-FR").contains(&"url-altered"));
    let ok = "Gå til https://<sitename>.sharepoint.com/sites/x for å starte.";
    assert!(!codes(s, ok, "nb-NO").contains(&"url-altered"));
}

#[test]
fn product_names_stay_unchanged_with_their_digits() {
    let s = "Sign in to Office 365 with Contoso credentials.";
    assert!(codes(s, "ลงชื่อเข้าใช้ Office ๓๖๕ ด้วยข้อมูล Contoso", "th-TH").contains(&"do-not-translate"));
    assert!(codes(s, "Connectez-vous à Office 365 avec Contoso.", "fr-FR").is_empty());
    assert!(codes(s, "使用 Contoso 凭据登录 Office 365。", "zh-CN").is_empty());
    assert!(codes(s, "היכנס ל- Office 365 עם האישורים של Contoso.", "he-IL").is_empty());
    assert!(codes(s, "Logg på Office-programmene med Contoso.", "nb-NO").contains(&"do-not-translate"));
    // forms Microsoft itself uses in a language
    let bing = "Set Microsoft Bing as the default search engine in your browser.";
    assert!(
        !codes(bing, "将 Microsoft 必应设置为浏览器中的默认搜索引擎。", "zh-CN")
            .contains(&"do-not-translate")
    );
    assert!(codes(
        bing,
        "Définissez Microsoft Recherche comme moteur de recherche par défaut.",
        "fr-FR"
    )
    .contains(&"do-not-translate"));
}

#[test]
fn glossary_terms_are_required_for_their_locale() {
    let mut terms = Terms::default();
    terms.glossary.push(Term {
        source: "admin center".into(),
        target: "administrasjonssenter".into(),
        locale: "nb-no".into(),
        note: String::new(),
    });
    let c = Context {
        locale: "nb-no".into(),
        terms: terms.clone().shared(),
        ..Context::default()
    };
    let found = |t: &str| {
        check("Open the Admin Center.", t, &c)
            .iter()
            .any(|i| i.kind.code() == "term-mismatch")
    };
    assert!(found("Åpne administrasjonsportalen."));
    assert!(!found("Åpne administrasjonssenteret."));
    let sv = Context {
        locale: "sv-se".into(),
        terms: terms.shared(),
        ..Context::default()
    };
    assert!(check("Open the admin center.", "Öppna portalen.", &sv).is_empty());
}

#[test]
fn repeated_words_per_locale() {
    for (l, s, t) in [
        ("nb-NO", "Select the file.", "Velg den den filen."),
        ("sv-SE", "Select the file now.", "Välj filen filen nu."),
        (
            "fr-FR",
            "Select the file now.",
            "Sélectionnez le fichier fichier maintenant.",
        ),
        ("he-IL", "Select the file.", "בחר את את הקובץ."),
        ("zh-CN", "Open Outlook now.", "现在打开 Outlook Outlook 应用。"),
    ] {
        assert!(codes(s, t, l).contains(&"repeated-word"), "{l}");
    }
    assert!(!codes("You can do it.", "Vous vous connectez.", "fr-FR").contains(&"repeated-word"));
    assert!(!codes("Sign in again now.", "Du må logge på på nytt nå.", "nb-NO").contains(&"repeated-word"));
    assert!(
        !codes("It is filled in in Azure AD.", "Den fylls i i Azure AD.", "sv-SE").contains(&"repeated-word")
    );
    assert!(!codes("Select **Choose roles**.", "Velg **Velg roller**.", "nb-NO").contains(&"repeated-word"));
    assert!(!codes(
        "If **Off (Pending)**, wait.",
        "Hvis **Av (venter),** venter du.",
        "nb-NO"
    )
    .contains(&"repeated-word"));
    assert!(
        !codes("Select it.", "选择选择。", "zh-CN").contains(&"repeated-word"),
        "no word spaces"
    );
}

#[test]
fn brackets_and_quotes_per_locale() {
    for (l, s, t, b) in [
        ("nb-NO", "Use (or not) this.", "Bruk (eller ikke dette.", "("),
        ("sv-SE", "Say \"yes\".", "Säg ”ja.", "”"),
        ("zh-CN", "Select (Save).", "选择（保存。", "（"),
        ("zh-CN", "Select \"Save\".", "选择「保存。", "「"),
        ("he-IL", "Use (or not) this.", "השתמש (או לא בזה.", "("),
        ("fr-FR", "Say \"yes\".", "Dites « oui.", "«"),
        ("de-DE", "Say \"yes\".", "Sag „ja.", "„"),
    ] {
        let found = check(s, t, &ctx(l));
        let hit = found.iter().find(|i| i.kind.code() == "unpaired-bracket");
        assert_eq!(
            hit.map(|i| i.kind.clone()),
            Some(Kind::UnpairedBracket { bracket: b.into() }),
            "{l}: {t}"
        );
    }
    // a quotation the source opens in another segment
    let t = "« Nous avons détecté une erreur.";
    assert!(!codes("“We have detected an error.", t, "fr-FR").contains(&"unpaired-bracket"));
    for (l, t) in [
        ("fr-FR", "Dites « oui »."),
        ("sv-SE", "Säg »ja«."),
        ("sv-SE", "Säg ”ja”."),
        ("de-DE", "Sag „ja“."),
        ("zh-CN", "选择“保存”。"),
        ("he-IL", "אמור \"כן\"."),
        ("he-IL", "אמור “כן“."),
    ] {
        assert!(!codes("Say \"yes\".", t, l).contains(&"unpaired-bracket"), "{l}");
    }
}

#[test]
fn alphanumeric_tokens_must_be_copied() {
    assert_eq!(
        alphanumeric_tokens("Error 0x80070005 in KB5001330 for SPE_E3, 3rd party, 10GB, Windows 10"),
        ["0x80070005", "KB5001330", "SPE_E3"]
    );
    let s = "Assign the SPE_E3 license.";
    assert!(codes(s, "Tilordne SPE-E3-lisensen.", "nb-NO").contains(&"alphanumeric-mismatch"));
    assert!(codes(s, "分配 SPE_E3 许可证。", "zh-CN").is_empty());
    let host = "Server: outlook.office365.com and O365 groups";
    assert!(codes(
        host,
        "Serveur : Outlook.Office365.com et groupes Office 365",
        "fr-FR"
    )
    .is_empty());
    assert!(codes(s, "הקצה את הרשיון SPE_E3.", "he-IL").is_empty());
    // A code glued to the next word is kept (the lost space is missing-space's); a code with a
    // digit more is not.
    let kb = "Install [KB4554354](https://support.microsoft.com/kb) or later.";
    let glued = codes(
        kb,
        "Installer [KB4554354](https://support.microsoft.com/kb)eller nyere.",
        "nb-NO",
    );
    assert!(!glued.contains(&"alphanumeric-mismatch"), "{glued:?}");
    assert!(glued.contains(&"missing-space"), "{glued:?}");
    let changed = codes(
        kb,
        "Installer [KB45543547](https://support.microsoft.com/kb) eller nyere.",
        "nb-NO",
    );
    assert!(changed.contains(&"alphanumeric-mismatch"), "{changed:?}");
}

#[test]
fn consequences_are_folded_under_their_cause() {
    let s = "Go to **Settings** \\> **Apps**.";
    let t = "Gå til Innstillinger  \\> **Apper**.";
    let (issues, folded) = crate::check::message::check_folded(s, t, &ctx("nb-NO"));
    let codes: Vec<&str> = issues.iter().map(|i| i.kind.code()).collect();
    assert_eq!(codes, ["bold-count"]);
    assert!(
        folded[0].contains(&"breadcrumb") && folded[0].contains(&"double-space"),
        "{folded:?}"
    );
}
