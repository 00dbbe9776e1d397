//! The terms a peraturan defines (Pasal 1: "X yang selanjutnya disingkat Y
//! adalah …") and the abbreviations it uses: PSL708 — an abbreviation used but
//! never defined; PSL709 — a defined term never used; PSL713 — an
//! abbreviation used before the clause that defines it.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{ClauseId, Policy};
use crate::messages::Text;
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};

/// An abbreviation used but never defined.
pub const LINT: Lint = Lint {
    code: Code::UndefinedAbbreviation,
    label: Text {
        en: "abbreviation",
        id: "singkatan",
    },
    help: Text {
        en: "define the abbreviation in Pasal 1 (\"… yang selanjutnya disingkat X adalah …\") or write the name in full",
        id: "definisikan singkatan itu dalam Pasal 1 (\"… yang selanjutnya disingkat X adalah …\") atau tulis namanya secara lengkap",
    },
    explain: Text {
        en: "UU 12/2011 Lampiran II requires every abbreviation a peraturan uses to be defined, in the general provisions or where it first appears (\"Komisi Aparatur Sipil Negara yang selanjutnya disingkat KASN\"). This lint collects every word in capitals of two to eight letters in the clauses and reports one that the text never defines (\"disingkat X\", \"disebut X\", or \"(X)\" after the full name). An undefined abbreviation may be read as another body or office than the one meant.",
        id: "UU 12/2011 Lampiran II mewajibkan setiap singkatan yang dipakai peraturan didefinisikan, dalam ketentuan umum atau di tempat pertama kali muncul (\"Komisi Aparatur Sipil Negara yang selanjutnya disingkat KASN\"). Lint ini mengumpulkan setiap kata berhuruf kapital dua sampai delapan huruf dalam ketentuan dan melaporkan yang tidak pernah didefinisikan (\"disingkat X\", \"disebut X\", atau \"(X)\" setelah nama lengkapnya). Singkatan yang tidak didefinisikan dapat dibaca sebagai badan atau jabatan lain dari yang dimaksud.",
    },
    bad: "pasal 5 \"Hasil seleksi dilaporkan kepada BKN.\"   // BKN defined nowhere",
    good: "pasal 1 { angka 9 \"Badan Kepegawaian Negara yang selanjutnya disingkat BKN adalah …\" }",
    words: &[msg::ALL],
};

/// A term defined but never used.
pub const UNUSED: Lint = Lint {
    code: Code::UnusedTerm,
    label: Text {
        en: "defined term",
        id: "istilah yang didefinisikan",
    },
    help: Text {
        en: "remove the definition, or use the term where the text now says something else",
        id: "hapus definisi itu, atau pakai istilah itu di tempat teks kini menyebut hal lain",
    },
    explain: Text {
        en: "Reads the definitions of the general provisions (\"X yang selanjutnya disingkat Y adalah …\", \"X adalah …\") and reports a defined term that no other clause uses. A definition nobody uses is dead text at best; often the body uses another spelling or another word for the same thing, and then the definition does not govern it.",
        id: "Membaca definisi dalam ketentuan umum (\"X yang selanjutnya disingkat Y adalah …\", \"X adalah …\") dan melaporkan istilah yang tidak dipakai ketentuan lain. Definisi yang tidak dipakai paling baik hanya teks mati; sering batang tubuh memakai ejaan atau kata lain untuk hal yang sama, dan definisi itu tidak berlaku baginya.",
    },
    bad: "angka 7 \"Tim Penilai Kinerja yang selanjutnya disingkat TPK adalah …\"   // TPK used nowhere",
    good: "angka 7 \"Tim Penilai Kinerja yang selanjutnya disingkat TPK adalah …\"\npasal 9 \"TPK menilai …\"",
    words: &[msg::ALL],
};

