//! The body of one page: the document's Markdown in a locale as HTML, each segment wrapped in
//! an element that carries its English (for the tooltip and the whole-page switch) and, when
//! its text is not the locale's own, its real language and a badge.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::doc::{Doc, SegmentTexts};
use crate::l10n::texts::Localized;
use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

/// How a segment's text relates to the page's locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The locale's own text.
    Own,
    /// Taken from another locale (missing in the locale's catalogs).
    Fallback(String),
    /// The locale's catalog text was made from other English: an older text is shown.
    Stale,
}

/// Per segment: where its text came from, from what [`Localized`] reports.
pub fn statuses(loc: &Localized) -> Vec<Status> {
    let mut out = vec![Status::Own; loc.ids.len()];
    let index: std::collections::HashMap<&str, usize> = loc
        .ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    for s in &loc.stale {
        if let Some(&i) = index.get(s.id.as_str()) {
            out[i] = Status::Stale;
        }
    }
    for f in &loc.fallbacks {
        if let Some(&i) = index.get(f.id.as_str()) {
            out[i] = Status::Fallback(f.locale.clone());
        }
    }
    out
}

/// Texts of the page that the templates do not hold.
pub struct Labels<'a> {
    /// The badge's accessible text for a segment in another language.
    pub fallback: &'a str,
    /// The badge's accessible text for a stale segment.
    pub stale: &'a str,
}

/// What a page body is made of.
pub struct Body {
    /// The article as HTML.
    pub html: String,
    /// The English of each segment, as inline HTML in hidden elements (`id="e<i>"`).
    pub english: String,
    /// The page's search terms.
    pub terms: BTreeSet<String>,
}

/// The page body of `doc` in `loc.locale`.
pub fn body(doc: &Doc, loc: &Localized, status: &[Status], labels: &Labels, rtl: bool) -> Body {
    let en = loc.locale.language.as_str() == "en";
    let wrapped = Wrapped {
        doc,
        loc,
        status,
        labels,
        english: !en,
    };
    let mut md = String::with_capacity(doc.text().len() * 2);
    crate::render::markdown(doc, &wrapped, &mut md);
    let mut html = String::with_capacity(md.len() + md.len() / 4);
    let parser = Parser::new_ext(&md, crate::doc::outline::markdown_options()).map(known_html);
    pulldown_cmark::html::push_html(&mut html, parser);
    let html = code_ltr(&html);
    let html = if rtl { isolate_latin(&html) } else { html };
    let mut english = String::new();
    if !en {
        for (i, seg) in doc.segments().iter().enumerate() {
            let source = doc.slice(&seg.source);
            if loc.texts[i] == source || in_image_alt(doc, i) {
                continue;
            }
            let _ = write!(english, "<span id=\"e{i}\" lang=\"en-US\" dir=\"ltr\">");
            inline_html(source, &mut english);
            english.push_str("</span>\n");
        }
    }
    let mut terms = BTreeSet::new();
    for t in &loc.texts {
        super::search::terms(t, &mut terms);
    }
    Body { html, english, terms }
}

struct Wrapped<'a> {
    doc: &'a Doc,
    loc: &'a Localized,
    status: &'a [Status],
    labels: &'a Labels<'a>,
    english: bool,
}

impl SegmentTexts for Wrapped<'_> {
    fn text(&self, i: usize) -> Cow<'_, str> {
        let text = self.loc.texts[i].as_str();
        // Image descriptions are attribute text: no markup there.
        if in_image_alt(self.doc, i) {
            return Cow::Borrowed(text);
        }
        // Line breaks and spaces at either end stay outside the wrapper, so that it never
        // spans the end of a heading or table row.
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len().max(lead.len())..];
        let text = balanced(&text[lead.len()..text.len() - trail.len()]);
        let has_english = self.english && self.loc.texts[i] != self.doc.slice(&self.doc.segments()[i].source);
        let mut out = String::with_capacity(text.len() + 96);
        out.push_str(lead);
        out.push_str("<span class=\"s");
        match &self.status[i] {
            Status::Own => {}
            Status::Fallback(_) => out.push_str(" fb"),
            Status::Stale => out.push_str(" stale"),
        }
        let _ = write!(out, "\" id=\"s{i}\"");
        if let Status::Fallback(locale) = &self.status[i] {
            if !locale.is_empty() {
                let _ = write!(out, " lang=\"{}\"", escape_attr(locale));
            }
        }
        if has_english {
            let _ = write!(out, " tabindex=\"0\" aria-describedby=\"e{i}\"");
        }
        out.push('>');
        out.push_str(&text);
        match &self.status[i] {
            Status::Own => {}
            Status::Fallback(locale) => {
                let _ = write!(
                    out,
                    "<span class=\"badge\" title=\"{}\"><span class=\"vh\">{}</span><span aria-hidden=\"true\">{}</span></span>",
                    escape_attr(self.labels.fallback),
                    escape_text(self.labels.fallback),
                    escape_text(locale)
                );
            }
            Status::Stale => {
                let _ = write!(
                    out,
                    "<span class=\"badge\" title=\"{}\"><span class=\"vh\">{}</span><span aria-hidden=\"true\">≠</span></span>",
                    escape_attr(self.labels.stale),
                    escape_text(self.labels.stale)
                );
            }
        }
        out.push_str("</span>");
        out.push_str(trail);
        Cow::Owned(out)
    }
}

