//! The checks professional QA tools have, on one message: untranslated English, emptied link
//! texts, altered URLs, do-not-translate terms, glossary terms, repeated words, unpaired
//! brackets and quotes, alphanumeric tokens. Each is locale-aware where the script matters
//! ([`super::script`]) and pushes [`Issue`]s with offsets into the translation.

use std::sync::Arc;

use super::kind::Kind;
use super::markdown::Inline;
use super::message::{Context, Issue};
use super::script;

/// The default do-not-translate list: Microsoft product names.
const DEFAULT_DNT: &str = include_str!("data/do-not-translate.txt");

/// A glossary entry: a source term and the target term a locale requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The English term.
    pub source: String,
    /// The required translation.
    pub target: String,
    /// The locale it is for, lower case (empty: every locale).
    pub locale: String,
    /// A note for translators.
    pub note: String,
}

/// The terms the message checks look for: do-not-translate names and glossary entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// Names that must stay unchanged, longest first.
    pub dnt: Vec<String>,
    /// Forms accepted instead of a name: (name, language prefix or `*`, form).
    pub dnt_forms: Vec<(String, String, String)>,
    /// Glossary entries.
    pub glossary: Vec<Term>,
    /// Texts that may stay identical to the English (`unchanged` of the settings).
    pub unchanged: Vec<String>,
}

impl Terms {
    /// The shipped do-not-translate list plus `extra` (a project's), longest first.
    pub fn with_defaults(extra: &[String], defaults: bool) -> Terms {
        let mut dnt: Vec<String> = Vec::new();
        let mut dnt_forms = Vec::new();
        let lines = if defaults { DEFAULT_DNT } else { "" };
        for line in lines
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (name, forms) = line.split_once('|').unwrap_or((line, ""));
            let name = name.trim().to_owned();
            for form in forms.split(';').filter_map(|f| f.split_once('=')) {
                dnt_forms.push((
                    name.clone(),
                    form.0.trim().to_ascii_lowercase(),
                    form.1.trim().to_owned(),
                ));
            }
            dnt.push(name);
        }
        dnt.extend(extra.iter().cloned());
        dnt.sort_by_key(|t| std::cmp::Reverse(t.len()));
        dnt.dedup();
        Terms {
            dnt,
            dnt_forms,
            ..Terms::default()
        }
    }

    /// Shared, for contexts.
    pub fn shared(self) -> Arc<Terms> {
        Arc::new(self)
    }
}

/// English function words: a text with one of them (and two words or more) is English prose.
// (`for`, `of`, `and` are left out: product names have them, `Microsoft Defender for Endpoint`.)
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "are", "at", "be", "by", "can", "from", "how", "if", "in", "is", "it", "not", "on", "or",
    "that", "the", "this", "to", "what", "when", "will", "with", "you", "your",
];

/// Whether a text is English prose a translator would translate: three or more words, one an
/// English function word, and not a PowerShell command.
pub fn is_english_prose(text: &str) -> bool {
    // identifiers (`976-how-to-enable-litigation-hold`, paths) are not prose
    let spaced = text
        .split_whitespace()
        .filter(|t| !t.contains(['-', '/', '_', '@', '\\']));
    // function words of other languages that English prose does not have (Portuguese `com`,
    // `de`, `para`; French `les`, `des`; German `und`, `der`)
    const OTHER: &[&str] = &[
        "de", "com", "para", "que", "la", "le", "les", "des", "et", "und", "der", "die", "das", "och", "og",
        "el", "los", "por", "um", "uma", "do", "da", "du", "ist", "nicht",
    ];
    // the words of letters of the tokens (split at anything but letters, digits and `'`),
    // compared in lower case (without a lower-case copy where they are ASCII)
    let (mut count, mut function) = (0, false);
    for token in spaced {
        for w in token
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
        {
            let is = |list: &[&str]| match w.is_ascii() {
                true => {
                    w.len() <= super::scan::longest(list) && list.iter().any(|x| x.eq_ignore_ascii_case(w))
                }
                false => list.contains(&w.to_lowercase().as_str()),
            };
            if is(OTHER) {
                return false;
            }
            count += 1;
            function = function || is(FUNCTION_WORDS);
        }
    }
    let first = text.split_whitespace().next().unwrap_or_default();
    let cmdlet = first.split_once('-').is_some_and(|(v, n)| {
        v.starts_with(|c: char| c.is_ascii_uppercase()) && n.starts_with(|c: char| c.is_ascii_uppercase())
    });
    count >= 3 && function && !cmdlet
}

/// The visible text without code spans (what a translator translates): its pieces joined by
/// a space, borrowed when there is one piece (most messages).
fn prose<'a>(text: &'a str, inline: &'a Inline) -> std::borrow::Cow<'a, str> {
    let mut pieces = prose_pieces(text, inline);
    let Some(first) = pieces.next() else {
        return "".into();
    };
    let Some(second) = pieces.next() else {
        return first.into();
    };
    let mut joined = String::with_capacity(text.len() + 8);
    joined.push_str(first);
    for piece in std::iter::once(second).chain(pieces) {
        joined.push(' ');
        joined.push_str(piece);
    }
    joined.into()
}

/// The pieces of [`prose`]: the visible text's ranges outside code spans.
fn prose_pieces<'a>(text: &'a str, inline: &'a Inline) -> impl Iterator<Item = &'a str> + 'a {
    inline
        .text_ranges
        .iter()
        .filter(|r| !inline.code.contains(r))
        .filter_map(|r| text.get(r.clone()))
}

