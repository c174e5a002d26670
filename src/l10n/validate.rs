//! Messages that break: a translated message's text against its English source → what would
//! not render as the document does. Pure functions, no I/O; `check` reports the problems as
//! errors, and a renderer can use them to fall back to the document's own text.
//!
//! Two families of problems:
//! - **Fluent references** that a per-document catalog cannot resolve (it is formatted without
//!   arguments, terms or other messages): `{ $product }`, `{ seg-999 }`, `{ -brand-name }`.
//!   A reference the English text has too (as literal text) is not reported.
//! - **Block structure**: what the segment's block ([`Block`]) would become with this text: a
//!   line break in a heading or table cell, a `|` that splits a table cell, a list, heading or
//!   quote marker at the start of a line, a blank line that splits a paragraph. Only changes
//!   count: what the English has as well is not reported.
//!
//! ```
//! use taskguide::l10n::validate::{check_value, Block, Problem};
//!
//! let found = check_value("Velg { $product }", "Select the product", Block::Paragraph);
//! assert_eq!(found[0].problem, Problem::UnknownVariable { name: "product".into() });
//! assert_eq!(found[0].offset, 5);
//!
//! let cell = Block::TableCell;
//! let found = check_value("REG_DWORD | ekstra", "REG_DWORD", cell);
//! assert_eq!(found[0].problem, Problem::TableCellSplit);
//! assert!(check_value("REG_DWORD \\| ekstra", "REG_DWORD", cell).is_empty());
//! ```

use std::collections::HashMap;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::doc::Doc;

/// The kind of block a segment sits in, as the document's outline knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Block {
    /// Running text (also alerts and bullet lists outside steps).
    Paragraph,
    /// A heading: one line.
    Heading,
    /// A table cell: one line, cells split by `|`.
    TableCell,
    /// A list item (a step or sub-step).
    ListItem,
}

impl Block {
    /// The block named by a catalog message's context comment line (`heading 1 #top`,
    /// `table`, `step 2.1 #assign`, `text`, `alert NOTE`), as import writes them; None for
    /// any other comment line.
    pub fn from_context(line: &str) -> Option<Block> {
        let word = line.split_whitespace().next()?;
        match word {
            "heading" => Some(Block::Heading),
            "table" => Some(Block::TableCell),
            "step" => Some(Block::ListItem),
            "text" | "alert" => Some(Block::Paragraph),
            _ => None,
        }
    }

    /// Whether the block is one line of Markdown (a line break ends it).
    pub fn single_line(self) -> bool {
        matches!(self, Block::Heading | Block::TableCell)
    }
}

/// What breaks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Problem {
    /// A Fluent variable (`{ $product }`): a catalog message has no arguments.
    UnknownVariable {
        /// Its name, without `$`.
        name: String,
    },
    /// A reference to another message (`{ seg-999 }`).
    MessageReference {
        /// The message id (with `.attribute` if any).
        id: String,
    },
    /// A reference to a term (`{ -brand-name }`).
    TermReference {
        /// The term id, with its `-`.
        id: String,
    },
    /// A line break that ends the block early: in a heading or table cell, or a blank line
    /// in a paragraph or list item.
    LineBreak {
        /// The block it breaks.
        block: Block,
    },
    /// An unescaped `|` in a table cell, where the English has fewer: it starts a new cell.
    TableCellSplit,
    /// A list, heading or quote marker at the start of a line, which the English has not.
    BlockMarker {
        /// The marker (`-`, `1.`, `##`, `>`).
        marker: String,
    },
}

/// A problem at a byte offset of the translated text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Found {
    /// What breaks.
    pub problem: Problem,
    /// Byte offset in the text checked (for [`check_pattern`], in the text it formats to).
    pub offset: usize,
}

/// Checks a translated message's formatted value, as a catalog reader returns it (the text it formats
/// to, with any placeable other than a string literal kept as its FTL source, see
/// [`crate::l10n::ftl::read`]), against the English value of the same message.
pub fn check_value(value: &str, english: &str, block: Block) -> Vec<Found> {
    let known = references(english);
    let mut out: Vec<Found> = references(value)
        .into_iter()
        .filter(|(p, _)| !known.iter().any(|(k, _)| k == p))
        .map(|(problem, offset)| Found { problem, offset })
        .collect();
    structure(value, english, block, &mut out);
    out.sort_by_key(|f| f.offset);
    out
}

