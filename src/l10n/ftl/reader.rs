//! FTL text → [`Catalog`] plus located errors, through fluent-syntax's parser.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ErrorKind};
use fluent_syntax::unicode::unescape_unicode;

use super::{Catalog, Entry, FtlError, FtlErrorKind, ReadResult};
use crate::position::LineIndex;

/// Reads a catalog from FTL text; never fails and never panics.
///
/// - Each message becomes an [`Entry`] whose `value` is the text the message formats to:
///   text as Fluent reads it (indentation removed) and string-literal placeables (`{"…"}`)
///   unescaped (`\\`, `\"`, `\uXXXX`, `\UXXXXXX`), exactly as fluent-bundle does. Any other
///   placeable (a variable, a term or message reference, a number, a function call, a
///   select expression) is kept as its FTL source text, verbatim: `{ $count }` stays
///   `{ $count }`, since it has no fixed text.
/// - The comment attached to a message becomes its `comment`; resource comments (`###`), in
///   file order, become the `header`. Group comments (`##`), detached comments, terms and
///   message attributes are not part of a catalog and are skipped.
/// - Entries with a syntax error are skipped and reported ([`FtlErrorKind::Syntax`]); a
///   repeated id is reported and its first definition kept ([`FtlErrorKind::DuplicateId`]);
///   a message with attributes only is reported ([`FtlErrorKind::NoValue`]).
pub fn read(text: &str) -> ReadResult {
    let masked = mask_escape_panics(text);
    let (resource, syntax_errors) = match parser::parse(masked.as_ref()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut reader = Reader {
        text,
        parsed: masked.as_ref(),
        index: LineIndex::new(text),
        errors: Vec::new(),
    };
    for error in syntax_errors {
        let kind = reader.fix_error_kind(error.kind, error.pos.start);
        reader.error(error.pos.start, FtlErrorKind::Syntax { kind });
    }
    let catalog = reader.catalog(&resource);
    let mut errors = reader.errors;
    errors.sort_by_key(|e| (e.line, e.col));
    ReadResult { catalog, errors }
}

struct Reader<'a> {
    /// The text as given: where values, comments and positions come from.
    text: &'a str,
    /// The text the parser saw: `text` with the same byte layout (see [`mask_escape_panics`]).
    parsed: &'a str,
    index: LineIndex,
    errors: Vec<FtlError>,
}

impl<'a> Reader<'a> {
    fn error(&mut self, offset: usize, kind: FtlErrorKind) {
        let pos = self.index.line_col(self.text, offset);
        self.errors.push(FtlError {
            line: pos.line,
            col: pos.col,
            kind,
        });
    }

    /// The byte range of `part`, a slice of the parsed text.
    fn range(&self, part: &str) -> Option<Range<usize>> {
        let start = (part.as_ptr() as usize).checked_sub(self.parsed.as_ptr() as usize)?;
        let end = start + part.len();
        (end <= self.parsed.len()).then_some(start..end)
    }

