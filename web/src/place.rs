//! Each finding at its place in the rendered peraturan: the clause its
//! citation names, else (for a policy file) the heading or konsiderans item
//! its position falls in, else the closing part. What has no place is listed
//! by the page above the text.

use pasal::diagnostics::Finding;
use pasal::ir::Policy;
use pasal::render::html::{self, esc, Place};
use pasal::render::Document;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where a finding goes, as a key comparable with [`Place`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Clause(String),
    Heading(usize),
    Menimbang(usize),
    Mengingat(usize),
    Penutup,
}

impl Key {
    fn of(place: Place<'_>) -> Key {
        match place {
            Place::Clause(c) => Key::Clause(c.to_string()),
            Place::Heading(i) => Key::Heading(i),
            Place::Menimbang(i) => Key::Menimbang(i),
            Place::Mengingat(i) => Key::Mengingat(i),
            Place::Penutup => Key::Penutup,
        }
    }
}

/// The place of one finding, if it has one.
fn key(policy: &Policy, f: &Finding) -> Option<Key> {
    if let Some(c) = &f.clause {
        if policy.clauses.iter().any(|k| &k.citation == c) {
            return Some(Key::Clause(c.clone()));
        }
        if c == "Penutup" {
            return Some(Key::Penutup);
        }
    }
    // Positions are comparable only in the policy's own file (a draft's
    // findings point into the draft, not into the policy made from it).
    if !Arc::ptr_eq(&f.file, &policy.file) {
        return None;
    }
    let at = f.span.start;
    let inside = |s: pasal::source::Span| s.start <= at && at <= s.end;
    if let Some(i) = policy.headings.iter().rposition(|h| inside(h.span)) {
        return Some(Key::Heading(i));
    }
    if let Some(i) = policy.menimbang.iter().position(|e| inside(e.span)) {
        return Some(Key::Menimbang(i));
    }
    if let Some(i) = policy.mengingat.iter().position(|e| inside(e.span)) {
        return Some(Key::Mengingat(i));
    }
    None
}

/// One finding as a button the page makes clickable.
fn button(i: usize, f: &Finding) -> String {
    let ack = if f.acknowledged.is_some() {
        " acknowledged"
    } else {
        ""
    };
    format!(
        "<button type=\"button\" class=\"finding sev-{}{ack}\" data-finding=\"{i}\"><span class=\"code\">{}</span> {}</button>",
        f.severity.as_str(),
        f.code.as_str(),
        esc(&f.message)
    )
}

/// The document's HTML with each finding at its place, and the indices of
/// the findings that have none.
pub fn lay_out(policy: &Policy, doc: &Document, findings: &[Finding]) -> (String, Vec<usize>) {
    let mut at: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        if let Some(k) = key(policy, f) {
            at.entry(k).or_default().push(i);
        }
    }
    let mut placed = vec![false; findings.len()];
    let html = html::body(doc, &mut |place| {
        let Some(list) = at.get(&Key::of(place)) else {
            return String::new();
        };
        let mut out = String::from("<div class=\"findings-here\">");
        for &i in list {
            // A citation rendered twice (it should not be) shows its findings once.
            if placed.get(i).copied().unwrap_or(true) {
                continue;
            }
            if let (Some(p), Some(f)) = (placed.get_mut(i), findings.get(i)) {
                *p = true;
                out.push_str(&button(i, f));
            }
        }
        out.push_str("</div>");
        out
    });
    // No place, or a place the rendering does not show (none expected): the
    // finding is listed above the text.
    let unplaced = placed
        .iter()
        .enumerate()
        .filter(|(_, p)| !**p)
        .map(|(i, _)| i)
        .collect();
    (html, unplaced)
}
