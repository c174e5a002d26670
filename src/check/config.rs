//! What a check run allows: codes allowed everywhere (`--allow`), per document and per message
//! (the `[check]` table of `taskguide.toml`), texts that may stay untranslated, length ratios.
//!
//! ```toml
//! [check]
//! allow = ["machine-translated"]
//! unchanged = ["Microsoft Teams", "OneDrive"]
//! ratio = { nb-NO = [0.4, 2.5] }
//!
//! [check.docs.how-to-assign-a-license-to-a-user]
//! allow = ["number"]
//!
//! [check.messages."dca22-105"]
//! allow = ["breadcrumb"]
//! ```

use std::collections::BTreeMap;

/// Codes allowed for one document or message.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// The codes.
    #[serde(default)]
    pub allow: Vec<String>,
}

/// The check settings.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Codes allowed everywhere.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Codes allowed per document id (the file stem).
    #[serde(default)]
    pub docs: BTreeMap<String, Allow>,
    /// Codes allowed per segment or message id.
    #[serde(default)]
    pub messages: BTreeMap<String, Allow>,
    /// Texts that may be identical in source and translation (product names, dates).
    #[serde(default)]
    pub unchanged: Vec<String>,
    /// Length ratio bounds (translation / source) per target locale.
    #[serde(default)]
    pub ratio: BTreeMap<String, (f64, f64)>,
    /// Terms that must appear unchanged in every translation, besides the shipped list of
    /// Microsoft product names.
    #[serde(default, rename = "do-not-translate")]
    pub do_not_translate: Vec<String>,
    /// Whether the shipped do-not-translate list applies (default yes).
    #[serde(default, rename = "default-do-not-translate")]
    pub default_do_not_translate: Option<bool>,
    /// Severity per code (`error`, `warning`, `note`), overriding the code's own.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Codes allowed per path pattern (`content/fr-FR/**`, `*/legal-*.md`, or a path prefix).
    #[serde(default)]
    pub paths: BTreeMap<String, Allow>,
    /// Per locale: codes allowed and extra do-not-translate terms.
    #[serde(default)]
    pub locales: BTreeMap<String, LocaleSettings>,
    /// Glossary files (CSV or TBX) read for `term-mismatch`, relative to the working directory.
    #[serde(default)]
    pub glossary: Vec<std::path::PathBuf>,
    /// Glossary entries read (from `--glossary` and `glossary`).
    #[serde(skip)]
    pub terms: Vec<super::qa::Term>,
}

/// What a locale overrides.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleSettings {
    /// Codes allowed in this locale.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Terms that must appear unchanged in this locale.
    #[serde(default, rename = "do-not-translate")]
    pub do_not_translate: Vec<String>,
}

/// A severity as written in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// `error`.
    Error,
    /// `warning`.
    Warning,
    /// `note`.
    Note,
}

impl From<Severity> for crate::severity::Severity {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Error => crate::severity::Severity::Error,
            Severity::Warning => crate::severity::Severity::Warning,
            Severity::Note => crate::severity::Severity::Note,
        }
    }
}

/// Whether a path matches a pattern: `*` any characters but `/`, `**` any characters, else a
/// prefix of whole components.
pub fn path_matches(pattern: &str, path: &str) -> bool {
    let path = path.replace('\\', "/");
    if !pattern.contains('*') {
        let p = pattern.trim_end_matches('/');
        return path == p || path.starts_with(&format!("{p}/"));
    }
    fn go(p: &[u8], s: &[u8]) -> bool {
        match p {
            [] => s.is_empty(),
            [b'*', b'*', rest @ ..] => (0..=s.len()).any(|i| go(rest, &s[i..])),
            [b'*', rest @ ..] => (0..=s.len())
                .take_while(|&i| i == 0 || s[i - 1] != b'/')
                .any(|i| go(rest, &s[i..])),
            [c, rest @ ..] => s.first() == Some(c) && go(rest, &s[1..]),
        }
    }
    go(pattern.as_bytes(), path.as_bytes())
}

#[derive(Debug, Default, serde::Deserialize)]
struct File {
    #[serde(default)]
    check: Config,
}

/// Ratio bounds for locales with no entry. Over the nb-NO and sv-SE corpora 98% of messages run
/// 0.75–1.55× English and legitimate condensations (`Gör så här:`) reach 0.28× on short messages;
/// on messages of 50+ characters, outside 0.35–2.5× a clause has been lost or added.
const DEFAULT_RATIO: (f64, f64) = (0.35, 2.5);

impl Config {
    /// Reads the `[check]` table of a `taskguide.toml` text; other tables are left to others.
    pub fn from_toml(text: &str) -> Result<Config, toml::de::Error> {
        Ok(toml::from_str::<File>(text)?.check)
    }

    /// The allowed codes that no check has (typing mistakes), first to last.
    pub fn unknown_codes(&self) -> Vec<&str> {
        let all = self
            .allow
            .iter()
            .chain(
                self.docs
                    .values()
                    .chain(self.messages.values())
                    .chain(self.paths.values())
                    .flat_map(|a| &a.allow),
            )
            .chain(self.locales.values().flat_map(|l| &l.allow))
            .chain(self.severity.keys());
        all.map(String::as_str)
            .filter(|c| !super::kind::CODES.contains(c))
            .collect()
    }

