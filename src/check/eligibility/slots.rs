//! A candidate's slot values: ages, durations and ranks on the real calendar,
//! at the dates a program measures them.

use super::{Reference, SlotKind};
use crate::check::case::Candidate;
use crate::check::time;
use crate::ir::*;
use chrono::NaiveDate;

/// The highest age an open-dated age rule may mean: the age at the appointment
/// when known, unbounded when only the deadline is.
pub(super) fn age_high(c: &Candidate, r: &Reference) -> Option<f64> {
    let b = c.birth_date?;
    match r.date(Some(Event::Pengangkatan)) {
        Some(on) => time::age_years(b, on).map(f64::from),
        None => r.date(Some(Event::BatasLamaran)).map(|_| f64::INFINITY),
    }
}

/// Length of service in positions matching `pick`, in service days (years,
/// months and days of each stint by anniversaries, added up): a closed stint
/// counts through its last day and needs no date; a stint still held (or
/// ending after `on`) runs to `on`, and is unknown without it.
fn held_days(
    c: &Candidate,
    on: Option<NaiveDate>,
    pick: impl Fn(&crate::check::case::Position) -> bool,
) -> Option<f64> {
    let positions = c.positions.as_ref()?;
    let mut total = 0.0;
    for p in positions.iter().filter(|p| pick(p)) {
        let last = p.end.and_then(|e| e.succ_opt());
        let until = match (last, on) {
            (Some(l), Some(on)) => l.min(on),
            (Some(l), None) => l,
            (None, Some(on)) => on,
            (None, None) => return None,
        };
        if p.start >= until {
            continue;
        }
        total += time::service_days(p.start, until)?;
    }
    Some(total)
}

/// The most related experience a candidate can have when some positions do
/// not say whether they are related: those count too. `None` when every
/// position says (the value is then exact).
pub(super) fn experience_high(c: &Candidate, r: &Reference) -> Option<f64> {
    if c.related_experience_years.is_some() {
        return None;
    }
    let positions = c.positions.as_ref()?;
    if positions.iter().all(|p| p.related.is_some()) {
        return None;
    }
    held_days(c, r.default, |p| p.related != Some(false))
}

/// No upper bound (infinity) for a length of service measured at a date that
/// only stands in for a later one ([`Reference::default_is_earliest`]) when a
/// post it counts is still held then: the service grows until the day the
/// case does not give. `None` when the value is exact.
pub(super) fn still_running(s: &SlotKind, c: &Candidate, r: &Reference) -> Option<f64> {
    if !r.default_is_earliest {
        return None;
    }
    let on = r.default?;
    let running = |p: &crate::check::case::Position| p.end.is_none_or(|e| e >= on);
    let positions = c.positions.as_ref()?;
    let any = match s {
        SlotKind::Experience if c.related_experience_years.is_none() => positions
            .iter()
            .any(|p| p.related != Some(false) && running(p)),
        SlotKind::Held(js) => positions
            .iter()
            .any(|p| js.iter().any(|j| j.as_str() == p.jenjang) && running(p)),
        SlotKind::Tenure => positions.iter().any(|p| p.end.is_none()),
        _ => false,
    };
    any.then_some(f64::INFINITY)
}

/// Years given as a number (screening tables) in service days.
fn years_days(years: f64) -> f64 {
    time::duration_days(years, TimeUnit::Years)
}

/// A slot's value for a candidate, and the date its thresholds are measured at.
pub(super) fn slot_value(
    s: &SlotKind,
    c: &Candidate,
    r: &Reference,
) -> (Option<f64>, Option<NaiveDate>) {
    match s {
        SlotKind::Age(at, unit) => {
            let age = |on: NaiveDate| match (c.birth_date, unit) {
                (Some(b), TimeUnit::Months) => time::months_between(b, on).map(f64::from),
                (Some(b), _) => time::age_years(b, on).map(f64::from),
                (None, _) => None,
            };
            match at {
                Some(_) => {
                    let on = r.date(*at);
                    (on.and_then(age), on)
                }
                // The policy says no date: the age counts only where the application
                // deadline and the appointment give the same age.
                None => {
                    let deadline = r.date(Some(Event::BatasLamaran));
                    let appointed = r.date(Some(Event::Pengangkatan));
                    // The age is at least the age at the deadline (the appointment comes later).
                    (deadline.or(appointed).and_then(age), deadline.or(appointed))
                }
            }
        }
        SlotKind::Education => (
            c.education
                .as_deref()
                .and_then(Education::parse)
                .map(|e| f64::from(e.rank())),
            None,
        ),
        SlotKind::Golongan => (
            c.golongan
                .as_deref()
                .and_then(Golongan::parse)
                .map(|g| f64::from(g.rank())),
            None,
        ),
        SlotKind::Experience => {
            let on = r.default;
            if let Some(years) = c.related_experience_years {
                return (Some(years_days(years)), on);
            }
            (held_days(c, on, |p| p.related == Some(true)), on)
        }
        SlotKind::Held(js) => {
            let on = r.default;
            let named = |name: &str| js.iter().any(|j| j.as_str() == name);
            if c.positions.is_none() && !c.held_years.is_empty() {
                let years: f64 = c
                    .held_years
                    .iter()
                    .filter(|(k, _)| named(k))
                    .map(|(_, v)| *v)
                    .sum();
                return (Some(years_days(years)), on);
            }
            (held_days(c, on, |p| named(&p.jenjang)), on)
        }
        SlotKind::Tenure => {
            let on = r.default;
            if let (None, Some(y)) = (&c.positions, c.tenure_years) {
                return (Some(years_days(y)), on);
            }
            let current = c.positions.as_ref().and_then(|ps| {
                ps.iter()
                    .filter(|p| p.end.is_none())
                    .max_by_key(|p| p.start)
            });
            (
                current
                    .zip(on)
                    .and_then(|(p, on)| time::service_days(p.start, on)),
                on,
            )
        }
        SlotKind::Rating(lookback) => {
            let Some(ratings) = &c.ratings else {
                return (None, None);
            };
            let ranks = |y: i32| {
                ratings
                    .iter()
                    .find(|x| x.year == y)
                    .and_then(|x| Rating::parse(&x.rating))
                    .map(|r| r as u8 as f64)
            };
            let v = match (lookback, r.default) {
                (Some(n), Some(on)) => {
                    use chrono::Datelike;
                    let years: Vec<i32> = (1..=*n as i32).map(|k| on.year() - k).collect();
                    let vals: Option<Vec<f64>> = years.iter().map(|y| ranks(*y)).collect();
                    vals.and_then(|v| v.into_iter().reduce(f64::min))
                }
                (Some(_), None) => None,
                (None, _) => ratings
                    .iter()
                    .max_by_key(|x| x.year)
                    .and_then(|x| Rating::parse(&x.rating))
                    .map(|r| r as u8 as f64),
            };
            (v, None)
        }
    }
}
