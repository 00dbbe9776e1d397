//! `pasal diff`: what differs between two policies, rule by rule.
//!
//! Rules are matched by what they govern ([`key`]), never by their Pasal
//! numbers, so two regencies that number the same rules differently compare
//! cleanly. [`matching`] pairs the rules, [`describe`] says how two paired
//! rules differ, and [`human`] and [`json`] render the result. The identity of
//! the two regulations (region, number, year, …) is compared apart.

pub mod describe;
pub mod human;
pub mod json;
pub mod key;
pub mod matching;
pub mod text;

use crate::ir::{IrRule, Policy};
use describe::Aspect;
use key::MatchKey;
use matching::MatchedBy;

/// What happened to a rule between the first and the second policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// Both have it, with different parameters.
    Changed,
    /// Only the first has it.
    Removed,
    /// Only the second has it.
    Added,
    /// Both have it, saying the same.
    Unchanged,
}

impl Change {
    /// `changed`, `removed`, `added`, `unchanged`.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Changed => "changed",
            Change::Removed => "removed",
            Change::Added => "added",
            Change::Unchanged => "unchanged",
        }
    }
}

/// One entry of a comparison.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// What happened.
    pub change: Change,
    /// How the two rules were paired (`None` for added and removed).
    pub matched_by: Option<MatchedBy>,
    /// The key: the first policy's rule's, else the second's.
    pub key: MatchKey,
    /// The rule in the first policy.
    pub a: Option<&'a IrRule>,
    /// The rule in the second policy.
    pub b: Option<&'a IrRule>,
    /// How they differ (empty unless changed).
    pub aspects: Vec<Aspect>,
}

/// An identity field that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityChange {
    /// Field name as written in policies (`daerah`, `nomor`, …).
    pub field: &'static str,
    /// In the first policy.
    pub old: Option<String>,
    /// In the second policy.
    pub new: Option<String>,
}

/// The comparison of two policies.
#[derive(Debug)]
pub struct Diff<'a> {
    /// The first policy.
    pub a: &'a Policy,
    /// The second policy.
    pub b: &'a Policy,
    /// Identity fields that differ.
    pub identity: Vec<IdentityChange>,
    /// Every rule of either policy, unchanged ones included, in output order.
    pub entries: Vec<Entry<'a>>,
    /// True when the policies cover more than one position level between them
    /// (renderers then name the level of each rule).
    pub several_levels: bool,
}

impl Diff<'_> {
    /// Number of entries with this change.
    pub fn count(&self, change: Change) -> usize {
        self.entries.iter().filter(|e| e.change == change).count()
    }
    /// True when the policies differ in identity or in any rule.
    pub fn differs(&self) -> bool {
        !self.identity.is_empty() || self.entries.iter().any(|e| e.change != Change::Unchanged)
    }
}

/// Compares two policies.
pub fn diff<'a>(a: &'a Policy, b: &'a Policy) -> Diff<'a> {
    let mut entries: Vec<Entry<'a>> = matching::pair(a, b)
        .into_iter()
        .filter_map(|p| {
            let ra = p.a.and_then(|i| a.rules.get(i));
            let rb = p.b.and_then(|i| b.rules.get(i));
            let key = ra.or(rb).and_then(key::key_of)?;
            let (change, aspects) = match (ra, rb) {
                (Some(x), Some(y)) => {
                    let asp = describe::aspects(x, y);
                    if asp.is_empty() {
                        (Change::Unchanged, asp)
                    } else {
                        (Change::Changed, asp)
                    }
                }
                (Some(_), None) => (Change::Removed, Vec::new()),
                (None, Some(_)) => (Change::Added, Vec::new()),
                (None, None) => return None,
            };
            Some(Entry {
                change,
                matched_by: p.matched_by,
                key,
                a: ra,
                b: rb,
                aspects,
            })
        })
        .collect();
    entries.sort_by(|x, y| order(x).cmp(&order(y)));
    let levels: std::collections::BTreeSet<_> = a
        .rules
        .iter()
        .chain(b.rules.iter())
        .flat_map(|r| r.scope.levels.iter().copied())
        .collect();
    Diff {
        a,
        b,
        identity: identity(a, b),
        entries,
        several_levels: levels.len() > 1,
    }
}

/// Output order: category, scope, change, then position in the file.
fn order<'e>(
    e: &'e Entry<'_>,
) -> (
    crate::ir::Category,
    &'e [crate::ir::Mechanism],
    &'e [crate::ir::Level],
    &'e [crate::ir::Eselon],
    Change,
    usize,
    usize,
) {
    (
        e.key.category,
        &e.key.mechanisms,
        &e.key.levels,
        &e.key.eselons,
        e.change,
        e.a.map(|r| r.span.start).unwrap_or(0),
        e.b.map(|r| r.span.start).unwrap_or(0),
    )
}

fn identity(a: &Policy, b: &Policy) -> Vec<IdentityChange> {
    let fields = |p: &Policy| -> Vec<(&'static str, Option<String>)> {
        let i = &p.identity;
        let daerah = match (&i.daerah_kind, &i.daerah) {
            (Some(k), Some(d)) => Some(format!("{k} {d}")),
            (None, Some(d)) => Some(d.clone()),
            (Some(k), None) => Some(k.clone()),
            (None, None) => None,
        };
        vec![
            ("jenis", i.jenis.clone()),
            ("daerah", daerah),
            ("provinsi", i.provinsi.clone()),
            ("nomor", i.nomor.map(|n| n.to_string())),
            ("tahun", i.tahun.map(|n| n.to_string())),
            ("tentang", i.tentang.clone()),
        ]
    };
    fields(a)
        .into_iter()
        .zip(fields(b))
        .filter(|((_, x), (_, y))| x != y)
        .map(|((field, old), (_, new))| IdentityChange { field, old, new })
        .collect()
}
