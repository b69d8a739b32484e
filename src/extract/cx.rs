//! Token access for the reader: one sentence's tokens, their text as written and in
//! lower case, with total (never panicking) accessors.

use super::lexer::{TokKind, Token};

/// One sentence's tokens and the text they index.
#[derive(Clone, Copy)]
pub(crate) struct Cx<'a> {
    /// The prose view of the document.
    pub(crate) prose: &'a str,
    /// The prose view of the block in ASCII lower case, from byte `lower_base` of the
    /// prose view on: read it through [`Cx::lower_text`].
    pub(crate) lower: &'a str,
    /// Where `lower` starts in the prose view.
    pub(crate) lower_base: usize,
    /// The sentence's tokens.
    pub(crate) toks: &'a [Token],
    /// Whether the sentence's figure drafts, once read, start and end in source order,
    /// so that the draft at a token is found by binary search.
    pub(crate) ordered: bool,
}

impl<'a> Cx<'a> {
    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token at `i`.
    pub(crate) fn tok(&self, i: usize) -> Option<Token> {
        self.toks.get(i).copied()
    }

    /// The text of token `i` as written, or "".
    pub(crate) fn text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.prose.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The lower-case text of token `i`, or "".
    pub(crate) fn low(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| self.lower_text(t.start, t.end))
    }

    /// The lower-case text of bytes `[start, end)` of the prose view (offsets as in
    /// the tokens), or "" outside the block.
    pub(crate) fn lower_text(&self, start: usize, end: usize) -> &'a str {
        self.lower
            .get(start.wrapping_sub(self.lower_base)..end.wrapping_sub(self.lower_base))
            .unwrap_or("")
    }

    /// The lower-case text of token `i` if it is a word, or "".
    pub(crate) fn word(&self, i: usize) -> &'a str {
        if self.is(i, TokKind::Word) {
            self.low(i)
        } else {
            ""
        }
    }

    /// The text of token `i` if it is punctuation, or "".
    pub(crate) fn punct(&self, i: usize) -> &'a str {
        if self.is(i, TokKind::Punct) {
            self.text(i)
        } else {
            ""
        }
    }

    /// The lower-case bytes of token `i` if it is a word, or none: [`Cx::word`] as
    /// bytes, for comparing with a word without cutting it out of the text (and so
    /// without the checks of character boundaries that cutting a `str` costs).
    pub(crate) fn word_bytes(&self, i: usize) -> &'a [u8] {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => self
                .lower
                .as_bytes()
                .get(t.start.wrapping_sub(self.lower_base)..t.end.wrapping_sub(self.lower_base))
                .unwrap_or_default(),
            _ => b"",
        }
    }

    /// Whether [`Cx::word`] of `i` is `w`.
    pub(crate) fn word_is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i) == w.as_bytes()
    }

    /// The bytes of token `i` if it is punctuation, or none: [`Cx::punct`] as bytes.
    pub(crate) fn punct_bytes(&self, i: usize) -> &'a [u8] {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Punct => self
                .prose
                .as_bytes()
                .get(t.start..t.end)
                .unwrap_or_default(),
            _ => b"",
        }
    }

    /// Whether [`Cx::punct`] of `i` is `p`.
    pub(crate) fn punct_is(&self, i: usize, p: &str) -> bool {
        self.punct_bytes(i) == p.as_bytes()
    }

    /// Whether token `i` is the sign or word that closes a percentage: "%", "percent",
    /// "pct" or the "cent" of "per cent".
    pub(crate) fn percent_sign(&self, i: usize) -> bool {
        self.punct_is(i, "%") || matches!(self.word_bytes(i), b"percent" | b"pct" | b"cent")
    }

    /// The bytes of token `i` as written, or none: [`Cx::text`] as bytes.
    pub(crate) fn text_bytes(&self, i: usize) -> &'a [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.prose.as_bytes().get(t.start..t.end))
            .unwrap_or_default()
    }

    /// Whether [`Cx::text`] of `i` is `w`.
    pub(crate) fn text_is(&self, i: usize, w: &str) -> bool {
        self.text_bytes(i) == w.as_bytes()
    }

    /// The lower-case bytes of token `i`, or none: [`Cx::low`] as bytes.
    pub(crate) fn low_bytes(&self, i: usize) -> &'a [u8] {
        self.toks
            .get(i)
            .and_then(|t| {
                self.lower
                    .as_bytes()
                    .get(t.start.wrapping_sub(self.lower_base)..t.end.wrapping_sub(self.lower_base))
            })
            .unwrap_or_default()
    }

    /// Whether token `i` exists and is of `kind`.
    pub(crate) fn is(&self, i: usize, kind: TokKind) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    /// Whether token `i` exists, is not the first, and touches the token before it.
    pub(crate) fn glued(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| !t.space)
    }

    /// Whether token `i` is a word starting with a capital letter.
    pub(crate) fn capital(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokKind::Word
                && match self.prose.as_bytes().get(t.start) {
                    // An ASCII letter needs no decoding (nor the word cut out).
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => self.text(i).chars().next().is_some_and(char::is_uppercase),
                }
        })
    }

    /// The lower-case word `back` places before token `i` (1 = the token right before),
    /// if every token in between is a word and none lies before `floor`.
    pub(crate) fn word_back(&self, i: usize, back: usize, floor: usize) -> Option<&'a str> {
        let j = i.checked_sub(back)?;
        if j < floor {
            return None;
        }
        (j..i)
            .all(|k| self.is(k, TokKind::Word))
            .then(|| self.low(j))
    }

    /// Byte range of tokens `[a, b)`.
    pub(crate) fn bytes(&self, a: usize, b: usize) -> (usize, usize) {
        let start = self.toks.get(a).map_or(0, |t| t.start);
        let end = b
            .checked_sub(1)
            .and_then(|l| self.toks.get(l))
            .map_or(start, |t| t.end);
        (start, end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexer::{Tokens, tokenize};
    use super::*;
    use crate::document::Span;

    #[test]
    fn the_byte_accessors_agree_with_the_string_accessors_on_every_token() {
        let text = "The Élan of 20,000 MPs—“in” at 3.5% … élan, U.S. no. 5 ’s naïve A a";
        let lower = text.to_ascii_lowercase();
        let mut tokens = Tokens::default();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let cx = Cx {
            prose: text,
            lower: &lower,
            lower_base: 0,
            toks: &tokens.toks,
            ordered: false,
        };
        for i in 0..=cx.len() + 1 {
            assert_eq!(cx.word_bytes(i), cx.word(i).as_bytes());
            assert_eq!(cx.punct_bytes(i), cx.punct(i).as_bytes());
            assert_eq!(cx.text_bytes(i), cx.text(i).as_bytes());
            assert_eq!(cx.low_bytes(i), cx.low(i).as_bytes());
            for w in ["the", "élan", "of", "", "—", ",", "a", "A", "mps", "%"] {
                assert_eq!(cx.word_is(i, w), cx.word(i) == w, "{i} {w}");
                assert_eq!(cx.punct_is(i, w), cx.punct(i) == w, "{i} {w}");
                assert_eq!(cx.text_is(i, w), cx.text(i) == w, "{i} {w}");
            }
            let first_upper = cx.text(i).chars().next().is_some_and(char::is_uppercase);
            assert_eq!(cx.capital(i), cx.is(i, TokKind::Word) && first_upper, "{i}");
        }
        assert!(cx.capital(1) && !cx.capital(cx.len() - 1));
    }
}
