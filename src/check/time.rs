//! Calendar arithmetic for checking: ages, spans and day counts on the real
//! calendar (leap years, month ends), with the counting conventions documented
//! in docs/case.md.

use super::calendar::{Calendar, MissingYear};
use crate::ir::TimeUnit;
use chrono::{Datelike, Months, NaiveDate};

/// Completed years from `birth` to `on` (a person born on 29 February turns a
/// year older on 1 March in non-leap years).
pub fn age_years(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    on.years_since(birth)
}

/// Completed months from `from` to `on`.
pub fn months_between(from: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < from {
        return None;
    }
    let mut months = (on.year() - from.year()) * 12 + on.month() as i32 - from.month() as i32;
    if from
        .checked_add_months(Months::new(u32::try_from(months).unwrap_or(0)))
        .is_none_or(|d| d > on)
    {
        months -= 1;
    }
    u32::try_from(months).ok()
}

/// Lengths of service (masa kerja) are years, months and days counted by
/// anniversaries, and compared in that order: 4 years 11 months 30 days is
/// short of 5 years. They are held as one number of "service days",
/// `years × 372 + months × 31 + days`: a month counts 31 so that the days of a
/// stint (at most 30 past its last monthly anniversary) never reach a month,
/// and 12 months make a year. Stints add up by their years, months and days.
pub const SERVICE_DAYS_PER_YEAR: f64 = 372.0;

/// Service days in a month (see [`SERVICE_DAYS_PER_YEAR`]).
pub const SERVICE_DAYS_PER_MONTH: f64 = 31.0;

/// The length of a stint from `start` up to (not including) `end`, by
/// anniversaries: whole years, then whole months, then days. A stint held from
/// 1 March 2013 through 28 February 2018 (`end` = 1 March 2018) is exactly 5
/// years, whatever leap days lie in it. `None` when `end` is before `start`.
pub fn service(start: NaiveDate, end: NaiveDate) -> Option<(u32, u32, u32)> {
    let years = end.years_since(start)?;
    let mut months = 0;
    while months < 11 && anniversary(start, years * 12 + months + 1)? <= end {
        months += 1;
    }
    let days = u32::try_from((end - anniversary(start, years * 12 + months)?).num_days()).ok()?;
    Some((years, months, days))
}

/// `start` moved `months` later; a day the month lacks (31 April, 29 February
/// in a common year) falls on the first of the next month, as a birthday does.
fn anniversary(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    let first = start.with_day(1)?.checked_add_months(Months::new(months))?;
    match first.with_day(start.day()) {
        Some(d) => Some(d),
        None => first.checked_add_months(Months::new(1)),
    }
}

/// A stint's length in service days (see [`SERVICE_DAYS_PER_YEAR`]).
pub fn service_days(start: NaiveDate, end: NaiveDate) -> Option<f64> {
    service(start, end).map(|(y, m, d)| {
        f64::from(y) * SERVICE_DAYS_PER_YEAR + f64::from(m) * SERVICE_DAYS_PER_MONTH + f64::from(d)
    })
}

/// `n` units of time in service days: the threshold a length of service is
/// compared with ("paling singkat 5 tahun" = 1,860; 2.5 years = 2 years 6 months).
pub fn duration_days(n: f64, unit: TimeUnit) -> f64 {
    match unit {
        TimeUnit::Years => n * SERVICE_DAYS_PER_YEAR,
        TimeUnit::Months => n * SERVICE_DAYS_PER_MONTH,
        _ => n,
    }
}

/// Service days as the law writes a length of service: `5 tahun 2 bulan 3 hari`.
pub fn service_words(days: f64) -> String {
    if !days.is_finite() || days < 0.0 {
        return format!("{days} hari");
    }
    let years = (days / SERVICE_DAYS_PER_YEAR).floor();
    let rest = days - years * SERVICE_DAYS_PER_YEAR;
    let months = (rest / SERVICE_DAYS_PER_MONTH).floor();
    let rest = rest - months * SERVICE_DAYS_PER_MONTH;
    let rest = (rest * 100.0).round() / 100.0;
    format!("{years} tahun {months} bulan {rest} hari")
}

