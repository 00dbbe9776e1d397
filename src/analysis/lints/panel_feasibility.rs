//! Panel composition checked for every allowed size: the largest internal and
//! external counts each size allows, and a witness panel or the reason none
//! exists. One computation, three codes: PSL402 (no panel can be formed),
//! PSL405 (some allowed sizes cannot be met) and PSL406 (the summary, info).

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Interval, IrRule, PanelRule, Policy, RuleKind, Scope};
use crate::messages::label;
use crate::messages::{Message, Text};
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::PanelFeasibility,
    label: Text {
        en: "panel composition",
        id: "susunan pansel",
    },
    help: Text {
        en: "make the share limits, member counts and roles fit every size the panel may have",
        id: "sesuaikan batas porsi, jumlah anggota, dan jabatan dalam pansel dengan setiap jumlah anggota yang diperbolehkan",
    },
    explain: Text {
        en: "For every panel (Pansel) and every size its rules allow (odd, at least 5, at most 9 …), works out the largest number of internal and of external members the share limits (\"internal paling banyak 45%\"), member counts (\"3 orang dari unsur akademisi\") and roles (\"Sekretaris Daerah sebagai ketua\") permit, and shows a panel that satisfies them all. A panel that cannot be formed at any allowed size is this error; a size no panel can meet is PSL405, and the summary of a panel that can be formed at every size is PSL406.",
        id: "Untuk setiap panitia seleksi dan setiap jumlah anggota yang diperbolehkan (ganjil, paling sedikit 5, paling banyak 9 …), menghitung jumlah terbesar anggota internal dan eksternal yang diperbolehkan oleh batas porsi (\"internal paling banyak 45%\"), jumlah anggota (\"3 orang dari unsur akademisi\"), dan jabatan (\"Sekretaris Daerah sebagai ketua\"), serta menunjukkan satu susunan yang memenuhi semuanya. Panitia yang tidak mungkin dibentuk pada jumlah anggota mana pun adalah kesalahan ini; jumlah anggota yang tidak mungkin dipenuhi adalah PSL405, dan ringkasan panitia yang dapat dibentuk pada setiap jumlah adalah PSL406.",
    },
    bad: "pansel mutasi jumlah tepat 5\npansel mutasi porsi internal paling banyak 20% dari anggota\npansel mutasi peran ketua oleh sekretaris_daerah\npansel mutasi anggota akademisi|pakar|profesional tepat 3\npansel mutasi peran sekretaris oleh jpt_pratama",
    good: "pansel seleksi jumlah ganjil paling sedikit 5 paling banyak 9\npansel seleksi porsi internal paling banyak 45% dari anggota",
    words: &[msg::ALL],
};

/// Some of the sizes a panel's rules allow cannot be met.
pub const SIZES: Lint = Lint {
    code: Code::PanelSizeInfeasible,
    label: Text {
        en: "panel composition",
        id: "susunan pansel",
    },
    help: Text {
        en: "make the share limits, member counts and roles fit every size the panel may have",
        id: "sesuaikan batas porsi, jumlah anggota, dan jabatan dalam pansel dengan setiap jumlah anggota yang diperbolehkan",
    },
    explain: Text {
        en: "For every panel and every size its rules allow, works out whether the share limits, member counts and roles can all be met. When some allowed sizes cannot (for example, with internal members at most 50% and external at most 60%, a panel of 3 can seat only 1 of each), the rules allow a size that no lawful panel has: either the size rule or the composition rules are wrong. The finding lists, per size, the largest internal and external counts or why no panel exists.",
        id: "Untuk setiap panitia dan setiap jumlah anggota yang diperbolehkan aturannya, menghitung apakah batas porsi, jumlah anggota, dan jabatan dapat dipenuhi bersama. Bila sebagian jumlah anggota tidak mungkin dipenuhi (misalnya, dengan anggota internal paling banyak 50% dan eksternal paling banyak 60%, panitia beranggota 3 hanya dapat memuat 1 dari masing-masing), aturan itu membolehkan jumlah anggota yang tidak mungkin dibentuk secara sah: aturan jumlah atau aturan susunannya keliru. Temuan ini menyebut, untuk setiap jumlah, batas anggota internal dan eksternal atau alasan tidak ada susunan.",
    },
    bad: "pansel evaluasi jumlah paling sedikit 3 paling banyak 7\npansel evaluasi porsi eksternal paling banyak 60% dari anggota\npansel evaluasi porsi internal paling banyak 50% dari anggota",
    good: "pansel evaluasi jumlah paling sedikit 4 paling banyak 7\npansel evaluasi porsi eksternal paling banyak 60% dari anggota\npansel evaluasi porsi internal paling banyak 50% dari anggota",
    words: &[msg::ALL],
};

