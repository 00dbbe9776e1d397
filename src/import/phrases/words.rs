//! Reading the standard phrases' parts: numbers as printed ("56 (lima puluh
//! enam) tahun"), comparators ("paling tinggi", "sekurang-kurangnya"), units,
//! and names made from words.

/// A bound as a phrase states it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// At least.
    AtLeast,
    /// At most.
    AtMost,
    /// Exactly.
    Exactly,
    /// More than.
    MoreThan,
    /// Less than.
    LessThan,
}

/// The comparators of Indonesian drafting, longest first.
const COMPARATORS: &[(&str, Bound)] = &[
    ("paling sedikit", Bound::AtLeast),
    ("paling kurang", Bound::AtLeast),
    ("paling rendah", Bound::AtLeast),
    ("paling singkat", Bound::AtLeast),
    ("sekurang-kurangnya", Bound::AtLeast),
    ("serendah-rendahnya", Bound::AtLeast),
    ("minimal", Bound::AtLeast),
    ("minimum", Bound::AtLeast),
    ("paling banyak", Bound::AtMost),
    ("paling tinggi", Bound::AtMost),
    ("paling lama", Bound::AtMost),
    ("paling lambat", Bound::AtMost),
    ("setinggi-tingginya", Bound::AtMost),
    ("sebanyak-banyaknya", Bound::AtMost),
    ("selambat-lambatnya", Bound::AtMost),
    ("selama-lamanya", Bound::AtMost),
    ("maksimal", Bound::AtMost),
    ("maksimum", Bound::AtMost),
    ("tidak lebih dari", Bound::AtMost),
    ("tidak melebihi", Bound::AtMost),
    ("lebih dari", Bound::MoreThan),
    ("kurang dari", Bound::LessThan),
    ("sebanyak", Bound::Exactly),
    ("selama", Bound::Exactly),
    ("berjumlah", Bound::Exactly),
    ("sejumlah", Bound::Exactly),
];

/// A number with its bound and unit, found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The bound (exactly when no comparator precedes the number).
    pub bound: Bound,
    /// The digits as printed.
    pub value: f64,
    /// The word after the number (and after the number in words): "tahun", "hari", "%", "orang".
    pub unit: String,
    /// The word after the unit ("kalender", "kerja"), for days.
    pub qualifier: String,
    /// Byte offset of the comparator (or the number) in the text.
    pub start: usize,
    /// Byte offset after the unit.
    pub end: usize,
}

/// Every number of a (lower-case) text with the comparator before it and the
/// unit after it: "paling tinggi 56 (lima puluh enam) tahun" → at most 56 tahun.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // A number in brackets is a label ("ayat (5)"), unless it is a
        // share: "(15% (lima belas persen) sampai dengan 20% …)".
        let share = || {
            let digits = text
                .get(i..)
                .unwrap_or("")
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
            digits.trim_start().starts_with('%')
        };
        let is_start = bytes.get(i).is_some_and(|b| b.is_ascii_digit())
            && (i == 0
                || !bytes.get(i - 1).is_some_and(|b| {
                    b.is_ascii_alphanumeric()
                        || *b == b'/'
                        || *b == b'.'
                        || (*b == b'(' && !share())
                }));
        if !is_start {
            i += 1;
            continue;
        }
        let mut j = i;
        while bytes
            .get(j)
            .is_some_and(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
        {
            j += 1;
        }
        // A trailing full stop or comma ends the sentence, not the number.
        while j > i && matches!(bytes.get(j - 1), Some(b',') | Some(b'.')) {
            j -= 1;
        }
        // "Peraturan Pemerintah Nomor 11 Tahun 2017": a number that names a
        // regulation, not a quantity.
        if text.get(..i).unwrap_or("").trim_end().ends_with("nomor") {
            i = j.max(i + 1);
            continue;
        }
        let digits = text.get(i..j).unwrap_or("").replace(',', ".");
        let Ok(value) = digits.parse::<f64>() else {
            i = j.max(i + 1);
            continue;
        };
        // Skip the number in words: "(lima puluh enam)".
        let mut k = j;
        let rest = text.get(k..).unwrap_or("");
        let trimmed = rest.trim_start();
        k += rest.len() - trimmed.len();
        if trimmed.starts_with('(') {
            if let Some(close) = trimmed.find(')') {
                k += close + 1;
            }
        }
        let after = text.get(k..).unwrap_or("");
        let (unit, qualifier, unit_end) = unit_after(after);
        let mut before = text.get(..i).unwrap_or("").trim_end();
        // "paling kurang selama 5 tahun": a comparator before a filler word.
        for filler in [" selama", " sebanyak", " sejumlah", " sebesar"] {
            if let Some(head) = before.strip_suffix(filler) {
                if COMPARATORS
                    .iter()
                    .any(|(w, _)| head.trim_end().ends_with(w))
                {
                    before = head.trim_end();
                }
            }
        }
        let (bound, start) = COMPARATORS
            .iter()
            .find_map(|(w, b)| before.strip_suffix(w).map(|head| (*b, head.len())))
            .unwrap_or((Bound::Exactly, i));
        out.push(Quantity {
            bound,
            value,
            unit,
            qualifier,
            start,
            end: k + unit_end,
        });
        i = j.max(i + 1);
    }
    out
}

