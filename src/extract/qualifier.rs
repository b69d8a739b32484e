//! Qualifiers ("over", "about", "up to", "20,000+") and the interval a figure claims.
//!
//! A qualifier is read from the words just before the number (before its currency
//! symbol) or glued after it, the longest phrase first. The interval then follows
//! DESIGN.md:
//!
//! | written | interval |
//! |---|---|
//! | "20,000" | [v − r, v + r], r the rounding of the digits written |
//! | "exactly 20,000" | [v, v] |
//! | "about 20,000" | [v − m − r, v + m + r], m the smaller of tv (t the approximation tolerance) and ten units of the last digit other than zero |
//! | "over 20,000", "more than" | (v, ∞) |
//! | "at least 20,000", "20,000+", "20,000 or more", "at or above" | [v, ∞) |
//! | "under 20,000", "fewer than" | [0, v) for quantities that cannot go below zero, else (−∞, v) |
//! | "up to 20,000", "no more than", "at or below" | [0, v] (or (−∞, v]) |
//! | "nearly 20,000", "almost" | [v − m, v) |
//!
//! The slack of an approximation is at most ten units of its last digit written: whoever
//! writes "about 1,240" or "an estimated 81,083" has counted to the ten or the one, so
//! "an estimated 81,083" allows 81,072.5 to 81,093.5, not 10% either way; "about 81,000"
//! and "about 60%" keep the whole tolerance.
//! | "10 to 20", "between 10 and 20" | [10 − r, 20 + r] |
//! | "millions", "dozens" | [1e6, 1e9), [24, 144) |

use super::figure::{Figure, Qualifier, Value};
use super::interval::Interval;

/// How a figure hedges its number, in more detail than [`Qualifier`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Hedge {
    /// As written, rounded at the precision written.
    Exact,
    /// "exactly", "precisely": no rounding.
    Exactly,
    /// "about", "around", "some".
    Approx,
    /// "over", "more than": an open lower bound.
    Over,
    /// "at least", "20,000+": a closed lower bound.
    AtLeast,
    /// "under", "less than": an open upper bound.
    Under,
    /// "up to", "no more than": a closed upper bound.
    UpTo,
    /// "nearly", "almost": just below.
    Nearly,
    /// "10 to 20".
    Range,
    /// "millions": the interval it claims.
    Vague(f64, f64),
}

impl Hedge {
    /// The coarse qualifier shown to users and rules.
    pub(crate) fn qualifier(self) -> Qualifier {
        match self {
            Hedge::Exact | Hedge::Exactly => Qualifier::Exact,
            Hedge::Approx => Qualifier::Approx,
            Hedge::Over | Hedge::AtLeast => Qualifier::LowerBound,
            Hedge::Under | Hedge::UpTo | Hedge::Nearly => Qualifier::UpperBound,
            Hedge::Range => Qualifier::Range,
            Hedge::Vague(..) => Qualifier::Vague,
        }
    }
}

