//! PSL507 — steps whose order the policy states in a circle (A before B, B
//! before A), and acts one clause requires of an actor that another forbids.

use crate::analysis::context::scopes_overlap;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Direction, Modality};
use crate::ir::{IrRule, Level, Mechanism, RuleKind};
use crate::messages::Text;
use std::collections::{BTreeMap, BTreeSet};

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::StepOrder,
    label: Text {
        en: "cannot be done as written",
        id: "tidak dapat dilaksanakan sebagaimana tertulis",
    },
    help: Text {
        en: "state one order of the steps (or one modality of the act), and scope or condition the clauses if each governs another case",
        id: "tetapkan satu urutan langkah (atau satu modalitas tindakan), dan beri lingkup atau syarat pada ketentuan itu bila masing-masing mengatur keadaan lain",
    },
    explain: Text {
        en: "Collects, for each level and mechanism, the order the policy's unconditional rules put its steps in — an action `sebelum`/`setelah` an event or another act, a window between two events — and reports a circle in which at least one step must fall on a later day than the one before it: \"koordinasi sebelum pembentukan_pansel\" in one clause and \"koordinasi setelah pembentukan_pansel\" (or a longer chain back to where it started) in another. No schedule meets both. It also reports an act one clause requires (`wajib`) of an actor and another forbids (`dilarang`) to the same actor, for the same level and mechanism.",
        id: "Mengumpulkan, untuk setiap jenjang dan mekanisme, urutan langkah yang ditetapkan aturan tanpa syarat — tindakan `sebelum`/`setelah` suatu peristiwa atau tindakan lain, jangka waktu antara dua peristiwa — dan melaporkan urutan yang melingkar dengan paling sedikit satu langkah yang harus jatuh pada hari sesudah langkah sebelumnya: \"koordinasi sebelum pembentukan_pansel\" dalam satu ketentuan dan \"koordinasi setelah pembentukan_pansel\" (atau rantai yang lebih panjang yang kembali ke awal) dalam ketentuan lain. Tidak ada jadwal yang memenuhi keduanya. Lint ini juga melaporkan tindakan yang diwajibkan (`wajib`) kepada seorang pelaku oleh satu ketentuan dan dilarang (`dilarang`) bagi pelaku yang sama oleh ketentuan lain, untuk jenjang dan mekanisme yang sama.",
    },
    bad: "wajib koordinasi oleh ppk dengan kasn sebelum pembentukan_pansel\nwajib pembentukan_pansel oleh ppk setelah rekomendasi\nwajib rekomendasi dari kasn setelah koordinasi\nwajib koordinasi oleh ppk dengan kasn setelah pembentukan_pansel",
    good: "wajib koordinasi oleh ppk dengan kasn sebelum pembentukan_pansel\nwajib rekomendasi dari kasn setelah koordinasi",
    words: &[msg::ALL],
};

/// One stated order: `from` comes before `to` (or on the same day, unless
/// `strict`), by `rule`.
struct Edge<'a> {
    from: String,
    to: String,
    strict: bool,
    rule: &'a IrRule,
}

fn edges(r: &IrRule) -> Vec<Edge<'_>> {
    let mut out = Vec::new();
    let mut push = |a: String, b: String, strict: bool| {
        if a != b {
            out.push(Edge {
                from: a,
                to: b,
                strict,
                rule: r,
            })
        }
    };
    match &r.kind {
        RuleKind::Action {
            action, timings, ..
        } if r.modality != Modality::Dilarang => {
            for t in timings {
                let e = t.event.as_str().to_string();
                // An unbounded timing is strict; a bound from 0 allows the same day.
                let strict = t
                    .interval
                    .as_ref()
                    .is_none_or(|iv| iv.min.is_some_and(|m| m.value > 0.0));
                match t.direction {
                    Direction::Sebelum => push(action.clone(), e, strict),
                    Direction::Setelah => push(e, action.clone(), strict),
                    Direction::Sejak => push(e, action.clone(), false),
                }
            }
        }
        RuleKind::Window {
            event,
            anchor,
            direction,
            interval,
        } => {
            let strict = interval.min.is_some_and(|m| m.value > 0.0);
            let (e, a) = (event.as_str().to_string(), anchor.as_str().to_string());
            match direction {
                Direction::Sebelum => push(e, a, strict),
                Direction::Setelah | Direction::Sejak => push(a, e, strict),
            }
        }
        _ => {}
    }
    out
}

