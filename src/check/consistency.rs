//! Checks across the whole set, per locale: the same English translated differently
//! (`inconsistent-translation`) and one translation for different English
//! (`inconsistent-source`). Each is reported once, at its first place, listing every variant
//! with its count and up to three places.
//!
//! Speed: a document's units share one copy of their texts ([`DocUnits`]); only segments
//! that take part become units ([`takes_part`]), so the pass across the set does not filter
//! again. Each unit's texts are looked at once, when they are copied (still in the cache):
//! whether they need squeezing (then their squeezed form is written too, after them, so the
//! pass across the set squeezes nothing), and a hash of their squeezed form. The pass across
//! the set groups by these hashes and compares texts only where two hashes are equal (so a
//! collision of hashes changes nothing); the loose form of an English text is computed once
//! per distinct English of a group.

#[cfg(test)]
use std::borrow::Cow;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{Finding, Kind};
use crate::position::LineCol;

/// One segment or message of the set that takes part in the checks across it
/// ([`takes_part`]); made by [`DocUnits`] (or [`Unit::new`]).
#[derive(Clone)]
pub struct Unit {
    /// The file (shared by the units of a document).
    pub path: Arc<str>,
    /// Where its translation starts.
    pub pos: LineCol,
    /// The texts of the document's units, one after the other, each unit's followed by the
    /// squeezed forms of its English and translation where they are not squeezed as they
    /// are (shared by the units).
    texts: Arc<String>,
    /// Where its id, English and translation end in `texts` (the id starts at `start`).
    start: usize,
    ends: [usize; 3],
    /// Where the squeezed English and translation ([`squeeze`]) lie in `texts`: the texts
    /// themselves when they are squeezed as they are.
    forms: [(usize, usize); 2],
    /// The hashes of the squeezed English and translation.
    keys: [u64; 2],
    /// Whether the translation has four characters or more, whitespace around left out.
    long_enough: bool,
}

impl Unit {
    /// A unit of its own, if a segment with this English and translation takes part.
    pub fn new(path: Arc<str>, pos: LineCol, id: &str, source: &str, target: &str) -> Option<Unit> {
        let mut units = DocUnits::new(path);
        units.add(id, source, target, || pos);
        units.into_units().pop()
    }

    /// Its id.
    pub fn id(&self) -> &str {
        &self.texts[self.start..self.ends[0]]
    }

    /// The English.
    pub fn source(&self) -> &str {
        &self.texts[self.ends[0]..self.ends[1]]
    }

    /// The translation.
    pub fn target(&self) -> &str {
        &self.texts[self.ends[1]..self.ends[2]]
    }

    /// The squeezed English (`side` 0) or translation (1).
    fn squeezed(&self, side: usize) -> &str {
        let (start, end) = self.forms[side];
        &self.texts[start..end]
    }
}

impl PartialEq for Unit {
    fn eq(&self, other: &Unit) -> bool {
        (&self.path, self.pos, self.id(), self.source(), self.target())
            == (&other.path, other.pos, other.id(), other.source(), other.target())
    }
}

impl Eq for Unit {}

impl std::fmt::Debug for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unit")
            .field("path", &self.path)
            .field("pos", &self.pos)
            .field("id", &self.id())
            .field("source", &self.source())
            .field("target", &self.target())
            .finish()
    }
}

