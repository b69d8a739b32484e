//! HTML, as exported from a content management system, read by a small tokenizer.
//!
//! Text nodes are prose at their own offsets; entities (`&amp;`, `&nbsp;`, `&#8212;`,
//! `&mdash;`, `&pound;` ...) are decoded in place and padded with spaces, which always
//! fits because a decoded entity is never longer than the entity. Tags, comments,
//! attributes and the contents of `script`, `style`, `code`, `pre` (and other elements a
//! reader does not read as prose, such as `svg` and `textarea`) stay blank. Block
//! elements (`p`, `div`, `li`, `td`, `h1`...) end a block; two `<br>` in a row end one
//! too. The first `<h1>` is the headline. The `<title>` usually repeats it with the
//! site's name ("... | The Courier"): it is the headline only on a page without an
//! `<h1>`, and is not prose on a page with one.

use std::ops::Range;

use super::prose::ProseBuf;
use super::{Block, BlockKind, Cell, Parsed, Span};

/// Reads a whole HTML document.
pub(super) fn parse(source: &str) -> Parsed {
    let mut prose = ProseBuf::new(source);
    let mut blocks = Vec::new();
    let mut comments = Vec::new();
    let headline = if has_h1(source.as_bytes()) {
        Headline::FirstH1
    } else {
        Headline::Title
    };
    let mut reader = Reader::new(&mut blocks, &mut comments, 0, headline);
    reader.read(&mut prose, 0..source.len());
    Parsed {
        prose: prose.finish(),
        blocks,
        comments,
    }
}

/// Reads the HTML in `range` of the source (an HTML block inside Markdown) into `prose`,
/// adding its blocks (all in `section`) and comments. It never names a headline.
pub(super) fn read_fragment(
    prose: &mut ProseBuf<'_>,
    range: Range<usize>,
    section: usize,
    blocks: &mut Vec<Block>,
    comments: &mut Vec<Span>,
) {
    Reader::new(blocks, comments, section, Headline::None).read(prose, range);
}

/// Elements whose text is not prose.
const HIDDEN: &[&str] = &[
    "audio", "button", "canvas", "code", "del", "iframe", "kbd", "math", "nav", "noscript",
    "object", "pre", "s", "samp", "select", "strike", "svg", "template", "textarea", "video",
];

/// Elements whose contents are raw text, not markup: read up to the closing tag.
const RAW: &[&str] = &["script", "style", "textarea"];

/// Elements that end a block where they open and where they close.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Which element of a page is its headline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Headline {
    /// None: an HTML block inside Markdown.
    None,
    /// The `<title>`, or the first `<h1>` after it: a page without an `<h1>`.
    Title,
    /// The first `<h1>`; the `<title>`, which repeats it with the site's name, is not
    /// prose.
    FirstH1,
}

struct Reader<'o> {
    blocks: &'o mut Vec<Block>,
    comments: &'o mut Vec<Span>,
    section: usize,
    /// Where the headline is: a whole document has one.
    headline: Headline,
    headline_taken: bool,
    kind: BlockKind,
    current: Option<Span>,
    hidden: Vec<String>,
    /// The last thing read was a `<br>` (with nothing but white space after it).
    after_br: bool,
    /// The tables open, innermost last: the place of the current (or next) cell of
    /// each, and the column of its next cell.
    tables: Vec<(Cell, usize)>,
}

impl<'o> Reader<'o> {
    fn new(
        blocks: &'o mut Vec<Block>,
        comments: &'o mut Vec<Span>,
        section: usize,
        headline: Headline,
    ) -> Self {
        Reader {
            blocks,
            comments,
            section,
            headline,
            headline_taken: false,
            kind: BlockKind::Paragraph,
            current: None,
            hidden: Vec::new(),
            after_br: false,
            tables: Vec::new(),
        }
    }

