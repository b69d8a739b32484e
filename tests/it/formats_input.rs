//! Reading drafts as written: the prose view of Markdown and HTML keeps every byte where
//! it is, holds exactly the prose, and leaves code, URLs, markup and metadata blank.

use std::path::Path;

use numcheck::document::{BlockKind, Document};
use numcheck::{ExtractOptions, extract};

fn fixture(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format")
        .join(name);
    Document::read(&path).expect("the fixture is readable")
}

/// The offset of the `nth` occurrence (from 0) of `needle` in the source.
fn offset_of(doc: &Document, needle: &str, nth: usize) -> usize {
    doc.source
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in {}", doc.path))
        .0
}

/// Asserts that the prose view holds `prose` where the source holds `source`.
fn assert_prose(doc: &Document, source: &str, nth: usize, prose: &str) {
    let at = offset_of(doc, source, nth);
    assert_eq!(
        doc.prose.get(at..at + prose.len()),
        Some(prose),
        "prose at the offset of {source:?} in {}",
        doc.path
    );
}

fn block_texts(doc: &Document, kind: BlockKind) -> Vec<&str> {
    doc.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| &doc.prose[b.span])
        .collect()
}

#[test]
fn markdown_prose_is_as_long_as_the_source_and_keeps_newlines() {
    let doc = fixture("article.md");
    assert_eq!(doc.prose.len(), doc.source.len());
    let newlines = |s: &str| s.match_indices('\n').map(|m| m.0).collect::<Vec<_>>();
    assert_eq!(newlines(&doc.prose), newlines(&doc.source));
}

#[test]
fn markdown_prose_keeps_figures_at_their_source_offsets() {
    let doc = fixture("article.md");
    assert_prose(&doc, "**2,500** National", 0, "  2,500   National");
    assert_prose(&doc, "*1,800* last", 0, " 1,800  last");
    assert_prose(&doc, "About 600 will", 0, "About 600 will");
    assert_prose(&doc, "A further 400", 0, "A further 400");
    assert_prose(
        &doc,
        "\"We need at least 3,000,\"",
        0,
        "\"We need at least 3,000,\"",
    );
    assert_prose(&doc, "[the 2023 audit]", 0, " the 2023 audit ");
}

#[test]
fn markdown_entities_and_escapes_map_to_their_own_bytes() {
    let doc = fixture("article.md");
    assert_prose(&doc, "5&nbsp;%", 0, "5\u{a0}    %");
    assert_prose(&doc, "&pound;3", 0, "£     3");
    assert_prose(&doc, r"\*net\*", 0, " *net *");
}

#[test]
fn markdown_code_urls_metadata_and_comments_are_not_prose() {
    let doc = fixture("article.md");
    for absent in [
        "9999",
        "123456",
        "4242",
        "--threads",
        "64",
        "8080",
        "audit-77",
        "2024-05-17",
        "1776",
        "expect",
        "budget]",
        "date:",
        "```",
    ] {
        assert!(!doc.prose.contains(absent), "{absent:?} is in the prose");
    }
    // The list numbers are blank; the item text is not.
    assert_prose(&doc, "1. About", 0, "   About");
    assert_prose(&doc, "2. A further", 0, "   A further");
}

#[test]
fn markdown_front_matter_title_is_the_headline_and_headings_open_sections() {
    let doc = fixture("article.md");
    let title = offset_of(&doc, "Governor sends", 0);
    let headline = doc.blocks[0];
    assert_eq!(headline.kind, BlockKind::Headline);
    assert_eq!(headline.span.start, title);
    assert_eq!(
        &doc.prose[headline.span],
        "Governor sends 2,500 troops to the border"
    );
    assert_eq!(
        block_texts(&doc, BlockKind::Heading(1)),
        ["Governor sends 2,500 troops to the border"]
    );
    let money = doc
        .blocks
        .iter()
        .find(|b| doc.prose[b.span] == *"Where the money goes")
        .unwrap();
    assert_eq!((money.kind, money.section), (BlockKind::Heading(2), 2));
}

#[test]
fn markdown_table_cells_are_blocks_of_their_own() {
    let doc = fixture("article.md");
    let cells = block_texts(&doc, BlockKind::TableCell);
    assert_eq!(cells.len(), 8, "{cells:?}");
    assert!(cells.contains(&"$8 million") && cells.contains(&"$1.4 million"));
    assert!(
        cells
            .iter()
            .any(|c| c.starts_with("Transport") && c.ends_with("fuel"))
    );
}

#[test]
fn markdown_footnote_text_is_prose_and_its_label_is_not() {
    let doc = fixture("article.md");
    assert!(
        block_texts(&doc, BlockKind::Paragraph)
            .contains(&"The state budget office put the figure at $12.4 million.")
    );
    assert_prose(&doc, "[^budget]\n", 0, "         \n");
}

