//! Pseudo-locales made on the fly from en-US text: en-XA (accented and about 35% longer) and
//! ar-XB (right-to-left), for testing layout and bidi without a translation.
//!
//! Input: one message's inline Markdown; output: the same Markdown with only its text changed.
//! Markdown syntax, link destinations and titles, autolinks, bare URLs, code, HTML tags, entities
//! and backslash escapes come out byte-identical.
//!
//! ```
//! use taskguide::l10n::pseudo::Pseudo;
//!
//! let text = "Select **Save** in [Users](https://admin.microsoft.com).";
//! assert_eq!(
//!     Pseudo::Accented.transform(text),
//!     "[Šéļééçţ **Šååṽé** îîñ [ÛÛšééŕš](https://admin.microsoft.com).]"
//! );
//! ```
//!
//! How: pulldown-cmark's offset iterator gives the byte ranges of the text events (outside code
//! blocks, front matter, autolinks and reference labels); within them only ASCII letters and
//! digits change. The brackets go around the message's inline content, so they sit inside
//! leading and trailing whitespace and after block markers (`#`, `1.`, `>`). Finally the output
//! is parsed again: if anything but its text differs from the input (say an added bracket made a
//! link), the message is redone without brackets, and failing that given back unchanged.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use unic_langid::{langid, LanguageIdentifier};

use crate::doc::outline::markdown_options;

/// A pseudo-locale: a made-up locale whose messages are generated from the en-US ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pseudo {
    /// en-XA: ASCII letters become accented look-alikes (`a` → `å`, as in Android's and
    /// Chromium's en-XA), vowels are repeated so the text grows by about 35%, and each message
    /// is bracketed: `[Šéļééçţ **Šååṽé**]`. Shows hard-coded strings, truncation and encoding bugs.
    Accented,
    /// ar-XB: each word is wrapped in U+202E RIGHT-TO-LEFT OVERRIDE … U+202C POP DIRECTIONAL
    /// FORMATTING, as Chromium's ar-XB does, so English displays mirrored (`evaS`); each message
    /// is bracketed between U+200F RIGHT-TO-LEFT MARKs (`RLM[ … ]RLM`) so its direction is
    /// right-to-left. Shows layout that does not mirror.
    Bidi,
}

/// How much longer en-XA text is than its source, in percent of its visible characters.
const GROWTH_PERCENT: usize = 35;
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';
const RLM: char = '\u{200F}';

/// Accented look-alikes of `a`..=`z` and `A`..=`Z`: every one a Unicode letter, so Markdown's
/// emphasis rules treat it as they treated the ASCII letter.
const LOWER: [char; 26] = [
    'å', 'ɓ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ḿ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ţ', 'û',
    'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const UPPER: [char; 26] = [
    'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ḿ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û',
    'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

impl Pseudo {
    /// Every pseudo-locale.
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Bidi];

    /// The pseudo-locale a tag names: en-XA → [`Pseudo::Accented`], ar-XB → [`Pseudo::Bidi`]
    /// (language and region decide; script and variants are ignored), anything else → `None`.
    pub fn for_locale(locale: &LanguageIdentifier) -> Option<Pseudo> {
        Self::ALL.into_iter().find(|pseudo| {
            let own = pseudo.locale();
            own.language == locale.language && own.region == locale.region
        })
    }

    /// The locale tag: en-XA or ar-XB.
    pub fn locale(self) -> LanguageIdentifier {
        match self {
            Pseudo::Accented => langid!("en-XA"),
            Pseudo::Bidi => langid!("ar-XB"),
        }
    }

    /// Pseudo-localizes one message: inline Markdown, possibly over several lines, after Fluent
    /// formatting (placeables are not recognized). Only text changes; a message without inline
    /// content (empty, whitespace, a code block or an HTML block alone) comes back unchanged.
    /// Never panics.
    pub fn transform(self, markdown: &str) -> String {
        let source = Scan::new(markdown);
        let Some(inline) = source.inline.clone() else {
            return markdown.to_owned();
        };
        let protected = bare_urls(markdown);
        let texts: Vec<Text> = source
            .texts
            .iter()
            .map(|range| Text {
                range: range.clone(),
                units: units(markdown, range.clone(), &protected),
            })
            .collect();
        for brackets in [Some(inline), None] {
            let out = self.rewrite(markdown, &texts, brackets);
            if Scan::new(&out).skeleton == source.skeleton {
                return out;
            }
        }
        markdown.to_owned()
    }

    fn rewrite(self, markdown: &str, texts: &[Text], brackets: Option<Range<usize>>) -> String {
        let mut spread = Spread::new(texts);
        let mut out = String::with_capacity(markdown.len() * 2);
        let mut cursor = 0;
        if let Some(open) = brackets.as_ref().map(|b| b.start) {
            out.push_str(&markdown[..open]);
            cursor = open;
            if self == Pseudo::Bidi {
                out.push(RLM);
            }
            out.push('[');
        }
        for Text { range, units } in texts {
            if range.start < cursor {
                continue;
            }
            out.push_str(&markdown[cursor..range.start]);
            match self {
                Pseudo::Accented => accent(units, &mut spread, &mut out),
                Pseudo::Bidi => override_words(units, &mut out),
            }
            cursor = range.end;
        }
        if let Some(close) = brackets.map(|b| b.end.max(cursor)) {
            out.push_str(&markdown[cursor..close]);
            cursor = close;
            if markdown[..close].ends_with('\\') {
                out.push(' '); // `\]` would be an escape and hide the backslash
            }
            out.push(']');
            if self == Pseudo::Bidi {
                out.push(RLM);
            }
        }
        out.push_str(&markdown[cursor..]);
        out
    }
}

