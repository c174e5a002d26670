use super::*;
use crate::l10n::ftl;

/// One sample translation per script: (locale, English, translation), plain text without
/// markup, so that each test adds only the breakage it is about.
const SAMPLES: &[(&str, &str, &str)] = &[
    (
        "nb-NO",
        "Assign licenses to users",
        "Tilordne lisenser til brukere",
    ),
    (
        "sv-SE",
        "Assign licenses to users",
        "Tilldela licenser till användare",
    ),
    ("zh-CN", "Assign licenses to users", "为用户分配许可证"),
    ("he-IL", "Assign licenses to users", "הקצאת רשיונות למשתמשים"),
    (
        "fr-FR",
        "Assign licenses to users",
        "Attribuer des licences aux utilisateurs",
    ),
];

const ALL_BLOCKS: [Block; 4] = [
    Block::Paragraph,
    Block::Heading,
    Block::TableCell,
    Block::ListItem,
];

fn problems(value: &str, english: &str, block: Block) -> Vec<Problem> {
    check_value(value, english, block)
        .into_iter()
        .map(|f| f.problem)
        .collect()
}

#[test]
fn clean_translations_have_no_problems_in_any_block() {
    for (locale, en, tr) in SAMPLES {
        for block in ALL_BLOCKS {
            assert_eq!(problems(tr, en, block), [], "{locale} {block:?}");
            assert_eq!(check_source(tr, en, block), [], "{locale} {block:?}");
        }
    }
}

#[test]
fn a_variable_is_unknown_in_every_script() {
    for (locale, en, tr) in SAMPLES {
        let value = format!("{tr} {{ $product }}");
        let found = check_value(&value, en, Block::Paragraph);
        assert_eq!(
            found,
            [Found {
                problem: Problem::UnknownVariable {
                    name: "product".into()
                },
                offset: tr.len() + 1,
            }],
            "{locale}"
        );
    }
}

#[test]
fn message_and_term_references_are_reported_in_every_script() {
    for (locale, en, tr) in SAMPLES {
        let value = format!("{{ seg-999 }}{tr}{{-brand-name}}");
        assert_eq!(
            problems(&value, en, Block::ListItem),
            [
                Problem::MessageReference { id: "seg-999".into() },
                Problem::TermReference {
                    id: "-brand-name".into()
                }
            ],
            "{locale}"
        );
    }
}

#[test]
fn references_inside_selects_and_calls_are_found() {
    let source = "{ NUMBER($count) ->\n        [one] { -app }\n       *[other] { seg-1.title }\n    }";
    let found: Vec<_> = check_source(source, "x", Block::Paragraph)
        .into_iter()
        .map(|f| f.problem)
        .collect();
    assert_eq!(
        found,
        [
            Problem::UnknownVariable { name: "count".into() },
            Problem::TermReference { id: "-app".into() },
            Problem::MessageReference {
                id: "seg-1.title".into()
            },
        ]
    );
}

#[test]
fn a_reference_the_english_has_as_text_is_not_reported() {
    let en = "Type { $name } as shown";
    for (locale, _, tr) in SAMPLES {
        let value = format!("{tr} {{ $name }}");
        assert_eq!(problems(&value, en, Block::Paragraph), [], "{locale}");
    }
}

#[test]
fn braces_that_are_not_placeables_are_text() {
    for text in [
        "Velg {Lisenser}",
        "{",
        "}{",
        "a { b",
        "{ 5 }",
        "{ \"x\" }",
        "{Brukere} og {Grupper}",
    ] {
        assert_eq!(problems(text, "x", Block::Paragraph), [], "{text:?}");
    }
    // As FTL source, `{Lisenser}` is a reference and the literal is a string literal.
    assert_eq!(
        check_source("Velg {Lisenser}", "Select", Block::Paragraph)[0].problem,
        Problem::MessageReference {
            id: "Lisenser".into()
        }
    );
    assert_eq!(
        check_source("Velg {\"{\"}Lisenser{\"}\"}", "Select", Block::Paragraph),
        []
    );
}

