//! PSL401 — weight bands that cannot add up to 100%, or that allow exactly one
//! assignment.

use crate::analysis::{Context, Lint};
use crate::diagnostics::{Finding, Severity};
use crate::ir::{fmt_value, IrRule, Measure, RuleKind, Scope};
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: "PSL401",
    name: "weight-bands",
    family: "satisfiability",
    severity: Severity::Error,
    label_en: "weight band",
    help_en: "choose bands whose minimums add up to at most 100% and whose maximums add up to at least 100%",
    help_id: "tetapkan rentang bobot yang jumlah batas bawahnya paling banyak 100% dan jumlah batas atasnya paling sedikit 100%",
    explain_en: "Adds up, for each set of weight bands (e.g. makalah, assessment center, wawancara, rekam jejak), the minimum and the maximum of every component. Weights must total 100%: if the minimums already exceed 100%, or the maximums cannot reach it, no panel can score a candidate lawfully. If the sum of minimums or maximums is exactly 100%, the bands allow only one assignment, and the range the drafter wrote is an illusion (reported as a warning).",
    explain_id: "Menjumlahkan, untuk setiap kelompok bobot (misalnya makalah, assessment center, wawancara, rekam jejak), batas bawah dan batas atas setiap unsur. Bobot harus berjumlah 100%: bila batas bawahnya saja sudah melebihi 100%, atau batas atasnya tidak dapat mencapainya, tidak ada panitia yang dapat menilai calon secara sah. Bila jumlah batas bawah atau batas atas tepat 100%, rentang itu hanya memungkinkan satu susunan bobot (dilaporkan sebagai peringatan).",
    bad: "bobot penilaian makalah 30% sampai dengan 40%\nbobot penilaian wawancara 40% sampai dengan 50%\nbobot penilaian rekam jejak 35% sampai dengan 40%",
    good: "bobot penilaian makalah 15% sampai dengan 20%\nbobot penilaian assessment_center 20% sampai dengan 25%\nbobot penilaian wawancara 30% sampai dengan 35%\nbobot penilaian rekam_jejak 15% sampai dengan 20%",
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut groups: BTreeMap<(String, Scope), Vec<&IrRule>> = BTreeMap::new();
    for r in cx.rules().filter(|r| r.condition.is_none()) {
        if let RuleKind::Weight { set, .. } = &r.kind {
            groups
                .entry((set.clone(), r.scope.clone()))
                .or_default()
                .push(r);
        }
    }
    for ((set, _), rules) in groups {
        let (mut lo, mut hi) = (0.0, 0.0);
        let mut parts = Vec::new();
        for r in &rules {
            if let RuleKind::Weight {
                component,
                interval,
                ..
            } = &r.kind
            {
                let l = interval.min.map_or(0.0, |e| e.value);
                let h = interval.max.map_or(100.0, |e| e.value);
                lo += l;
                hi += h;
                parts.push(format!(
                    "{component} {}–{}",
                    fmt_value(l, Measure::Percent),
                    fmt_value(h, Measure::Percent)
                ));
            }
        }
        let Some(first) = rules.first() else { continue };
        let sum = parts.join(", ");
        let (en, id, sev) = if lo > 100.0 {
            (format!("weights `{set}` cannot total 100%: the minimums alone add up to {lo}% ({sum})"), format!("bobot `{set}` tidak mungkin berjumlah 100%: batas bawahnya saja berjumlah {lo}% ({sum})"), Severity::Error)
        } else if hi < 100.0 {
            (format!("weights `{set}` cannot total 100%: the maximums add up to only {hi}% ({sum})"), format!("bobot `{set}` tidak mungkin berjumlah 100%: batas atasnya hanya berjumlah {hi}% ({sum})"), Severity::Error)
        } else if lo == 100.0 || hi == 100.0 {
            let which = if lo == 100.0 { "minimums" } else { "maximums" };
            let which_id = if lo == 100.0 {
                "batas bawah"
            } else {
                "batas atas"
            };
            (format!("weights `{set}` allow exactly one assignment: the {which} already add up to 100% ({sum})"), format!("bobot `{set}` hanya memungkinkan satu susunan: jumlah {which_id} tepat 100% ({sum})"), Severity::Warning)
        } else {
            continue;
        };
        let mut f = cx.finding(&LINT, first.span, Some(first.clause), en, id);
        f.severity = sev;
        for r in rules.iter().skip(1) {
            f = f.related(r.span, "band", Some(r.citation.clone()));
        }
        out.push(f);
    }
}