    /// Whether `code` is allowed for document `doc` and message `id`.
    pub fn allows(&self, code: &str, doc: &str, id: &str) -> bool {
        let has = |a: Option<&Allow>| a.is_some_and(|a| a.allow.iter().any(|c| c == code));
        self.allow.iter().any(|c| c == code) || has(self.docs.get(doc)) || has(self.messages.get(id))
    }

    /// Whether `code` is allowed for the file at `path` (by `paths`) in `locale` (by `locales`).
    pub fn allows_at(&self, code: &str, path: &str, locale: &str) -> bool {
        let has = |a: &[String]| a.iter().any(|c| c == code);
        self.paths
            .iter()
            .any(|(p, a)| has(&a.allow) && path_matches(p, path))
            || self
                .locales
                .iter()
                .any(|(l, s)| l.eq_ignore_ascii_case(locale) && has(&s.allow))
    }

    /// The severity set for a code, if any.
    pub fn severity_of(&self, code: &str) -> Option<crate::severity::Severity> {
        self.severity.get(code).map(|s| (*s).into())
    }

    /// The terms the message checks of a locale look for.
    pub fn terms(&self, locale: &str) -> std::sync::Arc<super::qa::Terms> {
        let mut extra = self.do_not_translate.clone();
        for (l, s) in &self.locales {
            if l.eq_ignore_ascii_case(locale) {
                extra.extend(s.do_not_translate.iter().cloned());
            }
        }
        let mut terms =
            super::qa::Terms::with_defaults(&extra, self.default_do_not_translate.unwrap_or(true));
        terms.glossary = self.terms.clone();
        terms.unchanged = self.unchanged.clone();
        terms.shared()
    }

    /// The length ratio bounds for a target locale (any case).
    pub fn ratio_for(&self, locale: &str) -> (f64, f64) {
        self.ratio
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(locale))
            .map_or(DEFAULT_RATIO, |(_, r)| *r)
    }

    /// Whether `text` may stay identical to its source.
    pub fn may_stay_unchanged(&self, text: &str) -> bool {
        let t = text.trim();
        self.unchanged.iter().any(|u| u == t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_allowed_everywhere_per_doc_and_per_message() {
        let c = Config::from_toml(
            "[check]\nallow = [\"number\"]\n[check.docs.d1]\nallow = [\"breadcrumb\"]\n[check.messages.\"m-1\"]\nallow = [\"double-space\"]\n",
        )
        .unwrap();
        assert!(c.allows("number", "any", "any"));
        assert!(c.allows("breadcrumb", "d1", "x"));
        assert!(!c.allows("breadcrumb", "d2", "x"));
        assert!(c.allows("double-space", "d2", "m-1"));
        assert!(!c.allows("double-space", "d2", "m-2"));
    }

    #[test]
    fn other_tables_are_ignored_and_ratios_read_per_locale() {
        let c = Config::from_toml("[store]\nurl = \"memory:\"\n[check]\nratio = { nb-NO = [0.5, 2.0] }\n")
            .unwrap();
        assert_eq!(c.ratio_for("nb-no"), (0.5, 2.0));
        assert_eq!(c.ratio_for("sv-se"), DEFAULT_RATIO);
    }

    #[test]
    fn unknown_codes_are_listed() {
        let c = Config::from_toml(
            "[check]\nallow = [\"number\", \"numbers\"]\n[check.docs.d]\nallow = [\"brdcrumb\"]\n",
        )
        .unwrap();
        assert_eq!(c.unknown_codes(), ["numbers", "brdcrumb"]);
    }

    #[test]
    fn severities_paths_locales_and_terms_are_read() {
        let c = Config::from_toml(
            "[check]\ndo-not-translate = [\"Contoso\"]\nseverity = { number = \"error\" }\n\
             [check.paths.\"content/fr-FR/**\"]\nallow = [\"double-space\"]\n\
             [check.locales.zh-CN]\nallow = [\"end-punctuation\"]\ndo-not-translate = [\"Fabrikam\"]\n",
        )
        .unwrap();
        assert_eq!(c.severity_of("number"), Some(crate::severity::Severity::Error));
        assert!(c.allows_at("double-space", "content/fr-FR/a/b.md", "fr-FR"));
        assert!(!c.allows_at("double-space", "content/nb-NO/a.md", "nb-NO"));
        assert!(c.allows_at("end-punctuation", "x.md", "zh-cn"));
        let zh = c.terms("zh-CN");
        assert!(zh.dnt.contains(&"Fabrikam".to_owned()) && zh.dnt.contains(&"Contoso".to_owned()));
        assert!(zh.dnt.contains(&"Office 365".to_owned()), "the shipped list");
        assert!(!c.terms("fr-FR").dnt.contains(&"Fabrikam".to_owned()));
        assert!(c.unknown_codes().is_empty());
        assert!(
            path_matches("*/legal-*.md", "fr/legal-x.md") && !path_matches("*/legal-*.md", "a/b/legal-x.md")
        );
        assert!(path_matches("content/fr-FR", "content/fr-FR/x.md"));
    }

    #[test]
    fn an_unknown_key_is_an_error() {
        assert!(Config::from_toml("[check]\nallows = []\n").is_err());
    }
}
