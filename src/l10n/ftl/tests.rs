//! Round trips through fluent-syntax and fluent-bundle, the reader's errors, and ids.

use super::*;
use fluent_bundle::{FluentBundle, FluentResource};
use proptest::prelude::*;

fn entry(id: &str, value: &str) -> Entry {
    Entry {
        id: id.into(),
        comment: Vec::new(),
        value: value.into(),
    }
}

fn catalog(entries: Vec<Entry>) -> Catalog {
    Catalog {
        header: Vec::new(),
        entries,
    }
}

/// Formats every entry of `ftl` with fluent-bundle, failing on any parse, add or format error.
#[track_caller]
fn format_all(ftl: &str, ids: &[&str]) -> Result<Vec<String>, String> {
    let resource =
        FluentResource::try_new(ftl.to_owned()).map_err(|(_, e)| format!("parse: {e:?}\n{ftl}"))?;
    let mut bundle = FluentBundle::new(vec![unic_langid::langid!("nb-NO")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|e| format!("add: {e:?}\n{ftl}"))?;
    ids.iter()
        .map(|id| {
            let pattern = bundle
                .get_message(id)
                .and_then(|m| m.value())
                .ok_or(format!("no {id}\n{ftl}"))?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            if errors.is_empty() {
                Ok(text)
            } else {
                Err(format!("format: {errors:?}\n{ftl}"))
            }
        })
        .collect()
}

/// Writes `values` as a catalog, then checks that fluent-bundle formats each back and that
/// [`read`] gives the same catalog without errors.
fn check_round_trip(values: &[String]) -> Result<(), TestCaseError> {
    let ids: Vec<String> = (0..values.len()).map(|i| format!("seg-{i}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let input = catalog(ids.iter().zip(values).map(|(id, v)| entry(id, v)).collect());
    let ftl = write(&input);
    let formatted = format_all(&ftl, &ids).map_err(TestCaseError::fail)?;
    prop_assert_eq!(&formatted, values, "fluent-bundle, FTL:\n{}", ftl);
    let back = read(&ftl);
    prop_assert_eq!(&back.errors, &Vec::new(), "FTL:\n{}", ftl);
    prop_assert_eq!(&back.catalog, &input, "FTL:\n{}", ftl);
    Ok(())
}

#[track_caller]
fn assert_round_trip(value: &str) {
    if let Err(e) = check_round_trip(&[value.to_owned()]) {
        panic!("{value:?}: {e}");
    }
}

/// Strings biased towards what FTL treats specially, mixed with arbitrary ones.
fn tricky_string() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "{", "}", "[", "]", "*", ".", "\\", "\"", "\r", "\n", "\r\n", "\t", " ", "  ", "\u{a0}", "\u{2068}",
        "\u{2069}", "\u{feff}", "\u{2028}", "\u{0}", "\u{7f}", "\u{85}", "#", "-", "$", "=", "a", "b", "é",
        "😊", "\u{5d0}", "{\"\"}", "\\u0041", "*[", "\n ", "\n\n",
    ]);
    prop_oneof![
        any::<String>(),
        prop::collection::vec(tricky, 0..24).prop_map(|parts| parts.concat()),
        prop::collection::vec(
            prop_oneof![
                any::<char>().prop_map(String::from),
                "[{}\\[\\]*. \n\r\t\"\\\\]{1,3}"
            ],
            0..16
        )
        .prop_map(|parts| parts.concat()),
    ]
}

/// 2,000 cases per property, or `PROPTEST_CASES` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_value_formats_and_reads_back_exactly(s in tricky_string()) {
        check_round_trip(&[s])?;
    }

    #[test]
    fn several_values_in_one_catalog_format_and_read_back_exactly(
        values in prop::collection::vec(tricky_string(), 1..6),
    ) {
        check_round_trip(&values)?;
    }

    #[test]
    fn any_header_comments_and_ids_still_give_valid_ftl(
        header in prop::collection::vec(tricky_string(), 0..3),
        entries in prop::collection::vec((tricky_string(), prop::collection::vec(tricky_string(), 0..3)), 1..4),
    ) {
        let input = Catalog {
            header,
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(i, (id, comment))| Entry { id: format!("{}{i}", sanitize_identifier(&id)), comment, value: id })
                .collect(),
        };
        let ftl = write(&input);
        let ids: Vec<&str> = input.entries.iter().map(|e| e.id.as_str()).collect();
        let values: Vec<String> = input.entries.iter().map(|e| e.value.clone()).collect();
        prop_assert_eq!(format_all(&ftl, &ids).map_err(TestCaseError::fail)?, values);
        let back = read(&ftl);
        prop_assert_eq!(&back.errors, &Vec::new(), "FTL:\n{}", ftl);
        let lines = |lines: &[String]| -> Vec<String> {
            lines.iter().flat_map(|l| l.split("\r\n").flat_map(|l| l.split(['\n', '\r']))).map(str::to_owned).collect()
        };
        prop_assert_eq!(back.catalog.header, lines(&input.header));
        for (got, want) in back.catalog.entries.iter().zip(&input.entries) {
            prop_assert_eq!(&got.comment, &lines(&want.comment));
            prop_assert_eq!(&got.value, &want.value);
        }
    }

    #[test]
    fn reading_never_panics(s in any::<String>()) {
        let _ = read(&s);
    }

    #[test]
    fn reading_ftl_like_text_never_panics(
        parts in prop::collection::vec(prop::sample::select(vec![
            "a", "id", " = ", "=", "{", "}", "\"", "\\", "\\u", "\\U", "\\u12", "é", "😊", "\n", "\r\n", "\r", " ",
            "    ", "#", "## ", "### ", "-t", "$v", "->", "[", "]", "*[", ".", "0", "-1.5", "(", ")", ":", ",",
            "{\"", "{\"\\u1", "{ $n ->\n", "\n   *[other] ", "a = ",
        ]), 0..40),
    ) {
        let _ = read(&parts.concat());
    }

    #[test]
    fn message_ids_are_always_identifiers(s in any::<String>()) {
        let id = message_id(&s);
        prop_assert!(is_identifier(&id), "{:?} → {:?}", s, id);
        prop_assert!(is_identifier(&sanitize_identifier(&s)), "{:?}", s);
    }
}

