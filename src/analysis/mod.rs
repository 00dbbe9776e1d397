//! Stage 4, analysis: lints over a compiled policy.
//!
//! Each lint is one module in `lints/` with a stable code, a default severity,
//! a bilingual explanation (`pasal explain CODE`) and a fixture with a snapshot
//! in `tests/fixtures/lints/`. Architecture invariant: analysis never mutates
//! the IR and never stops at the first finding.

pub mod context;
pub mod lints;

use crate::codes::Code;
use crate::diagnostics::{Finding, Severity};
use crate::ir::Policy;
pub use context::Context;
use std::collections::BTreeMap;

pub use crate::codes::Lint;

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Severity overrides per code; `None` turns a code off.
    pub severities: BTreeMap<Code, Option<Severity>>,
}

impl Options {
    /// Applies severity overrides.
    pub fn apply_severities(&self, findings: &mut Vec<Finding>) {
        if self.severities.is_empty() {
            return;
        }
        findings.retain_mut(|f| match self.severities.get(&f.code) {
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
pub fn run(
    policy: &Policy,
    baselines: &[std::sync::Arc<Policy>],
    _options: &Options,
) -> Vec<Finding> {
    let cx = Context { policy, baselines };
    let mut out = Vec::new();
    for check in lints::CHECKS {
        check(&cx, &mut out);
    }
    out
}

/// The explanation of every code, in code order.
pub fn all_codes() -> impl Iterator<Item = &'static Lint> {
    Code::ALL.iter().filter_map(|c| explanation(*c))
}

/// Looks a code's explanation up (case-insensitive).
pub fn lint(code: &str) -> Option<&'static Lint> {
    Code::parse(code).and_then(explanation)
}

/// A code's explanation: in `codes::COMPILER` for the compiler's own codes,
/// in the lint's module for a lint (a test checks that every code has
/// exactly one).
pub fn explanation(code: Code) -> Option<&'static Lint> {
    crate::codes::COMPILER
        .iter()
        .chain(lints::DOCS.iter().copied())
        .find(|l| l.code == code)
}

/// Reads severity overrides from a `pasal.toml` text:
/// `[severity]` then `PSL602 = "error"` (or `"warning"`, `"info"`, `"off"`).
pub fn parse_config(text: &str) -> Result<BTreeMap<Code, Option<Severity>>, String> {
    let value: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut out = BTreeMap::new();
    for (k, v) in &value {
        if k != "severity" {
            return Err(format!(
                "unknown section `{k}`; the config has one section, `[severity]`"
            ));
        }
        let Some(t) = v.as_table() else {
            return Err("`severity` must be a table".into());
        };
        for (code, level) in t {
            let level = level
                .as_str()
                .ok_or_else(|| format!("`{code}`: the level must be a string"))?;
            let (code, level) = parse_level(code, level)?;
            out.insert(code, level);
        }
    }
    Ok(out)
}

/// Parses a code and its level: `error`, `warning`, `info` or `off`.
pub fn parse_level(code: &str, level: &str) -> Result<(Code, Option<Severity>), String> {
    let Some(parsed) = Code::parse(code) else {
        return Err(format!("unknown code `{code}` (see `pasal explain`)"));
    };
    if level == "off" {
        return Ok((parsed, None));
    }
    Severity::parse(level)
        .map(|s| (parsed, Some(s)))
        .ok_or_else(|| {
            format!("`{code}`: unknown level `{level}`; use error, warning, info or off")
        })
}
