//! Judging a panel (Pansel) rule: size, shares, members, roles, elements,
//! standing.

use super::*;
use crate::check::case::PanelMember;

/// Members for whom `test` holds, and members for whom it is unknown.
fn count(members: &[PanelMember], test: impl Fn(&PanelMember) -> Tri) -> (f64, f64) {
    let (mut yes, mut maybe) = (0.0, 0.0);
    for m in members {
        match test(m) {
            Tri::True => yes += 1.0,
            Tri::Unknown => maybe += 1.0,
            Tri::False => {}
        }
    }
    (yes, maybe)
}

/// Whether a value known only to lie in `lo..=hi` is within the interval.
fn within_range(interval: &Interval, lo: f64, hi: f64) -> Status {
    let below = |x: f64| {
        interval
            .min
            .is_some_and(|e| x < e.value || (!e.inclusive && x == e.value))
    };
    let above = |x: f64| {
        interval
            .max
            .is_some_and(|e| x > e.value || (!e.inclusive && x == e.value))
    };
    if interval.contains(lo) && interval.contains(hi) {
        Status::Satisfied
    } else if below(hi) || above(lo) {
        Status::Violated
    } else {
        Status::Unknown
    }
}

/// A member as explanations name them: the name, or the category when the
/// case does not record a name.
fn member_name(m: &PanelMember) -> String {
    m.name
        .clone()
        .unwrap_or_else(|| format!("anggota {}", m.category))
}

/// A member with the post held (or the category).
fn described(m: &PanelMember) -> String {
    format!(
        "{} ({})",
        member_name(m),
        m.post.as_deref().unwrap_or(&m.category)
    )
}

/// A member with the category.
fn described_category(m: &PanelMember) -> String {
    format!("{} ({})", member_name(m), m.category)
}

