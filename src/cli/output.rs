//! Output helpers shared by commands: the `--format` choice and JSON printing.

use std::io::Write;

use super::CliError;
use crate::tr;

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For programs: one JSON document on stdout.
    Json,
}

/// Prints `value` as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(|e| CliError::failure(tr!("error-write-stdout", reason = e.to_string())))?;
    writeln!(out).map_err(|e| CliError::failure(tr!("error-write-stdout", reason = e.to_string())))
}

/// Writes `bytes` to stdout, mapping a failure to a localized message.
pub fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        // The reader went away (`| head`): stop quietly, as command-line tools do.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(|e| tr!("error-write-stdout", reason = e.to_string())),
    }
}
