//! Tokens of a prose block: words, numbers and single punctuation characters.
//!
//! The lexer is the one pass over every byte of prose. A word is a run of letters (no
//! digits, apostrophes or hyphens: "FY2024" is the word "FY" then the number "2024"); a
//! number is a run of digits with thousands groups ("20,000") and one decimal part
//! ("1.25"); everything else that is not white space is a one-character punctuation
//! token. Each token records whether white space (and whether a line break) separates it
//! from the token before, which is how the reader tells "20k" from "20 k" and "F-35"
//! from "5 - 3". Beside the tokens, [`Tokens`] lists the few that later steps look
//! for (sentence stops, figure leads, "in" and "at"), so that those steps need not
//! walk every token again.

use crate::document::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters.
    Word,
    /// Digits with thousands separators and a decimal part.
    Num,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One token: a byte range of the prose and how it is separated from the token before.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// What the token is.
    pub(crate) kind: TokKind,
    /// First byte.
    pub(crate) start: usize,
    /// One past the last byte.
    pub(crate) end: usize,
    /// White space lies between the previous token and this one.
    pub(crate) space: bool,
    /// A line break lies between the previous token and this one.
    pub(crate) newline: bool,
}

// White space first, so that one comparison tells it from everything else.
const SPACE: u8 = 0;
const NEWLINE: u8 = 1;
const OTHER: u8 = 2;
const DIGIT: u8 = 3;
const ALPHA: u8 = 4;
const HIGH: u8 = 5;

/// The class of every byte, so that the loops below take one branch per byte.
const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        #[expect(clippy::cast_possible_truncation, reason = "b < 256")]
        let c = b as u8;
        t[b] = if c == b'\n' {
            NEWLINE
        } else if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else if c >= 0x80 {
            HIGH
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// The tokens of one block, with the indices of the few tokens later steps look for.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    /// Every token, in order.
    pub(crate) toks: Vec<Token>,
    /// The punctuation tokens that may end a sentence: ".", "!", "?" and "…".
    pub(crate) stops: Vec<usize>,
    /// The tokens a figure may start at: every number, and every word whose first two
    /// letters and length are those of a number word (`number::may_be_number_word`).
    pub(crate) leads: Vec<usize>,
    /// The words "in" and "at", in any case, which may open a place (`placement`).
    pub(crate) in_at: Vec<usize>,
}

impl Tokens {
    /// Empties all three lists, keeping their memory.
    pub(crate) fn clear(&mut self) {
        self.toks.clear();
        self.stops.clear();
        self.leads.clear();
        self.in_at.clear();
    }
}

/// Appends the tokens of `span` of `prose` to `out`.
pub(crate) fn tokenize(prose: &str, span: Span, out: &mut Tokens) {
    let all = prose.as_bytes();
    let end = span.end.min(all.len());
    // Cut at the span's end, so that every index below is checked against one length.
    let bytes = all.get(..end).unwrap_or_default();
    let mut i = span.start;
    let mut space = true;
    let mut newline = true;
    while let Some(&first) = bytes.get(i) {
        let class = CLASS[usize::from(first)];
        let start = i;
        let kind = if class == ALPHA {
            i = word_at(prose, i, end, out);
            TokKind::Word
        } else if class <= NEWLINE {
            space = true;
            newline |= class == NEWLINE;
            i += 1;
            continue;
        } else if class == OTHER {
            if let Some(e) = bare_decimal_end(bytes, i, end, space) {
                // ".5165 shares", "Shr loss .12 dlr": a decimal without its zero.
                out.leads.push(out.toks.len());
                i = e;
                TokKind::Num
            } else {
                if matches!(first, b'.' | b'!' | b'?') {
                    out.stops.push(out.toks.len());
                }
                i += 1;
                TokKind::Punct
            }
        } else {
            match other_token(prose, start, end, class, out) {
                Other::Token(kind, e) => {
                    i = e;
                    kind
                }
                Other::Space(e) => {
                    space = true;
                    i = e;
                    continue;
                }
                Other::Skip(e) => {
                    i = e;
                    continue;
                }
            }
        };
        out.toks.push(Token {
            kind,
            start,
            end: i,
            space,
            newline,
        });
        // One space after a token, the most common separator, is passed here.
        newline = false;
        space = bytes.get(i) == Some(&b' ');
        i += usize::from(space);
        // Words each after one space, the common run of prose: the flags are known. The
        // next eight bytes tell both whether a word starts here and where it ends.
        while space && i < end {
            let Some(x) = chunk_at(all, i) else {
                break;
            };
            let others = non_letters(x);
            if others & 0x80 != 0 {
                break;
            }
            let start = i;
            let next;
            (i, next) = word_in(prose, i, end, x, others, out);
            out.toks.push(Token {
                kind: TokKind::Word,
                start,
                end: i,
                space: true,
                newline: false,
            });
            space = next == b' ';
            i += usize::from(space);
        }
    }
}

