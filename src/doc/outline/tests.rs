use crate::doc::Doc;

fn outline_of(text: &str) -> crate::doc::Outline {
    Doc::parse("t.md", text.to_owned()).outline().clone()
}

fn pair(id: &str, target: &str, source: &str) -> String {
    format!("<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>")
}

#[test]
fn headings_carry_their_anchor_and_segments() {
    let text = format!(
        "# <a name=\"assign\"></a>{}\n\ntext\n",
        pair("a-1", "Tilordne", "Assign")
    );
    let o = outline_of(&text);
    assert_eq!(o.headings.len(), 1);
    assert_eq!(o.headings[0].anchor.as_deref(), Some("assign"));
    assert_eq!(o.headings[0].level, 1);
    assert_eq!(o.headings[0].segments, 0..1);
}

#[test]
fn ordered_items_are_steps_and_nested_lists_are_sub_steps() {
    let text = format!(
        "# T\n\n1. {}\n2. {}\n    - {}\n    - {}\n3. {}\n",
        pair("a-1", "one", "one"),
        pair("a-2", "two", "two"),
        pair("a-3", "sub a", "sub a"),
        pair("a-4", "sub b", "sub b"),
        pair("a-5", "three", "three")
    );
    let o = outline_of(&text);
    let numbers: Vec<_> = o.steps.iter().map(|s| s.number).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert_eq!(
        o.steps[1].segments,
        1..2,
        "a step's own text excludes its sub-steps"
    );
    assert_eq!(o.steps[1].steps.len(), 2);
    assert_eq!(o.steps[1].steps[1].segments, 3..4);
    assert_eq!(o.steps[0].heading, Some(0));
}

#[test]
fn bullet_lists_outside_steps_are_not_steps() {
    let o = outline_of("- a\n- b\n");
    assert!(o.steps.is_empty());
}

#[test]
fn ordered_lists_inside_bullets_are_steps() {
    let o = outline_of("- intro\n\n    1. a\n    2. b\n");
    assert_eq!(o.steps.len(), 2);
}

#[test]
fn a_step_list_can_start_at_any_number() {
    let o = outline_of("3. c\n4. d\n");
    assert_eq!(o.steps.iter().map(|s| s.number).collect::<Vec<_>>(), [3, 4]);
}

#[test]
fn alerts_tables_and_links_are_found() {
    let o = outline_of(
        "> [!NOTE]\n> Careful.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [x](https://e.example/a).\n",
    );
    assert_eq!(o.alerts.len(), 1);
    assert_eq!(o.alerts[0].kind, "note");
    assert_eq!(o.tables.len(), 1);
    assert_eq!(o.links[0].url, "https://e.example/a");
}

#[test]
fn ten_thousand_nested_steps_are_kept_at_a_bounded_depth_in_order() {
    let o = outline_of(&format!("{}deep\n", "1. ".repeat(10_000)));
    fn depth(steps: &[crate::doc::StepDef]) -> usize {
        steps.iter().map(|s| 1 + depth(&s.steps)).max().unwrap_or(0)
    }
    assert_eq!(depth(&o.steps), super::MAX_STEP_DEPTH);
    let mut level = &o.steps;
    for _ in 1..super::MAX_STEP_DEPTH {
        level = &level[0].steps;
    }
    assert_eq!(level.len(), 10_000 - super::MAX_STEP_DEPTH + 1);
    assert!(level.windows(2).all(|w| w[0].range.start <= w[1].range.start));
}
