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

/// The currency of letters glued before an amount: "SFr2.5bn" (Swiss francs), "Rs500"
/// (rupees), "NKr40m" (Norwegian crowns), "R150" (rand). A bare "R" also names roads
/// and models ("the R40"), so the caller asks for more before reading it as rand.
pub(crate) fn glued_prefix(letters: &str) -> Option<&'static str> {
    Some(match letters {
        "SFr" | "Sfr" | "SFR" => "CHF",
        "Rs" => "INR",
        "Rp" => "IDR",
        "NKr" | "Nkr" => "NOK",
        "SKr" | "Skr" => "SEK",
        "DKr" | "Dkr" => "DKK",
        "KSh" | "Ksh" => "KES",
        "R" => "ZAR",
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

static CURRENCY_WORDS: std::sync::LazyLock<super::words::WordSet> =
    std::sync::LazyLock::new(|| {
        super::words::WordSet::new(&[
            "dollars",
            "dollar",
            "dlrs",
            "dlr",
            "cents",
            "cent",
            "cts",
            "ct",
            "pence",
            "pounds",
            "pound",
            "stg",
            "sterling",
            "euros",
            "euro",
            "yen",
            "yuan",
            "renminbi",
            "francs",
            "franc",
            "marks",
            "mark",
            "dinars",
            "dinar",
            "dirhams",
            "dirham",
            "shillings",
            "shilling",
            "rials",
            "rial",
            "taka",
            "cedis",
            "cedi",
            "hryvnias",
            "hryvnia",
            "hryvnas",
            "lei",
            "leva",
            "kuna",
            "dong",
            "reais",
            "bolivars",
            "kwacha",
            "birr",
            "tenge",
            "deutschmarks",
            "deutschemarks",
            "guilders",
            "guilder",
            "lire",
            "lira",
            "pesos",
            "peso",
            "rupees",
            "rupee",
            "rand",
            "won",
            "roubles",
            "rubles",
            "rouble",
            "ruble",
            "riyals",
            "riyal",
            "cruzados",
            "cruzado",
            "schillings",
            "pesetas",
            "ecus",
            "ecu",
            "sdrs",
            "sdr",
            "baht",
            "zlotys",
            "zloty",
            "shekels",
            "shekel",
            "naira",
            "ringgit",
            "crowns",
            "crown",
            "kronor",
            "krona",
            "kroner",
            "krone",
            "koruna",
            "korunas",
            "escudos",
            "drachmas",
            "forints",
            "rupiah",
            "sucres",
            "markka",
            "markkaa",
            "piastres",
            "piastre",
            "piasters",
            "piaster",
            "paise",
            "kopecks",
            "kopeks",
            "agorot",
            "finnmarks",
            "euroyen",
        ])
    });
/// A currency word after an amount, with the factor to the main unit ("cents" is 0.01
/// of a dollar): "dollars", "dlrs", "euros", "yen", "pence".
pub(crate) fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    if !CURRENCY_WORDS.contains(word) {
        return None;
    }
    Some(match word {
        "dollars" | "dollar" | "dlrs" | "dlr" => ("USD", 1.0),
        "cents" | "cent" | "cts" | "ct" => ("USD", 0.01),
        "pence" => ("GBP", 0.01),
        // Hundredths of other currencies: the Egyptian pound's piastres (Lebanese,
        // Syrian or Sudanese when the country says so), the rupee's paise, the
        // rouble's kopecks, the shekel's agorot.
        "piastres" | "piastre" | "piasters" | "piaster" => ("EGP", 0.01),
        "paise" => ("INR", 0.01),
        "kopecks" | "kopeks" => ("RUB", 0.01),
        "agorot" => ("ILS", 0.01),
        "pounds" | "pound" | "stg" | "sterling" => ("GBP", 1.0),
        "euros" | "euro" => ("EUR", 1.0),
        // "a 40 billion euroyen loan": yen lent offshore.
        "yen" | "euroyen" => ("JPY", 1.0),
        "yuan" | "renminbi" => ("CNY", 1.0),
        "francs" | "franc" => ("CHF", 1.0),
        // "a 150 mln mark eurobond": singular before the noun, as "a 10 dlr fee".
        "marks" | "mark" | "deutschmarks" | "deutschemarks" => ("DEM", 1.0),
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
        "ecus" | "ecu" => ("XEU", 1.0),
        // The IMF's special drawing rights.
        "sdrs" | "sdr" => ("XDR", 1.0),
        "baht" => ("THB", 1.0),
        "zlotys" | "zloty" => ("PLN", 1.0),
        "shekels" | "shekel" => ("ILS", 1.0),
        "naira" => ("NGN", 1.0),
        "ringgit" => ("MYR", 1.0),
        // Swedish, Danish, Norwegian, Czech and Icelandic crowns: Swedish unless a
        // nationality says otherwise ([`currency_adjective`]).
        "crowns" | "crown" | "kronor" | "krona" => ("SEK", 1.0),
        "kroner" | "krone" => ("DKK", 1.0),
        "koruna" | "korunas" => ("CZK", 1.0),
        "escudos" => ("PTE", 1.0),
        "drachmas" => ("GRD", 1.0),
        "forints" => ("HUF", 1.0),
        "rupiah" => ("IDR", 1.0),
        "sucres" => ("ECS", 1.0),
        "markka" | "markkaa" | "finnmarks" => ("FIM", 1.0),
        // Dinars, dirhams, shillings and rials of several countries: the most common
        // unless a nationality says otherwise ([`currency_adjective`]).
        "dinars" | "dinar" => ("IQD", 1.0),
        "dirhams" | "dirham" => ("AED", 1.0),
        "shillings" | "shilling" => ("KES", 1.0),
        "rials" | "rial" => ("IRR", 1.0),
        "taka" => ("BDT", 1.0),
        "cedis" | "cedi" => ("GHS", 1.0),
        "hryvnias" | "hryvnia" | "hryvnas" => ("UAH", 1.0),
        "lei" => ("RON", 1.0),
        "leva" => ("BGN", 1.0),
        "kuna" => ("HRK", 1.0),
        "dong" => ("VND", 1.0),
        "reais" => ("BRL", 1.0),
        "bolivars" => ("VES", 1.0),
        // Zambian unless a nationality or the country says otherwise.
        "kwacha" => ("ZMW", 1.0),
        "birr" => ("ETB", 1.0),
        "tenge" => ("KZT", 1.0),
        _ => return None,
    })
}

/// A currency word that is also a common word, a grade or a mark out of ten ("won
/// three crowns", "five marks out of ten", "the rand"): after a number it is money only
/// with a scale, a nationality, or a rate to three or more decimals beside it.
pub(crate) fn currency_word_needs_support(w: &str) -> bool {
    matches!(
        w,
        "marks" | "mark" | "rand" | "won" | "franc" | "crowns" | "crown"
    )
}

/// A nationality written between an amount and its currency word: "5 mln Canadian
/// dlrs", "10 Swiss francs". Returns the code it makes of `currency` (a code from
/// [`currency_word`]).
pub(crate) fn currency_adjective(adj: &str, currency: &str) -> Option<&'static str> {
    NATIONAL_CURRENCIES
        .iter()
        .find(|&&(a, base, _)| a == adj && base.split('|').any(|c| c == currency))
        .map(|&(_, _, code)| code)
}

