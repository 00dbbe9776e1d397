//! Compiled eligibility checkers.
//!
//! The eligibility rules of a policy for one level and mechanism are lowered
//! once into a flat program over numbered slots; a candidate is prepared once
//! into slot values (ages, day counts, ranks, yes/no facts), and every rule is
//! then evaluated without walking the IR or parsing anything again. Logic is
//! three-valued: a missing fact gives `Unknown`, never a pass.

use super::case::Candidate;
use super::time;
use crate::ir::*;
use chrono::NaiveDate;

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tri {
    /// Holds.
    True,
    /// Does not hold.
    False,
    /// A fact is missing.
    Unknown,
}

impl Tri {
    fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }
    fn or(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
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

#[derive(Debug, Clone)]
enum Op {
    Flag(usize),
    /// A comparison; its thresholds are computed once per candidate, in
    /// `Prepared::limits`, at index `id`.
    Cmp {
        id: usize,
        slot: usize,
        lo: Option<End>,
        hi: Option<End>,
    },
    And(Vec<Op>),
    Or(Vec<Op>),
    Not(Box<Op>),
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
    op: Op,
    /// `(tidak jika) atau kecuali`: when it holds the rule does not apply.
    guard: Option<Op>,
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
}

/// Dates a candidate is measured at.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// Dates of events (`pengangkatan`, `batas_lamaran` …).
    pub events: Vec<(Event, NaiveDate)>,
    /// The date durations without an event are measured at.
    pub default: Option<NaiveDate>,
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
    nums: Vec<Option<f64>>,
    /// For a slot known only within a range (an age measured at a date the
    /// policy leaves open): the highest value; `nums` holds the lowest.
    highs: Vec<Option<f64>>,
    flags: Vec<Option<bool>>,
    /// Thresholds in days per (slot, bound) are computed against this date.
    dates: Vec<Option<NaiveDate>>,
    /// Per comparison: its lower and upper threshold in the slot's unit (days
    /// for years and months), or None when the measuring date is unknown.
    limits: Limits,
}

