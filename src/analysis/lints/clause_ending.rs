//! PSL306 — a clause's text that does not end as the drafting rules require:
//! an ayat that is not a complete sentence, a clause with sub-clauses whose
//! text does not end with a colon, a list item with no closing mark.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::ClauseKind;
use crate::ir::{ClauseId, ClauseNode};
use crate::messages::{Message, Text};
use crate::source::Span;
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ClauseEnding,
    label: Text {
        en: "how this text ends",
        id: "akhir teks ini",
    },
    help: Text {
        en: "end an ayat as a sentence (`.`), text before sub-clauses with `:`, and each list item with `;` (the last with `.`) (UU 12/2011 Lampiran II No. 83, 87)",
        id: "akhiri ayat sebagai kalimat (`.`), teks sebelum rincian dengan `:`, dan setiap rincian dengan `;` (yang terakhir dengan `.`) (UU 12/2011 Lampiran II angka 83, 87)",
    },
    explain: Text {
        en: "UU 12/2011 Lampiran II No. 83: an ayat holds one norm in one complete sentence; No. 87: the text before a list ends with a colon (huruf f), and each list item ends with a semicolon (huruf d), the last with a full stop. A Pasal's or ayat's text with no closing mark is usually a heading put where a norm belongs (\"(2) Rekrutmen JPT Pratama\"), or a sentence cut short; text before sub-clauses without a colon hides that the sub-clauses complete it; an item with no closing mark often lost its end. This lint reads the first text of each Pasal and ayat, the text before the sub-clauses of every clause, and the text of each list item. An item may also end with the conjunction that joins the last two (\"; dan\", \"; atau\", \"; dan/atau\").",
        id: "UU 12/2011 Lampiran II angka 83: satu ayat memuat satu norma dalam satu kalimat utuh; angka 87: teks sebelum rincian diakhiri titik dua (huruf f), dan setiap rincian diakhiri titik koma (huruf d), yang terakhir dengan titik. Teks Pasal atau ayat tanpa tanda akhir biasanya judul yang ditempatkan di tempat norma (\"(2) Rekrutmen JPT Pratama\"), atau kalimat yang terpotong; teks sebelum rincian tanpa titik dua menyembunyikan bahwa rinciannya melengkapi kalimat itu; rincian tanpa tanda akhir sering kehilangan ujungnya. Lint ini membaca teks pertama setiap Pasal dan ayat, teks sebelum rincian setiap ketentuan, dan teks setiap rincian. Rincian boleh diakhiri kata sambung di antara dua rincian terakhir (\"; dan\", \"; atau\", \"; dan/atau\").",
    },
    bad: "ayat (2) \"Rekrutmen JPT Pratama\" {\n  huruf a \"…;\"\n}",
    good: "ayat (2) \"Rekrutmen JPT Pratama dilakukan melalui:\" {\n  huruf a \"…;\"\n}",
    words: &[msg::ALL],
};

/// The last character of a text that is not a blank or a closing quote or
/// bracket of an inline mark.
fn last_mark(text: &str) -> Option<char> {
    text.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        .chars()
        .next_back()
}

/// The conjunctions a list item may end with, after its semicolon.
fn ends_with_conjunction(text: &str) -> bool {
    let t = text.trim_end();
    ["dan", "atau", "dan/atau", "serta"]
        .iter()
        .any(|w| t.ends_with(&format!(" {w}")) || t.ends_with(&format!(";{w}")))
}

/// What can be wrong with the end of a clause's text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Problem {
    /// Text before sub-clauses without a colon.
    NoColon,
    /// A Pasal's or ayat's text with no closing mark.
    NotASentence,
    /// A list item with no closing mark.
    OpenItem,
}

impl Problem {
    /// What the finding says, in English and Indonesian, of `n` clauses.
    fn words(self, n: usize) -> Message {
        let more = match n.saturating_sub(1) {
            1 => msg::one_more(),
            k => msg::more(k),
        };
        match (self, n) {
            (Problem::NoColon, 1) => msg::no_colon(),
            (Problem::NoColon, _) => msg::no_colon_in_more(more),
            (Problem::NotASentence, 1) => msg::not_a_sentence(),
            (Problem::NotASentence, _) => msg::not_a_sentence_in_more(more),
            (Problem::OpenItem, 1) => msg::open_item(),
            (Problem::OpenItem, _) => msg::open_item_in_more(more),
        }
    }
}

