//! Dates in a case file are written `YYYY-MM-DD` and nothing else: chrono's own
//! reader also takes `2024-6-3`, `+2024-06-03` and surrounding blanks, which a
//! case file must not (a date written two ways is a date someone may misread).
//! Use with `#[serde(deserialize_with = "…")]`.

use chrono::NaiveDate;
use serde::de::{Deserializer, Error};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Reads `text` as a date written `YYYY-MM-DD` that is on the calendar.
pub fn parse(text: &str) -> Result<NaiveDate, String> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return Err(format!("`{text}` is not a date written YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date on the calendar"))
}

/// One date.
pub fn one<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    parse(&s).map_err(D::Error::custom)
}

/// A date or `null`.
pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? {
        Some(s) => parse(&s).map(Some).map_err(D::Error::custom),
        None => Ok(None),
    }
}

/// A list of dates.
pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    <Vec<std::borrow::Cow<'de, str>>>::deserialize(d)?
        .iter()
        .map(|s| parse(s).map_err(D::Error::custom))
        .collect()
}

/// Dates by name.
pub fn by_name<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, NaiveDate>, D::Error> {
    <BTreeMap<String, std::borrow::Cow<'de, str>>>::deserialize(d)?
        .into_iter()
        .map(|(k, s)| {
            parse(&s)
                .map(|v| (k.clone(), v))
                .map_err(|e| D::Error::custom(format!("`{k}`: {e}")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse;

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
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse("2023-02-30").map_err(|e| e.contains("calendar")),
            Err(true)
        );
    }
}
