//! Verdicts of `pasal verify` (and `pasal test`) as human text and JSON.
//!
//! Explanations and the words around them follow `--lang`; the rule's
//! message and the facts quote the policy and the case, in Indonesian.

use crate::check::verify::{Report, Status, Verdict};
use crate::codes::Code;
use crate::diagnostics::Lang;
use crate::ir::Policy;
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
fn status_words(status: Status, lang: Lang) -> &'static str {
    status_text(status).get(lang)
}

fn status_text(status: Status) -> crate::messages::Text {
    use crate::messages::label;
    match status {
        Status::Satisfied => label::SATISFIED,
        Status::Violated => label::VIOLATED,
        Status::Unknown => label::UNKNOWN,
    }
}

/// ` [calon ID]` / ` [candidate ID]` for a verdict on a candidate, else empty.
fn candidate_words(v: &Verdict, lang: Lang) -> String {
    let word = match lang {
        Lang::En => "candidate",
        Lang::Id => "calon",
    };
    v.candidate
        .as_deref()
        .map(|c| format!(" [{word} {c}]"))
        .unwrap_or_default()
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
    let facts_word = match lang {
        Lang::En => "facts",
        Lang::Id => "fakta",
    };
    for status in [Status::Violated, Status::Unknown, Status::Satisfied] {
        for v in report.verdicts.iter().filter(|v| v.status == status) {
            // Every mark is 12 characters wide, so the text after it lines up.
            let mark = match (lang, status) {
                (Lang::En, Status::Violated) => "✗ violated  ",
                (Lang::En, Status::Unknown) => "? unknown   ",
                (Lang::En, Status::Satisfied) => "✓ satisfied ",
                (Lang::Id, Status::Violated) => "✗ melanggar ",
                (Lang::Id, Status::Unknown) => "? tidak tahu",
                (Lang::Id, Status::Satisfied) => "✓ memenuhi  ",
            };
            let who = candidate_words(v, lang);
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
    out.push_str(&match lang {
        Lang::En => format!(
            "{} satisfied, {} violated, {} unknown, {} not applicable\n",
            c.satisfied, c.violated, c.unknown, c.not_applicable
        ),
        Lang::Id => format!(
            "{} memenuhi, {} melanggar, {} tidak diketahui, {} tidak berlaku\n",
            c.satisfied, c.violated, c.unknown, c.not_applicable
        ),
    });
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
            let text = |lang: Lang, facts_word: &str| {
                let message = format!(
                    "{} {}{}: {}",
                    status_words(v.status, lang),
                    v.rule,
                    candidate_words(v, lang),
                    v.message
                );
                let mut help = v.explanation_in(lang).to_string();
                if !v.facts.is_empty() {
                    help.push_str(&format!(" ({facts_word}: {})", v.facts.join("; ")));
                }
                (message, help)
            };
            let (message, help) = text(Lang::En, "facts");
            let (message_id, help_id) = text(Lang::Id, "fakta");
            let message = Message {
                en: message,
                id: message_id,
            };
            let help = Message {
                en: help,
                id: help_id,
            };
            Finding::new(code, &policy.file, v.span, message)
                .clause(v.clause.clone())
                .label(status_text(v.status))
                .help(help)
        })
        .collect()
}