/// Checks a translated message as fluent-syntax parsed it: references come from the syntax
/// tree (a string literal `{"{ $x }"}` is text, not a reference), the structure from the text
/// the pattern formats to.
pub fn check_pattern<S: AsRef<str>>(pattern: &ast::Pattern<S>, english: &str, block: Block) -> Vec<Found> {
    let known = references(english);
    let mut text = String::new();
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value.as_ref()),
            ast::PatternElement::Placeable { expression } => {
                if let Some(literal) = string_literal(expression) {
                    let _ = fluent_syntax::unicode::unescape_unicode(&mut text, literal);
                    continue;
                }
                let mut found = Vec::new();
                expression_refs(expression, &mut found);
                for problem in found {
                    if !known.iter().any(|(k, _)| *k == problem) {
                        out.push(Found {
                            problem,
                            offset: text.len(),
                        });
                    }
                }
                // Keeps the text's shape for the structure checks; the placeable is not text.
                text.push('\u{FFFC}');
            }
        }
    }
    structure(&text, english, block, &mut out);
    out.sort_by_key(|f| f.offset);
    out
}

/// Checks a translated message from the FTL source of its value (what follows `id =`, its
/// continuation lines indented): parsed by fluent-syntax, then [`check_pattern`]. Source that
/// does not parse has no problems here (the catalog reader reports its syntax error).
pub fn check_source(source: &str, english: &str, block: Block) -> Vec<Found> {
    let text = format!("x = {source}\n");
    let Ok(resource) = parser::parse(text.as_str()) else {
        return Vec::new();
    };
    match resource.body.as_slice() {
        [ast::Entry::Message(ast::Message { value: Some(p), .. })] => check_pattern(p, english, block),
        _ => Vec::new(),
    }
}

/// The block of each segment of `doc`, in segment order, from its outline: heading, table,
/// step, else paragraph (the most specific wins, as in the catalogs' context lines).
pub fn blocks(doc: &Doc) -> Vec<Block> {
    let outline = doc.block_outline();
    let mut blocks = vec![Block::Paragraph; doc.segments().len()];
    let mut mark = |range: std::ops::Range<usize>, block| {
        for b in &mut blocks[range] {
            *b = block;
        }
    };
    for table in &outline.tables {
        mark(doc.segments_in(table), Block::TableCell);
    }
    fn steps(defs: &[crate::doc::StepDef], mark: &mut dyn FnMut(std::ops::Range<usize>, Block)) {
        for def in defs {
            mark(def.segments.clone(), Block::ListItem);
            steps(&def.steps, mark);
        }
    }
    steps(&outline.steps, &mut mark);
    for h in &outline.headings {
        mark(h.segments.clone(), Block::Heading);
    }
    blocks
}

/// The unresolvable references of every `{ … }` placeable in `text` (read as FTL), with the
/// offset of its `{`. In formatted text a literal `{Name}` (from `{"{"}Name{"}"}`) cannot be
/// told from a message reference, so a message reference counts only as Fluent writes one,
/// with a space inside the braces (`{ seg-999 }`); variables and terms count either way.
fn references(text: &str) -> Vec<(Problem, usize)> {
    let mut out = Vec::new();
    if !text.contains('{') {
        return out;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find('{') {
        let start = from + i;
        from = start + 1;
        let Some(expression_end) = placeable_at(text, start) else {
            continue;
        };
        let source = &text[start..expression_end];
        let candidate = format!("x = {source}");
        if let Ok(resource) = parser::parse(candidate.as_str()) {
            if let [ast::Entry::Message(ast::Message { value: Some(p), .. })] = resource.body.as_slice() {
                for element in &p.elements {
                    if let ast::PatternElement::Placeable { expression } = element {
                        let mut found = Vec::new();
                        expression_refs(expression, &mut found);
                        let spaced = source[1..].starts_with(char::is_whitespace);
                        let bare_message = matches!(
                            expression,
                            ast::Expression::Inline(ast::InlineExpression::MessageReference { .. })
                        );
                        if bare_message && !spaced {
                            continue;
                        }
                        out.extend(found.into_iter().map(|p| (p, start)));
                    }
                }
            }
        }
        from = expression_end;
    }
    out
}

/// The end of the shortest `{…}` starting at `start` that parses as one placeable.
fn placeable_at(text: &str, start: usize) -> Option<usize> {
    let tail = &text[start..];
    tail.match_indices('}').find_map(|(i, _)| {
        let candidate = format!("x = {}", &tail[..=i]);
        let resource = parser::parse(candidate.as_str()).ok()?;
        match resource.body.as_slice() {
            [ast::Entry::Message(ast::Message { value: Some(p), .. })]
                if matches!(p.elements.as_slice(), [ast::PatternElement::Placeable { .. }]) =>
            {
                Some(start + i + 1)
            }
            _ => None,
        }
    })
}

/// The literal a placeable formats to, if it is a string literal (possibly in nested braces).
fn string_literal<S: AsRef<str>>(expression: &ast::Expression<S>) -> Option<&str> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => Some(value.as_ref()),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            string_literal(expression)
        }
        _ => None,
    }
}

