//! PSL711 — a quantity in a clause's text that no rule carries, and PSL712 —
//! a rule whose number is nowhere in the text it is written beside.
//!
//! What it does: reads every quantity the law's text states with a unit
//! ("56 (lima puluh enam) tahun", "paling sedikit 3 (tiga) orang", "30%
//! (tiga puluh persen)", "2 (dua) kali") and looks for a rule on the same
//! branch of the clause tree (the clause, the clauses inside it or the clauses
//! above it) that carries that number; and the other way round, for every
//! number a rule carries, looks for it in the text of that branch (as digits or
//! as words).
//! Why is this bad: a number the drafter did not encode is a rule the checkers
//! never apply; a number the text does not hold is a rule the law does not
//! state.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{ClauseId, IrRule, Policy};
use crate::messages::Text;
use serde_json::Value;

/// The lint for a quantity of the text no rule carries.
pub const LINT: Lint = Lint {
    code: Code::NumberNotEncoded,
    label: Text {
        en: "no rule carries this number",
        id: "tidak ada aturan yang memuat bilangan ini",
    },
    help: Text {
        en: "encode the rule this number belongs to at this clause, or say in a comment why it cannot be (`// belum dikodekan: …`)",
        id: "kodekan aturan pemilik bilangan ini pada ketentuan ini, atau jelaskan dalam komentar mengapa belum dapat (`// belum dikodekan: …`)",
    },
    explain: Text {
        en: "Reads every quantity a clause's text states with its unit (years, months, days, persons, times, candidates, percent) and looks for a rule on the same branch of the clause tree — the clause itself, the clauses inside it or the clauses above it — that carries the same number. A number no rule carries is a rule the checkers never apply: an age limit, a window or a panel size that `verify` and `screen` silently ignore. Numbers that cite (Pasal 5, Nomor 5 Tahun 2014) are not quantities and are not read. The language may not yet say everything a clause says: a comment at the clause, or at a clause it is inside, that says `not encoded`, `belum dikodekan` or `no rule` marks the gap as known, and the clause is not reported.",
        id: "Membaca setiap besaran yang dinyatakan teks ketentuan beserta satuannya (tahun, bulan, hari, orang, kali, calon, persen) dan mencari aturan pada cabang yang sama — ketentuan itu sendiri, ketentuan di dalamnya, atau ketentuan di atasnya — yang memuat bilangan yang sama. Bilangan yang tidak dimuat aturan mana pun adalah aturan yang tidak pernah diterapkan pemeriksa: batas usia, jangka waktu, atau jumlah anggota Pansel yang diabaikan `verify` dan `screen`. Bilangan rujukan (Pasal 5, Nomor 5 Tahun 2014) bukan besaran dan tidak dibaca. Bahasa pasal mungkin belum dapat menyatakan semua isi ketentuan: komentar pada ketentuan itu, atau pada ketentuan yang memuatnya, yang menyebut `belum dikodekan`, `not encoded` atau `no rule` menandai kekosongan itu sebagai diketahui, dan ketentuan itu tidak dilaporkan.",
    },
    bad: "ayat (2) \"… berusia paling tinggi 56 (lima puluh enam) tahun;\"   // no rule",
    good: "ayat (2) \"… berusia paling tinggi 56 (lima puluh enam) tahun;\" => syarat usia paling tinggi 56 tahun",
    words: &[msg::ALL],
};

/// The lint for a rule number the text does not hold.
pub const NOT_IN_TEXT: Lint = Lint {
    code: Code::NumberNotInText,
    label: Text {
        en: "this number is not in the clause's text",
        id: "bilangan ini tidak ada dalam teks ketentuan",
    },
    help: Text {
        en: "check the rule against the clause it is written beside; correct the number, or move the rule to the clause that states it",
        id: "periksa aturan terhadap ketentuan tempat ia ditulis; perbaiki bilangannya, atau pindahkan aturan ke ketentuan yang menyatakannya",
    },
    explain: Text {
        en: "For every number a rule carries (a limit, a count, a period, a percentage), looks for it in the text of the same branch of the clause tree, as digits or as words. A rule whose number the text does not hold either was mistyped or belongs to another clause; either way `verify` would judge cases by a rule the law does not state.",
        id: "Untuk setiap bilangan yang dimuat aturan (batas, jumlah, jangka waktu, persentase), mencarinya dalam teks cabang ketentuan yang sama, sebagai angka atau huruf. Aturan yang bilangannya tidak ada dalam teks salah ketik atau milik ketentuan lain; keduanya membuat `verify` menilai perkara dengan aturan yang tidak dinyatakan hukum.",
    },
    bad: "ayat (2) \"… paling tinggi 56 (lima puluh enam) tahun;\" => syarat usia paling tinggi 58 tahun",
    good: "ayat (2) \"… paling tinggi 56 (lima puluh enam) tahun;\" => syarat usia paling tinggi 56 tahun",
    words: &[msg::ALL],
};

