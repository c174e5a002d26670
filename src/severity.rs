//! How bad a finding or diagnostic is: one scale for the whole crate (a leaf: parser
//! diagnostics in `doc` and findings in `check` both use it).

/// How bad something found is, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing (an unreviewed machine translation); never fails a run.
    Note,
    /// Odd or probably misleading, but the output is whole.
    Warning,
    /// The input could not be read as intended, or the output would be broken: `check` exits 1.
    Error,
}

impl Severity {
    /// The stable English name used in JSON and SARIF (`error`, `warning`, `note`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The id of its localized label in the engine catalogs (`label-error`).
    pub fn label_id(self) -> &'static str {
        match self {
            Severity::Note => crate::msg_id!("label-note"),
            Severity::Warning => crate::msg_id!("label-warning"),
            Severity::Error => crate::msg_id!("label-error"),
        }
    }
}
