//! `cased-word-mismatch`: a CamelCase word (`UserPrincipalName`, `InPrivate`) or an UPPERCASE
//! word (`DLP`, `SSO`, `POP`) of the source without its counterpart in the translation, as
//! Xbench and Verifika report them.
//!
//! It is its own code, not `alphanumeric-mismatch`, because the two differ in how sure they
//! are: a code with digits (`KB5001330`) is never translated, while an acronym or a feature
//! name often rightly is, or is written out (`GPO` → `gruppepolicyobjektet`, `EAC` → `centre
//! d’administration Exchange`, `eDiscovery` → `电子数据展示`, `AutoSave` → `Automatisk
//! lagring`), and a project may allow one and not the other. So, measured on the five corpora:
//!
//! - a word the translation has **with other letter case** is reported (`Sso`, `dlp`,
//!   `Inprivate`, `Pop-port`, `ad import-jobben`): that is a mangled name, never a translation;
//! - a word **absent** from the translation is reported only when it is an identifier, CamelCase
//!   with two humps or more (`UserPrincipalName`, `DefaultPublicFolderMailbox`,
//!   `parentDistinguishedName`): attributes, parameters and error names are never translated;
//!   an absent acronym or one-hump name (`GAL`, `eDiscovery`, `SendAs`) is not judged.
//!
//! Not judged either: words with a digit or `_` (`alphanumeric-mismatch`'s); names of the
//! do-not-translate list (`do-not-translate`'s); a source in capitals and words in a run of
//! capitals (`WATCH THIS VIDEO`, a heading or a warning); Roman numerals; key names (`CTRL` →
//! `Ctrl`, `SHIFT` → `Skift`); acronyms that languages write as common nouns (`sms`, `pdf`,
//! `id`, `ok`, see `LOCALIZED`); `Auto…` feature names and `Your…` placeholders.
//!
//! A word counts as kept when the translation has it anywhere, with its case, inside a longer
//! word too: Norwegian and Swedish glue suffixes (`DLP-policyen`), Hebrew prefixes
//! (`ב-SharePoint`), and scripts without spaces glue words (`使用UserPrincipalName`).

use crate::check::kind::Kind;
use crate::check::markdown::Inline;
use crate::check::message::{Context, Issue};
use crate::check::script;

/// Acronyms a language may write its own way, in lower case or translated: (language,
/// acronyms); `*` for every language. Key names and English words written in capitals are
/// here too: they are not names.
const LOCALIZED: &[(&str, &[&str])] = &[
    (
        "*",
        &[
            "FAQ", "PC", "IT", "ID", "OK", "TV", "CEO", "CV", "US", "UK", "EU", "AM", "PM", "USD", "EUR",
        ],
    ),
    (
        "*",
        &[
            "CTRL", "ALT", "DEL", "SHIFT", "ESC", "TAB", "ENTER", "HOME", "END", "PGUP", "PGDN", "INS", "FN",
        ],
    ),
    // values a setting shows in the language's own case
    ("*", &["TRUE", "FALSE"]),
    (
        "*",
        &[
            "NOT",
            "AND",
            "OR",
            "ALL",
            "NO",
            "YES",
            "NEW",
            "NOTE",
            "IMPORTANT",
            "TIP",
            "ONLY",
            "DO",
            "TO",
            "ON",
            "OFF",
            "IS",
            "IN",
            "AT",
            "OF",
            "IF",
            "BE",
            "AS",
            "BY",
            "UP",
        ],
    ),
    ("nb", &["SMS", "PDF", "GPS", "USB", "WIFI"]),
    ("nn", &["SMS", "PDF", "GPS", "USB", "WIFI"]),
    ("da", &["SMS", "PDF", "GPS", "USB", "WIFI"]),
    ("sv", &["SMS", "PDF", "GPS", "USB", "WIFI"]),
    ("fi", &["SMS", "PDF", "GPS"]),
    ("fr", &["SMS", "PDF"]),
];

