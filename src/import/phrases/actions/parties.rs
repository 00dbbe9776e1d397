//! Who acts and for whom: a sentence's subject, the actor after a
//! preposition ("oleh PPK", "kepada para pimpinan unit kerja"), a partner or
//! helper named outright, the last actor before a verb, and the places where
//! the actor does it.

use super::super::actors::Actors;
use super::super::words::slug;
use super::find_words;

/// The actor (or actors, "PPK dan/atau PyB") after a preposition: "oleh PPK" → ppk.
pub(super) fn after(actors: &Actors, t: &str, word: &str) -> Vec<String> {
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
    // "mengklarifikasi … kepada para pimpinan unit kerja yang bersangkutan":
    // the offices a step is addressed to, named outright.
    if word == "kepada" {
        for at in find_words(t, "kepada para") {
            if let Some(name) = partner(&t[at + "kepada para ".len()..]) {
                return vec![name];
            }
        }
    }
    Vec::new()
}

/// The name of a partner written out: the words before the first pause or
/// clause word, at most five, as a pasal name.
pub(super) fn partner(rest: &str) -> Option<String> {
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
pub(super) fn subject(actors: &Actors, t: &str) -> Vec<String> {
    subject_at(actors, t).map(|(s, _)| s).unwrap_or_default()
}

/// The subject and the offset of what follows it (its verb).
pub(super) fn subject_at(actors: &Actors, t: &str) -> Option<(Vec<String>, usize)> {
    // The subject stands after an opening adverbial clause ("Dalam hal …,") or at the start.
    // ("Dalam hal Bupati selaku PPK menetapkan …, harus berkoordinasi …": the
    // subject of the condition is the subject of the sentence.)
    // "Laporan Pelaksanaan Seleksi. PPK menyampaikan …": a heading printed
    // into the clause ends at its full stop.
    let mut starts: Vec<usize> = std::iter::once(0)
        .chain(t.match_indices(", ").map(|(i, _)| i + 2))
        .chain(t.match_indices(". ").map(|(i, _)| i + 2))
        .collect();
    starts.sort_unstable();
    for opener in ["dalam hal ", "apabila ", "jika "] {
        if t.starts_with(opener) {
            starts.insert(1, opener.len());
        }
    }
    for s in starts {
        // ", maka PPK menetapkan …": the main clause's subject after "maka".
        let rest = &t[s..];
        let rest = rest.strip_prefix("maka ").unwrap_or(rest);
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
pub(super) fn is_verb(s: &str) -> bool {
    [
        "me", "ber", "wajib", "harus", "dapat", "dilarang", "tidak ", "dalam ", "dibantu ",
    ]
    .iter()
    .any(|w| s.starts_with(w))
}

/// A helper the sentence names outright though no definition does: "tim
/// penilai kompetensi (assessor) yang independen …" → asesor (an assessor,
/// however the team is called), "tim seleksi kompetensi yang …" →
/// tim_seleksi_kompetensi.
pub(super) fn helper_named(rest: &str) -> Option<String> {
    let end = [" yang ", ",", ".", ";", " untuk ", " dalam ", " dan "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .unwrap_or(rest.len());
    let phrase = rest[..end].trim();
    if phrase.contains("assessor") || phrase.contains("asesor") {
        return Some("asesor".into());
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let plain = words.iter().all(|w| w.chars().all(char::is_alphabetic));
    ((1..=4).contains(&words.len()) && plain).then(|| slug(phrase, 3))
}

/// The places right after "oleh <actor>": "oleh pelamar di puskesmas dan/atau
/// rumah sakit pemerintah" → puskesmas, rumah_sakit_pemerintah (short names
/// only; "di lingkungan …", "di instansinya" are the actor's own body, not a
/// place).
pub(super) fn places(actors: &Actors, t: &str) -> Vec<String> {
    for at in find_words(t, "oleh") {
        let rest = &t[at + "oleh".len()..];
        let (found, len) = actors.list_at_with_len(rest);
        if found.is_empty() {
            continue;
        }
        let Some(after) = rest[len..].strip_prefix(" di ") else {
            continue;
        };
        // "di lingkungan …", "di instansinya": the actor's own body, no place.
        if ["lingkungan", "internal", "instansi", "unit"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            return Vec::new();
        }
        let end = after.find([',', ';', '.', '(']).unwrap_or(after.len());
        let mut out = Vec::new();
        for item in after[..end]
            .split(" dan/atau ")
            .flat_map(|x| x.split(" atau "))
            .flat_map(|x| x.split(" dan "))
        {
            let item = item.trim();
            let words = item.split_whitespace().count();
            if !(1..=3).contains(&words)
                || !item.chars().all(|c| c.is_alphabetic() || c == ' ')
                || item.split_whitespace().any(|w| w.ends_with("nya"))
            {
                return Vec::new();
            }
            out.push(slug(item, 3));
        }
        return out;
    }
    Vec::new()
}

/// The last actor named in `t` ("Dalam melaksanakan tugas …, Pansel" →
/// panitia_seleksi): the one right before the verb that follows.
pub(super) fn last_actor(actors: &Actors, t: &str) -> Option<String> {
    let starts = std::iter::once(0).chain(t.match_indices(' ').map(|(i, _)| i + 1));
    let mut last = None;
    for at in starts {
        if let Some((name, len)) = t.get(at..).and_then(|rest| actors.at(rest)) {
            // "… dilakukan oleh panitia seleksi, dibantu oleh …": a comma may
            // close the phrase.
            if t.get(at + len..)
                .is_some_and(|r| r.trim().trim_end_matches(',').trim().is_empty())
            {
                last = Some(name);
            }
        }
    }
    last
}
