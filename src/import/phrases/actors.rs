//! Who acts in a peraturan: the national bodies and offices every draft names
//! (PPK, PyB, KASN, Bupati, …), and the bodies the draft itself defines in its
//! Ketentuan Umum ("Panitia Seleksi Mutasi yang selanjutnya disebut Pansel
//! Mutasi adalah tim …"), named by the slug of the defined term so that an
//! imported actor is the name the region uses.

use super::super::model::{Block, Child, Clause, Document};
use super::words::slug;

/// Actors and parties every draft may name, as printed (lower case), and their pasal names.
const BUILTIN: &[(&str, &str)] = &[
    ("pejabat pembina kepegawaian", "ppk"),
    ("pejabat yang berwenang", "pyb"),
    ("komisi aparatur sipil negara", "kasn"),
    ("komisi asn", "kasn"),
    ("badan kepegawaian negara", "bkn"),
    ("sekretariat panitia seleksi", "sekretariat_pansel"),
    ("sekretariat pansel", "sekretariat_pansel"),
    ("sekretariat daerah", "sekretariat_daerah"),
    ("sekretariat", "sekretariat_pansel"),
    ("panitia seleksi mutasi", "pansel_mutasi"),
    ("pansel mutasi", "pansel_mutasi"),
    ("panitia seleksi", "panitia_seleksi"),
    ("pansel", "panitia_seleksi"),
    ("tim evaluasi", "tim_evaluasi"),
    ("tim penilai kinerja", "tim_penilai_kinerja"),
    ("tim penilaian kinerja", "tim_penilai_kinerja"),
    ("sekretaris daerah", "sekretaris_daerah"),
    ("pimpinan dewan perwakilan rakyat daerah", "pimpinan_dprd"),
    ("pimpinan dprd", "pimpinan_dprd"),
    ("menteri dalam negeri", "menteri_dalam_negeri"),
    ("instansi terkait", "instansi_terkait"),
    ("wali kota", "walikota"),
    ("walikota", "walikota"),
    ("bupati", "bupati"),
    ("gubernur", "gubernur"),
    ("assessor", "asesor"),
    ("asesor", "asesor"),
    ("peserta seleksi", "peserta"),
    ("peserta", "peserta"),
    ("pelamar", "pelamar"),
    ("pegawai negeri sipil", "pns"),
    ("pns", "pns"),
    ("kasn", "kasn"),
    ("bkn", "bkn"),
    ("ppk", "ppk"),
    ("pyb", "pyb"),
];

/// Words a definition's body starts with when the term names a body or an
/// office that can act ("… adalah tim yang dibentuk …").
const ACTING: &[&str] = &[
    "pejabat",
    "panitia",
    "tim",
    "lembaga",
    "badan",
    "komisi",
    "sekretariat",
    "unit",
    "perangkat daerah",
    "organ",
    "kelompok",
    "dewan",
    "wali kota",
    "walikota",
    "bupati",
    "gubernur",
    "kepala",
    "sekretaris",
];

/// Single words that are keywords of the pasal language where a name stands:
/// a defined abbreviation spelt like one is named by its full term instead.
const KEYWORDS: &[&str] = &[
    "pansel",
    "syarat",
    "jabatan",
    "fakta",
    "istilah",
    "daftar",
    "butir",
    "waktu",
    "bobot",
    "jumlah",
    "durasi",
    "perpanjangan",
    "oleh",
    "kepada",
    "dengan",
    "dari",
    "melalui",
];

/// Names of panels: forming one is the event `pembentukan_pansel`.
const PANEL_PREFIXES: &[&str] = &["panitia_seleksi", "pansel", "tim_seleksi", "tim_evaluasi"];

/// The actors of one draft: phrases (lower case) and names, longest phrase first.
#[derive(Debug, Clone)]
pub struct Actors {
    phrases: Vec<(String, String)>,
    /// The head of the region the draft makes its PPK ("Wali Kota selaku
    /// PPK", "PPK adalah Wali Kota"): named `ppk` wherever it acts.
    ppk: Option<String>,
}

impl Default for Actors {
    fn default() -> Self {
        Actors::builtin()
    }
}