/// Whether segment `i` sits in an image description (`![…](…)`), where it must stay text.
fn in_image_alt(doc: &Doc, i: usize) -> bool {
    let start = doc.segments()[i].range.start;
    let before = &doc.text()[..start];
    for (k, c) in before.char_indices().rev() {
        match c {
            '[' => return before[..k].ends_with('!'),
            ']' | '\n' => return false,
            _ => {}
        }
        if start - k > 400 {
            return false;
        }
    }
    false
}

/// `text` with its `<span>` tags escaped when they do not pair up (a literal `</span>` in a
/// translation must not close the wrapper).
fn balanced(text: &str) -> Cow<'_, str> {
    balanced_spans(text)
}

/// Raw HTML from the document made safe to publish: a tag of no known element (`<email>`,
/// `<mailboxname>`: placeholders) becomes text, `</br>` a line break.
fn known_html(e: Event<'_>) -> Event<'_> {
    match e {
        Event::InlineHtml(h) => {
            let lower = h.trim().to_ascii_lowercase();
            if lower.starts_with("</br") || lower.starts_with("<br") {
                return Event::InlineHtml(CowStr::Borrowed("<br>"));
            }
            match known_tags_only(&h) {
                Cow::Borrowed(_) => Event::InlineHtml(h),
                Cow::Owned(_) => Event::Text(h),
            }
        }
        Event::Html(h) => match known_tags_only(&h) {
            Cow::Borrowed(_) => Event::Html(h),
            Cow::Owned(fixed) => Event::Html(CowStr::from(fixed)),
        },
        e => e,
    }
}

/// HTML elements a segment may carry; anything else that looks like a tag (`<email>`,
/// `<mailboxname>`: placeholders) is text.
const KNOWN_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "del", "dfn", "em", "font", "i", "img",
    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
    "u", "var", "wbr",
];

