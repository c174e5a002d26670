use super::*;
use crate::locale::parse_locale;

fn pair(id: &str, target: &str, source: &str) -> String {
    format!("<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>")
}

fn doc(dir: &std::path::Path, pairs: &[(&str, &str, &str)]) -> Doc {
    let body: Vec<String> = pairs.iter().map(|(id, t, s)| pair(id, t, s)).collect();
    let text = format!(
        "---\ntitle: T\nms.contentlocale: nb-NO\n---\n{}\n",
        body.join("\n\n")
    );
    Doc::parse(dir.join("nb-NO/task.md"), text)
}

fn catalog(catalogs: &Catalogs, locale: &str) -> Catalog {
    let path = catalogs.path(&parse_locale(locale).unwrap(), "task");
    ftl::read(&std::fs::read_to_string(path).unwrap()).catalog
}

fn set_value(catalogs: &Catalogs, locale: &str, id: &str, value: &str) {
    let mut c = catalog(catalogs, locale);
    c.entries.iter_mut().find(|e| e.id == id).unwrap().value = value.to_owned();
    let path = catalogs.path(&parse_locale(locale).unwrap(), "task");
    std::fs::write(path, ftl::write(&c)).unwrap();
}

#[test]
fn first_import_writes_english_and_translated_catalogs() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    let d = doc(dir.path(), &[("ab-1", "Hei", "Hello"), ("ab-2", "Ha det", "Bye")]);
    let changes = import(&d, &catalogs, false).unwrap();
    assert_eq!(changes[0].added, ["seg-1", "seg-2"]);
    assert_eq!(catalog(&catalogs, "en-US").get("seg-1").unwrap().value, "Hello");
    assert_eq!(catalog(&catalogs, "nb-NO").get("seg-2").unwrap().value, "Ha det");
}

#[test]
fn reimport_keeps_hand_edits_and_takes_new_machine_translation_for_unedited_messages() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello"), ("ab-2", "Ha det", "Bye")]),
        &catalogs,
        false,
    )
    .unwrap();
    set_value(&catalogs, "nb-NO", "seg-1", "Hallo (gjennomgått)");
    let changes = import(
        &doc(
            dir.path(),
            &[("ab-1", "Hei du", "Hello"), ("ab-2", "Ha det bra", "Bye")],
        ),
        &catalogs,
        false,
    )
    .unwrap();
    let nb = catalog(&catalogs, "nb-NO");
    assert_eq!(nb.get("seg-1").unwrap().value, "Hallo (gjennomgått)");
    assert_eq!(nb.get("seg-2").unwrap().value, "Ha det bra");
    assert_eq!(changes[1].updated, ["seg-2"]);
}

#[test]
fn a_changed_english_source_marks_the_translation_stale_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap();
    let changes = import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert_eq!(changes[1].stale, ["seg-1"]);
    let entry = catalog(&catalogs, "nb-NO").get("seg-1").unwrap().clone();
    assert!(is_stale(&entry));
    assert_eq!(entry.value, "Hei");
    // A second import reports nothing new but keeps the mark.
    let again = import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert!(again[1].stale.is_empty());
    assert!(is_stale(catalog(&catalogs, "nb-NO").get("seg-1").unwrap()));
}

#[test]
fn deleting_the_record_line_clears_the_stale_mark() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap();
    import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    let mut c = catalog(&catalogs, "nb-NO");
    c.entries[0]
        .comment
        .retain(|l| !l.starts_with("taskguide:") && l != STALE);
    c.entries[0].value = "Hei der".into();
    std::fs::write(
        catalogs.path(&parse_locale("nb-NO").unwrap(), "task"),
        ftl::write(&c),
    )
    .unwrap();
    import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    let entry = catalog(&catalogs, "nb-NO").get("seg-1").unwrap().clone();
    assert!(!is_stale(&entry));
    assert_eq!(entry.value, "Hei der");
}

#[test]
fn obsolete_messages_are_reported_and_removed_only_with_prune() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello"), ("ab-2", "Ha det", "Bye")]),
        &catalogs,
        false,
    )
    .unwrap();
    let kept = import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap();
    assert_eq!(kept[1].obsolete, ["seg-2"]);
    assert!(catalog(&catalogs, "nb-NO").get("seg-2").is_some());
    import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, true).unwrap();
    assert!(catalog(&catalogs, "nb-NO").get("seg-2").is_none());
    assert!(catalog(&catalogs, "en-US").get("seg-2").is_none());
}