/// Qualifier phrases before a number, as lower-case words, longest first within each
/// starting word so that "more than" wins over a bare "than".
const BEFORE: &[(&[&str], Hedge)] = &[
    (&["in", "excess", "of"], Hedge::Over),
    (&["well", "in", "excess", "of"], Hedge::Over),
    (&["upwards", "of"], Hedge::Over),
    (&["upward", "of"], Hedge::Over),
    (&["well", "over"], Hedge::Over),
    (&["just", "over"], Hedge::Over),
    (&["slightly", "over"], Hedge::Over),
    (&["well", "above"], Hedge::Over),
    (&["just", "above"], Hedge::Over),
    (&["slightly", "above"], Hedge::Over),
    (&["well", "more", "than"], Hedge::Over),
    (&["slightly", "more", "than"], Hedge::Over),
    (&["just", "more", "than"], Hedge::Over),
    (&["much", "more", "than"], Hedge::Over),
    (&["far", "more", "than"], Hedge::Over),
    (&["more", "than"], Hedge::Over),
    (&["greater", "than"], Hedge::Over),
    (&["higher", "than"], Hedge::Over),
    (&["larger", "than"], Hedge::Over),
    (&["longer", "than"], Hedge::Over),
    (&["north", "of"], Hedge::Over),
    (&["over"], Hedge::Over),
    (&["above"], Hedge::Over),
    (&["exceeding"], Hedge::Over),
    (&["topping"], Hedge::Over),
    (&["surpassing"], Hedge::Over),
    (&["not", "exceeding"], Hedge::UpTo),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    // "at or above 110F", "at or below 2%": the bound itself is allowed.
    (&["at", "or", "above"], Hedge::AtLeast),
    (&["at", "or", "over"], Hedge::AtLeast),
    (&["at", "or", "below"], Hedge::UpTo),
    (&["at", "or", "under"], Hedge::UpTo),
    (&["at", "least"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["minimum", "of"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::UpTo),
    (&["not", "more", "than"], Hedge::UpTo),
    (&["at", "most"], Hedge::UpTo),
    (&["up", "to"], Hedge::UpTo),
    (&["within"], Hedge::UpTo),
    (&["as", "many", "as"], Hedge::UpTo),
    (&["as", "much", "as"], Hedge::UpTo),
    (&["as", "high", "as"], Hedge::UpTo),
    (&["as", "long", "as"], Hedge::UpTo),
    (&["a", "maximum", "of"], Hedge::UpTo),
    (&["maximum", "of"], Hedge::UpTo),
    (&["just", "under"], Hedge::Under),
    (&["just", "below"], Hedge::Under),
    (&["slightly", "less", "than"], Hedge::Under),
    (&["slightly", "under"], Hedge::Under),
    (&["slightly", "below"], Hedge::Under),
    (&["well", "under"], Hedge::Under),
    (&["well", "below"], Hedge::Under),
    (&["less", "than"], Hedge::Under),
    (&["fewer", "than"], Hedge::Under),
    (&["lower", "than"], Hedge::Under),
    (&["shorter", "than"], Hedge::Under),
    (&["under"], Hedge::Under),
    (&["below"], Hedge::Under),
    (&["just", "shy", "of"], Hedge::Nearly),
    (&["shy", "of"], Hedge::Nearly),
    (&["not", "quite"], Hedge::Nearly),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["close", "to"], Hedge::Approx),
    (&["an", "estimated"], Hedge::Approx),
    (&["estimated"], Hedge::Approx),
    (&["in", "the", "region", "of"], Hedge::Approx),
    (&["on", "the", "order", "of"], Hedge::Approx),
    (&["of", "the", "order", "of"], Hedge::Approx),
    (&["an", "approximate"], Hedge::Approx),
    (&["approximately"], Hedge::Approx),
    (&["approx"], Hedge::Approx),
    (&["about"], Hedge::Approx),
    (&["around"], Hedge::Approx),
    (&["roughly"], Hedge::Approx),
    (&["some"], Hedge::Approx),
    (&["circa"], Hedge::Approx),
    (&["exactly"], Hedge::Exactly),
    (&["precisely"], Hedge::Exactly),
];

/// The most words in a phrase of [`BEFORE`].
const MAX_PHRASE: usize = 4;

/// A qualifier phrase with its words packed ([`pack`]) from the last back, 0 past its
/// first word, its length and its hedge.
type Packed = ([u128; MAX_PHRASE], usize, Hedge);

/// The phrases of [`BEFORE`] grouped by their last word, sorted by that word packed
/// into an integer: a binary search and integer comparisons find a phrase, with no
/// string comparison (and no hashing of the word before every number).
static BY_LAST: std::sync::LazyLock<Vec<(u128, Vec<Packed>)>> = std::sync::LazyLock::new(|| {
    let mut groups: Vec<(u128, Vec<Packed>)> = Vec::new();
    for &(phrase, hedge) in BEFORE {
        let mut words = [0u128; MAX_PHRASE];
        for (slot, w) in words.iter_mut().zip(phrase.iter().rev()) {
            *slot = pack(w).unwrap_or(0);
        }
        let last = words[0];
        if last == 0 || phrase.len() > MAX_PHRASE {
            continue;
        }
        let packed = (words, phrase.len(), hedge);
        match groups.iter_mut().find(|(w, _)| *w == last) {
            Some((_, phrases)) => phrases.push(packed),
            None => groups.push((last, vec![packed])),
        }
    }
    groups.sort_by_key(|&(w, _)| w);
    groups
});

/// For each first letter (its low five bits), the lengths of the last words of the
/// phrases of [`BEFORE`], as bits; built at compile time.
const LAST_WORDS: [u16; 32] = {
    let mut t = [0u16; 32];
    let mut i = 0;
    while i < BEFORE.len() {
        let words = BEFORE[i].0;
        let last = words[words.len() - 1].as_bytes();
        if !last.is_empty() && last.len() <= 15 {
            t[(last[0] & 31) as usize] |= 1 << last.len();
        }
        i += 1;
    }
    t
};

/// Whether a word has the first letter and length of the last word of a phrase of
/// [`BEFORE`]: a necessary condition, so a word that fails is in no phrase.
fn may_end_phrase(b: &[u8]) -> bool {
    match b.first() {
        Some(&first) if b.len() <= 15 => LAST_WORDS[usize::from(first & 31)] & (1 << b.len()) != 0,
        _ => false,
    }
}

/// A word of at most 15 bytes as one integer (its length in the top byte), distinct
/// for distinct words and never 0.
fn pack(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    let len = u8::try_from(b.len())
        .ok()
        .filter(|&n| (1..=15).contains(&n))?;
    // Byte k of the word is byte k of the integer (little-endian), its length the top.
    let mut bytes = [0u8; 16];
    bytes.get_mut(..b.len())?.copy_from_slice(b);
    bytes[15] = len;
    Some(u128::from_le_bytes(bytes))
}

/// Looks up a qualifier ending just before a number. `words(n)` gives the lower-case
/// word `n` places back (1 = the word right before), or `None` when there is no word
/// there (punctuation, another figure, the start of the sentence); once it gives
/// `None`, it gives `None` further back too. Returns the hedge and how many words it
/// spans.
pub(crate) fn before<'w>(words: impl Fn(usize) -> Option<&'w str>) -> Option<(Hedge, usize)> {
    let last = words(1)?;
    // Most words before a number end no phrase: turned away by first letter and length.
    if !may_end_phrase(last.as_bytes()) {
        return None;
    }
    let key = pack(last)?;
    let groups = &*BY_LAST;
    let candidates = &groups[groups.binary_search_by_key(&key, |&(w, _)| w).ok()?].1;
    // The words before, each asked for and packed once (0 where there is none), as
    // far back as the longest candidate reaches.
    let longest = candidates.iter().map(|&(_, n, _)| n).max().unwrap_or(1);
    let mut back = [0u128; MAX_PHRASE];
    back[0] = key;
    for (n, seen) in back.iter_mut().enumerate().take(longest).skip(1) {
        match words(n + 1) {
            // A word too long to pack is in no phrase: 1 matches no packed word.
            Some(w) => *seen = pack(w).unwrap_or(1),
            None => break,
        }
    }
    let mut best: Option<(Hedge, usize)> = None;
    for (phrase, n, hedge) in candidates {
        if best.is_some_and(|(_, b)| b >= *n) {
            continue;
        }
        if phrase.iter().zip(&back).take(*n).all(|(p, w)| p == w) {
            best = Some((*hedge, *n));
        }
    }
    // "counted or estimated 3,898" names how a figure was arrived at, for some of it
    // one way and some the other: "estimated" joined to another verb hedges nothing.
    if best.is_some_and(|(_, n)| n == 1)
        && last == "estimated"
        && [pack("or"), pack("and")].contains(&Some(back[1]))
    {
        return None;
    }
    best
}