/// The end of the decimal written without its whole part (".5165", ".12") whose point
/// is at `i`, if it is one: white space (or nothing) before the point, a digit right
/// after it, and no second point after the digits ("a .5.1 release").
fn bare_decimal_end(bytes: &[u8], i: usize, end: usize, space: bool) -> Option<usize> {
    if !space || bytes.get(i) != Some(&b'.') {
        return None;
    }
    let mut e = i + 1;
    while e < end && bytes[e].is_ascii_digit() {
        e += 1;
    }
    let glued_on = |j: usize| {
        j < end
            && (bytes[j] == b'.' || bytes[j] == b',')
            && j + 1 < end
            && bytes[j + 1].is_ascii_digit()
    };
    (e > i + 1 && !glued_on(e)).then_some(e)
}

/// The eight bytes from `i` on as one integer, the first in its lowest byte, if there
/// are eight.
fn chunk_at(bytes: &[u8], i: usize) -> Option<u64> {
    bytes
        .get(i..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map(|c| u64::from_le_bytes(*c))
}

/// Lexes the word whose first byte, an ASCII letter, is at `i` (before `end`), lists
/// it among the leads or the words "in" and "at" if it is one, and returns its end.
fn word_at(prose: &str, i: usize, end: usize, out: &mut Tokens) -> usize {
    let all = prose.as_bytes();
    if let Some(x) = chunk_at(all, i) {
        return word_in(prose, i, end, x, non_letters(x), out).0;
    }
    // Fewer than eight bytes left in the prose.
    let mut e = ascii_letters_end(all, i + 1, end);
    if e < end && all.get(e).is_some_and(|&b| b >= 0x80) {
        e = word_end(prose, e, end);
    }
    let first = all.get(i).copied().unwrap_or(0);
    let second = all.get(i + 1).copied().unwrap_or(0);
    list_word(first, second, e - i, out);
    e
}

/// [`word_at`] of the word starting at `i` whose first eight bytes are `x`, of which
/// `others` marks those that are not ASCII letters (the first is one). Returns the end
/// of the word and the byte there, or 0 at `end`: most words end inside `x`, whose
/// bytes need not be read again.
#[expect(
    clippy::inline_always,
    reason = "the lexer's inner loop; a call per word costs more than the copy"
)]
#[inline(always)]
fn word_in(
    prose: &str,
    i: usize,
    end: usize,
    x: u64,
    others: u64,
    out: &mut Tokens,
) -> (usize, u8) {
    let all = prose.as_bytes();
    let byte_at = |e: usize| {
        if e < end {
            all.get(e).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let (mut e, mut next) = if others == 0 {
        let e = ascii_letters_end(all, i + 8, end);
        (e, byte_at(e))
    } else {
        // The lowest marked byte is the first that is not a letter.
        let k = others.trailing_zeros() / 8;
        let e = i + k as usize;
        #[expect(clippy::cast_possible_truncation, reason = "byte k of x, on purpose")]
        if e < end {
            (e, (x >> (8 * k)) as u8)
        } else {
            (end, 0)
        }
    };
    if next >= 0x80 {
        e = word_end(prose, e, end);
        next = byte_at(e);
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "the first and second bytes, on purpose"
    )]
    list_word(x as u8, (x >> 8) as u8, e - i, out);
    (e, next)
}

/// Lists the word of `len` bytes starting with `first` and `second` (whatever follows
/// a one-byte word) among the leads or the words "in" and "at" if it is one; its
/// index is the number of tokens before it.
#[inline]
fn list_word(first: u8, second: u8, len: usize, out: &mut Tokens) {
    if super::number::may_be_number_word_by(first, second, len) {
        out.leads.push(out.toks.len());
    }
    if len == 2 && matches!([first | 0x20, second | 0x20], [b'i', b'n'] | [b'a', b't']) {
        out.in_at.push(out.toks.len());
    }
}

/// What [`other_token`] found, and where it ends.
enum Other {
    /// A token of this kind.
    Token(TokKind, usize),
    /// White space beyond ASCII.
    Space(usize),
    /// Not a character boundary: the byte is passed over.
    Skip(usize),
}

/// The token at `i` that is a number or starts past ASCII (`class` is `DIGIT` or
/// `HIGH`), listed in `out`'s leads and stops as the lexer lists tokens.
#[inline(never)]
fn other_token(prose: &str, i: usize, end: usize, class: u8, out: &mut Tokens) -> Other {
    let bytes = prose.as_bytes();
    let index = out.toks.len();
    if class == DIGIT {
        let mut e = number_end(bytes, i, end);
        // A vulgar fraction glued to the digits: "2½".
        if e < end
            && bytes[e] >= 0x80
            && let Some(c) = prose.get(e..end).and_then(|s| s.chars().next())
            && super::number::vulgar(c).is_some()
        {
            e += c.len_utf8();
        }
        out.leads.push(index);
        return Other::Token(TokKind::Num, e);
    }
    let Some(c) = prose.get(i..end).and_then(|s| s.chars().next()) else {
        // Not on a character boundary: cannot happen for a valid span, but skip.
        return Other::Skip(i + 1);
    };
    let e = i + c.len_utf8();
    if c.is_whitespace() {
        return Other::Space(e);
    }
    if is_letter(c) {
        let e = word_end(prose, e, end);
        if super::number::may_be_number_word(&bytes[i..e]) {
            out.leads.push(index);
        }
        Other::Token(TokKind::Word, e)
    } else {
        if c == '…' {
            out.stops.push(index);
        }
        Other::Token(TokKind::Punct, e)
    }
}

/// Whether `c` starts or continues a word: a letter, but not the ordinal indicator
/// "º", which drafts type for the degree sign ("30ºC").
fn is_letter(c: char) -> bool {
    c.is_alphabetic() && c != 'º'
}

/// The end of the run of ASCII letters starting at `i`, eight bytes at a time, no
/// further than `end`. Bytes past `end` may be read; they change nothing.
#[inline]
fn ascii_letters_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end {
        let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) else {
            while i < end && bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            return i;
        };
        let others = non_letters(u64::from_le_bytes(*chunk));
        if others != 0 {
            // The lowest marked byte is the first that is not a letter.
            return (i + (others.trailing_zeros() / 8) as usize).min(end);
        }
        i += 8;
    }
    end.min(i)
}

