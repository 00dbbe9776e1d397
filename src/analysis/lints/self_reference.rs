//! PSL201 — a clause that refers to itself.
//!
//! What it does: finds a cross-reference ("sebagaimana dimaksud pada ayat (2)")
//! whose target is the clause that contains it.
//! Why is this bad: a clause defined by reference to itself says nothing; the
//! drafter almost always meant a neighbouring clause.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::ClauseId;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::SelfReference,
    label: Text {
        en: "refers to the clause it is in",
        id: "merujuk ketentuan tempatnya sendiri",
    },
    help: Text {
        en: "point the reference at the clause that is meant",
        id: "arahkan rujukan ke ketentuan yang dimaksud",
    },
    explain: Text {
        en: "Finds a cross-reference whose target is the very clause that contains it, a clause it is part of (an item citing its own ayat), or a part of it (an ayat citing its own huruf). A clause defined by reference to itself says nothing; the drafter almost always meant a neighbouring ayat or huruf, and a reader cannot tell which.",
        id: "Menemukan rujukan silang yang menunjuk ketentuan tempat rujukan itu sendiri berada, ketentuan yang memuatnya (rincian yang merujuk ayatnya sendiri), atau bagiannya (ayat yang merujuk hurufnya sendiri). Ketentuan yang merujuk dirinya sendiri tidak mengatur apa pun; perancang hampir selalu bermaksud ayat atau huruf di dekatnya, dan pembaca tidak dapat mengetahui yang mana.",
    },
    bad: "ayat (2) \"Pansel sebagaimana dimaksud pada ayat (2) dibentuk oleh PPK.\"",
    good: "ayat (2) \"Pansel sebagaimana dimaksud pada ayat (1) dibentuk oleh PPK.\"",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    let within = |inner: ClauseId, outer: ClauseId| p.is_within(inner, outer);
    for r in &p.references {
        let Some(target) = r.target else {
            continue;
        };
        let message = if target == r.from {
            msg::itself(&r.written)
        } else if within(r.from, target) {
            msg::ancestor(&r.written)
        } else if within(target, r.from) {
            msg::descendant(&r.written)
        } else {
            continue;
        };
        out.push(cx.finding(&LINT, r.span, Some(r.from), message));
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// A reference to its own clause.
    itself(written) = "`{written}` refers to the clause it is written in" / "`{written}` merujuk ketentuan tempat rujukan itu sendiri";
    /// A reference to a clause that holds it.
    ancestor(written) = "`{written}` refers to a clause this text is part of" / "`{written}` merujuk ketentuan yang memuat teks ini";
    /// A reference to a part of its own clause.
    descendant(written) = "`{written}` refers to a part of the clause it is written in" / "`{written}` merujuk bagian dari ketentuan tempat rujukan itu sendiri";
    }
);
