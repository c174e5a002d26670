//! XLIFF 2.1 (OASIS), written and read.
//!
//! One `<file>` per document (`original` = the document id), one `<unit>` per message (`id` =
//! the message id) with a `<segment>`: `<source>` the current English, `<target>` the current
//! translation. Notes: `location` (the place in the document), `previous-source` (for a stale
//! message, the English its translation was made from). Markdown and HTML markup are inline
//! codes, `<ph>` and `<pc>`, with their text in `<originalData>`; fuzzy matches from the
//! translation memory are `<mtc:matches>`.
//!
//! States: missing and stale units are `initial` (a stale one with its old translation as
//! target), machine, leveraged and edited ones `translated` (`subState` `taskguide:machine` …),
//! reviewed ones `final`. On import, `final` means reviewed, `translated` and `reviewed` mean
//! edited, and `initial` units are not taken.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use super::incoming::{Incoming, Refusal, Signal};
use super::inline::{split, Kind, Piece};
use super::tm::Match;
use super::units::{DocUnits, UnitState};
use super::xml::{self, escape, Element, Node};
use super::ExchangeError;
use crate::l10n::state::Review;
use crate::position::LineIndex;

/// The XLIFF 2 core namespace.
pub const NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The translation candidates module's namespace.
pub const MTC: &str = "urn:oasis:names:tc:xliff:matches:2.0";