/// The unit word (and a qualifier word) at the start of `s`; their end.
fn unit_after(s: &str) -> (String, String, usize) {
    let t = s.trim_start();
    let skipped = s.len() - t.len();
    if t.starts_with('%') {
        return ("%".into(), String::new(), skipped + 1);
    }
    let word: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() {
        return (String::new(), String::new(), skipped);
    }
    let after = &t[word.len()..];
    let t2 = after.trim_start();
    let qualifier: String = t2.chars().take_while(|c| c.is_alphabetic()).collect();
    let (qualifier, end) = if matches!(qualifier.as_str(), "kalender" | "kerja") {
        let end = skipped + word.len() + (after.len() - t2.len()) + qualifier.len();
        (qualifier, end)
    } else {
        (String::new(), skipped + word.len())
    };
    (word, qualifier, end)
}

/// A number as pasal writes it: `56`, `2.5`.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The pasal comparator for a bound on a quantity of this kind.
pub fn comparator(bound: Bound, ordered_scale: bool, duration: bool) -> &'static str {
    match bound {
        Bound::AtLeast if ordered_scale => "paling rendah",
        Bound::AtLeast if duration => "paling singkat",
        Bound::AtLeast => "paling sedikit",
        Bound::AtMost if ordered_scale => "paling tinggi",
        Bound::AtMost if duration => "paling lama",
        Bound::AtMost => "paling banyak",
        Bound::MoreThan => "lebih dari",
        Bound::LessThan => "kurang dari",
        Bound::Exactly => "tepat",
    }
}

/// A pasal duration: `5 tahun`, `6 bulan`, `15 hari kalender`, `3 hari kerja`, `15 hari`.
pub fn duration(q: &Quantity) -> Option<String> {
    let n = number(q.value);
    Some(match q.unit.as_str() {
        "tahun" => format!("{n} tahun"),
        "bulan" => format!("{n} bulan"),
        "hari" if q.qualifier.is_empty() => format!("{n} hari"),
        "hari" => format!("{n} hari {}", q.qualifier),
        "minggu" => format!("{} hari kalender", number(q.value * 7.0)),
        _ => return None,
    })
}

/// A name for the pasal language from words: lower case ASCII, words joined by `_`.
pub fn slug(words: &str, max_words: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    for w in words.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() || n >= max_words {
            continue;
        }
        let w: String = w
            .chars()
            .filter_map(|c| {
                let c = c.to_ascii_lowercase();
                c.is_ascii_alphanumeric().then_some(c)
            })
            .collect();
        // "X sebagaimana dimaksud dalam …": the name is X.
        if w == "sebagaimana" && n > 0 {
            break;
        }
        if w.is_empty() || STOP.contains(&w.as_str()) {
            continue;
        }
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&w);
        n += 1;
    }
    if out.is_empty() || !out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out.insert_str(0, "butir_");
    }
    out
}

/// Words that say nothing in a name: function words, and the modal and
/// auxiliary verbs every norm carries ("dapat", "wajib", "dilakukan").
const STOP: &[&str] = &[
    "yang",
    "dan",
    "atau",
    "dari",
    "di",
    "ke",
    "pada",
    "untuk",
    "dengan",
    "dalam",
    "oleh",
    "serta",
    "bagi",
    "sebagai",
    "ini",
    "itu",
    "tersebut",
    "adalah",
    "the",
    "a",
    "dapat",
    "wajib",
    "harus",
    "dilarang",
    "akan",
    "telah",
    "dilakukan",
    "dilaksanakan",
    "maka",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_words_and_units() {
        let q = quantities("usia paling tinggi 56 (lima puluh enam) tahun pada saat");
        assert_eq!(q.len(), 1);
        assert_eq!(
            (q[0].bound, q[0].value, q[0].unit.as_str()),
            (Bound::AtMost, 56.0, "tahun")
        );
        let q = quantities("paling singkat 15 (lima belas) hari kerja sebelum");
        assert_eq!(
            (q[0].unit.as_str(), q[0].qualifier.as_str()),
            ("hari", "kerja")
        );
        let q = quantities("sebesar 45% (empat puluh lima persen)");
        assert_eq!((q[0].value, q[0].unit.as_str()), (45.0, "%"));
        // a regulation's number is no quantity
        let q = quantities("nomor 5 tahun 2014 dan pasal 24.");
        assert_eq!(
            q.iter().map(|x| x.value).collect::<Vec<_>>(),
            [2014.0, 24.0]
        );
        assert!(quantities("golongan ruang iv/a").is_empty());
    }

    #[test]
    fn numbers_of_regulations_are_no_quantities() {
        let qs = quantities("sesuai peraturan pemerintah nomor 11 tahun 2017 paling lama 5 tahun.");
        assert_eq!(qs.len(), 2, "{qs:?}");
        assert_eq!(
            qs.get(1).map(|q| (q.value, q.unit.as_str())),
            Some((5.0, "tahun"))
        );
    }

    #[test]
    fn slugs_are_names() {
        assert_eq!(slug("Rekomendasi dari KASN", 4), "rekomendasi_kasn");
        assert_eq!(slug("3 orang", 3), "butir_3_orang");
    }
}
