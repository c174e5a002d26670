//! Locale tags (the leaf every stage may use): parsing BCP 47 tags, their canonical form, en-US,
//! and negotiation of a requested tag → an ordered fallback chain ending in en-US.
//!
//! Matching works on tags *maximized* with CLDR's likely-subtags data (`unic-langid`'s
//! `likelysubtags` feature, CLDR 44): `sv` is `sv-Latn-SE`, `zh-TW` is `zh-Hant-TW`, `zh-Hans-CN`
//! and `zh-CN` are both `zh-Hans-CN`. Two tags name the same locale when their maximized forms are
//! equal; a locale of the same language *and script* in another region is the next best; a
//! language's CLDR parent language (Nynorsk's is Norwegian, read as Bokmål) comes after; en-US
//! ends every chain. A script is never crossed: Traditional Chinese never falls to Simplified.

use std::str::FromStr;

use unic_langid::subtags::Language;
use unic_langid::LanguageIdentifier;

/// The locale every chain ends in: the source language of the docs.
pub fn en_us() -> LanguageIdentifier {
    unic_langid::langid!("en-US")
}

/// Why a tag was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocaleErrorKind {
    /// Not well-formed BCP 47 (`12-34`, `en-US-!!`, an empty string).
    Malformed,
    /// Well-formed, but its language is unknown to CLDR (`norsk`, `qqq`).
    UnknownLanguage,
}

/// A tag that is not a usable BCP 47 locale tag. Its `Display` is developer-facing (the message
/// id and the tag); users see `crate::explain::locale_error`'s localized text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {tag}", match kind {
    LocaleErrorKind::Malformed => "error-bad-locale",
    LocaleErrorKind::UnknownLanguage => "error-unknown-locale",
})]
pub struct LocaleError {
    /// The tag as given.
    pub tag: String,
    /// What is wrong with it.
    pub kind: LocaleErrorKind,
}

impl LocaleError {
    fn malformed(tag: &str) -> Self {
        LocaleError {
            tag: tag.to_owned(),
            kind: LocaleErrorKind::Malformed,
        }
    }
}

/// Parses a BCP 47 tag (`nb-NO`, `sv`, `en-XA`); POSIX spellings (`nb_NO.UTF-8`) are accepted too.
/// Subtags come back in their canonical case (`de-de` → de-DE, `zh-hans-cn` → zh-Hans-CN).
/// Only the syntax is checked; see [`canonical`] for a tag that must name a known language.
pub fn parse_locale(tag: &str) -> Result<LanguageIdentifier, LocaleError> {
    let trimmed = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if trimmed.is_empty() {
        return Err(LocaleError::malformed(tag));
    }
    LanguageIdentifier::from_str(&trimmed).map_err(|_| LocaleError::malformed(tag))
}

/// Language subtags replaced before anything else: the IANA registry's deprecated codes with their
/// preferred values (`iw` → he, `in` → id, `ji` → yi, `jw` → jv, `mo` → ro), and the Norwegian
/// macrolanguage `no`, which this project reads as Bokmål (`nb`), as Microsoft's docs do.
const LANGUAGE_REPLACEMENTS: &[(&str, &str)] = &[
    ("in", "id"),
    ("iw", "he"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
    ("no", "nb"),
];

/// CLDR's parent locales at the language level that change the language (supplementalData
/// `parentLocales`: `nn` → `no`, itself read as `nb` through [`LANGUAGE_REPLACEMENTS`]).
const PARENT_LANGUAGES: &[(&str, &str)] = &[("nn", "no")];

fn replace_language(locale: &LanguageIdentifier) -> LanguageIdentifier {
    let mut out = locale.clone();
    if let Some((_, to)) = LANGUAGE_REPLACEMENTS
        .iter()
        .find(|(from, _)| *from == locale.language.as_str())
    {
        out.language = Language::from_str(to).expect("the replacement table holds valid language subtags");
    }
    out
}

/// `locale` with the likely script and region added (`sv` → sv-Latn-SE); unchanged for a language
/// CLDR does not know.
fn maximized(locale: &LanguageIdentifier) -> LanguageIdentifier {
    let mut max = replace_language(locale);
    max.maximize();
    max
}

/// Whether CLDR's likely-subtags data knows `locale`'s language.
fn known(locale: &LanguageIdentifier) -> bool {
    let max = maximized(locale);
    !max.language.is_empty() && max.script.is_some() && max.region.is_some()
}

/// The canonical form of a tag, the one catalog folders must be named with: canonical case, `-`
/// separators, deprecated language codes replaced (`de-de` → de-DE, `nb_NO` → nb-NO, `iw` → he,
/// `no-NO` → nb-NO). A tag whose language CLDR does not know (`norsk`) is refused.
pub fn canonical(tag: &str) -> Result<LanguageIdentifier, LocaleError> {
    let parsed = replace_language(&parse_locale(tag)?);
    if !known(&parsed) {
        return Err(LocaleError {
            tag: tag.to_owned(),
            kind: LocaleErrorKind::UnknownLanguage,
        });
    }
    Ok(parsed)
}

/// Whether two tags name the same locale: equal once maximized (`zh-CN` and `zh-Hans-CN`, `he`
/// and `he-IL`, `iw` and `he`, `sv` and `sv-SE`).
pub fn same_locale(a: &LanguageIdentifier, b: &LanguageIdentifier) -> bool {
    maximized(a) == maximized(b)
}

/// The available locale that serves `requested` as it is, without a fallback (`zh-Hans-CN` is
/// served by a `zh-CN` catalog, `iw` by `he-IL`), if there is one.
pub fn served_by<'a>(
    requested: &LanguageIdentifier,
    available: &'a [LanguageIdentifier],
) -> Option<&'a LanguageIdentifier> {
    let want = maximized(requested);
    available.iter().find(|a| maximized(a) == want)
}

