//! `taskguide man [--out DIR]`: the manual page in roff, on standard output, or one page per
//! command (`taskguide.1`, `taskguide-render.1`, `taskguide-store-init.1`, …) in a folder.

use std::path::PathBuf;

use super::output::write_stdout;
use super::CliError;
use crate::tr;

/// The arguments of `taskguide man`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// Runs `man`.
pub fn run(args: Args) -> Result<(), CliError> {
    let cmd = super::command();
    let Some(dir) = args.out else {
        return write_stdout(&page(&cmd)?).map_err(CliError::failure);
    };
    let mut pages = Vec::new();
    collect(&cmd, &mut pages)?;
    std::fs::create_dir_all(&dir).map_err(|e| write_error(&dir, &e))?;
    for (name, roff) in pages {
        let path = dir.join(name);
        crate::fsutil::write_atomic(&path, &roff).map_err(|e| write_error(&path, &e))?;
    }
    Ok(())
}

/// One command's page.
fn page(cmd: &clap::Command) -> Result<Vec<u8>, CliError> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut roff = Vec::new();
    man.render(&mut roff)
        .map_err(|e| CliError::failure(tr!("error-write-stdout", reason = e.to_string())))?;
    Ok(roff)
}

/// The pages of `cmd` and its visible subcommands (not clap's `help`), with their file names.
fn collect(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), CliError> {
    let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name());
    out.push((format!("{name}.1"), page(cmd)?));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        collect(sub, out)?;
    }
    Ok(())
}

fn write_error(path: &std::path::Path, e: &std::io::Error) -> CliError {
    CliError::failure(tr!(
        "error-write",
        path = path.display().to_string(),
        reason = e.to_string()
    ))
}