    /// `part` (a slice of the parsed text) as it is in the original text.
    fn original<'p>(&self, part: &'p str) -> &'p str
    where
        'a: 'p,
    {
        self.range(part).and_then(|r| self.text.get(r)).unwrap_or(part)
    }

    fn catalog(&mut self, resource: &ast::Resource<&'a str>) -> Catalog {
        let mut catalog = Catalog::default();
        let mut seen = HashSet::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::ResourceComment(comment) => {
                    catalog
                        .header
                        .extend(comment.content.iter().map(|l| self.original(l).to_owned()));
                }
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    let offset = self.range(id).map_or(0, |r| r.start);
                    let Some(pattern) = &message.value else {
                        self.error(offset, FtlErrorKind::NoValue { id: id.to_owned() });
                        continue;
                    };
                    if !seen.insert(id) {
                        self.error(offset, FtlErrorKind::DuplicateId { id: id.to_owned() });
                        continue;
                    }
                    let comment = message.comment.as_ref().map_or_else(Vec::new, |c| {
                        c.content.iter().map(|l| self.original(l).to_owned()).collect()
                    });
                    let value = self.value(pattern, offset + id.len());
                    catalog.entries.push(Entry {
                        id: id.to_owned(),
                        comment,
                        value,
                    });
                }
                _ => {}
            }
        }
        catalog
    }

    /// What `pattern` formats to, other placeables kept as source; `cursor` is the offset right
    /// after the message id (before `=`).
    fn value(&self, pattern: &ast::Pattern<&'a str>, cursor: usize) -> String {
        let mut cursor = Some(cursor);
        let mut value = String::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value: text } => {
                    value.push_str(self.original(text));
                    cursor = self.range(text).map(|r| r.end);
                }
                ast::PatternElement::Placeable { expression } => {
                    let source = cursor.and_then(|c| self.placeable_range(c, expression));
                    cursor = source.as_ref().map(|r| r.end);
                    match (string_literal(expression), source) {
                        (Some(literal), _) => {
                            // Writing to a String cannot fail.
                            let _ = unescape_unicode(&mut value, self.original(literal));
                        }
                        (None, Some(range)) => value.push_str(self.text.get(range).unwrap_or_default()),
                        (None, None) => value.push_str(&serialize_placeable(expression)),
                    }
                }
            }
        }
        value
    }

    /// The source range of the placeable `expression`, the first one after offset `from`.
    fn placeable_range(&self, from: usize, expression: &ast::Expression<&'a str>) -> Option<Range<usize>> {
        let rest = self.parsed.get(from..)?;
        let start = from + rest.find('{')?;
        if let ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) = expression {
            // `{`, blanks, `"`, the value, `"`, blanks, `}`.
            let after = self.range(value)?.end + 1;
            let close = after + self.parsed.get(after..)?.find('}')?;
            return Some(start..close + 1);
        }
        // Anything else: the shortest `{…}` that parses to the same expression.
        let tail = self.parsed.get(start..)?;
        tail.match_indices('}').find_map(|(i, _)| {
            let candidate = format!("x = {}", tail.get(..=i)?);
            let resource = parser::parse(candidate.as_str()).ok()?;
            let same = match resource.body.as_slice() {
                [ast::Entry::Message(ast::Message { value: Some(p), .. })] => {
                    matches!(p.elements.as_slice(), [ast::PatternElement::Placeable { expression: e }] if e == expression)
                }
                _ => false,
            };
            same.then_some(start..start + i + 1)
        })
    }

    /// The parser reports some payloads oddly; restate them from the original text.
    fn fix_error_kind(&self, kind: ErrorKind, offset: usize) -> ErrorKind {
        match kind {
            // The payload is the byte after `\` as a decimal number; take the character.
            ErrorKind::UnknownEscapeSequence(_) => {
                let next = self.text.get(offset + 1..).and_then(|s| s.chars().next());
                ErrorKind::UnknownEscapeSequence(next.map_or_else(|| "\\".into(), |c| format!("\\{c}")))
            }
            // The payload came from the masked text; take the hex digits and the character
            // after them from the original.
            ErrorKind::InvalidUnicodeEscapeSequence(seq) => {
                let bytes = self.text.as_bytes();
                let mut start = offset.min(bytes.len());
                while start > 0 && bytes[start - 1].is_ascii_hexdigit() && offset - start < 6 {
                    start -= 1;
                }
                let end = offset
                    + self
                        .text
                        .get(offset..)
                        .and_then(|s| s.chars().next())
                        .map_or(0, char::len_utf8);
                ErrorKind::InvalidUnicodeEscapeSequence(self.text.get(start..end).map_or(seq, str::to_owned))
            }
            kind => kind,
        }
    }
}

/// The literal a placeable formats to, if it is a string literal (possibly in nested braces).
fn string_literal<'s>(expression: &ast::Expression<&'s str>) -> Option<&'s str> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => Some(value),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            string_literal(expression)
        }
        _ => None,
    }
}

/// A placeable as fluent-syntax's serializer writes it: the fallback when its source cannot
/// be located (which the parser's own behaviour should rule out).
fn serialize_placeable(expression: &ast::Expression<&str>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: expression.clone(),
            }],
        }),
        attributes: Vec::new(),
        comment: None,
    };
    let text = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![ast::Entry::Message(message)],
    });
    text.trim_start_matches("x =").trim().to_owned()
}

