//! PSL401 — weight bands that cannot add up to 100%; PSL407 — bands that allow
//! exactly one assignment. One sum, two findings: both codes live here.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{fmt_value, IrRule, Measure, RuleKind, Scope};
use crate::messages::label;
use crate::messages::Text;
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::WeightBands,
    label: Text {
        en: "weight band",
        id: "rentang bobot",
    },
    help: Text {
        en: "choose bands whose minimums add up to at most 100% and whose maximums add up to at least 100%",
        id: "tetapkan rentang bobot yang jumlah batas bawahnya paling banyak 100% dan jumlah batas atasnya paling sedikit 100%",
    },
    explain: Text {
        en: "Adds up, for each set of weight bands (e.g. makalah, assessment center, wawancara, rekam jejak), the minimum and the maximum of every component. Weights must total 100%: if the minimums already exceed 100%, or the maximums cannot reach it, no panel can score a candidate lawfully. A sum of exactly 100% is PSL407.",
        id: "Menjumlahkan, untuk setiap kelompok bobot (misalnya makalah, assessment center, wawancara, rekam jejak), batas bawah dan batas atas setiap unsur. Bobot harus berjumlah 100%: bila batas bawahnya saja sudah melebihi 100%, atau batas atasnya tidak dapat mencapainya, tidak ada panitia yang dapat menilai calon secara sah. Jumlah yang tepat 100% adalah PSL407.",
    },
    bad: "bobot penilaian makalah 30% sampai dengan 40%\nbobot penilaian wawancara 40% sampai dengan 50%\nbobot penilaian rekam jejak 35% sampai dengan 40%",
    good: "bobot penilaian makalah 15% sampai dengan 20%\nbobot penilaian assessment_center 20% sampai dengan 25%\nbobot penilaian wawancara 30% sampai dengan 35%\nbobot penilaian rekam_jejak 15% sampai dengan 20%",
    words: &[msg::ALL, text::ALL],
};

/// Bands whose minimums or maximums already add up to exactly 100%.
pub const FIXED: Lint = Lint {
    code: Code::WeightsFixed,
    label: Text {
        en: "weight band",
        id: "rentang bobot",
    },
    help: Text {
        en: "widen the bands so that the weights can vary, or write each weight as one value",
        id: "perlebar rentang agar bobot dapat bervariasi, atau tulis setiap bobot sebagai satu nilai",
    },
    explain: Text {
        en: "Adds up, for each set of weight bands, the minimum and the maximum of every component. When the minimums (or the maximums) add up to exactly 100%, every weight must sit at that end of its band: the bands allow only one assignment, and the range the drafter wrote is an illusion. Either the bands are wrong or the weights are fixed and should be written as such.",
        id: "Menjumlahkan, untuk setiap kelompok bobot, batas bawah dan batas atas setiap unsur. Bila jumlah batas bawah (atau batas atas) tepat 100%, setiap bobot harus berada di ujung rentangnya: rentang itu hanya memungkinkan satu susunan bobot, dan rentang yang ditulis perancang hanya semu. Rentangnya keliru, atau bobotnya memang tetap dan sebaiknya ditulis demikian.",
    },
    bad: "bobot penilaian makalah 20% sampai dengan 30%\nbobot penilaian wawancara 30% sampai dengan 40%\nbobot penilaian rekam_jejak 30% sampai dengan 40%",
    good: "bobot penilaian makalah 20% sampai dengan 30%\nbobot penilaian wawancara 30% sampai dengan 45%\nbobot penilaian rekam_jejak 30% sampai dengan 40%",
    words: &[msg::ALL, text::ALL],
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
        // Weights written as single values (`tepat 40%`) are fixed by intent.
        let all_exact = rules.iter().all(
            |r| matches!(&r.kind, RuleKind::Weight { interval, .. } if interval.exact().is_some()),
        );
        let sum = parts.join(", ");
        let (message, lint) = if lo > 100.0 {
            (msg::minimums_over(set, lo, sum), &LINT)
        } else if hi < 100.0 {
            (msg::maximums_under(set, hi, sum), &LINT)
        } else if (lo == 100.0 || hi == 100.0) && !all_exact {
            let which = if lo == 100.0 {
                text::MINIMUMS
            } else {
                text::MAXIMUMS
            };
            (msg::fixed(set, which, sum), &FIXED)
        } else {
            continue;
        };
        let mut f = cx.finding(lint, first.span, Some(first.clause), message);
        for r in rules.iter().skip(1) {
            f = f.related(r.span, label::BAND, Some(r.citation.clone()));
        }
        out.push(f);
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// Minimums above 100%.
    minimums_over(set, total, parts) = "weights `{set}` cannot total 100%: the minimums alone add up to {total}% ({parts})" / "bobot `{set}` tidak mungkin berjumlah 100%: batas bawahnya saja berjumlah {total}% ({parts})";
    /// Maximums under 100%.
    maximums_under(set, total, parts) = "weights `{set}` cannot total 100%: the maximums add up to only {total}% ({parts})" / "bobot `{set}` tidak mungkin berjumlah 100%: batas atasnya hanya berjumlah {total}% ({parts})";
    /// Exactly one assignment.
    fixed(set, which, parts) = "weights `{set}` allow exactly one assignment: the {which} already add up to 100% ({parts})" / "bobot `{set}` hanya memungkinkan satu susunan: jumlah {which} tepat 100% ({parts})";
    }
);

crate::texts!(
    /// What the findings say.
    mod text {
    /// The minimums.
    MINIMUMS = "minimums" / "batas bawah";
    /// The maximums.
    MAXIMUMS = "maximums" / "batas atas";
    }
);
