//! A compiled rule's condition as a tree, for back ends that print it instead
//! of running it (`pasal sql`). The tree is the program's own (the same slots,
//! the same thresholds at the same reference dates), so a back end that
//! evaluates it in three-valued logic gives `pasal screen`'s verdicts.

use super::{CompiledRule, FlagKind, Limits, Node, Program, SlotKind};

/// One node of a rule's condition.
#[derive(Debug, Clone, PartialEq)]
pub enum View<'a> {
    /// A yes/no fact.
    Flag(&'a FlagKind),
    /// A slot's value within `[lo, hi]`, in the slot's unit (days for
    /// durations). An infinite bound is absent; a NaN bound (its measuring
    /// date is unknown) makes the comparison unknown for every value.
    Within {
        /// What is measured.
        slot: &'a SlotKind,
        /// Lowest value that meets it.
        lo: f64,
        /// Highest value that meets it.
        hi: f64,
    },
    /// Every part holds.
    All(Vec<View<'a>>),
    /// Some part holds.
    Any(Vec<View<'a>>),
    /// The part does not hold.
    Not(Box<View<'a>>),
    /// The part as the facts state it: unknown counts as false (an exception
    /// the record does not show does not apply).
    Stated(Box<View<'a>>),
    /// Candidate facts cannot decide it (a selection fact): always unknown.
    Unknown,
}

/// A rule as a tree: its condition, and the guard that exempts a candidate
/// from it (`jika` does not hold, or `kecuali` does). The rule holds when
/// the guard or the condition holds.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleView<'a> {
    /// The condition.
    pub condition: View<'a>,
    /// The exemption, when the rule has `jika` or `kecuali`.
    pub exempt: Option<View<'a>>,
}

impl Program {
    /// The rule's condition and guard as trees, with the thresholds of `limits`
    /// (from [`Program::limits`] at the screening dates).
    pub fn view<'a>(&'a self, rule: &CompiledRule, limits: &Limits) -> RuleView<'a> {
        RuleView {
            condition: self.node_view(rule.op, limits),
            exempt: rule.guard.map(|g| self.node_view(g, limits)),
        }
    }

    fn node_view<'a>(&'a self, i: u32, limits: &Limits) -> View<'a> {
        match self.nodes.get(i as usize) {
            Some(Node::Flag(f)) => self
                .flags
                .get(*f as usize)
                .map_or(View::Unknown, View::Flag),
            Some(Node::Cmp(id)) => limits
                .get(*id as usize)
                .and_then(|th| {
                    let slot = self.slots.get(th.slot as usize)?;
                    Some(View::Within {
                        slot,
                        lo: th.lo,
                        hi: th.hi,
                    })
                })
                .unwrap_or(View::Unknown),
            Some(Node::And(start, len)) => View::All(
                self.children(*start, *len)
                    .iter()
                    .map(|k| self.node_view(*k, limits))
                    .collect(),
            ),
            Some(Node::Or(start, len)) => View::Any(
                self.children(*start, *len)
                    .iter()
                    .map(|k| self.node_view(*k, limits))
                    .collect(),
            ),
            Some(Node::Not(k)) => View::Not(Box::new(self.node_view(*k, limits))),
            Some(Node::Stated(k)) => View::Stated(Box::new(self.node_view(*k, limits))),
            Some(Node::Undecidable) | None => View::Unknown,
        }
    }
}
