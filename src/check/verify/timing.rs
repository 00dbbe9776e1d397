//! Judging windows between events and announcement extensions, in calendar
//! or working days as the policy states.

use super::*;
use crate::check::calendar::MissingYear;
use crate::messages::{verify as vt, Message};

/// The gap between two dates in a unit, and its words in both languages
/// (facts use the Indonesian ones). `Err` explains why a count of working
/// days cannot be made: the calendar does not cover a year it reaches.
pub(super) fn gap(
    cx: &Ctx<'_>,
    from: NaiveDate,
    to: NaiveDate,
    unit: TimeUnit,
) -> Result<(f64, Message), Message> {
    Ok(match unit {
        TimeUnit::WorkingDays => {
            let d = time::working_days(from, to, cx.calendar, &cx.case.holidays)
                .map_err(|MissingYear(y)| missing_year(y))? as f64;
            (d, vt::window::working_days(d))
        }
        TimeUnit::CalendarDays | TimeUnit::Days => {
            let d = time::days(from, to) as f64;
            (d, vt::window::calendar_days(d))
        }
        TimeUnit::Months => {
            let m = time::months_between(from, to).map_or(-1.0, f64::from);
            (m, vt::window::full_months(m))
        }
        TimeUnit::Years => {
            let y = time::age_years(from, to).map_or(-1.0, f64::from);
            (y, vt::window::full_years(y))
        }
    })
}

/// Message a working-day count reaching `year` cannot be made.
pub(super) fn missing_year(year: i32) -> Message {
    vt::window::working_days_cannot_counted_holiday(year)
}

pub(super) fn judge_window(
    cx: &Ctx<'_>,
    event: &EventRef,
    anchor: &EventRef,
    direction: Direction,
    interval: &Interval,
) -> Judged {
    let (Some(e), Some(a)) = (cx.date_of(event), cx.date_of(anchor)) else {
        return unknown(vt::window::dates_are_both_needed(event, anchor));
    };
    let (from, to) = match direction {
        Direction::Sebelum => (e, a),
        Direction::Setelah | Direction::Sejak => (a, e),
    };
    let Measure::Time(unit) = interval.measure else {
        return unknown(Message::from(vt::general_text::NOT_DURATION));
    };
    let facts = vec![
        format!("{event}: {}", time::tanggal(e)),
        format!("{anchor}: {}", time::tanggal(a)),
    ];
    if from > to {
        // On the wrong side of the anchor: no gap "after" (or "before") it at all,
        // however short the allowed gap.
        return (
            Status::Violated,
            vt::window::not_relative(event, direction_words(direction), anchor),
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
                return (
                    Status::Unknown,
                    vt::window::may_mean_working_days(&cw, &because),
                    facts,
                );
            }
        };
        let (sc, sw) = (within(interval, c), within(interval, w));
        if sc == sw {
            return (sc, vt::window::both_readings_hari_agree(&cw, &ww), facts);
        }
        // Name first the reading that is satisfied.
        let (yes, no) = if sc == Status::Satisfied {
            (cw, ww)
        } else {
            (ww, cw)
        };
        return (
            Status::Unknown,
            vt::window::satisfies_one_reading_hari_not(&yes, &no),
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
        vt::window::gap_allowed(&words, &allowed),
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
            Some(k) if *k == 0.0 => (Status::Satisfied, vt::window::no_extension(subject), vec![]),
            Some(k) => match r
                .condition
                .as_ref()
                .map(|c| selection_cond(cx, c, Moment::NOW))
            {
                Some(Tri::False) if subject == "seleksi" => (
                    Status::Unknown,
                    vt::window::extension_condition_met_no_longer(k),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::False) => (
                    Status::Violated,
                    vt::window::extension_although_condition_does_not(k),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::Unknown) => unknown(Message::from(
                    vt::window_text::CANNOT_TELL_WHETHER_CONDITION_EXTENSION,
                )),
                _ => {
                    let allowed = times.words();
                    (
                        within(times, *k),
                        vt::window::extension_allowed(k, &allowed),
                        vec![format!("{key}: {k}")],
                    )
                }
            },
            None => unknown(vt::window::number_extensions_not_recorded(&key)),
        };
    }
    let Some(a) = &cx.case.announcement else {
        return unknown(Message::from(vt::window_text::ANNOUNCEMENT_NOT_RECORDED));
    };
    let k = a.extensions.len() as f64;
    let mut facts = vec![format!("perpanjangan: {k}")];
    if a.extensions.is_empty() {
        return (
            Status::Satisfied,
            Message::from(vt::window_text::ANNOUNCEMENT_WAS_NOT_EXTENDED),
            facts,
        );
    }
    if !times.contains(k) {
        let allowed = times.words();
        return (
            Status::Violated,
            vt::window::extensions_allowed(k, &allowed),
            facts,
        );
    }
    let mut prev = a.deadline;
    let mut status = Status::Satisfied;
    let mut notes: Vec<Message> = Vec::new();
    for (i, x) in a.extensions.iter().enumerate() {
        let nth = i + 1;
        if let Some(c) = &r.condition {
            match selection_cond(cx, c, Moment::extension(i, x.applicants)) {
                Tri::False => {
                    status = Status::Violated;
                    let w = c.words();
                    notes.push(vt::window::extension_made_although_does_not(nth, &w));
                }
                Tri::Unknown if status == Status::Satisfied => {
                    status = Status::Unknown;
                    notes.push(vt::window::extension_applicants_time_not_recorded(nth));
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
                notes.push(vt::window::extension_lasts_more_than(nth, &words, &limit));
            }
        }
        prev = x.new_deadline;
    }
    let because = if notes.is_empty() {
        vt::window::extension_within_limits(k)
    } else {
        Message::join(&notes, "; ")
    };
    (status, because, facts)
}