/// The visible text without link texts, for `length-ratio`: a link's text is the title of the
/// page it opens, which a translation replaces with that page's localized title, longer or
/// shorter (`Delete AAD Domain Service` → `Désactiver ou supprimer un domaine managé Azure
/// Active Directory Domain Services à partir du portail Azure`); a clause lost or added is in
/// the rest.
pub fn without_link_text(text: &str, inline: &Inline) -> String {
    if inline.links.is_empty() {
        return inline.visible.to_string();
    }
    inline
        .text_ranges
        .iter()
        .filter(|r| {
            !inline
                .links
                .iter()
                .any(|(_, l)| l.start <= r.start && r.end <= l.end)
        })
        .filter_map(|r| text.get(r.clone()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `length-ratio`, judged on the visible text and again without link texts: only a segment
/// outside the bounds both ways is reported. A link title replaced by the linked page's longer
/// localized title is in bounds without it; a link whose boundaries the translation moved
/// (`voir Importer le courrier … [fichier .pst.](…)`) is in bounds with it.
pub fn length_ratio(
    source: &str,
    target: &str,
    src: &Inline,
    tgt: &Inline,
    bounds: (f64, f64),
    out: &mut Vec<Issue>,
) {
    let mut whole = Vec::new();
    super::text::length_ratio(&src.visible, &tgt.visible, bounds, &mut whole);
    if whole.is_empty() {
        return;
    }
    if !src.links.is_empty() {
        let mut bare = Vec::new();
        let (s, t) = (without_link_text(source, src), without_link_text(target, tgt));
        super::text::length_ratio(&s, &t, bounds, &mut bare);
        if bare.is_empty() {
            return;
        }
    }
    out.extend(whole);
}

/// The translation equals the source's English prose, or keeps an English sentence of it
/// (five words or more) word for word.
pub fn untranslated(
    source: &str,
    target: &str,
    src: &Inline,
    tgt: &Inline,
    ctx: &Context,
    out: &mut Vec<Issue>,
) {
    let sp = prose(source, src);
    // Cheap exit first, before judging the source's English: what could be reported is the
    // whole prose kept or a long sentence of it found in the translation; most translations
    // have neither. (The words of the translation's prose pieces are those of their join.)
    let same = script::words(&sp).eq(prose_pieces(target, tgt).flat_map(script::words));
    // (a sentence is looked for first, its words counted only when the translation has it)
    let kept = |s: &str| super::scan::find(target, s).is_some() && is_long(s);
    if !same && !sentences(&sp).any(kept) {
        return;
    }
    if !is_english_prose(&sp) || ctx.terms.unchanged.iter().any(|u| u == source.trim()) {
        return;
    }
    let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    if same {
        out.push(Issue {
            kind: Kind::Untranslated {
                text: clip(&norm(&sp)),
            },
            offset: 0,
        });
        return;
    }
    for sentence in sentences(&sp).filter(|s| is_long(s)) {
        let found = super::scan::find(target, sentence);
        if let Some(at) = found.filter(|_| is_english_prose(sentence)) {
            out.push(Issue {
                kind: Kind::Untranslated { text: clip(sentence) },
                offset: at,
            });
            return;
        }
    }
}

/// Whether a sentence has five words or more (what [`untranslated`] looks for in a translation).
fn is_long(sentence: &str) -> bool {
    script::words(sentence).nth(4).is_some()
}

/// The sentences of a text (up to and with `.`, `!`, `?` or `:`), trimmed.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    // `split_inclusive(['.', '!', '?', ':'])`, by bytes (the marks are ASCII)
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = sentence_mark(rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (sentence, after) = rest.split_at(end);
        rest = after;
        Some(sentence)
    })
    .map(str::trim)
}

/// The place of the first `.`, `!`, `?` or `:` in `bytes`: blocks of 32 bytes without one
/// are passed over whole (no exit inside a block, which the compiler turns into SIMD); from
/// the first block with one on, eight bytes are read at a time as one number, each mark found
/// by the zero bytes of the number XOR the mark in every byte (the lowest such flag is exact:
/// a false flag only comes above a true one).
fn sentence_mark(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let is_mark = |b: u8| matches!(b, b'.' | b'!' | b'?' | b':');
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let marks = |w: u64| {
        [b'.', b'!', b'?', b':']
            .iter()
            .fold(0, |m, &c| m | zero_bytes(w ^ (ONES * u64::from(c))))
    };
    let mut at = 0;
    while let Some(block) = bytes.get(at..at + 32) {
        if block.iter().fold(false, |found, &b| found | is_mark(b)) {
            break;
        }
        at += 32;
    }
    while at < bytes.len() {
        // the next eight bytes, the last ones padded with zero bytes (no mark)
        let mut word = [0u8; 8];
        let n = (bytes.len() - at).min(8);
        word[..n].copy_from_slice(&bytes[at..at + n]);
        let m = marks(u64::from_le_bytes(word));
        if m != 0 {
            return Some(at + (m.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    None
}

/// At most 80 characters of a text, with `…` where cut.
fn clip(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

/// A link of the translation that shows nothing (`[](url)`) where the source's links all show
/// something.
pub fn empty_link_text(src: &Inline, tgt: &Inline, out: &mut Vec<Issue>) {
    let shown = |i: &Inline| i.link_shown.iter().filter(|s| **s).count();
    if shown(src) <= shown(tgt) {
        return;
    }
    for ((dest, range), shown) in tgt.links.iter().zip(&tgt.link_shown) {
        if !shown {
            out.push(Issue {
                kind: Kind::EmptyLinkText {
                    dest: dest.to_string(),
                },
                offset: range.start,
            });
        }
    }
}

/// The URLs written in a text (`scheme://…` up to whitespace or a closing bracket or quote),
/// with their offsets.
pub fn urls(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for at in schemes(text) {
        // (after the character before the scheme, which may be longer than a byte: `“https`;
        // every byte of a character beyond ASCII is one that is not an ASCII letter or digit)
        let start = text.as_bytes()[..at]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        if start == at {
            continue;
        }
        let len = url_len(&text[at..]);
        // sentence punctuation after a URL is not part of it
        let url = text[start..at + len].trim_end_matches(['.', ',', ';', ':', '!', '?', '。', '，']);
        if url.len() > at - start + 3 {
            out.push((start, url));
        }
    }
    out
}

/// Where a URL from the start of `text` ends: at the first whitespace character or closing
/// bracket or quote (`find` of them, or the text's length), read by byte: only a first byte
/// of a character is decoded.
fn url_len(text: &str) -> usize {
    let ends = |c: char| c.is_whitespace() || matches!(c, ')' | ']' | '"' | '\'' | '`' | '）');
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            0..=0x7f if ends(char::from(b)) => return i,
            0..=0x7f => i += 1,
            _ => {
                let c = text[i..].chars().next().unwrap_or_default();
                if ends(c) {
                    return i;
                }
                i += c.len_utf8();
            }
        }
    }
    bytes.len()
}

/// The places of `://` in a text, in order, like `match_indices("://")` (which cannot overlap),
/// found by `memchr` without building a searcher.
fn schemes(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).filter(|&at| bytes[at + 1..].starts_with(b"//"))
}

/// A URL of the source that the translation has with spaces inserted, or with the placeholder
/// inside it (`https://<sitename>.sharepoint.com`) translated: the pieces of the URL around its
/// placeholders are there, in order, but the URL itself is not.
pub fn url_altered(source: &str, target: &str, ctx: &Context, out: &mut Vec<Issue>) {
    if schemes(source).next().is_none() {
        return;
    }
    let squeeze = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).collect() };
    // (made once a URL is not in the translation as it is)
    let mut squeezed: Option<String> = None;
    for (_, url) in urls(source) {
        if super::scan::find(target, url).is_some() {
            continue;
        }
        let mapped = super::message::map_dest(url, &ctx.locale);
        let present = |t: &str| {
            super::scan::find(t, url).is_some()
                || mapped
                    .as_deref()
                    .is_some_and(|m| contains_ignore_ascii_case(t, m))
        };
        if present(target) {
            continue;
        }
        let squeezed = squeezed.get_or_insert_with(|| squeeze(target));
        // the fixed pieces: the URL cut at `<placeholder>`s
        let pieces: Vec<&str> = url
            .split(['<', '>'])
            .enumerate()
            .filter(|(i, p)| i % 2 == 0 && !p.trim_matches('*').is_empty())
            .map(|(_, p)| p.trim_matches('*'))
            .collect();
        let has_placeholder = pieces.len() > 1 || url.contains('<');
        let spaced = present(squeezed.as_str());
        let mut from = 0;
        let in_order = has_placeholder
            && pieces.iter().all(|p| match squeezed[from..].find(p) {
                Some(i) => {
                    from += i + p.len();
                    true
                }
                None => false,
            });
        if spaced || in_order {
            let head: String = url.chars().take(12).collect();
            let offset = target.find(&head).unwrap_or(0);
            out.push(Issue {
                kind: Kind::UrlAltered { url: url.to_owned() },
                offset,
            });
        }
    }
}

/// Whether `text` has `needle` when both are in ASCII lower case (`to_ascii_lowercase` of both
/// and `contains`), without the copies: the bytes of a place compared ignoring ASCII case.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, _)) = needle.split_first() else {
        return true;
    };
    let Some(last) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, &hay[..=last])
        .any(|at| hay[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

/// The first place of `needle` in `text` when both are in ASCII lower case (`find` in the
/// `to_ascii_lowercase` of both, whose places are the same), without the copies.
fn find_ignore_ascii_case(text: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last).find(|&at| hay[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

/// Whether `term` occurs in `text` as a whole word (not inside a longer word).
fn has_word(text: &str, term: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = super::scan::find(&text[from..], term) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if boundary(before) && boundary(after) {
            return Some(at);
        }
        from = at + term.len().max(1);
    }
    None
}

/// Each do-not-translate term of the source's visible text must be in the translation's,
/// unchanged (same letters, same Latin digits): `Office 365` → `Office ๓๖๕` breaks it.
pub fn do_not_translate(src: &Inline, tgt: &Inline, target: &str, ctx: &Context, out: &mut Vec<Issue>) {
    if ctx.terms.dnt.is_empty() {
        return;
    }
    let found = super::scan::prepared(&ctx.terms).dnt_in(&src.visible);
    if found.as_ref().is_some_and(super::scan::Found::is_empty) {
        return; // no name of the list in the source at all
    }
    // (made once a name is in the source as a word and not in the translation as it is)
    let mut visible: Option<std::borrow::Cow<'_, str>> = None;
    let lang = ctx.locale.split('-').next().unwrap_or_default();
    let mut seen: Vec<&str> = Vec::new();
    let mut judge = |i: usize| {
        let term = &ctx.terms.dnt[i];
        if seen.iter().any(|s| s.contains(term.as_str())) {
            return; // a longer name that contains it was judged
        }
        if has_word(&src.visible, term).is_none() {
            return;
        }
        seen.push(term);
        // A name without the bytes that start a no-break space or bidi mark (0xC2, 0xD8,
        // 0xE2) is in the translation's plain text where it is in the text itself.
        let plain_name = !term.bytes().any(|b| matches!(b, 0xc2 | 0xd8 | 0xe2));
        if plain_name && super::scan::find(&tgt.visible, term).is_some() {
            return;
        }
        let visible = visible.get_or_insert_with(|| spaces_plain(&tgt.visible));
        if super::scan::find(visible, term).is_some() {
            return;
        }
        let other_form = ctx.terms.dnt_forms.iter().any(|(name, l, form)| {
            name == term && (l == "*" || l == lang) && visible.contains(form.as_str())
        });
        if !other_form {
            let head = term.split_whitespace().next().unwrap_or(term);
            out.push(Issue {
                kind: Kind::DoNotTranslate { term: term.clone() },
                offset: target.find(head).unwrap_or(0),
            });
        }
    };
    // the names in the source anywhere, in order (the others are not in it as words)
    match &found {
        Some(found) => found.ones().for_each(&mut judge),
        None => (0..ctx.terms.dnt.len()).for_each(&mut judge),
    }
}

/// A text with no-break spaces as spaces and bidi marks removed (French writes `Office 365`
/// with a no-break space; Hebrew puts marks around Latin runs). The text itself when it has
/// none of them (told by byte: U+00A0 starts with 0xC2, U+061C with 0xD8, the others with 0xE2).
fn spaces_plain(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let plain = memchr::memchr3_iter(0xC2, 0xD8, 0xE2, bytes).all(|at| {
        !matches!(
            &bytes[at..],
            [0xC2, 0xA0, ..] | [0xD8, 0x9C, ..] | [0xE2, 0x80, 0x8E | 0x8F | 0xAF | 0x87, ..]
        )
    });
    if plain {
        return std::borrow::Cow::Borrowed(text);
    }
    // the runs between them copied, each replaced by a space or left out
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in memchr::memchr3_iter(0xC2, 0xD8, 0xE2, bytes) {
        let (len, space) = match &bytes[at..] {
            [0xC2, 0xA0, ..] => (2, true),
            [0xD8, 0x9C, ..] => (2, false),
            [0xE2, 0x80, 0xAF | 0x87, ..] => (3, true),
            [0xE2, 0x80, 0x8E | 0x8F, ..] => (3, false),
            _ => continue,
        };
        out.push_str(&text[from..at]);
        if space {
            out.push(' ');
        }
        from = at + len;
    }
    out.push_str(&text[from..]);
    out.into()
}

/// The source's visible text with its alphanumeric tokens and do-not-translate names blanked
/// out: their digits are judged by `alphanumeric-mismatch` and `do-not-translate`, not as
/// numbers (`Office 365 A1 for Faculty and Office 365 A1 for Students` may become one mention).
pub fn without_codes_and_names<'a>(visible: &'a str, terms: &Terms) -> std::borrow::Cow<'a, str> {
    if !super::scan::any_byte(visible.as_bytes(), |b| b.is_ascii_digit()) {
        return std::borrow::Cow::Borrowed(visible);
    }
    let mut out = visible.to_owned();
    let mut blank = |at: usize, len: usize| {
        let spaces = " ".repeat(len);
        out.replace_range(at..at + len, &spaces);
    };
    for token in alphanumeric_tokens(visible) {
        let mut from = 0;
        while let Some(i) = super::scan::find(&visible[from..], token) {
            // with its version digits: `v2.0` is one code, not `v2` and a number `0`
            let after = &visible.as_bytes()[from + i + token.len()..];
            let mut extra = 0;
            while extra + 1 < after.len() && after[extra] == b'.' && after[extra + 1].is_ascii_digit() {
                extra += 1;
                while extra < after.len() && after[extra].is_ascii_digit() {
                    extra += 1;
                }
            }
            blank(from + i, token.len() + extra);
            from += i + token.len() + extra;
        }
    }
    let found = super::scan::prepared_for(terms).and_then(|p| p.dnt_in(visible));
    let names = terms.dnt.iter().enumerate();
    for (_, term) in names
        .filter(|(i, t)| super::scan::Prepared::may_have(&found, *i) && t.bytes().any(|b| b.is_ascii_digit()))
    {
        let mut from = 0;
        while let Some(i) = super::scan::find(&visible[from..], term) {
            blank(from + i, term.len());
            from += i + term.len();
        }
    }
    out.into()
}

/// Each glossary term of the source (any case, whole words) needs its target term (any case)
/// in the translation, for the translation's locale.
pub fn term_mismatch(src: &Inline, tgt: &Inline, ctx: &Context, out: &mut Vec<Issue>) {
    if ctx.terms.glossary.is_empty() {
        return;
    }
    // (the lower-case texts are made once a term is for the locale, and once it is in the
    // source)
    let (mut s, mut t) = (None, None);
    let locale = ctx.locale.to_ascii_lowercase();
    for term in &ctx.terms.glossary {
        let for_locale = term.locale.is_empty()
            || term.locale == locale
            || locale.split('-').next() == Some(term.locale.as_str());
        if !for_locale {
            continue;
        }
        let s = s.get_or_insert_with(|| src.visible.to_lowercase());
        if has_word(s, &term.source.to_lowercase()).is_some()
            && !t
                .get_or_insert_with(|| tgt.visible.to_lowercase())
                .contains(&term.target.to_lowercase())
        {
            out.push(Issue {
                kind: Kind::TermMismatch {
                    source: term.source.clone(),
                    target: term.target.clone(),
                },
                offset: 0,
            });
        }
    }
}

/// Pairs of words that are correctly doubled (French reflexives `nous nous`, `vous vous`;
/// a verb and a UI name that starts with it, `velg Velg kontoen din`, is told by its case).
/// Norwegian, Swedish and Danish particle verbs before a preposition (`logge på på nytt`,
/// `fylls i i Azure AD`, `faktureres for for mange`), French `en en choisissant`.
const DOUBLED_OK: &[&str] = &[
    "nous",
    "vous",
    "that",
    "had",
    "is",
    "la",
    "le",
    "l",
    "en",
    "på",
    "i",
    "av",
    "ut",
    "inn",
    "opp",
    "upp",
    "for",
    "för",
    "til",
    "till",
    "om",
    "med",
    "at",
    "att",
    // a noun then the same form as a verb: French `le reste reste`, Hebrew `משתמשים משתמשים`
    // (users use)
    "reste",
    "משתמשים",
];

/// Punctuation that ends a word's clause, in any script: the Latin marks, the full-width CJK
/// ones, Arabic `، ؛ ؟ ۔`, Devanagari `।`, and closing quotes and brackets.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '。'
            | '，'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '،'
            | '؛'
            | '؟'
            | '۔'
            | '।'
            | '”'
            | '»'
            | '"'
            | ')'
            | '）'
            | '」'
            | '’'
    )
}