fn known_tags_only(text: &str) -> Cow<'_, str> {
    if !text.contains('<') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    let mut rest = text;
    while let Some(k) = rest.find('<') {
        out.push_str(&rest[..k]);
        let tail = &rest[k..];
        let name: String = tail[1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let inner = tail[1..].split('>').next().unwrap_or("");
        let autolink = !inner.contains(' ') && (inner.contains(':') || inner.contains('@'));
        let comment = tail.starts_with("<!--");
        if tail.get(..5).is_some_and(|t| t.eq_ignore_ascii_case("</br>")) {
            out.push_str("<br>");
            changed = true;
            rest = &tail[5..];
            continue;
        }
        if name.is_empty() || autolink || comment || KNOWN_TAGS.contains(&name.as_str()) {
            out.push('<');
        } else {
            out.push_str("&lt;");
            changed = true;
        }
        rest = &tail[1..];
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

fn balanced_spans(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    for tag in ["span", "a"] {
        if let Cow::Owned(fixed) = escape_unpaired(&text, tag) {
            text = Cow::Owned(fixed);
        }
    }
    text
}

/// `text` with the raw `<tag …>` and `</tag>` escaped when they do not pair up.
fn escape_unpaired<'a>(text: &'a str, tag: &str) -> Cow<'a, str> {
    let is = |tail: &str, close: bool| {
        let name_at = if close { 2 } else { 1 };
        tail.len() > name_at + tag.len()
            && (!close || tail.as_bytes()[1] == b'/')
            && tail[name_at..]
                .get(..tag.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(tag))
            && matches!(
                tail.as_bytes()[name_at + tag.len()],
                b' ' | b'>' | b'\n' | b'\t' | b'/'
            )
    };
    let (mut opens, mut closes) = (0, 0);
    for (k, _) in text.match_indices('<') {
        opens += usize::from(is(&text[k..], false));
        closes += usize::from(is(&text[k..], true));
    }
    if opens == closes {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(k) = rest.find('<') {
        out.push_str(&rest[..k]);
        let tail = &rest[k..];
        if is(tail, false) || is(tail, true) {
            out.push_str("&lt;");
        } else {
            out.push('<');
        }
        rest = &tail[1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A segment's inline Markdown as HTML: emphasis, code and links kept, raw HTML tags dropped
/// (`<br>` becomes a line break) or shown as text.
pub fn inline_html(markdown: &str, out: &mut String) {
    let parser = Parser::new_ext(markdown, crate::doc::outline::markdown_options()).filter_map(|e| match e {
        Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => None,
        Event::Start(Tag::Heading { .. }) | Event::End(TagEnd::Heading(_)) => None,
        Event::Start(Tag::List(_)) | Event::End(TagEnd::List(_)) => None,
        Event::Start(Tag::Item) | Event::End(TagEnd::Item) => None,
        Event::Start(Tag::BlockQuote(_)) | Event::End(TagEnd::BlockQuote(_)) => None,
        Event::Start(Tag::CodeBlock(_)) | Event::End(TagEnd::CodeBlock) => None,
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => None,
        Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell)
        | Event::End(TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell) => None,
        Event::Rule => None,
        Event::Html(h) | Event::InlineHtml(h) => {
            let lower = h.trim().to_ascii_lowercase();
            if lower.starts_with("<br") {
                Some(Event::HardBreak)
            } else if lower.starts_with('<')
                && lower.ends_with('>')
                && !lower.contains(' ')
                && lower.len() < 12
                || lower.starts_with("<span")
                || lower.starts_with("<a ")
                || lower.starts_with("</")
                || lower.starts_with("<!--")
            {
                None
            } else {
                Some(Event::Text(h))
            }
        }
        Event::SoftBreak => Some(Event::Text(CowStr::Borrowed(" "))),
        Event::Start(Tag::FootnoteDefinition(_)) | Event::End(TagEnd::FootnoteDefinition) => None,
        e => Some(e),
    });
    pulldown_cmark::html::push_html(out, parser);
    // push_html ends block-free output without a newline; trim what a stray block left.
    while out.ends_with('\n') {
        out.pop();
    }
}

/// `<code>` and `<pre>` always left to right.
fn code_ltr(html: &str) -> String {
    html.replace("<pre>", "<pre dir=\"ltr\">")
        .replace("<code>", "<code dir=\"ltr\">")
        .replace("<code class=", "<code dir=\"ltr\" class=")
}

/// In right-to-left text, runs of Latin script (product names, URLs, user names, e-mail
/// addresses) isolated in `<bdi>` so that their punctuation keeps its place. Tags, entities,
/// and the contents of `code`, `pre`, `script` and `style` are left as they are.
pub fn isolate_latin(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut skip_depth = 0usize;
    let mut text_start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                isolate_text(&html[text_start..i], skip_depth > 0, &mut out);
                let end = html[i..].find('>').map_or(html.len(), |k| i + k + 1);
                let tag = &html[i..end];
                let name: String = tag
                    .trim_start_matches(['<', '/'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if matches!(name.as_str(), "code" | "pre" | "script" | "style" | "bdi") {
                    if tag.starts_with("</") {
                        skip_depth = skip_depth.saturating_sub(1);
                    } else {
                        skip_depth += 1;
                    }
                }
                out.push_str(tag);
                i = end;
                text_start = i;
            }
            _ => i += 1,
        }
    }
    isolate_text(&html[text_start..], skip_depth > 0, &mut out);
    out
}

fn isolate_text(text: &str, skip: bool, out: &mut String) {
    if skip || !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        out.push_str(text);
        return;
    }
    let is_run = |c: char| c.is_ascii_alphanumeric() || "@./:_-+#%?=~".contains(c);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    let mut last = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        if c == '&' {
            // An entity stays whole.
            while k < chars.len() && chars[k].1 != ';' && !chars[k].1.is_whitespace() {
                k += 1;
            }
            k += 1;
            continue;
        }
        if c.is_ascii_alphabetic() {
            // A run of Latin words: letters, digits, URL and address punctuation, single
            // spaces between words.
            let mut end = k;
            let mut j = k;
            while j < chars.len() {
                let d = chars[j].1;
                if is_run(d) {
                    j += 1;
                    end = j;
                } else if d == ' ' && j + 1 < chars.len() && chars[j + 1].1.is_ascii_alphanumeric() {
                    j += 1;
                } else {
                    break;
                }
            }
            // Trailing sentence punctuation belongs to the sentence.
            while end > k && ".:-".contains(chars[end - 1].1) {
                end -= 1;
            }
            let stop = chars.get(end).map_or(text.len(), |&(p, _)| p);
            out.push_str(&text[last..pos]);
            out.push_str("<bdi>");
            out.push_str(&text[pos..stop]);
            out.push_str("</bdi>");
            last = stop;
            k = end.max(k + 1);
            continue;
        }
        k += 1;
    }
    out.push_str(&text[last..]);
}

