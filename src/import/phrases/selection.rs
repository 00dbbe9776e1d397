//! Selection phrases: announcement windows and extensions, panel size and
//! shares, weight bands, candidate counts, terms and validity periods.

use super::words::{comparator, duration, number, quantities, slug, Bound, Quantity};

/// The rules of a clause's text (lower case); `context` is the text of the
/// clauses above it (their chapeaux), lower case.
pub fn rules(t: &str, context: &str) -> Vec<String> {
    let qs = quantities(t);
    let mut out = Vec::new();
    out.extend(window(t, &qs));
    out.extend(extension(t, &qs));
    out.extend(panel(t, &qs));
    out.extend(weight(t, context, &qs));
    out.extend(count(t, &qs));
    out.extend(term(t, &qs));
    out
}

fn days(qs: &[Quantity]) -> Option<&Quantity> {
    qs.iter().find(|q| q.unit == "hari" || q.unit == "minggu")
}

/// `diumumkan … paling singkat 15 hari kalender sebelum batas akhir …`.
fn window(t: &str, qs: &[Quantity]) -> Option<String> {
    let announces = t.contains("diumumkan") || t.contains("pengumuman");
    if !announces || t.contains("diperpanjang") || t.contains("perpanjangan") {
        return None;
    }
    let q = days(qs).filter(|q| q.bound != Bound::Exactly || t.contains("selama"))?;
    let bound = if q.bound == Bound::Exactly {
        Bound::AtLeast
    } else {
        q.bound
    };
    Some(format!(
        "waktu pengumuman {} {} sebelum batas_lamaran",
        comparator(bound, false, true),
        duration(q)?
    ))
}

/// `dapat diperpanjang paling banyak 2 (dua) kali, masing-masing 7 hari kalender`,
/// with the condition on the number of applicants when the text states it.
fn extension(t: &str, qs: &[Quantity]) -> Option<String> {
    if !(t.contains("diperpanjang") || t.contains("perpanjangan")) {
        return None;
    }
    let times = qs.iter().find(|q| q.unit == "kali")?;
    let what = if t.contains("pengumuman") {
        "pengumuman"
    } else {
        "seleksi"
    };
    let mut rule = format!(
        "perpanjangan {what} {} {} kali",
        comparator(
            if times.bound == Bound::Exactly {
                Bound::AtMost
            } else {
                times.bound
            },
            false,
            false
        ),
        number(times.value)
    );
    if let Some(each) = days(qs) {
        rule.push_str(&format!(" masing-masing {}", duration(each)?));
    }
    if let Some(cond) = applicants(t, qs) {
        rule.push_str(&format!(" jika {cond}"));
    }
    Some(rule)
}

/// "apabila pelamar kurang dari 3 orang" → `pelamar kurang dari 3`.
fn applicants(t: &str, qs: &[Quantity]) -> Option<String> {
    let at = t.find("pelamar")?;
    let q = qs
        .iter()
        .find(|q| q.start > at && (q.unit == "orang" || q.unit.is_empty()))?;
    // "belum memenuhi lebih dari 3": not more than 3.
    let negated =
        t[at..q.start.max(at)].contains("belum") || t[at..q.start.max(at)].contains("tidak");
    let bound = match (q.bound, negated) {
        (Bound::MoreThan, true) => Bound::AtMost,
        (Bound::AtLeast, true) => Bound::LessThan,
        (b, _) => b,
    };
    Some(format!(
        "pelamar {} {}",
        comparator(bound, false, false),
        number(q.value)
    ))
}

/// Panel size (`ganjil`, bounds) and the shares of internal and external members.
fn panel(t: &str, qs: &[Quantity]) -> Vec<String> {
    let mut out = Vec::new();
    if !(t.contains("panitia seleksi") || t.contains("pansel") || t.contains("tim penilai")) {
        return out;
    }
    let name = if t.contains("mutasi") {
        "mutasi"
    } else {
        "seleksi"
    };
    let people: Vec<&Quantity> = qs
        .iter()
        .filter(|q| q.unit == "orang" || (q.unit.is_empty() && q.bound != Bound::Exactly))
        .collect();
    if t.contains("berjumlah") || t.contains("ganjil") || t.contains("terdiri") {
        let bounds: Vec<String> = people
            .iter()
            .map(|q| format!("{} {}", comparator(q.bound, false, false), number(q.value)))
            .collect();
        if !bounds.is_empty() {
            let odd = if t.contains("ganjil") { "ganjil " } else { "" };
            out.push(format!("pansel {name} jumlah {odd}{}", bounds.join(" ")));
        }
    }
    for q in qs.iter().filter(|q| q.unit == "%") {
        let before = &t[..q.start];
        let origin = match (before.rfind("internal"), before.rfind("eksternal")) {
            (Some(i), Some(e)) if e > i => "eksternal",
            (Some(_), _) => "internal",
            (None, Some(_)) => "eksternal",
            (None, None) => continue,
        };
        out.push(format!(
            "pansel {name} porsi {origin} {} {}% dari anggota",
            comparator(q.bound, false, false),
            number(q.value)
        ));
    }
    out
}

