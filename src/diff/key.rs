//! The matching key of a rule: what it governs, independent of where the law
//! puts it. Two rules in two policies with the same key are the same rule,
//! whatever their Pasal numbers; the key is built from the typed IR only, and
//! for every rule that sets a quantity it is that quantity's
//! [`QuantityKey`](crate::analysis::context::QuantityKey).

use crate::analysis::context::{quantities, QuantityKey};
use crate::ir::{Category, Cond, Eselon, IrRule, Level, Mechanism, PanelRule, RuleKind};
use serde::Serialize;
use std::collections::BTreeSet;

/// What a rule governs: category, scope and subject.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MatchKey {
    /// Broad kind of rule.
    pub category: Category,
    /// Position levels governed (sorted, deduplicated).
    pub levels: Vec<Level>,
    /// Eselon restriction (sorted, deduplicated; empty: the whole level).
    pub eselons: Vec<Eselon>,
    /// Filling mechanisms governed (sorted, deduplicated).
    pub mechanisms: Vec<Mechanism>,
    /// What, within that scope, the rule is about.
    pub subject: Subject,
}

/// What a rule is about, within its category and scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// The quantity a window, extension, weight, count, duration or panel
    /// size / share / member count sets.
    Quantity(QuantityKey),
    /// An eligibility condition: the measured facts it bounds (as quantities)
    /// and the other facts it tests.
    Condition {
        /// Quantities the condition bounds (`usia pada pengangkatan`).
        measured: Vec<QuantityKey>,
        /// Other facts it names (`sehat`, `rekomendasi_kasn`).
        facts: Vec<String>,
    },
    /// Who holds a role of a panel.
    PanelRole {
        /// Panel.
        panel: String,
        /// Role.
        role: String,
    },
    /// The categories a panel's members come from.
    PanelElements {
        /// Panel.
        panel: String,
    },
    /// The standing of some members of a panel.
    PanelStanding {
        /// Panel.
        panel: String,
        /// Origin or category.
        who: String,
    },
    /// A required list, by name.
    List(String),
    /// A post class (`jabatan`).
    PostClass(String),
    /// A declared fact (`fakta`).
    Fact(String),
    /// A defined term (`istilah`).
    Term(String),
    /// An action, by name.
    Action(String),
}

impl Subject {
    /// A drafter's name for the subject.
    pub fn words(&self) -> String {
        match self {
            Subject::Quantity(q) => q.words(),
            Subject::Condition { measured, facts } => {
                let mut parts: Vec<String> = measured.iter().map(QuantityKey::words).collect();
                parts.extend(facts.iter().cloned());
                format!("syarat {}", parts.join(", "))
            }
            Subject::PanelRole { panel, role } => format!("{role} pansel {panel}"),
            Subject::PanelElements { panel } => format!("unsur pansel {panel}"),
            Subject::PanelStanding { panel, who } => format!("kedudukan {who} pansel {panel}"),
            Subject::List(n) => format!("daftar {n}"),
            Subject::PostClass(k) => format!("jabatan {k}"),
            Subject::Fact(k) => format!("fakta {k}"),
            Subject::Term(k) => format!("istilah {k}"),
            Subject::Action(a) => a.clone(),
        }
    }
}

/// The key as it appears in JSON.
#[derive(Debug, Serialize)]
pub struct JsonKey {
    /// Category (kebab-case).
    pub category: &'static str,
    /// Levels.
    pub levels: Vec<Level>,
    /// Eselon restriction.
    pub eselons: Vec<Eselon>,
    /// Mechanisms.
    pub mechanisms: Vec<Mechanism>,
    /// The subject in words.
    pub subject: String,
}

impl MatchKey {
    /// The JSON form.
    pub fn json(&self) -> JsonKey {
        JsonKey {
            category: self.category.as_str(),
            levels: self.levels.clone(),
            eselons: self.eselons.clone(),
            mechanisms: self.mechanisms.clone(),
            subject: self.subject.words(),
        }
    }
}

/// The key of a rule, or `None` for a list item (`butir`): items are compared
/// as part of their list.
pub fn key_of(rule: &IrRule) -> Option<MatchKey> {
    let subject = subject_of(rule)?;
    Some(MatchKey {
        category: rule.category(),
        levels: sorted(&rule.scope.levels),
        eselons: sorted(&rule.scope.eselons),
        mechanisms: sorted(&rule.scope.mechanisms),
        subject,
    })
}

fn sorted<T: Ord + Copy>(v: &[T]) -> Vec<T> {
    let set: BTreeSet<T> = v.iter().copied().collect();
    set.into_iter().collect()
}

fn subject_of(rule: &IrRule) -> Option<Subject> {
    let first_quantity = || quantities(rule).into_iter().next().map(|(k, _)| k);
    Some(match &rule.kind {
        RuleKind::Window { .. }
        | RuleKind::Extension { .. }
        | RuleKind::Weight { .. }
        | RuleKind::Count { .. }
        | RuleKind::Duration { .. } => Subject::Quantity(first_quantity()?),
        RuleKind::Panel { panel, rule: pr } => match pr {
            PanelRule::Size { .. } | PanelRule::Share { .. } | PanelRule::Members { .. } => {
                Subject::Quantity(first_quantity()?)
            }
            PanelRule::Role { role, .. } => Subject::PanelRole {
                panel: panel.clone(),
                role: role.clone(),
            },
            PanelRule::Elements { .. } => Subject::PanelElements {
                panel: panel.clone(),
            },
            PanelRule::Standing { who, .. } => Subject::PanelStanding {
                panel: panel.clone(),
                who: who.clone(),
            },
        },
        RuleKind::Eligibility { condition } => {
            let measured: BTreeSet<QuantityKey> =
                quantities(rule).into_iter().map(|(k, _)| k).collect();
            let measured_names: BTreeSet<String> = measured
                .iter()
                .filter_map(|k| match k {
                    QuantityKey::Fact(name, _) => Some(name.clone()),
                    _ => None,
                })
                .collect();
            let mut facts = BTreeSet::new();
            fact_names(condition, &mut facts);
            Subject::Condition {
                measured: measured.into_iter().collect(),
                facts: facts
                    .into_iter()
                    .filter(|f| !measured_names.contains(f))
                    .collect(),
            }
        }
        RuleKind::List { name, .. } => Subject::List(name.clone()),
        RuleKind::ListItem { .. } => return None,
        RuleKind::PostClass { key, .. } => Subject::PostClass(key.clone()),
        RuleKind::Fact { key } => Subject::Fact(key.clone()),
        RuleKind::Term { key } => Subject::Term(key.clone()),
        RuleKind::Action { action, .. } => Subject::Action(action.clone()),
    })
}

/// Every fact a condition names.
fn fact_names(c: &Cond, out: &mut BTreeSet<String>) {
    match c {
        Cond::And { all } => all.iter().for_each(|x| fact_names(x, out)),
        Cond::Or { any } => any.iter().for_each(|x| fact_names(x, out)),
        Cond::Not { not } => fact_names(not, out),
        Cond::Fact { fact } | Cond::Compare { fact, .. } | Cond::Equals { fact, .. } => {
            out.insert(fact.to_string());
        }
    }
}
