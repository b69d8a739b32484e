//! The prose view under construction: a buffer as long as the source in which only the
//! bytes a reader reads as prose are filled in.

use std::ops::Range;

/// A prose view being built over `source`: everything starts blank (spaces, with line
/// breaks kept) and the readers copy prose in at its own offsets.
pub(super) struct ProseBuf<'s> {
    source: &'s str,
    buf: Vec<u8>,
}

impl<'s> ProseBuf<'s> {
    /// A blank view of `source`.
    pub(super) fn new(source: &'s str) -> Self {
        let buf = source
            .bytes()
            .map(|b| if matches!(b, b'\n' | b'\r') { b } else { b' ' })
            .collect();
        ProseBuf { source, buf }
    }

    /// Copies `range` of the source into the view unchanged.
    pub(super) fn copy(&mut self, range: Range<usize>) {
        if let Some(src) = self.source.as_bytes().get(range.clone()) {
            self.buf[range].copy_from_slice(src);
        }
    }

    /// Puts `text`, the decoded form of the source in `range`, into the view. Text equal
    /// to the source is copied; shorter text is aligned where it stands in the source
    /// (an escaped `\*` keeps its `*` in place, an entity's character lands on its `&`)
    /// and padded with spaces; text that does not fit is left blank.
    pub(super) fn put(&mut self, range: Range<usize>, text: &str) {
        let Some(src) = self.source.get(range.clone()) else {
            return;
        };
        if src == text {
            self.copy(range);
            return;
        }
        if text.len() > range.len() {
            return;
        }
        let at = if src.ends_with(text) {
            range.end - text.len()
        } else {
            range.start
        };
        for b in &mut self.buf[range.clone()] {
            if !matches!(*b, b'\n' | b'\r') {
                *b = b' ';
            }
        }
        self.buf[at..at + text.len()].copy_from_slice(text.as_bytes());
    }

    /// The source text this view is built over.
    pub(super) fn source(&self) -> &'s str {
        self.source
    }

    /// The finished view. Bare URLs in the prose are blanked, so a number inside one is
    /// never read as a figure.
    pub(super) fn finish(self) -> String {
        let len = self.buf.len();
        let mut prose = String::from_utf8(self.buf).unwrap_or_else(|_| " ".repeat(len));
        blank_bare_urls(&mut prose);
        prose
    }
}

/// Blanks every bare URL (`http://`, `https://`, `ftp://`, `www.`) in `prose`, up to the
/// next space or angle bracket, leaving punctuation that ends a sentence in place, and
/// every e-mail address.
pub(super) fn blank_bare_urls(prose: &mut String) {
    let bytes = prose.as_bytes();
    let mut ranges = Vec::new();
    let mut i = 0;
    // Every URL start has "://" or "www." at a fixed distance, and colons and full
    // stops are rare: only the places they point back to are looked at.
    for at in candidate_url_starts(bytes) {
        if at < i {
            continue;
        }
        let rest = &bytes[at..];
        let at_word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let starts_url = at_word_start
            && (starts_with_ignore_case(rest, b"http://")
                || starts_with_ignore_case(rest, b"https://")
                || starts_with_ignore_case(rest, b"ftp://")
                || starts_with_ignore_case(rest, b"www."));
        if !starts_url {
            continue;
        }
        let mut end = at;
        while end < bytes.len()
            && !bytes[end].is_ascii_whitespace()
            && !matches!(bytes[end], b'<' | b'>' | b'"')
        {
            end += 1;
        }
        while end > at
            && matches!(
                bytes[end - 1],
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')'
            )
        {
            end -= 1;
        }
        ranges.push(at..end);
        i = end.max(at + 1);
    }
    ranges.extend(email_addresses(bytes));
    for r in ranges {
        // The range may end inside a multi-byte character only if the URL holds one;
        // blank whole characters so the view stays valid UTF-8.
        let start = r.start;
        let mut end = r.end;
        while !prose.is_char_boundary(end) {
            end += 1;
        }
        let blank = " ".repeat(end - start);
        prose.replace_range(start..end, &blank);
    }
}