/// The currency a country named in the sentence makes of `code` (a code from
/// [`currency_word`]) when no nationality stands before it: "In Malawi a bag sells for
/// 45,000 kwacha" is in Malawian kwacha, "The Bank of France bought 2 billion francs"
/// in French francs, "Norway's trade deficit widened to 957 mln crowns" and "Norsk Hydro
/// said its profit rose to 1.21 billion crowns" in Norwegian crowns. The country that keeps the code names it too ("Swiss", "Sweden"), so that a
/// sentence naming two leaves the code as it is.
pub(crate) fn currency_of_country(country: &[u8], code: &str) -> Option<&'static str> {
    Some(match (country, code) {
        (b"malawi", "ZMW") => "MWK",
        (b"uganda", "KES") => "UGX",
        (b"tanzania", "KES") => "TZS",
        (b"somalia", "KES") => "SOS",
        // "shares closed on the Paris Bourse at 2,678 francs".
        (b"france" | b"french" | b"paris", "CHF") => "FRF",
        // "The Belgo-Luxembourg Economic Union recorded a deficit of 9.45 billion francs".
        (b"belgium" | b"belgian" | b"belgo" | b"brussels", "CHF") => "BEF",
        (b"switzerland" | b"swiss", "CHF") => "CHF",
        // A company that names its country as well: "Renault lost 5.5 billion francs"
        // is in French francs, "Sandoz said profit rose to 541 mln francs" in Swiss.
        (word, "CHF") if franc_company(word).is_some() => return franc_company(word),
        // The CFA franc of the zone a country belongs to: the Central African one
        // (XAF) in the six countries of its central bank, else the West African one.
        (
            b"cameroon" | b"cameroonian" | b"yaounde" | b"douala" | b"gabon" | b"gabonese"
            | b"libreville" | b"chad" | b"chadian" | b"congo" | b"brazzaville" | b"bangui"
            | b"equatorial",
            "XOF",
        ) => "XAF",
        // Francs left bare in a sentence that names the CFA franc are CFA francs:
        // "raised its cocoa price to 440 CFA francs a kilo from 420 francs".
        (b"cfa", "CHF")
        | (
            b"ivory" | b"ivoire" | b"ivorian" | b"abidjan" | b"senegal" | b"senegalese" | b"dakar"
            | b"mali" | b"malian" | b"bamako" | b"burkina" | b"niger" | b"niamey" | b"benin"
            | b"togo" | b"togolese" | b"bissau",
            "XOF",
        ) => "XOF",
        // A company or bank named in its own language ("Norsk Hydro", "Den Danske Bank",
        // "Norges Bank", "Svenska Handelsbanken") or a capital ("an Oslo court") names
        // its country as well as "Norway" does.
        // Crowns and kroner alike ("Norway's fund made 1.5 trillion kroner").
        (b"norway" | b"norwegian" | b"norsk" | b"norske" | b"norges" | b"oslo", "SEK" | "DKK") => {
            "NOK"
        }
        (
            b"denmark" | b"danish" | b"dansk" | b"danske" | b"danmarks" | b"copenhagen",
            "SEK" | "DKK",
        ) => "DKK",
        (b"iceland" | b"icelandic" | b"reykjavik", "SEK" | "DKK") => "ISK",
        // Dinars: "Jordan's loans total 902 mln dinars", "Kuwait lost 1.25 billion
        // dinars", "Yugoslavia's banks used 57 billion dinars".
        (b"iraq" | b"iraqi", "IQD") => "IQD",
        (b"kuwait" | b"kuwaiti", "IQD") => "KWD",
        (b"jordan" | b"jordanian" | b"amman", "IQD") => "JOD",
        (b"bahrain" | b"bahraini", "IQD") => "BHD",
        (b"yugoslavia" | b"yugoslav" | b"serbia" | b"belgrade", "IQD") => "YUD",
        (b"algeria" | b"algerian", "IQD") => "DZD",
        (b"tunisia" | b"tunisian", "IQD") => "TND",
        (b"libya" | b"libyan", "IQD") => "LYD",
        (b"lebanon" | b"lebanese" | b"beirut", "EGP") => "LBP",
        (b"syria" | b"syrian" | b"damascus", "EGP") => "SYP",
        (b"sudan" | b"sudanese" | b"khartoum", "EGP") => "SDG",
        (b"sweden" | b"swedish" | b"svenska" | b"svensk" | b"sveriges" | b"stockholm", "SEK") => {
            "SEK"
        }
        // Pesos: "Chile's copper tax brought in 1.2 trillion pesos", "the Philippine
        // central bank sold 3.8 billion pesos". Mexico keeps the code and names it.
        (b"mexico" | b"mexican", "MXN") => "MXN",
        (b"chile" | b"chilean" | b"santiago", "MXN") => "CLP",
        (b"argentina" | b"argentine" | b"argentinian" | b"buenos", "MXN") => "ARS",
        (b"colombia" | b"colombian" | b"bogota", "MXN") => "COP",
        (b"philippines" | b"philippine" | b"filipino" | b"manila", "MXN") => "PHP",
        (b"uruguay" | b"uruguayan" | b"montevideo", "MXN") => "UYU",
        // Cents, when no dollar is named beside them: a market quoting in its own
        // country's cents ("Malaysian rubber prices eased to 198.5 cents a kilo").
        (b"malaysia" | b"malaysian", "USD") => "MYR",
        // A market quoting in its own cents names its city as often as its country
        // ("Wool sales in Sydney ... eased 12 cents to 612 cents a kilo clean"); not a
        // Canadian city, whose firms quote metals in US cents.
        (b"australia" | b"australian" | b"sydney" | b"melbourne", "USD") => "AUD",
        (b"canada" | b"canadian", "USD") => "CAD",
        (b"zealand" | b"auckland", "USD") => "NZD",
        (b"singapore", "USD") => "SGD",
        (b"kong", "USD") => "HKD",
        _ => return None,
    })
}

