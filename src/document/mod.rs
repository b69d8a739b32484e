//! The draft as read: source text, format, prose blocks and a line index.
//!
//! A [`Document`] keeps the source exactly as the user wrote it and, beside it, a
//! *prose view* of the same byte length in which everything that is not prose (Markdown
//! syntax, code, URLs, HTML tags) is blanked with spaces and every HTML entity is
//! decoded in place and padded with spaces. Offsets into the prose view are therefore
//! offsets into the source, and every figure and finding points at the character the
//! user typed. Prose is split into [`Block`]s (paragraphs, headings, list items, table
//! cells); the extractor never lets a figure or a sentence cross a block boundary.

mod html;
mod line_index;
mod markdown;
mod plain;
mod prose;
mod span;
mod suppress;

use std::path::Path;

pub use line_index::{LineCol, LineIndex};
pub use span::Span;
pub use suppress::{Directive, Suppression};

use crate::error::InputError;

/// The markup a draft is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: paragraphs separated by blank lines.
    Plain,
    /// CommonMark with tables and front matter.
    Markdown,
    /// HTML, as exported from a content management system.
    Html,
}

impl Format {
    /// The format for a file name, by its extension; plain text when unknown.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            _ => Format::Plain,
        }
    }
}

/// What a block of prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// The headline: a Markdown H1 or front-matter `title:`, an HTML `<title>`/`<h1>`,
    /// or a short first line without a full stop in plain text.
    Headline,
    /// A heading below the headline, with its level (2 to 6).
    Heading(u8),
    /// A paragraph, a list item's text or a block quote's paragraph.
    Paragraph,
    /// One cell of a table.
    TableCell,
}

/// A run of prose that figures and sentences never cross.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Where the block lies in the source.
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
    /// The section it belongs to: 0 before the first heading, then one more per heading.
    pub section: usize,
    /// Where a table cell stands in its table; `None` for any other block.
    pub cell: Option<Cell>,
}

/// The place of a table cell in its table. A cell spanning several columns of an HTML
/// table counts as one; empty cells count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cell {
    /// Where its table starts in the source (a byte offset), which tells tables apart.
    pub table: usize,
    /// The row, from 0: the first row, the header row of a Markdown table.
    pub row: usize,
    /// The column, from 0.
    pub column: usize,
}

/// A draft ready for extraction.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as given by the user (or the `--stdin-filename`), used in every report.
    pub path: String,
    /// The markup of the source.
    pub format: Format,
    /// The source text exactly as read.
    pub source: String,
    /// The prose view: the same length as `source`, non-prose bytes blanked with spaces
    /// (newlines kept), entities decoded in place. See the module docs.
    pub prose: String,
    /// The prose blocks in source order.
    pub blocks: Vec<Block>,
    /// Line starts of `source`.
    pub line_index: LineIndex,
    /// The suppression comments of a Markdown or HTML draft, each rule of each comment
    /// on its own, in source order. They are applied after the rules have run.
    pub suppressions: Vec<Suppression>,
}

/// What a reader makes of a source.
pub(crate) struct Parsed {
    /// The prose view, as long as the source.
    pub(crate) prose: String,
    /// The blocks in source order.
    pub(crate) blocks: Vec<Block>,
    /// The HTML comments (`<!-- ... -->`) outside code, in source order.
    pub(crate) comments: Vec<Span>,
}

impl Document {
    /// Parses `source` as `format`. `path` is only used to name the document in reports.
    pub fn new(path: impl Into<String>, source: impl Into<String>, format: Format) -> Self {
        let path = path.into();
        let source = source.into();
        let Parsed {
            prose,
            blocks,
            comments,
        } = match format {
            Format::Plain => plain::parse(&source),
            Format::Markdown => markdown::parse(&source),
            Format::Html => html::parse(&source),
        };
        debug_assert_eq!(prose.len(), source.len());
        let line_index = LineIndex::new(&source);
        let suppressions = suppress::collect(&source, &line_index, &comments);
        Document {
            path,
            format,
            source,
            prose,
            blocks,
            line_index,
            suppressions,
        }
    }

    /// A plain-text document, as used in tests and examples.
    pub fn plain(source: impl Into<String>) -> Self {
        Document::new("<text>", source, Format::Plain)
    }

