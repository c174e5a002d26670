//! Step definitions: each outline step rendered in a locale, with the `**bold**` UI labels and
//! the links found in that locale's text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::doc::outline::markdown_options;
use crate::doc::{Doc, StepDef};
use crate::render::{markdown_range, SegmentTexts};

/// One step of a task, in one locale.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    /// The number shown in the document.
    pub number: u64,
    /// A locale-independent id: the message id of the step's first segment (`seg-105`), or
    /// `step-<path>` for a step without segments.
    pub id: String,
    /// The step's text (inline Markdown) in the locale.
    pub text: String,
    /// The UI labels: the text of each `**bold**` run, in order.
    pub labels: Vec<String>,
    /// The links, in order.
    pub links: Vec<LinkRef>,
    /// Sub-steps.
    pub steps: Vec<Step>,
}

/// A link in a step.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LinkRef {
    /// The link text.
    pub text: String,
    /// The destination.
    pub url: String,
}

/// The steps of `doc`, with segment texts from `texts` and message ids from `ids`
/// (one per segment).
pub fn steps(doc: &Doc, texts: &dyn SegmentTexts, ids: &[String]) -> Vec<Step> {
    build(doc, &doc.outline().steps, texts, ids, "")
}

fn build(doc: &Doc, defs: &[StepDef], texts: &dyn SegmentTexts, ids: &[String], prefix: &str) -> Vec<Step> {
    defs.iter()
        .map(|def| {
            let path = format!("{prefix}{}", def.number);
            let mut text = String::new();
            markdown_range(doc, def.range.clone(), texts, &mut text);
            let text = text.trim().to_owned();
            let (labels, links) = labels_and_links(&text);
            Step {
                number: def.number,
                id: ids
                    .get(def.segments.start)
                    .filter(|_| !def.segments.is_empty())
                    .cloned()
                    .unwrap_or_else(|| format!("step-{path}")),
                steps: build(doc, &def.steps, texts, ids, &format!("{path}-")),
                text,
                labels,
                links,
            }
        })
        .collect()
}

/// The `**bold**` runs and the links of an inline Markdown text.
pub fn labels_and_links(markdown: &str) -> (Vec<String>, Vec<LinkRef>) {
    let mut labels = Vec::new();
    let mut links = Vec::new();
    let mut strong: Option<String> = None;
    let mut link: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Start(Tag::Strong) => strong = Some(String::new()),
            Event::End(TagEnd::Strong) => labels.extend(
                strong
                    .take()
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty()),
            ),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some((String::new(), dest_url.into_string())),
            Event::End(TagEnd::Link) => {
                if let Some((text, url)) = link.take() {
                    links.push(LinkRef { text, url });
                }
            }
            Event::Text(t) | Event::Code(t) => {
                for buf in [strong.as_mut(), link.as_mut().map(|l| &mut l.0)]
                    .into_iter()
                    .flatten()
                {
                    buf.push_str(&t);
                }
            }
            _ => {}
        }
    }
    (labels, links)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_runs_are_labels_and_links_keep_text_and_url() {
        let (labels, links) = labels_and_links(
            "Go to **Users** \\> [Active users](https://go.microsoft.com/fwlink/p/?linkid=834822), then **Save changes**.",
        );
        assert_eq!(labels, ["Users", "Save changes"]);
        assert_eq!(
            links,
            [LinkRef {
                text: "Active users".into(),
                url: "https://go.microsoft.com/fwlink/p/?linkid=834822".into()
            }]
        );
    }

    #[test]
    fn a_bold_link_is_both_a_label_and_a_link() {
        let (labels, links) = labels_and_links("Select **[Billing](https://e.example/b)**.");
        assert_eq!(labels, ["Billing"]);
        assert_eq!(links[0].text, "Billing");
    }

    #[test]
    fn text_without_markup_has_neither() {
        let (labels, links) = labels_and_links("Select the row of the user.");
        assert!(labels.is_empty() && links.is_empty());
    }
}
