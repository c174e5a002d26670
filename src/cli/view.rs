//! How store results look in a terminal: user and SKU lines, a change as `+`/`−`/`~` lines
//! with the seats left, bulk result lines. Colour through anstream (honours NO_COLOR).

use std::io::Write;

use anstyle::{AnsiColor, Style};

use crate::store::rules::{plan_name, Catalog};
use crate::store::{LicenseState, Outcome, Sku, User};
use crate::tr;

const ADDED: Style = AnsiColor::Green.on_default();
const REMOVED: Style = AnsiColor::Red.on_default();
const CHANGED: Style = AnsiColor::Yellow.on_default();
const DIM: Style = Style::new().dimmed();

/// Prints `text` and a newline on stdout, colours stripped where unsupported.
pub fn say(text: &str) {
    let mut out = anstream::stdout();
    let _ = writeln!(out, "{text}");
}

/// Prints a notice about the run itself (not its result) and a newline on stderr, so that the
/// transcript on stdout stays the task's.
pub fn note(text: &str) {
    let mut err = anstream::stderr();
    let _ = writeln!(err, "{text}");
}

/// `upn  display name  NO  SPE_E3, POWER_BI_PRO @Sales Analytics`.
pub fn user_line(u: &User) -> String {
    let licenses: Vec<String> = u
        .licenses
        .iter()
        .map(|l| match crate::explain::license_group(l) {
            Some(g) => format!("{} @{g}", l.sku_part_number),
            None => l.sku_part_number.clone(),
        })
        .collect();
    let location = u.usage_location.as_deref().unwrap_or("–");
    format!(
        "{:<42} {:<22} {location:<3} {}",
        u.user_principal_name,
        u.display_name,
        licenses.join(", ")
    )
}

/// One SKU with its seats.
pub fn sku_line(s: &Sku) -> String {
    tr!(
        "store-sku-line",
        part = s.sku_part_number.as_str(),
        name = s.name.as_str(),
        available = s.available(),
        total = s.prepaid_units.enabled,
        plans = s.service_plans.len()
    )
}

/// The `+`/`−`/`~` lines of a change, plus seats left for each SKU it touched.
pub fn change_lines(catalog: &Catalog, out: &Outcome) -> Vec<String> {
    let key = |l: &LicenseState| (l.sku_id.clone(), l.inherited_from.clone(), l.state, l.error);
    let mut lines = Vec::new();
    for after in &out.after {
        match out.before.iter().find(|b| key(b) == key(after)) {
            None => lines.push(styled(ADDED, &format!("+ {}", license_text(catalog, after, out)))),
            Some(b) if b.disabled_plans != after.disabled_plans => {
                lines.push(styled(
                    CHANGED,
                    &format!("~ {}", license_text(catalog, after, out)),
                ));
            }
            Some(_) => {}
        }
    }
    for before in out
        .before
        .iter()
        .filter(|b| !out.after.iter().any(|a| key(a) == key(b)))
    {
        lines.push(styled(
            REMOVED,
            &format!("− {}", license_text(catalog, before, out)),
        ));
    }
    if out.usage_location_before != out.usage_location_after {
        lines.push(styled(
            CHANGED,
            &tr!(
                "store-change-location",
                before = out.usage_location_before.as_deref().unwrap_or("–"),
                after = out.usage_location_after.as_deref().unwrap_or("–")
            ),
        ));
    }
    lines
}

fn license_text(catalog: &Catalog, l: &LicenseState, out: &Outcome) -> String {
    let mut s = l.sku_part_number.clone();
    if let Some(g) = crate::explain::license_group(l) {
        s.push_str(&format!(" @{g}"));
    }
    if !l.disabled_plans.is_empty() {
        let names: Vec<String> = l.disabled_plans.iter().map(|p| plan_name(catalog, p)).collect();
        s.push_str(&format!(
            " ({})",
            tr!("store-change-off", plans = names.join(", "))
        ));
    }
    if let Some(seat) = out.seats.iter().find(|x| x.sku_id == l.sku_id) {
        let seats = tr!("store-seats-left", available = seat.available, total = seat.total);
        s.push_str(&format!("  {}", styled(DIM, &seats)));
    }
    s
}

fn styled(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// Prints a change for one user: the user, the lines, and what happened.
pub fn print_outcome(catalog: &Catalog, out: &Outcome, dry_run: bool) {
    let mut text = out.user_principal_name.clone();
    let lines = change_lines(catalog, out);
    for line in &lines {
        text.push_str("\n  ");
        text.push_str(line);
    }
    text.push('\n');
    text.push_str(&match (lines.is_empty(), dry_run, out.journal_id) {
        (true, _, _) => tr!("store-unchanged", user = out.user_principal_name.as_str()),
        (false, true, _) => tr!("store-dry-run"),
        (false, false, Some(id)) => tr!("store-applied", id = id.to_string()),
        (false, false, None) => String::new(),
    });
    say(&text);
}

/// A bulk result line: `ok`, `unchanged` or `error` and the user (and the reason).
pub fn row_line(user: &str, result: &Result<Outcome, crate::store::StoreError>) -> String {
    match result {
        Ok(out) if out.changed() => styled(ADDED, &tr!("store-row-ok", user = user)),
        Ok(_) => styled(DIM, &tr!("store-row-unchanged", user = user)),
        Err(e) => styled(
            REMOVED,
            &tr!(
                "store-row-error",
                user = user,
                reason = crate::explain::store_error(e)
            ),
        ),
    }
}
