//! PSL801 — an acknowledgement (`akui CODE "…"`) that matches no finding.
//!
//! This lint runs after every other one (see `driver`), since it needs their
//! findings; its `check` does nothing.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::Policy;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::UnusedAcknowledgement,
    label: Text {
        en: "acknowledges nothing",
        id: "tidak mengakui apa pun",
    },
    help: Text {
        en: "remove the acknowledgement, or move it to the clause where the finding is",
        id: "hapus pengakuan ini, atau pindahkan ke ketentuan tempat temuan itu berada",
    },
    explain: Text {
        en: "Finds an `akui CODE \"reason\"` acknowledgement in a clause where no finding with that code is reported. Stale acknowledgements hide nothing today but would silently hide a new defect tomorrow; they also mislead a reader about what is wrong with the text.",
        id: "Menemukan pengakuan `akui KODE \"alasan\"` pada ketentuan yang tidak mempunyai temuan dengan kode itu. Pengakuan yang usang hari ini tidak menyembunyikan apa pun, tetapi kelak dapat menyembunyikan cacat baru tanpa disadari; pengakuan itu juga menyesatkan pembaca tentang apa yang salah dalam teks.",
    },
    bad: "huruf a \"…\" { akui PSL701 \"angka dan huruf berbeda dalam naskah asli\" }   // no PSL701 here",
    good: "huruf a \"… 15 (lima) hari …\" { akui PSL701 \"angka dan huruf berbeda dalam naskah asli\" }",
    words: &[msg::ALL],
};

/// Does nothing: see [`after`].
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Finding>) {}

/// Reports acknowledgements that matched no finding.
pub fn after(policy: &Policy, findings: &[Finding]) -> Vec<Finding> {
    let mut out = Vec::new();
    for ack in &policy.acknowledgements {
        let used = findings.iter().any(|f| {
            f.code.as_str() == ack.code
                && f.acknowledged.is_some()
                && policy
                    .clauses
                    .get(ack.clause)
                    .is_some_and(|c| c.span.start <= f.span.start && f.span.start < c.span.end)
        });
        if !used {
            let cx = Context {
                policy,
                baselines: &[],
            };
            out.push(cx.finding(&LINT, ack.span, Some(ack.clause), msg::unused(&ack.code)));
        }
    }
    out
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    unused(code) = "`akui {code}` matches no finding in this clause" / "`akui {code}` tidak cocok dengan temuan mana pun dalam ketentuan ini";
    }
);
