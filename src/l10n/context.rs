//! Where each segment sits in its document (`heading 1`, `step 2.1 #assign-licenses`), for the
//! comment above each catalog message: what a translator needs to see it in place.

use std::ops::Range;

use crate::doc::{Doc, StepDef};

/// What a segment is part of (the most specific wins: heading, then step, alert, table).
#[derive(Clone, Copy)]
enum Place<'a> {
    Text,
    Table,
    Alert(&'static str),
    Step(&'a str),
    Heading(u8),
}

/// One context line per segment of `doc`.
pub fn contexts(doc: &Doc) -> Vec<String> {
    let outline = doc.outline();
    let mut step_paths = Vec::new();
    collect_steps(&outline.steps, "", &mut step_paths);
    let mut places = vec![Place::Text; doc.segments().len()];
    let mut mark = |range: Range<usize>, place| {
        for p in &mut places[range] {
            *p = place;
        }
    };
    for table in &outline.tables {
        mark(doc.segments_in(table), Place::Table);
    }
    for alert in &outline.alerts {
        mark(doc.segments_in(&alert.range), Place::Alert(alert.kind));
    }
    for (range, path) in &step_paths {
        mark(range.clone(), Place::Step(path));
    }
    for h in &outline.headings {
        mark(h.segments.clone(), Place::Heading(h.level));
    }
    // Each line ends with the anchor of the nearest heading above the segment.
    let mut heading = 0;
    let mut out = Vec::with_capacity(places.len());
    for (seg, place) in doc.segments().iter().zip(places) {
        while heading < outline.headings.len() && outline.headings[heading].range.start <= seg.range.start {
            heading += 1;
        }
        let anchor = heading
            .checked_sub(1)
            .and_then(|h| outline.headings[h].anchor.as_deref());
        let mut line = match place {
            Place::Text => String::from("text"),
            Place::Table => String::from("table"),
            Place::Alert(kind) => format!("alert {kind}"),
            Place::Step(path) => format!("step {path}"),
            Place::Heading(level) => format!("heading {level}"),
        };
        if let Some(anchor) = anchor {
            line.push_str(" #");
            line.push_str(anchor);
        }
        out.push(line);
    }
    out
}

/// The segments and dotted path (`2.1`) of every step, parents before their sub-steps.
fn collect_steps(defs: &[StepDef], prefix: &str, out: &mut Vec<(Range<usize>, String)>) {
    for def in defs {
        let path = format!("{prefix}{}", def.number);
        out.push((def.segments.clone(), path.clone()));
        collect_steps(&def.steps, &format!("{path}."), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(id: &str, t: &str) -> String {
        format!("<span data-ttu-id=\"{id}\">{t}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{t}</span></span>")
    }

    #[test]
    fn segments_are_placed_under_their_heading_and_step() {
        let text = format!(
            "# <a name=\"top\"></a>{}\n\n{}\n\n1. {}\n    1. {}\n",
            pair("a-1", "Title"),
            pair("a-2", "Intro"),
            pair("a-3", "One"),
            pair("a-4", "One-a")
        );
        let doc = Doc::parse("x.md", text);
        assert_eq!(
            contexts(&doc),
            ["heading 1 #top", "text #top", "step 1 #top", "step 1.1 #top"]
        );
    }
}
