//! Lowering rules from syntax to the typed IR: name checks and type checks
//! (years where years are expected, percent where percent is).

use crate::ast::{self, Bound, Comparator, QuantityUnit, Value};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::*;
use crate::messages::resolve::{kind, noun, rule_msg, rule_text, Kind};
use crate::messages::{label, Message, Text};
use crate::source::{SourceFile, Span};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Panel member origins and categories.
pub const PANEL_WHO: &[&str] = &[
    "internal",
    "eksternal",
    "pejabat_internal",
    "pejabat_instansi_lain",
    "pemerintah_provinsi",
    "tokoh_masyarakat",
    "akademisi",
    "pakar",
    "profesional",
];

/// Panel roles.
pub const PANEL_ROLES: &[&str] = &["ketua", "wakil_ketua", "sekretaris", "anggota"];

/// Names declared anywhere in the file, known before rules are lowered.
#[derive(Debug, Default)]
pub struct Declared {
    /// `fakta` names.
    pub facts: BTreeSet<String>,
    /// `jabatan` post classes.
    pub post_classes: BTreeSet<String>,
    /// Acts named by action rules, which windows and timings may measure from.
    pub acts: BTreeSet<String>,
}

/// Lowers rules of one file, collecting findings.
pub struct Lowerer<'a> {
    /// The file.
    pub file: &'a Arc<SourceFile>,
    /// Declared names.
    pub declared: &'a Declared,
    /// Findings so far.
    pub findings: Vec<Finding>,
    /// Citation of the clause being lowered.
    pub clause: String,
}

impl<'a> Lowerer<'a> {
    /// Records an error with its help.
    fn err(&mut self, code: Code, span: Span, message: Message, help: impl Into<Message>) {
        let f = Finding::new(code, self.file, span, message)
            .help(help)
            .clause(self.clause.clone())
            .label(label::HERE);
        self.findings.push(f);
    }

    fn unknown(&mut self, what: Kind, name: &ast::Ident, known: String) {
        let f = unknown_finding(self.file, what, name, &known, true).clause(self.clause.clone());
        self.findings.push(f);
    }

    /// A time unit from a quantity unit, or a finding.
    fn time_unit(&mut self, q: &ast::Quantity, what: &Message) -> Option<TimeUnit> {
        match q.unit {
            Some(QuantityUnit::Years) => Some(TimeUnit::Years),
            Some(QuantityUnit::Months) => Some(TimeUnit::Months),
            Some(QuantityUnit::CalendarDays) => Some(TimeUnit::CalendarDays),
            Some(QuantityUnit::WorkingDays) => Some(TimeUnit::WorkingDays),
            Some(QuantityUnit::Days) => Some(TimeUnit::Days),
            other => {
                self.mismatch(q.span, what, noun::DURATION_UNITS, other);
                None
            }
        }
    }

    fn mismatch(&mut self, span: Span, what: &Message, expected: Text, got: Option<QuantityUnit>) {
        let got = match got {
            Some(QuantityUnit::Percent) => noun::PERCENT,
            Some(QuantityUnit::Persons) | None => noun::PLAIN_COUNT,
            Some(_) => noun::DURATION,
        };
        self.err(
            Code::TypeMismatch,
            span,
            rule_msg::unit_mismatch(what, expected, got),
            rule_msg::write_here(expected),
        );
    }

    /// Builds an interval of a given measure from bounds, checking each value.
    pub fn interval(&mut self, bounds: &[Bound], measure: Measure, what: &Message) -> Interval {
        let mut iv = Interval::any(measure);
        for b in bounds {
            let Some(v) = self.value_of(&b.value, measure, what) else {
                continue;
            };
            let end = |inclusive| {
                Some(End {
                    value: v,
                    inclusive,
                })
            };
            let phrase = Some(b.cmp.value.phrase());
            match b.cmp.value {
                Comparator::Tepat => {}
                Comparator::PalingRendah
                | Comparator::PalingSedikit
                | Comparator::PalingSingkat
                | Comparator::PalingKurang
                | Comparator::LebihDari => iv.phrases.0 = phrase,
                _ => iv.phrases.1 = phrase,
            }
            match b.cmp.value {
                Comparator::PalingRendah
                | Comparator::PalingSedikit
                | Comparator::PalingSingkat
                | Comparator::PalingKurang => iv.min = end(true),
                Comparator::PalingTinggi
                | Comparator::PalingBanyak
                | Comparator::PalingLama
                | Comparator::PalingLambat => iv.max = end(true),
                Comparator::LebihDari => iv.min = end(false),
                Comparator::KurangDari => iv.max = end(false),
                Comparator::Tepat => {
                    iv.min = end(true);
                    iv.max = end(true);
                }
            }
        }
        iv
    }

