//! Stage 6, reporting: findings and verdicts → text. One renderer per format;
//! renderers never decide what is a finding.

pub mod codes_doc;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod verdicts;

/// One rule as `pasal rules` lists it: id, category, `[levels / mechanisms]`
/// and the summary (the language server's hover shows the same line).
pub fn rule_line(r: &crate::ir::IrRule) -> String {
    let scope = format!(
        "{} / {}",
        r.scope
            .levels
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(","),
        r.scope
            .mechanisms
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(",")
    );
    format!(
        "{:<48} {:<18} [{}] {}",
        r.id,
        r.category().as_str(),
        scope,
        r.summary()
    )
}