/// The high bit of every byte of `x` that is not an ASCII letter, set.
fn non_letters(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte in lower case without its high bit: letters are now 0x61..=0x7a. No
    // sum below carries into the next byte, as every byte is at most 0x7f.
    let t = (x | 0x2020_2020_2020_2020) & LOW7;
    let at_least_a = t + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = t + 0x0505_0505_0505_0505;
    (!at_least_a | past_z | x) & HIGH
}

/// The end of the word whose letters continue at `i`.
fn word_end(prose: &str, mut i: usize, end: usize) -> usize {
    let bytes = prose.as_bytes();
    while i < end {
        // The common case: a run of ASCII letters.
        i = ascii_letters_end(bytes, i, end);
        if i >= end || bytes[i] < 0x80 {
            break;
        }
        match prose.get(i..end).and_then(|s| s.chars().next()) {
            Some(c) if is_letter(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The end of the number starting at `i`: digits, thousands groups of exactly three
/// digits after a comma (also across a line break after the comma), one decimal part.
fn number_end(bytes: &[u8], start: usize, end: usize) -> usize {
    let digits = |mut j: usize| {
        while j < end && bytes[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let mut i = digits(start);
    let first_group = i - start;
    let mut decimal = false;
    while i < end {
        match bytes[i] {
            b',' if !decimal && first_group <= 3 => {
                // "20,000": a comma followed by exactly three digits.
                let mut j = i + 1;
                let mut saw_newline = false;
                while j < end && (bytes[j] == b' ' || bytes[j] == b'\r' || bytes[j] == b'\n') {
                    saw_newline |= bytes[j] == b'\n';
                    j += 1;
                }
                if j > i + 1 && !saw_newline {
                    break;
                }
                let k = digits(j);
                if k - j == 3 {
                    i = k;
                } else {
                    break;
                }
            }
            b'.' if !decimal && i + 1 < end && bytes[i + 1].is_ascii_digit() => {
                decimal = true;
                i = digits(i + 1);
            }
            // "1·64 million", "72·4%": a raised decimal point, the traditional British
            // style some publications keep, between digits.
            0xC2 if !decimal
                && bytes.get(i + 1) == Some(&0xB7)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_digit)
                && i + 2 < end =>
            {
                decimal = true;
                i = digits(i + 2);
            }
            // "100 000", "12 500": a no-break or thin space between thousands groups
            // (SI and international style); a plain space is left alone.
            0xC2 | 0xE2 if !decimal && first_group <= 3 => {
                let sep = match bytes.get(i..(i + 3).min(end)) {
                    Some([0xC2, 0xA0, ..]) => 2,
                    Some([0xE2, 0x80, 0xAF | 0x89]) => 3,
                    _ => break,
                };
                let j = i + sep;
                let k = digits(j);
                if k - j == 3 {
                    i = k;
                } else {
                    break;
                }
            }
            // "100 000", "1 250 000": with a plain space, only a round thousand joins, so
            // that "May 5 200" or "aged 18 100" stays apart.
            b' ' if !decimal && first_group <= 3 && bytes[start] != b'0' => {
                let group = |j: usize| j + 4 <= end && bytes[j] == b' ' && digits(j + 1) == j + 4;
                let zeros = |j: usize| group(j) && bytes[j + 1..j + 4] == *b"000";
                if zeros(i) || group(i) && zeros(i + 4) {
                    i += 4;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lexer as it was before its fast paths, one byte at a time: the reference
    /// the fast lexer must agree with, token for token and list for list.
    fn reference_tokenize(prose: &str, span: Span, out: &mut Tokens) {
        let bytes = prose.as_bytes();
        let end = span.end.min(bytes.len());
        let letters_end = |mut i: usize| {
            loop {
                while i < end && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                match prose.get(i..end).and_then(|s| s.chars().next()) {
                    Some(c) if !c.is_ascii() && is_letter(c) => i += c.len_utf8(),
                    _ => return i,
                }
            }
        };
        let (mut i, mut space, mut newline) = (span.start, true, true);
        while i < end {
            let start = i;
            let index = out.toks.len();
            let Some(c) = prose.get(i..end).and_then(|s| s.chars().next()) else {
                i += 1;
                continue;
            };
            i += c.len_utf8();
            let kind = if c.is_ascii_whitespace() || !c.is_ascii() && c.is_whitespace() {
                space = true;
                newline |= c == '\n';
                continue;
            } else if let Some(e) = bare_decimal_end(bytes, start, end, space) {
                i = e;
                out.leads.push(index);
                TokKind::Num
            } else if c.is_ascii_digit() {
                i = number_end(bytes, start, end);
                if let Some(v) = prose.get(i..end).and_then(|s| s.chars().next())
                    && !v.is_ascii()
                    && super::super::number::vulgar(v).is_some()
                {
                    i += v.len_utf8();
                }
                out.leads.push(index);
                TokKind::Num
            } else if is_letter(c) {
                i = letters_end(i);
                let word = &bytes[start..i];
                if super::super::number::may_be_number_word(word) {
                    out.leads.push(index);
                }
                if word.eq_ignore_ascii_case(b"in") || word.eq_ignore_ascii_case(b"at") {
                    out.in_at.push(index);
                }
                TokKind::Word
            } else {
                if matches!(c, '.' | '!' | '?' | '…') {
                    out.stops.push(index);
                }
                TokKind::Punct
            };
            out.toks.push(Token {
                kind,
                start,
                end: i,
                space,
                newline,
            });
            space = false;
            newline = false;
        }
    }

    /// Every field of every token and every list, for comparison.
    fn lexed(f: fn(&str, Span, &mut Tokens), text: &str, span: Span) -> String {
        let mut out = Tokens::default();
        f(text, span, &mut out);
        format!(
            "{:?} {:?} {:?} {:?}",
            out.toks, out.stops, out.leads, out.in_at
        )
    }

    #[test]
    fn the_fast_lexer_agrees_with_the_byte_by_byte_reference_on_tricky_text() {
        let pieces = [
            "twenty",
            "Two",
            "a",
            "in",
            "IN",
            "At",
            "at",
            "the",
            "abcdefgh",
            "abcdefghijklmnopq",
            "café",
            "naïve",
            "Zürich",
            "élan",
            "ÉLAN",
            "20,000",
            "1.25",
            ".5165",
            ".12",
            "2½",
            "3,\n000",
            "19",
            ".",
            "!",
            "?",
            "…",
            "-",
            "’",
            "\"",
            "$",
            "€",
            "%",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\t",
            "\u{a0}",
            "\u{2028}",
            "\u{3000}",
            "x",
            "ab",
            "half",
            "dozens",
            "thousand",
            "I",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut texts: Vec<String> = pieces.iter().map(|p| (*p).to_owned()).collect();
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 13) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                #[expect(clippy::cast_possible_truncation, reason = "a small index")]
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            texts.push(t);
        }
        for text in &texts {
            // Cut at every character boundary at the end and the first few at the
            // start: a span may end inside a word, whose letters after it must not be read.
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for &start in bounds.iter().take(3) {
                for &end in &bounds {
                    if start <= end {
                        let span = Span::new(start, end);
                        assert_eq!(
                            lexed(tokenize, text, span),
                            lexed(reference_tokenize, text, span),
                            "{text:?} {start}..{end}"
                        );
                    }
                }
            }
        }
    }

    fn toks(text: &str) -> Vec<(&str, TokKind, bool)> {
        let mut out = Tokens::default();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.toks
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind, t.space))
            .collect()
    }

    #[test]
    fn thousands_groups_and_decimals_make_one_number() {
        assert_eq!(
            toks("1,215,000.50 x")[0],
            ("1,215,000.50", TokKind::Num, true)
        );
    }

    #[test]
    fn a_no_break_or_thin_space_between_thousands_groups_makes_one_number() {
        assert_eq!(toks("per 100\u{a0}000 people")[1].0, "100\u{a0}000");
        assert_eq!(toks("12\u{202f}500 cases")[0].0, "12\u{202f}500");
        assert_eq!(toks("in 2024\u{a0}100 people")[1].0, "2024");
        assert_eq!(toks("12\u{a0}50 cases")[0].0, "12");
        assert_eq!(toks("12\u{a0}5000 cases")[0].0, "12");
    }

    #[test]
    fn a_raised_decimal_point_between_digits_makes_one_number() {
        assert_eq!(toks("Of the 1\u{b7}64 million trains")[2].0, "1\u{b7}64");
        assert_eq!(toks("72\u{b7}4% arrived")[0].0, "72\u{b7}4");
        assert_eq!(toks("1\u{b7}2\u{b7}3")[0].0, "1\u{b7}2");
        assert_eq!(toks("page 12 \u{b7} 4 min read")[1].0, "12");
        assert_eq!(toks("12\u{b7} cases")[0].0, "12");
    }

    #[test]
    fn a_plain_space_joins_round_thousands_but_not_a_day_and_a_count() {
        assert_eq!(toks("About 2 000 people")[1].0, "2 000");
        assert_eq!(toks("per 100 000 people")[1].0, "100 000");
        assert_eq!(toks("a 1 250 000 fine")[1].0, "1 250 000");
        assert_eq!(toks("on May 5 200 people")[2].0, "5");
        assert_eq!(toks("call 020 000 1234")[1].0, "020");
        assert_eq!(toks("84.0 000")[0].0, "84.0");
    }

    #[test]
    fn a_comma_between_list_numbers_splits_them() {
        let t = toks("1,2 and 2019, 300");
        assert_eq!(t[0].0, "1");
        assert_eq!(t[4].0, "2019");
        assert_eq!(t[6].0, "300");
    }

    #[test]
    fn a_number_split_after_its_comma_by_a_line_break_is_one_number() {
        assert_eq!(toks("over 20,\n000 troops")[1].0, "20,\n000");
    }

    #[test]
    fn letters_and_digits_are_separate_glued_tokens() {
        let t = toks("FY2024 COVID-19");
        assert_eq!(t[0], ("FY", TokKind::Word, true));
        assert_eq!(t[1], ("2024", TokKind::Num, false));
        assert_eq!(t[3], ("-", TokKind::Punct, false));
    }

    #[test]
    fn a_full_stop_after_a_number_is_punctuation() {
        let t = toks("in 2019. Then");
        assert_eq!(t[1].0, "2019");
        assert_eq!(t[2].0, ".");
    }

    #[test]
    fn runs_of_letters_end_at_the_first_other_byte_of_every_kind() {
        for b in 0..=255u8 {
            let mut text = b"abcdefghijklmnopqrstu".to_vec();
            text[11] = b;
            let expected = if b.is_ascii_alphabetic() { 21 } else { 11 };
            assert_eq!(ascii_letters_end(&text, 0, text.len()), expected, "{b:#x}");
            assert_eq!(ascii_letters_end(&text, 5, 9), 9);
        }
    }

    #[test]
    fn non_ascii_letters_join_words_and_symbols_stand_alone() {
        let t = toks("café €5");
        assert_eq!(t[0].0, "café");
        assert_eq!(t[1], ("€", TokKind::Punct, true));
    }
}
