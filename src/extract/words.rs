//! Fast membership tests for fixed sets of lower-case words.
//!
//! A `match` on strings compares the word with every arm of its length in turn; the
//! stop-word and verb lists of the reader have hundreds of arms and are asked about
//! most words near a figure. A [`WordSet`] turns most words away with one table
//! lookup (first two letters and length) and settles the rest with one probe, rarely
//! two, into a hash table of the words packed into integers.

/// A fixed set of lower-case ASCII words of at most 15 bytes.
pub(crate) struct WordSet {
    /// Open addressing with linear probing; 0 marks an empty slot (no packed word is 0).
    table: Vec<u128>,
    /// The table's length minus one (the length is a power of two).
    mask: usize,
    lengths: [u32; 1024],
}

/// A word of up to 15 bytes as one integer, its length in the top byte.
fn pack(w: &[u8]) -> Option<u128> {
    let len = u8::try_from(w.len())
        .ok()
        .filter(|&n| (1..=15).contains(&n))?;
    // The word's bytes end the integer (big-endian), its length starts it.
    let mut bytes = [0u8; 16];
    bytes.get_mut(16 - w.len()..)?.copy_from_slice(w);
    bytes[0] = len;
    Some(u128::from_be_bytes(bytes))
}

/// Where a packed word's probe starts.
#[expect(
    clippy::cast_possible_truncation,
    reason = "the two halves are folded on purpose, and the top 32 bits of the product fit a usize"
)]
fn home(p: u128) -> usize {
    let folded = (p as u64) ^ ((p >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize
}

/// The slot of a word's first two letters in the length table.
fn slot(b: &[u8]) -> usize {
    let first = usize::from(b[0] & 31);
    let second = b.get(1).map_or(0, |&c| usize::from(c & 31));
    first << 5 | second
}

impl WordSet {
    /// The set of `words`.
    pub(crate) fn new(words: &[&str]) -> Self {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mask = size - 1;
        let mut table = vec![0u128; size];
        let mut lengths = [0u32; 1024];
        for w in words {
            let Some(p) = pack(w.as_bytes()) else {
                continue;
            };
            let mut h = home(p) & mask;
            while table[h] != 0 && table[h] != p {
                h = (h + 1) & mask;
            }
            table[h] = p;
            lengths[slot(w.as_bytes())] |= 1 << w.len();
        }
        WordSet {
            table,
            mask,
            lengths,
        }
    }

    /// Whether `w` is in the set.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let bytes = w.as_bytes();
        if bytes.is_empty()
            || bytes.len() > 15
            || self.lengths[slot(bytes)] & (1 << bytes.len()) == 0
        {
            return false;
        }
        let Some(packed) = pack(bytes) else {
            return false;
        };
        let mut at = home(packed) & self.mask;
        // The table is at most a quarter full, so an empty slot always ends the probe.
        loop {
            match self.table.get(at) {
                Some(&entry) if entry == packed => return true,
                Some(&0) | None => return false,
                Some(_) => at = (at + 1) & self.mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_packs_to_its_bytes_in_order_under_its_length() {
        let by_shifts = |w: &[u8]| {
            (!w.is_empty() && w.len() <= 15).then(|| {
                let v = w.iter().fold(0u128, |v, &c| (v << 8) | u128::from(c));
                v | ((w.len() as u128) << 120)
            })
        };
        for w in [
            "",
            "a",
            "of",
            "stop",
            "abcdefghijklmno",
            "abcdefghijklmnop",
            "né",
        ] {
            assert_eq!(pack(w.as_bytes()), by_shifts(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn a_set_holds_its_words_and_nothing_else() {
        let set = WordSet::new(&["of", "over", "more", "a"]);
        assert!(set.contains("of") && set.contains("over") && set.contains("a"));
        assert!(
            !set.contains("off")
                && !set.contains("o")
                && !set.contains("")
                && !set.contains("mores")
        );
    }

    #[test]
    fn a_large_set_finds_every_word_it_holds_and_no_near_miss() {
        let words: Vec<String> = (0..600).map(|k| format!("w{k}x")).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let set = WordSet::new(&refs);
        assert!(refs.iter().all(|w| set.contains(w)));
        assert!((600..1200).all(|k| !set.contains(&format!("w{k}x"))));
        assert!(!set.contains("w1y") && !set.contains("abcdefghijklmnop"));
    }

    #[test]
    fn words_sharing_their_first_letters_are_told_apart() {
        let set = WordSet::new(&["three", "thirteen"]);
        assert!(set.contains("three") && !set.contains("threw") && !set.contains("thirteens"));
    }
}
