//! Exchange errors (XLIFF, PO, TMX files and the catalogs they go into) and refused units, in
//! the user's language.

use crate::exchange::incoming::Refusal;
use crate::exchange::ExchangeError;
use crate::tr;

/// Why an export, import of translations or leverage failed.
pub fn exchange_error(e: &ExchangeError) -> String {
    match e {
        ExchangeError::Io(path, source) => tr!(
            "error-write",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        ExchangeError::CatalogSyntax(path, first) => tr!(
            "exchange-error-catalog-syntax",
            path = path.display().to_string(),
            first = super::ftl_error(crate::l10n::engine::messages(), first)
        ),
        ExchangeError::References(path) => {
            tr!("exchange-error-references", path = path.display().to_string())
        }
        ExchangeError::State(e) => super::state_error(e),
        ExchangeError::File {
            path,
            line,
            col,
            reason,
        } => tr!(
            "exchange-error-file",
            place = format!("{}:{line}:{col}", path.display()),
            reason = reason.as_str()
        ),
    }
}

/// Why a unit of an exchange file was not taken.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::UnknownDocument => tr!("exchange-refused-unknown-document"),
        Refusal::UnknownMessage => tr!("exchange-refused-unknown-message"),
        Refusal::EnglishChanged { current } => {
            tr!("exchange-refused-english-changed", current = current.as_str())
        }
        Refusal::UnknownCode { id } => tr!("exchange-refused-unknown-code", id = id.as_str()),
        Refusal::Codes { missing, extra } => tr!(
            "exchange-refused-codes",
            missing = quoted(missing),
            extra = quoted(extra)
        ),
    }
}

fn quoted(codes: &[String]) -> String {
    if codes.is_empty() {
        return "—".to_owned();
    }
    codes
        .iter()
        .map(|c| format!("“{c}”"))
        .collect::<Vec<_>>()
        .join(", ")
}