/// The first word repeated directly (`the the`, `Velg Velg`, also before punctuation: `the
/// the.`, `Outlook Outlook。`), only whitespace between and no punctuation or markup inside the
/// pair (`(venter), venter`, `very, very` and `Velg **Velg roller**` are legitimate), where the
/// source repeats none; in Han and kana text, which has no word spaces, only a doubled
/// particle that is never reduplicated ([`doubled_particle`]).
fn repeated(text: &str) -> Option<String> {
    // A pair is judged lazily: the previous token (when no clause punctuation ends it) and this
    // token's word are compared first, by their first characters' lower case where that is
    // cheap, and only an equal pair is tested for being plain words (letters only, of a script
    // with word spaces). The same answers as testing every token first: a pair is reported
    // only when both are plain, and a token that is not plain never pairs with the next.
    let mut prev: Option<&str> = None;
    for token in script::words(text) {
        let word = without_clause_end(token);
        if let Some(p) = prev {
            if same_word(p, word) && plain_word(p) && plain_word(word) {
                // `velg Velg kontoen din`: a verb, then a UI name that starts with it
                let label = p.starts_with(char::is_lowercase) && word.starts_with(char::is_uppercase);
                if !label && !DOUBLED_OK.contains(&word.to_lowercase().as_str()) {
                    return Some(word.to_owned());
                }
            }
        }
        // a clause ends at its punctuation: the next word starts afresh
        prev = (word.len() == token.len() && !word.is_empty()).then_some(word);
    }
    doubled_particle(text)
}

