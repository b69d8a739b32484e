//! A measure and its conversion into another unit, given right after it in brackets or
//! after a slash: "40C (104F)", "5 miles (8km)", "95kg (209lb)", "40C/104F". The two
//! state one quantity, so they must agree once converted; the `conflict` kind reports
//! them when they do not.
//!
//! Conversions are rounded loosely in print ("100 miles (160km)", "3ft (1m)"), so each
//! figure is read at the precision written, the converted interval is widened by
//! [`SLACK`] either side, and only a conversion that no reading allows is reported. A
//! temperature in brackets may convert a difference ("1.1C (2F) above the average"), so
//! a temperature is read both ways. Gallons may be US or imperial, a ton short, long or
//! metric.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Figure, FigureKind};
use crate::rules::group::{self, fmt_num, interval_with};
use crate::rules::{CheckContext, Hit, Label};

/// How far a printed conversion may stray from the exact one, as a fraction either
/// side, past the rounding of both figures.
const SLACK: f64 = 0.02;

/// What lies between a measure and its conversion: an opening bracket (with a hedge,
/// which the figure's own text may hold), or a slash.
static OPENS_CONVERSION: LazyLock<Regex> = LazyLock::new(|| {
    crate::rules::pattern(r"(?i)^\s*(?:\(\s*(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|c\.|~)?\s*|/\s*)$")
        .expect("valid regex")
});

/// A dimension measured by several units, and each unit's size in the dimension's base
/// unit (metre, kilogram, litre, square metre, km/h): the sizes a unit may have.
fn sizes(unit: &str) -> Option<(Dimension, &'static [f64])> {
    use Dimension::{Area, Length, Mass, Speed, Temperature, Volume};
    Some(match unit {
        "km" => (Length, &[1000.0]),
        "mile" => (Length, &[1_609.344]),
        "nautical_mile" => (Length, &[NAUTICAL_MILE]),
        "m" => (Length, &[1.0]),
        "cm" => (Length, &[0.01]),
        "mm" => (Length, &[0.001]),
        "foot" => (Length, &[0.3048]),
        "inch" => (Length, &[0.0254]),
        "yard" => (Length, &[0.9144]),
        "kg" => (Mass, &[1.0]),
        "gram" => (Mass, &[0.001]),
        "tonne" => (Mass, &[1000.0, 907.184_74, 1_016.046_908_8]),
        "lb" => (Mass, &[0.453_592_37]),
        "ounce" => (Mass, &[0.028_349_523_125]),
        "stone" => (Mass, &[6.350_293_18]),
        "litre" => (Volume, &[1.0]),
        "ml" => (Volume, &[0.001]),
        "hectolitre" => (Volume, &[100.0]),
        "gallon" => (Volume, &[3.785_411_784, 4.546_09]),
        "hectare" => (Area, &[10_000.0]),
        "acre" => (Area, &[4_046.856_422_4]),
        "kph" => (Speed, &[1.0]),
        "mph" => (Speed, &[1.609_344]),
        "knot" => (Speed, &[1.852]),
        "celsius" | "fahrenheit" => (Temperature, &[1.0]),
        _ => return None,
    })
}

/// The quantity a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Length,
    Mass,
    Volume,
    Area,
    Speed,
    Temperature,
}

/// The size of a nautical mile in metres.
const NAUTICAL_MILE: f64 = 1852.0;

/// Reports each measure whose conversion, right after it, does not agree with it.
pub(crate) fn check(cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
    let figures = cx.figures();
    for (i, pair) in figures.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if a.kind != FigureKind::Measure || b.kind != FigureKind::Measure {
            continue;
        }
        let (Some(ua), Some(ub)) = (a.unit.as_deref(), b.unit.as_deref()) else {
            continue;
        };
        if ua == ub {
            continue;
        }
        let (Some((da, sa)), Some((db, sb))) = (sizes(ua), sizes(ub)) else {
            continue;
        };
        if da != db
            || a.placement.sentence != b.placement.sentence
            || !OPENS_CONVERSION.is_match(group::text(cx, a.span.end, b.span.start))
        {
            continue;
        }
        // The bracket holds the conversion alone: "(1.88m)", not "(1m 88cm)".
        let bracketed = group::text(cx, a.span.end, b.span.start).contains('(');
        let after = group::after(cx, b);
        if bracketed && !after.trim_start().starts_with(')') {
            continue;
        }
        // "6ft 2in (1.88m)", "11st 4lb (72kg)": a measure in two units is converted
        // whole, and its last part alone is no measure of the conversion.
        if i > 0 && compound_before(cx, &figures[i - 1], a, da) {
            continue;
        }
        let ia = interval_with(a, None);
        let ib = interval_with(b, None);
        let (Some(alo), Some(ahi), Some(blo), Some(bhi)) = (ia.low, ia.high, ib.low, ib.high)
        else {
            continue;
        };
        let readings = converted(da, ua, ub, sa, sb, alo, ahi);
        let meets = readings
            .iter()
            .any(|&(lo, hi)| lo * (1.0 - SLACK) <= bhi && blo <= hi * (1.0 + SLACK));
        if meets {
            continue;
        }
        let Some(&(lo, hi)) = readings.first() else {
            continue;
        };
        let decimals = usize::try_from(decimals_of(&b.text)).unwrap_or(0) + 1;
        let a_range = format!("{} to {}", fmt_num(lo, decimals), fmt_num(hi, decimals));
        let b_range = format!("{} to {}", fmt_num(blo, decimals), fmt_num(bhi, decimals));
        let converted = if db == Dimension::Temperature {
            let u = unit_name(ub);
            format!(
                "{}{u} to {}{u}",
                fmt_num(lo, decimals),
                fmt_num(hi, decimals)
            )
        } else {
            format!("{a_range} {}", unit_name(ub))
        };
        let message = format!(
            "\"{}\" converts to {converted}, but the draft gives \"{}\"",
            a.text, b.text
        );
        out.push(
            Hit::new(Label::new(b.span, "converted here"), message)
                .related(Label::new(a.span, "measure stated here"))
                .var("a", &a.text)
                .var("b", &b.text)
                .var("subject", "")
                .var("a_range", a_range)
                .var("b_range", b_range),
        );
    }
}