/// An abbreviation used before its definition.
pub const BEFORE: Lint = Lint {
    code: Code::TermBeforeDefinition,
    label: Text {
        en: "used before its definition",
        id: "dipakai sebelum definisinya",
    },
    help: Text {
        en: "define the abbreviation where it first appears, or in Pasal 1, and use it only after that",
        id: "definisikan singkatan itu di tempat pertama kali muncul, atau dalam Pasal 1, dan pakai sesudahnya saja",
    },
    explain: Text {
        en: "UU 12/2011 Lampiran II defines an abbreviation in the general provisions, or in the clause where it first appears (\"… yang selanjutnya disingkat X\"), so that every use reads after its definition. This lint reports an abbreviation (two to eight capitals) that a clause uses before the first clause that defines it. A reader who meets it there cannot know what it stands for, and the later definition may describe something else than the earlier use meant.",
        id: "UU 12/2011 Lampiran II mendefinisikan singkatan dalam ketentuan umum, atau dalam ketentuan tempat singkatan itu pertama kali muncul (\"… yang selanjutnya disingkat X\"), sehingga setiap pemakaiannya terbaca sesudah definisinya. Lint ini melaporkan singkatan (dua sampai delapan huruf kapital) yang dipakai suatu ketentuan sebelum ketentuan pertama yang mendefinisikannya. Pembaca yang menjumpainya di sana tidak tahu kepanjangannya, dan definisi yang datang kemudian dapat menggambarkan hal lain dari yang dimaksud pemakaian sebelumnya.",
    },
    bad: "pasal 3 \"Hasil seleksi dilaporkan kepada BKN.\"\npasal 7 \"Badan Kepegawaian Negara yang selanjutnya disingkat BKN …\"",
    good: "pasal 1 { angka 9 \"Badan Kepegawaian Negara yang selanjutnya disingkat BKN adalah …\" }\npasal 3 \"Hasil seleksi dilaporkan kepada BKN.\"",
    words: &[msg::ALL],
};

/// Words that look like abbreviations but are Roman numerals.
fn is_roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Capitalised abbreviations in `text`, with their byte ranges.
pub fn abbreviations(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        let c = bytes.get(i).copied();
        let letter = c.is_some_and(|c| c.is_ascii_uppercase());
        match (start, letter) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                start = None;
                // A word ends here: the run of capitals must be the whole word.
                let before = s.checked_sub(1).and_then(|j| bytes.get(j)).copied();
                let whole = !before.is_some_and(|b| b.is_ascii_alphanumeric())
                    && !c.is_some_and(|c| c.is_ascii_alphanumeric());
                let w = text.get(s..i).unwrap_or("");
                if whole && (2..=8).contains(&w.len()) && !is_roman(w) {
                    out.push((s, i, w));
                }
            }
            _ => {}
        }
    }
    out
}

/// A definition: the clause, the name defined (its abbreviation or short name
/// when it has one), and where it is written.
struct Definition<'a> {
    clause: ClauseId,
    name: &'a str,
    span: Span,
}

/// The words after "disingkat" / "disebut" up to "adalah" or punctuation.
fn short_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // "di sebut" is a misprint the law has, and still a definition.
    for marker in ["disingkat ", "disebut ", "di sebut "] {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            let after = rest.get(i + marker.len()..).unwrap_or("");
            let end = after
                .find([',', ';', '.', ':'])
                .unwrap_or(after.len())
                .min(after.find(" adalah").unwrap_or(after.len()))
                .min(after.find(" dan ").unwrap_or(after.len()));
            let name = after.get(..end).unwrap_or("").trim();
            let name = name.strip_prefix("dengan ").unwrap_or(name).trim();
            if !name.is_empty() {
                out.push(name);
            }
            rest = after;
        }
    }
    // "(KASN)" after a full name.
    let mut rest = text;
    while let Some(i) = rest.find('(') {
        let after = rest.get(i + 1..).unwrap_or("");
        if let Some(j) = after.find(')') {
            let inner = after.get(..j).unwrap_or("");
            if (2..=8).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase()) {
                out.push(inner);
            }
        }
        rest = after;
    }
    out
}

/// The definitions of the general provisions: the sub-clauses of the first Pasal
/// that say "… adalah …".
fn definitions(p: &Policy) -> Vec<Definition<'_>> {
    let Some(first) = p
        .clauses
        .enumerate()
        .find(|(_, c)| c.parent.is_none())
        .map(|(id, _)| id)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, c) in p.clauses.enumerate() {
        if id == first || p.pasal_of(id) != first {
            continue;
        }
        for (text, span) in &c.texts {
            let Some(head) = text.find(" adalah ").and_then(|i| text.get(..i)) else {
                continue;
            };
            let name = short_names(head)
                .into_iter()
                .last()
                .unwrap_or_else(|| head.trim());
            if !name.is_empty() && name.split_whitespace().count() <= 8 {
                out.push(Definition {
                    clause: id,
                    name,
                    span: *span,
                });
            }
        }
    }
    out
}

