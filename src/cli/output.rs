//! Output helpers shared by commands: the `--format` choice and JSON printing.

use std::io::Write;

use super::CliError;
use crate::{render, tr};

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For programs: one JSON document on stdout.
    Json,
}

/// The `--format` of `render`: the command line's names for [`render::Format`], which knows
/// nothing of clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DocFormat {
    /// Monolingual Markdown.
    Markdown,
    /// The bilingual format.
    Bilingual,
    /// An HTML page.
    Html,
}

impl From<DocFormat> for render::Format {
    fn from(f: DocFormat) -> Self {
        match f {
            DocFormat::Markdown => render::Format::Markdown,
            DocFormat::Bilingual => render::Format::Bilingual,
            DocFormat::Html => render::Format::Html,
        }
    }
}

/// clap's parser for a [`render::Format`], listing [`DocFormat`]'s names in the help.
pub fn doc_format() -> impl clap::builder::TypedValueParser<Value = render::Format> {
    use clap::builder::TypedValueParser;
    clap::builder::EnumValueParser::<DocFormat>::new().map(render::Format::from)
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