pub(super) fn judge_panel(cx: &Ctx<'_>, name: &str, rule: &PanelRule) -> Judged {
    let Some(members) = cx.case.panels.get(name) else {
        return unknown(why(
            format!("the members of pansel `{name}` are not recorded"),
            format!("anggota pansel `{name}` tidak tercatat"),
        ));
    };
    let n = members.len() as f64;
    let is = |m: &PanelMember, who: &str| -> Tri {
        let origin = |o: Origin| m.origin.map_or(Tri::Unknown, |x| Tri::from(x == o));
        match who {
            "internal" => origin(Origin::Internal),
            "eksternal" => origin(Origin::Eksternal),
            other => Tri::from(m.category == other || m.post.as_deref() == Some(other)),
        }
    };
    match rule {
        PanelRule::Size { odd, interval } => {
            let ok = interval.contains(n) && (!odd || members.len() % 2 == 1);
            let s = if ok {
                Status::Satisfied
            } else {
                Status::Violated
            };
            let size = members.len();
            (
                s,
                why(format!("{size} member(s)"), format!("{size} anggota")),
                vec![format!("anggota pansel {name}: {size}")],
            )
        }
        PanelRule::Share { who, interval, .. } => {
            if members.is_empty() {
                return unknown(why(
                    "the panel has no members",
                    "pansel tidak mempunyai anggota",
                ));
            }
            let (k, maybe) = count(members, |m| is(m, who));
            if maybe > 0.0 {
                let (lo, hi) = (k * 100.0 / n, (k + maybe) * 100.0 / n);
                return (
                    within_range(interval, lo, hi),
                    why(
                        format!("{k} of {n} members are {who} and the origin of {maybe} is not recorded: {lo:.2}% to {hi:.2}%"),
                        format!("{k} dari {n} anggota {who} dan asal {maybe} anggota tidak tercatat: {lo:.2}% sampai {hi:.2}%"),
                    ),
                    vec![format!("{who}: {k} dari {n}, {maybe} tidak diketahui")],
                );
            }
            let pct = k * 100.0 / n;
            (
                within(interval, pct),
                why(
                    format!("{k} of {n} members are {who} = {pct:.2}%"),
                    format!("{k} dari {n} anggota {who} = {pct:.2}%"),
                ),
                vec![format!("{who}: {k} dari {n}")],
            )
        }
        PanelRule::Members { who, interval } => {
            let (k, maybe) = count(members, |m| {
                who.iter().fold(Tri::False, |acc, w| acc.or(is(m, w)))
            });
            let who = who.join("/");
            if maybe > 0.0 {
                return (
                    within_range(interval, k, k + maybe),
                    why(
                        format!(
                            "{k} to {} {who} member(s): the origin of {maybe} is not recorded",
                            k + maybe
                        ),
                        format!(
                            "{k} sampai {} anggota {who}: asal {maybe} anggota tidak tercatat",
                            k + maybe
                        ),
                    ),
                    vec![format!("{who}: {k}, {maybe} tidak diketahui")],
                );
            }
            (
                within(interval, k),
                why(format!("{k} {who} member(s)"), format!("{k} anggota {who}")),
                vec![format!("{who}: {k}")],
            )
        }
        PanelRule::Role { role, holders } => {
            let held: Vec<_> = members
                .iter()
                .filter(|m| m.role.as_deref().unwrap_or("anggota") == role)
                .collect();
            if held.is_empty() {
                return (
                    Status::Violated,
                    why(
                        format!("no member is {role}"),
                        format!("tidak ada anggota yang menjadi {role}"),
                    ),
                    vec![],
                );
            }
            // Every holder of the role must be one of the allowed holders; a level
            // (`jpt_pratama`) is met by an internal member whose eselon is of that level.
            let fits = |m: &PanelMember| -> Tri {
                holders.iter().fold(Tri::False, |acc, h| {
                    acc.or(match Level::parse(h) {
                        Some(level) => {
                            let internal = m
                                .origin
                                .map_or(Tri::Unknown, |o| Tri::from(o == Origin::Internal));
                            internal.and(Tri::from(
                                m.eselon
                                    .as_deref()
                                    .and_then(Eselon::parse)
                                    .is_some_and(|e| e.level() == level),
                            ))
                        }
                        None => is(m, h),
                    })
                })
            };
            let facts = held
                .iter()
                .map(|m| format!("{role}: {}", described(m)))
                .collect();
            let wrong: Vec<String> = held
                .iter()
                .filter(|m| fits(m) == Tri::False)
                .map(|m| described(m))
                .collect();
            let open: Vec<String> = held
                .iter()
                .filter(|m| fits(m) == Tri::Unknown)
                .map(|m| described(m))
                .collect();
            let holders = holders.join("/");
            if wrong.is_empty() && !open.is_empty() {
                let open = open.join(", ");
                return (
                    Status::Unknown,
                    why(
                        format!("cannot tell whether {open} is {holders}: the origin is not recorded"),
                        format!("tidak dapat dipastikan apakah {open} adalah {holders}: asalnya tidak tercatat"),
                    ),
                    facts,
                );
            }
            if wrong.is_empty() {
                (
                    Status::Satisfied,
                    why(
                        format!("every {role} is {holders}"),
                        format!("setiap {role} adalah {holders}"),
                    ),
                    facts,
                )
            } else {
                let wrong = wrong.join(", ");
                (
                    Status::Violated,
                    why(
                        format!("{role} held by {wrong}, not {holders}"),
                        format!("{role} dijabat oleh {wrong}, bukan {holders}"),
                    ),
                    facts,
                )
            }
        }
        PanelRule::Elements { .. } => {
            // Every `unsur` list of this panel that applies (a `dapat` one only when its
            // condition holds) adds to the elements members may come from.
            let mut elements: Vec<&str> = Vec::new();
            for r in cx.policy.rules.iter().filter(|r| !r.malformed) {
                let RuleKind::Panel {
                    panel,
                    rule: PanelRule::Elements { elements: es },
                } = &r.kind
                else {
                    continue;
                };
                if panel != name || !applies(&r.scope, cx.level, cx.mechanism) {
                    continue;
                }
                let on = r
                    .condition
                    .as_ref()
                    .map_or(Tri::True, |c| selection_cond(cx, c, Moment::NOW));
                if on == Tri::True {
                    elements.extend(es.iter().map(String::as_str));
                }
            }
            let from_listed = |m: &PanelMember| -> Tri {
                elements.iter().fold(Tri::False, |acc, e| {
                    let internal = if *e == "pejabat_internal" {
                        is(m, "internal")
                    } else {
                        Tri::False
                    };
                    acc.or(is(m, e)).or(internal)
                })
            };
            let stray: Vec<String> = members
                .iter()
                .filter(|m| from_listed(m) == Tri::False)
                .map(described_category)
                .collect();
            let open: Vec<String> = members
                .iter()
                .filter(|m| from_listed(m) == Tri::Unknown)
                .map(described_category)
                .collect();
            let facts = vec![format!("unsur: {}", elements.join(", "))];
            if stray.is_empty() && !open.is_empty() {
                let open = open.join(", ");
                return (
                    Status::Unknown,
                    why(
                        format!("cannot tell whether {open} comes from a listed element: the origin is not recorded"),
                        format!("tidak dapat dipastikan apakah {open} berasal dari unsur yang tercantum: asalnya tidak tercatat"),
                    ),
                    facts,
                );
            }
            if stray.is_empty() {
                (
                    Status::Satisfied,
                    why(
                        "every member comes from a listed element",
                        "setiap anggota berasal dari unsur yang tercantum",
                    ),
                    facts,
                )
            } else {
                let stray = stray.join(", ");
                (
                    Status::Violated,
                    why(
                        format!("not from a listed element: {stray}"),
                        format!("tidak berasal dari unsur yang tercantum: {stray}"),
                    ),
                    facts,
                )
            }
        }
        PanelRule::Standing { who, reference, .. } => {
            let Some(vac) = cx.eselon else {
                return unknown(why(
                    "the eselon of the vacancy is not recorded",
                    "eselon jabatan yang lowong tidak tercatat",
                ));
            };
            if reference != "jabatan_lowong" {
                return unknown(why(
                    format!("standing relative to `{reference}` is not checkable"),
                    format!("kedudukan terhadap `{reference}` tidak dapat diperiksa"),
                ));
            }
            let mut unknown_members = Vec::new();
            let mut low = Vec::new();
            for m in members.iter().filter(|m| is(m, who) != Tri::False) {
                let sure = is(m, who) == Tri::True;
                match m.eselon.as_deref().and_then(Eselon::parse) {
                    Some(e) if e.rank() >= vac.rank() => {}
                    Some(e) if sure => low.push(format!("{} ({e})", member_name(m))),
                    _ => unknown_members.push(member_name(m)),
                }
            }
            if !low.is_empty() {
                let low = low.join(", ");
                (
                    Status::Violated,
                    why(
                        format!("below the vacancy's eselon {vac}: {low}"),
                        format!("di bawah eselon {vac} jabatan yang lowong: {low}"),
                    ),
                    vec![],
                )
            } else if !unknown_members.is_empty() {
                let names = unknown_members.join(", ");
                unknown(why(
                    format!("eselon or origin not recorded for {names}"),
                    format!("eselon atau asal tidak tercatat untuk {names}"),
                ))
            } else {
                (
                    Status::Satisfied,
                    why(
                        format!("every {who} member holds at least eselon {vac}"),
                        format!("setiap anggota {who} paling rendah menduduki eselon {vac}"),
                    ),
                    vec![],
                )
            }
        }
    }
}
