//! The `pattern` rule kind: a raw regular expression over the prose.

use regex::{Regex, RegexBuilder};

use crate::document::Span;
use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit, Label};

declare_kind! {
    /// ## What it flags
    /// Every match of a regular expression in the prose of a draft, like Vale's
    /// `existence` rule: a house ban on a phrase ("a whopping", "literally doubled"), a
    /// unit written the wrong way ("per cent" in a US title), a figure that must always
    /// carry a source. Code, URLs, front matter and markup are never searched, and a
    /// match never crosses from one paragraph, heading or table cell into the next.
    ///
    /// ## Why it matters
    /// Every newsroom has a few words about numbers it never wants to print. A pattern
    /// rule catches them without writing Rust, and its finding points at the exact words.
    ///
    /// ## Example
    /// With `pattern: "(?i)a whopping"`, this draft is flagged at "a whopping":
    ///
    /// ```markdown
    /// The council approved a whopping $3m for the new library.
    /// ```
    ///
    /// ## Not flagged
    /// Text in code spans and code blocks, link targets and HTML comments:
    ///
    /// ```markdown
    /// Run `grep "a whopping"` to find the phrase.
    /// ```
    ///
    /// ## Options
    /// - `pattern` (string, required): the regular expression, in Rust `regex` syntax.
    /// - `ignore_case` (boolean, default false): match without regard to case.
    ///
    /// The message template may use `{match}` (the text matched) and `{pattern}`.
    ///
    /// ```yaml
    /// - id: no-whopping
    ///   kind: pattern
    ///   severity: warning
    ///   pattern: "a whopping"
    ///   ignore_case: true
    ///   message: "Avoid “{match}”: let the figure speak"
    /// ```
    pub struct Pattern = "pattern" vars ["match", "pattern"] {
        /// The regular expression.
        pattern: Option<String>,
        /// Match without regard to case.
        ignore_case: Option<bool>,
    }
}

/// Whether a pattern matches without regard to case unless told otherwise.
const DEFAULT_IGNORE_CASE: bool = false;

/// The compiled regex may not grow beyond this (bytes), so a rule file cannot make the
/// checker slow.
const SIZE_LIMIT: usize = 1 << 20;

impl Compile for Pattern {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        let Some(pattern) = self.pattern.as_deref() else {
            return Err(vec![OptionError {
                field: "pattern",
                message: "missing: a `pattern` rule needs a regular expression".to_owned(),
            }]);
        };
        if pattern.is_empty() {
            return Err(vec![OptionError {
                field: "pattern",
                message: "empty: it would match everywhere".to_owned(),
            }]);
        }
        let regex = RegexBuilder::new(pattern)
            .case_insensitive(self.ignore_case.unwrap_or(DEFAULT_IGNORE_CASE))
            .size_limit(SIZE_LIMIT)
            .build()
            .map_err(|e| {
                vec![OptionError {
                    field: "pattern",
                    message: format!("invalid regular expression: {}", regex_reason(&e)),
                }]
            })?;
        Ok(Box::new(Compiled { regex }))
    }
}

/// The one-line reason of a regex error (its display spans several lines with a
/// caret diagram).
fn regex_reason(e: &regex::Error) -> String {
    let text = e.to_string();
    text.lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("error: "))
        .map_or_else(
            || text.lines().last().unwrap_or("").trim().to_owned(),
            str::to_owned,
        )
}

/// The compiled check.
#[derive(Debug)]
struct Compiled {
    regex: Regex,
}

impl Check for Compiled {
    fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
        let doc = cx.doc;
        for block in &doc.blocks {
            let prose = &doc.prose[block.span.start..block.span.end];
            for m in self.regex.find_iter(prose) {
                let span = Span::new(block.span.start + m.start(), block.span.start + m.end());
                // The prose view blanks markup with spaces; a match that is only blanks
                // (or starts or ends in a blanked stretch) is not something the user wrote.
                let text = &doc.source[span.start..span.end];
                if m.as_str().trim().is_empty() || text.trim() != m.as_str().trim() {
                    continue;
                }
                out.push(
                    Hit::new(
                        Label::new(span, "matched here"),
                        format!(
                            "“{}” matches the pattern `{}`",
                            m.as_str(),
                            self.regex.as_str()
                        ),
                    )
                    .var("match", m.as_str())
                    .var("pattern", self.regex.as_str()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::rules::RuleSet;

    fn rules(extra: &str) -> RuleSet {
        RuleSet::from_yaml(
            "r.yaml",
            &format!("version: 1\nrules:\n  - id: p\n    kind: pattern\n{extra}"),
        )
        .unwrap()
    }

    fn spans(set: &RuleSet, text: &str) -> Vec<String> {
        let doc = Document::plain(text);
        let extraction = crate::extract(&doc, set.extract_options());
        set.check(&doc, &extraction)
            .iter()
            .map(|f| text[f.primary.span.start..f.primary.span.end].to_owned())
            .collect()
    }

    #[test]
    fn a_pattern_flags_each_match() {
        let set = rules("    pattern: \"a whopping\"\n");
        assert_eq!(
            spans(&set, "It cost a whopping $3m. Then a whopping $4m."),
            ["a whopping", "a whopping"]
        );
    }

    #[test]
    fn case_matters_unless_ignore_case_is_set() {
        assert!(spans(&rules("    pattern: whopping\n"), "Whopping sums.").is_empty());
        assert_eq!(
            spans(
                &rules("    pattern: whopping\n    ignore_case: true\n"),
                "Whopping sums."
            ),
            ["Whopping"]
        );
    }

    #[test]
    fn the_message_template_gets_the_match() {
        let set = rules("    pattern: \"per cent\"\n    message: \"Write percent, not {match}\"\n");
        let doc = Document::plain("Up 3 per cent.");
        let f = set.check(&doc, &crate::extract(&doc, set.extract_options()));
        assert_eq!(f[0].message, "Write percent, not per cent");
    }

    #[test]
    fn a_bad_regex_is_a_load_error_at_the_pattern() {
        let err = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nrules:\n  - id: p\n    kind: pattern\n    pattern: \"(a\"\n",
        )
        .unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].column), (5, 14));
        assert_eq!(
            err.0[0].message,
            "`pattern`: invalid regular expression: unclosed group"
        );
    }

    #[test]
    fn a_missing_pattern_is_a_load_error() {
        let err = RuleSet::from_yaml(
            "r.yaml",
            "version: 1\nrules:\n  - id: p\n    kind: pattern\n",
        )
        .unwrap_err();
        assert!(
            err.0[0].message.contains("needs a regular expression"),
            "{err}"
        );
    }
}
