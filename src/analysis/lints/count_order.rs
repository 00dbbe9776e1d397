//! PSL503 — counts of successive selection stages whose bounds are out of
//! order: fewer candidates may (or must) pass an earlier stage than a later
//! stage requires.

use crate::analysis::context::scopes_overlap;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{fmt_value, Interval, IrRule, Measure, RuleKind};
use crate::messages::{Message, Text};

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::CountOrder,
    label: Text {
        en: "more than the stage before allows",
        id: "lebih dari yang dibolehkan tahap sebelumnya",
    },
    help: Text {
        en: "each stage chooses from the one before it: applicants ≥ candidates passing the administrative selection ≥ candidates proposed ≥ candidates chosen; make the earlier stage's minimum at least the later stage's",
        id: "setiap tahap memilih dari tahap sebelumnya: pelamar ≥ calon yang lulus seleksi administrasi ≥ calon yang diusulkan ≥ calon terpilih; jadikan batas bawah tahap sebelumnya paling sedikit sama dengan batas bawah tahap berikutnya",
    },
    explain: Text {
        en: "A selection narrows its candidates stage by stage: the applicants (`pelamar`), those who pass the administrative selection (`calon_administrasi`), the names proposed to the PPK (`calon_diusulkan`), the one chosen (`calon_terpilih`). A later stage can never hold more candidates than the stage before it. This lint compares the counts the policy states for two such stages, for the same level and mechanism, at one vacancy and at two (a count `per lowongan` grows with the vacancies): when the earlier stage's maximum is below the later stage's minimum, the two clauses can never both hold; when only the earlier stage's minimum is below it, the policy lets a selection go on with fewer candidates than the next stage needs (\"paling sedikit 2 calon\" pass, \"3 calon\" must be proposed), and says nothing of what happens then.",
        id: "Seleksi menyaring calon tahap demi tahap: pelamar (`pelamar`), yang lulus seleksi administrasi (`calon_administrasi`), nama yang diusulkan kepada PPK (`calon_diusulkan`), dan yang dipilih (`calon_terpilih`). Tahap berikutnya tidak mungkin memuat lebih banyak calon daripada tahap sebelumnya. Lint ini membandingkan jumlah yang ditetapkan peraturan untuk dua tahap itu, untuk jenjang dan mekanisme yang sama, pada satu lowongan dan pada dua lowongan (jumlah `per lowongan` bertambah sesuai lowongan): bila batas atas tahap sebelumnya di bawah batas bawah tahap berikutnya, kedua ketentuan tidak mungkin dipenuhi bersama; bila hanya batas bawah tahap sebelumnya yang di bawahnya, peraturan membolehkan seleksi berlanjut dengan calon lebih sedikit daripada yang diperlukan tahap berikutnya (\"paling sedikit 2 calon\" lulus, \"3 calon\" harus diusulkan), dan tidak mengatur apa yang terjadi kemudian.",
    },
    bad: "jumlah calon_administrasi paling sedikit 2 per lowongan\njumlah calon_diusulkan tepat 3 per lowongan",
    good: "jumlah calon_administrasi paling sedikit 3 per lowongan\njumlah calon_diusulkan tepat 3 per lowongan",
    words: &[msg::ALL],
};

/// The selection counts in the order a selection narrows them.
const STAGES: &[&str] = &[
    "pelamar",
    "calon_administrasi",
    "calon_diusulkan",
    "calon_terpilih",
];

/// A count rule of one stage.
struct Bound<'a> {
    rule: &'a IrRule,
    stage: usize,
    subject: &'a str,
    interval: &'a Interval,
    per: bool,
}

