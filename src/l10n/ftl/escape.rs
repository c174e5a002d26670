//! Any string → the FTL text of a message value that formats back to exactly that string.
//!
//! Text is written as-is wherever Fluent reads it back unchanged; everything else goes into
//! string-literal placeables (`{"…"}`), adjacent escapes sharing one literal. The rules, each
//! from fluent-syntax 0.12's pattern parser:
//!
//! - `{` and `}` always start or end a placeable;
//! - a carriage return is never written raw (CRLF becomes LF), nor are other control
//!   characters (tab excepted), line and paragraph separators or a byte order mark;
//! - leading whitespace of the value and trailing whitespace of every line are trimmed or
//!   taken as indentation, so they go into a literal (all Unicode whitespace, for visibility);
//! - a value with line breaks is a block: every line indented four spaces, none starting with
//!   `[`, `*` or `.` (they would start a variant or an attribute), empty lines written `{""}`;
//! - an empty value is `{""}`;
//! - fluent-bundle refuses to format more than 100 placeables in a message, so a value that
//!   would need more is written as one literal holding all of it.

/// The most placeables fluent-bundle 0.16 formats in one message (`MAX_PLACEABLES`).
pub(crate) const MAX_PLACEABLES: usize = 100;

/// Indentation of the lines of a block value.
const INDENT: &str = "    ";

/// Appends the FTL text of `value` (what follows `id =`) to `out`.
pub(crate) fn write_pattern(out: &mut String, value: &str) {
    if is_plain(value) {
        out.push(' ');
        out.push_str(value);
        return;
    }
    let mark = out.len();
    let placeables = if value.contains('\n') {
        write_block(out, value)
    } else {
        out.push(' ');
        write_line(out, value, false)
    };
    if placeables > MAX_PLACEABLES {
        out.truncate(mark);
        out.push_str(" {\"");
        push_literal_content(out, value);
        out.push_str("\"}");
    }
}

/// Whether `value` can be written as it is after `id = `: the common case, checked cheaply.
fn is_plain(value: &str) -> bool {
    let (Some(first), Some(last)) = (value.chars().next(), value.chars().next_back()) else {
        return false; // empty
    };
    !first.is_whitespace() && !last.is_whitespace() && !has_literal_char(value)
}

/// `value.chars().any(needs_literal)`, scanning bytes: the hot path of every catalog write.
/// Non-ASCII characters that need a literal are U+0080–U+009F (C2 80–9F), U+2028/U+2029
/// (E2 80 A8/A9) and U+FEFF (EF BB BF); their lead bytes send the check to the char test.
fn has_literal_char(value: &str) -> bool {
    let bytes = value.as_bytes();
    // A branch-free pass over 32-byte chunks (it vectorizes) rules out almost every value.
    let suspicious =
        |b: u8| b < 0x20 || b == b'{' || b == b'}' || b == 0x7f || b == 0xc2 || b == 0xe2 || b == 0xef;
    if !bytes
        .chunks(32)
        .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | suspicious(b)))
    {
        return false;
    }
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'{' | b'}' | 0x7f => true,
        0..=0x1f => b != b'\t',
        0xc2 | 0xe2 | 0xef => value[i..].chars().next().is_some_and(needs_literal),
        _ => false,
    })
}

/// Characters that are never written as raw text (a line break is handled by the caller).
fn needs_literal(c: char) -> bool {
    matches!(c, '{' | '}' | '\n' | '\u{2028}' | '\u{2029}' | '\u{feff}') || (c.is_control() && c != '\t')
}

/// Characters that start something other than text at the start of an indented line.
fn starts_syntax(c: char) -> bool {
    matches!(c, '[' | '*' | '.')
}

/// Writes a multi-line value as a block; returns the number of placeables written.
fn write_block(out: &mut String, value: &str) -> usize {
    let mut placeables = 0;
    for line in value.split('\n') {
        out.push('\n');
        out.push_str(INDENT);
        placeables += write_line(out, line, true);
        if placeables > MAX_PLACEABLES {
            break; // the caller starts over with one literal
        }
    }
    placeables
}

/// Writes one line of a value (without its line break); returns the number of placeables.
/// `at_line_start`: the line starts after indentation, where `[`, `*` and `.` are syntax.
fn write_line(out: &mut String, line: &str, at_line_start: bool) -> usize {
    if line.is_empty() {
        out.push_str("{\"\"}");
        return 1;
    }
    let lead = line.len() - line.trim_start().len();
    let trail_start = line.trim_end().len().max(lead);
    let mut placeables = 0;
    let mut literal: Option<usize> = None; // start of the pending run of escaped characters
    for (i, c) in line.char_indices() {
        let escape =
            i < lead || i >= trail_start || needs_literal(c) || (at_line_start && i == 0 && starts_syntax(c));
        match (escape, literal) {
            (true, None) => literal = Some(i),
            (false, Some(start)) => {
                push_literal(out, &line[start..i]);
                placeables += 1;
                literal = None;
                out.push(c);
            }
            (false, None) => out.push(c),
            (true, Some(_)) => {}
        }
    }
    if let Some(start) = literal {
        push_literal(out, &line[start..]);
        placeables += 1;
    }
    placeables
}

/// Writes `text` as one string-literal placeable.
fn push_literal(out: &mut String, text: &str) {
    out.push_str("{\"");
    push_literal_content(out, text);
    out.push_str("\"}");
}

/// Escapes `text` for the inside of a string literal: `\` and `"` get a backslash; control
/// characters and whitespace other than a space become `\uXXXX`, so they are visible.
fn push_literal_content(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            ' ' => out.push(' '),
            c if c.is_control() || c.is_whitespace() || c == '\u{feff}' => push_unicode_escape(out, c),
            c => out.push(c),
        }
    }
}

