//! Judging procedures: actions someone must, may or must not take.

use super::*;

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
                return unknown(why(
                    "the channels the announcement used are not recorded",
                    "saluran yang dipakai pengumuman tidak tercatat",
                ));
            };
            let used: Vec<&String> = channels.iter().filter(|c| recorded.contains(c)).collect();
            let facts = vec![format!("saluran: {}", recorded.join(", "))];
            return if used.is_empty() {
                let listed = channels.join(", ");
                (
                    Status::Violated,
                    why(
                        format!("announced through none of: {listed}"),
                        format!("tidak diumumkan melalui satu pun dari: {listed}"),
                    ),
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
                    why(
                        format!("announced through {used}"),
                        format!("diumumkan melalui {used}"),
                    ),
                    facts,
                )
            };
        }
    }
    let Some(actions) = &cx.case.actions else {
        return unknown(why(
            "the actions taken are not recorded",
            "tindakan yang dilakukan tidak tercatat",
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
                unknown(why(
                    format!("no `{what}` recorded, but the record of actions is not complete"),
                    format!("`{what}` tidak tercatat, tetapi catatan tindakan tidak lengkap"),
                ))
            } else if matching.is_empty() {
                (
                    Status::Satisfied,
                    why(
                        format!("no `{what}` recorded"),
                        format!("`{what}` tidak tercatat"),
                    ),
                    vec![],
                )
            } else {
                (
                    Status::Violated,
                    why(
                        format!("`{what}` was done, and it is prohibited"),
                        format!("`{what}` dilakukan, padahal dilarang"),
                    ),
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
                    return unknown(why(
                        format!(
                            "`{what}` is recorded without saying through what (melalui {listed})"
                        ),
                        format!("`{what}` tercatat tanpa menyebut melalui apa (melalui {listed})"),
                    ));
                }
                matching
                    .into_iter()
                    .filter(|a| a.via.as_ref().is_some_and(|v| channels.contains(v)))
                    .collect()
            };
            let Some(first) = matching.first() else {
                return if recorded_not_done || cx.case.actions_complete {
                    (
                        Status::Violated,
                        why(
                            format!("`{what}` was not done"),
                            format!("`{what}` tidak dilakukan"),
                        ),
                        vec![],
                    )
                } else {
                    unknown(why(
                        format!("`{what}` is not recorded"),
                        format!("`{what}` tidak tercatat"),
                    ))
                };
            };
            if timings.is_empty() {
                return (
                    Status::Satisfied,
                    why(format!("`{what}` recorded"), format!("`{what}` tercatat")),
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
            return unknown(why(
                format!("the date of `{event}` is not recorded"),
                format!("tanggal `{event}` tidak tercatat"),
            ));
        };
        events.push(e);
    }
    let facts: Vec<String> = timings
        .iter()
        .zip(&events)
        .map(|(t, e)| format!("{}: {}", t.event, time::tanggal(*e)))
        .collect();
    let mut undated = false;
    let mut unsure: Option<Vec<(Status, Why)>> = None;
    let mut failed: Option<Vec<(Status, Why)>> = None;
    for r in records {
        let Some(d) = r.date else {
            undated = true;
            continue;
        };
        let parts: Vec<(Status, Why)> = timings
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
        return unknown(why(
            format!("`{what}` has no date"),
            format!("`{what}` tidak bertanggal"),
        ));
    }
    match failed {
        Some(parts) => (Status::Violated, joined(what, &parts), facts),
        None => unknown(why(
            format!("`{what}` has no date"),
            format!("`{what}` tidak bertanggal"),
        )),
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
fn joined(what: &str, parts: &[(Status, Why)]) -> Why {
    let en: Vec<&str> = parts.iter().map(|p| p.1.en.as_str()).collect();
    let id: Vec<&str> = parts.iter().map(|p| p.1.id.as_str()).collect();
    why(
        format!("`{what}` {}", en.join(" and ")),
        format!("`{what}` {}", id.join(" dan ")),
    )
}

/// One timing of one dated record: its order relative to the event and, when
/// the policy bounds it, the gap (the same day is a gap of 0).
fn judge_timing(cx: &Ctx<'_>, d: NaiveDate, e: NaiveDate, t: &ActionTiming) -> (Status, Why) {
    let event = &t.event;
    let (en, id) = (t.direction.english(), t.direction.word());
    let Some(interval) = &t.interval else {
        let ok = match t.direction {
            Direction::Sebelum => d < e,
            Direction::Setelah => d > e,
            // "sejak": from the event on, its own day included
            Direction::Sejak => d >= e,
        };
        return if ok {
            (
                Status::Satisfied,
                why(
                    format!("recorded {en} {event}"),
                    format!("tercatat {id} {event}"),
                ),
            )
        } else {
            (
                Status::Violated,
                why(
                    format!("is not {en} {event}"),
                    format!("tidak dilakukan {id} {event}"),
                ),
            )
        };
    };
    let (from, to) = match t.direction {
        Direction::Sebelum => (d, e),
        Direction::Setelah | Direction::Sejak => (e, d),
    };
    if from > to {
        return (
            Status::Violated,
            why(
                format!("is not {en} {event}"),
                format!("tidak dilakukan {id} {event}"),
            ),
        );
    }
    let allowed = interval.words();
    let Measure::Time(unit) = interval.measure else {
        return (Status::Unknown, why("not a duration", "bukan jangka waktu"));
    };
    let readings: &[TimeUnit] = if unit == TimeUnit::Days {
        // The law says "hari" without saying which: judge both readings.
        &[TimeUnit::CalendarDays, TimeUnit::WorkingDays]
    } else {
        std::slice::from_ref(&unit)
    };
    let mut judged: Vec<(Status, Why)> = Vec::new();
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
    let en_gap: Vec<&str> = judged.iter().map(|j| j.1.en.as_str()).collect();
    let id_gap: Vec<&str> = judged.iter().map(|j| j.1.id.as_str()).collect();
    let (en_gap, id_gap) = (en_gap.join(" / "), id_gap.join(" / "));
    let verb = if status == Status::Unknown {
        (
            "; the policy does not say calendar or working days",
            "; peraturan tidak menyebut hari kalender atau hari kerja",
        )
    } else {
        ("", "")
    };
    (
        status,
        why(
            format!(
                "recorded {en_gap} {en} {event} (allowed: {allowed}){}",
                verb.0
            ),
            format!(
                "tercatat {id_gap} {id} {event} (yang dibolehkan: {allowed}){}",
                verb.1
            ),
        ),
    )
}
