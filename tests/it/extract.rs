//! The figure extractor, form by form, as prose one-liners; the seed article's figure
//! table; and property tests over generated text.

use std::fmt::Write as _;

use numcheck::extract::{Direction, Value};
use numcheck::{Document, ExtractOptions, Figure, FigureKind, Format, Qualifier, RuleSet, extract};

fn figures(text: &str) -> Vec<Figure> {
    extract(&Document::plain(text), &ExtractOptions::default()).figures
}

/// The only quantity in `text` (non-quantities such as years are ignored).
fn fig(text: &str) -> Figure {
    let found: Vec<Figure> = figures(text)
        .into_iter()
        .filter(Figure::is_quantity)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one quantity in {text:?}, got {found:#?}"
    );
    found.into_iter().next().expect("one figure")
}

/// The figure whose text is `span`.
fn fig_at(text: &str, span: &str) -> Figure {
    figures(text)
        .into_iter()
        .find(|f| f.text == span)
        .unwrap_or_else(|| panic!("no figure {span:?} in {text:?}: {:#?}", figures(text)))
}

fn quantities(text: &str) -> Vec<String> {
    figures(text)
        .into_iter()
        .filter(Figure::is_quantity)
        .map(|f| f.text)
        .collect()
}

fn value(f: &Figure) -> f64 {
    match f.value {
        Value::Number(v) => v,
        Value::Range(..) => panic!("{f:?} is a range"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn key(f: &Figure) -> Option<&str> {
    f.subject_key()
}

// ------------------------------------------------------------------------------------
// Digits, separators, scales
// ------------------------------------------------------------------------------------

#[test]
fn thousands_separators_are_read() {
    assert!(close(value(&fig("They sent 20,000 troops.")), 20_000.0));
}

#[test]
fn decimals_are_read() {
    assert!(close(value(&fig("The rate was 2.5 percent.")), 2.5));
}

#[test]
fn a_number_split_across_a_line_break_is_one_figure() {
    let f = fig("They sent 20,\n000 troops.");
    assert!(close(value(&f), 20_000.0));
    assert_eq!(f.text, "20,\n000");
}

#[test]
fn scales_apply_in_any_case_and_spacing() {
    assert!(close(value(&fig("It cost $1.2bn.")), 1.2e9));
    assert!(close(value(&fig("It cost £3m.")), 3e6));
    assert!(close(value(&fig("About 20k people came.")), 20_000.0));
    assert!(close(value(&fig("It has 2.5 million users.")), 2.5e6));
    assert!(close(value(&fig("Exports were 1.2 trillion yen.")), 1.2e12));
    assert!(close(value(&fig("Sales were 5.93 mln bags.")), 5.93e6));
    assert!(close(value(&fig("The loan is 3 BN dollars.")), 3e9));
}

#[test]
fn negatives_and_signed_changes_carry_their_sign() {
    let f = fig("Shares moved -5 on the day.");
    assert!(close(value(&f), -5.0));
    let f = fig("Growth was +3.2% in May.");
    assert!(close(value(&f), 3.2));
    assert_eq!(f.placement.direction, Some(Direction::Increase));
    assert!(close(value(&fig("It was minus 5 degrees.")), -5.0));
}

// ------------------------------------------------------------------------------------
// Number words, fractions, ratios, vague magnitudes
// ------------------------------------------------------------------------------------

#[test]
fn number_words_are_read() {
    assert!(close(
        value(&fig("They sent twenty thousand troops.")),
        20_000.0
    ));
    assert!(close(
        value(&fig("It reached two and a half million homes.")),
        2.5e6
    ));
    assert!(close(value(&fig("A dozen people came.")), 12.0));
    assert!(close(value(&fig("A hundred people came.")), 100.0));
    assert!(close(value(&fig("Twenty-five people came.")), 25.0));
    assert!(close(value(&fig("Half a million people came.")), 5e5));
}

#[test]
fn fractions_are_ratios() {
    let f = fig("Half of the staff left.");
    assert_eq!(f.kind, FigureKind::Ratio);
    assert!(close(value(&f), 0.5));
    assert!(close(value(&fig("A third of voters agree.")), 1.0 / 3.0));
    assert!(close(value(&fig("Three-quarters of voters agree.")), 0.75));
    assert!(close(value(&fig("Two-thirds of voters agree.")), 2.0 / 3.0));
}

#[test]
fn word_ratios_are_one_ratio_figure() {
    let f = fig("One in five adults smoke.");
    assert_eq!(
        (f.kind, f.text.as_str()),
        (FigureKind::Ratio, "One in five")
    );
    assert!(close(value(&f), 0.2));
    assert_eq!(key(&f), Some("adult"));
    let f = fig("Two out of three voters agree.");
    assert!(close(value(&f), 2.0 / 3.0));
}

#[test]
fn digit_ratios_are_two_counts() {
    assert_eq!(quantities("13 out of 659 nurses left."), ["13", "659"]);
    assert_eq!(quantities("13 of the 659 nurses left."), ["13", "659"]);
}

#[test]
fn vague_magnitudes_claim_their_range() {
    let f = fig("Millions of people watched.");
    assert_eq!(f.qualifier, Qualifier::Vague);
    assert!(f.interval.contains(5e6) && !f.interval.contains(1e9) && !f.interval.contains(1e5));
    assert_eq!(key(&f), Some("people"));
    let f = fig("Dozens of homes burned.");
    assert!(f.interval.contains(24.0) && !f.interval.contains(144.0));
    assert_eq!(fig("Thousands protested.").qualifier, Qualifier::Vague);
    assert_eq!(fig("Hundreds were hurt.").qualifier, Qualifier::Vague);
    assert!(
        fig("Tens of thousands marched.")
            .interval
            .contains(50_000.0)
    );
}

// ------------------------------------------------------------------------------------
// Money
// ------------------------------------------------------------------------------------

fn money(text: &str) -> (String, f64) {
    let f = fig(text);
    assert_eq!(f.kind, FigureKind::Money, "{text}: {f:?}");
    let v = value(&f);
    (f.unit.expect("money has a currency").into_owned(), v)
}

#[test]
fn currency_symbols_name_their_currency() {
    assert_eq!(money("It cost $5."), ("USD".into(), 5.0));
    assert_eq!(money("It cost £3.50."), ("GBP".into(), 3.5));
    assert_eq!(money("It cost €40."), ("EUR".into(), 40.0));
    assert_eq!(money("It cost ¥500."), ("JPY".into(), 500.0));
    assert_eq!(money("It cost US$5."), ("USD".into(), 5.0));
    assert_eq!(money("It cost C$5."), ("CAD".into(), 5.0));
    assert_eq!(money("It cost A$5."), ("AUD".into(), 5.0));
    assert_eq!(money("It cost USD 5."), ("USD".into(), 5.0));
}

#[test]
fn currency_words_after_the_amount_name_their_currency() {
    assert_eq!(money("It cost 5 dollars."), ("USD".into(), 5.0));
    assert_eq!(money("It cost 50 cents."), ("USD".into(), 0.5));
    assert_eq!(money("It raised 7.5bn euros."), ("EUR".into(), 7.5e9));
    assert_eq!(money("It cost 50 yen."), ("JPY".into(), 50.0));
    assert_eq!(money("Profit was 5 mln dlrs."), ("USD".into(), 5e6));
    assert_eq!(
        money("Profit was 5 mln Canadian dlrs."),
        ("CAD".into(), 5e6)
    );
    assert_eq!(money("It earned 12 cts a share."), ("USD".into(), 0.12));
}

#[test]
fn money_ranges_are_one_range() {
    let f = fig("Tickets cost $5-$10.");
    assert_eq!(f.value, Value::Range(5.0, 10.0));
    assert_eq!(f.kind, FigureKind::Money);
    let f = fig("The deal is worth $5m to $10m.");
    assert_eq!(f.value, Value::Range(5e6, 1e7));
    let f = fig("The deal is worth $5-10m.");
    assert_eq!(f.value, Value::Range(5e6, 1e7));
}

#[test]
fn money_without_a_noun_has_no_subject() {
    let f = fig_at("It would offer $1,000 to illegal immigrants.", "$1,000");
    assert_eq!(key(&f), None);
}

#[test]
fn money_takes_the_noun_after_or_the_phrase_before() {
    assert_eq!(key(&fig("They paid the $4.7m penalty.")), Some("penalty"));
    assert_eq!(key(&fig("It has a budget of $3m.")), Some("budget"));
}

// ------------------------------------------------------------------------------------
// Percent and points
// ------------------------------------------------------------------------------------

#[test]
fn percent_forms_are_percent() {
    for text in [
        "It was 99% in May.",
        "It was 99 percent in May.",
        "It was 99 per cent in May.",
        "It was 99 pct in May.",
    ] {
        let f = fig(text);
        assert_eq!(
            (f.kind, f.unit.as_deref()),
            (FigureKind::Percent, Some("percent")),
            "{text}"
        );
        assert!(close(value(&f), 99.0));
    }
}

#[test]
fn percentage_points_are_points() {
    assert_eq!(
        fig("It rose 3 percentage points.").kind,
        FigureKind::PercentagePoints
    );
    assert_eq!(fig("It rose 3pp.").kind, FigureKind::PercentagePoints);
    let f = fig_at("Support fell to 40% from 43%, down 3 points.", "3 points");
    assert_eq!(f.kind, FigureKind::PercentagePoints);
    assert_eq!(f.placement.direction, Some(Direction::Decrease));
}

#[test]
fn points_without_a_percentage_are_not_percentage_points() {
    assert_eq!(fig("He scored 30 points.").kind, FigureKind::Count);
}

#[test]
fn percent_intervals_allow_the_last_digit() {
    let f = fig("It was 6% last year.");
    assert!(f.interval.contains(6.4) && !f.interval.contains(6.6));
}

// ------------------------------------------------------------------------------------
// Measures and durations
// ------------------------------------------------------------------------------------

#[test]
fn durations_are_singular_units() {
    let f = fig("It took four months.");
    assert_eq!(
        (f.kind, f.unit.as_deref(), f.text.as_str()),
        (FigureKind::Duration, Some("month"), "four months")
    );
    assert_eq!(fig("It took 3 hours.").unit.as_deref(), Some("hour"));
    assert_eq!(fig("A 10-day trip.").unit.as_deref(), Some("day"));
    assert_eq!(key(&fig("It took four months.")), None);
}

#[test]
fn measures_are_singular_units() {
    assert_eq!(fig("They walked 10 km.").unit.as_deref(), Some("km"));
    assert_eq!(fig("They walked 5 miles.").unit.as_deref(), Some("mile"));
    assert_eq!(fig("It weighs 60 kilos.").unit.as_deref(), Some("kg"));
    assert_eq!(
        fig("Output was 2 mln barrels.").unit.as_deref(),
        Some("barrel")
    );
    assert_eq!(fig("They walked 10 km.").kind, FigureKind::Measure);
}

// ------------------------------------------------------------------------------------
// Ranges and qualifiers
// ------------------------------------------------------------------------------------

#[test]
fn ranges_are_one_figure() {
    for text in [
        "It took 10-20 days.",
        "It took 10 to 20 days.",
        "It took between 10 and 20 days.",
        "It took 10–20 days.",
    ] {
        let f = fig(text);
        assert_eq!(
            (f.qualifier, f.value),
            (Qualifier::Range, Value::Range(10.0, 20.0)),
            "{text}"
        );
    }
    assert_eq!(
        fig("It took between 10 and 20 days.").text,
        "between 10 and 20 days"
    );
}

#[test]
fn from_to_after_a_change_verb_is_two_figures() {
    let found = figures("Arrests fell from 40 to 30.");
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|f| f.placement.direction == Some(Direction::Decrease))
    );
    assert!(found.iter().all(|f| f.subject_key() == Some("arrest")));
}

#[test]
fn lower_bounds() {
    for (text, open) in [
        ("over 20,000 troops", true),
        ("more than 20,000 troops", true),
        ("at least 20,000 troops", false),
        ("upwards of 20,000 troops", true),
        ("in excess of 20,000 troops", true),
        ("20,000+ troops", false),
        ("20,000 or more troops", false),
    ] {
        let f = fig(text);
        assert_eq!(f.qualifier, Qualifier::LowerBound, "{text}");
        assert_eq!(f.interval.low_open, open, "{text}");
        assert_eq!(f.interval.high, None, "{text}");
        assert_eq!(key(&f), Some("troop"), "{text}");
    }
}

#[test]
fn spans_of_time_bounded_after_them() {
    let longer = fig("out of work for 27 weeks or longer");
    assert_eq!(longer.qualifier, Qualifier::LowerBound);
    assert_eq!(longer.interval.high, None);
    let shorter = fig("stays of three nights or shorter");
    assert_eq!(shorter.qualifier, Qualifier::UpperBound);
    assert!(!shorter.interval.contains(3.5));
}

#[test]
fn upper_bounds() {
    for text in [
        "under 500 troops",
        "below 500 troops",
        "less than 500 troops",
        "fewer than 500 troops",
        "up to 500 troops",
        "no more than 500 troops",
        "nearly 500 troops",
        "almost 500 troops",
        "just under 500 troops",
    ] {
        let f = fig(text);
        assert_eq!(f.qualifier, Qualifier::UpperBound, "{text}");
        assert!(!f.interval.contains(501.0), "{text}");
        assert!(f.interval.contains(480.0), "{text}");
    }
    assert!(!fig("nearly 500 troops").interval.contains(500.0));
    assert!(fig("up to 500 troops").interval.contains(500.0));
}

#[test]
fn a_move_up_to_a_new_level_is_no_ceiling() {
    for (text, subject) in [
        (
            "US unemployment edged up to 4.3% in August.",
            "us unemployment",
        ),
        ("The jobless rate edges up to 4.1%.", "jobless rate"),
        ("Mortgage rates have inched up to 6.9%.", "mortgage rate"),
        (
            "The beet's sugar content went up to 17.93 pct from 17.3 pct.",
            "sugar content",
        ),
        (
            "The jobless rate bounced back up to 4.1% from 3.9%.",
            "jobless rate",
        ),
    ] {
        let f = figures(text)
            .into_iter()
            .find(Figure::is_quantity)
            .expect("a figure");
        assert_eq!(f.qualifier, Qualifier::Exact, "{text}");
        assert!(!f.text.starts_with("up"), "{text}");
        assert_eq!(key(&f), Some(subject), "{text}");
    }
    // "bounced back up to": a move back up to a level.
    let f = figures("For core CPI, the year-on-year rate bounced back up to 1.8% from 1.7%.")
        .into_iter()
        .find(Figure::is_quantity)
        .expect("a figure");
    assert_eq!((f.qualifier, f.text.as_str()), (Qualifier::Exact, "1.8%"));
    // A ceiling still: nothing moved, or the waves reach as high as that, or what is
    // paid back is at most that.
    assert_eq!(
        fig("Savers can claim back up to £500.").qualifier,
        Qualifier::UpperBound
    );
    assert_eq!(
        fig("Up to 500 troops will go.").qualifier,
        Qualifier::UpperBound
    );
    assert_eq!(
        fig("Fines rise to up to £500.").qualifier,
        Qualifier::UpperBound
    );
    assert_eq!(
        fig("Waves rising up to 10 metres hit the coast.").qualifier,
        Qualifier::UpperBound
    );
}

#[test]
fn a_participle_after_maximum_or_net_belongs_to_the_phrase() {
    assert_eq!(
        key(&fig(
            "The hurricane's maximum sustained winds reached 150 mph."
        )),
        Some("maximum sustained wind")
    );
    assert_eq!(
        key(&fig(
            "The group's net consolidated profit rose to 542 mln francs."
        )),
        Some("net consolidated profit")
    );
    // Only after such a word: "number rated poor" keeps its verb.
    assert_eq!(
        key(&fig("The number rated poor rose to 7.")),
        Some("number")
    );
}

#[test]
fn an_average_after_a_verb_names_no_subject() {
    for text in [
        "The fund has returned an average of 7% a year.",
        "Last year, it exported an average of 173,500 bpd.",
    ] {
        let f = figures(text)
            .into_iter()
            .find(Figure::is_quantity)
            .expect("a figure");
        assert_eq!(key(&f), None, "{text}");
    }
    assert_eq!(
        key(&fig("Pupils scored an average of 64 marks.")),
        Some("mark")
    );
}

#[test]
fn a_year_a_record_has_stood_since_is_not_the_figure_s_year() {
    for text in [
        "Unemployment rose to 5.2%, the highest since 2016.",
        "Homicides fall 18% as shootings drop to lowest level since 2014",
        "Car sales eased 2.2 pct to the weakest levels since 1983.",
    ] {
        let f = figures(text)
            .into_iter()
            .find(Figure::is_quantity)
            .expect("a figure");
        assert_eq!(f.placement.year, None, "{text}");
    }
    for (text, year) in [
        ("Unemployment was 5.2% in 2016.", 2016),
        ("Prices have risen 20% since 2019.", 2019),
    ] {
        let f = figures(text)
            .into_iter()
            .find(Figure::is_quantity)
            .expect("a figure");
        assert_eq!(f.placement.year, Some(year), "{text}");
    }
}

#[test]
fn the_year_labelling_a_comparative_in_brackets_places_that_figure_only() {
    for (text, level, old, year) in [
        ("412,600 meals (2025: 366,900)", "412,600", "366,900", 2025),
        (
            "Income of £3.84m (FY2025: £3.21m)",
            "£3.84m",
            "£3.21m",
            2025,
        ),
        ("A margin of 4.1% (H1 2024: 3.8%)", "4.1%", "3.8%", 2024),
        (
            "Profit of £2.2m (2023 restated: £1.9m)",
            "£2.2m",
            "£1.9m",
            2023,
        ),
    ] {
        assert_eq!(fig_at(text, level).placement.year, None, "{text}");
        assert_eq!(fig_at(text, old).placement.year, Some(year), "{text}");
    }
    // A year in brackets that labels nothing still places the sentence.
    assert_eq!(
        fig_at("Sales were £3.8m (in 2025).", "£3.8m")
            .placement
            .year,
        Some(2025)
    );
}

#[test]
fn a_count_after_a_name_whose_noun_is_left_out_is_a_count() {
    let found = figures("Florida reported 31 deaths and Georgia 12, officials said.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found.iter().all(|f| f.kind == FigureKind::Count),
        "{found:#?}"
    );
    assert_eq!(found[1].text, "12");
    let found = figures("Texas will supply 1,600 troops, and Arizona 900.");
    assert_eq!(found[1].text, "900");
    assert_eq!(found[1].kind, FigureKind::Count);
    // Names with numbers stay names.
    for text in [
        "It sold 300 computers with Windows 10 and Windows 11.",
        "Shipments of 40 jets went to Delta and Boeing 737 buyers.",
        "The council moved 20 families to Block 4.",
    ] {
        assert!(
            figures(text)
                .iter()
                .filter(|f| f.kind == FigureKind::Identifier)
                .count()
                >= 1,
            "{text}: {:#?}",
            figures(text)
        );
    }
}

#[test]
fn approximations_widen_by_the_tolerance() {
    for text in [
        "about 20,000 troops",
        "around 20,000 troops",
        "roughly 20,000 troops",
        "approximately 20,000 troops",
        "some 20,000 troops",
        "an estimated 20,000 troops",
        "~20,000 troops",
    ] {
        let f = fig(text);
        assert_eq!(f.qualifier, Qualifier::Approx, "{text}");
        assert!(f.interval.contains(21_500.0), "{text}");
        assert!(!f.interval.contains(23_000.0), "{text}");
    }
}

#[test]
fn interval_with_recomputes_the_tolerance() {
    let f = fig("about 20,000 troops");
    assert!(f.interval_with(0.2).contains(23_000.0));
    assert!(!f.interval_with(0.05).contains(21_600.0));
    let exact = fig("20,000 troops");
    assert_eq!(exact.interval_with(0.5), exact.interval);
}

#[test]
fn exactly_is_a_point() {
    let f = fig("exactly 20,000 troops");
    assert_eq!(f.qualifier, Qualifier::Exact);
    assert!(f.interval.contains(20_000.0) && !f.interval.contains(20_001.0));
}

#[test]
fn exact_figures_round_at_the_precision_written() {
    let f = fig("20,000 troops");
    assert!(
        f.interval.contains(19_500.0)
            && f.interval.contains(20_500.0)
            && !f.interval.contains(20_501.0)
    );
    let f = fig("It cost $1.2 million.");
    assert!(f.interval.contains(1_215_000.0) && !f.interval.contains(1_300_000.0));
    assert!(close(fig("1,500 troops").rounding, 50.0));
    assert!(close(fig("150 troops").rounding, 5.0));
}

// ------------------------------------------------------------------------------------
// Direction and multipliers
// ------------------------------------------------------------------------------------

#[test]
fn change_frames_give_a_direction() {
    assert_eq!(
        fig("a 99% decrease in crossings").placement.direction,
        Some(Direction::Decrease)
    );
    assert_eq!(
        fig("Sales rose 5% last year.").placement.direction,
        Some(Direction::Increase)
    );
    assert_eq!(
        fig("Sales fell 5%.").placement.direction,
        Some(Direction::Decrease)
    );
}

#[test]
fn a_level_after_a_change_and_its_comparative_takes_the_clause_s_subject() {
    assert_eq!(
        key(&fig_at(
            "April crude closed 24 cts higher to 17.75 dlrs.",
            "17.75 dlrs"
        )),
        Some("april crude")
    );
    assert_ne!(
        key(&fig_at(
            "The FTSE 100 closed 0.8% higher at 9,712.",
            "9,712"
        )),
        Some("higher")
    );
}

#[test]
fn golf_scores_under_par_and_closing_rounds_are_scores() {
    let found = figures("Scheffler shot a closing 64 to win at 21 under par.");
    let kinds: Vec<(&str, FigureKind)> = found.iter().map(|f| (f.text.as_str(), f.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("64", FigureKind::Score),
            ("21 under par", FigureKind::Score)
        ]
    );
    assert_eq!(
        fig("The closing 64 stores will shut.").kind,
        FigureKind::Count
    );
    assert_eq!(fig("Prices fell 21 under the cap.").kind, FigureKind::Count);
}

#[test]
fn fewer_than_and_jobs_created_give_a_direction() {
    for (text, span, dir) in [
        (
            "Operators ran 3.1% fewer services in October than a year earlier.",
            "3.1%",
            Some(Direction::Decrease),
        ),
        (
            "There were 12% more visitors this summer than last.",
            "12%",
            Some(Direction::Increase),
        ),
        (
            "The plant will create 1,200 jobs by 2028.",
            "1,200",
            Some(Direction::Increase),
        ),
        // A figure or a clause between: no comparison of this figure.
        (
            "It ran 31 more trains, 40 of them electric, than planned.",
            "31",
            None,
        ),
        ("The plant will create 1,200 homes.", "1,200", None),
    ] {
        assert_eq!(fig_at(text, span).placement.direction, dir, "{text}");
    }
}

#[test]
fn multiplier_verbs_are_multipliers() {
    for (text, v, dir) in [
        ("Sales doubled.", 2.0, Direction::Increase),
        ("Sales halved.", 0.5, Direction::Decrease),
        ("Sales tripled.", 3.0, Direction::Increase),
    ] {
        let f = fig(text);
        assert_eq!(f.kind, FigureKind::Multiplier, "{text}");
        assert!(close(value(&f), v));
        assert_eq!(f.placement.direction, Some(dir));
        assert_eq!(key(&f), Some("sale"));
    }
    let f = fig("It is three times as large.");
    assert_eq!(
        (f.kind, f.text.as_str()),
        (FigureKind::Multiplier, "three times")
    );
}

// ------------------------------------------------------------------------------------
// Subjects
// ------------------------------------------------------------------------------------

#[test]
fn subjects_after_the_number() {
    assert_eq!(
        key(&fig("over 20,000 National Guard members")),
        Some("national guard member")
    );
    assert_eq!(
        key(&fig("the requested 20,000 National Guard members")),
        Some("national guard member")
    );
    assert_eq!(key(&fig("an additional 20,000 officers")), Some("officer"));
    assert_eq!(
        key(&fig("over 1,000 illegal immigrants were held")),
        Some("illegal immigrant")
    );
    assert_eq!(
        key(&fig_at(
            "Arrivals were 155,221 bags of 60 kilos.",
            "155,221"
        )),
        Some("bag")
    );
    assert_eq!(key(&fig("20,000 more troops")), Some("troop"));
    assert_eq!(key(&fig("five companies")), Some("company"));
    assert_eq!(key(&fig("300 children")), Some("child"));
}

#[test]
fn subjects_before_the_number() {
    assert_eq!(key(&fig("arrests rose to 1,000")), Some("arrest"));
    assert_eq!(
        key(&fig("the unemployment rate was 5%")),
        Some("unemployment rate")
    );
    assert_eq!(
        key(&fig("a 99% decrease in illegal border crossings")),
        Some("illegal border crossing")
    );
    assert_eq!(
        key(&fig(
            "The seasonally adjusted trade surplus fell to 9.16 billion dlrs"
        )),
        Some("seasonally adjusted trade surplus")
    );
}

#[test]
fn an_amount_after_worth_is_said_of_what_is_valued() {
    assert_eq!(
        key(&fig(
            "The bills replace maturing paper worth 3,196 billion lire"
        )),
        Some("maturing paper")
    );
    assert_eq!(
        key(&fig("The firm bought shares worth $40m")),
        Some("share")
    );
}

#[test]
fn aliases_map_keys() {
    let mut options = ExtractOptions::default();
    options.aliases.insert("soldier".into(), "troop".into());
    let doc = Document::plain("They sent 500 soldiers.");
    let ex = extract(&doc, &options);
    assert_eq!(ex.figures[0].subject_key(), Some("troop"));
}

// ------------------------------------------------------------------------------------
// Never counts
// ------------------------------------------------------------------------------------

fn kinds(text: &str) -> Vec<(String, FigureKind)> {
    figures(text)
        .into_iter()
        .map(|f| (f.text, f.kind))
        .collect()
}

fn no_quantity(text: &str) {
    let q = quantities(text);
    assert!(q.is_empty(), "{text:?} has quantities {q:?}");
}

#[test]
fn years_are_not_counts() {
    no_quantity("In 2019 the law changed.");
    no_quantity("It happened in the 1990s.");
    no_quantity("Results for FY2024 are due.");
    no_quantity("The 2019-20 season ended.");
    no_quantity("The 1986/87 crop was late.");
    no_quantity("Since 2001, prices have risen.");
    assert_eq!(kinds("In 2019 it fell.")[0].1, FigureKind::Year);
}

#[test]
fn a_four_digit_count_is_still_a_count() {
    assert_eq!(quantities("About 2000 people came."), ["About 2000"]);
    assert_eq!(quantities("They hired 2000 workers."), ["2000"]);
    assert_eq!(quantities("It cost $2019."), ["$2019"]);
}

#[test]
fn dates_are_not_counts() {
    no_quantity("It opens on March 3.");
    no_quantity("It opened on 3 March 2024.");
    no_quantity("It opened on 3/4/2024.");
    no_quantity("It opened on March 3, 2024, in Paris.");
    no_quantity("The week ended February 22 was dry.");
    no_quantity("Sales in the June 4 through 18 period were slow.");
    assert_eq!(quantities("From May 2 through 9 it sold 40 cars."), ["40"]);
}

#[test]
fn times_are_not_counts() {
    no_quantity("We met at 10:30.");
    no_quantity("We met at 3pm.");
    no_quantity("We met at 3 p.m. on Monday.");
}

#[test]
fn phone_numbers_are_not_counts() {
    no_quantity("Call 555-123-4567 now.");
    no_quantity("Call (555) 123-4567 now.");
    no_quantity("Call +44 20 7946 0958 now.");
}

#[test]
fn ordinals_are_not_counts() {
    no_quantity("Trump's second term began.");
    no_quantity("She came 3rd.");
    no_quantity("In the 21st century.");
    assert_eq!(
        kinds("his second term")[0],
        ("second".into(), FigureKind::Ordinal)
    );
}

#[test]
fn scores_are_not_counts() {
    no_quantity("They won 3-1 on Sunday.");
    no_quantity("A 2-0 win.");
}

#[test]
fn identifiers_are_not_counts() {
    for text in [
        "The Boeing 737 flew.",
        "COVID-19 spread.",
        "Section 230 applies.",
        "The F-35 flew.",
        "Windows 11 shipped.",
        "Article 5 applies.",
        "Take I-95 north.",
        "The G7 met.",
        "The MH370 search.",
    ] {
        no_quantity(text);
    }
}

#[test]
fn addresses_and_list_numbers_are_not_counts() {
    no_quantity("He lives at 10 Downing Street.");
    no_quantity("Steps:\n1. Open the box.");
    no_quantity("Steps: 2) Close the lid.");
}

#[test]
fn a_comparative_in_brackets_is_a_count_not_a_list_number() {
    assert_eq!(
        kinds("27 sites (2025: 24)"),
        [
            ("27".to_string(), FigureKind::Count),
            ("2025".to_string(), FigureKind::Year),
            ("24".to_string(), FigureKind::Count),
        ]
    );
}

// ------------------------------------------------------------------------------------
// The seed article
// ------------------------------------------------------------------------------------

fn table(text: &str) -> String {
    let doc = Document::plain(text);
    let ex = extract(&doc, &ExtractOptions::default());
    let mut out = String::new();
    for f in &ex.figures {
        let lc = doc.line_col(f.span.start);
        let v = match f.value {
            Value::Number(v) => format!("{v}"),
            Value::Range(l, h) => format!("{l}..{h}"),
        };
        let dir = match f.placement.direction {
            Some(Direction::Increase) => "increase",
            Some(Direction::Decrease) => "decrease",
            None => "-",
        };
        let _ = writeln!(
            out,
            "{}:{} | {} | {} | {} | {} | {:?} | {} | {}",
            lc.line,
            lc.column,
            f.text,
            f.kind.as_str(),
            v,
            f.unit.as_deref().unwrap_or("-"),
            f.qualifier,
            f.subject_key().unwrap_or("-"),
            dir,
        );
    }
    out
}

#[test]
fn the_seed_article_reads_as_an_editor_reads_it() {
    let text = include_str!("../corpus/seed-article.txt");
    let expected = "\
1:109 | over 20,000 | count | 20000 | - | LowerBound | national guard member | -
5:110 | 20,000 | count | 20000 | - | Exact | national guard member | -
7:205 | 20,000 | count | 20000 | - | Exact | officer | -
9:236 | first | ordinal | 1 | - | Exact | - | -
13:380 | over 1,000 | count | 1000 | - | LowerBound | illegal immigrant | -
15:156 | 99% | percent | 99 | percent | Exact | illegal border crossing | decrease
15:200 | less than four months | duration | 4 | month | UpperBound | - | -
15:233 | second | ordinal | 2 | - | Exact | - | -
17:68 | millions | count | 1000000 | - | Vague | illegal immigrant | -
17:202 | $1,000 | money | 1000 | USD | Exact | - | -
";
    assert_eq!(table(text), expected);
}

#[test]
fn the_seed_article_bounds_and_places() {
    let doc = Document::plain(include_str!("../corpus/seed-article.txt"));
    let ex = extract(&doc, &ExtractOptions::default());
    let over = &ex.figures[0];
    assert_eq!(over.interval.low, Some(20_000.0));
    assert!(over.interval.low_open);
    let immigrants = ex.figures.iter().find(|f| f.text == "over 1,000").unwrap();
    assert_eq!(immigrants.placement.place.as_deref(), Some("Florida"));
    assert!(
        ex.figures
            .iter()
            .all(|f| f.text != "second" || !f.is_quantity())
    );
    assert!(
        ex.figures
            .iter()
            .all(|f| f.placement.sentence < ex.sentences.len())
    );
}

// ------------------------------------------------------------------------------------
// Properties
// ------------------------------------------------------------------------------------

/// A small seeded generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64)).expect("below n fits usize")
    }
}

