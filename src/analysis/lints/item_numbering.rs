//! PSL303 — ayat, huruf or angka skipped or out of order within their clause.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::ClauseKind;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ItemNumbering,
    label: Text {
        en: "item number",
        id: "nomor butir",
    },
    help: Text {
        en: "number ayat (1), (2) …, huruf a, b … and angka 1, 2 … in sequence within their clause",
        id: "beri nomor ayat (1), (2) …, huruf a, b … dan angka 1, 2 … secara berurutan dalam ketentuannya",
    },
    explain: Text {
        en: "Checks that the ayat of a Pasal, and the huruf and angka of a list, run in sequence without gaps: (1), (2), (3); a, b, c; 1, 2, 3. A skipped item suggests lost text and breaks every reference to the items after it. Duplicated numbers are PSL101.",
        id: "Memeriksa bahwa ayat dalam Pasal, serta huruf dan angka dalam suatu rincian, berurutan tanpa celah: (1), (2), (3); a, b, c; 1, 2, 3. Butir yang terlewat menandakan teks yang hilang dan merusak setiap rujukan ke butir sesudahnya. Nomor ganda dilaporkan PSL101.",
    },
    bad: "huruf a \"…\"\nhuruf c \"…\"",
    good: "huruf a \"…\"\nhuruf b \"…\"",
    words: &[msg::ALL],
};

fn ordinal(kind: ClauseKind, s: &str) -> Option<u32> {
    match kind {
        ClauseKind::Huruf => s
            .chars()
            .next()
            .filter(|c| c.is_ascii_lowercase())
            .map(|c| c as u32 - 'a' as u32 + 1),
        _ => s.parse().ok(),
    }
}

fn label(kind: ClauseKind, n: u32) -> String {
    match kind {
        ClauseKind::Ayat => format!("ayat ({n})"),
        ClauseKind::Huruf => format!(
            "huruf {}",
            char::from_u32('a' as u32 + n - 1).unwrap_or('?')
        ),
        k => format!("{} {n}", k.word()),
    }
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    for parent in &p.clauses {
        for kind in [ClauseKind::Ayat, ClauseKind::Huruf, ClauseKind::Angka] {
            let mut prev = 0;
            let mut seen = std::collections::HashSet::new();
            for &ch in &parent.children {
                let Some(c) = p.clauses.get(ch).filter(|c| c.kind == kind) else {
                    continue;
                };
                let Some(n) = ordinal(kind, &c.number) else {
                    continue;
                };
                if !seen.insert(n) {
                    continue;
                }
                if n != prev + 1 {
                    let expected = label(kind, prev + 1);
                    let message = if n <= prev {
                        msg::goes_back(label(kind, n), label(kind, prev), &parent.citation)
                    } else if prev == 0 {
                        msg::first_skips(label(kind, n), &parent.citation, expected)
                    } else {
                        msg::skips(
                            label(kind, n),
                            label(kind, prev),
                            &parent.citation,
                            expected,
                        )
                    };
                    out.push(cx.finding(&LINT, c.number_span, Some(ch), message));
                }
                prev = prev.max(n);
            }
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// A label that goes back.
    goes_back(label, previous, within) = "`{label}` comes after `{previous}` in {within}" / "`{label}` terletak sesudah `{previous}` dalam {within}";
    /// A first label that is not the first.
    first_skips(label, within, expected) = "`{label}` follows the start in {within}: expected `{expected}`" / "`{label}` seharusnya `{expected}` dalam {within}";
    /// A label that skips.
    skips(label, previous, within, expected) = "`{label}` follows `{previous}` in {within}: expected `{expected}`" / "`{label}` sesudah `{previous}` seharusnya `{expected}` dalam {within}";
    }
);