    fn read(&mut self, prose: &mut ProseBuf<'_>, range: Range<usize>) {
        let source = prose.source();
        let end = range.end.min(source.len());
        let bytes = &source.as_bytes()[..end];
        let mut i = range.start;
        while i < end {
            match bytes[i] {
                b'<' => {
                    if bytes[i..].starts_with(b"<!--") {
                        let close = find(bytes, i + 4, b"-->").map_or(end, |c| c + 3);
                        self.comments.push(Span::new(i, close));
                        i = close;
                    } else if bytes[i..].starts_with(b"<![CDATA[") {
                        i = find(bytes, i, b"]]>").map_or(end, |c| c + 3);
                    } else if bytes[i..].starts_with(b"<!") || bytes[i..].starts_with(b"<?") {
                        i = find(bytes, i, b">").map_or(end, |c| c + 1);
                    } else if let Some(tag) = Tag::scan(bytes, i) {
                        let start = i;
                        i = tag.end;
                        let after_digit = start > 0 && bytes[start - 1].is_ascii_digit();
                        if tag.name == "sup"
                            && !tag.closing
                            && !after_digit
                            && is_note_marker(bytes, i)
                        {
                            // A footnote marker ("troops<sup>[1]</sup>") is not a figure.
                            i = find_closing(bytes, i, "sup").unwrap_or(end);
                            continue;
                        }
                        self.tag(&tag);
                        if !tag.closing && !tag.self_closing && RAW.contains(&tag.name.as_str()) {
                            i = find_closing(bytes, i, &tag.name).unwrap_or(end);
                        }
                    } else {
                        // A `<` that opens no tag ("3 < 5") is text.
                        self.text(prose, i..i + 1);
                        i += 1;
                    }
                }
                b'&' => {
                    let (len, decoded) = entity(&bytes[i..]);
                    if let Some(decoded) = decoded {
                        if self.hidden.is_empty() {
                            prose.put(i..i + len, decoded.encode_utf8(&mut [0; 4]));
                            self.note_text(i, i + len);
                        }
                    } else {
                        self.text(prose, i..i + len);
                    }
                    i += len;
                }
                _ => {
                    let next = bytes[i..]
                        .iter()
                        .position(|&b| b == b'<' || b == b'&')
                        .map_or(end, |p| i + p);
                    self.text(prose, i..next);
                    i = next;
                }
            }
        }
        self.flush();
    }

    /// A run of text of the source (no tags, no entities).
    fn text(&mut self, prose: &mut ProseBuf<'_>, range: Range<usize>) {
        if !self.hidden.is_empty() {
            return;
        }
        let source = prose.source();
        let text = &source[range.clone()];
        let trimmed = text.trim_start();
        let start = range.end - trimmed.len();
        let end = start + trimmed.trim_end().len();
        prose.copy(range);
        if start < end {
            self.note_text(start, end);
        }
    }

    /// Prose at `start..end`: it extends the current block.
    fn note_text(&mut self, start: usize, end: usize) {
        self.after_br = false;
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
                cell: match (self.kind, self.tables.last()) {
                    (BlockKind::TableCell, Some(&(cell, _))) => Some(cell),
                    _ => None,
                },
            });
        }
        self.after_br = false;
    }

    /// Keeps the place of table cells: a `<table>` (told apart from others by where its
    /// tag ends), its rows and their cells.
    fn table_tag(&mut self, name: &str, tag: &Tag) {
        match (name, tag.closing) {
            ("table", false) => self.tables.push((
                Cell {
                    table: tag.end,
                    row: 0,
                    column: 0,
                },
                0,
            )),
            ("table", true) => {
                self.tables.pop();
            }
            ("tr", false) => {
                if let Some((cell, next)) = self.tables.last_mut() {
                    // The first row is row 0: a row before it had a cell, or is not
                    // the first.
                    if *next > 0 || cell.row > 0 {
                        cell.row += 1;
                    }
                    *next = 0;
                    cell.column = 0;
                }
            }
            ("td" | "th", false) => {
                if let Some((cell, next)) = self.tables.last_mut() {
                    cell.column = *next;
                    *next += 1;
                }
            }
            _ => {}
        }
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        let hides =
            HIDDEN.contains(&name) || (name == "title" && self.headline == Headline::FirstH1);
        if hides && !tag.self_closing {
            if tag.closing {
                if let Some(at) = self.hidden.iter().rposition(|h| h == name) {
                    self.hidden.truncate(at);
                }
            } else {
                self.hidden.push(name.to_owned());
            }
        }
        if name == "br" {
            if self.after_br {
                self.flush();
            } else {
                self.after_br = true;
            }
            return;
        }
        if !BLOCK.contains(&name) {
            return;
        }
        self.flush();
        self.table_tag(name, tag);
        if tag.closing {
            self.kind = BlockKind::Paragraph;
            return;
        }
        self.kind = match name {
            "title" if self.headline == Headline::Title => {
                self.headline_taken = true;
                BlockKind::Headline
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.section += 1;
                let level = name.as_bytes()[1] - b'0';
                if level == 1 && self.headline != Headline::None && !self.headline_taken {
                    self.headline_taken = true;
                    BlockKind::Headline
                } else {
                    BlockKind::Heading(level)
                }
            }
            "td" | "th" => BlockKind::TableCell,
            _ => BlockKind::Paragraph,
        };
    }
}

