//! Everyday command-line conventions (issue 13): shell completions, the manual page, and clap's
//! own words (headings, help and version flags) in the user's language.

use super::common::taskguide;

/// Every visible command, with its nested commands.
const COMMANDS: &[&str] = &[
    "check",
    "import",
    "render",
    "steps",
    "status",
    "locales",
    "store",
    "assign",
    "guide",
    "completions",
    "man",
];

fn stdout(args: &[&str]) -> String {
    let out = taskguide().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn completions_name_every_command_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&["completions", shell]);
        for command in COMMANDS {
            assert!(script.contains(command), "{shell}: no {command}");
        }
        assert!(script.contains("locales-dir"), "{shell}: options are completed");
    }
    let (_, code) = {
        let out = taskguide().args(["completions", "tcsh"]).output().unwrap();
        (out.stderr, out.status.code())
    };
    assert_eq!(code, Some(2), "an unknown shell is a usage error");
}

#[cfg(unix)]
#[test]
fn the_bash_completion_script_parses() {
    let script = stdout(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("taskguide.bash");
    std::fs::write(&path, &script).unwrap();
    let status = std::process::Command::new("bash").arg("-n").arg(&path).status();
    match status {
        Ok(status) => assert!(status.success(), "bash -n rejects the script"),
        Err(e) => eprintln!("notice: bash not found ({e}); skipping the parse check"),
    }
    assert!(
        script.contains("complete -F _taskguide"),
        "the function is registered"
    );
}

#[test]
fn the_man_page_has_name_synopsis_and_every_command() {
    let page = stdout(&["man"]);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq") || page.contains(".TH taskguide"),
        "{page}"
    );
    assert!(page.contains(".TH taskguide 1"), "{page}");
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH OPTIONS",
        ".SH Commands",
    ] {
        assert!(page.contains(section), "no {section}");
    }
    for command in COMMANDS {
        assert!(
            page.contains(&format!("taskguide\\-{command}(1)")),
            "no {command} in the page"
        );
    }
    assert!(
        page.contains("Exit codes: 0 success"),
        "exit codes are documented"
    );
}

#[test]
fn man_out_writes_one_page_per_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let status = taskguide()
        .args(["man", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(status.stdout.is_empty());
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.contains(&"taskguide.1".to_owned()), "{names:?}");
    for command in COMMANDS {
        assert!(
            names.contains(&format!("taskguide-{command}.1")),
            "no page for {command}: {names:?}"
        );
    }
    for nested in ["init", "users", "skus", "history", "undo", "set-location"] {
        assert!(
            names.contains(&format!("taskguide-store-{nested}.1")),
            "{nested}: {names:?}"
        );
    }
    assert!(
        !names.iter().any(|n| n.contains("help")),
        "no page for clap's help: {names:?}"
    );
    let render = std::fs::read_to_string(out.join("taskguide-render.1")).unwrap();
    assert!(render.contains(".SH NAME") && render.contains(".SH SYNOPSIS"));
    assert!(render.contains("\\-\\-locales\\-dir"), "{render}");
}

/// The words clap writes on its own, in English.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "Print version",
    "Print this message",
    "[default:",
    "[possible values:",
    "Possible values:",
    "see more with",
    "see a summary with",
];

fn help_in(lang: &str, args: &[&str]) -> String {
    let out = taskguide().env("LANG", lang).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn norwegian_help_has_no_english_heading() {
    let mut pages: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help"], vec!["help", "help"]];
    for command in COMMANDS {
        pages.push(vec![command, "--help"]);
        pages.push(vec![command, "-h"]);
    }
    pages.push(vec!["store", "init", "--help"]);
    pages.push(vec!["help", "store", "undo"]);
    pages.push(vec!["store", "help"]);
    pages.push(vec!["store", "help", "init"]);
    for args in pages {
        let help = help_in("nb_NO.UTF-8", &args);
        for english in CLAP_ENGLISH {
            assert!(!help.contains(english), "{args:?} shows “{english}”:\n{help}");
        }
        assert!(help.contains("Bruk:"), "{args:?}:\n{help}");
    }
    let top = help_in("nb_NO.UTF-8", &["--help"]);
    for heading in [
        "Kommandoer:",
        "Valg:",
        "Vis hjelp",
        "Vis versjon",
        "Avslutningskoder: 0",
    ] {
        assert!(top.contains(heading), "no {heading}:\n{top}");
    }
    let check = help_in("nb_NO.UTF-8", &["check", "--help"]);
    assert!(check.contains("Argumenter:"), "{check}");
    assert!(check.contains("mulige verdier: text, json,"), "{check}");
    assert!(check.contains("standard: text"), "{check}");
}

#[test]
fn english_help_keeps_its_headings_and_exit_codes() {
    let top = help_in("en_US.UTF-8", &["--help"]);
    for heading in [
        "Usage: taskguide",
        "Commands:",
        "Options:",
        "Print help",
        "Exit codes: 0 success",
    ] {
        assert!(top.contains(heading), "no {heading}:\n{top}");
    }
    let status = help_in("en_US.UTF-8", &["status", "--help"]);
    assert!(
        status.contains("[possible values: text, json; default: text]"),
        "{status}"
    );
}
