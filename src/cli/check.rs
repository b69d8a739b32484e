//! `numcheck check`.

use std::io::IsTerminal as _;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::{ExitStatus, read_stdin, write_stderr, write_stdout};
use crate::baseline::Baseline;
use crate::changed::{self, ChangedLines};
use crate::config::{Config, ConfigOptions};
use crate::report::{self, OutputFormat};
use crate::walk::{self, Input};
use crate::{Document, Error, Finding, Format, RuleSet, Severity, check_document};

/// Arguments of `numcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and folders to check (folders recursively, honouring .gitignore; files
    /// ending in .md, .markdown, .txt, .html, .htm), or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// The name standard input is reported under; its extension picks the format.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<String>,
    /// Hide the findings recorded in this baseline file as reviewed.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every current finding in this baseline file as reviewed, and report none.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Report only findings that touch a line changed since this git revision.
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Number of threads (default: one per processor): several files are checked at
    /// once, and a single long draft is split between them.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<NonZeroUsize>,
    /// Take the rules from this rule file instead of the configuration's rules.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Use this configuration file for every draft (no `numcheck.yaml` discovery).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file: the default rules (or `--rules`), nothing ignored.
    #[arg(long)]
    pub no_config: bool,
}

impl CheckArgs {
    /// Where rules and configuration come from.
    pub fn config_options(&self) -> ConfigOptions {
        ConfigOptions {
            config: self.config.clone(),
            no_config: self.no_config,
            rules: self.rules.clone(),
        }
    }
}

/// The `--fail-on` threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Fail on errors only.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail because of findings.
    Never,
}

impl FailOn {
    fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// One input, checked.
struct Checked {
    doc: Document,
    findings: Vec<Finding>,
    /// The lines changed since `--changed-since`, when asked.
    changed: Option<ChangedLines>,
}

/// What every worker shares.
struct Job<'a> {
    /// Rules and ignore globs, per draft.
    config: &'a Config,
    changed_since: Option<&'a str>,
    /// Standard input, read up front, with the name it is reported under.
    stdin: Option<(String, Vec<u8>)>,
    /// The `--stdin-filename`, under which standard input's configuration is found.
    stdin_lookup: Option<PathBuf>,
}