    /// Reads and parses the file at `path`, picking the format from its extension.
    ///
    /// # Errors
    /// [`InputError::Read`] when the file cannot be read, [`InputError::NotUtf8`] (with
    /// the position of the first bad byte) when it is not UTF-8.
    pub fn read(path: &Path) -> Result<Self, InputError> {
        let bytes = std::fs::read(path).map_err(|source| InputError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let format = Format::from_path(path);
        Self::from_bytes(path.display().to_string(), bytes, format)
    }

    /// Parses raw bytes, which must be UTF-8 (a leading byte-order mark is kept in the
    /// source but never read as prose).
    ///
    /// # Errors
    /// [`InputError::NotUtf8`] with the line, column and byte offset of the first bad byte.
    pub fn from_bytes(path: String, bytes: Vec<u8>, format: Format) -> Result<Self, InputError> {
        match String::from_utf8(bytes) {
            Ok(source) => Ok(Document::new(path, source, format)),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or_default();
                let (line, column) = crate::error::end_line_column(valid);
                Err(InputError::NotUtf8 {
                    path,
                    line,
                    column,
                    offset,
                })
            }
        }
    }

    /// The line and character column of a byte offset in the source.
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.line_index.line_col(&self.source, offset)
    }

    /// The source text of a span.
    pub fn text(&self, span: Span) -> &str {
        &self.source[span]
    }

    /// The block that contains byte `offset`, if any.
    pub fn block_at(&self, offset: usize) -> Option<&Block> {
        let i = self.blocks.partition_point(|b| b.span.end <= offset);
        self.blocks.get(i).filter(|b| b.span.start <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces of markup that stress the readers when thrown together at random.
    const PIECES: &[&str] = &[
        "<",
        ">",
        "</",
        "<!--",
        "-->",
        "<p>",
        "</p>",
        "<td>",
        "<script>",
        "</script>",
        "<sup>",
        "</sup>",
        "<code>",
        "&",
        "&amp;",
        "&#",
        "&#x20AC;",
        "&nbsp;",
        ";",
        "#",
        "## ",
        "\n",
        "\r\n",
        "\n\n",
        "---\n",
        "+++\n",
        "title: ",
        "|",
        "|---|",
        "*",
        "**",
        "_",
        "`",
        "```",
        "    ",
        "> ",
        "- ",
        "1. ",
        "[",
        "]",
        "(",
        ")",
        "![",
        "[^1]",
        "[^1]: ",
        "\\",
        "~~",
        "20,000",
        "€",
        "£",
        "—",
        "\u{feff}",
        "é",
        "https://x.org/5",
        " ",
        "a",
        "<!-- numcheck-disable -->",
        "<!-- numcheck-enable x -->",
        "<!-- numcheck-disable-next-line -->",
    ];

    /// A fixed-seed generator, so a failure is reproducible.
    struct Lcg(u64);
    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(self.0 >> 33).unwrap() % n
        }
    }

    #[test]
    fn every_reader_keeps_offsets_on_arbitrary_markup() {
        let mut rng = Lcg(42);
        for _ in 0..3000 {
            let len = rng.below(40);
            let text: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            for format in [Format::Plain, Format::Markdown, Format::Html] {
                let doc = Document::new("fuzz", text.clone(), format);
                assert_eq!(doc.prose.len(), doc.source.len(), "{format:?} {text:?}");
                for b in &doc.blocks {
                    assert!(b.span.end <= text.len(), "{format:?} {text:?}");
                    assert!(
                        text.is_char_boundary(b.span.start) && text.is_char_boundary(b.span.end)
                    );
                }
                assert!(
                    doc.blocks
                        .windows(2)
                        .all(|w| w[0].span.end <= w[1].span.start),
                    "{format:?} {text:?}"
                );
                for s in &doc.suppressions {
                    assert!(s.comment.end <= text.len() && s.region.end <= text.len());
                }
            }
        }
    }

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(Format::from_path(Path::new("a/B.HTM")), Format::Html);
        assert_eq!(Format::from_path(Path::new("a.markdown")), Format::Markdown);
        assert_eq!(Format::from_path(Path::new("a.text")), Format::Plain);
    }
}
