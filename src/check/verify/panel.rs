//! Judging a panel (Pansel) rule: size, shares, members, roles, elements,
//! standing.

use super::*;
use crate::check::case::PanelMember;
use crate::messages::{verify as vt, Message};

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
        return unknown(vt::panel::members_pansel_are_not_recorded(name));
    };
    match rule {
        PanelRule::Size { odd, interval } => judge_size(name, members, *odd, interval),
        PanelRule::Share { who, interval, .. } => judge_share(members, who, interval),
        PanelRule::Members { who, interval } => judge_members(members, who, interval),
        PanelRule::Role { role, holders } => judge_role(members, role, holders),
        PanelRule::Elements { .. } => judge_elements(cx, name, members),
        PanelRule::Standing { who, reference, .. } => judge_standing(cx, members, who, reference),
    }
}

/// Whether a member is of an origin (`internal`, `eksternal`), a category
/// or a post; unknown when the origin asked for is not recorded.
fn is(m: &PanelMember, who: &str) -> Tri {
    let origin = |o: Origin| m.origin.map_or(Tri::Unknown, |x| Tri::from(x == o));
    match who {
        "internal" => origin(Origin::Internal),
        "eksternal" => origin(Origin::Eksternal),
        other => Tri::from(m.category == other || m.post.as_deref() == Some(other)),
    }
}

/// The panel's size (and that it is odd, when the rule says so).
fn judge_size(name: &str, members: &[PanelMember], odd: bool, interval: &Interval) -> Judged {
    let n = members.len() as f64;
    let ok = interval.contains(n) && (!odd || members.len() % 2 == 1);
    let s = if ok {
        Status::Satisfied
    } else {
        Status::Violated
    };
    let size = members.len();
    (
        s,
        vt::panel::panel_size(size),
        vec![format!("anggota pansel {name}: {size}")],
    )
}

/// The share of members of an origin or category, in percent.
fn judge_share(members: &[PanelMember], who: &str, interval: &Interval) -> Judged {
    let n = members.len() as f64;
    if members.is_empty() {
        return unknown(Message::from(vt::panel_text::PANEL_HAS_NO_MEMBERS));
    }
    let (k, maybe) = count(members, |m| is(m, who));
    if maybe > 0.0 {
        let (lo, hi) = (k * 100.0 / n, (k + maybe) * 100.0 / n);
        return (
            within_range(interval, lo, hi),
            vt::panel::members_are_origin_not_recorded(k, n, who, maybe, lo, hi),
            vec![format!("{who}: {k} dari {n}, {maybe} tidak diketahui")],
        );
    }
    let pct = k * 100.0 / n;
    (
        within(interval, pct),
        vt::panel::members_are(k, n, who, pct),
        vec![format!("{who}: {k} dari {n}")],
    )
}

/// The number of members of some origins or categories.
fn judge_members(members: &[PanelMember], who: &[String], interval: &Interval) -> Judged {
    let (k, maybe) = count(members, |m| {
        who.iter().fold(Tri::False, |acc, w| acc.or(is(m, w)))
    });
    let who = who.join("/");
    if maybe > 0.0 {
        return (
            within_range(interval, k, k + maybe),
            vt::panel::members_from_to(k, k + maybe, &who, maybe),
            vec![format!("{who}: {k}, {maybe} tidak diketahui")],
        );
    }
    (
        within(interval, k),
        vt::panel::members_of(k, &who),
        vec![format!("{who}: {k}")],
    )
}

/// Who holds a role (ketua, sekretaris …) and whether they may.
fn judge_role(members: &[PanelMember], role: &str, holders: &[String]) -> Judged {
    let held: Vec<_> = members
        .iter()
        .filter(|m| m.role.as_deref().unwrap_or("anggota") == role)
        .collect();
    if held.is_empty() {
        return (Status::Violated, vt::panel::no_member(role), vec![]);
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
            vt::panel::cannot_tell_whether_origin_not(&open, &holders),
            facts,
        );
    }
    if wrong.is_empty() {
        (
            Status::Satisfied,
            vt::panel::every_role_held(role, &holders),
            facts,
        )
    } else {
        let wrong = wrong.join(", ");
        (
            Status::Violated,
            vt::panel::held_not(role, &wrong, &holders),
            facts,
        )
    }
}

/// Every member comes from an element (`unsur`) the applicable rules list.
fn judge_elements(cx: &Ctx<'_>, name: &str, members: &[PanelMember]) -> Judged {
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
            vt::panel::cannot_tell_whether_comes_from(&open),
            facts,
        );
    }
    if stray.is_empty() {
        (
            Status::Satisfied,
            Message::from(vt::panel_text::EVERY_MEMBER_COMES_FROM_LISTED),
            facts,
        )
    } else {
        let stray = stray.join(", ");
        (
            Status::Violated,
            vt::panel::not_from_listed_element(&stray),
            facts,
        )
    }
}

/// Members of a category hold at least the vacant post's eselon.
fn judge_standing(cx: &Ctx<'_>, members: &[PanelMember], who: &str, reference: &str) -> Judged {
    let Some(vac) = cx.eselon else {
        return unknown(Message::from(vt::panel_text::ESELON_VACANCY_NOT_RECORDED));
    };
    if reference != "jabatan_lowong" {
        return unknown(vt::panel::standing_relative_not_checkable(reference));
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
            vt::panel::below_vacancy_eselon(vac, &low),
            vec![],
        )
    } else if !unknown_members.is_empty() {
        let names = unknown_members.join(", ");
        unknown(vt::panel::eselon_origin_not_recorded(&names))
    } else {
        (
            Status::Satisfied,
            vt::panel::every_member_holds_least_eselon(who, vac),
            vec![],
        )
    }
}
