//! gettext PO, written and read: one file per document.
//!
//! The header names the document (`X-Taskguide-Doc`) and locale (`Language`,
//! `X-Taskguide-Locale`). Each message: `msgctxt` its id, `msgid` the current English,
//! `msgstr` the translation; `#.` comments its place and state; a stale message is `fuzzy`
//! with the English it was made from as `#| msgid`. Fuzzy matches from the translation memory
//! are `#.` comments (`tm 92%: …`).
//!
//! The reviewed marker: a translator comment line `# reviewed` on a message that is not
//! `fuzzy` marks it reviewed on import (taskguide writes it on reviewed messages); a message
//! without it is taken as edited when its text changed; a `fuzzy` one is not taken.

use std::fmt::Write as _;
use std::path::Path;

use super::incoming::{Incoming, Signal};
use super::tm::Match;
use super::units::{DocUnits, UnitState};
use super::ExchangeError;
use crate::l10n::state::Review;

/// The translator comment that marks a message reviewed.
pub const REVIEWED: &str = "reviewed";

/// The PO text of one document's units in `locale`; `matches(unit index)` gives the fuzzy
/// matches to suggest.
pub fn write(doc: &DocUnits, locale: &str, matches: &dyn Fn(usize) -> Vec<Match>) -> String {
    let mut out = String::with_capacity(512 + doc.units.len() * 300);
    let _ = writeln!(out, "# {} ({locale}), exported by taskguide.", doc.doc);
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    let header = [
        "Project-Id-Version: taskguide\\n".to_owned(),
        "Report-Msgid-Bugs-To: \\n".to_owned(),
        "PO-Revision-Date: 2026-01-01 00:00+0000\\n".to_owned(),
        "Last-Translator: taskguide\\n".to_owned(),
        format!("Language-Team: {locale}\\n"),
        format!("Language: {}\\n", locale.replace('-', "_")),
        "MIME-Version: 1.0\\n".to_owned(),
        "Content-Type: text/plain; charset=UTF-8\\n".to_owned(),
        "Content-Transfer-Encoding: 8bit\\n".to_owned(),
        format!("X-Taskguide-Doc: {}\\n", quote_inner(&doc.doc)),
        format!("X-Taskguide-Locale: {locale}\\n"),
    ];
    for h in header {
        let _ = writeln!(out, "\"{h}\"");
    }
    for (i, unit) in doc.units.iter().enumerate() {
        out.push('\n');
        if unit.state == UnitState::Translated(Review::Reviewed) {
            let _ = writeln!(out, "# {REVIEWED}");
        }
        if let Some(place) = &unit.place {
            let _ = writeln!(out, "#. {}", one_line(place));
        }
        let state = match unit.state {
            UnitState::Missing => "missing",
            UnitState::Stale => "stale",
            UnitState::Translated(r) => r.as_str(),
        };
        // msgfmt refuses a msgid and msgstr that differ in a first or last line break: such a
        // translation goes out fuzzy (to be fixed), marked.
        let target = unit.target.as_deref().unwrap_or("");
        let breaks = |s: &str| (s.starts_with('\n'), s.ends_with('\n'));
        let mismatch = !target.is_empty() && breaks(target) != breaks(&unit.english);
        if mismatch {
            let _ = writeln!(out, "#. state: {state}, line-break-mismatch");
        } else {
            let _ = writeln!(out, "#. state: {state}");
        }
        for m in matches(i) {
            let _ = writeln!(
                out,
                "#. tm {}% ({}): {} => {}",
                m.score,
                one_line(&m.origin),
                one_line(&m.english),
                one_line(&m.translation)
            );
        }
        if mismatch && unit.state != UnitState::Stale {
            out.push_str("#, fuzzy\n");
        }
        if unit.state == UnitState::Stale {
            out.push_str("#, fuzzy\n");
            if let Some(previous) = &unit.previous {
                let _ = writeln!(out, "#| msgctxt \"{}\"", quote_inner(&unit.id));
                write_field(&mut out, "#| msgid", previous);
            }
        }
        let _ = writeln!(out, "msgctxt \"{}\"", quote_inner(&unit.id));
        write_field(&mut out, "msgid", &unit.english);
        write_field(&mut out, "msgstr", unit.target.as_deref().unwrap_or(""));
    }
    out
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// `s` escaped for the inside of a PO string.
fn quote_inner(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// `keyword "…"`, split after each line break into continuation lines.
fn write_field(out: &mut String, keyword: &str, value: &str) {
    let prefix = if keyword.starts_with("#|") { "#| " } else { "" };
    if value.contains('\n') {
        let _ = writeln!(out, "{keyword} \"\"");
        for line in value.split_inclusive('\n') {
            let _ = writeln!(out, "{prefix}\"{}\"", quote_inner(line));
        }
    } else {
        let _ = writeln!(out, "{keyword} \"{}\"", quote_inner(value));
    }
}

/// Reads a PO file written by [`write()`] (or edited by a tool): its locale and units.
pub fn read(path: &Path, text: &str) -> Result<(String, Vec<Incoming>), ExchangeError> {
    let err = |line: usize, reason: &str| ExchangeError::File {
        path: path.to_owned(),
        line: line as u32,
        col: 1,
        reason: reason.to_owned(),
    };
    #[derive(Default)]
    struct Entry {
        line: usize,
        fuzzy: bool,
        reviewed: bool,
        ctxt: Option<String>,
        id: Option<String>,
        strs: Option<String>,
    }
    let mut entries: Vec<Entry> = Vec::new();
    let mut cur = Entry::default();
    let mut field: Option<u8> = None; // 0 ctxt, 1 id, 2 str
    let mut started = false;
    let flush = |cur: &mut Entry, entries: &mut Vec<Entry>, started: &mut bool| {
        if *started {
            entries.push(std::mem::take(cur));
            *started = false;
        }
    };
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut cur, &mut entries, &mut started);
            field = None;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if cur.strs.is_some() {
                flush(&mut cur, &mut entries, &mut started);
                field = None;
            }
            if !started {
                cur.line = line_no;
                started = true;
            }
            if let Some(flags) = c.strip_prefix(',') {
                if flags.split(',').any(|f| f.trim() == "fuzzy") {
                    cur.fuzzy = true;
                }
            } else if (c.starts_with(' ') || c.is_empty()) && c.trim() == REVIEWED {
                cur.reviewed = true;
            }
            continue;
        }
        let (kw, rest) = match line.split_once(char::is_whitespace) {
            Some((kw, rest)) if !line.starts_with('"') => (kw, rest.trim()),
            _ => ("", line),
        };
        let which = match kw {
            "msgctxt" => Some(0),
            "msgid" => Some(1),
            "msgstr" => Some(2),
            "" => None,
            "msgid_plural" => return Err(err(line_no, "po-plural")),
            _ if kw.starts_with("msgstr[") => return Err(err(line_no, "po-plural")),
            _ => return Err(err(line_no, "po-syntax")),
        };
        if let Some(w) = which {
            if (w == 0 || (w == 1 && cur.ctxt.is_none())) && cur.strs.is_some() {
                flush(&mut cur, &mut entries, &mut started);
            }
            if !started {
                cur.line = line_no;
                started = true;
            }
            field = Some(w);
            let slot = match w {
                0 => &mut cur.ctxt,
                1 => &mut cur.id,
                _ => &mut cur.strs,
            };
            *slot = Some(String::new());
        }
        let value = unquote(rest).ok_or_else(|| err(line_no, "po-syntax"))?;
        let slot = match field {
            Some(0) => &mut cur.ctxt,
            Some(1) => &mut cur.id,
            Some(2) => &mut cur.strs,
            _ => return Err(err(line_no, "po-syntax")),
        };
        slot.get_or_insert_with(String::new).push_str(&value);
    }
    flush(&mut cur, &mut entries, &mut started);
    let header = entries
        .iter()
        .find(|e| e.id.as_deref() == Some("") && e.ctxt.is_none())
        .and_then(|e| e.strs.clone())
        .unwrap_or_default();
    let field_of = |name: &str| {
        header.lines().find_map(|l| {
            l.strip_prefix(name)
                .and_then(|r| r.strip_prefix(':'))
                .map(|v| v.trim().to_owned())
        })
    };
    let doc = field_of("X-Taskguide-Doc").ok_or_else(|| err(1, "po-no-doc"))?;
    let locale = field_of("X-Taskguide-Locale")
        .or_else(|| field_of("Language").map(|l| l.replace('_', "-")))
        .ok_or_else(|| err(1, "po-no-language"))?;
    let mut out = Vec::new();
    for e in entries {
        let (Some(id), Some(source)) = (e.ctxt, e.id) else {
            continue;
        };
        let signal = if e.fuzzy {
            Signal::Unconfirmed
        } else if e.reviewed {
            Signal::Final
        } else {
            Signal::Translated
        };
        out.push(Incoming {
            doc: doc.clone(),
            id,
            source,
            target: e.strs.map(Ok),
            signal,
            line: e.line as u32,
            col: 1,
        });
    }
    Ok((locale, out))
}