/// Thresholds of every comparison of a program at the reference dates.
pub type Limits = std::sync::Arc<[(Option<f64>, Option<f64>)]>;

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
                || r.modality == crate::ast::Modality::Dapat
            {
                continue;
            }
            let op = p.lower(condition);
            let not_applicable = match (&r.condition, &r.exception) {
                (None, None) => None,
                (jika, kecuali) => {
                    let mut parts = Vec::new();
                    if let Some(j) = jika {
                        parts.push(Op::Not(Box::new(p.lower(j))));
                    }
                    if let Some(k) = kecuali {
                        parts.push(p.lower(k));
                    }
                    Some(Op::Or(parts))
                }
            };
            let guard = if guards { not_applicable } else { None };
            p.rules.push(CompiledRule {
                rule: i,
                id: r.id.clone(),
                clause: r.citation.clone(),
                summary: r.kind.summary(),
                op,
                guard,
            });
        }
        p
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

    fn lower(&mut self, c: &Cond) -> Op {
        match c {
            Cond::And { all } => Op::And(all.iter().map(|x| self.lower(x)).collect()),
            Cond::Or { any } => Op::Or(any.iter().map(|x| self.lower(x)).collect()),
            Cond::Not { not } => Op::Not(Box::new(self.lower(not))),
            Cond::Fact { fact } => match fact {
                FactKey::Builtin(b, _) => Op::Flag(self.flag(FlagKind::Builtin(*b))),
                FactKey::Declared(d) => Op::Flag(self.flag(FlagKind::Declared(d.clone()))),
            },
            Cond::Equals { .. } => Op::Undecidable,
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
                    _ => return Op::Undecidable,
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
                Op::Cmp {
                    id: self.cmps.len() - 1,
                    slot,
                    lo: interval.min,
                    hi: interval.max,
                }
            }
        }
    }

    /// The thresholds of every comparison at the reference dates: they depend
    /// on the dates only, so a screening run computes them once.
    pub fn limits(&self, reference: &Reference) -> Limits {
        self.cmps
            .iter()
            .map(|(slot, lo, hi, unit)| {
                let date = self.slots.get(*slot).and_then(|k| slot_date(k, reference));
                let limit = |e: &Option<End>| -> Option<f64> {
                    let e = (*e)?;
                    match unit {
                        Some(u @ (TimeUnit::Years | TimeUnit::Months)) => {
                            date.map(|d| time::span_days(e.value, *u, d))
                        }
                        _ => Some(e.value),
                    }
                };
                (limit(lo), limit(hi))
            })
            .collect()
    }

    /// Prepares a candidate's slot values at the reference dates.
    pub fn prepare(&self, c: &Candidate, reference: &Reference) -> Prepared {
        self.prepare_with(c, reference, &self.limits(reference))
    }

    /// As [`Program::prepare`], with thresholds computed beforehand by [`Program::limits`].
    pub fn prepare_with(&self, c: &Candidate, reference: &Reference, limits: &Limits) -> Prepared {
        let mut out = Prepared {
            nums: Vec::with_capacity(self.slots.len()),
            highs: Vec::with_capacity(self.slots.len()),
            flags: Vec::with_capacity(self.flags.len()),
            dates: Vec::with_capacity(self.slots.len()),
            limits: limits.clone(),
        };
        for s in &self.slots {
            let (v, date) = slot_value(s, c, reference);
            let high = match s {
                SlotKind::Age(None, _) => age_high(c, reference),
                _ => None,
            };
            out.nums.push(v);
            out.highs.push(high);
            out.dates.push(date);
        }
        for f in &self.flags {
            out.flags.push(match f {
                FlagKind::Builtin(BuiltinFact::Pns) => c.pns,
                FlagKind::Builtin(BuiltinFact::Sehat) => c.sehat,
                FlagKind::Builtin(BuiltinFact::HukumanDisiplin) => c.hukuman_disiplin,
                FlagKind::Builtin(_) => None,
                FlagKind::Declared(d) => c.facts.get(d).or_else(|| reference.facts.get(d)).copied(),
            });
        }
        out
    }

    /// Whether a rule applies to a prepared candidate (its `jika` holds and its
    /// `kecuali` does not).
    pub fn applies(&self, rule: &CompiledRule, p: &Prepared) -> Tri {
        rule.guard.as_ref().map_or(Tri::True, |g| eval(g, p).not())
    }

    /// Evaluates one rule for a prepared candidate: true when it is met or
    /// does not apply (three-valued: `guard or op`).
    pub fn eval(&self, rule: &CompiledRule, p: &Prepared) -> Tri {
        match &rule.guard {
            None => eval(&rule.op, p),
            Some(g) => eval(g, p).or(eval(&rule.op, p)),
        }
    }

    /// Evaluates every rule; returns one verdict per rule, in order.
    pub fn run(&self, p: &Prepared, out: &mut Vec<Tri>) {
        out.clear();
        out.extend(self.rules.iter().map(|r| self.eval(r, p)));
    }
}

fn eval(op: &Op, p: &Prepared) -> Tri {
    match op {
        Op::Flag(i) => match p.flags.get(*i).copied().flatten() {
            Some(true) => Tri::True,
            Some(false) => Tri::False,
            None => Tri::Unknown,
        },
        Op::Cmp { id, slot, lo, hi } => {
            let Some(v) = p.nums.get(*slot).copied().flatten() else {
                return Tri::Unknown;
            };
            // A value known within [v, high]: a bound holds when it holds for the
            // whole range, fails when it fails for the whole range.
            let high = p.highs.get(*slot).copied().flatten().unwrap_or(v);
            let (lo_limit, hi_limit) = p.limits.get(*id).copied().unwrap_or((None, None));
            let mut t = Tri::True;
            if let Some(e) = lo {
                let ok = |x: f64, th: f64| if e.inclusive { x >= th } else { x > th };
                t = match lo_limit {
                    Some(th) if ok(v, th) => Tri::True,
                    Some(th) if !ok(high, th) => return Tri::False,
                    _ => Tri::Unknown,
                };
            }
            if let Some(e) = hi {
                let ok = |x: f64, th: f64| if e.inclusive { x <= th } else { x < th };
                t = t.and(match hi_limit {
                    Some(th) if ok(high, th) => Tri::True,
                    Some(th) if !ok(v, th) => Tri::False,
                    _ => Tri::Unknown,
                });
            }
            t
        }
        Op::And(v) => {
            let mut t = Tri::True;
            for o in v {
                match eval(o, p) {
                    Tri::False => return Tri::False,
                    x => t = t.and(x),
                }
            }
            t
        }
        Op::Or(v) => {
            let mut t = Tri::False;
            for o in v {
                match eval(o, p) {
                    Tri::True => return Tri::True,
                    x => t = t.or(x),
                }
            }
            t
        }
        Op::Not(o) => eval(o, p).not(),
        Op::Undecidable => Tri::Unknown,
    }
}

