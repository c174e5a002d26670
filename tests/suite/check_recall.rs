//! Recall of `check` on real segments: for each of nb-NO, sv-SE, zh-CN, he-IL and fr-FR, ten
//! kinds of defect are planted into segments of the bilingual corpus that had no finding, one
//! per copy of a document, and each must be reported on its line; at least 90 % per locale.
//! The corpus is `$TASKGUIDE_CORPUS` or `../shared/corpus`; the test skips with a notice when
//! it is absent.

use std::path::PathBuf;

use taskguide::check::markdown::Inline;
use taskguide::check::{check_doc, qa, Config};
use taskguide::doc::Doc;

/// Plants per kind of defect and locale.
const PER_KIND: usize = 8;

fn corpus(locale: &str) -> Option<PathBuf> {
    let root = std::env::var_os("TASKGUIDE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let dir = root.join(locale).join("sxs/AlchemyInsights");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "notice: {} is absent; skipping the recall test for {locale}",
            dir.display()
        );
        None
    }
}

/// A defect: its name, the codes that report it, and how to plant it into (source, target),
/// or None when the segment does not suit it.
type Plant = fn(&str, &str) -> Option<String>;

/// Names of the shipped do-not-translate list (`Teams` alone is not one: it is a common word).
const PRODUCTS: &[&str] = &[
    "Office 365",
    "Microsoft 365",
    "OneDrive",
    "SharePoint",
    "Outlook",
    "Azure",
    "Excel",
];

fn first_link(text: &str) -> Option<(std::ops::Range<usize>, usize)> {
    let inline = Inline::parse(text);
    let (dest, range) = inline.links.first()?;
    let whole = &text[range.clone()];
    let close = whole.rfind("](")?;
    (whole.starts_with('[') && close > 1 && !dest.is_empty() && whole.ends_with(')'))
        .then(|| (range.clone(), close))
}

fn defects() -> Vec<(&'static str, &'static [&'static str], Plant)> {
    vec![
        ("blank", &["blank-translation"], |s, _| {
            s.chars().any(char::is_alphabetic).then(|| " ".to_owned())
        }),
        ("untranslated", &["untranslated"], |s, _| {
            qa::is_english_prose(s).then(|| s.to_owned())
        }),
        ("empty link text", &["empty-link-text"], |s, t| {
            first_link(s)?;
            let (range, close) = first_link(t)?;
            Some(format!(
                "{}[]{}",
                &t[..range.start],
                &t[range.start + close + 1..]
            ))
        }),
        (
            "URL changed",
            &["link-mismatch", "url-altered", "link-broken"],
            |s, t| {
                first_link(s)?;
                let (range, _) = first_link(t)?;
                let end = range.end - 1; // before `)`
                Some(format!("{}-changed{}", &t[..end], &t[end..]))
            },
        ),
        ("link dropped", &["link-count", "link-broken"], |s, t| {
            first_link(s)?;
            let (range, close) = first_link(t)?;
            let text = &t[range.start + 1..range.start + close];
            Some(format!("{}{}{}", &t[..range.start], text, &t[range.end..]))
        }),
        ("bold lost", &["bold-count"], |s, t| {
            if Inline::parse(s).strong.is_empty() {
                return None;
            }
            let strong = Inline::parse(t).strong.first()?.clone();
            let inner = t[strong.clone()]
                .trim_start_matches("**")
                .trim_end_matches("**")
                .to_owned();
            Some(format!("{}{}{}", &t[..strong.start], inner, &t[strong.end..]))
        }),
        // a number inside a product name (`Microsoft 365` → `Microsoft 372`) is reported as the
        // name altered, its root cause, with `number` folded under it
        ("number changed", &["number", "do-not-translate"], |s, t| {
            let at = t.find(|c: char| c.is_ascii_digit())?;
            let len = t[at..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(t.len() - at);
            let n: u64 = t[at..at + len].parse().ok()?;
            let prev = t[..at].chars().next_back();
            let next = t[at + len..].chars().next();
            let plain = |c: Option<char>| {
                !c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '-' | '_'))
            };
            if !plain(prev) || !plain(next) || !s.contains(&t[at..at + len]) || n > 100_000 {
                return None;
            }
            Some(format!("{}{}{}", &t[..at], n + 7, &t[at + len..]))
        }),
        ("U+FFFD", &["replacement-char"], |_, t| {
            let (at, c) = t.char_indices().filter(|(_, c)| c.is_alphabetic()).nth(3)?;
            Some(format!("{}\u{fffd}{}", &t[..at], &t[at + c.len_utf8()..]))
        }),
        ("breadcrumb separator removed", &["breadcrumb"], |s, t| {
            if Inline::parse(s).chains(s).is_empty() {
                return None;
            }
            let chain = Inline::parse(t).chains(t).into_iter().next()?;
            let at = chain.start + t[chain.clone()].find("\\>")?;
            Some(format!("{}{}", &t[..at], &t[at + 2..]))
        }),
        ("product name altered", &["do-not-translate"], |s, t| {
            let name = PRODUCTS.iter().find(|p| s.contains(*p) && t.contains(*p))?;
            let altered: String = if name.chars().any(|c| c.is_ascii_digit()) {
                name.chars()
                    .map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0xe50 + d).unwrap()))
                    .collect()
            } else {
                format!("{} {}", &name[..1], &name[1..])
            };
            Some(t.replacen(name, &altered, 1))
        }),
    ]
}

