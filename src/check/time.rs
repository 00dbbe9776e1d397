//! Calendar arithmetic for checking: ages, spans and day counts on the real
//! calendar (leap years, month ends), with the counting conventions documented
//! in docs/case.md.

use crate::ir::TimeUnit;
use chrono::{Datelike, Months, NaiveDate, Weekday};

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

/// The number of days in the span of `n` units that ends on `end`: the
/// threshold a duration of "n years" must reach on that date.
pub fn span_days(n: f64, unit: TimeUnit, end: NaiveDate) -> f64 {
    let whole = n.trunc();
    let months = match unit {
        TimeUnit::Years => Some(whole * 12.0),
        TimeUnit::Months => Some(whole),
        _ => None,
    };
    match months {
        Some(m) => {
            let start = end
                .checked_sub_months(Months::new(m as u32))
                .unwrap_or(NaiveDate::MIN);
            let frac = n - whole;
            let per = if unit == TimeUnit::Years {
                365.2425
            } else {
                30.436875
            };
            (end - start).num_days() as f64 + frac * per
        }
        None => n,
    }
}

/// Days from `a` to `b` (positive when `b` is later).
pub fn days(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// Working days after `a` up to and including `b` (Monday to Friday, not holidays).
pub fn working_days(a: NaiveDate, b: NaiveDate, holidays: &[NaiveDate]) -> i64 {
    if b <= a {
        return -working_days(b, a, holidays);
    }
    a.iter_days()
        .skip(1)
        .take_while(|d| *d <= b)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(d))
        .count() as i64
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
    fn ages_turn_on_the_birthday() {
        assert_eq!(age_years(d("1967-06-03"), d("2024-06-02")), Some(56));
        assert_eq!(age_years(d("1967-06-03"), d("2024-06-03")), Some(57));
        assert_eq!(age_years(d("1968-02-29"), d("2025-02-28")), Some(56));
        assert_eq!(age_years(d("1968-02-29"), d("2025-03-01")), Some(57));
    }

    #[test]
    fn spans_follow_the_calendar() {
        assert_eq!(span_days(5.0, TimeUnit::Years, d("2024-06-03")), 1827.0);
        assert_eq!(span_days(1.0, TimeUnit::Months, d("2024-03-31")), 31.0);
        assert_eq!(months_between(d("2024-01-31"), d("2024-02-29")), Some(1));
        assert_eq!(months_between(d("2024-01-31"), d("2024-03-01")), Some(1));
        assert_eq!(working_days(d("2024-06-07"), d("2024-06-10"), &[]), 1);
    }
}
