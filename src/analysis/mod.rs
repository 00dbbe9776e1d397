//! Stage 4, analysis: lints over a compiled policy.
//!
//! Each lint is one module in `lints/` with a stable code, a default severity,
//! a bilingual explanation (`pasal explain CODE`) and a fixture with a snapshot
//! in `tests/fixtures/lints/`. Architecture invariant: analysis never mutates
//! the IR and never stops at the first finding.

pub mod context;
pub mod lints;

use crate::diagnostics::{Finding, Severity};
use crate::ir::Policy;
pub use context::Context;
use std::collections::BTreeMap;

/// A lint's identity and documentation.
#[derive(Debug)]
pub struct Lint {
    /// Stable code.
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// Family: references, numbering, satisfiability, conflicts, ambiguity, text.
    pub family: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Label at the primary span (English).
    pub label_en: &'static str,
    /// Help (English).
    pub help_en: &'static str,
    /// Help (Indonesian).
    pub help_id: &'static str,
    /// What it checks and why it matters (English).
    pub explain_en: &'static str,
    /// What it checks and why it matters (Indonesian).
    pub explain_id: &'static str,
    /// A bad example.
    pub bad: &'static str,
    /// A good example.
    pub good: &'static str,
}

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Severity overrides per code; `None` turns a code off.
    pub severities: BTreeMap<String, Option<Severity>>,
}

impl Options {
    /// Applies severity overrides.
    pub fn apply_severities(&self, findings: &mut Vec<Finding>) {
        if self.severities.is_empty() {
            return;
        }
        findings.retain_mut(|f| match self.severities.get(f.code) {
            Some(Some(s)) => {
                f.severity = *s;
                true
            }
            Some(None) => false,
            None => true,
        });
    }
}

/// Runs every lint over a policy.
pub fn run(policy: &Policy, baselines: &[Policy], _options: &Options) -> Vec<Finding> {
    let cx = Context { policy, baselines };
    let mut out = Vec::new();
    for (_, check) in lints::ALL {
        check(&cx, &mut out);
    }
    out
}

/// Looks a lint up by code (case-insensitive).
pub fn lint(code: &str) -> Option<&'static Lint> {
    lints::ALL.iter().map(|(l, _)| *l).find(|l| l.code.eq_ignore_ascii_case(code))
}