/// What one parse of a message yields.
struct Scan<'a> {
    /// Byte ranges of the text to transform, in order.
    texts: Vec<Range<usize>>,
    /// From the start of the first inline element to the end of the last.
    inline: Option<Range<usize>>,
    /// Every event but text: what must not change.
    skeleton: Vec<Event<'a>>,
}

impl<'a> Scan<'a> {
    fn new(markdown: &'a str) -> Self {
        let mut scan = Scan {
            texts: Vec::new(),
            inline: None,
            skeleton: Vec::new(),
        };
        let mut in_block = 0usize; // code blocks and front matter: their text is not prose
        let mut kept_links: Vec<bool> = Vec::new(); // per open link: is its text kept verbatim?
        for (event, range) in Parser::new_ext(markdown, markdown_options()).into_offset_iter() {
            match &event {
                Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_)) => in_block += 1,
                Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_)) => {
                    in_block = in_block.saturating_sub(1);
                }
                Event::Start(Tag::Link { link_type, .. }) => kept_links.push(keeps_text(*link_type)),
                Event::End(TagEnd::Link) => {
                    kept_links.pop();
                }
                _ => {}
            }
            let is_text = matches!(event, Event::Text(_));
            let after_last = scan.texts.last().map_or(0, |last| last.end);
            let range = if is_text {
                with_escape(markdown, range, after_last)
            } else {
                range
            };
            if in_block == 0 && is_inline(&event) && markdown.get(range.clone()).is_some() {
                scan.inline = Some(match scan.inline.take() {
                    Some(span) => span.start.min(range.start)..span.end.max(range.end),
                    None => range.clone(),
                });
                if is_text && !kept_links.contains(&true) && range.start >= after_last {
                    scan.texts.push(range);
                }
            }
            if !is_text {
                scan.skeleton.push(event);
            }
        }
        scan
    }
}

/// A text event for an escaped character (`\>`) starts after the backslash: moves its start
/// back onto the backslash, so nothing gets inserted between the two.
fn with_escape(markdown: &str, range: Range<usize>, after_last: usize) -> Range<usize> {
    let before = markdown.get(after_last..range.start).unwrap_or("");
    let backslashes = before.bytes().rev().take_while(|&b| b == b'\\').count();
    let escaped = markdown.get(range.start..).and_then(|rest| rest.chars().next());
    if backslashes % 2 == 1 && escaped.is_some_and(|c| c.is_ascii_punctuation()) {
        range.start - 1..range.end
    } else {
        range
    }
}

/// Link text that must stay as it is: an autolink's text is its URL, and a collapsed or
/// shortcut reference's text is the label that finds its definition.
fn keeps_text(link_type: LinkType) -> bool {
    !matches!(
        link_type,
        LinkType::Inline | LinkType::Reference | LinkType::ReferenceUnknown
    )
}

fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::FootnoteReference(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        _ => false,
    }
}

/// A run of text to transform: its byte range and its characters, classified.
struct Text {
    range: Range<usize>,
    units: Vec<Unit>,
}

/// A character of text and what may happen to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// An ASCII letter: accented in en-XA, part of a word in ar-XB.
    Letter(char),
    /// Another letter or digit: part of a word in ar-XB.
    Word(char),
    /// Punctuation, whitespace, escapes, entities: kept.
    Kept(char),
    /// Part of a bare URL: kept, and not counted as text that grows.
    Url(char),
}

/// Classifies the characters of `markdown[range]`.
fn units(markdown: &str, range: Range<usize>, protected: &[Range<usize>]) -> Vec<Unit> {
    let text = &markdown[range.clone()];
    let mut units = Vec::with_capacity(text.len());
    let mut kept_until = 0; // relative to `text`: the end of an escape or entity
    for (at, ch) in text.char_indices() {
        let rest = &text[at..];
        if protected.iter().any(|r| r.contains(&(range.start + at))) {
            units.push(Unit::Url(ch));
            continue;
        }
        if at < kept_until {
            units.push(Unit::Kept(ch));
            continue;
        }
        let verbatim = match ch {
            '\\' => rest[1..]
                .chars()
                .next()
                .filter(char::is_ascii_punctuation)
                .map_or(0, |_| 2),
            '&' => entity_len(rest),
            _ => 0,
        };
        kept_until = at + verbatim;
        units.push(match ch {
            _ if verbatim > 0 => Unit::Kept(ch),
            'a'..='z' | 'A'..='Z' => Unit::Letter(ch),
            _ if ch.is_alphanumeric() => Unit::Word(ch),
            _ => Unit::Kept(ch),
        });
    }
    units
}