/// A token without the clause punctuation at its end ([`ends_clause`]).
#[inline]
fn without_clause_end(token: &str) -> &str {
    match token.as_bytes().last() {
        // (an ASCII last character other than these ends no clause)
        Some(&b) if b.is_ascii() && !matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b')') => {
            token
        }
        _ => token.trim_end_matches(ends_clause),
    }
}

/// Whether a token is a plain word for [`repeated`]: letters only, none of a script without
/// word spaces.
fn plain_word(word: &str) -> bool {
    !word.is_empty()
        && match word.is_ascii() {
            true => word.bytes().all(|b| b.is_ascii_alphabetic()),
            false => word
                .chars()
                .all(|c| script::is_alphabetic(c) && !script::is_spaceless_char(c)),
        }
}

/// Whether two words are the same but for case ([`repeated`]), as `to_lowercase` compares
/// them.
fn same_word(p: &str, word: &str) -> bool {
    // Cheap exit: first characters whose lower case (one character each) differs start
    // different lower-case texts (only `Σ` lower-cases by its neighbours, and
    // `simple_lowercase` leaves it out).
    let first = |t: &str| t.chars().next().and_then(script::simple_lowercase);
    if let (Some(a), Some(b)) = (first(p), first(word)) {
        if a != b {
            return false;
        }
    }
    match p.is_ascii() && word.is_ascii() {
        true => p.eq_ignore_ascii_case(word),
        // char by char is `to_lowercase` but for the final-sigma rule
        false if !p.contains('Σ') && !word.contains('Σ') => p
            .chars()
            .flat_map(char::to_lowercase)
            .eq(word.chars().flat_map(char::to_lowercase)),
        false => p.to_lowercase() == word.to_lowercase(),
    }
}