/// Words after a number that make it a quantity.
const UNITS: &[&str] = &[
    "tahun",
    "bulan",
    "hari",
    "minggu",
    "jam",
    "orang",
    "kali",
    "calon",
    "nama",
    "persen",
    "perseratus",
    "%",
];

/// A quantity of the text: its value and where its digits are, relative to the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// The number.
    pub value: f64,
    /// Byte range of the digits in the text.
    pub start: usize,
    /// End of the digits.
    pub end: usize,
    /// End of the unit word: `start..phrase_end` is the whole quantity as written.
    pub phrase_end: usize,
}

/// The quantities a text states with a unit, in order: digits, optionally
/// followed by the number in words in parentheses, then a unit word or `%`.
/// Digits right after "Nomor", "Pasal", "ayat", "huruf", "angka" or "Tahun"
/// cite, and are skipped.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && is_word_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b',') {
            i += 1;
        }
        let end = i;
        let digits = text.get(start..end).unwrap_or("").trim_end_matches(',');
        let Ok(value) = digits.replace(',', ".").parse::<f64>() else {
            continue;
        };
        if (end < bytes.len() && is_word_byte(bytes[end])) || cites(text.get(..start).unwrap_or(""))
        {
            continue;
        }
        let rest = text.get(end..).unwrap_or("").trim_start();
        let rest = skip_parenthesis(rest).trim_start();
        let unit = UNITS.iter().find(|u| {
            rest.get(..u.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(u))
                && rest
                    .get(u.len()..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        if let Some(unit) = unit {
            let phrase_end = text.len() - rest.len() + unit.len();
            out.push(Quantity {
                value,
                start,
                end: start + digits.len(),
                phrase_end,
            });
        }
    }
    out
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'/' || b == b'-' || b >= 0x80
}

/// Whether the words before a number make it a citation or a date part.
fn cites(before: &str) -> bool {
    let last = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last.trim_matches(|c: char| !c.is_alphanumeric()),
        "nomor" | "pasal" | "ayat" | "huruf" | "angka" | "tahun" | "no" | "bab" | "lampiran"
    )
}

/// "(lima puluh enam) tahun" → " tahun".
fn skip_parenthesis(s: &str) -> &str {
    if let Some(r) = s.strip_prefix('(') {
        if let Some(close) = r.find(')') {
            return r.get(close + 1..).unwrap_or("");
        }
    }
    s
}

