//! Sentence boundaries inside a block.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets glued to
//! it) when white space follows and the next token opens a sentence: a capital letter,
//! a digit or an opening quote or bracket. A full stop after a known abbreviation
//! ("Mr.", "Inc.", "Jan.") or a single capital letter ("U.S.", "J. Smith") does not end
//! a sentence; merging two sentences costs the rules less than splitting one.

use super::lexer::{TokKind, Token, Tokens};

/// Splits the tokens of one block into sentences; returns `[from, to)` token index
/// ranges. Only the stops the lexer listed are looked at.
pub(crate) fn split(prose: &str, tokens: &Tokens, out: &mut Vec<(usize, usize)>) {
    let toks = tokens.toks.as_slice();
    let mut from = 0;
    // The first token not yet passed: a stop inside the closing run of the one before
    // ("?!", ".)") is passed over.
    let mut next = 0;
    for &i in &tokens.stops {
        if i < next {
            continue;
        }
        let t = toks[i];
        let text = &prose[t.start..t.end];
        // Closing quotes and brackets glued to the stop belong to this sentence.
        let mut j = i + 1;
        while j < toks.len()
            && !toks[j].space
            && toks[j].kind == TokKind::Punct
            && matches!(
                &prose[toks[j].start..toks[j].end],
                "\"" | "'" | "’" | "”" | ")" | "]" | "." | "!" | "?"
            )
        {
            j += 1;
        }
        let ends = match toks.get(j) {
            None => true,
            Some(next) => next.space && opens_sentence(prose, *next),
        };
        if ends && (text != "." || !after_abbreviation(prose, toks, i)) {
            out.push((from, j));
            from = j;
        }
        next = j.max(i + 1);
    }
    if from < toks.len() {
        out.push((from, toks.len()));
    }
}

fn opens_sentence(prose: &str, t: Token) -> bool {
    let text = &prose[t.start..t.end];
    match t.kind {
        TokKind::Num => true,
        TokKind::Word => text.chars().next().is_some_and(char::is_uppercase),
        TokKind::Punct => matches!(text, "\"" | "'" | "‘" | "“" | "(" | "[" | "$" | "£" | "€"),
    }
}

fn after_abbreviation(prose: &str, toks: &[Token], stop: usize) -> bool {
    let Some(prev) = stop.checked_sub(1).map(|p| toks[p]) else {
        return false;
    };
    if toks[stop].space {
        return false;
    }
    // "1." numbering a list item at the start of a line.
    if prev.kind == TokKind::Num && prev.newline {
        return true;
    }
    if prev.kind != TokKind::Word {
        return false;
    }
    let w = &prose[prev.start..prev.end];
    if w.eq_ignore_ascii_case("no") || w.eq_ignore_ascii_case("nos") {
        // "No. 5", but "said no."
        return toks.get(stop + 1).is_some_and(|t| t.kind == TokKind::Num);
    }
    if w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    // "8 p.m. Eastern", "10 a.m. GMT": a time zone goes on with the time.
    if w == "m"
        && stop >= 3
        && matches!(
            &prose[toks[stop - 3].start..toks[stop - 2].end],
            "a." | "p."
        )
    {
        return toks.get(stop + 1).is_some_and(|t| {
            matches!(
                &prose[t.start..t.end],
                "Eastern"
                    | "Central"
                    | "Mountain"
                    | "Pacific"
                    | "GMT"
                    | "BST"
                    | "ET"
                    | "EST"
                    | "EDT"
                    | "CET"
                    | "PT"
                    | "PST"
                    | "PDT"
                    | "UTC"
            )
        });
    }
    // The longest abbreviation has six letters: lower-case the word on the stack.
    let mut low = [0u8; 6];
    let Some(low) = low.get_mut(..w.len()) else {
        return false;
    };
    low.copy_from_slice(w.as_bytes());
    low.make_ascii_lowercase();
    matches!(
        &*low,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"prof"
            | b"st"
            | b"gen"
            | b"col"
            | b"sen"
            | b"rep"
            | b"gov"
            | b"lt"
            | b"sgt"
            | b"capt"
            | b"inc"
            | b"corp"
            | b"co"
            | b"ltd"
            | b"jr"
            | b"sr"
            | b"vs"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"approx"
            | b"est"
            | b"fig"
            | b"vol"
            | b"etc"
            | b"al"
            | b"mt"
            | b"ft"
    )
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;
    use crate::document::Span;

    fn sentences(text: &str) -> Vec<&str> {
        let mut tokens = Tokens::default();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let toks = &tokens.toks;
        let mut out = Vec::new();
        split(text, &tokens, &mut out);
        out.iter()
            .map(|&(a, b)| &text[toks[a].start..toks[b - 1].end])
            .collect()
    }

    #[test]
    fn a_full_stop_and_a_capital_end_a_sentence() {
        assert_eq!(
            sentences("It rose. Then it fell."),
            ["It rose.", "Then it fell."]
        );
    }

    #[test]
    fn a_decimal_point_does_not_end_a_sentence() {
        assert_eq!(
            sentences("It rose 1.5 pct. Then"),
            ["It rose 1.5 pct.", "Then"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Mr. Smith of the U.S. Army said so. He left."),
            ["Mr. Smith of the U.S. Army said so.", "He left."]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("He said “no.” She left."),
            ["He said “no.”", "She left."]
        );
    }
}