/// Whether a quantity of this kind can go below zero (an upper bound then starts at 0).
fn floor_at_zero(value: f64) -> bool {
    value >= 0.0
}

/// How far an approximation of `v` may stray: `tolerance` of it, but no more than ten
/// units of its last digit other than zero, since a writer who hedges "81,083" has
/// counted to the one ("about 1,500 mln" is counted to the hundred million).
fn slack(v: f64, rounding: f64, tolerance: f64) -> f64 {
    let m = v.abs() * tolerance;
    if rounding <= 0.0 {
        return m;
    }
    // The place of the last digit other than zero, no finer than the digits written.
    let mut place = 2.0 * rounding;
    while place * 10.0 <= v.abs() {
        let q = v.abs() / (place * 10.0);
        if (q - q.round()).abs() > 1e-6 * q.max(1.0) {
            break;
        }
        place *= 10.0;
    }
    m.min(10.0 * place)
}

/// The interval a figure with this value, rounding and hedge claims.
pub(crate) fn interval(value: Value, rounding: f64, hedge: Hedge, tolerance: f64) -> Interval {
    let (low, high) = match value {
        Value::Number(v) => (v, v),
        Value::Range(l, h) => (l.min(h), l.max(h)),
    };
    let v = value.mid();
    match hedge {
        Hedge::Exact | Hedge::Range => Interval::closed(low - rounding, high + rounding),
        Hedge::Exactly => Interval::closed(low, high),
        Hedge::Approx => {
            let m = slack(v, rounding, tolerance) + rounding;
            Interval::closed(low - m, high + m)
        }
        Hedge::Over => Interval::above(high, true),
        Hedge::AtLeast => Interval::above(high, false),
        Hedge::Under | Hedge::UpTo => {
            let open = hedge == Hedge::Under;
            if floor_at_zero(low) {
                Interval {
                    low: Some(0.0),
                    high: Some(high),
                    low_open: false,
                    high_open: open,
                }
            } else {
                Interval::below(high, open)
            }
        }
        Hedge::Nearly => Interval {
            low: Some(high - slack(high, rounding, tolerance)),
            high: Some(high),
            low_open: false,
            high_open: true,
        },
        Hedge::Vague(l, h) => Interval {
            low: Some(l),
            high: Some(h),
            low_open: false,
            high_open: true,
        },
    }
}

