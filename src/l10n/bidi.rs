//! Right-to-left text in a terminal: the wizard's Hebrew (or Arabic, Persian, Urdu) lines with
//! left-to-right runs in them (sign-in names, SKU names, numbers, commands) kept left to right.
//!
//! Input: a line of text in a right-to-left locale; output: the same text with two kinds of
//! invisible marks that the Unicode bidi algorithm reads as strong characters:
//!
//! - U+200F RIGHT-TO-LEFT MARK at the start of each line, so that a terminal that picks the
//!   paragraph direction from the first strong character (VTE/GNOME Terminal with autodetection,
//!   Konsole, mlterm) lays the line out right to left even when it starts with a name or number;
//! - U+200E LEFT-TO-RIGHT MARK before and after each left-to-right run, so that the punctuation
//!   at its edges (`(SPE_E3)`, `<ola@contoso.example>`, `--out`, `-3`) stays with the run
//!   instead of being mirrored into the Hebrew around it.
//!
//! Why marks and not the isolates Fluent uses (U+2068 FSI … U+2069 PDI, or LRI … PDI): a
//! terminal keeps characters in cells, and the isolates only work as a matched pair; the
//! terminal BiDi draft of the freedesktop terminal working group (which VTE implements) leaves
//! tracking them open, and emulators without bidi (or with older wcwidth tables and fonts) may
//! draw U+2066..U+2069 (Unicode 6.3) as a box or give them a column. LRM and RLM are single
//! strong characters from Unicode 1.1: zero width in glibc's `wcwidth` and in `unicode-width`
//! (so `inquire` measures prompts right), a mark that a terminal drops costs nothing, and an
//! unmatched one cannot reorder the rest of the line. Microsoft's Hebrew documentation uses
//! the same marks. The marks sit only at run boundaries, never inside a run: a sign-in name,
//! a path or a part number is one unbroken run and stays byte for byte the same, so it can be
//! copied from the terminal.
//!
//! Text that is not in a right-to-left locale is returned unchanged, and machine-read output
//! (JSON, files) never gets the marks: only the wizard asks for them.

use unic_langid::LanguageIdentifier;

/// U+200E LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200e}';
/// U+200F RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200f}';

/// Whether `locale` is written right to left (by its script, else by its language).
pub fn is_rtl(locale: &LanguageIdentifier) -> bool {
    if let Some(script) = locale.script {
        return matches!(
            script.as_str(),
            "Arab" | "Hebr" | "Syrc" | "Thaa" | "Nkoo" | "Adlm" | "Rohg"
        );
    }
    matches!(
        locale.language.as_str(),
        "ar" | "he" | "iw" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "ckb" | "dv" | "syr"
    )
}

/// How the bidi algorithm sees a character, as far as this module needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A right-to-left letter (Hebrew, Arabic, …).
    Rtl,
    /// A left-to-right letter or a digit: what a run is made of.
    Ltr,
    /// Whitespace: ends a run's leading punctuation.
    Space,
    /// Punctuation and symbols.
    Neutral,
    /// An ANSI escape sequence (colours): transparent, never split.
    Escape,
}

fn class(c: char) -> Class {
    let u = c as u32;
    let rtl = matches!(u,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
    if rtl {
        if c.is_alphabetic() || (0x05D0..=0x05EA).contains(&u) {
            Class::Rtl
        } else if c.is_numeric() {
            Class::Ltr // Arabic-Indic digits are weak like European ones: kept with the run
        } else {
            Class::Neutral
        }
    } else if c.is_alphanumeric() {
        Class::Ltr
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Neutral
    }
}

/// One line split into classified pieces (an escape sequence is one piece).
fn pieces(line: &str) -> Vec<(Class, &str)> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let len = if c == '\u{1b}' {
            escape_len(rest)
        } else {
            c.len_utf8()
        };
        let (piece, tail) = rest.split_at(len);
        let class = if c == '\u{1b}' { Class::Escape } else { class(c) };
        out.push((class, piece));
        rest = tail;
    }
    out
}

/// The length of the ANSI escape sequence at the start of `s` (CSI `ESC [ … final`, OSC
/// `ESC ] … BEL/ST`, or ESC and one character).
fn escape_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    match bytes.get(1) {
        Some(b'[') => bytes[2..]
            .iter()
            .position(|b| (0x40..=0x7e).contains(b))
            .map_or(s.len(), |i| i + 3),
        Some(b']') => {
            let body = &s[2..];
            match (body.find('\u{7}'), body.find("\u{1b}\\")) {
                (Some(b), Some(st)) if st < b => st + 4,
                (Some(b), _) => b + 3,
                (None, Some(st)) => st + 4,
                (None, None) => s.len(),
            }
        }
        Some(_) => 1 + s[1..].chars().next().map_or(0, char::len_utf8),
        None => 1,
    }
}

