//! Rules as clauses over bit sets: the fast path of [`Program::run`](super::Program::run).

/// A condition written as `AND(literals)` or, when `negated`, `NOT AND(…)`
/// (which is an `OR` of the negated literals), over at most 64 atoms: the
/// program's yes/no facts first, then its comparisons. Bit `i` of `pos` is
/// atom `i`, of `neg` its negation.
#[derive(Debug, Clone, Copy)]
pub(super) struct Clause {
    pub(super) pos: u64,
    pub(super) neg: u64,
    pub(super) negated: bool,
}

impl Clause {
    /// Whether it holds and whether it fails (neither: unknown), given the
    /// atoms that hold (`t`) and that do not (`f`). No branches: rules are
    /// judged in a tight loop.
    pub(super) fn eval(self, t: u64, f: u64) -> (bool, bool) {
        let and_fails = (self.pos & f) | (self.neg & t) != 0;
        let and_holds = self.pos & t == self.pos && self.neg & f == self.neg;
        if self.negated {
            (and_fails, and_holds)
        } else {
            (and_holds, and_fails)
        }
    }

    /// The literals of the `AND` this clause is (or, with `of_negation`, that
    /// its negation is), when that can be read off it.
    pub(super) fn conjunction(self, of_negation: bool) -> Option<(u64, u64)> {
        if self.negated == of_negation {
            return Some((self.pos, self.neg));
        }
        // One literal: NOT a is the AND of NOT a.
        (self.pos.count_ones() + self.neg.count_ones() == 1).then_some((self.neg, self.pos))
    }
}
