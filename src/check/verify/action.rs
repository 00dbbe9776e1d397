//! Judging procedures: actions someone must, may or must not take.

use super::*;
use crate::messages::{verify as vt, Message};

#[allow(clippy::too_many_arguments)]
pub(super) fn judge_action(
    cx: &Ctx<'_>,
    modality: Modality,
    action: &str,
    actors: &[String],
    party: Option<&str>,
    channels: &[String],
    timings: &[ActionTiming],
) -> Judged {
    if !channels.is_empty() && action == "pengumuman" {
        if let Some(a) = &cx.case.announcement {
            let Some(recorded) = &a.channels else {
                return unknown(Message::from(
                    vt::action_text::CHANNELS_ANNOUNCEMENT_USED_ARE_NOT,
                ));
            };
            let used: Vec<&String> = channels.iter().filter(|c| recorded.contains(c)).collect();
            let facts = vec![format!("saluran: {}", recorded.join(", "))];
            return if used.is_empty() {
                let listed = channels.join(", ");
                (
                    Status::Violated,
                    vt::action::announced_through_none(&listed),
                    facts,
                )
            } else {
                let used = used
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    Status::Satisfied,
                    vt::action::announced_through(&used),
                    facts,
                )
            };
        }
    }
    let Some(actions) = &cx.case.actions else {
        return unknown(Message::from(
            vt::action_text::ACTIONS_TAKEN_ARE_NOT_RECORDED,
        ));
    };
    let matching: Vec<_> = actions
        .iter()
        .filter(|a| a.done != Some(false))
        .filter(|a| {
            a.action == action
                && (party.is_none() || a.party.as_deref() == party)
                && (actors.is_empty() || a.by.as_ref().is_none_or(|b| actors.contains(b)))
        })
        .collect();
    let what = format!(
        "{action}{}",
        party.map(|p| format!(" {p}")).unwrap_or_default()
    );
    let recorded_not_done = actions.iter().any(|a| {
        a.done == Some(false)
            && a.action == action
            && (party.is_none() || a.party.as_deref() == party)
    });
    match modality {
        Modality::Dilarang => {
            if matching.is_empty() && !cx.case.actions_complete {
                unknown(vt::action::no_recorded_but_record_actions(&what))
            } else if matching.is_empty() {
                (Status::Satisfied, vt::action::no_recorded(&what), vec![])
            } else {
                (
                    Status::Violated,
                    vt::action::was_done_prohibited(&what),
                    vec![],
                )
            }
        }
        _ => {
            // `melalui`: the record must say through what, and it must be one of the channels.
            let matching: Vec<_> = if channels.is_empty() {
                matching
            } else {
                if !matching.is_empty() && matching.iter().all(|a| a.via.is_none()) {
                    let listed = channels.join("/");
                    return unknown(vt::action::recorded_without_saying_through_what(
                        &what, &listed,
                    ));
                }
                matching
                    .into_iter()
                    .filter(|a| a.via.as_ref().is_some_and(|v| channels.contains(v)))
                    .collect()
            };
            let Some(first) = matching.first() else {
                return if recorded_not_done || cx.case.actions_complete {
                    (Status::Violated, vt::action::was_not_done(&what), vec![])
                } else {
                    unknown(vt::general::not_recorded(&what))
                };
            };
            if timings.is_empty() {
                return (
                    Status::Satisfied,
                    vt::action::recorded(&what),
                    vec![format!(
                        "{what}: {}",
                        first.date.map(|d| d.to_string()).unwrap_or_default()
                    )],
                );
            }
            judge_timings(cx, &what, &matching, timings)
        }
    }
}

