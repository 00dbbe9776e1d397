//! PSL702 — a region, province or official named in the text that is not the
//! one in the identity ("Kota Pagur Alam" in a Pagar Alam regulation).

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ForeignRegion,
    label: Text {
        en: "another region?",
        id: "daerah lain?",
    },
    help: Text {
        en: "name the region of this peraturan as its identity does; a misspelt or copied name makes the clause speak of another region",
        id: "sebut daerah peraturan ini sebagaimana identitasnya; nama yang salah tulis atau tersalin membuat ketentuan itu berbicara tentang daerah lain",
    },
    explain: Text {
        en: "Reads every \"Kota …\", \"Kabupaten …\", \"Wali Kota …\", \"Bupati …\", \"Provinsi …\" and \"Gubernur …\" in the text and compares the name with the region and province in the identity block. A misspelt name (\"Pagur Alam\") or a neighbour's name left over from the peraturan the draft was copied from makes the clause govern another region's posts. In mengingat, where other regions legitimately appear (formation laws), only near-misspellings are reported.",
        id: "Membaca setiap \"Kota …\", \"Kabupaten …\", \"Wali Kota …\", \"Bupati …\", \"Provinsi …\" dan \"Gubernur …\" dalam teks dan membandingkan namanya dengan daerah dan provinsi dalam identitas. Nama yang salah tulis (\"Pagur Alam\") atau nama daerah tetangga yang tertinggal dari peraturan yang disalin membuat ketentuan itu mengatur jabatan daerah lain. Dalam mengingat, yang wajar menyebut daerah lain (undang-undang pembentukan), hanya salah tulis yang mirip yang dilaporkan.",
    },
    bad: "\"Walikota adalah Walikota Pagur Alam.\"   // identity: daerah kota \"Pagar Alam\"",
    good: "\"Walikota adalah Walikota Pagar Alam.\"",
    words: &[msg::ALL],
};

const REGION_WORDS: &[(&str, bool)] = &[
    ("Kota ", false),
    ("Kabupaten ", false),
    ("Walikota ", false),
    ("Wali Kota ", false),
    ("Bupati ", false),
    ("Provinsi ", true),
    ("Gubernur ", true),
];

fn norm(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Names following region words in `text` that differ from the expected ones:
/// (byte start, byte end, name found, expected).
pub fn foreign_names(
    text: &str,
    region: &str,
    province: &str,
    near_only: bool,
) -> Vec<(usize, usize, String, String)> {
    let mut out = Vec::new();
    let (region_norm, province_norm) = (norm(region), norm(province));
    // One pass over the text: every region word starts with one of these capitals.
    let starts = text
        .bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b, b'K' | b'W' | b'B' | b'P' | b'G'));
    for (at, _) in starts {
        let here = text.get(at..).unwrap_or("");
        for (word, is_province) in REGION_WORDS.iter().filter(|(w, _)| here.starts_with(w)) {
            let (expected, e) = if *is_province {
                (province, &province_norm)
            } else {
                (region, &region_norm)
            };
            if expected.is_empty() {
                continue;
            }
            let n = expected.split_whitespace().count();
            // "Wali Kota X" also contains "Kota X": count it once.
            if *word == "Kota " && text.get(..at).is_some_and(|b| b.ends_with("Wali ")) {
                continue;
            }
            let start = at + word.len();
            let rest = text.get(start..).unwrap_or("");
            // Up to n capitalised words, stopping at punctuation.
            let mut words: Vec<&str> = Vec::new();
            for w in rest.split_whitespace() {
                if words.len() == n || !w.chars().next().is_some_and(char::is_uppercase) {
                    break;
                }
                words.push(w);
                if w.ends_with([',', ';', '.', ':', ')']) {
                    break;
                }
            }
            if words.is_empty() {
                continue;
            }
            let found: String = words
                .join(" ")
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            let f = norm(&found);
            if f == *e || e.starts_with(&f) && f.len() > 3 {
                continue;
            }
            if near_only && crate::words::edit_distance(&f, e) > 2 {
                continue;
            }
            let end = start
                + rest
                    .find(found.as_str())
                    .map_or(found.len(), |i| i + found.len());
            out.push((
                at,
                end,
                format!("{word}{found}"),
                format!("{word}{expected}"),
            ));
        }
    }
    out.sort();
    out
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    let (Some(region), province) = (
        p.identity.daerah.as_deref(),
        p.identity.provinsi.as_deref().unwrap_or(""),
    ) else {
        return;
    };
    for t in crate::analysis::context::law_texts(p) {
        for (s, e, found, expected) in foreign_names(t.text, region, province, t.mengingat) {
            let at = p.file.locate(t.span, t.text.get(s..e).unwrap_or(""));
            let f = cx.text_finding(&LINT, &t, at, msg::foreign(found, expected));
            out.push(f);
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    foreign(found, expected) = "`{found}` is not the region of this peraturan (`{expected}`)" / "`{found}` bukan daerah peraturan ini (`{expected}`)";
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_misspelt_and_foreign_regions() {
        let t = "Walikota adalah Walikota Pagur Alam. Kota Pagar Alam Tahun 2020. Bupati Tebo.";
        let f = foreign_names(t, "Pagar Alam", "Sumatera Selatan", false);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].2, "Walikota Pagur Alam");
        assert!(foreign_names("Kota Pagar Alam", "Pagar Alam", "", false).is_empty());
        assert!(foreign_names(
            "Kabupaten Sarolangun, Kabupaten Tebo",
            "Tebo",
            "Jambi",
            true
        )
        .is_empty());
    }
}
