//! Indonesian words several stages need: month names for dates ("11 Juni
//! 2021"), ordinal words ("kesatu", "kedua") and capitalisation ("Bagian Kesatu");
//! and how far apart two words are, for misspellings.

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

/// Ordinal words as Bagian are numbered, from `kesatu` (1).
pub const ORDINALS: &[&str] = &[
    "kesatu",
    "kedua",
    "ketiga",
    "keempat",
    "kelima",
    "keenam",
    "ketujuh",
    "kedelapan",
    "kesembilan",
    "kesepuluh",
    "kesebelas",
    "kedua belas",
    "ketiga belas",
];

/// The ordinal word of `n` (1 = `kesatu`), or `ke-n` past the table.
pub fn ordinal_word(n: usize) -> String {
    n.checked_sub(1)
        .and_then(|i| ORDINALS.get(i))
        .map(|s| s.to_string())
        .unwrap_or_else(|| format!("ke-{n}"))
}

/// The number an ordinal word stands for (`kedua` = 2), in any case.
pub fn ordinal_value(word: &str) -> Option<u32> {
    ORDINALS
        .iter()
        .position(|o| o.eq_ignore_ascii_case(word))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The edit (Levenshtein) distance between two words, in characters: how far
/// a misspelling (`syarta`, `Pagur Alam`) is from what was meant.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// The edit distance between `a` and `b` when it is at most `limit`, else
/// `None`: [`edit_distance`] on characters, stopping as soon as every
/// alignment is past the limit (most words differ in their first letters, so
/// a search over a whole text mostly stops after a few rows). `row` is a
/// buffer reused between calls.
pub fn edit_distance_within(
    a: &[char],
    b: &[char],
    limit: usize,
    row: &mut Vec<usize>,
) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    row.clear();
    row.extend(0..=b.len());
    for (i, ca) in a.iter().enumerate() {
        // row[j] holds the distance of a[..i] to b[..j]; made a[..i+1] in place.
        let mut diagonal = i;
        let mut best = i + 1;
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let (Some(&left), Some(&up)) = (row.get(j), row.get(j + 1)) else {
                break;
            };
            let value = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(left).min(up)
            };
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
            best = best.min(value);
        }
        if best > limit {
            return None;
        }
    }
    row.last().copied().filter(|d| *d <= limit)
}

/// A number in Roman numerals (`4` → `IV`), as BAB are numbered.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bounded_distance_is_the_distance_when_within_the_limit() {
        let words = [
            "",
            "a",
            "ab",
            "syarat",
            "syarta",
            "sarat",
            "Pagar Alam",
            "Pagur Alam",
            "pagar alam",
            "kepegawaian",
            "kepegawain",
            "pegawai",
            "jabatan pimpinan tinggi",
            "jabatan pimpinan tingi",
            "é ü",
            "e u",
        ];
        let mut row = Vec::new();
        for a in words {
            for b in words {
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let d = super::edit_distance(a, b);
                for limit in 0..4 {
                    let want = (d <= limit).then_some(d);
                    assert_eq!(
                        super::edit_distance_within(&ac, &bc, limit, &mut row),
                        want,
                        "{a:?} {b:?} {limit}"
                    );
                }
            }
        }
    }

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
