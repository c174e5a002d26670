//! The edge of the content set and of the data folders: which folders are read (from the
//! options, the environment and the working folder), how their origins are named, the
//! `--version` text, and `taskguide store --where`.

use std::path::PathBuf;

use crate::l10n::engine::Messages;
use crate::task::source::builtin;
use crate::task::{ContentSet, Folders, Origin};
use crate::tr;

/// The content set of a command: built-in, `$TASKGUIDE_CONTENT`, `./content`, `--content`
/// (`content`); catalogs from `--locales-dir`, `./locales` or `$TASKGUIDE_LOCALES`.
pub fn content_set(content: Option<PathBuf>, locales: Option<PathBuf>) -> ContentSet {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    ContentSet::new(&Folders {
        env_content: env("TASKGUIDE_CONTENT"),
        env_locales: env("TASKGUIDE_LOCALES"),
        working_dir: std::env::current_dir().ok(),
        content,
        locales,
    })
}

/// Where a layer comes from, in words: `built-in`, `DIR ($TASKGUIDE_CONTENT)`, …
pub fn origin_text(m: &Messages, origin: &Origin) -> String {
    match origin {
        Origin::BuiltIn => tr!("guide-origin-builtin" in m),
        Origin::Env(p) => tr!("guide-origin-env" in m, path = p.display().to_string()),
        Origin::WorkingDir(p) => tr!("guide-origin-cwd" in m, path = p.display().to_string()),
        Origin::Option(p) => tr!("guide-origin-option" in m, path = p.display().to_string()),
    }
}

/// The layers, lowest first, joined with ` < ` (a later one wins).
pub fn origins_text(m: &Messages, set: &ContentSet) -> String {
    set.origins()
        .into_iter()
        .map(|o| origin_text(m, o))
        .collect::<Vec<_>>()
        .join(" < ")
}

/// `taskguide --version`: the version, then the built-in content it carries.
pub fn long_version() -> String {
    let ids = builtin::ids();
    let content = tr!(
        "cli-version-content",
        count = ids.len(),
        locales = builtin::locales().join(", "),
        fingerprint = builtin::FINGERPRINT
    );
    format!("{}\n{content}", env!("CARGO_PKG_VERSION"))
}

/// `taskguide store --where`: the folders and files taskguide reads and writes, each with
/// whether it exists now.
pub fn where_text(m: &Messages, store_flag: Option<&str>) -> String {
    let yes_no = |p: &std::path::Path| {
        if p.exists() {
            tr!("where-exists" in m)
        } else {
            tr!("where-missing" in m)
        }
    };
    let mut lines = Vec::new();
    let address = crate::store::resolve(store_flag);
    let default = tr!("where-source-default" in m);
    let source = match address.source {
        crate::store::AddressSource::Flag => "--store",
        crate::store::AddressSource::Env => "$TASKGUIDE_STORE",
        crate::store::AddressSource::Default => &default,
    };
    lines.push(tr!("where-store" in m, url = address.url.clone(), source = source.to_owned()));
    let data = crate::store::default_path();
    if let Some(dir) = data.parent() {
        lines.push(tr!(
            "where-data" in m,
            path = dir.display().to_string(),
            state = yes_no(dir)
        ));
    }
    let set = content_set(None, None);
    lines.push(tr!("where-content" in m, sources = origins_text(m, &set)));
    let locales = set
        .locales_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| tr!("guide-origin-builtin" in m));
    lines.push(tr!("where-locales" in m, path = locales));
    lines.join("\n")
}
