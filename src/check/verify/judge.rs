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
            let per_vacancy = per.is_some();
            let n = f64::from(vacancies(cx.case));
            let v = match subject.as_str() {
                "pelamar" => cx.case.applicants.map(f64::from),
                "calon_administrasi" => cx.case.shortlist.as_ref().map(|s| s.len() as f64),
                "calon_diusulkan" => cx.case.proposed.as_ref().map(|s| s.len() as f64),
                "calon_terpilih" => cx.case.chosen.as_ref().map(|_| 1.0),
                "lowongan" => Some(n),
                other => cx.case.counts.get(other).copied(),
            };
            match v {
                Some(v) => {
                    let per_unit = if per_vacancy { v / n } else { v };
                    let fact = if per_vacancy {
                        format!("{subject} = {v} untuk {n} lowongan")
                    } else {
                        format!("{subject} = {v}")
                    };
                    let allowed = interval.words();
                    (
                        within(interval, per_unit),
                        why(
                            format!("{subject}: {per_unit} (allowed: {allowed})"),
                            format!("{subject}: {per_unit} (yang dibolehkan: {allowed})"),
                        ),
                        vec![fact],
                    )
                }
                None => unknown(why(
                    format!("the count `{subject}` is not recorded"),
                    format!("jumlah `{subject}` tidak tercatat"),
                )),
            }
        }
        RuleKind::Duration { subject, interval } => match cx.case.periods.get(subject) {
            Some(p) => {
                // `end` is the last day of the period: the period runs to the day after it.
                let end = p.end.and_then(|e| e.succ_opt()).or(cx.reference.default);
                match (end, interval.measure) {
                    (Some(end), Measure::Time(u)) => {
                        // By anniversaries: years, months and days (time::service).
                        let d = time::service_days(p.start, end).unwrap_or(0.0);
                        let check = |e: &End| time::duration_days(e.value, u);
                        let ok = interval.min.is_none_or(|e| {
                            if e.inclusive {
                                d >= check(&e)
                            } else {
                                d > check(&e)
                            }
                        }) && interval.max.is_none_or(|e| {
                            if e.inclusive {
                                d <= check(&e)
                            } else {
                                d < check(&e)
                            }
                        });
                        let s = if ok {
                            Status::Satisfied
                        } else {
                            Status::Violated
                        };
                        let start = p.start;
                        let length = time::service_words(d);
                        (
                            s,
                            why(
                                format!("{subject} from {start} to {end}: {length}"),
                                format!("{subject} {start} sampai {end}: {length}"),
                            ),
                            vec![format!("{subject}: {start} – {end}")],
                        )
                    }
                    _ => unknown(why(
                        format!("the period `{subject}` has no end and the case no reference date"),
                        format!(
                            "jangka waktu `{subject}` tidak mempunyai tanggal akhir dan kasus ini tidak mempunyai tanggal acuan"
                        ),
                    )),
                }
            }
            None => unknown(why(
                format!("the period `{subject}` is not recorded"),
                format!("jangka waktu `{subject}` tidak tercatat"),
            )),
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
