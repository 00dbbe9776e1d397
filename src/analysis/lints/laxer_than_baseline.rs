//! PSL502 — a rule laxer than the national baseline the policy follows.

use crate::analysis::context::QuantityKey;
use crate::analysis::context::{comparable, normalized, quantities, scopes_overlap};
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{End, Event, Interval};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::LaxerThanBaseline,
    label: Text {
        en: "laxer than national law",
        id: "lebih longgar dari peraturan nasional",
    },
    help: Text {
        en: "a regional rule may be stricter than the national rule it implements, never laxer: align it with the national article",
        id: "aturan daerah boleh lebih ketat daripada aturan nasional yang dilaksanakannya, tidak boleh lebih longgar: sesuaikan dengan pasal nasional",
    },
    explain: Text {
        en: "Compares every rule with the rules of the national baseline the policy follows (`mengikuti`, e.g. PP 11/2017) that set the same quantity for the same level and mechanism, whatever date the region measures it at: an age limit of 56 measured at the application deadline is laxer than 56 at the appointment, because a candidate who is 56 at the deadline may be 57 when appointed. A regional rule that allows what national law forbids — a higher age limit, a shorter announcement window, a lower education level, a larger panel, a shorter tenure before mutasi — is void against the higher law (lex superior), and a selection run under it can be annulled.",
        id: "Membandingkan setiap aturan dengan aturan baseline nasional yang diikuti (`mengikuti`, misalnya PP 11/2017) yang mengatur besaran yang sama untuk jenjang dan mekanisme yang sama, pada tanggal mana pun daerah mengukurnya: batas usia 56 tahun yang diukur pada batas akhir lamaran lebih longgar daripada 56 tahun pada pengangkatan, karena calon yang berusia 56 tahun pada batas lamaran dapat berusia 57 tahun saat diangkat. Aturan daerah yang membolehkan apa yang dilarang hukum nasional — batas usia lebih tinggi, pengumuman lebih singkat, pendidikan lebih rendah, pansel lebih besar, masa jabatan sebelum mutasi lebih singkat — bertentangan dengan peraturan yang lebih tinggi, dan seleksi berdasarkan aturan itu dapat dibatalkan.",
    },
    bad: "syarat usia paling tinggi 58 tahun pada pengangkatan   // PP 11/2017 Pasal 107 huruf e: 56",
    good: "syarat usia paling tinggi 56 tahun pada pengangkatan",
    words: &[msg::ALL],
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

/// Where an event falls in a selection, for the events whose order is fixed
/// (a vacancy, then the panel, the announcement … the appointment).
fn chronology(e: Event) -> Option<u8> {
    Some(match e {
        Event::Lowong => 0,
        Event::PembentukanPansel => 1,
        Event::Pengumuman => 2,
        Event::BatasLamaran => 3,
        Event::SeleksiAdministrasi => 4,
        Event::Pengusulan => 5,
        Event::Pengangkatan => 6,
        Event::Pelantikan => 7,
        Event::AkhirMasaJabatan | Event::Evaluasi => return None,
    })
}

/// Measured at another date than national law measures it, in the direction
/// that lets more candidates through: every measured fact (age, experience,
/// time in post) grows with time, so a maximum measured earlier, or a minimum
/// measured later, is laxer at the same number.
fn laxer_by_date(r: &Interval, b: &Interval, r_at: Option<Event>, b_at: Option<Event>) -> bool {
    let (Some(ra), Some(ba)) = (r_at.and_then(chronology), b_at.and_then(chronology)) else {
        return false;
    };
    if !comparable(r.measure, b.measure) || ra == ba {
        return false;
    }
    let at_least = |x: Option<End>, y: Option<End>, bigger: bool| match (x, y) {
        (Some(x), Some(y)) => {
            let (xv, yv) = (
                normalized(x.value, r.measure),
                normalized(y.value, b.measure),
            );
            if bigger {
                xv >= yv - 1e-9
            } else {
                xv <= yv + 1e-9
            }
        }
        _ => false,
    };
    (ra < ba && at_least(r.max, b.max, true)) || (ra > ba && at_least(r.min, b.min, false))
}

/// The same quantity: the same key, or the same measured fact at any date (an
/// age limit measured "pada batas_lamaran" is still an age limit).
fn same_quantity(a: &QuantityKey, b: &QuantityKey) -> bool {
    match (a, b) {
        (QuantityKey::Fact(x, _), QuantityKey::Fact(y, _)) => x == y,
        _ => a == b,
    }
}

fn at(k: &QuantityKey) -> Option<Event> {
    match k {
        QuantityKey::Fact(_, at) => *at,
        _ => None,
    }
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
                    same_quantity(bk, &key)
                        && scopes_overlap(&r.scope, &br.scope)
                        && (laxer(&iv, biv) || laxer_by_date(&iv, biv, at(&key), at(bk)))
                });
                if let Some((br, (bk, biv))) = hit {
                    let cite = format!("{} {}", base.short_name(), br.citation);
                    let message = match (at(&key), at(bk)) {
                        (Some(mine), Some(theirs)) if mine != theirs => msg::laxer_dated(
                            key.words(),
                            iv.words(),
                            biv.words(),
                            &cite,
                            mine,
                            theirs,
                        ),
                        _ => msg::laxer(key.words(), iv.words(), biv.words(), &cite),
                    };
                    let f = cx.finding(&LINT, r.span, Some(r.clause), message).help(
                        crate::messages::analysis::msg::with_baseline_rule(
                            LINT.help,
                            &cite,
                            br.kind.summary(),
                        ),
                    );
                    out.push(f);
                }
            }
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// Laxer than the baseline.
    laxer(quantity, here, there, cite) = "{quantity}: `{here}` is laxer than `{there}` in {cite}" / "{quantity}: `{here}` lebih longgar daripada `{there}` dalam {cite}";
    /// Laxer than the baseline, measured at another date.
    laxer_dated(quantity, here, there, cite, mine, theirs) = "{quantity}: `{here}` is laxer than `{there}` in {cite} (measured at {mine}, national law at {theirs})" / "{quantity}: `{here}` lebih longgar daripada `{there}` dalam {cite} (diukur pada {mine}, hukum nasional pada {theirs})";
    }
);