impl Actors {
    /// The actors every draft may name.
    pub fn builtin() -> Self {
        Actors::with(Vec::new())
    }

    fn with(mut defined: Vec<(String, String)>) -> Self {
        // Defined terms first: where a draft defines a phrase, its name wins.
        for (p, n) in BUILTIN {
            if !defined.iter().any(|(q, _)| q == p) {
                defined.push(((*p).to_string(), (*n).to_string()));
            }
        }
        defined.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        Actors {
            phrases: defined,
            ppk: None,
        }
    }

    /// The actors of a document: the built-in ones and the acting bodies its
    /// definitions name.
    pub fn read(doc: &Document) -> Self {
        let mut defined = Vec::new();
        let mut texts = Vec::new();
        for b in &doc.body {
            if let Block::Pasal(p) = b {
                collect(p, &mut defined, &mut texts);
            }
        }
        let mut actors = Actors::with(defined);
        actors.ppk = texts.iter().find_map(|t| head_as_ppk(t));
        actors
    }

    /// The actor named at the start of `s` as printed, and the length of its
    /// phrase: the head of the region is itself even where it acts as PPK
    /// ("Keputusan Wali Kota" is the Wali Kota's decree).
    pub fn printed_at(&self, s: &str) -> Option<(String, usize)> {
        let trimmed = s.trim_start();
        self.phrase_at(trimmed)
            .map(|(n, l)| (n.to_string(), s.len() - trimmed.len() + l))
    }

    /// The actors of definitions' texts.
    #[cfg(test)]
    pub fn from_definitions<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut defined = Vec::new();
        let mut ppk = None;
        for t in texts {
            defined.extend(definition(t));
            ppk = ppk.or_else(|| head_as_ppk(&t.to_lowercase()));
        }
        let mut actors = Actors::with(defined);
        actors.ppk = ppk;
        actors
    }

    /// The actor named at the start of `s`, and the length of its phrase.
    pub fn at(&self, s: &str) -> Option<(String, usize)> {
        let trimmed = s.trim_start();
        let skipped = s.len() - trimmed.len();
        let own = self.phrase_at(trimmed);
        // "Ketua Pansel", "Sekretaris Tim Evaluasi": an office of a body,
        // named as printed ("Ketua Pansel" → ketua_pansel, "Ketua Panitia
        // Seleksi" → ketua_panitia_seleksi).
        for office in ["ketua ", "wakil ketua ", "sekretaris ", "anggota "] {
            if let Some(rest) = trimmed.strip_prefix(office) {
                if let Some((_, len)) = self.phrase_at(rest) {
                    if own.as_ref().is_none_or(|(_, l)| *l < office.len() + len) {
                        let body = slug(rest.get(..len).unwrap_or(""), 6);
                        let name = format!("{}_{body}", office.trim().replace(' ', "_"));
                        return Some((name, skipped + office.len() + len));
                    }
                }
            }
        }
        own.map(|(n, l)| {
            let name = if self.ppk.as_deref() == Some(n) {
                "ppk"
            } else {
                n
            };
            (name.to_string(), skipped + l)
        })
    }

    fn phrase_at(&self, trimmed: &str) -> Option<(&str, usize)> {
        self.phrases
            .iter()
            .find(|(p, _)| {
                trimmed.starts_with(p.as_str())
                    && trimmed
                        .as_bytes()
                        .get(p.len())
                        .is_none_or(|b| !b.is_ascii_alphanumeric())
            })
            .map(|(p, n)| (n.as_str(), p.len()))
    }

    /// The actors named at the start of `s`: one, or two joined by "dan/atau"
    /// or "atau" ("PPK dan/atau PyB").
    pub fn list_at(&self, s: &str) -> Vec<String> {
        self.list_at_with_len(s).0
    }

    /// [`Actors::list_at`] and the length of what was read.
    pub fn list_at_with_len(&self, s: &str) -> (Vec<String>, usize) {
        let Some((first, len)) = self.at(s) else {
            return (Vec::new(), 0);
        };
        let mut out = vec![first.clone()];
        let rest = &s[len..];
        for joint in [" dan/atau ", " atau "] {
            if let Some(r) = rest.strip_prefix(joint) {
                if let Some((second, l2)) = self.at(r) {
                    if second != first {
                        out.push(second);
                    }
                    return (out, len + joint.len() + l2);
                }
            }
        }
        (out, len)
    }

    /// Whether an actor's name is a selection panel's.
    pub fn is_panel(name: &str) -> bool {
        PANEL_PREFIXES.iter().any(|p| name.starts_with(p)) && !name.starts_with("sekretariat")
    }
}