/// The hedge a finished figure was read with, recovered from its fields.
pub(crate) fn hedge_of(f: &Figure) -> Hedge {
    match f.qualifier {
        Qualifier::Exact if f.rounding == 0.0 => Hedge::Exactly,
        Qualifier::Exact => Hedge::Exact,
        Qualifier::Approx => Hedge::Approx,
        Qualifier::LowerBound if f.interval.low_open => Hedge::Over,
        Qualifier::LowerBound => Hedge::AtLeast,
        Qualifier::UpperBound if !f.interval.high_open => Hedge::UpTo,
        Qualifier::UpperBound if f.interval.low.is_some_and(|l| l > 0.0) => Hedge::Nearly,
        Qualifier::UpperBound => Hedge::Under,
        Qualifier::Range => Hedge::Range,
        Qualifier::Vague => Hedge::Vague(
            f.interval.low.unwrap_or(0.0),
            f.interval.high.unwrap_or(f64::INFINITY),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(words: &[&'static str]) -> Option<(Hedge, usize)> {
        before(|n| words.len().checked_sub(n).map(|i| words[i]))
    }

    #[test]
    fn a_word_is_packed_byte_by_byte_with_its_length_on_top() {
        let by_shifts = |w: &str| {
            let b = w.as_bytes();
            (!b.is_empty() && b.len() <= 15).then(|| {
                let mut v = (b.len() as u128) << 120;
                for (k, &c) in b.iter().enumerate() {
                    v |= u128::from(c) << (8 * k);
                }
                v
            })
        };
        for w in [
            "",
            "a",
            "of",
            "than",
            "approximately",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "né",
        ] {
            assert_eq!(pack(w), by_shifts(w), "{w}");
        }
    }

    #[test]
    fn words_that_end_no_phrase_are_turned_away_by_the_filter() {
        for w in ["the", "by", "and", "rose", "a", "", "ofx", "abouts"] {
            assert_eq!(phrase(&[w]), None, "{w}");
        }
        assert!(!may_end_phrase(b"the") && may_end_phrase(b"than") && may_end_phrase(b"of"));
    }

    #[test]
    fn the_longest_phrase_wins() {
        assert_eq!(phrase(&["well", "more", "than"]), Some((Hedge::Over, 3)));
        assert_eq!(phrase(&["no", "more", "than"]), Some((Hedge::UpTo, 3)));
        assert_eq!(phrase(&["said", "more", "than"]), Some((Hedge::Over, 2)));
        assert_eq!(phrase(&["at", "or", "above"]), Some((Hedge::AtLeast, 3)));
        assert_eq!(phrase(&["at", "or", "below"]), Some((Hedge::UpTo, 3)));
    }

    #[test]
    fn every_phrase_fits_the_words_read_back_and_is_found_whole() {
        for &(words, hedge) in BEFORE {
            assert!(words.len() <= MAX_PHRASE, "{words:?}");
            let mut said = vec!["said"];
            said.extend_from_slice(words);
            assert_eq!(
                phrase(&said).map(|(_, n)| n),
                Some(words.len()),
                "{words:?}"
            );
            assert_eq!(
                phrase(words).map(|(h, _)| h.qualifier()),
                Some(hedge.qualifier())
            );
        }
    }

    #[test]
    fn longer_or_shorter_than_a_time_bounds_it() {
        // "640 waited longer than six weeks", "stays shorter than two nights".
        assert_eq!(
            phrase(&["waited", "longer", "than"]),
            Some((Hedge::Over, 2))
        );
        assert_eq!(
            phrase(&["stays", "shorter", "than"]),
            Some((Hedge::Under, 2))
        );
    }

    #[test]
    fn estimated_joined_to_another_verb_is_no_hedge() {
        assert_eq!(phrase(&["counted", "or", "estimated"]), None);
        assert_eq!(phrase(&["people", "estimated"]), Some((Hedge::Approx, 1)));
    }

    #[test]
    fn a_word_that_only_ends_a_phrase_is_no_qualifier() {
        assert_eq!(phrase(&["than"]), None);
        assert_eq!(phrase(&["least"]), None);
    }

    #[test]
    fn an_exact_figure_allows_its_rounding() {
        let i = interval(Value::Number(20_000.0), 500.0, Hedge::Exact, 0.1);
        assert_eq!(i, Interval::closed(19_500.0, 20_500.0));
    }

    #[test]
    fn over_is_an_open_lower_bound() {
        let i = interval(Value::Number(20_000.0), 500.0, Hedge::Over, 0.1);
        assert_eq!(i, Interval::above(20_000.0, true));
    }

    #[test]
    fn nearly_is_just_below() {
        let i = interval(Value::Number(100.0), 5.0, Hedge::Nearly, 0.1);
        assert!(i.contains(95.0) && !i.contains(100.0) && !i.contains(85.0));
    }

    #[test]
    fn about_widens_by_the_tolerance_and_the_rounding() {
        let i = interval(Value::Number(20_000.0), 500.0, Hedge::Approx, 0.1);
        assert_eq!(i, Interval::closed(17_500.0, 22_500.0));
    }

    #[test]
    fn about_a_figure_counted_to_its_last_digits_strays_ten_units_of_them() {
        // "an estimated 81,083": counted to the one.
        let i = interval(Value::Number(81_083.0), 0.5, Hedge::Approx, 0.1);
        assert_eq!(i, Interval::closed(81_072.5, 81_093.5));
        // "about 1,240": to the ten; "about 1,500 mln": to the hundred million.
        let i = interval(Value::Number(1_240.0), 5.0, Hedge::Approx, 0.1);
        assert_eq!(i, Interval::closed(1_135.0, 1_345.0));
        let i = interval(Value::Number(1.5e9), 5e5, Hedge::Approx, 0.1);
        assert_eq!(i, Interval::closed(1.3495e9, 1.6505e9));
        // "nearly 2,950" is just under it.
        let i = interval(Value::Number(2_950.0), 5.0, Hedge::Nearly, 0.1);
        assert!(i.contains(2_851.0) && !i.contains(2_849.0));
    }
}