/// Every number a rule carries, wherever its parameters hold one: the numbers
/// of the rule's kind, then those of its condition and exception; the count of
/// the kind's numbers is returned with them. Ranks
/// (education, golongan, eselon, rating) are held as numbers but are not
/// quantities, and a bare "paling sedikit 1" is how an encoding says "at least
/// one": neither is read.
pub fn rule_numbers(r: &IrRule) -> (Vec<f64>, usize) {
    fn walk(v: &Value, out: &mut Vec<f64>) {
        match v {
            Value::Number(n) => out.extend(n.as_f64()),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(m) => {
                if let Some(measure) = m.get("measure") {
                    let kind = measure.get("type").and_then(Value::as_str).unwrap_or("");
                    if !matches!(kind, "count" | "percent" | "time") {
                        return;
                    }
                    let bound = |k: &str| {
                        m.get(k)
                            .and_then(|b| b.get("value"))
                            .and_then(Value::as_f64)
                    };
                    if kind == "count"
                        && bound("min") == Some(1.0)
                        && m.get("max").is_some_and(Value::is_null)
                    {
                        return;
                    }
                }
                m.values().for_each(|x| walk(x, out));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    // The kind's parameters first, then the condition and exception.
    let params = Value::Array(vec![
        serde_json::to_value(&r.kind).unwrap_or(Value::Null),
        serde_json::to_value(&r.condition).unwrap_or(Value::Null),
        serde_json::to_value(&r.exception).unwrap_or(Value::Null),
    ]);
    let Value::Array(parts) = &params else {
        walk(&params, &mut out);
        return (out, 0);
    };
    let mut parts = parts.iter();
    parts.next().into_iter().for_each(|x| walk(x, &mut out));
    let kind = out.len();
    parts.for_each(|x| walk(x, &mut out));
    (out, kind)
}

/// The same number, whether a share is written 30 or 0.3.
fn same(a: f64, b: f64) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() < 1e-9;
    close(a, b) || close(a * 100.0, b) || close(a, b * 100.0)
}

/// Whether `other` is `c`, inside it, or above it.
fn on_branch(p: &Policy, c: ClauseId, other: ClauseId) -> bool {
    p.is_within(c, other) || p.is_within(other, c)
}

/// Numbers the text of a clause and of its branch states, as digits or as
/// words, from the numbers of each clause's own text (`own`, by clause id).
fn branch_text_numbers(p: &Policy, own: &[Vec<f64>], c: ClauseId) -> Vec<f64> {
    let mut out = Vec::new();
    // The clause and the clauses above it.
    let mut up = p.clauses.get(c).and_then(|n| n.parent);
    while let Some(a) = up {
        out.extend(own.get(a.index()).into_iter().flatten());
        up = p.clauses.get(a).and_then(|n| n.parent);
    }
    // The clause and the clauses inside it.
    let mut stack = vec![c];
    while let Some(x) = stack.pop() {
        out.extend(own.get(x.index()).into_iter().flatten());
        if let Some(n) = p.clauses.get(x) {
            stack.extend(n.children.iter().copied());
        }
    }
    out
}

/// Every number in a text: each run of digits, and each number in words.
fn all_numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut digits = String::new();
    for ch in text.chars().chain(std::iter::once(' ')) {
        if ch.is_ascii_digit() || (ch == ',' && !digits.is_empty()) {
            digits.push(ch);
        } else if !digits.is_empty() {
            let d = digits.trim_end_matches(',').replace(',', ".");
            out.extend(d.parse::<f64>().ok());
            digits.clear();
        }
    }
    // Words: try a number at every word that can start one ("lima puluh
    // enam", "dua", "sepuluh").
    const STARTS: &[&str] = &["sa", "se", "du", "ti", "em", "li", "en", "tu", "de", "no"];
    let mut rest = text;
    while !rest.is_empty() {
        let head = rest.get(..2).unwrap_or("");
        let may_start = STARTS.iter().any(|s| head.eq_ignore_ascii_case(s));
        if let Some(n) = may_start
            .then(|| super::number_words::words_value(rest))
            .flatten()
        {
            out.push(n as f64);
        }
        match rest.find(char::is_whitespace) {
            Some(i) => rest = rest.get(i..).unwrap_or("").trim_start(),
            None => break,
        }
    }
    out
}

/// Runs both lints.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    let rules: Vec<(&IrRule, Vec<f64>, usize)> = cx
        .rules()
        .map(|r| {
            let (numbers, kind) = rule_numbers(r);
            (r, numbers, kind)
        })
        .collect();
    // Each clause's own comment lines read once, not once per clause below it.
    let marked: Vec<bool> = p.clauses.ids().map(|c| marked_not_encoded(p, c)).collect();
    for (id, node) in p.clauses.enumerate() {
        if p.ancestors(id)
            .any(|c| marked.get(c.index()).copied().unwrap_or(false))
        {
            continue;
        }
        for (text, span) in &node.texts {
            for q in quantities(text) {
                let carried = rules.iter().any(|(r, ns, _)| {
                    on_branch(p, id, r.clause) && ns.iter().any(|n| same(*n, q.value))
                });
                if carried {
                    continue;
                }
                let written = text.get(q.start..q.phrase_end).unwrap_or("");
                let at = p.file.locate(*span, written);
                let number = text.get(q.start..q.end).unwrap_or("");
                out.push(cx.finding(&LINT, at, Some(id), msg::not_encoded(number)));
            }
        }
    }
    let own: Vec<Vec<f64>> = p
        .clauses
        .iter()
        .map(|n| n.texts.iter().flat_map(|(t, _)| all_numbers(t)).collect())
        .collect();
    for (r, all, kind) in &rules {
        let numbers = all.get(..*kind).unwrap_or_default();
        if numbers.is_empty() {
            continue;
        }
        let mut in_text = branch_text_numbers(p, &own, r.clause);
        if let Some(basis) = r.basis {
            in_text.extend(branch_text_numbers(p, &own, basis));
        }
        let mut reported: Vec<f64> = Vec::new();
        for &n in numbers {
            if in_text.iter().any(|t| same(*t, n)) || reported.iter().any(|x| same(*x, n)) {
                continue;
            }
            reported.push(n);
            let shown = crate::ir::fmt_value(n, crate::ir::Measure::Count);
            out.push(cx.finding(
                &NOT_IN_TEXT,
                r.span,
                Some(r.clause),
                msg::not_in_text(shown),
            ));
        }
    }
}