/// A path from `to` back to `from` in the graph, as the edges walked.
fn path_back<'e, 'a>(
    graph: &BTreeMap<&str, Vec<&'e Edge<'a>>>,
    start: &str,
    goal: &str,
) -> Option<Vec<&'e Edge<'a>>> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<(&str, Vec<&'e Edge<'a>>)> = vec![(start, Vec::new())];
    while let Some((node, path)) = stack.pop() {
        if node == goal {
            return Some(path);
        }
        if !seen.insert(node) {
            continue;
        }
        for e in graph.get(node).into_iter().flatten() {
            let mut p = path.clone();
            p.push(e);
            stack.push((e.to.as_str(), p));
        }
    }
    None
}

fn circles(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let rules: Vec<&IrRule> = cx
        .rules()
        .filter(|r| r.condition.is_none() && r.exception.is_none())
        .collect();
    let mut reported: BTreeSet<Vec<usize>> = BTreeSet::new();
    for level in Level::ALL {
        for mech in Mechanism::ALL.iter().filter(|m| **m != Mechanism::Umum) {
            let here = crate::ir::Scope {
                levels: vec![*level],
                eselons: Vec::new(),
                mechanisms: vec![*mech],
            };
            let all: Vec<Edge<'_>> = rules
                .iter()
                .filter(|r| scopes_overlap(&r.scope, &here))
                .flat_map(|r| edges(r))
                .collect();
            let mut graph: BTreeMap<&str, Vec<&Edge<'_>>> = BTreeMap::new();
            for e in &all {
                graph.entry(e.from.as_str()).or_default().push(e);
            }
            for e in &all {
                let Some(back) = path_back(&graph, &e.to, &e.from) else {
                    continue;
                };
                if !e.strict && !back.iter().any(|b| b.strict) {
                    continue;
                }
                let mut key: Vec<usize> = back
                    .iter()
                    .map(|b| b.rule.span.start)
                    .chain([e.rule.span.start])
                    .collect();
                key.sort_unstable();
                key.dedup();
                if !reported.insert(key) {
                    continue;
                }
                let chain: Vec<String> = std::iter::once(e.from.clone())
                    .chain(std::iter::once(e.to.clone()))
                    .chain(back.iter().map(|b| b.to.clone()))
                    .collect();
                let chain = chain.join(" → ");
                let mut f = cx.finding(&LINT, e.rule.span, Some(e.rule.clause), msg::circle(chain));
                for b in &back {
                    f = f.related_quoted(
                        b.rule.span,
                        format!("`{} → {}`", b.from, b.to),
                        Some(b.rule.citation.clone()),
                    );
                }
                out.push(f);
            }
        }
    }
}

fn actors(r: &IrRule) -> Option<(&str, &[String])> {
    match &r.kind {
        RuleKind::Action { action, actors, .. } => Some((action, actors)),
        _ => None,
    }
}

fn required_and_forbidden(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let rules: Vec<&IrRule> = cx
        .rules()
        .filter(|r| r.condition.is_none() && r.exception.is_none())
        .collect();
    for f in rules.iter().filter(|r| r.modality == Modality::Dilarang) {
        let Some((act, forbidden_to)) = actors(f) else {
            continue;
        };
        let hit = rules.iter().find(|w| {
            w.modality == Modality::Wajib
                && w.clause != f.clause
                && scopes_overlap(&w.scope, &f.scope)
                && actors(w).is_some_and(|(a, who)| {
                    a == act
                        && (forbidden_to.is_empty()
                            || who.is_empty()
                            || who.iter().any(|x| forbidden_to.contains(x)))
                })
        });
        if let Some(w) = hit {
            out.push(
                cx.finding(
                    &LINT,
                    f.span,
                    Some(f.clause),
                    msg::forbidden_and_required(act, &w.citation),
                )
                .related_quoted(
                    w.span,
                    format!("`wajib {act}`"),
                    Some(w.citation.clone()),
                ),
            );
        }
    }
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    circles(cx, out);
    required_and_forbidden(cx, out);
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// Steps in a circle.
    circle(chain) = "the steps are ordered in a circle ({chain}): no schedule meets every clause" / "urutan langkah melingkar ({chain}): tidak ada jadwal yang memenuhi setiap ketentuan";
    /// An act forbidden and required.
    forbidden_and_required(act, cite) = "`{act}` is forbidden here and required in {cite}" / "`{act}` dilarang di sini dan diwajibkan dalam {cite}";
    }
);
