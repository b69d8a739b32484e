//! What a figure claims about the true value.

use serde::Serialize;

/// The set of true values a figure is consistent with. `None` is an unbounded end.
///
/// Invariant: when both ends are present, `low <= high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower end, `None` for minus infinity.
    pub low: Option<f64>,
    /// Upper end, `None` for plus infinity.
    pub high: Option<f64>,
    /// Whether the lower end itself is excluded.
    pub low_open: bool,
    /// Whether the upper end itself is excluded.
    pub high_open: bool,
}

impl Interval {
    /// The closed interval `[low, high]` (ends swapped when given the wrong way round).
    pub fn closed(low: f64, high: f64) -> Self {
        Interval {
            low: Some(low.min(high)),
            high: Some(low.max(high)),
            low_open: false,
            high_open: false,
        }
    }

    /// The single point `[v, v]`.
    pub fn point(v: f64) -> Self {
        Self::closed(v, v)
    }

    /// `(v, ∞)` when `open`, else `[v, ∞)`.
    pub fn above(v: f64, open: bool) -> Self {
        Interval {
            low: Some(v),
            high: None,
            low_open: open,
            high_open: false,
        }
    }

    /// `(-∞, v)` when `open`, else `(-∞, v]`.
    pub fn below(v: f64, open: bool) -> Self {
        Interval {
            low: None,
            high: Some(v),
            low_open: false,
            high_open: open,
        }
    }

    /// Whether `v` lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        let above_low = match self.low {
            None => true,
            Some(l) if self.low_open => v > l,
            Some(l) => v >= l,
        };
        let below_high = match self.high {
            None => true,
            Some(h) if self.high_open => v < h,
            Some(h) => v <= h,
        };
        above_low && below_high
    }

    /// Whether the two intervals share at least one value.
    pub fn intersects(&self, other: &Interval) -> bool {
        self.intersection(other).is_some()
    }

    /// The values the two intervals share, or `None` when they share none.
    pub fn intersection(&self, other: &Interval) -> Option<Interval> {
        // The larger of the two lower ends must not pass the smaller of the upper ends.
        let (low, low_open) = max_low(self, other);
        let (high, high_open) = min_high(self, other);
        let meet = match (low, high) {
            (Some(l), Some(h)) => l < h || (l <= h && !low_open && !high_open),
            _ => true,
        };
        meet.then_some(Interval {
            low,
            high,
            low_open,
            high_open,
        })
    }
}

fn max_low(a: &Interval, b: &Interval) -> (Option<f64>, bool) {
    match (a.low, b.low) {
        (None, _) => (b.low, b.low_open),
        (_, None) => (a.low, a.low_open),
        (Some(x), Some(y)) if x > y => (a.low, a.low_open),
        (Some(x), Some(y)) if y > x => (b.low, b.low_open),
        _ => (a.low, a.low_open || b.low_open),
    }
}

fn min_high(a: &Interval, b: &Interval) -> (Option<f64>, bool) {
    match (a.high, b.high) {
        (None, _) => (b.high, b.high_open),
        (_, None) => (a.high, a.high_open),
        (Some(x), Some(y)) if x < y => (a.high, a.high_open),
        (Some(x), Some(y)) if y < x => (b.high, b.high_open),
        _ => (a.high, a.high_open || b.high_open),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_restatements_meet() {
        let million = Interval::closed(1.15e6, 1.25e6);
        let exact = Interval::closed(1_214_500.0, 1_215_500.0);
        assert!(million.intersects(&exact));
    }

    #[test]
    fn open_ends_that_touch_do_not_meet() {
        assert!(!Interval::above(20_000.0, true).intersects(&Interval::below(20_000.0, false)));
        assert!(Interval::above(20_000.0, false).intersects(&Interval::below(20_000.0, false)));
    }

    #[test]
    fn the_intersection_keeps_the_inner_ends_and_their_openness() {
        let over = Interval::above(20_000.0, true);
        let rounded = Interval::closed(19_500.0, 20_500.0);
        assert_eq!(
            over.intersection(&rounded),
            Some(Interval {
                low: Some(20_000.0),
                high: Some(20_500.0),
                low_open: true,
                high_open: false,
            })
        );
        assert_eq!(over.intersection(&Interval::below(20_000.0, false)), None);
    }

    #[test]
    fn an_unbounded_interval_contains_large_values() {
        assert!(Interval::above(20_000.0, true).contains(1e12));
        assert!(!Interval::above(20_000.0, true).contains(20_000.0));
    }
}
