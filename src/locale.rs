//! Locale tags (the leaf every stage may use): parsing BCP 47 tags, en-US, and negotiation of a
//! requested tag → an ordered fallback chain ending in en-US.
//!
//! `fluent-langneg` does the matching; our alias table comes first, because it maps
//! Norwegian macro-language and Nynorsk tags (`no`, `nn-NO`) to en-US on its own.

use std::str::FromStr;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The locale every chain ends in: the source language of the docs.
pub fn en_us() -> LanguageIdentifier {
    unic_langid::langid!("en-US")
}

/// A tag that is not well-formed BCP 47.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    /// The tag as given.
    pub tag: String,
}

impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Developer-facing: the message id and its argument. Users see the localized text
        // (`error-bad-locale`), formatted where the error is shown.
        write!(f, "error-bad-locale: {}", self.tag)
    }
}

impl std::error::Error for LocaleError {}

/// Parses a BCP 47 tag (`nb-NO`, `sv`, `en-XA`); POSIX spellings (`nb_NO.UTF-8`) are accepted too.
pub fn parse_locale(tag: &str) -> Result<LanguageIdentifier, LocaleError> {
    let trimmed = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if trimmed.is_empty() {
        return Err(LocaleError { tag: tag.to_owned() });
    }
    LanguageIdentifier::from_str(&trimmed).map_err(|_| LocaleError { tag: tag.to_owned() })
}

/// Applies the alias table: `no`, `no-*`, `nb`, `nb-*`, `nn`, `nn-*` → nb-NO; `sv`, `sv-*` → sv-SE;
/// `en` → en-US. Anything else is returned unchanged.
pub fn alias(locale: &LanguageIdentifier) -> LanguageIdentifier {
    match locale.language.as_str() {
        "no" | "nb" | "nn" => unic_langid::langid!("nb-NO"),
        "sv" if locale.region.is_none() => unic_langid::langid!("sv-SE"),
        "en" if locale.region.is_none() => en_us(),
        _ => locale.clone(),
    }
}

/// The fallback chain for `requested` among `available` locales: the best matches first, always
/// ending in en-US (which need not be in `available`).
pub fn chain(requested: &LanguageIdentifier, available: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let wanted = [alias(requested), requested.clone()];
    let mut out: Vec<LanguageIdentifier> =
        negotiate_languages(&wanted, available, None, NegotiationStrategy::Filtering)
            .into_iter()
            .cloned()
            .collect();
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
