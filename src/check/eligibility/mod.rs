//! Compiled eligibility checkers.
//!
//! The eligibility rules of a policy for one level and mechanism are lowered
//! once into a flat program over numbered slots; a candidate is prepared once
//! into slot values (ages, day counts, ranks, yes/no facts), and every rule is
//! then evaluated without walking the IR or parsing anything again. Logic is
//! three-valued: a missing fact gives `Unknown`, never a pass.

mod clause;
mod facts;
mod slots;
mod view;

pub use facts::describe_facts;
pub use view::{RuleView, View};

use super::case::Candidate;
use super::time;
use crate::ir::*;
use chrono::NaiveDate;
use clause::Clause;
use slots::{age_high, experience_high, slot_value, still_running};

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tri {
    /// Holds.
    True = 0,
    /// Does not hold.
    False = 1,
    /// A fact is missing.
    Unknown = 2,
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b {
            Tri::True
        } else {
            Tri::False
        }
    }
}

impl Tri {
    /// Three-valued conjunction.
    pub fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }
    /// Three-valued disjunction.
    pub fn or(self, o: Tri) -> Tri {
        // A table, not a match: rules are judged in a tight loop.
        const OR: [[Tri; 3]; 3] = [
            [Tri::True, Tri::True, Tri::True],
            [Tri::True, Tri::False, Tri::Unknown],
            [Tri::True, Tri::Unknown, Tri::Unknown],
        ];
        OR[self as usize][o as usize]
    }
    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

/// What a numeric slot holds.
#[derive(Debug, Clone, PartialEq)]
pub enum SlotKind {
    /// Completed years (or months) of age at an event.
    Age(Option<Event>, TimeUnit),
    /// Education rank.
    Education,
    /// Golongan rank.
    Golongan,
    /// Days of related experience (or years, when given as a number).
    Experience,
    /// Days held in any of these jenjang.
    Held(Vec<Jenjang>),
    /// Days in the current post.
    Tenure,
    /// The lowest rating over the last n years.
    Rating(Option<u32>),
}

/// A yes/no slot.
#[derive(Debug, Clone, PartialEq)]
pub enum FlagKind {
    /// A built-in yes/no fact.
    Builtin(BuiltinFact),
    /// A declared fact.
    Declared(String),
}

/// A node of a compiled condition. Nodes live in one array per program
/// (`Program::nodes`), children of `And`/`Or` in another (`Program::kids`), so
/// evaluation walks flat memory.
#[derive(Debug, Clone, Copy)]
enum Node {
    /// A yes/no slot.
    Flag(u32),
    /// A comparison: index into the program's comparisons and the thresholds.
    Cmp(u32),
    /// All of `kids[start..start + len]`.
    And(u32, u32),
    /// Any of `kids[start..start + len]`.
    Or(u32, u32),
    /// The negation of a node.
    Not(u32),
    /// An exception (`kecuali`) as the facts state it: unknown counts as not
    /// holding, because an exception must be shown (docs/case.md).
    Stated(u32),
    /// A condition the candidate facts cannot decide (selection facts).
    Undecidable,
}

/// One compiled eligibility rule.
#[derive(Debug, Clone)]
pub struct CompiledRule {
    /// Index of the rule in the policy.
    pub rule: usize,
    /// Its id.
    pub id: String,
    /// Its citation.
    pub clause: String,
    /// Its summary.
    pub summary: String,
    /// Root node of its condition.
    op: u32,
    /// `(tidak jika) atau kecuali`: when it holds the rule does not apply.
    guard: Option<u32>,
    /// The `kecuali` condition, when the rule has one.
    exception: Option<u32>,
}

/// A comparison of a program: slot, lower and upper bound, time unit of the bounds.
type CmpSpec = (usize, Option<End>, Option<End>, Option<TimeUnit>);

