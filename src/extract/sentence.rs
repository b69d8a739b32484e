//! Sentence boundaries inside a block.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets glued to
//! it) when white space follows and the next token opens a sentence: a capital letter,
//! a digit or an opening quote or bracket. A full stop after a known abbreviation
//! ("Mr.", "Inc.", "Jan.") or a single capital letter ("U.S.", "J. Smith") does not end
//! a sentence; merging two sentences costs the rules less than splitting one.
//!
//! A run of text with no sentence end at all (a list or a table flattened into one
//! line, a draft with its full stops lost) is cut into pieces of at most
//! [`MAX_TOKENS`] tokens, at a semicolon, colon or comma where one is near the limit:
//! the extractor and the rules read a figure's whole sentence, and an unbounded one
//! would make them slower with every figure it holds.

use super::lexer::{TokKind, Token, Tokens};

/// The most tokens a sentence may hold: three times the longest sentence in 10 MB of
/// newswire (about 290 tokens, a table of grain quotes), so that no sentence of prose
/// is ever cut.
pub(crate) const MAX_TOKENS: usize = 1000;

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
            push_capped(prose, toks, from, j, out);
            from = j;
        }
        next = j.max(i + 1);
    }
    if from < toks.len() {
        push_capped(prose, toks, from, toks.len(), out);
    }
}

/// Pushes the sentence `[from, to)`, cut into pieces of at most [`MAX_TOKENS`] tokens
/// when it is longer: after the last semicolon, colon or comma in the second half of
/// each piece, or at the limit when there is none.
fn push_capped(
    prose: &str,
    toks: &[Token],
    mut from: usize,
    to: usize,
    out: &mut Vec<(usize, usize)>,
) {
    while to - from > MAX_TOKENS {
        let limit = from + MAX_TOKENS;
        let mark = |i: &usize| {
            toks[*i].kind == TokKind::Punct
                && matches!(&prose[toks[*i].start..toks[*i].end], ";" | ":" | ",")
        };
        let cut = (from + MAX_TOKENS / 2..limit)
            .rev()
            .find(mark)
            .map_or(limit, |i| i + 1);
        out.push((from, cut));
        from = cut;
    }
    out.push((from, to));
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
    fn a_run_with_no_sentence_end_is_cut_after_a_comma_near_the_limit() {
        // 2,400 tokens: "rose 5 to 6" 600 times, joined by commas with no full stop.
        let text = vec!["rose 5 to 6"; 600].join(", ");
        let pieces = sentences(&text);
        assert_eq!(
            pieces.len(),
            3,
            "{:?}",
            pieces.iter().map(|p| p.len()).collect::<Vec<_>>()
        );
        // Each piece but the last ends on a comma, and no token is lost or repeated.
        assert!(pieces[..2].iter().all(|p| p.ends_with("6,")));
        let words = |p: &&str| p.split_whitespace().count();
        assert_eq!(pieces.iter().map(words).sum::<usize>(), 600 * 4);
        assert!(
            pieces
                .iter()
                .all(|p| p.split_whitespace().count() <= MAX_TOKENS)
        );
    }

    #[test]
    fn a_run_with_no_punctuation_is_cut_at_the_limit() {
        let text = vec!["word"; 2 * MAX_TOKENS + 5].join(" ");
        let lengths: Vec<usize> = sentences(&text)
            .iter()
            .map(|p| p.split_whitespace().count())
            .collect();
        assert_eq!(lengths, [MAX_TOKENS, MAX_TOKENS, 5]);
    }

    #[test]
    fn a_long_sentence_of_prose_is_not_cut() {
        // A table of quotes run into one sentence, as newswire prints them: 400 tokens.
        let text = format!(
            "Quotes included {}.",
            vec!["Joliet 135 pct, Peoria 140 pct"; 40].join(" - ")
        );
        assert!(text.split_whitespace().count() < MAX_TOKENS);
        assert_eq!(sentences(&text), [text.as_str()]);
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