/// Whether `bytes` hold an `<h1>` tag (in any case, with or without attributes).
fn has_h1(bytes: &[u8]) -> bool {
    bytes.windows(4).any(|w| {
        w[0] == b'<'
            && w[1].eq_ignore_ascii_case(&b'h')
            && w[2] == b'1'
            && (w[3] == b'>' || w[3] == b'/' || w[3].is_ascii_whitespace())
    })
}

/// One tag, `<name ...>` or `</name>`.
struct Tag {
    /// The name, in lower case.
    name: String,
    closing: bool,
    self_closing: bool,
    /// One past the `>`.
    end: usize,
}

impl Tag {
    /// The tag starting with the `<` at `at`, if one does (a letter after `<` or `</`,
    /// then attributes, quoted values may hold `>`, up to `>`).
    fn scan(bytes: &[u8], at: usize) -> Option<Tag> {
        let mut i = at + 1;
        let closing = bytes.get(i) == Some(&b'/');
        if closing {
            i += 1;
        }
        if !bytes.get(i)?.is_ascii_alphabetic() {
            return None;
        }
        let name_start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'-' | b':'))
        {
            i += 1;
        }
        let name = String::from_utf8_lossy(&bytes[name_start..i]).to_ascii_lowercase();
        let mut quote: Option<u8> = None;
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some(q) if b == q => quote = None,
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => {
                    return Some(Tag {
                        name,
                        closing,
                        self_closing: bytes[i - 1] == b'/',
                        end: i + 1,
                    });
                }
                Some(_) | None => {}
            }
            i += 1;
        }
        None
    }
}

/// The first occurrence of `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Whether the `<sup>` whose contents start at `from` holds only a note marker: digits,
/// letters a to z alone, brackets, commas, asterisks, daggers (tags aside), as in
/// `<sup><a href="#fn1">[1]</a></sup>`.
fn is_note_marker(bytes: &[u8], from: usize) -> bool {
    let Some(close) = find_closing(bytes, from, "sup") else {
        return false;
    };
    let inner = String::from_utf8_lossy(&bytes[from..close]);
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= 8
        && text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '*' | '†' | '‡'))
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '[' | ']' | ',' | '*' | '†' | '‡' | ' '))
}

/// Where the closing tag `</name` of a raw-text element starts, at or after `from`.
fn find_closing(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(lt) = find(bytes, i, b"</") {
        let after = lt + 2;
        if bytes
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            return Some(lt);
        }
        i = after;
    }
    None
}

/// The entity at the start of `bytes` (which starts with `&`): its length in bytes and
/// the character it stands for, or `(1, None)` when it is not a known entity.
fn entity(bytes: &[u8]) -> (usize, Option<char>) {
    let body_len = bytes[1..].iter().take(12).position(|&b| b == b';');
    let Some(body_len) = body_len else {
        return (1, None);
    };
    let len = body_len + 2;
    let Ok(body) = std::str::from_utf8(&bytes[1..=body_len]) else {
        return (1, None);
    };
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        code.filter(|&c| c != 0).and_then(char::from_u32)
    } else {
        named_entity(body)
    };
    match c {
        Some(c) if c.len_utf8() <= len => (len, Some(c)),
        _ => (1, None),
    }
}

