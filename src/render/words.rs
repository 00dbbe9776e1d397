//! Indonesian words the renderers need: month names for dates ("11 Juni
//! 2021") and capitalised ordinals ("Bagian Kesatu").

use chrono::Datelike;

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// A date as the law prints it: "11 Juni 2021".
pub fn date(d: chrono::NaiveDate) -> String {
    let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("");
    format!("{} {month} {}", d.day(), d.year())
}

/// The first letter in upper case: "kesatu" → "Kesatu".
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_indonesian() {
        let d = chrono::NaiveDate::from_ymd_opt(2021, 6, 11).unwrap();
        assert_eq!(date(d), "11 Juni 2021");
        let d = chrono::NaiveDate::from_ymd_opt(2023, 9, 4).unwrap();
        assert_eq!(date(d), "4 September 2023");
        let d = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        assert_eq!(date(d), "29 Februari 2024");
    }

    #[test]
    fn capitalises_ordinals() {
        assert_eq!(capitalize("kesatu"), "Kesatu");
        assert_eq!(capitalize(""), "");
    }
}
