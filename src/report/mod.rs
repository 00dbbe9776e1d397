//! Stage 6, reporting: findings and verdicts → text. One renderer per format;
//! renderers never decide what is a finding.

pub mod codes_doc;
pub mod excerpt;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod verdicts;