#[test]
fn html_prose_is_as_long_as_the_source_and_decodes_entities_in_place() {
    let doc = fixture("article.html");
    assert_eq!(doc.prose.len(), doc.source.len());
    assert_prose(&doc, "7&ndash;2", 0, "7–    2");
    assert_prose(
        &doc,
        "&pound;4.2&nbsp;million",
        0,
        "£     4.2\u{a0}    million",
    );
    assert_prose(&doc, "1.2&#160;million", 0, "1.2\u{a0}    million");
    assert_prose(&doc, "&#8211;5%", 0, "–    5%");
    assert_prose(&doc, "3 &lt; 4", 0, "3 <    4");
    assert_prose(&doc, "12 branch libraries", 0, "12 branch libraries");
}

#[test]
fn html_scripts_styles_code_tags_and_attributes_are_not_prose() {
    let doc = fixture("article.html");
    for absent in [
        "31337",
        "960",
        "1200",
        "777",
        "2024?id",
        "4444",
        "5555",
        "lede",
        "DOCTYPE",
        "charset",
        "numcheck-disable",
    ] {
        assert!(!doc.prose.contains(absent), "{absent:?} is in the prose");
    }
    assert!(
        doc.blocks
            .iter()
            .all(|b| !doc.prose[b.span].contains('<') || doc.prose[b.span].contains("3 <"))
    );
}

#[test]
fn html_h1_is_the_headline_beside_the_title_and_cells_are_blocks() {
    let doc = fixture("article.html");
    assert_eq!(
        block_texts(&doc, BlockKind::Headline),
        ["Council approves £     4.2m library budget"]
    );
    // The headline is the <h1>'s; the <title> that repeats it is not prose.
    let headline = doc.blocks[0].span.start;
    assert_eq!(headline, offset_of(&doc, "Council approves", 1));
    assert_prose(&doc, "Council approves", 0, "                ");
    assert_eq!(block_texts(&doc, BlockKind::Heading(2)), ["Spending"]);
    assert_eq!(
        block_texts(&doc, BlockKind::TableCell),
        [
            "Branch",
            "Budget",
            "Central",
            "£     1.1m",
            "Riverside",
            "€   900,000"
        ]
    );
}

#[test]
fn html_suppression_comment_covers_the_next_line() {
    let doc = fixture("article.html");
    assert_eq!(doc.suppressions.len(), 1);
    let s = &doc.suppressions[0];
    assert_eq!(s.rule.as_deref(), Some("reused-number"));
    assert!(doc.source[s.region].starts_with("<p>Visits fell 8%"));
}

#[test]
fn every_extracted_figure_points_at_its_source_bytes() {
    for name in ["article.md", "article.html"] {
        let doc = fixture(name);
        let figures = extract(&doc, &ExtractOptions::default()).figures;
        assert!(figures.len() >= 8, "{name}: {} figures", figures.len());
        for f in &figures {
            assert_eq!(doc.text(f.span), f.text, "{name}");
            let lc = doc.line_col(f.span.start);
            let before = &doc.source[..f.span.start];
            assert_eq!(lc.line, before.matches('\n').count() + 1);
            let line_start = before.rfind('\n').map_or(0, |p| p + 1);
            assert_eq!(lc.column, before[line_start..].chars().count() + 1);
            for absent in ["9999", "4242", "8080", "31337", "4444", "5555", "1776"] {
                assert!(!f.text.contains(absent), "{name}: {}", f.text);
            }
        }
    }
}

/// The warning-or-error findings of the default rules on a draft, as (rule, text).
fn default_findings(name: &str, text: &str, format: numcheck::Format) -> Vec<(String, String)> {
    let rules = numcheck::RuleSet::default_rules().expect("the default rules load");
    let doc = Document::new(name, text, format);
    let extraction = extract(&doc, rules.extract_options());
    rules
        .check(&doc, &extraction)
        .into_iter()
        .filter(|f| f.severity >= numcheck::Severity::Warning)
        .map(|f| (f.rule, doc.text(f.primary.span).to_owned()))
        .collect()
}

#[test]
fn a_published_page_headline_is_held_against_its_lede_past_the_page_furniture() {
    // The <title> with the site's name, a cookie notice, a byline and a captioned
    // picture stand between the headline and the story; the lede contradicts it.
    let page = "<html><head><title>Airport passengers hit record 4.2 million | The Courier</title></head>
<body><div class=\"cookie\">We use 3 kinds of cookies. Accept all (12 partners)</div>
<article><h1>Airport passengers hit record 4.2 million</h1>
<p class=\"byline\">By Sarah Okafor · Published 14 March 2026, 06:00 GMT · 4 min read</p>
<figure><img src=\"t.jpg\"><figcaption>The terminal handled 412,000 passengers in August. Photo: James Hill</figcaption></figure>
<p>Passenger numbers at Northbridge Airport rose 12% to a record 4.4 million last year.</p>
<p>The airport expects 4.6 million passengers this year.</p></article></body></html>";
    let findings = |page: &str| default_findings("page.html", page, numcheck::Format::Html);
    assert_eq!(
        findings(page),
        [("conflicting-figures".to_owned(), "4.4 million".to_owned())]
    );
    assert_eq!(findings(&page.replace("record 4.4", "record 4.2")), []);
}