/// Runs `numcheck check`.
pub(super) fn run(args: &CheckArgs) -> Result<ExitStatus, Error> {
    let config = Config::new(args.config_options())?;
    let baseline = args.baseline.as_deref().map(Baseline::read).transpose()?;

    let (inputs, walk_errors) = walk::expand(&args.paths);
    let mut input_error = false;
    for e in &walk_errors {
        write_stderr(&format!("numcheck: error: {e}"));
        input_error = true;
    }
    if let Some(rev) = &args.changed_since {
        // Asked once, where the first draft is, so a bad revision is one clear error.
        let dir = inputs.iter().find_map(|i| match i {
            Input::File(p) => Some(changed::folder_of(p)).filter(|d| d.is_dir()),
            Input::Stdin => None,
        });
        changed::verify_revision(rev, dir.unwrap_or(Path::new(".")))?;
    }
    if inputs.is_empty() && walk_errors.is_empty() {
        write_stderr("numcheck: warning: no drafts (.md, .markdown, .txt, .html, .htm) found");
    }
    let stdin = if inputs.contains(&Input::Stdin) {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| "<stdin>".to_owned());
        let bytes = read_stdin(&name)?;
        Some((name, bytes))
    } else {
        None
    };
    let job = Job {
        config: &config,
        changed_since: args.changed_since.as_deref(),
        stdin,
        stdin_lookup: args.stdin_filename.as_ref().map(PathBuf::from),
    };
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        NonZeroUsize::get,
    );

    let mut docs = Vec::new();
    let mut findings = Vec::new();
    let mut changed = Vec::new();
    for result in check_all(&job, &inputs, threads) {
        match result {
            Ok(None) => {}
            Ok(Some(c)) => {
                findings.extend(c.findings);
                changed.push(c.changed);
                docs.push(c.doc);
            }
            Err(e) => {
                write_stderr(&format!("numcheck: error: {e}"));
                input_error = true;
            }
        }
    }

    if let Some(path) = &args.write_baseline {
        let recorded = Baseline::from_findings(&docs, &findings);
        recorded.write(path)?;
        write_stderr(&format!(
            "numcheck: recorded {} finding{} as reviewed in {}",
            recorded.entries.len(),
            if recorded.entries.len() == 1 { "" } else { "s" },
            path.display()
        ));
        return Ok(if input_error {
            ExitStatus::Error
        } else {
            ExitStatus::Clean
        });
    }
    if args.changed_since.is_some() {
        findings.retain(|f| {
            docs.iter()
                .zip(&changed)
                .find(|(d, _)| d.path == f.file)
                .is_none_or(|(d, c)| c.as_ref().is_none_or(|c| c.touches_finding(d, f)))
        });
    }
    if let Some(baseline) = &baseline {
        findings = baseline.filter(&docs, findings).0;
    }

    // Colour only on a terminal without NO_COLOR; SARIF describes each rule with the
    // rule sets the drafts were checked with.
    let color = report::color_wanted(
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    );
    let mut rule_sets: Vec<Arc<RuleSet>> = Vec::new();
    if args.format == OutputFormat::Sarif {
        rule_sets.extend(
            docs.iter()
                .filter_map(|d| config.rules_for(Path::new(&d.path)).ok()),
        );
        rule_sets.dedup_by(|a, b| Arc::ptr_eq(a, b));
    }
    let rules: Vec<&RuleSet> = rule_sets.iter().map(AsRef::as_ref).collect();
    let options = report::RenderOptions {
        color,
        rules: &rules,
    };
    write_stdout(&report::render_with(
        args.format,
        &docs,
        &findings,
        &options,
    ))?;
    Ok(if input_error {
        ExitStatus::Error
    } else if findings.iter().any(|f| args.fail_on.fails(f.severity)) {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    })
}

/// Checks every input on up to `threads` threads; the results come back in the order of
/// `inputs`, so the output never depends on scheduling.
fn check_all(
    job: &Job<'_>,
    inputs: &[Input],
    threads: usize,
) -> Vec<Result<Option<Checked>, Error>> {
    // Several files share the threads, one file each; a single file gets them all.
    let files_at_once = threads.clamp(1, inputs.len().max(1));
    crate::parallel::set_threads((threads / files_at_once).max(1));
    crate::parallel::in_order(inputs.len(), files_at_once, |i| check_one(job, &inputs[i]))
}

fn check_one(job: &Job<'_>, input: &Input) -> Result<Option<Checked>, Error> {
    // The path configuration is looked up for: standard input is looked up under its
    // `--stdin-filename`, if any.
    let (doc, path, lookup) = match input {
        Input::File(path) => {
            if job.config.is_ignored(path)? {
                return Ok(None);
            }
            (Document::read(path)?, Some(path.as_path()), path.as_path())
        }
        Input::Stdin => {
            let (name, bytes) = job.stdin.clone().unwrap_or_default();
            let format = Format::from_path(Path::new(&name));
            let lookup = job.stdin_lookup.as_deref().unwrap_or(Path::new("-"));
            (Document::from_bytes(name, bytes, format)?, None, lookup)
        }
    };
    let rules = job.config.rules_for(lookup)?;
    let outcome = check_document(&doc, &rules);
    let changed = match (job.changed_since, path) {
        (Some(rev), Some(path)) => Some(changed::changed_lines(path, rev)?),
        // Standard input has no history: all of it counts as changed.
        (Some(_), None) => Some(ChangedLines::all()),
        (None, _) => None,
    };
    Ok(Some(Checked {
        doc,
        findings: outcome.findings,
        changed,
    }))
}