const PIECES: &[&str] = &[
    "over", "about", "nearly", "between", "and", "to", "from", "rose", "fell", "a", "the", "half",
    "one", "in", "five", "twenty", "thousand", "million", "millions", "dozen", "second", "$", "£",
    "€", "US", "%", "percent", "per", "cent", "bn", "m", "k", "-", "–", ",", ".", "+", "~", "/",
    ":", "(", ")", "'", "’", "s", "th", "pm", "May", "March", "Boeing", "COVID", "times",
    "doubled", "of", "points", "pct", "mln", "dlrs", "é", "日本", "\n", "\n\n", " ", "  ",
    "Section", "Street", "out", "more", "than", "exactly", "or",
];

fn generated(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(60) {
        match rng.below(4) {
            0 => s.push_str(&rng.below(100_000).to_string()),
            1 => {
                let n = rng.below(10_000);
                let _ = write!(s, "{},{:03}", n % 1000, n);
            }
            _ => s.push_str(PIECES[rng.below(PIECES.len())]),
        }
        if rng.below(3) > 0 {
            s.push(' ');
        }
    }
    s
}

fn random_bytes(rng: &mut Rng) -> String {
    let bytes: Vec<u8> = (0..rng.below(200))
        .map(|_| u8::try_from(rng.below(256)).expect("a byte"))
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A draft of sentences about a few subjects, with values that repeat, disagree, are
/// hedged and change, so that the relational rules have groups to work on.
fn statements(rng: &mut Rng) -> String {
    const LEADS: &[&str] = &[
        "The", "About", "Over", "Nearly", "Some", "Its", "Those", "All",
    ];
    const VALUES: &[&str] = &[
        "20,000", "21,000", "12,000", "$4.2m", "$4.7m", "99%", "15%", "300",
    ];
    const NOUNS: &[&str] = &["workers", "homes", "shares", "penalty", "members", "votes"];
    const TAILS: &[&str] = &[
        "were counted.",
        "rose from 40 to 50, a 20% increase.",
        "fell 5% to 300, compared with 320 last year.",
        "of the 250 were men and 300 were women.",
        ", up from 18,000 a year earlier.",
        "each, respectively.",
        "in London; the three agencies: A, B, C and D.",
    ];
    let mut s = String::from("# 20,000 workers hired\n\n");
    for k in 0..rng.below(80) {
        let _ = write!(
            s,
            "{} {} {} {} ",
            LEADS[rng.below(LEADS.len())],
            VALUES[rng.below(VALUES.len())],
            NOUNS[rng.below(NOUNS.len())],
            TAILS[rng.below(TAILS.len())]
        );
        if k % 7 == 6 {
            s.push_str("\n\n");
        }
    }
    s
}

fn check_invariants(text: &str) {
    let doc = Document::plain(text);
    let ex = extract(&doc, &ExtractOptions::default());
    let mut prev_end = 0;
    for f in &ex.figures {
        assert!(
            text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
            "{text:?}"
        );
        assert_eq!(&text[f.span.start..f.span.end], f.text, "{text:?}");
        assert!(
            f.span.start >= prev_end,
            "overlap in {text:?}: {:?}",
            ex.figures
        );
        assert!(!f.text.is_empty());
        prev_end = f.span.end;
        if let (Qualifier::Exact | Qualifier::Approx, Value::Number(v), true) =
            (f.qualifier, f.value, f.is_quantity())
        {
            assert!(f.interval.contains(v), "{f:?} in {text:?}");
        }
        if let Some(s) = &f.subject {
            assert_eq!(&text[s.span.start..s.span.end], s.text);
        }
        assert!(f.placement.sentence < ex.sentences.len());
    }
    for s in &ex.sentences {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
    }
}

#[test]
fn extraction_never_panics_and_keeps_its_invariants_on_generated_prose() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        check_invariants(&generated(&mut rng));
    }
}

