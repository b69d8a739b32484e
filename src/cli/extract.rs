//! `numcheck extract`: every figure with its fields, for review.
//!
//! # Output formats
//!
//! - `table` (default), for editors: one line per figure with `line:col`, the text as
//!   written, kind, value, qualifier and subject key, in aligned columns under a
//!   header naming the file.
//! - `jsonl`: one JSON object per figure per line, the contract of DESIGN.md:
//!   `file`; `start`, `end` (byte offsets into the file as read, end exclusive);
//!   `line`, `column` (1-based, column in characters); `text` (exactly the source bytes
//!   of the span); `kind`; `value` (a number, or `[low, high]` for a range); `unit`
//!   (ISO 4217 code, `percent`, `percentage_point`, a singular unit name, or null);
//!   `qualifier`; `interval` (`{"low", "high", "low_open", "high_open"}`, null for an
//!   unbounded end); `rounding`; `subject` (as written) and `subject_key` (null when
//!   none); and the placement: `direction` (`increase`, `decrease` or null), `year`,
//!   `place`, `sentence`, `paragraph`, `section`, `headline`.
//! - `json`: `{"version": 1, "figures": [...]}` with the same objects.
//! - `tsv`: a header line, then one tab-separated line per figure: file, line, column,
//!   start, end, text, kind, value, unit, qualifier, low, high, subject_key, direction.
//!   Tabs and line breaks inside a text are written as `\t` and `\n`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use serde_json::{Value as Json, json};

use super::{ExitStatus, read_stdin, write_stderr, write_stdout};
use crate::error::InputError;
use crate::extract::{Direction, Value};
use crate::walk::{self, Input};
use crate::{Document, Error, ExtractOptions, Figure, Format, extract};

/// Arguments of `numcheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files and folders to read (folders recursively, honouring .gitignore; files
    /// ending in .md, .markdown, .txt, .html, .htm), or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
    pub format: ExtractFormat,
    /// The name standard input is reported under; its extension picks the format.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<String>,
}

/// Reads one input: a file, or standard input under its `--stdin-filename`.
fn read_input(input: &Input, stdin_filename: Option<&str>) -> Result<Document, InputError> {
    match input {
        Input::File(path) => Document::read(path),
        Input::Stdin => {
            let name = stdin_filename.unwrap_or("<stdin>").to_owned();
            let bytes = read_stdin(&name)?;
            let format = Format::from_path(Path::new(&name));
            Document::from_bytes(name, bytes, format)
        }
    }
}

/// Output formats of `numcheck extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Aligned columns for reading.
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per figure per line.
    Jsonl,
    /// Tab-separated values with a header.
    Tsv,
}

/// Runs `numcheck extract`.
pub(super) fn run(args: &ExtractArgs) -> Result<ExitStatus, Error> {
    let options = ExtractOptions::default();
    let mut out = String::new();
    let mut status = ExitStatus::Clean;
    let mut all = Vec::new();
    if args.format == ExtractFormat::Tsv {
        out.push_str(
            "file\tline\tcolumn\tstart\tend\ttext\tkind\tvalue\tunit\tqualifier\tlow\thigh\tsubject_key\tdirection\n",
        );
    }
    let (inputs, walk_errors) = walk::expand(&args.paths);
    for e in &walk_errors {
        write_stderr(&format!("numcheck: error: {e}"));
        status = ExitStatus::Error;
    }
    if inputs.is_empty() && walk_errors.is_empty() {
        write_stderr("numcheck: warning: no drafts (.md, .markdown, .txt, .html, .htm) found");
    }
    for input in &inputs {
        match read_input(input, args.stdin_filename.as_deref()) {
            Ok(doc) => {
                let extraction = extract(&doc, &options);
                match args.format {
                    ExtractFormat::Table => table(&doc, &extraction.figures, &mut out),
                    ExtractFormat::Tsv => tsv(&doc, &extraction.figures, &mut out),
                    ExtractFormat::Jsonl => {
                        for f in &extraction.figures {
                            let _ = writeln!(out, "{}", figure_json(&doc, f));
                        }
                    }
                    ExtractFormat::Json => {
                        all.extend(extraction.figures.iter().map(|f| figure_json(&doc, f)));
                    }
                }
            }
            Err(e) => {
                write_stderr(&format!("numcheck: error: {e}"));
                status = ExitStatus::Error;
            }
        }
    }
    if args.format == ExtractFormat::Json {
        let doc = json!({ "version": 1, "figures": all });
        let _ = writeln!(out, "{doc}");
    }
    write_stdout(&out)?;
    Ok(status)
}

/// The JSON object of one figure (the `jsonl` contract).
pub(super) fn figure_json(doc: &Document, f: &Figure) -> Json {
    let lc = doc.line_col(f.span.start);
    json!({
        "file": doc.path,
        "start": f.span.start,
        "end": f.span.end,
        "line": lc.line,
        "column": lc.column,
        "text": f.text,
        "kind": f.kind.as_str(),
        "value": f.value,
        "unit": f.unit,
        "qualifier": f.qualifier,
        "interval": f.interval,
        "rounding": f.rounding,
        "subject": f.subject.as_ref().map(|s| s.text.as_str()),
        "subject_key": f.subject_key(),
        "direction": f.placement.direction,
        "year": f.placement.year,
        "place": f.placement.place,
        "sentence": f.placement.sentence,
        "paragraph": f.placement.paragraph,
        "section": f.placement.section,
        "headline": f.placement.headline,
    })
}

