//! Quick tests the kinds ask before a regular expression: a plain byte search for a
//! word the pattern cannot match without. Each is a necessary condition only, so a
//! text that fails it would have failed the pattern too, and a text that passes it
//! still goes to the pattern: the findings are the same, and most figures are passed
//! by for the price of a `memchr`.

/// Whether `text` may hold `word` (lower-case ASCII letters) in any case, as a
/// case-insensitive pattern that needs the word would find it.
///
/// Case-insensitive patterns fold "ſ" (long s) to "s" and "K" (the Kelvin sign) to
/// "k"; a text that is not ASCII therefore always may hold a word with either letter.
/// No other character folds to an ASCII letter.
pub(crate) fn may_hold(text: &str, word: &str) -> bool {
    let w = word.as_bytes();
    if w.is_empty() {
        return true;
    }
    if w.iter().any(|&b| matches!(b, b's' | b'k')) && !text.is_ascii() {
        return true;
    }
    // The search is for the word's rarest letter, which stands in fewest places.
    let at = (0..w.len()).max_by_key(|&i| rarity(w[i])).unwrap_or(0);
    let bytes = text.as_bytes();
    memchr::memchr2_iter(w[at], w[at].to_ascii_uppercase(), bytes).any(|i| {
        i.checked_sub(at)
            .and_then(|start| bytes.get(start..start + w.len()))
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    })
}

/// How rare a lower-case letter is in English text: 0 for "e", the commonest, up to 25
/// for "z" (26 for anything else).
fn rarity(b: u8) -> usize {
    const BY_FREQUENCY: &[u8; 26] = b"etaoinshrdlcumwfgypbvkjxqz";
    BY_FREQUENCY.iter().position(|&c| c == b).unwrap_or(26)
}

/// The longest word the tests below look at; a longer run of letters is no word of
/// theirs.
const MAX_WORD: usize = 24;

/// `word` in lower case, in `buf`; `None` when it is longer than [`MAX_WORD`].
fn lower<'b>(word: &[u8], buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..word.len())?;
    for (o, b) in out.iter_mut().zip(word) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// Whether `text` may hold, as a whole word in any case, a word that `is_word` accepts
/// (given in lower case, at most [`MAX_WORD`] letters): what a case-insensitive pattern
/// needs when it matches one of those words between word boundaries. In ASCII text a
/// word between boundaries is a whole run of letters, so the runs are tried; a text
/// that is not ASCII always may (see [`may_hold`]).
pub(crate) fn may_hold_word(text: &str, is_word: impl Fn(&[u8]) -> bool) -> bool {
    let bytes = text.as_bytes();
    if !bytes.is_ascii() {
        return true;
    }
    // One pass: each run of letters is lower-cased into `buf` as it is read, and tried
    // when it ends. A run longer than `MAX_WORD` is no word of theirs: its letters past
    // that all land in the spare last byte, and it is never tried.
    let mut buf = [0; MAX_WORD + 1];
    let mut len = 0;
    for &b in bytes {
        if is_letter(b) {
            buf[len.min(MAX_WORD)] = b | 0x20;
            len += 1;
        } else if len > 0 {
            if len <= MAX_WORD && is_word(&buf[..len]) {
                return true;
            }
            len = 0;
        }
    }
    len > 0 && len <= MAX_WORD && is_word(&buf[..len])
}

/// Whether `b` is an ASCII letter, in one comparison.
fn is_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// Whether some comma in `text` may be followed, after any white space, by `word`
/// (lower-case ASCII letters) in any case: what a case-insensitive pattern that starts
/// with `,\s*` and the word needs. A text that is not ASCII always may.
pub(crate) fn may_follow_comma(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    if !bytes.is_ascii() {
        return true;
    }
    // In ASCII the white space that `trim_start` passes is these bytes.
    memchr::memchr_iter(b',', bytes).any(|i| {
        let rest = &bytes[i + 1..];
        let at = rest
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
            .unwrap_or(rest.len());
        rest[at..]
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    })
}

/// Whether the last word of `text`, after any white space at its end, may be one that
/// `is_word` accepts (as [`may_hold_word`]): what a case-insensitive pattern needs
/// when it ends with one of those words, a word boundary before it, and `\s*$`. That
/// word is the last run of ASCII letters, which must end the text but for white space
/// (as `\s` reads it); when a character that is not ASCII stands right before the run
/// or ends the text, the word may be another, and the answer is yes.
pub(crate) fn may_end_with_word(text: &str, is_word: impl Fn(&[u8]) -> bool) -> bool {
    let text = text.trim_end().as_bytes();
    if text.last().is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    let start = text
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    if start > 0 && !text[start - 1].is_ascii() {
        return true;
    }
    let mut buf = [0; MAX_WORD];
    lower(&text[start..], &mut buf).is_some_and(|w| !w.is_empty() && is_word(w))
}