/// The form a requested tag is served as: language and region, with the script only where it is
/// not the region's usual one (`no`, `no-NO`, `nb` → nb-NO; `nn` → nn-NO; `sv` → sv-SE; `en` →
/// en-US; `zh-Hant`, `zh-Hant-TW` → zh-TW; `zh-Hans-CN` → zh-CN; `iw` → he-IL; `sr-Latn` →
/// sr-Latn-RS). A tag whose language CLDR does not know is returned as parsed.
pub fn alias(locale: &LanguageIdentifier) -> LanguageIdentifier {
    let max = maximized(locale);
    let (Some(script), Some(region)) = (max.script, max.region) else {
        return replace_language(locale);
    };
    let mut out = max.clone();
    let mut usual = LanguageIdentifier::from_parts(max.language, None, Some(region), &[]);
    usual.maximize();
    if usual.script == Some(script) {
        out.script = None;
    }
    out
}

/// The fallback chain for `requested` among `available` locales: the best matches first, always
/// ending in en-US (which need not be in `available`).
///
/// In order: the available locales that are the same locale as `requested` ([`same_locale`]);
/// those of the same language and script in other regions (the language's usual region first,
/// then by tag); the same for the CLDR parent language in `requested`'s region (nn-NO → nb-NO);
/// en-US.
pub fn chain(requested: &LanguageIdentifier, available: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let maxed: Vec<(&LanguageIdentifier, LanguageIdentifier)> =
        available.iter().map(|a| (a, maximized(a))).collect();
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    let mut want = maximized(requested);
    loop {
        let mut push = |l: &LanguageIdentifier| {
            if !out.contains(l) {
                out.push(l.clone());
            }
        };
        maxed
            .iter()
            .filter(|(_, m)| *m == want)
            .for_each(|(a, _)| push(a));
        let usual_region = {
            let mut l = LanguageIdentifier::from_parts(want.language, want.script, None, &[]);
            l.maximize();
            l.region
        };
        let mut near: Vec<&(&LanguageIdentifier, LanguageIdentifier)> = maxed
            .iter()
            .filter(|(_, m)| m.language == want.language && m.script == want.script && *m != want)
            .collect();
        near.sort_by_key(|(a, m)| (m.region != usual_region, a.to_string()));
        near.iter().for_each(|(a, _)| push(a));
        let Some((_, parent)) = PARENT_LANGUAGES
            .iter()
            .find(|(l, _)| *l == want.language.as_str())
        else {
            break;
        };
        let parent = Language::from_str(parent).expect("the parent table holds valid language subtags");
        want = maximized(&LanguageIdentifier::from_parts(parent, None, want.region, &[]));
    }
    let en = en_us();
    if !out.contains(&en) {
        out.push(en);
    }
    out
}

/// The user's interface locale from `LC_ALL`, `LC_MESSAGES`, `LANG` (the first set and not `C`/`POSIX`).
pub fn env_locale() -> Option<LanguageIdentifier> {
    locale_from_vars(|name| std::env::var(name).ok())
}

