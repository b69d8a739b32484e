//! Numerals: digits ("20,000", "1.25") and the word tables ("twenty", "thousand",
//! "a third", "millions", "second").
//!
//! Rounding is half the unit of the last significant digit written. For whole numbers
//! of 100 or more the trailing zeros are read as rounding, at most to the thousands
//! group: "150" allows 5, "1,500" 50, "20,000" and "1,215,000" 500. Below 100 a whole
//! number is read as counted (it allows 0.5). With a scale, every digit written counts:
//! "$1.2 million" allows 50,000, "20 million" 500,000.

/// A number written in digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Digits {
    /// The value, without any scale.
    pub(crate) value: f64,
    /// Digits after the decimal point.
    pub(crate) decimals: u32,
    /// Digits before the decimal point.
    pub(crate) whole_len: usize,
    /// Written with thousands separators.
    pub(crate) grouped: bool,
    /// Starts with a zero and is not a decimal below one ("007", "0800").
    pub(crate) leading_zero: bool,
    /// Trailing zeros of the whole part.
    pub(crate) trailing_zeros: u32,
}

/// The value of a vulgar fraction character: '½' is 0.5.
pub(crate) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅛' => 0.125,
        _ => return None,
    })
}

/// Numbers of at most this many digits are read by integer arithmetic: below 10^15,
/// exact in an f64.
const MAX_EXACT_DIGITS: usize = 15;

/// 10^0 to 10^15, each exact in an f64.
const POWERS_OF_TEN: [f64; MAX_EXACT_DIGITS + 1] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Reads a number token ("1,215,000.50", also split across a line break, or "2½").
pub(crate) fn digits(text: &str) -> Option<Digits> {
    if text.as_bytes().last().is_some_and(|&b| b >= 0x80)
        && let Some(last) = text.chars().last()
        && let Some(f) = vulgar(last)
    {
        let mut d = digits(&text[..text.len() - last.len_utf8()])?;
        d.value += f;
        d.decimals = d.decimals.max(2);
        return Some(d);
    }
    // "1·64": a raised decimal point is read as a full stop (a token in ASCII, as
    // nearly all are, holds none).
    if !text.is_ascii() && text.contains('\u{B7}') {
        return digits(&text.replace('\u{B7}', "."));
    }
    let mut buf = [0u8; 40];
    let mut n = 0;
    let mut decimals = 0;
    let mut whole_len = 0;
    let mut in_decimals = false;
    let mut grouped = false;
    let mut trailing_zeros = 0;
    let mut dots = 0;
    let mut mantissa: u64 = 0;
    for &b in text.as_bytes() {
        match b {
            b'0'..=b'9' => {
                if n >= buf.len() {
                    return None;
                }
                buf[n] = b;
                n += 1;
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
                if in_decimals {
                    decimals += 1;
                } else {
                    whole_len += 1;
                    trailing_zeros = if b == b'0' { trailing_zeros + 1 } else { 0 };
                }
            }
            b'.' => {
                if n >= buf.len() {
                    return None;
                }
                buf[n] = b;
                n += 1;
                in_decimals = true;
                dots += 1;
            }
            // A comma, or a space (plain, no-break or thin) between groups.
            b',' | b' ' | 0x80.. => grouped = true,
            _ => {}
        }
    }
    let digit_count = n - dots;
    let value: f64 = if dots <= 1 && (1..=MAX_EXACT_DIGITS).contains(&digit_count) {
        // Few enough digits that the mantissa and the power of ten are exact in an f64:
        // one division is then correctly rounded, as parsing the text would be.
        mantissa as f64 / POWERS_OF_TEN[usize::try_from(decimals).unwrap_or(0)]
    } else {
        let s = std::str::from_utf8(&buf[..n]).ok()?;
        s.parse().ok()?
    };
    let leading_zero = buf[0] == b'0' && whole_len > 1;
    Some(Digits {
        value,
        decimals,
        whole_len,
        grouped,
        leading_zero,
        trailing_zeros,
    })
}

impl Digits {
    /// Half the unit of the last significant digit, before any scale.
    pub(crate) fn rounding(&self, scaled: bool) -> f64 {
        if self.decimals > 0 {
            return 0.5 * 10f64.powi(-i32::try_from(self.decimals).unwrap_or(0));
        }
        if scaled || self.value < 100.0 {
            return 0.5;
        }
        0.5 * 10f64.powi(i32::try_from(self.trailing_zeros.min(3)).unwrap_or(0))
    }

    /// A whole number of four digits without separators that could be a year.
    pub(crate) fn year_like(&self) -> bool {
        self.decimals == 0
            && !self.grouped
            && self.whole_len == 4
            && (1500.0..=2100.0).contains(&self.value)
    }
}

