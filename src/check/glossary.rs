//! Glossaries for `term-mismatch`: TBX (ISO 30042, what CAT tools export: `termEntry` or
//! `conceptEntry`, `langSet xml:lang`, `term`) and a simple CSV (`source,target,locale,note`,
//! the header optional). A bad entry is an error at its `file:line:col`.

use std::path::{Path, PathBuf};

use super::qa::Term;

/// Why a glossary entry cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A CSV row with fewer than two fields.
    Columns,
    /// An empty source or target term.
    Empty,
    /// The CSV reader's error.
    Csv(String),
    /// The TBX file is not well-formed where the reader needs it.
    Xml(String),
}

/// A glossary that cannot be read, with the place of the bad entry (1-based).
#[derive(Debug, thiserror::Error)]
#[error("check-glossary-error: {}:{line}:{col}", path.display())]
pub struct GlossaryError {
    /// The file.
    pub path: PathBuf,
    /// The line.
    pub line: u32,
    /// The column.
    pub col: u32,
    /// What is wrong.
    pub reason: Reason,
}

/// Reads a glossary file: TBX when it ends in `.tbx` or `.xml` or starts with `<`, else CSV.
pub fn read(path: &Path) -> Result<Vec<Term>, GlossaryError> {
    let text = std::fs::read_to_string(path).map_err(|e| GlossaryError {
        path: path.to_path_buf(),
        line: 1,
        col: 1,
        reason: Reason::Csv(e.to_string()),
    })?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    if matches!(ext, "tbx" | "xml") || text.trim_start().starts_with('<') {
        parse_tbx(path, &text)
    } else {
        parse_csv(path, &text)
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().unwrap_or_default().chars().count() as u32 + 1;
    (line, col)
}

/// Reads the CSV form.
pub fn parse_csv(path: &Path, text: &str) -> Result<Vec<Term>, GlossaryError> {
    let err = |offset: usize, reason: Reason| {
        let (line, col) = line_col(text, offset);
        GlossaryError {
            path: path.to_path_buf(),
            line,
            col,
            reason,
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            let at = e.position().map_or(0, |p| p.byte() as usize);
            err(at, Reason::Csv(e.to_string()))
        })?;
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let field = |k: usize| record.get(k).unwrap_or_default().trim();
        if i == 0 && field(0).eq_ignore_ascii_case("source") && field(1).eq_ignore_ascii_case("target") {
            continue;
        }
        if record.len() == 1 && field(0).is_empty() {
            continue; // a blank line
        }
        if record.len() < 2 {
            return Err(err(start, Reason::Columns));
        }
        for k in 0..2 {
            if field(k).is_empty() {
                // the column of field k: after the k commas before it (unquoted fields)
                let line = &text[start..];
                let at = line
                    .char_indices()
                    .filter(|(_, c)| *c == ',')
                    .nth(k.wrapping_sub(1))
                    .map_or(0, |(j, _)| if k == 0 { 0 } else { j + 1 });
                return Err(err(start + at, Reason::Empty));
            }
        }
        out.push(Term {
            source: field(0).to_owned(),
            target: field(1).to_owned(),
            locale: field(2).to_ascii_lowercase(),
            note: field(3).to_owned(),
        });
    }
    Ok(out)
}

/// XML text with the five predefined entities and character references decoded.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let name = &rest[1..end];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if name.starts_with("#x") => u32::from_str_radix(&name[2..], 16).ok().and_then(char::from_u32),
            _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value of attribute `name` in a start tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!("{name}="))? + name.len() + 1;
    let quote = tag[at..].chars().next()?;
    let rest = &tag[at + 1..];
    Some(&rest[..rest.find(quote)?])
}