/// What links and images on a page may point at.
pub struct Refs<'a> {
    /// The page's document id (`folder/x`).
    pub id: &'a str,
    /// The folder of the document's file (images are found relative to it).
    pub source_dir: &'a std::path::Path,
    /// The ids that have a page in this locale.
    pub ids: &'a rustc_hash::FxHashSet<String>,
    /// Where links starting with `/` go (`https://learn.microsoft.com`); without it they are
    /// not links on the site.
    pub link_base: Option<&'a str>,
}

/// What [`fix_refs`] found.
#[derive(Debug, Default)]
pub struct RefReport {
    /// Files to copy beside the page: (source file, path relative to the locale folder).
    pub assets: Vec<(std::path::PathBuf, String)>,
    /// Links and images that lead nowhere on the site (shown as text), as written.
    pub dead: Vec<String>,
    /// The document ids asked about, and whether they had a page (what the page depends on).
    pub ids: Vec<(String, bool)>,
    /// The files asked about, and whether they were files (what the page depends on).
    pub files: Vec<(std::path::PathBuf, bool)>,
}

/// Links and images made to work on the site: a relative link to another document goes to
/// its page, a local image is copied beside the page, a link starting with `/` goes to
/// [`Refs::link_base`]; an image from elsewhere becomes a link to it (no resource is loaded
/// from outside the site), and what leads nowhere is kept as text.
pub fn fix_refs(html: &str, refs: &Refs, report: &mut RefReport) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut unlinked = false;
    let id_dir = refs.id.rfind('/').map_or("", |k| &refs.id[..k]);
    let depth = refs.id.matches('/').count();
    while let Some(k) = rest.find('<') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = tag_end(rest);
        let tag = &rest[..end];
        let lower = tag.get(..5).unwrap_or(tag).to_ascii_lowercase();
        if lower.starts_with("<a ") || lower.starts_with("<a\n") {
            match attr(tag, "href") {
                Some(v) => match link_target(&v, refs, id_dir, depth, report) {
                    Target::Keep => out.push_str(tag),
                    Target::To(href) => {
                        out.push_str(&replace_attr(tag, "href", &href));
                        unlinked = false;
                    }
                    Target::Dead => {
                        report.dead.push(v);
                        out.push_str("<span class=\"dead\">");
                        unlinked = true;
                    }
                },
                None => out.push_str(tag),
            }
        } else if lower.starts_with("</a") && unlinked {
            out.push_str("</span>");
            unlinked = false;
        } else if lower.starts_with("<img") {
            let src = attr(tag, "src").unwrap_or_default();
            let alt = attr(tag, "alt").unwrap_or_default();
            let shown = if alt.trim().is_empty() {
                src.rsplit('/').next().unwrap_or("").to_owned()
            } else {
                alt
            };
            if src.starts_with("data:") {
                out.push_str(tag);
            } else if is_external(&src) {
                let href = if src.starts_with("//") {
                    format!("https:{src}")
                } else {
                    src.clone()
                };
                out.push_str(&format!(
                    "<a class=\"img\" href=\"{}\">{}</a>",
                    escape_attr(&unescape(&href)),
                    escape_text(&unescape(&shown))
                ));
            } else {
                let clean = unescape(src.split(['?', '#']).next().unwrap_or(""));
                let file = refs.source_dir.join(&clean);
                let probe = |report: &mut RefReport| {
                    let found = file.is_file();
                    report.files.push((file.clone(), found));
                    found
                };
                match normalize(&format!("{id_dir}/{clean}")) {
                    Some(rel) if !clean.is_empty() && !clean.starts_with('/') && probe(report) => {
                        report.assets.push((file, rel));
                        out.push_str(tag);
                    }
                    _ => {
                        report.dead.push(src);
                        out.push_str(&format!(
                            "<span class=\"dead img\">{}</span>",
                            escape_text(&unescape(&shown))
                        ));
                    }
                }
            }
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

enum Target {
    Keep,
    To(String),
    Dead,
}

fn is_external(v: &str) -> bool {
    v.starts_with("//") || scheme(v).is_some()
}

/// The scheme of a URL (`https`, `mailto`, `ms-settings`), if it has one.
fn scheme(v: &str) -> Option<&str> {
    let colon = v.find(':')?;
    let s = &v[..colon];
    (!s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
    .then_some(s)
}

fn link_target(v: &str, refs: &Refs, id_dir: &str, depth: usize, report: &mut RefReport) -> Target {
    let raw = unescape(v.trim());
    if raw.starts_with('#') || raw.is_empty() {
        return Target::Keep;
    }
    if raw.starts_with("//") {
        return Target::To(escape_attr(&format!("https:{raw}")));
    }
    if scheme(&raw).is_some() {
        return Target::Keep;
    }
    if raw.starts_with('/') {
        return match refs.link_base {
            Some(base) => Target::To(escape_attr(&format!("{}{raw}", base.trim_end_matches('/')))),
            None => Target::Dead,
        };
    }
    let cut = raw.find(['#', '?']).unwrap_or(raw.len());
    let (path, tail) = raw.split_at(cut);
    let fragment = tail.find('#').map_or("", |k| &tail[k..]);
    let Some(target) = normalize(&format!("{id_dir}/{path}")) else {
        return Target::Dead;
    };
    let id = target.strip_suffix(".md").unwrap_or(&target);
    let up = "../".repeat(depth);
    let has = refs.ids.contains(id);
    report.ids.push((id.to_owned(), has));
    if has {
        return Target::To(escape_attr(&format!("{up}{}.html{fragment}", url_path(id))));
    }
    let file = refs.source_dir.join(path);
    if path.is_empty() || path.ends_with(".md") {
        return Target::Dead;
    }
    let found = file.is_file();
    report.files.push((file.clone(), found));
    if found {
        report.assets.push((file, target.clone()));
        return Target::To(escape_attr(&format!("{up}{}{fragment}", url_path(&target))));
    }
    Target::Dead
}

/// `a/./b/../c` → `a/c`; `None` when it climbs above the top.
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// A path as a URL path: the characters that would end or break it escaped.
pub fn url_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\u{200b}' => out.push_str("%E2%80%8B"),
            c => out.push(c),
        }
    }
    out
}

