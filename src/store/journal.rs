//! The audit journal: entries built from outcomes, timestamps, and the inverse change that
//! `undo` applies.

use std::time::{SystemTime, UNIX_EPOCH};

use super::error::StoreError;
use super::rules::{self, Catalog, Planned, UserState};
use super::types::{ChangeContext, ChangeKind, JournalEntry, LicenseState, Outcome};

/// The current time as RFC 3339 UTC with milliseconds (`2026-11-29T13:27:05.123Z`).
pub fn now_rfc3339() -> String {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    format_rfc3339(since.as_secs() as i64, since.subsec_millis())
}

/// The current time in Unix seconds.
pub fn now_secs() -> i64 {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    since.as_secs() as i64
}

/// Formats Unix seconds + milliseconds as RFC 3339 UTC.
pub fn format_rfc3339(secs: i64, millis: u32) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Unix seconds of an RFC 3339 UTC time (`2026-11-29T13:27:05Z`, fractions ignored); `None`
/// when it is not one.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// Howard Hinnant's days → (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The journal entry for an applied `outcome` (its id is filled in by the backend).
pub fn entry(id: i64, at: &str, ctx: &ChangeContext, outcome: &Outcome) -> JournalEntry {
    JournalEntry {
        id,
        kind: ChangeKind::Licenses,
        at: at.to_owned(),
        actor: ctx.actor.clone(),
        user_id: outcome.user_id.clone(),
        user_principal_name: outcome.user_principal_name.clone(),
        command: ctx.command.clone(),
        usage_location_before: outcome.usage_location_before.clone(),
        usage_location_after: outcome.usage_location_after.clone(),
        before: outcome.before.clone(),
        after: outcome.after.clone(),
    }
}

/// Plans the undo of `entry` for a user now in `state`: refused with the difference unless
/// the user's licenses and usage location still match the entry's "after".
pub fn plan_undo(catalog: &Catalog, state: &UserState, entry: &JournalEntry) -> Result<Planned, StoreError> {
    let now = state.licenses(catalog);
    if now != entry.after || state.usage_location != entry.usage_location_after {
        return Err(StoreError::UndoConflict {
            id: entry.id,
            user: state.upn.clone(),
            expected: render(catalog, &entry.after, entry.usage_location_after.as_deref()),
            actual: render(catalog, &now, state.usage_location.as_deref()),
        });
    }
    let direct = LicenseState::direct(&entry.before);
    rules::apply_target(catalog, state, direct, entry.usage_location_before.clone())
}

/// A compact, language-neutral rendering of a user's licenses: `[NO] SPE_E3 −SWAY,
/// POWER_BI_PRO @Sales`, a license in error with Graph's codes (`VISIOCLIENT @Design Studio
/// ⚠ CountViolation (Error)`); `∅` for none.
pub fn render(catalog: &Catalog, licenses: &[LicenseState], location: Option<&str>) -> String {
    let mut parts = vec![format!("[{}]", location.unwrap_or("–"))];
    if licenses.is_empty() {
        parts.push("∅".to_owned());
    }
    for l in licenses {
        let mut s = l.sku_part_number.clone();
        for p in &l.disabled_plans {
            s.push_str(" −");
            s.push_str(&rules::plan_name(catalog, p));
        }
        if let Some(g) = &l.inherited_from {
            s.push_str(" @");
            s.push_str(g);
        }
        if l.has_problem() {
            s.push_str(&format!(" ⚠ {} ({})", l.error.name(), l.state.name()));
        }
        parts.push(s);
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(format_rfc3339(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_rfc3339(1_796_002_025, 7), "2026-11-30T01:27:05.007Z");
        assert_eq!(format_rfc3339(951_782_400, 0), "2000-02-29T00:00:00.000Z");
        for secs in [0, 951_782_400, 1_796_002_025] {
            assert_eq!(parse_rfc3339(&format_rfc3339(secs, 7)), Some(secs));
        }
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}
