//! JSON output of findings and compiled rules. The schema is documented in
//! docs/json.md; field names are part of the interface.

use crate::diagnostics::{Finding, Severity};
use crate::ir::{Policy, Scope};
use serde::Serialize;

/// One finding in JSON.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    /// Stable code.
    pub code: &'a str,
    /// `error`, `warning`, `info`.
    pub severity: &'a str,
    /// The message.
    pub message: &'a str,
    /// What to change.
    pub help: Option<&'a str>,
    /// Canonical clause citation.
    pub clause: Option<&'a str>,
    /// File as given.
    pub file: &'a str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
    /// 1-based end line.
    pub end_line: usize,
    /// 1-based end column.
    pub end_column: usize,
    /// Reason, when acknowledged in the policy.
    pub acknowledged: Option<&'a str>,
    /// Other locations.
    pub related: Vec<JsonRelated<'a>>,
}

/// A related location in JSON.
#[derive(Serialize)]
pub struct JsonRelated<'a> {
    /// What is there.
    pub message: &'a str,
    /// Its clause.
    pub clause: Option<&'a str>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Converts a finding.
pub fn finding(f: &Finding) -> JsonFinding<'_> {
    let (line, column) = f.file.line_col(f.span.start);
    let (end_line, end_column) = f.file.line_col(f.span.end);
    JsonFinding {
        code: f.code.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        help: f.help.as_deref(),
        clause: f.clause.as_deref(),
        file: &f.file.name,
        line,
        column,
        end_line,
        end_column,
        acknowledged: f.acknowledged.as_deref(),
        related: f
            .related
            .iter()
            .map(|r| {
                let (line, column) = f.file.line_col(r.span.start);
                JsonRelated {
                    message: &r.label,
                    clause: r.clause.as_deref(),
                    line,
                    column,
                }
            })
            .collect(),
    }
}

/// Counts by severity.
#[derive(Serialize, Default)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Unacknowledged errors.
    pub errors: usize,
    /// Unacknowledged warnings.
    pub warnings: usize,
    /// Unacknowledged infos.
    pub infos: usize,
    /// Acknowledged findings.
    pub acknowledged: usize,
}

impl Summary {
    /// Counts findings.
    pub fn of(files: usize, findings: &[Finding]) -> Self {
        let mut s = Summary {
            files,
            ..Summary::default()
        };
        s.add(findings);
        s
    }

    /// Counts more findings into the summary.
    pub fn add(&mut self, findings: &[Finding]) {
        let s = self;
        for f in findings {
            if f.acknowledged.is_some() {
                s.acknowledged += 1;
                continue;
            }
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
    }
}

/// The `check --format json` document.
pub fn check_report(files: usize, findings: &[Finding]) -> String {
    let blocks: Vec<String> = findings.iter().map(finding_block).collect();
    check_report_of_blocks(&blocks, &Summary::of(files, findings))
}

/// One finding as it stands in the `check` document's `findings` array
/// (pretty-printed, indented for its place): `check` keeps these rather than
/// the findings, whose source files would make memory grow with a folder.
pub fn finding_block(f: &Finding) -> String {
    let pretty = serde_json::to_string_pretty(&finding(f))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    let mut out = String::with_capacity(pretty.len() + 64);
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
    out
}

/// The `check` document from its findings' blocks ([`finding_block`]) and its
/// summary: the same bytes as serde's pretty printer gives for the whole.
pub fn check_report_of_blocks(blocks: &[String], summary: &Summary) -> String {
    let summary = serde_json::to_string_pretty(summary)
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
        .replace('\n', "\n  ");
    let findings = if blocks.is_empty() {
        "[]".to_string()
    } else {
        format!("[\n{}\n  ]", blocks.join(",\n"))
    };
    format!("{{\n  \"version\": 1,\n  \"findings\": {findings},\n  \"summary\": {summary}\n}}")
}

/// The `check` document written piece by piece as files are checked, with
/// the same bytes as [`check_report_of_blocks`] gives for the whole: the head,
/// then each finding's block as it comes, then the summary. A folder's
/// findings need not be held until the end.
#[derive(Default)]
pub struct CheckStream {
    /// Whether a finding was written (the array is `[]` otherwise).
    any: bool,
}

impl CheckStream {
    /// The start of the document, up to the opening of the findings array.
    pub fn head(&self) -> &'static str {
        "{\n  \"version\": 1,\n  \"findings\": ["
    }

    /// Appends one finding's block to `out`, after a comma when it is not the first.
    pub fn push(&mut self, out: &mut String, f: &Finding) {
        out.push_str(if self.any { ",\n" } else { "\n" });
        self.any = true;
        out.push_str(&finding_block(f));
    }

