//! PSL403 — an interval whose minimum exceeds its maximum: no value satisfies it.

use crate::analysis::context::quantities;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::EmptyInterval,
    label: Text {
        en: "no value satisfies this",
        id: "tidak ada nilai yang memenuhi",
    },
    help: Text {
        en: "make the lower bound at most the upper bound",
        id: "jadikan batas bawah paling tinggi sama dengan batas atas",
    },
    explain: Text {
        en: "Finds a rule whose lower bound exceeds its upper bound (\"paling sedikit 9 … paling banyak 5\", \"lebih dari 5 dan kurang dari 5\"). No case can ever satisfy it, so every selection under the rule would be unlawful.",
        id: "Menemukan aturan yang batas bawahnya melebihi batas atasnya (\"paling sedikit 9 … paling banyak 5\", \"lebih dari 5 dan kurang dari 5\"). Tidak ada keadaan yang dapat memenuhinya, sehingga setiap seleksi berdasarkan aturan itu menjadi tidak sah.",
    },
    bad: "pansel seleksi jumlah paling sedikit 9 paling banyak 5",
    good: "pansel seleksi jumlah paling sedikit 5 paling banyak 9",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for r in cx.rules() {
        for (key, iv) in quantities(r) {
            if iv.is_empty() {
                out.push(cx.finding(
                    &LINT,
                    r.span,
                    Some(r.clause),
                    msg::empty(key.words(), iv.words()),
                ));
            }
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    empty(quantity, bounds) = "{quantity}: `{bounds}` allows no value" / "{quantity}: `{bounds}` tidak dapat dipenuhi oleh nilai apa pun";
    }
);
