//! Stage 4, analysis: lints over a compiled policy. Each lint is one module
//! with a stable code; analysis never mutates the IR and never stops at the
//! first finding.

use crate::diagnostics::{Finding, Severity};
use crate::ir::Policy;
use std::collections::BTreeMap;

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Severity overrides per code (`--severity CODE=LEVEL`, config file).
    pub severities: BTreeMap<String, Option<Severity>>,
}

impl Options {
    /// Applies severity overrides; `None` turns a code off.
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

/// Runs every lint.
pub fn run(_policy: &Policy, _baselines: &[Policy], _options: &Options) -> Vec<Finding> {
    Vec::new()
}
