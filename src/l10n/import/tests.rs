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

fn state(catalogs: &Catalogs, locale: &str) -> State {
    State::read(&catalogs.path(&parse_locale(locale).unwrap(), "task"))
        .unwrap()
        .unwrap()
}

fn write_state(catalogs: &Catalogs, locale: &str, state: &State) {
    state
        .write(&catalogs.path(&parse_locale(locale).unwrap(), "task"))
        .unwrap();
}

#[test]
fn a_changed_english_source_marks_an_edited_translation_stale_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap();
    set_value(&catalogs, "nb-NO", "seg-1", "Hei på deg");
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
    assert_eq!(entry.value, "Hei på deg");
    let record = &state(&catalogs, "nb-NO").messages["seg-1"];
    assert_eq!(record.english.as_deref(), Some("Hello"));
    assert_eq!(record.current.as_deref(), Some("Hello there"));
    // A second import reports nothing new but keeps the mark.
    let again = import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert!(again[1].stale.is_empty());
    assert!(is_stale(catalog(&catalogs, "nb-NO").get("seg-1").unwrap()));
    // Updating the text answers the new English.
    set_value(&catalogs, "nb-NO", "seg-1", "Hei der");
    let fixed = import(
        &doc(dir.path(), &[("ab-1", "Hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert_eq!(fixed[1].edited, ["seg-1"]);
    let record = &state(&catalogs, "nb-NO").messages["seg-1"];
    assert!(!record.is_stale());
    assert_eq!(record.english.as_deref(), Some("Hello there"));
}

#[test]
fn an_unedited_machine_translation_follows_the_documents_new_english() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap();
    let changes = import(
        &doc(dir.path(), &[("ab-1", "Hei der", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert_eq!(changes[1].updated, ["seg-1"]);
    assert_eq!(catalog(&catalogs, "nb-NO").get("seg-1").unwrap().value, "Hei der");
    let record = &state(&catalogs, "nb-NO").messages["seg-1"];
    assert_eq!(
        (record.state, record.english.as_deref()),
        (Review::Machine, Some("Hello there"))
    );
}

#[test]
fn deleting_the_record_clears_the_stale_mark_and_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    import(&doc(dir.path(), &[("ab-1", "Hei", "Hello")]), &catalogs, false).unwrap();
    let mut st = state(&catalogs, "nb-NO");
    st.messages.get_mut("seg-1").unwrap().state = Review::Reviewed;
    write_state(&catalogs, "nb-NO", &st);
    import(
        &doc(dir.path(), &[("ab-1", "Hei hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert!(
        state(&catalogs, "nb-NO").messages["seg-1"].is_stale(),
        "reviewed text is kept, stale"
    );
    let mut st = state(&catalogs, "nb-NO");
    st.messages.remove("seg-1");
    write_state(&catalogs, "nb-NO", &st);
    let changes = import(
        &doc(dir.path(), &[("ab-1", "Hei hei", "Hello there")]),
        &catalogs,
        false,
    )
    .unwrap();
    assert_eq!(changes[1].adopted, ["seg-1"]);
    let entry = catalog(&catalogs, "nb-NO").get("seg-1").unwrap().clone();
    assert!(!is_stale(&entry));
    assert_eq!(entry.value, "Hei");
    assert_eq!(state(&catalogs, "nb-NO").messages["seg-1"].state, Review::Edited);
}

#[test]
fn a_hand_fix_survives_any_number_of_imports_with_or_without_its_record() {
    for keep_record in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let catalogs = Catalogs::open(dir.path().join("locales"));
        let d = doc(dir.path(), &[("ab-1", "Hei", "Hello"), ("ab-2", "Ha det", "Bye")]);
        import(&d, &catalogs, false).unwrap();
        set_value(&catalogs, "nb-NO", "seg-1", "Hallo (fikset)");
        if !keep_record {
            let mut st = state(&catalogs, "nb-NO");
            st.messages.remove("seg-1");
            write_state(&catalogs, "nb-NO", &st);
        }
        for round in 0..4 {
            let changes = import(&d, &catalogs, false).unwrap();
            assert!(changes[1].updated.is_empty(), "round {round}: {changes:?}");
            let nb = catalog(&catalogs, "nb-NO");
            assert_eq!(nb.get("seg-1").unwrap().value, "Hallo (fikset)", "round {round}");
            assert_eq!(state(&catalogs, "nb-NO").messages["seg-1"].state, Review::Edited);
        }
    }
}

#[test]
fn a_lost_state_file_is_never_read_as_unedited() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    let d = doc(dir.path(), &[("ab-1", "Hei", "Hello"), ("ab-2", "Ha det", "Bye")]);
    import(&d, &catalogs, false).unwrap();
    set_value(&catalogs, "nb-NO", "seg-2", "Farvel");
    let path = catalogs.path(&parse_locale("nb-NO").unwrap(), "task");
    std::fs::remove_file(state::path_for(&path)).unwrap();
    let changes = import(&d, &catalogs, false).unwrap();
    assert_eq!(changes[1].adopted, ["seg-2"], "the import says so");
    let st = state(&catalogs, "nb-NO");
    assert_eq!(
        st.messages["seg-1"].state,
        Review::Machine,
        "the document's own text is machine"
    );
    assert_eq!(st.messages["seg-2"].state, Review::Edited);
    assert_eq!(catalog(&catalogs, "nb-NO").get("seg-2").unwrap().value, "Farvel");
}

fn doc_in(dir: &std::path::Path, locale: &str, date: &str, pairs: &[(&str, &str, &str)]) -> Doc {
    let body: Vec<String> = pairs.iter().map(|(id, t, s)| pair(id, t, s)).collect();
    let text = format!(
        "---\ntitle: T\nms.date: {date}\nms.contentlocale: {locale}\n---\n{}\n",
        body.join("\n\n")
    );
    Doc::parse(dir.join(locale).join("task.md"), text)
}

#[test]
fn copies_of_one_article_in_three_locales_in_any_order_and_with_prune_lose_no_message() {
    // sv-SE from older English; zh-CN segmented differently (p101); he-IL the newest.
    let make = |dir: &std::path::Path| {
        vec![
            doc_in(
                dir,
                "sv-SE",
                "01/02/2020",
                &[("a-1", "Hej", "Hello"), ("a-2", "Ut", "Out")],
            ),
            doc_in(
                dir,
                "zh-CN",
                "03/04/2021",
                &[("b-1", "你好", "Hello!"), ("b-p101", "出去", "Out now")],
            ),
            doc_in(
                dir,
                "he-IL",
                "03/04/2021",
                &[("c-1", "שלום", "Hello!"), ("c-2", "החוצה", "Out now")],
            ),
        ]
    };
    for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]] {
        let dir = tempfile::tempdir().unwrap();
        let catalogs = Catalogs::open(dir.path().join("locales"));
        let docs = make(dir.path());
        for &i in &order {
            import(&docs[i], &catalogs, true).unwrap();
            let catalogs = Catalogs::open(dir.path().join("locales"));
            import(&docs[i], &catalogs, true).unwrap();
        }
        let catalogs = Catalogs::open(dir.path().join("locales"));
        for &i in &order {
            import(&docs[i], &catalogs, true).unwrap();
        }
        let en = catalog(&catalogs, "en-US");
        for id in ["seg-1", "seg-2", "seg-p101"] {
            assert!(en.get(id).is_some(), "{order:?}: en-US lost {id}");
        }
        assert_eq!(
            en.get("seg-1").unwrap().value,
            "Hello!",
            "{order:?}: the newest English"
        );
        let sv = state(&catalogs, "sv-SE");
        assert_eq!(
            sv.messages["seg-1"].english.as_deref(),
            Some("Hello"),
            "{order:?}"
        );
        assert_eq!(sv.messages["seg-2"].english.as_deref(), Some("Out"));
        assert!(!sv.messages.contains_key("seg-p101"));
        assert_eq!(
            state(&catalogs, "zh-CN").messages["seg-p101"].english.as_deref(),
            Some("Out now")
        );
        assert_eq!(catalog(&catalogs, "zh-CN").get("seg-p101").unwrap().value, "出去");
        assert_eq!(catalog(&catalogs, "he-IL").get("seg-2").unwrap().value, "החוצה");
    }
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
fn every_catalog_names_its_document_and_locale_in_its_header_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    let d = Doc::parse(
        dir.path().join("nb-NO/sub/task.md"),
        format!(
            "---\nms.contentlocale: nb-NO\n---\n{}\n",
            pair("a-1", "Hei", "Hello")
        ),
    )
    .with_root(&dir.path().join("nb-NO"));
    assert_eq!(d.id(), "sub/task");
    let changes = import(&d, &catalogs, false).unwrap();
    assert!(
        changes[1].path.ends_with("nb-NO/sub/task.ftl"),
        "{:?}",
        changes[1].path
    );
    let text = std::fs::read_to_string(&changes[1].path).unwrap();
    assert!(
        text.starts_with("### doc: sub/task\n### locale: nb-NO\n"),
        "{text}"
    );
    let st = State::read(&changes[1].path).unwrap().unwrap();
    assert_eq!((st.doc.as_str(), st.locale.as_str()), ("sub/task", "nb-NO"));
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
    assert_eq!(
        change.added,
        ["seg-1", "seg-2", "seg-3", "title"],
        "the front matter's title is a message"
    );
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
    let (_, first_state, _) = messages.merge_with(&nb, &Catalog::default(), None, false, &Default::default());
    let mut old_state = first_state;
    old_state.messages.get_mut("seg-2").unwrap().state = Review::Reviewed;
    let (text, _, change) =
        Messages::new(&second).merge_with(&nb, &old, Some(&old_state), false, &Default::default());
    assert_eq!(change.stale, ["seg-2"]);
    assert_eq!(change.edited, ["seg-1"]);
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
fn a_catalog_with_fluent_references_is_not_rewritten_into_text() {
    let dir = tempfile::tempdir().unwrap();
    let catalogs = Catalogs::open(dir.path().join("locales"));
    let d = doc(
        dir.path(),
        &[("ab-1", "Hei {x}", "Hello {x}"), ("ab-2", "Ha det", "Bye")],
    );
    import(&d, &catalogs, false).unwrap();
    let path = catalogs.path(&parse_locale("nb-NO").unwrap(), "task");
    let broken = std::fs::read_to_string(&path)
        .unwrap()
        .replace("seg-2 = Ha det", "seg-2 = { $product } og { -brand }");
    std::fs::write(&path, &broken).unwrap();
    let err = import(&d, &catalogs, false).unwrap_err();
    assert!(
        matches!(&err, ImportError::References(_, ids) if ids == &["seg-2"]),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
}