/// Rounding of a whole value written in words or without a decimal part.
pub(crate) fn whole_rounding(value: f64) -> f64 {
    if value < 100.0 || value.fract() != 0.0 {
        return 0.5;
    }
    let mut tz = 0;
    let mut v = value;
    while tz < 3 && v >= 10.0 && (v % 10.0) == 0.0 {
        v /= 10.0;
        tz += 1;
    }
    0.5 * 10f64.powi(tz)
}

/// Every word that can start or make a figure in words, for [`is_number_word`]. Most
/// words of prose are not in it, and the reader looks no further at them.
const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "tens",
    "several",
    "few",
    "scores",
    "handful",
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
    "first",
    "second",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
    "doubled",
    "tripled",
    "trebled",
    "quadrupled",
    "halved",
    "halve",
    "double",
    "triple",
    "treble",
    "quadruple",
    "twice",
    "twofold",
    "threefold",
    "fourfold",
    "fivefold",
    "sixfold",
    "sevenfold",
    "eightfold",
    "ninefold",
    "tenfold",
    "hundredfold",
    "doubles",
    "triples",
    "trebles",
    "quadruples",
    "doubling",
    "halving",
    "tripling",
    "trebling",
    "quadrupling",
];

/// The slot of a word's first two letters (lower case ASCII) in [`LENGTHS`].
const fn slot(b: &[u8]) -> usize {
    let first = (b[0] & 31) as usize;
    let second = if b.len() > 1 { (b[1] & 31) as usize } else { 0 };
    first << 5 | second
}

/// For each pair of first letters, the lengths of the number words that start with
/// it, as bits; built at compile time, so the test costs no initialisation check. A
/// one-letter word ("a") is marked beside every second letter, so that the lexer
/// need not tell what follows a word of one letter from a second letter.
const LENGTHS: [u32; 1024] = {
    let mut t = [0u32; 1024];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let b = NUMBER_WORDS[i].as_bytes();
        if b.len() == 1 {
            let mut second = 0;
            while second < 32 {
                t[slot(b) | second] |= 1 << 1;
                second += 1;
            }
        } else {
            t[slot(b)] |= 1 << b.len();
        }
        i += 1;
    }
    t
};

/// The number words, for the lookups [`LENGTHS`] lets through.
static SET: std::sync::LazyLock<super::words::WordSet> =
    std::sync::LazyLock::new(|| super::words::WordSet::new(NUMBER_WORDS));

/// Whether a lower-case word can start or make a figure in words ("twenty", "dozens",
/// "half", "doubled"). A table of first two letters and lengths turns most words away
/// before a hash lookup, so ordinary words cost almost nothing.
#[inline]
pub(crate) fn is_number_word(w: &str) -> bool {
    may_be_number_word(w.as_bytes()) && SET.contains(w)
}

/// Whether a word, in any case, has the first two letters and the length of a number
/// word: the cheap first half of [`is_number_word`], which the lexer asks of every
/// word so that the reader looks only at the words that pass.
#[inline]
pub(crate) fn may_be_number_word(b: &[u8]) -> bool {
    // `slot` keeps the low five bits of each letter, the same in either case.
    !b.is_empty() && b.len() < 32 && LENGTHS[slot(b)] & (1 << b.len()) != 0
}

/// [`may_be_number_word`] of a word of `len` bytes (at least one) starting with
/// `first` and `second` (any byte for a one-byte word), for a caller that has not
/// cut out the word.
#[inline]
pub(crate) fn may_be_number_word_by(first: u8, second: u8, len: usize) -> bool {
    let slot = usize::from(first & 31) << 5 | usize::from(second & 31);
    len < 32 && LENGTHS[slot] & (1 << len) != 0
}

/// "zero" to "ninety-nine" parts: "seven" is 7, "forty" 40.
pub(crate) fn small(word: &str) -> Option<u32> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Scale words inside a number written in words.
pub(crate) fn word_scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Vague magnitudes and the interval they claim: "millions" is [1e6, 1e9).
pub(crate) fn vague(word: &str) -> Option<(f64, f64)> {
    Some(match word {
        "dozens" => (24.0, 144.0),
        "hundreds" => (100.0, 1e3),
        "thousands" => (1e3, 1e6),
        "millions" => (1e6, 1e9),
        "billions" => (1e9, 1e12),
        "trillions" => (1e12, 1e15),
        _ => return None,
    })
}

/// The denominator of a fraction word: "third" is 3, "quarters" 4.
pub(crate) fn denominator(word: &str) -> Option<f64> {
    Some(match word {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// Ordinal words: "second" is 2.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "hundredth" => 100,
        _ => return None,
    })
}

/// Verbs of multiplication: "doubled" is 2, "halved" 0.5.
pub(crate) fn multiplier_verb(word: &str) -> Option<f64> {
    Some(match word {
        "doubled" | "doubles" | "doubling" | "double" => 2.0,
        "tripled" | "trebled" | "triples" | "trebles" | "tripling" | "trebling" => 3.0,
        "quadrupled" | "quadruples" | "quadrupling" => 4.0,
        "halved" | "halve" | "halves" | "halving" => 0.5,
        _ => return None,
    })
}

