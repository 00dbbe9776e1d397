//! `pasal verify`: every rule that applies to a selection case gets a verdict —
//! satisfied, violated, or unknown when a fact is missing — with the clause,
//! the facts used and an explanation.

use super::calendar::Calendar;
use super::case::{Candidate, Case, Origin};
use super::eligibility::{applies, describe_facts, Program, Reference, Tri};
use super::time;
use crate::diagnostics::Lang;
use crate::ir::*;
use crate::ir::{Direction, ListKind, Modality};
use crate::messages::{verify as vt, Message, Text};
use crate::source::Span;
use chrono::NaiveDate;
use serde::Serialize;

mod action;
mod judge;
mod panel;
mod timing;
mod weights;

use action::judge_action;
use judge::{judge, list_check};
use panel::judge_panel;
use timing::{judge_extension, judge_window};

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
    fn to_tri(self) -> Tri {
        match self {
            Status::Satisfied => Tri::True,
            Status::Violated => Tri::False,
            Status::Unknown => Tri::Unknown,
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
    /// Message this status, in English.
    pub explanation: String,
    /// Message this status, in Indonesian.
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

/// A direction's word in each language (`sebelum` is "before").
fn direction_words(d: Direction) -> Text {
    match d {
        Direction::Sebelum => vt::direction::SEBELUM,
        Direction::Setelah => vt::direction::SETELAH,
        Direction::Sejak => vt::direction::SEJAK,
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
    /// What is wrong, in both languages.
    pub message: Message,
}

struct Ctx<'a> {
    policy: &'a Policy,
    case: &'a Case,
    calendar: &'a Calendar,
    level: Level,
    mechanism: Mechanism,
    eselon: Option<Eselon>,
    reference: Reference,
}

impl Ctx<'_> {
    /// The date of a built-in event, or of an act the policy names: the
    /// earliest dated record of that act in `actions` that was done.
    fn date_of(&self, e: &EventRef) -> Option<NaiveDate> {
        match e {
            EventRef::Event(e) => self.reference.date(Some(*e)),
            EventRef::Act(name) => self
                .case
                .actions
                .iter()
                .flatten()
                .filter(|a| &a.action == name && a.done != Some(false))
                .filter_map(|a| a.date)
                .min(),
        }
    }
}

/// Verifies a case against a policy.
///
/// A rule whose defect the policy acknowledges with a reading (`akui CODE "…"
/// dibaca RULE`) is judged by that reading, and its explanation says so.
pub fn verify(policy: &Policy, case: &Case) -> Result<Report, VerifyError> {
    verify_on(policy, case, Calendar::built_in())
}

/// [`verify`] with working days counted on `calendar` (plus the case's own
/// `holidays`) instead of the built-in calendar.
pub fn verify_on(policy: &Policy, case: &Case, calendar: &Calendar) -> Result<Report, VerifyError> {
    let read = policy.as_read();
    let mut report = verify_rules(&read, case, calendar)?;
    for v in &mut report.verdicts {
        let Some(reading) = policy
            .rules
            .iter()
            .find(|r| r.id == v.rule)
            .and_then(|r| r.read_as.as_deref())
        else {
            continue;
        };
        let (code, reason) = (&reading.code, &reading.reason);
        let summary = reading.rule.summary();
        let because = Message {
            en: std::mem::take(&mut v.explanation),
            id: std::mem::take(&mut v.explanation_id),
        };
        let judged = vt::general::by_reading(code, &summary, reason, &because);
        v.explanation = judged.en;
        v.explanation_id = judged.id;
    }
    Ok(report)
}

fn verify_rules(policy: &Policy, case: &Case, calendar: &Calendar) -> Result<Report, VerifyError> {
    let cx = context(policy, case, calendar)?;
    let (level, mechanism, eselon) = (cx.level, cx.mechanism, cx.eselon);
    let mut report = Report::default();
    let program = Program::compile(policy, level, mechanism);
    let subjects = subjects(case);
    let mut weight_rules = Vec::new();
    for (i, r) in policy.rules.iter().enumerate() {
        if r.malformed
            || !applies(&r.scope, level, mechanism)
            || !eselon_ok(&r.scope, eselon)
            || not_filling(r, mechanism)
        {
            report.not_applicable += 1;
            continue;
        }
        if matches!(
            r.kind,
            RuleKind::ListItem { .. }
                | RuleKind::PostClass { .. }
                | RuleKind::Fact { .. }
                | RuleKind::Term { .. }
        ) {
            continue;
        }
        if r.modality == Modality::Dapat && !matches!(r.kind, RuleKind::Extension { .. }) {
            // A permission is judged only when it was used and the law grants
            // it on a condition: the condition must have held.
            if let Some(judged) = used_permission(&cx, r) {
                report.verdicts.push(judged);
            }
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
                Applicability::Assumed => {
                    let (s, because, facts) = judge(&cx, r);
                    let because = assume_no_exception(because, r);
                    report.verdicts.push(verdict(r, s, because, facts, None));
                    continue;
                }
            }
        }
        match &r.kind {
            RuleKind::Eligibility { .. } => {
                judge_eligibility(&cx, &program, r, i, &subjects, &mut report)
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
                if matches!(r.kind, RuleKind::Weight { .. }) {
                    weight_rules.push(r);
                }
                let (s, why, facts) = judge(&cx, r);
                report.verdicts.push(verdict(r, s, why, facts, None));
            }
        }
    }
    report
        .verdicts
        .extend(weights::judge_totals(&cx, &weight_rules));
    Ok(report)
}

