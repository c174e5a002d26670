//! The engine's own catalogs (`locales/*/taskguide.ftl`) are valid, complete in en-US and
//! nb-NO, and define every message the code asks for.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::common::root;

fn parse(locale: &str) -> fluent_syntax::ast::Resource<String> {
    let path = root().join("locales").join(locale).join("taskguide.ftl");
    let src = std::fs::read_to_string(&path).unwrap();
    fluent_syntax::parser::parse(src).unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()))
}

fn ids(locale: &str) -> BTreeSet<String> {
    parse(locale)
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

fn variables(pattern: &Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.clone());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        out.insert(id.name.clone());
                    }
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

fn message_variables(locale: &str) -> Vec<(String, BTreeSet<String>)> {
    parse(locale)
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                Some((m.id.name, vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn english_and_norwegian_catalogs_define_the_same_messages() {
    let en = ids("en-US");
    let nb = ids("nb-NO");
    let only_en: Vec<_> = en.difference(&nb).collect();
    let only_nb: Vec<_> = nb.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_nb.is_empty(),
        "only en-US: {only_en:?}\nonly nb-NO: {only_nb:?}"
    );
}

#[test]
fn translations_use_the_same_variables_as_english() {
    let nb: std::collections::BTreeMap<_, _> = message_variables("nb-NO").into_iter().collect();
    for (id, vars) in message_variables("en-US") {
        if let Some(nb_vars) = nb.get(&id) {
            assert_eq!(&vars, nb_vars, "variables of {id}");
        }
    }
}

fn rust_sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Message ids named literally in the code: `tr!("id"…)` and `msg("id"…)`-style string literals
/// passed to the engine (any `"…"` right after `tr!(`, on the same line or the next).
fn ids_used_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_sources(&root().join("src"), &mut files);
    let mut used = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for marker in ["tr!(", "tr_plain!(", "msg_id!("] {
            for (i, _) in text.match_indices(marker) {
                // rustfmt puts the id of a long call on the next line: skip the whitespace.
                let rest = text[i + marker.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap()];
                used.insert(id.to_owned());
            }
        }
    }
    used
}

#[test]
fn every_message_the_code_uses_is_defined() {
    let en = ids("en-US");
    let missing: Vec<_> = ids_used_in_code()
        .into_iter()
        .filter(|id| !en.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "used in src/ but not in en-US/taskguide.ftl: {missing:?}"
    );
}

#[test]
fn every_command_and_option_has_localized_help() {
    let en = ids("en-US");
    let missing: Vec<_> = taskguide::help_message_ids()
        .into_iter()
        .filter(|id| !en.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "help texts missing from en-US/taskguide.ftl: {missing:?}"
    );
}
