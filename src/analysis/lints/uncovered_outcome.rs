//! PSL609 — an extension granted because a count fell short (too few
//! applicants, too few candidates) when no rule says what happens if the count
//! is still short after the last extension, or only for some of the counts.

use crate::analysis::context::scopes_overlap;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Cond, FactKey, Interval, IrRule, Measure, RuleKind};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::UncoveredOutcome,
    label: Text {
        en: "and after the last extension?",
        id: "dan setelah perpanjangan terakhir?",
    },
    help: Text {
        en: "say what happens when the count is still short after the last extension, for every count the extension was granted for (the selection goes on with fewer, is cancelled, or KASN decides)",
        id: "atur apa yang terjadi bila jumlahnya masih kurang setelah perpanjangan terakhir, untuk setiap jumlah yang menjadi alasan perpanjangan (seleksi dilanjutkan dengan jumlah yang ada, dibatalkan, atau diputuskan KASN)",
    },
    explain: Text {
        en: "An extension granted because a count fell short (\"apabila pelamar kurang dari 3 orang, pengumuman dapat diperpanjang paling banyak 2 kali\") leaves open what happens when the count is still short after the last extension. This lint takes the counts the extension is granted for and looks for the rules of the same level and mechanism, other than the extension and the steps that share its very condition, whose condition tests the same count: the counts none of them covers are left to the committee's discretion. \"Setelah 2 kali diperpanjang namun pelamar hanya berjumlah 3 orang, KASN dapat memberikan rekomendasi\" covers 3 applicants, not 0, 1 or 2.",
        id: "Perpanjangan yang diberikan karena suatu jumlah kurang (\"apabila pelamar kurang dari 3 orang, pengumuman dapat diperpanjang paling banyak 2 kali\") membiarkan terbuka apa yang terjadi bila jumlah itu masih kurang setelah perpanjangan terakhir. Lint ini mengambil jumlah yang menjadi alasan perpanjangan dan mencari aturan untuk jenjang dan mekanisme yang sama, selain perpanjangan itu dan langkah yang bersyarat sama persis dengannya, yang syaratnya menguji jumlah yang sama: jumlah yang tidak tercakup satu pun aturan diserahkan kepada kebijakan panitia. \"Setelah 2 kali diperpanjang namun pelamar hanya berjumlah 3 orang, KASN dapat memberikan rekomendasi\" mencakup 3 pelamar, bukan 0, 1, atau 2.",
    },
    bad: "dapat perpanjangan pengumuman paling banyak 2 kali masing-masing 7 hari kalender jika pelamar kurang dari 3",
    good: "dapat perpanjangan pengumuman paling banyak 2 kali masing-masing 7 hari kalender jika pelamar kurang dari 3\nfakta diperpanjang_dua_kali\nwajib pembatalan_seleksi oleh ppk jika diperpanjang_dua_kali dan pelamar kurang dari 3",
    words: &[msg::ALL],
};

/// Largest count enumerated when looking for the uncovered ones.
const MAX_COUNT: i64 = 1000;

/// The comparisons on counts a condition makes, at its top level (`A dan B`).
fn compares(c: &Cond) -> Vec<(&FactKey, &Interval)> {
    match c {
        Cond::And { all } => all.iter().flat_map(compares).collect(),
        Cond::Compare {
            fact,
            interval,
            lookback: None,
            ..
        } if interval.measure == Measure::Count => vec![(fact, interval)],
        _ => Vec::new(),
    }
}

/// The whole counts an interval allows, from 0, when it has an upper end.
fn counts(iv: &Interval) -> Option<(i64, i64)> {
    let hi = iv.max?;
    let hi = if hi.inclusive {
        hi.value.floor()
    } else {
        hi.value.ceil() - 1.0
    } as i64;
    let lo = iv.min.map_or(0.0, |e| {
        if e.inclusive {
            e.value.ceil()
        } else {
            e.value.floor() + 1.0
        }
    }) as i64;
    (lo <= hi && hi <= MAX_COUNT).then_some((lo.max(0), hi))
}

/// Writes runs of counts: `0–2, 4`.
fn runs(values: &[i64]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(&start) = values.get(i) {
        let mut end = start;
        while values.get(i + 1) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        out.push(if end == start {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        i += 1;
    }
    out.join(", ")
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for ext in cx.rules() {
        let RuleKind::Extension { subject, times, .. } = &ext.kind else {
            continue;
        };
        let Some(cond) = &ext.condition else {
            continue;
        };
        for (fact, short) in compares(cond) {
            let Some((lo, hi)) = counts(short) else {
                continue;
            };
            let after: Vec<&IrRule> = cx
                .rules()
                .filter(|r| !std::ptr::eq(*r, ext) && scopes_overlap(&r.scope, &ext.scope))
                .filter(
                    |r| !matches!(&r.kind, RuleKind::Extension { subject: s, .. } if s == subject),
                )
                .filter(|r| {
                    r.condition
                        .as_ref()
                        .is_some_and(|c| c.facts().contains(&fact) && c.words() != cond.words())
                })
                .collect();
            let uncovered: Vec<i64> = (lo..=hi)
                .filter(|&n| {
                    !after.iter().any(|r| {
                        r.condition.as_ref().is_some_and(|c| {
                            let on_fact: Vec<_> = compares(c)
                                .into_iter()
                                .filter(|(f, _)| *f == fact)
                                .collect();
                            // A test of the count that is not a comparison covers every count.
                            on_fact.is_empty()
                                || on_fact.iter().all(|(_, iv)| iv.contains(n as f64))
                        })
                    })
                })
                .collect();
            if uncovered.is_empty() {
                continue;
            }
            let most = times
                .max
                .map(|_| format!(" ({} kali)", times.words()))
                .unwrap_or_default();
            let which = runs(&uncovered);
            let message = if after.is_empty() {
                msg::nothing_after(subject, fact, short.words(), most)
            } else {
                msg::uncovered(subject, fact, short.words(), most, which)
            };
            let mut f = cx.finding(&LINT, ext.span, Some(ext.clause), message);
            for r in &after {
                f = f.related_quoted(
                    r.span,
                    format!(
                        "`{}`",
                        r.condition.as_ref().map(|c| c.words()).unwrap_or_default()
                    ),
                    Some(r.citation.clone()),
                );
            }
            out.push(f);
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// Nothing after the last extension.
    nothing_after(subject, fact, bounds, most) = "extension of `{subject}` when `{fact} {bounds}`: no rule says what happens when it still holds after the last extension{most}" / "perpanjangan `{subject}` bila `{fact} {bounds}`: tidak ada aturan tentang apa yang terjadi bila keadaan itu masih berlaku setelah perpanjangan terakhir{most}";
    /// Some outcomes uncovered.
    uncovered(subject, fact, bounds, most, which) = "extension of `{subject}` when `{fact} {bounds}`: after the last extension{most}, no rule covers `{fact}` = {which}" / "perpanjangan `{subject}` bila `{fact} {bounds}`: setelah perpanjangan terakhir{most}, tidak ada aturan untuk `{fact}` = {which}";
    }
);