/// Runs both lints.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    // An excerpt (`kutipan`) leaves out the definitions of the whole law.
    if p.identity.kutipan.is_some() {
        return;
    }
    let texts: Vec<(ClauseId, &str, Span)> = p
        .clauses
        .enumerate()
        .flat_map(|(id, c)| c.texts.iter().map(move |(t, s)| (id, t.as_str(), *s)))
        .collect();
    // Each text scanned once: its abbreviations, and its words in lower case.
    let scanned: Vec<Vec<&str>> = texts
        .iter()
        .map(|(_, t, _)| abbreviations(t).into_iter().map(|(_, _, w)| w).collect())
        .collect();
    let lower = Lowered::new(&texts);
    // Each defined name, with the first text (in clause order) defining it.
    let mut defined: BTreeMap<&str, usize> = BTreeMap::new();
    for (at, (_, t, _)) in texts.iter().enumerate() {
        for name in short_names(t) {
            // "JPT Pratama" defines the abbreviation `JPT` as used in it.
            for (_, _, w) in abbreviations(name) {
                defined.entry(w).or_insert(at);
            }
            defined.entry(name).or_insert(at);
        }
    }
    // Every text's words with their lengths, read once when a definition turns
    // out unused and its near spellings are looked for.
    let mut tokens: Option<Tokens<'_>> = None;
    let mut reported: BTreeSet<&str> = BTreeSet::new();
    for (at, ((id, _, span), words)) in texts.iter().zip(&scanned).enumerate() {
        for &w in words {
            if let Some(&defined_at) = defined.get(w) {
                let (later, _, _) = texts.get(defined_at).copied().unwrap_or((*id, "", *span));
                // Within the list of definitions (Pasal 1) one term may use
                // another defined further down.
                let same_pasal = p.pasal_of(later) == p.pasal_of(*id);
                if defined_at > at && !same_pasal && reported.insert(w) {
                    let cite = p.cite(later);
                    out.push(cx.finding(
                        &BEFORE,
                        p.file.locate(*span, w),
                        Some(*id),
                        msg::before(w, cite),
                    ));
                }
                continue;
            }
            if !reported.insert(w) {
                continue;
            }
            out.push(cx.finding(&LINT, p.file.locate(*span, w), Some(*id), msg::undefined(w)));
        }
    }
    for d in definitions(p) {
        let abbreviation = d.name.chars().all(|c| c.is_ascii_uppercase());
        let needle = if abbreviation {
            d.name.to_string()
        } else {
            d.name.to_lowercase()
        };
        let used = if abbreviation {
            texts
                .iter()
                .zip(&scanned)
                .any(|((id, _, _), words)| *id != d.clause && words.contains(&needle.as_str()))
        } else {
            lower.used_outside(&needle, d.clause)
        };
        if !used {
            let tokens = tokens.get_or_insert_with(|| tokenize(&texts));
            let message = match near_spelling(p, tokens, d.clause, d.name) {
                Some((other, at)) => msg::spelt_otherwise(d.name, other, at),
                None => msg::unused(d.name),
            };
            out.push(cx.finding(
                &UNUSED,
                p.file.locate(d.span, d.name),
                Some(d.clause),
                message,
            ));
        }
    }
}

/// Every clause text in lower case, joined by line breaks into one string, so
/// that a name is looked for in all of them with one search.
struct Lowered {
    all: String,
    /// Where each text starts in `all`, and its clause.
    starts: Vec<(usize, ClauseId)>,
}

impl Lowered {
    fn new(texts: &[(ClauseId, &str, Span)]) -> Self {
        let mut all = String::new();
        let mut starts = Vec::with_capacity(texts.len());
        for (id, t, _) in texts {
            starts.push((all.len(), *id));
            all.push_str(&t.to_lowercase());
            all.push('\n');
        }
        Lowered { all, starts }
    }

    /// Whether a text of a clause other than `clause` contains `needle`.
    fn used_outside(&self, needle: &str, clause: ClauseId) -> bool {
        if needle.contains('\n') || needle.is_empty() {
            // Each text on its own (its line break left out).
            let ends = self.starts.iter().skip(1).map(|(s, _)| *s);
            let ends = ends.chain(std::iter::once(self.all.len()));
            return self.starts.iter().zip(ends).any(|((start, id), end)| {
                *id != clause
                    && self
                        .all
                        .get(*start..end.saturating_sub(1))
                        .is_some_and(|t| t.contains(needle))
            });
        }
        // A match cannot cross a line break, so it lies in one text.
        self.all.match_indices(needle).any(|(at, _)| {
            let text = self.starts.partition_point(|(start, _)| *start <= at);
            text.checked_sub(1)
                .and_then(|i| self.starts.get(i))
                .is_some_and(|(_, id)| *id != clause)
        })
    }
}