/// A doubled character in text without word spaces is judged only for the Japanese object
/// particle `を`, which no word contains: `をを` is always a slip. Han and kana reduplicate
/// words (`看看`, `常常`, `人人`), and without a word segmenter a doubled particle is the end
/// of one word and the start of the next as often as an error: `为了了解` (为了 + 了解),
/// `现在在线`, `以及及时`, `安全目的的设置`, `的的确确`. Thai, Lao, Khmer and Myanmar are not
/// judged either: a doubled word is grammatical there (`ที่ที่`). Latin words repeated with a
/// space in such text (`Outlook Outlook`) are found by [`repeated`].
fn doubled_particle(text: &str) -> Option<String> {
    text.contains("をを").then(|| "を".to_owned())
}

/// Whether [`repeated`] may find a word in `text` (false: it finds none), told in one pass
/// over its bytes with no allocation. The text is split at whitespace as `split_whitespace`
/// splits it, and each token is compared with the one before ([`may_be_same`]); a text with
/// no pair that may be the same word has none `repeated` reports, unless it has `をを`.
fn may_repeat(text: &str) -> bool {
    let bytes = text.as_bytes();
    // the token before, and where the next starts
    let (mut prev, mut from) = (0..0, 0);
    for (base, block) in bytes.chunks(32).enumerate().map(|(k, b)| (k * 32, b)) {
        let mut mask = space_mask(block);
        while mask != 0 {
            let at = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let len = match at < from {
                true => 0, // inside the whitespace just read
                false => script::space_len(&bytes[at..]),
            };
            if len == 0 {
                continue;
            }
            if at > from {
                if may_pair(text, &prev, from) {
                    return true;
                }
                prev = from..at;
            }
            from = at + len;
        }
    }
    if from < bytes.len() && may_pair(text, &prev, from) {
        return true;
    }
    super::scan::find(text, "をを").is_some()
}

