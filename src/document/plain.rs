//! Plain text: paragraphs separated by blank lines; a short first line without a full
//! stop is the headline.

use super::prose::blank_bare_urls;
use super::{Block, BlockKind, Parsed, Span};

/// Longest first line (in characters) still taken as a headline.
const MAX_HEADLINE_CHARS: usize = 150;

/// The prose view (the source itself, a byte-order mark and bare URLs blanked) and the
/// blocks. Plain text has no comments, hence no suppressions.
pub(super) fn parse(source: &str) -> Parsed {
    let mut prose = source.to_owned();
    if prose.starts_with('\u{feff}') {
        prose.replace_range(0..3, "   ");
    }
    blank_bare_urls(&mut prose);
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in prose.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                blocks.push(trimmed_block(&prose, s, offset));
                start = None;
            }
            (false, None) => start = Some(offset),
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        blocks.push(trimmed_block(&prose, s, prose.len()));
    }
    if let Some(first) = blocks.first_mut() {
        let text = &prose[first.span];
        let one_line = !text.contains('\n');
        let short = text.chars().count() <= MAX_HEADLINE_CHARS;
        let no_stop = !text.trim_end().ends_with(['.', '!', '?', ':', ';']);
        if one_line && short && no_stop && blocks.len() > 1 {
            blocks[0].kind = BlockKind::Headline;
        }
    }
    Parsed {
        prose,
        blocks,
        comments: Vec::new(),
    }
}

fn trimmed_block(prose: &str, start: usize, end: usize) -> Block {
    let text = &prose[start..end];
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    Block {
        span: Span::new(start + lead, end - trail),
        kind: BlockKind::Paragraph,
        section: 0,
        cell: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(BlockKind, &str)> {
        parse(text)
            .blocks
            .iter()
            .map(|b| (b.kind, &text[b.span]))
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            blocks("One two.\nThree.\n\n  \nFour.\n"),
            [
                (BlockKind::Paragraph, "One two.\nThree."),
                (BlockKind::Paragraph, "Four.")
            ]
        );
    }

    #[test]
    fn a_short_first_line_without_a_full_stop_is_the_headline() {
        assert_eq!(
            blocks("Troops sent to border\n\nThe Pentagon said.")[0].0,
            BlockKind::Headline
        );
    }

    #[test]
    fn a_first_sentence_is_not_a_headline() {
        assert_eq!(
            blocks("The Pentagon said so.\n\nIt did.")[0].0,
            BlockKind::Paragraph
        );
    }
}