/// The units of one document: the segments that take part, their texts copied once into
/// one buffer when done.
#[derive(Debug)]
pub struct DocUnits<'a> {
    path: Arc<str>,
    items: Vec<(LineCol, [&'a str; 3])>,
}

impl<'a> DocUnits<'a> {
    /// No units yet, for the file at `path`.
    pub fn new(path: Arc<str>) -> DocUnits<'a> {
        DocUnits {
            path,
            items: Vec::new(),
        }
    }

    /// Adds the segment if it takes part ([`takes_part`]); `pos` (where its translation
    /// starts) is asked only then.
    pub fn add(&mut self, id: &'a str, source: &'a str, target: &'a str, pos: impl FnOnce() -> LineCol) {
        if takes_part(source, target) {
            self.items.push((pos(), [id, source, target]));
        }
    }

    /// The units, in the order added.
    pub fn into_units(self) -> Vec<Unit> {
        // the texts, then the squeezed forms of those that are not squeezed as they are (no
        // longer than the texts)
        let squeezed: Vec<[bool; 2]> = self
            .items
            .iter()
            .map(|(_, [_, source, target])| [is_squeezed(source), is_squeezed(target)])
            .collect();
        let len: usize = self
            .items
            .iter()
            .zip(&squeezed)
            .map(|((_, [id, source, target]), sq)| {
                let extra = |text: &str, squeezed: bool| if squeezed { 0 } else { text.len() };
                id.len() + source.len() + target.len() + extra(source, sq[0]) + extra(target, sq[1])
            })
            .sum();
        let mut buffer = String::with_capacity(len);
        let mut spans = Vec::with_capacity(self.items.len());
        for ((pos, texts), sq) in self.items.iter().zip(&squeezed) {
            let start = buffer.len();
            let ends = texts.map(|t| {
                buffer.push_str(t);
                buffer.len()
            });
            let mut forms = [(ends[0], ends[1]), (ends[1], ends[2])];
            let mut keys = [0; 2];
            for side in 0..2 {
                if !sq[side] {
                    let from = buffer.len();
                    squeeze_into(&mut buffer, texts[side + 1]);
                    forms[side] = (from, buffer.len());
                }
                keys[side] = hash(&buffer[forms[side].0..forms[side].1]);
            }
            let long_enough = texts[2].trim().chars().nth(3).is_some();
            spans.push((*pos, start, ends, forms, keys, long_enough));
        }
        let texts = Arc::new(buffer);
        spans
            .into_iter()
            .map(|(pos, start, ends, forms, keys, long_enough)| Unit {
                path: self.path.clone(),
                pos,
                texts: texts.clone(),
                start,
                ends,
                forms,
                keys,
                long_enough,
            })
            .collect()
    }
}

/// The hash of a squeezed text.
fn hash(squeezed: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(squeezed)
}

/// Places listed per variant.
const PLACES: usize = 3;

/// The length of the whitespace character (`char::is_whitespace`) that starts at `b[i]`, 0
/// when none does ([`super::script::space_len`]).
#[inline]
fn space_len(b: &[u8], i: usize) -> usize {
    super::script::space_len(&b[i..])
}

/// Whether `text` has no whitespace but single spaces between words.
fn is_squeezed(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Whether the bytes `x y z` start a double space or whitespace other than the space
    // ([`space_len`], spelled out branch-free so that blocks of 16 are tested at once).
    fn hit(x: u8, y: u8, z: u8) -> bool {
        let control = x.wrapping_sub(9) < 5;
        let double = (x == b' ') & (y == b' ');
        let c2 = (x == 0xc2) & ((y == 0x85) | (y == 0xa0));
        let e1 = (x == 0xe1) & (y == 0x9a) & (z == 0x80);
        let e2_80 = (y == 0x80) & ((z.wrapping_sub(0x80) <= 0x0a) | (z == 0xa8) | (z == 0xa9) | (z == 0xaf));
        let e2 = (x == 0xe2) & (e2_80 | ((y == 0x81) & (z == 0x9f)));
        let e3 = (x == 0xe3) & (y == 0x80) & (z == 0x80);
        control | double | c2 | e1 | e2 | e3
    }
    // Whether a hit may start at `x y`: a double space, a byte below the space, or a lead
    // byte of whitespace beyond ASCII (0xC2, 0xE1..0xE3, with 0xE0) (a cheaper test first).
    fn may_hit(x: u8, y: u8) -> bool {
        (x < b' ') | ((x == b' ') & (y == b' ')) | (x == 0xc2) | ((x & 0xfc) == 0xe0)
    }
    const BLOCK: usize = 16;
    // whether a hit starts in `b[i..i + BLOCK]` (which needs two bytes more)
    #[inline(always)]
    fn block(b: &[u8], i: usize) -> bool {
        let x: &[u8; BLOCK] = b[i..i + BLOCK].try_into().expect("a block");
        let y: &[u8; BLOCK] = b[i + 1..i + 1 + BLOCK].try_into().expect("a block");
        let z: &[u8; BLOCK] = b[i + 2..i + 2 + BLOCK].try_into().expect("a block");
        let mut may = 0u8;
        for k in 0..BLOCK {
            may |= u8::from(may_hit(x[k], y[k]));
        }
        if may == 0 {
            return false;
        }
        let mut any = 0u8;
        for k in 0..BLOCK {
            any |= u8::from(hit(x[k], y[k], z[k]));
        }
        any != 0
    }
    let mut i = 0;
    while i + BLOCK + 2 <= b.len() {
        if block(b, i) {
            return false;
        }
        i += BLOCK;
    }
    if i == b.len() {
        return true;
    }
    if b.len() >= BLOCK + 2 {
        // the rest: the last whole block (overlapping the ones before), then the last two
        // bytes, where a hit is a whitespace character other than the space (the last byte
        // is no space, tested above)
        let last = b.len() - BLOCK - 2;
        return !(block(b, last) || (last + BLOCK..b.len()).any(|p| b[p] != b' ' && space_len(b, p) > 0));
    }
    // a short text, padded with zeros, which hit nothing
    let mut pad = [0u8; 2 * BLOCK + 2];
    pad[..b.len()].copy_from_slice(b);
    !(block(&pad, 0) || (b.len() > BLOCK && block(&pad, BLOCK)))
}