fn opens(c: &str) -> Option<&'static str> {
    match c {
        "(" => Some(")"),
        "[" => Some("]"),
        "{" => Some("}"),
        "<" => Some(">"),
        "\"" => Some("\""),
        "'" => Some("'"),
        "“" => Some("”"),
        _ => None,
    }
}

/// Sentence punctuation that follows a run but belongs to the right-to-left sentence.
fn ends_sentence(c: &str) -> bool {
    matches!(c, "." | "," | ";" | "!" | "?" | "،" | "؛" | "؟")
}

/// Whether the gap between two left-to-right pieces separates them into two runs: it has a
/// space and a separator (`, `, `: `, ` · `, ` — `, ` › `, ` → `).
fn separates(gap: &[(Class, &str)]) -> bool {
    gap.iter().any(|(c, _)| *c == Class::Space)
        && gap.iter().any(|(_, s)| {
            matches!(
                *s,
                "," | ";" | ":" | "·" | "›" | "—" | "–" | "→" | "|" | "•" | "،" | "؛"
            )
        })
}

/// Marks one line: see the module documentation.
fn mark_line(line: &str, out: &mut String) {
    let cleaned: String = line.chars().filter(|&c| c != LRM && c != RLM).collect();
    if cleaned.trim().is_empty() {
        out.push_str(&cleaned);
        return;
    }
    let p = pieces(&cleaned);
    // Each run: [start, end) in pieces.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < p.len() {
        if p[i].0 != Class::Ltr {
            i += 1;
            continue;
        }
        // Leading punctuation glued to the run (`--out`, `(SPE_E3`, `<ola`), if nothing
        // right-to-left is glued to it in turn (`ה-Front` keeps its hyphen Hebrew).
        let mut start = i;
        while start > 0 && p[start - 1].0 == Class::Neutral {
            start -= 1;
        }
        let glued_to_rtl = start > 0 && p[start - 1].0 == Class::Rtl;
        let previous_end = runs.last().map_or(0, |r| r.1);
        if glued_to_rtl || start < previous_end {
            start = i;
        }
        // The run goes on until a right-to-left letter or a separator between spaces
        // (`Petter Vik: › +SPE_E3`, `SPE_E3, EMS`, `E3 (SPE_E3) — 5`: two runs each, the
        // separator the sentence's); it ends on its last letter or digit.
        let mut last = i;
        let mut j = i;
        while j < p.len() && p[j].0 != Class::Rtl {
            if p[j].0 == Class::Ltr {
                if j > last + 1 && separates(&p[last + 1..j]) {
                    j = last + 1;
                    break;
                }
                last = j;
            }
            j += 1;
        }
        let mut end = last + 1;
        // Trailing punctuation glued to the run stays with it, except the sentence's own
        // (`graph:` and `content/` keep their ending; the full stop after a name does not),
        // and a closing bracket stays when the run opened it.
        let mut depth: Vec<&str> = Vec::new();
        for (_, s) in &p[start..end] {
            if depth.last() == Some(s) {
                depth.pop();
            } else if let Some(close) = opens(s) {
                depth.push(close);
            }
        }
        while end < p.len() && p[end].0 == Class::Neutral {
            let s = p[end].1;
            // A colon before a space or the line's end is the sentence's (`של Petter Vik:`);
            // one glued to more (`sqlite:PATH`) is inside the run anyway.
            let line_ends = p
                .get(end + 1)
                .is_none_or(|(c, _)| matches!(c, Class::Space | Class::Escape));
            if depth.last() == Some(&s) {
                depth.pop();
            } else if ends_sentence(s)
                || (s == ":" && line_ends)
                || opens(s).is_some()
                || matches!(s, ")" | "]" | "}" | ">" | "”")
            {
                break;
            }
            end += 1;
        }
        runs.push((start, end));
        i = j.max(end);
    }
    out.push(RLM);
    let mut next = 0;
    for (start, end) in runs {
        p[next..start].iter().for_each(|(_, s)| out.push_str(s));
        out.push(LRM);
        p[start..end].iter().for_each(|(_, s)| out.push_str(s));
        out.push(LRM);
        next = end;
    }
    p[next..].iter().for_each(|(_, s)| out.push_str(s));
}

/// `text` with its left-to-right runs marked for a right-to-left terminal (see the module
/// documentation); marks already in `text` are replaced, so marking twice changes nothing.
pub fn mark_ltr_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        mark_line(line, &mut out);
    }
    out
}