/// Whether the token `prev` of `text` (none when empty) and the token starting at `start`
/// may be a pair [`repeated`] reports: only when their first bytes may start the same word
/// (equal, or equal but for ASCII case, or not both ASCII) and no clause punctuation ends
/// the token before (as in `repeated`) are they compared ([`may_be_same`]).
#[inline(always)]
fn may_pair(text: &str, prev: &std::ops::Range<usize>, start: usize) -> bool {
    let bytes = text.as_bytes();
    if prev.start == prev.end {
        return false;
    }
    let (x, y) = (bytes[prev.start], bytes[start]);
    if !x.eq_ignore_ascii_case(&y) && x.is_ascii() && y.is_ascii() {
        return false;
    }
    // First characters that are their own lower case (U+05C0–U+06FF Hebrew and Arabic,
    // U+3000–U+9FFF CJK: [`script::simple_lowercase`]) and differ start different lower-case
    // texts, told by their bytes without decoding them.
    let own_lowercase_len = |b: u8| match b {
        0xd7..=0xdb => 2,
        0xe3..=0xe9 => 3,
        _ => 0,
    };
    let n = own_lowercase_len(x);
    if n > 0 && own_lowercase_len(y) > 0 && bytes[prev.start..prev.start + n] != bytes[start..start + n] {
        return false;
    }
    let p = &text[prev.clone()];
    without_clause_end(p).len() == p.len() && may_be_same(p.as_bytes(), &bytes[start..])
}

/// The bytes of a block (32 bytes or fewer) that may start a whitespace character
/// ([`may_be_space`]), bit k for byte k: a flag byte each, then eight flags at a time gathered
/// into bits by one multiplication (flag i lands in bit 56 + i).
#[inline]
fn space_mask(block: &[u8]) -> u32 {
    let mut flags = [0u8; 32];
    for (f, b) in flags.iter_mut().zip(block) {
        *f = u8::from(may_be_space(*b));
    }
    let mut mask = 0u32;
    for (k, eight) in flags.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let x = u64::from_le_bytes(word).wrapping_mul(0x0102_0408_1020_4080);
        mask |= ((x >> 56) as u32) << (8 * k);
    }
    mask
}

/// Whether a byte may start a whitespace character: ASCII up to the space, and the first
/// bytes 0xC2, 0xE1, 0xE2, 0xE3 of U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000.
#[inline]
fn may_be_space(b: u8) -> bool {
    b <= b' ' || b == 0xc2 || (0xe1..=0xe3).contains(&b)
}

/// Whether token `p` and the word at the start of `rest` (the next token, with its clause
/// punctuation trimmed) may be the same but for case, as [`same_word`] compares them. They
/// are compared character by character: equal characters, or characters whose lower case is
/// one character ([`script::simple_lowercase`], never `Σ`) and the same, lower-case to the
/// same number of characters (`Σ` to one, by its place), so the first pair whose simple lower
/// cases differ, a word that ends first, or one that goes on with a character that is neither
/// whitespace nor clause punctuation makes lower-case texts that differ. A pair whose lower
/// case only `to_lowercase` tells may be the same.
fn may_be_same(p: &[u8], rest: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let Some(&x) = p.get(i) {
        let Some(&y) = rest.get(j) else {
            return false;
        };
        match (x.is_ascii(), y.is_ascii()) {
            (true, true) if x.eq_ignore_ascii_case(&y) => (i, j) = (i + 1, j + 1),
            (true, true) => return false,
            _ => {
                let (Some(a), Some(b)) = (first_char(&p[i..]), first_char(&rest[j..])) else {
                    return true;
                };
                if a != b {
                    match (script::simple_lowercase(a), script::simple_lowercase(b)) {
                        (Some(la), Some(lb)) if la != lb => return false,
                        (Some(_), Some(_)) => {}
                        _ => return true,
                    }
                }
                (i, j) = (i + a.len_utf8(), j + b.len_utf8());
            }
        }
    }
    match first_char(&rest[j..]) {
        Some(c) => c.is_whitespace() || ends_clause(c),
        None => true,
    }
}

/// The character at the start of some bytes of a text, decoded by hand (the bytes are a
/// text's from a character's first byte on; None at its end, or where they are not UTF-8).
#[inline]
fn first_char(b: &[u8]) -> Option<char> {
    let &b0 = b.first()?;
    let (len, mut u) = match b0 {
        0..=0x7f => return Some(char::from(b0)),
        0xc0..=0xdf => (2, u32::from(b0 & 0x1f)),
        0xe0..=0xef => (3, u32::from(b0 & 0x0f)),
        0xf0..=0xf7 => (4, u32::from(b0 & 0x07)),
        _ => return None,
    };
    for &c in b.get(1..len)? {
        if c & 0xc0 != 0x80 {
            return None;
        }
        u = u << 6 | u32::from(c & 0x3f);
    }
    char::from_u32(u)
}

/// A word repeated directly in the translation (not in the source).
pub fn repeated_word(source: &str, target: &str, out: &mut Vec<Issue>) {
    // the translation first: most have no repetition, and then the source needs no look
    // (most are told by the byte pass alone)
    if !may_repeat(target) {
        return;
    }
    let Some(word) = repeated(target) else {
        return;
    };
    if may_repeat(source) && repeated(source).is_some() {
        return;
    }
    let offset = target
        .find(&format!("{word} {word}"))
        .or_else(|| target.find(&format!("{word}{word}")))
        .unwrap_or(0);
    out.push(Issue {
        kind: Kind::RepeatedWord { word },
        offset,
    });
}