/// The byte ranges of e-mail addresses (`name@host.tld`) in `bytes`.
fn email_addresses(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let host = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'@', &bytes[i..]).map(|p| i + p) {
        let mut start = at;
        while start > 0 && local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && host(bytes[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &bytes[at + 1..end];
        if start < at && domain.contains(&b'.') && !domain.starts_with(b".") {
            out.push(start..end);
        }
        i = end.max(at + 1);
    }
    out
}

/// Where a URL may start, in increasing order: four or five bytes before a "://"
/// ("http", "https"), three before it ("ftp"), and three before a full stop ("www."),
/// each only when the scheme or "www" is written there. Only the places where "://",
/// "w." or "W." is written are looked at, each found by a fast substring search: full
/// stops alone are too common in prose to visit one by one.
fn candidate_url_starts(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let written = |at: Option<usize>, word: &[u8]| {
        at.filter(|&at| {
            bytes
                .get(at..at + word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    };
    for j in memchr::memmem::find_iter(bytes, b"://") {
        out.extend(written(j.checked_sub(5), b"https"));
        out.extend(written(j.checked_sub(4), b"http"));
        out.extend(written(j.checked_sub(3), b"ftp"));
    }
    // The full stop of "www." is one byte after the "w." found.
    for w in [b"w.", b"W."] {
        for j in memchr::memmem::find_iter(bytes, w) {
            out.extend(written((j + 1).checked_sub(3), b"www"));
        }
    }
    // The three searches each find their places in order, but not in order together.
    out.sort_unstable();
    out.dedup();
    out
}

fn starts_with_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_url_is_blanked_but_its_full_stop_stays() {
        let mut p = "See https://ex.com/2020/5. Then 20 more.".to_owned();
        blank_bare_urls(&mut p);
        assert_eq!(p, "See                      . Then 20 more.");
    }

    #[test]
    fn every_kind_of_bare_url_is_blanked_in_any_case_but_not_inside_a_word() {
        let mut p =
            "HTTP://a.b/1 ftp://c/2 www.d.org/3 Https://e/4 xwww.f/5 ahttp://g/6 x.".to_owned();
        blank_bare_urls(&mut p);
        assert_eq!(
            p,
            format!(
                "{} {} {} {} xwww.f/5 ahttp://g/6 x.",
                " ".repeat(12),
                " ".repeat(9),
                " ".repeat(11),
                " ".repeat(11)
            )
        );
    }

    #[test]
    fn an_email_address_is_blanked_but_a_price_per_unit_is_not() {
        let mut p = "Write to desk2024@news.example.org. Costs $5 @ 3 each.".to_owned();
        blank_bare_urls(&mut p);
        assert_eq!(
            p,
            format!("Write to {}. Costs $5 @ 3 each.", " ".repeat(25))
        );
    }

    #[test]
    fn the_url_starts_are_those_a_look_at_every_colon_and_full_stop_finds() {
        let text = b"http://a https://b ftp://c www.d WwW.e HTTPS://f w.g ww.h .www. :// \
                     x.www.y 3.5% ends. www.org. http:/ ftp:// wwww.z https://www.q";
        let mut every = Vec::new();
        for (j, &b) in text.iter().enumerate() {
            let at = |back: usize, word: &[u8]| {
                j.checked_sub(back)
                    .filter(|&a| text[a..a + word.len()].eq_ignore_ascii_case(word))
            };
            if b == b':' && text[j + 1..].starts_with(b"//") {
                every.extend(at(5, b"https"));
                every.extend(at(4, b"http"));
                every.extend(at(3, b"ftp"));
            } else if b == b'.' {
                every.extend(at(3, b"www"));
            }
        }
        every.sort_unstable();
        every.dedup();
        assert_eq!(candidate_url_starts(text), every);
        assert!(every.len() >= 10, "{every:?}");
    }

    #[test]
    fn a_blank_view_keeps_every_line_break_and_nothing_else() {
        let b = ProseBuf::new("a\r\nb\n\nc é\n");
        assert_eq!(b.buf, b" \r\n \n\n    \n");
    }

    #[test]
    fn an_entity_decodes_onto_its_ampersand() {
        let mut b = ProseBuf::new("a &amp; b");
        b.put(2..7, "&");
        assert_eq!(b.finish(), "  &      ");
    }

    #[test]
    fn an_escaped_character_stays_in_place() {
        let mut b = ProseBuf::new(r"a \* b");
        b.put(2..4, "*");
        assert_eq!(b.finish(), "   *  ");
    }
}
