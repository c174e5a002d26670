//! Locale tags and catalog folders, in the user's language.

use crate::l10n::catalogs::{FolderFixError, FolderProblem};
use crate::locale::{LocaleError, LocaleErrorKind};
use crate::tr;

/// A tag that is not a usable BCP 47 locale tag, in the user's language.
pub fn locale_error(e: &LocaleError) -> String {
    match e.kind {
        LocaleErrorKind::Malformed => tr!("error-bad-locale", tag = e.tag.as_str()),
        LocaleErrorKind::UnknownLanguage => tr!("error-unknown-locale", tag = e.tag.as_str()),
    }
}

/// A catalog folder that is not read, in the user's language.
pub fn folder_problem(p: &FolderProblem) -> String {
    match p {
        FolderProblem::NotCanonical { folder, canonical } => tr!(
            "catalog-folder-not-canonical",
            folder = folder.display().to_string(),
            canonical = canonical.as_str()
        ),
        FolderProblem::NotALocale { folder } => {
            tr!(
                "catalog-folder-not-a-locale",
                folder = folder.display().to_string()
            )
        }
    }
}

/// A catalog folder that `--fix` could not rename, in the user's language.
pub fn folder_fix_error(e: &FolderFixError) -> String {
    match e {
        FolderFixError::TargetExists { from, to } => tr!(
            "catalog-folder-fix-exists",
            from = from.display().to_string(),
            to = to.display().to_string()
        ),
        FolderFixError::Rename { from, to, source } => tr!(
            "catalog-folder-fix-failed",
            from = from.display().to_string(),
            to = to.display().to_string(),
            reason = source.to_string()
        ),
    }
}