/// [`env_locale`] over any variable source (for tests).
pub fn locale_from_vars(get: impl Fn(&str) -> Option<String>) -> Option<LanguageIdentifier> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| get(name))
        .find(|value| !value.is_empty())
        .filter(|value| value != "C" && value != "POSIX" && !value.starts_with("C."))
        .and_then(|value| parse_locale(&value).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    fn available() -> Vec<LanguageIdentifier> {
        vec![langid!("en-US"), langid!("nb-NO"), langid!("sv-SE")]
    }

    #[test]
    fn norwegian_aliases_resolve_to_bokmal() {
        for tag in ["no", "no-NO", "nb", "nn", "nn-NO", "nb-NO"] {
            let chain = chain(&parse_locale(tag).unwrap(), &available());
            assert_eq!(chain[0], langid!("nb-NO"), "{tag}");
            assert_eq!(chain.last(), Some(&langid!("en-US")), "{tag}");
        }
    }

    #[test]
    fn swedish_without_region_is_sweden() {
        assert_eq!(
            chain(&parse_locale("sv").unwrap(), &available())[0],
            langid!("sv-SE")
        );
    }

    #[test]
    fn unknown_locale_falls_back_to_english_only() {
        assert_eq!(
            chain(&parse_locale("fr-FR").unwrap(), &available()),
            vec![langid!("en-US")]
        );
    }

    #[test]
    fn posix_locale_names_are_understood() {
        assert_eq!(parse_locale("nb_NO.UTF-8").unwrap(), langid!("nb-NO"));
        let vars = |name: &str| (name == "LANG").then(|| "nb_NO.UTF-8".to_owned());
        assert_eq!(locale_from_vars(vars), Some(langid!("nb-NO")));
    }

    #[test]
    fn lc_all_wins_over_lang_and_c_means_none() {
        let vars = |name: &str| match name {
            "LC_ALL" => Some("sv_SE.UTF-8".to_owned()),
            "LANG" => Some("nb_NO.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(locale_from_vars(vars), Some(langid!("sv-SE")));
        assert_eq!(locale_from_vars(|_| Some("C".to_owned())), None);
    }

    #[test]
    fn malformed_tags_are_rejected() {
        for tag in ["", "x", "en-US-!!", "12-34"] {
            assert!(parse_locale(tag).is_err(), "{tag:?} should be rejected");
        }
    }
}

#[cfg(test)]
mod likely_subtags_tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<LanguageIdentifier> {
        list.iter().map(|t| parse_locale(t).unwrap()).collect()
    }

    fn chain_of(requested: &str, available: &[&str]) -> Vec<String> {
        chain(&parse_locale(requested).unwrap(), &tags(available))
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    /// Catalog folders of a realistic project: every corpus locale plus neighbours.
    const AVAILABLE: &[&str] = &[
        "en-US", "nb-NO", "nn-NO", "sv-SE", "da-DK", "zh-CN", "zh-TW", "he-IL", "fr-FR", "fr-CA", "id-ID",
        "yi-001",
    ];

    #[test]
    fn fallback_chains_follow_likely_subtags() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("nn-NO", AVAILABLE, &["nn-NO", "nb-NO", "en-US"]),
            ("nn", AVAILABLE, &["nn-NO", "nb-NO", "en-US"]),
            ("nn-NO", &["en-US", "nb-NO"], &["nb-NO", "en-US"]),
            ("no", AVAILABLE, &["nb-NO", "en-US"]),
            ("no-NO", AVAILABLE, &["nb-NO", "en-US"]),
            ("nb", AVAILABLE, &["nb-NO", "en-US"]),
            ("nb-NO", AVAILABLE, &["nb-NO", "en-US"]),
            ("sv", AVAILABLE, &["sv-SE", "en-US"]),
            ("sv-FI", AVAILABLE, &["sv-SE", "en-US"]),
            ("zh-TW", AVAILABLE, &["zh-TW", "en-US"]),
            ("zh-Hant", AVAILABLE, &["zh-TW", "en-US"]),
            ("zh-Hant-TW", AVAILABLE, &["zh-TW", "en-US"]),
            ("zh-Hant-HK", AVAILABLE, &["zh-TW", "en-US"]),
            ("zh-HK", AVAILABLE, &["zh-TW", "en-US"]),
            ("zh-TW", &["en-US", "zh-CN"], &["en-US"]),
            ("zh-Hant", &["en-US", "zh-CN"], &["en-US"]),
            ("zh-Hant-HK", &["en-US", "zh-CN"], &["en-US"]),
            ("zh-HK", &["en-US", "zh-CN"], &["en-US"]),
            ("zh-Hans-CN", AVAILABLE, &["zh-CN", "en-US"]),
            ("zh", AVAILABLE, &["zh-CN", "en-US"]),
            ("zh-Hans", &["en-US", "zh-TW"], &["en-US"]),
            ("iw", AVAILABLE, &["he-IL", "en-US"]),
            ("iw-IL", AVAILABLE, &["he-IL", "en-US"]),
            ("he", AVAILABLE, &["he-IL", "en-US"]),
            ("in", AVAILABLE, &["id-ID", "en-US"]),
            ("ji", AVAILABLE, &["yi-001", "en-US"]),
            ("fr-CA", AVAILABLE, &["fr-CA", "fr-FR", "en-US"]),
            ("fr-BE", AVAILABLE, &["fr-FR", "fr-CA", "en-US"]),
            ("fr", AVAILABLE, &["fr-FR", "fr-CA", "en-US"]),
            ("de-DE", AVAILABLE, &["en-US"]),
            ("en-GB", AVAILABLE, &["en-US"]),
            ("en", &[], &["en-US"]),
        ];
        for (requested, available, expected) in cases {
            assert_eq!(
                chain_of(requested, available),
                *expected,
                "{requested} among {available:?}"
            );
        }
    }

    #[test]
    fn every_chain_ends_in_en_us() {
        for requested in ["nn-NO", "zh-TW", "iw", "de-DE", "ar-XB", "en-XA", "sr-Latn", "ku"] {
            for available in [&[][..], AVAILABLE] {
                let chain = chain_of(requested, available);
                assert_eq!(
                    chain.last().map(String::as_str),
                    Some("en-US"),
                    "{requested}: {chain:?}"
                );
                assert_eq!(
                    chain.iter().filter(|l| *l == "en-US").count(),
                    1,
                    "{requested}: {chain:?}"
                );
            }
        }
    }

    #[test]
    fn tags_are_served_as_language_and_region() {
        let cases = [
            ("no", "nb-NO"),
            ("no-NO", "nb-NO"),
            ("nb", "nb-NO"),
            ("nn", "nn-NO"),
            ("nn-NO", "nn-NO"),
            ("sv", "sv-SE"),
            ("en", "en-US"),
            ("zh-Hant", "zh-TW"),
            ("zh-Hant-TW", "zh-TW"),
            ("zh-Hant-HK", "zh-HK"),
            ("zh-Hans-CN", "zh-CN"),
            ("zh", "zh-CN"),
            ("iw", "he-IL"),
            ("in", "id-ID"),
            ("sr-Latn", "sr-Latn-RS"),
            ("sr", "sr-RS"),
            ("en-XA", "en-XA"),
        ];
        for (tag, served) in cases {
            assert_eq!(alias(&parse_locale(tag).unwrap()).to_string(), served, "{tag}");
        }
    }

    #[test]
    fn canonical_forms() {
        let cases = [
            ("de-de", "de-DE"),
            ("nb_NO", "nb-NO"),
            ("nb_NO.UTF-8", "nb-NO"),
            ("zh-hans-cn", "zh-Hans-CN"),
            ("ZH-HANT-tw", "zh-Hant-TW"),
            ("iw", "he"),
            ("iw-IL", "he-IL"),
            ("in-ID", "id-ID"),
            ("ji", "yi"),
            ("no-NO", "nb-NO"),
            ("sv-SE", "sv-SE"),
            ("en-XA", "en-XA"),
        ];
        for (tag, canon) in cases {
            assert_eq!(canonical(tag).unwrap().to_string(), canon, "{tag}");
        }
        assert_eq!(
            canonical("norsk").unwrap_err().to_string(),
            "error-unknown-locale: norsk"
        );
        assert_eq!(
            canonical("12-34").unwrap_err().to_string(),
            "error-bad-locale: 12-34"
        );
        for tag in ["norsk", "qqq", "und", "12-34", ""] {
            assert!(canonical(tag).is_err(), "{tag:?} is not a locale");
        }
        assert_eq!(
            canonical("norsk").unwrap_err().kind,
            LocaleErrorKind::UnknownLanguage
        );
        assert_eq!(canonical("12-34").unwrap_err().kind, LocaleErrorKind::Malformed);
    }

    #[test]
    fn same_locale_and_served_by() {
        let same = [
            ("zh-CN", "zh-Hans-CN"),
            ("he", "he-IL"),
            ("iw", "he-IL"),
            ("sv", "sv-SE"),
            ("no", "nb-NO"),
        ];
        for (a, b) in same {
            assert!(
                same_locale(&parse_locale(a).unwrap(), &parse_locale(b).unwrap()),
                "{a} = {b}"
            );
        }
        let different = [
            ("zh-TW", "zh-CN"),
            ("zh-Hant", "zh-CN"),
            ("nn-NO", "nb-NO"),
            ("fr-CA", "fr-FR"),
        ];
        for (a, b) in different {
            assert!(
                !same_locale(&parse_locale(a).unwrap(), &parse_locale(b).unwrap()),
                "{a} ≠ {b}"
            );
        }
        let available = tags(AVAILABLE);
        let served = |t: &str| served_by(&parse_locale(t).unwrap(), &available).map(|l| l.to_string());
        assert_eq!(served("zh-Hans-CN").as_deref(), Some("zh-CN"));
        assert_eq!(served("iw").as_deref(), Some("he-IL"));
        assert_eq!(served("nn").as_deref(), Some("nn-NO"));
        assert_eq!(served("zh-HK"), None);
        assert_eq!(served("de-DE"), None);
    }
}
