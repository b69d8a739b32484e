//! Units: scales, currencies, percent, measures and durations.
//!
//! Every table takes lower-case words. Money is named by its ISO 4217 code ("$" and
//! "dollars" are `USD`, "US$" `USD`, "C$" `CAD`, "A$" `AUD`, "£" `GBP`, "€" `EUR`, "¥"
//! `JPY`); percent is `percent`; percentage points `percentage_point`; measures and
//! durations the singular short name (`km`, `mile`, `tonne`, `barrel`, `month`, `year`).

/// The factor of a scale word after a number: "million" is 1e6. `glued` is true when
/// the word touches the number ("20k", "$1.2bn"); `money` when the figure is money, the
/// only case where a bare "b" means billion.
pub(crate) fn scale(word: &str, glued: bool, money: bool) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" | "mn" | "mio" | "mil" => 1e6,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        "billion" | "bln" | "bn" | "bil" => 1e9,
        "trillion" | "tn" | "trn" | "tln" => 1e12,
        "k" if glued => 1e3,
        "m" if glued => 1e6,
        "b" if glued && money => 1e9,
        _ => return None,
    })
}

/// The currency of a symbol before an amount.
pub(crate) fn currency_symbol(sym: &str) -> Option<&'static str> {
    Some(match sym {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₦" => "NGN",
        _ => return None,
    })
}

/// The currency of a "$" with letters glued before it: "US$", "C$", "A$", "HK$".
pub(crate) fn dollar_prefix(letters: &str) -> Option<&'static str> {
    Some(match letters {
        "us" => "USD",
        "c" | "ca" | "can" => "CAD",
        "a" | "au" => "AUD",
        "nz" => "NZD",
        "hk" => "HKD",
        "s" | "sg" => "SGD",
        "nt" => "TWD",
        "r" => "BRL",
        "mx" => "MXN",
        _ => return None,
    })
}

/// An ISO code written before an amount: "USD 5", "EUR 3m". Takes the word as written
/// (codes are upper case).
pub(crate) fn currency_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "USD" => "USD",
        "GBP" => "GBP",
        "EUR" => "EUR",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "INR" | "Rs" => "INR",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "NZD" => "NZD",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "RUB" => "RUB",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "ZAR" => "ZAR",
        "KRW" => "KRW",
        "TRY" => "TRY",
        _ => return None,
    })
}

/// A currency word after an amount, with the factor to the main unit ("cents" is 0.01
/// of a dollar): "dollars", "dlrs", "euros", "yen", "pence".
pub(crate) fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "dollars" | "dollar" | "dlrs" | "dlr" => ("USD", 1.0),
        "cents" | "cent" | "cts" | "ct" => ("USD", 0.01),
        "pence" => ("GBP", 0.01),
        "pounds" | "pound" | "stg" | "sterling" => ("GBP", 1.0),
        "euros" | "euro" => ("EUR", 1.0),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "francs" | "franc" => ("CHF", 1.0),
        "marks" | "deutschmarks" | "deutschemarks" => ("DEM", 1.0),
        "guilders" | "guilder" => ("NLG", 1.0),
        "lire" => ("ITL", 1.0),
        "lira" => ("TRY", 1.0),
        "pesos" | "peso" => ("MXN", 1.0),
        "rupees" | "rupee" => ("INR", 1.0),
        "rand" => ("ZAR", 1.0),
        "won" => ("KRW", 1.0),
        "roubles" | "rubles" | "rouble" | "ruble" => ("RUB", 1.0),
        "riyals" | "riyal" => ("SAR", 1.0),
        "cruzados" | "cruzado" => ("BRC", 1.0),
        "schillings" => ("ATS", 1.0),
        "pesetas" => ("ESP", 1.0),
        _ => return None,
    })
}

/// A nationality written between an amount and its currency word: "5 mln Canadian
/// dlrs", "10 Swiss francs". Returns the code it makes of `currency` (a code from
/// [`currency_word`]).
pub(crate) fn currency_adjective(adj: &str, currency: &str) -> Option<&'static str> {
    Some(match (adj, currency) {
        ("us" | "american" | "u.s.", "USD") => "USD",
        ("canadian", "USD") => "CAD",
        ("australian", "USD") => "AUD",
        ("zealand", "USD") => "NZD",
        ("kong", "USD") => "HKD",
        ("singapore", "USD") => "SGD",
        ("taiwan", "USD") => "TWD",
        ("french", "CHF") => "FRF",
        ("belgian", "CHF") => "BEF",
        ("swiss", "CHF") => "CHF",
        ("german" | "deutsche", "DEM") => "DEM",
        ("indian", "INR") => "INR",
        ("saudi", "SAR") => "SAR",
        ("egyptian" | "lebanese", "GBP") => "EGP",
        ("mexican", "MXN") => "MXN",
        _ => return None,
    })
}

