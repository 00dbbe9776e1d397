//! The holiday calendar working days are counted on: Indonesia's national
//! holidays (hari libur nasional) and joint leave days (cuti bersama) by year,
//! as the SKB of the Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB
//! set them. The calendar in `data/holidays.toml` is built into the binary; a
//! user can pass another in the same format (`--holidays FILE`). docs/case.md,
//! "Working days", gives the rules.

use crate::messages::check::calendar as said;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The calendar that ships with pasal (`data/holidays.toml`).
pub const BUILT_IN: &str = include_str!("../../data/holidays.toml");

/// Non-working days by year. A year that is not in the calendar is not
/// covered: a working-day count that reaches it cannot be made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<i32, Year>,
}

/// One year of the calendar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Year {
    /// The decree that sets the year's days.
    source: String,
    /// National holidays and cuti bersama.
    days: BTreeSet<NaiveDate>,
}

/// A calendar file that cannot be read, with the line of the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: crate::messages::Message,
}

/// A day that decides a working-day count falls in a year the calendar does
/// not cover (and the case lists no holidays for).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissingYear(pub i32);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    tahun: Vec<YearEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YearEntry {
    tahun: toml::Spanned<i64>,
    sumber: toml::Spanned<String>,
    #[serde(default)]
    #[allow(dead_code)]
    perubahan: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    rujukan: Vec<String>,
    #[serde(default)]
    libur: Vec<toml::Spanned<String>>,
    #[serde(default)]
    cuti_bersama: Vec<toml::Spanned<String>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

impl Calendar {
    /// The built-in calendar (`data/holidays.toml`); a test checks that it parses.
    pub fn built_in() -> &'static Calendar {
        static CAL: OnceLock<Calendar> = OnceLock::new();
        CAL.get_or_init(|| Calendar::parse(BUILT_IN).unwrap_or_default())
    }

    /// Reads a calendar in the format of `data/holidays.toml`: one `[[tahun]]`
    /// table a year with `tahun`, `sumber`, optional `perubahan` and `rujukan`,
    /// and `libur` and `cuti_bersama` dates written YYYY-MM-DD in that year.
    pub fn parse(text: &str) -> Result<Calendar, CalendarError> {
        let file: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            let msg = e.message().to_string();
            CalendarError {
                line,
                message: said::not_a_calendar(msg),
            }
        })?;
        let mut years = BTreeMap::new();
        for entry in file.tahun {
            let at = |s: &std::ops::Range<usize>| line_of(text, s.start);
            let year_line = at(&entry.tahun.span());
            let year = i32::try_from(*entry.tahun.get_ref())
                .ok()
                .filter(|y| (1900..=9999).contains(y))
                .ok_or_else(|| CalendarError {
                    line: year_line,
                    message: said::not_a_year(entry.tahun.get_ref()),
                })?;
            if years.contains_key(&year) {
                return Err(CalendarError {
                    line: year_line,
                    message: said::year_twice(year),
                });
            }
            if entry.sumber.get_ref().trim().is_empty() {
                return Err(CalendarError {
                    line: at(&entry.sumber.span()),
                    message: said::no_source(year),
                });
            }
            let mut days = BTreeSet::new();
            for d in entry.libur.iter().chain(&entry.cuti_bersama) {
                let line = at(&d.span());
                let written = d.get_ref();
                let date = crate::check::case::parse_date(written).map_err(|_| CalendarError {
                    line,
                    message: said::not_a_date(written),
                })?;
                if date.year() != year {
                    return Err(CalendarError {
                        line,
                        message: said::other_year(written, year),
                    });
                }
                days.insert(date);
            }
            years.insert(
                year,
                Year {
                    source: entry.sumber.into_inner(),
                    days,
                },
            );
        }
        Ok(Calendar { years })
    }

    /// The years the calendar covers, in order.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.keys().copied()
    }

    /// The decree a year's days come from.
    pub fn source(&self, year: i32) -> Option<&str> {
        self.years.get(&year).map(|y| y.source.as_str())
    }

    /// Whether `d` is a working day: not a Saturday or Sunday, not a national
    /// holiday or cuti bersama of the calendar, not one of `extra` (the case's
    /// own holidays). A weekday in a year neither the calendar nor `extra`
    /// covers cannot be told: [`MissingYear`].
    pub fn is_working_day(&self, d: NaiveDate, extra: &[NaiveDate]) -> Result<bool, MissingYear> {
        if matches!(d.weekday(), Weekday::Sat | Weekday::Sun) || extra.contains(&d) {
            return Ok(false);
        }
        match self.years.get(&d.year()) {
            Some(y) => Ok(!y.days.contains(&d)),
            None if extra.iter().any(|x| x.year() == d.year()) => Ok(true),
            None => Err(MissingYear(d.year())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_built_in_calendar_parses_and_covers_2017_to_2026() {
        let cal = Calendar::parse(BUILT_IN).unwrap();
        assert_eq!(
            cal.years().collect::<Vec<_>>(),
            (2017..=2026).collect::<Vec<_>>()
        );
        assert!(cal.source(2023).unwrap().contains("1066 Tahun 2022"));
        // Cuti bersama Idulfitri 2023 after the revision (SKB 327/2023).
        assert_eq!(cal.is_working_day(d("2023-04-19"), &[]), Ok(false));
        // 26 April 2023 was cuti bersama before the revision, a working day after it.
        assert_eq!(cal.is_working_day(d("2023-04-26"), &[]), Ok(true));
        assert_eq!(cal.is_working_day(d("2023-04-22"), &[]), Ok(false));
        assert_eq!(
            cal.is_working_day(d("2027-03-03"), &[]),
            Err(MissingYear(2027))
        );
        // A weekend is never a working day, covered or not.
        assert_eq!(cal.is_working_day(d("2027-03-06"), &[]), Ok(false));
        // The case's own holidays of a year cover it.
        assert_eq!(
            cal.is_working_day(d("2027-03-03"), &[d("2027-01-01")]),
            Ok(true)
        );
        assert_eq!(
            cal.is_working_day(d("2027-01-01"), &[d("2027-01-01")]),
            Ok(false)
        );
        assert_eq!(Calendar::built_in(), &cal);
    }

    #[test]
    fn a_bad_calendar_names_its_line() {
        let text = "[[tahun]]\ntahun = 2030\nsumber = \"x\"\nlibur = [\n  \"2030-01-01\",\n  \"2031-01-01\",\n]\n";
        let e = Calendar::parse(text).unwrap_err();
        assert_eq!(e.line, 6);
        assert!(
            e.message.en.contains("not in year 2030"),
            "{}",
            e.message.en
        );
        let e =
            Calendar::parse("[[tahun]]\ntahun = 2030\nsumber = \"x\"\nlibur = [\"1/1/2030\"]\n")
                .unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.id.contains("YYYY-MM-DD"));
        let e =
            Calendar::parse("[[tahun]]\ntahun = 2030\nsumber = \"x\"\nlibur = [\n").unwrap_err();
        assert!(e.line >= 4, "{}", e.line);
        let twice =
            "[[tahun]]\ntahun = 2030\nsumber = \"x\"\n[[tahun]]\ntahun = 2030\nsumber = \"y\"\n";
        assert_eq!(Calendar::parse(twice).unwrap_err().line, 5);
        let e = Calendar::parse("[[tahun]]\ntahun = 2030\nsumber = \"x\"\nhari = 1\n").unwrap_err();
        assert!(e.message.en.contains("hari"), "{}", e.message.en);
    }
}