#[test]
fn extraction_never_panics_on_random_bytes() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..2000 {
        check_invariants(&random_bytes(&mut rng));
    }
}

#[test]
fn checking_never_panics_on_generated_prose_and_random_bytes() {
    let rules = [
        RuleSet::default_rules().expect("the default rules load"),
        RuleSet::from_yaml("all.yaml", "version: 1\nextends: [default, style]\n")
            .expect("the default and style rules load"),
    ];
    let mut rng = Rng(0x8f1b_bcdc_4d3c_a2e5);
    let mut texts: Vec<String> = (0..600).map(|_| generated(&mut rng)).collect();
    texts.extend((0..300).map(|_| random_bytes(&mut rng)));
    // Statements of a few subjects with values that agree, disagree and are hedged.
    texts.extend((0..40).map(|_| statements(&mut rng)));
    // Longer drafts, so that subjects recur and groups grow: paragraphs under headings.
    texts.extend((0..20).map(|_| {
        (0..40)
            .map(|k| {
                let heading = if k % 10 == 0 {
                    "# Heading 2,000 more\n\n"
                } else {
                    ""
                };
                format!("{heading}{}", generated(&mut rng))
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }));
    let mut findings = 0;
    for text in &texts {
        for format in [Format::Plain, Format::Markdown] {
            let doc = Document::new("generated.md", text, format);
            let extraction = extract(&doc, &ExtractOptions::default());
            for rules in &rules {
                for finding in rules.check(&doc, &extraction) {
                    findings += 1;
                    for span in std::iter::once(finding.primary.span)
                        .chain(finding.related.iter().map(|l| l.span))
                    {
                        assert!(
                            span.start <= span.end
                                && text.is_char_boundary(span.start)
                                && text.is_char_boundary(span.end),
                            "{span:?} in {text:?}"
                        );
                    }
                }
            }
        }
    }
    // The drafts do reach the rules: the style rules alone fire on most of them.
    assert!(findings > texts.len(), "{findings} findings");
}

// ------------------------------------------------------------------------------------
// Newsroom forms
// ------------------------------------------------------------------------------------

#[test]
fn a_change_and_where_it_ended_are_two_figures() {
    assert_eq!(
        quantities("Household debt rose by $212 billion to $17.5 trillion."),
        ["$212 billion", "$17.5 trillion"]
    );
    assert_eq!(
        quantities("Sales rose 5 pct to 340 mln dlrs."),
        ["5 pct", "340 mln dlrs"]
    );
    assert_eq!(
        quantities("Ticket prices range from $95 to $1,600."),
        ["$95", "$1,600"]
    );
}

#[test]
fn vote_tallies_and_results_are_scores() {
    no_quantity("The Supreme Court ruled 6-3 that it could.");
    no_quantity("Councillors voted 31 to 12 to close them.");
    no_quantity("The Chiefs beat the 49ers 25-22 in overtime.");
    no_quantity("The vote was tied at 7-7.");
}

#[test]
fn basis_points_are_percentage_points() {
    let f = fig("The bank raised rates by 25 basis points.");
    assert_eq!(f.kind, FigureKind::PercentagePoints);
    assert!(close(value(&f), 0.25));
}

#[test]
fn index_points_are_a_measure() {
    let f = fig_at(
        "The FTSE 100 closed down 52 points, or 0.7%, at 7,630.",
        "52 points",
    );
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("point"))
    );
}

#[test]
fn year_spans_are_ranges_of_years() {
    let f = fig_at("The 2019-20 season ended.", "2019-20");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Year, Value::Range(2019.0, 2020.0))
    );
    let f = fig_at("The 1986/87 crop was late.", "1986/87");
    assert_eq!(f.value, Value::Range(1986.0, 1987.0));
}

#[test]
fn ratios_in_digits_and_fractions_of_millions() {
    let f = fig("Prosecutors dropped 1 in 4 rape cases.");
    assert_eq!((f.kind, f.text.as_str()), (FigureKind::Ratio, "1 in 4"));
    let f = fig("More than a quarter of a million people came.");
    assert!(close(value(&f), 250_000.0));
    assert_eq!(f.qualifier, Qualifier::LowerBound);
}

#[test]
fn hyphen_compounds_count_what_they_name() {
    let f = fig("They approved a 48-bed ward.");
    assert_eq!((f.text.as_str(), key(&f)), ("48-bed", Some("ward")));
    assert_eq!(fig("A 10-day trip.").kind, FigureKind::Duration);
}

#[test]
fn vague_money_keeps_its_currency() {
    let f = fig("It cost millions of pounds.");
    assert_eq!(
        (f.kind, f.unit.as_deref(), f.qualifier),
        (FigureKind::Money, Some("GBP"), Qualifier::Vague)
    );
}

#[test]
fn multipliers_take_qualifiers_and_ranges() {
    assert_eq!(
        fig("It spent more than double the budget.").qualifier,
        Qualifier::LowerBound
    );
    let f = fig("Smokers are two to three times more likely to fall ill.");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Multiplier, Value::Range(2.0, 3.0))
    );
}

#[test]
fn a_stretch_of_time_after_over_is_no_bound() {
    assert_eq!(
        fig("Patients lost weight over 68 weeks.").qualifier,
        Qualifier::Exact
    );
    assert_eq!(
        fig("Patients had waited over 52 weeks.").qualifier,
        Qualifier::LowerBound
    );
}

#[test]
fn subjects_come_from_the_head_of_the_clause() {
    assert_eq!(
        key(&fig("Shares in the retailer fell 12.5% on Monday.")),
        Some("share")
    );
    assert_eq!(
        key(&fig("Britain's economy shrank by 0.3% in the quarter.")),
        Some("economy")
    );
    assert_eq!(
        key(&fig("The council plans to raise council tax by 4.99%.")),
        Some("council tax")
    );
    assert_eq!(
        key(&fig("The takeover was approved by 97.6% of shareholders.")),
        Some("shareholder")
    );
    assert_eq!(
        key(&fig("The start-up raised $40m in a funding round.")),
        None
    );
}

#[test]
fn amounts_left_without_a_unit_take_the_earlier_one() {
    let f = fig_at(
        "Output is 2.3 mln tonnes, against 2.1 mln last year.",
        "2.1 mln",
    );
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("tonne"))
    );
}

#[test]
fn more_non_counts() {
    no_quantity("Children with type 2 diabetes were seen.");
    no_quantity("The iPhone 16 shipped.");
    no_quantity("Boeing delivered the 737s late.");
    no_quantity("They last qualified in '98.");
    no_quantity("The prime minister returned to No. 10 shortly after.");
    no_quantity("The 5G rollout began.");
    no_quantity("Call 1-800-273-8255 now.");
    no_quantity("Call the hotline at 555-0143 for details.");
    no_quantity("Phone 555-2368 to book a place.");
    no_quantity("The office is at 100 Main St, Springfield, IL 62701.");
    no_quantity("Send entries to 600 Congress Ave, Austin, TX 78701-1234.");
}

#[test]
fn a_local_phone_number_needs_a_leading_zero_or_a_word_of_calling() {
    assert!(!quantities("Crowds of 200-1500 people gathered.").is_empty());
    assert!(!quantities("In Austin, TX 78,701 people voted.").is_empty());
}

#[test]
fn money_in_words_names_its_currency() {
    assert_eq!(money("It cost five dollars."), ("USD".into(), 5.0));
    assert_eq!(
        money("Repairs will cost a quarter of a billion pounds."),
        ("GBP".into(), 2.5e8)
    );
}

// ------------------------------------------------------------------------------------
// `numcheck extract` output contracts
// ------------------------------------------------------------------------------------

fn extract_cli(format: &str, text: &str) -> String {
    let dir =
        std::env::temp_dir().join(format!("numcheck-extract-{}-{format}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let path = dir.join("draft.txt");
    std::fs::write(&path, text).expect("a temporary draft");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(["extract", "--format", format])
        .arg(&path)
        .output()
        .expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn jsonl_writes_one_figure_a_line_with_the_contract_fields() {
    let text = "Héllo: over 20,000 troops.\nIt cost $5-$10.";
    let out = extract_cli("jsonl", text);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let first = &lines[0];
    assert_eq!(first["text"], "over 20,000");
    assert_eq!(first["kind"], "count");
    assert_eq!(first["value"], 20000.0);
    assert_eq!(first["qualifier"], "lower_bound");
    assert_eq!(first["unit"], serde_json::Value::Null);
    assert_eq!(first["subject"], "troops");
    assert_eq!(first["subject_key"], "troop");
    assert_eq!(first["line"], 1);
    assert_eq!(first["column"], 8);
    let (start, end) = (
        first["start"].as_u64().unwrap(),
        first["end"].as_u64().unwrap(),
    );
    assert_eq!(
        &text[usize::try_from(start).unwrap()..usize::try_from(end).unwrap()],
        "over 20,000"
    );
    assert_eq!(first["interval"]["low"], 20000.0);
    assert_eq!(first["interval"]["high"], serde_json::Value::Null);
    assert_eq!(first["interval"]["low_open"], true);
    let second = &lines[1];
    assert_eq!(second["kind"], "money");
    assert_eq!(second["unit"], "USD");
    assert_eq!(second["value"], serde_json::json!([5.0, 10.0]));
    assert!(second["file"].as_str().unwrap().ends_with("draft.txt"));
}

#[test]
fn json_tsv_and_table_carry_the_same_figures() {
    let text = "About 20 people came, and 5% left.";
    let json: serde_json::Value = serde_json::from_str(&extract_cli("json", text)).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["figures"].as_array().unwrap().len(), 2);
    let tsv = extract_cli("tsv", text);
    let rows: Vec<&str> = tsv.lines().collect();
    assert!(rows[0].starts_with("file\tline\tcolumn\tstart\tend\ttext\tkind"));
    assert_eq!(rows.len(), 3);
    assert!(rows[1].contains("\tAbout 20\tcount\t20\t\tapprox\t"));
    let table = extract_cli("table", text);
    assert!(table.contains("1:1") && table.contains("About 20") && table.contains("people"));
    assert!(table.contains("percent") && table.contains("5%"));
}

#[test]
fn ages_by_decade_are_ranges_of_years() {
    let f = fig("Police arrested a man in his 60s.");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Duration, Value::Range(60.0, 69.0))
    );
    no_quantity("It happened in the 60s.");
}