/// The bracket and quote pairs of a locale: `()[]{}（）「」『』【】«»‹›` everywhere, and the
/// locale's double quotes: `„“` where `“` closes (German, Czech, …), else `“”` and `„”`.
pub(crate) fn pairs(locale: &str) -> Vec<(Vec<char>, Vec<char>)> {
    let mut out: Vec<(Vec<char>, Vec<char>)> = vec![(vec!['(', '（'], vec![')', '）'])];
    out.extend(
        [
            ('[', ']'),
            ('{', '}'),
            ('「', '」'),
            ('『', '』'),
            ('【', '】'),
            ('«', '»'),
            ('‹', '›'),
        ]
        .iter()
        .map(|(o, c)| (vec![*o], vec![*c])),
    );
    let lang = locale.split('-').next().unwrap_or_default();
    if matches!(
        lang,
        "de" | "cs" | "sk" | "sl" | "lt" | "et" | "is" | "ka" | "bg" | "lb"
    ) {
        out.push((vec!['„'], vec!['“']));
    } else if matches!(lang, "sv" | "fi") {
        out.push((vec!['”'], vec!['”'])); // ”citat”: one mark opens and closes
    } else if matches!(lang, "he" | "iw" | "yi") {
        // Hebrew text writes “ציטוט“ as well as ”ציטוט”: either mark opens and closes
        out.push((vec!['“'], vec!['“']));
        out.push((vec!['”'], vec!['”']));
    } else {
        out.push((vec!['“', '„'], vec!['”']));
    }
    out
}

/// Where a pair goes wrong in a text: the offset of the first closer without an opener, or of
/// the first opener left open; None when every one pairs. `«` and `»` are read both ways
/// (Danish and Swedish quote »like this«) when no `«` comes first.
/// Only the characters of the pair are read (found by byte, [`super::scan::CharsOf`]): the
/// others do not change the stack.
fn unpaired(text: &str, open: &[char], close: &[char]) -> Option<usize> {
    let mut stack = Vec::new();
    for (i, c) in super::scan::CharsOf::new(text, open, close) {
        if open.contains(&c) && close.contains(&c) {
            if stack.pop().is_none() {
                stack.push(i);
            }
        } else if open.contains(&c) {
            stack.push(i);
        } else if close.contains(&c) && stack.pop().is_none() {
            return Some(i);
        }
    }
    stack.first().copied()
}

/// A bracket or quote of the locale that pairs in the source but not in the translation.
pub fn unpaired_bracket(src: &Inline, tgt: &Inline, target: &str, ctx: &Context, out: &mut Vec<Issue>) {
    // A quote the source leaves open (straight or curly) belongs to a quotation spanning
    // segments; the translation's quote of any style answers it.
    let prepared = super::scan::pairs(&ctx.locale, pairs);
    let present = prepared.present(&tgt.visible);
    if present == 0 {
        return; // no bracket or quote of the locale in the translation
    }
    let locale_pairs = &prepared.pairs;
    let is_quote = |open: &[char]| !matches!(open.first(), Some('(' | '[' | '{' | '【'));
    let quote_open = std::cell::OnceCell::new();
    let quote_open = || {
        *quote_open.get_or_init(|| {
            let english = super::scan::pairs("en", pairs);
            memchr::memchr_iter(b'"', src.visible.as_bytes()).count() % 2 == 1
                || locale_pairs
                    .iter()
                    .chain(english.pairs.iter())
                    .filter(|(o, _)| is_quote(o))
                    .any(|(o, c)| {
                        unpaired(&src.visible, o, c).is_some()
                            && (o.as_slice() != ['«'] || unpaired(&src.visible, c, o).is_some())
                    })
        })
    };
    for (k, (open, close)) in locale_pairs.iter().enumerate() {
        let (s, t): (&str, &str) = (&src.visible, &tgt.visible);
        // (the one pass's answer where it is exact)
        let absent = match prepared.exact(k) {
            true => present & (1 << k) == 0,
            false => super::scan::CharsOf::new(t, open, close).next().is_none(),
        };
        if absent {
            continue;
        }
        if is_quote(open) && quote_open() {
            continue;
        }
        let source_ok =
            unpaired(s, open, close).is_none() || (*open == ['«'] && unpaired(s, close, open).is_none());
        let target_ok =
            unpaired(t, open, close).is_none() || (*open == ['«'] && unpaired(t, close, open).is_none());
        if source_ok && !target_ok {
            let at = unpaired(t, open, close).unwrap_or(0);
            let bracket = t[at..].chars().next().unwrap_or(open[0]);
            let offset = target.find(bracket).unwrap_or(0);
            out.push(Issue {
                kind: Kind::UnpairedBracket {
                    bracket: bracket.to_string(),
                },
                offset,
            });
        }
    }
}

