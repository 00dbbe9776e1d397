//! `pasal verify`: every rule that applies to a selection case gets a verdict —
//! satisfied, violated, or unknown when a fact is missing — with the clause,
//! the facts used and an explanation.

use super::case::{Candidate, Case, Origin};
use super::eligibility::{applies, describe_facts, Program, Reference, Tri};
use super::time;
use crate::ast::{Direction, ListKind, Modality};
use crate::ir::*;
use crate::source::Span;
use chrono::NaiveDate;
use serde::Serialize;

/// A verdict's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The case meets the rule.
    Satisfied,
    /// The case breaks the rule.
    Violated,
    /// A fact needed to decide is missing.
    Unknown,
}

impl Status {
    fn of(t: Tri) -> Status {
        match t {
            Tri::True => Status::Satisfied,
            Tri::False => Status::Violated,
            Tri::Unknown => Status::Unknown,
        }
    }
    /// Lowercase English name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Satisfied => "satisfied",
            Status::Violated => "violated",
            Status::Unknown => "unknown",
        }
    }
}

/// One rule's verdict on a case (for eligibility: on one candidate).
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// Rule id.
    pub rule: String,
    /// Status.
    pub status: Status,
    /// What the rule requires.
    pub message: String,
    /// Why this status.
    pub explanation: String,
    /// Facts used, in words.
    pub facts: Vec<String>,
    /// Clause citation.
    pub clause: String,
    /// The candidate judged, for eligibility and documents.
    pub candidate: Option<String>,
    /// Where the rule is written.
    #[serde(skip)]
    pub span: Span,
}

/// The result of verifying a case.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Verdicts in rule order.
    pub verdicts: Vec<Verdict>,
    /// Rules that do not apply to this case (other level or mechanism, condition false).
    pub not_applicable: usize,
}

/// An error in the case that stops verification (bad vocabulary).
#[derive(Debug, Clone)]
pub struct VerifyError {
    /// JSON path.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

struct Ctx<'a> {
    policy: &'a Policy,
    case: &'a Case,
    level: Level,
    mechanism: Mechanism,
    eselon: Option<Eselon>,
    reference: Reference,
}