#[test]
fn a_line_break_in_a_heading_or_cell_in_every_script() {
    for (locale, en, tr) in SAMPLES {
        let (head, tail) = tr.split_at(tr.char_indices().nth(3).unwrap().0);
        let value = format!("{head}\n{tail}");
        for block in [Block::Heading, Block::TableCell] {
            assert_eq!(
                check_value(&value, en, block),
                [Found {
                    problem: Problem::LineBreak { block },
                    offset: head.len()
                }],
                "{locale} {block:?}"
            );
        }
        // In running text a single line break is a soft break: the same paragraph.
        assert_eq!(problems(&value, en, Block::Paragraph), [], "{locale}");
        // A heading whose English has the break too keeps its shape.
        assert_eq!(problems(&value, &format!("{en}\nmore"), Block::Heading), []);
    }
}

#[test]
fn a_blank_line_splits_a_paragraph_or_list_item() {
    for (locale, en, tr) in SAMPLES {
        let value = format!("{tr}\n\n{tr}");
        for block in [Block::Paragraph, Block::ListItem] {
            assert_eq!(
                problems(&value, en, block),
                [Problem::LineBreak { block }],
                "{locale}"
            );
        }
    }
}

#[test]
fn a_pipe_splits_a_table_cell_in_every_script() {
    for (locale, en, tr) in SAMPLES {
        let value = format!("REG_DWORD | {tr}");
        let english = format!("REG_DWORD {en}");
        assert_eq!(
            check_value(&value, &english, Block::TableCell),
            [Found {
                problem: Problem::TableCellSplit,
                offset: 10
            }],
            "{locale}"
        );
        // Escaped, or outside a table, or where the English has one too: no problem.
        let escaped = format!("REG_DWORD \\| {tr}");
        assert_eq!(problems(&escaped, &english, Block::TableCell), []);
        assert_eq!(problems(&value, &english, Block::Paragraph), []);
        assert_eq!(
            problems(&value, &format!("REG_DWORD | {en}"), Block::TableCell),
            []
        );
    }
}

#[test]
fn a_list_or_heading_marker_at_a_line_start_in_every_script() {
    for (locale, en, tr) in SAMPLES {
        for (marker, line) in [
            ("-", format!("- {tr}")),
            ("*", format!("* {tr}")),
            ("1.", format!("1. {tr}")),
            ("2)", format!("2) {tr}")),
            ("##", format!("## {tr}")),
            (">", format!(">{tr}")),
        ] {
            let value = format!("{tr}\n{line}");
            assert_eq!(
                check_value(&value, en, Block::ListItem),
                [Found {
                    problem: Problem::BlockMarker {
                        marker: marker.into()
                    },
                    offset: tr.len() + 1
                }],
                "{locale} {marker}"
            );
            // At the very start of the text the segment's place in the document decides, which
            // the outline already shows.
            assert_eq!(problems(&line, en, Block::Paragraph), [], "{locale} {marker}");
        }
        // Not markers: a hyphen without a space, a number without its dot, a hashtag.
        for text in [
            format!("{tr}\n-{tr}"),
            format!("{tr}\n2026 {tr}"),
            format!("{tr}\n#{tr}"),
        ] {
            assert_eq!(problems(&text, en, Block::Paragraph), [], "{text:?}");
        }
        // The English has the same marker: no change.
        let value = format!("{tr}\n- {tr}");
        assert_eq!(problems(&value, &format!("{en}\n- {en}"), Block::Paragraph), []);
    }
}