#[test]
fn report_comparatives_in_brackets_are_checked_and_consistent_reports_stay_clean() {
    // Annual reports and results statements give each figure with the period before in
    // brackets ("Revenue of £512.4m (2024: £478.1m), up 7.2%"), in lists and tables.
    let findings =
        |name: &str, text: &str| default_findings(name, text, numcheck::Format::Markdown);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format");
    for (name, right, wrong, flagged) in [
        (
            "annual-report.md",
            "(2025: 366,900), up 12.5%",
            "(2025: 366,900), up 15.5%",
            "15.5%",
        ),
        (
            "results-statement.md",
            "Statutory profit before tax fell to £44.0m",
            "Statutory profit before tax rose to £44.0m",
            "£44.0m",
        ),
    ] {
        let text = std::fs::read_to_string(dir.join(name)).expect("the fixture is readable");
        assert_eq!(findings(name, &text), [], "{name}");
        assert_eq!(text.matches(right).count(), 1, "{name}");
        assert_eq!(
            findings(name, &text.replace(right, wrong)),
            [("change-arithmetic".to_owned(), flagged.to_owned())],
            "{name}"
        );
    }
}

#[test]
fn table_cells_know_their_row_and_column() {
    let cells = |doc: &Document| {
        doc.blocks
            .iter()
            .filter_map(|b| {
                b.cell
                    .map(|c| (c.row, c.column, doc.text(b.span).to_owned()))
            })
            .collect::<Vec<_>>()
    };
    let want = |rows: &[(usize, usize, &str)]| {
        rows.iter()
            .map(|&(r, c, t)| (r, c, t.to_owned()))
            .collect::<Vec<_>>()
    };
    let expected = want(&[
        (0, 0, "Region"),
        (0, 1, "2025"),
        (0, 2, "2024"),
        (1, 0, "North"),
        (1, 1, "1,240"),
        (1, 2, "1,100"),
        (2, 0, "South"),
        (2, 2, "1,050"),
    ]);
    let md = "Intro.\n\n| Region | 2025 | 2024 |\n|---|---|---|\n| North | 1,240 | 1,100 |\n| South |  | 1,050 |\n";
    let doc = Document::new("t.md", md, numcheck::Format::Markdown);
    assert_eq!(cells(&doc), expected);
    let html = "<p>Intro.</p><table><thead><tr><th>Region</th><th>2025</th><th>2024</th></tr></thead>\n<tbody><tr><td>North</td><td>1,240</td><td>1,100</td></tr>\n<tr><td>South</td><td></td><td>1,050</td></tr></tbody></table>";
    let doc = Document::new("t.html", html, numcheck::Format::Html);
    assert_eq!(cells(&doc), expected);
    // Two tables are told apart; other blocks have no cell.
    let two = format!("{md}\nMore.\n\n{}", &md[8..]);
    let doc = Document::new("t.md", &two, numcheck::Format::Markdown);
    let tables: std::collections::BTreeSet<usize> = doc
        .blocks
        .iter()
        .filter_map(|b| b.cell.map(|c| c.table))
        .collect();
    assert_eq!(tables.len(), 2);
    assert!(
        doc.blocks
            .iter()
            .filter(|b| b.kind != BlockKind::TableCell)
            .all(|b| b.cell.is_none())
    );
}