/// The francs of a company well known to be French, Swiss or Belgian, by a word of its
/// name (lower case) that is no common word: "Renault", "Peugeot", "Nestle", "Sandoz",
/// "Petrofina". Not a bank, which lends and manages issues in every money ("Credit
/// Suisse First Boston" co-manages French franc bonds).
pub(crate) fn franc_company(word: &[u8]) -> Option<&'static str> {
    Some(match word {
        b"renault" | b"peugeot" | b"citroen" | b"michelin" | b"aquitaine" | b"lafarge"
        | b"bouygues" | b"carrefour" | b"pechiney" | b"usinor" | b"sacilor" | b"aerospatiale"
        | b"poulenc" | b"alcatel" | b"dassault" | b"havas" | b"sanofi" | b"danone"
        | b"hachette" | b"gobain" | b"pernod" | b"oreal" => "FRF",
        b"nestle" | b"ciba" | b"geigy" | b"sandoz" | b"swissair" | b"alusuisse" | b"sulzer"
        | b"oerlikon" | b"buehrle" | b"suchard" | b"holderbank" | b"boveri" => "CHF",
        b"petrofina" | b"solvay" | b"gevaert" | b"delhaize" | b"sabena" | b"cockerill" => "BEF",
        _ if word == "nestlé".as_bytes() => "CHF",
        _ => return None,
    })
}

