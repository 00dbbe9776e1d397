//! `pasal verify`: every rule that applies to a selection case gets a verdict —
//! satisfied, violated, or unknown when a fact is missing — with the clause,
//! the facts used and an explanation.

use super::case::{Candidate, Case, Origin};
use super::eligibility::{applies, describe_facts, Program, Reference, Tri};
use super::time;
use crate::ast::{Direction, ListKind, Modality};
use crate::diagnostics::Lang;
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
    /// Why this status, in English.
    pub explanation: String,
    /// Why this status, in Indonesian.
    pub explanation_id: String,
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

impl Verdict {
    /// The explanation in a language.
    pub fn explanation_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.explanation,
            Lang::Id => &self.explanation_id,
        }
    }
}

/// An explanation in English and in Indonesian. Every explanation is built
/// through [`why`], so that no verdict lacks either language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Why {
    en: String,
    id: String,
}

/// An explanation in both languages.
fn why(en: impl Into<String>, id: impl Into<String>) -> Why {
    Why {
        en: en.into(),
        id: id.into(),
    }
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
                        why("no candidate to judge", "tidak ada calon yang dinilai"),
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
                            let guard = guard_words(r);
                            let because = why(
                                format!(
                                    "cannot tell whether the rule applies to this candidate: {guard}"
                                ),
                                format!(
                                    "tidak dapat dipastikan apakah aturan ini berlaku bagi calon ini: {guard}"
                                ),
                            );
                            report.verdicts.push(verdict(
                                r,
                                Status::Unknown,
                                because,
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
                    let because = match t {
                        Tri::True => why(
                            "the candidate meets the requirement",
                            "calon memenuhi persyaratan",
                        ),
                        Tri::False => why(
                            "the candidate does not meet the requirement",
                            "calon tidak memenuhi persyaratan",
                        ),
                        Tri::Unknown => why(
                            "a fact about the candidate is missing",
                            "ada fakta tentang calon yang tidak tercatat",
                        ),
                    };
                    report.verdicts.push(verdict(
                        r,
                        Status::of(t),
                        because,
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
    explanation: Why,
    facts: Vec<String>,
    candidate: Option<String>,
) -> Verdict {
    Verdict {
        rule: r.id.clone(),
        status,
        message: r.kind.summary(),
        explanation: explanation.en,
        explanation_id: explanation.id,
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
    Unknown(Why),
}

fn applicability(cx: &Ctx<'_>, r: &IrRule) -> Applicability {
    if let Some(c) = &r.condition {
        match selection_cond(cx, c, None) {
            Tri::False => return Applicability::No,
            Tri::Unknown => {
                let w = c.words();
                return Applicability::Unknown(why(
                    format!("cannot tell whether the rule applies: jika {w}"),
                    format!("tidak dapat dipastikan apakah aturan ini berlaku: jika {w}"),
                ));
            }
            Tri::True => {}
        }
    }
    if let Some(c) = &r.exception {
        match selection_cond(cx, c, None) {
            Tri::True => return Applicability::No,
            Tri::Unknown => {
                let w = c.words();
                return Applicability::Unknown(why(
                    format!("cannot tell whether the exception applies: kecuali {w}"),
                    format!("tidak dapat dipastikan apakah pengecualiannya berlaku: kecuali {w}"),
                ));
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

type Judged = (Status, Why, Vec<String>);

fn unknown(because: Why) -> Judged {
    (Status::Unknown, because, vec![])
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
            Some(v) => {
                let allowed = interval.words();
                (
                    within(interval, *v),
                    why(
                        format!("weight of {component}: {v}% (allowed: {allowed})"),
                        format!("bobot {component} {v}% (yang dibolehkan: {allowed})"),
                    ),
                    vec![format!("bobot {set}.{component} = {v}%")],
                )
            }
            None => unknown(why(
                format!("the weight `{set}.{component}` used is not recorded"),
                format!("bobot `{set}.{component}` yang dipakai tidak tercatat"),
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
                    let allowed = interval.words();
                    (
                        within(interval, per_unit),
                        why(
                            format!("{subject}: {per_unit} (allowed: {allowed})"),
                            format!("{subject}: {per_unit} (yang dibolehkan: {allowed})"),
                        ),
                        vec![fact],
                    )
                }
                None => unknown(why(
                    format!("the count `{subject}` is not recorded"),
                    format!("jumlah `{subject}` tidak tercatat"),
                )),
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
                        let start = p.start;
                        (
                            s,
                            why(
                                format!("{subject} from {start} to {end}: {d} days"),
                                format!("{subject} {start} sampai {end}: {d} hari"),
                            ),
                            vec![format!("{subject}: {start} – {end}")],
                        )
                    }
                    _ => unknown(why(
                        format!("the period `{subject}` has no end and the case no reference date"),
                        format!(
                            "jangka waktu `{subject}` tidak mempunyai tanggal akhir dan kasus ini tidak mempunyai tanggal acuan"
                        ),
                    )),
                }
            }
            None => unknown(why(
                format!("the period `{subject}` is not recorded"),
                format!("jangka waktu `{subject}` tidak tercatat"),
            )),
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
                        why(
                            format!("`{v}` is one of the listed items"),
                            format!("`{v}` termasuk butir yang tercantum"),
                        ),
                        vec![format!("{name}: {v}")],
                    ),
                    Some(v) => {
                        let listed = keys(items);
                        (
                            Status::Violated,
                            why(
                                format!("`{v}` is not one of: {listed}"),
                                format!("`{v}` bukan salah satu dari: {listed}"),
                            ),
                            vec![format!("{name}: {v}")],
                        )
                    }
                    None => unknown(why(
                        format!("`{name}` is not recorded"),
                        format!("`{name}` tidak tercatat"),
                    )),
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
        _ => unknown(why(
            "not checkable on a case",
            "tidak dapat diperiksa pada suatu kasus",
        )),
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
        return unknown(why(
            "the items present are not recorded",
            "butir yang ada tidak tercatat",
        ));
    };
    let missing: Vec<&str> = items
        .iter()
        .map(|i| i.key.as_str())
        .filter(|k| !present.iter().any(|p| p == k))
        .collect();
    let facts = vec![format!("ada: {}", present.join(", "))];
    if !missing.is_empty() {
        let missing = missing.join(", ");
        return (
            Status::Violated,
            why(
                format!("missing: {missing}"),
                format!("yang tidak ada: {missing}"),
            ),
            facts,
        );
    }
    if kind == ListKind::Berurutan {
        let order: Vec<usize> = items
            .iter()
            .filter_map(|i| present.iter().position(|p| *p == i.key))
            .collect();
        if order.windows(2).any(|w| w.first() > w.get(1)) {
            let order = keys(items);
            return (
                Status::Violated,
                why(
                    format!("not in the order of the policy: {order}"),
                    format!("tidak sesuai dengan urutan dalam peraturan: {order}"),
                ),
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
                why(
                    format!("every item present (also: {extra})"),
                    format!("semua butir ada (juga: {extra})"),
                ),
                facts,
            );
        }
    }
    (
        Status::Satisfied,
        why("every item present", "semua butir ada"),
        facts,
    )
}

fn judge_panel(cx: &Ctx<'_>, name: &str, rule: &PanelRule) -> Judged {
    let Some(members) = cx.case.panels.get(name) else {
        return unknown(why(
            format!("the members of pansel `{name}` are not recorded"),
            format!("anggota pansel `{name}` tidak tercatat"),
        ));
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

/// The gap between two dates in a unit, and its words in both languages
/// (facts use the Indonesian ones).
fn gap(cx: &Ctx<'_>, from: NaiveDate, to: NaiveDate, unit: TimeUnit) -> (f64, Why) {
    match unit {
        TimeUnit::WorkingDays => {
            let d = time::working_days(from, to, &cx.case.holidays) as f64;
            (
                d,
                why(format!("{d} working days"), format!("{d} hari kerja")),
            )
        }
        TimeUnit::CalendarDays | TimeUnit::Days => {
            let d = time::days(from, to) as f64;
            (
                d,
                why(format!("{d} calendar days"), format!("{d} hari kalender")),
            )
        }
        TimeUnit::Months => {
            let m = time::months_between(from, to).map_or(-1.0, f64::from);
            (
                m,
                why(format!("{m} full months"), format!("{m} bulan penuh")),
            )
        }
        TimeUnit::Years => {
            let y = time::age_years(from, to).map_or(-1.0, f64::from);
            (
                y,
                why(format!("{y} full years"), format!("{y} tahun penuh")),
            )
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
        return unknown(why(
            format!("the dates of `{event}` and `{anchor}` are both needed"),
            format!("tanggal `{event}` dan tanggal `{anchor}` keduanya diperlukan"),
        ));
    };
    let (from, to) = match direction {
        Direction::Sebelum => (e, a),
        Direction::Setelah => (a, e),
    };
    let Measure::Time(unit) = interval.measure else {
        return unknown(why("not a duration", "bukan jangka waktu"));
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
                why(
                    format!("{} / {}; both readings of `hari` agree", cw.en, ww.en),
                    format!(
                        "{} / {}; kedua tafsiran `hari` memberi hasil yang sama",
                        cw.id, ww.id
                    ),
                ),
                facts,
            );
        }
        // Name first the reading that is satisfied.
        let (yes, no) = if sc == Status::Satisfied {
            (cw, ww)
        } else {
            (ww, cw)
        };
        return (
            Status::Unknown,
            why(
                format!(
                    "{} satisfies one reading of `hari` and {} not the other: the policy does not say calendar or working days",
                    yes.en, no.en
                ),
                format!(
                    "{} memenuhi satu tafsiran `hari` dan {} tidak memenuhi tafsiran lainnya: peraturan tidak menyebut hari kalender atau hari kerja",
                    yes.id, no.id
                ),
            ),
            facts,
        );
    }
    let (v, words) = gap(cx, from, to, unit);
    let allowed = interval.words();
    (
        within(interval, v),
        why(
            format!("{} (allowed: {allowed})", words.en),
            format!("{} (yang dibolehkan: {allowed})", words.id),
        ),
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
                why(
                    format!("no extension of {subject}"),
                    format!("tidak ada perpanjangan {subject}"),
                ),
                vec![],
            ),
            Some(k) => match r.condition.as_ref().map(|c| selection_cond(cx, c, None)) {
                Some(Tri::False) if subject == "seleksi" => (
                    Status::Unknown,
                    why(
                        format!("{k} extension(s); the condition is met no longer, but the state when each extension was decided is not recorded"),
                        format!("{k} kali perpanjangan; syaratnya kini tidak terpenuhi lagi, tetapi keadaan pada saat setiap perpanjangan diputuskan tidak tercatat"),
                    ),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::False) => (
                    Status::Violated,
                    why(
                        format!("{k} extension(s) although the condition does not hold"),
                        format!("{k} kali perpanjangan padahal syaratnya tidak terpenuhi"),
                    ),
                    vec![format!("{key}: {k}")],
                ),
                Some(Tri::Unknown) => unknown(why(
                    "cannot tell whether the condition for an extension held",
                    "tidak dapat dipastikan apakah syarat perpanjangan terpenuhi",
                )),
                _ => {
                    let allowed = times.words();
                    (
                        within(times, *k),
                        why(
                            format!("{k} extension(s) (allowed: {allowed})"),
                            format!("{k} kali perpanjangan (yang dibolehkan: {allowed})"),
                        ),
                        vec![format!("{key}: {k}")],
                    )
                }
            },
            None => unknown(why(
                format!("the number of extensions `{key}` is not recorded"),
                format!("jumlah perpanjangan `{key}` tidak tercatat"),
            )),
        };
    }
    let Some(a) = &cx.case.announcement else {
        return unknown(why(
            "the announcement is not recorded",
            "pengumuman tidak tercatat",
        ));
    };
    let k = a.extensions.len() as f64;
    let mut facts = vec![format!("perpanjangan: {k}")];
    if a.extensions.is_empty() {
        return (
            Status::Satisfied,
            why(
                "the announcement was not extended",
                "pengumuman tidak diperpanjang",
            ),
            facts,
        );
    }
    if !times.contains(k) {
        let allowed = times.words();
        return (
            Status::Violated,
            why(
                format!("{k} extensions (allowed: {allowed})"),
                format!("{k} kali perpanjangan (yang dibolehkan: {allowed})"),
            ),
            facts,
        );
    }
    let mut prev = a.deadline;
    let mut status = Status::Satisfied;
    let mut notes: Vec<Why> = Vec::new();
    for (i, x) in a.extensions.iter().enumerate() {
        let nth = i + 1;
        if let Some(c) = &r.condition {
            match selection_cond(cx, c, Some(x.applicants)) {
                Tri::False => {
                    status = Status::Violated;
                    let w = c.words();
                    notes.push(why(
                        format!("extension {nth} made although {w} does not hold"),
                        format!("perpanjangan ke-{nth} dilakukan padahal {w} tidak terpenuhi"),
                    ));
                }
                Tri::Unknown if status == Status::Satisfied => {
                    status = Status::Unknown;
                    notes.push(why(
                        format!("extension {nth}: applicants at the time not recorded"),
                        format!(
                            "perpanjangan ke-{nth}: jumlah pelamar pada saat itu tidak tercatat"
                        ),
                    ));
                }
                _ => {}
            }
        }
        if let Some((n, u)) = each {
            let (v, words) = gap(cx, prev, x.new_deadline, u);
            facts.push(format!(
                "perpanjangan {nth}: {prev} → {} ({})",
                x.new_deadline, words.id
            ));
            if v > n {
                status = Status::Violated;
                let limit = fmt_value(n, Measure::Time(u));
                notes.push(why(
                    format!("extension {nth} lasts {}, more than {limit}", words.en),
                    format!(
                        "perpanjangan ke-{nth} berlangsung {}, lebih dari {limit}",
                        words.id
                    ),
                ));
            }
        }
        prev = x.new_deadline;
    }
    let because = if notes.is_empty() {
        why(
            format!("{k} extension(s) within the limits"),
            format!("{k} kali perpanjangan, masih dalam batas"),
        )
    } else {
        why(
            notes
                .iter()
                .map(|n| n.en.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            notes
                .iter()
                .map(|n| n.id.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        )
    };
    (status, because, facts)
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
                let listed = channels.join(", ");
                (
                    Status::Violated,
                    why(
                        format!("announced through none of: {listed}"),
                        format!("tidak diumumkan melalui satu pun dari: {listed}"),
                    ),
                    facts,
                )
            } else {
                let used = used
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    Status::Satisfied,
                    why(
                        format!("announced through {used}"),
                        format!("diumumkan melalui {used}"),
                    ),
                    facts,
                )
            };
        }
    }
    let Some(actions) = &cx.case.actions else {
        return unknown(why(
            "the actions taken are not recorded",
            "tindakan yang dilakukan tidak tercatat",
        ));
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
                unknown(why(
                    format!("no `{what}` recorded, but the record of actions is not complete"),
                    format!("`{what}` tidak tercatat, tetapi catatan tindakan tidak lengkap"),
                ))
            } else if matching.is_empty() {
                (
                    Status::Satisfied,
                    why(
                        format!("no `{what}` recorded"),
                        format!("`{what}` tidak tercatat"),
                    ),
                    vec![],
                )
            } else {
                (
                    Status::Violated,
                    why(
                        format!("`{what}` was done, and it is prohibited"),
                        format!("`{what}` dilakukan, padahal dilarang"),
                    ),
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
                    let listed = channels.join("/");
                    return unknown(why(
                        format!(
                            "`{what}` is recorded without saying through what (melalui {listed})"
                        ),
                        format!("`{what}` tercatat tanpa menyebut melalui apa (melalui {listed})"),
                    ));
                }
                matching
                    .into_iter()
                    .filter(|a| a.via.as_ref().is_some_and(|v| channels.contains(v)))
                    .collect()
            };
            let Some(first) = matching.first() else {
                return if recorded_not_done || cx.case.actions_complete {
                    (
                        Status::Violated,
                        why(
                            format!("`{what}` was not done"),
                            format!("`{what}` tidak dilakukan"),
                        ),
                        vec![],
                    )
                } else {
                    unknown(why(
                        format!("`{what}` is not recorded"),
                        format!("`{what}` tidak tercatat"),
                    ))
                };
            };
            let Some((dir, event)) = timing else {
                return (
                    Status::Satisfied,
                    why(format!("`{what}` recorded"), format!("`{what}` tercatat")),
                    vec![format!(
                        "{what}: {}",
                        first.date.map(|d| d.to_string()).unwrap_or_default()
                    )],
                );
            };
            let Some(e) = cx.reference.date(Some(event)) else {
                return unknown(why(
                    format!("the date of `{event}` is not recorded"),
                    format!("tanggal `{event}` tidak tercatat"),
                ));
            };
            let ok = matching.iter().any(|a| {
                a.date.is_some_and(|d| match dir {
                    Direction::Sebelum => d < e,
                    Direction::Setelah => d > e,
                })
            });
            let dated = matching.iter().any(|a| a.date.is_some());
            let facts = vec![format!("{event}: {}", time::tanggal(e))];
            let (en, id) = match dir {
                Direction::Sebelum => ("before", "sebelum"),
                Direction::Setelah => ("after", "setelah"),
            };
            if ok {
                (
                    Status::Satisfied,
                    why(
                        format!("`{what}` recorded {en} {event}"),
                        format!("`{what}` tercatat {id} {event}"),
                    ),
                    facts,
                )
            } else if !dated {
                unknown(why(
                    format!("`{what}` has no date"),
                    format!("`{what}` tidak bertanggal"),
                ))
            } else {
                (
                    Status::Violated,
                    why(
                        format!("`{what}` is not {en} {event}"),
                        format!("`{what}` tidak dilakukan {id} {event}"),
                    ),
                    facts,
                )
            }
        }
    }
}
