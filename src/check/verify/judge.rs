//! Judging one rule of a case: the dispatch by rule kind, counts, durations,
//! weights and required lists.

use super::*;
use crate::messages::{verify as vt, Message};

pub(super) fn judge(cx: &Ctx<'_>, r: &IrRule) -> Judged {
    match &r.kind {
        RuleKind::Panel { panel, rule } => judge_panel(cx, panel, rule),
        RuleKind::Window {
            event,
            anchor,
            direction,
            interval,
        } => judge_window(cx, event, anchor, *direction, interval),
        RuleKind::Extension {
            subject,
            times,
            each,
        } => judge_extension(cx, r, subject, times, *each),
        RuleKind::Weight {
            set,
            component,
            interval,
        } => match cx.case.weights.get(set).and_then(|w| w.get(component)) {
            Some(v) => {
                let allowed = interval.words();
                (
                    within(interval, *v),
                    vt::judge::weight_allowed(component, v, &allowed),
                    vec![format!("bobot {set}.{component} = {v}%")],
                )
            }
            None => unknown(vt::judge::weight_used_not_recorded(set, component)),
        },
        RuleKind::Count {
            subject,
            interval,
            per,
        } => {
            if per.is_some() {
                judge_per_vacancy(cx, subject, interval)
            } else {
                judge_count(cx, subject, interval)
            }
        }
        RuleKind::Duration { subject, interval } => match period_length(cx, subject) {
            Ok((d, start, end, as_of)) => {
                let length = time::service_words(d);
                // A closed period is shown through its last day, as written.
                let shown = if as_of {
                    end
                } else {
                    end.pred_opt().unwrap_or(end)
                };
                let to = if as_of {
                    vt::judge::as_of(shown)
                } else {
                    vt::judge::to(shown)
                };
                (
                    within_service(interval, d),
                    vt::judge::period_from(subject, start, &to, &length),
                    vec![format!("{subject}: {start} – {shown}")],
                )
            }
            Err(because) => unknown(because),
        },
        RuleKind::List {
            name,
            list_kind,
            items,
        } => {
            if *list_kind == ListKind::Pilihan {
                let value = match name.as_str() {
                    "alasan_lowong" => cx.case.vacancy.reason.clone(),
                    "mekanisme" => Some(cx.case.vacancy.mechanism.clone()),
                    _ => cx.case.lists.get(name).and_then(|v| v.first().cloned()),
                };
                return match value {
                    Some(v) if items.iter().any(|i| i.key == v) => (
                        Status::Satisfied,
                        vt::judge::one_listed_items(&v),
                        vec![format!("{name}: {v}")],
                    ),
                    Some(v) => {
                        let listed = keys(items);
                        (
                            Status::Violated,
                            vt::judge::not_one(&v, &listed),
                            vec![format!("{name}: {v}")],
                        )
                    }
                    None => unknown(vt::general::not_recorded(name)),
                };
            }
            let present = if name == "isi_pengumuman" {
                cx.case
                    .announcement
                    .as_ref()
                    .and_then(|a| a.contents.as_deref())
                    .or(cx.case.lists.get(name).map(Vec::as_slice))
            } else {
                cx.case.lists.get(name).map(Vec::as_slice)
            };
            list_check(*list_kind, items, present)
        }
        RuleKind::Action {
            action,
            actors,
            party,
            channels,
            timings,
            ..
        } => judge_action(
            cx,
            r.modality,
            action,
            actors,
            party.as_deref(),
            channels,
            timings,
        ),
        _ => unknown(Message::from(vt::judge_text::NOT_CHECKABLE_CASE)),
    }
}