/// The eligibility rules of a policy for a level and mechanism, compiled.
#[derive(Debug, Clone, Default)]
pub struct Program {
    /// The rules.
    pub rules: Vec<CompiledRule>,
    /// Numeric slots.
    pub slots: Vec<SlotKind>,
    /// Yes/no slots.
    pub flags: Vec<FlagKind>,
    /// Every comparison: slot, bounds, and the time unit its thresholds are
    /// measured in (years and months depend on the measuring date).
    cmps: Vec<CmpSpec>,
    /// Condition nodes of every rule.
    nodes: Vec<Node>,
    /// Children of `And`/`Or` nodes.
    kids: Vec<u32>,
    /// How `run` judges each rule, by its position.
    plan: Plan,
}

/// The rules of a program sorted by how `run` judges them: as clauses over
/// the atoms' bit sets, without a guard or with one, or (the few that cannot
/// be written so) by walking their condition.
#[derive(Debug, Clone, Default)]
struct Plan {
    plain: Vec<(u32, Clause)>,
    guarded: Vec<(u32, Clause, Clause)>,
    walked: Vec<u32>,
}

/// Dates a candidate is measured at.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// Dates of events (`pengangkatan`, `batas_lamaran` …).
    pub events: Vec<(Event, NaiveDate)>,
    /// The date durations without an event are measured at.
    pub default: Option<NaiveDate>,
    /// `default` is the application deadline standing in for an appointment
    /// date the case does not give: a post still held then runs on to a day
    /// not known, so a length of service is known only from below.
    pub default_is_earliest: bool,
    /// Yes/no facts of the whole case, used when the candidate's own facts do not say.
    pub facts: std::collections::BTreeMap<String, bool>,
}

impl Reference {
    /// The date for an event (or the default).
    pub fn date(&self, e: Option<Event>) -> Option<NaiveDate> {
        match e {
            Some(e) => self.events.iter().find(|(x, _)| *x == e).map(|(_, d)| *d),
            None => self.default,
        }
    }
}

/// A candidate prepared for a program: slot values.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// Each slot's value (NaN when unknown).
    nums: Vec<f64>,
    /// The highest value of each slot: for a slot known only within a range
    /// (an age measured at a date the policy leaves open) `nums` holds the
    /// lowest and this the highest; otherwise the same as `nums`.
    highs: Vec<f64>,
    flags: Vec<Tri>,
    /// The first 64 yes/no facts as bit sets: those that hold, those that do not.
    flag_bits: (u64, u64),
    /// Thresholds in days per (slot, bound) are computed against this date.
    dates: Vec<Option<NaiveDate>>,
    /// Per comparison: its lower and upper threshold in the slot's unit (days
    /// for years and months), or None when the measuring date is unknown.
    limits: Limits,
}

/// Thresholds of every comparison of a program at the reference dates.
pub type Limits = std::sync::Arc<[Threshold]>;

/// One comparison's slot and the range of values that meet it, in the slot's
/// unit (days for years and months). An exclusive bound is stored as the next
/// representable value inside it; a bound whose measuring date is unknown is
/// NaN, which neither meets nor fails any value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Threshold {
    slot: u32,
    /// The lowest value that meets the lower bound (−∞ when there is none).
    lo: f64,
    /// The highest value that meets the upper bound (+∞ when there is none).
    hi: f64,
}

/// True when a rule's scope governs the level and mechanism.
pub fn applies(scope: &Scope, level: Level, mechanism: Mechanism) -> bool {
    scope.levels.contains(&level)
        && (scope.mechanisms.contains(&mechanism) || scope.mechanisms.contains(&Mechanism::Umum))
}

impl Program {
    /// Compiles the eligibility rules of `policy` that govern `level` and
    /// `mechanism`, with their `jika`/`kecuali` guards evaluated over the
    /// candidate's facts (for screening).
    pub fn compile(policy: &Policy, level: Level, mechanism: Mechanism) -> Program {
        Self::compile_with(policy, level, mechanism, true)
    }