/// CamelCase words a translation writes its own way: Office's `Auto…` features, which languages
/// write as one word (`AutoFilter` → `Autofilter`, `AutoSave` → `Automatisk lagring`), and
/// example placeholders (`C:\Users\YourUserName` → `C:\Brukere\DittBrukernavn`).
fn own_form(word: &str) -> bool {
    ["Auto", "Your"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// Whether `word` stands in a path of the text: right after `\`, `/` or `.`, or right before
/// `\` or `/` (`HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft`, `portal.office.com/OLS/`).
fn in_path(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        matches!(before, Some('\\' | '/' | '.')) || matches!(after, Some('\\' | '/'))
    })
}

/// The humps of a CamelCase word: its lower-case letters followed by an upper-case one.
fn humps(word: &str) -> usize {
    word.as_bytes()
        .windows(2)
        .filter(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        .count()
}

/// Whether `text` has `word` in other letter case, as a word of its own (an ASCII letter on
/// neither side: `Pop-port`, `ה-dlp`, `Sso 门户` have it; `adfs` has not `AD`).
fn other_case(text: &str, word: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let needle = word.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(&needle) {
        let at = from + i;
        let end = at + needle.len();
        let before = lower[..at].bytes().next_back();
        let after = lower.as_bytes().get(end).copied();
        let boundary = |b: Option<u8>| !b.is_some_and(|b| b.is_ascii_alphabetic());
        if boundary(before) && boundary(after) && text.get(at..end).is_some_and(|t| t != word) {
            return true;
        }
        from = end;
    }
    false
}

/// Whether the word at `at` in `text` stands in a run of capitals: the word before or after it
/// is UPPERCASE too (`WATCH THIS VIDEO`).
fn in_caps_run(text: &str, word: &str) -> bool {
    let mut words = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty());
    let caps = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    // each word with the one before and the one after it, without a list of them
    let (mut before, mut at) = (None, words.next());
    while let Some(w) = at {
        let after = words.next();
        if w == word && (before.is_some_and(caps) || after.is_some_and(caps)) {
            return true;
        }
        (before, at) = (Some(w), after);
    }
    false
}

/// Whether `word` is a word of `term` (between whitespace); a word that is no substring of the
/// term is none, which a byte scan for its first byte tells without splitting the term.
fn word_of(term: &str, word: &str) -> bool {
    let t = term.as_bytes();
    let in_term = match word.as_bytes().split_first() {
        Some((first, rest)) => (0..t.len()).any(|k| t[k] == *first && t[k + 1..].starts_with(rest)),
        None => true,
    };
    in_term && term.split_whitespace().any(|w| w == word)
}

/// Whether a word is CamelCase: ASCII letters only, a lower-case letter somewhere before an
/// upper-case one (`PowerShell`, `eDiscovery`, `iPhone`), four letters or more.
fn is_camel(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// Whether a word is UPPERCASE: two ASCII capitals or more, no other character, not a Roman
/// numeral.
fn is_upper(word: &str) -> bool {
    let roman = word
        .bytes()
        .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'));
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) && !roman
}

