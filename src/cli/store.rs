//! `taskguide store …`: create the license store and look into it (users, SKUs, journal),
//! undo a journaled change, set a usage location.

use clap::{Args, Subcommand};

use super::output::{print_json, Format};
use super::view;
use super::CliError;
use crate::store::{self, journal, rules::Catalog, ChangeContext, LicenseStore, Sku, StoreError, Tenant};
use crate::tr;

/// Where the store is and who acts; shared by `store` and `assign`.
#[derive(Debug, Args)]
pub struct StoreOpts {
    // The store URL: sqlite:PATH or memory: (else $TASKGUIDE_STORE, see store::resolve).
    #[arg(long = "store", value_name = "URL", global = true)]
    pub store: Option<String>,
    // The name recorded in the journal instead of the OS user.
    #[arg(long, value_name = "NAME", global = true)]
    pub actor: Option<String>,
}

impl StoreOpts {
    /// Opens the store these options name.
    pub fn open(&self) -> Result<Box<dyn LicenseStore>, CliError> {
        super::login::open_store(&self.address().url)
    }

    /// The store address: `--store`, else `$TASKGUIDE_STORE`, else the default file.
    pub fn address(&self) -> store::StoreAddress {
        store::resolve(self.store.as_deref())
    }

    /// The change context: actor, this command line, and whether it is a dry run.
    pub fn context(&self, dry_run: bool) -> ChangeContext {
        let actor = self
            .actor
            .clone()
            .filter(|a| !a.is_empty())
            .unwrap_or_else(os_user);
        let command = std::env::args()
            .map(|a| {
                if a.contains(' ') || a.is_empty() {
                    format!("{a:?}")
                } else {
                    a
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        ChangeContext {
            actor,
            command,
            dry_run,
        }
    }
}

fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "-".to_owned())
}

/// A store error as a CLI error: the explanation, then what Graph would have answered.
pub fn store_error(e: StoreError) -> CliError {
    if let StoreError::Remote(
        r @ (crate::store::graph::RemoteError::NotSignedIn | crate::store::graph::RemoteError::NoClientId),
    ) = &e
    {
        return CliError::usage(crate::explain::remote_error(r));
    }
    let mut message = crate::explain::store_error(&e);
    if let Some(g) = e.graph() {
        message.push_str("\n  ");
        message.push_str(&tr!(
            "store-graph-note",
            status = g.status.to_string(),
            code = g.code,
            message = g.message
        ));
    }
    CliError::failure(message)
}

/// `taskguide store`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct StoreArgs {
    #[command(flatten)]
    opts: StoreOpts,
    #[arg(long = "where", id = "where")]
    show_where: bool,
    #[command(subcommand)]
    command: Option<StoreCommand>,
}

#[derive(Debug, Subcommand)]
enum StoreCommand {
    Init(InitArgs),
    Users(UsersArgs),
    Skus(SkusArgs),
    History(HistoryArgs),
    Undo(UndoArgs),
    SetLocation(SetLocationArgs),
    Check,
    Deleted(DeletedArgs),
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
struct DeletedArgs {
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Args)]
struct RestoreArgs {
    #[arg(value_name = "UPN")]
    user: String,
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
struct InitArgs {
    #[arg(long)]
    demo: bool,
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct UsersArgs {
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Args)]
struct SkusArgs {
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Args)]
struct HistoryArgs {
    #[arg(long, value_name = "USER")]
    user: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Args)]
