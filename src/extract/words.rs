//! Fast membership tests for fixed sets of lower-case words.
//!
//! A `match` on strings compares the word with every arm of its length in turn; the
//! stop-word and verb lists of the reader have hundreds of arms and are asked about
//! most words near a figure. A [`WordSet`] turns most words away with one table
//! lookup (first two letters and length) and settles the rest with a binary search
//! over the words packed into integers.

/// A fixed set of lower-case ASCII words of at most 16 bytes.
pub(crate) struct WordSet {
    packed: Vec<u128>,
    lengths: [u32; 1024],
}

/// A word of up to 16 bytes as one integer, its length in the top byte.
fn pack(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    let mut v: u128 = 0;
    for &c in w {
        v = (v << 8) | u128::from(c);
    }
    Some(v | (u128::from(u8::try_from(w.len()).unwrap_or(0)) << 120))
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
        let mut packed: Vec<u128> = words.iter().filter_map(|w| pack(w.as_bytes())).collect();
        packed.sort_unstable();
        packed.dedup();
        let mut lengths = [0u32; 1024];
        for w in words {
            if !w.is_empty() && w.len() < 32 {
                lengths[slot(w.as_bytes())] |= 1 << w.len();
            }
        }
        WordSet { packed, lengths }
    }

    /// Whether `w` is in the set.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        !b.is_empty()
            && b.len() < 32
            && self.lengths[slot(b)] & (1 << b.len()) != 0
            && pack(b).is_some_and(|p| self.packed.binary_search(&p).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn words_sharing_their_first_letters_are_told_apart() {
        let set = WordSet::new(&["three", "thirteen"]);
        assert!(set.contains("three") && !set.contains("threw") && !set.contains("thirteens"));
    }
}
