//! Markdown (CommonMark with tables, footnotes, strikethrough and front matter), read
//! with pulldown-cmark's offset iterator.
//!
//! Prose is the text of paragraphs, headings, list items, block quotes, table cells,
//! footnote definitions and link texts, copied into the prose view at its own offsets.
//! Everything else stays blank: markup characters, code blocks and inline code, link and
//! image destinations, image descriptions, struck-out text, list numbers, footnote
//! labels, and front matter other than its `title`. HTML blocks are read as HTML.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::prose::ProseBuf;
use super::{Block, BlockKind, Cell, Parsed, Span, html, suppress};

/// Reads `source` as Markdown.
pub(super) fn parse(source: &str) -> Parsed {
    let mut prose = ProseBuf::new(source);
    let mut reader = Reader {
        blocks: Vec::new(),
        comments: Vec::new(),
        current: None,
        kind: BlockKind::Paragraph,
        section: 0,
        headline_taken: false,
        cell: Cell {
            table: 0,
            row: 0,
            column: 0,
        },
        next_column: 0,
    };

    // Front matter is read here rather than by pulldown-cmark, whose metadata blocks may
    // open at any `---` line and would swallow a section between two thematic breaks.
    let front = front_matter(source);
    if let Some(title) = front.as_ref().and_then(|f| f.title.clone()) {
        prose.copy(title.clone());
        reader.blocks.push(Block {
            span: title.into(),
            kind: BlockKind::Headline,
            section: 0,
            cell: None,
        });
        reader.headline_taken = true;
    }
    // The parser reads a copy with the front matter blanked, so its offsets are the
    // source's.
    // A byte-order mark is blanked the same way, or the first line would not be read as
    // the block it is.
    let hidden_prefix = match &front {
        Some(f) => f.end,
        None if source.starts_with('\u{feff}') => 3,
        None => 0,
    };
    let masked;
    let text = if hidden_prefix > 0 {
        let mut m: String = source[..hidden_prefix]
            .bytes()
            .map(|b| if b == b'\n' { '\n' } else { ' ' })
            .collect();
        m.push_str(&source[hidden_prefix..]);
        masked = m;
        masked.as_str()
    } else {
        source
    };

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    // How many constructs whose text is not prose (code blocks, images, autolinks,
    // struck-out text, HTML blocks) the parser is inside.
    let mut hidden = 0usize;
    // For each open link: whether it is an autolink, whose text is its URL.
    let mut links: Vec<bool> = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    reader.flush();
                    reader.section += 1;
                    let level = level as u8;
                    reader.kind = if level == 1 && !reader.headline_taken {
                        reader.headline_taken = true;
                        BlockKind::Headline
                    } else {
                        BlockKind::Heading(level)
                    };
                }
                Tag::TableCell => {
                    reader.flush();
                    reader.kind = BlockKind::TableCell;
                    reader.cell.column = reader.next_column;
                    reader.next_column += 1;
                }
                Tag::Table(_) => {
                    reader.flush();
                    reader.cell = Cell {
                        table: range.start,
                        row: 0,
                        column: 0,
                    };
                    reader.next_column = 0;
                }
                // The head holds its cells with no row of its own: it is row 0.
                Tag::TableRow => {
                    reader.flush();
                    reader.cell.row += 1;
                    reader.next_column = 0;
                }
                Tag::HtmlBlock => {
                    reader.flush();
                    // Text between the tags of an HTML block is prose too (a `<p>` pasted
                    // from a CMS), and its comments may be suppressions.
                    html::read_fragment(
                        &mut prose,
                        range,
                        reader.section,
                        &mut reader.blocks,
                        &mut reader.comments,
                    );
                    hidden += 1;
                }
                Tag::CodeBlock(_) => {
                    reader.flush();
                    hidden += 1;
                }
                Tag::Image { .. } | Tag::Strikethrough => hidden += 1,
                Tag::Link { link_type, .. } => {
                    let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                    links.push(autolink);
                    if autolink {
                        hidden += 1;
                    }
                }
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::TableHead
                | Tag::MetadataBlock(_) => reader.flush(),
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) | TagEnd::TableCell => {
                    reader.flush();
                    reader.kind = BlockKind::Paragraph;
                }
                TagEnd::HtmlBlock | TagEnd::CodeBlock => {
                    reader.flush();
                    hidden = hidden.saturating_sub(1);
                }
                TagEnd::Image | TagEnd::Strikethrough => hidden = hidden.saturating_sub(1),
                TagEnd::Link if links.pop() == Some(true) => {
                    hidden = hidden.saturating_sub(1);
                }
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::MetadataBlock(_) => reader.flush(),
                _ => {}
            },
            Event::Text(t) if hidden == 0 => {
                prose.put(range.clone(), &t);
                reader.note_text(source, range);
            }
            Event::InlineHtml(_) => {
                suppress::comments_in(&source[range.clone()], range.start, &mut reader.comments);
            }
            _ => {}
        }
    }
    reader.flush();
    let Reader {
        mut blocks,
        mut comments,
        ..
    } = reader;
    blocks.sort_by_key(|b| b.span);
    comments.sort();
    comments.dedup();
    Parsed {
        prose: prose.finish(),
        blocks,
        comments,
    }
}