#[test]
fn tricky_values_round_trip() {
    for value in [
        "",
        " ",
        "\n",
        "\r\n",
        "\r",
        "a\n",
        "\na",
        "a\n\n\nb",
        "{",
        "}",
        "{\"\"}",
        "\\",
        "\\u0041",
        "\"\\\"",
        "a\n[b]\n*[c] d\n.e\n}f",
        "  indented\n    more\n\tless",
        "trailing \nspaces  \n",
        "\u{a0}nbsp\u{a0}",
        "\u{2068}isolated\u{2069}",
        "שלום {עולם}",
        "\u{0}\u{1}\u{1f}\u{7f}\u{85}",
        "\u{feff}bom",
        "# not a comment\n## nor this",
        "id = not a message\n-term = nor a term",
        "    ",
        "\t",
    ] {
        assert_round_trip(value);
    }
    assert_round_trip(&"{".repeat(150));
    assert_round_trip(&"a\n".repeat(150));
    assert_round_trip(&"x{y".repeat(101));
    assert_round_trip(&format!("{}\\\"\n\r\u{a0} ", "{x".repeat(101)));
}

#[test]
fn header_and_comments_round_trip() {
    let input = Catalog {
        header: vec![
            "Source: content/nb-NO/doc.md".into(),
            String::new(),
            "  indented".into(),
        ],
        entries: vec![
            Entry {
                id: "seg-1".into(),
                comment: vec!["first".into(), String::new()],
                value: "one".into(),
            },
            entry("seg-2", "two\nlines"),
            Entry {
                id: "seg-3".into(),
                comment: vec!["# hash".into()],
                value: "three".into(),
            },
        ],
    };
    let ftl = write(&input);
    assert_eq!(
        ftl,
        "### Source: content/nb-NO/doc.md\n###\n###   indented\n\n\
         # first\n#\nseg-1 = one\n\nseg-2 =\n    two\n    lines\n\n# # hash\nseg-3 = three\n"
    );
    let back = read(&ftl);
    assert_eq!(back.errors, Vec::new());
    assert_eq!(back.catalog, input);
    assert_eq!(
        back.catalog.get("seg-2").map(|e| e.value.as_str()),
        Some("two\nlines")
    );
    assert_eq!(back.catalog.get("seg-9"), None);
}

#[test]
fn comment_lines_with_line_breaks_are_split() {
    let input = Catalog {
        header: vec!["a\r\nb".into()],
        entries: vec![Entry {
            id: "seg-1".into(),
            comment: vec!["c\nd\re".into()],
            value: "v".into(),
        }],
    };
    let ftl = write(&input);
    assert_eq!(ftl, "### a\n### b\n\n# c\n# d\n# e\nseg-1 = v\n");
    let back = read(&ftl);
    assert_eq!(back.catalog.header, ["a", "b"]);
    assert_eq!(back.catalog.entries[0].comment, ["c", "d", "e"]);
}

#[test]
fn an_empty_catalog_is_an_empty_file() {
    assert_eq!(write(&Catalog::default()), "");
    assert_eq!(read(""), ReadResult::default());
}

#[test]
fn invalid_entry_ids_are_written_as_identifiers() {
    let ftl = write(&catalog(vec![entry("5dd44-p101", "x"), entry("a b", "y")]));
    assert_eq!(ftl, "seg-5dd44-p101 = x\n\na_b = y\n");
    assert!(read(&ftl).errors.is_empty());
}

#[test]
fn message_ids_take_the_part_after_the_last_dash() {
    assert_eq!(message_id("5dd44-p101"), "seg-p101");
    assert_eq!(message_id("2ba3c-p101"), message_id("5dd44-p101"));
    assert_eq!(message_id("dca22-105"), "seg-105");
    assert_eq!(message_id("a-b-c"), "seg-c");
    assert_eq!(message_id("seg-p101"), "seg-p101", "a message id maps to itself");
}

#[test]
fn message_ids_without_a_dash_use_the_whole_id_sanitized() {
    assert_eq!(message_id("105"), "seg-105");
    assert_eq!(message_id("p1.2 ø"), "seg-p1_2__");
    assert_eq!(message_id(""), "seg-");
    assert_eq!(message_id("abc-"), "seg-abc-");
}

#[test]
fn identifiers_start_with_a_letter_and_contain_no_other_punctuation() {
    for id in ["a", "seg-p101", "Z_9-x"] {
        assert!(is_identifier(id), "{id}");
    }
    for id in ["", "1a", "-a", "_a", "a.b", "a b", "å", "a\u{300}"] {
        assert!(!is_identifier(id), "{id}");
    }
    assert_eq!(sanitize_identifier("seg-p101"), "seg-p101");
    assert_eq!(sanitize_identifier("1.x"), "seg-1_x");
}

#[test]
fn escape_pattern_is_what_follows_the_equals_sign() {
    assert_eq!(escape_pattern("Velg **Lisenser**"), " Velg **Lisenser**");
    assert_eq!(escape_pattern("a\nb"), "\n    a\n    b");
    assert_eq!(escape_pattern(""), " {\"\"}");
}