/// The factor a verb of multiplication names in its base form: "halve", "double",
/// "triple" (or "treble"), "quadruple".
pub(crate) fn base_multiplier(word: &str) -> Option<f64> {
    Some(match word {
        "halve" => 0.5,
        "double" => 2.0,
        "triple" | "treble" => 3.0,
        "quadruple" => 4.0,
        _ => return None,
    })
}

/// Month names and their usual abbreviations, as written (capitalised).
pub(crate) fn month(word: &str) -> Option<u32> {
    month_bytes(word.as_bytes())
}

/// [`month`] of a word's bytes.
pub(crate) fn month_bytes(word: &[u8]) -> Option<u32> {
    Some(match word {
        b"January" | b"Jan" => 1,
        b"February" | b"Feb" => 2,
        b"March" | b"Mar" => 3,
        b"April" | b"Apr" => 4,
        b"May" => 5,
        b"June" | b"Jun" => 6,
        b"July" | b"Jul" => 7,
        b"August" | b"Aug" => 8,
        b"September" | b"Sept" | b"Sep" => 9,
        b"October" | b"Oct" => 10,
        b"November" | b"Nov" => 11,
        b"December" | b"Dec" => 12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_alike_from_a_str_and_from_its_bytes() {
        for w in [
            "January", "Sept", "May", "may", "MAY", "Dec", "Decem", "", "Mär",
        ] {
            assert_eq!(month_bytes(w.as_bytes()), month(w), "{w}");
        }
        assert_eq!(month_bytes(b"Sept"), Some(9));
    }

    #[test]
    fn the_lexer_lead_test_by_first_bytes_and_length_agrees_with_the_slice_test() {
        let words = [
            "t",
            "tw",
            "two",
            "twenty",
            "TWENTY",
            "Thousand",
            "thousands",
            "a",
            "an",
            "half",
            "dozen",
            "dozens",
            "doubled",
            "x",
            "in",
            "at",
            "café",
            "élan",
            "ninetynine",
            "abcdefghijklmnopqrstuvwxyzabcdefghij",
        ];
        for w in words {
            let b = w.as_bytes();
            let second = b.get(1).copied().unwrap_or(0);
            assert_eq!(
                may_be_number_word_by(b[0], second, b.len()),
                may_be_number_word(b),
                "{w}"
            );
        }
        // Whatever follows a word of one letter does not count as its second letter.
        for next in [b' ', b',', b'.', b'n', 0x80] {
            assert!(may_be_number_word_by(b'a', next, 1));
            assert!(may_be_number_word_by(b'A', next, 1));
            assert!(!may_be_number_word_by(b'b', next, 1));
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn rounding(text: &str) -> f64 {
        digits(text).unwrap().rounding(false)
    }

    #[test]
    fn thousands_round_at_the_thousands_group() {
        assert!(close(rounding("20,000"), 500.0));
        assert!(close(rounding("1,215,000"), 500.0));
    }

    #[test]
    fn hundreds_and_tens_round_at_their_last_nonzero_digit() {
        assert!(close(rounding("1,500"), 50.0));
        assert!(close(rounding("150"), 5.0));
    }

    #[test]
    fn decimals_round_at_their_last_digit() {
        assert!((rounding("2.5") - 0.05).abs() < 1e-12);
    }

    #[test]
    fn small_whole_numbers_are_counted() {
        assert!(close(rounding("99"), 0.5));
        assert!(close(rounding("6"), 0.5));
    }

    #[test]
    fn separators_are_dropped_from_the_value() {
        assert!(close(digits("1,215,000.50").unwrap().value, 1_215_000.5));
        assert!(close(digits("20,\n000").unwrap().value, 20_000.0));
    }

    #[test]
    fn values_read_by_integer_arithmetic_equal_the_parsed_text_to_the_last_bit() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits_written = usize::try_from(x % 18).unwrap() + 1;
            let text: String = (0..digits_written)
                .map(|k| char::from(b'0' + u8::try_from((x >> (k * 3)) % 10).unwrap()))
                .collect();
            let point = usize::try_from((x >> 60) % 17).unwrap().min(text.len() - 1);
            let text = if point == 0 {
                text
            } else {
                format!("{}.{}", &text[..point], &text[point..])
            };
            let parsed: f64 = text.parse().unwrap();
            assert_eq!(
                digits(&text).unwrap().value.to_bits(),
                parsed.to_bits(),
                "{text}"
            );
        }
        assert_eq!(digits("0.1").unwrap().value.to_bits(), 0.1f64.to_bits());
        assert!(digits(".").is_none() && digits("1.2.3").is_none());
    }

    #[test]
    fn words_round_like_digits() {
        assert!(close(whole_rounding(20_000.0), 500.0));
        assert!(close(whole_rounding(4.0), 0.5));
    }
}
