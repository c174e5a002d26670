//! The command-line interface: a thin layer of clap arguments over the library.
//!
//! One module per command, each with an `Args` struct and a `run(args) -> Result<(), CliError>`.
//! Help texts are Fluent messages (`cli-<command path>` for a command's summary,
//! `cli-<command path>-opt-<argument>` for an argument), filled in by `localize`; clap's own
//! words (headings, help and version flags, default and possible values) by `localize_clap`.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::l10n::engine::messages;
use crate::tr;

mod accessible;
mod assign;
mod check;
mod completions;
mod content;
mod error;
mod export;
mod guide;
mod guide_picker;
mod import;
mod import_translations;
mod leverage;
mod locales;
mod login;
mod man;
mod output;
mod render;
mod report;
mod seat_select;
mod site;
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
    Export(export::Args),
    ImportTranslations(import_translations::Args),
    Leverage(leverage::Args),
    Render(render::Args),
    Steps(steps::Args),
    Status(status::Args),
    Locales(locales::Args),
    Store(store::StoreArgs),
    Assign(assign::AssignArgs),
    Guide(guide::Args),
    Site(site::Args),
    Completions(completions::Args),
    Man(man::Args),
    Login(login::LoginArgs),
    Logout(login::LogoutArgs),
    Whoami(login::WhoamiArgs),
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
        Command::Export(args) => export::run(args),
        Command::ImportTranslations(args) => import_translations::run(args),
        Command::Leverage(args) => leverage::run(args),
        Command::Render(args) => render::run(args),
        Command::Steps(args) => steps::run(args),
        Command::Status(args) => status::run(args),
        Command::Store(args) => store::run(args),
        Command::Assign(args) => assign::run(args),
        Command::Guide(args) => guide::run(args),
        Command::Site(args) => site::run(args),
        Command::Locales(args) => locales::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Login(args) => login::run(args),
        Command::Logout(args) => login::logout(args),
        Command::Whoami(args) => login::whoami(args),
    }
}

/// clap value parser for `--locale`: any BCP 47 tag of a known language, in canonical form (`iw` →
/// he, `nb_NO` → nb-NO); a malformed tag or an unknown language (`norsk`) is a usage error.
fn locale_arg(tag: &str) -> Result<crate::l10n::LanguageIdentifier, String> {
    crate::locale::canonical(tag).map_err(|e| crate::explain::locale_error(&e))
}

/// The clap command with every help text localized, clap's own headings and flags included.
pub fn command() -> clap::Command {
    let cmd = Cli::command()
        .after_help(tr!("cli-exit-codes"))
        .long_version(content::long_version());
    let mut cmd = localize(cmd, "cli");
    // clap adds the help and version flags and the help command while building; built first,
    // they can be localized like the rest (`mut_args`/`mut_subcommands` keep the built order).
    cmd.build();
    localize_clap(cmd, &ClapTexts::new())
}

/// The words clap writes itself, in the user's language.
struct ClapTexts {
    usage: String,
    options: String,
    arguments: String,
    commands: String,
    help_flag: String,
    version_flag: String,
    help_command: String,
    help_command_arg: String,
}

impl ClapTexts {
    fn new() -> Self {
        ClapTexts {
            usage: tr!("cli-help-heading-usage"),
            options: tr!("cli-help-heading-options"),
            arguments: tr!("cli-help-heading-arguments"),
            commands: tr!("cli-help-heading-commands"),
            help_flag: tr!("cli-help-flag"),
            version_flag: tr!("cli-version-flag"),
            help_command: tr!("cli-help"),
            help_command_arg: tr!("cli-help-opt-subcommand"),
        }
    }
}

/// Replaces clap's English in a built command and its subcommands: the `Usage:` heading (through
/// the help template), the `Commands:`, `Arguments:` and `Options:` headings (each argument gets
/// its heading by name), the help and version flags, the help command, and the `[default: …]`
/// and `[possible values: …]` notes (hidden, and appended to the help text in the user's words).
fn localize_clap(cmd: clap::Command, t: &ClapTexts) -> clap::Command {
    let usage = cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        t.usage
    );
    let is_help_command = cmd.get_name() == "help";
    cmd.help_template(template)
        .subcommand_help_heading(t.commands.clone())
        .mut_args(|a| {
            let a = match a.get_id().as_str() {
                "help" if !is_help_command => a.help(t.help_flag.clone()).long_help(t.help_flag.clone()),
                "version" => a.help(t.version_flag.clone()).long_help(t.version_flag.clone()),
                "subcommand" if is_help_command => a.help(t.help_command_arg.clone()),
                _ => a,
            };
            let heading = if a.is_positional() {
                &t.arguments
            } else {
                &t.options
            };
            let a = if a.get_help_heading().is_none() {
                a.help_heading(heading.clone())
            } else {
                a
            };
            value_notes(a)
        })
        .mut_subcommands(|s| {
            let s = if s.get_name() == "help" {
                s.about(t.help_command.clone())
            } else {
                s
            };
            localize_clap(s, t)
        })
}

/// Moves an argument's default and possible values from clap's English brackets into its help.
fn value_notes(a: clap::Arg) -> clap::Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let mut notes = Vec::new();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        notes.push(tr!("cli-possible-values", values = values.join(", ")));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        notes.push(tr!("cli-default", value = defaults.join(", ")));
    }
    if notes.is_empty() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let help = format!("{help} [{}]", notes.join("; ")).trim_start().to_owned();
    a.hide_possible_values(true).hide_default_value(true).help(help)
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
