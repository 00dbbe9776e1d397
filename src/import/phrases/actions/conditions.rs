//! The conditions a sentence puts on its rule: an opening "Dalam hal …, …"
//! (a yes/no fact, negated when it denies), a relative clause on the actor
//! ("Peserta yang telah dinyatakan lulus wajib …"), and the closing entry into
//! force.

use super::super::actors::Actors;
use super::super::words::slug;
use super::PASSIVE;

/// The closing Pasal's "Peraturan Bupati ini mulai berlaku pada tanggal
/// diundangkan": the language has no construct for entry into force, so it
/// is recorded as the act of coming into force, as encoders write it.
pub(super) fn entry_into_force(t: &str) -> bool {
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

/// The condition a relative clause puts on the actor ("Peserta yang telah
/// dinyatakan lulus wajib menyerahkan …"): the words between "yang" and the
/// modal verb, as a yes/no fact, and the rest of the sentence.
pub(super) fn relative_condition<'t>(actors: &Actors, t: &'t str) -> Option<(String, &'t str)> {
    if let Some(found) = relative_then(t) {
        return Some(found);
    }
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

/// "5 (lima) tahun sejak diangkat …", "2 (dua) tahun menduduki jabatan": the
/// years a holder has been in post.
fn years_in_post(cond: &str) -> Option<String> {
    let q = super::super::words::quantities(cond).into_iter().next()?;
    let after = cond.get(q.end..)?.trim_start();
    let in_post = q.unit == "tahun"
        && q.start == 0
        && [
            "sejak diangkat",
            "sejak dilantik",
            "menduduki jabatan",
            "dalam jabatan",
        ]
        .iter()
        .any(|w| after.starts_with(w));
    in_post.then(|| super::super::words::number(q.value))
}

/// A relative clause closed by ", maka" ("Pejabat Pimpinan Tinggi yang
/// diperpanjang berdasarkan hasil evaluasi …, maka PPK menetapkan …"): the
/// clause is the condition (negated when it says "tidak"), whatever the noun
/// before it, and the main clause follows "maka".
fn relative_then(t: &str) -> Option<(String, &str)> {
    let (head, main) = t.split_once(", maka ")?;
    let (noun, clause) = head.split_once(" yang ")?;
    if noun.split_whitespace().count() > 6 || noun.contains(',') {
        return None;
    }
    let clause = clause.split(" sebagaimana ").next().unwrap_or(clause);
    let (negated, clause) = match clause.strip_prefix("tidak ") {
        Some(c) => (true, c),
        None => (false, clause),
    };
    let name = slug(clause, 4);
    if name.starts_with("butir_") {
        return None;
    }
    Some((
        if negated {
            format!("tidak {name}")
        } else {
            name
        },
        main,
    ))
}

/// The condition a sentence opens with ("Dalam hal pelamar kurang dari 3,
/// …", "Apabila …, …"), as the name of a yes/no fact, and the main clause
/// after it; none when the sentence has no main clause.
pub(super) fn condition(t: &str) -> Option<(String, &str)> {
    // "Setelah 2 (dua) kali diperpanjang namun pelamar hanya 3 orang, KASN
    // dapat …": what has happened first is the condition too, when a comma
    // closes it.
    let after_event = t.strip_prefix("setelah ").filter(|r| r.contains(", "));
    // "Setelah 5 (lima) tahun sejak diangkat …, PPK dapat …": time in post.
    if let Some((cond, main)) = after_event.and_then(|r| r.split_once(", ")) {
        if let Some(years) = years_in_post(cond) {
            return Some((format!("masa_jabatan paling sedikit {years} tahun"), main));
        }
    }
    let rest = ["dalam hal ", "apabila ", "jika ", "bila "]
        .iter()
        .find_map(|o| t.strip_prefix(o))
        .or(after_event)?;
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
    // Numbers and their words in brackets name nothing: "2 (dua) kali
    // diperpanjang" is named by its words.
    let cond: String = {
        let mut out = Vec::new();
        let mut depth = 0usize;
        for w in cond.split_whitespace() {
            if w.starts_with('(') {
                depth += 1;
            }
            let bracketed = depth > 0;
            if w.ends_with(')') {
                depth = depth.saturating_sub(1);
            }
            if !bracketed && !w.chars().all(|c| c.is_ascii_digit()) {
                out.push(w);
            }
        }
        out.join(" ")
    };
    let cond = cond.as_str();
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