/// The length of a period the case records, in service days, with its start,
/// the day it is measured to, and whether that day is a running period's
/// "as of" date. A closed period runs through its last day; a running one to
/// its `as_of` date, else to the case's reference date.
pub(super) fn period_length(
    cx: &Ctx<'_>,
    subject: &str,
) -> Result<(f64, NaiveDate, NaiveDate, bool), Message> {
    let Some(p) = cx.case.periods.get(subject) else {
        return Err(vt::judge::period_not_recorded(subject));
    };
    let (end, as_of) = match (p.end, p.as_of) {
        // `end` is the last day of the period: the period runs to the day after it.
        (Some(e), _) => (e.succ_opt(), false),
        (None, Some(on)) => (Some(on), true),
        (None, None) => (cx.reference.default, true),
    };
    let Some(end) = end else {
        return Err(vt::judge::period_has_no_end_case(subject));
    };
    // By anniversaries: years, months and days (time::service).
    let Some(d) = time::service_days(p.start, end) else {
        return Err(vt::judge::period_starts_after_date_measured(
            subject, p.start, end,
        ));
    };
    Ok((d, p.start, end, as_of))
}

/// Whether a length in service days is within an interval of years, months or days.
pub(super) fn within_service(interval: &Interval, d: f64) -> Status {
    let Measure::Time(u) = interval.measure else {
        return within(interval, d);
    };
    let limit = |e: &End| time::duration_days(e.value, u);
    let ok = interval.min.is_none_or(|e| {
        if e.inclusive {
            d >= limit(&e)
        } else {
            d > limit(&e)
        }
    }) && interval.max.is_none_or(|e| {
        if e.inclusive {
            d <= limit(&e)
        } else {
            d < limit(&e)
        }
    });
    if ok {
        Status::Satisfied
    } else {
        Status::Violated
    }
}

/// A selection quantity of the whole case, or a count the case records by name.
fn total(cx: &Ctx<'_>, subject: &str) -> Option<f64> {
    match subject {
        "pelamar" => cx.case.applicants.map(f64::from),
        "calon_administrasi" => cx.case.shortlist.as_ref().map(|s| s.len() as f64),
        "calon_diusulkan" => cx.case.proposed.as_ref().map(|s| s.len() as f64),
        "calon_terpilih" => cx.case.chosen.as_ref().map(|_| 1.0),
        "lowongan" => Some(f64::from(vacancies(cx.case))),
        other => cx.case.counts.get(other).copied(),
    }
}

/// A count of the whole case against its bounds.
fn judge_count(cx: &Ctx<'_>, subject: &str, interval: &Interval) -> Judged {
    let Some(v) = total(cx, subject) else {
        return unknown(vt::judge::count_not_recorded(subject));
    };
    let allowed = interval.words();
    (
        within(interval, v),
        vt::judge::count_allowed(subject, v, &allowed),
        vec![format!("{subject} = {v}")],
    )
}

/// One vacancy's count of a candidate list, from `per_vacancy`.
pub(super) fn of_vacancy(r: &crate::check::case::VacancyResult, subject: &str) -> Option<f64> {
    match subject {
        "calon_administrasi" => r.shortlist.as_ref().map(|s| s.len() as f64),
        "calon_diusulkan" => r.proposed.as_ref().map(|s| s.len() as f64),
        "calon_terpilih" => r.chosen.as_ref().map(|_| 1.0),
        _ => None,
    }
}