#[test]
fn newswire_scales_follow_numbers_in_words() {
    assert_eq!(money("It raised eight mln dlrs."), ("USD".into(), 8e6));
    assert_eq!(money("It borrowed five billion ecus."), ("XEU".into(), 5e9));
}

#[test]
fn hyphenated_codes_that_are_no_phone_number_are_identifiers() {
    assert_eq!(kinds("The vote was 11-1-1.")[0].1, FigureKind::Identifier);
    assert_eq!(kinds("Call 555-123-4567.")[0].1, FigureKind::Phone);
    assert_eq!(kinds("Filed on 2024-03-04.")[0].1, FigureKind::Date);
}

#[test]
fn ages_are_durations_in_years() {
    let f = fig("The victim, aged 45, was named.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Duration, Some("year"))
    );
    assert_eq!(
        fig("A 45-year-old man was arrested.").unit.as_deref(),
        Some("year")
    );
}

#[test]
fn a_measure_after_another_figure_takes_no_subject_from_it() {
    let f = fig_at("He drove 3,000km at 30mph.", "30mph");
    assert_eq!(key(&f), None);
}

#[test]
fn extract_reads_folders_and_standard_input_under_its_given_name() {
    use std::io::Write as _;
    let dir = std::env::temp_dir().join(format!("numcheck-extract-walk-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).expect("a temporary folder");
    std::fs::write(dir.join("sub/a.md"), "It cost $5.").expect("a draft");
    std::fs::write(dir.join("notes.bin"), "It cost $6.").expect("a non-draft");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(["extract", "--format", "jsonl", "--stdin-filename", "in.md"])
        .arg(&dir)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(b"About 40 troops.")
        .expect("written");
    let out = child.wait_with_output().expect("the binary ends");
    assert_eq!(out.status.code(), Some(0));
    let files: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].to_string())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("a.md\""), "{files:?}");
    assert_eq!(files[1], "\"in.md\"");
}

#[test]
fn capitalised_words_before_a_plural_noun_are_counted_not_a_street() {
    assert_eq!(
        key(&fig("The 10 Supreme Court justices met.")),
        Some("supreme court justice")
    );
    assert_eq!(
        fig_at("She lives at 10 Downing Street.", "10 Downing Street").kind,
        FigureKind::Identifier
    );
}

#[test]
fn a_singular_time_unit_after_a_larger_number_describes_the_next_noun() {
    let f = fig("Fans bought 62,850 season tickets.");
    assert_eq!(
        (f.kind, key(&f)),
        (FigureKind::Count, Some("season ticket"))
    );
    assert_eq!(
        fig("They won it in two seasons.").kind,
        FigureKind::Duration
    );
    assert_eq!(
        fig_at("Output rose in the fourth 1985 quarter.", "1985").kind,
        FigureKind::Year
    );
}

#[test]
fn a_plural_noun_before_another_is_a_modifier_and_the_last_is_the_head() {
    assert_eq!(
        key(&fig("There were 1,603 measles cases.")),
        Some("measles case")
    );
    assert_eq!(
        key(&fig("There were 40 confirmed measles cases.")),
        Some("confirmed measles case")
    );
    assert_eq!(
        key(&fig("The firm has 300 sales staff.")),
        Some("sales staff")
    );
    assert_eq!(key(&fig("About 40 troops were sent.")), Some("troop"));
}

#[test]
fn a_conjunction_or_verb_after_the_figure_starts_no_subject() {
    assert_eq!(
        key(&fig("He received $1,215,000 once fees were deducted.")),
        None
    );
    assert_eq!(
        key(&fig(
            "Net income of $5 million includes extraordinary gain."
        )),
        Some("net income")
    );
}

#[test]
fn money_and_measures_of_a_thing_take_the_thing() {
    assert_eq!(key(&fig("Insurers face £150m of claims.")), Some("claim"));
    assert_eq!(
        key(&fig("They shipped 60,000 tonnes of grain.")),
        Some("grain")
    );
    assert_eq!(key(&fig("The county has 5,300 miles of road.")), None);
    assert_eq!(
        key(&fig("Congress approved $61.4 billion for Ukraine.")),
        None
    );
}

#[test]
fn the_object_of_a_verb_in_ing_is_the_subject_of_its_figure() {
    assert_eq!(
        key(&fig("By holding rates at 5.5 per cent, the bank paused.")),
        Some("rate")
    );
    assert_eq!(
        key(&fig("Toyota expects operating profit of 4.3 trillion yen.")),
        Some("operating profit")
    );
}

#[test]
fn a_capitalised_word_after_at_or_in_is_a_place_unless_it_is_a_title() {
    let f = fig("Flights at Heathrow fell 20 percent.");
    assert_eq!(f.placement.place.as_deref(), Some("Heathrow"));
    let f = fig("Sales at Mr Smith's shop fell 20 percent.");
    assert_eq!(f.placement.place, None);
}

#[test]
fn wire_fractions_after_a_whole_number_are_part_of_it() {
    let f = fig("The prime rate was 6-3/4 pct.");
    assert_eq!((f.kind, value(&f)), (FigureKind::Percent, 6.75));
    let qs: Vec<f64> = figures("The stock rose 4-1/4 to 74-7/8.")
        .iter()
        .filter(|f| f.is_quantity())
        .map(value)
        .collect();
    assert_eq!(qs, [4.25, 74.875]);
    assert!(close(value(&fig("It measured 5 1/2 inches.")), 5.5));
    assert!(quantities("It was filed on 7/8/87.").is_empty());
}

#[test]
fn numbered_parts_are_identifiers_with_both_numbers() {
    let f = fig_at(
        "The road is closed between junctions 31 and 33.",
        "junctions 31 and 33",
    );
    assert_eq!(f.kind, FigureKind::Identifier);
    assert_eq!(
        fig_at("Turn to page 4.", "page 4").kind,
        FigureKind::Identifier
    );
    assert_eq!(key(&fig("The book has 40 pages.")), Some("page"));
    assert_eq!(
        fig("The same section 125 pct bid.").kind,
        FigureKind::Percent
    );
}

#[test]
fn an_age_group_is_an_identifier_and_no_subject() {
    let text = "Just 37% of 16- to 24-year-olds read a newspaper.";
    assert_eq!(
        fig_at(text, "16- to 24-year-olds").kind,
        FigureKind::Identifier
    );
    assert_eq!(key(&fig(text)), None);
}

#[test]
fn betting_odds_and_golf_rounds_are_scores() {
    let f = fig_at("Leicester, 5,000-1 outsiders, won the league.", "5,000-1");
    assert_eq!(f.kind, FigureKind::Score);
    assert_eq!(
        fig_at("He won at odds of 7-2.", "7-2").kind,
        FigureKind::Score
    );
    assert_eq!(
        fig_at("He shot a final-round 66 to win.", "66").kind,
        FigureKind::Score
    );
    assert_eq!(fig("It takes 5-10 days.").qualifier, Qualifier::Range);
}

#[test]
fn and_a_half_in_a_hyphen_compound_is_part_of_the_number() {
    let f = fig("He signed a three-and-a-half-year deal.");
    assert_eq!((f.kind, value(&f)), (FigureKind::Duration, 3.5));
}

#[test]
fn between_two_fractions_in_words_is_one_range() {
    let f = fig("Emissions could be cut by between a quarter and a half by 2050.");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Ratio, Value::Range(0.25, 0.5))
    );
    assert_eq!(f.qualifier, Qualifier::Range);
}

#[test]
fn a_bare_hour_after_after_is_a_time_once_the_sentence_has_told_the_time() {
    let text = "Polls close at 8 p.m. Eastern, and the first results are expected after 11.";
    assert_eq!(fig_at(text, "11").kind, FigureKind::Time);
    assert_eq!(
        fig_at("The vote came after 11 rounds.", "11").kind,
        FigureKind::Count
    );
    assert_eq!(
        fig_at("It opened at 9am and sales rose after 3 weeks.", "3 weeks").kind,
        FigureKind::Duration
    );
}

#[test]
fn a_period_tag_after_a_percentage_is_not_its_subject() {
    assert_eq!(
        key(&fig("UK inflation fell to 3.2% y/y in March.")),
        Some("uk inflation")
    );
    assert_eq!(key(&fig("Growth was 0.4% q/q.")), Some("growth"));
}

#[test]
fn raise_and_lower_state_a_direction_only_with_by() {
    let up = fig("The council will raise council tax by 4.99%.");
    assert_eq!(up.placement.direction, Some(Direction::Increase));
    let down = fig("The Fed may lower its benchmark rate by 0.25 percentage points.");
    assert_eq!(down.placement.direction, Some(Direction::Decrease));
    assert_eq!(fig("The charity raised £40m.").placement.direction, None);
}

#[test]
fn a_change_verb_before_its_object_is_not_part_of_the_subject() {
    assert_eq!(
        key(&fig("The new limit had cut average speeds by 3mph.")),
        Some("average speed")
    );
    assert_eq!(
        key(&fig("They agreed to cut dairy output by 9.5 pct.")),
        Some("dairy output")
    );
}

#[test]
fn falling_pairs_and_tallies_in_votes_are_scores() {
    assert_eq!(
        fig_at("They were outscored 112-45.", "112-45").kind,
        FigureKind::Score
    );
    assert_eq!(
        fig_at("It passed by 330 votes to 275.", "330 votes to 275").kind,
        FigureKind::Score
    );
    assert_ne!(
        fig_at("It bought two 747-400 aircraft.", "747-400").kind,
        FigureKind::Score
    );
    assert_eq!(fig("It takes 10-20 days.").qualifier, Qualifier::Range);
}

#[test]
fn two_shares_that_fall_are_two_figures_but_a_bare_first_end_keeps_the_range() {
    assert_eq!(quantities("Labour leads by 29% to 21%."), ["29%", "21%"]);
    assert_eq!(
        quantities("Wheat closed 0.50 to 0.20 stg higher."),
        ["0.50 to 0.20 stg"]
    );
    assert_eq!(quantities("It fell from 29% to 21%."), ["29%", "21%"]);
}

#[test]
fn a_weight_in_stone_is_no_ordinal() {
    let f = fig("He weighs 15st.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("stone"))
    );
    assert_eq!(
        fig_at("It was her 21st title.", "21st").kind,
        FigureKind::Ordinal
    );
}

#[test]
fn feet_and_inches_are_one_height_in_feet() {
    let f = fig("The suspect is 5ft 10in tall.");
    assert_eq!(f.text, "5ft 10in");
    assert!(close(value(&f), 5.0 + 10.0 / 12.0));
}

#[test]
fn data_rates_clock_speeds_and_chip_processes_are_measures() {
    assert_eq!(fig("Speeds averaged 69.4Mbps.").kind, FigureKind::Measure);
    assert_eq!(fig("It runs at 3.5GHz.").kind, FigureKind::Measure);
    assert_eq!(
        fig("It is built on a 4nm process.").kind,
        FigureKind::Measure
    );
}

#[test]
fn quarters_and_halves_of_a_year_are_dates() {
    assert_eq!(fig_at("Revenue rose in Q3.", "Q3").kind, FigureKind::Date);
    assert_eq!(fig_at("Sales fell in H1.", "H1").kind, FigureKind::Date);
    assert_eq!(
        fig_at("The MH370 search.", "MH370").kind,
        FigureKind::Identifier
    );
}

#[test]
fn emergency_and_advice_numbers_are_identifiers() {
    assert_eq!(
        fig_at("He dialled 999 at once.", "999").kind,
        FigureKind::Identifier
    );
    assert_eq!(
        fig_at("Call NHS 111 for advice.", "NHS 111").kind,
        FigureKind::Identifier
    );
}

#[test]
fn sprint_and_swim_distances_are_metres_not_millions() {
    assert_eq!(fig("She won the 100m final.").kind, FigureKind::Measure);
    assert_eq!(
        fig_at("He ran 200m in 19.8 seconds.", "200m").kind,
        FigureKind::Measure
    );
    assert_eq!(
        fig("The club raised 100m in bonds.").kind,
        FigureKind::Count
    );
}

#[test]
fn a_rate_compound_after_money_is_part_of_it_and_names_its_noun() {
    let f = fig("The chancellor's £2bn-a-year package was criticised.");
    assert_eq!((f.text.as_str(), key(&f)), ("£2bn-a-year", Some("package")));
    assert_eq!(fig("He earns £9-an-hour.").text, "£9-an-hour");
}

#[test]
fn a_handful_is_a_vague_count() {
    let f = fig("Only a handful of rural areas have full coverage.");
    assert_eq!(
        (f.text.as_str(), key(&f)),
        ("a handful", Some("rural area"))
    );
    assert_eq!(f.qualifier, Qualifier::Vague);
}

#[test]
fn half_an_hour_and_an_hour_and_a_half_are_durations() {
    let f = fig("The meeting lasted half an hour.");
    assert_eq!((f.kind, value(&f)), (FigureKind::Duration, 0.5));
    let f = fig("He waited an hour and a half.");
    assert_eq!((f.kind, value(&f)), (FigureKind::Duration, 1.5));
    assert_eq!(fig("Half of the staff left.").kind, FigureKind::Ratio);
}

#[test]
fn the_first_half_of_a_year_and_a_half_marathon_are_no_shares() {
    assert!(quantities("Sales rose in the first half of the year.").is_empty());
    assert!(quantities("Brook scored in the second half.").is_empty());
    assert!(quantities("She ran a half-marathon in Berlin.").is_empty());
    assert_eq!(
        fig("Sales rose in half of the stores.").kind,
        FigureKind::Ratio
    );
    assert_eq!(fig("Sales rose by a half.").kind, FigureKind::Ratio);
}

#[test]
fn a_bare_old_level_after_the_new_one_takes_its_unit_and_scale() {
    let text = "The average delay fell to 14 minutes from 19.";
    let f = fig_at(text, "19");
    assert_eq!(
        (f.kind, f.unit.as_deref(), value(&f)),
        (FigureKind::Duration, Some("minute"), 19.0)
    );
    let f = fig_at("Unemployment rose to 5.2% from 4.9 in May.", "4.9");
    assert_eq!((f.kind, value(&f)), (FigureKind::Percent, 4.9));
    let f = fig_at("The deficit rose to $4.2bn from 3.9.", "3.9");
    assert_eq!((f.kind, value(&f)), (FigureKind::Money, 3.9e9));
    let f = fig_at("Sales fell to 3.2 million from 3.5.", "3.5");
    assert_eq!((f.kind, value(&f)), (FigureKind::Count, 3.5e6));
    let f = fig_at("Output fell to 3.2 million barrels a day from 3.5.", "3.5");
    assert_eq!((f.kind, value(&f)), (FigureKind::Measure, 3.5e6));
    let f = fig_at("The journey now takes 45 minutes, down from 70.", "70");
    assert_eq!(f.kind, FigureKind::Duration);
    // Full digits need no scale; a count after "from" that names its own noun keeps it.
    let f = fig_at("Sales rose to 1.2 million from 950,000.", "950,000");
    assert_eq!((f.kind, value(&f)), (FigureKind::Count, 950_000.0));
    let f = fig_at("Staff rose to 45 minutes from 70 schools away.", "70");
    assert_eq!(f.kind, FigureKind::Count);
    // A number thousands of times the level is the old level of something else.
    let f = fig_at(
        "Some 41,000 people had waited less than six weeks, up from 38,500 in August.",
        "38,500",
    );
    assert_eq!((f.kind, f.unit.as_deref()), (FigureKind::Count, None));
}