/// The composition of a panel that can be formed at every allowed size.
pub const SUMMARY: Lint = Lint {
    code: Code::PanelSummary,
    label: Text {
        en: "panel composition",
        id: "susunan pansel",
    },
    help: Text {
        en: "nothing to change: this is what the panel rules allow at each size",
        id: "tidak ada yang perlu diubah: inilah yang dibolehkan aturan pansel pada setiap jumlah anggota",
    },
    explain: Text {
        en: "For a panel that can be formed at every size its rules allow, shows per size the largest number of internal and external members and one panel that satisfies every rule, so a reviewer sees, for example, that a 45% internal limit allows 2 internal members of 5 but 4 of 9. Information only: turning it off hides no defect.",
        id: "Untuk panitia yang dapat dibentuk pada setiap jumlah anggota yang diperbolehkan, menampilkan untuk setiap jumlah batas anggota internal dan eksternal serta satu susunan yang memenuhi semua aturan, sehingga penelaah melihat, misalnya, bahwa batas internal 45% membolehkan 2 anggota internal dari 5 tetapi 4 dari 9. Hanya informasi: mematikannya tidak menyembunyikan cacat apa pun.",
    },
    bad: "",
    good: "pansel seleksi jumlah ganjil paling sedikit 5 paling banyak 9\npansel seleksi porsi internal paling banyak 45% dari anggota",
    words: &[msg::ALL],
};

/// Largest size tried when a panel has no upper bound.
const MAX_SIZE: u32 = 25;

const INTERNAL: &[&str] = &["internal", "pejabat_internal"];

fn is_internal(who: &str, policy: &Policy) -> Option<bool> {
    if INTERNAL.contains(&who) || crate::ir::Level::parse(who).is_some() {
        return Some(true);
    }
    if crate::resolve::lower::PANEL_WHO.contains(&who) {
        return Some(false);
    }
    // A post class of this region (e.g. sekretaris_daerah) is internal.
    policy
        .rules
        .iter()
        .any(|r| matches!(&r.kind, RuleKind::PostClass { key, .. } if key == who))
        .then_some(true)
}

