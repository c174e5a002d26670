//! Checks across the whole set, per locale: the same English translated differently
//! (`inconsistent-translation`) and one translation for different English
//! (`inconsistent-source`). Each is reported once, at its first place, listing every variant
//! with its count and up to three places.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::{Finding, Kind};
use crate::position::LineCol;

/// One segment or message of the set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The file (shared by the units of a document).
    pub path: std::sync::Arc<str>,
    /// Where its translation starts.
    pub pos: LineCol,
    /// Its id.
    pub id: String,
    /// The English.
    pub source: String,
    /// The translation.
    pub target: String,
}

/// Places listed per variant.
const PLACES: usize = 3;

/// Whitespace collapsed; the text itself (no copy) when it has nothing to collapse, as most
/// segments have not.
fn squeeze(text: &str) -> Cow<'_, str> {
    // no whitespace but single spaces between words
    fn squeezed(mut chars: impl Iterator<Item = char>) -> bool {
        let mut after_space = true; // a leading space is collapsed
        let inner = chars.all(|c| {
            let ok = if c == ' ' {
                !after_space
            } else {
                !c.is_whitespace()
            };
            after_space = c == ' ';
            ok
        });
        inner && !after_space
    }
    let bytes = text.as_bytes();
    // Whitespace is U+0009..U+000D, the space, and characters encoded from the lead bytes
    // C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000..U+205F) and E3 (U+3000).
    let other_space = |b: &u8| (9..=13).contains(b) || matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3);
    let squeezed = text.is_empty()
        || match bytes.iter().any(other_space) {
            false => {
                bytes[0] != b' '
                    && bytes[bytes.len() - 1] != b' '
                    && memchr::memmem::find(bytes, b"  ").is_none()
            }
            true => squeezed(text.chars()),
        };
    if squeezed {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// A source as compared for `inconsistent-source`: lower case, letters and digits only, so
/// `Select **Save**.` and `Select Save` are one English text.
fn loose(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a unit takes part: a source of two words of letters or more, a translation that
/// is not blank and not the English itself.
fn eligible(u: &Unit) -> bool {
    takes_part(&u.source, &u.target)
}

/// Whether a segment with this English and this translation takes part in the checks across
/// the set (the others need not be kept as [`Unit`]s).
pub fn takes_part(source: &str, target: &str) -> bool {
    // two words (or more) of two letters (or more)
    let word = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
    source.split_whitespace().filter(word).nth(1).is_some()
        && !target.trim().is_empty()
        && !source.split_whitespace().eq(target.split_whitespace())
}

/// `file.md:12:5`.
fn place(u: &Unit) -> String {
    let file = u.path.rsplit(['/', '\\']).next().unwrap_or(&u.path);
    format!("{file}:{}", u.pos)
}

/// The variants of a group, most frequent first: `“text” ×3 (a.md:1:2, b.md:3:4, …)`.
fn describe(variants: &[(String, Vec<&Unit>)]) -> String {
    variants
        .iter()
        .map(|(text, units)| {
            let mut places: Vec<String> = units.iter().take(PLACES).map(|u| place(u)).collect();
            if units.len() > PLACES {
                places.push("…".into());
            }
            let shown: String = text.chars().take(120).collect();
            format!("“{shown}” ×{} ({})", units.len(), places.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Groups `units` by `key`, then each group's units by `variant`; the groups with two
/// variants or more, variants most frequent first, each with its units in order. Only groups
/// of two units or more are split into variants (a single unit is a single variant).
fn groups<'a>(
    units: &[&'a Unit],
    key: impl Fn(&'a Unit) -> Cow<'a, str>,
    variant: impl Fn(&'a Unit) -> Cow<'a, str>,
) -> Vec<Vec<(String, Vec<&'a Unit>)>> {
    // each unit's group, groups numbered in order of first appearance
    let mut index: FxHashMap<Cow<'a, str>, usize> = FxHashMap::default();
    let mut sizes: Vec<usize> = Vec::new();
    let group_of: Vec<usize> = units
        .iter()
        .map(|u| {
            let next = sizes.len();
            let g = *index.entry(key(u)).or_insert(next);
            if g == next {
                sizes.push(0);
            }
            sizes[g] += 1;
            g
        })
        .collect();
    drop(index);
    // the members of the groups of two or more, in order
    let mut slot: Vec<usize> = vec![usize::MAX; sizes.len()];
    let mut members: Vec<Vec<&'a Unit>> = Vec::new();
    for (u, &g) in units.iter().zip(&group_of) {
        if sizes[g] < 2 {
            continue;
        }
        if slot[g] == usize::MAX {
            slot[g] = members.len();
            members.push(Vec::with_capacity(sizes[g]));
        }
        members[slot[g]].push(u);
    }
    let mut out = Vec::new();
    for group in members {
        let mut variants: Vec<(String, Vec<&Unit>)> = Vec::new();
        for u in group {
            let v = variant(u);
            match variants.iter_mut().find(|(t, _)| *t == *v) {
                Some((_, list)) => list.push(u),
                None => variants.push((v.into_owned(), vec![u])),
            }
        }
        if variants.len() >= 2 {
            variants.sort_by_key(|(_, l)| std::cmp::Reverse(l.len()));
            out.push(variants);
        }
    }
    out
}

/// The findings across one locale's units (in document order).
pub fn check(units: &[Unit]) -> Vec<Finding> {
    let eligible: Vec<&Unit> = units.iter().filter(|u| eligible(u)).collect();
    let mut out = Vec::new();
    let finding = |kind: Kind, first: &Unit| Finding {
        full_source: first.source.clone(),
        full_target: first.target.clone(),
        ..Finding::new(first.path.to_string(), first.pos, kind, first.id.clone())
    };
    let first_of = |variants: &[(String, Vec<&Unit>)]| -> Unit {
        let all = variants.iter().flat_map(|(_, l)| l.iter());
        (*all
            .min_by(|a, b| (&a.path, a.pos).cmp(&(&b.path, b.pos)))
            .expect("two variants"))
        .clone()
    };
    for variants in groups(&eligible, |u| squeeze(&u.source), |u| squeeze(&u.target)) {
        let kind = Kind::InconsistentTranslation {
            variants: describe(&variants),
        };
        out.push(finding(kind, &first_of(&variants)));
    }
    let long_enough = |u: &&Unit| u.target.trim().chars().nth(3).is_some();
    let targets: Vec<&Unit> = eligible.iter().copied().filter(long_enough).collect();
    for variants in groups(&targets, |u| squeeze(&u.target), |u| loose(&u.source).into()) {
        if !super::qa::signature::any_differ(variants.iter().map(|(_, l)| l[0].source.as_str())) {
            continue; // the English differs only in wording
        }
        let shown: Vec<(String, Vec<&Unit>)> = variants
            .iter()
            .map(|(_, l)| (squeeze(&l[0].source).into_owned(), l.clone()))
            .collect();
        let kind = Kind::InconsistentSource {
            variants: describe(&shown),
        };
        out.push(finding(kind, &first_of(&variants)));
    }
    out.sort_by(|a, b| (&a.path, a.pos).cmp(&(&b.path, b.pos)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(path: &str, line: u32, source: &str, target: &str) -> Unit {
        Unit {
            path: path.into(),
            pos: LineCol { line, col: 1 },
            id: format!("x-{line}"),
            source: source.into(),
            target: target.into(),
        }
    }

    #[test]
    fn one_english_translated_two_ways_is_reported_once_with_each_variant() {
        for (s, a, b) in [
            (
                "Sign in to the admin center",
                "Logg på administrasjonssenteret",
                "Logg inn i administrasjonssenteret",
            ),
            (
                "Sign in to the admin center",
                "Logga in i administrationscentret",
                "Logga in på administrationscentret",
            ),
            ("Sign in to the admin center", "登录到管理中心", "登录管理中心"),
            (
                "Sign in to the admin center",
                "היכנס למרכז הניהול",
                "התחבר למרכז הניהול",
            ),
            (
                "Sign in to the admin center",
                "Connectez-vous au centre d’administration",
                "Se connecter au centre d’administration",
            ),
        ] {
            let units = [
                unit("c/a.md", 3, s, a),
                unit("c/b.md", 7, s, b),
                unit("c/c.md", 9, s, a),
                unit("c/d.md", 2, "Sign in to the E5 admin center", a),
            ];
            let found = check(&units);
            let codes: Vec<&str> = found.iter().map(Finding::code).collect();
            assert_eq!(codes, ["inconsistent-translation", "inconsistent-source"], "{a}");
            let msg = found[0].kind.message(true);
            assert!(msg.contains(&format!("“{a}” ×2 (a.md:3:1, c.md:9:1)")), "{msg}");
            assert!(msg.contains(&format!("“{b}” ×1 (b.md:7:1)")), "{msg}");
            assert_eq!((found[0].path.as_str(), found[0].pos.line), ("c/a.md", 3));
        }
    }

    #[test]
    fn english_that_differs_only_in_wording_may_share_a_translation() {
        let units = [
            unit("a.md", 1, "Create user accounts", "Opprett brukerkontoer"),
            unit("b.md", 1, "Creating user accounts", "Opprett brukerkontoer"),
            unit(
                "c.md",
                1,
                "To activate an A5 subscription",
                "Slik aktiverer du et E5-abonnement",
            ),
            unit(
                "d.md",
                1,
                "To activate an E5 subscription",
                "Slik aktiverer du et E5-abonnement",
            ),
        ];
        let found = check(&units);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code(), found[0].path.as_str()),
            ("inconsistent-source", "c.md")
        );
    }

    #[test]
    fn spacing_and_punctuation_of_the_english_are_not_different_sources() {
        let units = [
            unit("a.md", 1, "Select **Save**.", "Velg **Lagre**."),
            unit("b.md", 1, "Select  **Save**", "Velg **Lagre**."),
            unit("c.md", 1, "OK", "Ja"),
            unit("d.md", 1, "Yes", "Ja"),
        ];
        assert!(check(&units).is_empty());
    }
}