/// The named entities a newsroom CMS writes.
fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "shy" => '\u{ad}',
        "ndash" => '–',
        "mdash" => '—',
        "minus" => '−',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "pound" => '£',
        "euro" => '€',
        "yen" => '¥',
        "cent" => '¢',
        "curren" => '¤',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "micro" => 'µ',
        "permil" => '‰',
        "prime" => '′',
        "Prime" => '″',
        "sect" => '§',
        "para" => '¶',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "iacute" => 'í',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "szlig" => 'ß',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let p = parse(html);
        p.blocks
            .iter()
            .map(|b| (b.kind, p.prose[b.span].to_owned()))
            .collect()
    }

    #[test]
    fn text_nodes_keep_their_offsets() {
        let html = "<p>Some <b>20,000</b> troops</p>";
        let p = parse(html);
        assert_eq!(p.prose.len(), html.len());
        assert_eq!(&p.prose[11..17], "20,000");
    }

    #[test]
    fn entities_decode_onto_their_ampersand() {
        let p = parse("<p>&pound;5&nbsp;m &amp; 6&#8212;7</p>");
        assert_eq!(p.prose, "   £     5\u{a0}    m &     6—    7    ");
    }

    #[test]
    fn an_unknown_entity_stays_as_written() {
        assert_eq!(parse("<p>A &bogus; B</p>").prose, "   A &bogus; B    ");
    }

    #[test]
    fn scripts_styles_code_and_comments_are_not_prose() {
        let html = "<script>var n = 2020 < 3;</script><style>p{width:40px}</style>\
                    <p>x <code>99</code><!-- 7 --> y</p>";
        assert_eq!(
            blocks(html),
            [(BlockKind::Paragraph, format!("x{}y", " ".repeat(27)))]
        );
    }

    #[test]
    fn a_quoted_attribute_may_hold_a_closing_bracket() {
        assert_eq!(
            blocks(r#"<p><a href="/x?a>5">5 people</a></p>"#),
            [(BlockKind::Paragraph, "5 people".into())]
        );
    }

    #[test]
    fn the_first_h1_is_the_headline_and_headings_open_sections() {
        let html = "<h1>Troops</h1><p>a</p><h2>More</h2><h1>Again</h1><td>b</td>";
        let p = parse(html);
        let kinds: Vec<_> = p.blocks.iter().map(|b| (b.kind, b.section)).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Headline, 1),
                (BlockKind::Paragraph, 1),
                (BlockKind::Heading(2), 2),
                (BlockKind::Heading(1), 3),
                (BlockKind::TableCell, 3)
            ]
        );
    }

    #[test]
    fn the_title_is_the_headline_of_a_page_without_an_h1_and_no_prose_beside_one() {
        assert_eq!(
            blocks("<title>4 troops | Courier</title><h2>Sent</h2>")[0],
            (BlockKind::Headline, "4 troops | Courier".into())
        );
        assert_eq!(
            blocks("<title>4 troops | Courier</title><H1 class=x>5 troops</H1><p>a</p>"),
            [
                (BlockKind::Headline, "5 troops".into()),
                (BlockKind::Paragraph, "a".into())
            ]
        );
        // "<h10>" and "<h1x>" are no h1.
        assert_eq!(
            blocks("<title>t</title><h10>u</h10>")[0].0,
            BlockKind::Headline
        );
    }

    #[test]
    fn two_line_breaks_end_a_block_but_one_does_not() {
        assert_eq!(
            blocks("a<br>b<br/><br>c")
                .iter()
                .map(|b| b.1.as_str())
                .collect::<Vec<_>>(),
            ["a    b", "c"]
        );
    }

    #[test]
    fn a_less_than_sign_that_opens_no_tag_is_text() {
        assert_eq!(blocks("<p>3 < 5</p>")[0].1, "3 < 5");
    }

    #[test]
    fn an_unclosed_comment_hides_the_rest() {
        assert!(blocks("<!-- 5 people").is_empty());
    }

    #[test]
    fn footnote_markers_in_superscript_are_not_prose_but_exponents_and_ordinals_are() {
        let p = parse(
            r##"<p>Some 300 troops<sup><a href="#fn1">[1]</a></sup> and 10<sup>6</sup> cells</p>"##,
        );
        assert!(!p.prose.contains("[1]") && p.prose.contains('6'));
        let p = parse("<p>The 1<sup>st</sup> unit</p>");
        assert!(p.prose.contains("st"));
    }

    #[test]
    fn struck_out_text_is_not_prose() {
        assert_eq!(
            blocks("<p>Now <del>40</del> 50 people</p>")[0].1,
            format!("Now {}50 people", " ".repeat(14))
        );
    }
}