    /// The end of the document: the array closed, and the summary.
    pub fn tail(&self, summary: &Summary) -> String {
        let summary = serde_json::to_string_pretty(summary)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
            .replace('\n', "\n  ");
        let close = if self.any { "\n  ]" } else { "]" };
        format!("{close},\n  \"summary\": {summary}\n}}")
    }
}

/// One compiled rule in JSON.
#[derive(Serialize)]
pub struct JsonRule<'a> {
    /// Stable rule id.
    pub rule: &'a str,
    /// Canonical citation.
    pub clause: &'a str,
    /// Category.
    pub category: &'a str,
    /// Kind of rule.
    pub kind: &'a str,
    /// wajib / dapat / dilarang; null for definitions and list items.
    pub modality: Option<crate::ir::Modality>,
    /// Levels, eselon, mechanisms governed.
    pub scope: &'a Scope,
    /// Typed parameters.
    pub parameters: &'a crate::ir::RuleKind,
    /// `jika`.
    pub condition: Option<&'a crate::ir::Cond>,
    /// `kecuali`.
    pub exception: Option<&'a crate::ir::Cond>,
    /// Clause the rule relies on (`dasar`).
    pub basis: Option<&'a str>,
    /// One-line summary.
    pub message: String,
    /// The clause's verbatim text.
    pub text: String,
    /// File.
    pub file: &'a str,
    /// 1-based line of the rule.
    pub line: usize,
    /// 1-based column of the rule.
    pub column: usize,
}

/// The `rules --format json` document.
pub fn rules_report(policy: &Policy, findings: &[Finding]) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        version: u32,
        policy: String,
        identity: &'a crate::ir::IdentityInfo,
        rules: Vec<JsonRule<'a>>,
        findings: Vec<JsonFinding<'a>>,
    }
    let rules = policy
        .rules
        .iter()
        .map(|r| {
            let (line, column) = policy.file.line_col(r.span.start);
            JsonRule {
                rule: &r.id,
                clause: &r.citation,
                category: r.category().as_str(),
                kind: r.kind.name(),
                modality: match r.kind {
                    crate::ir::RuleKind::ListItem { .. }
                    | crate::ir::RuleKind::PostClass { .. }
                    | crate::ir::RuleKind::Fact { .. }
                    | crate::ir::RuleKind::Term { .. } => None,
                    _ => Some(r.modality),
                },
                scope: &r.scope,
                parameters: &r.kind,
                condition: r.condition.as_ref(),
                exception: r.exception.as_ref(),
                basis: r.basis.map(|b| policy.cite(b)),
                message: r.kind.summary(),
                text: policy
                    .clauses
                    .get(r.clause)
                    .map(|c| c.text())
                    .unwrap_or_default(),
                file: &policy.file.name,
                line,
                column,
            }
        })
        .collect();
    let doc = Doc {
        version: 1,
        policy: policy.short_name(),
        identity: &policy.identity,
        rules,
        findings: findings.iter().map(finding).collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole document as serde prints it in one piece.
    fn whole(files: usize, findings: &[Finding]) -> String {
        #[derive(Serialize)]
        struct Doc<'a> {
            version: u32,
            findings: Vec<JsonFinding<'a>>,
            summary: Summary,
        }
        let doc = Doc {
            version: 1,
            findings: findings.iter().map(finding).collect(),
            summary: Summary::of(files, findings),
        };
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    }

    #[test]
    fn the_document_streamed_is_the_document_serde_prints() {
        let source = "peraturan {\n  jenis peraturan_walikota\n}\npasal 1 \"Calon berusia 56 (lima puluh enam) tahun.\"\n";
        let c =
            crate::driver::compile_bytes("x.pasal", source.as_bytes(), None, &Default::default());
        assert!(c.findings.len() >= 2, "{}", c.findings.len());
        for n in [0, 1, 2, c.findings.len()] {
            let some = &c.findings[..n];
            let mut stream = CheckStream::default();
            let mut text = stream.head().to_string();
            for f in some {
                stream.push(&mut text, f);
            }
            text.push_str(&stream.tail(&Summary::of(1, some)));
            assert_eq!(text, whole(1, some), "{n} findings");
        }
    }

    #[test]
    fn the_document_from_blocks_is_the_document_serde_prints() {
        let source = "peraturan {\n  jenis peraturan_walikota\n}\npasal 1 \"Calon berusia 56 (lima puluh enam) tahun.\"\n";
        let c =
            crate::driver::compile_bytes("x.pasal", source.as_bytes(), None, &Default::default());
        assert!(c.findings.len() >= 2, "{}", c.findings.len());
        for n in [0, 1, 2, c.findings.len()] {
            let some = &c.findings[..n];
            assert_eq!(check_report(1, some), whole(1, some), "{n} findings");
        }
    }
}
