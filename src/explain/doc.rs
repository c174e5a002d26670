//! Document problems ([`ReadError`], parser [`DiagnosticKind`]s and their [`Severity`]) in the
//! user's language.

use crate::doc::{DiagnosticKind, Located, ReadError, Severity};
use crate::l10n::engine::Messages;
use crate::tr;

/// Why a document could not be read: `cannot read PATH: reason`, or `PATH:line:col: not UTF-8`.
pub fn read_error(m: &Messages, e: &ReadError) -> String {
    match e {
        ReadError::Io { path, source } => tr!(
            "error-read" in m,
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        ReadError::NotUtf8 { path, pos } => format!(
            "{}:{pos}: {}",
            path.display(),
            diagnostic(m, &DiagnosticKind::NotUtf8)
        ),
    }
}

/// The label of a severity (`warning`, `advarsel`).
pub fn severity(m: &Messages, s: Severity) -> String {
    match s {
        Severity::Note => tr!("label-note" in m),
        Severity::Warning => tr!("label-warning" in m),
        Severity::Error => tr!("label-error" in m),
    }
}

/// What a parser diagnostic says.
pub fn diagnostic(m: &Messages, kind: &DiagnosticKind) -> String {
    match kind {
        DiagnosticKind::UnpairedSpan { id } => tr!("diag-unpaired-span" in m, id = id.as_str()),
        DiagnosticKind::OrphanSource => tr!("diag-orphan-source" in m),
        DiagnosticKind::MismatchedIds { target, source } => tr!(
            "diag-mismatched-ids" in m,
            target = target.as_str(),
            source = source.as_str()
        ),
        DiagnosticKind::StrayCloseTag => tr!("diag-stray-close-tag" in m),
        DiagnosticKind::UnterminatedPair { id } => tr!("diag-unterminated-pair" in m, id = id.as_str()),
        DiagnosticKind::PairCrossesLines { id } => tr!("diag-pair-crosses-lines" in m, id = id.as_str()),
        DiagnosticKind::EmptyTarget { id } => tr!("diag-empty-target" in m, id = id.as_str()),
        DiagnosticKind::DuplicateId { id } => tr!("diag-duplicate-id" in m, id = id.as_str()),
        DiagnosticKind::BrokenFrontMatter => tr!("diag-broken-front-matter" in m),
        DiagnosticKind::UnclosedFrontMatter => tr!("diag-unclosed-front-matter" in m),
        DiagnosticKind::NotUtf8 => tr!("diag-not-utf8" in m),
    }
}

/// A located diagnostic as the user reads it: `path:line:col: warning[code]: message`.
pub fn located(m: &Messages, d: &Located<'_>) -> String {
    format!(
        "{}:{}: {}[{}]: {}",
        d.path,
        d.pos,
        severity(m, d.severity),
        d.kind.code(),
        diagnostic(m, d.kind)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;
    use unic_langid::langid;

    #[test]
    fn a_diagnostic_reads_in_the_messages_locale_and_its_display_is_for_developers() {
        let doc = Doc::parse("x.md", "<span data-ttu-id=\"a-1\">x</span>\n".into());
        let d = doc.located_diagnostics().next().unwrap();
        let en = located(&Messages::for_locale(&langid!("en-US")).isolating(false), &d);
        let nb = located(&Messages::for_locale(&langid!("nb-NO")).isolating(false), &d);
        assert!(en.starts_with("x.md:1:1: warning[unpaired-span]: "), "{en}");
        assert!(nb.starts_with("x.md:1:1: advarsel[unpaired-span]: "), "{nb}");
        assert_eq!(
            d.to_string(),
            "x.md:1:1: warning[unpaired-span]: diag-unpaired-span: id=a-1"
        );
    }

    #[test]
    fn a_read_error_keeps_its_cause() {
        let e = Doc::read(std::path::Path::new("/no/such/file.md")).unwrap_err();
        assert!(std::error::Error::source(&e).is_some());
        assert!(e.to_string().starts_with("error-read: /no/such/file.md: "), "{e}");
        let text = read_error(&Messages::for_locale(&langid!("en-US")).isolating(false), &e);
        assert!(text.starts_with("cannot read /no/such/file.md: "), "{text}");
    }
}