/// The alphanumeric tokens of a text that must be copied: a letter first with a digit in it
/// (`KB5001330`, `E3`, `M365`), anything with `_` (`SPE_E3`), hexadecimal `0x…`; not an
/// ordinal or a number with its unit (`3rd`, `10GB`).
pub fn alphanumeric_tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // every token kept has an ASCII digit or `_`
    if !super::scan::any_byte(bytes, |b| b.is_ascii_digit() || b == b'_') {
        return out;
    }
    // The tokens are split at every character but ASCII letters, digits and `_`: by byte,
    // every byte of a non-ASCII character splits too (none is an ASCII letter, digit or `_`).
    // Each kind of token kept has a digit or `_`: only the tokens around those bytes are read,
    // in order, each once.
    let in_token = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut end = 0;
    for at in super::scan::hits(bytes, |b| b.is_ascii_digit() || b == b'_') {
        if at < end {
            continue; // in the token just read
        }
        let start = bytes[..at]
            .iter()
            .rposition(|b| !in_token(*b))
            .map_or(0, |i| i + 1);
        end = bytes[at..]
            .iter()
            .position(|b| !in_token(*b))
            .map_or(bytes.len(), |i| at + i);
        let t = &text[start..end];
        if t.len() < 2 {
            continue;
        }
        let digit = t.bytes().any(|b| b.is_ascii_digit());
        let letter = t.bytes().any(|b| b.is_ascii_alphabetic());
        let hex = t.len() > 2 && t.starts_with("0x") && t[2..].bytes().all(|b| b.is_ascii_hexdigit());
        let coded = t.starts_with(|c: char| c.is_ascii_alphabetic()) && digit;
        let underscored = t.contains('_') && letter && t.trim_matches('_').contains('_');
        // quarters and halves of a year are translated (`Q1` → `ברבעון הראשון`)
        let period = matches!(t, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2");
        if t.len() >= 2 && (hex || coded || underscored) && !period {
            out.push(t);
        }
    }
    out
}

/// A numbered example name or level (`User1`, `Subfolder2`, `tier1`: an English word and a
/// number) may be translated with its number kept (`Bruker1`, `utilisateur 2`, `המשתמש1`,
/// `用户1`, `niveau 1`, `第 1 层`): the translation has a word of letters of any script, then
/// the same number.
fn numbered_name_kept(token: &str, target: &str) -> bool {
    let digits = token.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let word = &token[..token.len() - digits.len()];
    let named = word.len() >= 3
        && word.starts_with(|c: char| c.is_ascii_alphabetic())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase())
        && !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit());
    if !named {
        return false;
    }
    let mut from = 0;
    while let Some(i) = target[from..].find(digits) {
        let at = from + i;
        let end = at + digits.len();
        let before = target[..at].trim_end_matches([' ', '\u{a0}']).chars().next_back();
        let after = target[end..].chars().next();
        // (a letter may follow in scripts without spaces: `用户1能够`)
        if before.is_some_and(char::is_alphabetic) && !after.is_some_and(script::is_digit) {
            return true;
        }
        from = end;
    }
    false
}

/// A version (`v1.0`) may be written with the language's word for it (`version 1.0`, `1.0 版`,
/// `versjon 1.0`): the translation has its number, not after a lone `v` (`v 1.0` is the code
/// broken, not translated).
fn version_kept(token: &str, source: &str, target: &str) -> bool {
    let is_version =
        token.len() >= 2 && token.starts_with(['v', 'V']) && token[1..].bytes().all(|b| b.is_ascii_digit());
    let Some(at) = source.find(token).filter(|_| is_version) else {
        return false;
    };
    let number: String = source[at + 1..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let number = number.trim_end_matches('.');
    let mut from = 0;
    while let Some(i) = target[from..].find(number) {
        let at = from + i;
        let end = at + number.len();
        let before = target[..at].trim_end();
        let glued_digit = target[..at].ends_with(|c: char| c.is_ascii_digit())
            || target[end..].starts_with(|c: char| c.is_ascii_digit());
        let lone_v = before.ends_with(['v', 'V'])
            && !before[..before.len() - 1].ends_with(|c: char| c.is_alphanumeric());
        if !glued_digit && !lone_v {
            return true;
        }
        from = end;
    }
    false
}

/// Each alphanumeric token of the source's visible text must be in the translation's.
pub fn alphanumeric_mismatch(src: &Inline, tgt: &Inline, target: &str, out: &mut Vec<Issue>) {
    // codes and host names ignore case (`outlook.office365.com`, GUIDs); a short form may be
    // written out (`O365` → `Office 365`)
    let tokens = alphanumeric_tokens(&src.visible);
    if tokens.is_empty() {
        return;
    }
    // (the tokens are ASCII: compared ignoring ASCII case, as their lower case would be)
    let have = alphanumeric_tokens(&tgt.visible);
    // (made for a token not found otherwise)
    let visible = std::cell::OnceCell::new();
    let visible = || visible.get_or_init(|| spaces_plain(&tgt.visible).to_lowercase());
    let written_out = |token: &str| match token {
        _ if token.eq_ignore_ascii_case("o365") || token.eq_ignore_ascii_case("office365") => {
            visible().contains("office 365")
        }
        _ if token.eq_ignore_ascii_case("m365") => visible().contains("microsoft 365"),
        _ => false,
    };
    let mut reported: Vec<&str> = Vec::new();
    for token in tokens {
        // a code glued to the next word (a lost space after a link: `KB4554354eller`) is
        // the code kept; that space is `missing-space`'s to report
        // (on either side: `starteSetupProd_OffScrub.exefilen`)
        let glued = have.iter().any(|t| {
            find_ignore_ascii_case(t, token).is_some_and(|at| {
                let (before, after) = (&t[..at], &t[at + token.len()..]);
                !(before.is_empty() && after.is_empty())
                    && before.chars().all(|c| c.is_ascii_alphabetic())
                    && after.chars().all(|c| c.is_ascii_alphabetic())
            })
        });
        if !have.iter().any(|t| t.eq_ignore_ascii_case(token))
            && !glued
            && !written_out(token)
            && !numbered_name_kept(token, &tgt.visible)
            && !version_kept(token, &src.visible, &tgt.visible)
            && !reported.contains(&token)
        {
            reported.push(token);
            out.push(Issue {
                kind: Kind::AlphanumericMismatch {
                    token: token.to_owned(),
                },
                offset: target.find(token).unwrap_or(0),
            });
        }
    }
}

pub mod casing;
pub mod number;
pub mod signature;

#[cfg(test)]
mod tests;