/// A weight band: "makalah … 15% … sampai dengan 20%" under a chapeau about weights.
fn weight(t: &str, context: &str, qs: &[Quantity]) -> Option<String> {
    if !(t.contains("bobot") || context.contains("bobot")) {
        return None;
    }
    let percents: Vec<&Quantity> = qs.iter().filter(|q| q.unit == "%").collect();
    let first = percents.first()?;
    let component = slug(
        &t[..first.start.min(t.len())]
            .replace("jumlah bobot", "")
            .replace("bobot", ""),
        2,
    );
    let band = match percents.get(1) {
        Some(hi) => format!(
            "{}% sampai dengan {}%",
            number(first.value),
            number(hi.value)
        ),
        None => format!(
            "{} {}%",
            comparator(first.bound, false, false),
            number(first.value)
        ),
    };
    Some(format!("bobot penilaian {component} {band}"))
}

/// Candidate counts: admitted after the administrative selection, proposed, chosen.
fn count(t: &str, qs: &[Quantity]) -> Option<String> {
    if !t.contains("calon") && !t.contains("kandidat") {
        return None;
    }
    let q = qs.iter().find(|q| {
        q.unit == "orang" || q.unit == "calon" || q.unit == "nama" || q.unit == "kandidat"
    })?;
    let what = if [
        "usulkan",
        "disampaikan",
        "menyampaikan",
        "diajukan",
        "mengajukan",
    ]
    .iter()
    .any(|w| t.contains(w))
    {
        "calon_diusulkan"
    } else if t.contains("dipilih") || t.contains("terpilih") || t.contains("ditetapkan") {
        "calon_terpilih"
    } else if t.contains("administrasi") || t.contains("lulus") || t.contains("memenuhi syarat") {
        "calon_administrasi"
    } else {
        return None;
    };
    let per = if t.contains("setiap") && t.contains("lowong") || t.contains("per lowongan") {
        " per lowongan"
    } else {
        ""
    };
    Some(format!(
        "jumlah {what} {} {}{per}",
        comparator(q.bound, false, false),
        number(q.value)
    ))
}

/// Terms and validity periods: `masa jabatan … paling lama 5 tahun`, `berlaku … 3 tahun`.
fn term(t: &str, qs: &[Quantity]) -> Option<String> {
    let what = if t.contains("masa jabatan") && !t.contains("menduduki") {
        "masa_jabatan"
    } else if t.contains("berlaku") && t.contains("hasil") {
        "berlaku_hasil_asesmen"
    } else {
        return None;
    };
    let q = qs
        .iter()
        .find(|q| matches!(q.unit.as_str(), "tahun" | "bulan") && q.bound != Bound::Exactly)?;
    Some(format!(
        "durasi {what} {} {}",
        comparator(q.bound, false, true),
        duration(q)?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_phrases_of_other_wordings() {
        assert_eq!(
            rules("pengumuman lowongan dilakukan paling singkat 10 (sepuluh) hari kerja sebelum batas akhir pendaftaran.", ""),
            ["waktu pengumuman paling singkat 10 hari kerja sebelum batas_lamaran"]
        );
        assert_eq!(
            rules("dalam hal pelamar kurang dari 4 (empat) orang, pengumuman dapat diperpanjang paling banyak 1 (satu) kali selama 5 (lima) hari kerja.", ""),
            ["perpanjangan pengumuman paling banyak 1 kali masing-masing 5 hari kerja jika pelamar kurang dari 4"]
        );
        assert_eq!(
            rules("panitia seleksi berjumlah ganjil paling sedikit 5 (lima) orang dan paling banyak 7 (tujuh) orang.", ""),
            ["pansel seleksi jumlah ganjil paling sedikit 5 paling banyak 7"]
        );
        assert_eq!(
            rules(
                "anggota panitia seleksi dari internal paling banyak 40% (empat puluh persen).",
                ""
            ),
            ["pansel seleksi porsi internal paling banyak 40% dari anggota"]
        );
        assert_eq!(
            rules(
                "wawancara 25% (dua puluh lima persen) sampai dengan 30% (tiga puluh persen);",
                "bobot penilaian meliputi:"
            ),
            ["bobot penilaian wawancara 25% sampai dengan 30%"]
        );
        assert_eq!(
            rules(
                "menyampaikan 3 (tiga) nama calon untuk setiap 1 (satu) lowongan kepada ppk.",
                "tugas pansel meliputi:"
            ),
            ["jumlah calon_diusulkan tepat 3 per lowongan"]
        );
        assert_eq!(
            rules("pansel mengusulkan 3 (tiga) orang calon untuk setiap 1 (satu) lowongan jabatan kepada ppk.", ""),
            ["jumlah calon_diusulkan tepat 3 per lowongan"]
        );
        assert_eq!(
            rules(
                "masa jabatan pimpinan tinggi pratama paling lama 5 (lima) tahun.",
                ""
            ),
            ["durasi masa_jabatan paling lama 5 tahun"]
        );
    }
}
