//! Byte offsets to 1-based line and column.

/// A 1-based line and column; the column counts characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters from the start of the line.
    pub column: usize,
}

/// The start offset of every line of a text, for turning byte offsets into [`LineCol`].
///
/// Lines end at `\n`; a `\r` before it belongs to the line it ends. Lookup is a binary
/// search, with a fast path when the line is ASCII.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Builds the index of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// Number of lines (a text without a final newline still counts its last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where 1-based `line` starts, if it exists.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    /// The line and character column of byte `offset` in `text` (the text the index was
    /// built from). An offset inside a multi-byte character counts as that character; an
    /// offset past the end is clamped to the end.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let prefix = &text.as_bytes()[start..offset];
        let column = if prefix.is_ascii() {
            prefix.len()
        } else {
            // Count character starts: every byte that is not a UTF-8 continuation byte.
            prefix.iter().filter(|&&b| b.cast_signed() >= -0x40).count()
        };
        LineCol {
            line,
            column: column + 1,
        }
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(start) = self.line_start(line) else {
            return "";
        };
        let end = self.line_start(line + 1).unwrap_or(text.len());
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_character_is_line_one_column_one() {
        let t = "abc\ndef";
        assert_eq!(
            LineIndex::new(t).line_col(t, 0),
            LineCol { line: 1, column: 1 }
        );
    }

    #[test]
    fn offsets_after_a_newline_start_the_next_line() {
        let t = "abc\ndef";
        assert_eq!(
            LineIndex::new(t).line_col(t, 5),
            LineCol { line: 2, column: 2 }
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let t = "€5 and £3";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line_col(t, t.find('£').unwrap()).column, 8);
    }

    #[test]
    fn line_text_drops_the_line_ending() {
        let t = "one\r\ntwo\n";
        assert_eq!(LineIndex::new(t).line_text(t, 1), "one");
        assert_eq!(LineIndex::new(t).line_text(t, 2), "two");
    }
}