    /// As [`Program::compile`]; without guards when the caller decides
    /// applicability itself (verification decides it on the case's facts).
    pub fn compile_with(
        policy: &Policy,
        level: Level,
        mechanism: Mechanism,
        guards: bool,
    ) -> Program {
        let mut p = Program::default();
        for (i, r) in policy.rules.iter().enumerate() {
            let RuleKind::Eligibility { condition } = &r.kind else {
                continue;
            };
            if r.malformed
                || !applies(&r.scope, level, mechanism)
                || r.modality == crate::ir::Modality::Dapat
            {
                continue;
            }
            let op = p.lower(condition);
            let mut exception = None;
            let guard = match (&r.condition, &r.exception) {
                (None, None) => None,
                _ if !guards => None,
                (jika, kecuali) => {
                    let mut parts = Vec::new();
                    if let Some(j) = jika {
                        let inner = p.lower(j);
                        parts.push(p.push(Node::Not(inner)));
                    }
                    if let Some(k) = kecuali {
                        let inner = p.lower(k);
                        exception = Some(inner);
                        parts.push(p.push(Node::Stated(inner)));
                    }
                    Some(p.group(false, parts))
                }
            };
            p.rules.push(CompiledRule {
                rule: i,
                id: r.id.clone(),
                clause: r.citation.clone(),
                summary: r.kind.summary(),
                op,
                guard,
                exception,
            });
        }
        let mut plan = Plan::default();
        for (i, r) in p.rules.iter().enumerate() {
            let i = index(i);
            match (p.clause(r.op), r.guard.map(|g| p.clause(g))) {
                (Some(op), None) => plan.plain.push((i, op)),
                (Some(op), Some(Some(guard))) => plan.guarded.push((i, op, guard)),
                _ => plan.walked.push(i),
            }
        }
        p.plan = plan;
        p
    }

    /// A node as one clause over the atoms, when it is one.
    fn clause(&self, n: u32) -> Option<Clause> {
        let atom = |a: u32| -> Option<Clause> {
            let bit = 1u64.checked_shl(a)?;
            Some(Clause {
                pos: bit,
                neg: 0,
                negated: false,
            })
        };
        let merge = |start: u32, len: u32, negated: bool| -> Option<Clause> {
            let mut c = Clause {
                pos: 0,
                neg: 0,
                negated,
            };
            for k in self.children(start, len) {
                // AND(x, y) needs x and y as ANDs; OR(x, y) = NOT AND(NOT x, NOT y)
                // needs NOT x and NOT y as ANDs.
                let (pos, neg) = self.clause(*k)?.conjunction(negated)?;
                c.pos |= pos;
                c.neg |= neg;
            }
            Some(c)
        };
        match self.nodes.get(n as usize)? {
            Node::Flag(f) => atom(*f),
            Node::Cmp(id) => atom(index(self.flags.len()).checked_add(*id)?),
            Node::Not(k) => self.clause(*k).map(|c| Clause {
                negated: !c.negated,
                ..c
            }),
            Node::And(start, len) => merge(*start, *len, false),
            Node::Or(start, len) => merge(*start, *len, true),
            Node::Stated(_) | Node::Undecidable => None,
        }
    }

    fn slot(&mut self, k: SlotKind) -> usize {
        match self.slots.iter().position(|s| *s == k) {
            Some(i) => i,
            None => {
                self.slots.push(k);
                self.slots.len() - 1
            }
        }
    }

    fn flag(&mut self, k: FlagKind) -> usize {
        match self.flags.iter().position(|s| *s == k) {
            Some(i) => i,
            None => {
                self.flags.push(k);
                self.flags.len() - 1
            }
        }
    }

    /// Adds a node; returns its index.
    fn push(&mut self, n: Node) -> u32 {
        self.nodes.push(n);
        index(self.nodes.len() - 1)
    }