/// Whether a byte may start a whitespace character ([`space_len`]): 0x09..0x0D, the space,
/// 0xC2, 0xE1, 0xE2, 0xE3.
const MAY_START_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(i, 9..=13 | 0x20 | 0xc2 | 0xe1..=0xe3);
        i += 1;
    }
    t
};

/// [`space_len`], looking only at the bytes that may start whitespace.
fn space_at(b: &[u8], i: usize) -> usize {
    if MAY_START_SPACE[usize::from(b[i])] {
        space_len(b, i)
    } else {
        0
    }
}

/// Whitespace collapsed; the text itself (no copy) when it has nothing to collapse.
#[cfg(test)]
fn squeeze(text: &str) -> Cow<'_, str> {
    if is_squeezed(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    squeeze_into(&mut out, text);
    Cow::Owned(out)
}

/// Appends `text` with its whitespace collapsed: its words (`split_whitespace`), one space
/// between them.
fn squeeze_into(out: &mut String, text: &str) {
    let b = text.as_bytes();
    let mut i = 0;
    let mut first = true;
    while i < b.len() {
        let space = space_len(b, i);
        if space > 0 {
            i += space;
            continue;
        }
        // a word, up to the next whitespace character (whose lead byte is never a byte
        // inside a character, so the word ends on a character boundary)
        let start = i;
        while i < b.len() && space_at(b, i) == 0 {
            i += 1;
        }
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(&text[start..i]);
    }
}

/// A source as compared for `inconsistent-source`: lower case, letters and digits only, so
/// `Select **Save**.` and `Select Save` are one English text. (Everything else is left out
/// without splitting a word; whitespace runs become one space between words.)
fn loose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// Whether two texts have the same words (`a.split_whitespace().eq(b.split_whitespace())`),
/// compared byte by byte up to the first difference.
fn same_words(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && space_len(a, i) > 0 {
            i += space_len(a, i);
        }
        while j < b.len() && space_len(b, j) > 0 {
            j += space_len(b, j);
        }
        match (i < a.len(), j < b.len()) {
            (false, false) => return true,
            (true, true) => {}
            _ => return false,
        }
        // one word of each (a word's bytes are never a whitespace character's lead byte)
        loop {
            let a_ends = i == a.len() || space_at(a, i) > 0;
            let b_ends = j == b.len() || space_at(b, j) > 0;
            if a_ends || b_ends {
                if a_ends != b_ends {
                    return false;
                }
                break;
            }
            if a[i] != b[j] {
                return false;
            }
            i += 1;
            j += 1;
        }
    }
}