struct UndoArgs {
    #[arg(value_name = "ID")]
    id: i64,
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
struct SetLocationArgs {
    #[arg(long, value_name = "USER")]
    user: String,
    #[arg(value_name = "COUNTRY")]
    location: String,
}

/// Runs `taskguide store …`.
pub fn run(args: StoreArgs) -> Result<(), CliError> {
    let opts = &args.opts;
    let Some(command) = args.command else {
        // `store --where` (`store` alone shows the help: arg_required_else_help).
        view::say(&super::content::where_text(
            crate::l10n::engine::messages(),
            opts.store.as_deref(),
        ));
        return Ok(());
    };
    match command {
        StoreCommand::Init(a) => init(opts, &a),
        StoreCommand::Users(a) => users(opts, &a),
        StoreCommand::Skus(a) => skus(opts, a.format),
        StoreCommand::History(a) => history(opts, &a),
        StoreCommand::Undo(a) => undo(opts, &a),
        StoreCommand::SetLocation(a) => set_location(opts, &a),
        StoreCommand::Check => super::store_check::run(opts),
        StoreCommand::Deleted(a) => deleted(opts, a.format),
        StoreCommand::Restore(a) => restore(opts, &a),
    }
}

/// `store deleted`: the deleted users that can be restored, with what they had.
fn deleted(opts: &StoreOpts, format: Format) -> Result<(), CliError> {
    let store = opts.open()?;
    let users = store.deleted_users().map_err(store_error)?;
    if format == Format::Json {
        return print_json(&users);
    }
    if users.is_empty() {
        view::say(&tr!("store-deleted-none"));
        return Ok(());
    }
    let headers = vec![
        tr!("store-deleted-col-user"),
        tr!("store-deleted-col-deleted"),
        tr!("store-deleted-col-until"),
        tr!("store-deleted-col-licenses"),
    ];
    let day = |at: &str| at.get(..10).unwrap_or(at).to_owned();
    let rows: Vec<Vec<String>> = users
        .iter()
        .map(|u| {
            let licenses: Vec<String> = u
                .licenses
                .iter()
                .map(|l| match crate::explain::license_group(l) {
                    Some(g) => format!("{} @{g}", l.sku_part_number),
                    None => l.sku_part_number.clone(),
                })
                .collect();
            vec![
                format!("{} <{}>", u.display_name, u.user_principal_name),
                day(&u.deleted_date_time),
                day(&u.permanent_deletion_date_time),
                if licenses.is_empty() {
                    "–".to_owned()
                } else {
                    licenses.join(", ")
                },
            ]
        })
        .collect();
    let mut text = crate::wizard::aligned_table(&headers, &rows);
    text.push('\n');
    text.push_str(&tr!("store-deleted-count", count = users.len()));
    view::say(&text);
    Ok(())
}

/// `store restore <UPN>`: the user back with its licenses and groups.
fn restore(opts: &StoreOpts, args: &RestoreArgs) -> Result<(), CliError> {
    let mut store = opts.open()?;
    let outcome = store
        .restore_user(&args.user, &opts.context(args.dry_run))
        .map_err(store_error)?;
    let catalog = Catalog::new(store.list_skus().map_err(store_error)?);
    view::print_outcome(&catalog, &outcome, args.dry_run);
    let over: Vec<&str> = catalog
        .skus()
        .iter()
        .filter(|s| s.consumed_units > s.prepaid_units.enabled)
        .filter(|s| outcome.after.iter().any(|l| l.sku_id == s.sku_id))
        .map(|s| s.sku_part_number.as_str())
        .collect();
    if !over.is_empty() && !args.dry_run {
        view::say(&tr!("store-restore-over-seats", licenses = over.join(", ")));
    }
    Ok(())
}

fn init(opts: &StoreOpts, args: &InitArgs) -> Result<(), CliError> {
    let mut store = opts.open()?;
    let tenant = if args.demo {
        store::demo::tenant()
    } else {
        Tenant::default()
    };
    store::journal_of(store.as_mut(), "init")
        .and_then(|j| j.init(&tenant, args.force))
        .map_err(store_error)?;
    let url = store.url().to_owned();
    view::say(&if args.demo {
        tr!(
            "store-init-demo",
            url = url,
            users = tenant.users.len(),
            skus = tenant.skus.len(),
            groups = tenant.groups.len()
        )
    } else {
        tr!("store-init-empty", url = url)
    });
    Ok(())
}

fn users(opts: &StoreOpts, args: &UsersArgs) -> Result<(), CliError> {
    let store = opts.open()?;
    let users = store.list_users(args.search.as_deref()).map_err(store_error)?;
    if args.format == Format::Json {
        return print_json(&users);
    }
    let mut text = String::new();
    for u in &users {
        text.push_str(&view::user_line(u));
        text.push('\n');
    }
    text.push_str(&tr!("store-users-count", count = users.len()));
    view::say(&text);
    Ok(())
}

/// The JSON shape of `store skus`: Graph's names, seats flattened.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct SkuJson<'a> {
    sku_id: &'a str,
    sku_part_number: &'a str,
    name: &'a str,
    enabled: u32,
    consumed_units: u32,
    available: u32,
    service_plans: &'a [store::ServicePlan],
}