/// Reads the TBX form: per term entry, the English `term` (a `langSet` whose `xml:lang` is
/// `en` or `en-*`) and each other language's first `term`.
pub fn parse_tbx(path: &Path, text: &str) -> Result<Vec<Term>, GlossaryError> {
    let err = |offset: usize, reason: Reason| {
        let (line, col) = line_col(text, offset);
        GlossaryError {
            path: path.to_path_buf(),
            line,
            col,
            reason,
        }
    };
    let mut out = Vec::new();
    let mut from = 0;
    let opens = ["<termEntry", "<conceptEntry"];
    loop {
        let next = opens
            .iter()
            .filter_map(|o| text[from..].find(o).map(|i| (from + i, *o)))
            .min();
        let Some((start, open)) = next else { break };
        let close = format!("</{}>", &open[1..]);
        let Some(len) = text[start..].find(&close) else {
            return Err(err(start, Reason::Xml(format!("{open}> without {close}"))));
        };
        let entry = &text[start..start + len];
        let mut source: Option<String> = None;
        let mut targets: Vec<(String, String)> = Vec::new();
        let mut lang_from = 0;
        while let Some(i) = entry[lang_from..].find("<langSet") {
            let at = lang_from + i;
            let tag_end = entry[at..]
                .find('>')
                .ok_or_else(|| err(start + at, Reason::Xml("<langSet without >".into())))?;
            let tag = &entry[at..at + tag_end];
            let lang = attribute(tag, "xml:lang")
                .ok_or_else(|| err(start + at, Reason::Xml("langSet without xml:lang".into())))?;
            let body_end = entry[at..].find("</langSet>").map_or(entry.len(), |e| at + e);
            let body = &entry[at..body_end];
            let term = body.find("<term>").and_then(|t| {
                let inner = &body[t + 6..];
                inner.find("</term>").map(|e| unescape(inner[..e].trim()))
            });
            let Some(term) = term.filter(|t| !t.is_empty()) else {
                return Err(err(start + at, Reason::Empty));
            };
            let lang = lang.to_ascii_lowercase();
            if lang == "en" || lang.starts_with("en-") {
                source.get_or_insert(term);
            } else {
                targets.push((lang, term));
            }
            lang_from = body_end.max(at + 1);
        }
        let Some(source) = source else {
            return Err(err(start, Reason::Empty));
        };
        for (locale, target) in targets {
            out.push(Term {
                source: source.clone(),
                target,
                locale,
                note: String::new(),
            });
        }
        from = start + len + close.len();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_with_and_without_header() {
        let t = parse_csv(
            Path::new("g.csv"),
            "source,target,locale,note\nadmin center,administrasjonssenter,nb-NO,UI\n\"sign in\",\"登录\",zh-CN,\n",
        )
        .unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(
            (t[0].target.as_str(), t[0].locale.as_str()),
            ("administrasjonssenter", "nb-no")
        );
        assert_eq!(t[1].target, "登录");
        assert_eq!(parse_csv(Path::new("g.csv"), "a,b\n").unwrap()[0].source, "a");
    }

    #[test]
    fn csv_errors_have_their_place() {
        let e = parse_csv(Path::new("g.csv"), "source,target\nok,fine\nalone\n").unwrap_err();
        assert_eq!((e.line, e.col, e.reason), (3, 1, Reason::Columns));
        let e = parse_csv(Path::new("g.csv"), "x,y\nterm,,fr-FR\n").unwrap_err();
        assert_eq!((e.line, e.col, e.reason), (2, 6, Reason::Empty));
    }

    #[test]
    fn tbx_entries_per_language() {
        let tbx = r#"<?xml version="1.0"?>
<martif type="TBX"><text><body>
<termEntry id="1">
  <langSet xml:lang="en"><tig><term>admin center</term></tig></langSet>
  <langSet xml:lang="fr-FR"><tig><term>centre d&#8217;administration</term></tig></langSet>
  <langSet xml:lang="he-IL"><tig><term>מרכז הניהול</term></tig></langSet>
</termEntry>
</body></text></martif>"#;
        let t = parse_tbx(Path::new("g.tbx"), tbx).unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].target, "centre d’administration");
        assert_eq!(
            (t[1].locale.as_str(), t[1].target.as_str()),
            ("he-il", "מרכז הניהול")
        );
    }

    #[test]
    fn tbx_errors_have_their_place() {
        let e = parse_tbx(Path::new("g.tbx"), "<body>\n  <termEntry>\n <langSet>").unwrap_err();
        assert_eq!((e.line, e.col), (2, 3));
        let e = parse_tbx(
            Path::new("g.tbx"),
            "<body>\n<termEntry><langSet xml:lang=\"en\"><term></term></langSet></termEntry>",
        )
        .unwrap_err();
        assert_eq!((e.line, e.col, e.reason), (2, 12, Reason::Empty));
    }
}
