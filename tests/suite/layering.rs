//! The architecture, checked on the sources: dependencies run one way (`position`/`locale` ←
//! `doc` ← `l10n` ← `render` ← `task` ← `wizard`/`check` ← `cli`, `store` beside them), no clap
//! outside the CLI, and no user-facing text formatted inside the early stages (they return
//! typed errors; `explain` localizes them at the edge).

use std::path::{Path, PathBuf};

use super::common::root;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's code: every line with its `//` comment removed (doc comments may name any module).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The crate's top-level modules a piece of code names: `crate::x`, `crate::{x, y::z}`.
fn crate_modules(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        if i > 0 && code[..i].ends_with('$') {
            continue; // `$crate::` in a macro: the macro's own path
        }
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(group.len(), |(k, _)| k);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(first_segment(&item));
                        item.clear();
                    }
                    _ => item.push(c),
                }
            }
        } else {
            out.push(first_segment(rest));
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

fn first_segment(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// Every `file: problem` under `src/<area>` where the code names a module of `forbidden`,
/// or formats an engine message (`tr!(`) when `no_tr` is set (except in `except`).
fn violations(area: &str, forbidden: &[&str], no_tr: bool, except: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src").join(area), &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let name = relative(&file);
        let code = code(&file);
        for m in crate_modules(&code) {
            if forbidden.contains(&m.as_str()) {
                out.push(format!("{name}: uses crate::{m}"));
            }
        }
        if no_tr && !except.contains(&name.as_str()) {
            for mac in ["tr!(", "tr_plain!("] {
                // `include_str!(` is not `tr!(`.
                let named = |i: usize| !code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                if code.match_indices(mac).any(|(i, _)| named(i)) {
                    out.push(format!("{name}: formats text with {mac}…)"));
                }
            }
        }
    }
    out
}

#[test]
fn the_module_list_finds_grouped_and_plain_paths() {
    let code = "use crate::{doc::Doc, l10n::{self, engine}};\nlet x = crate::render::markdown;\n$crate::tr";
    assert_eq!(crate_modules(code), ["doc", "l10n", "render"]);
    assert_eq!(
        code_of_lines("let a = 1; // crate::cli\n/// crate::check"),
        "let a = 1; \n"
    );
}

fn code_of_lines(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.rs");
    std::fs::write(&path, text).unwrap();
    code(&path)
}

#[test]
fn the_document_stage_uses_no_later_stage_and_formats_no_text() {
    let forbidden = [
        "l10n", "render", "task", "wizard", "check", "cli", "explain", "store",
    ];
    let found = violations("doc", &forbidden, true, &[]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn localization_uses_no_later_stage_and_formats_text_only_in_the_engine() {
    let forbidden = ["render", "task", "wizard", "check", "cli", "explain", "store"];
    let except = ["src/l10n/engine.rs", "src/l10n/mod.rs"];
    let found = violations("l10n", &forbidden, true, &except);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn later_stages_do_not_reach_back_from_render_and_task() {
    let found = violations("render", &["task", "wizard", "check", "cli"], false, &[]);
    assert!(found.is_empty(), "{found:#?}");
    let found = violations("task", &["wizard", "check", "cli"], false, &[]);
    assert!(found.is_empty(), "{found:#?}");
    let found = violations("wizard", &["check", "cli"], false, &[]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_site_comes_after_render_and_task_and_before_the_command_line() {
    let found = violations("site", &["wizard", "check", "cli", "explain", "store"], true, &[]);
    assert!(found.is_empty(), "{found:#?}");
    for area in ["doc", "l10n", "render", "task", "wizard", "check", "store"] {
        let found = violations(area, &["site"], false, &[]);
        assert!(found.is_empty(), "{found:#?}");
    }
}

#[test]
fn clap_is_used_only_by_the_command_line() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let found: Vec<String> = files
        .iter()
        .filter(|f| !relative(f).starts_with("src/cli/"))
        .filter(|f| {
            let code = code(f);
            code.contains("clap::") || code.contains("use clap")
        })
        .map(|f| relative(f))
        .collect();
    assert!(found.is_empty(), "clap outside src/cli: {found:?}");
}

#[test]
fn the_store_stands_beside_the_pipeline() {
    let forbidden = [
        "doc", "l10n", "render", "task", "wizard", "check", "cli", "explain",
    ];
    let found = violations("store", &forbidden, true, &[]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn exchange_stands_after_localization_and_before_the_command_line() {
    let forbidden = ["wizard", "check", "cli", "explain", "store"];
    let found = violations("exchange", &forbidden, true, &[]);
    assert!(found.is_empty(), "{found:#?}");
    // Nothing earlier reaches into it.
    for area in ["doc", "l10n", "render", "task", "wizard", "check", "store"] {
        let found = violations(area, &["exchange"], false, &[]);
        assert!(found.is_empty(), "{found:#?}");
    }
}