/// Where the tag starting `s` ends (after its `>`, quotes respected).
fn tag_end(s: &str) -> usize {
    let mut quote: Option<u8> = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return i + 1,
            (None, b'<') => return i,
            _ => {}
        }
    }
    s.len()
}

/// The value of attribute `name` in a start tag, as written (entities not decoded).
fn attr(tag: &str, name: &str) -> Option<String> {
    let (start, end) = attr_span(tag, name)?;
    Some(tag[start..end].to_owned())
}

fn attr_span(tag: &str, name: &str) -> Option<(usize, usize)> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before = lower[..at].chars().last();
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let rest = &lower[from..];
        let trimmed = rest.trim_start();
        let Some(after_eq) = trimmed.strip_prefix('=') else {
            continue;
        };
        let value_start =
            from + (rest.len() - after_eq.len()) + (after_eq.len() - after_eq.trim_start().len());
        let v = &tag[value_start..];
        return match v.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => {
                let close = v[1..].find(q as char).map_or(v.len(), |e| e + 1);
                Some((value_start + 1, value_start + close))
            }
            _ => {
                let close = v.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(v.len());
                Some((value_start, value_start + close))
            }
        };
    }
    None
}

fn replace_attr(tag: &str, name: &str, value: &str) -> String {
    match attr_span(tag, name) {
        Some((s, e)) => {
            let quoted = tag[..s].ends_with(['"', '\'']);
            if quoted {
                format!("{}{value}{}", &tag[..s], &tag[e..])
            } else {
                format!("{}\"{value}\"{}", &tag[..s], &tag[e..])
            }
        }
        None => tag.to_owned(),
    }
}

