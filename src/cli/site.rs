//! `taskguide site`: the static localized help site (see [`crate::site`]).

use std::path::PathBuf;

use super::{locale_arg, CliError};
use crate::l10n::LanguageIdentifier;
use crate::site::{self, SiteError};
use crate::tr;

/// Arguments of `site`.
#[derive(Debug, clap::Args)]
pub struct Args {
    // Folders of documents (default: content).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[arg(long, value_name = "DIR", default_value = "locales")]
    locales_dir: PathBuf,
    // Locales to build (repeatable); default: every locale with documents or catalogs.
    #[arg(long, value_parser = locale_arg)]
    locale: Vec<LanguageIdentifier>,
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    #[arg(long, value_name = "DIR")]
    theme: Option<PathBuf>,
    #[arg(long)]
    check: bool,
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    #[arg(long, value_name = "URL")]
    link_base: Option<String>,
}

/// Runs `site`.
pub fn run(args: Args) -> Result<(), CliError> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("content")]
    } else {
        args.paths
    };
    let opts = site::Options {
        paths,
        locales_dir: args.locales_dir,
        locales: args.locale,
        out: args.out,
        theme: args.theme,
        check: args.check,
        base_url: args.base_url,
        link_base: args.link_base,
    };
    let report = site::build(&opts).map_err(|e| match e {
        SiteError::NoSuchPath(path) => {
            CliError::usage(tr!("error-no-such-path", path = path.display().to_string()))
        }
        SiteError::BaseUrl(url) => CliError::usage(tr!("site-error-base-url", url = url)),
        SiteError::Theme { path, source } => CliError::usage(tr!(
            "site-error-theme",
            path = path.display().to_string(),
            reason = source.to_string()
        )),
        SiteError::Template { path, line, reason } => CliError::failure(tr!(
            "site-error-template",
            path = path.display().to_string(),
            line = line,
            reason = reason
        )),
        SiteError::Write { path, source } => CliError::failure(tr!(
            "error-write",
            path = path.display().to_string(),
            reason = source.to_string()
        )),
    })?;
    for (path, reason) in &report.failed {
        eprintln!("{}: {reason}", path.display());
    }
    if opts.check {
        for rel in &report.written {
            println!("{}", tr!("site-check-write", path = rel.as_str()));
        }
        for rel in &report.removed {
            println!("{}", tr!("site-check-remove", path = rel.as_str()));
        }
    }
    if !report.sitemap {
        eprintln!("{}", tr!("site-no-sitemap"));
    }
    eprintln!(
        "{}",
        tr!(
            "site-summary",
            pages = report.pages,
            locales = report.locales.len(),
            written = report.written.len(),
            removed = report.removed.len(),
            unchanged = report.unchanged,
            fallbacks = report.fallbacks,
            dead = report.dead_links,
            out = opts.out.display().to_string()
        )
    );
    if !report.failed.is_empty() || (opts.check && report.changed()) {
        return Err(CliError::silent());
    }
    Ok(())
}