/// Whether `code` is a country's dollar other than the US one ("Australian dlrs" are
/// AUD, "H.K. dlrs" HKD): a code [`NATIONAL_CURRENCIES`] makes of the dollar.
pub(crate) fn other_dollar(code: &str) -> bool {
    code != "USD"
        && NATIONAL_CURRENCIES
            .iter()
            .any(|&(_, base, c)| c == code && base == "USD")
}

/// The nationality word `w` (lower case) as it is written in [`NATIONAL_CURRENCIES`],
/// if it names a currency there.
pub(crate) fn currency_nationality(w: &str) -> Option<&'static str> {
    NATIONAL_CURRENCIES
        .iter()
        .find(|&&(a, _, _)| a == w)
        .map(|&(a, _, _)| a)
}

/// A nationality, the codes of [`currency_word`] it may qualify (split by "|"), and the
/// currency it makes of them: "Canadian dlrs" are CAD, "Danish crowns" DKK.
const NATIONAL_CURRENCIES: &[(&str, &str, &str)] = &[
    ("us", "USD", "USD"),
    ("american", "USD", "USD"),
    ("u.s.", "USD", "USD"),
    ("canadian", "USD", "CAD"),
    ("australian", "USD", "AUD"),
    ("australia", "USD", "AUD"),
    ("canada", "USD", "CAD"),
    ("zealand", "USD", "NZD"),
    ("kong", "USD", "HKD"),
    ("singapore", "USD", "SGD"),
    ("taiwan", "USD", "TWD"),
    ("french", "CHF", "FRF"),
    ("belgian", "CHF", "BEF"),
    ("swiss", "CHF", "CHF"),
    // The West African CFA franc, the more common of the two ("400 CFA francs a kilo
    // for Ivory Coast cocoa"), unless a country of the central zone is named
    // ([`currency_of_country`]).
    ("cfa", "CHF", "XOF"),
    ("german", "DEM", "DEM"),
    ("deutsche", "DEM", "DEM"),
    ("indian", "INR", "INR"),
    ("saudi", "SAR", "SAR"),
    ("omani", "IRR", "OMR"),
    ("iranian", "IRR", "IRR"),
    ("egyptian", "GBP", "EGP"),
    ("lebanese", "GBP", "LBP"),
    ("sudanese", "GBP", "SDG"),
    ("south sudanese", "GBP", "SSP"),
    ("syrian", "GBP", "SYP"),
    ("mexican", "MXN", "MXN"),
    ("chilean", "MXN", "CLP"),
    ("argentine", "MXN", "ARS"),
    ("argentinian", "MXN", "ARS"),
    ("colombian", "MXN", "COP"),
    ("philippine", "MXN", "PHP"),
    ("uruguayan", "MXN", "UYU"),
    ("swedish", "SEK", "SEK"),
    ("danish", "SEK|DKK", "DKK"),
    ("norwegian", "SEK|DKK", "NOK"),
    ("czech", "SEK|CZK", "CZK"),
    ("czechoslovak", "SEK|CZK", "CZK"),
    ("icelandic", "SEK|DKK", "ISK"),
    ("finnish", "DEM", "FIM"),
    ("iraqi", "IQD", "IQD"),
    ("kuwaiti", "IQD", "KWD"),
    ("jordanian", "IQD", "JOD"),
    ("algerian", "IQD", "DZD"),
    ("tunisian", "IQD", "TND"),
    ("libyan", "IQD", "LYD"),
    ("bahraini", "IQD", "BHD"),
    ("serbian", "IQD", "RSD"),
    ("yugoslav", "IQD", "YUD"),
    ("moroccan", "AED", "MAD"),
    ("emirati", "AED", "AED"),
    ("kenyan", "KES", "KES"),
    ("ugandan", "KES", "UGX"),
    ("tanzanian", "KES", "TZS"),
    ("somali", "KES", "SOS"),
    ("malawian", "ZMW", "MWK"),
    ("zambian", "ZMW", "ZMW"),
];

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

