//! `taskguide completions SHELL`: the shell's completion script on standard output.

use super::output::write_stdout;
use super::CliError;

/// The arguments of `taskguide completions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Runs `completions`.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut cmd = super::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "taskguide", &mut script);
    write_stdout(&script).map_err(CliError::failure)
}
