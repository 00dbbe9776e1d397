//! Where a step goes through: the channels after `melalui`, the reach of an
//! announcement ("pada tingkat nasional", "di internal Pemerintah Daerah"),
//! the decree a step is set by ("ditetapkan dengan Keputusan Bupati") and the
//! budget a cost is charged to.

use super::super::actors::Actors;
use super::super::words::slug;
use super::find_words;

/// Words that open a channel after `melalui` (a medium, not a mechanism:
/// "melalui mekanisme Mutasi" is a scope, not a channel).
pub(super) const CHANNEL_HEADS: &[&str] = &[
    "media",
    "papan",
    "portal",
    "laman",
    "situs",
    "website",
    "aplikasi",
    "sistem",
    "surat",
    "sijapti",
    "pengumuman",
    "radio",
    "televisi",
    "internet",
    "email",
    "pos",
];

/// Words that end a channel list.
pub(super) const CHANNEL_ENDS: &[&str] = &[
    " yang ",
    " sebelum ",
    " setelah ",
    " sesudah ",
    " oleh ",
    " kepada ",
    " paling ",
    " selama ",
    " dalam ",
    " untuk ",
    " dengan ",
    " serta ",
    " sebagaimana ",
    " pada ",
    " dapat ",
    " pemerintah ",
    " milik ",
    " di ",
];

/// The channels after `melalui`: "melalui media cetak nasional dan/atau media
/// elektronik" → `media_cetak_nasional|media_elektronik`.
pub(super) fn channels(t: &str) -> Vec<String> {
    for at in find_words(t, "melalui") {
        let rest = t[at + "melalui".len()..].trim_start();
        if !CHANNEL_HEADS.iter().any(|h| {
            rest.starts_with(h)
                && rest
                    .as_bytes()
                    .get(h.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        }) {
            continue;
        }
        let mut end = rest.find(['(', ';', '.', ':']).unwrap_or(rest.len());
        for stop in CHANNEL_ENDS {
            if let Some(p) = rest[..end].find(stop) {
                end = end.min(p);
            }
        }
        let list = &rest[..end];
        let mut out: Vec<String> = Vec::new();
        for item in list
            .split(" dan/atau ")
            .flat_map(|x| x.split(" atau "))
            .flat_map(|x| x.split(" dan "))
            .flat_map(|x| x.split(", "))
        {
            let item = item.trim().trim_start_matches("melalui ").trim();
            if item.is_empty() {
                continue;
            }
            let name = slug(item, 4);
            if !out.contains(&name) {
                out.push(name);
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    Vec::new()
}

/// The reach of an announcement or a competition: "pada tingkat nasional
/// atau antar kabupaten/kota dalam 1 (satu) provinsi" →
/// `tingkat_nasional|antar_kabupaten_kota_dalam_provinsi`, "di internal
/// lingkungan Pemerintah Daerah" → `internal_pemerintah_daerah`, in the order
/// the sentence names them.
pub(super) fn reach(t: &str) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    if let Some(at) = find_words(t, "tingkat nasional").next() {
        found.push((at, "tingkat_nasional".into()));
    }
    for lead in [
        "antar kabupaten/kota",
        "antarkabupaten/kota",
        "antar kabupaten / kota",
    ] {
        if let Some(at) = t.find(lead) {
            let rest = t[at + lead.len()..].trim_start();
            let within = rest.starts_with("dalam ")
                && rest
                    .split_whitespace()
                    .take(5)
                    .any(|w| w.trim_end_matches([',', ';', '.']) == "provinsi");
            let name = if within {
                "antar_kabupaten_kota_dalam_provinsi"
            } else {
                "antar_kabupaten_kota"
            };
            found.push((at, name.into()));
            break;
        }
    }
    for lead in [
        "di internal ",
        "di lingkungan internal ",
        "secara internal di ",
    ] {
        if let Some(at) = t.find(lead) {
            let rest = t[at + lead.len()..].trim_start();
            let rest = rest.strip_prefix("lingkungan ").unwrap_or(rest);
            let name = if rest.starts_with("pemerintah") {
                "internal_pemerintah_daerah"
            } else if rest.starts_with("instansi") {
                "internal_instansi"
            } else {
                continue;
            };
            found.push((at, name.into()));
            break;
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

/// "ditetapkan dengan Keputusan Bupati" → (bupati, keputusan_bupati): the
/// instrument a step is set by, and who signs it.
pub(super) fn instrument(actors: &Actors, t: &str) -> Option<(String, String)> {
    for verb in [
        "ditetapkan dengan ",
        "ditetapkan dalam ",
        "ditetapkan melalui ",
        "diatur dengan ",
        "diatur tersendiri dengan ",
        "diatur lebih lanjut dengan ",
        "diatur lebih lanjut dalam ",
    ] {
        for (at, _) in t.match_indices(verb) {
            let rest = &t[at + verb.len()..];
            for kind in ["keputusan ", "peraturan "] {
                if let Some(r) = rest.strip_prefix(kind) {
                    // The decree is named as printed ("Keputusan Wali Kota"),
                    // its signer as the office it acts in.
                    if let (Some(signer), Some((printed, _))) =
                        (actors.list_at(r).into_iter().next(), actors.printed_at(r))
                    {
                        let channel = format!("{}_{printed}", kind.trim());
                        return Some((signer, channel));
                    }
                }
            }
        }
    }
    None
}

/// The budget a cost is charged to ("dibebankan pada APBD" → apbd; the
/// prefix printed apart, "di bebankan", as drafts often do).
pub(super) fn budget(t: &str) -> Option<String> {
    let at = [
        "dibebankan pada ",
        "dibebankan kepada ",
        "di bebankan pada ",
        "bersumber dari ",
    ]
    .iter()
    .find_map(|w| t.find(w).map(|i| i + w.len()))?;
    let rest = t.get(at..)?;
    if rest.starts_with("anggaran pendapatan dan belanja daerah") || rest.starts_with("apbd") {
        return Some("apbd".into());
    }
    if rest.starts_with("anggaran pendapatan dan belanja negara") || rest.starts_with("apbn") {
        return Some("apbn".into());
    }
    None
}