/// The case's context for judging: its level, mechanism and eselon read, and
/// the dates candidates are measured at.
fn context<'a>(
    policy: &'a Policy,
    case: &'a Case,
    calendar: &'a Calendar,
) -> Result<Ctx<'a>, VerifyError> {
    let level = Level::parse(&case.vacancy.level).ok_or_else(|| VerifyError {
        path: "vacancy.level".into(),
        message: crate::messages::case::msg::unknown_level(&case.vacancy.level, Level::names()),
    })?;
    let mechanism = Mechanism::parse(&case.vacancy.mechanism).ok_or_else(|| VerifyError {
        path: "vacancy.mechanism".into(),
        message: crate::messages::case::msg::unknown_mechanism(
            &case.vacancy.mechanism,
            Mechanism::names(),
        ),
    })?;
    let eselon = match &case.vacancy.eselon {
        Some(e) => Some(Eselon::parse(e).ok_or_else(|| VerifyError {
            path: "vacancy.eselon".into(),
            message: crate::messages::case::msg::unknown_eselon(e, Eselon::names()),
        })?),
        None => None,
    };
    let mut events = Vec::new();
    for (k, d) in &case.dates {
        let e = Event::parse(k).ok_or_else(|| VerifyError {
            path: format!("dates.{k}"),
            message: crate::messages::case::msg::unknown_event(k, Event::names()),
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
    let appointed = case.dates.get("pengangkatan").copied();
    let default = appointed.or(final_deadline);
    Ok(Ctx {
        policy,
        case,
        calendar,
        level,
        mechanism,
        eselon,
        reference: Reference {
            events,
            default,
            default_is_earliest: appointed.is_none(),
            facts: case.facts.clone(),
        },
    })
}

/// Verdicts of one eligibility rule on each candidate it applies to.
fn judge_eligibility(
    cx: &Ctx<'_>,
    program: &Program,
    r: &IrRule,
    i: usize,
    subjects: &[&Candidate],
    report: &mut Report,
) {
    let Some(compiled) = program.rules.iter().find(|c| c.rule == i) else {
        return;
    };
    if subjects.is_empty() {
        report.verdicts.push(verdict(
            r,
            Status::Unknown,
            Message::from(vt::general_text::NO_CANDIDATE_JUDGE),
            vec![],
            None,
        ));
    }
    let mut judged = false;
    for c in subjects {
        let prepared = program.prepare(c, &cx.reference);
        match program.applies(compiled, &prepared) {
            Tri::False => continue,
            Tri::Unknown => {
                let guard = guard_words(r);
                let because = vt::general::cannot_tell_whether_applies_to_candidate(&guard);
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
        let facts = describe_facts(program, &prepared, compiled);
        let assumed = program.exception_assumed(compiled, &prepared);
        let because = match t {
            Tri::True => Message::from(vt::general_text::CANDIDATE_MEETS_REQUIREMENT),
            Tri::False => Message::from(vt::general_text::CANDIDATE_DOES_NOT_MEET_REQUIREMENT),
            Tri::Unknown => Message::from(vt::general_text::FACT_ABOUT_CANDIDATE_MISSING),
        };
        let because = if assumed {
            assume_no_exception(because, r)
        } else {
            because
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

/// The verdict on a permission granted on a condition (`dapat X jika C`) that
/// the case records as used (an action `X` done by its actor, through its
/// channel, as far as the rule names them): violated when `C` did not
/// hold, unknown when the case cannot tell, else the action judged as written
/// (actors, timings, channels). `None`: the permission has no condition or was
/// not used, and nothing is to be judged.
fn used_permission(cx: &Ctx<'_>, r: &IrRule) -> Option<Verdict> {
    let RuleKind::Action {
        action,
        actors,
        party,
        channels,
        timings,
        ..
    } = &r.kind
    else {
        return None;
    };
    let condition = r.condition.as_ref()?;
    let used: Vec<_> = cx
        .case
        .actions
        .iter()
        .flatten()
        .filter(|a| &a.action == action && a.done != Some(false))
        // The use of this permission: by one of its actors, with its party,
        // through one of its channels, as far as the rule names them ("dapat
        // pula dilakukan secara online" permits the channel, not the act).
        .filter(|a| actors.is_empty() || a.by.as_ref().is_some_and(|b| actors.contains(b)))
        .filter(|a| party.is_none() || a.party == *party)
        .filter(|a| channels.is_empty() || a.via.as_ref().is_some_and(|v| channels.contains(v)))
        .collect();
    if used.is_empty() {
        return None;
    }
    let w = condition.words();
    let facts = vec![format!(
        "{action}: {}",
        used.iter()
            .map(|a| a.date.map_or("(tanpa tanggal)".to_string(), time::tanggal))
            .collect::<Vec<_>>()
            .join(", ")
    )];
    Some(match selection_cond(cx, condition, Moment::NOW) {
        Tri::False => verdict(
            r,
            Status::Violated,
            vt::general::was_done_although_condition_law(action, &w),
            facts,
            None,
        ),
        Tri::Unknown => verdict(
            r,
            Status::Unknown,
            vt::general::was_done_cannot_tell_whether(action, &w),
            facts,
            None,
        ),
        Tri::True => {
            let (s, because, mut more) = judge_action(
                cx,
                Modality::Wajib,
                action,
                actors,
                party.as_deref(),
                channels,
                timings,
            );
            more.extend(facts);
            let because = vt::general::condition_held_jika(&w, &because);
            verdict(r, s, because, more, None)
        }
    })
}

fn verdict(
    r: &IrRule,
    status: Status,
    explanation: Message,
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

/// The list of mechanisms for filling a post (`daftar mekanisme pilihan`)
/// says how a vacancy is filled; a case about a term that runs out or is
/// extended (`masa_jabatan`) fills no post, so the list does not apply to it.
fn not_filling(r: &IrRule, mechanism: Mechanism) -> bool {
    mechanism == Mechanism::MasaJabatan
        && matches!(&r.kind, RuleKind::List { name, list_kind: ListKind::Pilihan, .. } if name == "mekanisme")
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
    /// The rule applies unless its exception holds, and the case does not say
    /// whether it does: judged as the ordinary case (an exception must be shown).
    Assumed,
    No,
    Unknown(Message),
}

/// Adds to an explanation that the verdict assumes the rule's exception
/// (`kecuali …`) does not apply, because the case does not state its fact.
fn assume_no_exception(because: Message, r: &IrRule) -> Message {
    let words = r.exception.as_ref().map(|c| c.words()).unwrap_or_default();
    vt::general::assumes_exception_does_not_apply(&because, &words)
}

fn applicability(cx: &Ctx<'_>, r: &IrRule) -> Applicability {
    if let Some(c) = &r.condition {
        match selection_cond(cx, c, Moment::NOW) {
            Tri::False => return Applicability::No,
            Tri::Unknown => {
                let w = c.words();
                return Applicability::Unknown(vt::general::cannot_tell_whether_applies(&w));
            }
            Tri::True => {}
        }
    }
    if let Some(c) = &r.exception {
        match selection_cond(cx, c, Moment::NOW) {
            Tri::True => return Applicability::No,
            Tri::Unknown => return Applicability::Assumed,
            Tri::False => {}
        }
    }
    Applicability::Yes
}

/// The moment a selection condition is evaluated at: now (the case as it
/// ends), or when an extension was decided (the applicants then, and the
/// extensions made before it).
#[derive(Debug, Clone, Copy)]
pub(super) struct Moment {
    /// Applicants at that moment, when it is not the end of the case.
    applicants: Option<Option<u32>>,
    /// Extensions of the announcement made before that moment.
    extensions: Option<f64>,
}

impl Moment {
    /// The case as it ends.
    pub(super) const NOW: Moment = Moment {
        applicants: None,
        extensions: None,
    };

    /// When the extension after `made` others was decided, with `applicants` then.
    pub(super) fn extension(made: usize, applicants: Option<u32>) -> Moment {
        Moment {
            applicants: Some(applicants),
            extensions: Some(made as f64),
        }
    }
}

/// Evaluates a condition over selection facts at a moment (see [`Moment`]).
fn selection_cond(cx: &Ctx<'_>, c: &Cond, at: Moment) -> Tri {
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
            .fold(Tri::True, |t, x| and(t, selection_cond(cx, x, at))),
        Cond::Or { any } => any
            .iter()
            .fold(Tri::False, |t, x| or(t, selection_cond(cx, x, at))),
        Cond::Not { not } => match selection_cond(cx, not, at) {
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
            fact: FactKey::Builtin(BuiltinFact::MasaJabatan, _),
            interval,
            ..
        } => match judge::period_length(cx, "masa_jabatan") {
            // The term the case is about (`periods.masa_jabatan`), closed or as of a date.
            Ok((days, ..)) => Status::to_tri(judge::within_service(interval, days)),
            Err(_) => Tri::Unknown,
        },
        Cond::Compare {
            fact:
                FactKey::Builtin(b @ (BuiltinFact::CalonAdministrasi | BuiltinFact::CalonDiusulkan), _),
            interval,
            ..
        } if !cx.case.per_vacancy.is_empty() => per_vacancy_cond(cx, b.as_str(), interval),
        Cond::Compare {
            fact: FactKey::Builtin(b, _),
            interval,
            ..
        } => {
            let v = match b {
                BuiltinFact::Pelamar => at.applicants.unwrap_or(cx.case.applicants).map(f64::from),
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
        Cond::Compare {
            fact: FactKey::Extensions(subject),
            interval,
            ..
        } => match at.extensions.filter(|_| subject == "pengumuman") {
            Some(made) => Some(made),
            None => extensions_made(cx, subject),
        }
        .map_or(Tri::Unknown, |v| {
            if interval.contains(v) {
                Tri::True
            } else {
                Tri::False
            }
        }),
        Cond::Compare { .. } => Tri::Unknown,
    }
}

/// A condition on a count of candidates when the case records each vacancy's
/// own list (`per_vacancy`): it holds when it holds for some vacancy (the act it
/// conditions is then lawful for that vacancy), and fails when it holds for
/// none; unknown when a vacancy does not record the list.
fn per_vacancy_cond(cx: &Ctx<'_>, subject: &str, interval: &Interval) -> Tri {
    let counts: Option<Vec<f64>> = cx
        .case
        .per_vacancy
        .values()
        .map(|r| judge::of_vacancy(r, subject))
        .collect();
    match counts {
        Some(c) if c.iter().any(|v| interval.contains(*v)) => Tri::True,
        Some(_) => Tri::False,
        None => Tri::Unknown,
    }
}

/// The number of extensions of `subject` made so far: the announcement's
/// recorded extensions, or the count `perpanjangan_SUBJECT` of the case.
fn extensions_made(cx: &Ctx<'_>, subject: &str) -> Option<f64> {
    if subject == "pengumuman" {
        return cx
            .case
            .announcement
            .as_ref()
            .map(|a| a.extensions.len() as f64);
    }
    cx.case
        .counts
        .get(&format!("perpanjangan_{subject}"))
        .copied()
}

/// The number of vacancies the selection fills: `vacancy.count`, else the
/// vacancies `per_vacancy` records, else 1.
fn vacancies(case: &Case) -> u32 {
    case.vacancy
        .count
        .or_else(|| {
            u32::try_from(case.per_vacancy.len())
                .ok()
                .filter(|n| *n > 0)
        })
        .unwrap_or(1)
        .max(1)
}

fn within(iv: &Interval, v: f64) -> Status {
    if iv.contains(v) {
        Status::Satisfied
    } else {
        Status::Violated
    }
}

type Judged = (Status, Message, Vec<String>);

fn unknown(because: Message) -> Judged {
    (Status::Unknown, because, vec![])
}
