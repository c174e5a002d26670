//! The command-line interface: a thin layer of clap arguments over the library.
//!
//! One module per command, each with an `Args` struct and a `run(args) -> Result<(), CliError>`.
//! Help texts are Fluent messages (`cli-<command path>` for a command's summary,
//! `cli-<command path>-opt-<argument>` for an argument), filled in by [`localize`].

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::l10n::engine::messages;
use crate::tr;

mod assign;
mod check;
mod error;
mod guide;
mod import;
mod output;
mod render;
mod report;
mod status;
mod steps;
mod store;
mod store_check;
mod terminal;
mod view;

pub use error::{CliError, ExitCode};

/// taskguide's command line.
#[derive(Debug, Parser)]
#[command(name = "taskguide", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Check(check::Args),
    Import(import::Args),
    Render(render::Args),
    Steps(steps::Args),
    Status(status::Args),
    Store(store::StoreArgs),
    Assign(assign::AssignArgs),
    Guide(guide::Args),
}

/// Runs the CLI with the process arguments and returns the exit code.
pub fn run() -> i32 {
    run_from(std::env::args_os())
}

/// Runs the CLI with `args` (the first being the program name) and returns the exit code.
pub fn run_from<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    // The edge chooses: the user's language, and bidi isolation only for text shown in a
    // terminal (piped or redirected output stays free of U+2068/U+2069).
    let locale = crate::locale::env_locale().unwrap_or_else(crate::locale::en_us);
    crate::l10n::engine::init(&locale, terminal::on_terminal());
    let matches = match command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::USAGE
            } else {
                ExitCode::OK
            };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::USAGE;
        }
    };
    match dispatch(cli.command) {
        Ok(()) => ExitCode::OK,
        Err(e) => e.report(),
    }
}

fn dispatch(command: Command) -> Result<(), CliError> {
    match command {
        Command::Check(args) => check::run(args),
        Command::Import(args) => import::run(args),
        Command::Render(args) => render::run(args),
        Command::Steps(args) => steps::run(args),
        Command::Status(args) => status::run(args),
        Command::Store(args) => store::run(args),
        Command::Assign(args) => assign::run(args),
        Command::Guide(args) => guide::run(args),
    }
}

/// clap value parser for `--locale`: any well-formed BCP 47 tag (a malformed one is a usage error).
fn locale_arg(tag: &str) -> Result<crate::l10n::LanguageIdentifier, String> {
    crate::locale::parse_locale(tag).map_err(|e| crate::explain::locale_error(&e))
}

/// The clap command with every help text localized.
pub fn command() -> clap::Command {
    let cmd = Cli::command().after_help(tr!("cli-exit-codes"));
    localize(cmd, "cli")
}

fn localize(mut cmd: clap::Command, path: &str) -> clap::Command {
    let m = messages();
    if m.has(path) {
        cmd = cmd.about(m.format(path, None));
    }
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let key = format!("{path}-opt-{id}");
        if m.has(&key) {
            let help = m.format(&key, None);
            cmd = cmd.mut_arg(id, |a| a.help(help));
        }
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in subs {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| localize(s, &sub_path));
    }
    cmd
}

/// Every Fluent id the help texts use, for the catalog completeness test.
pub fn help_message_ids() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.push(path.to_owned());
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id != "help" && id != "version" {
                out.push(format!("{path}-opt-{id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            if sub.get_name() != "help" {
                walk(sub, &format!("{path}-{}", sub.get_name()), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "cli", &mut out);
    out
}