#[test]
fn a_bare_old_level_past_the_change_stated_before_from_takes_the_level_s_unit() {
    let f = fig_at(
        "Operators ran 98.1 million miles of service, down 2.4% from 99.5 million.",
        "99.5 million",
    );
    assert_eq!(
        (f.kind, f.unit.as_deref(), value(&f)),
        (FigureKind::Measure, Some("mile"), 99.5e6)
    );
    let f = fig_at("Sales were $5.1m, up 21% from 4.2m.", "4.2m");
    assert_eq!((f.kind, value(&f)), (FigureKind::Money, 4.2e6));
    let f = fig_at("Rainfall was 120 mm, up by 20% from 80.", "80");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("mm"))
    );
    // A share that is a level, not a change, passes nothing on.
    let f = fig_at("Profit was $5m, a margin of 5%, from 6 staff.", "6");
    assert_eq!(f.kind, FigureKind::Count);
}

#[test]
fn over_after_for_or_to_is_a_bound_on_a_stretch_of_time() {
    assert_eq!(
        fig("He was jailed for over 10 years.").qualifier,
        Qualifier::LowerBound
    );
    assert_eq!(
        fig("He was sentenced to over 10 years.").qualifier,
        Qualifier::LowerBound
    );
    assert_eq!(
        fig_at("Sales rose 5% over three years.", "three years").qualifier,
        Qualifier::Exact
    );
}

#[test]
fn a_seat_tally_after_a_party_with_the_is_a_count() {
    let text =
        "Labour won 31 seats, the Conservatives 18, the Liberal Democrats 8 and independents 3.";
    assert_eq!(fig_at(text, "18").kind, FigureKind::Count);
    assert_eq!(fig_at(text, "8").kind, FigureKind::Count);
    assert_eq!(
        fig_at("Install Windows 11 on the laptops.", "Windows 11").kind,
        FigureKind::Identifier
    );
}

#[test]
fn one_in_a_housing_compound_is_a_count() {
    let f = fig("They rent a one-bedroom flat.");
    assert_eq!((f.kind, key(&f)), (FigureKind::Count, Some("flat")));
    assert!(quantities("It was a one-off payment.").is_empty());
}

#[test]
fn a_golf_score_against_par_and_the_round_after_it_are_scores() {
    let text = "McIlroy carded a 7-under-par 65 to lead.";
    assert_eq!(fig_at(text, "7-under-par").kind, FigureKind::Score);
    assert_eq!(fig_at(text, "65").kind, FigureKind::Score);
}

#[test]
fn stock_indices_and_company_rankings_are_names() {
    assert_eq!(
        fig_at("Fortune 500 firms lost $5.4bn.", "Fortune 500").kind,
        FigureKind::Identifier
    );
    assert_eq!(
        fig_at("The Nikkei 225 fell 2%.", "Nikkei 225").kind,
        FigureKind::Identifier
    );
}

#[test]
fn a_noun_in_s_before_a_plural_noun_describes_the_head_before_a_verb() {
    assert_eq!(
        key(&fig("Measles cases have reached 2,911 this year.")),
        Some("measles case")
    );
}

#[test]
fn a_noun_in_ing_before_of_is_not_a_verb() {
    assert_eq!(
        key(&fig("The financial year saw borrowing of £313bn.")),
        Some("borrowing")
    );
}

#[test]
fn money_paid_in_a_thing_names_the_thing() {
    assert_eq!(
        key(&fig("The field will share £250,000 in prize money.")),
        Some("prize money")
    );
    assert_eq!(
        key(&fig("The start-up raised $40m in a funding round.")),
        None
    );
    assert_eq!(
        key(&fig("The carmaker will invest €7.5bn in electric models.")),
        None
    );
}

#[test]
fn irregular_past_verbs_and_clause_participles_end_a_subject() {
    assert_eq!(
        key(&fig("Storm Darragh brought gusts of nearly 100mph.")),
        Some("gust")
    );
    assert_eq!(
        key(&fig("It is a £95m scheme running until the summer.")),
        Some("scheme")
    );
    assert_eq!(
        key(&fig("OPEC agreed to lower its output ceiling by 7.25 pct.")),
        Some("output ceiling")
    );
}

#[test]
fn a_restatement_after_or_takes_the_direction_of_what_it_restates() {
    let text = "Brent crude fell $2.10, or 2.7%, to $75.30 a barrel.";
    assert_eq!(
        fig_at(text, "2.7%").placement.direction,
        Some(Direction::Decrease)
    );
    let text = "Spending was 376.9 billion dlrs, or six pct more than the year before.";
    assert_eq!(
        fig_at(text, "six pct").placement.direction,
        Some(Direction::Increase)
    );
}

#[test]
fn by_an_average_of_still_states_the_size_of_a_change_but_by_the_names_an_agent() {
    assert_eq!(
        fig_at(
            "The drug reduced weight by an average of 15% over 72 weeks.",
            "15%"
        )
        .placement
        .direction,
        Some(Direction::Decrease)
    );
    assert_eq!(
        fig("Issues raised by the two sides were discussed.")
            .placement
            .direction,
        None
    );
    assert_eq!(
        fig_at(
            "OPEC cut its ceiling by 7.25 pct to 15.8 mln bpd.",
            "15.8 mln bpd"
        )
        .placement
        .direction,
        None
    );
}

#[test]
fn inches_glued_to_a_number_are_a_measure() {
    let f = fig("The phone has a 6.1in screen.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("inch"))
    );
}

#[test]
fn a_bare_hour_after_at_is_a_time_once_the_sentence_has_told_the_time() {
    let text = "He arrived at 9.15am and chaired a meeting at 11.";
    assert_eq!(fig_at(text, "11").kind, FigureKind::Time);
    // Not a time: an age.
    assert_eq!(
        fig_at("She left school at 16.", "16").kind,
        FigureKind::Duration
    );
}

#[test]
fn an_ordinal_opening_a_compound_belongs_to_the_counted_noun() {
    assert_eq!(
        key(&fig_at("It will help 6,000 first-time buyers.", "6,000")),
        Some("first-time buyer")
    );
}

#[test]
fn comparisons_and_yardsticks_are_not_subjects() {
    assert_eq!(
        key(&fig("Profits would be £80m lower than expected.")),
        Some("profit")
    );
    assert_eq!(
        key(&fig_at(
            "The airline is taking capacity to 95% of 2019 levels.",
            "95%"
        )),
        Some("capacity")
    );
    assert_eq!(
        key(&fig("It brought a storm surge of up to 15ft.")),
        Some("storm surge")
    );
}

#[test]
fn fractions_of_a_point_are_percentage_points() {
    let f = fig("The Fed made a quarter-point cut.");
    assert_eq!((f.kind, value(&f)), (FigureKind::PercentagePoints, 0.25));
    let f = fig("Banks will raise prime rates by half a percentage point.");
    assert_eq!((f.kind, value(&f)), (FigureKind::PercentagePoints, 0.5));
    assert_eq!(f.placement.direction, Some(Direction::Increase));
    let f = fig("It cut rates by three-quarters of a point.");
    assert_eq!((f.kind, value(&f)), (FigureKind::PercentagePoints, 0.75));
    assert_eq!(fig("A quarter of the staff left.").kind, FigureKind::Ratio);
}

#[test]
fn knots_are_a_speed() {
    let f = fig("Winds reached 40 knots.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("knot"))
    );
}

#[test]
fn zero_in_a_name_is_no_amount() {
    assert!(quantities("The firm aims for net zero emissions.").is_empty());
    assert!(quantities("It has a zero tolerance policy.").is_empty());
    assert!(quantities("Staff on zero-hours contracts protested.").is_empty());
    assert!(quantities("It must meet the zero emission vehicle mandate.").is_empty());
    assert!(quantities("It sold a zero coupon bond.").is_empty());
    assert_eq!(quantities("Zero people died."), ["Zero"]);
    assert_eq!(
        quantities("The station logged zero hours of sun."),
        ["zero hours"]
    );
    assert_eq!(
        fig("Inflation fell to zero in March.").kind,
        FigureKind::Count
    );
}

#[test]
fn one_in_every_five_and_a_one_in_a_hundred_year_flood_are_ratios() {
    let f = fig("One in every five deaths was in the US.");
    assert_eq!((f.kind, value(&f)), (FigureKind::Ratio, 0.2));
    let f = fig("It was a 1-in-100-year flood.");
    assert_eq!(
        (f.text.as_str(), f.kind, value(&f)),
        ("1-in-100-year", FigureKind::Ratio, 0.01)
    );
}

#[test]
fn a_preposition_ends_the_counted_noun() {
    assert_eq!(
        key(&fig("They rent a one-bedroom flat outside the capital.")),
        Some("flat")
    );
    assert_eq!(
        key(&fig_at("Support is 3pp below its peak.", "3pp")),
        Some("support")
    );
}

#[test]
fn money_named_as_the_subject_of_its_clause_takes_the_thing_after_in() {
    assert_eq!(
        key(&fig(
            "Analysts said the $3.7bn in revenue was driven by demand."
        )),
        Some("revenue")
    );
    assert_eq!(key(&fig("The firm paid $3m in funding.")), Some("funding"));
    assert_eq!(
        key(&fig(
            "Sales were off from the 202.7 mln dlrs in orders in February."
        )),
        None
    );
}

#[test]
fn the_object_of_see_or_expect_is_what_changes() {
    assert_eq!(
        key(&fig(
            "Households will see their council tax go up by 3.99% from April."
        )),
        Some("council tax")
    );
    assert_eq!(
        key(&fig("Economists expect prices to rise 5% this year.")),
        Some("price")
    );
    assert_ne!(
        key(&fig(
            "The sector saw the sharpest rise in income, to $454m."
        )),
        Some("sharpest")
    );
}

#[test]
fn us_market_and_finance_names_are_identifiers() {
    assert_eq!(
        fig_at("The S&P 500 added 1.1%.", "S&P 500").kind,
        FigureKind::Identifier
    );
    assert_eq!(
        fig_at("Of 401(k) savers, 1 in 5 have withdrawn cash.", "401(k)").kind,
        FigureKind::Identifier
    );
    assert_eq!(
        fig_at("Curry hit eight 3-pointers.", "3-pointers").kind,
        FigureKind::Identifier
    );
}

#[test]
fn an_abbreviated_month_with_its_full_stop_opens_a_date() {
    assert_eq!(
        fig_at("The phone ships Sept. 20.", "Sept. 20").kind,
        FigureKind::Date
    );
    assert_eq!(
        fig_at(
            "It happened on Jan. 6, 2021, in Washington.",
            "Jan. 6, 2021"
        )
        .kind,
        FigureKind::Date
    );
}

#[test]
fn hyphenated_ratios_and_ages_and_older_are_read() {
    let f = fig("One-in-four adults have put off care.");
    assert_eq!((f.kind, value(&f)), (FigureKind::Ratio, 0.25));
    let f = fig("It is offered to adults 65 and older.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("65 and older", Qualifier::LowerBound)
    );
}

#[test]
fn an_index_name_runs_on_in_capitals_and_a_compound_figure_stays_in_the_noun() {
    assert_eq!(
        key(&fig("The Dow Jones Industrial Average rose 300 points.")),
        Some("dow jones industrial average")
    );
    assert_eq!(
        key(&fig_at("The average two-year fixed rate was 5.4%.", "5.4%")),
        Some("average two-year fixed rate")
    );
}

#[test]
fn a_confidence_interval_is_a_range_not_a_name() {
    let f = fig_at("The risk fell by 27% (95% CI 12-39).", "12-39");
    assert_eq!(f.qualifier, Qualifier::Range);
}

#[test]
fn a_leading_zero_before_a_unit_is_still_a_duration() {
    let f = fig_at("He finished in 2hr 04min 12sec.", "2hr 04min 12sec");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Duration, Value::Number(7452.0))
    );
}

#[test]
fn a_number_word_inside_a_capitalised_name_is_no_count() {
    assert!(quantities("Ireland won the Six Nations in March.").is_empty());
    assert!(quantities("It was the largest of the Big Four houses.").is_empty());
    assert_eq!(fig("The Three were arrested.").kind, FigureKind::Count);
}

#[test]
fn closing_a_number_of_sites_is_a_decrease_but_closing_at_a_level_is_not() {
    assert_eq!(
        fig("The bank will close 103 branches.").placement.direction,
        Some(Direction::Decrease)
    );
    // Index points moved, with the direction of the comparative, as "closed 0.8%
    // higher": never the cut that closing branches is.
    assert_eq!(
        fig("The index closed 50 points higher.")
            .placement
            .direction,
        Some(Direction::Increase)
    );
}

#[test]
fn an_ordinal_day_with_its_month_is_a_date() {
    assert_eq!(
        fig_at("The hearing is on March 3rd.", "March 3rd").kind,
        FigureKind::Date
    );
    assert_eq!(
        fig_at("The appeal is on the 3rd of April.", "3rd of April").kind,
        FigureKind::Date
    );
    assert_eq!(
        fig_at("It was her 3rd title.", "3rd").kind,
        FigureKind::Ordinal
    );
}

#[test]
fn a_peak_is_said_of_what_peaked() {
    assert_eq!(
        key(&fig("Unemployment is forecast to peak at 4.5%.")),
        Some("unemployment")
    );
}

#[test]
fn the_degree_sign_makes_a_temperature_or_an_angle() {
    let f = fig("A 2°C rise would be dangerous.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("celsius"))
    );
    assert_eq!(
        fig("Water boils at 212°F.").unit.as_deref(),
        Some("fahrenheit")
    );
    assert_eq!(
        fig("It leans at a 45° angle.").unit.as_deref(),
        Some("degree")
    );
}

#[test]
fn a_quarter_after_another_share_is_a_fraction_not_three_months() {
    let text = "Half of adults use it, up from a quarter a year ago.";
    assert_eq!(fig_at(text, "a quarter").kind, FigureKind::Ratio);
    assert_eq!(
        fig_at("Profits rose 5% to a third quarter record.", "third").kind,
        FigureKind::Ordinal
    );
}

#[test]
fn laying_off_staff_is_a_decrease_and_means_is_a_verb() {
    let text = "A 20% cut in the grant means the charity will lay off 35 staff.";
    assert_eq!(
        fig_at(text, "35").placement.direction,
        Some(Direction::Decrease)
    );
    assert_eq!(key(&fig_at(text, "20%")), Some("grant"));
}

#[test]
fn a_nil_result_and_a_rout_are_scores() {
    no_quantity("He scored in the 5-0 rout of Luton.");
    no_quantity("The case was decided 9-0 on March 4.");
    assert_eq!(fig("It takes 0-4 days.").qualifier, Qualifier::Range);
}

#[test]
fn a_chamber_passing_a_bill_by_a_falling_pair_is_a_tally() {
    no_quantity("The House passed the bill 218 to 214.");
    assert_eq!(
        fig("The council passed 10 to 20 motions.").qualifier,
        Qualifier::Range
    );
}

#[test]
fn an_aircraft_variant_is_an_identifier_not_a_range() {
    no_quantity("The airline retired its 747-400 fleet.");
}

#[test]
fn ballot_issues_house_bills_and_school_grades_are_identifiers() {
    no_quantity("Voters approved Issue 1 by a wide margin.");
    no_quantity("The bill, H.R. 1, was long.");
    no_quantity("She achieved a grade 9 in maths.");
}

