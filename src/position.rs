//! Byte offsets → 1-based `line:col` positions.
//!
//! Every place the engine reports (diagnostics, findings, errors) goes through [`LineIndex`],
//! so lines and columns are counted one way everywhere: both 1-based, the column in
//! Unicode scalar values (what editors and `rustc` show).

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: u32,
    /// Column in characters, starting at 1.
    pub col: u32,
}

impl std::fmt::Display for LineCol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The start offset of every line of a text, for offset → line:col look-ups in O(log n).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`; a line ends after each `\n`.
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line and column of byte `offset` in `text` (the text this index was built from).
    /// An offset inside a multi-byte character counts as that character; one past the end is allowed.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = text.as_bytes()[start..offset]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40) // count char starts, not continuation bytes
            .count();
        LineCol {
            line: line as u32 + 1,
            col: col as u32 + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn assert_pos(text: &str, offset: usize, line: u32, col: u32) {
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, offset), LineCol { line, col });
    }

    #[test]
    fn first_byte_is_line_one_column_one() {
        assert_pos("abc", 0, 1, 1);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        // "å" is two bytes; "x" after it is the third character.
        assert_pos("åbx", 3, 1, 3);
    }

    #[test]
    fn offset_after_newline_starts_next_line() {
        assert_pos("ab\ncd\n", 3, 2, 1);
        assert_pos("ab\ncd\n", 4, 2, 2);
        assert_pos("ab\ncd\n", 2, 1, 3);
    }

    #[test]
    fn end_of_text_is_a_valid_position() {
        assert_pos("ab\n", 3, 2, 1);
        assert_pos("ab", 99, 1, 3);
    }

    #[test]
    fn crlf_lines_end_at_the_newline() {
        assert_pos("a\r\nb", 3, 2, 1);
    }
}
