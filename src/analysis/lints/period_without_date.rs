//! PSL611 — a requirement on a period that grows with time (time in post,
//! experience, time at a grade) that does not say at which date it is
//! measured; age is PSL601. One finding per fact and policy.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{BuiltinFact, Cond, FactKey, IrRule, Measure, RuleKind};
use crate::messages::Text;
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::PeriodWithoutDate,
    label: Text {
        en: "counted up to when?",
        id: "dihitung sampai kapan?",
    },
    help: Text {
        en: "say at which date the period is counted (the application deadline, the appointment …): `syarat pengalaman_bidang paling sedikit 5 tahun pada batas_lamaran`",
        id: "nyatakan sampai tanggal apa masa itu dihitung (batas akhir lamaran, pengangkatan …): `syarat pengalaman_bidang paling sedikit 5 tahun pada batas_lamaran`",
    },
    explain: Text {
        en: "Finds a requirement on a period that grows with time — time in the current post (`masa_jabatan`), time at a grade (`lama_jabatan`), experience in the field (`pengalaman_bidang`) — that does not say at which date the period is counted. A candidate with 4 years and 10 months of experience on the application deadline has 5 years on the day of appointment: without a reference date the same candidate both meets and fails \"paling singkat 5 tahun\". The policy's rules on one such fact are reported together, at the first, with the others related. Age is PSL601.",
        id: "Menemukan persyaratan atas suatu masa yang bertambah dengan waktu — masa menduduki jabatan sekarang (`masa_jabatan`), lama pada suatu jenjang (`lama_jabatan`), pengalaman di bidangnya (`pengalaman_bidang`) — yang tidak menyebut sampai tanggal apa masa itu dihitung. Calon dengan pengalaman 4 tahun 10 bulan pada batas akhir lamaran memiliki 5 tahun pada hari pengangkatan: tanpa tanggal acuan, calon yang sama memenuhi dan tidak memenuhi \"paling singkat 5 tahun\". Aturan peraturan atas satu fakta seperti itu dilaporkan bersama, pada yang pertama, dengan yang lain sebagai lokasi terkait. Usia adalah PSL601.",
    },
    bad: "huruf b \"memiliki pengalaman jabatan paling singkat 5 (lima) tahun;\" => syarat pengalaman_bidang paling sedikit 5 tahun",
    good: "huruf b \"memiliki pengalaman jabatan paling singkat 5 (lima) tahun pada batas akhir pendaftaran;\" => syarat pengalaman_bidang paling sedikit 5 tahun pada batas_lamaran",
    words: &[msg::ALL],
};

/// The facts whose value grows with time (age is PSL601's).
fn grows(f: &FactKey) -> Option<BuiltinFact> {
    match f {
        FactKey::Builtin(
            b @ (BuiltinFact::MasaJabatan
            | BuiltinFact::LamaJabatan
            | BuiltinFact::PengalamanBidang),
            _,
        ) => Some(*b),
        _ => None,
    }
}

fn undated(c: &Cond, out: &mut Vec<BuiltinFact>) {
    match c {
        Cond::And { all } => all.iter().for_each(|x| undated(x, out)),
        Cond::Or { any } => any.iter().for_each(|x| undated(x, out)),
        Cond::Not { not } => undated(not, out),
        Cond::Compare {
            fact,
            interval,
            at: None,
            ..
        } if matches!(interval.measure, Measure::Time(_)) => {
            if let Some(b) = grows(fact) {
                if !out.contains(&b) {
                    out.push(b);
                }
            }
        }
        _ => {}
    }
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut by_fact: BTreeMap<BuiltinFact, Vec<&IrRule>> = BTreeMap::new();
    for r in cx.rules() {
        let RuleKind::Eligibility { condition } = &r.kind else {
            continue;
        };
        let mut facts = Vec::new();
        undated(condition, &mut facts);
        for f in facts {
            by_fact.entry(f).or_default().push(r);
        }
    }
    for (fact, rules) in by_fact {
        let Some(first) = rules.first() else {
            continue;
        };
        let more = rules.len() - 1;
        let message = if more == 0 {
            msg::one(fact)
        } else {
            msg::several(fact, more)
        };
        let mut f = cx.finding(&LINT, first.span, Some(first.clause), message);
        for r in rules.iter().skip(1) {
            f = f.related_quoted(r.span, format!("`{fact}`"), Some(r.citation.clone()));
        }
        out.push(f);
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// One rule.
    one(fact) = "`{fact}` required with no date it is counted to" / "`{fact}` disyaratkan tanpa tanggal acuan penghitungannya";
    /// Several rules.
    several(fact, more) = "`{fact}` required with no date it is counted to, here and in {more} other rule(s)" / "`{fact}` disyaratkan tanpa tanggal acuan penghitungannya, di sini dan dalam {more} aturan lain";
    }
);
