//! `textDocument/definition` and `textDocument/references`: a reference
//! (`rujuk`, `dasar`, "sebagaimana dimaksud dalam Pasal …") leads to its
//! clause — in this file, or in a national baseline the policy follows
//! (`mengikuti`) when the text names that regulation; `mengikuti "…"` itself
//! leads to the baseline's file.

use super::hover::clause_at;
use super::state::{path_to_uri, Document};
use crate::analysis::Options;
use crate::driver;
use crate::ir::{Policy, Reference};
use lsp_types::{Location, Position, Range, Uri};
use std::path::{Path, PathBuf};

/// Where the reference (or `mengikuti`) at `pos` leads.
pub fn definition(uri: &Uri, doc: &Document, pos: Position) -> Option<Location> {
    let offset = doc.offset(pos)?;
    let policy = doc.policy.as_ref()?;
    if let Some((rel, _)) = policy
        .identity
        .follows
        .iter()
        .find(|(_, s)| s.start <= offset && offset < s.end)
    {
        let path = baseline_path(rel, doc.path.as_deref())?;
        return Some(Location::new(path_to_uri(&path)?, Range::default()));
    }
    let r = reference_at(policy, offset)?;
    if let Some(target) = r.target {
        let clause = policy.clauses.get(target)?;
        return Some(Location::new(uri.clone(), doc.range(clause.span)));
    }
    if r.external {
        return into_baseline(doc, policy, r);
    }
    None
}

/// Every reference to the clause under `pos` (and the clause itself when
/// `include_declaration`).
pub fn references(
    uri: &Uri,
    doc: &Document,
    pos: Position,
    include_declaration: bool,
) -> Vec<Location> {
    let Some(offset) = doc.offset(pos) else {
        return Vec::new();
    };
    let Some(policy) = doc.policy.as_ref() else {
        return Vec::new();
    };
    // On a reference: the references to its target; else to the clause here.
    let target = match reference_at(policy, offset) {
        Some(r) => r.target,
        None => clause_at(policy, offset),
    };
    let Some(target) = target else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if include_declaration {
        if let Some(c) = policy.clauses.get(target) {
            out.push(Location::new(uri.clone(), doc.range(c.span)));
        }
    }
    out.extend(
        policy
            .references
            .iter()
            .filter(|r| r.target == Some(target))
            .map(|r| Location::new(uri.clone(), doc.range(r.span))),
    );
    out
}

/// The innermost reference whose span holds `offset`.
fn reference_at(policy: &Policy, offset: usize) -> Option<&Reference> {
    policy
        .references
        .iter()
        .filter(|r| r.span.start <= offset && offset <= r.span.end)
        .min_by_key(|r| r.span.len())
}

/// A reference into another regulation: when the words after it name a
/// baseline the policy follows ("… Peraturan Pemerintah Nomor 11 Tahun
/// 2017"), the clause of that baseline with the same citation.
fn into_baseline(doc: &Document, policy: &Policy, r: &Reference) -> Option<Location> {
    let after: String = doc
        .text
        .get(r.span.end..)?
        .chars()
        .take(160)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for (rel, _) in &policy.identity.follows {
        let Some(path) = baseline_path(rel, doc.path.as_deref()) else {
            continue;
        };
        let compiled = driver::compile_path(&path, &Options::default());
        let Some(base) = compiled.policy else {
            continue;
        };
        let (Some(nomor), Some(tahun)) = (base.identity.nomor, base.identity.tahun) else {
            continue;
        };
        if !after.contains(&format!("Nomor {nomor} Tahun {tahun}")) {
            continue;
        }
        let clause = base.clauses.iter().find(|c| c.citation == r.absolute)?;
        let lines = super::position::LineIndex::new(&base.file.text);
        return Some(Location::new(
            path_to_uri(&path)?,
            lines.range(&base.file.text, clause.span),
        ));
    }
    None
}

/// The file of a baseline as `mengikuti` names it: relative to the policy's
/// folder; a built-in one (`bawaan:nasional/…`) is looked for under
/// `policies/` in the policy's folder, its ancestors and the working folder.
pub fn baseline_path(rel: &str, doc_path: Option<&Path>) -> Option<PathBuf> {
    let dir = doc_path.and_then(Path::parent);
    let Some(name) = rel.strip_prefix(driver::BUILT_IN_PREFIX) else {
        let p = dir.map_or_else(|| PathBuf::from(rel), |d| d.join(rel));
        return p.is_file().then_some(p);
    };
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(d) = dir {
        for a in d.ancestors() {
            candidates.push(a.join("policies").join(name));
            if a.file_name().is_some_and(|n| n == "policies") {
                candidates.push(a.join(name));
            }
        }
    }
    if let Ok(cwd) = std::env::current_dir() {
        candidates.push(cwd.join("policies").join(name));
    }
    candidates.into_iter().find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::baseline_path;
    use std::path::Path;

    #[test]
    fn built_in_baselines_are_found_under_policies() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let doc = root.join("policies/kota-tarakan-2023-8.pasal");
        let want = root.join("policies/nasional/pp-11-2017.pasal");
        assert_eq!(
            baseline_path("bawaan:nasional/pp-11-2017.pasal", Some(&doc)),
            Some(want.clone())
        );
        assert_eq!(
            baseline_path("nasional/pp-11-2017.pasal", Some(&doc)),
            Some(want)
        );
        assert_eq!(
            baseline_path("bawaan:nasional/none.pasal", Some(&doc)),
            None
        );
        assert_eq!(baseline_path("nasional/none.pasal", Some(&doc)), None);
    }
}
