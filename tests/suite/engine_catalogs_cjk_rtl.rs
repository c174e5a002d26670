//! The zh-CN and he-IL engine catalogs: complete (the messages and variables of en-US), valid
//! FTL that formats without errors, the plural categories of their language, marked as not
//! reviewed by a native speaker; zh-CN in Microsoft's zh-CN punctuation and spacing, he-IL free
//! of hidden bidi controls. And the wizard in Hebrew: step text and prompts marked for a
//! right-to-left terminal, sign-in names, SKU names and numbers kept left to right.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::common::{demo_store, root, taskguide};

const LOCALES: [&str; 2] = ["zh-CN", "he-IL"];
const SEED: &str = "how-to-assign-a-license-to-a-user";
const LRM: char = '\u{200e}';
const RLM: char = '\u{200f}';

fn source(locale: &str) -> String {
    let path = root().join("locales").join(locale).join("taskguide.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(locale: &str) -> fluent_syntax::ast::Resource<String> {
    fluent_syntax::parser::parse(source(locale))
        .unwrap_or_else(|(_, errs)| panic!("locales/{locale}/taskguide.ftl does not parse: {errs:?}"))
}

/// Each message: its id, and its value.
fn messages(locale: &str) -> BTreeMap<String, Pattern<String>> {
    parse(locale)
        .body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some((m.id.name, m.value?)),
            _ => None,
        })
        .collect()
}

#[derive(Default)]
struct Usage {
    variables: BTreeSet<String>,
    /// The category keys of each select whose keys are all CLDR categories.
    plural_selects: Vec<BTreeSet<String>>,
    /// The literal text, without placeables.
    text: Vec<String>,
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn walk(pattern: &Pattern<String>, usage: &mut Usage) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => usage.text.push(value.clone()),
            PatternElement::Placeable { expression } => expression_usage(expression, usage),
        }
    }
}

fn expression_usage(expression: &Expression<String>, usage: &mut Usage) {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            usage.variables.insert(id.name.clone());
        }
        Expression::Inline(_) => {}
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                usage.variables.insert(id.name.clone());
            }
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some(name.clone()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if !keys.is_empty() && keys.iter().all(|k| CATEGORIES.contains(&k.as_str())) {
                usage.plural_selects.push(keys);
            }
            for v in variants {
                walk(&v.value, usage);
            }
        }
    }
}

fn usages(locale: &str) -> BTreeMap<String, Usage> {
    messages(locale)
        .into_iter()
        .map(|(id, value)| {
            let mut usage = Usage::default();
            walk(&value, &mut usage);
            (id, usage)
        })
        .collect()
}

fn langid(locale: &str) -> LanguageIdentifier {
    locale.parse().unwrap()
}

/// The cardinal categories of a locale, as the plural rules the engine formats with select them.
fn categories(locale: &str) -> BTreeSet<String> {
    // By language, as fluent-bundle negotiates them (`he-IL` → `he`).
    let language = LanguageIdentifier::from_parts(langid(locale).language, None, None, &[]);
    let rules = PluralRules::create(language, PluralRuleType::CARDINAL).unwrap();
    let mut out: BTreeSet<String> = (0..=1000_u32)
        .map(|n| rules.select(n).unwrap())
        .chain(["0.5", "1.5", "10.5"].iter().map(|d| rules.select(*d).unwrap()))
        .map(|c| {
            match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            }
            .to_owned()
        })
        .collect();
    out.insert("other".into());
    out
}

