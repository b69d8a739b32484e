//! One quantity mention and its fields.

use std::borrow::Cow;

use serde::Serialize;

use super::Interval;
use crate::document::Span;

/// What kind of quantity a figure is.
///
/// The first eight are quantities the rules compare. The rest are recognised only so
/// that they are never mistaken for counts; [`FigureKind::is_quantity`] tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A number of things: "20,000 officers", "a dozen", "millions".
    Count,
    /// An amount of money: "$1,000", "£3.5bn", "7.5bn euros".
    Money,
    /// A percentage: "99%", "99 per cent".
    Percent,
    /// A difference of percentages: "3 percentage points", "3pp".
    PercentagePoints,
    /// A measure with a unit: "10 km", "5 miles".
    Measure,
    /// A length of time: "four months", "3 hours".
    Duration,
    /// A fraction of a whole: "one in five", "half", "two out of three".
    Ratio,
    /// A factor: "doubled", "three times".
    Multiplier,
    /// An ordinal: "second term", "3rd".
    Ordinal,
    /// A year or span of years: "2019", "the 1990s", "FY2024".
    Year,
    /// A calendar date: "March 3", "3/4/2024".
    Date,
    /// A time of day: "10:30", "3pm".
    Time,
    /// A telephone number.
    Phone,
    /// A name that contains digits: "Boeing 737", "COVID-19", "Section 230".
    Identifier,
    /// A score: "won 3-1".
    Score,
    /// The number of a list item.
    ListNumber,
}

impl FigureKind {
    /// Whether rules compare figures of this kind (counts, money, percentages, ...).
    pub fn is_quantity(self) -> bool {
        matches!(
            self,
            FigureKind::Count
                | FigureKind::Money
                | FigureKind::Percent
                | FigureKind::PercentagePoints
                | FigureKind::Measure
                | FigureKind::Duration
                | FigureKind::Ratio
                | FigureKind::Multiplier
        )
    }

    /// The name used in JSON output and rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::PercentagePoints => "percentage_points",
            FigureKind::Measure => "measure",
            FigureKind::Duration => "duration",
            FigureKind::Ratio => "ratio",
            FigureKind::Multiplier => "multiplier",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Year => "year",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Phone => "phone",
            FigureKind::Identifier => "identifier",
            FigureKind::Score => "score",
            FigureKind::ListNumber => "list_number",
        }
    }
}

/// The number a figure states, with its scale applied.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// One number: "$1.2bn" is 1.2e9, "99%" is 99, "half" is 0.5, "doubled" is 2.
    Number(f64),
    /// A range "10 to 20", as `[low, high]`.
    Range(f64, f64),
}

impl Value {
    /// The number, or the middle of a range.
    pub fn mid(self) -> f64 {
        match self {
            Value::Number(v) => v,
            Value::Range(l, h) => f64::midpoint(l, h),
        }
    }
}

/// How a figure hedges its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As written, rounded at the precision written ("20,000"), or "exactly".
    Exact,
    /// "about", "around", "roughly", "some", "an estimated", "~".
    Approx,
    /// "over", "more than", "at least", "upwards of", "20,000+".
    LowerBound,
    /// "under", "less than", "fewer than", "up to", "nearly", "almost".
    UpperBound,
    /// "between 10 and 20", "10-20", "10 to 20".
    Range,
    /// "millions", "dozens", "hundreds".
    Vague,
}

/// The direction of a change a figure describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// "rose", "increase", "up", "gained", "doubled".
    Increase,
    /// "fell", "decrease", "down", "cut", "halved".
    Decrease,
}

/// The thing a figure counts or measures.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Subject {
    /// The noun phrase as written: "National Guard members".
    pub text: String,
    /// The normalised key: lower case, singular, determiners and words like
    /// "additional", "more" and "requested" dropped, aliases applied.
    pub key: String,
    /// Where the noun phrase is in the source.
    pub span: Span,
}

/// Where a figure sits and what qualifies it in its sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Placement {
    /// Index of the sentence in [`Extraction::sentences`](super::Extraction::sentences).
    pub sentence: usize,
    /// Index of the block (paragraph, heading, cell) in the document.
    pub paragraph: usize,
    /// Section index (0 before the first heading).
    pub section: usize,
    /// Whether the figure is in the headline.
    pub headline: bool,
    /// A year that qualifies the figure in its sentence ("in 2019"): the nearest year,
    /// but never one a record has stood since ("the lowest since 2014").
    pub year: Option<i32>,
    /// A place that qualifies the figure in its sentence ("in Florida").
    pub place: Option<String>,
    /// A direction word for a change ("decrease", "rose", "fell").
    pub direction: Option<Direction>,
}

/// One quantity mention in a draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// The whole mention in the source, qualifier included ("over 20,000").
    pub span: Span,
    /// Exactly the source text of `span`.
    pub text: String,
    /// What kind of quantity it is.
    pub kind: FigureKind,
    /// The number with its scale applied.
    pub value: Value,
    /// How the number is hedged.
    pub qualifier: Qualifier,
    /// The values the figure is consistent with, at the default approximation tolerance.
    pub interval: Interval,
    /// Half the unit of the last digit written, the rounding an exact figure allows
    /// ("20,000" allows 500, "$1.2 million" 50,000, "exactly 20,000" nothing).
    pub rounding: f64,
    /// ISO 4217 code for money, `percent`, `percentage_point`, or a singular unit name
    /// (`month`, `km`, `mile`); `None` for plain counts. Extraction names units from a
    /// fixed list, so they are borrowed rather than copied figure by figure.
    pub unit: Option<Cow<'static, str>>,
    /// The thing counted, when one is found.
    pub subject: Option<Subject>,
    /// Where the figure sits.
    pub placement: Placement,
}

impl Figure {
    /// The normalised subject key, if any.
    pub fn subject_key(&self) -> Option<&str> {
        self.subject.as_ref().map(|s| s.key.as_str())
    }

    /// The interval the figure claims when "about", "nearly" and the like allow
    /// `tolerance` (a fraction) instead of the tolerance it was extracted with. Exact
    /// figures, bounds, ranges and vague magnitudes do not depend on it.
    pub fn interval_with(&self, tolerance: f64) -> Interval {
        let hedge = super::qualifier::hedge_of(self);
        let mut i = super::qualifier::interval(self.value, self.rounding, hedge, tolerance);
        // An upper bound that was not floored at zero stays unbounded below.
        if matches!(
            hedge,
            super::qualifier::Hedge::Under | super::qualifier::Hedge::UpTo
        ) && self.interval.low.is_none()
        {
            i.low = None;
        }
        i
    }

    /// Whether rules compare this figure (it is a count, money, percentage, ...).
    pub fn is_quantity(&self) -> bool {
        self.kind.is_quantity()
    }
}
