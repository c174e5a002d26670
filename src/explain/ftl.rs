//! FTL catalog problems ([`FtlError`], [`FtlErrorKind`] and fluent-syntax's parser errors) in
//! the user's language.

use fluent_syntax::parser::ErrorKind;

use crate::l10n::engine::Messages;
use crate::l10n::ftl::{FtlError, FtlErrorKind};
use crate::tr;

/// `line:col: description`, the description in `m`'s language.
pub fn ftl_error(m: &Messages, e: &FtlError) -> String {
    format!("{}:{}: {}", e.line, e.col, ftl_error_kind(m, &e.kind))
}

/// What is wrong, without the position.
pub fn ftl_error_kind(m: &Messages, kind: &FtlErrorKind) -> String {
    match kind {
        FtlErrorKind::Syntax { kind } => ftl_syntax(m, kind),
        FtlErrorKind::DuplicateId { id } => tr!("ftl-error-duplicate-id" in m, id = id.as_str()),
        FtlErrorKind::NoValue { id } => tr!("ftl-error-no-value" in m, id = id.as_str()),
    }
}

/// A fluent-syntax parser error.
pub fn ftl_syntax(m: &Messages, kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::ExpectedToken(c) => tr!("ftl-error-expected-token" in m, token = c.to_string()),
        ErrorKind::ExpectedCharRange { range } => {
            tr!("ftl-error-expected-range" in m, range = range.as_str())
        }
        ErrorKind::ExpectedMessageField { entry_id } => {
            tr!("ftl-error-message-without-value" in m, id = entry_id.as_str())
        }
        ErrorKind::ExpectedTermField { entry_id } => {
            tr!("ftl-error-term-without-value" in m, id = entry_id.as_str())
        }
        ErrorKind::ForbiddenCallee => tr!("ftl-error-forbidden-callee" in m),
        ErrorKind::MissingDefaultVariant => tr!("ftl-error-missing-default-variant" in m),
        ErrorKind::MissingValue => tr!("ftl-error-missing-value" in m),
        ErrorKind::MultipleDefaultVariants => tr!("ftl-error-multiple-default-variants" in m),
        ErrorKind::MessageReferenceAsSelector
        | ErrorKind::TermReferenceAsSelector
        | ErrorKind::MessageAttributeAsSelector
        | ErrorKind::ExpectedSimpleExpressionAsSelector => tr!("ftl-error-bad-selector" in m),
        ErrorKind::TermAttributeAsPlaceable => tr!("ftl-error-term-attribute-as-placeable" in m),
        ErrorKind::UnterminatedStringLiteral => tr!("ftl-error-unterminated-string" in m),
        ErrorKind::PositionalArgumentFollowsNamed => tr!("ftl-error-positional-after-named" in m),
        ErrorKind::DuplicatedNamedArgument(name) => {
            tr!("ftl-error-duplicated-argument" in m, name = name.as_str())
        }
        ErrorKind::UnknownEscapeSequence(seq) => {
            tr!("ftl-error-unknown-escape" in m, sequence = seq.as_str())
        }
        ErrorKind::InvalidUnicodeEscapeSequence(seq) => {
            tr!("ftl-error-invalid-unicode-escape" in m, sequence = seq.as_str())
        }
        ErrorKind::UnbalancedClosingBrace => tr!("ftl-error-unbalanced-brace" in m),
        ErrorKind::ExpectedInlineExpression => tr!("ftl-error-expected-expression" in m),
        ErrorKind::ExpectedLiteral => tr!("ftl-error-expected-literal" in m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::ftl;
    use unic_langid::langid;

    #[test]
    fn errors_display_their_position_and_a_localized_description() {
        let m = Messages::for_locale(&langid!("en-US"));
        let result = ftl::read("a = x\n  b = }\n");
        let text = ftl_error(&m, &result.errors[0]);
        assert!(text.starts_with("2:7: "), "{text}");
        assert!(!text.contains("ftl-error"), "message missing: {text}");
        let kinds = [
            FtlErrorKind::DuplicateId { id: "a".into() },
            FtlErrorKind::NoValue { id: "a".into() },
            FtlErrorKind::Syntax {
                kind: ErrorKind::ExpectedToken('='),
            },
            FtlErrorKind::Syntax {
                kind: ErrorKind::MissingDefaultVariant,
            },
        ];
        for kind in kinds {
            assert!(!ftl_error_kind(&m, &kind).contains("ftl-error"), "{kind:?}");
        }
    }

    #[test]
    fn the_developer_display_names_the_code_and_arguments() {
        let e = FtlErrorKind::DuplicateId { id: "seg-1".into() };
        assert_eq!(e.to_string(), "ftl-duplicate-id: id=seg-1");
    }
}
