//! Suppression comments in Markdown and HTML drafts.
//!
//! ```markdown
//! <!-- numcheck-disable-next-line reused-number -->
//! <!-- numcheck-disable conflicting-figures qualifier-mismatch -- checked with the desk -->
//! ...
//! <!-- numcheck-enable conflicting-figures qualifier-mismatch -->
//! ```
//!
//! A directive without rule ids covers every rule. Text after ` -- ` is a reason for the
//! reader and is ignored. `numcheck-disable-next-line` covers the next line that is not
//! blank; `numcheck-disable` covers everything up to the matching `numcheck-enable` (or
//! the end of the draft). The readers only collect the comments; the regions are applied
//! to findings after the rules have run (see `crate::check`).

use super::{LineIndex, Span};

/// What a suppression comment says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Directive {
    /// `numcheck-disable-next-line`.
    DisableNextLine,
    /// `numcheck-disable`, closed by a `numcheck-enable`.
    Disable,
}

impl Directive {
    /// The directive as written in a comment.
    pub fn as_str(self) -> &'static str {
        match self {
            Directive::DisableNextLine => "numcheck-disable-next-line",
            Directive::Disable => "numcheck-disable",
        }
    }
}

/// One rule (or every rule) silenced over a region of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The comment that asked for it.
    pub comment: Span,
    /// What the comment says.
    pub directive: Directive,
    /// The rule id silenced; `None` for every rule.
    pub rule: Option<String>,
    /// The bytes where findings of that rule are dropped.
    pub region: Span,
}

impl Suppression {
    /// Whether this suppression silences a finding of rule `rule` starting at `offset`.
    pub fn covers(&self, rule: &str, offset: usize) -> bool {
        self.region.contains(offset) && self.rule.as_deref().is_none_or(|r| r == rule)
    }
}

enum Parsed<'a> {
    NextLine(Vec<&'a str>),
    Disable(Vec<&'a str>),
    Enable(Vec<&'a str>),
}

/// Reads one comment (`<!-- ... -->`, as in the source) as a directive, if it is one.
fn parse_comment(comment: &str) -> Option<Parsed<'_>> {
    let body = comment
        .strip_prefix("<!--")?
        .strip_suffix("-->")
        .unwrap_or(comment.get(4..)?)
        .trim();
    let (word, rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
    let rest = rest.split_once(" --").map_or(rest, |(ids, _reason)| ids);
    let ids: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .collect();
    match word {
        "numcheck-disable-next-line" => Some(Parsed::NextLine(ids)),
        "numcheck-disable" => Some(Parsed::Disable(ids)),
        "numcheck-enable" => Some(Parsed::Enable(ids)),
        _ => None,
    }
}

/// The suppressions stated by `comments` (spans of `<!-- ... -->` in `source`, in source
/// order), each rule of each directive as its own [`Suppression`], in source order.
pub(super) fn collect(source: &str, lines: &LineIndex, comments: &[Span]) -> Vec<Suppression> {
    let mut out = Vec::new();
    // Open `numcheck-disable` regions: (rule, comment, start of region).
    let mut open: Vec<(Option<String>, Span, usize)> = Vec::new();
    for &comment in comments {
        let Some(parsed) = parse_comment(&source[comment]) else {
            continue;
        };
        match parsed {
            Parsed::NextLine(ids) => {
                let region = next_line(source, lines, comment.end);
                for rule in rule_list(&ids) {
                    out.push(Suppression {
                        comment,
                        directive: Directive::DisableNextLine,
                        rule,
                        region,
                    });
                }
            }
            Parsed::Disable(ids) => {
                for rule in rule_list(&ids) {
                    if !open.iter().any(|(r, _, _)| *r == rule) {
                        open.push((rule, comment, comment.end));
                    }
                }
            }
            Parsed::Enable(ids) => {
                let mut i = 0;
                while i < open.len() {
                    let matches =
                        ids.is_empty() || open[i].0.as_deref().is_some_and(|r| ids.contains(&r));
                    if matches {
                        let entry = open.remove(i);
                        close(&mut out, entry, comment.start);
                    } else {
                        i += 1;
                    }
                }
            }
        }
    }
    for entry in open {
        close(&mut out, entry, source.len());
    }
    out.sort_by_key(|s| (s.comment, s.region));
    out
}

/// Ends an open `numcheck-disable` region at `end`.
fn close(
    out: &mut Vec<Suppression>,
    (rule, comment, start): (Option<String>, Span, usize),
    end: usize,
) {
    out.push(Suppression {
        comment,
        directive: Directive::Disable,
        rule,
        region: Span::new(start, end.max(start)),
    });
}

fn rule_list(ids: &[&str]) -> Vec<Option<String>> {
    if ids.is_empty() {
        vec![None]
    } else {
        let mut v: Vec<Option<String>> = ids.iter().map(|s| Some((*s).to_owned())).collect();
        v.dedup();
        v
    }
}

/// The first line after the one holding `offset` that is not blank (an empty span at the
/// end of the text when there is none).
fn next_line(source: &str, lines: &LineIndex, offset: usize) -> Span {
    let mut line = lines.line_col(source, offset.saturating_sub(1)).line + 1;
    while let Some(start) = lines.line_start(line) {
        let end = lines.line_start(line + 1).unwrap_or(source.len());
        if !source[start..end].trim().is_empty() {
            return Span::new(start, end);
        }
        line += 1;
    }
    Span::new(source.len(), source.len())
}

/// The spans of the HTML comments (`<!-- ... -->`) in `text`, which starts at byte
/// `base` of the source. An unclosed comment runs to the end of `text`.
pub(super) fn comments_in(text: &str, base: usize, out: &mut Vec<Span>) {
    let mut from = 0;
    while let Some(open) = text[from..].find("<!--") {
        let start = from + open;
        let end = text[start + 4..]
            .find("-->")
            .map_or(text.len(), |close| start + 4 + close + 3);
        out.push(Span::new(base + start, base + end));
        from = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suppressions(text: &str) -> Vec<(Option<String>, String)> {
        let mut comments = Vec::new();
        comments_in(text, 0, &mut comments);
        collect(text, &LineIndex::new(text), &comments)
            .into_iter()
            .map(|s| (s.rule, text[s.region].to_owned()))
            .collect()
    }

    #[test]
    fn disable_next_line_covers_the_next_line_that_is_not_blank() {
        let text = "<!-- numcheck-disable-next-line a -->\n\nHit 20.\nMiss 20.\n";
        assert_eq!(suppressions(text), [(Some("a".into()), "Hit 20.\n".into())]);
    }

    #[test]
    fn a_directive_without_ids_covers_every_rule() {
        let text = "<!-- numcheck-disable -->x<!-- numcheck-enable -->y";
        assert_eq!(suppressions(text), [(None, "x".into())]);
    }

    #[test]
    fn enable_closes_only_the_rules_it_names() {
        let text = "<!-- numcheck-disable a, b -->1<!-- numcheck-enable a -->2";
        assert_eq!(
            suppressions(text),
            [
                (Some("a".into()), "1".into()),
                (Some("b".into()), "1<!-- numcheck-enable a -->2".into())
            ]
        );
    }

    #[test]
    fn a_reason_after_two_dashes_is_not_a_rule_id() {
        let text = "<!-- numcheck-disable-next-line a -- checked by the desk -->\nx";
        assert_eq!(suppressions(text), [(Some("a".into()), "x".into())]);
    }

    #[test]
    fn other_comments_are_not_directives() {
        assert!(suppressions("<!-- expect: conflicting-figures -->\nx").is_empty());
    }
}
