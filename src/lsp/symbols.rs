//! `textDocument/documentSymbol`: the outline — BAB, Bagian, Paragraf, then
//! Pasal, ayat, huruf and angka, nested as the law nests them.

use super::state::Document;
use crate::ir::{ClauseId, HeadingId, Policy};
use crate::ir::{ClauseKind, HeadingKind};
use crate::source::Span;
use lsp_types::{DocumentSymbol, SymbolKind};

/// The outline of a document (empty when it is not a policy).
pub fn outline(doc: &Document) -> Vec<DocumentSymbol> {
    let Some(policy) = doc.policy.as_ref() else {
        return Vec::new();
    };
    let mut top: Vec<(usize, DocumentSymbol)> = Vec::new();
    for (id, h) in policy.headings.enumerate() {
        if h.parent.is_none() {
            let (_, sym) = heading(doc, policy, id);
            top.push((h.span.start, sym));
        }
    }
    for (id, c) in policy.clauses.enumerate() {
        if c.parent.is_none() && c.heading.is_none() {
            top.push((c.span.start, clause(doc, policy, id).1));
        }
    }
    top.sort_by_key(|(start, _)| *start);
    top.into_iter().map(|(_, s)| s).collect()
}

/// A heading with its sub-headings and its Pasal; the span covers them all.
fn heading(doc: &Document, policy: &Policy, id: HeadingId) -> (Span, DocumentSymbol) {
    let Some(h) = policy.headings.get(id) else {
        return (Span::default(), empty());
    };
    let mut span = h.span;
    let mut children: Vec<(usize, DocumentSymbol)> = Vec::new();
    for (sub, s) in policy.headings.enumerate() {
        if s.parent == Some(id) {
            let (sspan, sym) = heading(doc, policy, sub);
            span = span.join(sspan);
            children.push((sspan.start, sym));
        }
    }
    for (cid, c) in policy.clauses.enumerate() {
        if c.parent.is_none() && c.heading == Some(id) {
            let (cspan, sym) = clause(doc, policy, cid);
            span = span.join(cspan);
            children.push((cspan.start, sym));
        }
    }
    children.sort_by_key(|(start, _)| *start);
    let kind = match h.kind {
        HeadingKind::Bab => SymbolKind::NAMESPACE,
        HeadingKind::Bagian => SymbolKind::MODULE,
        HeadingKind::Paragraf => SymbolKind::PACKAGE,
    };
    (
        span,
        symbol(
            doc,
            h.citation.clone(),
            Some(h.title.clone()),
            kind,
            span,
            h.number_span,
            children.into_iter().map(|(_, s)| s).collect(),
        ),
    )
}

/// A clause with its sub-clauses.
fn clause(doc: &Document, policy: &Policy, id: ClauseId) -> (Span, DocumentSymbol) {
    let Some(c) = policy.clauses.get(id) else {
        return (Span::default(), empty());
    };
    let mut span = c.span;
    let children: Vec<DocumentSymbol> = c
        .children
        .iter()
        .map(|&k| {
            let (s, sym) = clause(doc, policy, k);
            span = span.join(s);
            sym
        })
        .collect();
    let (name, kind) = match c.kind {
        ClauseKind::Pasal => (format!("Pasal {}", c.number), SymbolKind::CLASS),
        ClauseKind::Ayat => (format!("ayat ({})", c.number), SymbolKind::FIELD),
        k => (
            format!("{} {}", k.word(), c.number),
            SymbolKind::ENUM_MEMBER,
        ),
    };
    let text = c.text();
    let detail = (!text.is_empty()).then(|| first_chars(&text, 80));
    (
        span,
        symbol(doc, name, detail, kind, span, c.number_span, children),
    )
}

#[allow(deprecated)] // `deprecated` is a required field of the struct
fn symbol(
    doc: &Document,
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    span: Span,
    selection: Span,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    // The selection must lie inside the range.
    let selection = if span.start <= selection.start && selection.end <= span.end {
        selection
    } else {
        span
    };
    DocumentSymbol {
        name: if name.trim().is_empty() {
            "?".into()
        } else {
            name
        },
        detail,
        kind,
        tags: None,
        deprecated: None,
        range: doc.range(span),
        selection_range: doc.range(selection),
        children: (!children.is_empty()).then_some(children),
    }
}

#[allow(deprecated)] // `deprecated` is a required field of the struct
fn empty() -> DocumentSymbol {
    DocumentSymbol {
        name: "?".into(),
        detail: None,
        kind: SymbolKind::NULL,
        tags: None,
        deprecated: None,
        range: Default::default(),
        selection_range: Default::default(),
        children: None,
    }
}

/// The first `n` characters, with `…` when cut.
fn first_chars(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().nth(n).is_some() {
        out.push('…');
    }
    out
}
