//! Judging procedures: actions someone must, may or must not take.

use super::*;

#[allow(clippy::too_many_arguments)]
pub(super) fn judge_action(
    cx: &Ctx<'_>,
    modality: Modality,
    action: &str,
    actor: Option<&str>,
    party: Option<&str>,
    channels: &[String],
    timing: Option<(Direction, Event)>,
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
                && (actor.is_none() || a.by.is_none() || a.by.as_deref() == actor)
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
            let Some((dir, event)) = timing else {
                return (
                    Status::Satisfied,
                    why(format!("`{what}` recorded"), format!("`{what}` tercatat")),
                    vec![format!(
                        "{what}: {}",
                        first.date.map(|d| d.to_string()).unwrap_or_default()
                    )],
                );
            };
            let Some(e) = cx.reference.date(Some(event)) else {
                return unknown(why(
                    format!("the date of `{event}` is not recorded"),
                    format!("tanggal `{event}` tidak tercatat"),
                ));
            };
            let ok = matching.iter().any(|a| {
                a.date.is_some_and(|d| match dir {
                    Direction::Sebelum => d < e,
                    Direction::Setelah => d > e,
                })
            });
            let dated = matching.iter().any(|a| a.date.is_some());
            let facts = vec![format!("{event}: {}", time::tanggal(e))];
            let (en, id) = match dir {
                Direction::Sebelum => ("before", "sebelum"),
                Direction::Setelah => ("after", "setelah"),
            };
            if ok {
                (
                    Status::Satisfied,
                    why(
                        format!("`{what}` recorded {en} {event}"),
                        format!("`{what}` tercatat {id} {event}"),
                    ),
                    facts,
                )
            } else if !dated {
                unknown(why(
                    format!("`{what}` has no date"),
                    format!("`{what}` tidak bertanggal"),
                ))
            } else {
                (
                    Status::Violated,
                    why(
                        format!("`{what}` is not {en} {event}"),
                        format!("`{what}` tidak dilakukan {id} {event}"),
                    ),
                    facts,
                )
            }
        }
    }
}