/// `text` for a terminal in `locale`: marked if the locale is right to left, else unchanged.
pub fn for_terminal(locale: &LanguageIdentifier, text: &str) -> String {
    if is_rtl(locale) {
        mark_ltr_runs(text)
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    /// The marks made visible.
    fn show(s: &str) -> String {
        s.replace(LRM, "⟨L⟩").replace(RLM, "⟨R⟩")
    }

    #[test]
    fn right_to_left_locales_are_known_by_language_or_script() {
        assert!(is_rtl(&langid!("he-IL")));
        assert!(is_rtl(&langid!("ar")));
        assert!(is_rtl(&langid!("fa-IR")));
        assert!(!is_rtl(&langid!("nb-NO")));
        assert!(!is_rtl(&langid!("zh-CN")));
        assert!(is_rtl(&langid!("pa-Arab")));
        assert!(!is_rtl(&langid!("az-Latn")));
    }

    #[test]
    fn names_and_numbers_are_marked_at_their_edges_only() {
        let text = "השינוי עבור Petter Vik <petter.vik@contoso-demo.example>:";
        assert_eq!(
            show(&mark_ltr_runs(text)),
            "⟨R⟩השינוי עבור ⟨L⟩Petter Vik <petter.vik@contoso-demo.example>⟨L⟩:"
        );
        assert_eq!(
            show(&mark_ltr_runs("שלב 1 מתוך 4")),
            "⟨R⟩שלב ⟨L⟩1⟨L⟩ מתוך ⟨L⟩4⟨L⟩"
        );
        assert_eq!(
            show(&mark_ltr_runs(
                "• Microsoft 365 E3 (SPE_E3) — 5 מתוך 30, SPE_E3, EMS"
            )),
            "⟨R⟩• ⟨L⟩Microsoft 365 E3 (SPE_E3)⟨L⟩ — ⟨L⟩5⟨L⟩ מתוך ⟨L⟩30⟨L⟩, ⟨L⟩SPE_E3⟨L⟩, ⟨L⟩EMS⟨L⟩"
        );
        assert_eq!(
            show(&mark_ltr_runs("sqlite:PATH ו-1,234 ו-SKU:PLAN,X")),
            "⟨R⟩⟨L⟩sqlite:PATH⟨L⟩ ו-⟨L⟩1,234⟨L⟩ ו-⟨L⟩SKU:PLAN,X⟨L⟩"
        );
    }

    #[test]
    fn brackets_opened_in_a_run_close_in_it_and_sentence_ends_stay_outside() {
        assert_eq!(
            show(&mark_ltr_runs("• Microsoft 365 E3 (SPE_E3)")),
            "⟨R⟩• ⟨L⟩Microsoft 365 E3 (SPE_E3)⟨L⟩"
        );
        assert_eq!(
            show(&mark_ltr_runs("ראה את ה-README.")),
            "⟨R⟩ראה את ה-⟨L⟩README⟨L⟩."
        );
        assert_eq!(
            show(&mark_ltr_runs("עם --out דף, או (SPE_E3) כאן")),
            "⟨R⟩עם ⟨L⟩--out⟨L⟩ דף, או ⟨L⟩(SPE_E3)⟨L⟩ כאן"
        );
        assert_eq!(
            show(&mark_ltr_runs("הבית (נמצא sqlite:) כאן")),
            "⟨R⟩הבית (נמצא ⟨L⟩sqlite:⟨L⟩) כאן"
        );
        assert_eq!(
            show(&mark_ltr_runs("הרישיונות של Petter Vik: סמן")),
            "⟨R⟩הרישיונות של ⟨L⟩Petter Vik⟨L⟩: סמן"
        );
    }

    #[test]
    fn colours_pass_through_whole_and_marking_twice_changes_nothing() {
        let text = "\u{1b}[1mשלב 2 מתוך 4\u{1b}[0m\nבחר **Users** ב-\u{1b}[36mActive users\u{1b}[0m.";
        let once = mark_ltr_runs(text);
        assert_eq!(
            show(&once),
            "⟨R⟩\u{1b}[1mשלב ⟨L⟩2⟨L⟩ מתוך ⟨L⟩4⟨L⟩\u{1b}[0m\n⟨R⟩בחר ⟨L⟩**Users**⟨L⟩ ב-\u{1b}[36m⟨L⟩Active users⟨L⟩\u{1b}[0m."
        );
        assert_eq!(mark_ltr_runs(&once), once);
    }

    proptest::proptest! {
        #[test]
        fn marking_adds_only_marks_is_stable_and_never_panics(
            text in "[a-zA-Z0-9 .,:;()<>@\\-—·›+/\u{5d0}-\u{5ea}\u{1b}\\[\n\u{200e}\u{200f}]{0,40}"
        ) {
            let once = mark_ltr_runs(&text);
            let strip = |s: &str| s.chars().filter(|&c| c != LRM && c != RLM).collect::<String>();
            proptest::prop_assert_eq!(strip(&once), strip(&text));
            proptest::prop_assert_eq!(mark_ltr_runs(&once), once.clone());
        }
    }

    #[test]
    fn empty_lines_stay_empty_and_left_to_right_locales_are_untouched() {
        assert_eq!(mark_ltr_runs("א\n\nב"), "\u{200f}א\n\n\u{200f}ב");
        assert_eq!(for_terminal(&langid!("nb-NO"), "Steg 1 av 4"), "Steg 1 av 4");
        assert_eq!(for_terminal(&langid!("zh-CN"), "第 1 步"), "第 1 步");
    }
}