/// The XLIFF text for `docs` in `locale`; `matches(doc, unit index)` gives the fuzzy matches
/// to suggest.
pub fn write(docs: &[DocUnits], locale: &str, matches: &dyn Fn(usize, usize) -> Vec<Match>) -> String {
    let mut out = String::with_capacity(1024 + docs.iter().map(|d| d.units.len() * 400).sum::<usize>());
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<xliff xmlns="{NS}" xmlns:mtc="{MTC}" version="2.1" srcLang="en-US" trgLang="{}">"#,
        escape(locale)
    );
    for (d, doc) in docs.iter().enumerate() {
        let _ = writeln!(out, r#" <file id="f{}" original="{}">"#, d + 1, escape(&doc.doc));
        for (u, unit) in doc.units.iter().enumerate() {
            let _ = writeln!(out, r#"  <unit id="{}">"#, escape(&unit.id));
            let found = matches(d, u);
            if !found.is_empty() {
                let _ = writeln!(out, "   <mtc:matches>");
                for m in &found {
                    let _ = write!(
                        out,
                        r##"    <mtc:match ref="#s1" similarity="{}" origin="{}"><source>"##,
                        m.score,
                        escape(&m.origin)
                    );
                    out.push_str(&escape(&m.english));
                    out.push_str("</source><target>");
                    out.push_str(&escape(&m.translation));
                    out.push_str("</target></mtc:match>\n");
                }
                let _ = writeln!(out, "   </mtc:matches>");
            }
            let notes: Vec<(&str, &str)> = [
                unit.place.as_deref().map(|p| ("location", p)),
                unit.previous.as_deref().map(|p| ("previous-source", p)),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !notes.is_empty() {
                let _ = writeln!(out, "   <notes>");
                for (category, text) in notes {
                    let _ = writeln!(out, r#"    <note category="{category}">{}</note>"#, escape(text));
                }
                let _ = writeln!(out, "   </notes>");
            }
            let mut codes = Codes::default();
            let source = codes.source(&unit.english);
            let target = unit.target.as_deref().map(|t| codes.target(t));
            if !codes.data.is_empty() {
                let _ = writeln!(out, "   <originalData>");
                for (id, data) in &codes.data {
                    let _ = writeln!(out, r#"    <data id="{id}">{}</data>"#, escape(data));
                }
                let _ = writeln!(out, "   </originalData>");
            }
            let (state, sub) = match unit.state {
                UnitState::Missing | UnitState::Stale => ("initial", None),
                UnitState::Translated(Review::Reviewed) => ("final", Some("reviewed")),
                UnitState::Translated(r) => ("translated", Some(r.as_str())),
            };
            let _ = write!(out, r#"   <segment id="s1" state="{state}""#);
            if let Some(sub) = sub {
                let _ = write!(out, r#" subState="taskguide:{sub}""#);
            }
            let _ = writeln!(out, ">");
            let _ = writeln!(out, "    <source xml:space=\"preserve\">{source}</source>");
            if let Some(target) = target {
                let _ = writeln!(out, "    <target xml:space=\"preserve\">{target}</target>");
            }
            let _ = writeln!(out, "   </segment>\n  </unit>");
        }
        let _ = writeln!(out, " </file>");
    }
    out.push_str("</xliff>\n");
    out
}

/// A code's original data: an open or standalone code's, and a pair's closing one.
type CodeKey = (String, Option<String>);
/// A code's id and data ids: the open or standalone code's, and a pair's closing one.
type CodeIds = (String, String, Option<String>);

/// The inline codes of one unit: ids given in the source, reused by the target for the same
/// markup, and the original data of each.
#[derive(Default)]
struct Codes {
    data: Vec<(String, String)>,
    /// Source codes: (data of open or standalone, data of close) → (code id, data ids), unused.
    free: Vec<(CodeKey, CodeIds)>,
    next: usize,
    next_target: usize,
}

impl Codes {
    fn add_data(&mut self, data: &str) -> String {
        let id = format!("d{}", self.data.len() + 1);
        self.data.push((id.clone(), data.to_owned()));
        id
    }

    fn source(&mut self, text: &str) -> String {
        let pieces = split(text);
        let mut out = String::new();
        for p in &pieces {
            match p {
                Piece::Text(t) => out.push_str(&escape(t)),
                Piece::Code {
                    kind: Kind::Standalone,
                    data,
                    ..
                } => {
                    self.next += 1;
                    let id = self.next.to_string();
                    let d = self.add_data(data);
                    let _ = write!(out, r#"<ph id="{id}" dataRef="{d}"/>"#);
                    self.free.push((((*data).to_owned(), None), (id, d, None)));
                }
                Piece::Code {
                    kind: Kind::Open,
                    data,
                    partner,
                } => {
                    self.next += 1;
                    let id = self.next.to_string();
                    let close = partner.and_then(|k| match pieces[k] {
                        Piece::Code { data, .. } => Some(data),
                        Piece::Text(_) => None,
                    });
                    let start = self.add_data(data);
                    let end = self.add_data(close.unwrap_or(""));
                    let _ = write!(out, r#"<pc id="{id}" dataRefStart="{start}" dataRefEnd="{end}">"#);
                    self.free.push((
                        ((*data).to_owned(), close.map(str::to_owned)),
                        (id, start, Some(end)),
                    ));
                }
                Piece::Code {
                    kind: Kind::Close, ..
                } => out.push_str("</pc>"),
            }
        }
        out
    }

    fn take(&mut self, key: &CodeKey) -> Option<CodeIds> {
        let at = self.free.iter().position(|(k, _)| k == key)?;
        Some(self.free.remove(at).1)
    }

    fn target(&mut self, text: &str) -> String {
        let pieces = split(text);
        let mut out = String::new();
        for p in &pieces {
            match p {
                Piece::Text(t) => out.push_str(&escape(t)),
                Piece::Code {
                    kind: Kind::Standalone,
                    data,
                    ..
                } => {
                    let (id, d) = match self.take(&((*data).to_owned(), None)) {
                        Some((id, d, _)) => (id, d),
                        None => {
                            self.next_target += 1;
                            (format!("t{}", self.next_target), self.add_data(data))
                        }
                    };
                    let _ = write!(out, r#"<ph id="{id}" dataRef="{d}"/>"#);
                }
                Piece::Code {
                    kind: Kind::Open,
                    data,
                    partner,
                } => {
                    let close = partner
                        .and_then(|k| match pieces[k] {
                            Piece::Code { data, .. } => Some(data.to_owned()),
                            Piece::Text(_) => None,
                        })
                        .unwrap_or_default();
                    let (id, start, end) = match self.take(&((*data).to_owned(), Some(close.clone()))) {
                        Some((id, s, Some(e))) => (id, s, e),
                        _ => {
                            self.next_target += 1;
                            let s = self.add_data(data);
                            let e = self.add_data(&close);
                            (format!("t{}", self.next_target), s, e)
                        }
                    };
                    let _ = write!(out, r#"<pc id="{id}" dataRefStart="{start}" dataRefEnd="{end}">"#);
                }
                Piece::Code {
                    kind: Kind::Close, ..
                } => out.push_str("</pc>"),
            }
        }
        out
    }
}

/// Reads an XLIFF 2 file: its target locale and its units. A unit whose inline codes cannot be
/// resolved has its refusal in place of its target.
pub fn read(path: &Path, text: &str) -> Result<(String, Vec<Incoming>), ExchangeError> {
    let index = LineIndex::new(text);
    let at = |offset: usize| index.line_col(text, offset);
    let file_error = |offset: usize, reason: String| {
        let p = at(offset);
        ExchangeError::File {
            path: path.to_owned(),
            line: p.line,
            col: p.col,
            reason,
        }
    };
    let root = xml::parse(text).map_err(|e| file_error(e.offset, e.reason))?;
    if root.name != "xliff" || !root.attr("version").is_some_and(|v| v.starts_with('2')) {
        return Err(file_error(root.offset, "not-xliff-2".into()));
    }
    let locale = root
        .attr("trgLang")
        .ok_or_else(|| file_error(root.offset, "no-trgLang".into()))?
        .to_owned();
    let mut out = Vec::new();
    for file in root.elements().filter(|e| e.name == "file") {
        let Some(doc) = file.attr("original") else {
            return Err(file_error(file.offset, "no-original".into()));
        };
        for unit in file.elements().filter(|e| e.name == "unit") {
            let id = unit.attr("id").unwrap_or_default().to_owned();
            let data: HashMap<&str, String> = unit
                .child("originalData")
                .into_iter()
                .flat_map(|o| o.elements())
                .filter(|d| d.name == "data")
                .map(|d| (d.attr("id").unwrap_or_default(), d.text()))
                .collect();
            let Some(segment) = unit.child("segment") else {
                continue;
            };
            let state = segment.attr("state").unwrap_or("initial");
            let signal = match state {
                "final" => Signal::Final,
                "translated" | "reviewed" => Signal::Translated,
                _ => Signal::Unconfirmed,
            };
            let source = segment.child("source").map(|s| content(s, &data));
            let target = segment.child("target").map(|t| content(t, &data));
            let p = at(unit.offset);
            let (source, target) = match (source, target) {
                (Some(Ok(s)), Some(t)) => (s, Some(t)),
                (Some(Ok(s)), None) => (s, None),
                (bad, _) => {
                    let (offset, why) = match bad {
                        Some(Err(e)) => e,
                        _ => (unit.offset, Refusal::UnknownCode { id: "source".into() }),
                    };
                    let q = at(offset);
                    out.push(Incoming {
                        doc: doc.to_owned(),
                        id,
                        source: String::new(),
                        target: Some(Err(why)),
                        signal,
                        line: q.line,
                        col: q.col,
                    });
                    continue;
                }
            };
            let target = target.map(|t| {
                t.map_err(|(offset, why)| {
                    let q = at(offset);
                    (q.line, q.col, why)
                })
            });
            let (line, col, target) = match target {
                Some(Err((line, col, why))) => (line, col, Some(Err(why))),
                Some(Ok(t)) => (p.line, p.col, Some(Ok(t))),
                None => (p.line, p.col, None),
            };
            out.push(Incoming {
                doc: doc.to_owned(),
                id,
                source,
                target,
                signal,
                line,
                col,
            });
        }
    }
    Ok((locale, out))
}

/// The text of a `<source>` or `<target>`: its text with each code replaced by its original
/// data. An unknown code is refused with the offset of its element.
fn content(e: &Element, data: &HashMap<&str, String>) -> Result<String, (usize, Refusal)> {
    let mut out = String::new();
    fn walk(e: &Element, data: &HashMap<&str, String>, out: &mut String) -> Result<(), (usize, Refusal)> {
        for n in &e.children {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Element(c) => {
                    let look = |attr: &str| -> Result<&String, (usize, Refusal)> {
                        let id = c.attr(attr).unwrap_or_default();
                        data.get(id).ok_or_else(|| {
                            (
                                c.offset,
                                Refusal::UnknownCode {
                                    id: c.attr("id").unwrap_or(id).to_owned(),
                                },
                            )
                        })
                    };
                    match c.name.as_str() {
                        "ph" => out.push_str(look("dataRef")?),
                        "pc" => {
                            out.push_str(look("dataRefStart")?);
                            walk(c, data, out)?;
                            out.push_str(look("dataRefEnd")?);
                        }
                        // Markers (`mrk`, `sm`, `em`) carry no text of their own.
                        "mrk" => walk(c, data, out)?,
                        "sm" | "em" => {}
                        other => return Err((c.offset, Refusal::UnknownCode { id: other.to_owned() })),
                    }
                }
            }
        }
        Ok(())
    }
    walk(e, data, &mut out)?;
    Ok(out)
}
