//! Findings → one self-contained HTML page (no scripts, no external files; usable offline):
//! a summary of counts per code and locale, then one table per document with each finding's
//! place, code, message, hint, and the source and translation in full.

use std::collections::BTreeMap;

use super::report::{label, Summary};
use super::Finding;

/// Text escaped for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em;width:100%}\
td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:start}th{background:#eee}\
.error{color:#a00}.warning{color:#850}.note{color:#555}td.text{unicode-bidi:plaintext;white-space:pre-wrap}";

/// The page for `findings` (in document order) and their summary.
pub fn page(findings: &[Finding], summary: &Summary) -> String {
    let m = crate::l10n::engine::messages();
    let t = |id: &str| escape(&m.format_plain(id, None));
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        t("check-html-title"),
        t("check-html-title")
    ));
    out.push_str(&format!("<p>{}</p>\n", escape(&summary.line())));
    // the summary: codes × locales
    let locales: Vec<&String> = summary.per_locale.keys().collect();
    out.push_str(&format!(
        "<h2>{}</h2>\n<table><tr><th>{}</th>",
        t("check-html-summary"),
        t("check-html-code")
    ));
    for l in &locales {
        out.push_str(&format!("<th>{}</th>", escape(l)));
    }
    out.push_str("</tr>\n");
    for code in summary.per_code.keys() {
        out.push_str(&format!("<tr><td><code>{}</code></td>", escape(code)));
        for l in &locales {
            let n = summary.per_locale[*l].get(code).copied().unwrap_or(0);
            out.push_str(&format!("<td>{n}</td>"));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    let mut per_doc: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings {
        per_doc.entry(&f.path).or_default().push(f);
    }
    for (path, list) in per_doc {
        out.push_str(&format!(
            "<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
            escape(path),
            t("check-html-place"),
            t("check-html-code"),
            t("check-html-message"),
            t("check-html-source"),
            t("check-html-target")
        ));
        for f in list {
            let sev = f.severity().as_str();
            let folded = if f.folded.is_empty() {
                String::new()
            } else {
                format!(" (+{})", escape(&f.folded.join(", ")))
            };
            out.push_str(&format!(
                "<tr><td>{}<br>{}</td><td class=\"{sev}\">{}[<code>{}</code>]{folded}</td><td>{}<br><small>{}</small></td><td class=\"text\">{}</td><td class=\"text\">{}</td></tr>\n",
                f.pos,
                escape(&f.id),
                escape(&label(f.severity())),
                escape(f.code()),
                escape(&f.kind.message(true)),
                escape(&f.kind.hint(true)),
                escape(&f.full_source),
                escape(&f.full_target),
            ));
        }
        out.push_str("</table>\n");
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Kind;
    use crate::position::LineCol;

    #[test]
    fn a_page_has_a_table_per_document_and_escapes_text() {
        let mut f = Finding::new(
            "content/he-IL/a.md".into(),
            LineCol { line: 2, col: 3 },
            Kind::MissingSpace,
            "x-1".into(),
        );
        f.full_target = "<script>x</script> שלום".into();
        let mut summary = Summary::default();
        summary.add(&f);
        summary.add_locale("he-IL", &f);
        let html = page(&[f], &summary);
        assert!(html.contains("<h2>content/he-IL/a.md</h2>"));
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt; שלום"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("<th>he-IL</th>") && html.contains("<td>1</td>"));
    }
}
