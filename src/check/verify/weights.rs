//! The weights of a set as a whole: the components a case records for a set
//! (`penilaian`: makalah, wawancara …) must be the policy's and add up to
//! exactly 100%. Each component's band is judged by its own rule; the total is
//! judged at the clause that sets the composition (the clause holding every
//! band of the set).

use super::*;
use crate::messages::{verify as vt, Message};
use std::collections::BTreeMap;

/// One verdict per weight set among `rules` (the weight rules that apply to the case).
pub(super) fn judge_totals(cx: &Ctx<'_>, rules: &[&IrRule]) -> Vec<Verdict> {
    let mut sets: BTreeMap<&str, Vec<&IrRule>> = BTreeMap::new();
    for r in rules {
        if let RuleKind::Weight { set, .. } = &r.kind {
            sets.entry(set.as_str()).or_default().push(r);
        }
    }
    sets.into_iter()
        .filter_map(|(set, rules)| {
            let first = rules.first()?;
            let clause = composition_clause(cx.policy, &rules);
            let components: Vec<&str> = rules
                .iter()
                .filter_map(|r| match &r.kind {
                    RuleKind::Weight { component, .. } => Some(component.as_str()),
                    _ => None,
                })
                .collect();
            let (status, because, facts) = total(cx.case.weights.get(set), set, &components);
            let node = cx.policy.clauses.get(clause);
            let citation = cx.policy.cite(clause).to_string();
            Some(Verdict {
                rule: format!("{citation} (jumlah bobot {set})"),
                status,
                message: format!("bobot {set} berjumlah 100%"),
                explanation: because.en,
                explanation_id: because.id,
                facts,
                clause: citation,
                candidate: None,
                span: node.map_or(first.span, |n| n.number_span),
            })
        })
        .collect()
}

fn total(
    recorded: Option<&BTreeMap<String, f64>>,
    set: &str,
    components: &[&str],
) -> (Status, Message, Vec<String>) {
    let Some(weights) = recorded else {
        return (
            Status::Unknown,
            vt::weights::weights_used_are_not_recorded(set),
            vec![],
        );
    };
    let facts: Vec<String> = weights
        .iter()
        .map(|(k, v)| format!("bobot {set}.{k} = {v}%"))
        .collect();
    let foreign: Vec<&str> = weights
        .keys()
        .map(String::as_str)
        .filter(|k| !components.contains(k))
        .collect();
    if !foreign.is_empty() {
        let list = foreign.join(", ");
        return (
            Status::Violated,
            vt::weights::case_weighs_components_policy_does(set, &list),
            facts,
        );
    }
    let missing: Vec<&str> = components
        .iter()
        .copied()
        .filter(|c| !weights.contains_key(*c))
        .collect();
    let sum: f64 = weights.values().sum();
    // Weights are written to at most a few decimals: compare to a hundredth of a percent.
    let whole = (sum - 100.0).abs() < 0.005;
    if !missing.is_empty() && sum < 100.0 {
        let list = missing.join(", ");
        return (
            Status::Unknown,
            vt::weights::weights_recorded_add_up_not(sum, &list),
            facts,
        );
    }
    if whole {
        (Status::Satisfied, vt::weights::weights_add_up(set), facts)
    } else {
        (
            Status::Violated,
            vt::weights::weights_add_up_not(set, sum),
            facts,
        )
    }
}

/// The innermost clause holding every rule of the set.
fn composition_clause(policy: &Policy, rules: &[&IrRule]) -> ClauseId {
    let chain = |mut c: ClauseId| {
        let mut out = vec![c];
        while let Some(p) = policy.clauses.get(c).and_then(|n| n.parent) {
            out.push(p);
            c = p;
        }
        out
    };
    let Some(first) = rules.first() else {
        return ClauseId::default();
    };
    let mut common = chain(first.clause);
    for r in rules.iter().skip(1) {
        let other = chain(r.clause);
        common.retain(|c| other.contains(c));
    }
    common.first().copied().unwrap_or(first.clause)
}
