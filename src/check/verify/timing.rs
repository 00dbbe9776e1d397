//! Judging windows between events and announcement extensions, in calendar
//! or working days as the policy states.

use super::*;
use crate::check::calendar::MissingYear;

/// The gap between two dates in a unit, and its words in both languages
/// (facts use the Indonesian ones). `Err` explains why a count of working
/// days cannot be made: the calendar does not cover a year it reaches.
pub(super) fn gap(
    cx: &Ctx<'_>,
    from: NaiveDate,
    to: NaiveDate,
    unit: TimeUnit,
) -> Result<(f64, Why), Why> {
    Ok(match unit {
        TimeUnit::WorkingDays => {
            let d = time::working_days(from, to, cx.calendar, &cx.case.holidays)
                .map_err(|MissingYear(y)| missing_year(y))? as f64;
            (
                d,
                why(format!("{d} working days"), format!("{d} hari kerja")),
            )
        }
        TimeUnit::CalendarDays | TimeUnit::Days => {
            let d = time::days(from, to) as f64;
            (
                d,
                why(format!("{d} calendar days"), format!("{d} hari kalender")),
            )
        }
        TimeUnit::Months => {
            let m = time::months_between(from, to).map_or(-1.0, f64::from);
            (
                m,
                why(format!("{m} full months"), format!("{m} bulan penuh")),
            )
        }
        TimeUnit::Years => {
            let y = time::age_years(from, to).map_or(-1.0, f64::from);
            (
                y,
                why(format!("{y} full years"), format!("{y} tahun penuh")),
            )
        }
    })
}

/// Why a working-day count reaching `year` cannot be made.
pub(super) fn missing_year(year: i32) -> Why {
    why(
        format!(
            "working days cannot be counted: the holiday calendar has no national holidays or cuti bersama for {year} (give the case's `holidays` for {year}, or a calendar with `--holidays`)"
        ),
        format!(
            "hari kerja tidak dapat dihitung: kalender hari libur tidak memuat hari libur nasional dan cuti bersama tahun {year} (cantumkan `holidays` tahun {year} dalam kasus, atau kalender lain dengan `--holidays`)"
        ),
    )
}

pub(super) fn judge_window(
    cx: &Ctx<'_>,
    event: &EventRef,
    anchor: &EventRef,
    direction: Direction,
    interval: &Interval,
) -> Judged {
    let (Some(e), Some(a)) = (cx.date_of(event), cx.date_of(anchor)) else {
        return unknown(why(
            format!("the dates of `{event}` and `{anchor}` are both needed"),
            format!("tanggal `{event}` dan tanggal `{anchor}` keduanya diperlukan"),
        ));
    };
    let (from, to) = match direction {
        Direction::Sebelum => (e, a),
        Direction::Setelah | Direction::Sejak => (a, e),
    };
    let Measure::Time(unit) = interval.measure else {
        return unknown(why("not a duration", "bukan jangka waktu"));
    };
    let facts = vec![
        format!("{event}: {}", time::tanggal(e)),
        format!("{anchor}: {}", time::tanggal(a)),
    ];
    if from > to {
        // On the wrong side of the anchor: no gap "after" (or "before") it at all,
        // however short the allowed gap.
        let (en, id) = (direction.english(), direction.word());
        return (
            Status::Violated,
            why(
                format!("`{event}` is not {en} `{anchor}`"),
                format!("`{event}` tidak {id} `{anchor}`"),
            ),
            facts,
        );
    }
    if unit == TimeUnit::Days {
        // The law says "hari" without saying which: judge both readings.
        let (c, cw) = match gap(cx, from, to, TimeUnit::CalendarDays) {
            Ok(g) => g,
            Err(because) => return (Status::Unknown, because, facts),
        };
        let (w, ww) = match gap(cx, from, to, TimeUnit::WorkingDays) {
            Ok(g) => g,
            Err(because) => {
                let (en, id) = (&because.en, &because.id);
                return (
                    Status::Unknown,
                    why(
                        format!(
                            "{}; the policy says `hari`, which may mean working days: {en}",
                            cw.en
                        ),
                        format!(
                            "{}; peraturan menyebut `hari`, yang dapat berarti hari kerja: {id}",
                            cw.id
                        ),
                    ),
                    facts,
                );
            }
        };
        let (sc, sw) = (within(interval, c), within(interval, w));
        if sc == sw {
            return (
                sc,
                why(
                    format!("{} / {}; both readings of `hari` agree", cw.en, ww.en),
                    format!(
                        "{} / {}; kedua tafsiran `hari` memberi hasil yang sama",
                        cw.id, ww.id
                    ),
                ),
                facts,
            );
        }
        // Name first the reading that is satisfied.
        let (yes, no) = if sc == Status::Satisfied {
            (cw, ww)
        } else {
            (ww, cw)
        };
        return (
            Status::Unknown,
            why(
                format!(
                    "{} satisfies one reading of `hari` and {} not the other: the policy does not say calendar or working days",
                    yes.en, no.en
                ),
                format!(
                    "{} memenuhi satu tafsiran `hari` dan {} tidak memenuhi tafsiran lainnya: peraturan tidak menyebut hari kalender atau hari kerja",
                    yes.id, no.id
                ),
            ),
            facts,
        );
    }
    let (v, words) = match gap(cx, from, to, unit) {
        Ok(g) => g,
        Err(because) => return (Status::Unknown, because, facts),
    };
    let allowed = interval.words();
    (
        within(interval, v),
        why(
            format!("{} (allowed: {allowed})", words.en),
            format!("{} (yang dibolehkan: {allowed})", words.id),
        ),
        facts,
    )
}