struct Reader {
    blocks: Vec<Block>,
    comments: Vec<Span>,
    current: Option<Span>,
    kind: BlockKind,
    section: usize,
    headline_taken: bool,
    /// The place of the table cell being read, or of the next one.
    cell: Cell,
    /// The column of the next cell of the row.
    next_column: usize,
}

impl Reader {
    /// Prose at `range`: it extends the current block (white space at its ends aside).
    fn note_text(&mut self, source: &str, range: Range<usize>) {
        let Some(text) = source.get(range.clone()) else {
            return;
        };
        let trimmed = text.trim_start();
        let start = range.end - trimmed.len();
        let end = start + trimmed.trim_end().len();
        if start == end {
            return;
        }
        self.current = Some(match self.current {
            Some(s) => Span::new(s.start, end.max(s.end)),
            None => Span::new(start, end),
        });
    }

    fn flush(&mut self) {
        if let Some(span) = self.current.take() {
            self.blocks.push(Block {
                span,
                kind: self.kind,
                section: self.section,
                cell: (self.kind == BlockKind::TableCell).then_some(self.cell),
            });
        }
    }
}

/// Front matter at the very start of a draft: `---` ... `---` (or `...`) in YAML style,
/// `+++` ... `+++` in TOML style.
struct FrontMatter {
    /// One past the closing line.
    end: usize,
    /// The value of its `title`, quotes excluded.
    title: Option<Range<usize>>,
}

fn front_matter(source: &str) -> Option<FrontMatter> {
    let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = Lines {
        text: source,
        at: bom,
    };
    let (_, first) = lines.next()?;
    let fence = match first.trim_end() {
        "---" => "---",
        "+++" => "+++",
        _ => return None,
    };
    let mut title = None;
    for (start, line) in lines.by_ref() {
        let bare = line.trim_end();
        if bare == fence || (fence == "---" && bare == "...") {
            return Some(FrontMatter {
                end: lines.at,
                title,
            });
        }
        if title.is_none() {
            title = title_value(line, fence).map(|r| r.start + start..r.end + start);
        }
    }
    None
}