#[test]
fn a_change_column_is_checked_against_the_two_year_columns_row_by_row() {
    let md = "Income by source.\n\n| Source | 2026 | 2025 | Change |\n|---|---|---|---|\n\
        | Donations | £1.62m | £1.38m | +17% |\n| Legacies | £0.46m | £0.33m | +39% |\n\
        | Events | £0.21m | £0.25m | -16% |\n| Shops | 412 | 398 | 3.5% |\n";
    let md_findings = |text: &str| default_findings("t.md", text, numcheck::Format::Markdown);
    assert_eq!(md_findings(md), []);
    assert_eq!(
        md_findings(&md.replace("+39%", "+29%")),
        [("change-arithmetic".to_owned(), "+29%".to_owned())]
    );
    assert_eq!(
        md_findings(&md.replace("-16%", "-25%")),
        [("change-arithmetic".to_owned(), "-25%".to_owned())]
    );
    // A sign against the levels is left alone (a column may give a cost's change the
    // other way round); so is a table whose columns name no years, or shares.
    assert_eq!(md_findings(&md.replace("-16%", "+16%")), []);
    assert_eq!(
        md_findings(
            &md.replace("| 2026 | 2025 |", "| This year | Last year |")
                .replace("+39%", "+29%")
        ),
        []
    );
    // Financial years written short name years too.
    assert_eq!(
        md_findings(
            &md.replace("| 2026 | 2025 |", "| FY26 | FY25 |")
                .replace("+39%", "+29%")
        ),
        [("change-arithmetic".to_owned(), "+29%".to_owned())]
    );
    let shares = "Turnout.\n\n| Ward | 2026 | 2022 | Change |\n|---|---|---|---|\n| East | 41.2% | 38.0% | 3.2 |\n";
    assert_eq!(md_findings(shares), []);
    // Shares with a change stated in points are checked in points.
    let points = "Turnout.\n\n| Ward | 2026 | 2022 | Change |\n|---|---|---|---|\n\
        | East | 41.2% | 38.0% | +3.2 points |\n| West | 36% | 39% | -3pp |\n";
    assert_eq!(md_findings(points), []);
    assert_eq!(
        md_findings(&points.replace("+3.2 points", "+5.2 points")),
        [("change-arithmetic".to_owned(), "+5.2".to_owned())]
    );
    assert_eq!(
        md_findings(&points.replace("-3pp", "-5pp")),
        [("change-arithmetic".to_owned(), "-5pp".to_owned())]
    );
    // A change of shares in percent may be relative or in points: left alone.
    assert_eq!(md_findings(&points.replace("+3.2 points", "+5.2%")), []);
    // The same in HTML, with the change in a column headed in percent.
    let html = "<p>Sales by region.</p><table><tr><th>Region</th><th>2024</th><th>2025</th><th>% change</th></tr>\
        <tr><td>North</td><td>1,243</td><td>1,102</td><td>-11.3</td></tr>\
        <tr><td>South</td><td>985</td><td>1,057</td><td>7.3</td></tr></table>";
    let html_findings = |text: &str| default_findings("t.html", text, numcheck::Format::Html);
    assert_eq!(html_findings(html), []);
    assert_eq!(
        html_findings(&html.replace(">7.3<", ">9.3<")),
        [("change-arithmetic".to_owned(), "9.3".to_owned())]
    );
}

#[test]
fn table_columns_that_add_up_to_more_than_their_total_row_are_flagged() {
    let md = "Income by source.\n\n| Source | 2026 | 2025 | Share |\n|---|---|---|---|\n\
        | Donations | £1.62m | £1.38m | 42% |\n| Grants | £1.05m | £0.88m | 27% |\n\
        | Legacies | £0.46m | £0.33m | 12% |\n| Total | £3.84m | £3.21m | 100% |\n";
    let found = |text: &str| default_findings("t.md", text, numcheck::Format::Markdown);
    // The parts may add up to less: a table need not list every source.
    assert_eq!(found(md), []);
    assert_eq!(
        found(&md.replace("| £0.46m | £0.33m |", "| £1.46m | £0.33m |")),
        [("parts-exceed-total".to_owned(), "£1.62m".to_owned())]
    );
    assert_eq!(
        found(&md.replace("| £0.88m |", "| £1.88m |")),
        [("parts-exceed-total".to_owned(), "£1.38m".to_owned())]
    );
    // Rows that break down another, a second total, or a row label that is no total
    // leave the table alone.
    for (from, to) in [
        ("| Legacies |", "| of which online |"),
        ("| Grants |", "| Total |"),
        ("| Total |", "| Median |"),
    ] {
        let edited = md
            .replace(from, to)
            .replace("| £0.46m | £0.33m |", "| £1.46m | £0.33m |");
        assert_eq!(found(&edited), [], "{to}");
    }
    // A last row named for what it totals is the total; above the last row such a
    // label is a subtotal, and leaves the table alone.
    let named = md.replace("| Total |", "| Total income |");
    assert_eq!(found(&named), []);
    assert_eq!(
        found(&named.replace("| £0.46m | £0.33m |", "| £1.46m | £0.33m |")),
        [("parts-exceed-total".to_owned(), "£1.62m".to_owned())]
    );
    // A column of shares with a total row of 100% adds up to no more than that.
    assert_eq!(
        found(&md.replace("| 42% |", "| 72% |")),
        [("parts-exceed-total".to_owned(), "72%".to_owned())]
    );
    assert_eq!(found(&md.replace("| 42% |", "| 61% |")), []);
    let subtotal = md
        .replace("| Legacies |", "| Total UK |")
        .replace("| £0.46m | £0.33m |", "| £1.46m | £0.33m |");
    assert_eq!(found(&subtotal), []);
}