/// Whether `before` and `a` state one measure in two units ("6ft 2in"), with nothing
/// but white space or "and" between them.
fn compound_before(cx: &CheckContext<'_>, before: &Figure, a: &Figure, dim: Dimension) -> bool {
    before.kind == FigureKind::Measure
        && before
            .unit
            .as_deref()
            .and_then(sizes)
            .is_some_and(|(d, _)| d == dim)
        && matches!(
            group::text(cx, before.span.end, a.span.start).trim(),
            "" | "and" | ","
        )
}

/// The intervals `alo..ahi` in unit `ua` may stand for in unit `ub`, one for each size
/// each unit may have (and, for a temperature, also read as a difference).
fn converted(
    dim: Dimension,
    ua: &str,
    ub: &str,
    sa: &[f64],
    sb: &[f64],
    alo: f64,
    ahi: f64,
) -> Vec<(f64, f64)> {
    if dim == Dimension::Temperature {
        let (scale, offset) = if ua == "celsius" && ub == "fahrenheit" {
            (1.8, 32.0)
        } else {
            (1.0 / 1.8, -32.0 / 1.8)
        };
        return vec![
            (alo * scale + offset, ahi * scale + offset),
            (alo * scale, ahi * scale),
        ];
    }
    let mut out = Vec::with_capacity(sa.len() * sb.len());
    for &x in sa {
        for &y in sb {
            out.push((alo * x / y, ahi * x / y));
        }
    }
    out
}

/// The digits after the decimal point of a figure as written.
fn decimals_of(text: &str) -> u32 {
    let Some(dot) = text.find(['.', '\u{b7}']) else {
        return 0;
    };
    let digits = text[dot + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    u32::try_from(digits).unwrap_or(0)
}

/// A unit's name in a message.
fn unit_name(unit: &str) -> &str {
    match unit {
        "celsius" => "C",
        "fahrenheit" => "F",
        "foot" => "feet",
        "inch" => "inches",
        "mile" => "miles",
        "nautical_mile" => "nautical miles",
        "yard" => "yards",
        "gram" => "grams",
        "tonne" => "tonnes",
        "ounce" => "ounces",
        "stone" => "stone",
        "litre" => "litres",
        "hectolitre" => "hectolitres",
        "gallon" => "gallons",
        "hectare" => "hectares",
        "acre" => "acres",
        "knot" => "knots",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::group::testing::Draft;
    use crate::rules::{Check, CheckContext, Hit};

    #[derive(Debug)]
    struct Conversions;

    impl Check for Conversions {
        fn check(&self, cx: &CheckContext<'_>, out: &mut Vec<Hit>) {
            super::check(cx, out);
        }
    }

    fn messages(text: &str) -> Vec<String> {
        Draft::read(text).messages(&Conversions)
    }

    #[test]
    fn a_conversion_that_agrees_is_quiet() {
        for text in [
            "It reached 40C (104F) on Tuesday.",
            "The route is 5 miles (8km) long.",
            "He weighed 95kg (209lb).",
            "It covers 2,000 hectares (4,942 acres).",
            "The tank holds 500 litres (110 gallons).",
            "The tank holds 500 litres (132 gallons).",
            "It was 9.9C (49.8F), around 1.1C (2F) above the average.",
            "Snow lay 30cm (12in) deep.",
            "The line runs 100 miles (160km) north.",
            "Temperatures hit 40C/104F.",
            "He stands 6ft 2in (1.88m) tall.",
            "The ship was 12 nautical miles (22km) offshore.",
            "Gusts reached 70mph (113km/h).",
        ] {
            assert!(messages(text).is_empty(), "{text}: {:?}", messages(text));
        }
    }

    #[test]
    fn a_conversion_that_disagrees_is_a_conflict() {
        assert_eq!(
            messages("It was 9.9C (52.8F), the Met Office said."),
            ["\"9.9C\" converts to 49.73F to 49.91F, but the draft gives \"52.8F\""]
        );
        assert_eq!(messages("The route is 5 miles (12km) long.").len(), 1);
        assert_eq!(messages("He weighed 95kg (250lb).").len(), 1);
        assert_eq!(messages("It covers 2,000 hectares (2,942 acres).").len(), 1);
        assert_eq!(
            messages("The ship was 12 nautical miles (30km) offshore.").len(),
            1
        );
        assert_eq!(
            messages("The mercury climbed to 127 Fahrenheit (58.2 Celsius).").len(),
            1
        );
    }
}