/// The byte range, within `line`, of the value of a `title: ...` (YAML) or `title = ...`
/// (TOML) line, quotes excluded.
fn title_value(line: &str, fence: &str) -> Option<Range<usize>> {
    let rest = line.strip_prefix("title")?;
    let sep = if fence == "+++" { '=' } else { ':' };
    let after_key = rest.trim_start();
    let rest = after_key.strip_prefix(sep)?;
    let value_start = line.len() - rest.len();
    let value = rest.trim();
    if value.is_empty() || value.starts_with(['|', '>']) {
        return None;
    }
    let lead = rest.len() - rest.trim_start().len();
    let mut start = value_start + lead;
    let mut end = start + value.len();
    let quoted = value.len() >= 2
        && ((value.starts_with('"') && value.ends_with('"'))
            || (value.starts_with('\'') && value.ends_with('\'')));
    if quoted {
        start += 1;
        end -= 1;
    }
    (start < end).then_some(start..end)
}

/// Lines of a text with their start offsets, line endings included.
struct Lines<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for Lines<'t> {
    type Item = (usize, &'t str);
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |p| start + p + 1);
        self.at = end;
        Some((start, &self.text[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(md: &str) -> Vec<(BlockKind, String)> {
        let p = parse(md);
        assert_eq!(p.prose.len(), md.len());
        p.blocks
            .iter()
            .map(|b| (b.kind, p.prose[b.span].to_owned()))
            .collect()
    }

    #[test]
    fn strong_text_keeps_its_offset() {
        let md = "Some **20,000** troops.";
        let p = parse(md);
        assert_eq!(&p.prose[7..13], "20,000");
        assert_eq!(p.prose, "Some   20,000   troops.");
    }

    #[test]
    fn code_spans_and_code_blocks_are_blank() {
        let md = "Run `make 42` now.\n\n```\nlet x = 99;\n```\n\n    indented 7\n";
        let p = parse(md);
        assert!(!p.prose.contains("42") && !p.prose.contains("99") && !p.prose.contains('7'));
    }

    #[test]
    fn link_text_stays_and_its_url_goes() {
        let md = "See [the 2020 report](https://ex.com/2019/3) and <https://ex.com/55>.";
        let p = parse(md);
        assert!(p.prose.contains("the 2020 report"));
        assert!(!p.prose.contains("2019") && !p.prose.contains("55"));
    }

    #[test]
    fn list_numbers_are_not_prose() {
        assert_eq!(
            blocks("1. First 10\n2. Second 20\n"),
            [
                (BlockKind::Paragraph, "First 10".into()),
                (BlockKind::Paragraph, "Second 20".into())
            ]
        );
    }

    #[test]
    fn each_table_cell_is_a_block() {
        let md = "| Year | Troops |\n|---|---|\n| 2019 | 20,000 |\n";
        let cells: Vec<_> = blocks(md).into_iter().map(|(_, t)| t).collect();
        assert_eq!(cells, ["Year", "Troops", "2019", "20,000"]);
    }

    #[test]
    fn headings_open_sections_and_the_first_h1_is_the_headline() {
        let p = parse("# Title\n\nIntro.\n\n## Part 2\n\nBody.\n");
        let kinds: Vec<_> = p.blocks.iter().map(|b| (b.kind, b.section)).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Headline, 1),
                (BlockKind::Paragraph, 1),
                (BlockKind::Heading(2), 2),
                (BlockKind::Paragraph, 2)
            ]
        );
    }

    #[test]
    fn front_matter_is_blank_except_the_title() {
        let md = "---\ntitle: \"20,000 troops\"\ndate: 2024-05-01\n---\nBody 5.\n";
        assert_eq!(
            blocks(md),
            [
                (BlockKind::Headline, "20,000 troops".into()),
                (BlockKind::Paragraph, "Body 5.".into())
            ]
        );
        assert!(!parse(md).prose.contains("2024"));
    }

    #[test]
    fn a_section_between_thematic_breaks_is_not_front_matter() {
        let md = "Intro.\n\n---\nMiddle 5.\n---\n";
        assert!(blocks(md).iter().any(|(_, t)| t.contains("Middle 5.")));
    }

    #[test]
    fn footnote_labels_are_blank_and_their_text_is_prose() {
        let md = "Troops[^1] arrived.\n\n[^1]: About 300 of them.\n";
        let p = parse(md);
        assert!(!p.prose.contains('1'));
        assert!(p.prose.contains("About 300 of them."));
    }

    #[test]
    fn escapes_and_entities_land_on_their_own_bytes() {
        let md = r"A \*5\* &amp; 6&nbsp;m";
        let p = parse(md);
        assert_eq!(&p.prose[3..4], "*");
        assert_eq!(&p.prose[4..5], "5");
        assert_eq!(&p.prose[8..13], "&    ");
        assert_eq!(&p.prose[14..15], "6");
        assert_eq!(&p.prose[15..21], "\u{a0}    ");
    }

    #[test]
    fn comments_are_blank_and_collected() {
        let md = "<!-- expect: reused-number -->\nText 5 <!-- numcheck-disable -->.\n";
        let p = parse(md);
        assert!(!p.prose.contains("expect") && !p.prose.contains("numcheck"));
        assert_eq!(p.comments.len(), 2);
    }

    #[test]
    fn struck_out_text_and_image_descriptions_are_not_prose() {
        let p = parse("Now ~~40~~ 50 people ![chart of 60](x.png).");
        assert!(
            p.prose.contains("50 people") && !p.prose.contains("40") && !p.prose.contains("60")
        );
    }

    #[test]
    fn block_quote_markers_are_blank_and_the_paragraph_spans_its_lines() {
        assert_eq!(
            blocks("> The 20 troops\n> arrived.\n"),
            [(BlockKind::Paragraph, "The 20 troops\n  arrived.".into())]
        );
    }

    #[test]
    fn setext_headings_and_nested_list_items_are_blocks() {
        let md = "Title\n=====\n\n- a 1\n  - b 2\n- c 3\n";
        assert_eq!(
            blocks(md),
            [
                (BlockKind::Headline, "Title".into()),
                (BlockKind::Paragraph, "a 1".into()),
                (BlockKind::Paragraph, "b 2".into()),
                (BlockKind::Paragraph, "c 3".into())
            ]
        );
    }

    #[test]
    fn an_html_block_is_read_as_html() {
        let md = "Intro.\n\n<div class=\"x9\">\n<p>Some 40 people</p>\n</div>\n\nOutro.\n";
        let texts: Vec<String> = blocks(md).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["Intro.", "Some 40 people", "Outro."]);
    }

    #[test]
    fn link_reference_definitions_are_blank() {
        let p = parse("See [the report][r].\n\n[r]: https://ex.com/55 \"Title 66\"\n");
        assert!(
            p.prose.contains("the report") && !p.prose.contains("55") && !p.prose.contains("66")
        );
    }

    #[test]
    fn crlf_line_endings_keep_offsets() {
        let md = "# Head 1\r\n\r\nBody 20 troops.\r\n";
        let p = parse(md);
        assert_eq!(p.prose.len(), md.len());
        assert_eq!(
            &p.prose[md.find("Body").unwrap()..][..15],
            "Body 20 troops."
        );
    }

    #[test]
    fn a_table_without_outer_pipes_still_has_cells() {
        let cells: Vec<String> = blocks("a | b\n--|--\n1 | 2\n")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(cells, ["a", "b", "1", "2"]);
    }

    #[test]
    fn a_comment_spanning_lines_inside_a_paragraph_is_one_comment() {
        let md = "Text <!-- numcheck-disable\nmarker --> more.\n";
        let p = parse(md);
        assert_eq!(p.comments.len(), 1);
        assert_eq!(&md[p.comments[0]], "<!-- numcheck-disable\nmarker -->");
        assert!(!p.prose.contains("marker"));
    }

    #[test]
    fn a_byte_order_mark_does_not_hide_the_first_heading() {
        assert_eq!(
            blocks("\u{feff}# Title 1\n\nBody.\n")[0],
            (BlockKind::Headline, "Title 1".into())
        );
    }
}
