//! Verdicts of `pasal verify` (and `pasal test`) as human text and JSON.

use crate::check::verify::{Report, Status};
use crate::ir::Policy;
use serde::Serialize;

/// One verdict in JSON.
#[derive(Serialize)]
struct JsonVerdict<'a> {
    rule: &'a str,
    status: &'a str,
    message: &'a str,
    explanation: &'a str,
    facts: &'a [String],
    clause: &'a str,
    candidate: Option<&'a str>,
    file: &'a str,
    line: usize,
    column: usize,
}

/// Counts of verdicts.
#[derive(Serialize, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Satisfied.
    pub satisfied: usize,
    /// Violated.
    pub violated: usize,
    /// Unknown.
    pub unknown: usize,
    /// Rules that do not apply.
    pub not_applicable: usize,
}

impl Counts {
    /// Counts a report.
    pub fn of(r: &Report) -> Counts {
        let mut c = Counts {
            not_applicable: r.not_applicable,
            ..Counts::default()
        };
        for v in &r.verdicts {
            match v.status {
                Status::Satisfied => c.satisfied += 1,
                Status::Violated => c.violated += 1,
                Status::Unknown => c.unknown += 1,
            }
        }
        c
    }
}

/// The `verify --format json` document.
pub fn json(policy: &Policy, case_name: &str, report: &Report) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        version: u32,
        policy: String,
        case: &'a str,
        verdicts: Vec<JsonVerdict<'a>>,
        summary: Counts,
    }
    let verdicts = report
        .verdicts
        .iter()
        .map(|v| {
            let (line, column) = policy.file.line_col(v.span.start);
            JsonVerdict {
                rule: &v.rule,
                status: v.status.as_str(),
                message: &v.message,
                explanation: &v.explanation,
                facts: &v.facts,
                clause: &v.clause,
                candidate: v.candidate.as_deref(),
                file: &policy.file.name,
                line,
                column,
            }
        })
        .collect();
    let doc = Doc {
        version: 1,
        policy: policy.short_name(),
        case: case_name,
        verdicts,
        summary: Counts::of(report),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Human text: one line per verdict, violated first, then unknown, then satisfied.
pub fn human(policy: &Policy, case_name: &str, report: &Report) -> String {
    let mut out = format!("{} — {}\n", case_name, policy.short_name());
    for status in [Status::Violated, Status::Unknown, Status::Satisfied] {
        for v in report.verdicts.iter().filter(|v| v.status == status) {
            let mark = match status {
                Status::Violated => "✗ melanggar ",
                Status::Unknown => "? tidak tahu",
                Status::Satisfied => "✓ memenuhi  ",
            };
            let who = v
                .candidate
                .as_deref()
                .map(|c| format!(" [calon {c}]"))
                .unwrap_or_default();
            out.push_str(&format!("{mark} {}{who}: {}\n", v.clause, v.message));
            out.push_str(&format!("             {}\n", v.explanation));
            if !v.facts.is_empty() {
                out.push_str(&format!("             fakta: {}\n", v.facts.join("; ")));
            }
        }
    }
    let c = Counts::of(report);
    out.push_str(&format!(
        "{} memenuhi, {} melanggar, {} tidak diketahui, {} tidak berlaku\n",
        c.satisfied, c.violated, c.unknown, c.not_applicable
    ));
    out
}

/// Violated and unknown verdicts as findings at their rules (codes PSL901 and
/// PSL902), so that the SARIF and GitHub renderers serve `verify` too.
pub fn as_findings(policy: &Policy, report: &Report) -> Vec<crate::diagnostics::Finding> {
    use crate::diagnostics::{Finding, Severity};
    report
        .verdicts
        .iter()
        .filter(|v| v.status != Status::Satisfied)
        .map(|v| {
            let (code, severity) = match v.status {
                Status::Violated => ("PSL901", Severity::Error),
                _ => ("PSL902", Severity::Warning),
            };
            let who = v
                .candidate
                .as_deref()
                .map(|c| format!(" [calon {c}]"))
                .unwrap_or_default();
            let mut help = v.explanation.clone();
            if !v.facts.is_empty() {
                help.push_str(&format!(" (fakta: {})", v.facts.join("; ")));
            }
            Finding::new(
                code,
                severity,
                &policy.file,
                v.span,
                format!("{} {}{who}: {}", v.status.as_str(), v.rule, v.message),
            )
            .clause(v.clause.clone())
            .label(v.status.as_str())
            .help(help)
        })
        .collect()
}
