//! PSL501 — two clauses that set different values for the same quantity, for
//! the same level and mechanism, or whose bounds leave no value between them
//! (a minimum in one clause above the maximum in another).

use crate::analysis::context::{disjoint, quantities, scopes_overlap, QuantityKey};
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Interval, IrRule};
use crate::messages::Text;
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ConflictingValues,
    label: Text {
        en: "this value",
        id: "nilai ini",
    },
    help: Text {
        en: "state the quantity once, or make the clauses agree; if they govern different posts or mechanisms, scope them so",
        id: "nyatakan besaran itu satu kali, atau samakan kedua ketentuan; bila keduanya mengatur jabatan atau mekanisme berbeda, nyatakan lingkupnya",
    },
    explain: Text {
        en: "Groups every rule by the quantity it sets (the announcement window, the number of extensions, a panel's size or share, a weight, an age limit, a tenure …) and by the level and mechanism it governs, and reports two clauses that set different values, or whose bounds cannot both hold: a minimum in one clause above the maximum in another (\"paling singkat 6 bulan\" here, \"paling lama 5 bulan\" there), however each is written. A selection committee cannot follow both; whichever it follows, the other is breached.",
        id: "Mengelompokkan setiap aturan menurut besaran yang diaturnya (jangka waktu pengumuman, jumlah perpanjangan, jumlah atau porsi anggota pansel, bobot, batas usia, masa jabatan …) serta jenjang dan mekanisme yang diaturnya, lalu melaporkan dua ketentuan yang menetapkan nilai berbeda, atau yang batasnya tidak mungkin dipenuhi bersama: batas bawah di satu ketentuan di atas batas atas di ketentuan lain (\"paling singkat 6 bulan\" di sini, \"paling lama 5 bulan\" di sana), bagaimanapun masing-masing ditulis. Panitia tidak dapat menaati keduanya; mana pun yang ditaati, yang lain dilanggar.",
    },
    bad: "pasal 20 { huruf a \"… paling sedikit 2 (dua) tahun\" => syarat masa_jabatan paling singkat 2 tahun }\npasal 21 { ayat (1) \"… paling lama 1 (satu) tahun\" => syarat masa_jabatan paling lama 1 tahun }\npasal 22 { ayat (2) \"… paling singkat 1 (satu) tahun\" => syarat masa_jabatan paling singkat 1 tahun }",
    good: "pasal 20 { huruf a \"… paling sedikit 2 (dua) tahun\" => syarat masa_jabatan paling singkat 2 tahun }",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut by_key: BTreeMap<QuantityKey, Vec<(&IrRule, Interval)>> = BTreeMap::new();
    for r in cx
        .rules()
        .filter(|r| r.condition.is_none() && r.exception.is_none())
    {
        for (k, iv) in quantities(r) {
            by_key.entry(k).or_default().push((r, iv));
        }
    }
    for (key, rules) in by_key {
        let mut reported = std::collections::HashSet::new();
        for (i, (a, ia)) in rules.iter().enumerate() {
            for (b, ib) in rules.iter().skip(i + 1) {
                if a.clause == b.clause || !scopes_overlap(&a.scope, &b.scope) {
                    continue;
                }
                let message = if disjoint(ia, ib) {
                    msg::disjoint(key.words(), ib.words(), ia.words(), &a.citation)
                } else if differ(ia, ib) {
                    msg::conflict(key.words(), ib.words(), ia.words(), &a.citation)
                } else {
                    continue;
                };
                if !reported.insert(b.clause) {
                    continue;
                }
                out.push(
                    cx.finding(&LINT, b.span, Some(b.clause), message)
                        .related_quoted(
                            a.span,
                            format!("`{}`", ia.words()),
                            Some(a.citation.clone()),
                        ),
                );
            }
        }
    }
}

/// Two intervals set different values when a side both state differs
/// ("paling singkat 2 tahun" and "paling lama 5 tahun" complement each other).
fn differ(a: &crate::ir::Interval, b: &crate::ir::Interval) -> bool {
    let side = |x: Option<crate::ir::End>, y: Option<crate::ir::End>| match (x, y) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    };
    a.measure != b.measure || side(a.min, b.min) || side(a.max, b.max)
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// Two bounds of one quantity that cannot both hold.
    disjoint(quantity, here, there, other) = "{quantity}: `{here}` here and `{there}` in {other} cannot both hold" / "{quantity}: `{here}` di sini dan `{there}` dalam {other} tidak mungkin dipenuhi bersama";
    /// Two values for one quantity.
    conflict(quantity, here, there, other) = "{quantity}: `{here}` here, but `{there}` in {other}" / "{quantity}: `{here}` di sini, tetapi `{there}` dalam {other}";
    }
);