/// Verifies a case against a policy.
pub fn verify(policy: &Policy, case: &Case) -> Result<Report, VerifyError> {
    let level = Level::parse(&case.vacancy.level).ok_or_else(|| VerifyError {
        path: "vacancy.level".into(),
        message: format!(
            "unknown level `{}`; use `{}`",
            case.vacancy.level,
            Level::names()
        ),
    })?;
    let mechanism = Mechanism::parse(&case.vacancy.mechanism).ok_or_else(|| VerifyError {
        path: "vacancy.mechanism".into(),
        message: format!(
            "unknown mechanism `{}`; use `{}`",
            case.vacancy.mechanism,
            Mechanism::names()
        ),
    })?;
    let eselon = match &case.vacancy.eselon {
        Some(e) => Some(Eselon::parse(e).ok_or_else(|| VerifyError {
            path: "vacancy.eselon".into(),
            message: format!("unknown eselon `{e}`; use `{}`", Eselon::names()),
        })?),
        None => None,
    };
    let mut events = Vec::new();
    for (k, d) in &case.dates {
        let e = Event::parse(k).ok_or_else(|| VerifyError {
            path: format!("dates.{k}"),
            message: format!("unknown event `{k}`; use `{}`", Event::names()),
        })?;
        events.push((e, *d));
    }
    if let Some(a) = &case.announcement {
        if !events.iter().any(|(e, _)| *e == Event::Pengumuman) {
            events.push((Event::Pengumuman, a.start));
        }
        if !events.iter().any(|(e, _)| *e == Event::BatasLamaran) {
            events.push((Event::BatasLamaran, a.deadline));
        }
    }
    let final_deadline = case
        .announcement
        .as_ref()
        .map(|a| a.extensions.last().map_or(a.deadline, |x| x.new_deadline));
    let default = case.dates.get("pengangkatan").copied().or(final_deadline);
    let cx = Ctx {
        policy,
        case,
        level,
        mechanism,
        eselon,
        reference: Reference {
            events,
            default,
            facts: case.facts.clone(),
        },
    };
    let mut report = Report::default();
    let program = Program::compile(policy, level, mechanism);
    let subjects = subjects(case);
    for (i, r) in policy.rules.iter().enumerate() {
        if r.malformed || !applies(&r.scope, level, mechanism) || !eselon_ok(&r.scope, eselon) {
            report.not_applicable += 1;
            continue;
        }
        if matches!(
            r.kind,
            RuleKind::ListItem { .. }
                | RuleKind::PostClass { .. }
                | RuleKind::Fact { .. }
                | RuleKind::Term { .. }
        ) || (r.modality == Modality::Dapat && !matches!(r.kind, RuleKind::Extension { .. }))
        {
            continue;
        }
        // Extensions carry their condition inside, and eligibility rules decide
        // theirs per candidate; every other rule applies only when its condition holds.
        if !matches!(
            r.kind,
            RuleKind::Extension { .. } | RuleKind::Eligibility { .. }
        ) {
            match applicability(&cx, r) {
                Applicability::No => {
                    report.not_applicable += 1;
                    continue;
                }
                Applicability::Unknown(why) => {
                    report
                        .verdicts
                        .push(verdict(r, Status::Unknown, why, vec![], None));
                    continue;
                }
                Applicability::Yes => {}
            }
        }
        match &r.kind {
            RuleKind::Eligibility { .. } => {
                let Some(compiled) = program.rules.iter().find(|c| c.rule == i) else {
                    continue;
                };
                if subjects.is_empty() {
                    report.verdicts.push(verdict(
                        r,
                        Status::Unknown,
                        "no candidate to judge".into(),
                        vec![],
                        None,
                    ));
                }
                let mut judged = false;
                for c in &subjects {
                    let prepared = program.prepare(c, &cx.reference);
                    match program.applies(compiled, &prepared) {
                        Tri::False => continue,
                        Tri::Unknown => {
                            let why = format!(
                                "cannot tell whether the rule applies to this candidate: {}",
                                guard_words(r)
                            );
                            report.verdicts.push(verdict(
                                r,
                                Status::Unknown,
                                why,
                                vec![],
                                Some(c.id.clone()),
                            ));
                            judged = true;
                            continue;
                        }
                        Tri::True => judged = true,
                    }
                    let t = program.eval(compiled, &prepared);
                    let facts = describe_facts(&program, &prepared, compiled);
                    let why = match t {
                        Tri::True => "the candidate meets the requirement",
                        Tri::False => "the candidate does not meet the requirement",
                        Tri::Unknown => "a fact about the candidate is missing",
                    };
                    report.verdicts.push(verdict(
                        r,
                        Status::of(t),
                        why.into(),
                        facts,
                        Some(c.id.clone()),
                    ));
                }
                if !judged && !subjects.is_empty() {
                    report.not_applicable += 1;
                }
            }
            RuleKind::List {
                name,
                list_kind,
                items,
            } if name == "dokumen_administrasi" => {
                for c in &subjects {
                    let (s, why, facts) = list_check(*list_kind, items, c.documents.as_deref());
                    report
                        .verdicts
                        .push(verdict(r, s, why, facts, Some(c.id.clone())));
                }
            }
            _ => {
                let (s, why, facts) = judge(&cx, r);
                report.verdicts.push(verdict(r, s, why, facts, None));
            }
        }
    }
    Ok(report)
}

fn verdict(
    r: &IrRule,
    status: Status,
    explanation: String,
    facts: Vec<String>,
    candidate: Option<String>,
) -> Verdict {
    Verdict {
        rule: r.id.clone(),
        status,
        message: r.kind.summary(),
        explanation,
        facts,
        clause: r.citation.clone(),
        candidate,
        span: r.span,
    }
}

fn guard_words(r: &IrRule) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &r.condition {
        parts.push(format!("jika {}", c.words()));
    }
    if let Some(c) = &r.exception {
        parts.push(format!("kecuali {}", c.words()));
    }
    parts.join(", ")
}

