//! PSL305 — a huruf or angka label printed in another form than Lampiran II's
//! sequence gives its level (`1)` where `1.` is due).

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{ClauseId, Policy};
use crate::ir::{ClauseKind, LabelForm};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::LabelForm,
    label: Text {
        en: "label form",
        id: "bentuk penanda",
    },
    help: Text {
        en: "print rincian as a. → 1. → a) → 1) (UU 12/2011 Lampiran II No. 87 huruf g)",
        id: "tulis rincian sebagai a. → 1. → a) → 1) (UU 12/2011 Lampiran II angka 87 huruf g)",
    },
    explain: Text {
        en: "Lampiran II of UU 12/2011, No. 87 huruf g, fixes how the levels of a list (rincian) are printed, from the largest down: a small letter with a full stop (a.), an Arabic number with a full stop (1.), a small letter with a closing parenthesis (a)), an Arabic number with a closing parenthesis (1)). A policy records a label printed otherwise with the form after it (`huruf a)`, `angka 1)`); this lint reports each list whose labels depart from the sequence, once, at its first label. The reader of a deviant list cannot tell its level from its label, and a citation of it (\"huruf a angka 1)\") is ambiguous.",
        id: "Lampiran II UU 12/2011 angka 87 huruf g menetapkan cara menulis tingkat rincian, dari yang terbesar: huruf kecil dengan titik (a.), angka Arab dengan titik (1.), huruf kecil dengan kurung tutup (a)), angka Arab dengan kurung tutup (1)). Kebijakan mencatat penanda yang ditulis lain dengan bentuknya (`huruf a)`, `angka 1)`); lint ini melaporkan setiap rincian yang penandanya menyimpang dari urutan itu, sekali, pada penanda pertamanya. Pembaca rincian yang menyimpang tidak dapat mengenali tingkatnya dari penandanya, dan rujukan kepadanya menjadi rancu.",
    },
    bad: "ayat (3) \"… meliputi:\" {\n  angka 1) \"…\"\n}",
    good: "ayat (3) \"… meliputi:\" {\n  huruf a \"…\"\n}",
    words: &[msg::ALL],
};

/// The angka among the clauses above `id`: the level a huruf or angka stands
/// at in Lampiran II's sequence, as render reads it.
fn angka_above(p: &Policy, id: ClauseId) -> usize {
    p.ancestors(id)
        .skip(1)
        .filter(|&a| {
            p.clauses
                .get(a)
                .is_some_and(|c| c.kind == ClauseKind::Angka)
        })
        .count()
}

fn shown(number: &str, form: LabelForm) -> String {
    format!("{number}{}", form.mark())
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    for parent in &p.clauses {
        // One finding per list: its first deviant label, with how many there are.
        let deviant: Vec<(ClauseId, LabelForm, LabelForm)> = parent
            .children
            .iter()
            .filter_map(|&ch| {
                let c = p.clauses.get(ch)?;
                if !matches!(c.kind, ClauseKind::Huruf | ClauseKind::Angka) {
                    return None;
                }
                let due = LabelForm::conventional(angka_above(p, ch));
                c.form.filter(|f| *f != due).map(|f| (ch, f, due))
            })
            .collect();
        let Some(&(first, form, due)) = deviant.first() else {
            continue;
        };
        let Some(c) = p.clauses.get(first) else {
            continue;
        };
        let (printed, expected) = (shown(&c.number, form), shown(&c.number, due));
        let n = deviant.len();
        let message = if n == 1 {
            msg::one(printed, &parent.citation, expected)
        } else {
            msg::several(n, &parent.citation, printed, expected)
        };
        out.push(cx.finding(&LINT, c.number_span, Some(first), message));
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// One label.
    one(printed, within, expected) = "`{printed}` in {within}: Lampiran II gives `{expected}` at this level" / "`{printed}` dalam {within}: Lampiran II menentukan `{expected}` pada tingkat ini";
    /// Several labels of one list.
    several(n, within, printed, expected) = "{n} labels of {within} are printed like `{printed}`: Lampiran II gives `{expected}` at this level" / "{n} penanda dalam {within} ditulis seperti `{printed}`: Lampiran II menentukan `{expected}` pada tingkat ini";
    }
);