#[test]
fn a_share_that_opens_a_clause_before_its_verb_is_a_ratio() {
    assert_eq!(
        fig_at("Of 2,500 pupils, a fifth achieved a grade 9.", "a fifth").kind,
        FigureKind::Ratio
    );
    assert_eq!(
        fig_at(
            "It enrolled 3,512 adults, and half received a placebo.",
            "half"
        )
        .kind,
        FigureKind::Ratio
    );
    assert_eq!(
        fig_at("It was a third armed robbery.", "third").kind,
        FigureKind::Ordinal
    );
    no_quantity("A fifth seeded player lost.");
    no_quantity("The bridge is half finished.");
}

#[test]
fn times_those_of_a_group_is_a_multiplier() {
    assert_eq!(
        fig("Rates are three times those of women.").kind,
        FigureKind::Multiplier
    );
    assert_eq!(fig("They meet three times a week.").kind, FigureKind::Count);
}

#[test]
fn grams_in_lower_case_and_megabits_per_second_are_measures() {
    let f = fig("Each extra 10g of processed meat a day.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Measure, Some("gram"))
    );
    assert_eq!(fig("It rose to 69.4Mbit/s.").text, "69.4Mbit/s");
    no_quantity("The 5G rollout.");
}

#[test]
fn the_first_half_of_a_fiscal_year_is_no_share() {
    assert_eq!(
        quantities("Sales in the 1986/87 first half fell to 3,267 from 5,387."),
        ["3,267", "5,387"]
    );
}

#[test]
fn an_age_in_commas_after_a_full_name_or_a_person_is_a_duration() {
    let f = fig_at("Daniel Hart, 34, of Leeds was charged.", "34");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Duration, Some("year"))
    );
    assert_eq!(
        fig_at("The defender, 29, has signed.", "29").kind,
        FigureKind::Duration
    );
    assert_eq!(
        fig_at("Cases were highest in Ohio, 34, and Texas, 29.", "34").kind,
        FigureKind::Count
    );
}

#[test]
fn a_restatement_after_a_period_takes_the_direction_of_the_change() {
    let f = fig_at("Bills will fall by £129 a year, or about 7%.", "about 7%");
    assert_eq!(f.placement.direction, Some(Direction::Decrease));
    let f = fig_at(
        "Bills will rise by £123 next year, or 21 per cent.",
        "21 per cent",
    );
    assert_eq!(f.placement.direction, Some(Direction::Increase));
}

#[test]
fn a_change_noun_after_a_period_word_gives_direction_and_subject() {
    let f = fig("The report shows a 3.4% annual decline in funding.");
    assert_eq!(f.placement.direction, Some(Direction::Decrease));
    assert_eq!(key(&f), Some("funding"));
}

#[test]
fn the_object_between_a_change_verb_and_by_is_the_subject_even_past_a_year() {
    let f = fig("The IMF cut its growth forecast for 2025 by 0.5 percentage points.");
    assert_eq!(key(&f), Some("growth forecast"));
    assert_eq!(f.placement.direction, Some(Direction::Decrease));
    assert_eq!(key(&fig("Pfizer will cut costs by $3.5bn.")), Some("cost"));
    assert_eq!(
        key(&fig("Revenue fell short of forecasts by £1.1bn.")),
        None
    );
}

#[test]
fn a_share_before_its_verb_has_no_subject_and_half_the_takes_the_of_phrase() {
    assert_eq!(key(&fig("But less than half receive treatment.")), None);
    assert_eq!(
        key(&fig("Half the world's population lives in cities.")),
        Some("population")
    );
}

#[test]
fn a_possessive_before_total_makes_it_a_noun_not_a_verb() {
    assert_eq!(
        key(&fig("Netflix grew, taking its total above 300 million.")),
        None
    );
}

#[test]
fn after_a_modal_the_verb_is_no_part_of_the_subject() {
    assert_eq!(
        key(&fig("The council must find savings of £2.3m.")),
        Some("saving")
    );
}

#[test]
fn energy_and_area_measures_take_what_they_measure() {
    assert_eq!(
        key(&fig("China added 277 gigawatts of solar capacity.")),
        Some("solar capacity")
    );
}

#[test]
fn a_share_cut_from_a_whole_is_said_of_the_whole_not_the_one_cutting() {
    assert_eq!(
        key(&fig("The airline will cut 5 per cent of flights.")),
        Some("flight")
    );
    assert_eq!(key(&fig("The firm cut 10% of its staff.")), Some("staff"));
    assert_eq!(
        key(&fig("Spending will rise to 2.5% of GDP.")),
        Some("spending")
    );
}

#[test]
fn topping_and_surpassing_are_lower_bounds_and_not_exceeding_an_upper_one() {
    assert_eq!(
        fig("Losses topping $12.5 billion were reported.").qualifier,
        Qualifier::LowerBound
    );
    assert_eq!(
        fig("A fine not exceeding £5,000 is due.").qualifier,
        Qualifier::UpperBound
    );
}

#[test]
fn an_average_or_total_before_of_is_said_of_what_changed() {
    assert_eq!(
        key(&fig("Blood pressure fell by an average of 8mmHg.")),
        Some("blood pressure")
    );
    assert_eq!(
        key(&fig("Rents rose to an average of £1,200.")),
        Some("rent")
    );
}

#[test]
fn a_measure_before_a_plural_noun_sizes_it() {
    assert_eq!(key(&fig("Nurses gave 0.5ml doses.")), Some("dose"));
    assert_eq!(
        key(&fig("Inventories fell 4.2 million barrels.")),
        Some("inventory")
    );
}

#[test]
fn a_plural_noun_running_on_to_the_verb_describes_the_head() {
    assert_eq!(
        key(&fig("Services revenue rose 13% last year.")),
        Some("services revenue")
    );
    assert_eq!(
        key(&fig("Shares in the retailer fell 12.5%.")),
        Some("share")
    );
}

#[test]
fn speed_is_a_noun_though_it_ends_in_ed() {
    assert_eq!(
        key(&fig("The download speed rose to 69.4Mbit/s.")),
        Some("download speed")
    );
}

#[test]
fn an_age_group_in_digits_is_an_identifier() {
    no_quantity("Turnout was lowest among 18-24s.");
    assert_eq!(fig("Growth was 10-20%.").qualifier, Qualifier::Range);
}

#[test]
fn a_split_past_24_is_no_time() {
    assert_eq!(
        fig_at("Voters split 50:50 on it.", "50:50").kind,
        FigureKind::Score
    );
    assert_eq!(
        fig_at("The meeting starts at 10:30.", "10:30").kind,
        FigureKind::Time
    );
}

#[test]
fn a_noun_before_a_change_noun_keeps_the_direction() {
    let f = fig("Teachers were offered a 5.5% pay rise.");
    assert_eq!(f.placement.direction, Some(Direction::Increase));
    let f = fig("The firm announced 3,000 job cuts.");
    assert_eq!(f.placement.direction, Some(Direction::Decrease));
    assert_eq!(fig("He offered a 5% discount.").placement.direction, None);
}

#[test]
fn a_measure_before_a_change_in_something_is_said_of_that_thing() {
    assert_eq!(
        key(&fig(
            "They recorded a 0.6C rise in sea surface temperatures."
        )),
        Some("sea surface temperature")
    );
}

#[test]
fn a_chamber_before_a_falling_pair_gives_a_tally_not_a_name() {
    assert_eq!(
        kinds("It passed the Senate 68-32."),
        [("68-32".to_owned(), FigureKind::Score)]
    );
    no_quantity("The Boeing 757-200 flew.");
}

#[test]
fn a_dozen_after_a_price_is_per_dozen() {
    assert_eq!(quantities("Eggs cost $4.95 a dozen."), ["$4.95"]);
    assert_eq!(
        quantities("He bought a dozen eggs for $4."),
        ["a dozen", "$4"]
    );
}

#[test]
fn a_raise_is_an_increase() {
    let f = fig("The budget includes a 3% raise for teachers.");
    assert_eq!(f.placement.direction, Some(Direction::Increase));
}

#[test]
fn a_quarter_point_without_a_hyphen_is_percentage_points() {
    let f = fig("The ECB cut its deposit rate by a quarter point.");
    assert_eq!(f.kind, FigureKind::PercentagePoints);
    assert!(close(value(&f), 0.25));
    no_quantity("It was at the quarter point of the race.");
}

#[test]
fn n_year_olds_name_an_age_group() {
    no_quantity("The wage for 21-year-olds rises.");
    assert_eq!(fig("A 25-year-old woman died.").kind, FigureKind::Duration);
}

#[test]
fn a_figure_compound_before_the_noun_is_no_part_of_the_key() {
    assert_eq!(
        key(&fig_at(
            "The new 52,888-seat stadium cost about £800m.",
            "about £800m"
        )),
        Some("stadium")
    );
}

#[test]
fn an_adjective_before_a_plural_noun_belongs_to_the_subject() {
    assert_eq!(
        key(&fig("Copilot now has 100 million monthly active users.")),
        Some("monthly active user")
    );
    assert_eq!(
        key(&fig("The flood left 20,000 people homeless.")),
        Some("people")
    );
}

#[test]
fn digits_glued_to_a_word_stay_in_the_clause_head() {
    assert_eq!(
        key(&fig("Global CO2 emissions reached 37.4 billion tonnes.")),
        Some("global co2 emission")
    );
}

#[test]
fn a_plural_compound_runs_on_to_a_noun_in_ing_before_the_verb() {
    assert_eq!(
        key(&fig("Real-terms spending fell 2%.")),
        Some("real-terms spending")
    );
}

#[test]
fn a_product_name_and_the_words_after_it_head_the_clause() {
    assert_eq!(
        key(&fig("The iPhone 16 Pro Max costs £1,199.")),
        Some("iphone 16 pro max")
    );
}

#[test]
fn the_end_of_a_change_takes_the_unit_of_its_start() {
    let f = fig_at(
        "The court cut his sentence from 10 years to seven.",
        "seven",
    );
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Duration, Some("year"))
    );
    assert_eq!(
        fig_at("Prices rose from 10 to 20.", "20").kind,
        FigureKind::Count
    );
}

#[test]
fn an_age_in_commas_may_be_followed_by_a_preposition() {
    assert_eq!(
        fig_at("Officers found the victim, 19, with stab wounds.", "19").kind,
        FigureKind::Duration
    );
}

#[test]
fn an_amount_totalled_or_a_price_settled_is_said_of_the_noun_before() {
    assert_eq!(
        key(&fig_at(
            "The man admitted 14 counts of fraud totalling £2.1m.",
            "£2.1m"
        )),
        Some("fraud")
    );
    assert_eq!(
        key(&fig("Prices rose, with Brent crude settling at $86.40.")),
        Some("brent crude")
    );
}

#[test]
fn after_a_form_of_be_a_word_in_ing_is_the_verb() {
    assert_eq!(
        key(&fig("The firm is forecasting growth of 3%.")),
        Some("growth")
    );
}

#[test]
fn a_change_word_right_before_the_verb_is_the_subject_noun() {
    assert_eq!(
        key(&fig("New Dutch advances total £4bn.")),
        Some("dutch advance")
    );
    assert_eq!(key(&fig("Shares advanced 5%.")), Some("share"));
}

#[test]
fn a_figure_topping_a_noun_is_said_of_that_noun() {
    assert_eq!(
        key(&fig("It reported losses topping $12.5 billion.")),
        Some("loss")
    );
}

#[test]
fn an_aircraft_model_and_variant_is_an_identifier() {
    no_quantity("Ryanair's 737 MAX 10 order was delayed.");
    no_quantity("The 737 Max was grounded.");
    assert_eq!(
        quantities("The 100 NHS 111 call handlers and 200 GP practices."),
        ["100", "200"]
    );
}

#[test]
fn a_table_row_of_a_number_a_name_and_a_number_keeps_its_counts() {
    assert_eq!(fig_at("104 NORWAY 14", "104").kind, FigureKind::Count);
}

// ------------------------------------------------------------------------------------
// Wire copy: fractions, clock times, days in words, currencies of the 1980s
// ------------------------------------------------------------------------------------

#[test]
fn a_fraction_alone_before_pct_is_a_percentage() {
    let f = fig("Underwriting fee is 1/8 pct.");
    assert_eq!((f.kind, f.text.as_str()), (FigureKind::Percent, "1/8 pct"));
    assert!(close(value(&f), 0.125));
    assert!(close(value(&fig("The fee is 3/8 per cent.")), 0.375));
    assert_eq!(
        fig_at("Rates were cut by 1/4 point to 7-1/2 pct.", "1/4 point").kind,
        FigureKind::PercentagePoints
    );
    // A date or a round-the-clock service stays what it was.
    assert_eq!(fig_at("On 3/4 the bank met.", "3/4").kind, FigureKind::Date);
    no_quantity("The store is open 24/7.");
}

#[test]
fn a_wire_clock_time_before_a_time_zone_is_a_time() {
    assert_eq!(
        fig_at("By 1228 gmt the shares were quoted at 418p.", "1228 gmt").kind,
        FigureKind::Time
    );
    assert_eq!(
        fig_at("Trading halted at 0915 GMT.", "0915 GMT").kind,
        FigureKind::Time
    );
    // No clock reads 19:87.
    assert_ne!(
        figures("Results for 1987 GMT are due.")
            .first()
            .map(|f| f.kind),
        Some(FigureKind::Time)
    );
}

#[test]
fn a_day_in_words_after_a_month_is_a_date() {
    assert_eq!(
        fig_at("He replied on January eight by letter.", "January eight").kind,
        FigureKind::Date
    );
    assert_eq!(
        fig_at("It may end the deal by April Three.", "April Three").kind,
        FigureKind::Date
    );
    // Without the preposition, or before a plural noun, the words count.
    assert_eq!(quantities("In January eight people died."), ["eight"]);
    assert_eq!(quantities("On May eight people were hurt."), ["eight"]);
}

#[test]
fn a_year_before_a_noun_in_us_is_a_year() {
    assert_eq!(
        fig_at("It showed a 1986 surplus of 7.6 billion crowns.", "1986").kind,
        FigureKind::Year
    );
    assert_eq!(
        fig_at("Its 1987 bonus was 2 mln dlrs.", "1987").kind,
        FigureKind::Year
    );
}

#[test]
fn scaled_values_carry_no_trace_of_binary_arithmetic() {
    assert_eq!(
        fig("Outstandings were 4.1 mln dlrs.").value,
        Value::Number(4_100_000.0)
    );
    assert_eq!(
        fig("The contract rose to 69.90 cents.").value,
        Value::Number(0.699)
    );
    assert_eq!(fig("The fee is 70 cts.").value, Value::Number(0.7));
    assert_eq!(
        fig("Exports were 16.74 billion.").value,
        Value::Number(16_740_000_000.0)
    );
    // A value written with more places than its scale is kept as written.
    assert_eq!(fig("It cost $2.5m.").value, Value::Number(2_500_000.0));
    assert_eq!(fig("The ratio was 3.333.").value, Value::Number(3.333));
}

