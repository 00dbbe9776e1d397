//! Stage 6, reporting: findings and verdicts → text. One renderer per format;
//! renderers never decide what is a finding.

pub mod human;
pub mod json;
pub mod verdicts;