fn eselon_ok(scope: &Scope, e: Option<Eselon>) -> bool {
    scope.eselons.is_empty() || e.is_none_or(|e| scope.eselons.contains(&e))
}

/// Candidates whose eligibility is judged: those who advanced (shortlist,
/// proposed, chosen); all candidates when the case records none of these.
fn subjects(case: &Case) -> Vec<&Candidate> {
    let mut ids: Vec<&str> = Vec::new();
    ids.extend(case.shortlist.iter().flatten().map(String::as_str));
    ids.extend(case.proposed.iter().flatten().map(String::as_str));
    ids.extend(case.chosen.as_deref());
    if case.shortlist.is_none() && case.proposed.is_none() && case.chosen.is_none() {
        return case.candidates.iter().collect();
    }
    case.candidates
        .iter()
        .filter(|c| ids.contains(&c.id.as_str()))
        .collect()
}

enum Applicability {
    Yes,
    No,
    Unknown(String),
}

fn applicability(cx: &Ctx<'_>, r: &IrRule) -> Applicability {
    if let Some(c) = &r.condition {
        match selection_cond(cx, c, None) {
            Tri::False => return Applicability::No,
            Tri::Unknown => {
                return Applicability::Unknown(format!(
                    "cannot tell whether the rule applies: jika {}",
                    c.words()
                ))
            }
            Tri::True => {}
        }
    }
    if let Some(c) = &r.exception {
        match selection_cond(cx, c, None) {
            Tri::True => return Applicability::No,
            Tri::Unknown => {
                return Applicability::Unknown(format!(
                    "cannot tell whether the exception applies: kecuali {}",
                    c.words()
                ))
            }
            Tri::False => {}
        }
    }
    Applicability::Yes
}

/// Evaluates a condition over selection facts; `applicants` overrides the
/// case's count (for the moment an extension was decided).
fn selection_cond(cx: &Ctx<'_>, c: &Cond, applicants: Option<Option<u32>>) -> Tri {
    let and = |a: Tri, b: Tri| match (a, b) {
        (Tri::False, _) | (_, Tri::False) => Tri::False,
        (Tri::True, Tri::True) => Tri::True,
        _ => Tri::Unknown,
    };
    let or = |a: Tri, b: Tri| match (a, b) {
        (Tri::True, _) | (_, Tri::True) => Tri::True,
        (Tri::False, Tri::False) => Tri::False,
        _ => Tri::Unknown,
    };
    match c {
        Cond::And { all } => all
            .iter()
            .fold(Tri::True, |t, x| and(t, selection_cond(cx, x, applicants))),
        Cond::Or { any } => any
            .iter()
            .fold(Tri::False, |t, x| or(t, selection_cond(cx, x, applicants))),
        Cond::Not { not } => match selection_cond(cx, not, applicants) {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        },
        Cond::Fact {
            fact: FactKey::Declared(d),
        } => cx
            .case
            .facts
            .get(d)
            .map_or(Tri::Unknown, |b| if *b { Tri::True } else { Tri::False }),
        Cond::Fact { .. } => Tri::Unknown,
        Cond::Equals {
            fact: FactKey::Builtin(BuiltinFact::JabatanLowong, _),
            one_of,
        } => match &cx.case.vacancy.post {
            Some(p) => {
                if one_of.contains(p) {
                    Tri::True
                } else {
                    Tri::False
                }
            }
            None => Tri::Unknown,
        },
        Cond::Equals { .. } => Tri::Unknown,
        Cond::Compare {
            fact: FactKey::Builtin(b, _),
            interval,
            ..
        } => {
            let v = match b {
                BuiltinFact::Pelamar => applicants.unwrap_or(cx.case.applicants).map(f64::from),
                BuiltinFact::CalonAdministrasi => cx
                    .case
                    .shortlist
                    .as_ref()
                    .map(|s| s.len() as f64 / f64::from(vacancies(cx.case))),
                BuiltinFact::CalonDiusulkan => cx.case.proposed.as_ref().map(|s| s.len() as f64),
                BuiltinFact::CalonTerpilih => {
                    Some(if cx.case.chosen.is_some() { 1.0 } else { 0.0 })
                }
                BuiltinFact::Lowongan => Some(f64::from(vacancies(cx.case))),
                BuiltinFact::EselonLowong => cx.eselon.map(|e| f64::from(e.rank())),
                _ => None,
            };
            v.map_or(Tri::Unknown, |v| {
                if interval.contains(v) {
                    Tri::True
                } else {
                    Tri::False
                }
            })
        }
        Cond::Compare { .. } => Tri::Unknown,
    }
}

