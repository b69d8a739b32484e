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
        self.is(i, TokKind::Word) && self.text(i).chars().next().is_some_and(char::is_uppercase)
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