/// What is wrong with the end of a clause's first text, if anything.
fn problem(c: &ClauseNode, text: &str, has_children: bool) -> Option<Problem> {
    let last = last_mark(text)?;
    if has_children {
        return (last != ':').then_some(Problem::NoColon);
    }
    let closed = matches!(last, '.' | ':' | ';');
    match c.kind {
        ClauseKind::Pasal | ClauseKind::Ayat => (!closed).then_some(Problem::NotASentence),
        ClauseKind::Huruf | ClauseKind::Angka => {
            (!closed && !ends_with_conjunction(text)).then_some(Problem::OpenItem)
        }
    }
}

/// Runs the lint: one finding per Pasal and kind of problem, at its first
/// clause, with the others as related locations.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    let mut groups: BTreeMap<(ClauseId, Problem), Vec<(ClauseId, Span)>> = BTreeMap::new();
    for (id, c) in p.clauses.enumerate() {
        // The text read is the last one before the first sub-clause (the
        // chapeau "…, meliputi:"), or the first when there is no sub-clause.
        let first_child = c
            .children
            .first()
            .and_then(|&k| p.clauses.get(k))
            .map(|k| k.span.start);
        let before: Vec<&(String, Span)> = c
            .texts
            .iter()
            .filter(|(_, s)| first_child.is_none_or(|start| s.start < start))
            .collect();
        let (has_children, piece) = match (first_child, before.last()) {
            (Some(_), Some(last)) => (true, *last),
            (_, _) => match c.texts.first() {
                Some(first) => (false, first),
                None => continue,
            },
        };
        let (text, span) = (&piece.0, &piece.1);
        if let Some(problem) = problem(c, text, has_children) {
            groups
                .entry((p.pasal_of(id), problem))
                .or_default()
                .push((id, *span));
        }
    }
    for ((_, problem), clauses) in groups {
        let Some(&(first, span)) = clauses.first() else {
            continue;
        };
        let cite = |id: ClauseId| p.clauses.get(id).map_or("", |c| c.citation.as_str());
        let mut f = cx.finding(&LINT, span, Some(first), problem.words(clauses.len()));
        for &(id, span) in clauses.iter().skip(1) {
            f = f.related(span, LINT.label, Some(cite(id).to_string()));
        }
        out.push(f);
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// One more clause (the Indonesian names the kind of clause in the sentence).
    one_more() = "1 more clause" / "1";
    /// More clauses (the Indonesian names the kind of clause in the sentence).
    more(n) = "{n} more clauses" / "{n}";
    /// A chapeau without `:`.
    no_colon() = "the text before its sub-clauses does not end with `:`" / "teks sebelum rinciannya tidak diakhiri `:`";
    /// Several.
    no_colon_in_more(more) = "the text before the sub-clauses does not end with `:`, here and in {more} of this Pasal" / "teks sebelum rincian tidak diakhiri `:` di sini dan di {more} ketentuan lain dalam Pasal ini";
    /// Not a sentence.
    not_a_sentence() = "not a complete sentence: the text has no closing `.`" / "bukan kalimat utuh: teksnya tidak diakhiri `.`";
    /// Several.
    not_a_sentence_in_more(more) = "not a complete sentence (no closing `.`), nor is the text of {more} of this Pasal" / "bukan kalimat utuh (tidak diakhiri `.`), demikian pula {more} teks lain dalam Pasal ini";
    /// An open item.
    open_item() = "the item does not end with `;` or `.`" / "rincian ini tidak diakhiri `;` atau `.`";
    /// Several.
    open_item_in_more(more) = "the item does not end with `;` or `.`, nor does the text of {more} of this Pasal" / "rincian ini tidak diakhiri `;` atau `.`, demikian pula {more} rincian lain dalam Pasal ini";
    }
);
