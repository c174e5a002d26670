//! `taskguide locales [--locales-dir DIR] [--fix]`: the locale folders of a catalog folder, and
//! the folders that are not read (not canonical BCP 47 tags, or not locales), renamed with --fix.

use std::path::PathBuf;

use super::{view, CliError};
use crate::explain::{folder_fix_error, folder_problem};
use crate::l10n::catalogs::Catalogs;
use crate::tr;

/// The arguments of `taskguide locales`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "locales")]
    locales_dir: PathBuf,
    #[arg(long)]
    fix: bool,
}

/// Runs `locales`: exit code 1 while a folder is not read or a rename was refused.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut catalogs = Catalogs::open(&args.locales_dir);
    let mut refused = 0;
    if args.fix {
        let (renamed, errors) = catalogs.fix_folders();
        for r in renamed {
            view::say(&tr!(
                "catalog-folder-renamed",
                from = r.from.display().to_string(),
                to = r.to.display().to_string()
            ));
        }
        for e in &errors {
            CliError::failure(folder_fix_error(e)).report();
        }
        refused = errors.len();
        catalogs = Catalogs::open(&args.locales_dir);
    }
    for locale in catalogs.locales() {
        view::say(&locale.to_string());
    }
    if catalogs.locales().is_empty() {
        warn(&tr!("locales-none", dir = args.locales_dir.display().to_string()));
    }
    warn_folders(&catalogs);
    if refused > 0 || !catalogs.problems().is_empty() {
        Err(CliError::silent())
    } else {
        Ok(())
    }
}

/// Prints a warning for each folder of `catalogs` that is not read (`status`, `check`, `render`).
pub fn warn_folders(catalogs: &Catalogs) {
    for problem in catalogs.problems() {
        warn(&folder_problem(problem));
    }
}

/// `taskguide: warning: …` on stderr.
fn warn(message: &str) {
    use std::io::Write;
    let style = anstyle::AnsiColor::Yellow.on_default().bold();
    let _ = writeln!(
        anstream::stderr(),
        "taskguide: {style}{}{style:#}: {message}",
        tr!("label-warning")
    );
}
