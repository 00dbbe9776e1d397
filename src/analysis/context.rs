//! What every lint reads: the policy, the baselines it follows, and helpers
//! that several lints share (what quantity a rule sets, whether two scopes
//! overlap).

use crate::diagnostics::{Finding, Severity};
use crate::ir::Direction;
use crate::ir::*;
use crate::messages::Message;
use crate::source::Span;

/// The input of a lint.
pub struct Context<'a> {
    /// The policy linted.
    pub policy: &'a Policy,
    /// The national baselines it follows (`mengikuti`).
    pub baselines: &'a [std::sync::Arc<Policy>],
}

impl<'a> Context<'a> {
    /// A finding about a piece of the law's text: cited by its clause, or by its
    /// menimbang or mengingat item when it is not in a clause.
    pub fn text_finding(
        &self,
        lint: &super::Lint,
        text: &LawText<'_>,
        span: Span,
        message: Message,
    ) -> Finding {
        let mut f = self.finding(lint, span, text.clause, message);
        if f.clause.is_none() {
            f.clause = text.place.clone();
        }
        f
    }

    /// The policy's rules that compiled cleanly (malformed ones are skipped).
    pub fn rules(&self) -> impl Iterator<Item = &'a crate::ir::IrRule> {
        self.policy.rules.iter().filter(|r| !r.malformed)
    }

    /// A finding at a span of the policy, with its clause citation filled in.
    pub fn finding(
        &self,
        lint: &super::Lint,
        span: Span,
        clause: Option<ClauseId>,
        message: Message,
    ) -> Finding {
        let mut f = Finding::new(lint.code, &self.policy.file, span, message)
            .help(lint.help)
            .label(lint.label);
        f.clause = clause
            .or_else(|| crate::resolve::innermost_clause(self.policy, span))
            .map(|c| self.policy.cite(c).to_string());
        f
    }
}

/// One piece of the law's text: a clause's text, or a menimbang or mengingat item.
pub struct LawText<'a> {
    /// The clause it belongs to (none for menimbang and mengingat).
    pub clause: Option<ClauseId>,
    /// The text as the compiler folded it.
    pub text: &'a str,
    /// Where the string literal is.
    pub span: Span,
    /// From mengingat (which legitimately names other regulations and regions).
    pub mengingat: bool,
    /// How to cite it when it is not in a clause: `Menimbang huruf b`, `Mengingat angka 1`.
    pub place: Option<String>,
}

/// Every piece of the law's text in the policy, in file order of clauses, then
/// menimbang, then mengingat.
pub fn law_texts(p: &Policy) -> Vec<LawText<'_>> {
    let mut out: Vec<LawText<'_>> = Vec::new();
    for (id, c) in p.clauses.enumerate() {
        out.extend(c.texts.iter().map(|(t, s)| LawText {
            clause: Some(id),
            text: t,
            span: *s,
            mengingat: false,
            place: None,
        }));
    }
    out.extend(p.menimbang.iter().map(|e| LawText {
        clause: None,
        text: &e.text,
        span: e.span,
        mengingat: false,
        place: Some(format!("Menimbang huruf {}", e.number)),
    }));
    out.extend(p.mengingat.iter().map(|e| LawText {
        clause: None,
        text: &e.text,
        span: e.span,
        mengingat: true,
        place: Some(format!("Mengingat angka {}", e.number)),
    }));
    out
}

/// What quantity a rule (or one part of an eligibility rule) sets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuantityKey {
    /// Gap between two events.
    Window(EventRef, EventRef, DirectionKey),
    /// Number of extensions of something.
    Extension(String),
    /// Length of each extension of something.
    ExtensionEach(String),
    /// A weight component.
    Weight(String, String),
    /// A count.
    Count(String),
    /// A duration.
    Duration(String),
    /// Size of a panel.
    PanelSize(String),
    /// Share of a panel.
    PanelShare(String, String),
    /// Members of some categories of a panel.
    PanelMembers(String, Vec<String>),
    /// A measured candidate fact, at an event.
    Fact(String, Option<Event>),
}

/// `Direction` as an ordered key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DirectionKey {
    /// sebelum
    Before,
    /// setelah
    After,
}

impl QuantityKey {
    /// A drafter's name for the quantity.
    pub fn words(&self) -> String {
        match self {
            QuantityKey::Window(e, a, d) => format!(
                "{e} {} {a}",
                if *d == DirectionKey::Before {
                    "sebelum"
                } else {
                    "setelah"
                }
            ),
            QuantityKey::Extension(s) => format!("jumlah perpanjangan {s}"),
            QuantityKey::ExtensionEach(s) => format!("lama tiap perpanjangan {s}"),
            QuantityKey::Weight(s, c) => format!("bobot {s} {c}"),
            QuantityKey::Count(s) => format!("jumlah {s}"),
            QuantityKey::Duration(s) => s.clone(),
            QuantityKey::PanelSize(p) => format!("jumlah anggota pansel {p}"),
            QuantityKey::PanelShare(p, w) => format!("porsi {w} pansel {p}"),
            QuantityKey::PanelMembers(p, w) => format!("anggota {} pansel {p}", w.join("/")),
            QuantityKey::Fact(f, Some(e)) => format!("{f} pada {e}"),
            QuantityKey::Fact(f, None) => f.clone(),
        }
    }
}