static UNIT_WORDS: std::sync::LazyLock<super::words::WordSet> = std::sync::LazyLock::new(|| {
    super::words::WordSet::new(&[
        "pct",
        "pc",
        "prozent",
        "pp",
        "ppt",
        "ppts",
        "pps",
        "second",
        "seconds",
        "sec",
        "secs",
        "second",
        "minute",
        "minutes",
        "min",
        "mins",
        "minute",
        "hour",
        "hours",
        "hr",
        "hrs",
        "hour",
        "day",
        "days",
        "day",
        "night",
        "nights",
        "night",
        "week",
        "weeks",
        "wk",
        "wks",
        "week",
        "fortnight",
        "fortnights",
        "fortnight",
        "month",
        "months",
        "mth",
        "mths",
        "month",
        "year",
        "years",
        "yr",
        "yrs",
        "year",
        "decade",
        "decades",
        "decade",
        "century",
        "centuries",
        "century",
        "km",
        "kms",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "km",
        "mile",
        "miles",
        "mi",
        "mile",
        "metre",
        "metres",
        "meter",
        "meters",
        "m",
        "cm",
        "centimetre",
        "centimetres",
        "centimeter",
        "centimeters",
        "cm",
        "mm",
        "millimetre",
        "millimetres",
        "millimeter",
        "millimeters",
        "mm",
        "foot",
        "feet",
        "ft",
        "foot",
        "inch",
        "inches",
        "inch",
        "yard",
        "yards",
        "yd",
        "yds",
        "yard",
        "furlong",
        "furlongs",
        "kg",
        "kgs",
        "kilo",
        "kilos",
        "kilogram",
        "kilograms",
        "kilogramme",
        "kilogrammes",
        "kg",
        "gram",
        "grams",
        "gramme",
        "grammes",
        "gram",
        "tonne",
        "tonnes",
        "ton",
        "tons",
        "tonne",
        "lb",
        "lbs",
        "lb",
        "ounce",
        "ounces",
        "oz",
        "ounce",
        "barrel",
        "barrels",
        "bbl",
        "bbls",
        "barrel",
        "bpd",
        "barrel_per_day",
        "litre",
        "litres",
        "liter",
        "liters",
        "litre",
        "hectolitre",
        "hectolitres",
        "hectoliter",
        "hectoliters",
        "hectolitre",
        "gallon",
        "gallons",
        "gallon",
        "bushel",
        "bushels",
        "bushel",
        "acre",
        "acres",
        "acre",
        "carat",
        "carats",
        "carat",
        "hectare",
        "hectares",
        "ha",
        "hectare",
        "degree",
        "degrees",
        "degree",
        "mph",
        "mph",
        "kph",
        "kmh",
        "kph",
        "mw",
        "megawatt",
        "megawatts",
        "mw",
        "gw",
        "gigawatt",
        "gigawatts",
        "gw",
        "kw",
        "kilowatt",
        "kilowatts",
        "kw",
        "kwh",
        "kwh",
        "mwh",
        "mwh",
        "gb",
        "gigabyte",
        "gigabytes",
        "gb",
        "tb",
        "terabyte",
        "terabytes",
        "tb",
        "calorie",
        "calories",
        "kcal",
        "calorie",
        "mg",
        "milligram",
        "milligrams",
        "milligramme",
        "milligrammes",
        "mg",
        "µg",
        "microgram",
        "micrograms",
        "microgramme",
        "microgrammes",
        "microgram",
        "ml",
        "millilitre",
        "millilitres",
        "milliliter",
        "milliliters",
        "ml",
        "mmhg",
        "mmhg",
        "twh",
        "twh",
        "gwh",
        "gwh",
        "magnitude",
        "magnitude",
        "storey",
        "storeys",
        "stone",
        "stones",
        "knot",
        "knots",
        "nm",
        "nanometre",
        "nanometres",
        "nanometer",
        "nanometers",
        "ghz",
        "mhz",
        "mbps",
        "gbps",
        "kbps",
        "ppm",
        "ppb",
        "kelvin",
        "megalitre",
        "megalitres",
        "megaliter",
        "megaliters",
        "teu",
        "teus",
        "hz",
        "khz",
        "fps",
        "mb",
        "megabyte",
        "megabytes",
        "kb",
        "w",
        "watt",
        "watts",
        "mah",
        "nit",
        "nits",
        "parsec",
        "parsecs",
        "story",
        "stories",
        "floor",
        "floors",
        "storey",
        "season",
        "seasons",
        "season",
        "quarter",
        "quarters",
        "quarter",
        "btc",
        "bitcoins",
        "btc",
        "percent",
        "percentage_point",
    ])
});
/// A unit word after a number, with its singular short name.
pub(crate) fn unit_word(word: &str) -> Option<(UnitClass, &'static str)> {
    use UnitClass::{Duration, Measure, Percent, Points};
    if !UNIT_WORDS.contains(word) {
        return None;
    }
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
        // A racing distance: an eighth of a mile.
        "furlong" | "furlongs" => (Measure, "furlong"),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => (Measure, "kg"),
        "gram" | "grams" | "gramme" | "grammes" => (Measure, "gram"),
        "tonne" | "tonnes" | "ton" | "tons" => (Measure, "tonne"),
        "lb" | "lbs" => (Measure, "lb"),
        "ounce" | "ounces" | "oz" => (Measure, "ounce"),
        "barrel" | "barrels" | "bbl" | "bbls" => (Measure, "barrel"),
        "bpd" => (Measure, "barrel_per_day"),
        "litre" | "litres" | "liter" | "liters" => (Measure, "litre"),
        "hectolitre" | "hectolitres" | "hectoliter" | "hectoliters" => (Measure, "hectolitre"),
        "gallon" | "gallons" => (Measure, "gallon"),
        "bushel" | "bushels" => (Measure, "bushel"),
        "acre" | "acres" => (Measure, "acre"),
        // Diamonds by weight: "output of 20 million to 23 million carats".
        "carat" | "carats" => (Measure, "carat"),
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
        "stone" | "stones" => (Measure, "stone"),
        "knot" | "knots" => (Measure, "knot"),
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => (Measure, "nm"),
        "ghz" => (Measure, "ghz"),
        "mhz" => (Measure, "mhz"),
        "mbps" => (Measure, "mbps"),
        "gbps" => (Measure, "gbps"),
        "kbps" => (Measure, "kbps"),
        "ppm" => (Measure, "ppm"),
        "ppb" => (Measure, "ppb"),
        "kelvin" => (Measure, "kelvin"),
        "megalitre" | "megalitres" | "megaliter" | "megaliters" => (Measure, "megalitre"),
        // Containers counted in twenty-foot equivalent units.
        "teu" | "teus" => (Measure, "teu"),
        "hz" => (Measure, "hz"),
        "khz" => (Measure, "khz"),
        "fps" => (Measure, "fps"),
        "mb" | "megabyte" | "megabytes" => (Measure, "mb"),
        "kb" => (Measure, "kb"),
        "w" | "watt" | "watts" => (Measure, "w"),
        "mah" => (Measure, "mah"),
        "nit" | "nits" => (Measure, "nit"),
        "parsec" | "parsecs" => (Measure, "parsec"),
        "storey" | "storeys" | "story" | "stories" | "floor" | "floors" => (Measure, "storey"),
        "season" | "seasons" => (Duration, "season"),
        "quarter" | "quarters" => (Duration, "quarter"),
        // Coins of a cryptocurrency: "holds 12,400 BTC", "5,000 bitcoins".
        "btc" | "bitcoins" => (Measure, "btc"),
        _ => return None,
    })
}