    /// The measure a set of bounds is written in (the first bound's unit).
    pub fn measure_of(bounds: &[Bound]) -> Option<Measure> {
        bounds.first().map(|b| match &b.value {
            Value::Education(_) => Measure::Education,
            Value::Golongan(_) => Measure::Golongan,
            Value::Eselon(_) => Measure::Eselon,
            Value::Ident(_) => Measure::Rating,
            Value::Quantity(q) => match q.unit {
                Some(QuantityUnit::Percent) => Measure::Percent,
                Some(QuantityUnit::Years) => Measure::Time(TimeUnit::Years),
                Some(QuantityUnit::Months) => Measure::Time(TimeUnit::Months),
                Some(QuantityUnit::CalendarDays) => Measure::Time(TimeUnit::CalendarDays),
                Some(QuantityUnit::WorkingDays) => Measure::Time(TimeUnit::WorkingDays),
                Some(QuantityUnit::Days) => Measure::Time(TimeUnit::Days),
                Some(QuantityUnit::Persons) | None => Measure::Count,
            },
        })
    }

    fn value_of(&mut self, v: &Value, measure: Measure, what: &Message) -> Option<f64> {
        match (v, measure) {
            (Value::Quantity(q), Measure::Count) => match q.unit {
                None | Some(QuantityUnit::Persons) => Some(q.number),
                other => {
                    self.mismatch(q.span, what, noun::COUNT, other);
                    None
                }
            },
            (Value::Quantity(q), Measure::Percent) => match q.unit {
                Some(QuantityUnit::Percent) => Some(q.number),
                other => {
                    self.mismatch(q.span, what, noun::PERCENT_EXAMPLE, other);
                    None
                }
            },
            (Value::Quantity(q), Measure::Time(unit)) => {
                let u = self.time_unit(q, what)?;
                if u != unit {
                    self.err(
                        Code::TypeMismatch,
                        q.span,
                        rule_msg::mixed_units(what, unit.words(), u.words()),
                        rule_text::SAME_UNIT_HELP,
                    );
                    return None;
                }
                Some(q.number)
            }
            (Value::Education(es), Measure::Education) => {
                let mut ranks = Vec::new();
                for e in es {
                    match Education::parse(&e.value) {
                        Some(ed) => ranks.push(ed.rank()),
                        None => self.err(
                            Code::UnknownName,
                            e.span,
                            rule_msg::unknown(kind::EDUCATION.one, &e.value),
                            rule_msg::known(Education::names()),
                        ),
                    }
                }
                ranks.into_iter().min().map(f64::from)
            }
            (Value::Golongan(g), Measure::Golongan) => match Golongan::parse(&g.value) {
                Some(gol) => Some(f64::from(gol.rank())),
                None => {
                    self.err(
                        Code::UnknownName,
                        g.span,
                        rule_msg::unknown(kind::GOLONGAN.one, &g.value),
                        rule_text::GOLONGAN_HELP,
                    );
                    None
                }
            },
            (Value::Eselon(e), Measure::Eselon) => match Eselon::parse(&e.value) {
                Some(es) => Some(f64::from(es.rank())),
                None => {
                    self.err(
                        Code::UnknownName,
                        e.span,
                        rule_msg::unknown(kind::ESELON.one, &e.value),
                        rule_msg::known(Eselon::names()),
                    );
                    None
                }
            },
            (Value::Ident(i), Measure::Rating) => match Rating::parse(&i.value) {
                Some(r) => Some(r as u8 as f64),
                None => {
                    self.unknown(kind::RATING, i, Rating::names());
                    None
                }
            },
            (v, m) => {
                self.wrong_type(v, m, what);
                None
            }
        }
    }

