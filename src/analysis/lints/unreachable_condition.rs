//! PSL506 — a condition that can never hold under another clause's cap: a
//! step "after 6 years in post" when another clause ends the term at 5.

use crate::analysis::context::{disjoint, scopes_overlap};
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Cond, FactKey, Interval, IrRule, Measure, RuleKind};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::UnreachableCondition,
    label: Text {
        en: "never reached",
        id: "tidak pernah tercapai",
    },
    help: Text {
        en: "make the condition fit the period the other clause allows, or the period fit the condition",
        id: "sesuaikan syarat itu dengan masa yang dibolehkan ketentuan lain, atau masa itu dengan syaratnya",
    },
    explain: Text {
        en: "Compares every condition on a period (`jika masa_jabatan …`, a `syarat`, a `kecuali`) with the caps the policy sets on the same period (`durasi masa_jabatan paling lama 5 tahun`) for the same level and mechanism. A condition that no allowed value meets — a step \"after more than 5 years in post\" when another clause ends the term at 5 — can never be reached: the step it guards is dead, or the cap is wrong. Conditions under `tidak` are not judged.",
        id: "Membandingkan setiap syarat atas suatu masa (`jika masa_jabatan …`, `syarat`, `kecuali`) dengan batas yang ditetapkan peraturan atas masa yang sama (`durasi masa_jabatan paling lama 5 tahun`) untuk jenjang dan mekanisme yang sama. Syarat yang tidak dipenuhi oleh nilai mana pun yang dibolehkan — langkah \"setelah lebih dari 5 tahun menduduki jabatan\" sedangkan ketentuan lain mengakhiri masa jabatan pada 5 tahun — tidak pernah tercapai: langkah yang dijaganya mati, atau batasnya keliru. Syarat di bawah `tidak` tidak dinilai.",
    },
    bad: "durasi masa_jabatan paling lama 5 tahun\ndapat perpanjangan_masa_jabatan oleh ppk jika masa_jabatan lebih dari 5 tahun",
    good: "durasi masa_jabatan paling lama 5 tahun\ndapat perpanjangan_masa_jabatan oleh ppk jika masa_jabatan paling sedikit 5 tahun",
    words: &[msg::ALL],
};

/// The name a period is known by, in a condition and in a `durasi`.
fn name(f: &FactKey) -> String {
    match f {
        FactKey::Builtin(b, _) => b.as_str().to_string(),
        FactKey::Declared(s) => s.clone(),
        FactKey::Extensions(s) => format!("perpanjangan({s})"),
    }
}

/// The comparisons on periods a condition asserts (not under `tidak`).
fn periods<'c>(c: &'c Cond, out: &mut Vec<(String, &'c Interval)>) {
    match c {
        Cond::And { all } => all.iter().for_each(|x| periods(x, out)),
        Cond::Or { any } => any.iter().for_each(|x| periods(x, out)),
        Cond::Compare {
            fact,
            interval,
            lookback: None,
            ..
        } if matches!(interval.measure, Measure::Time(_)) => out.push((name(fact), interval)),
        _ => {}
    }
}

fn conditions(r: &IrRule) -> Vec<&Cond> {
    let mut out: Vec<&Cond> = r.condition.iter().chain(r.exception.iter()).collect();
    if let RuleKind::Eligibility { condition } = &r.kind {
        out.push(condition);
    }
    out
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let caps: Vec<(&IrRule, &str, &Interval)> = cx
        .rules()
        .filter(|r| r.condition.is_none() && r.exception.is_none())
        .filter_map(|r| match &r.kind {
            RuleKind::Duration { subject, interval } => Some((r, subject.as_str(), interval)),
            _ => None,
        })
        .collect();
    if caps.is_empty() {
        return;
    }
    for r in cx.rules() {
        let mut found = Vec::new();
        for c in conditions(r) {
            periods(c, &mut found);
        }
        for (fact, iv) in found {
            let Some((cap, _, civ)) = caps.iter().find(|(cap, s, civ)| {
                *s == fact
                    && cap.clause != r.clause
                    && scopes_overlap(&cap.scope, &r.scope)
                    && disjoint(iv, civ)
            }) else {
                continue;
            };
            out.push(
                cx.finding(
                    &LINT,
                    r.span,
                    Some(r.clause),
                    msg::never(&fact, iv.words(), &cap.citation, civ.words()),
                )
                .related_quoted(
                    cap.span,
                    format!("`{fact} {}`", civ.words()),
                    Some(cap.citation.clone()),
                ),
            );
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    never(fact, bounds, cite, cap) = "`{fact} {bounds}` can never hold: {cite} allows only `{cap}`" / "`{fact} {bounds}` tidak pernah terpenuhi: {cite} hanya membolehkan `{cap}`";
    }
);
