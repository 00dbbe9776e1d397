//! `pasal test`: example cases written beside a policy, with expected verdicts.
//!
//! A policy `X.pasal` may have `X.examples.json` next to it:
//! `{"examples": [{"name": …, "case": {…}, "expect": {"RULE[@CANDIDATE]": "satisfied"|"violated"|"unknown"|"not_applicable"}}]}`.
//! RULE is a rule id or a clause citation (every rule of that clause);
//! `@CANDIDATE` narrows eligibility verdicts to one candidate.

use super::calendar::Calendar;
use super::case::{Case, CaseError};
use super::verify::{verify_on, Status};
use crate::ir::{Category, Policy};
use crate::messages::Message;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An examples file.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExampleFile {
    /// The examples.
    pub examples: Vec<Example>,
}

/// One example case and its expected verdicts.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// What it shows.
    pub name: String,
    /// The case.
    pub case: Case,
    /// Expected status per rule (id or clause), optionally `@candidate`.
    pub expect: BTreeMap<String, String>,
}

/// The outcome of one expectation.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Example name.
    pub example: String,
    /// The expectation key.
    pub key: String,
    /// Expected status.
    pub expected: String,
    /// Statuses found (empty: the rule was not judged).
    pub found: Vec<String>,
    /// Passed?
    pub passed: bool,
}

/// Results of running an examples file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Results {
    /// Every expectation.
    pub outcomes: Vec<Outcome>,
    /// Categories with an example expecting `satisfied`.
    pub satisfied_categories: BTreeSet<String>,
    /// Categories with an example expecting `violated`.
    pub violated_categories: BTreeSet<String>,
    /// Examples that could not run (bad vocabulary), with the reason.
    #[serde(serialize_with = "in_english")]
    pub errors: Vec<Message>,
}

/// Reasons serialized as they always were: in English.
fn in_english<S: serde::Serializer>(errors: &[Message], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(errors.iter().map(|m| m.en.as_str()))
}

/// Parses an examples file.
pub fn load(text: &str) -> Result<ExampleFile, CaseError> {
    super::case::parse_json(text)
}

/// Runs the examples of a policy, counting working days on the built-in calendar.
pub fn run(policy: &Policy, file: &ExampleFile) -> Results {
    run_on(policy, file, Calendar::built_in())
}

/// [`run`] with working days counted on `calendar`.
pub fn run_on(policy: &Policy, file: &ExampleFile, calendar: &Calendar) -> Results {
    let mut res = Results::default();
    for ex in &file.examples {
        let report = match verify_on(policy, &ex.case, calendar) {
            Ok(r) => r,
            Err(e) => {
                res.errors.push(crate::messages::case::msg::in_example(
                    &ex.name, &e.path, &e.message,
                ));
                continue;
            }
        };
        for (key, expected) in &ex.expect {
            let (rule, candidate) = match key.split_once('@') {
                Some((r, c)) => (r.trim(), Some(c.trim())),
                None => (key.trim(), None),
            };
            let found: Vec<&super::verify::Verdict> = report
                .verdicts
                .iter()
                .filter(|v| v.rule == rule || v.clause == rule)
                .filter(|v| candidate.is_none_or(|c| v.candidate.as_deref() == Some(c)))
                .collect();
            let statuses: Vec<String> = found
                .iter()
                .map(|v| v.status.as_str().to_string())
                .collect();
            let passed = if expected == "not_applicable" {
                found.is_empty()
            } else {
                !found.is_empty() && statuses.iter().all(|s| s == expected)
            };
            if passed && expected != "not_applicable" {
                for v in &found {
                    let cat = policy
                        .rules
                        .iter()
                        .find(|r| r.id == v.rule)
                        .map(|r| r.category())
                        .unwrap_or(Category::Procedure);
                    match v.status {
                        Status::Satisfied => {
                            res.satisfied_categories.insert(cat.as_str().to_string())
                        }
                        Status::Violated => {
                            res.violated_categories.insert(cat.as_str().to_string())
                        }
                        Status::Unknown => false,
                    };
                }
            }
            res.outcomes.push(Outcome {
                example: ex.name.clone(),
                key: key.clone(),
                expected: expected.clone(),
                found: statuses,
                passed,
            });
        }
    }
    res
}

/// The categories of the policy's rules a case can satisfy or violate.
pub fn checkable_categories(policy: &Policy) -> BTreeSet<String> {
    policy
        .rules
        .iter()
        .filter(|r| !r.malformed && r.category() != Category::Definition)
        .filter(|r| !matches!(r.kind, crate::ir::RuleKind::ListItem { .. }))
        .map(|r| r.category().as_str().to_string())
        .collect()
}