    /// PSL104 for a value of another type than the measure takes.
    fn wrong_type(&mut self, v: &Value, m: Measure, what: &Message) {
        let (span, got) = match v {
            Value::Education(e) => (
                e.first().map(|x| x.span).unwrap_or_default(),
                noun::EDUCATION,
            ),
            Value::Golongan(g) => (g.span, noun::GOLONGAN),
            Value::Eselon(e) => (e.span, noun::ESELON),
            Value::Ident(i) => (i.span, noun::NAME),
            Value::Quantity(q) => (q.span, noun::NUMBER),
        };
        let expected = match m {
            Measure::Count => noun::COUNT,
            Measure::Percent => noun::PERCENT,
            Measure::Time(_) => noun::DURATION,
            Measure::Education => noun::EDUCATION_EXAMPLE,
            Measure::Golongan => noun::GOLONGAN_EXAMPLE,
            Measure::Rating => noun::RATING_EXAMPLE,
            Measure::Eselon => noun::ESELON_EXAMPLE,
        };
        self.err(
            Code::TypeMismatch,
            span,
            rule_msg::type_mismatch(what, expected, got),
            rule_msg::write_here(expected),
        );
    }

    /// An event name.
    pub fn event(&mut self, i: &ast::Ident) -> Option<Event> {
        let e = Event::parse(&i.value);
        if e.is_none() {
            self.unknown(kind::EVENT, i, Event::names());
        }
        e
    }

    /// A built-in event, or an act some action rule of the policy names.
    pub fn event_ref(&mut self, i: &ast::Ident) -> Option<EventRef> {
        if let Some(e) = Event::parse(&i.value) {
            return Some(EventRef::Event(e));
        }
        if self.declared.acts.contains(&i.value) {
            return Some(EventRef::Act(i.value.clone()));
        }
        let known = Event::names();
        let f = unknown_finding(self.file, kind::EVENT, i, &known, true)
            .help(rule_msg::known_events(&known, &i.value))
            .clause(self.clause.clone());
        self.findings.push(f);
        None
    }

    /// Lowers a condition.
    pub fn cond(&mut self, e: &ast::Expr) -> Cond {
        match e {
            ast::Expr::Or(parts, _) => Cond::Or {
                any: parts.iter().map(|p| self.cond(p)).collect(),
            },
            ast::Expr::And(parts, _) => Cond::And {
                all: parts.iter().map(|p| self.cond(p)).collect(),
            },
            ast::Expr::Not(inner, _) => Cond::Not {
                not: Box::new(self.cond(inner)),
            },
            ast::Expr::Fact(f) => {
                let key = self.fact_key(f);
                let needs_comparison = match &key {
                    Some(FactKey::Builtin(b, _)) => {
                        fact_measure(*b).is_some() || *b == BuiltinFact::JabatanLowong
                    }
                    Some(FactKey::Extensions(_)) => true,
                    _ => false,
                };
                if needs_comparison {
                    self.err(
                        Code::TypeMismatch,
                        f.span,
                        rule_msg::not_yes_no(&f.name.value),
                        rule_msg::compare_it(&f.name.value),
                    );
                }
                Cond::Fact {
                    fact: key.unwrap_or(FactKey::Declared(f.name.value.clone())),
                }
            }
            ast::Expr::Compare(c) => self.comparison(c),
        }
    }

    fn fact_key(&mut self, f: &ast::FactRef) -> Option<FactKey> {
        if f.name.value == EXTENSIONS {
            return match f.args.as_slice() {
                [subject] => Some(FactKey::Extensions(subject.value.clone())),
                _ => {
                    self.err(
                        Code::TypeMismatch,
                        f.span,
                        rule_text::EXTENSIONS_OF_ONE.into(),
                        rule_text::EXTENSIONS_OF_ONE_HELP,
                    );
                    None
                }
            };
        }
        if let Some(b) = BuiltinFact::parse(&f.name.value) {
            let mut args = Vec::new();
            for a in &f.args {
                match Jenjang::parse(&a.value) {
                    Some(j) => args.push(j),
                    None => self.unknown(kind::JENJANG, a, Jenjang::names()),
                }
            }
            if b == BuiltinFact::LamaJabatan && f.args.is_empty() {
                self.err(
                    Code::TypeMismatch,
                    f.span,
                    rule_text::LAMA_JABATAN_JENJANG.into(),
                    rule_text::LAMA_JABATAN_JENJANG_HELP,
                );
            } else if b != BuiltinFact::LamaJabatan && !f.args.is_empty() {
                self.err(
                    Code::TypeMismatch,
                    f.span,
                    rule_msg::no_arguments(&f.name.value),
                    rule_text::NO_ARGUMENTS_HELP,
                );
            }
            return Some(FactKey::Builtin(b, args));
        }
        if self.declared.facts.contains(&f.name.value) {
            return Some(FactKey::Declared(f.name.value.clone()));
        }
        self.err(
            Code::UnknownName,
            f.name.span,
            rule_msg::unknown_fact(&f.name.value),
            rule_msg::declare_fact(&f.name.value, BuiltinFact::names()),
        );
        None
    }