/// The value of a PO string literal `"…"`.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::units::Unit;

    #[test]
    fn a_po_file_reads_back_what_it_wrote() {
        let doc = DocUnits {
            doc: "a/b".into(),
            units: vec![
                Unit {
                    id: "seg-1".into(),
                    place: Some("step 1".into()),
                    english: "Select \"**Save**\"\nthen go".into(),
                    previous: Some("Old".into()),
                    target: Some("Velg \\ **Lagre**".into()),
                    state: UnitState::Stale,
                },
                Unit {
                    id: "seg-2".into(),
                    place: None,
                    english: "Two".into(),
                    previous: None,
                    target: Some("To".into()),
                    state: UnitState::Translated(Review::Reviewed),
                },
            ],
        };
        let text = write(&doc, "nb-NO", &|_| Vec::new());
        let (locale, units) = read(Path::new("x.po"), &text).unwrap();
        assert_eq!(locale, "nb-NO");
        assert_eq!(units.len(), 2);
        assert_eq!(units[0].source, "Select \"**Save**\"\nthen go");
        assert_eq!(units[0].target, Some(Ok("Velg \\ **Lagre**".to_owned())));
        assert_eq!(units[0].signal, Signal::Unconfirmed);
        assert_eq!(units[1].signal, Signal::Final);
        assert_eq!(units[1].doc, "a/b");
    }
}
