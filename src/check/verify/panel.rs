//! Judging a panel (Pansel) rule: size, shares, members, roles, elements,
//! standing.

use super::*;

pub(super) fn judge_panel(cx: &Ctx<'_>, name: &str, rule: &PanelRule) -> Judged {
    let Some(members) = cx.case.panels.get(name) else {
        return unknown(why(
            format!("the members of pansel `{name}` are not recorded"),
            format!("anggota pansel `{name}` tidak tercatat"),
        ));
    };
    let n = members.len() as f64;
    let is = |m: &crate::check::case::PanelMember, who: &str| match who {
        "internal" => m.origin == Origin::Internal,
        "eksternal" => m.origin == Origin::Eksternal,
        other => m.category == other || m.post.as_deref() == Some(other),
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
            let k = members.iter().filter(|m| is(m, who)).count() as f64;
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
            let k = members
                .iter()
                .filter(|m| who.iter().any(|w| is(m, w)))
                .count() as f64;
            let who = who.join("/");
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
            let fits = |m: &crate::check::case::PanelMember| {
                holders.iter().any(|h| match Level::parse(h) {
                    Some(level) => {
                        m.origin == Origin::Internal
                            && m.eselon
                                .as_deref()
                                .and_then(Eselon::parse)
                                .is_some_and(|e| e.level() == level)
                    }
                    None => is(m, h),
                })
            };
            let facts = held
                .iter()
                .map(|m| {
                    format!(
                        "{role}: {} ({})",
                        m.name,
                        m.post.as_deref().unwrap_or(&m.category)
                    )
                })
                .collect();
            let wrong: Vec<String> = held
                .iter()
                .filter(|m| !fits(m))
                .map(|m| format!("{} ({})", m.name, m.post.as_deref().unwrap_or(&m.category)))
                .collect();
            let holders = holders.join("/");
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
                    .map_or(Tri::True, |c| selection_cond(cx, c, None));
                if on == Tri::True {
                    elements.extend(es.iter().map(String::as_str));
                }
            }
            let stray: Vec<String> = members
                .iter()
                .filter(|m| {
                    !elements.iter().any(|e| {
                        is(m, e) || (*e == "pejabat_internal" && m.origin == Origin::Internal)
                    })
                })
                .map(|m| format!("{} ({})", m.name, m.category))
                .collect();
            let facts = vec![format!("unsur: {}", elements.join(", "))];
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
            for m in members.iter().filter(|m| is(m, who)) {
                match m.eselon.as_deref().and_then(Eselon::parse) {
                    Some(e) if e.rank() >= vac.rank() => {}
                    Some(e) => low.push(format!("{} ({e})", m.name)),
                    None => unknown_members.push(m.name.clone()),
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
                    format!("eselon not recorded for {names}"),
                    format!("eselon tidak tercatat untuk {names}"),
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
