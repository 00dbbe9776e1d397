//! PSL302 — Pasal numbers skipped or out of order. (A number used twice is
//! PSL101, reported by resolution.)

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::PasalNumbering,
    label: Text {
        en: "Pasal number",
        id: "nomor Pasal",
    },
    help: Text {
        en: "number Pasal continuously with Arabic numerals through the whole peraturan (UU 12/2011 Lampiran II)",
        id: "beri nomor Pasal secara berurutan dengan angka Arab di seluruh peraturan (UU 12/2011 Lampiran II)",
    },
    explain: Text {
        en: "Checks that Pasal are numbered 1, 2, 3 … continuously through the whole peraturan, across BAB, as UU 12/2011 Lampiran II prescribes. A skipped number suggests a lost article; a number that goes back makes every later citation doubtful. Duplicated numbers are PSL101.",
        id: "Memeriksa bahwa Pasal diberi nomor 1, 2, 3 … berurutan di seluruh peraturan, melintasi BAB, sebagaimana diatur UU 12/2011 Lampiran II. Nomor yang terlewat menandakan pasal yang hilang; nomor yang mundur membuat setiap sebutan sesudahnya meragukan. Nomor ganda dilaporkan PSL101.",
    },
    bad: "pasal 12 \"…\"\npasal 14 \"…\"",
    good: "pasal 12 \"…\"\npasal 13 \"…\"",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut prev: u32 = 0;
    let mut seen = std::collections::HashSet::new();
    for c in cx.policy.clauses.iter().filter(|c| c.parent.is_none()) {
        let Ok(n) = c.number.parse::<u32>() else {
            continue;
        };
        if !seen.insert(n) {
            continue; // duplicate: PSL101
        }
        // An excerpt (`kutipan`) skips the articles it leaves out.
        let excerpt_gap = cx.policy.identity.kutipan.is_some() && n > prev + 1;
        if n != prev + 1 && !excerpt_gap {
            let message = if n <= prev {
                msg::goes_back(n, prev)
            } else if n == prev + 2 {
                msg::skips_one(prev + 1)
            } else {
                msg::skips(prev + 1, n - 1)
            };
            out.push(cx.finding(&LINT, c.number_span, None, message));
        }
        prev = prev.max(n);
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// A Pasal that goes back.
    goes_back(n, previous) = "`Pasal {n}` comes after `Pasal {previous}`" / "`Pasal {n}` terletak sesudah `Pasal {previous}`";
    /// One Pasal skipped.
    skips_one(missing) = "numbering skips `Pasal {missing}`" / "penomoran melompati `Pasal {missing}`";
    /// Several skipped.
    skips(from, to) = "numbering skips `Pasal {from}` to `Pasal {to}`" / "penomoran melompati `Pasal {from}` sampai dengan `Pasal {to}`";
    }
);
