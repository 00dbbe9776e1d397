//! Procedure phrases: who must, may or must not do what, for whom, through
//! which channel and before which event ("Pengukuhan … dilaporkan kepada KASN
//! oleh PPK", "dibentuk oleh PPK setelah berkoordinasi dengan KASN",
//! "ditetapkan dengan Keputusan Bupati", "diumumkan melalui media cetak
//! nasional dan/atau media elektronik").
//!
//! Actors are named by the terms the peraturan itself defines (see
//! [`super::actors`]), so an imported actor is the name the region uses.

use super::actors::Actors;
use super::words::slug;

/// Events a step may be ordered before or after, as drafts say them, longest first.
const EVENTS: &[(&str, &str)] = &[
    ("pembentukan panitia seleksi", "pembentukan_pansel"),
    ("membentuk panitia seleksi", "pembentukan_pansel"),
    ("dibentuknya panitia seleksi", "pembentukan_pansel"),
    ("pembentukan pansel", "pembentukan_pansel"),
    ("membentuk pansel", "pembentukan_pansel"),
    ("dibentuknya pansel", "pembentukan_pansel"),
    ("berakhirnya masa jabatan", "akhir_masa_jabatan"),
    ("masa jabatan berakhir", "akhir_masa_jabatan"),
    ("akhir masa jabatan", "akhir_masa_jabatan"),
    ("masa jabatannya berakhir", "akhir_masa_jabatan"),
    ("batas akhir pendaftaran", "batas_lamaran"),
    ("batas akhir penerimaan lamaran", "batas_lamaran"),
    ("seleksi administrasi", "seleksi_administrasi"),
    ("pelantikan", "pelantikan"),
    ("dilantik", "pelantikan"),
    ("pengangkatan", "pengangkatan"),
    ("diangkat", "pengangkatan"),
    ("penetapan pengangkatan", "pengangkatan"),
    ("pengusulan", "pengusulan"),
    ("diusulkan", "pengusulan"),
    // the close of applications, not the announcement (which opens them)
    ("pengumuman ditutup", "batas_lamaran"),
    ("pengumuman berakhir", "batas_lamaran"),
    ("pendaftaran ditutup", "batas_lamaran"),
    ("penutupan pendaftaran", "batas_lamaran"),
    ("pengumuman", "pengumuman"),
    ("diumumkan", "pengumuman"),
    ("evaluasi", "evaluasi"),
    ("dievaluasi", "evaluasi"),
];