/// The length of the character reference `text` starts with (`&nbsp;`, `&#160;`, `&#xA0;`), or 0.
fn entity_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (digits_from, max, is_digit): (usize, usize, fn(&u8) -> bool) = match bytes.get(1..3) {
        Some([b'#', b'x' | b'X']) => (3, 6, u8::is_ascii_hexdigit),
        Some([b'#', _]) => (2, 7, u8::is_ascii_digit),
        _ if bytes.get(1).is_some_and(u8::is_ascii_alphabetic) => (1, 32, u8::is_ascii_alphanumeric),
        _ => return 0,
    };
    let digits = bytes[digits_from..].iter().take_while(|b| is_digit(b)).count();
    match bytes.get(digits_from + digits) {
        Some(b';') if (1..=max).contains(&digits) => digits_from + digits + 1,
        _ => 0,
    }
}

/// Byte ranges of bare URLs (`https://…`, `www.…`, up to whitespace or `<`/`>`): left alone even
/// where they are plain text.
fn bare_urls(markdown: &str) -> Vec<Range<usize>> {
    let mut urls = Vec::new();
    for prefix in ["http://", "https://", "www.", "mailto:"] {
        for (start, _) in markdown.match_indices(prefix) {
            let after_word = markdown[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if after_word {
                continue;
            }
            let len = markdown[start..]
                .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
                .unwrap_or(markdown.len() - start);
            urls.push(start..start + len);
        }
    }
    urls
}

/// Spreads en-XA's extra characters evenly over the message's vowels (or, lacking vowels, its
/// letters): each gets repeated once or more, so every word stays readable.
struct Spread {
    extra: usize,
    carriers: usize,
    vowels_carry: bool,
    seen: usize,
}

impl Spread {
    fn new(texts: &[Text]) -> Self {
        let (mut visible, mut letters, mut vowels) = (0, 0, 0);
        for text in texts {
            for &unit in &text.units {
                visible += usize::from(!matches!(unit, Unit::Url(_)));
                if let Unit::Letter(ch) = unit {
                    letters += 1;
                    vowels += usize::from(is_vowel(ch));
                }
            }
        }
        // The brackets count towards the growth.
        let extra = ((visible * GROWTH_PERCENT + 50) / 100).saturating_sub(2);
        // Vowels carry it unless each would need more than two extra copies.
        let vowels_carry = vowels > 0 && 2 * vowels >= extra;
        let carriers = if vowels_carry { vowels } else { letters };
        Spread {
            extra,
            carriers,
            vowels_carry,
            seen: 0,
        }
    }

    /// How many extra copies the letter `ch`, met next, gets.
    fn copies(&mut self, ch: char) -> usize {
        if self.carriers == 0 || (self.vowels_carry && !is_vowel(ch)) {
            return 0;
        }
        let i = self.seen.min(self.carriers - 1);
        self.seen += 1;
        ((i + 1) * self.extra / self.carriers).saturating_sub(i * self.extra / self.carriers)
    }
}

fn is_vowel(ch: char) -> bool {
    matches!(ch.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// en-XA: accents ASCII letters and repeats vowels.
fn accent(units: &[Unit], spread: &mut Spread, out: &mut String) {
    for unit in units {
        match *unit {
            Unit::Letter(ch) => {
                let accented = accented(ch);
                for _ in 0..=spread.copies(ch) {
                    out.push(accented);
                }
            }
            Unit::Word(ch) | Unit::Kept(ch) | Unit::Url(ch) => out.push(ch),
        }
    }
}

fn accented(ch: char) -> char {
    match ch {
        'a'..='z' => LOWER[usize::from(ch as u8 - b'a')],
        'A'..='Z' => UPPER[usize::from(ch as u8 - b'A')],
        _ => ch,
    }
}

/// ar-XB: wraps each run of letters and digits in RLO … PDF.
fn override_words(units: &[Unit], out: &mut String) {
    let mut in_word = false;
    for unit in units {
        let (ch, is_word) = match *unit {
            Unit::Letter(ch) | Unit::Word(ch) => (ch, true),
            Unit::Kept(ch) | Unit::Url(ch) => (ch, false),
        };
        if is_word != in_word {
            out.push(if is_word { RLO } else { PDF });
            in_word = is_word;
        }
        out.push(ch);
    }
    if in_word {
        out.push(PDF);
    }
}

#[cfg(test)]
mod tests;
