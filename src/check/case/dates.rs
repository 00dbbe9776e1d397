//! Dates in a case are written `YYYY-MM-DD` and nothing else, and must be on
//! the calendar. A value that is not is refused with the value quoted back,
//! `2023-02-30 is not a date (YYYY-MM-DD)`; whoever reports the error puts the
//! field's path before it (`pasal verify`: `candidates[0].birth_date`, `pasal
//! screen`: `birth_date`). Use with `#[serde(deserialize_with = "…")]`.

use chrono::NaiveDate;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;

/// The message for a value that is not a date (the value cut at 40 characters).
pub fn message(value: &str) -> String {
    let shown: String = value.chars().take(40).collect();
    let more = if shown.len() < value.len() { "…" } else { "" };
    crate::messages::case::msg::not_a_date(format!("{shown}{more}")).en
}

/// A date written exactly `YYYY-MM-DD` and on the calendar: chrono's own
/// reader also takes `2024-6-3`, `+2024-06-03` and surrounding blanks, which a
/// case must not (a date written two ways is a date someone may misread).
pub fn parse(value: &str) -> Result<NaiveDate, String> {
    let b = value.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return Err(message(value));
    }
    // The digits read directly: no format string to interpret per record.
    let number = |digits: &[u8]| {
        digits
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d.wrapping_sub(b'0')))
    };
    let (year, month, day) = (
        number(b.get(..4).unwrap_or_default()),
        number(b.get(5..7).unwrap_or_default()),
        number(b.get(8..).unwrap_or_default()),
    );
    i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .ok_or_else(|| message(value))
}

struct Date;

impl<'de> Visitor<'de> for Date {
    type Value = NaiveDate;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date (YYYY-MM-DD)")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        parse(v).map_err(E::custom)
    }
}

/// One date, for a list or a map.
struct One(NaiveDate);

impl<'de> de::Deserialize<'de> for One {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(Date).map(One)
    }
}

/// A required date.
pub fn required<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(Date)
}

struct Maybe;

impl<'de> Visitor<'de> for Maybe {
    type Value = Option<NaiveDate>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date (YYYY-MM-DD) or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        required(d).map(Some)
    }
}

/// A date that may be absent or `null`.
pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    d.deserialize_option(Maybe)
}

struct List;

impl<'de> Visitor<'de> for List {
    type Value = Vec<NaiveDate>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of dates (YYYY-MM-DD)")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(One(d)) = seq.next_element()? {
            out.push(d);
        }
        Ok(out)
    }
}

/// A list of dates.
pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    d.deserialize_seq(List)
}

struct Map;

impl<'de> Visitor<'de> for Map {
    type Value = BTreeMap<String, NaiveDate>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of names to dates (YYYY-MM-DD)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some((k, One(d))) = map.next_entry::<String, One>()? {
            out.insert(k, d);
        }
        Ok(out)
    }
}

/// Dates by name.
pub fn map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, NaiveDate>, D::Error> {
    d.deserialize_map(Map)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use chrono::NaiveDate;

    #[test]
    fn only_four_two_two_digits_on_the_calendar() {
        assert!(parse("2024-06-03").is_ok());
        for bad in [
            "2024-6-3",
            "+2024-06-03",
            " 2024-06-03",
            "2024-06-03 ",
            "20240603",
            "2024/06/03",
            "2024-06-03T00:00",
        ] {
            assert_eq!(parse(bad), Err(format!("{bad} is not a date (YYYY-MM-DD)")));
        }
        assert!(parse("2023-02-30").is_err());
        assert!(parse("2023-13-01").is_err() && parse("2023-00-10").is_err());
        assert!(parse("2023-04-00").is_err() && parse("2023-04-31").is_err());
        assert_eq!(
            parse("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert!(parse("2100-02-29").is_err());
        // Every day of four years, and every malformed day number, as chrono reads them.
        for y in [0, 1999, 2000, 2023, 2024, 9999] {
            for m in 0..=13 {
                for d in 0..=32 {
                    let text = format!("{y:04}-{m:02}-{d:02}");
                    let chrono = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
                    assert_eq!(parse(&text).ok(), chrono, "{text}");
                }
            }
        }
    }
}
