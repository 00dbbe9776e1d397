//! Procedure phrases: who must, may or must not do what, for whom, and before
//! which event ("Pengukuhan … dilaporkan kepada KASN oleh PPK").

use super::words::slug;

/// Actors and parties as the law names them, longest first.
const ACTORS: &[(&str, &str)] = &[
    ("pejabat pembina kepegawaian", "ppk"),
    ("pejabat yang berwenang", "pyb"),
    ("komisi aparatur sipil negara", "kasn"),
    ("badan kepegawaian negara", "bkn"),
    ("sekretariat panitia seleksi", "sekretariat_pansel"),
    ("sekretariat pansel", "sekretariat_pansel"),
    ("panitia seleksi", "panitia_seleksi"),
    ("pansel", "panitia_seleksi"),
    ("tim penilai kinerja", "tim_penilai_kinerja"),
    ("tim penilaian kinerja", "tim_penilai_kinerja"),
    ("sekretaris daerah", "sekretaris_daerah"),
    ("pimpinan dewan perwakilan rakyat daerah", "pimpinan_dprd"),
    ("pimpinan dprd", "pimpinan_dprd"),
    ("menteri dalam negeri", "menteri_dalam_negeri"),
    ("wali kota", "walikota"),
    ("walikota", "walikota"),
    ("bupati", "bupati"),
    ("gubernur", "gubernur"),
    ("assessor", "asesor"),
    ("asesor", "asesor"),
    ("kasn", "kasn"),
    ("bkn", "bkn"),
    ("ppk", "ppk"),
    ("pyb", "pyb"),
];

/// Events a step may be ordered before or after.
const EVENTS: &[(&str, &str)] = &[
    ("pelantikan", "pelantikan"),
    ("pengangkatan", "pengangkatan"),
    ("pembentukan pansel", "pembentukan_pansel"),
    ("pembentukan panitia seleksi", "pembentukan_pansel"),
    ("pengumuman", "pengumuman"),
];

/// The actor named at the start of `s`, if any.
fn actor_at(s: &str) -> Option<&'static str> {
    let s = s.trim_start();
    ACTORS
        .iter()
        .find(|(name, _)| {
            s.starts_with(name)
                && s.as_bytes()
                    .get(name.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        })
        .map(|(_, a)| *a)
}

/// The actors named at the start of `s`, joined by "atau" or "dan/atau"
/// ("PPK dan/atau PyB" → ppk, pyb): any one of them may act.
fn actors_at(s: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut rest = s.trim_start();
    while let Some((name, a)) = ACTORS.iter().find(|(name, _)| {
        rest.starts_with(name)
            && rest
                .as_bytes()
                .get(name.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    }) {
        if !out.contains(a) {
            out.push(a);
        }
        let tail = rest.get(name.len()..).unwrap_or("").trim_start();
        match ["dan/atau ", "atau "]
            .iter()
            .find_map(|sep| tail.strip_prefix(sep))
        {
            Some(next) => rest = next.trim_start(),
            None => break,
        }
    }
    out
}

/// The actors after a preposition: "oleh PPK atau PyB" → ppk, pyb.
fn all_after(t: &str, word: &str) -> Vec<&'static str> {
    let needle = format!("{word} ");
    let mut from = 0;
    while let Some(p) = t[from..].find(&needle) {
        let at = from + p;
        let boundary = at == 0 || !t.as_bytes()[at - 1].is_ascii_alphanumeric();
        if boundary {
            let found = actors_at(&t[at + needle.len()..]);
            if !found.is_empty() {
                return found;
            }
        }
        from = at + needle.len();
    }
    vec![]
}

/// The actor after a preposition: "oleh PPK" → ppk.
fn after(t: &str, word: &str) -> Option<&'static str> {
    let needle = format!("{word} ");
    let mut from = 0;
    while let Some(p) = t[from..].find(&needle) {
        let at = from + p;
        let boundary = at == 0 || !t.as_bytes()[at - 1].is_ascii_alphanumeric();
        if boundary {
            if let Some(a) = actor_at(&t[at + needle.len()..]) {
                return Some(a);
            }
        }
        from = at + needle.len();
    }
    None
}

/// The duty of `holder` ("Tugas Pansel meliputi:") when a chapeau names one.
pub fn duty_holder(chapeau: &str) -> Option<&'static str> {
    let t = chapeau.trim_start();
    let rest = t
        .strip_prefix("tugas ")
        .or_else(|| t.strip_prefix("kewajiban "))?;
    actor_at(rest)
}

/// An action rule for a sentence (lower case), or none when it names no actor
/// and no modal verb.
pub fn rule(t: &str, holder: Option<&str>) -> Option<String> {
    let modality =
        if t.contains("dilarang") || t.contains("tidak boleh") || t.contains("tidak dapat") {
            "dilarang"
        } else if t.contains("dapat ") {
            "dapat"
        } else {
            "wajib"
        };
    let modal = t.contains("wajib") || t.contains("harus") || modality != "wajib";
    let mut actors = all_after(t, "oleh");
    if actors.is_empty() {
        actors = match holder {
            Some(h) => vec![h],
            None => actors_at(t),
        };
    }
    let actor = actors.first().copied();
    if actor.is_none() && !modal {
        return None;
    }
    let mut rule = format!("{modality} {}", slug(t, 3));
    if !actors.is_empty() {
        rule.push_str(&format!(" oleh {}", actors.join("|")));
    }
    for word in ["kepada", "dengan", "dari"] {
        if let Some(p) = after(t, word) {
            if Some(p) != actor {
                rule.push_str(&format!(" {word} {p}"));
                break;
            }
        }
    }
    for (phrase, event) in EVENTS {
        if t.contains(&format!("sebelum {phrase}")) {
            rule.push_str(&format!(" sebelum {event}"));
            break;
        }
    }
    Some(rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternative_actors_are_kept() {
        assert_eq!(
            rule(
                "ppk dan/atau pyb atas nama ppk menyampaikan laporan kepada kasn.",
                None
            ),
            Some("wajib ppk_pyb_atas oleh ppk|pyb kepada kasn".into())
        );
        let r = rule(
            "laporan disampaikan oleh walikota atau sekretaris daerah kepada kasn.",
            None,
        )
        .expect("a rule");
        assert!(
            r.ends_with(" oleh walikota|sekretaris_daerah kepada kasn"),
            "{r}"
        );
    }

    #[test]
    fn actions_name_actor_party_and_timing() {
        assert_eq!(
            rule(
                "penetapan pengukuhan oleh pejabat pembina kepegawaian dilaporkan kepada kasn.",
                None
            ),
            Some("wajib penetapan_pengukuhan_pejabat oleh ppk kepada kasn".into())
        );
        assert_eq!(
            rule(
                "bupati wajib berkonsultasi dengan gubernur sebelum pelantikan.",
                None
            ),
            Some(
                "wajib bupati_wajib_berkonsultasi oleh bupati dengan gubernur sebelum pelantikan"
                    .into()
            )
        );
        assert_eq!(
            rule(
                "menyusun jadwal seleksi;",
                duty_holder("tugas panitia seleksi meliputi:")
            ),
            Some("wajib menyusun_jadwal_seleksi oleh panitia_seleksi".into())
        );
        assert_eq!(rule("jabatan yang lowong;", None), None);
    }
}
