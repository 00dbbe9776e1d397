//! `textDocument/hover`: on a finding, what its code checks (`pasal explain`);
//! inside a clause, its citation, its verbatim text and the rules compiled
//! there (as `pasal rules` lists them).

use super::state::Document;
use super::words;
use crate::diagnostics::Lang;
use crate::ir::{ClauseId, Policy};
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

/// The hover at `pos`, or `None` when there is nothing there.
pub fn hover(doc: &Document, pos: Position, lang: Lang) -> Option<Hover> {
    let offset = doc.offset(pos)?;
    let policy = doc.policy.as_ref()?;
    let mut parts: Vec<String> = Vec::new();
    let mut range = None;
    for f in doc.findings.iter().filter(|f| {
        std::sync::Arc::ptr_eq(&f.file, &policy.file)
            && f.span.start <= offset
            && offset < f.span.end.max(f.span.start + 1)
    }) {
        if let Some(l) = crate::analysis::lint(f.code.as_str()) {
            parts.push(format!(
                "**{}** {}\n\n{}:\n\n{}",
                l.code,
                l.code.name(),
                words::WHAT_IT_CHECKS.get(lang),
                l.explain.get(lang)
            ));
            range.get_or_insert(doc.range(f.span));
        }
    }
    if let Some(id) = clause_at(policy, offset) {
        parts.push(clause_hover(policy, id, lang));
        if range.is_none() {
            range = policy.clauses.get(id).map(|c| doc.range(c.span));
        }
    }
    if parts.is_empty() {
        return None;
    }
    parts.dedup();
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// The innermost clause whose span holds `offset`.
pub fn clause_at(policy: &Policy, offset: usize) -> Option<ClauseId> {
    policy
        .clauses
        .enumerate()
        .filter(|(_, c)| c.span.start <= offset && offset < c.span.end)
        .min_by_key(|(_, c)| c.span.len())
        .map(|(i, _)| i)
}

/// Citation, verbatim text and rules of a clause, in Markdown.
fn clause_hover(policy: &Policy, id: ClauseId, lang: Lang) -> String {
    let mut out = format!("**{}**", policy.cite(id));
    let text = policy.clauses.get(id).map(|c| c.text()).unwrap_or_default();
    if !text.is_empty() {
        out.push_str(&format!("\n\n{}:\n\n> {}", words::TEXT.get(lang), text));
    }
    let rules: Vec<String> = policy
        .rules
        .iter()
        .filter(|r| r.clause == id)
        .map(crate::report::rule_line)
        .collect();
    if rules.is_empty() {
        out.push_str(&format!("\n\n{}", words::NO_RULES.get(lang)));
    } else {
        out.push_str(&format!(
            "\n\n{}:\n\n```\n{}\n```",
            words::RULES.get(lang),
            rules.join("\n")
        ));
    }
    out
}