    /// Adds an `And` (or, when `all` is false, an `Or`) over `parts`.
    fn group(&mut self, all: bool, parts: Vec<u32>) -> u32 {
        let start = index(self.kids.len());
        let len = index(parts.len());
        self.kids.extend(parts);
        self.push(if all {
            Node::And(start, len)
        } else {
            Node::Or(start, len)
        })
    }

    fn lower(&mut self, c: &Cond) -> u32 {
        match c {
            Cond::And { all } => {
                let parts = all.iter().map(|x| self.lower(x)).collect();
                self.group(true, parts)
            }
            Cond::Or { any } => {
                let parts = any.iter().map(|x| self.lower(x)).collect();
                self.group(false, parts)
            }
            Cond::Not { not } => {
                let inner = self.lower(not);
                self.push(Node::Not(inner))
            }
            Cond::Fact { fact } => {
                let flag = match fact {
                    FactKey::Builtin(b, _) => self.flag(FlagKind::Builtin(*b)),
                    FactKey::Declared(d) => self.flag(FlagKind::Declared(d.clone())),
                    // A count of the selection, not a yes/no fact of a candidate.
                    FactKey::Extensions(_) => return self.push(Node::Undecidable),
                };
                self.push(Node::Flag(index(flag)))
            }
            Cond::Equals { .. } => self.push(Node::Undecidable),
            Cond::Compare {
                fact,
                interval,
                at,
                lookback,
            } => {
                let unit = match interval.measure {
                    Measure::Time(u) => Some(u),
                    _ => None,
                };
                let kind = match fact {
                    FactKey::Builtin(BuiltinFact::Usia, _) => {
                        SlotKind::Age(*at, unit.unwrap_or(TimeUnit::Years))
                    }
                    FactKey::Builtin(BuiltinFact::Pendidikan, _) => SlotKind::Education,
                    FactKey::Builtin(BuiltinFact::Pangkat, _) => SlotKind::Golongan,
                    FactKey::Builtin(BuiltinFact::PengalamanBidang, _) => SlotKind::Experience,
                    FactKey::Builtin(BuiltinFact::LamaJabatan, js) => SlotKind::Held(js.clone()),
                    FactKey::Builtin(BuiltinFact::MasaJabatan, _) => SlotKind::Tenure,
                    FactKey::Builtin(BuiltinFact::PenilaianKinerja, _) => {
                        SlotKind::Rating(lookback.map(|(n, _)| n as u32))
                    }
                    _ => return self.push(Node::Undecidable),
                };
                let at_unit = match kind {
                    SlotKind::Age(..)
                    | SlotKind::Education
                    | SlotKind::Golongan
                    | SlotKind::Rating(_) => None,
                    _ => unit,
                };
                let slot = self.slot(kind);
                self.cmps.push((slot, interval.min, interval.max, at_unit));
                let id = index(self.cmps.len() - 1);
                self.push(Node::Cmp(id))
            }
        }
    }

    /// The thresholds of every comparison (lengths of service in service
    /// days): they depend on the program only, so a screening run computes
    /// them once.
    pub fn limits(&self) -> Limits {
        self.cmps
            .iter()
            .map(|(slot, lo, hi, unit)| {
                let limit = |e: &End| -> f64 {
                    match unit {
                        Some(u @ (TimeUnit::Years | TimeUnit::Months)) => {
                            time::duration_days(e.value, *u)
                        }
                        _ => e.value,
                    }
                };
                Threshold {
                    slot: index(*slot),
                    lo: lo.as_ref().map_or(f64::NEG_INFINITY, |e| {
                        let t = limit(e);
                        if e.inclusive {
                            t
                        } else {
                            t.next_up()
                        }
                    }),
                    hi: hi.as_ref().map_or(f64::INFINITY, |e| {
                        let t = limit(e);
                        if e.inclusive {
                            t
                        } else {
                            t.next_down()
                        }
                    }),
                }
            })
            .collect()
    }