fn skus(opts: &StoreOpts, format: Format) -> Result<(), CliError> {
    let store = opts.open()?;
    let skus = store.list_skus().map_err(store_error)?;
    if format == Format::Json {
        let json: Vec<SkuJson<'_>> = skus.iter().map(sku_json).collect();
        return print_json(&json);
    }
    let lines: Vec<String> = skus.iter().map(view::sku_line).collect();
    view::say(&lines.join("\n"));
    Ok(())
}

fn sku_json(s: &Sku) -> SkuJson<'_> {
    SkuJson {
        sku_id: &s.sku_id,
        sku_part_number: &s.sku_part_number,
        name: &s.name,
        enabled: s.prepaid_units.enabled,
        consumed_units: s.consumed_units,
        available: s.available(),
        service_plans: &s.service_plans,
    }
}

fn history(opts: &StoreOpts, args: &HistoryArgs) -> Result<(), CliError> {
    let mut store = opts.open()?;
    let entries = store::journal_of(store.as_mut(), "history")
        .and_then(|j| j.history(args.user.as_deref()))
        .map_err(store_error)?;
    if args.format == Format::Json {
        return print_json(&entries);
    }
    let catalog = Catalog::new(store.list_skus().map_err(store_error)?);
    let mut text = String::new();
    for e in &entries {
        text.push_str(&tr!(
            "store-history-line",
            id = e.id.to_string(),
            at = e.at.as_str(),
            actor = e.actor.as_str(),
            user = e.user_principal_name.as_str(),
            before = journal::render(&catalog, &e.before, e.usage_location_before.as_deref()),
            after = journal::render(&catalog, &e.after, e.usage_location_after.as_deref()),
            command = e.command.as_str()
        ));
        if e.kind != store::ChangeKind::Licenses {
            text.push_str(" — ");
            text.push_str(&tr!("store-history-kind", kind = e.kind.name()));
        }
        text.push('\n');
    }
    text.push_str(&tr!("store-history-count", count = entries.len()));
    view::say(&text);
    Ok(())
}

fn undo(opts: &StoreOpts, args: &UndoArgs) -> Result<(), CliError> {
    let mut store = opts.open()?;
    let outcome = store::journal_of(store.as_mut(), "undo")
        .and_then(|j| j.undo(args.id, &opts.context(args.dry_run)))
        .map_err(store_error)?;
    let catalog = Catalog::new(store.list_skus().map_err(store_error)?);
    view::print_outcome(&catalog, &outcome, args.dry_run);
    Ok(())
}

fn set_location(opts: &StoreOpts, args: &SetLocationArgs) -> Result<(), CliError> {
    let mut store = opts.open()?;
    let ctx = opts.context(false);
    let outcome = store
        .set_usage_location(&args.user, &args.location, &ctx)
        .map_err(store_error)?;
    let catalog = Catalog::new(store.list_skus().map_err(store_error)?);
    view::print_outcome(&catalog, &outcome, false);
    Ok(())
}
