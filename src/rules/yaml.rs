//! The one module that names the YAML crate, and the search that turns its coarse error
//! positions into exact ones.
//!
//! `serde_yaml` reports a shape error inside a rule entry at the start of the enclosing
//! sequence, because serde buffers internally tagged content. The loader therefore
//! deserializes each entry on its own and asks [`locate`] where the offending key or
//! value is written, by walking the indentation of the block-style text (vale's
//! "refine by search"). A swap to a maintained fork of the crate touches this file only.

use serde::de::DeserializeOwned;

/// A parsed YAML value.
pub(crate) type Value = serde_yaml::Value;
/// A YAML mapping.
pub(crate) type Mapping = serde_yaml::Mapping;

/// A YAML syntax error at a 1-based line and character column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) message: String,
}

/// Parses `text` into a YAML value.
pub(crate) fn parse(text: &str) -> Result<Value, SyntaxError> {
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
        SyntaxError {
            line,
            column,
            message: without_mark(&e.to_string()),
        }
    })
}

/// Deserializes a parsed value; the error is serde's message, without position.
pub(crate) fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_yaml::from_value(value).map_err(|e| without_mark(&e.to_string()))
}

/// A value as it would be written in YAML on one line, for messages and docs.
pub(crate) fn inline(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            if s.is_empty()
                || s.contains([':', '#', '{', '}', '[', ']', ',', '"', '\''])
                || s.starts_with([' ', '-', '*', '&', '!', '|', '>', '%', '@', '`'])
                || s.ends_with(' ')
                || matches!(
                    parse(s),
                    Ok(Value::Bool(_) | Value::Number(_) | Value::Null)
                )
            {
                format!("{s:?}")
            } else {
                s.clone()
            }
        }
        Value::Sequence(items) => {
            let items: Vec<String> = items.iter().map(inline).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Mapping(map) => {
            let pairs: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", inline(k), inline(v)))
                .collect();
            format!("{{{}}}", pairs.join(", "))
        }
        Value::Tagged(t) => inline(&t.value),
    }
}

/// The name of a value's type, for messages.
pub(crate) fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Drops the " at line N column M" serde_yaml appends to its messages: positions are
/// reported separately.
fn without_mark(message: &str) -> String {
    const AT: &str = " at line ";
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(AT) {
        let tail = &rest[at + AT.len()..];
        let line_digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        if line_digits > 0
            && let Some(col_tail) = tail[line_digits..].strip_prefix(" column ")
        {
            let col_digits = col_tail.bytes().take_while(u8::is_ascii_digit).count();
            if col_digits > 0 {
                out.push_str(&rest[..at]);
                rest = &col_tail[col_digits..];
                continue;
            }
        }
        out.push_str(&rest[..at + AT.len()]);
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// One step of the path to a node: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// The value under a key.
    Key(String),
    /// The item at an index.
    Index(usize),
}

/// A 1-based line and character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// Where a node is written: its key (the item itself for an index) and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) key: Pos,
    pub(crate) value: Pos,
}

/// The part of the text a node's value occupies.
#[derive(Debug, Clone, Copy)]
enum Region {
    /// Lines `start..end` of a block node whose keys sit at byte column `col`.
    Block { start: usize, end: usize },
    /// A flow or scalar value starting at byte `col` of `line`.
    Inline { line: usize, col: usize },
}

/// Finds where the node at `path` is written in block-style `text`. Flow collections
/// are followed on one line. `None` when the text is laid out in a way the search does
/// not follow; callers then fall back to a shorter path.
pub(crate) fn locate(text: &str, path: &[Step]) -> Option<Found> {
    // A byte-order mark is invisible in an editor: columns are counted after it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let first = (0..lines.len()).find(|&i| meaningful(lines[i]) && lines[i].trim() != "---")?;
    let mut region = Region::Block {
        start: first,
        end: lines.len(),
    };
    let mut found = Found {
        key: pos(&lines, first, 0),
        value: pos(&lines, first, 0),
    };
    for step in path {
        let (f, r) = match (step, region) {
            (Step::Key(k), Region::Block { start, end }) => block_key(&lines, start, end, k)?,
            (Step::Index(i), Region::Block { start, end }) => block_index(&lines, start, end, *i)?,
            (step, Region::Inline { line, col }) => flow_step(&lines, line, col, step)?,
        };
        found = f;
        region = r;
    }
    Some(found)
}

