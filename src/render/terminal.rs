//! Inline Markdown for a terminal: `**UI labels**` highlighted, links as `text (url)`,
//! backslash escapes and code marks removed.
//!
//! Input: one step's inline Markdown; output: a line of text with ANSI styles, which
//! `anstream` strips where colour is off (`NO_COLOR`, pipes) and the transcript strips always.

use anstyle::{AnsiColor, Style};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// How a UI label (a `**bold**` run) looks: bold cyan, as the admin center's own labels stand out.
pub const LABEL: Style = AnsiColor::Cyan.on_default().bold();
/// How a link's URL looks.
pub const URL: Style = Style::new().underline();

/// `markdown` (inline) as styled terminal text.
pub fn inline(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut link: Option<String> = None;
    for event in Parser::new_ext(markdown, crate::doc::outline::markdown_options()) {
        match event {
            Event::Start(Tag::Strong) => out.push_str(&LABEL.render().to_string()),
            Event::End(TagEnd::Strong) => out.push_str(&LABEL.render_reset().to_string()),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.into_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take() {
                    out.push_str(&format!(" ({URL}{url}{URL:#})"));
                }
            }
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::InlineHtml(h) | Event::Html(h) => out.push_str(&h),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// `text` without ANSI escape sequences.
pub fn plain(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_styled_and_links_show_their_url() {
        let md = "Go to **Users** \\> [Active users](https://e.example/u).";
        let styled = inline(md);
        assert!(styled.contains(&format!("{LABEL}Users{LABEL:#}")), "{styled:?}");
        assert_eq!(
            plain(&styled),
            "Go to Users > Active users (https://e.example/u)."
        );
    }

    #[test]
    fn plain_text_passes_through() {
        assert_eq!(inline("Select the row."), "Select the row.");
    }
}