impl Bound<'_> {
    /// The least whole count allowed at `vacancies` vacancies.
    fn min(&self, vacancies: f64) -> Option<f64> {
        self.interval.min.map(|e| {
            let v = if e.inclusive {
                e.value.ceil()
            } else {
                e.value.floor() + 1.0
            };
            if self.per {
                v * vacancies
            } else {
                v
            }
        })
    }
    /// The greatest whole count allowed at `vacancies` vacancies.
    fn max(&self, vacancies: f64) -> Option<f64> {
        self.interval.max.map(|e| {
            let v = if e.inclusive {
                e.value.floor()
            } else {
                e.value.ceil() - 1.0
            };
            if self.per {
                v * vacancies
            } else {
                v
            }
        })
    }
    fn words(&self) -> String {
        format!(
            "jumlah {} {}{}",
            self.subject,
            self.interval.words(),
            if self.per { " per lowongan" } else { "" }
        )
    }
}

/// How two stages' bounds are out of order, at the first number of vacancies
/// where they are: never satisfiable together, or an earlier floor too low.
enum Disorder {
    Never(f64),
    FloorTooLow(f64),
}

fn disorder(early: &Bound<'_>, late: &Bound<'_>) -> Option<Disorder> {
    for vacancies in [1.0, 2.0] {
        let Some(need) = late.min(vacancies) else {
            continue;
        };
        if early.max(vacancies).is_some_and(|m| m < need) {
            return Some(Disorder::Never(vacancies));
        }
    }
    for vacancies in [1.0, 2.0] {
        let (Some(need), Some(floor)) = (late.min(vacancies), early.min(vacancies)) else {
            continue;
        };
        if floor < need {
            return Some(Disorder::FloorTooLow(vacancies));
        }
    }
    None
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let bounds: Vec<Bound<'_>> = cx
        .rules()
        .filter(|r| r.condition.is_none() && r.exception.is_none())
        .filter_map(|r| match &r.kind {
            RuleKind::Count {
                subject,
                interval,
                per,
            } if interval.measure == Measure::Count => {
                let stage = STAGES.iter().position(|s| s == subject)?;
                Some(Bound {
                    rule: r,
                    stage,
                    subject,
                    interval,
                    per: per.is_some(),
                })
            }
            _ => None,
        })
        .collect();
    let mut reported = std::collections::BTreeSet::new();
    for late in &bounds {
        for early in bounds.iter().filter(|e| e.stage < late.stage) {
            if !scopes_overlap(&early.rule.scope, &late.rule.scope)
                || reported.contains(&(late.rule.clause, early.stage))
            {
                continue;
            }
            let Some(d) = disorder(early, late) else {
                continue;
            };
            reported.insert((late.rule.clause, early.stage));
            let (e, l) = (early.words(), late.words());
            let at = |v: f64| {
                if v > 1.0 {
                    msg::vacancies(fmt_value(v, Measure::Count))
                } else {
                    Message::default()
                }
            };
            let cite = &early.rule.citation;
            let message = match d {
                Disorder::Never(v) => msg::never(&l, &e, cite, at(v)),
                Disorder::FloorTooLow(v) => msg::floor_too_low(&l, cite, &e, at(v)),
            };
            out.push(
                cx.finding(&LINT, late.rule.span, Some(late.rule.clause), message)
                    .related_quoted(
                        early.rule.span,
                        format!("`{e}`"),
                        Some(early.rule.citation.clone()),
                    ),
            );
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// At several vacancies.
    vacancies(n) = " with {n} vacancies" / " pada {n} lowongan";
    /// A later stage that needs more than the earlier may have.
    never(later, earlier, cite, at) = "`{later}` here cannot hold with `{earlier}` in {cite}: a later stage would need more candidates than the earlier one may have{at}" / "`{later}` di sini tidak mungkin dipenuhi bersama `{earlier}` dalam {cite}: tahap berikutnya memerlukan lebih banyak calon daripada yang boleh ada pada tahap sebelumnya{at}";
    /// An earlier floor too low for the later stage.
    floor_too_low(later, cite, earlier, at) = "`{later}` here, but {cite} lets the selection go on with fewer (`{earlier}`){at}: the later stage then cannot be met" / "`{later}` di sini, tetapi {cite} membolehkan seleksi berlanjut dengan lebih sedikit (`{earlier}`){at}: tahap berikutnya lalu tidak dapat dipenuhi";
    }
);