/// Words that open a channel after `melalui` (a medium, not a mechanism:
/// "melalui mekanisme Mutasi" is a scope, not a channel).
const CHANNEL_HEADS: &[&str] = &[
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
const CHANNEL_ENDS: &[&str] = &[
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

/// A word boundary before byte `at` of `t`.
fn boundary_before(t: &str, at: usize) -> bool {
    at == 0
        || t.as_bytes()
            .get(at - 1)
            .is_some_and(|b| !b.is_ascii_alphanumeric())
}

/// Byte offsets of `word` in `t` at word boundaries (the word may be followed by anything
/// that is not a letter or digit).
fn find_words<'a>(t: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    t.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        boundary_before(t, i)
            && t.as_bytes()
                .get(i + word.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// The modality of a sentence: the first modal word it prints (`wajib` when none).
fn modality(t: &str) -> &'static str {
    const MODALS: &[(&str, &str)] = &[
        ("tidak boleh", "dilarang"),
        ("tidak dapat", "dilarang"),
        ("dilarang", "dilarang"),
        ("wajib", "wajib"),
        ("harus", "wajib"),
        ("dapat", "dapat"),
    ];
    let first = MODALS
        .iter()
        .filter_map(|(w, m)| find_words(t, w).next().map(|at| (at, w.len(), *m)))
        // earliest; at the same place the longer phrase ("tidak dapat")
        .min_by_key(|(at, len, _)| (*at, usize::MAX - len));
    match first {
        // "… dilakukan oleh tim … dan dapat dibantu …": the main clause states no modal
        Some((at, _, "dapat")) if t[..at].ends_with("dan ") || t[..at].ends_with("serta ") => {
            "wajib"
        }
        Some((_, _, m)) => m,
        None => "wajib",
    }
}

/// Whether the sentence prints a modal verb.
fn has_modal(t: &str) -> bool {
    ["wajib", "harus", "dapat", "dilarang", "tidak boleh"]
        .iter()
        .any(|w| find_words(t, w).next().is_some())
}

/// Verbs of a norm in the passive: a regulation's "X dilakukan …" states a
/// duty as much as "X wajib dilakukan" does.
const PASSIVE: &[&str] = &[
    "dilakukan",
    "dilaksanakan",
    "diselenggarakan",
    "diumumkan",
    "ditetapkan",
    "disampaikan",
    "dibentuk",
    "diberikan",
    "diusulkan",
    "dilaporkan",
];

/// A sentence that states a norm with a passive verb, and is not a
/// definition.
fn passive_norm(t: &str) -> bool {
    !t.contains(" adalah ") && PASSIVE.iter().any(|w| find_words(t, w).next().is_some())
}

/// The actor (or actors, "PPK dan/atau PyB") after a preposition: "oleh PPK" → ppk.
fn after(actors: &Actors, t: &str, word: &str) -> Vec<String> {
    for at in find_words(t, word) {
        let rest = &t[at + word.len()..];
        let found = actors.list_at(rest);
        if !found.is_empty() {
            return found;
        }
    }
    // A partner the sentence names outright ("bekerja sama dengan unit
    // pelayanan kesehatan pemerintah") is a party even when no definition
    // names it: the noun phrase up to a pause or a clause word.
    if word == "dengan" {
        for lead in [
            "bekerjasama dengan ",
            "bekerja sama dengan ",
            "kerja sama dengan ",
        ] {
            if let Some(at) = t.find(lead) {
                if let Some(name) = partner(&t[at + lead.len()..]) {
                    return vec![name];
                }
            }
        }
    }
    Vec::new()
}

/// The name of a partner written out: the words before the first pause or
/// clause word, at most five, as a pasal name.
fn partner(rest: &str) -> Option<String> {
    const STOPS: &[&str] = &[
        "yang", "untuk", "dalam", "sebagai", "dan", "atau", "sesuai", "oleh",
    ];
    let words: Vec<&str> = rest
        .split([',', ';', '.', ':', '(', ')'])
        .next()?
        .split_whitespace()
        .take_while(|w| !STOPS.contains(w))
        .take(5)
        .collect();
    if words.is_empty()
        || !words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        return None;
    }
    Some(slug(&words.join(" "), 5))
}

/// The subject of a clause: an actor named before its verb ("Dalam membentuk
/// Pansel, PPK berkoordinasi …", "Sekretariat Pansel menyampaikan …").
fn subject(actors: &Actors, t: &str) -> Vec<String> {
    subject_at(actors, t).map(|(s, _)| s).unwrap_or_default()
}

/// The subject and the offset of what follows it (its verb).
fn subject_at(actors: &Actors, t: &str) -> Option<(Vec<String>, usize)> {
    // The subject stands after an opening adverbial clause ("Dalam hal …,") or at the start.
    // ("Dalam hal Bupati selaku PPK menetapkan …, harus berkoordinasi …": the
    // subject of the condition is the subject of the sentence.)
    let mut starts: Vec<usize> = std::iter::once(0)
        .chain(t.match_indices(", ").map(|(i, _)| i + 2))
        .collect();
    for opener in ["dalam hal ", "apabila ", "jika "] {
        if t.starts_with(opener) {
            starts.insert(1, opener.len());
        }
    }
    for s in starts {
        let rest = &t[s..];
        let (mut found, len) = actors.list_at_with_len(rest);
        if found.is_empty() {
            continue;
        }
        let mut next = rest[len..].trim_start();
        // "Wali Kota selaku PPK menetapkan": the office it acts in.
        if let Some(r) = next.strip_prefix("selaku ") {
            let (office, l) = actors.list_at_with_len(r);
            if !office.is_empty() {
                found = office;
                next = r[l..].trim_start();
            }
        }
        // "BKPA sebagai sekretariat Pansel menyampaikan": the body itself acts.
        if let Some(r) = next.strip_prefix("sebagai ") {
            let (_, l) = actors.list_at_with_len(r);
            if l > 0 {
                next = r[l..].trim_start();
            }
        }
        // "Sekretariat sebagaimana dimaksud pada ayat (1) memiliki …": skip the reference.
        if next.starts_with("sebagaimana ") {
            for _ in 0..12 {
                if is_verb(next) && !next.starts_with("dalam ") {
                    break;
                }
                match next.split_once(' ') {
                    Some((_, r)) => next = r.trim_start(),
                    None => break,
                }
            }
        }
        // "PPK Pusat dan Daerah menyampaikan": a few words may qualify the actor.
        for _ in 0..3 {
            if is_verb(next) {
                break;
            }
            match next.split_once(' ') {
                Some((w, r)) if !w.ends_with(',') => next = r.trim_start(),
                _ => break,
            }
        }
        if is_verb(next) {
            return Some((found, t.len() - next.len()));
        }
    }
    None
}

/// Whether `s` starts with a verb or a modal (what follows a sentence's subject).
fn is_verb(s: &str) -> bool {
    [
        "me", "ber", "wajib", "harus", "dapat", "dilarang", "tidak ", "dalam ", "dibantu ",
    ]
    .iter()
    .any(|w| s.starts_with(w))
}

/// Whether a sentence states a procedure: someone named acts ("… dilakukan
/// oleh Sekretariat Pansel", "PPK menyampaikan …"), through a channel, by a
/// decree, or in coordination with someone. Such a sentence is an action even
/// under a chapeau about requirements.
pub fn is_procedure(actors: &Actors, t: &str) -> bool {
    !after(actors, t, "oleh").is_empty()
        || !subject(actors, t).is_empty()
        || !channels(t).is_empty()
        || coordination(actors, t).is_some()
        || instrument(actors, t).is_some()
}

/// The event of "sebelum/setelah/sesudah <event>" in `t`, not the act of
/// coordinating ("setelah berkoordinasi" orders a coordination, see [`coordination`]).
fn timing(t: &str) -> Option<(&'static str, &'static str)> {
    for (word, dir) in [
        ("sebelum", "sebelum"),
        ("setelah", "setelah"),
        ("sesudah", "setelah"),
    ] {
        for at in find_words(t, word) {
            let rest = t[at + word.len()..].trim_start();
            let rest = rest
                .strip_prefix("dilakukan ")
                .or_else(|| rest.strip_prefix("dilaksanakan "))
                .unwrap_or(rest);
            if let Some((_, e)) = EVENTS.iter().find(|(p, _)| {
                rest.starts_with(p)
                    && rest
                        .as_bytes()
                        .get(p.len())
                        .is_none_or(|b| !b.is_ascii_alphanumeric())
            }) {
                return Some((dir, e));
            }
        }
    }
    None
}

/// The channels after `melalui`: "melalui media cetak nasional dan/atau media
/// elektronik" → `media_cetak_nasional|media_elektronik`.
fn channels(t: &str) -> Vec<String> {
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
fn reach(t: &str) -> Vec<String> {
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
fn instrument(actors: &Actors, t: &str) -> Option<(String, String)> {
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

/// A coordination the sentence states: "berkoordinasi dengan KASN".
struct Coordination {
    /// With whom.
    party: String,
    /// Who coordinates when the sentence says it by a passive ("dibentuk oleh
    /// PPK setelah berkoordinasi …"): the agent before it.
    agent: Option<String>,
    /// Whether what is formed is a selection panel ("dalam membentuk Pansel",
    /// "Pansel … dibentuk oleh PPK setelah berkoordinasi …"), which orders the
    /// coordination before `pembentukan_pansel`.
    panel: bool,
    /// The act: `koordinasi` or `konsultasi`.
    act: &'static str,
    /// Byte offset of its verb in the sentence.
    at: usize,
}

/// Verbs of a coordination or a consultation, the act each names, and the
/// words that may stand between the verb and its party.
const CONSULT: &[(&str, &str)] = &[
    ("berkoordinasi", "koordinasi"),
    ("dikoordinasikan", "koordinasi"),
    ("berkonsultasi", "konsultasi"),
    ("dikonsultasikan", "konsultasi"),
];

/// The party of a coordination verb at `at`: "berkoordinasi dengan KASN",
/// "dikonsultasikan terlebih dahulu kepada Menteri Dalam Negeri", "berkonsultasi
/// secara tertulis kepada Gubernur".
fn consulted(actors: &Actors, rest: &str) -> Option<String> {
    let mut r = rest.trim_start();
    for filler in ["terlebih dahulu ", "secara tertulis ", "lebih dahulu "] {
        r = r.strip_prefix(filler).unwrap_or(r);
    }
    let r = ["dengan ", "kepada "]
        .iter()
        .find_map(|p| r.strip_prefix(p))?;
    actors.list_at(r).into_iter().next()
}

/// The actors named in `s`, left to right (a longer phrase hides the shorter inside it).
fn named(actors: &Actors, s: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if boundary_before(s, i) && s.is_char_boundary(i) {
            if let Some((a, len)) = actors.at(&s[i..]) {
                out.push((i, a.to_string()));
                i += len.max(1);
                continue;
            }
        }
        i += 1;
    }
    out
}

fn coordination(actors: &Actors, t: &str) -> Option<Coordination> {
    let (at, act, party) = CONSULT.iter().find_map(|(verb, act)| {
        find_words(t, verb)
            .find_map(|at| consulted(actors, &t[at + verb.len()..]).map(|party| (at, *act, party)))
    })?;
    let head = &t[..at];
    let agent = head
        .rfind("oleh ")
        .filter(|p| boundary_before(head, *p))
        .and_then(|p| actors.at(&head[p + "oleh ".len()..]))
        .map(|(a, _)| a.to_string());
    let panel =
        if head.contains("pembentukan panitia seleksi") || head.contains("pembentukan pansel") {
            true
        } else if let Some(p) = head.find("membentuk ") {
            actors
                .at(&head[p + "membentuk ".len()..])
                .is_some_and(|(a, _)| Actors::is_panel(&a))
        } else if let Some(p) = head.rfind(" dibentuk") {
            let before = head[..p].trim_end();
            let before = before.strip_suffix(" yang").unwrap_or(before);
            named(actors, before)
                .last()
                .is_some_and(|(_, a)| Actors::is_panel(a))
        } else {
            false
        };
    // "Panitia Seleksi Jabatan Inspektur ditetapkan oleh Kepala Daerah setelah
    // dikonsultasikan …": forming the panel is what the consultation precedes.
    let panel = panel
        || (head.contains("panitia seleksi") || head.contains("pansel"))
            && head.contains("ditetapkan")
            && head.trim_end().ends_with("setelah");
    Some(Coordination {
        party,
        agent,
        panel,
        act,
        at,
    })
}

/// Whether "berkoordinasi" is the verb of the sentence's main clause: right
/// after its subject ("PPK berkoordinasi …") or opening the clause after a
/// condition ("Dalam hal …, harus terlebih dahulu berkoordinasi …").
fn coordination_is_the_act(t: &str, p: usize, subj: Option<&(Vec<String>, usize)>) -> bool {
    let head = &t[..p.min(t.len())];
    let from = [
        head.rfind(", ").map(|c| c + 2),
        subj.map(|(_, v)| *v).filter(|v| *v <= p),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    let between = head[from..].trim();
    // "… sebelum ditetapkan oleh PPK dikonsultasikan dengan …": the
    // consultation, ordered before the appointment, is the sentence's act.
    for first in ["sebelum ditetapkan", "sebelum diangkat"] {
        if let Some(p) = between.find(first) {
            let rest = between[p + first.len()..].trim();
            if rest.is_empty() || rest.starts_with("oleh ") {
                return true;
            }
        }
    }
    [
        "",
        "harus",
        "wajib",
        "terlebih dahulu",
        "harus terlebih dahulu",
        "wajib terlebih dahulu",
    ]
    .contains(&between)
}

/// "rekomendasi KASN", "rekomendasi dari KASN", "persetujuan Gubernur": who gives it.
fn recommendation(actors: &Actors, t: &str) -> Option<(&'static str, String)> {
    for (word, act) in [
        ("rekomendasi ", "rekomendasi"),
        ("persetujuan ", "persetujuan"),
        ("pertimbangan ", "pertimbangan"),
    ] {
        for (at, _) in t.match_indices(word) {
            let rest = &t[at + word.len()..];
            let rest = rest.strip_prefix("dari ").unwrap_or(rest);
            if let Some(a) = actors.list_at(rest).into_iter().next() {
                return Some((act, a));
            }
        }
    }
    None
}

/// What a sentence states about a procedure: action rules, and notes for what
/// the language cannot say.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Rules, pasal syntax without `=>`.
    pub rules: Vec<String>,
    /// Notes (without `//`).
    pub notes: Vec<String>,
    /// The yes/no fact the sentence's condition names ("Dalam hal …, …"),
    /// which the caller declares (`fakta`) once per policy.
    pub condition: Option<String>,
}

/// The closing Pasal's "Peraturan Bupati ini mulai berlaku pada tanggal
/// diundangkan": the language has no construct for entry into force, so it
/// is recorded as the act of coming into force, as encoders write it.
fn entry_into_force(t: &str) -> bool {
    let t = t.trim_end_matches(['.', ' ']);
    t.starts_with("peraturan ")
        && [
            " ini mulai berlaku pada tanggal diundangkan",
            " ini berlaku pada tanggal diundangkan",
            " ini mulai berlaku sejak tanggal diundangkan",
            " ini berlaku sejak tanggal diundangkan",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// The budget a cost is charged to ("dibebankan pada APBD" → apbd; the
/// prefix printed apart, "di bebankan", as drafts often do).
fn budget(t: &str) -> Option<String> {
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

/// The last actor named in `t` ("Dalam melaksanakan tugas …, Pansel" →
/// panitia_seleksi): the one right before the verb that follows.
fn last_actor(actors: &Actors, t: &str) -> Option<String> {
    let starts = std::iter::once(0).chain(t.match_indices(' ').map(|(i, _)| i + 1));
    let mut last = None;
    for at in starts {
        if let Some((name, len)) = t.get(at..).and_then(|rest| actors.at(rest)) {
            if t.get(at + len..).is_some_and(|r| r.trim().is_empty()) {
                last = Some(name);
            }
        }
    }
    last
}

/// The condition a relative clause puts on the actor ("Peserta yang telah
/// dinyatakan lulus wajib menyerahkan …"): the words between "yang" and the
/// modal verb, as a yes/no fact, and the rest of the sentence.
fn relative_condition<'t>(actors: &Actors, t: &'t str) -> Option<(String, &'t str)> {
    let (_, len) = actors.at(t)?;
    let rest = t.get(len..)?.strip_prefix(" yang ")?;
    let words: Vec<&str> = rest.split_whitespace().take(12).collect();
    let at = words
        .iter()
        .position(|w| matches!(*w, "wajib" | "harus" | "dapat" | "dilarang"))?;
    if at == 0 || words.get(..at)?.iter().any(|w| w.ends_with(',')) {
        return None;
    }
    let name = slug(&words.get(..at)?.join(" "), 4);
    // The act is named by what follows the modal verb.
    let modal = words.get(at)?;
    let main = rest
        .find(&format!(" {modal} "))
        .and_then(|i| rest.get(i + modal.len() + 2..))
        .unwrap_or(rest);
    (!name.starts_with("butir_")).then_some((name, main))
}

/// The condition a sentence opens with ("Dalam hal pelamar kurang dari 3,
/// …", "Apabila …, …"), as the name of a yes/no fact, and the main clause
/// after it; none when the sentence has no main clause.
fn condition(t: &str) -> Option<(String, &str)> {
    let rest = ["dalam hal ", "apabila ", "jika ", "bila "]
        .iter()
        .find_map(|o| t.strip_prefix(o))?;
    // "Dalam hal …, (maka) …" or "Dalam hal … maka …".
    let split = rest
        .split_once(", ")
        .or_else(|| rest.split_once(" maka "))
        .map(|(c, m)| (c, m.strip_prefix("maka ").unwrap_or(m)));
    let (cond, main) = match split {
        Some(split) => split,
        // "Apabila terdapat indikasi … dapat dilakukan klarifikasi …": with no
        // comma, the main clause starts at its modal or passive verb.
        None => {
            let at = rest
                .match_indices(' ')
                .map(|(i, _)| i + 1)
                .skip(1)
                .find(|&i| {
                    let w = rest[i..].split_whitespace().next().unwrap_or("");
                    ["dapat", "wajib", "harus"].contains(&w) || PASSIVE.contains(&w)
                })?;
            (rest[..at].trim_end(), &rest[at..])
        }
    };
    if main.trim().is_empty() {
        return None;
    }
    // "Dalam hal X (sebagaimana dimaksud …) tidak memperoleh calon …": the
    // negation of a yes/no fact, named by what is denied (with the thing it is
    // denied of when that is a single word: "tidak terpenuhi").
    let words: Vec<&str> = cond.split_whitespace().collect();
    if let Some(p) = words.iter().position(|w| *w == "tidak") {
        let head: Vec<&str> = words
            .get(..p)
            .unwrap_or(&[])
            .iter()
            .copied()
            .take_while(|w| *w != "sebagaimana")
            .collect();
        let denied = words.get(p + 1..).unwrap_or(&[]);
        let name = if denied.len() >= 2 {
            slug(&denied.join(" "), 4)
        } else {
            slug(&format!("{} {}", head.join(" "), denied.join(" ")), 4)
        };
        return (!name.starts_with("butir_")).then(|| (format!("tidak {name}"), main));
    }
    if words.len() > 16 {
        return None;
    }
    // "… sebagaimana dimaksud pada ayat (1) tidak terpenuhi": the name keeps
    // what is said of the thing referred to.
    let cond = match cond.split_once(" sebagaimana ") {
        Some((head, tail)) => {
            let said = tail
                .split_whitespace()
                .skip_while(|w| !matches!(*w, "tidak" | "belum" | "telah" | "sudah" | "kurang"))
                .collect::<Vec<_>>()
                .join(" ");
            format!("{head} {said}")
        }
        None => cond.to_string(),
    };
    let name = slug(&cond, 4);
    (!name.starts_with("butir_")).then_some((name, main))
}

/// Action rules for a sentence (lower case), or none when it names no actor,
/// no party phrase and no modal verb. `holder` is the duty holder a chapeau
/// names ("Sekretariat … mempunyai tugas:").
pub fn rules(actors: &Actors, t: &str, holder: Option<&str>) -> Found {
    let mut found = Found::default();
    if entry_into_force(t) {
        found.rules.push("wajib berlaku_sejak_diundangkan".into());
        return found;
    }
    let mut modal = modality(t);
    // "dapat diperpanjang": something may be extended; it is no one's duty.
    let extension = t.contains("dapat diperpanjang");
    if extension {
        modal = "dapat";
    }
    let subj = subject_at(actors, t);
    let coord = coordination(actors, t);
    if let Some((_, verb)) = &subj {
        // "Pansel dapat mempertimbangkan …": the modal of the subject's own verb.
        let own = t[*verb..].trim_start();
        for (w, m) in [
            ("tidak dapat", "dilarang"),
            ("dapat", "dapat"),
            ("wajib", "wajib"),
            ("harus", "wajib"),
            ("dilarang", "dilarang"),
        ] {
            if own.starts_with(w) {
                modal = m;
                break;
            }
        }
    }
    if !has_modal(t)
        && [
            "apabila dipandang perlu",
            "jika dipandang perlu",
            "apabila diperlukan",
            "jika diperlukan",
            "bila diperlukan",
        ]
        .iter()
        .any(|w| t.contains(w))
    {
        modal = "dapat";
    }
    // "Pansel dapat dibantu oleh asesor": the helper acts, for the one helped.
    let helper = t.find("dibantu oleh ").and_then(|p| {
        actors
            .list_at(&t[p + "dibantu oleh ".len()..])
            .into_iter()
            .next()
            .map(|h| (h, t[..p].to_string()))
    });
    let mut who = Vec::new();
    let mut helped = None;
    if let Some((h, head)) = &helper {
        // "… disusun oleh instansi dan dapat dibantu oleh assessor": the
        // help is allowed, not required.
        if head.trim_end().ends_with(" dapat") {
            modal = "dapat";
        }
        helped = subject(actors, head)
            .into_iter()
            .next()
            .or_else(|| actors.list_at(head).into_iter().next())
            .or_else(|| last_actor(actors, head))
            .filter(|x| x != h);
        who = vec![h.clone()];
    }
    if who.is_empty() {
        who = after(actors, t, "oleh");
    }
    if who.is_empty() {
        who = subj.as_ref().map(|(s, _)| s.clone()).unwrap_or_default();
    }
    if who.is_empty() {
        if let Some(h) = holder {
            who = vec![h.to_string()];
        }
    }
    // "… dapat disesuaikan dengan kebutuhan Pansel": the one whose needs it
    // follows decides it.
    if who.is_empty() {
        who = after(actors, t, "kebutuhan");
    }
    if who.is_empty() && !extension {
        who = actors.list_at(t);
    }
    let decree = instrument(actors, t);
    let recommend = recommendation(actors, t);
    let mut chans = channels(t);
    // "dilakukan di internal Pemerintah Daerah melalui laman …": where it
    // reaches and the medium it uses are each required; alone, the reach is
    // the channel.
    let reached = reach(t);
    let mut reach_rule = None;
    if chans.is_empty() {
        chans = reached;
    } else if !reached.is_empty() {
        reach_rule = Some(reached.join("|"));
    }
    // "… dibebankan pada Anggaran Pendapatan dan Belanja Daerah": the budget
    // the cost is charged to.
    if chans.is_empty() {
        chans.extend(budget(t));
    }
    // "disampaikan kepada PPK melalui PyB": an office a thing passes through.
    if chans.is_empty() {
        if let Some(via) = after(actors, t, "melalui").into_iter().next() {
            if !who.contains(&via) {
                chans.push(via);
            }
        }
    }
    let party = ["kepada", "dengan", "dari", "bersama"]
        .iter()
        .any(|w| !after(actors, t, w).is_empty());
    if who.is_empty()
        && !party
        && !has_modal(t)
        && !passive_norm(t)
        && coord.is_none()
        && decree.is_none()
        && recommend.is_none()
        && chans.is_empty()
    {
        return found;
    }
    let when = timing(t);
    let mut tail = String::new();
    if let Some(h) = &helped {
        tail.push_str(&format!(" kepada {h}"));
    }
    for word in ["kepada", "dengan", "dari", "bersama"] {
        if helped.is_some() {
            break;
        }
        if let Some(p) = after(actors, t, word).into_iter().next() {
            // "bersama X": together with X, a party as "dengan X" is.
            let word = if word == "bersama" { "dengan" } else { word };
            // the party of a coordination is said by the coordination's own rule
            let coordinated = word == "dengan" && coord.as_ref().is_some_and(|c| c.party == p);
            if !who.contains(&p) && !coordinated {
                tail.push_str(&format!(" {word} {p}"));
                break;
            }
        }
    }
    if !chans.is_empty() {
        tail.push_str(&format!(" melalui {}", chans.join("|")));
    }
    if let Some((dir, ev)) = when {
        tail.push_str(&format!(" {dir} {ev}"));
    }
    // "Dalam hal PPK menetapkan JPT yang memimpin Sekretariat Daerah, …",
    // "Khusus untuk JPT Sekretaris DPRD, …": the rule holds for those vacant
    // posts; the opening clause is that condition, not a fact of its own.
    let vacancy = vacant_posts(t);
    let cond = if vacancy.is_some() {
        relative_condition(actors, t)
    } else {
        condition(t).or_else(|| relative_condition(actors, t))
    };
    // The act is named by the main clause, not by the condition before it.
    let act = slug(cond.as_ref().map_or(t, |(_, main)| *main), 3);
    // "PPK (harus) berkoordinasi dengan KASN": the coordination is the act.
    let only_coordination = coord
        .as_ref()
        .is_some_and(|c| coordination_is_the_act(t, c.at, subj.as_ref()));
    if let Some((c, _)) = cond {
        tail.push_str(&format!(" jika {c}"));
        found.condition = Some(c.trim_start_matches("tidak ").to_string());
    }
    match who.as_slice() {
        _ if only_coordination => {}
        [] => found.rules.push(format!("{modal} {act}{tail}")),
        [one] => found.rules.push(format!("{modal} {act} oleh {one}{tail}")),
        // "PPK dan/atau PyB", "PPK atau PyB": any one of them doing it holds.
        several => found
            .rules
            .push(format!("{modal} {act} oleh {}{tail}", several.join("|"))),
    }
    if let Some(r) = &reach_rule {
        let by = if who.is_empty() {
            String::new()
        } else {
            format!(" oleh {}", who.join("|"))
        };
        found.rules.push(format!("{modal} {act}{by} melalui {r}"));
    }
    // "… wajib diumumkan melalui media … dan dapat ditambah … melalui papan
    // pengumuman": a second channel the sentence allows.
    for joint in [" dan dapat ", " serta dapat "] {
        if let Some(p) = t.find(joint) {
            let more = channels(&t[p..]);
            if !more.is_empty() && more != chans {
                found
                    .rules
                    .push(format!("dapat {act} melalui {}", more.join("|")));
            }
        }
    }
    if let Some(c) = coord {
        let by = c
            .agent
            .as_ref()
            .or(who.first())
            .filter(|a| **a != c.party)
            .map(|a| format!(" oleh {a}"))
            .unwrap_or_default();
        let before = if c.panel {
            " sebelum pembentukan_pansel".to_string()
        } else if let Some((d, e)) = when {
            format!(" {d} {e}")
        } else if appoints_first(t) {
            " sebelum pengangkatan".to_string()
        } else {
            String::new()
        };
        found
            .rules
            .push(format!("wajib {}{by} dengan {}{before}", c.act, c.party));
    }
    if let Some((signer, channel)) = decree {
        found
            .rules
            .push(format!("wajib penetapan oleh {signer} melalui {channel}"));
    }
    if let Some((what, giver)) = recommend {
        let before = when
            .filter(|(d, _)| *d == "sebelum")
            .map(|(d, e)| format!(" {d} {e}"))
            .or_else(|| obtained_first(t).map(|e| format!(" sebelum {e}")))
            .unwrap_or_default();
        found
            .rules
            .push(format!("wajib {what} dari {giver}{before}"));
    }
    if let Some(posts) = &vacancy {
        for r in &mut found.rules {
            if !r.contains(" jika ") {
                r.push_str(&format!(" jika jabatan_lowong adalah {}", posts.join("|")));
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    found.rules.retain(|r| seen.insert(r.clone()));
    if when.is_none() {
        if let Some(order) = unknown_order(t) {
            found.notes.push(format!(
                "belum dikodekan: urutan \"{order}\" (bukan peristiwa yang dikenal bahasa pasal)"
            ));
        }
    }
    // A time limit on the act ("paling lambat 5 (lima) hari kerja setelah …") an
    // action does not carry.
    if let Some(q) = super::words::quantities(t)
        .into_iter()
        .find(|q| super::words::duration(q).is_some())
    {
        let quote = crate::import::first_words(t.get(q.start..).unwrap_or(""), 10);
        found
            .notes
            .push(format!("belum dikodekan: batas waktu \"{quote}\""));
    }
    found
}

/// Posts a rule may be limited to, as printed (the office a post leads names
/// its head: "yang memimpin Sekretariat Daerah" is the Sekretaris Daerah),
/// longest first.
const POSTS: &[(&str, &str)] = &[
    (
        "sekretariat dewan perwakilan rakyat daerah",
        "sekretaris_dprd",
    ),
    (
        "sekretaris dewan perwakilan rakyat daerah",
        "sekretaris_dprd",
    ),
    (
        "dinas kependudukan dan pencatatan sipil",
        "kepala_dinas_dukcapil",
    ),
    ("kependudukan dan pencatatan sipil", "kepala_dinas_dukcapil"),
    ("sekretariat dprd", "sekretaris_dprd"),
    ("sekretaris dprd", "sekretaris_dprd"),
    ("sekretariat daerah", "sekretaris_daerah"),
    ("sekretaris daerah", "sekretaris_daerah"),
    ("inspektur pembantu", "inspektur_pembantu"),
    ("inspektorat", "inspektur"),
    ("inspektur", "inspektur"),
];

/// The vacant posts a sentence limits itself to: those named after "khusus
/// untuk", "untuk jabatan" or, in an opening "dalam hal …" clause, after
/// "menetapkan"/"mengisi", up to the first pause or verb of the main clause.
fn vacant_posts(t: &str) -> Option<Vec<String>> {
    let leads = ["khusus untuk ", "untuk jabatan "];
    let segment = if let Some(rest) = leads
        .iter()
        .find_map(|l| t.find(l).map(|p| &t[p + l.len()..]))
    {
        rest
    } else {
        let rest = t.strip_prefix("dalam hal ")?;
        let (cond, _) = rest.split_once(", ")?;
        [
            "menetapkan ",
            "mengisi ",
            "mengangkat ",
            "lowong adalah ",
            "lowong ialah ",
        ]
        .iter()
        .find_map(|v| cond.find(v).map(|p| &cond[p + v.len()..]))?
    };
    let end = [
        ",",
        " sebelum ",
        " ditetapkan",
        " terlebih ",
        " dilakukan",
        " diangkat",
        " berkonsultasi",
        " dikonsultasikan",
        " berkoordinasi",
        " dikoordinasikan",
    ]
    .iter()
    .filter_map(|w| segment.find(w))
    .min()
    .unwrap_or(segment.len());
    let segment = &segment[..end];
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < segment.len() {
        if boundary_before(segment, i) && segment.is_char_boundary(i) {
            if let Some((p, name)) = POSTS.iter().find(|(p, _)| {
                segment[i..].starts_with(p)
                    && segment
                        .as_bytes()
                        .get(i + p.len())
                        .is_none_or(|b| !b.is_ascii_alphanumeric())
            }) {
                if !out.iter().any(|n| n == name) {
                    out.push((*name).to_string());
                }
                i += p.len();
                continue;
            }
        }
        i += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// The act a recommendation or approval must come before, when the sentence
/// says it is obtained first: "Pansel … dibentuk oleh PPK setelah mendapatkan
/// rekomendasi dari KASN" → `pembentukan_pansel`; "Calon … yang telah …
/// memperoleh rekomendasi dari KASN akan ditetapkan … untuk diangkat" →
/// `pengangkatan`.
fn obtained_first(t: &str) -> Option<&'static str> {
    let first = ["setelah mendapat", "setelah memperoleh", "yang telah "]
        .iter()
        .any(|w| t.contains(w));
    let obtained = ["mendapat", "memperoleh"].iter().any(|w| t.contains(w));
    if !first || !obtained {
        return None;
    }
    let panel = ["panitia seleksi", "pansel", "tim seleksi"]
        .iter()
        .any(|w| t.contains(w))
        && (t.contains("dibentuk") || t.contains("pembentukan"));
    if panel {
        Some("pembentukan_pansel")
    } else if ["diangkat", "pengangkatan", "mengangkat"]
        .iter()
        .any(|w| t.contains(w))
    {
        Some("pengangkatan")
    } else if t.contains("dilantik") || t.contains("pelantikan") {
        Some("pelantikan")
    } else {
        None
    }
}

/// Whether a consultation comes first in a sentence about filling a post
/// ("… harus terlebih dahulu berkoordinasi …", "sebelum ditetapkan oleh PPK
/// dikonsultasikan …"): it precedes the appointment.
fn appoints_first(t: &str) -> bool {
    let first = [
        "terlebih dahulu",
        "sebelum ditetapkan",
        "sebelum diangkat",
        "lebih dahulu",
    ]
    .iter()
    .any(|w| t.contains(w));
    let appoints = [
        "menetapkan",
        "ditetapkan",
        "mengisi",
        "pengisian",
        "pengangkatan",
        "diangkat",
        "mengangkat",
    ]
    .iter()
    .any(|w| t.contains(w));
    first && appoints
}

/// "sebelum/setelah …" naming no event the language knows (and not the
/// coordination read by [`coordination`]): the words, for a note.
fn unknown_order(t: &str) -> Option<String> {
    for word in ["sebelum", "setelah", "sesudah"] {
        for at in find_words(t, word) {
            let rest = t[at + word.len()..].trim_start();
            if [
                "berkoordinasi",
                "dikoordinasikan",
                "berkonsultasi",
                "dikonsultasikan",
                "ditetapkan",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
            {
                continue;
            }
            let quote: Vec<&str> = t[at..]
                .split([',', ';', '.'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(6)
                .collect();
            return Some(quote.join(" "));
        }
    }
    None
}

/// The duty holder a chapeau names: "Tugas Pansel meliputi:", "Sekretariat
/// Pansel mempunyai tugas:", "Pansel bertugas:".
pub fn duty_holder(actors: &Actors, chapeau: &str) -> Option<String> {
    let t = chapeau.trim_start();
    if let Some(rest) = t
        .strip_prefix("tugas ")
        .or_else(|| t.strip_prefix("kewajiban "))
        .or_else(|| t.strip_prefix("wewenang "))
    {
        return actors.list_at(rest).into_iter().next();
    }
    let duty = ["mempunyai tugas", "bertugas", "berwenang", "berkewajiban"]
        .iter()
        .any(|w| t.contains(w));
    if duty && t.trim_end().ends_with(':') {
        return subject(actors, t).into_iter().next();
    }
    // "Panitia seleksi menyampaikan hasil penilaian … sebagai berikut:": the
    // actor of an active verb that the items go on to detail.
    if t.trim_end().ends_with(':') {
        if let Some((who, verb)) = subject_at(actors, t) {
            let next = t
                .get(verb..)
                .unwrap_or("")
                .split_whitespace()
                .next()
                .unwrap_or("");
            if next.starts_with("me") && next.len() > 4 {
                return who.into_iter().next();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors() -> Actors {
        Actors::builtin()
    }

    fn one(t: &str, holder: Option<&str>) -> Vec<String> {
        rules(&actors(), t, holder).rules
    }

    #[test]
    fn a_decree_is_named_as_printed_and_signed_by_the_office_acting() {
        let a = Actors::from_definitions(["PPK adalah Gubernur."]);
        assert_eq!(
            rules(
                &a,
                "ketentuan lebih lanjut mengenai uji kompetensi diatur dengan peraturan gubernur.",
                None
            )
            .rules,
            [
                "wajib ketentuan_lebih_lanjut",
                "wajib penetapan oleh ppk melalui peraturan_gubernur"
            ]
        );
        assert!(
            one("jadwal seleksi ditetapkan dengan keputusan bupati.", None)
                .contains(&"wajib penetapan oleh bupati melalui keputusan_bupati".to_string())
        );
    }

    #[test]
    fn consultations_for_some_vacant_posts_only() {
        assert_eq!(
            one(
                "khusus untuk jabatan sekretaris dprd, sebelum ditetapkan oleh ppk dikonsultasikan dengan pimpinan dprd.",
                None
            ),
            ["wajib konsultasi oleh ppk dengan pimpinan_dprd sebelum pengangkatan jika jabatan_lowong adalah sekretaris_dprd"]
        );
        assert_eq!(
            one(
                "dalam hal gubernur selaku ppk mengisi jabatan yang memimpin inspektorat, harus terlebih dahulu berkonsultasi kepada menteri dalam negeri.",
                None
            ),
            ["wajib konsultasi oleh ppk dengan menteri_dalam_negeri sebelum pengangkatan jika jabatan_lowong adalah inspektur"]
        );
        assert_eq!(
            one(
                "pembentukan panitia seleksi untuk jabatan inspektur ditetapkan oleh ppk setelah berkonsultasi dengan gubernur.",
                None
            ),
            [
                "wajib pembentukan_panitia_seleksi oleh ppk jika jabatan_lowong adalah inspektur",
                "wajib konsultasi oleh ppk dengan gubernur sebelum pembentukan_pansel jika jabatan_lowong adalah inspektur"
            ]
        );
        assert_eq!(
            one(
                "dalam hal jabatan yang lowong adalah sekretaris daerah, ppk berkoordinasi dengan gubernur sebelum pengangkatan.",
                None
            ),
            ["wajib koordinasi oleh ppk dengan gubernur sebelum pengangkatan jika jabatan_lowong adalah sekretaris_daerah"]
        );
        // a post named elsewhere in the sentence limits nothing
        assert_eq!(
            vacant_posts("ppk berkoordinasi dengan sekretaris daerah."),
            None
        );
    }

    #[test]
    fn a_condition_that_denies_is_a_negated_fact() {
        let f = rules(
            &actors(),
            "dalam hal uji kompetensi sebagaimana dimaksud pada ayat (2) tidak menghasilkan calon yang memenuhi syarat, pengisian dilakukan melalui seleksi terbuka.",
            None,
        );
        assert_eq!(
            f.rules,
            ["wajib pengisian_melalui_seleksi jika tidak menghasilkan_calon_memenuhi_syarat"]
        );
        assert_eq!(
            f.condition.as_deref(),
            Some("menghasilkan_calon_memenuhi_syarat")
        );
        // no comma: the main clause starts at its modal or passive verb
        assert_eq!(
            one(
                "apabila ditemukan berkas palsu dapat dilakukan klarifikasi dengan instansi terkait.",
                None
            ),
            ["dapat klarifikasi_instansi_terkait dengan instansi_terkait jika ditemukan_berkas_palsu"]
        );
        // "maka" opens the main clause
        assert_eq!(
            condition("dalam hal pelamar tidak hadir maka pelamar dinyatakan gugur.")
                .map(|(c, m)| (c, m.to_string())),
            Some((
                "tidak pelamar_hadir".into(),
                "pelamar dinyatakan gugur.".into()
            ))
        );
        // one word denied: the thing it is denied of names the fact
        assert_eq!(
            condition("dalam hal kuota sebagaimana dimaksud pada ayat (1) tidak terpenuhi, seleksi diulang.")
                .map(|(c, _)| c),
            Some("tidak kuota_terpenuhi".into())
        );
    }

    #[test]
    fn a_recommendation_obtained_first_precedes_the_act() {
        let r = one(
            "tim seleksi dibentuk oleh ppk setelah mendapatkan rekomendasi dari kasn.",
            None,
        );
        assert!(
            r.contains(&"wajib rekomendasi dari kasn sebelum pembentukan_pansel".to_string()),
            "{r:?}"
        );
        let r = one(
            "calon yang telah lulus dan memperoleh persetujuan gubernur diangkat oleh bupati.",
            None,
        );
        assert!(
            r.contains(&"wajib persetujuan dari gubernur sebelum pengangkatan".to_string()),
            "{r:?}"
        );
        // obtained, but nothing said to follow it
        let r = one("pelamar memperoleh rekomendasi dari ppk.", None);
        assert!(
            r.contains(&"wajib rekomendasi dari ppk".to_string()),
            "{r:?}"
        );
    }

    #[test]
    fn the_one_whose_needs_a_step_follows_decides_it() {
        assert_eq!(
            one(
                "urutan tes dapat diubah sesuai dengan kebutuhan panitia seleksi.",
                None
            ),
            ["dapat urutan_tes_diubah oleh panitia_seleksi"]
        );
        // an actor named outright wins
        assert_eq!(
            one("jadwal ditetapkan oleh ppk sesuai kebutuhan pansel.", None),
            ["wajib jadwal_ditetapkan_ppk oleh ppk"]
        );
    }

    #[test]
    fn closing_and_budget_phrases() {
        assert_eq!(
            one(
                "peraturan gubernur ini mulai berlaku pada tanggal diundangkan.",
                None
            ),
            ["wajib berlaku_sejak_diundangkan"]
        );
        // a regulation's other provisions are no entry into force
        assert_ne!(
            one("peraturan bupati ini berlaku bagi seluruh pns.", None),
            ["wajib berlaku_sejak_diundangkan"]
        );
        assert_eq!(
            one("biaya seleksi di bebankan pada apbd.", None),
            ["wajib biaya_seleksi_bebankan melalui apbd"]
        );
    }

    #[test]
    fn the_reach_of_an_announcement_is_its_channel() {
        assert_eq!(
            one(
                "seleksi dilaksanakan secara terbuka pada tingkat nasional atau antar kabupaten/kota dalam satu provinsi.",
                None
            ),
            ["wajib seleksi_secara_terbuka melalui tingkat_nasional|antar_kabupaten_kota_dalam_provinsi"]
        );
        assert_eq!(
            one(
                "lowongan jabatan pengawas diumumkan di internal lingkungan pemerintah kabupaten.",
                None
            ),
            ["wajib lowongan_jabatan_pengawas melalui internal_pemerintah_daerah"]
        );
        // the reach and the medium are each required
        assert_eq!(
            one(
                "pengumuman dilakukan di internal instansi melalui papan pengumuman kantor.",
                None
            ),
            [
                "wajib pengumuman_internal_instansi melalui papan_pengumuman_kantor",
                "wajib pengumuman_internal_instansi melalui internal_instansi"
            ]
        );
        assert_eq!(
            one("pengisian dilakukan antar kabupaten/kota.", None),
            ["wajib pengisian_antar_kabupaten melalui antar_kabupaten_kota"]
        );
    }

    #[test]
    fn actions_name_actor_party_and_timing() {
        assert_eq!(
            one(
                "penetapan pengukuhan oleh pejabat pembina kepegawaian dilaporkan kepada kasn.",
                None
            ),
            ["wajib penetapan_pengukuhan_pejabat oleh ppk kepada kasn"]
        );
        assert_eq!(
            one(
                "bupati wajib berkonsultasi dengan gubernur sebelum pelantikan.",
                None
            ),
            ["wajib konsultasi oleh bupati dengan gubernur sebelum pelantikan"]
        );
        let a = actors();
        let holder = duty_holder(&a, "tugas panitia seleksi meliputi:");
        assert_eq!(
            one("menyusun jadwal seleksi;", holder.as_deref()),
            ["wajib menyusun_jadwal_seleksi oleh panitia_seleksi"]
        );
        assert!(one("jabatan yang lowong;", None).is_empty());
    }

    #[test]
    fn the_subject_is_the_actor_before_the_verb() {
        // (and the opening "dalam hal …," is the condition of the act)
        assert_eq!(
            one(
                "dalam hal jabatan lowong, ppk dapat menunjuk pelaksana tugas.",
                None
            ),
            ["dapat ppk_menunjuk_pelaksana oleh ppk jika jabatan_lowong"]
        );
        let a = actors();
        assert_eq!(
            duty_holder(&a, "sekretariat pansel mempunyai tugas:").as_deref(),
            Some("sekretariat_pansel")
        );
    }

    #[test]
    fn coordination_before_forming_a_panel() {
        assert_eq!(
            one(
                "dalam membentuk pansel, ppk berkoordinasi dengan kasn.",
                None
            ),
            ["wajib koordinasi oleh ppk dengan kasn sebelum pembentukan_pansel"]
        );
        let r = one(
            "pansel sebagaimana dimaksud pada ayat (1) dibentuk oleh pejabat pembina kepegawaian setelah berkoordinasi dengan kasn.",
            None,
        );
        assert!(
            r.contains(
                &"wajib koordinasi oleh ppk dengan kasn sebelum pembentukan_pansel".to_string()
            ),
            "{r:?}"
        );
        // a secretariat is not the panel: no event
        let r = one(
            "pansel dapat dibantu oleh sekretariat pansel yang dibentuk oleh ppk setelah berkoordinasi dengan kasn.",
            None,
        );
        assert!(
            r.contains(&"wajib koordinasi oleh ppk dengan kasn".to_string()),
            "{r:?}"
        );
    }

    #[test]
    fn decrees_channels_and_recommendations() {
        let r = one(
            "pembentukan pansel ditetapkan dengan keputusan wali kota.",
            None,
        );
        assert!(
            r.contains(&"wajib penetapan oleh walikota melalui keputusan_walikota".to_string()),
            "{r:?}"
        );
        let r = one(
            "pengumuman lowongan wajib dilakukan secara terbuka melalui media cetak nasional dan/atau media elektronik (termasuk media online).",
            None,
        );
        assert_eq!(
            r,
            ["wajib pengumuman_lowongan_secara melalui media_cetak_nasional|media_elektronik"]
        );
        // a mechanism is not a channel
        assert!(channels("pengisian jpt dilakukan melalui mekanisme mutasi").is_empty());
        let r = one(
            "hasil seleksi disampaikan kepada kasn untuk mendapatkan rekomendasi sebelum pelantikan.",
            None,
        );
        assert_eq!(
            r,
            ["wajib hasil_seleksi_disampaikan kepada kasn sebelum pelantikan"]
        );
        let r = one(
            "pelantikan dilakukan setelah mendapat rekomendasi dari kasn.",
            None,
        );
        assert!(
            r.contains(&"wajib rekomendasi dari kasn sebelum pelantikan".to_string()),
            "{r:?}"
        );
    }

    #[test]
    fn a_relative_clause_is_the_actors_condition() {
        assert_eq!(
            one(
                "peserta yang telah dinyatakan lulus wajib menyerahkan hasil uji kesehatan.",
                None
            ),
            ["wajib menyerahkan_hasil_uji oleh peserta jika dinyatakan_lulus"]
        );
    }

    #[test]
    fn the_actor_of_a_chapeau_holds_its_items() {
        let a = actors();
        assert_eq!(
            duty_holder(
                &a,
                "panitia seleksi menyampaikan hasil penilaian dengan ketentuan sebagai berikut:"
            ),
            Some("panitia_seleksi".to_string())
        );
        // a chapeau that does not end with ':' or whose verb is not active
        assert_eq!(
            duty_holder(&a, "panitia seleksi menyampaikan hasil penilaian."),
            None
        );
        assert_eq!(duty_holder(&a, "pansel terdiri atas unsur:"), None);
    }

    #[test]
    fn the_one_helped_and_a_partner_together() {
        assert_eq!(
            one(
                "dalam melaksanakan tugas sebagaimana dimaksud dalam pasal 10, pansel dibantu oleh sekretariat.",
                None
            ),
            ["wajib melaksanakan_tugas oleh sekretariat_pansel kepada panitia_seleksi"]
        );
        assert_eq!(
            one("pansel memantapkan standar kompetensi bersama kasn.", None),
            ["wajib pansel_memantapkan_standar oleh panitia_seleksi dengan kasn"]
        );
    }

    #[test]
    fn an_office_passed_through_is_a_channel() {
        assert_eq!(
            one("hasil seleksi disampaikan kepada ppk melalui pyb.", None),
            ["wajib hasil_seleksi_disampaikan kepada ppk melalui pyb"]
        );
    }

    #[test]
    fn the_budget_a_cost_is_charged_to() {
        assert_eq!(
            one(
                "anggaran yang diperlukan dalam pelaksanaan seleksi dibebankan pada anggaran pendapatan dan belanja daerah.",
                None
            ),
            ["wajib anggaran_diperlukan_pelaksanaan melalui apbd"]
        );
    }

    #[test]
    fn a_passive_norm_is_a_duty() {
        assert_eq!(
            one(
                "tahapan seleksi sebagaimana dimaksud dalam pasal 5 ayat (1) huruf d dilakukan sesuai kebutuhan organisasi.",
                None
            ),
            ["wajib tahapan_seleksi"]
        );
        // a definition is not a norm
        assert!(one("seleksi adalah proses yang dilakukan oleh instansi.", None).is_empty());
    }

    #[test]
    fn a_partner_named_outright() {
        assert_eq!(
            one(
                "tes kesehatan dapat dilakukan bekerjasama dengan unit pelayanan kesehatan pemerintah;",
                None
            ),
            ["dapat tes_kesehatan_bekerjasama dengan unit_pelayanan_kesehatan_pemerintah"]
        );
        // a pause or a clause word ends the partner's name
        assert_eq!(
            one(
                "seleksi dapat dilakukan bekerja sama dengan perguruan tinggi yang terakreditasi.",
                None
            ),
            ["dapat seleksi_bekerja_sama dengan perguruan_tinggi"]
        );
    }

    #[test]
    fn helpers_offices_and_optional_steps() {
        // the helper acts, for the one it helps
        assert_eq!(
            one("pansel dapat dibantu oleh asesor.", None),
            ["dapat pansel_dibantu_asesor oleh asesor kepada panitia_seleksi"]
        );
        // a step done by one and allowed to be helped by another: the help is optional
        assert_eq!(
            one(
                "soal tertulis disusun oleh pansel dan dapat dibantu oleh asesor.",
                None
            ),
            ["dapat soal_tertulis_disusun oleh asesor"]
        );
        // "X selaku PPK": the office it acts in
        let r = one(
            "dalam hal bupati selaku ppk menetapkan sekretaris daerah, harus berkoordinasi dengan gubernur.",
            None,
        );
        assert_eq!(
            r,
            ["wajib koordinasi oleh ppk dengan gubernur jika jabatan_lowong adalah sekretaris_daerah"]
        );
        // a reference between the subject and its verb
        assert_eq!(
            one(
                "sekretariat sebagaimana dimaksud pada ayat (1) memiliki tugas memberikan dukungan kepada pansel.",
                None
            ),
            ["wajib sekretariat oleh sekretariat_pansel kepada panitia_seleksi"]
        );
        // a step taken only when needed
        assert_eq!(
            one(
                "melakukan wawancara apabila dipandang perlu;",
                Some("tim_evaluasi")
            ),
            ["dapat melakukan_wawancara_apabila oleh tim_evaluasi"]
        );
        // the subject's own modal, not an earlier one in another clause
        assert_eq!(
            one(
                "bagi pelamar yang tidak dapat hadir, pansel dapat menjadwalkan ulang.",
                None
            ),
            ["dapat pelamar_tidak_hadir oleh panitia_seleksi"]
        );
    }

    #[test]
    fn events_as_drafts_name_them() {
        assert_eq!(
            timing("3 bulan sebelum masa jabatannya berakhir"),
            Some(("sebelum", "akhir_masa_jabatan"))
        );
        assert_eq!(
            timing("setelah pengumuman ditutup"),
            Some(("setelah", "batas_lamaran"))
        );
        assert_eq!(timing("sesudah dilantik"), Some(("setelah", "pelantikan")));
        assert_eq!(
            timing("sebelum dilakukan pengangkatan"),
            Some(("sebelum", "pengangkatan"))
        );
        assert_eq!(timing("setelah wawancara"), None);
    }

    #[test]
    fn either_of_two_actors() {
        assert_eq!(
            one("ppk dan/atau pyb menyampaikan laporan kepada kasn.", None),
            ["wajib ppk_pyb_menyampaikan oleh ppk|pyb kepada kasn"]
        );
    }

    #[test]
    fn an_extension_is_no_ones_duty() {
        assert_eq!(
            one(
                "masa jabatan dapat diperpanjang dengan terlebih dahulu melakukan evaluasi.",
                None
            ),
            ["dapat masa_jabatan_diperpanjang"]
        );
        let r = one("masa jabatan wajib diperpanjang setelah evaluasi", None);
        assert_eq!(r, ["wajib masa_jabatan_diperpanjang setelah evaluasi"]);
    }
}