fn recall(locale: &str) -> Option<(usize, usize, Vec<String>)> {
    let dir = corpus(locale)?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    let config = Config::default();
    let defects = defects();
    let mut planted = vec![0usize; defects.len()];
    let mut found = vec![0usize; defects.len()];
    let mut misses = Vec::new();
    let mut next = 0usize; // rotates the defect tried first, so every kind gets segments
    for path in paths {
        if planted.iter().all(|n| *n >= PER_KIND) {
            break;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let doc = Doc::parse(path.clone(), text.clone());
        let before = check_doc(&doc, &config);
        for seg in doc.segments() {
            let (s, t) = (doc.slice(&seg.source), doc.slice(&seg.target));
            let id = doc.slice(&seg.id);
            if t.contains('\n') || t.trim().is_empty() || before.iter().any(|f| f.id == id) {
                continue;
            }
            let line = doc.line_col(seg.target.start).line;
            for k in 0..defects.len() {
                let d = (next + k) % defects.len();
                let (name, codes, plant) = &defects[d];
                if planted[d] >= PER_KIND {
                    continue;
                }
                let Some(new_target) = plant(s, t) else { continue };
                if new_target == t {
                    continue;
                }
                let mut copy = text.clone();
                copy.replace_range(seg.target.clone(), &new_target);
                let planted_doc = Doc::parse(path.clone(), copy);
                let after = check_doc(&planted_doc, &config);
                planted[d] += 1;
                if after
                    .iter()
                    .any(|f| f.pos.line == line && codes.contains(&f.code()))
                {
                    found[d] += 1;
                } else {
                    let got: Vec<&str> = after
                        .iter()
                        .filter(|f| f.pos.line == line)
                        .map(|f| f.code())
                        .collect();
                    misses.push(format!(
                        "{locale} {name}: {}:{line} {new_target:?} → {got:?}",
                        path.display()
                    ));
                }
                next = d + 1;
                break; // one defect per segment
            }
        }
    }
    for (d, (name, _, _)) in defects.iter().enumerate() {
        eprintln!("{locale} {name}: {}/{}", found[d], planted[d]);
        assert!(
            planted[d] >= 3,
            "{locale}: only {} segments suit {name}",
            planted[d]
        );
    }
    Some((found.iter().sum(), planted.iter().sum(), misses))
}

#[test]
fn planted_defects_are_found_on_their_line_in_every_locale() {
    for locale in ["nb-NO", "sv-SE", "zh-CN", "he-IL", "fr-FR"] {
        let Some((found, planted, misses)) = recall(locale) else {
            continue;
        };
        let rate = found as f64 / planted as f64;
        eprintln!("{locale}: recall {found}/{planted} = {:.0} %", rate * 100.0);
        for m in &misses {
            eprintln!("  missed: {m}");
        }
        assert!(planted >= 50, "{locale}: only {planted} plants");
        assert!(rate >= 0.9, "{locale}: recall {:.0} % < 90 %", rate * 100.0);
    }
}