    /// Prepares a candidate's slot values at the reference dates.
    pub fn prepare(&self, c: &Candidate, reference: &Reference) -> Prepared {
        self.prepare_with(c, reference, &self.limits())
    }

    /// As [`Program::prepare`], with thresholds computed beforehand by [`Program::limits`].
    pub fn prepare_with(&self, c: &Candidate, reference: &Reference, limits: &Limits) -> Prepared {
        let mut out = Prepared {
            nums: Vec::with_capacity(self.slots.len()),
            highs: Vec::with_capacity(self.slots.len()),
            flags: Vec::with_capacity(self.flags.len()),
            flag_bits: (0, 0),
            dates: Vec::with_capacity(self.slots.len()),
            limits: limits.clone(),
        };
        self.prepare_into(c, reference, limits, &mut out);
        out
    }

    /// As [`Program::prepare_with`], into `out`, whose buffers are reused
    /// (screening prepares one candidate after another without allocating).
    pub fn prepare_into(
        &self,
        c: &Candidate,
        reference: &Reference,
        limits: &Limits,
        out: &mut Prepared,
    ) {
        out.nums.clear();
        out.highs.clear();
        out.flags.clear();
        out.dates.clear();
        out.flag_bits = (0, 0);
        if !std::sync::Arc::ptr_eq(&out.limits, limits) {
            out.limits = limits.clone();
        }
        for s in &self.slots {
            let (v, date) = slot_value(s, c, reference);
            let v = v.unwrap_or(f64::NAN);
            let high = match s {
                SlotKind::Age(None, _) => age_high(c, reference),
                SlotKind::Experience => {
                    experience_high(c, reference).or_else(|| still_running(s, c, reference))
                }
                SlotKind::Held(_) | SlotKind::Tenure => still_running(s, c, reference),
                _ => None,
            };
            out.nums.push(v);
            out.highs
                .push(if v.is_nan() { v } else { high.unwrap_or(v) });
            out.dates.push(date);
        }
        for f in &self.flags {
            let value = match f {
                FlagKind::Builtin(BuiltinFact::Pns) => c.pns,
                FlagKind::Builtin(BuiltinFact::Sehat) => c.sehat,
                FlagKind::Builtin(BuiltinFact::HukumanDisiplin) => c.hukuman_disiplin,
                FlagKind::Builtin(_) => None,
                FlagKind::Declared(d) => c.facts.get(d).or_else(|| reference.facts.get(d)).copied(),
            };
            let bit = 1u64.checked_shl(index(out.flags.len())).unwrap_or(0);
            match value {
                Some(true) => out.flag_bits.0 |= bit,
                Some(false) => out.flag_bits.1 |= bit,
                None => {}
            }
            out.flags.push(match value {
                Some(true) => Tri::True,
                Some(false) => Tri::False,
                None => Tri::Unknown,
            });
        }
    }

    /// Whether a rule applies to a prepared candidate (its `jika` holds and its
    /// `kecuali` does not).
    pub fn applies(&self, rule: &CompiledRule, p: &Prepared) -> Tri {
        rule.guard.map_or(Tri::True, |g| self.node(g, p).not())
    }

    /// True when the rule has an exception (`kecuali`) the candidate's facts do
    /// not decide: the verdict then assumes it does not apply.
    pub fn exception_assumed(&self, rule: &CompiledRule, p: &Prepared) -> bool {
        rule.exception
            .is_some_and(|k| self.node(k, p) == Tri::Unknown)
    }

    /// Evaluates one rule for a prepared candidate: true when it is met or
    /// does not apply (three-valued: `guard or op`).
    pub fn eval(&self, rule: &CompiledRule, p: &Prepared) -> Tri {
        match rule.guard {
            None => self.node(rule.op, p),
            Some(g) => self.node(g, p).or(self.node(rule.op, p)),
        }
    }