/// What a unit word makes of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitClass {
    /// "%", "percent", "pct".
    Percent,
    /// "percentage points", "pp".
    Points,
    /// A length of time.
    Duration,
    /// Any other measure.
    Measure,
}

/// A unit word after a number, with its singular short name.
pub(crate) fn unit_word(word: &str) -> Option<(UnitClass, &'static str)> {
    use UnitClass::{Duration, Measure, Percent, Points};
    Some(match word {
        "percent" | "pct" | "pc" | "prozent" => (Percent, "percent"),
        "pp" | "ppt" | "ppts" | "pps" => (Points, "percentage_point"),
        "second" | "seconds" | "sec" | "secs" => (Duration, "second"),
        "minute" | "minutes" | "min" | "mins" => (Duration, "minute"),
        "hour" | "hours" | "hr" | "hrs" => (Duration, "hour"),
        "day" | "days" => (Duration, "day"),
        "night" | "nights" => (Duration, "night"),
        "week" | "weeks" | "wk" | "wks" => (Duration, "week"),
        "fortnight" | "fortnights" => (Duration, "fortnight"),
        "month" | "months" | "mth" | "mths" => (Duration, "month"),
        "year" | "years" | "yr" | "yrs" => (Duration, "year"),
        "decade" | "decades" => (Duration, "decade"),
        "century" | "centuries" => (Duration, "century"),
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => (Measure, "km"),
        "mile" | "miles" | "mi" => (Measure, "mile"),
        "metre" | "metres" | "meter" | "meters" => (Measure, "m"),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => (Measure, "cm"),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => (Measure, "mm"),
        "foot" | "feet" | "ft" => (Measure, "foot"),
        "inch" | "inches" => (Measure, "inch"),
        "yard" | "yards" | "yd" | "yds" => (Measure, "yard"),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => (Measure, "kg"),
        "gram" | "grams" | "gramme" | "grammes" => (Measure, "gram"),
        "tonne" | "tonnes" | "ton" | "tons" => (Measure, "tonne"),
        "lb" | "lbs" => (Measure, "lb"),
        "ounce" | "ounces" | "oz" => (Measure, "ounce"),
        "barrel" | "barrels" | "bbl" | "bbls" => (Measure, "barrel"),
        "bpd" => (Measure, "barrel_per_day"),
        "litre" | "litres" | "liter" | "liters" => (Measure, "litre"),
        "gallon" | "gallons" => (Measure, "gallon"),
        "bushel" | "bushels" => (Measure, "bushel"),
        "acre" | "acres" => (Measure, "acre"),
        "hectare" | "hectares" | "ha" => (Measure, "hectare"),
        "degree" | "degrees" => (Measure, "degree"),
        "mph" => (Measure, "mph"),
        "kph" | "kmh" => (Measure, "kph"),
        "mw" | "megawatt" | "megawatts" => (Measure, "mw"),
        "gw" | "gigawatt" | "gigawatts" => (Measure, "gw"),
        "kw" | "kilowatt" | "kilowatts" => (Measure, "kw"),
        "kwh" => (Measure, "kwh"),
        "mwh" => (Measure, "mwh"),
        "gb" | "gigabyte" | "gigabytes" => (Measure, "gb"),
        "tb" | "terabyte" | "terabytes" => (Measure, "tb"),
        "calorie" | "calories" | "kcal" => (Measure, "calorie"),
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" => (Measure, "mg"),
        "µg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => {
            (Measure, "microgram")
        }
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => (Measure, "ml"),
        "mmhg" => (Measure, "mmhg"),
        "twh" => (Measure, "twh"),
        "gwh" => (Measure, "gwh"),
        "magnitude" => (Measure, "magnitude"),
        "storey" | "storeys" | "story" | "stories" | "floor" | "floors" => (Measure, "storey"),
        "season" | "seasons" => (Duration, "season"),
        "quarter" | "quarters" => (Duration, "quarter"),
        _ => return None,
    })
}
