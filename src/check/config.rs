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

use super::error::CheckError;

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
    /// Per locale: codes allowed, extra do-not-translate terms, length-ratio bounds and
    /// severities (`[check.locales.ja-JP]`, or `[check.locale.ja-JP]`).
    #[serde(default, alias = "locale")]
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
    /// Length ratio bounds in this locale, before `[check] ratio`.
    #[serde(default)]
    pub ratio: Option<(f64, f64)>,
    /// Severity per code in this locale, before `[check] severity`.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
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

/// The project settings files `check` reads when no `--config` is given, first found wins:
/// the dedicated `.taskguide/check.toml` (its top level, or its `[check]` table, is the check
/// table), then the `[check]` table of `taskguide.toml`.
pub const SETTINGS_FILES: &[&str] = &[".taskguide/check.toml", "taskguide.toml"];

/// Reads the check settings: `explicit` (`--config FILE`, which must exist) or else the first
/// of [`SETTINGS_FILES`] present under `dir`, or the defaults when none is. A bad value or an
/// unknown code is an error at its `file:line:col`.
pub fn load(explicit: Option<&std::path::Path>, dir: &std::path::Path) -> Result<Config, CheckError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        // (relative to the working directory as given: `.taskguide/check.toml:2:4`, not `./…`)
        None => match SETTINGS_FILES
            .iter()
            .map(|f| {
                if dir == std::path::Path::new(".") {
                    f.into()
                } else {
                    dir.join(f)
                }
            })
            .find(|p: &std::path::PathBuf| p.is_file())
        {
            Some(p) => p,
            None => return Ok(Config::default()),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(|source| CheckError::Read {
        path: path.clone(),
        source,
    })?;
    let dedicated = path.parent().and_then(|p| p.file_name()) == Some(std::ffi::OsStr::new(".taskguide"))
        || path.file_name() == Some(std::ffi::OsStr::new("check.toml"));
    let parsed = if dedicated {
        Config::from_check_toml(&text)
    } else {
        Config::from_toml(&text)
    };
    let config = parsed.map_err(|e| {
        let (line, col) = line_col(&text, e.span().map_or(0, |s| s.start));
        CheckError::Config {
            path: path.clone(),
            line,
            col,
            reason: e.message().trim().to_owned(),
        }
    })?;
    if let Some(code) = config.unknown_codes().first() {
        let (line, col) = line_col(&text, code_offset(&text, code));
        return Err(CheckError::UnknownCodeAt {
            path,
            line,
            col,
            code: (*code).to_owned(),
        });
    }
    Ok(config)
}

/// Where a code is written in a settings text: as a quoted string (`allow = ["numbr"]`), else
/// as a key (`severity = { numbr = "error" }`); the start of the text if neither.
fn code_offset(text: &str, code: &str) -> usize {
    let quoted = [format!("\"{code}\""), format!("'{code}'")];
    if let Some(at) = quoted.iter().filter_map(|q| text.find(q.as_str())).min() {
        return at + 1;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find(code) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + code.len()..].trim_start().chars().next();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '-') && after == Some('=') {
            return at;
        }
        from = at + code.len();
    }
    0
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

