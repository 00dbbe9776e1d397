//! Judging one rule of a case: the dispatch by rule kind, counts, durations,
//! weights and required lists.

use super::*;

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
                    why(
                        format!("weight of {component}: {v}% (allowed: {allowed})"),
                        format!("bobot {component} {v}% (yang dibolehkan: {allowed})"),
                    ),
                    vec![format!("bobot {set}.{component} = {v}%")],
                )
            }
            None => unknown(why(
                format!("the weight `{set}.{component}` used is not recorded"),
                format!("bobot `{set}.{component}` yang dipakai tidak tercatat"),
            )),
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
                let (en_to, id_to) = if as_of {
                    (format!("as of {end}"), format!("per {end}"))
                } else {
                    (format!("to {end}"), format!("sampai {end}"))
                };
                (
                    within_service(interval, d),
                    why(
                        format!("{subject} from {start} {en_to}: {length}"),
                        format!("{subject} {start} {id_to}: {length}"),
                    ),
                    vec![format!("{subject}: {start} – {end}")],
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
                        why(
                            format!("`{v}` is one of the listed items"),
                            format!("`{v}` termasuk butir yang tercantum"),
                        ),
                        vec![format!("{name}: {v}")],
                    ),
                    Some(v) => {
                        let listed = keys(items);
                        (
                            Status::Violated,
                            why(
                                format!("`{v}` is not one of: {listed}"),
                                format!("`{v}` bukan salah satu dari: {listed}"),
                            ),
                            vec![format!("{name}: {v}")],
                        )
                    }
                    None => unknown(why(
                        format!("`{name}` is not recorded"),
                        format!("`{name}` tidak tercatat"),
                    )),
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
        _ => unknown(why(
            "not checkable on a case",
            "tidak dapat diperiksa pada suatu kasus",
        )),
    }
}

/// The length of a period the case records, in service days, with its start,
/// the day it is measured to, and whether that day is a running period's
/// "as of" date. A closed period runs through its last day; a running one to
/// its `as_of` date, else to the case's reference date.
pub(super) fn period_length(
    cx: &Ctx<'_>,
    subject: &str,
) -> Result<(f64, NaiveDate, NaiveDate, bool), Why> {
    let Some(p) = cx.case.periods.get(subject) else {
        return Err(why(
            format!("the period `{subject}` is not recorded"),
            format!("jangka waktu `{subject}` tidak tercatat"),
        ));
    };
    let (end, as_of) = match (p.end, p.as_of) {
        // `end` is the last day of the period: the period runs to the day after it.
        (Some(e), _) => (e.succ_opt(), false),
        (None, Some(on)) => (Some(on), true),
        (None, None) => (cx.reference.default, true),
    };
    let Some(end) = end else {
        return Err(why(
            format!("the period `{subject}` has no end and the case no reference date (give `as_of`)"),
            format!(
                "jangka waktu `{subject}` tidak mempunyai tanggal akhir dan kasus ini tidak mempunyai tanggal acuan (cantumkan `as_of`)"
            ),
        ));
    };
    // By anniversaries: years, months and days (time::service).
    let Some(d) = time::service_days(p.start, end) else {
        return Err(why(
            format!(
                "the period `{subject}` starts on {} after the date it is measured to, {end}",
                p.start
            ),
            format!(
                "jangka waktu `{subject}` dimulai {} sesudah tanggal pengukurannya, {end}",
                p.start
            ),
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
        return unknown(why(
            format!("the count `{subject}` is not recorded"),
            format!("jumlah `{subject}` tidak tercatat"),
        ));
    };
    let allowed = interval.words();
    (
        within(interval, v),
        why(
            format!("{subject}: {v} (allowed: {allowed})"),
            format!("{subject}: {v} (yang dibolehkan: {allowed})"),
        ),
        vec![format!("{subject} = {v}")],
    )
}

/// One vacancy's count of a candidate list, from `per_vacancy`.
fn of_vacancy(r: &crate::check::case::VacancyResult, subject: &str) -> Option<f64> {
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
                why(
                    format!("{subject} for each of {n} vacancies within {allowed}"),
                    format!("{subject} untuk setiap {n} lowongan dalam batas {allowed}"),
                ),
                facts,
            )
        } else {
            let outside = outside.join(", ");
            (
                Status::Violated,
                why(
                    format!("{subject} per vacancy outside {allowed}: {outside}"),
                    format!("{subject} per lowongan di luar batas {allowed}: {outside}"),
                ),
                facts,
            )
        };
    }
    if !cx.case.per_vacancy.is_empty() {
        let recorded = cx.case.per_vacancy.len();
        return unknown(why(
            format!(
                "`per_vacancy` records `{subject}` for {recorded} vacancies, not for each of the {n}"
            ),
            format!(
                "`per_vacancy` mencatat `{subject}` untuk {recorded} lowongan, bukan untuk setiap {n} lowongan"
            ),
        ));
    }
    let Some(v) = total(cx, subject) else {
        return unknown(why(
            format!("the count `{subject}` is not recorded"),
            format!("jumlah `{subject}` tidak tercatat"),
        ));
    };
    let nf = f64::from(n);
    let fact = vec![format!("{subject} = {v} untuk {n} lowongan")];
    if n == 1 {
        return (
            within(interval, v),
            why(
                format!("{subject}: {v} (allowed: {allowed} per vacancy)"),
                format!("{subject}: {v} (yang dibolehkan: {allowed} per lowongan)"),
            ),
            fact,
        );
    }
    let average = v / nf;
    if interval.contains(average) {
        return (
            Status::Unknown,
            why(
                format!(
                    "{subject}: {v} for {n} vacancies, {average} on average, within {allowed}; how they are split among the vacancies is not recorded (`per_vacancy`)"
                ),
                format!(
                    "{subject}: {v} untuk {n} lowongan, rata-rata {average}, dalam batas {allowed}; pembagiannya per lowongan tidak tercatat (`per_vacancy`)"
                ),
            ),
            fact,
        );
    }
    (
        Status::Violated,
        why(
            format!(
                "{subject}: {v} for {n} vacancies, {average} on average: some vacancy is outside {allowed}"
            ),
            format!(
                "{subject}: {v} untuk {n} lowongan, rata-rata {average}: ada lowongan di luar batas {allowed}"
            ),
        ),
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
        return unknown(why(
            "the items present are not recorded",
            "butir yang ada tidak tercatat",
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
        return (
            Status::Violated,
            why(
                format!("missing: {missing}"),
                format!("yang tidak ada: {missing}"),
            ),
            facts,
        );
    }
    if kind == ListKind::Berurutan {
        let order: Vec<usize> = items
            .iter()
            .filter_map(|i| present.iter().position(|p| *p == i.key))
            .collect();
        if order.windows(2).any(|w| w.first() > w.get(1)) {
            let order = keys(items);
            return (
                Status::Violated,
                why(
                    format!("not in the order of the policy: {order}"),
                    format!("tidak sesuai dengan urutan dalam peraturan: {order}"),
                ),
                facts,
            );
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
                why(
                    format!("every item present (also: {extra})"),
                    format!("semua butir ada (juga: {extra})"),
                ),
                facts,
            );
        }
    }
    (
        Status::Satisfied,
        why("every item present", "semua butir ada"),
        facts,
    )
}