fn collect(c: &Clause, out: &mut Vec<(String, String)>, texts: &mut Vec<String>) {
    if let Some(t) = &c.text {
        out.extend(definition(t));
        texts.push(t.to_lowercase());
    }
    for ch in &c.children {
        if let Child::Clause(sub) = ch {
            collect(sub, out, texts);
        }
    }
}

/// The heads of a region that may be its PPK, as printed, and their names.
const HEADS: &[(&str, &str)] = &[
    ("wali kota", "walikota"),
    ("walikota", "walikota"),
    ("bupati", "bupati"),
    ("gubernur", "gubernur"),
];

/// The head of the region a text makes the PPK: "Wali Kota selaku PPK …", or
/// the definition "Pejabat Pembina Kepegawaian … adalah Wali Kota."
fn head_as_ppk(t: &str) -> Option<String> {
    for (phrase, name) in HEADS {
        for ppk in ["ppk", "pejabat pembina kepegawaian"] {
            if t.contains(&format!("{phrase} selaku {ppk}"))
                || t.contains(&format!("{phrase} sebagai {ppk}"))
            {
                return Some((*name).to_string());
            }
        }
    }
    let (head, body) = t.split_once(" adalah ")?;
    let defines_ppk = head.starts_with("pejabat pembina kepegawaian") || head.trim() == "ppk";
    let body = body.trim().trim_end_matches(['.', ';']).trim();
    // "adalah Wali Kota", "adalah Bupati Sukamaju": the head, perhaps with
    // the region's name, and nothing said of it.
    HEADS
        .iter()
        .find(|(p, _)| {
            defines_ppk
                && body.starts_with(p)
                && !body.contains(" yang ")
                && body.split_whitespace().count() <= p.split_whitespace().count() + 3
        })
        .map(|(_, n)| (*n).to_string())
}

