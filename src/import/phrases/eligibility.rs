//! Eligibility phrases: age, education, rank, experience, time in post,
//! performance, health, discipline, civil-servant status.

use super::words::{comparator, duration, number, quantities, Bound};

/// The `syarat` rules of a requirement's text (lower case).
pub fn rules(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(r) = age(t) {
        out.push(r);
    }
    if let Some(r) = education(t) {
        out.push(r);
    }
    if let Some(r) = rank(t) {
        out.push(r);
    }
    out.extend(durations(t));
    if let Some(r) = rating(t) {
        out.push(r);
    }
    if t.contains("sehat jasmani") || t.contains("sehat rohani") || t.starts_with("sehat") {
        out.push("syarat sehat".into());
    }
    // "tidak pernah dijatuhi" (never) says more than the built-in fact (serving one now).
    if t.contains("hukuman disiplin") && t.contains("tidak sedang") {
        out.push("syarat tidak hukuman_disiplin".into());
    }
    // In a requirement, a bare "Pegawai Negeri Sipil;" item is the status too.
    if civil_servant(t) || t.starts_with("pns") || t.starts_with("pegawai negeri sipil") {
        out.push("syarat pns".into());
    }
    out
}

/// Whether a text (lower case) requires being a civil servant: "berstatus PNS",
/// "diisi dari kalangan PNS", "setiap PNS yang memenuhi persyaratan …".
pub fn civil_servant(t: &str) -> bool {
    ["pns", "pegawai negeri sipil"].iter().any(|w| {
        t.starts_with(&format!("berstatus {w}"))
            || t.starts_with(&format!("setiap {w} yang memenuhi"))
            || t.contains(&format!("kalangan {w}"))
    })
}

/// Where the candidates for a post come from: "JPT Pratama dapat diisi dari
/// PNS di luar lingkungan Pemerintah Daerah" → (`pns_pemerintah_daerah`,
/// negated, allowed). The fact is being a civil servant of that body; the
/// caller declares it.
pub fn filled_from(t: &str) -> Option<(String, bool, bool)> {
    let at = t
        .find("diisi dari pns ")
        .or_else(|| t.find("diisi dari pegawai negeri sipil "))?;
    let rest = &t[at..];
    let (negated, body) = if let Some(p) = rest.find(" di luar lingkungan ") {
        (true, &rest[p + " di luar lingkungan ".len()..])
    } else if let Some(p) = rest.find(" di lingkungan ") {
        (false, &rest[p + " di lingkungan ".len()..])
    } else {
        return None;
    };
    let body = body.split([',', '.', ';']).next().unwrap_or(body);
    let name = super::words::slug(body, 3);
    if name.starts_with("butir_") {
        return None;
    }
    let allowed = t[..at].trim_end().ends_with("dapat");
    Some((format!("pns_{name}"), negated, allowed))
}

/// When a clause says on which day the age limit is counted, apart from the
/// limit itself ("Persyaratan usia paling tinggi … adalah usia pada saat
/// diangkat …, kecuali bagi JPT yang ditetapkan oleh Presiden"): the event
/// (`pengangkatan`, `pelantikan`, `batas_lamaran`) and the exception, as a
/// yes/no fact, when one is stated.
pub fn age_reference(t: &str) -> Option<(&'static str, Option<String>)> {
    let about_age = t.contains("persyaratan usia") || t.contains("batas usia");
    let counted = [
        "adalah usia pada saat ",
        "dihitung pada saat ",
        "dihitung sejak ",
    ]
    .iter()
    .find_map(|w| t.find(w).map(|p| &t[p + w.len()..]))?;
    if !about_age {
        return None;
    }
    let at = if counted.starts_with("diangkat") || counted.starts_with("pengangkatan") {
        "pengangkatan"
    } else if counted.starts_with("dilantik") || counted.starts_with("pelantikan") {
        "pelantikan"
    } else if counted.starts_with("pendaftaran") || counted.starts_with("batas akhir") {
        "batas_lamaran"
    } else {
        return None;
    };
    let exception = t.find("kecuali bagi ").map(|p| {
        let rest = &t[p + "kecuali bagi ".len()..];
        super::words::slug(rest.split(['.', ',', ';']).next().unwrap_or(rest), 4)
    });
    Some((at, exception.filter(|e| !e.starts_with("butir_"))))
}

fn age(t: &str) -> Option<String> {
    if !(t.contains("usia") || t.contains("umur")) {
        return None;
    }
    let q = quantities(t)
        .into_iter()
        .find(|q| q.unit == "tahun" && matches!(q.bound, Bound::AtMost | Bound::LessThan))?;
    let at = if t.contains("pengangkatan") || t.contains("diangkat") {
        " pada pengangkatan"
    } else if t.contains("pelantikan") || t.contains("dilantik") {
        " pada pelantikan"
    } else if t.contains("pendaftaran") || t.contains("mendaftar") || t.contains("lamaran") {
        " pada batas_lamaran"
    } else {
        ""
    };
    Some(format!(
        "syarat usia {} {} tahun{at}",
        comparator(q.bound, true, false),
        number(q.value)
    ))
}