/// The highest age an open-dated age rule may mean: the age at the appointment
/// when known, unbounded when only the deadline is.
fn age_high(c: &Candidate, r: &Reference) -> Option<f64> {
    let b = c.birth_date?;
    match r.date(Some(Event::Pengangkatan)) {
        Some(on) => time::age_years(b, on).map(f64::from),
        None => r.date(Some(Event::BatasLamaran)).map(|_| f64::INFINITY),
    }
}

/// Days held in positions matching `pick`, clipped at `on`.
fn held_days(
    c: &Candidate,
    on: NaiveDate,
    pick: impl Fn(&super::case::Position) -> bool,
) -> Option<f64> {
    let positions = c.positions.as_ref()?;
    let mut total = 0i64;
    for p in positions.iter().filter(|p| pick(p)) {
        if p.start > on {
            continue;
        }
        // `end` is the last day held: a closed position counts it; an open one
        // runs to the measuring date.
        let days = match p.end {
            Some(e) if e < on => time::days(p.start, e) + 1,
            _ => time::days(p.start, on),
        };
        total += days.max(0);
    }
    Some(total as f64)
}

/// A slot's value for a candidate, and the date thresholds are measured at.
/// The date a slot's thresholds are measured at: it depends on the reference only.
fn slot_date(s: &SlotKind, r: &Reference) -> Option<NaiveDate> {
    match s {
        SlotKind::Age(Some(e), _) => r.date(Some(*e)),
        SlotKind::Age(None, _) => r
            .date(Some(Event::BatasLamaran))
            .or(r.date(Some(Event::Pengangkatan))),
        SlotKind::Experience | SlotKind::Held(_) | SlotKind::Tenure => r.default,
        SlotKind::Education | SlotKind::Golongan | SlotKind::Rating(_) => None,
    }
}

fn slot_value(s: &SlotKind, c: &Candidate, r: &Reference) -> (Option<f64>, Option<NaiveDate>) {
    match s {
        SlotKind::Age(at, unit) => {
            let age = |on: NaiveDate| match (c.birth_date, unit) {
                (Some(b), TimeUnit::Months) => time::months_between(b, on).map(f64::from),
                (Some(b), _) => time::age_years(b, on).map(f64::from),
                (None, _) => None,
            };
            match at {
                Some(_) => {
                    let on = r.date(*at);
                    (on.and_then(age), on)
                }
                // The policy says no date: the age counts only where the application
                // deadline and the appointment give the same age.
                None => {
                    let deadline = r.date(Some(Event::BatasLamaran));
                    let appointed = r.date(Some(Event::Pengangkatan));
                    // The age is at least the age at the deadline (the appointment comes later).
                    (deadline.or(appointed).and_then(age), deadline.or(appointed))
                }
            }
        }
        SlotKind::Education => (
            c.education
                .as_deref()
                .and_then(Education::parse)
                .map(|e| f64::from(e.rank())),
            None,
        ),
        SlotKind::Golongan => (
            c.golongan
                .as_deref()
                .and_then(Golongan::parse)
                .map(|g| f64::from(g.rank())),
            None,
        ),
        SlotKind::Experience => {
            let on = r.default;
            if let (Some(years), Some(on)) = (c.related_experience_years, on) {
                // Whole years as the calendar span ending at the reference date.
                return (Some(time::span_days(years, TimeUnit::Years, on)), Some(on));
            }
            (
                on.and_then(|on| held_days(c, on, |p| p.related == Some(true))),
                on,
            )
        }
        SlotKind::Held(js) => {
            let on = r.default;
            let names: Vec<&str> = js.iter().map(|j| j.as_str()).collect();
            if c.positions.is_none() && !c.held_years.is_empty() {
                let years: f64 = c
                    .held_years
                    .iter()
                    .filter(|(k, _)| names.contains(&k.as_str()))
                    .map(|(_, v)| *v)
                    .sum();
                return (on.map(|on| time::span_days(years, TimeUnit::Years, on)), on);
            }
            (
                on.and_then(|on| held_days(c, on, |p| names.contains(&p.jenjang.as_str()))),
                on,
            )
        }
        SlotKind::Tenure => {
            let on = r.default;
            if let (None, Some(y), Some(on)) = (&c.positions, c.tenure_years, on) {
                return (Some(time::span_days(y, TimeUnit::Years, on)), Some(on));
            }
            let current = c.positions.as_ref().and_then(|ps| {
                ps.iter()
                    .filter(|p| p.end.is_none())
                    .max_by_key(|p| p.start)
            });
            (
                current
                    .zip(on)
                    .map(|(p, on)| time::days(p.start, on) as f64),
                on,
            )
        }
        SlotKind::Rating(lookback) => {
            let Some(ratings) = &c.ratings else {
                return (None, None);
            };
            let ranks = |y: i32| {
                ratings
                    .iter()
                    .find(|x| x.year == y)
                    .and_then(|x| Rating::parse(&x.rating))
                    .map(|r| r as u8 as f64)
            };
            let v = match (lookback, r.default) {
                (Some(n), Some(on)) => {
                    use chrono::Datelike;
                    let years: Vec<i32> = (1..=*n as i32).map(|k| on.year() - k).collect();
                    let vals: Option<Vec<f64>> = years.iter().map(|y| ranks(*y)).collect();
                    vals.and_then(|v| v.into_iter().reduce(f64::min))
                }
                (Some(_), None) => None,
                (None, _) => ratings
                    .iter()
                    .max_by_key(|x| x.year)
                    .and_then(|x| Rating::parse(&x.rating))
                    .map(|r| r as u8 as f64),
            };
            (v, None)
        }
    }
}