impl Config {
    /// Reads a dedicated `.taskguide/check.toml`: the check table at its top level, or (as in
    /// `taskguide.toml`) under `[check]`.
    pub fn from_check_toml(text: &str) -> Result<Config, toml::de::Error> {
        let value: toml::Table = toml::from_str(text)?;
        if value.contains_key("check") {
            Config::from_toml(text)
        } else {
            toml::from_str(text)
        }
    }

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
            .chain(self.locales.values().flat_map(|l| l.severity.keys()))
            .chain(self.severity.keys());
        all.map(String::as_str)
            .filter(|c| !super::kind::CODES.contains(c))
            .collect()
    }

    /// Whether any code is allowed anywhere or given a severity: when not, [`Config::allows`]
    /// and [`Config::allows_at`] are false and [`Config::severity_in`] is `None` for every
    /// code.
    pub fn allows_or_sets_severities(&self) -> bool {
        !(self.allow.is_empty()
            && self.docs.values().all(|a| a.allow.is_empty())
            && self.messages.values().all(|a| a.allow.is_empty())
            && self.paths.values().all(|a| a.allow.is_empty())
            && self
                .locales
                .values()
                .all(|l| l.allow.is_empty() && l.severity.is_empty())
            && self.severity.is_empty())
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

    /// The settings of a locale (any case), if it has a table.
    fn locale(&self, locale: &str) -> Option<&LocaleSettings> {
        self.locales
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(locale))
            .map(|(_, s)| s)
    }

    /// The severity set for a code in a locale: the locale's table first, then `[check]`'s.
    pub fn severity_in(&self, code: &str, locale: &str) -> Option<crate::severity::Severity> {
        self.locale(locale)
            .and_then(|s| s.severity.get(code))
            .map(|s| (*s).into())
            .or_else(|| self.severity_of(code))
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

    /// The length ratio bounds for a target locale (any case): the locale's table's, else
    /// `[check] ratio`'s entry for it, else the default.
    pub fn ratio_for(&self, locale: &str) -> (f64, f64) {
        if let Some(r) = self.locale(locale).and_then(|s| s.ratio) {
            return r;
        }
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
    fn locale_tables_override_ratio_and_severity() {
        let c = Config::from_toml(
            "[check]\nratio = { ja-JP = [0.3, 2.0] }\nseverity = { number = \"error\" }\n\
             [check.locales.ja-JP]\nratio = [0.2, 1.5]\nseverity = { number = \"note\", length-ratio = \"note\" }\n\
             [check.locales.th-TH]\nratio = [0.25, 3.0]\n",
        )
        .unwrap();
        let alias = Config::from_toml("[check.locale.th-TH]\nratio = [0.25, 3.0]\n").unwrap();
        assert_eq!(
            alias.ratio_for("th-TH"),
            (0.25, 3.0),
            "`[check.locale.X]` is the same table"
        );
        assert_eq!(c.ratio_for("ja-jp"), (0.2, 1.5), "the locale's table first");
        assert_eq!(c.ratio_for("th-TH"), (0.25, 3.0));
        assert_eq!(c.ratio_for("fr-FR"), DEFAULT_RATIO);
        use crate::severity::Severity as S;
        assert_eq!(c.severity_in("number", "ja-JP"), Some(S::Note));
        assert_eq!(c.severity_in("number", "nb-NO"), Some(S::Error));
        assert_eq!(c.severity_in("length-ratio", "JA-jp"), Some(S::Note));
        assert_eq!(c.severity_in("length-ratio", "zh-CN"), None);
        let bad = Config::from_toml("[check.locales.ja-JP]\nseverity = { numbr = \"note\" }\n").unwrap();
        assert_eq!(bad.unknown_codes(), ["numbr"]);
    }

    fn write(dir: &std::path::Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn the_dedicated_file_comes_before_taskguide_toml() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load(None, dir.path()).unwrap(),
            Config::default(),
            "none: defaults"
        );
        write(
            dir.path(),
            "taskguide.toml",
            "[store]\nurl = \"x\"\n[check]\nallow = [\"number\"]\n",
        );
        assert_eq!(load(None, dir.path()).unwrap().allow, ["number"]);
        // top level or under [check]
        write(dir.path(), ".taskguide/check.toml", "allow = [\"breadcrumb\"]\n");
        assert_eq!(load(None, dir.path()).unwrap().allow, ["breadcrumb"]);
        write(
            dir.path(),
            ".taskguide/check.toml",
            "[check]\nallow = [\"double-space\"]\n",
        );
        assert_eq!(load(None, dir.path()).unwrap().allow, ["double-space"]);
        // --config names the one file read
        let explicit = dir.path().join("taskguide.toml");
        assert_eq!(load(Some(&explicit), dir.path()).unwrap().allow, ["number"]);
        let missing = dir.path().join("nope.toml");
        assert!(matches!(
            load(Some(&missing), dir.path()),
            Err(CheckError::Read { .. })
        ));
    }

    #[test]
    fn bad_settings_are_errors_at_their_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let at = |text: &str| {
            write(dir.path(), ".taskguide/check.toml", text);
            match load(None, dir.path()) {
                Err(CheckError::Config { line, col, .. }) => ("config", line, col),
                Err(CheckError::UnknownCodeAt { line, col, code, .. }) => {
                    assert!(!code.is_empty());
                    ("code", line, col)
                }
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            at("allow = [\"number\"]\nratio = { nb-NO = [0.5, \"x\"] }\n"),
            ("config", 2, 25)
        );
        assert_eq!(at("allow = [\"number\"]\nallows = []\n"), ("config", 2, 1));
        assert_eq!(at("allow = [\"number\",\n  \"numbr\"]\n"), ("code", 2, 4));
        assert_eq!(
            at("[locales.ja-JP]\nseverity = { brdcrumb = \"note\" }\n"),
            ("code", 2, 14)
        );
        assert_eq!(
            at("[locales.ja-JP]\nseverity = { number = \"fatal\" }\n"),
            ("config", 2, 23)
        );
    }

    #[test]
    fn a_config_that_allows_nothing_and_sets_no_severity_says_so() {
        let codes = ["number", "breadcrumb", "double-space"];
        let quiet = |c: &Config| {
            codes.iter().all(|code| {
                !c.allows(code, "d1", "m-1")
                    && !c.allows_at(code, "content/fr-FR/x.md", "fr-FR")
                    && c.severity_in(code, "fr-FR").is_none()
            })
        };
        for text in [
            "",
            "[check]\nunchanged = [\"OneDrive\"]\nratio = { nb-NO = [0.5, 2.0] }\n",
            "[check.locales.fr-FR]\nratio = [0.2, 1.5]\n[check.docs.d1]\nallow = []\n",
            "[check]\nallow = [\"number\"]\n",
            "[check.docs.d1]\nallow = [\"breadcrumb\"]\n",
            "[check.messages.\"m-1\"]\nallow = [\"number\"]\n",
            "[check.paths.\"content/fr-FR/**\"]\nallow = [\"double-space\"]\n",
            "[check.locales.fr-FR]\nallow = [\"number\"]\n",
            "[check.locales.fr-FR]\nseverity = { number = \"note\" }\n",
            "[check]\nseverity = { number = \"error\" }\n",
        ] {
            let c = Config::from_toml(text).unwrap();
            assert_eq!(c.allows_or_sets_severities(), !quiet(&c), "{text}");
        }
    }

    #[test]
    fn an_unknown_key_is_an_error() {
        assert!(Config::from_toml("[check]\nallows = []\n").is_err());
    }
}