/// Every variable, message and term reference in `expression`, selects and calls included.
fn expression_refs<S: AsRef<str>>(expression: &ast::Expression<S>, out: &mut Vec<Problem>) {
    match expression {
        ast::Expression::Inline(inline) => inline_refs(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for variant in variants {
                for element in &variant.value.elements {
                    if let ast::PatternElement::Placeable { expression } = element {
                        expression_refs(expression, out);
                    }
                }
            }
        }
    }
}

fn inline_refs<S: AsRef<str>>(inline: &ast::InlineExpression<S>, out: &mut Vec<Problem>) {
    let mut push = |p: Problem| {
        if !out.contains(&p) {
            out.push(p);
        }
    };
    match inline {
        ast::InlineExpression::VariableReference { id } => push(Problem::UnknownVariable {
            name: id.name.as_ref().to_owned(),
        }),
        ast::InlineExpression::MessageReference { id, attribute } => push(Problem::MessageReference {
            id: match attribute {
                Some(a) => format!("{}.{}", id.name.as_ref(), a.name.as_ref()),
                None => id.name.as_ref().to_owned(),
            },
        }),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            push(Problem::TermReference {
                id: format!("-{}", id.name.as_ref()),
            });
            if let Some(args) = arguments {
                call_refs(args, out);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_refs(arguments, out),
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, out),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn call_refs<S: AsRef<str>>(args: &ast::CallArguments<S>, out: &mut Vec<Problem>) {
    for arg in &args.positional {
        inline_refs(arg, out);
    }
    for arg in &args.named {
        inline_refs(&arg.value, out);
    }
}

/// The block-structure checks on the text a message formats to.
fn structure(text: &str, english: &str, block: Block, out: &mut Vec<Found>) {
    if block.single_line() {
        if let Some(at) = text
            .find(['\n', '\r'])
            .filter(|_| !english.contains(['\n', '\r']))
        {
            out.push(Found {
                problem: Problem::LineBreak { block },
                offset: at,
            });
        }
    } else if let Some(at) = blank_line(text).filter(|_| blank_line(english).is_none()) {
        out.push(Found {
            problem: Problem::LineBreak { block },
            offset: at,
        });
    }
    if block == Block::TableCell {
        let english_pipes = pipes(english).len();
        if let Some(&at) = pipes(text).get(english_pipes) {
            out.push(Found {
                problem: Problem::TableCellSplit,
                offset: at,
            });
        }
    }
    if block.single_line() {
        // A marker after a line break is that line break's problem; a heading's or cell's
        // text never starts a block of its own.
        return;
    }
    let mut have: HashMap<String, usize> = HashMap::new();
    for (marker, _) in markers(english) {
        *have.entry(marker).or_default() += 1;
    }
    for (marker, at) in markers(text) {
        match have.get_mut(&marker) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(Found {
                problem: Problem::BlockMarker { marker },
                offset: at,
            }),
        }
    }
}

/// The offset of the first line break that ends a blank line (a paragraph break).
fn blank_line(text: &str) -> Option<usize> {
    let mut last_break: Option<usize> = None;
    for (i, _) in text.match_indices('\n') {
        if let Some(prev) = last_break {
            if text[prev + 1..i].trim().is_empty() {
                return Some(prev);
            }
        }
        last_break = Some(i);
    }
    None
}

/// Offsets of the `|` not escaped by a backslash.
fn pipes(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'|' {
            let backslashes = bytes[..i].iter().rev().take_while(|c| **c == b'\\').count();
            if backslashes % 2 == 0 {
                out.push(i);
            }
        }
    }
    out
}

/// Block markers at the start of each line after a line break, each as its marker and offset.
/// The text's own start is not one: whether the segment starts a line of the document is the
/// document's structure, which the outline already shows with the translation in place.
fn markers(text: &str) -> Vec<(String, usize)> {
    text.match_indices('\n')
        .map(|(i, _)| i + 1)
        .filter_map(|start| {
            let line = &text[start..];
            let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
            let rest = &line[indent..];
            marker(rest).map(|m| (m.to_owned(), start + indent))
        })
        .collect()
}

/// The block marker `line` starts with: `#`…`######`, `-`, `+`, `*`, `1.`, `1)` followed by a
/// space or the end, or `>`.
fn marker(line: &str) -> Option<&str> {
    let spaced = |len: usize| {
        let after = line[len..].chars().next();
        (after.is_none() || after.is_some_and(|c| c == ' ' || c == '\t' || c == '\r')).then(|| &line[..len])
    };
    let bytes = line.as_bytes();
    match bytes.first()? {
        b'#' => {
            let n = bytes.iter().take_while(|b| **b == b'#').count();
            if n <= 6 {
                spaced(n)
            } else {
                None
            }
        }
        b'-' | b'+' | b'*' => spaced(1),
        b'>' => Some(&line[..1]),
        b'0'..=b'9' => {
            let n = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            match bytes.get(n) {
                Some(b'.' | b')') if n <= 9 => spaced(n + 1),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
