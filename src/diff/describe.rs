//! What differs between two rules that govern the same thing, as a list of
//! [`Aspect`]s: a quantity's interval, the modality, the `jika` / `kecuali`
//! condition, a list's items, or the whole rule when it was rewritten.
//! Equality is on the typed parameters (comparator phrases and citations
//! inside the parameters do not count).

use crate::analysis::context::{quantities, QuantityKey};
use crate::ir::ListKind;
use crate::ir::{Cond, Interval, IrRule, RuleKind, Scope};
use serde_json::Value;
use std::collections::BTreeSet;

/// One way in which two matched rules differ.
#[derive(Debug, Clone, PartialEq)]
pub enum Aspect {
    /// A quantity the rules set allows different values (or only one rule sets it).
    Quantity {
        /// Which quantity.
        key: QuantityKey,
        /// The interval in the first policy.
        old: Option<Interval>,
        /// The interval in the second policy.
        new: Option<Interval>,
    },
    /// The rule says something else: its summaries.
    Rule {
        /// Summary in the first policy.
        old: String,
        /// Summary in the second policy.
        new: String,
    },
    /// wajib / dapat / dilarang.
    Modality {
        /// In the first policy.
        old: &'static str,
        /// In the second policy.
        new: &'static str,
    },
    /// The `jika` condition.
    Condition {
        /// In the first policy.
        old: Option<String>,
        /// In the second policy.
        new: Option<String>,
    },
    /// The `kecuali` exception.
    Exception {
        /// In the first policy.
        old: Option<String>,
        /// In the second policy.
        new: Option<String>,
    },
    /// The scope (only for rules paired by their text).
    Scope {
        /// In the first policy.
        old: Scope,
        /// In the second policy.
        new: Scope,
    },
    /// A list's name (only for lists paired by their text or items).
    ListName {
        /// In the first policy.
        old: String,
        /// In the second policy.
        new: String,
    },
    /// The kind of a list.
    ListKind {
        /// In the first policy.
        old: &'static str,
        /// In the second policy.
        new: &'static str,
    },
    /// Items only the second policy's list has.
    ItemsAdded(Vec<String>),
    /// Items only the first policy's list has.
    ItemsRemoved(Vec<String>),
    /// The same stages of an ordered list, in another order.
    Order {
        /// Order in the first policy.
        old: Vec<String>,
        /// Order in the second policy.
        new: Vec<String>,
    },
}

/// True for kinds whose modality means nothing (definitions, list items).
fn is_definition(kind: &RuleKind) -> bool {
    matches!(
        kind,
        RuleKind::ListItem { .. }
            | RuleKind::PostClass { .. }
            | RuleKind::Fact { .. }
            | RuleKind::Term { .. }
    )
}

/// The typed parameters of a rule in a form where equal means "says the same":
/// list items reduced to their keys, set-like name lists sorted.
pub fn params(rule: &IrRule) -> Value {
    let kind = kind_value(&rule.kind);
    let modality = if is_definition(&rule.kind) {
        Value::Null
    } else {
        serde_json::to_value(rule.modality).unwrap_or(Value::Null)
    };
    let condition = serde_json::to_value(&rule.condition).unwrap_or(Value::Null);
    let exception = serde_json::to_value(&rule.exception).unwrap_or(Value::Null);
    Value::Array(vec![kind, modality, condition, exception])
}

/// Fields whose value is a set of names: their order says nothing.
const SET_FIELDS: &[&str] = &[
    "who", "elements", "holders", "channels", "one_of", "eselons",
];

/// The typed parameters of a rule kind, normalized (see [`params`]).
fn kind_value(kind: &RuleKind) -> Value {
    let mut v = value(kind);
    normalize(&mut v, kind);
    v
}

fn normalize(v: &mut Value, kind: &RuleKind) {
    if let (
        RuleKind::List {
            items, list_kind, ..
        },
        Value::Object(map),
    ) = (kind, &mut *v)
    {
        let mut keys: Vec<String> = items.iter().map(|i| i.key.clone()).collect();
        if *list_kind != ListKind::Berurutan {
            keys.sort();
        }
        map.insert(
            "items".into(),
            Value::Array(keys.into_iter().map(Value::String).collect()),
        );
    }
    sort_sets(v);
}

fn sort_sets(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                if SET_FIELDS.contains(&k.as_str()) {
                    if let Value::Array(a) = x {
                        a.sort_by_key(|e| e.to_string());
                    }
                }
                sort_sets(x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(sort_sets),
        _ => {}
    }
}

/// The parameters with every quantity's value removed: equal masks and
/// different parameters mean the rules differ only in numbers.
fn masked(rule: &IrRule) -> Value {
    let mut v = kind_value(&rule.kind);
    strip(&mut v);
    v
}

fn strip(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for k in ["interval", "times", "each"] {
                map.remove(k);
            }
            map.values_mut().for_each(strip);
        }
        Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

