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
    out.extend(super::composition::rules(t, context, &qs));
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
    // "Setelah 2 (dua) kali diperpanjang namun …": extensions already made,
    // the condition of what follows, not an extension allowed.
    if t.find("diperpanjang")
        .is_some_and(|p| t[..p].contains("setelah"))
    {
        return None;
    }
    let times = qs.iter().find(|q| q.unit == "kali")?;
    // "setelah 2 (dua) kali diperpanjang": the extensions already made, a
    // condition of what the sentence says next, not a limit on extensions.
    if t[..times.start].trim_end().ends_with("setelah") {
        return None;
    }
    let what = if t.contains("pengumuman") {
        "pengumuman"
    } else {
        "seleksi"
    };
    // "… dapat diperpanjang …": an extension allowed, not required.
    let may = if t.contains("dapat diperpanjang") || t.contains("dapat dilakukan perpanjangan") {
        "dapat "
    } else {
        ""
    };
    let mut rule = format!(
        "{may}perpanjangan {what} {} {} kali",
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

/// A sentence that opens with the extensions already made, "Setelah 2 (dua)
/// kali diperpanjang namun pelamar hanya berjumlah 3 (tiga) orang, KASN dapat
/// …": the condition (`perpanjangan(pengumuman) paling sedikit 2 dan pelamar
/// tepat 3`) and the main clause after it. What was extended is not named in
/// such a sentence: the announcement when it speaks of applicants, else the
/// selection.
pub fn after_extensions(t: &str) -> Option<(String, &str)> {
    let rest = t.strip_prefix("setelah ")?;
    let (head, main) = rest.split_once(", ")?;
    let qs = quantities(head);
    let times = qs.first().filter(|q| q.unit == "kali")?;
    let after = head.get(times.end..)?.trim_start();
    let after = after.strip_prefix("diperpanjang")?;
    let what = if head.contains("pelamar") || head.contains("pengumuman") {
        "pengumuman"
    } else {
        "seleksi"
    };
    let mut cond = format!(
        "perpanjangan({what}) paling sedikit {}",
        number(times.value)
    );
    let rest_qs: Vec<Quantity> = quantities(after);
    if let Some(a) = applicants(after, &rest_qs) {
        cond.push_str(&format!(" dan {a}"));
    }
    (!main.trim().is_empty()).then_some((cond, main))
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
    // "memilih 1 (satu) dari 3 (tiga) orang nama calon": the number chosen is
    // the one before "dari".
    if t.contains("memilih") || t.contains("dipilih") {
        if let Some(q) = qs.iter().find(|q| {
            q.unit == "dari"
                || t.get(q.end..)
                    .is_some_and(|r| r.trim_start().starts_with("dari "))
        }) {
            return Some(format!(
                "jumlah calon_terpilih {} {}",
                comparator(q.bound, false, false),
                number(q.value)
            ));
        }
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
    // Holding a post "paling lama N tahun" is its term ("JPT hanya dapat
    // diduduki paling lama 5 (lima) tahun"); results that may be used for N
    // years are valid for them.
    let holds = ["diduduki paling lama", "menduduki jabatan paling lama"]
        .iter()
        .any(|w| t.contains(w));
    let used = t.contains("hasil") && t.contains("digunakan") && t.contains("paling lama");
    let what = if (t.contains("masa jabatan") && !t.contains("menduduki")) || holds {
        "masa_jabatan"
    } else if (t.contains("berlaku") && t.contains("hasil")) || used {
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
    fn the_extensions_made_open_a_condition_not_a_limit() {
        let t = "setelah 2 (dua) kali diperpanjang namun pelamar hanya berjumlah 3 (tiga) orang, kasn dapat memberikan rekomendasi untuk dilakukan proses seleksi.";
        assert!(rules(t, "").is_empty(), "{:?}", rules(t, ""));
        let (cond, main) = after_extensions(t).unwrap();
        assert_eq!(
            cond,
            "perpanjangan(pengumuman) paling sedikit 2 dan pelamar tepat 3"
        );
        assert!(main.starts_with("kasn dapat"));
        let (cond, _) = after_extensions(
            "setelah seleksi diperpanjang 1 (satu) kali, ppk melapor kepada kasn.",
        )
        .map_or((String::new(), ""), |x| x);
        assert_eq!(cond, "", "the count must open the sentence: {cond}");
        let (cond, _) =
            after_extensions("setelah 1 (satu) kali diperpanjang, ppk melapor kepada kasn.")
                .unwrap();
        assert_eq!(cond, "perpanjangan(seleksi) paling sedikit 1");
    }

    #[test]
    fn selection_phrases_of_other_wordings() {
        assert_eq!(
            rules("pengumuman lowongan dilakukan paling singkat 10 (sepuluh) hari kerja sebelum batas akhir pendaftaran.", ""),
            ["waktu pengumuman paling singkat 10 hari kerja sebelum batas_lamaran"]
        );
        assert_eq!(
            rules("dalam hal pelamar kurang dari 4 (empat) orang, pengumuman dapat diperpanjang paling banyak 1 (satu) kali selama 5 (lima) hari kerja.", ""),
            ["dapat perpanjangan pengumuman paling banyak 1 kali masing-masing 5 hari kerja jika pelamar kurang dari 4"]
        );
        assert_eq!(
            rules(
                "pengumuman diperpanjang 1 (satu) kali selama 5 (lima) hari kerja.",
                ""
            ),
            ["perpanjangan pengumuman paling banyak 1 kali masing-masing 5 hari kerja"]
        );
        // extensions already made are no extension allowed
        assert!(rules(
            "setelah 2 (dua) kali diperpanjang namun pelamar tetap kurang, pengumuman ditutup.",
            ""
        )
        .is_empty());
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
                "psikotes dengan jumlah bobot (10% (sepuluh persen) sampai dengan 15% (lima belas persen));",
                "pembobotan hasil seleksi, yaitu:"
            ),
            ["bobot penilaian psikotes 10% sampai dengan 15%"]
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
                "bupati memilih 1 (satu) dari 3 (tiga) nama calon yang diusulkan.",
                ""
            ),
            ["jumlah calon_terpilih tepat 1"]
        );
        assert_eq!(
            rules(
                "masa jabatan pimpinan tinggi pratama paling lama 5 (lima) tahun.",
                ""
            ),
            ["durasi masa_jabatan paling lama 5 tahun"]
        );
        assert_eq!(
            rules(
                "untuk pansel dari internal harus memiliki kedudukan minimal sama dari jabatan yang akan diisi.",
                ""
            ),
            ["pansel seleksi kedudukan internal paling rendah jabatan_lowong"]
        );
        assert_eq!(
            rules(
                "jpt pratama hanya dapat diduduki paling lama 5 (lima) tahun.",
                ""
            ),
            ["durasi masa_jabatan paling lama 5 tahun"]
        );
        assert_eq!(
            rules(
                "kepala dinas sebagai ketua merangkap anggota;",
                "susunan panitia seleksi terdiri atas:"
            ),
            ["pansel seleksi peran ketua oleh kepala_dinas"]
        );
        assert_eq!(
            rules(
                "wakil ketua: kepala bagian umum;",
                "susunan sekretariat pansel terdiri atas:"
            ),
            ["pansel sekretariat peran wakil_ketua oleh kepala_bagian_umum"]
        );
        assert_eq!(
            rules(
                "1 (satu) orang pejabat fungsional sebagai sekretaris merangkap anggota;",
                "anggota pansel mutasi terdiri atas:"
            ),
            ["pansel mutasi peran sekretaris oleh pejabat_fungsional"]
        );
        assert_eq!(
            rules(
                "1 (satu) orang pejabat jpt pratama atau tokoh masyarakat sebagai sekretaris;",
                "susunan pansel meliputi:"
            ),
            ["pansel seleksi peran sekretaris oleh jpt_pratama|tokoh_masyarakat"]
        );
        assert_eq!(
            rules(
                "pejabat pimpinan tinggi dari lingkungan pemerintah kabupaten;",
                "panitia seleksi terdiri atas unsur:"
            ),
            ["pansel seleksi anggota pejabat_internal paling sedikit 1"]
        );
        assert_eq!(
            rules(
                "3 (tiga) orang anggota dari unsur akademisi/pakar.",
                "susunan pansel mutasi meliputi:"
            ),
            ["pansel mutasi anggota akademisi|pakar tepat 3"]
        );
        assert_eq!(
            rules(
                "pejabat dari instansi pemerintah lain atau tokoh masyarakat;",
                "panitia seleksi terdiri atas unsur:"
            ),
            ["pansel seleksi anggota pejabat_instansi_lain|tokoh_masyarakat paling sedikit 1"]
        );
        assert!(rules(
            "1 (satu) orang ketua yang diketuai oleh akademisi;",
            "susunan pansel meliputi:"
        )
        .is_empty());
        assert!(rules("akademisi;", "tugas pansel meliputi:").is_empty());
        assert!(rules("kepala dinas sebagai ketua;", "tugas dinas meliputi:").is_empty());
    }
}