/// A count the policy sets `per lowongan` ("3 calon untuk setiap jabatan yang
/// lowong"). With one vacancy, the case's count. With several, each vacancy's
/// own count from `per_vacancy`; without it, only the average is known: an
/// average outside the bounds puts some vacancy outside them (violated), one
/// within them says nothing of the split (unknown).
fn judge_per_vacancy(cx: &Ctx<'_>, subject: &str, interval: &Interval) -> Judged {
    let n = vacancies(cx.case);
    let allowed = interval.words();
    let split: Option<Vec<(&String, f64)>> = if cx.case.per_vacancy.is_empty() {
        None
    } else {
        cx.case
            .per_vacancy
            .iter()
            .map(|(name, r)| of_vacancy(r, subject).map(|v| (name, v)))
            .collect()
    };
    if let Some(split) = split.filter(|s| s.len() as u32 == n) {
        let facts: Vec<String> = split
            .iter()
            .map(|(name, v)| format!("{subject} untuk {name} = {v}"))
            .collect();
        let outside: Vec<String> = split
            .iter()
            .filter(|(_, v)| !interval.contains(*v))
            .map(|(name, v)| format!("{name}: {v}"))
            .collect();
        return if outside.is_empty() {
            (
                Status::Satisfied,
                vt::judge::each_vacancies_within(subject, n, &allowed),
                facts,
            )
        } else {
            let outside = outside.join(", ");
            (
                Status::Violated,
                vt::judge::per_vacancy_outside(subject, &allowed, &outside),
                facts,
            )
        };
    }
    if !cx.case.per_vacancy.is_empty() {
        let recorded = cx.case.per_vacancy.len();
        return unknown(vt::judge::per_vacancy_records_vacancies_not(
            subject, recorded, n,
        ));
    }
    let Some(v) = total(cx, subject) else {
        return unknown(vt::judge::count_not_recorded(subject));
    };
    let nf = f64::from(n);
    let fact = vec![format!("{subject} = {v} untuk {n} lowongan")];
    if n == 1 {
        return (
            within(interval, v),
            vt::judge::allowed_per_vacancy(subject, v, &allowed),
            fact,
        );
    }
    let average = v / nf;
    let shown = decimal(average);
    if interval.contains(average) {
        return (
            Status::Unknown,
            vt::judge::vacancies_average_within_how_they(subject, v, n, &shown, &allowed),
            fact,
        );
    }
    (
        Status::Violated,
        vt::judge::vacancies_average_some_vacancy_outside(subject, v, n, &shown, &allowed),
        fact,
    )
}

pub(super) fn keys(items: &[ListMember]) -> String {
    items
        .iter()
        .map(|i| i.key.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn list_check(
    kind: ListKind,
    items: &[ListMember],
    present: Option<&[String]>,
) -> Judged {
    let Some(present) = present else {
        return unknown(Message::from(
            vt::judge_text::ITEMS_PRESENT_ARE_NOT_RECORDED,
        ));
    };
    let missing: Vec<&str> = items
        .iter()
        .map(|i| i.key.as_str())
        .filter(|k| !present.iter().any(|p| p == k))
        .collect();
    let facts = vec![format!("ada: {}", present.join(", "))];
    if !missing.is_empty() {
        let missing = missing.join(", ");
        return (Status::Violated, vt::judge::items_missing(&missing), facts);
    }
    if kind == ListKind::Berurutan {
        let order: Vec<usize> = items
            .iter()
            .filter_map(|i| present.iter().position(|p| *p == i.key))
            .collect();
        if order.windows(2).any(|w| w.first() > w.get(1)) {
            let order = keys(items);
            return (Status::Violated, vt::judge::not_order_policy(&order), facts);
        }
    }
    if kind == ListKind::Lengkap {
        let extra: Vec<&String> = present
            .iter()
            .filter(|p| !items.iter().any(|i| i.key == **p))
            .collect();
        if !extra.is_empty() {
            let extra = extra
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            return (
                Status::Satisfied,
                vt::judge::every_item_present_also(&extra),
                facts,
            );
        }
    }
    (
        Status::Satisfied,
        Message::from(vt::judge_text::EVERY_ITEM_PRESENT),
        facts,
    )
}

/// A number to two decimals at most, with the decimal point in English and
/// the decimal comma in Indonesian (8 / 3 → 2.67, 2,67).
fn decimal(v: f64) -> Message {
    let en = format!("{v:.2}")
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string();
    Message {
        id: en.replace('.', ","),
        en,
    }
}

#[cfg(test)]
mod decimal_tests {
    #[test]
    fn averages_show_two_decimals_at_most_in_each_language() {
        let m = super::decimal(8.0 / 3.0);
        assert_eq!((m.en.as_str(), m.id.as_str()), ("2.67", "2,67"));
        let m = super::decimal(10.0);
        assert_eq!((m.en.as_str(), m.id.as_str()), ("10", "10"));
        assert_eq!(super::decimal(2.5).id, "2,5");
    }
}