/// "X yang selanjutnya disebut/disingkat (dengan) Y adalah Z": when Z is a body
/// or an office, X and Y both name Y's slug (or X's, when Y is a keyword, or
/// the built-in name when X or Y is a built-in phrase).
fn definition(text: &str) -> Vec<(String, String)> {
    let lower = text.to_lowercase();
    let Some(is) = lower.find(" adalah ") else {
        return Vec::new();
    };
    let (head, body) = (&lower[..is], lower[is + " adalah ".len()..].trim_start());
    if !ACTING.iter().any(|w| {
        body.starts_with(w)
            && body
                .as_bytes()
                .get(w.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    }) {
        return Vec::new();
    }
    let mut split = None;
    for marker in [
        " yang selanjutnya disingkat ",
        " yang selanjutnya disebut ",
        " selanjutnya disingkat ",
        " selanjutnya disebut ",
        " yang disingkat ",
        " yang disebut ",
    ] {
        if let Some(p) = head.find(marker) {
            split = Some((&head[..p], &head[p + marker.len()..]));
            break;
        }
    }
    let Some((full, short)) = split else {
        return Vec::new();
    };
    let clean = |s: &str| {
        s.trim()
            .trim_start_matches("dengan ")
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    let (full, short) = (clean(full), clean(short));
    if full.is_empty() || short.is_empty() {
        return Vec::new();
    }
    // A built-in body qualified only by whose staff it serves ("Tim Penilai
    // Kinerja PNS"): the body's own name.
    let builtin = |p: &str| {
        BUILTIN.iter().find_map(|(q, n)| {
            let rest = p.strip_prefix(q)?.trim();
            [
                "",
                "pns",
                "asn",
                "pegawai negeri sipil",
                "aparatur sipil negara",
            ]
            .contains(&rest)
            .then_some(*n)
        })
    };
    let name = builtin(&short)
        .or_else(|| builtin(&full))
        .map(str::to_string)
        .unwrap_or_else(|| {
            let s = slug(&short, 5);
            if KEYWORDS.contains(&s.as_str()) || s.starts_with("butir_") {
                slug(&full, 5)
            } else {
                s
            }
        });
    vec![(full, name.clone()), (short, name)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_of_a_body_is_named_as_printed() {
        let a = Actors::builtin();
        assert_eq!(a.list_at("ketua pansel menandatangani"), ["ketua_pansel"]);
        assert_eq!(
            a.list_at("ketua panitia seleksi menandatangani"),
            ["ketua_panitia_seleksi"]
        );
    }

    #[test]
    fn the_head_of_the_region_acting_as_ppk_is_ppk() {
        assert_eq!(
            head_as_ppk(
                "pejabat pembina kepegawaian yang selanjutnya disingkat ppk adalah bupati."
            ),
            Some("bupati".into())
        );
        assert_eq!(
            head_as_ppk("gubernur selaku ppk menetapkan keputusan."),
            Some("gubernur".into())
        );
        assert_eq!(
            head_as_ppk("pejabat pembina kepegawaian adalah wali kota lembah hijau."),
            Some("walikota".into())
        );
        // a PPK defined by its powers names no head
        assert_eq!(
            head_as_ppk("ppk adalah pejabat yang mempunyai kewenangan menetapkan pengangkatan."),
            None
        );
        let a = Actors::from_definitions(["Bupati selaku PPK menetapkan hasil seleksi."]);
        assert_eq!(a.list_at("bupati membentuk pansel"), ["ppk"]);
        assert_eq!(
            a.printed_at("bupati membentuk pansel"),
            Some(("bupati".into(), 6))
        );
        // without it, the head is itself
        assert_eq!(
            Actors::builtin().list_at("bupati membentuk pansel"),
            ["bupati"]
        );
    }

    #[test]
    fn defined_bodies_are_named_by_their_defined_term() {
        let a = Actors::from_definitions([
            "Panitia Seleksi Mutasi yang selanjutnya disebut Pansel Mutasi adalah tim yang dibentuk oleh PPK.",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia yang selanjutnya disingkat BKPSDM adalah perangkat daerah yang membidangi kepegawaian.",
            "Panitia Seleksi yang selanjutnya disingkat Pansel adalah tim yang dibentuk oleh PPK.",
            "Pejabat Pembina Kepegawaian yang selanjutnya disingkat dengan PPK adalah Wali Kota.",
            "Jabatan Pimpinan Tinggi yang selanjutnya disingkat JPT adalah sekelompok jabatan tinggi.",
        ]);
        assert_eq!(
            a.at("pansel mutasi melakukan"),
            Some(("pansel_mutasi".to_string(), 13))
        );
        assert_eq!(
            a.at("ketua pansel mutasi menandatangani").map(|x| x.0),
            Some("ketua_pansel_mutasi".to_string())
        );
        assert_eq!(
            a.at("panitia seleksi mutasi menyampaikan").map(|x| x.0),
            Some("pansel_mutasi".to_string())
        );
        let name = |s: &str| a.at(s).map(|x| x.0);
        assert_eq!(name("bkpsdm menyiapkan").as_deref(), Some("bkpsdm"));
        // a keyword abbreviation: the full term's name
        assert_eq!(name("pansel menyusun").as_deref(), Some("panitia_seleksi"));
        assert_eq!(name("ppk menetapkan").as_deref(), Some("ppk"));
        // a defined term that is not a body does not act
        assert_eq!(a.at("jpt lowong"), None);
    }

    #[test]
    fn two_actors_joined() {
        let a = Actors::builtin();
        assert_eq!(a.list_at("ppk dan/atau pyb menyampaikan"), ["ppk", "pyb"]);
        assert_eq!(a.list_at("ppk dan kasn"), ["ppk"]);
        assert!(Actors::is_panel("pansel_mutasi"));
        assert!(!Actors::is_panel("sekretariat_pansel"));
    }
}
