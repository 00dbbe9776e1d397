//! PSL605 — an extension whose total length the law leaves open: no most
//! number of extensions, or no length of each.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{IrRule, RuleKind};
use crate::messages::Text;
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ExtensionUnbounded,
    label: Text {
        en: "extended for how long?",
        id: "diperpanjang berapa lama?",
    },
    help: Text {
        en: "bound both: how many times at most and how long each (`paling banyak 2 kali, masing-masing 7 hari kalender`)",
        id: "batasi keduanya: paling banyak berapa kali dan berapa lama masing-masing (`paling banyak 2 (dua) kali, masing-masing 7 (tujuh) hari kalender`)",
    },
    explain: Text {
        en: "An extension (of an announcement, a selection, a term) adds time to a schedule the law otherwise fixes. Unless the law says both how many times it may be extended at most and how long each extension is, the schedule has no end the secretariat can plan to and a reviewer can check: \"seleksi dapat diperpanjang paling banyak 2 (dua) kali\" says nothing of how long each extension lasts. This lint reports each thing extended for which no rule of the policy gives a most number of extensions, or none gives the length of each.",
        id: "Perpanjangan (pengumuman, seleksi, masa jabatan) menambah waktu pada jadwal yang selain itu ditetapkan peraturan. Bila peraturan tidak menyebut paling banyak berapa kali dapat diperpanjang dan berapa lama setiap perpanjangan, jadwal itu tidak memiliki akhir yang dapat direncanakan sekretariat dan diperiksa penelaah: \"seleksi dapat diperpanjang paling banyak 2 (dua) kali\" tidak menyebut berapa lama setiap perpanjangan. Lint ini melaporkan setiap hal yang diperpanjang yang tidak satu pun aturannya menyebut batas jumlah perpanjangan, atau tidak satu pun menyebut lama masing-masing.",
    },
    bad: "dapat perpanjangan seleksi paling banyak 2 kali",
    good: "dapat perpanjangan seleksi paling banyak 2 kali masing-masing 7 hari kalender",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // Every extension rule of each subject, in file order: a bound stated in
    // one clause bounds the extensions another clause allows.
    let mut by_subject: BTreeMap<&str, Vec<&IrRule>> = BTreeMap::new();
    for r in cx.rules() {
        if let RuleKind::Extension { subject, .. } = &r.kind {
            by_subject.entry(subject.as_str()).or_default().push(r);
        }
    }
    for (subject, rules) in by_subject {
        let mut times = false;
        let mut each = false;
        for r in &rules {
            if let RuleKind::Extension {
                times: t, each: e, ..
            } = &r.kind
            {
                times |= t.max.is_some();
                each |= e.is_some();
            }
        }
        let Some(first) = rules.first() else {
            continue;
        };
        let message = match (times, each) {
            (true, true) => continue,
            (true, false) => msg::length_open(subject),
            (false, true) => msg::count_open(subject),
            (false, false) => msg::both_open(subject),
        };
        out.push(cx.finding(&LINT, first.span, Some(first.clause), message));
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// How long each extension lasts is open.
    length_open(subject) = "extensions of `{subject}`: how many is bounded, how long each is not" / "perpanjangan `{subject}`: jumlahnya dibatasi, lama masing-masing tidak";
    /// How many extensions is open.
    count_open(subject) = "extensions of `{subject}`: how long each is stated, how many is not bounded" / "perpanjangan `{subject}`: lama masing-masing disebut, jumlahnya tidak dibatasi";
    /// Both are open.
    both_open(subject) = "extensions of `{subject}`: neither how many nor how long each is bounded" / "perpanjangan `{subject}`: jumlah dan lama masing-masing tidak dibatasi";
    }
);