/// Words of a comment that say the clause holds what the language cannot yet
/// encode, in either language.
const NOT_ENCODED: &[&str] = &["belum dikodekan", "not encoded", "no rule"];

/// Whether the clause's own lines (the comment lines right above it, its head
/// and its rules, not its sub-clauses) hold a comment saying that something of
/// it is not encoded.
fn marked_not_encoded(p: &Policy, id: ClauseId) -> bool {
    let Some(node) = p.clauses.get(id) else {
        return false;
    };
    let source = p.file.text.as_str();
    let end = node
        .children
        .first()
        .and_then(|c| p.clauses.get(*c))
        .map_or(node.span.end, |c| c.span.start);
    // Back over the comment lines written right above the clause.
    let mut start = source
        .get(..node.span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    while start > 0 {
        let prev = source
            .get(..start - 1)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        if !source
            .get(prev..start)
            .unwrap_or("")
            .trim_start()
            .starts_with("//")
        {
            break;
        }
        start = prev;
    }
    let own = source.get(start..end).unwrap_or("");
    // The comments joined, so that "not" at the end of one line and "encoded"
    // at the start of the next still read as one phrase.
    let comments = own
        .lines()
        .filter_map(|l| l.find("//").and_then(|i| l.get(i + 2..)))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    NOT_ENCODED.iter().any(|m| comments.contains(m))
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// PSL711.
    not_encoded(number) = "the text states {number} but no rule of this clause carries it" / "teks menyatakan {number} tetapi tidak ada aturan ketentuan ini yang memuatnya";
    /// PSL712.
    not_in_text(shown) = "the rule carries {shown}, which the clause's text does not state" / "aturan memuat {shown}, yang tidak dinyatakan teks ketentuannya";
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    fn values(t: &str) -> Vec<f64> {
        quantities(t).iter().map(|q| q.value).collect()
    }

    #[test]
    fn quantities_with_units_are_read_and_citations_are_not() {
        assert_eq!(
            values("berusia paling tinggi 56 (lima puluh enam) tahun pada saat"),
            vec![56.0]
        );
        assert_eq!(
            values("paling sedikit 3 (tiga) orang dan 45% dari"),
            vec![3.0, 45.0]
        );
        assert_eq!(
            values("Undang-Undang Nomor 5 Tahun 2014 dan Pasal 7 ayat (2)"),
            Vec::<f64>::new()
        );
        assert_eq!(values("diperpanjang 2 (dua) kali"), vec![2.0]);
        assert_eq!(values("pada tanggal 5 Januari"), Vec::<f64>::new());
        assert_eq!(values("golongan IV/a 12 hari kerja"), vec![12.0]);
    }

    #[test]
    fn every_number_of_a_text_digits_and_words() {
        let n = all_numbers("paling lama lima belas hari dan 3 (tiga) orang");
        assert!(n.contains(&15.0) && n.contains(&3.0), "{n:?}");
    }

    #[test]
    fn a_share_is_the_same_number_as_a_fraction_or_a_percentage() {
        assert!(same(0.3, 30.0) && same(30.0, 0.3) && same(5.0, 5.0));
        assert!(!same(5.0, 6.0));
    }
}