pub(super) fn judge_extension(
    cx: &Ctx<'_>,
    r: &IrRule,
    subject: &str,
    times: &Interval,
    each: Option<(f64, TimeUnit)>,
) -> Judged {
    if subject != "pengumuman" {
        let key = format!("perpanjangan_{subject}");
        return match cx.case.counts.get(&key) {
            Some(k) if *k == 0.0 => (
                Status::Satisfied,
                why(
                    format!("no extension of {subject}"),
                    format!("tidak ada perpanjangan {subject}"),
                ),
                vec![],
            ),
            Some(k) => match r.condition.as_ref().map(|c| selection_cond(cx, c, Moment::NOW)) {
                Some(Tri::False) if subject == "seleksi" => (
                    Status::Unknown,
                    why(
                        format!("{k} extension(s); the condition is met no longer, but the state when each extension was decided is not recorded"),
                        format!("{k} kali perpanjangan; syaratnya kini tidak terpenuhi lagi, tetapi keadaan pada saat setiap perpanjangan diputuskan tidak tercatat"),
                    ),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::False) => (
                    Status::Violated,
                    why(
                        format!("{k} extension(s) although the condition does not hold"),
                        format!("{k} kali perpanjangan padahal syaratnya tidak terpenuhi"),
                    ),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::Unknown) => unknown(why(
                    "cannot tell whether the condition for an extension held",
                    "tidak dapat dipastikan apakah syarat perpanjangan terpenuhi",
                )),
                _ => {
                    let allowed = times.words();
                    (
                        within(times, *k),
                        why(
                            format!("{k} extension(s) (allowed: {allowed})"),
                            format!("{k} kali perpanjangan (yang dibolehkan: {allowed})"),
                        ),
                        vec![format!("{key}: {k}")],
                    )
                }
            },
            None => unknown(why(
                format!("the number of extensions `{key}` is not recorded"),
                format!("jumlah perpanjangan `{key}` tidak tercatat"),
            )),
        };
    }
    let Some(a) = &cx.case.announcement else {
        return unknown(why(
            "the announcement is not recorded",
            "pengumuman tidak tercatat",
        ));
    };
    let k = a.extensions.len() as f64;
    let mut facts = vec![format!("perpanjangan: {k}")];
    if a.extensions.is_empty() {
        return (
            Status::Satisfied,
            why(
                "the announcement was not extended",
                "pengumuman tidak diperpanjang",
            ),
            facts,
        );
    }
    if !times.contains(k) {
        let allowed = times.words();
        return (
            Status::Violated,
            why(
                format!("{k} extensions (allowed: {allowed})"),
                format!("{k} kali perpanjangan (yang dibolehkan: {allowed})"),
            ),
            facts,
        );
    }
    let mut prev = a.deadline;
    let mut status = Status::Satisfied;
    let mut notes: Vec<Why> = Vec::new();
    for (i, x) in a.extensions.iter().enumerate() {
        let nth = i + 1;
        if let Some(c) = &r.condition {
            match selection_cond(cx, c, Moment::extension(i, x.applicants)) {
                Tri::False => {
                    status = Status::Violated;
                    let w = c.words();
                    notes.push(why(
                        format!("extension {nth} made although {w} does not hold"),
                        format!("perpanjangan ke-{nth} dilakukan padahal {w} tidak terpenuhi"),
                    ));
                }
                Tri::Unknown if status == Status::Satisfied => {
                    status = Status::Unknown;
                    notes.push(why(
                        format!("extension {nth}: applicants at the time not recorded"),
                        format!(
                            "perpanjangan ke-{nth}: jumlah pelamar pada saat itu tidak tercatat"
                        ),
                    ));
                }
                _ => {}
            }
        }
        if let Some((n, u)) = each {
            let (v, words) = match gap(cx, prev, x.new_deadline, u) {
                Ok(g) => g,
                Err(because) => {
                    if status == Status::Satisfied {
                        status = Status::Unknown;
                    }
                    notes.push(because);
                    prev = x.new_deadline;
                    continue;
                }
            };
            facts.push(format!(
                "perpanjangan {nth}: {prev} → {} ({})",
                x.new_deadline, words.id
            ));
            if v > n {
                status = Status::Violated;
                let limit = fmt_value(n, Measure::Time(u));
                notes.push(why(
                    format!("extension {nth} lasts {}, more than {limit}", words.en),
                    format!(
                        "perpanjangan ke-{nth} berlangsung {}, lebih dari {limit}",
                        words.id
                    ),
                ));
            }
        }
        prev = x.new_deadline;
    }
    let because = if notes.is_empty() {
        why(
            format!("{k} extension(s) within the limits"),
            format!("{k} kali perpanjangan, masih dalam batas"),
        )
    } else {
        why(
            notes
                .iter()
                .map(|n| n.en.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            notes
                .iter()
                .map(|n| n.id.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        )
    };
    (status, because, facts)
}