/// The words of every clause text (punctuation trimmed), read once when a
/// definition turns out unused and its near spellings are looked for: each
/// word with its length in characters and its letters in lower case (a range
/// of `lower`).
struct Tokens<'a> {
    texts: Vec<(ClauseId, Vec<Token<'a>>)>,
    lower: Vec<char>,
}

/// One word of a clause text.
struct Token<'a> {
    word: &'a str,
    chars: usize,
    lower: std::ops::Range<usize>,
}

fn tokenize<'a>(texts: &[(ClauseId, &'a str, Span)]) -> Tokens<'a> {
    let mut lower = Vec::new();
    let texts = texts
        .iter()
        .map(|(id, text, _)| {
            let words = text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .map(|word| {
                    let start = lower.len();
                    let chars = if word.is_ascii() {
                        lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
                        word.len()
                    } else {
                        lower.extend(word.chars().flat_map(char::to_lowercase));
                        word.chars().count()
                    };
                    Token {
                        word,
                        chars,
                        lower: start..lower.len(),
                    }
                })
                .collect();
            (*id, words)
        })
        .collect();
    Tokens { texts, lower }
}

/// The same number of words as `name`, spelt a little differently (at most
/// two letters apart, ignoring case), in a clause other than the definition's:
/// the words as written and the clause's citation.
fn near_spelling(
    p: &Policy,
    tokens: &Tokens<'_>,
    definition: ClauseId,
    name: &str,
) -> Option<(String, String)> {
    let target = name.to_lowercase();
    let n = name.split_whitespace().count();
    if target.len() < 5 || n == 0 {
        return None;
    }
    let target: Vec<char> = target.chars().collect();
    let target_chars = target.len();
    let (mut candidate, mut row) = (Vec::new(), Vec::new());
    for (id, words) in tokens.texts.iter().filter(|(id, _)| *id != definition) {
        for window in words.windows(n) {
            // Words whose length is more than two letters off cannot be two edits away.
            let chars = window.iter().map(|t| t.chars).sum::<usize>() + window.len() - 1;
            if chars.abs_diff(target_chars) > 2 {
                continue;
            }
            // The window's words joined by one space, in lower case.
            candidate.clear();
            for (i, t) in window.iter().enumerate() {
                if i > 0 {
                    candidate.push(' ');
                }
                candidate.extend(tokens.lower.get(t.lower.clone()).unwrap_or_default());
            }
            let words = || window.iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
            // A capital sigma lowers by its place in the word: as a string.
            let d = if window.iter().any(|t| t.word.contains('Σ')) {
                Some(crate::words::edit_distance(
                    &words().to_lowercase(),
                    &target.iter().collect::<String>(),
                ))
            } else {
                crate::words::edit_distance_within(&candidate, &target, 2, &mut row)
            };
            if d.is_some_and(|d| (1..=2).contains(&d)) {
                return Some((words(), p.cite(*id).to_string()));
            }
        }
    }
    None
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// PSL713.
    before(term, cite) = "`{term}` is used here before {cite} defines it" / "`{term}` dipakai di sini sebelum {cite} mendefinisikannya";
    /// PSL708.
    undefined(term) = "`{term}` is used but never defined" / "`{term}` dipakai tetapi tidak pernah didefinisikan";
    /// PSL709, with the spelling the text uses.
    spelt_otherwise(term, other, at) = "`{term}` is defined but the text writes `{other}` ({at})" / "`{term}` didefinisikan tetapi teksnya menulis `{other}` ({at})";
    /// PSL709.
    unused(term) = "`{term}` is defined but no other clause uses it" / "`{term}` didefinisikan tetapi tidak dipakai ketentuan lain";
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_abbreviations_and_their_definitions() {
        let t = "Pejabat Pembina Kepegawaian yang selanjutnya disingkat PPK adalah pejabat (KASN) BAB IV dan PPKs";
        let words: Vec<&str> = abbreviations(t).into_iter().map(|(_, _, w)| w).collect();
        assert_eq!(words, vec!["PPK", "KASN", "BAB"]);
        assert_eq!(short_names(t), vec!["PPK", "KASN"]);
        assert_eq!(
            short_names("Jabatan Pimpinan Tinggi yang selanjutnya disebut JPT adalah"),
            vec!["JPT"]
        );
    }
}
