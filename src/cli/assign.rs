//! `taskguide assign`: add, update or remove licenses for one user (`--user`) or for every
//! user of a CSV file (`--users-from`), with a dry run, a progress bar and one result line per
//! user in bulk.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::store::{store_error, StoreOpts};
use super::view;
use super::CliError;
use crate::store::rules::{apply_change, Catalog, UserState};
use crate::store::{AssignedLicense, LicenseChange, LicenseStore, Outcome, StoreError};
use crate::tr;

/// `taskguide assign`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("who").required(true).args(["user", "users_from"]))]
pub struct AssignArgs {
    #[command(flatten)]
    opts: StoreOpts,
    // One user by sign-in name or id.
    #[arg(long, value_name = "UPN")]
    user: Option<String>,
    // A CSV file with a userPrincipalName column.
    #[arg(long, value_name = "FILE.csv")]
    users_from: Option<PathBuf>,
    // SKU[:PLAN,PLAN…]: add (or update) a license, turning the listed plans off.
    #[arg(long, value_name = "SKU[:PLAN,…]")]
    add: Vec<String>,
    // SKU to remove.
    #[arg(long, value_name = "SKU")]
    remove: Vec<String>,
    // Check and show the change without making it.
    #[arg(long)]
    dry_run: bool,
}

/// Runs `taskguide assign`.
pub fn run(args: AssignArgs) -> Result<(), CliError> {
    let change = parse_change(&args.add, &args.remove)?;
    let mut store = args.opts.open()?;
    let catalog = Catalog::new(store.list_skus().map_err(store_error)?);
    check_change(&catalog, &change)?;
    let ctx = args.opts.context(args.dry_run);
    match (&args.user, &args.users_from) {
        (Some(user), _) => {
            let outcome = store.assign(user, &change, &ctx).map_err(store_error)?;
            view::print_outcome(&catalog, &outcome, args.dry_run);
            Ok(())
        }
        (None, Some(path)) => {
            let users = read_users(path)?;
            bulk(store.as_mut(), &users, &change, &ctx)
        }
        (None, None) => Err(CliError::usage(tr!("store-assign-no-user"))),
    }
}

/// `--add SKU[:PLAN,…]` and `--remove SKU` as one change.
pub fn parse_change(add: &[String], remove: &[String]) -> Result<LicenseChange, CliError> {
    if add.is_empty() && remove.is_empty() {
        return Err(CliError::usage(tr!("store-assign-nothing")));
    }
    let add_licenses = add
        .iter()
        .map(|spec| {
            let (sku, plans) = spec.split_once(':').unwrap_or((spec.as_str(), ""));
            let disabled_plans = plans
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
            AssignedLicense {
                sku_id: sku.trim().to_owned(),
                disabled_plans,
            }
        })
        .collect();
    let remove_licenses = remove.iter().map(|s| s.trim().to_owned()).collect();
    Ok(LicenseChange {
        add_licenses,
        remove_licenses,
    })
}

/// Refuses, before touching any user, a change naming an unknown SKU or plan: checked on a
/// user who holds everything it removes, so only SKU and plan errors can come out.
fn check_change(catalog: &Catalog, change: &LicenseChange) -> Result<(), CliError> {
    let probe = UserState {
        id: String::new(),
        upn: String::new(),
        display_name: String::new(),
        usage_location: Some("NO".to_owned()),
        direct: change
            .remove_licenses
            .iter()
            .filter_map(|s| catalog.resolve(s))
            .map(|s| AssignedLicense {
                sku_id: s.sku_id.clone(),
                disabled_plans: Vec::new(),
            })
            .collect(),
        inherited: Vec::new(),
    };
    match apply_change(catalog, &probe, change) {
        Err(
            e @ (StoreError::UnknownSku { .. }
            | StoreError::InvalidDisabledPlan { .. }
            | StoreError::AddAndRemove { .. }),
        ) => Err(store_error(e)),
        _ => Ok(()),
    }
}

/// The `userPrincipalName` column of a CSV file (other columns ignored). Any problem with
/// the file is a usage error, found before anything changes.
pub fn read_users(path: &Path) -> Result<Vec<String>, CliError> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        CliError::usage(tr!(
            "store-csv-unreadable",
            path = shown.as_str(),
            reason = e.to_string()
        ))
    })?;
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(file);
    let headers = reader.headers().map_err(|e| csv_error(&shown, &e))?.clone();
    let column = headers
        .iter()
        .position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case("userPrincipalName")
        })
        .ok_or_else(|| {
            let header = headers.iter().collect::<Vec<_>>().join(",");
            CliError::usage(tr!("store-csv-no-column", path = shown.as_str(), header = header))
        })?;
    let mut users = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&shown, &e))?;
        let line = record.position().map_or(0, |p| p.line());
        let upn = record.get(column).unwrap_or("").trim();
        if upn.is_empty() {
            return Err(CliError::usage(tr!(
                "store-csv-empty-upn",
                path = shown.as_str(),
                line = line.to_string()
            )));
        }
        users.push(upn.to_owned());
    }
    if users.is_empty() {
        return Err(CliError::usage(tr!("store-csv-empty", path = shown.as_str())));
    }
    Ok(users)
}

fn csv_error(path: &str, e: &csv::Error) -> CliError {
    let line = e.position().map_or(0, |p| p.line());
    CliError::usage(match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => tr!(
            "store-csv-fields",
            path = path,
            line = line.to_string(),
            expected = *expected_len,
            found = *len
        ),
        csv::ErrorKind::Utf8 { .. } => tr!("store-csv-utf8", path = path, line = line.to_string()),
        _ => tr!("store-csv-unreadable", path = path, reason = e.to_string()),
    })
}

/// Counts of a bulk run.
#[derive(Debug, Default)]
struct Tally {
    changed: usize,
    unchanged: usize,
    failed: usize,
}

fn bulk(
    store: &mut dyn LicenseStore,
    users: &[String],
    change: &LicenseChange,
    ctx: &crate::store::ChangeContext,
) -> Result<(), CliError> {
    let items: Vec<(String, LicenseChange)> = users.iter().map(|u| (u.clone(), change.clone())).collect();
    let bar = progress_bar(users.len());
    let mut out = std::io::BufWriter::new(anstream::AutoStream::auto(std::io::stdout().lock()));
    let mut tally = Tally::default();
    let mut pending = 0usize;
    let result = store.assign_many(&items, ctx, &mut |i, r: Result<Outcome, StoreError>| {
        match &r {
            Ok(o) if o.changed() => tally.changed += 1,
            Ok(_) => tally.unchanged += 1,
            Err(_) => tally.failed += 1,
        }
        let _ = writeln!(out, "{}", view::row_line(&users[i], &r));
        pending += 1;
        if pending >= 512 {
            bar.suspend(|| out.flush()).ok();
            pending = 0;
        }
        bar.inc(1);
    });
    bar.finish_and_clear();
    out.flush().ok();
    drop(out);
    let total = tally.changed + tally.unchanged + tally.failed;
    let summary = tr!(
        "store-bulk-summary",
        total = total,
        changed = tally.changed,
        unchanged = tally.unchanged,
        failed = tally.failed
    );
    view::say(&summary);
    if ctx.dry_run {
        view::say(&tr!("store-dry-run"));
    }
    result.map_err(store_error)?;
    if tally.failed > 0 {
        return Err(CliError::silent());
    }
    Ok(())
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}") {
        bar.set_style(style);
    }
    bar
}