/// Education levels as the law names them, highest first where a name contains another.
const EDUCATION: &[(&str, &str)] = &[
    ("doktor", "S3"),
    ("strata tiga", "S3"),
    ("s-3", "S3"),
    ("s3", "S3"),
    ("magister", "S2"),
    ("pascasarjana", "S2"),
    ("strata dua", "S2"),
    ("s-2", "S2"),
    ("s2", "S2"),
    ("sarjana", "S1"),
    ("strata satu", "S1"),
    ("s-1", "S1"),
    ("s1", "S1"),
    ("diploma iv", "D4"),
    ("diploma empat", "D4"),
    ("d-iv", "D4"),
    ("d iv", "D4"),
    ("div", "D4"),
    ("d4", "D4"),
    ("diploma iii", "D3"),
    ("diploma tiga", "D3"),
    ("d-iii", "D3"),
    ("d3", "D3"),
    ("sma", "SMA"),
    ("slta", "SMA"),
];

fn education(t: &str) -> Option<String> {
    if !(t.contains("pendidikan") || t.contains("ijazah")) {
        return None;
    }
    let rest = from_lower_bound(t)?;
    let mut found: Vec<(usize, &str)> = Vec::new();
    for (name, level) in EDUCATION {
        let mut from = 0;
        while let Some(p) = rest[from..].find(name) {
            let pos = from + p;
            let before_ok = pos == 0 || !rest.as_bytes()[pos - 1].is_ascii_alphanumeric();
            let end = pos + name.len();
            let after_ok = rest
                .as_bytes()
                .get(end)
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            if before_ok
                && after_ok
                && !found
                    .iter()
                    .any(|(p, l)| *l == *level || (*p <= pos && pos < *p + 3))
            {
                found.push((pos, level));
            }
            from = end;
        }
    }
    found.sort_by_key(|(p, _)| *p);
    let levels: Vec<&str> = found.iter().map(|(_, l)| *l).collect();
    let first = levels.first()?;
    // "sarjana atau diploma IV": the alternatives of the same rank.
    let same_rank = |a: &str, b: &str| matches!((a, b), ("S1", "D4") | ("D4", "S1")) || a == b;
    let chosen: Vec<&str> = levels
        .iter()
        .copied()
        .filter(|l| same_rank(first, l))
        .collect();
    Some(format!(
        "syarat pendidikan paling rendah {}",
        chosen.join("|")
    ))
}

/// The text from the first word that states a minimum ("paling rendah", "minimal" …).
fn from_lower_bound(t: &str) -> Option<&str> {
    const WORDS: [&str; 5] = [
        "paling rendah",
        "sekurang-kurangnya",
        "minimal",
        "serendah-rendahnya",
        "paling kurang",
    ];
    let at = WORDS.iter().filter_map(|w| t.find(w)).min()?;
    t.get(at..)
}

/// Rank names of the civil service and their golongan.
const RANKS: &[(&str, &str)] = &[
    ("pembina utama madya", "IV/d"),
    ("pembina utama muda", "IV/c"),
    ("pembina utama", "IV/e"),
    ("pembina tingkat i", "IV/b"),
    ("pembina", "IV/a"),
    ("penata tingkat i", "III/d"),
    ("penata muda tingkat i", "III/b"),
    ("penata muda", "III/a"),
    ("penata", "III/c"),
];

fn rank(t: &str) -> Option<String> {
    if !(t.contains("pangkat") || t.contains("golongan")) {
        return None;
    }
    let rest = from_lower_bound(t)?;
    let golongan = literal_golongan(rest).or_else(|| {
        RANKS
            .iter()
            .filter_map(|(name, g)| rest.find(name).map(|p| (p, *g)))
            .min_by_key(|(p, _)| *p)
            .map(|(_, g)| g.to_string())
    })?;
    Some(format!("syarat pangkat paling rendah {golongan}"))
}

/// `IV/a`, `iv/a`, `IV / a` in a text.
fn literal_golongan(t: &str) -> Option<String> {
    for group in ["iv", "iii", "ii", "i"] {
        let mut from = 0;
        while let Some(p) = t[from..].find(group) {
            let pos = from + p;
            let before_ok = pos == 0 || !t.as_bytes()[pos - 1].is_ascii_alphabetic();
            let rest = t[pos + group.len()..].trim_start();
            if before_ok {
                if let Some(r) = rest.strip_prefix('/') {
                    let letter = r.trim_start().chars().next();
                    if let Some(l @ 'a'..='e') = letter {
                        return Some(format!("{}/{l}", group.to_uppercase()));
                    }
                }
            }
            from = pos + group.len();
        }
    }
    None
}

/// Jenjang named in a text about time held in a post.
fn jenjang(t: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if t.contains("pimpinan tinggi pratama") || t.contains("jpt pratama") {
        out.push("jpt_pratama");
    }
    if t.contains("administrator") {
        out.push("administrator");
    }
    if t.contains("pengawas") {
        out.push("pengawas");
    }
    if t.contains("ahli utama") {
        out.push("fungsional_ahli_utama");
    }
    if t.contains("ahli madya") {
        out.push("fungsional_ahli_madya");
    }
    if t.contains("ahli muda") {
        out.push("fungsional_ahli_muda");
    }
    if t.contains("ahli pertama") {
        out.push("fungsional_ahli_pertama");
    }
    if t.contains("jabatan pelaksana") {
        out.push("pelaksana");
    }
    out
}