#[test]
fn the_level_a_price_moved_to_is_in_the_money_of_the_move() {
    let f = fig_at("General Accident fell 21p to 879, a low.", "879");
    assert_eq!(
        (f.kind, f.unit.as_deref(), f.value),
        (FigureKind::Money, Some("GBP"), Value::Number(8.79))
    );
    let f = fig_at("The bearers dropped 30 Swiss francs to 460.", "460");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("CHF"))
    );
    // A move in cents leaves the level unread ("rose 30 cents to 45.20" is in
    // dollars), and so does a move with a scale.
    assert_eq!(
        fig_at("The stock rose 30 cents to 45.20 on Monday.", "45.20").kind,
        FigureKind::Count
    );
    assert_eq!(
        fig_at(
            "Earnings declined 75.4 mln dlrs to 104.0, it said.",
            "104.0"
        )
        .kind,
        FigureKind::Count
    );
    // A percentage move says nothing of the level's unit.
    assert_eq!(
        fig_at("Shares rose 5% to 440 on Monday.", "440").kind,
        FigureKind::Count
    );
}

#[test]
fn a_hedged_or_coming_move_to_a_percentage_is_a_range() {
    for text in [
        "Prices will rise 15 to 20 pct next year.",
        "Prices rose about 15 to 20 percent.",
        "Costs are expected to rise roughly 3 to 4 per cent.",
    ] {
        let f = fig(text);
        assert_eq!(f.kind, FigureKind::Percent, "{text}");
        assert!(matches!(f.value, Value::Range(..)), "{text}");
    }
    // A past move to a level stays a move and its level.
    assert_eq!(
        quantities("Unemployment rose 0.2 to 5.1 pct in May."),
        ["0.2", "5.1 pct"]
    );
    assert_eq!(quantities("Prices rose 15 to 20 pct."), ["15", "20 pct"]);
}

#[test]
fn a_year_naming_a_level_is_a_year_after_a_bound_word() {
    for text in [
        "Emissions must fall 68% below 1990 levels by 2030.",
        "Passenger numbers are back to about 2019 levels.",
        "Output will hold around 1986 levels.",
    ] {
        let years = figures(text)
            .into_iter()
            .filter(|f| f.kind == FigureKind::Year)
            .count();
        assert_eq!(years, usize::from(text.contains("2030")) + 1, "{text}");
    }
    // A count after a bound word stays a count.
    assert_eq!(
        fig_at("The firm employed around 1986 people.", "around 1986").kind,
        FigureKind::Count
    );
    assert_eq!(
        quantities("Emissions must fall 68% below 1990 levels."),
        ["68%"]
    );
}

#[test]
fn crowns_and_marks_with_a_scale_are_money() {
    assert_eq!(
        money("Exports rose to 277.72 billion crowns."),
        ("SEK".into(), 2.7772e11)
    );
    assert_eq!(
        money("Norway spent 4.5 billion Norwegian crowns."),
        ("NOK".into(), 4.5e9)
    );
    assert_eq!(
        money("Denmark had 12 bln Danish crowns."),
        ("DKK".into(), 1.2e10)
    );
    assert_eq!(
        money("Germany would cut taxes by about five billion marks."),
        ("DEM".into(), 5e9)
    );
    assert_eq!(
        money("The dollar was at 1.8250 marks."),
        ("DEM".into(), 1.825)
    );
    assert_eq!(
        money("The Bank sold the dollar when it rose to 1.87 marks."),
        ("DEM".into(), 1.87)
    );
    // Titles and grades are no money.
    assert_eq!(
        fig_at("She scored 8.5 marks out of ten.", "8.5").kind,
        FigureKind::Count
    );
    assert_eq!(
        fig("The team won three crowns in a row.").kind,
        FigureKind::Count
    );
    assert_eq!(
        fig_at("He scored five marks in the test.", "five").kind,
        FigureKind::Count
    );
}

#[test]
fn a_range_in_words_takes_the_currency_and_scale_after_it() {
    assert_eq!(
        fig("The shares will sell at eight to nine dlrs each.").value,
        Value::Range(8.0, 9.0)
    );
    let f = fig("Costs were five or six dlrs a barrel.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("USD"))
    );
    let f = fig("Drawdowns of two to four mln barrels are needed.");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Measure, Value::Range(2e6, 4e6))
    );
    assert_eq!(
        fig("Drawdowns of two to four million barrels are needed.").value,
        Value::Range(2e6, 4e6)
    );
}

#[test]
fn or_between_two_numbers_is_a_range_only_when_it_rises() {
    let f = fig("The yen could go up another 10 or 15 pct.");
    assert_eq!(
        (f.kind, f.value),
        (FigureKind::Percent, Value::Range(10.0, 15.0))
    );
    let f = fig("They pushed it up 20 or 30 basis points.");
    assert_eq!(f.value, Value::Range(0.2, 0.3));
    // The same loss stated per share, and an apposition, are two figures.
    assert_eq!(
        quantities("The net loss was 2,649,000 or 1.10 dlrs a share."),
        ["2,649,000", "1.10 dlrs"]
    );
    assert_eq!(quantities("Sales rose 5, or 3 pct."), ["5", "3 pct"]);
    // Cents apply to both ends, in digits or in words.
    assert_eq!(
        fig("Copper was up from around 63 or 64 cts.").value,
        Value::Range(0.63, 0.64)
    );
    assert_eq!(
        fig("It costs five or six cents.").value,
        Value::Range(0.05, 0.06)
    );
}

#[test]
fn a_bare_old_level_after_tonnes_is_in_tonnes() {
    let f = fig_at(
        "Exports rose to 95,000 tonnes in 1987 from 85,000 in 1986.",
        "85,000",
    );
    assert_eq!(f.unit.as_deref(), Some("tonne"));
    let f = fig("Bank of America has about four billion dlrs of card receivables.");
    assert_eq!(f.kind, FigureKind::Money);
    assert_eq!(
        fig("She bought five pounds of apples.").kind,
        FigureKind::Measure
    );
}

#[test]
fn a_bare_amount_after_cents_is_in_cents() {
    let f = fig_at("Long grain 5.87 cts per lb vs 5.70.", "5.70");
    assert_eq!(f.kind, FigureKind::Money);
    assert!(close(value(&f), 0.057));
}

#[test]
fn markka_are_finnish_money() {
    assert_eq!(
        money("The surplus rose to 5.04 billion markka."),
        ("FIM".into(), 5.04e9)
    );
}

#[test]
fn an_elliptic_old_level_before_previously_takes_the_unit() {
    let f = fig_at(
        "Net income fell to 2.54 billion stg from 3.03 billion previously.",
        "3.03 billion",
    );
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("GBP"))
    );
    no_quantity("Sudan was authorised to buy wheat under Public Law 480.");
}

#[test]
fn a_verb_before_a_noun_phrase_is_no_part_of_the_subject() {
    let f = fig("The company ended up recording special charges of 2.1 billion dlrs.");
    assert_eq!(key(&f), Some("special charge"));
    let f = fig("It faces damages claims totalling about 420,000 dlrs.");
    assert_eq!(key(&f), Some("damages claim"));
    // A noun in -ing or -s that leads the phrase stays.
    let f = fig("Recording studio rents rose to $5m.");
    assert_eq!(key(&f), Some("recording studio rent"));
}

#[test]
fn over_a_stretch_of_an_activity_is_no_bound() {
    let f = fig_at(
        "The team won 29 medals over nine days of competition.",
        "nine days",
    );
    assert_eq!(f.qualifier, Qualifier::Exact);
    // After "after" or "in", and before footage, it is one.
    let f = fig_at(
        "The deal came after over three weeks of talks.",
        "over three weeks",
    );
    assert_eq!(f.qualifier, Qualifier::LowerBound);
    let f = fig_at("It was the first time in over 20 years.", "over 20 years");
    assert_eq!(f.qualifier, Qualifier::LowerBound);
    assert_eq!(
        fig("The archive holds over 5,000 hours of footage.").qualifier,
        Qualifier::LowerBound
    );
}

#[test]
fn made_up_states_a_share_not_a_rise() {
    let f = fig("Men therefore made up about 83% of the total.");
    assert_eq!((f.placement.direction, key(&f)), (None, Some("man")));
    assert_eq!(
        fig("Prices were up 4% on the year.").placement.direction,
        Some(Direction::Increase)
    );
}

#[test]
fn a_thing_valued_at_an_amount_is_its_subject() {
    let f = fig("Thieves took jewellery valued at about 4 million euros.");
    assert_eq!(key(&f), Some("jewellery"));
    let f = fig("The house was valued at 300,000 dollars.");
    assert_eq!(key(&f), Some("house"));
}

#[test]
fn newswire_compounds_and_times_after_a_figure() {
    let f = fig("Monsanto made a 2.8 billion-dlr acquisition.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("USD"))
    );
    assert_eq!(
        money("Bulgaria signed a 40 billion euroyen loan."),
        ("JPY".into(), 4e10)
    );
    assert_eq!(
        key(&fig("Fed funds traded at 6-1/16 pct late Friday.")),
        Some("fed fund")
    );
    assert_eq!(
        key(&fig(
            "It received 310 mln dlrs pursuant to a credit agreement."
        )),
        None
    );
    // A late thing is still counted.
    assert_eq!(key(&fig("There were 12 late trains.")), Some("late train"));
}

#[test]
fn a_spread_of_values_is_no_move_and_better_is_no_subject() {
    let found = figures("Accepted bids ranged from 5.61 pct to 5.64 pct.");
    assert!(
        found.iter().all(|f| f.placement.direction.is_none()),
        "{found:?}"
    );
    assert_eq!(
        fig_at("Prices rose from 40 dlrs to 50 dlrs.", "50 dlrs")
            .placement
            .direction,
        Some(Direction::Increase)
    );
    assert_eq!(
        key(&fig("Sales were 22 pct better than a year ago.")),
        Some("sale")
    );
    let found = figures(
        "Gulf cargoes ranged in price from 75.17 to 78.45 dlrs, and West Coast cargoes \
         ranged from 79.41 to 81.02 dlrs.",
    );
    assert!(
        found.iter().all(|f| f.placement.direction.is_none()),
        "{found:?}"
    );
}

#[test]
fn a_count_restated_as_a_share_keeps_its_kind() {
    let f = fig_at(
        "Heart attacks occurred in 203 patients, or 3.3%, against 268, or 4.3%, on placebo.",
        "268",
    );
    assert_eq!(f.kind, FigureKind::Count);
    let f = fig_at("The yield was 5.2 pct against 5.1 a week earlier.", "5.1");
    assert_eq!(f.kind, FigureKind::Percent);
    assert_eq!(
        fig_at("It was the lowest total since at least 2000.", "2000").kind,
        FigureKind::Year
    );
}

#[test]
fn wire_scales_currencies_and_old_levels() {
    assert_eq!(
        money("Brazil has a 109-billion dlr debt."),
        ("USD".into(), 1.09e11)
    );
    assert_eq!(
        money("It has a $109-billion debt."),
        ("USD".into(), 1.09e11)
    );
    assert_eq!(
        money("It plans a 300 mln H.K. dlr facility."),
        ("HKD".into(), 3e8)
    );
    let f = fig_at(
        "Stocks rose to 247.91 mln barrels from a revised 245.62 mln.",
        "245.62 mln",
    );
    assert_eq!(f.unit.as_deref(), Some("barrel"));
    let f = fig_at(
        "Crude stocks were up 8.52 mln barrels to 337.73 mln.",
        "337.73 mln",
    );
    assert_eq!(f.unit.as_deref(), Some("barrel"));
    // An old level set against a change in percent takes the unit of the level.
    let f = fig_at(
        "Output will fall to 39.3 million hectolitres, 16% below last year's 46.8 million.",
        "46.8 million",
    );
    assert_eq!(f.unit.as_deref(), Some("hectolitre"));
    let f = fig_at(
        "Output fell to 36.3 million tonnes, 16% lower than last year's 46.8 million.",
        "46.8 million",
    );
    assert_eq!(f.unit.as_deref(), Some("tonne"));
    let f = fig_at(
        "Exports fell to 2.1 billion dlrs, 12 pct lower than the 2.4 billion.",
        "2.4 billion",
    );
    assert_eq!(f.unit.as_deref(), Some("USD"));
    // A change in percent set against a year: the year is a year.
    assert_eq!(
        fig_at(
            "Net income was 106.9 mln dlrs, three pct below 1985.",
            "1985"
        )
        .kind,
        FigureKind::Year
    );
    assert_eq!(
        fig_at("Sales were two pct higher than 1985.", "1985").kind,
        FigureKind::Year
    );
    assert_eq!(
        fig_at("The index is above 1985 points.", "above 1985 points").kind,
        FigureKind::Measure
    );
    // A gift to a number of charities is no sum of money.
    assert_eq!(
        fig_at("He gave $5m to 20 charities.", "20").kind,
        FigureKind::Count
    );
    assert_eq!(
        fig("Clark was winding up a two-day visit.")
            .placement
            .direction,
        None
    );
}

#[test]
fn wire_old_levels_compared_after_a_stretch_of_time() {
    assert_eq!(
        money("It received a 517-mln-dlr construction contract."),
        ("USD".into(), 5.17e8)
    );
    let f = fig_at(
        "Losses were 1,946.32 mln dlrs, compared to 1,201.6 mln a year ago.",
        "1,201.6 mln",
    );
    assert_eq!(f.kind, FigureKind::Money);
    let f = fig_at(
        "The deficit rose to 2.35 billion dlrs in the first two months from 1.87 billion.",
        "1.87 billion",
    );
    assert_eq!(f.kind, FigureKind::Money);
}

#[test]
fn a_bare_number_before_and_shares_the_unit_after() {
    let f = fig_at(
        "The bond comes in denominations of 1,000 and 10,000 dlrs.",
        "1,000",
    );
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("USD"))
    );
    let f = fig_at("Profits rose 16.6 and 7.5 pct respectively.", "16.6");
    assert_eq!(f.kind, FigureKind::Percent);
    let f = fig_at("It issued 1.5 and 2 billion dlrs of notes.", "1.5");
    assert!(close(value(&f), 1.5e9));
    let f = fig_at("They paid 10 and 15 cts a share.", "10");
    assert!(close(value(&f), 0.1));
    // A price beside a yield, and a count beside a sum, keep their own kinds.
    let f = fig_at("It compares with 99.50 and 5.075 pct in March.", "99.50");
    assert_eq!(f.kind, FigureKind::Count);
    let f = fig_at("He had 3 children and 10,000 dlrs in savings.", "3");
    assert_eq!(f.kind, FigureKind::Count);
    assert_eq!(
        fig_at("Prices were 192 dlrs, from 190 yesterday.", "190").kind,
        FigureKind::Money
    );
    assert_eq!(
        fig_at("It went quiet after 10 o'clock.", "10 o'clock").kind,
        FigureKind::Time
    );
}

#[test]
fn a_list_of_elliptic_levels_takes_the_unit_of_the_first() {
    let text = "The Northern province lost 506,000 hectares, followed by Central with 388,000 \
                and Southern with 286,000.";
    assert_eq!(fig_at(text, "388,000").unit.as_deref(), Some("hectare"));
    assert_eq!(fig_at(text, "286,000").unit.as_deref(), Some("hectare"));
    let f = fig_at("Flows will add some 355 and 55 mln stg.", "some 355");
    assert!(close(value(&f), 3.55e8));
    // A bound is no comparison.
    let f = fig_at(
        "Costs hit 5 mln dlrs as the rig count rose to more than 4,500 and jobs rose.",
        "more than 4,500",
    );
    assert_eq!(f.kind, FigureKind::Count);
}