fn vacancies(case: &Case) -> u32 {
    case.vacancy.count.unwrap_or(1).max(1)
}

fn within(iv: &Interval, v: f64) -> Status {
    if iv.contains(v) {
        Status::Satisfied
    } else {
        Status::Violated
    }
}

type Judged = (Status, String, Vec<String>);

fn unknown(why: impl Into<String>) -> Judged {
    (Status::Unknown, why.into(), vec![])
}

fn judge(cx: &Ctx<'_>, r: &IrRule) -> Judged {
    match &r.kind {
        RuleKind::Panel { panel, rule } => judge_panel(cx, panel, rule),
        RuleKind::Window {
            event,
            anchor,
            direction,
            interval,
        } => judge_window(cx, *event, *anchor, *direction, interval),
        RuleKind::Extension {
            subject,
            times,
            each,
        } => judge_extension(cx, r, subject, times, *each),
        RuleKind::Weight {
            set,
            component,
            interval,
        } => match cx.case.weights.get(set).and_then(|w| w.get(component)) {
            Some(v) => (
                within(interval, *v),
                format!(
                    "bobot {component} {v}% (yang dibolehkan: {})",
                    interval.words()
                ),
                vec![format!("bobot {set}.{component} = {v}%")],
            ),
            None => unknown(format!(
                "the weight `{set}.{component}` used is not recorded"
            )),
        },
        RuleKind::Count {
            subject,
            interval,
            per,
        } => {
            let per_vacancy = per.is_some();
            let n = f64::from(vacancies(cx.case));
            let v = match subject.as_str() {
                "pelamar" => cx.case.applicants.map(f64::from),
                "calon_administrasi" => cx.case.shortlist.as_ref().map(|s| s.len() as f64),
                "calon_diusulkan" => cx.case.proposed.as_ref().map(|s| s.len() as f64),
                "calon_terpilih" => cx.case.chosen.as_ref().map(|_| 1.0),
                "lowongan" => Some(n),
                other => cx.case.counts.get(other).copied(),
            };
            match v {
                Some(v) => {
                    let per_unit = if per_vacancy { v / n } else { v };
                    let fact = if per_vacancy {
                        format!("{subject} = {v} untuk {n} lowongan")
                    } else {
                        format!("{subject} = {v}")
                    };
                    (
                        within(interval, per_unit),
                        format!(
                            "{subject}: {per_unit} (yang dibolehkan: {})",
                            interval.words()
                        ),
                        vec![fact],
                    )
                }
                None => unknown(format!("the count `{subject}` is not recorded")),
            }
        }
        RuleKind::Duration { subject, interval } => match cx.case.periods.get(subject) {
            Some(p) => {
                // `end` is the last day of the period: the period runs to the day after it.
                let end = p.end.and_then(|e| e.succ_opt()).or(cx.reference.default);
                match (end, interval.measure) {
                    (Some(end), Measure::Time(u)) => {
                        let d = time::days(p.start, end) as f64;
                        let check = |e: &End| time::span_days(e.value, u, end).max(0.0);
                        let ok = interval.min.is_none_or(|e| {
                            if e.inclusive {
                                d >= check(&e)
                            } else {
                                d > check(&e)
                            }
                        }) && interval.max.is_none_or(|e| {
                            if e.inclusive {
                                d <= check(&e)
                            } else {
                                d < check(&e)
                            }
                        });
                        let s = if ok {
                            Status::Satisfied
                        } else {
                            Status::Violated
                        };
                        (
                            s,
                            format!("{subject} {} sampai {}: {d} hari", p.start, end),
                            vec![format!("{subject}: {} – {end}", p.start)],
                        )
                    }
                    _ => unknown(format!(
                        "the period `{subject}` has no end and the case no reference date"
                    )),
                }
            }
            None => unknown(format!("the period `{subject}` is not recorded")),
        },
        RuleKind::List {
            name,
            list_kind,
            items,
        } => {
            if *list_kind == ListKind::Pilihan {
                let value = match name.as_str() {
                    "alasan_lowong" => cx.case.vacancy.reason.clone(),
                    "mekanisme" => Some(cx.case.vacancy.mechanism.clone()),
                    _ => cx.case.lists.get(name).and_then(|v| v.first().cloned()),
                };
                return match value {
                    Some(v) if items.iter().any(|i| i.key == v) => (
                        Status::Satisfied,
                        format!("`{v}` is one of the listed items"),
                        vec![format!("{name}: {v}")],
                    ),
                    Some(v) => (
                        Status::Violated,
                        format!("`{v}` is not one of: {}", keys(items)),
                        vec![format!("{name}: {v}")],
                    ),
                    None => unknown(format!("`{name}` is not recorded")),
                };
            }
            let present = if name == "isi_pengumuman" {
                cx.case
                    .announcement
                    .as_ref()
                    .and_then(|a| a.contents.as_deref())
                    .or(cx.case.lists.get(name).map(Vec::as_slice))
            } else {
                cx.case.lists.get(name).map(Vec::as_slice)
            };
            list_check(*list_kind, items, present)
        }
        RuleKind::Action {
            action,
            actor,
            party,
            channels,
            timing,
            ..
        } => judge_action(
            cx,
            r.modality,
            action,
            actor.as_deref(),
            party.as_deref(),
            channels,
            *timing,
        ),
        _ => unknown("not checkable on a case"),
    }
}