fn push_unicode_escape(out: &mut String, c: char) {
    use std::fmt::Write as _;
    let code = u32::from(c);
    // Writing to a String cannot fail.
    let _ = if code <= 0xFFFF {
        write!(out, "\\u{code:04X}")
    } else {
        write!(out, "\\U{code:06X}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_pattern(value: &str, expected: &str) {
        let mut out = String::new();
        write_pattern(&mut out, value);
        assert_eq!(out, expected, "pattern of {value:?}");
    }

    #[test]
    fn the_byte_scan_agrees_with_the_char_test() {
        for s in [
            "abc",
            "a{",
            "x\u{85}y",
            "x\u{2028}",
            "\u{feff}",
            "æøå\u{a0}",
            "\t",
            "\u{7f}",
            "€ ŕ",
        ] {
            assert_eq!(has_literal_char(s), s.chars().any(needs_literal), "{s:?}");
        }
    }

    #[test]
    fn a_plain_line_is_written_as_it_is() {
        assert_pattern("Velg **Lisenser**.", " Velg **Lisenser**.");
        assert_pattern(
            "[Admin](https://admin.microsoft.com) \\ \"x\"",
            " [Admin](https://admin.microsoft.com) \\ \"x\"",
        );
    }

    #[test]
    fn a_single_line_may_start_with_variant_or_attribute_syntax() {
        assert_pattern("[x] *y* .z", " [x] *y* .z");
        assert_pattern(".", " .");
    }

    #[test]
    fn braces_become_string_literals_and_adjacent_ones_share_one() {
        assert_pattern("a{b}c", " a{\"{\"}b{\"}\"}c");
        assert_pattern("{{}}", " {\"{{}}\"}");
    }

    #[test]
    fn backslash_and_quote_are_escaped_only_inside_literals() {
        assert_pattern("\\\"{", " \\\"{\"{\"}");
        assert_pattern("{\\\"", " {\"{\"}\\\"");
        let many = format!("{}\\\"", "{x".repeat(MAX_PLACEABLES + 1));
        let mut out = String::new();
        write_pattern(&mut out, &many);
        assert!(out.ends_with("x\\\\\\\"\"}"), "{out}");
    }

    #[test]
    fn an_empty_value_is_an_empty_literal() {
        assert_pattern("", " {\"\"}");
    }

    #[test]
    fn leading_and_trailing_whitespace_is_kept_in_literals() {
        assert_pattern("  a b  ", " {\"  \"}a b{\"  \"}");
        assert_pattern("\u{a0}a\t", " {\"\\u00A0\"}a{\"\\u0009\"}");
        assert_pattern(" ", " {\" \"}");
    }

    #[test]
    fn inner_whitespace_stays_raw() {
        assert_pattern("a \t\u{a0} b", " a \t\u{a0} b");
    }

    #[test]
    fn carriage_returns_and_control_characters_are_unicode_escapes() {
        assert_pattern("a\rb", " a{\"\\u000D\"}b");
        assert_pattern("a\u{0}b\u{7f}", " a{\"\\u0000\"}b{\"\\u007F\"}");
        assert_pattern("a\u{2028}b\u{feff}", " a{\"\\u2028\"}b{\"\\uFEFF\"}");
    }

    #[test]
    fn multi_line_values_are_indented_blocks() {
        assert_pattern("a\nb", "\n    a\n    b");
    }

    #[test]
    fn crlf_keeps_the_cr_as_an_escape() {
        assert_pattern("a\r\nb", "\n    a{\"\\u000D\"}\n    b");
    }

    #[test]
    fn continuation_lines_do_not_start_with_syntax() {
        assert_pattern(
            "a\n[b]\n*c\n.d\n}e",
            "\n    a\n    {\"[\"}b]\n    {\"*\"}c\n    {\".\"}d\n    {\"}\"}e",
        );
        assert_pattern("a\nb[c", "\n    a\n    b[c");
    }

    #[test]
    fn blank_lines_and_final_newlines_are_empty_literals() {
        assert_pattern("a\n\nb\n", "\n    a\n    {\"\"}\n    b\n    {\"\"}");
        assert_pattern("\n", "\n    {\"\"}\n    {\"\"}");
    }

    #[test]
    fn indentation_inside_a_block_is_kept() {
        assert_pattern("a\n  b\n\t", "\n    a\n    {\"  \"}b\n    {\"\\u0009\"}");
    }

    #[test]
    fn characters_beyond_the_basic_plane_use_long_escapes_only_when_needed() {
        assert_pattern("😊", " 😊");
        let mut out = String::new();
        push_unicode_escape(&mut out, '\u{1d}');
        push_unicode_escape(&mut out, '\u{e0001}');
        assert_eq!(out, "\\u001D\\U0E0001");
    }

    #[test]
    fn too_many_placeables_become_one_literal() {
        let value = "{x".repeat(MAX_PLACEABLES + 1);
        let mut out = String::new();
        write_pattern(&mut out, &value);
        assert_eq!(out, format!(" {{\"{value}\"}}"));
        let fits = "{x".repeat(MAX_PLACEABLES);
        let mut out = String::new();
        write_pattern(&mut out, &fits);
        assert_eq!(out.matches("{\"{\"}").count(), MAX_PLACEABLES);
    }

    #[test]
    fn a_long_block_with_many_escapes_becomes_one_literal_line() {
        let value = "\n".repeat(MAX_PLACEABLES + 5);
        let mut out = String::new();
        write_pattern(&mut out, &value);
        assert!(!out.contains('\n'), "{out}");
        assert!(out.starts_with(" {\"\\u000A\\u000A"), "{out}");
    }
}