#[test]
fn a_pattern_is_checked_from_its_syntax_tree() {
    let resource = parser::parse(
        "a = Velg {\"{ $x }\"} { $product }\nb = { -brand }\n    - ekstra\nc = Hei {\"|\"} der\n",
    )
    .expect("parses");
    let patterns: Vec<_> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => m.value.as_ref(),
            _ => None,
        })
        .collect();
    // A string literal is text, however it reads.
    assert_eq!(
        check_pattern(patterns[0], "Select", Block::Paragraph),
        [Found {
            problem: Problem::UnknownVariable {
                name: "product".into()
            },
            offset: "Velg { $x } ".len()
        }]
    );
    let found: Vec<_> = check_pattern(patterns[1], "Brand", Block::ListItem)
        .into_iter()
        .map(|f| f.problem)
        .collect();
    assert_eq!(
        found,
        [
            Problem::TermReference { id: "-brand".into() },
            Problem::BlockMarker { marker: "-".into() }
        ]
    );
    assert_eq!(
        check_pattern(patterns[2], "Hi there", Block::TableCell)[0].problem,
        Problem::TableCellSplit
    );
}

#[test]
fn context_lines_name_the_block() {
    assert_eq!(Block::from_context("heading 2 #top"), Some(Block::Heading));
    assert_eq!(Block::from_context("table #top"), Some(Block::TableCell));
    assert_eq!(Block::from_context("step 2.1 #top"), Some(Block::ListItem));
    assert_eq!(Block::from_context("alert NOTE"), Some(Block::Paragraph));
    assert_eq!(Block::from_context("text"), Some(Block::Paragraph));
    assert_eq!(Block::from_context("taskguide: source=1 target=2"), None);
}

#[test]
fn blocks_come_from_the_outline() {
    let pair = |id: &str, t: &str| {
        format!("<span data-ttu-id=\"{id}\">{t}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{t}</span></span>")
    };
    let text = format!(
        "# {}\n\n{} {}\n\n1. {}\n\n| {} | x |\n|---|---|\n| {} | y |\n",
        pair("a-1", "Title"),
        pair("a-2", "One."),
        pair("a-3", "Two."),
        pair("a-4", "Step"),
        pair("a-5", "Head"),
        pair("a-6", "Cell"),
    );
    let doc = Doc::parse("x.md", text);
    assert_eq!(
        blocks(&doc),
        [
            Block::Heading,
            Block::Paragraph,
            Block::Paragraph,
            Block::ListItem,
            Block::TableCell,
            Block::TableCell,
        ]
    );
}

/// Every document of the shared corpus: no segment's translation (which renders fine in its
/// document today) is reported against its English, in the block it sits in.
#[test]
fn nothing_fires_on_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut checked = 0;
    for locale in ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"] {
        let dir = root.join(locale).join("sxs");
        if !dir.is_dir() {
            eprintln!("notice: {} is absent; skipping corpus test", dir.display());
            continue;
        }
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("readable corpus") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "md") {
                    continue;
                }
                let doc = Doc::read(&path).expect("corpus document reads");
                for (seg, block) in doc.segments().iter().zip(blocks(&doc)) {
                    let (source, target) = (doc.slice(&seg.source), doc.slice(&seg.target));
                    // As a catalog holds it: written as FTL, read back both ways.
                    let catalog = ftl::Catalog {
                        header: Vec::new(),
                        entries: vec![ftl::Entry {
                            id: "seg-1".into(),
                            comment: Vec::new(),
                            value: target.to_owned(),
                        }],
                    };
                    let written = ftl::write(&catalog);
                    let value_source = written.strip_prefix("seg-1 =").expect("one message");
                    let read = ftl::read(&written);
                    let from_source = check_source(value_source.trim_end_matches('\n'), source, block);
                    let from_value = check_value(&read.catalog.entries[0].value, source, block);
                    assert!(
                        from_source.is_empty() && from_value.is_empty(),
                        "{}: {}: {from_source:?} {from_value:?} in {block:?}\n  en: {source:?}\n  tr: {target:?}",
                        path.display(),
                        doc.slice(&seg.id)
                    );
                    checked += 1;
                }
            }
        }
    }
    eprintln!("validate: {checked} corpus segments checked");
}
