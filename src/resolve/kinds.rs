//! Per-kind lowering: each rule body of the syntax tree becomes its typed
//! `RuleKind`, checking every value's unit and every name it uses. Adding a
//! rule kind means adding its arm here (and its `RuleBody` in the syntax,
//! its `RuleKind` in the IR).

use super::lower::Lowerer;
use super::tree::panel_rule;
use crate::ast::{self, RuleBody};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::*;
use crate::messages::resolve::{kind, noun, rule_msg, rule_text};

/// The typed kind of a rule body, or None when it names an event that does
/// not exist (the finding is in `low.findings`).
pub fn lower(low: &mut Lowerer<'_>, body: &RuleBody) -> Option<RuleKind> {
    Some(match body {
        RuleBody::Eligibility(e) => RuleKind::Eligibility {
            condition: low.cond(e),
        },
        RuleBody::Panel(name, pc) => RuleKind::Panel {
            panel: name.value.clone(),
            rule: panel_rule(low, pc),
        },
        RuleBody::Window {
            event,
            bound,
            direction,
            anchor,
        } => window(low, event, bound, direction.value, anchor)?,
        RuleBody::Extension {
            subject,
            times,
            each,
        } => extension(low, subject, times, each.as_ref()),
        RuleBody::Weight {
            set,
            component,
            bounds,
        } => RuleKind::Weight {
            set: set.value.clone(),
            component: component.value.clone(),
            interval: low.interval(bounds, Measure::Percent, &noun::WEIGHT.into()),
        },
        RuleBody::Count {
            subject,
            bounds,
            per,
        } => RuleKind::Count {
            subject: subject.value.clone(),
            interval: low.interval(bounds, Measure::Count, &noun::COUNT.into()),
            per: per.as_ref().map(|p| p.value.clone()),
        },
        RuleBody::Duration { subject, bounds } => {
            let m = Lowerer::measure_of(bounds)
                .filter(|m| matches!(m, Measure::Time(_)))
                .unwrap_or(Measure::Time(TimeUnit::Years));
            RuleKind::Duration {
                subject: subject.value.clone(),
                interval: low.interval(bounds, m, &noun::DURATION.into()),
            }
        }
        RuleBody::List { name, kind, items } => {
            let cite = String::new();
            RuleKind::List {
                name: name.value.clone(),
                list_kind: kind.value,
                items: items
                    .iter()
                    .map(|i| ListMember {
                        key: i.value.clone(),
                        clause: cite.clone(),
                    })
                    .collect(),
            }
        }
        RuleBody::ListItem { key, list } => RuleKind::ListItem {
            list: list.as_ref().map(|l| l.value.clone()).unwrap_or_default(),
            key: key.value.clone(),
        },
        RuleBody::PostClass { key, eselons } => post_class(low, key, eselons),
        RuleBody::Fact(k) => RuleKind::Fact {
            key: k.value.clone(),
        },
        RuleBody::Term(k) => RuleKind::Term {
            key: k.value.clone(),
        },
        RuleBody::Action(a) => action(low, a),
    })
}

/// A window: its interval in days, and the two events it lies between.
fn window(
    low: &mut Lowerer<'_>,
    event: &ast::Ident,
    bound: &ast::Bound,
    direction: ast::Direction,
    anchor: &ast::Ident,
) -> Option<RuleKind> {
    let measure = Lowerer::measure_of(std::slice::from_ref(bound))
        .filter(|m| matches!(m, Measure::Time(_)))
        .unwrap_or(Measure::Time(TimeUnit::CalendarDays));
    let interval = low.interval(std::slice::from_ref(bound), measure, &noun::WINDOW.into());
    let e = low.event_ref(event);
    let a = low.event_ref(anchor);
    match (e, a) {
        (Some(event), Some(anchor)) => Some(RuleKind::Window {
            event,
            anchor,
            direction,
            interval,
        }),
        _ => None,
    }
}

/// An extension: how many times, and how long each lasts (a duration).
fn extension(
    low: &mut Lowerer<'_>,
    subject: &ast::Ident,
    times: &ast::Bound,
    each: Option<&ast::Quantity>,
) -> RuleKind {
    let times = low.interval(
        std::slice::from_ref(times),
        Measure::Count,
        &noun::EXTENSIONS.into(),
    );
    let each = each.and_then(|q| {
        let m = Lowerer::measure_of(&[ast::Bound {
            cmp: ast::Spanned {
                value: ast::Comparator::Tepat,
                span: q.span,
            },
            value: ast::Value::Quantity(q.clone()),
            span: q.span,
        }]);
        match m {
            Some(Measure::Time(u)) => Some((q.number, u)),
            _ => {
                low.findings.push(
                    Finding::new(
                        Code::TypeMismatch,
                        low.file,
                        q.span,
                        rule_text::EACH_NOT_DURATION.into(),
                    )
                    .help(rule_text::EACH_NOT_DURATION_HELP),
                );
                None
            }
        }
    });
    RuleKind::Extension {
        subject: subject.value.clone(),
        times,
        each,
    }
}

/// A class of posts by eselon.
fn post_class(low: &mut Lowerer<'_>, key: &ast::Ident, eselons: &[ast::Ident]) -> RuleKind {
    let mut v = Vec::new();
    for e in eselons {
        match Eselon::parse(&e.value) {
            Some(x) => v.push(x),
            None => low.findings.push(
                Finding::new(
                    Code::UnknownName,
                    low.file,
                    e.span,
                    rule_msg::unknown(kind::ESELON.one, &e.value),
                )
                .help(rule_msg::known(Eselon::names())),
            ),
        }
    }
    RuleKind::PostClass {
        key: key.value.clone(),
        eselons: v,
    }
}

/// A duty or permission to act: actors, party, channels and timings.
fn action(low: &mut Lowerer<'_>, a: &ast::Action) -> RuleKind {
    let mut timings = Vec::new();
    for t in &a.timings {
        let interval = (!t.bounds.is_empty()).then(|| {
            let measure = Lowerer::measure_of(&t.bounds)
                .filter(|m| matches!(m, Measure::Time(_)))
                .unwrap_or(Measure::Time(TimeUnit::CalendarDays));
            low.interval(&t.bounds, measure, &noun::TIMING.into())
        });
        if let Some(event) = low.event_ref(&t.event) {
            timings.push(ActionTiming {
                direction: t.direction.value,
                event,
                interval,
            });
        }
    }
    RuleKind::Action {
        action: a.action.value.clone(),
        actors: a.actors.iter().map(|x| x.value.clone()).collect(),
        party_kind: a.party.as_ref().map(|(k, _)| k.value.clone()),
        party: a.party.as_ref().map(|(_, p)| p.value.clone()),
        channels: a.channels.iter().map(|c| c.value.clone()).collect(),
        timings,
    }
}