#[derive(Default)]
struct Panel<'a> {
    rules: Vec<&'a IrRule>,
    sizes: Vec<Interval>,
    odd: bool,
    internal_share: Vec<Interval>,
    external_share: Vec<Interval>,
    min_internal: u32,
    min_external: u32,
    exact_counts: Vec<(bool, Interval, String)>,
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    let mut panels: BTreeMap<(String, Scope), Panel<'_>> = BTreeMap::new();
    for r in cx
        .rules()
        .filter(|r| r.condition.is_none() && r.modality != crate::ir::Modality::Dapat)
    {
        let RuleKind::Panel { panel, rule } = &r.kind else {
            continue;
        };
        let entry = panels.entry((panel.clone(), r.scope.clone())).or_default();
        entry.rules.push(r);
        match rule {
            PanelRule::Size { odd, interval } => {
                entry.odd |= *odd;
                entry.sizes.push(interval.clone());
            }
            PanelRule::Share { who, interval, .. } => match is_internal(who, p) {
                Some(true) => entry.internal_share.push(interval.clone()),
                Some(false) if who == "eksternal" => entry.external_share.push(interval.clone()),
                _ => {}
            },
            PanelRule::Members { who, interval } => {
                let sides: Vec<Option<bool>> = who.iter().map(|w| is_internal(w, p)).collect();
                if let Some(Some(side)) = sides
                    .first()
                    .copied()
                    .filter(|s| sides.iter().all(|x| x == s))
                {
                    entry
                        .exact_counts
                        .push((side, interval.clone(), who.join("/")));
                }
            }
            PanelRule::Role { holders, .. } => {
                let sides: Vec<Option<bool>> = holders.iter().map(|h| is_internal(h, p)).collect();
                match sides
                    .first()
                    .copied()
                    .filter(|s| sides.iter().all(|x| x == s))
                {
                    Some(Some(true)) => entry.min_internal += 1,
                    Some(Some(false)) => entry.min_external += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    for ((name, _), panel) in panels {
        if panel.sizes.is_empty()
            && panel.internal_share.is_empty()
            && panel.external_share.is_empty()
        {
            continue;
        }
        analyse(cx, &name, &panel, out);
    }
}

fn ok(ivs: &[Interval], x: f64) -> bool {
    ivs.iter().all(|iv| iv.contains(x))
}

fn analyse(cx: &Context<'_>, name: &str, panel: &Panel<'_>, out: &mut Vec<Finding>) {
    let upper = panel
        .sizes
        .iter()
        .filter_map(|iv| iv.max.map(|m| m.value))
        .fold(f64::from(MAX_SIZE), f64::min) as u32;
    let sizes: Vec<u32> = (1..=upper.min(MAX_SIZE))
        .filter(|n| ok(&panel.sizes, f64::from(*n)) && (!panel.odd || n % 2 == 1))
        .collect();
    let Some(first) = panel.rules.first() else {
        return;
    };
    let mut lines = Vec::new();
    let mut infeasible = Vec::new();
    let mut feasible = 0;
    for &n in &sizes {
        let mut best: Option<(u32, u32)> = None;
        let (mut max_i, mut max_e) = (None::<u32>, None::<u32>);
        let mut reasons = Vec::new();
        for i in 0..=n {
            let e = n - i;
            let pi = f64::from(i) * 100.0 / f64::from(n);
            let pe = f64::from(e) * 100.0 / f64::from(n);
            let mut why = None;
            if !ok(&panel.internal_share, pi) {
                why = Some(msg::internal_share(i, pi));
            } else if !ok(&panel.external_share, pe) {
                why = Some(msg::external_share(e, pe));
            } else if i < panel.min_internal {
                why = Some(msg::roles_internal(panel.min_internal));
            } else if e < panel.min_external {
                why = Some(msg::roles_external(panel.min_external));
            } else {
                // Members of different categories are different people: the minimums
                // of one side add up, on top of the roles.
                for side in [true, false] {
                    let (roles, have) = if side {
                        (panel.min_internal, i)
                    } else {
                        (panel.min_external, e)
                    };
                    let counts: Vec<_> = panel
                        .exact_counts
                        .iter()
                        .filter(|(s, _, _)| *s == side)
                        .collect();
                    let need: f64 = counts
                        .iter()
                        .map(|(_, iv, _)| iv.min.map_or(0.0, |m| m.value))
                        .sum();
                    if f64::from(have.saturating_sub(roles)) < need {
                        let who = counts
                            .iter()
                            .map(|(_, _, w)| w.as_str())
                            .collect::<Vec<_>>()
                            .join(" + ");
                        why = Some(msg::seats(who, need));
                    }
                }
            }
            match why {
                None => {
                    max_i = Some(max_i.map_or(i, |m| m.max(i)));
                    max_e = Some(max_e.map_or(e, |m| m.max(e)));
                    if best.is_none_or(|(bi, _)| i > bi) {
                        best = Some((i, e));
                    }
                }
                Some(w) => reasons.push(w),
            }
        }
        match best {
            Some((i, e)) => {
                feasible += 1;
                lines.push(msg::feasible(
                    n,
                    max_i.unwrap_or(0),
                    max_e.unwrap_or(0),
                    i,
                    e,
                ));
            }
            None => {
                // The clearest reason: the shares cannot fill the seats, or the roles and
                // member counts do not fit; else the first few failed splits.
                let imax = (0..=n)
                    .filter(|i| ok(&panel.internal_share, f64::from(*i) * 100.0 / f64::from(n)))
                    .max();
                let emax = (0..=n)
                    .filter(|e| ok(&panel.external_share, f64::from(*e) * 100.0 / f64::from(n)))
                    .max();
                let why = match (imax, emax) {
                    (Some(i), Some(e)) if i + e < n => msg::shares_fall_short(i, e, i + e),
                    _ => {
                        reasons.dedup();
                        Message::join(reasons.get(..3).unwrap_or(&reasons), "; ")
                    }
                };
                lines.push(msg::infeasible(n, why));
                infeasible.push(n);
            }
        }
    }
    let (lint, head) = if sizes.is_empty() {
        (&LINT, msg::no_size(name))
    } else if feasible == 0 {
        (&LINT, msg::no_panel(name))
    } else if !infeasible.is_empty() {
        (&SIZES, msg::not_at_sizes(name, join(&infeasible)))
    } else {
        (&SUMMARY, msg::satisfiable(name))
    };
    let mut f = cx.finding(
        lint,
        first.span,
        Some(first.clause),
        msg::with_lines(head, Message::join(&lines, "; ")),
    );
    for r in panel.rules.iter().skip(1) {
        f = f.related(r.span, label::PANEL_RULE, Some(r.citation.clone()));
    }
    out.push(f);
}

fn join(v: &[u32]) -> String {
    v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// Too few internal members.
    internal_share(members, share) = "{members} internal = {share:.1}%" / "{members} internal = {share:.1}%";
    /// Too few external members.
    external_share(members, share) = "{members} external = {share:.1}%" / "{members} eksternal = {share:.1}%";
    /// Roles that need internal members.
    roles_internal(n) = "roles need {n} internal" / "peran memerlukan {n} internal";
    /// Roles that need external members.
    roles_external(n) = "roles need {n} external" / "peran memerlukan {n} eksternal";
    /// Categories that need seats.
    seats(who, need) = "{who} need {need} seats besides the roles" / "{who} memerlukan {need} kursi di luar peran";
    /// A size at which a panel can be formed.
    feasible(n, internal, external, i, e) = "{n} members: internal at most {internal}, external at most {external}, e.g. {i} internal + {e} external" / "{n} anggota: internal paling banyak {internal}, eksternal paling banyak {external}, misalnya {i} internal + {e} eksternal";
    /// Shares that cannot fill the seats.
    shares_fall_short(i, e, seats) = "the shares allow at most {i} internal and {e} external, {seats} seats in all" / "porsinya hanya memungkinkan paling banyak {i} internal dan {e} eksternal, seluruhnya {seats} kursi";
    /// A size at which no panel can be formed.
    infeasible(n, why) = "{n} members: no panel possible ({why})" / "{n} anggota: tidak ada susunan yang mungkin ({why})";
    /// No size satisfies the size rules.
    no_size(name) = "pansel `{name}`: no size satisfies the size rules" / "pansel `{name}`: tidak ada jumlah anggota yang memenuhi aturan jumlah";
    /// No size gives a panel.
    no_panel(name) = "pansel `{name}` cannot be formed at any allowed size" / "pansel `{name}` tidak mungkin dibentuk pada jumlah anggota mana pun";
    /// Some sizes give no panel.
    not_at_sizes(name, sizes) = "pansel `{name}` cannot be formed with {sizes} members" / "pansel `{name}` tidak mungkin dibentuk dengan {sizes} anggota";
    /// Every size gives a panel.
    satisfiable(name) = "pansel `{name}`: composition is satisfiable at every allowed size" / "pansel `{name}`: susunan dapat dipenuhi pada setiap jumlah anggota";
    /// The head and the sizes.
    with_lines(head, lines) = "{head}: {lines}" / "{head}: {lines}";
    }
);