/// The quantities a rule sets, with the interval it allows for each.
pub fn quantities(rule: &IrRule) -> Vec<(QuantityKey, Interval)> {
    let mut out = Vec::new();
    match &rule.kind {
        RuleKind::Window {
            event,
            anchor,
            direction,
            interval,
        } => {
            let d = match direction {
                Direction::Sebelum => DirectionKey::Before,
                Direction::Setelah | Direction::Sejak => DirectionKey::After,
            };
            out.push((
                QuantityKey::Window(event.clone(), anchor.clone(), d),
                interval.clone(),
            ));
        }
        RuleKind::Extension {
            subject,
            times,
            each,
        } => {
            out.push((QuantityKey::Extension(subject.clone()), times.clone()));
            if let Some((n, u)) = each {
                let end = Some(End {
                    value: *n,
                    inclusive: true,
                });
                out.push((
                    QuantityKey::ExtensionEach(subject.clone()),
                    Interval {
                        measure: Measure::Time(*u),
                        min: None,
                        max: end,
                        phrases: (None, None),
                    },
                ));
            }
        }
        RuleKind::Weight {
            set,
            component,
            interval,
        } => out.push((
            QuantityKey::Weight(set.clone(), component.clone()),
            interval.clone(),
        )),
        RuleKind::Count {
            subject, interval, ..
        } => out.push((QuantityKey::Count(subject.clone()), interval.clone())),
        RuleKind::Duration { subject, interval } => {
            out.push((QuantityKey::Duration(subject.clone()), interval.clone()))
        }
        RuleKind::Panel { panel, rule: pr } => match pr {
            PanelRule::Size { interval, .. } => {
                out.push((QuantityKey::PanelSize(panel.clone()), interval.clone()))
            }
            PanelRule::Share { who, interval, .. } => out.push((
                QuantityKey::PanelShare(panel.clone(), who.clone()),
                interval.clone(),
            )),
            PanelRule::Members { who, interval } => {
                let mut w = who.clone();
                w.sort();
                out.push((
                    QuantityKey::PanelMembers(panel.clone(), w),
                    interval.clone(),
                ));
            }
            _ => {}
        },
        RuleKind::Eligibility { condition } => {
            // "paling singkat 2 tahun dan paling lama 5 tahun" is one interval.
            let mut parts = Vec::new();
            collect_compares(condition, &mut parts);
            for (k, iv) in parts {
                match out
                    .iter_mut()
                    .find(|(k2, iv2): &&mut (QuantityKey, Interval)| {
                        *k2 == k && iv2.measure == iv.measure
                    }) {
                    Some((_, merged)) => {
                        if iv.min.is_some() {
                            merged.min = iv.min;
                            merged.phrases.0 = iv.phrases.0;
                        }
                        if iv.max.is_some() {
                            merged.max = iv.max;
                            merged.phrases.1 = iv.phrases.1;
                        }
                    }
                    None => out.push((k, iv)),
                }
            }
        }
        _ => {}
    }
    out
}

fn collect_compares(c: &Cond, out: &mut Vec<(QuantityKey, Interval)>) {
    match c {
        Cond::And { all } => all.iter().for_each(|x| collect_compares(x, out)),
        Cond::Compare {
            fact,
            interval,
            at,
            lookback: None,
        } => out.push((QuantityKey::Fact(fact.to_string(), *at), interval.clone())),
        _ => {}
    }
}

/// True when two scopes govern at least one common level and mechanism.
/// An undetermined part (empty) overlaps nothing: ambiguity is reported apart.
pub fn scopes_overlap(a: &Scope, b: &Scope) -> bool {
    let levels = a.levels.iter().any(|l| b.levels.contains(l));
    let mech = a.mechanisms.iter().any(|m| {
        *m == Mechanism::Umum || b.mechanisms.contains(m) || b.mechanisms.contains(&Mechanism::Umum)
    });
    let eselon = a.eselons.is_empty()
        || b.eselons.is_empty()
        || a.eselons.iter().any(|e| b.eselons.contains(e));
    levels && mech && eselon
}

/// A value in a common unit, so that intervals in different time units compare:
/// days for time (a working day counted as 7/5 calendar days), the value itself otherwise.
pub fn normalized(v: f64, m: Measure) -> f64 {
    match m {
        Measure::Time(TimeUnit::Years) => v * 365.25,
        Measure::Time(TimeUnit::Months) => v * 30.4375,
        Measure::Time(TimeUnit::WorkingDays) => v * 7.0 / 5.0,
        _ => v,
    }
}

/// True when no value lies in both intervals: the minimum of one is above the
/// maximum of the other (each in its own unit, compared in a common one). An
/// interval that is empty by itself is PSL403's, and disjoint from nothing here.
pub fn disjoint(a: &Interval, b: &Interval) -> bool {
    if !comparable(a.measure, b.measure) || a.is_empty() || b.is_empty() {
        return false;
    }
    let above = |lo: Option<End>, lm: Measure, hi: Option<End>, hm: Measure| match (lo, hi) {
        (Some(lo), Some(hi)) => {
            let (l, h) = (normalized(lo.value, lm), normalized(hi.value, hm));
            l > h + 1e-9 || ((l - h).abs() < 1e-9 && !(lo.inclusive && hi.inclusive))
        }
        _ => false,
    };
    above(a.min, a.measure, b.max, b.measure) || above(b.min, b.measure, a.max, a.measure)
}

/// True when two measures can be compared.
pub fn comparable(a: Measure, b: Measure) -> bool {
    matches!((a, b), (Measure::Time(_), Measure::Time(_))) || a == b
}

/// Severity helper for lints.
pub const fn sev(s: Severity) -> Severity {
    s
}
