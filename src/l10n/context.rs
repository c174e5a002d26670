//! Where each segment sits in its document (`heading 1`, `step 2.1 #assign-licenses`), for the
//! comment above each catalog message: what a translator needs to see it in place.

use std::ops::Range;

use crate::doc::{Doc, StepDef};

/// One context line per segment of `doc`.
pub fn contexts(doc: &Doc) -> Vec<String> {
    let outline = doc.outline();
    let mut kinds: Vec<String> = vec!["text".to_owned(); doc.segments().len()];
    let mut mark = |range: &Range<usize>, label: String| {
        for i in range.clone() {
            kinds[i] = label.clone();
        }
    };
    for table in &outline.tables {
        mark(&doc.segments_in(table), "table".to_owned());
    }
    for alert in &outline.alerts {
        mark(&doc.segments_in(&alert.range), format!("alert {}", alert.kind));
    }
    fn steps(defs: &[StepDef], prefix: &str, mark: &mut dyn FnMut(&Range<usize>, String)) {
        for def in defs {
            let path = format!("{prefix}{}", def.number);
            mark(&def.segments, format!("step {path}"));
            steps(&def.steps, &format!("{path}."), mark);
        }
    }
    steps(&outline.steps, "", &mut mark);
    for h in &outline.headings {
        mark(&h.segments, format!("heading {}", h.level));
    }
    // Append the anchor of the nearest heading above each segment.
    let mut heading = 0;
    for (i, seg) in doc.segments().iter().enumerate() {
        while heading < outline.headings.len() && outline.headings[heading].range.start <= seg.range.start {
            heading += 1;
        }
        if let Some(anchor) = heading
            .checked_sub(1)
            .and_then(|h| outline.headings[h].anchor.as_deref())
        {
            kinds[i] = format!("{} #{anchor}", kinds[i]);
        }
    }
    kinds
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
