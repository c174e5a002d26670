//! `check`'s errors in the user's language.

use crate::check::error::CheckError;
use crate::tr;

/// Why `check` cannot run, in the user's language.
pub fn check_error(e: &CheckError) -> String {
    let list = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
    match e {
        CheckError::UnknownCode { code } => tr!(
            "check-error-unknown-code",
            code = code.as_str(),
            known = crate::check::kind::CODES.join(", ")
        ),
        CheckError::Config {
            path,
            line,
            col,
            reason,
        } => tr!(
            "check-config-error-at",
            path = path.display().to_string(),
            line = *line,
            col = *col,
            reason = reason.as_str()
        ),
        CheckError::UnknownCodeAt {
            path,
            line,
            col,
            code,
        } => tr!(
            "check-config-unknown-code-at",
            path = path.display().to_string(),
            line = *line,
            col = *col,
            code = code.as_str(),
            known = crate::check::kind::CODES.join(", ")
        ),
        CheckError::Read { path, source } => tr!(
            "error-read",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        CheckError::NoPath { path } => tr!("check-error-no-path", path = path.display().to_string()),
        CheckError::EmptyPath { path } => {
            tr!("check-error-empty-path", path = path.display().to_string())
        }
        CheckError::Glossary { error } => {
            use crate::check::glossary::Reason;
            let (reason, detail) = match &error.reason {
                Reason::Columns => ("columns", String::new()),
                Reason::Empty => ("empty", String::new()),
                Reason::Csv(d) => ("csv", d.clone()),
                Reason::Xml(d) => ("xml", d.clone()),
            };
            tr!(
                "check-glossary-error",
                path = error.path.display().to_string(),
                line = error.line,
                col = error.col,
                reason = reason,
                detail = detail
            )
        }
        CheckError::NoMatch { locales, paths } => tr!(
            "check-error-no-match",
            locales = list(&mut locales.iter().cloned()),
            paths = list(&mut paths.iter().map(|p| p.display().to_string()))
        ),
    }
}
