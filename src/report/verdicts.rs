//! Verdicts of `pasal verify` (and `pasal test`) as human text and JSON.
//!
//! Explanations and the words around them follow `--lang`; the rule's
//! message and the facts quote the policy and the case, in Indonesian.

use crate::check::verify::{Report, Status, Verdict};
use crate::codes::Code;
use crate::diagnostics::Lang;
use crate::ir::Policy;
use crate::messages::report as said;
use crate::messages::Message;
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

/// A status in words, from the catalogue.
fn status_text(status: Status) -> crate::messages::Text {
    use crate::messages::label;
    match status {
        Status::Satisfied => label::SATISFIED,
        Status::Violated => label::VIOLATED,
        Status::Unknown => label::UNKNOWN,
    }
}

/// ` [calon ID]` / ` [candidate ID]` for a verdict on a candidate, else empty.
fn candidate_words(v: &Verdict) -> Message {
    v.candidate
        .as_deref()
        .map(said::msg::candidate)
        .unwrap_or_default()
}

/// A verdict's explanation in both languages.
fn explanation(v: &Verdict) -> Message {
    Message {
        en: v.explanation.clone(),
        id: v.explanation_id.clone(),
    }
}

/// The `verify --format json` document. `explanation` is in `lang`; every
/// other field is the same in both languages.
pub fn json(policy: &Policy, case_name: &str, report: &Report, lang: Lang) -> String {
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
                explanation: v.explanation_in(lang),
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

/// Human text: one line per verdict, violated first, then unknown, then
/// satisfied, with its explanation and facts, and a summary line; the fixed
/// words and the explanations in `lang`.
pub fn human(policy: &Policy, case_name: &str, report: &Report, lang: Lang) -> String {
    let mut out = format!("{} — {}\n", case_name, policy.short_name());
    let facts_word = said::text::FACTS.get(lang);
    for status in [Status::Violated, Status::Unknown, Status::Satisfied] {
        for v in report.verdicts.iter().filter(|v| v.status == status) {
            // Every mark is 12 characters wide, so the text after it lines up.
            let mark = match status {
                Status::Violated => said::text::MARK_VIOLATED,
                Status::Unknown => said::text::MARK_UNKNOWN,
                Status::Satisfied => said::text::MARK_SATISFIED,
            }
            .get(lang);
            let who = candidate_words(v).take(lang);
            out.push_str(&format!("{mark} {}{who}: {}\n", v.clause, v.message));
            out.push_str(&format!("             {}\n", v.explanation_in(lang)));
            if !v.facts.is_empty() {
                out.push_str(&format!(
                    "             {facts_word}: {}\n",
                    v.facts.join("; ")
                ));
            }
        }
    }
    let c = Counts::of(report);
    out.push_str(
        said::msg::verify_summary(c.satisfied, c.violated, c.unknown, c.not_applicable).get(lang),
    );
    out.push('\n');
    out
}

/// Violated and unknown verdicts as findings at their rules (codes PSL901 and
/// PSL902), so that the SARIF and GitHub renderers serve `verify` too. The
/// findings carry English and Indonesian text; localize them
/// ([`crate::diagnostics::Finding::localize`]) before rendering.
pub fn as_findings(policy: &Policy, report: &Report) -> Vec<crate::diagnostics::Finding> {
    use crate::diagnostics::Finding;
    report
        .verdicts
        .iter()
        .filter(|v| v.status != Status::Satisfied)
        .map(|v| {
            let code = match v.status {
                Status::Violated => Code::RuleViolated,
                _ => Code::RuleUnknown,
            };
            let message = said::msg::verdict(
                status_text(v.status),
                &v.rule,
                candidate_words(v),
                &v.message,
            );
            let help = if v.facts.is_empty() {
                explanation(v)
            } else {
                said::msg::with_facts(explanation(v), v.facts.join("; "))
            };
            Finding::new(code, &policy.file, v.span, message)
                .clause(v.clause.clone())
                .label(status_text(v.status))
                .help(help)
        })
        .collect()
}