/// The facts used by a compiled rule, in words, for explanations.
pub fn describe_facts(program: &Program, p: &Prepared, rule: &CompiledRule) -> Vec<String> {
    let mut out = Vec::new();
    collect(&rule.op, program, p, &mut out);
    out.dedup();
    out
}

fn collect(op: &Op, program: &Program, p: &Prepared, out: &mut Vec<String>) {
    match op {
        Op::Flag(i) => {
            let name = match program.flags.get(*i) {
                Some(FlagKind::Builtin(b)) => b.as_str().to_string(),
                Some(FlagKind::Declared(d)) => d.clone(),
                None => String::new(),
            };
            let v = match p.flags.get(*i).copied().flatten() {
                Some(true) => "ya",
                Some(false) => "tidak",
                None => "tidak diketahui",
            };
            out.push(format!("{name}: {v}"));
        }
        Op::Cmp { slot, .. } => {
            let v = p.nums.get(*slot).copied().flatten();
            let date = p.dates.get(*slot).copied().flatten();
            let on = date.map(|d| format!(" pada {d}")).unwrap_or_default();
            let text = match (program.slots.get(*slot), v) {
                (_, None) => format!("{} tidak diketahui", slot_name(program.slots.get(*slot))),
                (Some(SlotKind::Age(at, _)), Some(v)) => format!(
                    "umur {v} tahun{on}{}",
                    at.map(|e| format!(", tanggal {e}")).unwrap_or_default()
                ),
                (Some(SlotKind::Education), Some(v)) => {
                    format!("pendidikan {}", fmt_value(v, Measure::Education))
                }
                (Some(SlotKind::Golongan), Some(v)) => {
                    format!("golongan {}", fmt_value(v, Measure::Golongan))
                }
                (Some(SlotKind::Rating(_)), Some(v)) => format!(
                    "penilaian kinerja terendah {}",
                    fmt_value(v, Measure::Rating)
                ),
                (k, Some(v)) => format!("{} {} hari{on}", slot_name(k), v),
            };
            out.push(text);
        }
        Op::And(v) | Op::Or(v) => v.iter().for_each(|o| collect(o, program, p, out)),
        Op::Not(o) => collect(o, program, p, out),
        Op::Undecidable => out.push("syarat yang tidak dapat diputus dari data calon".into()),
    }
}

fn slot_name(k: Option<&SlotKind>) -> String {
    match k {
        Some(SlotKind::Age(..)) => "umur".into(),
        Some(SlotKind::Education) => "pendidikan".into(),
        Some(SlotKind::Golongan) => "golongan".into(),
        Some(SlotKind::Experience) => "pengalaman bidang".into(),
        Some(SlotKind::Held(js)) => format!(
            "lama menduduki {}",
            js.iter().map(|j| j.as_str()).collect::<Vec<_>>().join("/")
        ),
        Some(SlotKind::Tenure) => "masa jabatan sekarang".into(),
        Some(SlotKind::Rating(_)) => "penilaian kinerja".into(),
        None => "fakta".into(),
    }
}