/// Whether the text has two words (or more) of two letters (or more).
fn two_words(text: &str) -> bool {
    let (mut words, mut letters) = (0, 0);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // whether the character at `i` is whitespace, a letter, or neither (ASCII first)
        let (space, letter) = if b[i] < 0x80 {
            let x = b[i];
            i += 1;
            (matches!(x, 9..=13 | b' '), x.is_ascii_alphabetic())
        } else {
            let c = text[i..].chars().next().expect("a character");
            i += c.len_utf8();
            (c.is_whitespace(), c.is_alphabetic())
        };
        if space {
            letters = 0;
        } else if letter {
            letters += 1;
            if letters == 2 {
                words += 1;
                if words == 2 {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a segment with this English and this translation takes part in the checks across
/// the set: a source of two words of letters or more, a translation that is not blank and
/// not the English itself (the others are not kept as [`Unit`]s).
pub fn takes_part(source: &str, target: &str) -> bool {
    two_words(source) && !target.chars().all(char::is_whitespace) && !same_words(source, target)
}

/// `file.md:12:5`.
fn place(u: &Unit) -> String {
    let file = u.path.rsplit(['/', '\\']).next().unwrap_or(&u.path);
    format!("{file}:{}", u.pos)
}

/// The variants of a group, most frequent first: `“text” ×3 (a.md:1:2, b.md:3:4, …)`.
fn describe(units: &[Unit], variants: &[(&str, Vec<usize>)]) -> String {
    variants
        .iter()
        .map(|(text, members)| {
            let mut places: Vec<String> = members.iter().take(PLACES).map(|&i| place(&units[i])).collect();
            if members.len() > PLACES {
                places.push("…".into());
            }
            let shown: String = text.chars().take(120).collect();
            format!("“{shown}” ×{} ({})", members.len(), places.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Groups `members` (indices) by their text: the groups of two members or more, in order
/// of first appearance, each with its members in order. `hash(i)` is the hash of
/// `text(i)`; texts are compared only where hashes are equal.
fn groups<'t>(
    members: &[usize],
    hash: impl Fn(usize) -> u64,
    text: impl Fn(usize) -> &'t str,
) -> Vec<Vec<usize>> {
    const NONE: usize = usize::MAX;
    // each member's group, groups numbered in order of first appearance; the first group of
    // each hash, and after each group the next with the same hash (a collision), if any
    let mut index: FxHashMap<u64, usize> =
        FxHashMap::with_capacity_and_hasher(members.len(), Default::default());
    let mut first: Vec<usize> = Vec::new();
    let mut next_same_hash: Vec<usize> = Vec::new();
    let mut sizes: Vec<usize> = Vec::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(members.len());
    for &i in members {
        let new = first.len();
        let mut g = *index.entry(hash(i)).or_insert(new);
        while g != new && text(first[g]) != text(i) {
            if next_same_hash[g] == NONE {
                next_same_hash[g] = new;
            }
            g = next_same_hash[g];
        }
        if g == new {
            first.push(i);
            next_same_hash.push(NONE);
            sizes.push(0);
        }
        sizes[g] += 1;
        group_of.push(g);
    }
    drop(index);
    // the members of the groups of two or more, in order
    let mut slot: Vec<usize> = vec![NONE; sizes.len()];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (&i, &g) in members.iter().zip(&group_of) {
        if sizes[g] < 2 {
            continue;
        }
        if slot[g] == NONE {
            slot[g] = out.len();
            out.push(Vec::with_capacity(sizes[g]));
        }
        out[slot[g]].push(i);
    }
    out
}

/// The findings across one locale's units (in document order).
pub fn check(units: &[Unit]) -> Vec<Finding> {
    let source = |i: usize| units[i].squeezed(0);
    let target = |i: usize| units[i].squeezed(1);
    let mut out = Vec::new();
    let finding = |kind: Kind, first: &Unit| Finding {
        full_source: first.source().to_owned(),
        full_target: first.target().to_owned(),
        ..Finding::new(first.path.to_string(), first.pos, kind, first.id().to_owned())
    };
    let first_of = |variants: &[(&str, Vec<usize>)]| -> &Unit {
        let all = variants.iter().flat_map(|(_, l)| l.iter()).map(|&i| &units[i]);
        all.min_by(|a, b| (&a.path, a.pos).cmp(&(&b.path, b.pos)))
            .expect("two variants")
    };
    let all: Vec<usize> = (0..units.len()).collect();
    for group in groups(&all, |i| units[i].keys[0], source) {
        // variants by the squeezed translation
        let mut variants: Vec<(&str, Vec<usize>)> = Vec::new();
        let mut first: Vec<usize> = Vec::new(); // each variant's first member
        for i in group {
            let key = units[i].keys[1];
            let same = |j: usize| units[j].keys[1] == key && target(j) == target(i);
            match first.iter().position(|&j| same(j)) {
                Some(v) => variants[v].1.push(i),
                None => {
                    first.push(i);
                    variants.push((target(i), vec![i]));
                }
            }
        }
        if variants.len() >= 2 {
            variants.sort_by_key(|(_, l)| std::cmp::Reverse(l.len()));
            let kind = Kind::InconsistentTranslation {
                variants: describe(units, &variants),
            };
            out.push(finding(kind, first_of(&variants)));
        }
    }
    let long_enough: Vec<usize> = all.into_iter().filter(|&i| units[i].long_enough).collect();
    for group in groups(&long_enough, |i| units[i].keys[1], target) {
        // variants by the loose English, computed once per squeezed English (the same
        // squeezed English has the same loose form)
        let mut variants: Vec<(String, Vec<usize>)> = Vec::new();
        let mut seen: Vec<(usize, usize)> = Vec::new(); // (a member, its variant)
        for i in group {
            let key = units[i].keys[0];
            let same = |j: usize| units[j].keys[0] == key && source(j) == source(i);
            if let Some(&(_, v)) = seen.iter().find(|(j, _)| same(*j)) {
                variants[v].1.push(i);
                continue;
            }
            let loose = loose(source(i));
            let v = match variants.iter().position(|(t, _)| *t == loose) {
                Some(v) => {
                    variants[v].1.push(i);
                    v
                }
                None => {
                    variants.push((loose, vec![i]));
                    variants.len() - 1
                }
            };
            seen.push((i, v));
        }
        if variants.len() < 2 {
            continue;
        }
        variants.sort_by_key(|(_, l)| std::cmp::Reverse(l.len()));
        if !super::qa::signature::any_differ(variants.iter().map(|(_, l)| units[l[0]].source())) {
            continue; // the English differs only in wording
        }
        let shown: Vec<(&str, Vec<usize>)> = variants.into_iter().map(|(_, l)| (source(l[0]), l)).collect();
        let kind = Kind::InconsistentSource {
            variants: describe(units, &shown),
        };
        out.push(finding(kind, first_of(&shown)));
    }
    out.sort_by(|a, b| (&a.path, a.pos).cmp(&(&b.path, b.pos)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit, if it takes part.
    fn unit(path: &str, line: u32, source: &str, target: &str) -> Option<Unit> {
        Unit::new(
            path.into(),
            LineCol { line, col: 1 },
            &format!("x-{line}"),
            source,
            target,
        )
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
            let units: Vec<Unit> = [
                unit("c/a.md", 3, s, a),
                unit("c/b.md", 7, s, b),
                unit("c/c.md", 9, s, a),
                unit("c/d.md", 2, "Sign in to the E5 admin center", a),
            ]
            .into_iter()
            .map(|u| u.expect("takes part"))
            .collect();
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
        let units: Vec<Unit> = [
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
        ]
        .into_iter()
        .map(|u| u.expect("takes part"))
        .collect();
        let found = check(&units);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code(), found[0].path.as_str()),
            ("inconsistent-source", "c.md")
        );
    }

    #[test]
    fn spacing_and_punctuation_of_the_english_are_not_different_sources() {
        let units: Vec<Unit> = [
            unit("a.md", 1, "Select **Save**.", "Velg **Lagre**."),
            unit("b.md", 1, "Select  **Save**", "Velg **Lagre**."),
            unit("c.md", 1, "OK", "Ja"),
            unit("d.md", 1, "Yes", "Ja"),
        ]
        .into_iter()
        .flatten()
        .collect();
        assert_eq!(units.len(), 2, "one-word English does not take part");
        assert!(check(&units).is_empty());
    }

    /// The slow forms the fast ones replace, as they were.
    fn squeeze_slow(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
    fn loose_slow(text: &str) -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn takes_part_slow(source: &str, target: &str) -> bool {
        let word = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
        source.split_whitespace().filter(word).nth(1).is_some()
            && !target.trim().is_empty()
            && !source.split_whitespace().eq(target.split_whitespace())
    }

    #[test]
    fn the_whitespace_bytes_are_exactly_the_whitespace_characters() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let want = if c.is_whitespace() { b.len() } else { 0 };
            assert_eq!(space_len(b, 0), want, "{c:?}");
            assert_eq!(space_at(b, 0), want, "{c:?}");
            // cut short: never read past the end, never a whitespace character
            assert_eq!(
                space_len(&b[..b.len() - 1 + usize::from(b.len() == 1)], 0),
                want.min(usize::from(b.len() == 1)),
                "{c:?}"
            );
        }
    }

    #[test]
    fn the_fast_text_forms_are_the_slow_ones() {
        let texts = [
            "",
            " ",
            "  ",
            "a",
            "Sign in to the admin center",
            " Sign in",
            "Sign in ",
            "Sign  in",
            "Sign\tin",
            "Sign\u{a0}in",
            "Sign\u{2009}in\u{3000}now",
            "“Sign” – in… ’",
            "Select **Save**.",
            "Logg på administrasjonssenteret",
            "Logga in i administrationscentret",
            "登录到管理中心 登录管理中心",
            "היכנס למרכז הניהול",
            "Connectez-vous au centre d’administration",
            "เข้าสู่ระบบ ศูนย์การจัดการ",
            "سجّل الدخول إلى مركز الإدارة",
            "管理センターに サインイン します",
            "Συνδεθείτε στο κέντρο διαχείρισης",
            "Войдите в центр администрирования",
            "İSTANBUL ǅemal ΣΑΣ",
            "a\u{85}b\u{1680}c\u{2028}d\u{2029}e\u{202f}f\u{205f}g\u{200b}h\u{180e}i",
            "x \u{2000}\u{200a} y",
            "Cliquez sur\u{a0}: «\u{202f}Enregistrer\u{202f}»\u{a0}!",
            "\u{a0}\u{a0}a\u{a0}\u{a0}b\u{3000}",
            "登录。\u{3000}管理\u{3001}中心",
            "a\r\nb\x0bc\x0cd\x01e",
        ];
        for a in texts {
            assert_eq!(squeeze(a), squeeze_slow(a), "{a:?}");
            assert_eq!(is_squeezed(a), squeeze_slow(a) == a, "{a:?}");
            assert_eq!(loose(a), loose_slow(a), "{a:?}");
            for b in texts {
                assert_eq!(takes_part(a, b), takes_part_slow(a, b), "{a:?} {b:?}");
                assert_eq!(
                    same_words(a, b),
                    a.split_whitespace().eq(b.split_whitespace()),
                    "{a:?} {b:?}"
                );
                let spaced = format!(" {a}\u{2003} ");
                assert!(same_words(&spaced, a), "{a:?}");
                assert_eq!(takes_part(a, &spaced), takes_part_slow(a, &spaced), "{a:?}");
            }
        }
    }

    /// Every segment of the five corpora: whether it takes part is the slow answer, and each
    /// unit keeps its texts, their squeezed forms (the slow ones) and their hashes.
    #[test]
    fn every_corpus_unit_has_its_texts_and_their_slow_squeezed_forms() {
        let (mut checked, mut unsqueezed) = (0, 0);
        for (path, text) in crate::doc::test_corpus::documents() {
            let doc = crate::doc::Doc::parse(path, text);
            let mut units = DocUnits::new("x.md".into());
            let mut want = Vec::new();
            for (line, seg) in (1..).zip(doc.segments()) {
                let (id, s, t) = (doc.slice(&seg.id), doc.slice(&seg.source), doc.slice(&seg.target));
                assert_eq!(takes_part(s, t), takes_part_slow(s, t), "{s:?} {t:?}");
                units.add(id, s, t, || LineCol { line, col: 1 });
                if takes_part_slow(s, t) {
                    want.push((line, id, s, t));
                }
            }
            let units = units.into_units();
            assert_eq!(units.len(), want.len());
            for (u, (line, id, s, t)) in units.iter().zip(want) {
                checked += 1;
                assert_eq!((u.pos.line, u.id(), u.source(), u.target()), (line, id, s, t));
                for (side, text) in [s, t].into_iter().enumerate() {
                    let slow = squeeze_slow(text);
                    assert_eq!(is_squeezed(text), slow == text, "{text:?}");
                    unsqueezed += usize::from(slow != text);
                    assert_eq!(u.squeezed(side), slow, "{text:?}");
                    assert_eq!(u.keys[side], hash(&slow), "{text:?}");
                }
                assert_eq!(u.long_enough, t.trim().chars().count() >= 4, "{t:?}");
            }
        }
        eprintln!("{checked} corpus units, {unsqueezed} texts squeezed");
    }

    /// Texts of whitespace and other pieces, at every place within the blocks of eight bytes.
    #[test]
    fn is_squeezed_and_squeeze_agree_with_the_slow_squeeze_on_mixed_texts() {
        let pieces = [
            " ", " ", "a", "ab", "é", "’", "\u{a0}", "\t", "\n", "\u{3000}", "\u{2009}", "\u{85}",
            "\u{202f}", "\u{1680}", "\u{205f}", "\u{2028}", "中", "ก", "\u{e0}", "\x01", "\u{200b}",
            "\u{2010}", "\u{3001}", "\u{1681}", "\u{c2}",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let (mut squeezed, mut taking_part) = (0, 0);
        let mut before = String::new();
        for _ in 0..200_000 {
            let len = next(24);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let slow = squeeze_slow(&text);
            assert_eq!(is_squeezed(&text), slow == text, "{text:?}");
            assert_eq!(squeeze(&text), slow, "{text:?}");
            squeezed += usize::from(slow == text);
            let takes = takes_part(&before, &text);
            assert_eq!(takes, takes_part_slow(&before, &text), "{before:?} {text:?}");
            taking_part += usize::from(takes);
            before = text;
        }
        assert!(squeezed > 1000 && taking_part > 1000, "{squeezed} {taking_part}");
    }

    #[test]
    fn groups_by_text_whatever_the_hashes() {
        let texts = ["a b", "c d", "a b", "e f", "c d", "a b", "g h"];
        let members: Vec<usize> = (0..texts.len()).collect();
        let want = vec![vec![0, 2, 5], vec![1, 4]];
        // all hashes equal (every text a collision), and the real ones
        assert_eq!(groups(&members, |_| 7, |i| texts[i]), want);
        assert_eq!(groups(&members, |i| hash(texts[i]), |i| texts[i]), want);
        assert_eq!(groups(&[1, 3, 4], |_| 0, |i| texts[i]), vec![vec![1, 4]]);
    }

    #[test]
    fn the_units_of_a_document_share_one_copy_and_keep_their_texts() {
        let mut doc = DocUnits::new("c/a.md".into());
        let texts = [
            (
                "a-1",
                "Sign in to the admin center",
                "Logg på administrasjonssenteret",
            ),
            ("a-2", "OK", "Ja"),
            ("a-3", "Sign in now", "Sign in  now"),
            ("a-4", "Open the page", "פתח את הדף"),
        ];
        for (line, (id, s, t)) in (1..).zip(texts) {
            doc.add(id, s, t, || LineCol { line, col: 2 });
        }
        let units = doc.into_units();
        let got: Vec<_> = units
            .iter()
            .map(|u| (u.pos.line, u.id(), u.source(), u.target()))
            .collect();
        assert_eq!(
            got,
            [
                (1, "a-1", texts[0].1, texts[0].2),
                (4, "a-4", texts[3].1, texts[3].2)
            ]
        );
        assert!(Arc::ptr_eq(&units[0].texts, &units[1].texts));
        assert_eq!(
            Unit::new(
                "c/a.md".into(),
                LineCol { line: 4, col: 2 },
                "a-4",
                texts[3].1,
                texts[3].2
            )
            .as_ref(),
            Some(&units[1])
        );
    }
}
