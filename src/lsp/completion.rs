//! `textDocument/completion`: the grammar's keywords, the levels, mechanisms
//! and events the checker knows, and the names the policy defines (`daftar`,
//! `butir`, `jabatan`, `fakta`, `istilah`).

use super::state::Document;
use super::words;
use crate::diagnostics::Lang;
use crate::ir::{Event, Level, Mechanism, RuleKind};
use lsp_types::{CompletionItem, CompletionItemKind};
use std::collections::BTreeMap;

/// The grammar, read for its keywords.
const GRAMMAR: &str = include_str!("../../grammar/pasal.pest");

/// Every keyword of the grammar: its literals written with their trailing
/// space (`"syarat "`), which is how the grammar marks a whole word.
pub fn keywords() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = GRAMMAR
        .split('"')
        .skip(1)
        .step_by(2)
        .filter_map(|lit| lit.strip_suffix(' '))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The completion items at any position of `doc` (the editor filters them by
/// what has been typed).
pub fn items(doc: Option<&Document>, lang: Lang) -> Vec<CompletionItem> {
    // By label: each word once, the first kind that offers it wins.
    let mut all: BTreeMap<String, (CompletionItemKind, &'static str)> = BTreeMap::new();
    for k in keywords() {
        all.entry(k.to_string())
            .or_insert((CompletionItemKind::KEYWORD, words::KEYWORD.get(lang)));
    }
    for l in Level::ALL {
        all.entry(l.as_str().to_string())
            .or_insert((CompletionItemKind::ENUM_MEMBER, words::LEVEL.get(lang)));
    }
    for m in Mechanism::ALL {
        all.entry(m.as_str().to_string())
            .or_insert((CompletionItemKind::ENUM_MEMBER, words::MECHANISM.get(lang)));
    }
    for e in Event::ALL {
        all.entry(e.as_str().to_string())
            .or_insert((CompletionItemKind::EVENT, words::EVENT.get(lang)));
    }
    if let Some(policy) = doc.and_then(|d| d.policy.as_ref()) {
        for r in &policy.rules {
            let name = match &r.kind {
                RuleKind::List { name, .. } => name,
                RuleKind::ListItem { key, .. }
                | RuleKind::PostClass { key, .. }
                | RuleKind::Fact { key }
                | RuleKind::Term { key } => key,
                _ => continue,
            };
            if !name.is_empty() {
                all.entry(name.clone())
                    .or_insert((CompletionItemKind::VARIABLE, words::DEFINED.get(lang)));
            }
        }
    }
    all.into_iter()
        .map(|(label, (kind, detail))| CompletionItem {
            label,
            kind: Some(kind),
            detail: Some(detail.to_string()),
            ..Default::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keywords_come_from_the_grammar() {
        let k = super::keywords();
        for w in ["pasal", "syarat", "mengikuti", "masing-masing", "akui"] {
            assert!(k.contains(&w), "{w} missing from {k:?}");
        }
        assert!(!k.contains(&"text"), "a rule name is not a keyword");
    }
}
