//! PSL502 — a rule laxer than the national baseline the policy follows.

use crate::analysis::context::{comparable, normalized, quantities, scopes_overlap};
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{End, Interval};

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::LaxerThanBaseline,
    label_en: "laxer than national law",
    help_en: "a regional rule may be stricter than the national rule it implements, never laxer: align it with the national article",
    help_id: "aturan daerah boleh lebih ketat daripada aturan nasional yang dilaksanakannya, tidak boleh lebih longgar: sesuaikan dengan pasal nasional",
    explain_en: "Compares every rule with the rules of the national baseline the policy follows (`mengikuti`, e.g. PP 11/2017) that set the same quantity for the same level and mechanism. A regional rule that allows what national law forbids — a higher age limit, a shorter announcement window, a lower education level, a larger panel, a shorter tenure before mutasi — is void against the higher law (lex superior), and a selection run under it can be annulled.",
    explain_id: "Membandingkan setiap aturan dengan aturan baseline nasional yang diikuti (`mengikuti`, misalnya PP 11/2017) yang mengatur besaran yang sama untuk jenjang dan mekanisme yang sama. Aturan daerah yang membolehkan apa yang dilarang hukum nasional — batas usia lebih tinggi, pengumuman lebih singkat, pendidikan lebih rendah, pansel lebih besar, masa jabatan sebelum mutasi lebih singkat — bertentangan dengan peraturan yang lebih tinggi, dan seleksi berdasarkan aturan itu dapat dibatalkan.",
    bad: "syarat usia paling tinggi 58 tahun pada pengangkatan   // PP 11/2017 Pasal 107 huruf e: 56",
    good: "syarat usia paling tinggi 56 tahun pada pengangkatan",
};

fn laxer_low(
    region: Option<End>,
    base: Option<End>,
    rm: crate::ir::Measure,
    bm: crate::ir::Measure,
) -> bool {
    match (region, base) {
        (Some(r), Some(b)) => {
            let (rv, bv) = (normalized(r.value, rm), normalized(b.value, bm));
            rv < bv - 1e-9 || ((rv - bv).abs() < 1e-9 && r.inclusive && !b.inclusive)
        }
        _ => false,
    }
}

fn laxer_high(
    region: Option<End>,
    base: Option<End>,
    rm: crate::ir::Measure,
    bm: crate::ir::Measure,
) -> bool {
    match (region, base) {
        (Some(r), Some(b)) => {
            let (rv, bv) = (normalized(r.value, rm), normalized(b.value, bm));
            rv > bv + 1e-9 || ((rv - bv).abs() < 1e-9 && r.inclusive && !b.inclusive)
        }
        _ => false,
    }
}

fn laxer(r: &Interval, b: &Interval) -> bool {
    comparable(r.measure, b.measure)
        && (laxer_low(r.min, b.min, r.measure, b.measure)
            || laxer_high(r.max, b.max, r.measure, b.measure))
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for base in cx.baselines {
        let base_rules: Vec<_> = base
            .rules
            .iter()
            .filter(|r| r.condition.is_none() && r.exception.is_none())
            .flat_map(|r| quantities(r).into_iter().map(move |q| (r, q)))
            .collect();
        for r in cx
            .rules()
            .filter(|r| r.condition.is_none() && r.exception.is_none())
        {
            for (key, iv) in quantities(r) {
                let hit = base_rules.iter().find(|(br, (bk, biv))| {
                    *bk == key && scopes_overlap(&r.scope, &br.scope) && laxer(&iv, biv)
                });
                if let Some((br, (_, biv))) = hit {
                    let cite = format!("{} {}", base.short_name(), br.citation);
                    let mut f = cx.finding(
                        &LINT,
                        r.span,
                        Some(r.clause),
                        format!(
                            "{}: `{}` is laxer than `{}` in {cite}",
                            key.words(),
                            iv.words(),
                            biv.words()
                        ),
                        format!(
                            "{}: `{}` lebih longgar daripada `{}` dalam {cite}",
                            key.words(),
                            iv.words(),
                            biv.words()
                        ),
                    );
                    f.help = Some(format!("{} ({cite}: {})", LINT.help_en, br.kind.summary()));
                    f.help_id = Some(format!("{} ({cite}: {})", LINT.help_id, br.kind.summary()));
                    out.push(f);
                }
            }
        }
    }
}