/// Every timing must hold for one record of the action: satisfied when a
/// record meets them all; unknown when an event's or a record's date is
/// missing (or `hari` is read both ways and the readings disagree); else
/// violated.
fn judge_timings(
    cx: &Ctx<'_>,
    what: &str,
    records: &[&crate::check::case::ActionRecord],
    timings: &[ActionTiming],
) -> Judged {
    let mut events = Vec::with_capacity(timings.len());
    for t in timings {
        let Some(e) = cx.date_of(&t.event) else {
            let event = &t.event;
            return unknown(vt::action::date_not_recorded(event));
        };
        events.push(e);
    }
    let facts: Vec<String> = timings
        .iter()
        .zip(&events)
        .map(|(t, e)| format!("{}: {}", t.event, time::tanggal(*e)))
        .collect();
    let mut undated = false;
    let mut unsure: Option<Vec<(Status, Message)>> = None;
    let mut failed: Option<Vec<(Status, Message)>> = None;
    for r in records {
        let Some(d) = r.date else {
            undated = true;
            continue;
        };
        let parts: Vec<(Status, Message)> = timings
            .iter()
            .zip(&events)
            .map(|(t, e)| judge_timing(cx, d, *e, t))
            .collect();
        let status = parts.iter().map(|p| p.0).fold(Status::Satisfied, worse);
        match status {
            Status::Satisfied => {
                return (Status::Satisfied, joined(what, &parts), facts);
            }
            Status::Unknown => {
                unsure.get_or_insert(parts);
            }
            Status::Violated => {
                failed.get_or_insert(parts);
            }
        }
    }
    if let Some(parts) = unsure {
        return (Status::Unknown, joined(what, &parts), facts);
    }
    if undated {
        return unknown(vt::action::has_no_date(what));
    }
    match failed {
        Some(parts) => (Status::Violated, joined(what, &parts), facts),
        None => unknown(vt::action::has_no_date(what)),
    }
}

/// Violated over unknown over satisfied.
fn worse(a: Status, b: Status) -> Status {
    match (a, b) {
        (Status::Violated, _) | (_, Status::Violated) => Status::Violated,
        (Status::Unknown, _) | (_, Status::Unknown) => Status::Unknown,
        _ => Status::Satisfied,
    }
}

/// "`what` recorded before X and …", in both languages.
fn joined(what: &str, parts: &[(Status, Message)]) -> Message {
    let and = vt::action_text::AND;
    let timings = Message {
        en: parts
            .iter()
            .map(|p| p.1.en.as_str())
            .collect::<Vec<_>>()
            .join(and.en),
        id: parts
            .iter()
            .map(|p| p.1.id.as_str())
            .collect::<Vec<_>>()
            .join(and.id),
    };
    vt::action::timed(what, &timings)
}

/// One timing of one dated record: its order relative to the event and, when
/// the policy bounds it, the gap (the same day is a gap of 0).
fn judge_timing(cx: &Ctx<'_>, d: NaiveDate, e: NaiveDate, t: &ActionTiming) -> (Status, Message) {
    let event = &t.event;
    let dir = direction_words(t.direction);
    let Some(interval) = &t.interval else {
        let ok = match t.direction {
            Direction::Sebelum => d < e,
            Direction::Setelah => d > e,
            // "sejak": from the event on, its own day included
            Direction::Sejak => d >= e,
        };
        return if ok {
            (Status::Satisfied, vt::action::recorded_relative(dir, event))
        } else {
            (Status::Violated, vt::action::not_relative(dir, event))
        };
    };
    let (from, to) = match t.direction {
        Direction::Sebelum => (d, e),
        Direction::Setelah | Direction::Sejak => (e, d),
    };
    if from > to {
        return (Status::Violated, vt::action::not_relative(dir, event));
    }
    let allowed = interval.words();
    let Measure::Time(unit) = interval.measure else {
        return (
            Status::Unknown,
            Message::from(vt::general_text::NOT_DURATION),
        );
    };
    let readings: &[TimeUnit] = if unit == TimeUnit::Days {
        // The law says "hari" without saying which: judge both readings.
        &[TimeUnit::CalendarDays, TimeUnit::WorkingDays]
    } else {
        std::slice::from_ref(&unit)
    };
    let mut judged: Vec<(Status, Message)> = Vec::new();
    for u in readings {
        match super::timing::gap(cx, from, to, *u) {
            Ok((v, words)) => judged.push((within(interval, v), words)),
            Err(because) => return (Status::Unknown, because),
        }
    }
    let status = match judged.as_slice() {
        [(a, _), (b, _)] if a != b => Status::Unknown,
        [(a, _), ..] => *a,
        [] => Status::Unknown,
    };
    let gaps: Vec<Message> = judged.into_iter().map(|j| j.1).collect();
    let gap = Message::join(&gaps, " / ");
    let unsure = if status == Status::Unknown {
        Message::from(vt::action_text::UNIT_UNSAID)
    } else {
        Message::default()
    };
    (
        status,
        vt::action::recorded_gap(&gap, dir, event, &allowed, &unsure),
    )
}