/// A value for people: "20000", "1.2e9" as "1200000000", a range as "10..20".
pub(super) fn show_value(v: Value) -> String {
    fn one(x: f64) -> String {
        if x.fract() == 0.0 && x.abs() < 1e16 {
            // A whole number below 10^16 is an integer exactly; printing it as one
            // spares the float formatter's exact (and slow) path. "-0" stays "-0".
            #[expect(
                clippy::cast_possible_truncation,
                reason = "a whole number below 10^16 fits an i64 exactly"
            )]
            let n = x as i64;
            if n == 0 && x.is_sign_negative() {
                "-0".to_owned()
            } else {
                n.to_string()
            }
        } else {
            let s = format!("{x:.6}");
            s.trim_end_matches('0').trim_end_matches('.').to_owned()
        }
    }
    match v {
        Value::Number(x) => one(x),
        Value::Range(l, h) => format!("{}..{}", one(l), one(h)),
    }
}

fn qualifier_name(f: &Figure) -> &'static str {
    match f.qualifier {
        crate::Qualifier::Exact => "exact",
        crate::Qualifier::Approx => "approx",
        crate::Qualifier::LowerBound => "lower_bound",
        crate::Qualifier::UpperBound => "upper_bound",
        crate::Qualifier::Range => "range",
        crate::Qualifier::Vague => "vague",
    }
}

fn direction_name(d: Option<Direction>) -> &'static str {
    match d {
        Some(Direction::Increase) => "increase",
        Some(Direction::Decrease) => "decrease",
        None => "",
    }
}

fn escape(text: &str) -> String {
    // Most texts need no escape: they are copied once instead of four times.
    if !text.contains(['\\', '\t', '\n', '\r']) {
        return text.to_owned();
    }
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn table(doc: &Document, figures: &[Figure], out: &mut String) {
    let rows: Vec<[String; 6]> = figures
        .iter()
        .map(|f| {
            let lc = doc.line_col(f.span.start);
            let kind = match &f.unit {
                Some(u) if f.kind.as_str() != u => format!("{} {u}", f.kind.as_str()),
                _ => f.kind.as_str().to_owned(),
            };
            [
                format!("{}:{}", lc.line, lc.column),
                escape(&f.text),
                kind,
                show_value(f.value),
                qualifier_name(f).to_owned(),
                f.subject_key().unwrap_or("-").to_owned(),
            ]
        })
        .collect();
    let header = ["at", "text", "kind", "value", "qualifier", "subject"];
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let _ = writeln!(out, "{}", doc.path);
    let line = |cells: [&str; 6], out: &mut String| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(cell);
            } else {
                let pad = w - cell.chars().count();
                s.push_str(cell);
                s.extend(std::iter::repeat_n(' ', pad + 2));
            }
        }
        let _ = writeln!(out, "  {}", s.trim_end());
    };
    line(header, out);
    for row in &rows {
        line([&row[0], &row[1], &row[2], &row[3], &row[4], &row[5]], out);
    }
}

fn tsv(doc: &Document, figures: &[Figure], out: &mut String) {
    for f in figures {
        let lc = doc.line_col(f.span.start);
        let bound = |x: Option<f64>| x.map_or(String::new(), |x| show_value(Value::Number(x)));
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            escape(&doc.path),
            lc.line,
            lc.column,
            f.span.start,
            f.span.end,
            escape(&f.text),
            f.kind.as_str(),
            show_value(f.value),
            f.unit.as_deref().unwrap_or(""),
            qualifier_name(f),
            bound(f.interval.low),
            bound(f.interval.high),
            f.subject_key().unwrap_or(""),
            direction_name(f.placement.direction),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{Value, escape, show_value};

    #[test]
    fn whole_numbers_print_as_integers() {
        assert_eq!(show_value(Value::Number(1.2e9)), "1200000000");
        assert_eq!(show_value(Value::Number(-5.0)), "-5");
        assert_eq!(show_value(Value::Number(-0.0)), "-0");
        assert_eq!(
            show_value(Value::Number(9_007_199_254_740_993.0)),
            "9007199254740992"
        );
        assert_eq!(show_value(Value::Number(2e16)), "20000000000000000");
    }

    #[test]
    fn fractions_print_with_at_most_six_places() {
        assert_eq!(show_value(Value::Number(0.5)), "0.5");
        assert_eq!(show_value(Value::Number(1.0 / 3.0)), "0.333333");
        assert_eq!(show_value(Value::Range(1.5, 20.0)), "1.5..20");
    }

    #[test]
    fn escape_leaves_plain_text_alone() {
        assert_eq!(escape("over 20,000"), "over 20,000");
        assert_eq!(escape("a\tb\\c\nd\re"), "a\\tb\\\\c\\nd\\re");
    }
}
