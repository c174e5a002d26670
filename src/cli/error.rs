//! CLI errors: a localized one-line message and the exit code it maps to.

use crate::tr;

/// The documented exit codes (also in `taskguide --help`).
pub struct ExitCode;

impl ExitCode {
    /// Success.
    pub const OK: i32 = 0;
    /// The work failed: unreadable or unwritable files, errors found, a store refused a change.
    pub const FAILURE: i32 = 1;
    /// The command line is wrong: unknown option or value, missing input, malformed locale tag.
    pub const USAGE: i32 = 2;
}

/// An error that ends a command: its message (already localized) and exit code.
#[derive(Debug)]
pub struct CliError {
    /// The exit code, one of [`ExitCode`]'s.
    pub code: i32,
    /// The localized message, one line.
    pub message: String,
}

impl CliError {
    /// A usage error (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        CliError {
            code: ExitCode::USAGE,
            message: message.into(),
        }
    }

    /// A failure (exit code 1).
    pub fn failure(message: impl Into<String>) -> Self {
        CliError {
            code: ExitCode::FAILURE,
            message: message.into(),
        }
    }

    /// A failure that has already been reported (diagnostics printed): exit code 1, no message.
    pub fn silent() -> Self {
        CliError {
            code: ExitCode::FAILURE,
            message: String::new(),
        }
    }

    /// Prints the message to stderr (`taskguide: error: …`) and returns the exit code.
    pub fn report(self) -> i32 {
        if !self.message.is_empty() {
            let mut err = anstream::stderr();
            let style = anstyle::AnsiColor::Red.on_default().bold();
            use std::io::Write;
            let _ = writeln!(
                err,
                "taskguide: {style}{}{style:#}: {}",
                tr!("label-error"),
                self.message
            );
        }
        self.code
    }
}

impl From<crate::l10n::LocaleError> for CliError {
    fn from(e: crate::l10n::LocaleError) -> Self {
        CliError::usage(crate::explain::locale_error(&e))
    }
}
