//! Who a step is agreed with and for which posts: coordinations and
//! consultations ("berkoordinasi dengan KASN", "dikonsultasikan terlebih dahulu
//! kepada Menteri Dalam Negeri"), recommendations and approvals and the act
//! they precede, and the vacant posts a rule is limited to ("khusus untuk JPT
//! yang memimpin Sekretariat DPRD").

use super::super::actors::Actors;
use super::{boundary_before, find_words, named};

/// A coordination the sentence states: "berkoordinasi dengan KASN".
pub(super) struct Coordination {
    /// With whom.
    pub(super) party: String,
    /// Who coordinates when the sentence says it by a passive ("dibentuk oleh
    /// PPK setelah berkoordinasi …"): the agent before it.
    pub(super) agent: Option<String>,
    /// Whether what is formed is a selection panel ("dalam membentuk Pansel",
    /// "Pansel … dibentuk oleh PPK setelah berkoordinasi …"), which orders the
    /// coordination before `pembentukan_pansel`.
    pub(super) panel: bool,
    /// The act: `koordinasi` or `konsultasi`.
    pub(super) act: &'static str,
    /// Byte offset of its verb in the sentence.
    pub(super) at: usize,
}

/// Verbs of a coordination or a consultation, the act each names, and the
/// words that may stand between the verb and its party.
pub(super) const CONSULT: &[(&str, &str)] = &[
    ("berkoordinasi", "koordinasi"),
    ("dikoordinasikan", "koordinasi"),
    ("berkonsultasi", "konsultasi"),
    ("dikonsultasikan", "konsultasi"),
];

/// The party of a coordination verb at `at`: "berkoordinasi dengan KASN",
/// "dikonsultasikan terlebih dahulu kepada Menteri Dalam Negeri", "berkonsultasi
/// secara tertulis kepada Gubernur".
pub(super) fn consulted(actors: &Actors, rest: &str) -> Option<String> {
    let mut r = rest.trim_start();
    for filler in ["terlebih dahulu ", "secara tertulis ", "lebih dahulu "] {
        r = r.strip_prefix(filler).unwrap_or(r);
    }
    let r = ["dengan ", "kepada "]
        .iter()
        .find_map(|p| r.strip_prefix(p))?;
    actors.list_at(r).into_iter().next()
}

pub(super) fn coordination(actors: &Actors, t: &str) -> Option<Coordination> {
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
pub(super) fn coordination_is_the_act(
    t: &str,
    p: usize,
    subj: Option<&(Vec<String>, usize)>,
) -> bool {
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
pub(super) fn recommendation(actors: &Actors, t: &str) -> Option<(&'static str, String)> {
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

/// Posts a rule may be limited to, as printed (the office a post leads names
/// its head: "yang memimpin Sekretariat Daerah" is the Sekretaris Daerah),
/// longest first.
pub(super) const POSTS: &[(&str, &str)] = &[
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
pub(super) fn vacant_posts(t: &str) -> Option<Vec<String>> {
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
pub(super) fn obtained_first(t: &str) -> Option<&'static str> {
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
pub(super) fn appoints_first(t: &str) -> bool {
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
