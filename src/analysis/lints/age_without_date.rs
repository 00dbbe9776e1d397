//! PSL601 — an age limit with no reference date.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{BuiltinFact, Cond, FactKey, RuleKind};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::AgeWithoutDate,
    label: Text {
        en: "age measured when?",
        id: "umur dihitung kapan?",
    },
    help: Text {
        en: "say at which date age is measured (the application deadline, the appointment …): `syarat usia paling tinggi 56 tahun pada pengangkatan`",
        id: "nyatakan pada tanggal apa usia dihitung (batas akhir lamaran, pengangkatan …): `syarat usia paling tinggi 56 tahun pada pengangkatan`",
    },
    explain: Text {
        en: "Finds an age limit that does not say at which date age is measured. A candidate who is 56 on the application deadline may be 57 on the day of appointment; without a reference date the same candidate is both eligible and ineligible, and the committee's choice is open to challenge.",
        id: "Menemukan batas usia yang tidak menyebutkan pada tanggal apa usia dihitung. Calon yang berusia 56 tahun pada batas akhir lamaran dapat berusia 57 tahun pada hari pengangkatan; tanpa tanggal acuan, calon yang sama memenuhi dan tidak memenuhi syarat, dan pilihan panitia dapat digugat.",
    },
    bad: "huruf f \"usia paling tinggi 56 (lima puluh enam) tahun;\" => syarat usia paling tinggi 56 tahun",
    good: "huruf f \"usia paling tinggi 56 (lima puluh enam) tahun pada saat pengangkatan;\" => syarat usia paling tinggi 56 tahun pada pengangkatan",
    words: &[text::ALL],
};

fn has_undated_age(c: &Cond) -> bool {
    match c {
        Cond::And { all } => all.iter().any(has_undated_age),
        Cond::Or { any } => any.iter().any(has_undated_age),
        Cond::Not { not } => has_undated_age(not),
        Cond::Compare {
            fact: FactKey::Builtin(BuiltinFact::Usia, _),
            at: None,
            ..
        } => true,
        _ => false,
    }
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for r in cx.rules() {
        let RuleKind::Eligibility { condition } = &r.kind else {
            continue;
        };
        if has_undated_age(condition) {
            out.push(cx.finding(&LINT, r.span, Some(r.clause), text::NO_DATE.into()));
        }
    }
}

crate::texts!(
    /// What the findings say.
    mod text {
    /// The finding.
    NO_DATE = "age limit with no reference date" / "batas usia tanpa tanggal acuan";
    }
);
