//! PSL301 — BAB, Bagian and Paragraf numbers out of sequence, missing, or in the
//! wrong form.
//!
//! UU 12/2011 Lampiran II numbers BAB with Roman numerals, Bagian with ordinal
//! words ("Kesatu", "Kedua" …) restarting in each BAB, and Paragraf with Arabic
//! numerals restarting in each Bagian.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::HeadingKind;
use crate::ir::HeadingNode;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::HeadingNumbering,
    label: Text {
        en: "heading number",
        id: "nomor judul",
    },
    help: Text {
        en: "number BAB I, II, III …; Bagian Kesatu, Kedua … within each BAB; Paragraf 1, 2 … within each Bagian (UU 12/2011 Lampiran II)",
        id: "beri nomor BAB I, II, III …; Bagian Kesatu, Kedua … dalam setiap BAB; Paragraf 1, 2 … dalam setiap Bagian (UU 12/2011 Lampiran II)",
    },
    explain: Text {
        en: "Checks that BAB are numbered with Roman numerals in sequence, Bagian with ordinal words restarting in each BAB, and Paragraf with Arabic numerals restarting in each Bagian, as UU 12/2011 Lampiran II prescribes. A repeated or skipped heading number makes citations such as `BAB VII` or `Bagian Kedua` ambiguous.",
        id: "Memeriksa bahwa BAB diberi nomor urut angka Romawi, Bagian dengan kata bilangan tingkat yang dimulai lagi di setiap BAB, dan Paragraf dengan angka Arab yang dimulai lagi di setiap Bagian, sebagaimana diatur UU 12/2011 Lampiran II. Nomor judul yang berulang atau terlewat membuat sebutan seperti `BAB VII` atau `Bagian Kedua` bermakna ganda.",
    },
    bad: "bab VII \"PENDANAAN\"\nbab VII \"KETENTUAN PENUTUP\"",
    good: "bab VII \"PENDANAAN\"\nbab VIII \"KETENTUAN PENUTUP\"",
    words: &[msg::ALL, text::ALL],
};

/// Value of a Roman numeral.
pub fn roman(s: &str) -> Option<u32> {
    let v = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let digits: Option<Vec<u32>> = s.chars().map(v).collect();
    let digits = digits?;
    let mut total = 0i64;
    for (i, d) in digits.iter().enumerate() {
        let next = digits.get(i + 1).copied().unwrap_or(0);
        if *d < next {
            total -= i64::from(*d);
        } else {
            total += i64::from(*d);
        }
    }
    u32::try_from(total).ok().filter(|t| *t > 0)
}

/// Roman numeral of a number.
pub fn to_roman(n: u32) -> String {
    crate::words::roman(n)
}

fn word_of(kind: HeadingKind, n: u32) -> String {
    match kind {
        HeadingKind::Bab => format!("BAB {}", to_roman(n)),
        HeadingKind::Bagian => format!(
            "Bagian {}",
            crate::words::capitalize(&crate::words::ordinal_word(n as usize))
        ),
        HeadingKind::Paragraf => format!("Paragraf {n}"),
    }
}

fn value(h: &HeadingNode) -> Result<Option<u32>, Text> {
    let Some(n) = &h.number else { return Ok(None) };
    match h.kind {
        HeadingKind::Bab => roman(n).map(Some).ok_or(text::BAB_ROMAN),
        HeadingKind::Bagian => crate::words::ordinal_value(n)
            .map(Some)
            .ok_or(text::BAGIAN_ORDINAL),
        HeadingKind::Paragraf => n.parse().map(Some).map_err(|_| text::PARAGRAF_ARABIC),
    }
}

/// A heading's finding cites the heading (`BAB VII`, `Bagian Kedua`).
fn cited(h: &HeadingNode, mut f: Finding) -> Finding {
    f.clause = Some(h.citation.clone());
    f
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let hs = &cx.policy.headings;
    // Expected next number per (kind, parent heading).
    let mut last: std::collections::HashMap<(HeadingKind, Option<crate::ir::HeadingId>), u32> =
        std::collections::HashMap::new();
    for h in hs {
        let scope_parent = match h.kind {
            HeadingKind::Bab => None,
            _ => h.parent,
        };
        let key = (h.kind, scope_parent);
        let prev = last.get(&key).copied().unwrap_or(0);
        let expected = prev + 1;
        match value(h) {
            Err(why) => out.push(cited(h, cx.finding(&LINT, h.number_span, None, why.into()))),
            Ok(None) => {
                out.push(cited(
                    h,
                    cx.finding(
                        &LINT,
                        h.span,
                        None,
                        msg::no_number(h.kind.word(), &h.title, word_of(h.kind, expected)),
                    ),
                ));
                last.insert(key, expected);
            }
            Ok(Some(n)) => {
                let excerpt_gap = cx.policy.identity.kutipan.is_some() && n > expected;
                if n != expected && !excerpt_gap {
                    let what = if n <= prev {
                        text::GOES_BACK
                    } else {
                        text::SKIPS
                    };
                    out.push(cited(
                        h,
                        cx.finding(
                            &LINT,
                            h.number_span,
                            None,
                            msg::out_of_sequence(what, word_of(h.kind, expected)),
                        ),
                    ));
                }
                last.insert(key, n.max(prev));
            }
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// A heading with no number.
    no_number(kind, title, expected) = "{kind} \"{title}\" has no number; expected `{expected}`" / "{kind} \"{title}\" tidak bernomor; seharusnya `{expected}`";
    /// A number out of sequence.
    out_of_sequence(what, expected) = "the number {what}: expected `{expected}`" / "nomornya {what}: seharusnya `{expected}`";
    }
);

crate::texts!(
    /// What the findings say.
    mod text {
    /// A BAB not in Roman numerals.
    BAB_ROMAN = "BAB is numbered with Roman numerals" / "BAB diberi nomor dengan angka Romawi";
    /// A Bagian not in ordinal words.
    BAGIAN_ORDINAL = "Bagian is numbered with an ordinal word (Kesatu, Kedua …)" / "Bagian diberi nomor dengan kata bilangan bertingkat (Kesatu, Kedua …)";
    /// A Paragraf not in Arabic numerals.
    PARAGRAF_ARABIC = "Paragraf is numbered with Arabic numerals" / "Paragraf diberi nomor dengan angka Arab";
    /// A number that goes back.
    GOES_BACK = "repeats or goes back" / "berulang atau mundur";
    /// A number that skips.
    SKIPS = "skips" / "melompat";
    }
);