/// The common entities of an attribute value decoded.
fn unescape(v: &str) -> String {
    if !v.contains('&') {
        return v.to_owned();
    }
    v.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `text` escaped for an HTML attribute value.
pub fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` escaped for HTML text.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_runs_in_rtl_text_are_isolated_but_not_in_code_or_tags() {
        let html = "<p>היכנס אל <a href=\"https://x.y\">Microsoft 365 admin center</a> כ-user@contoso.com. <code>Get-MgUser</code></p>";
        let out = isolate_latin(html);
        assert!(out.contains("<bdi>Microsoft 365 admin center</bdi>"), "{out}");
        assert!(out.contains("<bdi>user@contoso.com</bdi>."), "{out}");
        assert!(out.contains("<code>Get-MgUser</code>"), "{out}");
        assert!(out.contains("href=\"https://x.y\""), "{out}");
        assert_eq!(
            isolate_latin("<p>a &amp; b</p>"),
            "<p><bdi>a</bdi> &amp; <bdi>b</bdi></p>"
        );
    }

    #[test]
    fn english_inline_keeps_emphasis_and_links_and_drops_tags() {
        let mut out = String::new();
        inline_html(
            "Select **Licenses** in [the center](https://x.y)<br>now</span>",
            &mut out,
        );
        assert_eq!(
            out,
            "Select <strong>Licenses</strong> in <a href=\"https://x.y\">the center</a><br />\nnow"
        );
    }

    #[test]
    fn an_unpaired_span_tag_is_escaped() {
        assert_eq!(balanced("a</span>b"), "a&lt;/span>b");
        assert_eq!(balanced("[x](https://y) </a> by"), "[x](https://y) &lt;/a> by");
        assert_eq!(
            balanced("<a href=\"y\">x</a> <abbr>z</abbr>"),
            "<a href=\"y\">x</a> <abbr>z</abbr>"
        );
        assert_eq!(balanced("<span>a</span>"), "<span>a</span>");
        assert_eq!(
            known_tags_only("Use <mailboxname> or <email>"),
            "Use &lt;mailboxname> or &lt;email>"
        );
        assert_eq!(
            known_tags_only("<b>x</b> <https://x.y> a</br>b"),
            "<b>x</b> <https://x.y> a<br>b"
        );
        assert!(matches!(
            known_html(Event::InlineHtml("<email>".into())),
            Event::Text(_)
        ));
    }

    #[test]
    fn links_and_images_are_made_to_work_on_the_site() {
        let ids: rustc_hash::FxHashSet<String> = ["a/other".to_owned()].into_iter().collect();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("media")).unwrap();
        std::fs::write(dir.path().join("media/x.png"), b"png").unwrap();
        let refs = Refs {
            id: "a/page",
            source_dir: dir.path(),
            ids: &ids,
            link_base: None,
        };
        let mut r = RefReport::default();
        let html = "<a href=\"other.md#s\">o</a> <a href=\"/m365/x\">m</a> <a href=\"https://x.y\">e</a> \
            <img src=\"media/x.png\" alt=\"x\"> <img src=\"media/gone.png\" alt=\"Gone\"> <img src=\"https://cdn/y.png\" alt=\"Y\">";
        let out = fix_refs(html, &refs, &mut r);
        assert_eq!(
            out,
            "<a href=\"../a/other.html#s\">o</a> <span class=\"dead\">m</span> <a href=\"https://x.y\">e</a> \
            <img src=\"media/x.png\" alt=\"x\"> <span class=\"dead img\">Gone</span> <a class=\"img\" href=\"https://cdn/y.png\">Y</a>"
        );
        assert_eq!(
            r.assets,
            vec![(dir.path().join("media/x.png"), "a/media/x.png".to_owned())]
        );
        assert_eq!(r.dead, ["/m365/x", "media/gone.png"]);
        let refs = Refs {
            link_base: Some("https://learn.microsoft.com"),
            ..refs
        };
        let out = fix_refs("<a href=\"/m365/x\">m</a>", &refs, &mut r);
        assert_eq!(out, "<a href=\"https://learn.microsoft.com/m365/x\">m</a>");
    }
}