/// The ways two matched rules differ; empty when they say the same.
pub fn aspects(a: &IrRule, b: &IrRule) -> Vec<Aspect> {
    let mut out = Vec::new();
    let (sa, sb) = (normalized(&a.scope), normalized(&b.scope));
    if sa != sb {
        out.push(Aspect::Scope { old: sa, new: sb });
    }
    let kind = kind_aspects(a, b);
    let modality = !is_definition(&a.kind) && !is_definition(&b.kind) && a.modality != b.modality;
    match kind.as_slice() {
        // A rewritten rule whose modality changed too: say both in one.
        [Aspect::Rule { .. }] if modality => out.push(Aspect::Rule {
            old: format!("{} {}", modality_word(a.modality), a.kind.summary().trim()),
            new: format!("{} {}", modality_word(b.modality), b.kind.summary().trim()),
        }),
        _ => {
            if modality {
                out.push(Aspect::Modality {
                    old: modality_word(a.modality),
                    new: modality_word(b.modality),
                });
            }
            out.extend(kind);
        }
    }
    let cond = |c: &Option<Cond>| c.as_ref().map(Cond::words);
    if value(&a.condition) != value(&b.condition) {
        out.push(Aspect::Condition {
            old: cond(&a.condition),
            new: cond(&b.condition),
        });
    }
    if value(&a.exception) != value(&b.exception) {
        out.push(Aspect::Exception {
            old: cond(&a.exception),
            new: cond(&b.exception),
        });
    }
    out
}

fn value<T: serde::Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

fn kind_aspects(a: &IrRule, b: &IrRule) -> Vec<Aspect> {
    if kind_value(&a.kind) == kind_value(&b.kind) {
        return Vec::new();
    }
    if let (
        RuleKind::List {
            name: na,
            list_kind: ka,
            items: ia,
        },
        RuleKind::List {
            name: nb,
            list_kind: kb,
            items: ib,
        },
    ) = (&a.kind, &b.kind)
    {
        let mut out = Vec::new();
        if na != nb {
            out.push(Aspect::ListName {
                old: na.clone(),
                new: nb.clone(),
            });
        }
        out.extend(list_aspects(
            (*ka, &ia.iter().map(|i| i.key.clone()).collect::<Vec<_>>()),
            (*kb, &ib.iter().map(|i| i.key.clone()).collect::<Vec<_>>()),
        ));
        return out;
    }
    let whole = || {
        vec![Aspect::Rule {
            old: a.kind.summary().trim().to_string(),
            new: b.kind.summary().trim().to_string(),
        }]
    };
    if masked(a) != masked(b) {
        return whole();
    }
    // Only numbers differ: say which quantity, old → new.
    let qa = quantities(a);
    let qb = quantities(b);
    let keys: BTreeSet<&QuantityKey> = qa.iter().chain(qb.iter()).map(|(k, _)| k).collect();
    let find = |q: &[(QuantityKey, Interval)], k: &QuantityKey| {
        q.iter().find(|(x, _)| x == k).map(|(_, i)| i.clone())
    };
    let out: Vec<Aspect> = keys
        .into_iter()
        .filter_map(|k| {
            let old = find(&qa, k);
            let new = find(&qb, k);
            (value(&old) != value(&new)).then(|| Aspect::Quantity {
                key: k.clone(),
                old,
                new,
            })
        })
        .collect();
    if out.is_empty() {
        // The numbers that differ are inside `atau` / `tidak` / a lookback.
        whole()
    } else {
        out
    }
}

fn list_aspects(a: (ListKind, &[String]), b: (ListKind, &[String])) -> Vec<Aspect> {
    let mut out = Vec::new();
    if a.0 != b.0 {
        out.push(Aspect::ListKind {
            old: list_kind_word(a.0),
            new: list_kind_word(b.0),
        });
    }
    let added: Vec<String> = b.1.iter().filter(|k| !a.1.contains(k)).cloned().collect();
    let removed: Vec<String> = a.1.iter().filter(|k| !b.1.contains(k)).cloned().collect();
    if !added.is_empty() {
        out.push(Aspect::ItemsAdded(added));
    }
    if !removed.is_empty() {
        out.push(Aspect::ItemsRemoved(removed));
    }
    if a.0 == ListKind::Berurutan && b.0 == ListKind::Berurutan {
        let common_a: Vec<&String> = a.1.iter().filter(|k| b.1.contains(k)).collect();
        let common_b: Vec<&String> = b.1.iter().filter(|k| a.1.contains(k)).collect();
        if common_a != common_b {
            out.push(Aspect::Order {
                old: common_a.into_iter().cloned().collect(),
                new: common_b.into_iter().cloned().collect(),
            });
        }
    }
    out
}

/// `lengkap`, `terbuka`, `berurutan`, `pilihan`.
pub fn list_kind_word(k: ListKind) -> &'static str {
    match k {
        ListKind::Lengkap => "lengkap",
        ListKind::Terbuka => "terbuka",
        ListKind::Berurutan => "berurutan",
        ListKind::Pilihan => "pilihan",
    }
}

/// `wajib`, `dapat`, `dilarang`.
pub fn modality_word(m: crate::ir::Modality) -> &'static str {
    match m {
        crate::ir::Modality::Wajib => "wajib",
        crate::ir::Modality::Dapat => "dapat",
        crate::ir::Modality::Dilarang => "dilarang",
    }
}

/// A scope with its parts sorted and deduplicated.
fn normalized(s: &Scope) -> Scope {
    let mut s = s.clone();
    s.levels.sort();
    s.levels.dedup();
    s.eselons.sort();
    s.eselons.dedup();
    s.mechanisms.sort();
    s.mechanisms.dedup();
    s
}
