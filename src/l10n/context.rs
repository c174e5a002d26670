//! Where each segment sits in its document (`heading 1`, `step 2.1 #assign-licenses`), for the
//! comment above each catalog message: what a translator needs to see it in place.

use std::ops::Range;

use crate::doc::{Doc, StepDef};

/// What a segment is part of (the most specific wins: heading, then step, alert, table).
#[derive(Clone, Copy)]
enum Place {
    Text,
    Table,
    Alert(&'static str),
    /// An index into the step paths.
    Step(usize),
    Heading(u8),
}

/// Where each segment of a document sits, from which its context line is written on demand
/// (an import writes thousands of them; this keeps them out of the allocator).
pub struct Places {
    /// The dotted paths of the steps (`2.1`).
    step_paths: Vec<String>,
    /// Per segment: its place, and the index of the nearest heading above it.
    each: Vec<(Place, Option<usize>)>,
    /// Each heading's anchor.
    anchors: Vec<Option<String>>,
}

impl Places {
    /// Reads `doc`'s outline.
    pub fn new(doc: &Doc) -> Places {
        let outline = doc.block_outline();
        let mut steps = Vec::new();
        collect_steps(&outline.steps, "", &mut steps);
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
        for (i, (range, _)) in steps.iter().enumerate() {
            mark(range.clone(), Place::Step(i));
        }
        for h in &outline.headings {
            mark(h.segments.clone(), Place::Heading(h.level));
        }
        let mut heading = 0;
        let each = doc
            .segments()
            .iter()
            .zip(places)
            .map(|(seg, place)| {
                while heading < outline.headings.len()
                    && outline.headings[heading].range.start <= seg.range.start
                {
                    heading += 1;
                }
                (place, heading.checked_sub(1))
            })
            .collect();
        Places {
            step_paths: steps.into_iter().map(|(_, path)| path).collect(),
            each,
            anchors: outline.headings.iter().map(|h| h.anchor.clone()).collect(),
        }
    }

    /// Appends the context line of segment `i` to `out`: its place, then the anchor of the
    /// nearest heading above it (`step 2.1 #assign-licenses`).
    pub fn write(&self, i: usize, out: &mut String) {
        let Some(&(place, heading)) = self.each.get(i) else {
            return;
        };
        match place {
            Place::Text => out.push_str("text"),
            Place::Table => out.push_str("table"),
            Place::Alert(kind) => {
                out.push_str("alert ");
                out.push_str(kind);
            }
            Place::Step(step) => {
                out.push_str("step ");
                out.push_str(&self.step_paths[step]);
            }
            Place::Heading(level) => {
                out.push_str("heading ");
                out.push(char::from(b'0' + level.min(9)));
            }
        }
        let anchor = heading.and_then(|h| self.anchors[h].as_deref());
        if let Some(anchor) = anchor {
            out.push_str(" #");
            out.push_str(anchor);
        }
    }
}

/// The segments and dotted path (`2.1`) of every step, parents before their sub-steps.
fn collect_steps(defs: &[StepDef], prefix: &str, out: &mut Vec<(Range<usize>, String)>) {
    for def in defs {
        let path = format!("{prefix}{}", def.number);
        let nested = format!("{path}.");
        out.push((def.segments.clone(), path));
        collect_steps(&def.steps, &nested, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One context line per segment of `doc`.
    fn contexts(doc: &Doc) -> Vec<String> {
        let places = Places::new(doc);
        (0..doc.segments().len())
            .map(|i| {
                let mut line = String::new();
                places.write(i, &mut line);
                line
            })
            .collect()
    }

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