    /// Evaluates one node, stopping at the first part that decides it.
    fn node(&self, i: u32, p: &Prepared) -> Tri {
        match self.nodes.get(i as usize) {
            Some(Node::Flag(f)) => p.flags.get(*f as usize).copied().unwrap_or(Tri::Unknown),
            Some(Node::Cmp(id)) => p
                .limits
                .get(*id as usize)
                .map_or(Tri::Unknown, |th| compare(p, th)),
            Some(Node::And(start, len)) => {
                let mut t = Tri::True;
                for k in self.children(*start, *len) {
                    match self.node(*k, p) {
                        Tri::False => return Tri::False,
                        x => t = t.and(x),
                    }
                }
                t
            }
            Some(Node::Or(start, len)) => {
                let mut t = Tri::False;
                for k in self.children(*start, *len) {
                    match self.node(*k, p) {
                        Tri::True => return Tri::True,
                        x => t = t.or(x),
                    }
                }
                t
            }
            Some(Node::Not(k)) => self.node(*k, p).not(),
            Some(Node::Stated(k)) => match self.node(*k, p) {
                Tri::Unknown => Tri::False,
                t => t,
            },
            Some(Node::Undecidable) | None => Tri::Unknown,
        }
    }

    fn children(&self, start: u32, len: u32) -> &[u32] {
        self.kids
            .get(start as usize..(start + len) as usize)
            .unwrap_or(&[])
    }

    /// Evaluates every rule; returns one verdict per rule, in order.
    ///
    /// Every fact and comparison is evaluated once into two bit sets, the
    /// atoms that hold and those that do not; a rule written as clauses then
    /// takes a few bit operations, and only the others walk their condition.
    pub fn run(&self, p: &Prepared, out: &mut Vec<Tri>) {
        out.clear();
        let flags = p.flags.len();
        let fits = flags + p.limits.len() <= 64;
        let (mut t, mut f) = p.flag_bits;
        if fits {
            for (i, th) in p.limits.iter().enumerate() {
                let v = compare(p, th);
                t |= u64::from(v == Tri::True) << (flags + i);
                f |= u64::from(v == Tri::False) << (flags + i);
            }
        }
        if !fits {
            out.extend(self.rules.iter().map(|r| self.eval(r, p)));
            return;
        }
        out.resize(self.rules.len(), Tri::Unknown);
        for (i, op) in &self.plan.plain {
            let (holds, fails) = op.eval(t, f);
            if let Some(v) = out.get_mut(*i as usize) {
                *v = verdict(holds, fails);
            }
        }
        // A rule holds when its guard or its condition holds, fails when both fail.
        for (i, op, guard) in &self.plan.guarded {
            let (holds, fails) = op.eval(t, f);
            let (exempt, applies) = guard.eval(t, f);
            if let Some(v) = out.get_mut(*i as usize) {
                *v = verdict(holds | exempt, fails & applies);
            }
        }
        for i in &self.plan.walked {
            if let (Some(v), Some(r)) = (out.get_mut(*i as usize), self.rules.get(*i as usize)) {
                *v = self.eval(r, p);
            }
        }
    }
}

/// The verdict of something that holds, fails, or (neither) is unknown.
fn verdict(holds: bool, fails: bool) -> Tri {
    const VERDICT: [Tri; 4] = [Tri::Unknown, Tri::True, Tri::False, Tri::False];
    VERDICT[usize::from(holds) | usize::from(fails) << 1]
}

/// A node index (programs hold far fewer than 2^32 nodes).
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// One comparison for a prepared candidate. A value known only within
/// [low, high] meets the comparison when the whole range does and fails it
/// when the whole range lies outside; otherwise (or when the value or a
/// threshold is unknown: NaN) the verdict is unknown.
fn compare(p: &Prepared, th: &Threshold) -> Tri {
    let slot = th.slot as usize;
    let low = p.nums.get(slot).copied().unwrap_or(f64::NAN);
    let high = p.highs.get(slot).copied().unwrap_or(f64::NAN);
    verdict(low >= th.lo && high <= th.hi, high < th.lo || low > th.hi)
}
