//! What a command found per file (diagnostics, fallbacks, catalog problems, a failure), printed
//! on stderr in file order after parallel work, plus the summary line.

use std::io::Write;
use std::path::Path;

use crate::doc::Doc;
use crate::explain;
use crate::l10n::engine::messages;
use crate::l10n::texts::Localized;
use crate::tr;

/// The outcome of one file.
#[derive(Debug, Default)]
pub struct FileReport {
    /// The file, as given.
    pub path: String,
    /// Diagnostic lines, ready to print.
    pub diagnostics: Vec<String>,
    /// Fallback lines.
    pub fallbacks: Vec<String>,
    /// The failure, if the file could not be processed.
    pub error: Option<String>,
}

impl FileReport {
    /// An empty report for `path`.
    pub fn new(path: &Path) -> Self {
        FileReport {
            path: path.display().to_string(),
            ..Default::default()
        }
    }

    /// Ends the report with a failure.
    pub fn failed(mut self, message: String) -> Self {
        self.error = Some(message);
        self
    }

    /// Adds the document's parser diagnostics.
    pub fn add_diagnostics(&mut self, doc: &Doc) {
        self.diagnostics.extend(
            doc.located_diagnostics()
                .map(|d| explain::located(messages(), &d)),
        );
    }

    /// Adds catalog problems and fallbacks of a localization.
    pub fn add_localized(&mut self, localized: &Localized) {
        for problem in &localized.problems {
            for e in &problem.errors {
                self.diagnostics.push(format!(
                    "{}:{}:{}: {}: {}",
                    problem.path.display(),
                    e.line,
                    e.col,
                    tr!("label-warning"),
                    explain::ftl_error(messages(), e)
                ));
            }
        }
        for e in &localized.unreadable {
            let reason = crate::explain::l10n::state_error(e);
            self.diagnostics
                .push(tr!("render-state-unreadable", reason = reason));
        }
        for r in &localized.refused {
            self.fallbacks.push(crate::explain::l10n::refused(r));
        }
        for s in &localized.stale {
            self.fallbacks.push(crate::explain::l10n::stale(&self.path, s));
        }
        for b in &localized.broken {
            self.fallbacks.push(crate::explain::l10n::broken(&self.path, b));
        }
        for f in &localized.fallbacks {
            self.fallbacks.push(tr!(
                "render-fallback",
                path = self.path.as_str(),
                id = f.id.as_str(),
                wanted = localized.locale.to_string(),
                used = f.locale.as_str()
            ));
        }
    }
}

/// Prints a file's report on stderr.
pub fn print_file_report(report: &FileReport) {
    let mut err = anstream::stderr().lock();
    for line in report.diagnostics.iter().chain(&report.fallbacks) {
        let _ = writeln!(err, "{line}");
    }
    if let Some(e) = &report.error {
        let style = anstyle::AnsiColor::Red.on_default().bold();
        let _ = writeln!(err, "taskguide: {style}{}{style:#}: {e}", tr!("label-error"));
    }
}

/// Prints the summary line: files processed and fallbacks.
pub fn print_summary(files: usize, fallbacks: usize) {
    let _ = writeln!(
        anstream::stderr(),
        "{}",
        tr!("render-summary", files = files, fallbacks = fallbacks)
    );
}