#[test]
fn each_catalog_has_exactly_the_messages_of_english() {
    let en: BTreeSet<String> = messages("en-US").into_keys().collect();
    let mut report = String::new();
    for locale in LOCALES {
        let ids: BTreeSet<String> = messages(locale).into_keys().collect();
        let missing: Vec<&String> = en.difference(&ids).collect();
        let extra: Vec<&String> = ids.difference(&en).collect();
        if !missing.is_empty() {
            report.push_str(&format!(
                "locales/{locale}/taskguide.ftl lacks {} message(s) of en-US (translate them):\n",
                missing.len()
            ));
            for id in missing {
                report.push_str(&format!("    {id}\n"));
            }
        }
        if !extra.is_empty() {
            report.push_str(&format!(
                "locales/{locale}/taskguide.ftl has message(s) en-US does not (remove them): {extra:?}\n"
            ));
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn translations_use_the_variables_of_english_and_the_plural_categories_of_their_language() {
    let en = usages("en-US");
    let mut problems = Vec::new();
    for locale in LOCALES {
        let needed = categories(locale);
        for (id, usage) in usages(locale) {
            if let Some(english) = en.get(&id) {
                if english.variables != usage.variables {
                    problems.push(format!(
                        "{locale} {id}: variables {:?}, English has {:?}",
                        usage.variables, english.variables
                    ));
                }
            }
            for keys in &usage.plural_selects {
                if keys != &needed {
                    problems.push(format!(
                        "{locale} {id}: plural variants {keys:?}, the language's categories are {needed:?}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_categories_are_those_of_cldr_as_the_engine_sees_them() {
    // What the catalogs above are held to: Chinese has no plural forms; Hebrew (CLDR as in
    // intl_pluralrules 7) has one, two, many (20, 30, …) and other.
    assert_eq!(categories("zh-CN"), BTreeSet::from(["other".to_owned()]));
    let he: BTreeSet<String> = ["one", "two", "many", "other"].map(String::from).into();
    assert_eq!(categories("he-IL"), he);
}

/// Sample arguments for every variable of a message: numbers for the ones English selects
/// plurals on or counts with, text otherwise.
fn sample_args(usage: &Usage, n: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in &usage.variables {
        args.set(v.clone(), FluentValue::from(n));
    }
    args
}

#[test]
fn every_message_formats_without_errors_for_each_plural_form() {
    for locale in LOCALES {
        let resource =
            FluentResource::try_new(source(locale)).unwrap_or_else(|(_, e)| panic!("{locale}: {e:?}"));
        let mut bundle = FluentBundle::new(vec![langid(locale)]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{locale}: duplicate ids {e:?}"));
        for (id, usage) in usages(locale) {
            for n in [0, 1, 2, 3, 11, 20, 1000] {
                let pattern = bundle.get_message(&id).and_then(|m| m.value()).unwrap();
                let args = sample_args(&usage, n);
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{locale} {id} with {n}: {errors:?}");
                assert!(!text.trim().is_empty(), "{locale} {id} with {n} is empty");
            }
        }
    }
}

#[test]
fn the_headers_say_no_native_speaker_reviewed_them() {
    for locale in LOCALES {
        let src = source(locale);
        let header: Vec<&str> = src.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header
                .iter()
                .any(|l| l.contains("review: not reviewed by a native speaker")),
            "locales/{locale}/taskguide.ftl: its header must say it was not reviewed by a native speaker"
        );
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

fn is_hebrew(c: char) -> bool {
    ('\u{05d0}'..='\u{05ea}').contains(&c)
}

/// Messages that are names, symbols or key hints in every language: no letters to translate.
const UNTRANSLATED: [&str; 15] = [
    "wizard-user-choice",
    "wizard-sku-name",
    "wizard-hint-yes",
    "wizard-hint-no",
    "wizard-license-direct",
    "graph-check-error",
    "store-history-line",
    "steps-link",
    "accessible-choice",
    "accessible-multi-choice",
    "accessible-cell",
    "wizard-batch-user",
    "wizard-batch-ok",
    "wizard-batch-failed",
    "wizard-plan-choice",
];

#[test]
fn every_message_is_written_in_its_language() {
    type Script = fn(char) -> bool;
    let checks: [(&str, Script); 2] = [("zh-CN", is_han), ("he-IL", is_hebrew)];
    for (locale, script) in checks {
        let english: Vec<String> = usages(locale)
            .into_iter()
            .filter(|(id, u)| {
                !UNTRANSLATED.contains(&id.as_str()) && !u.text.iter().any(|t| t.chars().any(script))
            })
            .map(|(id, _)| id)
            .collect();
        assert!(english.is_empty(), "{locale}: not translated: {english:?}");
    }
}

#[test]
fn chinese_uses_full_width_punctuation_and_microsoft_spacing() {
    let mut problems = Vec::new();
    // The yes/no/back/quit words are lists the prompter splits at ASCII commas, not prose.
    let lists = [
        "wizard-yes-words",
        "wizard-no-words",
        "accessible-back-words",
        "accessible-quit-words",
    ];
    for (id, usage) in usages("zh-CN") {
        if lists.contains(&id.as_str()) {
            continue;
        }
        for text in &usage.text {
            let chars: Vec<char> = text.chars().collect();
            for (i, w) in chars.windows(2).enumerate() {
                let (a, b) = (w[0], w[1]);
                // Half-width punctuation touching Han: the full-width form belongs there.
                if (is_han(a) && ",.:;?!()".contains(b)) || (",:;?!(".contains(a) && is_han(b)) {
                    problems.push(format!("{id}: half-width “{a}{b}” in “{text}”"));
                }
                // Latin letters and digits are set off from Han by a space.
                if (is_han(a) && b.is_ascii_alphanumeric()) || (a.is_ascii_alphanumeric() && is_han(b)) {
                    problems.push(format!("{id}: no space in “{a}{b}” in “{text}”"));
                }
                // No space between two Han characters (nor around full-width punctuation).
                if a == ' ' && i > 0 {
                    let before = chars[i - 1];
                    let full_width = |c: char| "，。：；？！（）“”、".contains(c);
                    if (is_han(before) || full_width(before)) && (is_han(b) || full_width(b)) {
                        problems.push(format!("{id}: space in “{before} {b}” in “{text}”"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn hebrew_catalog_has_no_hidden_bidi_controls() {
    // The wizard adds LRM/RLM at run time (src/l10n/bidi.rs); in the catalog they would be
    // invisible to a translator and double the marks.
    let src = source("he-IL");
    for (n, line) in src.lines().enumerate() {
        let bad: Vec<String> = line
            .chars()
            .filter(|c| matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(bad.is_empty(), "locales/he-IL/taskguide.ftl:{}: {bad:?}", n + 1);
    }
}

// --- The wizard in Hebrew -------------------------------------------------------------------

/// The he-IL seed article: the repository's own copy if there is one, else the corpus's
/// (`$TASKGUIDE_CORPUS` or `../shared/corpus`); None (with a notice) when neither is there.
fn hebrew_seed() -> Option<PathBuf> {
    let own = root().join("content/he-IL").join(format!("{SEED}.md"));
    if own.is_file() {
        return Some(own);
    }
    let corpus = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus"));
    let path = corpus
        .join("he-IL/sxs/AlchemyInsights")
        .join(format!("{SEED}.md"));
    if path.is_file() {
        Some(path)
    } else {
        eprintln!(
            "notice: {} is absent; skipping the he-IL wizard test",
            path.display()
        );
        None
    }
}

/// A content folder with the he-IL article and the seed's bindings.
fn content_dir(dir: &Path, article: &Path) -> PathBuf {
    let content = dir.join("content");
    std::fs::create_dir_all(content.join("he-IL")).unwrap();
    std::fs::copy(article, content.join("he-IL").join(format!("{SEED}.md"))).unwrap();
    let bindings = format!("{SEED}.task.toml");
    std::fs::copy(root().join("content").join(&bindings), content.join(&bindings)).unwrap();
    content
}

/// The wizard's transcript in he-IL for the seed task: Petter Vik gets Microsoft 365 E3 and
/// the usage location NO.
fn hebrew_transcript() -> Option<(String, String)> {
    let article = hebrew_seed()?;
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let content = content_dir(dir.path(), &article);
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "user = \"Petter Vik\"\nadd = [\"SPE_E3\"]\nusage_location = \"NO\"\nconfirm = true\n",
    )
    .unwrap();
    let out = taskguide()
        .args(["guide", SEED, "--locale", "he-IL", "--store", &url, "--answers"])
        .arg(&answers)
        .arg("--content")
        .arg(&content)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some((stdout.replace(&url, "sqlite:STORE"), url))
}

/// The marks made visible, for assertion messages and the snapshot.
fn visible(text: &str) -> String {
    text.replace(LRM, "⟨LRM⟩").replace(RLM, "⟨RLM⟩")
}

/// Each occurrence of `needle` sits in a run marked left to right: an LRM before it and one
/// after it with no Hebrew letter in between, and no mark inside it.
fn assert_marked_ltr(text: &str, needle: &str) {
    assert!(text.contains(needle), "“{needle}” not in\n{}", visible(text));
    for (at, _) in text.match_indices(needle) {
        let before = &text[..at];
        let after = &text[at + needle.len()..];
        let left = before.rfind(LRM).map(|i| &before[i..]);
        let right = after.find(LRM).map(|i| &after[..i]);
        let ok = |s: Option<&str>| s.is_some_and(|s| !s.chars().any(|c| is_hebrew(c) || c == '\n'));
        assert!(
            ok(left) && ok(right),
            "“{needle}” is not inside LRM…LRM:\n{}",
            visible(
                &text[before.rfind('\n').map_or(0, |i| i + 1)
                    ..at + needle.len() + after.find('\n').unwrap_or(after.len())]
            )
        );
    }
}

#[test]
fn the_hebrew_wizard_marks_names_and_numbers_left_to_right() {
    let Some((text, _)) = hebrew_transcript() else {
        return;
    };
    // Step text and prompts are in Hebrew, each line laid out right to left.
    assert!(text.contains("שלב"), "{}", visible(&text));
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        assert!(line.contains(RLM), "no RLM in the line {}", visible(line));
    }
    assert!(
        text.contains(&format!("{RLM}שלב {LRM}1{LRM} מתוך {LRM}4{LRM}")),
        "{}",
        visible(&text)
    );
    // Sign-in names, SKU names and numbers are runs marked left to right.
    for needle in [
        "petter.vik@contoso-demo.example",
        "Petter Vik <petter.vik@contoso-demo.example>",
        "Microsoft 365 E3 (SPE_E3)",
        "SPE_E3",
        "30",
    ] {
        assert_marked_ltr(&text, needle);
    }
    // No isolates: a terminal keeps no pairs (see src/l10n/bidi.rs).
    assert!(!text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']));
    // No mark inside a sign-in name: every word with an @ is whole between its marks.
    for word in text.split(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        if word.contains('@') {
            let inner = word.trim_matches([LRM, RLM]);
            assert!(!inner.contains([LRM, RLM]), "a mark inside {}", visible(word));
        }
    }
    // Without the marks it is the text the catalog says.
    let plain: String = text.chars().filter(|c| *c != LRM && *c != RLM).collect();
    assert!(
        plain.contains("+ Microsoft 365 E3 (SPE_E3) — 4 מתוך 30 זמינים לאחר מכן"),
        "{plain}"
    );
    assert!(
        plain.contains("Petter Vik <petter.vik@contoso-demo.example>"),
        "{plain}"
    );
}

#[test]
fn the_hebrew_wizard_transcript_of_the_seed_task() {
    let Some((text, _)) = hebrew_transcript() else {
        return;
    };
    insta::with_settings!({snapshot_suffix => "he-IL", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("wizard_assign_cli", visible(&text));
    });
}

#[test]
fn left_to_right_wizards_get_no_marks() {
    // The marks are for right-to-left locales only: the other shared locales' transcripts
    // have none.
    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let answers = dir.path().join("a.toml");
    std::fs::write(
        &answers,
        "user = \"Petter Vik\"\nadd = [\"SPE_E3\"]\nusage_location = \"NO\"\nconfirm = true\n",
    )
    .unwrap();
    for locale in ["en-US", "nb-NO", "sv-SE", "fr-FR", "zh-CN"] {
        let out = taskguide()
            .args(["guide", SEED, "--locale", locale, "--store", &url, "--answers"])
            .arg(&answers)
            .arg("--dry-run")
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(out.status.success(), "{locale}: {stdout}");
        assert!(!stdout.contains([LRM, RLM]), "{locale}: {}", visible(&stdout));
    }
}

#[test]
fn the_hebrew_wizard_in_a_terminal_filters_marked_labels_and_takes_a_marked_yes() {
    use expectrl::{Eof, Expect, Session};
    use std::time::Duration;

    let dir = tempfile::tempdir().unwrap();
    let url = demo_store(&dir);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_taskguide"));
    cmd.args(["guide", SEED, "--locale", "he-IL", "--store", &url])
        .current_dir(root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "he_IL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let mut p = Session::spawn(cmd).expect("spawn in a pty");
    p.set_expect_timeout(Some(Duration::from_secs(20)));
    let mut seen = String::new();
    let mut expect = |p: &mut expectrl::session::OsSession, text: &str| match p.expect(text) {
        Ok(found) => {
            seen.push_str(&String::from_utf8_lossy(found.before()));
            seen.push_str(&String::from_utf8_lossy(found.as_bytes()));
        }
        Err(e) => panic!("waiting for {}: {e}\nso far: {}", visible(text), visible(&seen)),
    };
    let keys = |p: &mut expectrl::session::OsSession, keys: &[&str]| {
        for k in keys {
            p.send(k).unwrap();
            std::thread::sleep(Duration::from_millis(60));
        }
    };
    expect(&mut p, &format!("שלב {LRM}1{LRM} מתוך {LRM}4{LRM}"));
    expect(&mut p, "איזה משתמש?");
    // Typing part of the sign-in name filters the marked labels as it does unmarked ones.
    keys(&mut p, &["a", "n", "n", "a", ".", "s", "c", "h"]);
    expect(
        &mut p,
        &format!("{LRM}Anna Schmidt <anna.schmidt@contoso-demo.example>{LRM}"),
    );
    keys(&mut p, &["\r"]);
    expect(&mut p, &format!("הרישיונות של {LRM}Anna Schmidt{LRM}"));
    keys(&mut p, &["\x1b[B", "\x1b[B", "\x1b[B", "\x1b[B", " ", "\r"]);
    // The new license's apps and services, all on: Enter keeps them.
    expect(&mut p, "INTUNE_A");
    keys(&mut p, &["\r"]);
    expect(
        &mut p,
        &format!("+ {LRM}Enterprise Mobility + Security E3 (EMS){LRM}"),
    );
    expect(&mut p, "להחיל שינוי זה עבור");
    // "y" is still a yes though the Hebrew message listing the yes words marks it LRM…LRM.
    keys(&mut p, &["y", "\r"]);
    expect(&mut p, "רשומת יומן");
    p.expect(Eof).unwrap();
    assert!(
        !seen.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
        "{}",
        visible(&seen)
    );
    let out = taskguide()
        .args(["store", "users", "--search", "anna.schmidt", "--store", &url])
        .output()
        .unwrap();
    let anna = String::from_utf8(out.stdout).unwrap();
    assert!(anna.contains("EMS"), "{anna}");
}
