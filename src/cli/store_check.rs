//! `taskguide store check`: can this store be used? For Microsoft Graph: sign in, read the
//! licenses, read a user, and say which permission is missing; for the embedded stores: read
//! the licenses and the users.

use super::store::StoreOpts;
use super::view;
use super::CliError;
use crate::store::graph::{Probe, ProbeKind, RemoteError};
use crate::store::{LicenseStore, StoreError};
use crate::tr;

/// Runs the checks, prints one line each and a summary; exit code 1 if any failed.
pub fn run(opts: &StoreOpts) -> Result<(), CliError> {
    let url = opts.address().url;
    let mut delegated = false;
    let probes = if url.starts_with("graph:") {
        let store = super::login::open_graph(&url)?;
        delegated = store.account().is_some();
        store.check()
    } else {
        let s = opts.open()?;
        local_probes(s.as_ref())
    };
    let mut text = String::new();
    for p in &probes {
        text.push_str(&line(p, delegated));
        text.push('\n');
    }
    let failed = probes.iter().filter(|p| p.result.is_err()).count();
    if failed == 0 {
        text.push_str(&tr!("graph-check-ready", url = url.as_str()));
        view::say(&text);
        return Ok(());
    }
    text.push_str(&tr!("graph-check-failed", failed = failed, total = probes.len()));
    view::say(&text);
    Err(CliError::silent())
}

fn local_probes(store: &dyn LicenseStore) -> Vec<Probe> {
    vec![
        Probe {
            kind: ProbeKind::ReadSkus,
            result: store.list_skus().map(|s| s.len()),
        },
        Probe {
            kind: ProbeKind::ReadUsers,
            result: store.list_users(None).map(|u| u.len()),
        },
    ]
}

fn line(p: &Probe, delegated: bool) -> String {
    let what = match p.kind {
        ProbeKind::SignIn => tr!("graph-check-sign-in"),
        ProbeKind::ReadSkus => tr!("graph-check-skus"),
        ProbeKind::ReadUsers => tr!("graph-check-users"),
        ProbeKind::Permissions => tr!("graph-check-permissions"),
        ProbeKind::Roles => tr!("graph-check-roles"),
    };
    match &p.result {
        Ok(count) => tr!("graph-check-ok", what = what, count = *count),
        Err(e) => {
            let mut out = tr!(
                "graph-check-error",
                what = what,
                reason = crate::explain::store_error(e)
            );
            if let Some(hint) = hint(p.kind, e, delegated) {
                out.push_str("\n    ");
                out.push_str(&hint);
            }
            out
        }
    }
}

/// The permission to grant when Graph said 401/403: an application permission for the app,
/// a delegated one for a person's sign-in.
fn hint(kind: ProbeKind, e: &StoreError, delegated: bool) -> Option<String> {
    let denied = matches!(
        e,
        StoreError::Remote(RemoteError::Forbidden { .. } | RemoteError::Unauthorized { .. })
    );
    match kind {
        ProbeKind::ReadSkus if denied && delegated => Some(tr!("signin-check-need-licenses")),
        ProbeKind::ReadUsers if denied && delegated => Some(tr!("signin-check-need-users")),
        ProbeKind::ReadSkus if denied => Some(tr!("graph-check-need-licenses")),
        ProbeKind::ReadUsers if denied => Some(tr!("graph-check-need-users")),
        _ => None,
    }
}
