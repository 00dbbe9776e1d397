//! PSL705 — a mengingat entry that does not cite its law as the drafting rules
//! require: no "Nomor … Tahun …", a year that cannot be right (after this
//! peraturan, before 1945, a Constitution not of 1945), or a gazette year that
//! differs from the law's own year.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::{Message, Text};

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::MengingatCitation,
    label: Text {
        en: "citation of a law",
        id: "sebutan peraturan",
    },
    help: Text {
        en: "cite the law as UU 12/2011 Lampiran II prescribes: its kind, Nomor, Tahun and title, with the gazette of the same year",
        id: "sebut peraturan sebagaimana diatur UU 12/2011 Lampiran II: jenisnya, Nomor, Tahun, dan judulnya, dengan lembaran yang tahunnya sama",
    },
    explain: Text {
        en: "Each mengingat entry cites a law the peraturan rests on; UU 12/2011 Lampiran II writes it as its kind, \"Nomor\", \"Tahun\" and title, followed by the gazette (Lembaran Negara, Berita Negara, Lembaran Daerah) of the same year. This lint reports an entry that names a law without \"Nomor … Tahun …\", a year after this peraturan's own year or before 1945, the Constitution cited with a year other than 1945, and a gazette year that differs from the law's year. A wrong citation points the reader at another law, or at none.",
        id: "Setiap butir mengingat menyebut peraturan yang menjadi dasar; UU 12/2011 Lampiran II menuliskannya dengan jenis, \"Nomor\", \"Tahun\", dan judulnya, diikuti lembaran (Lembaran Negara, Berita Negara, Lembaran Daerah) tahun yang sama. Lint ini melaporkan butir yang menyebut peraturan tanpa \"Nomor … Tahun …\", tahun setelah tahun peraturan ini atau sebelum 1945, Undang-Undang Dasar dengan tahun selain 1945, dan tahun lembaran yang berbeda dari tahun peraturannya. Sebutan yang salah menunjuk pembaca ke peraturan lain, atau ke tidak ada.",
    },
    bad: "angka 1 \"Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1954;\"",
    good: "angka 1 \"Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\"",
    words: &[msg::ALL],
};

const INSTRUMENTS: &[&str] = &[
    "Undang-Undang",
    "Undang - Undang",
    "Peraturan Pemerintah",
    "Peraturan Presiden",
    "Peraturan Menteri",
    "Peraturan Daerah",
    "Peraturan Badan",
    "Peraturan Kepala",
    "Peraturan Bupati",
    "Peraturan Wali Kota",
    "Peraturan Walikota",
    "Peraturan Gubernur",
];

const GAZETTES: &[&str] = &[
    "Lembaran Negara Republik Indonesia Tahun",
    "Berita Negara Republik Indonesia Tahun",
    "Lembaran Daerah",
    "Berita Daerah",
];

/// The number after `word` (case-insensitive) in `text`, with its byte range.
fn number_after(text: &str, word: &str) -> Option<(u32, usize, usize)> {
    let lower = text.to_lowercase();
    let at = lower.find(&word.to_lowercase())? + word.len();
    let rest = text.get(at..)?;
    let skip = rest.len() - rest.trim_start().len();
    let start = at + skip;
    let digits: String = text
        .get(start..)?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let n = digits.parse().ok()?;
    Some((n, start, start + digits.len()))
}

/// What is wrong with one mengingat entry, with the byte range it is about.
pub fn problems(text: &str, own_year: Option<u32>) -> Vec<(usize, usize, Message)> {
    let mut out = Vec::new();
    if let Some(at) = text.find("Undang-Undang Dasar") {
        if let Some((year, s, e)) = number_after(text.get(at..).unwrap_or(""), "Tahun") {
            if year != 1945 {
                out.push((at + s, at + e, msg::constitution(year)));
            }
        }
        return out;
    }
    let Some(kind) = INSTRUMENTS.iter().find(|k| text.contains(**k)) else {
        return out;
    };
    let start = text.find(kind).unwrap_or(0);
    let cited = text.get(start..).unwrap_or("");
    // A draft's placeholder ("Nomor … Tahun …", `pasal new`) is left to be filled in.
    if cited.contains("Nomor …") || cited.contains("Nomor ...") {
        return out;
    }
    let (nomor, tahun) = (number_after(cited, "Nomor"), number_after(cited, "Tahun"));
    let (Some(_), Some((year, s, e))) = (nomor, tahun) else {
        out.push((start, start + kind.len(), msg::no_number(kind)));
        return out;
    };
    let (s, e) = (start + s, start + e);
    if year < 1945 || own_year.is_some_and(|y| year > y) {
        let own = own_year.map(|y| y.to_string()).unwrap_or_default();
        out.push((s, e, msg::impossible_year(year, own)));
    }
    for g in GAZETTES {
        let Some(at) = cited.find(g) else { continue };
        let gazette = cited.get(at..).unwrap_or("");
        if let Some((gy, gs, ge)) = number_after(gazette, "Tahun") {
            if gy != year && (1945..=2100).contains(&gy) {
                let name = g
                    .trim_end_matches(" Tahun")
                    .trim_end_matches(" Republik Indonesia");
                out.push((
                    start + at + gs,
                    start + at + ge,
                    msg::gazette_year(year, name, gy),
                ));
            }
        }
        break;
    }
    out
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    if p.identity.kutipan.is_some() {
        return;
    }
    for e in &p.mengingat {
        for (s, end, message) in problems(&e.text, p.identity.tahun) {
            let written = e.text.get(s..end).unwrap_or("");
            let at = p.file.locate(e.span, written);
            let mut f = cx.finding(&LINT, at, None, message);
            f.clause = Some(format!("Mengingat angka {}", e.number));
            out.push(f);
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The Constitution of another year.
    constitution(year) = "the Constitution is of 1945, not {year}" / "Undang-Undang Dasar adalah tahun 1945, bukan {year}";
    /// No number and year.
    no_number(kind) = "`{kind}` is cited without \"Nomor … Tahun …\"" / "`{kind}` disebut tanpa \"Nomor … Tahun …\"";
    /// A year that cannot be right.
    impossible_year(year, own) = "a law of {year} cannot be the basis of a peraturan of {own}" / "peraturan tahun {year} tidak mungkin menjadi dasar peraturan tahun {own}";
    /// A gazette of another year.
    gazette_year(year, gazette, gazette_year) = "the law is of {year} but its {gazette} is of {gazette_year}" / "peraturannya tahun {year} tetapi {gazette}-nya tahun {gazette_year}";
    }
);

#[cfg(test)]
mod tests {
    use super::problems;

    #[test]
    fn reads_the_citation_of_each_law() {
        let uud = "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1954;";
        assert_eq!(problems(uud, Some(2023)).len(), 1);
        assert!(problems(
            "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
            Some(2023)
        )
        .is_empty());
        let ok = "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 6, Tambahan Lembaran Negara Republik Indonesia Nomor 5494);";
        assert!(problems(ok, Some(2021)).is_empty());
        assert_eq!(
            problems(
                &ok.replace("Tahun 2014 Nomor 6", "Tahun 2015 Nomor 6"),
                Some(2021)
            )
            .len(),
            1
        );
        assert_eq!(problems(ok, Some(2013)).len(), 1, "a later law");
        assert_eq!(
            problems("Undang-Undang tentang Aparatur Sipil Negara;", Some(2021)).len(),
            1
        );
        assert!(problems("Keputusan rapat;", Some(2021)).is_empty());
        assert!(problems(
            "Undang-Undang Nomor … Tahun … tentang Pembentukan;",
            Some(2021)
        )
        .is_empty());
    }
}
