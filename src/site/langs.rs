//! Languages on the site: each named in itself, its direction, and the table the root page
//! negotiates `navigator.languages` with (computed here with the CLI's own negotiation).

use std::collections::BTreeMap;

use unic_langid::LanguageIdentifier;

use crate::locale as negotiate;

/// Each language named in itself (CLDR display names in their own language).
const ENDONYMS: &[(&str, &str)] = &[
    ("en-US", "English (United States)"),
    ("en-GB", "English (United Kingdom)"),
    ("nb-NO", "norsk bokmål"),
    ("nn-NO", "norsk nynorsk"),
    ("sv-SE", "svenska"),
    ("da-DK", "dansk"),
    ("fi-FI", "suomi"),
    ("de-DE", "Deutsch"),
    ("fr-FR", "français"),
    ("fr-CA", "français (Canada)"),
    ("es-ES", "español"),
    ("it-IT", "italiano"),
    ("nl-NL", "Nederlands"),
    ("pl-PL", "polski"),
    ("pt-BR", "português (Brasil)"),
    ("ru-RU", "русский"),
    ("ja-JP", "日本語"),
    ("ko-KR", "한국어"),
    ("zh-CN", "中文(中国)"),
    ("zh-TW", "中文(台灣)"),
    ("he-IL", "עברית"),
    ("ar-SA", "العربية"),
    ("fa-IR", "فارسی"),
    ("th-TH", "ไทย"),
    ("tr-TR", "Türkçe"),
    ("uk-UA", "українська"),
];

/// `locale` named in its own language; the tag itself for a locale the table lacks.
pub fn endonym(locale: &LanguageIdentifier) -> String {
    let tag = locale.to_string();
    ENDONYMS
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(tag, |(_, name)| (*name).to_owned())
}

/// Whether text in `locale` runs right to left.
pub fn is_rtl(locale: &LanguageIdentifier) -> bool {
    matches!(
        locale.language.as_str(),
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb"
    ) || (locale.language.as_str() == "ar" && locale.region.is_some_and(|r| r.as_str() == "XB"))
}

/// `"rtl"` or `"ltr"`.
pub fn dir(locale: &LanguageIdentifier) -> &'static str {
    if is_rtl(locale) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Tags a browser may send that are not a site locale, its language or its language and
/// script: aliases, other regions and the scripts that must not be crossed.
const BROWSER_TAGS: &[&str] = &[
    "no",
    "no-NO",
    "nb",
    "nn",
    "nn-NO",
    "iw",
    "iw-IL",
    "he",
    "zh",
    "zh-Hans",
    "zh-Hans-CN",
    "zh-SG",
    "zh-Hant",
    "zh-TW",
    "zh-HK",
    "zh-MO",
    "zh-Hant-TW",
    "zh-Hant-HK",
    "sv",
    "sv-FI",
    "fr",
    "fr-BE",
    "fr-CA",
    "fr-CH",
    "en",
    "en-GB",
    "en-AU",
    "de",
    "ja",
    "ko",
    "ar",
    "fa",
    "es",
    "pt",
    "da",
    "fi",
];

/// The root page's table: a lower-case browser tag → the site locale the CLI's negotiation
/// ([`negotiate::chain`]) serves it with, or `None` when only the en-US fallback would (the
/// page then tries the reader's next language, and strips no further subtags of this one).
pub fn negotiation_table(site: &[LanguageIdentifier]) -> BTreeMap<String, Option<String>> {
    let mut tags: Vec<String> = BROWSER_TAGS.iter().map(|t| (*t).to_owned()).collect();
    for l in site {
        tags.push(l.to_string());
        tags.push(l.language.as_str().to_owned());
    }
    let mut out = BTreeMap::new();
    for tag in tags {
        let Ok(parsed) = negotiate::parse_locale(&tag) else {
            continue;
        };
        let chain = negotiate::chain(&parsed, site);
        let en = negotiate::en_us();
        let first = chain
            .first()
            .filter(|l| site.contains(l) && (**l != en || parsed.language == en.language));
        out.insert(tag.to_lowercase(), first.map(ToString::to_string));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(tag: &str) -> LanguageIdentifier {
        tag.parse().unwrap()
    }

    #[test]
    fn every_corpus_language_is_named_in_itself() {
        assert_eq!(endonym(&l("nb-NO")), "norsk bokmål");
        assert_eq!(endonym(&l("sv-SE")), "svenska");
        assert_eq!(endonym(&l("zh-CN")), "中文(中国)");
        assert_eq!(endonym(&l("he-IL")), "עברית");
        assert_eq!(endonym(&l("fr-FR")), "français");
        assert_eq!(endonym(&l("xx-YY")), "xx-YY");
        assert!(is_rtl(&l("he-IL")) && !is_rtl(&l("fr-FR")));
    }

    #[test]
    fn the_root_table_follows_the_cli_aliases() {
        let site: Vec<_> = ["en-US", "nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"]
            .iter()
            .map(|t| l(t))
            .collect();
        let t = negotiation_table(&site);
        assert_eq!(t["no"].as_deref(), Some("nb-NO"));
        assert_eq!(t["nn-no"].as_deref(), Some("nb-NO"));
        assert_eq!(t["iw"].as_deref(), Some("he-IL"));
        assert_eq!(t["zh"].as_deref(), Some("zh-CN"));
        assert_eq!(t["zh-tw"], None, "Traditional Chinese never gets Simplified");
        assert_eq!(t["fr-ca"].as_deref(), Some("fr-FR"));
        assert_eq!(t["sv"].as_deref(), Some("sv-SE"));
        assert_eq!(t["en-gb"].as_deref(), Some("en-US"));
        assert_eq!(t["de"], None);
    }
}