fn keys(items: &[ListMember]) -> String {
    items
        .iter()
        .map(|i| i.key.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn list_check(kind: ListKind, items: &[ListMember], present: Option<&[String]>) -> Judged {
    let Some(present) = present else {
        return unknown("the items present are not recorded");
    };
    let missing: Vec<&str> = items
        .iter()
        .map(|i| i.key.as_str())
        .filter(|k| !present.iter().any(|p| p == k))
        .collect();
    let facts = vec![format!("ada: {}", present.join(", "))];
    if !missing.is_empty() {
        return (
            Status::Violated,
            format!("missing: {}", missing.join(", ")),
            facts,
        );
    }
    if kind == ListKind::Berurutan {
        let order: Vec<usize> = items
            .iter()
            .filter_map(|i| present.iter().position(|p| *p == i.key))
            .collect();
        if order.windows(2).any(|w| w.first() > w.get(1)) {
            return (
                Status::Violated,
                format!("not in the order of the policy: {}", keys(items)),
                facts,
            );
        }
    }
    if kind == ListKind::Lengkap {
        let extra: Vec<&String> = present
            .iter()
            .filter(|p| !items.iter().any(|i| i.key == **p))
            .collect();
        if !extra.is_empty() {
            let extra = extra
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            return (
                Status::Satisfied,
                format!("every item present (also: {extra})"),
                facts,
            );
        }
    }
    (Status::Satisfied, "every item present".into(), facts)
}

fn judge_panel(cx: &Ctx<'_>, name: &str, rule: &PanelRule) -> Judged {
    let Some(members) = cx.case.panels.get(name) else {
        return unknown(format!("the members of pansel `{name}` are not recorded"));
    };
    let n = members.len() as f64;
    let is = |m: &super::case::PanelMember, who: &str| match who {
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
            (
                s,
                format!("{} anggota", members.len()),
                vec![format!("anggota pansel {name}: {}", members.len())],
            )
        }
        PanelRule::Share { who, interval, .. } => {
            if members.is_empty() {
                return unknown("the panel has no members");
            }
            let k = members.iter().filter(|m| is(m, who)).count() as f64;
            let pct = k * 100.0 / n;
            (
                within(interval, pct),
                format!("{k} dari {n} anggota {who} = {pct:.2}%"),
                vec![format!("{who}: {k} dari {n}")],
            )
        }
        PanelRule::Members { who, interval } => {
            let k = members
                .iter()
                .filter(|m| who.iter().any(|w| is(m, w)))
                .count() as f64;
            (
                within(interval, k),
                format!("{k} anggota {}", who.join("/")),
                vec![format!("{}: {k}", who.join("/"))],
            )
        }
        PanelRule::Role { role, holders } => {
            let held: Vec<_> = members
                .iter()
                .filter(|m| m.role.as_deref().unwrap_or("anggota") == role)
                .collect();
            if held.is_empty() {
                return (Status::Violated, format!("no member is {role}"), vec![]);
            }
            // Every holder of the role must be one of the allowed holders; a level
            // (`jpt_pratama`) is met by an internal member whose eselon is of that level.
            let fits = |m: &super::case::PanelMember| {
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
            if wrong.is_empty() {
                (
                    Status::Satisfied,
                    format!("every {role} is {}", holders.join("/")),
                    facts,
                )
            } else {
                (
                    Status::Violated,
                    format!(
                        "{role} held by {}, not {}",
                        wrong.join(", "),
                        holders.join("/")
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
            if stray.is_empty() {
                (
                    Status::Satisfied,
                    "every member comes from a listed element".into(),
                    vec![format!("unsur: {}", elements.join(", "))],
                )
            } else {
                (
                    Status::Violated,
                    format!("not from a listed element: {}", stray.join(", ")),
                    vec![format!("unsur: {}", elements.join(", "))],
                )
            }
        }
        PanelRule::Standing { who, reference, .. } => {
            let Some(vac) = cx.eselon else {
                return unknown("the eselon of the vacancy is not recorded");
            };
            if reference != "jabatan_lowong" {
                return unknown(format!(
                    "standing relative to `{reference}` is not checkable"
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
                (
                    Status::Violated,
                    format!("below the vacancy's eselon {vac}: {}", low.join(", ")),
                    vec![],
                )
            } else if !unknown_members.is_empty() {
                unknown(format!(
                    "eselon not recorded for {}",
                    unknown_members.join(", ")
                ))
            } else {
                (
                    Status::Satisfied,
                    format!("every {who} member holds at least eselon {vac}"),
                    vec![],
                )
            }
        }
    }
}

/// The gap between two dates in a unit, and its words.
fn gap(cx: &Ctx<'_>, from: NaiveDate, to: NaiveDate, unit: TimeUnit) -> (f64, String) {
    match unit {
        TimeUnit::WorkingDays => {
            let d = time::working_days(from, to, &cx.case.holidays) as f64;
            (d, format!("{d} hari kerja"))
        }
        TimeUnit::CalendarDays | TimeUnit::Days => {
            let d = time::days(from, to) as f64;
            (d, format!("{d} hari kalender"))
        }
        TimeUnit::Months => {
            let m = time::months_between(from, to).map_or(-1.0, f64::from);
            (m, format!("{m} bulan penuh"))
        }
        TimeUnit::Years => {
            let y = time::age_years(from, to).map_or(-1.0, f64::from);
            (y, format!("{y} tahun penuh"))
        }
    }
}

fn judge_window(
    cx: &Ctx<'_>,
    event: Event,
    anchor: Event,
    direction: Direction,
    interval: &Interval,
) -> Judged {
    let (Some(e), Some(a)) = (
        cx.reference.date(Some(event)),
        cx.reference.date(Some(anchor)),
    ) else {
        return unknown(format!(
            "the dates of `{event}` and `{anchor}` are both needed"
        ));
    };
    let (from, to) = match direction {
        Direction::Sebelum => (e, a),
        Direction::Setelah => (a, e),
    };
    let Measure::Time(unit) = interval.measure else {
        return unknown("not a duration");
    };
    let facts = vec![
        format!("{event}: {}", time::tanggal(e)),
        format!("{anchor}: {}", time::tanggal(a)),
    ];
    if unit == TimeUnit::Days {
        // The law says "hari" without saying which: judge both readings.
        let (c, cw) = gap(cx, from, to, TimeUnit::CalendarDays);
        let (w, ww) = gap(cx, from, to, TimeUnit::WorkingDays);
        let (sc, sw) = (within(interval, c), within(interval, w));
        if sc == sw {
            return (
                sc,
                format!("{cw} / {ww}; both readings of `hari` agree"),
                facts,
            );
        }
        return (Status::Unknown, format!("{cw} satisfies one reading of `hari` and {ww} not the other: the policy does not say calendar or working days"), facts);
    }
    let (v, words) = gap(cx, from, to, unit);
    (
        within(interval, v),
        format!("{words} (yang dibolehkan: {})", interval.words()),
        facts,
    )
}

fn judge_extension(
    cx: &Ctx<'_>,
    r: &IrRule,
    subject: &str,
    times: &Interval,
    each: Option<(f64, TimeUnit)>,
) -> Judged {
    if subject != "pengumuman" {
        let key = format!("perpanjangan_{subject}");
        return match cx.case.counts.get(&key) {
            Some(k) if *k == 0.0 => (
                Status::Satisfied,
                format!("no extension of {subject}"),
                vec![],
            ),
            Some(k) => match r.condition.as_ref().map(|c| selection_cond(cx, c, None)) {
                Some(Tri::False) if subject == "seleksi" => (
                    Status::Unknown,
                    format!("{k} extension(s); the condition is met no longer, but the state when each extension was decided is not recorded"),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::False) => (
                    Status::Violated,
                    format!("{k} extension(s) although the condition does not hold"),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::Unknown) => {
                    unknown("cannot tell whether the condition for an extension held")
                }
                _ => (
                    within(times, *k),
                    format!("{k} extension(s) (yang dibolehkan: {})", times.words()),
                    vec![format!("{key}: {k}")],
                ),
            },
            None => unknown(format!("the number of extensions `{key}` is not recorded")),
        };
    }
    let Some(a) = &cx.case.announcement else {
        return unknown("the announcement is not recorded");
    };
    let k = a.extensions.len() as f64;
    let mut facts = vec![format!("perpanjangan: {k}")];
    if a.extensions.is_empty() {
        return (
            Status::Satisfied,
            "the announcement was not extended".into(),
            facts,
        );
    }
    if !times.contains(k) {
        return (
            Status::Violated,
            format!("{k} extensions (yang dibolehkan: {})", times.words()),
            facts,
        );
    }
    let mut prev = a.deadline;
    let mut status = Status::Satisfied;
    let mut notes = Vec::new();
    for (i, x) in a.extensions.iter().enumerate() {
        if let Some(c) = &r.condition {
            match selection_cond(cx, c, Some(x.applicants)) {
                Tri::False => {
                    status = Status::Violated;
                    notes.push(format!(
                        "extension {} made although {} does not hold",
                        i + 1,
                        c.words()
                    ));
                }
                Tri::Unknown if status == Status::Satisfied => {
                    status = Status::Unknown;
                    notes.push(format!(
                        "extension {}: applicants at the time not recorded",
                        i + 1
                    ));
                }
                _ => {}
            }
        }
        if let Some((n, u)) = each {
            let (v, words) = gap(cx, prev, x.new_deadline, u);
            facts.push(format!(
                "perpanjangan {}: {} → {} ({words})",
                i + 1,
                prev,
                x.new_deadline
            ));
            if v > n {
                status = Status::Violated;
                notes.push(format!(
                    "extension {} lasts {words}, more than {}",
                    i + 1,
                    fmt_value(n, Measure::Time(u))
                ));
            }
        }
        prev = x.new_deadline;
    }
    let why = if notes.is_empty() {
        format!("{k} extension(s) within the limits")
    } else {
        notes.join("; ")
    };
    (status, why, facts)
}

#[allow(clippy::too_many_arguments)]
fn judge_action(
    cx: &Ctx<'_>,
    modality: Modality,
    action: &str,
    actor: Option<&str>,
    party: Option<&str>,
    channels: &[String],
    timing: Option<(Direction, Event)>,
) -> Judged {
    if !channels.is_empty() && action == "pengumuman" {
        if let Some(a) = &cx.case.announcement {
            let used: Vec<&String> = channels.iter().filter(|c| a.channels.contains(c)).collect();
            let facts = vec![format!("saluran: {}", a.channels.join(", "))];
            return if used.is_empty() {
                (
                    Status::Violated,
                    format!("announced through none of: {}", channels.join(", ")),
                    facts,
                )
            } else {
                (
                    Status::Satisfied,
                    format!(
                        "announced through {}",
                        used.iter()
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    facts,
                )
            };
        }
    }
    let Some(actions) = &cx.case.actions else {
        return unknown("the actions taken are not recorded");
    };
    let matching: Vec<_> = actions
        .iter()
        .filter(|a| a.done != Some(false))
        .filter(|a| {
            a.action == action
                && (party.is_none() || a.party.as_deref() == party)
                && (actor.is_none() || a.by.is_none() || a.by.as_deref() == actor)
        })
        .collect();
    let what = format!(
        "{action}{}",
        party.map(|p| format!(" {p}")).unwrap_or_default()
    );
    let recorded_not_done = actions.iter().any(|a| {
        a.done == Some(false)
            && a.action == action
            && (party.is_none() || a.party.as_deref() == party)
    });
    match modality {
        Modality::Dilarang => {
            if matching.is_empty() && !cx.case.actions_complete {
                unknown(format!(
                    "no `{what}` recorded, but the record of actions is not complete"
                ))
            } else if matching.is_empty() {
                (Status::Satisfied, format!("no `{what}` recorded"), vec![])
            } else {
                (
                    Status::Violated,
                    format!("`{what}` was done, and it is prohibited"),
                    vec![],
                )
            }
        }
        _ => {
            // `melalui`: the record must say through what, and it must be one of the channels.
            let matching: Vec<_> = if channels.is_empty() {
                matching
            } else {
                if !matching.is_empty() && matching.iter().all(|a| a.via.is_none()) {
                    return unknown(format!(
                        "`{what}` is recorded without saying through what (melalui {})",
                        channels.join("/")
                    ));
                }
                matching
                    .into_iter()
                    .filter(|a| a.via.as_ref().is_some_and(|v| channels.contains(v)))
                    .collect()
            };
            let Some(first) = matching.first() else {
                return if recorded_not_done || cx.case.actions_complete {
                    (Status::Violated, format!("`{what}` was not done"), vec![])
                } else {
                    unknown(format!("`{what}` is not recorded"))
                };
            };
            let Some((dir, event)) = timing else {
                return (
                    Status::Satisfied,
                    format!("`{what}` recorded"),
                    vec![format!(
                        "{what}: {}",
                        first.date.map(|d| d.to_string()).unwrap_or_default()
                    )],
                );
            };
            let Some(e) = cx.reference.date(Some(event)) else {
                return unknown(format!("the date of `{event}` is not recorded"));
            };
            let ok = matching.iter().any(|a| {
                a.date.is_some_and(|d| match dir {
                    Direction::Sebelum => d < e,
                    Direction::Setelah => d > e,
                })
            });
            let dated = matching.iter().any(|a| a.date.is_some());
            let facts = vec![format!("{event}: {}", time::tanggal(e))];
            if ok {
                (
                    Status::Satisfied,
                    format!(
                        "`{what}` recorded {} {event}",
                        if dir == Direction::Sebelum {
                            "before"
                        } else {
                            "after"
                        }
                    ),
                    facts,
                )
            } else if !dated {
                unknown(format!("`{what}` has no date"))
            } else {
                (
                    Status::Violated,
                    format!(
                        "`{what}` is not {} {event}",
                        if dir == Direction::Sebelum {
                            "before"
                        } else {
                            "after"
                        }
                    ),
                    facts,
                )
            }
        }
    }
}