#[test]
fn a_catalog_with_syntax_errors_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    let path = catalogs.path(&parse_locale("en-US").unwrap(), "task");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "seg-1 = ok\nbroken {\n").unwrap();
    let err = import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap_err();
    assert!(matches!(err, ImportError::Syntax(..)));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "seg-1 = ok\nbroken {\n");
}

#[test]
fn hashes_are_stable() {
    assert_eq!(hash(""), "811c9dc5");
    assert_eq!(hash("a"), "e40c292c");
}

#[test]
fn one_article_in_two_locales_merges_into_one_english_catalog_and_one_per_locale() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    let article = |locale: &str, prefix: &str, target: &str| {
        let text = format!(
            "---\nms.contentlocale: {locale}\n---\n{}\n",
            pair(&format!("{prefix}-102"), target, "Hello")
        );
        Doc::parse(dir.path().join(locale).join("task.md"), text)
    };
    import(&article("nb-NO", "5dd44", "Hei"), &catalogs, false).unwrap();
    let changes = import(&article("sv-SE", "2ba3c", "Hej"), &catalogs, false).unwrap();
    assert!(
        changes[0].added.is_empty(),
        "the English catalog already has the message"
    );
    assert_eq!(catalog(&catalogs, "en-US").entries.len(), 1);
    assert_eq!(catalog(&catalogs, "nb-NO").get("seg-102").unwrap().value, "Hei");
    assert_eq!(catalog(&catalogs, "sv-SE").get("seg-102").unwrap().value, "Hej");
}

#[test]
fn merged_text_is_what_the_catalog_model_writes() {
    // The merge writes FTL straight from borrowed text; reading it back and writing the
    // Catalog gives the same bytes, on a first import and on a re-import with stale, edited,
    // updated and obsolete messages.
    let dir = tempfile::tempdir().unwrap();
    let first = doc(
        dir.path(),
        &[
            ("ab-1", "Hei", "Hello"),
            ("ab-2", "Ha {det}", "Bye"),
            ("ab-3", "Borte", "Gone"),
        ],
    );
    let nb = parse_locale("nb-NO").unwrap();
    let messages = Messages::new(&first);
    let (text, change) = messages.merge(&nb, &Catalog::default(), false);
    assert_eq!(change.added, ["seg-1", "seg-2", "seg-3"]);
    let mut old = ftl::read(&text).catalog;
    assert_eq!(ftl::write(&old), text);
    old.entries[0].value = "Hallo".into();
    let second = doc(
        dir.path(),
        &[
            ("ab-1", "Hei du", "Hello"),
            ("ab-2", "Ha det", "Bye now"),
            ("ab-4", "Ny", "New"),
        ],
    );
    let (text, change) = Messages::new(&second).merge(&nb, &old, false);
    assert_eq!(change.stale, ["seg-2"]);
    assert_eq!(change.obsolete, ["seg-3"]);
    assert_eq!(change.added, ["seg-4"]);
    let back = ftl::read(&text);
    assert!(back.errors.is_empty());
    assert_eq!(ftl::write(&back.catalog), text);
    assert_eq!(back.catalog.get("seg-1").unwrap().value, "Hallo");
    assert!(is_stale(back.catalog.get("seg-2").unwrap()));
    assert_eq!(back.catalog.get("seg-3").unwrap().value, "Borte");
}

#[test]
fn a_record_line_that_is_not_a_pair_of_hashes_marks_the_message_stale() {
    let entry = Entry {
        id: "seg-1".into(),
        comment: vec!["text".into(), format!("{META}source=+1234567 target=zz")],
        value: "Hei".into(),
    };
    let mut buf = String::new();
    let merged = merge_translation(&entry, "Hello", "Hei", &mut buf);
    assert!(merged.stale && merged.newly_stale);
    assert_eq!(merged.value, "Hei");
}

proptest::proptest! {
    #[test]
    fn hex_digits_are_written_as_format_writes_them(h: u32) {
        let mut out = String::new();
        push_hex(&mut out, h);
        proptest::prop_assert_eq!(out, format!("{h:08x}"));
    }
}