fn meaningful(line: &str) -> bool {
    let t = line.trim_start();
    !t.is_empty() && !t.starts_with('#')
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The byte column where a line's content starts, past indentation and `- ` markers.
fn content_col(line: &str) -> usize {
    let mut col = indent(line);
    loop {
        let rest = &line[col..];
        if rest == "-" || rest.starts_with("- ") {
            col += 1;
            col += line[col..].len() - line[col..].trim_start_matches(' ').len();
        } else {
            return col;
        }
    }
}

fn pos(lines: &[&str], line: usize, byte_col: usize) -> Pos {
    let text = lines.get(line).copied().unwrap_or("");
    let byte_col = byte_col.min(text.len());
    let column = text.get(..byte_col).map_or(byte_col, |s| s.chars().count()) + 1;
    Pos {
        line: line + 1,
        column,
    }
}

/// The key written at the start of `rest` and the byte offset of its value (past the
/// colon and spaces).
fn key_at(rest: &str) -> Option<(String, usize)> {
    let (key, after) = if let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let close = rest[1..].find(q)? + 1;
        (rest[1..close].to_owned(), close + 1)
    } else {
        let colon = rest.match_indices(':').find(|(i, _)| {
            let next = rest[i + 1..].chars().next();
            next.is_none() || next == Some(' ')
        })?;
        (rest[..colon.0].trim_end().to_owned(), colon.0)
    };
    if !rest[after..].starts_with(':') {
        return None;
    }
    let value = after + 1;
    let skip = rest[value..].len() - rest[value..].trim_start_matches(' ').len();
    Some((key, value + skip))
}

fn block_key(lines: &[&str], start: usize, end: usize, key: &str) -> Option<(Found, Region)> {
    let first = (start..end).find(|&i| meaningful(lines[i]))?;
    let col = content_col(lines[first]);
    for l in first..end {
        let line = lines[l];
        if !meaningful(line) || content_col(line) != col {
            continue;
        }
        let Some((k, value)) = key_at(&line[col..]) else {
            continue;
        };
        if k != key {
            continue;
        }
        let key_pos = pos(lines, l, col);
        let value_col = col + value;
        let inline_value = &line[value_col..];
        if !inline_value.is_empty() && !inline_value.starts_with('#') {
            let found = Found {
                key: key_pos,
                value: pos(lines, l, value_col),
            };
            return Some((
                found,
                Region::Inline {
                    line: l,
                    col: value_col,
                },
            ));
        }
        // A block value: the lines below, more indented (or a sequence at the key's own
        // indentation).
        let key_indent = col;
        let mut stop = end;
        for (m, text) in lines.iter().enumerate().take(end).skip(l + 1) {
            if !meaningful(text) {
                continue;
            }
            let ind = indent(text);
            if ind < key_indent || (ind == key_indent && !text[ind..].starts_with('-')) {
                stop = m;
                break;
            }
        }
        let value_pos = (l + 1..stop)
            .find(|&m| meaningful(lines[m]))
            .map_or(key_pos, |m| pos(lines, m, content_col(lines[m])));
        let found = Found {
            key: key_pos,
            value: value_pos,
        };
        return Some((
            found,
            Region::Block {
                start: l + 1,
                end: stop,
            },
        ));
    }
    None
}

fn block_index(lines: &[&str], start: usize, end: usize, index: usize) -> Option<(Found, Region)> {
    let first = (start..end).find(|&i| meaningful(lines[i]))?;
    let dash = indent(lines[first]);
    let items: Vec<usize> = (first..end)
        .filter(|&i| {
            let l = lines[i];
            meaningful(l) && indent(l) == dash && (l[dash..] == *"-" || l[dash..].starts_with("- "))
        })
        .collect();
    let &item = items.get(index)?;
    let stop = items.get(index + 1).copied().unwrap_or(end);
    let col = content_col(lines[item]);
    let p = pos(lines, item, col);
    let found = Found { key: p, value: p };
    let rest = &lines[item][col..];
    if rest.starts_with('[')
        || rest.starts_with('{')
        || (!rest.is_empty() && key_at(rest).is_none())
    {
        return Some((found, Region::Inline { line: item, col }));
    }
    // The item's mapping: its first line with the dash blanked, then the lines below.
    Some((
        found,
        Region::Block {
            start: item,
            end: stop,
        },
    ))
}

/// Splits the flow collection opening at byte `col` of `line` into its top-level
/// elements, as (byte start, text).
fn flow_elements(line: &str, col: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    if !matches!(bytes.get(col), Some(b'[' | b'{')) {
        return out;
    }
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut elem_start = col + 1;
    for (i, &b) in bytes.iter().enumerate().skip(col) {
        if let Some(q) = quote {
            if b == q {
                quote = None;
            }
            continue;
        }
        match b {
            b'"' | b'\'' => quote = Some(b),
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    push_element(&mut out, line, elem_start, i);
                    break;
                }
            }
            b',' if depth == 1 => {
                push_element(&mut out, line, elem_start, i);
                elem_start = i + 1;
            }
            _ => {}
        }
    }
    out
}