/// Days from `a` to `b` (positive when `b` is later).
pub fn days(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// Working days after `a` up to and including `b` (negative when `b` is
/// earlier), on a holiday calendar plus the case's own holidays: Saturdays,
/// Sundays, national holidays and cuti bersama are not working days. The day
/// of `a` itself is never counted, whatever day it is: a count "N hari kerja
/// setelah" an act done on a Sunday starts on the Monday. `Err` names the
/// first year the count reaches that neither the calendar nor `extra` covers.
pub fn working_days(
    a: NaiveDate,
    b: NaiveDate,
    calendar: &Calendar,
    extra: &[NaiveDate],
) -> Result<i64, MissingYear> {
    if b < a {
        return working_days(b, a, calendar, extra).map(|n| -n);
    }
    let mut n = 0;
    for d in a.iter_days().skip(1).take_while(|d| *d <= b) {
        if calendar.is_working_day(d, extra)? {
            n += 1;
        }
    }
    Ok(n)
}

/// Indonesian long date: `3 Juni 2024`.
pub fn tanggal(d: NaiveDate) -> String {
    crate::words::date(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn working_days_between_a_day_and_itself_are_zero() {
        // Once recursed without end (`b <= a` swapped equal dates forever).
        let none = Calendar::default();
        let wd = |a, b| working_days(d(a), d(b), &none, &[d("2024-01-01")]);
        assert_eq!(wd("2024-05-06", "2024-05-06"), Ok(0));
        assert_eq!(wd("2024-05-06", "2024-05-09"), Ok(3));
        assert_eq!(wd("2024-05-09", "2024-05-06"), Ok(-3));
    }

    #[test]
    fn working_days_follow_the_calendar() {
        let cal = Calendar::built_in();
        let wd = |a, b| working_days(d(a), d(b), cal, &[]);
        // Mon 17 April 2023 to Fri 28 April 2023: 19-21 and 24-25 April are
        // cuti bersama Idulfitri, 22-23 April Idulfitri: 18, 26, 27, 28 remain.
        assert_eq!(wd("2023-04-17", "2023-04-28"), Ok(4));
        // An act on Sunday 16 April: the count starts on Monday 17 April.
        assert_eq!(wd("2023-04-16", "2023-04-18"), Ok(2));
        // A deadline reached on a holiday counts the working days before it.
        assert_eq!(wd("2023-04-17", "2023-04-22"), Ok(1));
        // 2027 is not in the calendar.
        assert_eq!(wd("2026-12-30", "2027-01-04"), Err(MissingYear(2027)));
        // ... unless the case lists its holidays for that year.
        assert_eq!(
            working_days(d("2026-12-30"), d("2027-01-05"), cal, &[d("2027-01-01")]),
            Ok(3)
        );
    }

    #[test]
    fn ages_turn_on_the_birthday() {
        assert_eq!(age_years(d("1967-06-03"), d("2024-06-02")), Some(56));
        assert_eq!(age_years(d("1967-06-03"), d("2024-06-03")), Some(57));
        assert_eq!(age_years(d("1968-02-29"), d("2025-02-28")), Some(56));
        assert_eq!(age_years(d("1968-02-29"), d("2025-03-01")), Some(57));
    }

    #[test]
    fn service_is_counted_by_anniversaries() {
        // 1 March 2013 through 28 February 2018: exactly five years, with 29
        // February 2016 inside it.
        assert_eq!(service(d("2013-03-01"), d("2018-03-01")), Some((5, 0, 0)));
        assert_eq!(service_days(d("2013-03-01"), d("2018-03-01")), Some(1860.0));
        // Held from 4 June 2019, measured on 3 June 2024: 4 years 11 months 30
        // days, short of five years.
        assert_eq!(service(d("2019-06-04"), d("2024-06-03")), Some((4, 11, 30)));
        assert!(
            service_days(d("2019-06-04"), d("2024-06-03"))
                < Some(duration_days(5.0, TimeUnit::Years))
        );
        // One day short is not five years.
        assert_eq!(service(d("2013-03-02"), d("2018-03-01")), Some((4, 11, 27)));
        assert_eq!(service(d("2016-02-29"), d("2017-02-28")), Some((0, 11, 30)));
        assert_eq!(service(d("2020-01-31"), d("2020-03-01")), Some((0, 1, 0)));
        assert_eq!(service(d("2019-01-31"), d("2019-03-01")), Some((0, 1, 0)));
        assert_eq!(service(d("2019-01-31"), d("2019-02-28")), Some((0, 0, 28)));
        assert_eq!(service(d("2016-02-29"), d("2017-03-01")), Some((1, 0, 0)));
        assert_eq!(service(d("2020-03-01"), d("2020-02-01")), None);
        assert_eq!(duration_days(5.0, TimeUnit::Years), 1860.0);
        assert_eq!(
            duration_days(2.5, TimeUnit::Years),
            duration_days(2.0, TimeUnit::Years) + duration_days(6.0, TimeUnit::Months)
        );
        assert_eq!(duration_days(6.0, TimeUnit::Months), 186.0);
        assert_eq!(service_words(1860.0 + 62.0 + 3.0), "5 tahun 2 bulan 3 hari");
        assert_eq!(service_words(1859.0), "4 tahun 11 bulan 30 hari");
    }

    #[test]
    fn months_follow_the_calendar() {
        assert_eq!(months_between(d("2024-01-31"), d("2024-02-29")), Some(1));
        assert_eq!(months_between(d("2024-01-31"), d("2024-03-01")), Some(1));
        assert_eq!(
            working_days(d("2024-06-07"), d("2024-06-10"), Calendar::built_in(), &[]),
            Ok(1)
        );
    }
}