/// Experience, time held in a level, tenure in the current post.
fn durations(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let years: Vec<_> = quantities(t)
        .into_iter()
        .filter(|q| matches!(q.unit.as_str(), "tahun" | "bulan") && q.bound != Bound::Exactly)
        .collect();
    if years.is_empty() {
        return out;
    }
    let fact = if t.contains("pengalaman") {
        "pengalaman_bidang".to_string()
    } else if t.contains("menduduki") || t.contains("memangku") {
        let js = jenjang(t);
        if t.contains("pernah") && !js.is_empty() {
            format!("lama_jabatan({})", js.join("|"))
        } else if js.is_empty() || t.contains("telah menduduki") || t.contains("sedang menduduki") {
            "masa_jabatan".to_string()
        } else {
            format!("lama_jabatan({})", js.join("|"))
        }
    } else {
        return out;
    };
    let parts: Vec<String> = years
        .iter()
        .filter_map(|q| {
            Some(format!(
                "{} {}",
                comparator(q.bound, false, true),
                duration(q)?
            ))
        })
        .collect();
    if !parts.is_empty() {
        out.push(format!("syarat {fact} {}", parts.join(" ")));
    }
    out
}

fn rating(t: &str) -> Option<String> {
    if !(t.contains("penilaian prestasi kerja")
        || t.contains("penilaian kinerja")
        || t.contains("prestasi kerja"))
    {
        return None;
    }
    let level = if t.contains("sangat baik") {
        "sangat_baik"
    } else if t.contains("baik") {
        "baik"
    } else {
        return None;
    };
    let years = quantities(t)
        .into_iter()
        .find(|q| q.unit == "tahun" && t[q.end..].trim_start().starts_with("terakhir"));
    Some(match years {
        Some(q) => format!(
            "syarat penilaian_kinerja paling rendah {level} selama {} tahun terakhir",
            number(q.value)
        ),
        None => format!("syarat penilaian_kinerja paling rendah {level}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirements_of_other_wordings() {
        assert_eq!(
            rules("berusia setinggi-tingginya 58 (lima puluh delapan) tahun pada saat pelantikan;"),
            ["syarat usia paling tinggi 58 tahun pada pelantikan"]
        );
        assert_eq!(
            rules("berijazah sekurang-kurangnya magister (s-2) atau doktor;"),
            ["syarat pendidikan paling rendah S2"]
        );
        assert_eq!(
            rules("memiliki pendidikan paling rendah sarjana atau diploma iv (empat);"),
            ["syarat pendidikan paling rendah S1|D4"]
        );
        assert_eq!(
            rules("berpangkat paling rendah pembina tingkat i, golongan ruang iv/b;"),
            ["syarat pangkat paling rendah IV/b"]
        );
        assert_eq!(
            rules("memiliki pengalaman jabatan di bidang tugas terkait paling kurang 7 (tujuh) tahun;"),
            ["syarat pengalaman_bidang paling singkat 7 tahun"]
        );
        assert_eq!(
            rules(
                "sedang atau pernah menduduki jabatan administrator paling singkat 2 (dua) tahun;"
            ),
            ["syarat lama_jabatan(administrator) paling singkat 2 tahun"]
        );
        assert_eq!(
            rules("pernah menduduki jabatan pengawas atau jabatan fungsional ahli muda paling singkat 3 (tiga) tahun;"),
            ["syarat lama_jabatan(pengawas|fungsional_ahli_muda) paling singkat 3 tahun"]
        );
        assert_eq!(
            rules("penilaian kinerja bernilai sangat baik dalam 3 (tiga) tahun terakhir;"),
            ["syarat penilaian_kinerja paling rendah sangat_baik selama 3 tahun terakhir"]
        );
        assert_eq!(
            rules("tidak sedang menjalani hukuman disiplin;"),
            ["syarat tidak hukuman_disiplin"]
        );
        assert!(rules("tidak pernah dijatuhi hukuman disiplin tingkat berat;").is_empty());
        assert_eq!(
            rules("pengisian jabatan lowong dilakukan secara terbuka dan kompetitif dikalangan pns dengan memperhatikan syarat kompetensi;"),
            ["syarat pns"]
        );
        assert_eq!(
            rules("jabatan diisi secara terbuka di kalangan pegawai negeri sipil;"),
            ["syarat pns"]
        );
        assert_eq!(
            rules("setiap pns yang memenuhi persyaratan mempunyai kesempatan yang sama untuk mengisi jabatan yang lowong."),
            ["syarat pns"]
        );
        assert!(civil_servant("jabatan diisi dari kalangan pns."));
        assert!(!civil_servant("panitia seleksi dapat mengundang pns."));
        assert!(!civil_servant(
            "pns yang bersangkutan harus mendapat rekomendasi."
        ));
        assert!(rules("menyusun jadwal seleksi;").is_empty());
    }
}
