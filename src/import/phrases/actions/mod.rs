//! Procedure phrases: who must, may or must not do what, for whom, through
//! which channel and before which event ("Pengukuhan … dilaporkan kepada KASN
//! oleh PPK", "dibentuk oleh PPK setelah berkoordinasi dengan KASN",
//! "ditetapkan dengan Keputusan Bupati", "diumumkan melalui media cetak
//! nasional dan/atau media elektronik").
//!
//! Actors are named by the terms the peraturan itself defines (see
//! [`super::actors`]), so an imported actor is the name the region uses.

mod channels;
mod conditions;
mod consult;
mod parties;

use super::actors::Actors;
use super::words::slug;
use channels::{budget, channels, instrument, reach};
use conditions::{condition, entry_into_force, relative_condition};
use consult::{
    appoints_first, coordination, coordination_is_the_act, obtained_first, recommendation,
    vacant_posts,
};
use parties::{after, helper_named, last_actor, places, subject, subject_at};

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

/// Words that state what a step must follow or use ("Pengecualian …
/// berdasarkan hasil evaluasi …", "Pengisian … mengacu rencana suksesi …",
/// "Uji kompetensi … menggunakan materi …"): after the subject, a norm as much
/// as a passive verb is.
const BASED_ON: &[&str] = &[
    "berdasarkan",
    "didasarkan",
    "mengacu",
    "berpedoman",
    "menggunakan",
];

