//! The phrase recogniser: the rules a clause's standard phrases state.
//! (Placeholder: counts clauses; the recognisers follow.)

use super::model::{Block, Child, Clause, Document};

/// What the recogniser did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Clauses read.
    pub clauses: usize,
    /// Rules recognised.
    pub rules: usize,
    /// Sentences with a number, a period or a modal verb left unrecognised.
    pub unrecognised: usize,
}

/// Fills clause.rules / clause.notes / clause.scope / heading.scope across the document.
pub fn annotate(doc: &mut Document) -> Summary {
    let mut s = Summary::default();
    for b in &mut doc.body {
        if let Block::Pasal(p) = b {
            count(p, &mut s);
        }
    }
    s
}

fn count(c: &mut Clause, s: &mut Summary) {
    s.clauses += 1;
    for ch in &mut c.children {
        if let Child::Clause(sub) = ch {
            count(sub, s);
        }
    }
}