fn push_element<'a>(out: &mut Vec<(usize, &'a str)>, line: &'a str, start: usize, end: usize) {
    let text = &line[start..end];
    let skip = text.len() - text.trim_start().len();
    let text = text.trim();
    if !text.is_empty() {
        out.push((start + skip, text));
    }
}

fn flow_step(lines: &[&str], line: usize, col: usize, step: &Step) -> Option<(Found, Region)> {
    let text = lines.get(line)?;
    let elements = flow_elements(text, col);
    match step {
        Step::Index(i) => {
            let &(start, _) = elements.get(*i)?;
            let p = pos(lines, line, start);
            Some((
                Found { key: p, value: p },
                Region::Inline { line, col: start },
            ))
        }
        Step::Key(k) => elements.iter().find_map(|&(start, elem)| {
            let (key, value) = key_at(elem)?;
            (key == *k).then(|| {
                let found = Found {
                    key: pos(lines, line, start),
                    value: pos(lines, line, start + value),
                };
                (
                    found,
                    Region::Inline {
                        line,
                        col: start + value,
                    },
                )
            })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, path: &[Step]) -> Option<(usize, usize, usize, usize)> {
        locate(text, path).map(|f| (f.key.line, f.key.column, f.value.line, f.value.column))
    }

    fn key(k: &str) -> Step {
        Step::Key(k.to_owned())
    }

    const FILE: &str = "# rules\nversion: 1\nextends: [default, ./house.yaml]\nrules:\n  - id: a\n    kind: repeat\n    min_value: 100\n\n  - id: b\n    kind: figure\n    when: { kind: percent, min: 90 }\nfacts:\n- subject: justices\n  value: 9\n";

    #[test]
    fn a_top_level_key_is_found_at_its_column() {
        assert_eq!(at(FILE, &[key("version")]), Some((2, 1, 2, 10)));
    }

    #[test]
    fn a_key_inside_the_second_entry_is_found_on_its_own_line() {
        assert_eq!(
            at(FILE, &[key("rules"), Step::Index(1), key("kind")]),
            Some((10, 5, 10, 11))
        );
    }

    #[test]
    fn the_first_key_of_an_entry_is_found_after_the_dash() {
        assert_eq!(
            at(FILE, &[key("rules"), Step::Index(0), key("id")]),
            Some((5, 5, 5, 9))
        );
    }

    #[test]
    fn a_flow_sequence_item_is_found_on_its_line() {
        assert_eq!(
            at(FILE, &[key("extends"), Step::Index(1)]),
            Some((3, 20, 3, 20))
        );
    }

    #[test]
    fn a_key_in_a_flow_mapping_is_found() {
        assert_eq!(
            at(
                FILE,
                &[key("rules"), Step::Index(1), key("when"), key("min")]
            ),
            Some((11, 28, 11, 33))
        );
    }

    #[test]
    fn a_sequence_at_the_keys_own_indentation_is_followed() {
        assert_eq!(
            at(FILE, &[key("facts"), Step::Index(0), key("value")]),
            Some((14, 3, 14, 10))
        );
    }

    #[test]
    fn a_missing_key_is_not_found() {
        assert_eq!(
            at(FILE, &[key("rules"), Step::Index(0), key("pattern")]),
            None
        );
        assert_eq!(at(FILE, &[key("rules"), Step::Index(2)]), None);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "rules:\n  - id: a\n    message: \"é {x}\"\n";
        assert_eq!(
            at(text, &[key("rules"), Step::Index(0), key("message")]),
            Some((3, 5, 3, 14))
        );
    }

    #[test]
    fn windows_line_ends_and_a_byte_order_mark_do_not_shift_positions() {
        let text = "\u{feff}version: 1\r\nrules:\r\n  - id: x\r\n    kind: nope\r\n";
        assert_eq!(at(text, &[key("version")]), Some((1, 1, 1, 10)));
        assert_eq!(
            at(text, &[key("rules"), Step::Index(0), key("kind")]),
            Some((4, 5, 4, 11))
        );
    }

    #[test]
    fn serde_positions_are_stripped_from_messages() {
        assert_eq!(
            without_mark("did not find expected key at line 3 column 2"),
            "did not find expected key"
        );
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let e = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(e.line >= 1 && e.column >= 1, "{e:?}");
    }
}