#[test]
fn a_participle_or_adverb_in_commas_after_the_subject_is_stepped_over() {
    let f = fig("Real gross domestic product, seasonally adjusted, rose 1.1 pct.");
    assert_eq!(key(&f), Some("real gross domestic product"));
    let f = fig("Capital spending, hit hard by the rise of the yen, will fall 5.6 pct.");
    assert_eq!(key(&f), Some("capital spending"));
    assert_eq!(
        key(&fig("Sales, excluding autos, rose 0.4 pct.")),
        Some("sale")
    );
    assert_eq!(key(&fig("Shares, meanwhile, rose 3 pct.")), Some("share"));
}

#[test]
fn a_clause_of_place_or_an_appositive_in_commas_after_the_subject_is_stepped_over() {
    let at = |text: &str, figure: &str| {
        let found = figures(text).into_iter().find(|f| f.text == figure);
        found.and_then(|f| f.subject_key().map(str::to_owned))
    };
    let permits = "Building permits, a gauge of future construction, rose 1.1% to 1.48 million.";
    assert_eq!(
        at(permits, "1.48 million").as_deref(),
        Some("building permit")
    );
    let starts = "Starts in the South, where most homes are built, fell 11.9% to 687,000.";
    assert_eq!(at(starts, "687,000").as_deref(), Some("start"));
    let west = "Home sales in the West, the region hit hardest, fell 4% to 98,000.";
    assert_eq!(at(west, "98,000").as_deref(), Some("home sale"));
    let load = "Load factor, the percentage of seats filled, rose to 52.5 pct from 52.1 pct.";
    assert_eq!(at(load, "52.5 pct").as_deref(), Some("load factor"));
    // Not a phrase before a participle, nor a clause after an opening adverb.
    let corn = "It may buy the wheat, valued at 8.5 mln dlrs, the corn, valued at 1.5 mln, and the tallow.";
    assert_eq!(at(corn, "1.5 mln").as_deref(), Some("corn"));
    let study = "However, the study said that primary production, likely to reach 10,000 tonnes this year, is small.";
    assert_eq!(
        at(study, "10,000 tonnes").as_deref(),
        Some("primary production")
    );
    // A short name after "the" is the thing's name, not an aside on it.
    let pce = "The government's preferred measure of inflation, the PCE index, rose 2.7%.";
    assert_eq!(at(pce, "2.7%").as_deref(), Some("pce index"));
}

#[test]
fn a_fraction_before_a_phrase_of_time_or_cause_is_a_fraction() {
    let f = fig("The quota was cut by a fifth after a warning from scientists.");
    assert_eq!(f.kind, FigureKind::Ratio);
    assert_eq!(f.text, "a fifth");
    let f = fig("Output fell by a third during the strike.");
    assert_eq!(f.kind, FigureKind::Ratio);
    let f = fig("Admissions fell by a quarter during lockdown.");
    assert_eq!(f.kind, FigureKind::Ratio);
    assert_eq!(f.text, "a quarter");
    // After "by", a clause may follow: "as", "while", "but".
    let f = fig("Stop and search falls by a fifth as arrest rate rises");
    assert_eq!(f.kind, FigureKind::Ratio);
    assert_eq!(f.text, "a fifth");
    let f = fig("Sales fell by a quarter while costs rose.");
    assert_eq!(f.kind, FigureKind::Ratio);
    assert_eq!(f.text, "a quarter");
    // An ordinal before its noun stays one.
    let found = figures("She won by a fifth term as leader.");
    assert!(
        found.iter().all(|f| f.kind != FigureKind::Ratio),
        "{found:?}"
    );
    // Quarters before such a word are periods, and an ordinal keeps its noun.
    let found = figures("It will fill orders from the first two quarters because of supply.");
    assert!(
        found.iter().all(|f| f.kind != FigureKind::Ratio),
        "{found:?}"
    );
    let found = figures("She won a fifth term after the vote.");
    assert!(
        found.iter().all(|f| f.kind != FigureKind::Ratio),
        "{found:?}"
    );
}

#[test]
fn numbers_after_a_noun_count_the_noun() {
    let f = fig("Passenger numbers climbed to a record 41.2 million.");
    assert_eq!(key(&f), Some("passenger"));
    let f = fig("The number of passengers rose to 41.2 million.");
    assert_eq!(key(&f), Some("passenger"));
    let f = fig("Visitor numbers fell to 3.1 million.");
    assert_eq!(key(&f), Some("visitor"));
}

#[test]
fn a_decimal_without_its_zero_is_below_one() {
    let f = fig("Stockholders will receive .5165 shares of Corning for each share.");
    assert_eq!(f.text, ".5165");
    assert!(close(value(&f), 0.5165));
    let f = fig_at("Shr loss .12 dlr vs profit 40 cts.", ".12 dlr");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("USD"))
    );
    assert!(close(value(&f), 0.12));
    // A sentence stop, a version or an ellipsis keeps its point.
    assert!(close(
        value(&fig_at("Sales fell.5 mln were lost.", "5 mln")),
        5e6
    ));
    assert_eq!(
        fig_at("It ships release .5.1 today with 40 staff.", "40").text,
        "40"
    );
    assert_eq!(quantities("He waited ... 20 minutes."), ["20 minutes"]);
}

#[test]
fn or_less_than_bounds_the_next_figure_not_the_one_before() {
    let text = "Holders will receive not more than 840 or less than 687 shares.";
    assert_eq!(
        fig_at(text, "not more than 840").qualifier,
        Qualifier::UpperBound
    );
    assert_eq!(
        fig_at(text, "less than 687").qualifier,
        Qualifier::UpperBound
    );
    assert_eq!(
        fig_at("They employ 50 or fewer staff.", "50 or fewer").qualifier,
        Qualifier::UpperBound
    );
}

#[test]
fn a_scaled_amount_before_mark_is_marks() {
    let f = fig("Kontrollbank issues 150 mln mark private eurobond.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("DEM"))
    );
    assert!(close(value(&f), 150e6));
    // A grade, a model or a score stays what it was.
    assert_ne!(
        fig_at("He scored 12 to mark the occasion.", "12").kind,
        FigureKind::Money
    );
    assert!(
        figures("The Mark 5 entered service.")
            .iter()
            .all(|f| f.kind != FigureKind::Money)
    );
    let text = "Unemployment would fall below the three million mark before long.";
    assert_eq!(fig_at(text, "three million").kind, FigureKind::Count);
    assert_eq!(
        fig_at("Sales passed the 2,000 mark.", "2,000").kind,
        FigureKind::Count
    );
}

#[test]
fn a_bare_number_rising_to_basis_points_after_a_move_is_a_range() {
    let text = "Rates would fall 50 to 100 basis points due to the new market.";
    let f = fig(text);
    assert_eq!(
        (f.text.as_str(), f.kind),
        ("50 to 100 basis points", FigureKind::PercentagePoints)
    );
    assert_eq!(f.qualifier, Qualifier::Range);
    // A change and where it ended stay two figures.
    assert_eq!(
        quantities("Shares fell 50 to 100 pence."),
        ["50", "100 pence"]
    );
    assert_eq!(
        quantities("The yield rose 7 basis points to 4.31%."),
        ["7 basis points", "4.31%"]
    );
}

#[test]
fn an_irregular_past_tense_ends_the_noun_after_a_figure() {
    let text = "He said the 12-bank advisory committee sent telexes of the accord.";
    assert_eq!(key(&fig(text)), Some("advisory committee"));
    assert_eq!(
        key(&fig("In February, 25 pct thought export books were thin.")),
        None
    );
    assert_eq!(
        key(&fig("Hundreds of farmers brought Madrid to a standstill.")),
        Some("farmer")
    );
}

#[test]
fn what_is_held_given_a_level_or_changed_as_a_noun_is_the_subject() {
    let text = "It said its board left the quarterly dividend unchanged at 37 cts per share.";
    assert_eq!(key(&fig(text)), Some("quarterly dividend"));
    assert_eq!(
        key(&fig("Interest was low, with the prime rate at 6.5 pct.")),
        Some("prime rate")
    );
    let text = "The bank announced a profit rise to 35 billion lire.";
    assert_eq!(key(&fig(text)), Some("profit"));
    // A verb in the past, an adjective of size and a noun of change before "of" are
    // not read so.
    assert_eq!(
        key(&fig("Revenues in the quarter fell to 521 mln dlrs.")),
        Some("revenue")
    );
    assert_eq!(
        key(&fig("He would not rule out a brief drop to 85 cents.")),
        None
    );
    assert_eq!(
        key(&fig("The union is seeking a pay rise of 27 pct.")),
        Some("pay rise")
    );
}

#[test]
fn a_long_noun_phrase_keeps_its_head() {
    let text = "N.z. december quarter retail sales fall 13.2 pct";
    assert_eq!(key(&fig(text)), Some("december quarter retail sale"));
    let text = "None of the four major U.K. Clearing banks now has a dealing room.";
    assert_eq!(key(&fig(text)), Some("major u.k. clearing bank"));
    let text = "New York coffee futures prices will probably fall to about 85 cents a lb.";
    assert_eq!(key(&fig(text)), Some("coffee futures price"));
}

#[test]
fn a_scaled_amount_in_brackets_or_after_and_takes_the_unit_before_it() {
    let text = "Exports rose to 2.87 billion dlrs from 2.83 billion in January and 2.30 billion in February 1986.";
    let f = fig_at(text, "2.30 billion");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Money, Some("USD"))
    );
    let text =
        "Spending includes social insurance (153 billion forints) and councils (80 billion).";
    assert_eq!(fig_at(text, "80 billion").unit.as_deref(), Some("HUF"));
    // Far apart in size, or a count named after it, it stays a count.
    let text = "It raised 5 mln dlrs and 2 billion in shares were traded.";
    assert_eq!(fig_at(text, "2 billion").kind, FigureKind::Count);
    let text = "It paid 23 mln dlrs and issued 2 mln shares.";
    assert_eq!(fig_at(text, "2 mln").kind, FigureKind::Count);
}

#[test]
fn dinars_shillings_and_dirhams_are_money_with_their_nationality() {
    let (unit, v) = money("Serbia issued bonds to raise eight billion dinars.");
    assert_eq!((unit.as_str(), v), ("YUD", 8e9));
    let (unit, _) = money("The dinars were counted: eight billion dinars.");
    assert_eq!(unit.as_str(), "IQD");
    assert_eq!(money("Kuwait lent 50 mln Kuwaiti dinars.").0, "KWD");
    assert_eq!(money("The fine was 500,000 Kenyan shillings.").0, "KES");
    assert_eq!(money("Exports were 300 mln Danish crowns.").0, "DKK");
}

#[test]
fn over_after_a_figure_or_its_rate_spans_and_bounds_nothing() {
    let text = "The Foxes averaged 32,282 per game over 81 home dates.";
    assert_eq!(fig_at(text, "81").qualifier, Qualifier::Exact);
    let text = "The hole graded 0.22 ounce gold per ton over 23 feet.";
    assert_eq!(fig_at(text, "23 feet").qualifier, Qualifier::Exact);
    let text = "Two breweries, which each operates over 5,000 pubs, bid.";
    assert_eq!(fig_at(text, "over 5,000").qualifier, Qualifier::LowerBound);
}

#[test]
fn wire_forms_of_days_and_currencies() {
    let text = "It is payable April nine to holders of record March 16.";
    assert_eq!(fig_at(text, "April nine").kind, FigureKind::Date);
    assert_eq!(money("Denmark in 600 mln crown eurobond deal").0, "DKK");
    assert_eq!(money("Volvo in 600 mln crown eurobond deal").0, "SEK");
    assert_eq!(money("It is issuing a 75 mln Australia dlr bond.").0, "AUD");
    // A crown without a scale is no money.
    assert!(
        figures("He wore the crown for 20 years.")
            .iter()
            .all(|f| f.kind != FigureKind::Money)
    );
}

#[test]
fn a_second_day_after_a_date_and_new_zealand_dollars() {
    let text = "The board met on March 26 and 30, it said.";
    assert_eq!(fig_at(text, "30").kind, FigureKind::Date);
    assert_eq!(
        fig_at("On March 26 and 30 people died.", "30").kind,
        FigureKind::Count
    );
    let text = "It will make a 39.3 mln N.Z. Dlr cash bid.";
    assert_eq!(money(text), ("NZD".to_owned(), 39.3e6));
}

#[test]
fn energy_and_charge_in_hours_are_one_measure() {
    assert_eq!(
        fig("It produced 5 megawatt hours.").unit.as_deref(),
        Some("mwh")
    );
    assert_eq!(
        fig("The battery holds 5,000 milliamp-hours.")
            .unit
            .as_deref(),
        Some("mah")
    );
    assert_eq!(fig("A pack of 40 watt-hours.").unit.as_deref(), Some("wh"));
    assert_eq!(
        fig_at("The 60 watt bulb burned for hours.", "60 watt")
            .unit
            .as_deref(),
        Some("w")
    );
}

#[test]
fn a_scaled_level_after_a_verb_of_change_takes_the_unit_of_the_sentence() {
    let text =
        "Exports rose to 2.82 billion dlrs while imports fell to 2.77 billion from 2.99 billion.";
    for span in ["2.77 billion", "2.99 billion"] {
        assert_eq!(fig_at(text, span).unit.as_deref(), Some("USD"), "{span}");
    }
    // A count named after it keeps its kind.
    let text =
        "Revenue rose to 2.8 billion dlrs and shares outstanding rose to 1.2 billion shares.";
    assert_eq!(fig_at(text, "1.2 billion").kind, FigureKind::Count);
}

#[test]
fn a_count_joined_to_the_next_shares_its_noun_and_between_takes_a_hedge() {
    let text = "Flum Partners acquired 307,138 and 940,680 shares respectively.";
    assert_eq!(key(&fig_at(text, "307,138")), Some("share"));
    assert_eq!(
        key(&fig_at("Police arrested 12 and 15 protesters.", "12")),
        Some("protester")
    );
    // A list of names is no count of the noun after it.
    let text = "It redeems Series 50, 53 and 54 bonds.";
    assert!(
        figures(text)
            .iter()
            .all(|f| f.text != "53" || key(f).is_none())
    );
    assert_eq!(key(&fig_at("He won 3 and lost 5 games.", "3")), None);
    let f = fig("Between about 10 and 20 people were hurt.");
    assert_eq!(
        (f.text.as_str(), f.qualifier),
        ("Between about 10 and 20", Qualifier::Approx)
    );
}

#[test]
fn a_model_or_version_in_lower_case_is_a_name() {
    let text = "It also impacts sales of the associated model 420A Derivatizer system.";
    assert_eq!(fig_at(text, "model 420A").kind, FigureKind::Identifier);
    assert_eq!(
        fig_at("The app reached version 2 last year.", "version 2").kind,
        FigureKind::Identifier
    );
    assert_eq!(
        fig_at("A model 20 percent higher.", "20 percent").kind,
        FigureKind::Percent
    );
}

#[test]
fn a_race_distance_in_m_is_metres_before_plural_race_words_too() {
    let f = fig("Jamaica won both 100m races.");
    assert_eq!(
        (f.kind, f.unit.as_deref(), value(&f)),
        (FigureKind::Measure, Some("m"), 100.0)
    );
    assert_eq!(fig("She holds the 400m record.").unit.as_deref(), Some("m"));
    // Millions of things sold stay millions.
    assert!(close(value(&fig("It sold 100m records worldwide.")), 100e6));
    assert!(close(
        value(&fig("The firm raised 100m in new funding.")),
        100e6
    ));
}
