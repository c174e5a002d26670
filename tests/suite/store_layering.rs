//! The store stands beside the stages: nothing in `src/store` uses doc, l10n, render, task,
//! wizard, check or cli, nor translates a message (`tr!`, `tr_plain!`): its errors are data,
//! localized at the edge (`src/explain/store.rs`).

use std::path::{Path, PathBuf};

use super::common::root;

const FORBIDDEN_MODULES: [&str; 7] = ["doc", "l10n", "render", "task", "wizard", "check", "cli"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `file:line: what` in the store's sources that breaks the layering.
fn violations_in(text: &str, file: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut hits: Vec<String> = FORBIDDEN_MODULES
            .iter()
            .filter(|m| {
                let path = format!("crate::{m}");
                code.match_indices(&path).any(|(i, _)| {
                    let next = code[i + path.len()..].chars().next();
                    !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            })
            .map(|m| format!("crate::{m}"))
            .collect();
        // `use crate::{doc, …}` lists.
        if let Some(start) = code.find("crate::{") {
            let list = &code[start + "crate::{".len()..];
            for m in FORBIDDEN_MODULES {
                let named = list
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|w| w == m);
                if named {
                    hits.push(format!("crate::{{{m}}}"));
                }
            }
        }
        for mac in ["tr!", "tr_plain!"] {
            let used = code.match_indices(mac).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if used {
                hits.push(mac.to_owned());
            }
        }
        found.extend(hits.into_iter().map(|h| format!("{file}:{}: {h}", n + 1)));
    }
    found
}

#[test]
fn the_store_uses_none_of_the_stages_and_translates_nothing() {
    let mut files = Vec::new();
    rust_files(&root().join("src/store"), &mut files);
    assert!(files.len() > 10, "the store's sources are found");
    let mut violations = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        violations.extend(violations_in(&text, &file.display().to_string()));
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_layering_check_catches_each_kind_of_use() {
    let bad = "use crate::l10n::engine;\nlet m = crate::tr!(\"x\");\nuse crate::{doc, store};\nlet s = tr_plain!(\"y\");\n";
    let found = violations_in(bad, "x.rs");
    assert_eq!(
        found,
        [
            "x.rs:1: crate::l10n",
            "x.rs:2: tr!",
            "x.rs:3: crate::{doc}",
            "x.rs:4: tr_plain!"
        ]
    );
    let fine = "use crate::store::rules;\nlet doctor = crate::store::docs;\n// crate::l10n in a comment\nlet attr!(x);\n";
    assert!(violations_in(fine, "y.rs").is_empty());
}