/// A sentence that states a norm with a passive verb (or says what its
/// subject follows), and is not a definition.
fn passive_norm(t: &str) -> bool {
    !t.contains(" adalah ")
        && (PASSIVE.iter().any(|w| find_words(t, w).next().is_some())
            || BASED_ON
                .iter()
                .any(|w| find_words(t, w).next().is_some_and(|at| at > 0)))
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

/// Action rules for a sentence (lower case), or none when it names no actor,
/// no party phrase and no modal verb. `holder` is the duty holder a chapeau
/// names ("Sekretariat … mempunyai tugas:").
pub fn rules(actors: &Actors, t: &str, holder: Option<&str>) -> Found {
    let mut found = Found::default();
    if entry_into_force(t) {
        found.rules.push("wajib berlaku_sejak_diundangkan".into());
        return found;
    }
    // "dapat diperpanjang": something may be extended; it is no one's duty.
    let extension = t.contains("dapat diperpanjang");
    let subj = subject_at(actors, t);
    let coord = coordination(actors, t);
    let mut modal = modal_of(t, extension, subj.as_ref());
    let helper = helper_of(actors, t);
    let (who, helped, helper_dapat) =
        doers(actors, t, subj.as_ref(), holder, extension, helper.as_ref());
    if helper_dapat {
        modal = "dapat";
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
    // "dilakukan oleh pelamar di puskesmas dan/atau rumah sakit pemerintah":
    // where the actor does it.
    if chans.is_empty() {
        chans = places(actors, t);
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
    // "… dilakukan 3 (tiga) bulan sebelum masa jabatannya berakhir": a time
    // the act must keep to, its own window rule; the act is then unordered.
    let window = when.and_then(|(dir, ev)| {
        let q = super::words::quantities(t).into_iter().find(|q| {
            super::words::duration(q).is_some()
                && t.get(q.end..).is_some_and(|r| {
                    let r = r.trim_start();
                    r.starts_with(dir) || (dir == "setelah" && r.starts_with("sesudah"))
                })
        })?;
        let bound = super::words::comparator(q.bound, false, true);
        Some((
            format!("{bound} {} {dir} {ev}", super::words::duration(&q)?),
            q.start,
        ))
    });
    if let (Some((dir, ev)), None) = (when, &window) {
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
        // A yes/no fact the caller declares; a comparison of a built-in fact
        // ("masa_jabatan paling sedikit 5 tahun") needs none.
        let fact = c.trim_start_matches("tidak ");
        if !fact.contains(' ') {
            found.condition = Some(fact.to_string());
        }
    }
    // "… dilakukan oleh tim evaluasi … dan dapat dibantu oleh unsur
    // akademisi": the step is the doer's duty before it is the helper's
    // permission.
    if let Some((h, head)) = &helper {
        let doers: Vec<String> = after(actors, head, "oleh")
            .into_iter()
            .filter(|d| d != h)
            .collect();
        if !doers.is_empty() && helped.is_none() {
            found
                .rules
                .push(format!("{} {act} oleh {}", modality(head), doers.join("|")));
        }
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
    let recommended = recommend.is_some();
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
    // An order already read as a recommendation obtained first needs no note.
    let ordered = recommended && obtained_first(t).is_some();
    if when.is_none() && !ordered {
        if let Some(order) = unknown_order(t) {
            found.notes.push(format!(
                "belum dikodekan: urutan \"{order}\" (bukan peristiwa yang dikenal bahasa pasal)"
            ));
        }
    }
    if let Some((w, _)) = &window {
        if !only_coordination {
            found.rules.push(format!("waktu {act} {w}"));
        }
    }
    // A time limit on the act ("paling lambat 5 (lima) hari kerja setelah …") an
    // action does not carry.
    if let Some(q) = super::words::quantities(t)
        .into_iter()
        .filter(|q| window.as_ref().is_none_or(|(_, at)| q.start != *at))
        .find(|q| super::words::duration(q).is_some())
    {
        let quote = crate::import::first_words(t.get(q.start..).unwrap_or(""), 10);
        found
            .notes
            .push(format!("belum dikodekan: batas waktu \"{quote}\""));
    }
    found
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

/// Whether a chapeau is an actor's own act that its items go on to detail
/// ("Panitia seleksi menyampaikan hasil penilaian … dengan ketentuan sebagai
/// berikut:"): its items are how the act is done, not members of a list.
pub fn acting_chapeau(actors: &Actors, chapeau: &str) -> bool {
    let t = chapeau.trim();
    if !t.ends_with(':') || !t.contains("sebagai berikut") {
        return false;
    }
    subject_at(actors, t).is_some_and(|(_, verb)| {
        let next = t
            .get(verb..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("");
        next.starts_with("me") && next.len() > 4
    })
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
mod tests;

/// The modal verb of a sentence (`wajib`, `dapat`, `dilarang`): the subject's
/// own, an extension's `dapat`, or "apabila dipandang perlu".
fn modal_of(t: &str, extension: bool, subj: Option<&(Vec<String>, usize)>) -> &'static str {
    let mut modal = modality(t);
    if extension {
        modal = "dapat";
    }
    if let Some((_, verb)) = subj {
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
    modal
}

/// Who does the act, and for whom when another helps ("dibantu oleh"): the
/// helper, the actor after "oleh", the subject, the holder of the chapeau,
/// the one whose needs it follows. The flag is set when the help itself is
/// only allowed ("… dan dapat dibantu oleh …").
fn doers(
    actors: &Actors,
    t: &str,
    subj: Option<&(Vec<String>, usize)>,
    holder: Option<&str>,
    extension: bool,
    helper: Option<&(String, String)>,
) -> (Vec<String>, Option<String>, bool) {
    let mut helper_dapat = false;
    let mut who = Vec::new();
    let mut helped = None;
    if let Some((h, head)) = helper {
        // "… disusun oleh instansi dan dapat dibantu oleh assessor": the
        // help is allowed, not required.
        if head.trim_end().ends_with(" dapat") {
            helper_dapat = true;
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
        who = subj.map(|(s, _)| s.clone()).unwrap_or_default();
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
    (who, helped, helper_dapat)
}

/// "Pansel dapat dibantu oleh asesor": the helper, who acts for the one
/// helped, and the words before "dibantu oleh".
fn helper_of(actors: &Actors, t: &str) -> Option<(String, String)> {
    t.find("dibantu oleh ").and_then(|p| {
        let rest = &t[p + "dibantu oleh ".len()..];
        actors
            .list_at(rest)
            .into_iter()
            .next()
            .or_else(|| helper_named(rest))
            .map(|h| (h, t[..p].to_string()))
    })
}