    fn comparison(&mut self, c: &ast::Comparison) -> Cond {
        let key = self.fact_key(&c.fact);
        let name = Message::quoted(format!("`{}`", c.fact.name.value));
        let Some(key) = key else {
            return Cond::Fact {
                fact: FactKey::Declared(c.fact.name.value.clone()),
            };
        };
        if !c.equals.is_empty() {
            let ok = matches!(key, FactKey::Builtin(BuiltinFact::JabatanLowong, _));
            if !ok {
                self.err(
                    Code::TypeMismatch,
                    c.span,
                    rule_msg::not_adalah(&name),
                    rule_text::ADALAH_HELP,
                );
            }
            for e in &c.equals {
                if !self.declared.post_classes.contains(&e.value) {
                    self.unknown(
                        kind::POST_CLASS,
                        e,
                        self.declared
                            .post_classes
                            .iter()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join("`, `"),
                    );
                }
            }
            return Cond::Equals {
                fact: key,
                one_of: c.equals.iter().map(|e| e.value.clone()).collect(),
            };
        }
        let measure = match &key {
            FactKey::Builtin(b, _) => fact_measure(*b),
            FactKey::Declared(_) => None,
            FactKey::Extensions(_) => Some(Measure::Count),
        };
        let Some(expected) = measure else {
            self.err(
                Code::TypeMismatch,
                c.span,
                rule_msg::yes_no_compared(&name),
                rule_msg::write_just(&c.fact.name.value),
            );
            return Cond::Fact { fact: key };
        };
        let measure = match (expected, Self::measure_of(&c.bounds)) {
            (Measure::Time(_), Some(Measure::Time(u))) => Measure::Time(u),
            (e, _) => e,
        };
        let interval = self.interval(&c.bounds, measure, &name);
        let at = c.at.as_ref().and_then(|e| self.event(e));
        let lookback = c.lookback.as_ref().and_then(|q| {
            self.time_unit(q, &noun::LOOKBACK.into())
                .map(|u| (q.number, u))
        });
        Cond::Compare {
            fact: key,
            interval,
            at,
            lookback,
        }
    }
}

/// The name of the count of extensions made in a condition: `perpanjangan(X)`.
pub const EXTENSIONS: &str = "perpanjangan";

/// The measure of a built-in fact, or None for yes/no facts.
pub fn fact_measure(b: BuiltinFact) -> Option<Measure> {
    use BuiltinFact::*;
    Some(match b {
        Pns | Sehat | HukumanDisiplin | JabatanLowong => return None,
        Usia | PengalamanBidang | LamaJabatan | MasaJabatan => Measure::Time(TimeUnit::Years),
        Pendidikan => Measure::Education,
        Pangkat => Measure::Golongan,
        PenilaianKinerja => Measure::Rating,
        Pelamar | CalonAdministrasi | CalonDiusulkan | CalonTerpilih | Lowongan => Measure::Count,
        EselonLowong => Measure::Eselon,
    })
}

/// PSL103 for a name of one vocabulary (`what`) that the language does not
/// know, listing the known ones (`known events: …`, or `known: …`).
pub fn unknown_finding(
    file: &Arc<SourceFile>,
    what: Kind,
    name: &ast::Ident,
    known: impl crate::messages::Arg,
    per_kind: bool,
) -> Finding {
    let help = if per_kind {
        rule_msg::known_kind(what.many, known)
    } else {
        rule_msg::known(known)
    };
    Finding::new(
        Code::UnknownName,
        file,
        name.span,
        rule_msg::unknown(what.one, &name.value),
    )
    .label(label::HERE)
    .help(help)
}