/// Whether the first word of `text`, after any white space at its start, may be one
/// that `is_word` accepts (as [`may_hold_word`]): what a case-insensitive pattern
/// needs when it starts with `^\s*` and one of those words, a word boundary or white
/// space after it. That word is the first run of ASCII letters, which must start
/// right after the white space (as `\s` reads it); when a character that is not ASCII
/// starts the text or ends the run, the word may be another, and the answer is yes.
pub(crate) fn may_start_with_word(text: &str, is_word: impl Fn(&[u8]) -> bool) -> bool {
    let text = text.trim_start().as_bytes();
    let end = text
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(text.len());
    if text.get(end).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    let mut buf = [0; MAX_WORD];
    lower(&text[..end], &mut buf).is_some_and(|w| !w.is_empty() && is_word(w))
}

/// Whether `text` starts with "of " in any case, after white space: a share of a base
/// named after it ("58% of members").
pub(crate) fn opens_with_of(text: &str) -> bool {
    text.trim_start()
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("of "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_found_in_any_case_and_a_missing_one_is_not() {
        assert!(may_hold("Voter TurnOut was 72%", "turnout"));
        assert!(may_hold("turnout", "turnout"));
        assert!(!may_hold("turn out was 72%", "turnout"));
        assert!(!may_hold("turnou", "turnout"));
        assert!(may_hold("INCLUDING", "includ"));
        assert!(may_hold("uu includ", "includ"));
        assert!(!may_hold("unclud includ-", "includes"));
        assert!(!may_hold("", "turnout"));
    }

    #[test]
    fn a_text_that_is_not_ascii_may_hold_a_word_with_s_or_k() {
        // "acroſs" matches a case-insensitive "across".
        let folded = crate::rules::pattern("(?i)across").expect("valid regex");
        assert!(folded.is_match("acroſs"));
        assert!(may_hold("acroſs", "across"));
        assert!(may_hold("\u{212a}ept", "kept"));
        assert!(!may_hold("café 12", "turnout"));
    }

    fn among(w: &[u8]) -> bool {
        matches!(w, b"among" | b"between")
    }

    #[test]
    fn a_whole_word_is_found_in_any_case_and_a_part_of_one_is_not() {
        assert!(may_hold_word("split Between three", among));
        assert!(may_hold_word("(among)", among));
        assert!(!may_hold_word("in-betweens", among));
        assert!(!may_hold_word("split up", among));
        assert!(may_hold_word("split bétween", among));
    }

    #[test]
    fn a_word_is_found_as_well_far_into_a_long_text() {
        let long = |text: &str| format!("{}{text}", "x, ".repeat(200));
        for text in [
            "split Between three",
            "(among)",
            "in-betweens",
            "split up",
            "x",
        ] {
            assert_eq!(
                may_hold_word(&long(text), among),
                may_hold_word(text, among)
            );
        }
        assert!(may_hold_word(&long("AMONG"), among));
        assert!(!may_hold_word(&long("amongst"), among));
    }

    #[test]
    fn the_last_word_is_found_before_white_space_only() {
        assert!(may_end_with_word("split AMONG  ", among));
        assert!(may_end_with_word("among", among));
        assert!(!may_end_with_word("among them", among));
        assert!(!may_end_with_word("among,", among));
        assert!(!may_end_with_word("", among));
        assert!(may_end_with_word("split amonġ ", among));
        assert!(may_end_with_word("split ġamong ", among));
        assert!(!may_end_with_word("café split among them", among));
        assert!(may_end_with_word("café split among", among));
    }

    #[test]
    fn the_first_word_is_found_after_white_space_only() {
        assert!(may_start_with_word("  Among them", among));
        assert!(may_start_with_word("between", among));
        assert!(!may_start_with_word(", among them", among));
        assert!(!may_start_with_word("amongst", among));
        assert!(!may_start_with_word("", among));
        assert!(may_start_with_word(" amonġ", among));
        assert!(may_start_with_word("ġamong", among));
        assert!(!may_start_with_word(" them, café", among));
        assert!(may_start_with_word(" among the cafés", among));
    }

    #[test]
    fn a_word_after_a_comma_is_found_past_white_space() {
        assert!(may_follow_comma("340 patients, Of whom", "of"));
        assert!(may_follow_comma("340 patients,of", "of"));
        assert!(may_follow_comma("a, b,  with", "with"));
        assert!(!may_follow_comma("340 patients of whom", "of"));
        assert!(!may_follow_comma("340 patients, and of", "of"));
        assert!(may_follow_comma("340 patients,\u{a0}of", "of"));
    }

    #[test]
    fn a_word_longer_than_any_tried_is_no_word() {
        assert!(!may_hold_word(&"a".repeat(MAX_WORD + 1), |_| true));
        assert!(may_hold_word(&"a".repeat(MAX_WORD), |_| true));
    }
}