/// fluent-syntax 0.12 panics on a `\u`/`\U` escape whose hex digits are cut short by a
/// non-ASCII character (it slices inside that character to quote it). Such characters are
/// replaced by as many `?` bytes, which the parser treats the same way (as no syntax), so
/// every offset stays valid and the reader takes text from the original.
fn mask_escape_panics(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut cut = Vec::new();
    for i in memchr::memchr_iter(b'\\', bytes) {
        let len = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => continue,
        };
        let digits = bytes.get(i + 2..).unwrap_or_default();
        let at = i
            + 2
            + digits
                .iter()
                .take(len)
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
        if let Some(c) = text
            .get(at..)
            .and_then(|s| s.chars().next())
            .filter(|c| !c.is_ascii())
        {
            cut.push(at..at + c.len_utf8());
        }
    }
    if cut.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut masked = String::with_capacity(text.len());
    let mut done = 0;
    for range in cut {
        masked.push_str(text.get(done..range.start).unwrap_or_default());
        masked.push_str(&"?".repeat(range.len()));
        done = range.end;
    }
    masked.push_str(text.get(done..).unwrap_or_default());
    Cow::Owned(masked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_values(ftl: &str, expected: &[(&str, &str)]) {
        let result = read(ftl);
        assert_eq!(result.errors, Vec::new(), "{ftl}");
        let values: Vec<(&str, &str)> = result
            .catalog
            .entries
            .iter()
            .map(|e| (e.id.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(values, expected, "{ftl}");
    }

    #[track_caller]
    fn assert_errors(ftl: &str, expected: &[(u32, u32, FtlErrorKind)]) -> Catalog {
        let result = read(ftl);
        let errors: Vec<(u32, u32, FtlErrorKind)> = result
            .errors
            .into_iter()
            .map(|e| (e.line, e.col, e.kind))
            .collect();
        assert_eq!(errors, expected, "{ftl}");
        result.catalog
    }

    fn syntax(kind: ErrorKind) -> FtlErrorKind {
        FtlErrorKind::Syntax { kind }
    }

    #[test]
    fn hand_written_text_is_read_as_fluent_formats_it() {
        assert_values(
            "a = b\r\nc =\r\n  one\r\n    two\r\n",
            &[("a", "b"), ("c", "one\n  two")],
        );
        assert_values("a =   spaced   \n", &[("a", "spaced")]);
    }

    #[test]
    fn string_literals_are_unescaped_like_fluent_bundle_does() {
        assert_values(
            r#"a = {"{"}{ "\\" }{"\""}{"\u00E5\U01F60A"}{ { "nested" } }"#,
            &[("a", "{\\\"å😊nested")],
        );
    }

    #[test]
    fn other_placeables_keep_their_source_text() {
        assert_values(
            "a = Hei { $name }, {-brand}{\"!\"} { NUMBER($n, minimumFractionDigits: 2) }\n",
            &[(
                "a",
                "Hei { $name }, {-brand}! { NUMBER($n, minimumFractionDigits: 2) }",
            )],
        );
        let select = "{ $n ->\n    [one] én \"fil\"\n   *[other] { $n } filer\n}";
        assert_values(
            &format!("a = {select}{{\"}}\"}}\nb = x\n"),
            &[("a", &format!("{select}}}")), ("b", "x")],
        );
    }

    #[test]
    fn syntax_errors_are_located_and_later_entries_still_read() {
        let catalog = assert_errors(
            "a = ok\nb = { ! }\nc = fine\nd = x}\ne = y",
            &[
                (2, 7, syntax(ErrorKind::ExpectedInlineExpression)),
                (4, 6, syntax(ErrorKind::UnbalancedClosingBrace)),
            ],
        );
        let ids: Vec<&str> = catalog.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "c", "e"]);
    }

    #[test]
    fn columns_count_characters_before_the_error() {
        assert_errors("a = ø }\n", &[(1, 7, syntax(ErrorKind::UnbalancedClosingBrace))]);
        assert_errors(
            "a = {\"é\n",
            &[(1, 8, syntax(ErrorKind::UnterminatedStringLiteral))],
        );
        assert_errors(
            "1a = x\n",
            &[(
                1,
                1,
                syntax(ErrorKind::ExpectedCharRange {
                    range: "a-zA-Z".into(),
                }),
            )],
        );
    }

    #[test]
    fn an_empty_value_is_a_syntax_error() {
        assert_errors(
            "a =\n\nb = x\n",
            &[(
                1,
                1,
                syntax(ErrorKind::ExpectedMessageField { entry_id: "a".into() }),
            )],
        );
    }

    #[test]
    fn escape_errors_quote_the_sequence_as_written() {
        assert_errors(
            r#"a = {"\q"}"#,
            &[(1, 7, syntax(ErrorKind::UnknownEscapeSequence("\\q".into())))],
        );
        assert_errors(
            "a = {\"\\u12é\"}\nb = {\"\\U1\"}",
            &[
                (
                    1,
                    11,
                    syntax(ErrorKind::InvalidUnicodeEscapeSequence("12é".into())),
                ),
                (
                    2,
                    10,
                    syntax(ErrorKind::InvalidUnicodeEscapeSequence("1\"".into())),
                ),
            ],
        );
    }

    #[test]
    fn a_cut_short_unicode_escape_outside_a_literal_is_plain_text() {
        // The parser panics on `\u12é` inside a literal; masking must not change text.
        assert_values("a = C:\\u12é {\"\\u0041\"}\n", &[("a", "C:\\u12é A")]);
    }

    #[test]
    fn duplicate_ids_are_reported_and_the_first_is_kept() {
        let catalog = assert_errors(
            "a = first\nb = x\n\n  \na = second\n",
            &[(5, 1, FtlErrorKind::DuplicateId { id: "a".into() })],
        );
        assert_eq!(catalog.entries[0].value, "first");
        assert_eq!(catalog.entries.len(), 2);
    }

    #[test]
    fn a_message_with_only_attributes_is_reported() {
        let catalog = assert_errors(
            "a =\n    .title = T\n",
            &[(1, 1, FtlErrorKind::NoValue { id: "a".into() })],
        );
        assert!(catalog.entries.is_empty());
    }

    #[test]
    fn terms_attributes_and_loose_comments_are_skipped() {
        let result = read("### h1\n## group\n\n# loose\n\n\n-t = T\n# c\na = v\n    .attr = A\n### h2\n");
        assert_eq!(result.errors, Vec::new());
        assert_eq!(result.catalog.header, ["h1", "h2"]);
        assert_eq!(
            result.catalog.entries,
            [Entry {
                id: "a".into(),
                comment: vec!["c".into()],
                value: "v".into()
            }]
        );
    }
}
