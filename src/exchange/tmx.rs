//! TMX 1.4 (the translation memory exchange standard), written and read: one `<tu>` per
//! (English, translation) pair, with `x-taskguide-state` and `x-taskguide-origin` properties.
//! Reading keeps the text of each `<seg>`, inline elements (`<bpt>`, `<ph>`…) included as
//! their native code.

use std::fmt::Write as _;
use std::path::Path;

use super::tm::TmEntry;
use super::xml::{self, escape};
use super::ExchangeError;
use crate::l10n::state::Review;
use crate::position::LineIndex;

/// The TMX text of `entries`.
pub fn write(entries: &[TmEntry]) -> String {
    let mut out = String::with_capacity(256 + entries.len() * 300);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    let _ = writeln!(
        out,
        " <header creationtool=\"taskguide\" creationtoolversion=\"{}\" segtype=\"sentence\" o-tmf=\"taskguide\" adminlang=\"en-US\" srclang=\"en-US\" datatype=\"markdown\"/>",
        env!("CARGO_PKG_VERSION")
    );
    out.push_str(" <body>\n");
    for e in entries {
        let _ = writeln!(
            out,
            "  <tu><prop type=\"x-taskguide-state\">{}</prop><prop type=\"x-taskguide-origin\">{}</prop><tuv xml:lang=\"en-US\"><seg>{}</seg></tuv><tuv xml:lang=\"{}\"><seg>{}</seg></tuv></tu>",
            e.state.as_str(),
            escape(&e.origin),
            escape(&e.english),
            escape(&e.locale),
            escape(&e.translation)
        );
    }
    out.push_str(" </body>\n</tmx>\n");
    out
}

/// The entries of a TMX file whose translation is in `locale` (a tag compared
/// case-insensitively; `zh-cn` is zh-CN) and whose source is English.
pub fn read(path: &Path, text: &str, locale: &str) -> Result<Vec<TmEntry>, ExchangeError> {
    let root = xml::parse(text).map_err(|e| {
        let p = LineIndex::new(text).line_col(text, e.offset);
        ExchangeError::File {
            path: path.to_owned(),
            line: p.line,
            col: p.col,
            reason: e.reason,
        }
    })?;
    if root.name != "tmx" {
        let p = LineIndex::new(text).line_col(text, root.offset);
        return Err(ExchangeError::File {
            path: path.to_owned(),
            line: p.line,
            col: p.col,
            reason: "not-tmx".into(),
        });
    }
    let mut out = Vec::new();
    let Some(body) = root.child("body") else {
        return Ok(out);
    };
    for tu in body.elements().filter(|e| e.name == "tu") {
        let prop = |t: &str| {
            tu.elements()
                .find(|p| p.name == "prop" && p.attr("type") == Some(t))
                .map(|p| p.text())
        };
        let state = match prop("x-taskguide-state").as_deref() {
            Some("reviewed") => Review::Reviewed,
            Some("machine") => Review::Machine,
            Some("leveraged") => Review::Leveraged,
            _ => Review::Edited,
        };
        // Never the same origin as a catalog's message: a TMX entry is not that message's own
        // translation, even when it came from a catalog of the same document.
        let origin = match prop("x-taskguide-origin") {
            Some(o) => format!("{} {o}", path.display()),
            None => path.display().to_string(),
        };
        let mut english = None;
        let mut translation = None;
        for tuv in tu.elements().filter(|e| e.name == "tuv") {
            let lang = tuv.attr("xml:lang").or(tuv.attr("lang")).unwrap_or_default();
            let seg = tuv.child("seg").map(|s| s.text());
            if lang.eq_ignore_ascii_case("en-US") || lang.eq_ignore_ascii_case("en") {
                english = seg;
            } else if lang.eq_ignore_ascii_case(locale) {
                translation = seg;
            }
        }
        if let (Some(english), Some(translation)) = (english, translation) {
            out.push(TmEntry {
                english,
                translation,
                locale: locale.to_owned(),
                state,
                origin: origin.clone(),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tmx_reads_back_what_it_wrote() {
        let entries = vec![TmEntry {
            english: "Select **Save** & <b>go</b>".into(),
            translation: "选择 **保存** & <b>走</b>".into(),
            locale: "zh-CN".into(),
            state: Review::Reviewed,
            origin: "a/b#seg-1".into(),
        }];
        let text = write(&entries);
        let back = read(Path::new("x.tmx"), &text, "zh-CN").unwrap();
        assert_eq!(back[0].origin, "x.tmx a/b#seg-1");
        assert_eq!(
            (&back[0].english, &back[0].translation, back[0].state),
            (&entries[0].english, &entries[0].translation, entries[0].state)
        );
        assert_eq!(read(Path::new("x.tmx"), &text, "zh-cn").unwrap().len(), 1);
        assert!(read(Path::new("x.tmx"), &text, "nb-NO").unwrap().is_empty());
    }
}