/// The CamelCase and UPPERCASE words of a text, each once, in order.
///
/// The words are those of a split at every character that is neither alphanumeric nor `_`;
/// such a word is CamelCase or UPPERCASE only if all of it is ASCII letters. So the words read
/// here are the maximal runs of ASCII letters, digits and `_` whose neighbouring characters
/// (if any) are not alphanumeric: a non-ASCII letter or digit next to a run makes its word
/// not all ASCII (`使用UserPrincipalName` is one word), and an ASCII neighbour would be in the
/// run. A cased word has a hump (an ASCII capital right after an ASCII letter), so only the
/// runs around a hump are read (`next_hump` finds them 32 bytes at a time), and only the
/// characters next to such a run are decoded.
pub fn cased_words(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let b = text.as_bytes();
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut from = 1;
    while let Some(hump) = next_hump(b, from) {
        // the run of word bytes around the hump (its letter before it is in the run)
        let mut start = hump - 1;
        while start > 0 && word_byte(b[start - 1]) {
            start -= 1;
        }
        let mut end = hump + 1;
        while end < b.len() && word_byte(b[end]) {
            end += 1;
        }
        // (the byte at `end` is no letter: the next hump is after it)
        from = end + 1;
        let word = &text[start..end];
        let alnum = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if alnum(text[..start].chars().next_back()) || alnum(text[end..].chars().next()) {
            continue; // part of a longer word with other characters
        }
        if (is_camel(word) || is_upper(word)) && !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// Whether `c` is a hump after `prev`: an ASCII capital right after an ASCII letter (a
/// lower-case one in CamelCase, another capital in an acronym).
#[inline]
fn is_hump(prev: u8, c: u8) -> bool {
    c.is_ascii_uppercase() & prev.is_ascii_alphabetic()
}

/// The first hump ([`is_hump`]) at `from` (at least 1) or after ([`script::first_pair`]:
/// 32 byte pairs at a time).
fn next_hump(b: &[u8], from: usize) -> Option<usize> {
    script::first_pair(b, from.max(1) - 1, is_hump).map(|k| k + 1)
}

/// Each CamelCase or UPPERCASE word of the source's visible text must be in the translation's.
///
/// The tests that look at every word of the source (the share of capitals, the
/// do-not-translate names it has) are made only once a word is left that the translation
/// lacks: most messages have none.
pub fn cased_word_mismatch(src: &Inline, tgt: &Inline, target: &str, ctx: &Context, out: &mut Vec<Issue>) {
    let source = &src.visible;
    let words = cased_words(source);
    if words.is_empty() {
        return;
    }
    let lang = ctx.locale.split('-').next().unwrap_or_default();
    let localized = |w: &str| {
        LOCALIZED
            .iter()
            .any(|(l, words)| (*l == "*" || *l == lang) && words.contains(&w))
    };
    let visible: &str = &tgt.visible;
    // a source in capitals: every word of it is UPPERCASE
    let mut in_capitals = None;
    let mut capitals = || {
        *in_capitals.get_or_insert_with(|| {
            let letters = source.chars().filter(|c| c.is_alphabetic());
            let (mut upper, mut all) = (0, 0);
            for c in letters {
                all += 1;
                upper += usize::from(c.is_uppercase());
            }
            all > 0 && upper * 10 > all * 6
        })
    };
    // words of do-not-translate names in the source are that check's
    let named = |word: &str| {
        ctx.terms
            .dnt
            .iter()
            .any(|t| word_of(t, word) && source.contains(t.as_str()))
    };
    for word in words {
        if localized(word) || visible.contains(word) || own_form(word) {
            continue;
        }
        if capitals() {
            return;
        }
        if named(word) {
            continue;
        }
        if is_upper(word) && in_caps_run(source, word) {
            continue;
        }
        // paths and registry keys ignore case (`HKEY_LOCAL_MACHINE\SOFTWARE` = `\Software`)
        let recased = other_case(visible, word) && !in_path(source, word);
        if recased || (is_camel(word) && humps(word) >= 2) {
            out.push(Issue {
                kind: Kind::CasedWordMismatch {
                    word: word.to_owned(),
                },
                offset: target
                    .to_ascii_lowercase()
                    .find(&word.to_ascii_lowercase())
                    .unwrap_or(0),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::message::{check, Context};
    use crate::check::qa::Terms;

    fn found(source: &str, target: &str, locale: &str) -> bool {
        let ctx = Context {
            locale: locale.to_ascii_lowercase(),
            ratio: (0.35, 2.5),
            terms: Terms::with_defaults(&[], true).shared(),
            ..Context::default()
        };
        check(source, target, &ctx)
            .iter()
            .any(|i| i.kind.code() == "cased-word-mismatch")
    }

    #[test]
    fn camel_and_upper_words_are_found() {
        assert_eq!(
            super::cased_words("Run SendAs with MFA and eDiscovery, not IV or a PC2."),
            ["SendAs", "MFA", "eDiscovery"]
        );
        assert_eq!(
            (super::humps("UserPrincipalName"), super::humps("eDiscovery")),
            (2, 1)
        );
    }

    #[test]
    fn a_lost_identifier_or_a_recased_name_is_found_in_every_script() {
        let s = "Set UserPrincipalName and turn on SSO for InPrivate.";
        for (locale, lost, recased, kept) in [
            (
                "nb-NO",
                "Angi brukerhovednavnet og slå på SSO for InPrivate.",
                "Angi UserPrincipalName og slå på Sso for InPrivate.",
                "Angi UserPrincipalName og slå på enkel pålogging for InPrivate-vinduer.",
            ),
            (
                "sv-SE",
                "Ange användarnamnet och aktivera SSO för InPrivate.",
                "Ange UserPrincipalName och aktivera SSO för Inprivate.",
                "Ange UserPrincipalName och aktivera SSO-inloggning för InPrivate.",
            ),
            (
                "zh-CN",
                "设置用户主体名称，并为 InPrivate 启用 SSO。",
                "设置UserPrincipalName，并为Inprivate启用SSO。",
                "设置UserPrincipalName，并为InPrivate启用单一登录。",
            ),
            (
                "he-IL",
                "הגדר שם משתמש ראשי והפעל SSO עבור InPrivate.",
                "הגדר UserPrincipalName והפעל ה-sso עבור InPrivate.",
                "הגדר ‏UserPrincipalName‏ והפעל כניסה יחידה עבור ‏InPrivate‏.",
            ),
            (
                "fr-FR",
                "Définissez le nom d’utilisateur principal et activez SSO pour InPrivate.",
                "Définissez UserPrincipalName et activez l’Sso pour InPrivate.",
                "Définissez UserPrincipalName et activez l’authentification unique pour InPrivate.",
            ),
            (
                "th-TH",
                "ตั้งค่าชื่อผู้ใช้หลัก และเปิด SSO สำหรับ InPrivate",
                "ตั้งค่าUserPrincipalNameและเปิดSsoสำหรับInPrivate",
                "ตั้งค่าUserPrincipalNameและเปิดการลงชื่อเข้าระบบครั้งเดียวสำหรับInPrivate",
            ),
            (
                "ja-JP",
                "ユーザー プリンシパル名を設定し、InPrivate の SSO を有効にします。",
                "UserPrincipalName を設定し、Inprivate の SSO を有効にします。",
                "UserPrincipalNameを設定し、InPrivateのシングル サインオンを有効にします。",
            ),
            (
                "ar-SA",
                "عيّن اسم المستخدم الأساسي وشغّل SSO لـ InPrivate.",
                "عيّن UserPrincipalName وشغّل sso لـ InPrivate.",
                "عيّن UserPrincipalName وشغّل تسجيل الدخول الأحادي لـ InPrivate.",
            ),
        ] {
            assert!(found(s, lost, locale), "{locale}: {lost}");
            assert!(found(s, recased, locale), "{locale}: {recased}");
            assert!(!found(s, kept, locale), "{locale}: {kept}");
        }
    }

    #[test]
    fn headings_in_caps_localized_acronyms_and_product_names_are_not_judged() {
        assert!(
            !found("Give SendAs rights.", "Gi send som-rettigheter.", "nb-NO"),
            "one hump"
        );
        assert!(
            !found("Open the GAL.", "Åpne den globale adresselisten.", "nb-NO"),
            "written out"
        );
        assert!(!found("WATCH THIS VIDEO", "SE DENNE VIDEOEN", "nb-NO"));
        assert!(!found(
            "Press CTRL+ALT+DEL, then GO TO the list.",
            "Trykk Ctrl+Alt+Del, og gå til listen.",
            "nb-NO"
        ));
        assert!(!found("Send an SMS.", "Send en sms.", "sv-SE"));
        assert!(found("Send an SMS.", "Envoyez un Sms.", "he-IL"));
        assert!(!found("Restart your PC.", "重新启动电脑。", "zh-CN"));
        assert!(
            !found("Check AD.", "Sjekk adfs-loggen.", "nb-NO"),
            "`adfs` is not `AD` recased"
        );
        assert!(found("Check ADFS.", "Sjekk adfs-loggen.", "nb-NO"));
        // `SharePoint` is the do-not-translate list's: reported there, once
        assert!(!found("Open SharePoint.", "Åpne Sharepoint.", "nb-NO"));
        assert!(!found("Read part II.", "Les del ii.", "nb-NO"));
        assert!(!found(
            "Set it under HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft.",
            "Définissez-le sous HKEY_LOCAL_MACHINE\\Software\\Microsoft.",
            "fr-FR"
        ));
        assert!(
            found(
                "Open ClickToRun\\Configuration.",
                "Åpne KlikkToRun\\Konfigurasjon.",
                "nb-NO"
            ),
            "an identifier of a path translated"
        );
        assert!(!found(
            "Excel AutoFilter issue",
            "Problem med Autofilter i Excel",
            "sv-SE"
        ));
        assert!(!found(
            "In C:\\Users\\YourUserName\\Documents",
            "I C:\\Brukere\\DittBrukernavn\\Dokumenter",
            "nb-NO"
        ));
        assert!(!found(
            "If it is **FALSE**, run it.",
            "Si la valeur est **false**, exécutez-la.",
            "fr-FR"
        ));
    }

    /// The rule as it was before its fast exits, to compare with.
    mod reference {
        use super::super::*;

        /// `in_caps_run` with the list of words it made.
        pub(super) fn old_in_caps_run(text: &str, word: &str) -> bool {
            let words: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|w| !w.is_empty())
                .collect();
            let caps = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            words.iter().enumerate().any(|(i, w)| {
                *w == word
                    && (i.checked_sub(1).is_some_and(|k| caps(words[k]))
                        || words.get(i + 1).is_some_and(|n| caps(n)))
            })
        }

        pub(super) fn old_cased_words(text: &str) -> Vec<&str> {
            let mut out: Vec<&str> = Vec::new();
            for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if (is_camel(word) || is_upper(word)) && !out.contains(&word) {
                    out.push(word);
                }
            }
            out
        }
        pub(super) fn old_cased_word_mismatch(
            src: &Inline,
            tgt: &Inline,
            target: &str,
            ctx: &Context,
            out: &mut Vec<Issue>,
        ) {
            let source = &src.visible;
            if !source.bytes().any(|b| b.is_ascii_uppercase()) {
                return;
            }
            // a source in capitals: every word of it is UPPERCASE
            let letters = source.chars().filter(|c| c.is_alphabetic());
            let (mut upper, mut all) = (0, 0);
            for c in letters {
                all += 1;
                upper += usize::from(c.is_uppercase());
            }
            if all > 0 && upper * 10 > all * 6 {
                return;
            }
            let lang = ctx.locale.split('-').next().unwrap_or_default();
            let localized = |w: &str| {
                LOCALIZED
                    .iter()
                    .any(|(l, words)| (*l == "*" || *l == lang) && words.contains(&w))
            };
            // words of do-not-translate names in the source are that check's
            let named: Vec<&str> = ctx
                .terms
                .dnt
                .iter()
                .filter(|t| source.contains(t.as_str()))
                .flat_map(|t| t.split_whitespace())
                .collect();
            let visible: &str = &tgt.visible;
            for word in old_cased_words(source) {
                if localized(word) || named.contains(&word) || visible.contains(word) || own_form(word) {
                    continue;
                }
                if is_upper(word) && old_in_caps_run(source, word) {
                    continue;
                }
                // paths and registry keys ignore case (`HKEY_LOCAL_MACHINE\SOFTWARE` = `\Software`)
                let recased = other_case(visible, word) && !in_path(source, word);
                if recased || (is_camel(word) && humps(word) >= 2) {
                    out.push(Issue {
                        kind: Kind::CasedWordMismatch {
                            word: word.to_owned(),
                        },
                        offset: target
                            .to_ascii_lowercase()
                            .find(&word.to_ascii_lowercase())
                            .unwrap_or(0),
                    });
                }
            }
        }
    }

    /// Texts in the five locales' scripts and others (Thai, Arabic, Japanese, Greek, Cyrillic,
    /// Devanagari), with cased words next to letters of other scripts, digits and `_`.
    const TRICKY: &[&str] = &[
        "Set UserPrincipalName and turn on SSO for InPrivate.",
        "使用UserPrincipalName设置SSO，并打开InPrivate。",
        "UserPrincipalName使用 SSO中 eDiscovery",
        "הגדר ‏UserPrincipalName‏ והפעל ה-sso עבור InPrivate.",
        "ב-SharePoint ו-DLP-policyen og MFA_X og PC2 og ÅSSO og SSOÅ",
        "ตั้งค่าUserPrincipalNameและเปิดSsoสำหรับInPrivate",
        "عيّن UserPrincipalName وشغّل sso لـ InPrivate.",
        "UserPrincipalName を設定し、Inprivate の SSO を有効にします。",
        "Ορίστε UserPrincipalName και SSO για InPrivate ΑΒΓ ΑΒ",
        "Задайте UserPrincipalName и SSO для InPrivateЖ ЖSSO",
        "UserPrincipalName सेट करें और SSO चालू करें १२ InPrivate",
        "WATCH THIS VIDEO about SSO",
        "Press CTRL+ALT+DEL, then GO TO the list.",
        "Open SharePoint Online and PowerShell, not Sharepoint.",
        "Set it under HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft.",
        "Excel AutoFilter issue with YourUserName",
        "IV XII MMX ID OK",
        "aB Ab AB abC ABc_D 1AB AB1 AB_ x",
        "",
    ];

    fn same(source: &str, target: &str, locale: &str) {
        use crate::check::markdown::Inline;
        let ctx = Context {
            locale: locale.to_owned(),
            terms: Terms::with_defaults(&[], true).shared(),
            ..Context::default()
        };
        let (src, tgt) = (Inline::parse(source), Inline::parse(target));
        let (mut new, mut old) = (Vec::new(), Vec::new());
        super::cased_word_mismatch(&src, &tgt, target, &ctx, &mut new);
        reference::old_cased_word_mismatch(&src, &tgt, target, &ctx, &mut old);
        assert_eq!(new, old, "{source:?} -> {target:?}");
        assert_eq!(
            super::cased_words(source),
            reference::old_cased_words(source),
            "{source:?}"
        );
    }

    #[test]
    fn the_fast_cased_word_scan_agrees_with_the_split_in_every_script() {
        for s in TRICKY {
            for t in TRICKY {
                for locale in ["nb-no", "sv-se", "zh-cn", "he-il", "fr-fr", "th-th", "ja-jp"] {
                    same(s, t, locale);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn cased_words_agree_with_the_split_on_any_text(
            source in "[aAbBsSoO_1 ÅæЖΣ中ก‏\\u{a0}\\-.]{0,24}",
            target in "[aAbBsSoO_1 ÅæЖΣ中ก‏\\u{a0}\\-.]{0,24}",
        ) {
            same(&source, &target, "nb-no");
        }
    }

    #[test]
    fn the_cased_word_rule_agrees_with_its_slow_path_on_every_corpus_message() {
        use crate::check::markdown::Inline;
        let messages = crate::check::script::corpus_messages();
        let mut contexts = std::collections::HashMap::new();
        for (locale, source, target) in &messages {
            let ctx = contexts.entry(locale.clone()).or_insert_with(|| Context {
                locale: locale.clone(),
                terms: Terms::with_defaults(&[], true).shared(),
                ..Context::default()
            });
            let (src, tgt) = (Inline::parse(source), Inline::parse(target));
            let (mut new, mut old) = (Vec::new(), Vec::new());
            super::cased_word_mismatch(&src, &tgt, target, ctx, &mut new);
            reference::old_cased_word_mismatch(&src, &tgt, target, ctx, &mut old);
            assert_eq!(new, old, "{locale}: {source:?} -> {target:?}");
            for text in [&*src.visible, &*tgt.visible, source, target] {
                assert_eq!(
                    super::cased_words(text),
                    reference::old_cased_words(text),
                    "{text:?}"
                );
                for word in super::cased_words(text) {
                    assert_eq!(
                        super::in_caps_run(text, word),
                        reference::old_in_caps_run(text, word),
                        "{word} in {text:?}"
                    );
                }
            }
        }
        eprintln!("{} corpus message pairs compared", messages.len());
    }

    #[test]
    fn caps_runs_are_found_as_in_the_list_of_words() {
        for text in TRICKY {
            for word in [
                "SSO", "WATCH", "THIS", "VIDEO", "CTRL", "ALT", "DEL", "GO", "TO", "ID", "IV", "AB",
            ] {
                assert_eq!(
                    super::in_caps_run(text, word),
                    reference::old_in_caps_run(text, word),
                    "{word} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn humps_at_block_edges_are_found() {
        // a cased word across the 32-byte blocks of the scan, at every place
        for pad in 0..70 {
            for word in ["SharePoint", "SSO", "eDiscovery", "Ab"] {
                for glue in [" ", "é", "中", "_", "1"] {
                    let text = format!(
                        "{}{glue}{word} and x",
                        "a ".repeat(pad / 2) + &"b".repeat(pad % 2)
                    );
                    assert_eq!(
                        super::cased_words(&text),
                        reference::old_cased_words(&text),
                        "{text:?}"
                    );
                }
            }
        }
    }
}
