//! Lowering rules from syntax to the typed IR: name checks and type checks
//! (years where years are expected, percent where percent is).

use crate::ast::{self, Bound, Comparator, QuantityUnit, Value};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::*;
use crate::messages::label;
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
    /// Records an error: message and help in English, then in Indonesian.
    fn err(&mut self, code: Code, span: Span, en: [String; 2], id: [String; 2]) {
        let [msg, help] = en;
        let [msg_id, help_id] = id;
        let f = Finding::new(code, self.file, span, msg)
            .help(help)
            .clause(self.clause.clone())
            .label(label::HERE)
            .id(msg_id, help_id);
        self.findings.push(f);
    }

    fn unknown(&mut self, what: &str, name: &ast::Ident, known: String) {
        let f = unknown_finding(self.file, what, name, &known, true).clause(self.clause.clone());
        self.findings.push(f);
    }

    /// A time unit from a quantity unit, or a finding.
    fn time_unit(&mut self, q: &ast::Quantity, what: &str) -> Option<TimeUnit> {
        match q.unit {
            Some(QuantityUnit::Years) => Some(TimeUnit::Years),
            Some(QuantityUnit::Months) => Some(TimeUnit::Months),
            Some(QuantityUnit::CalendarDays) => Some(TimeUnit::CalendarDays),
            Some(QuantityUnit::WorkingDays) => Some(TimeUnit::WorkingDays),
            Some(QuantityUnit::Days) => Some(TimeUnit::Days),
            other => {
                self.mismatch(
                    q.span,
                    what,
                    "a duration (`tahun`, `bulan`, `hari kalender`, `hari kerja`)",
                    other,
                );
                None
            }
        }
    }

    fn mismatch(&mut self, span: Span, what: &str, expected: &str, got: Option<QuantityUnit>) {
        let got = match got {
            Some(QuantityUnit::Percent) => "a percent",
            Some(QuantityUnit::Persons) | None => "a plain count",
            Some(_) => "a duration",
        };
        let (what_id, expected_id, got_id) = (id_noun(what), id_noun(expected), id_noun(got));
        self.err(
            Code::TypeMismatch,
            span,
            [
                format!("unit mismatch: {what} takes {expected}, found {got}"),
                format!("write {expected} here"),
            ],
            [
                format!(
                    "satuan tidak sesuai: {what_id} memerlukan {expected_id}, tertulis {got_id}"
                ),
                format!("tulis {expected_id} di sini"),
            ],
        );
    }

    /// Builds an interval of a given measure from bounds, checking each value.
    pub fn interval(&mut self, bounds: &[Bound], measure: Measure, what: &str) -> Interval {
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

    fn value_of(&mut self, v: &Value, measure: Measure, what: &str) -> Option<f64> {
        match (v, measure) {
            (Value::Quantity(q), Measure::Count) => match q.unit {
                None | Some(QuantityUnit::Persons) => Some(q.number),
                other => {
                    self.mismatch(q.span, what, "a count", other);
                    None
                }
            },
            (Value::Quantity(q), Measure::Percent) => match q.unit {
                Some(QuantityUnit::Percent) => Some(q.number),
                other => {
                    self.mismatch(q.span, what, "a percent (`45%`)", other);
                    None
                }
            },
            (Value::Quantity(q), Measure::Time(unit)) => {
                let u = self.time_unit(q, what)?;
                if u != unit {
                    self.err(
                        Code::TypeMismatch,
                        q.span,
                        [
                            format!(
                                "unit mismatch: {what} mixes `{}` and `{}`",
                                unit.words(),
                                u.words()
                            ),
                            "state every bound of one quantity in the same unit".into(),
                        ],
                        [
                            format!(
                                "satuan tidak sesuai: {} mencampur `{}` dan `{}`",
                                id_noun(what),
                                unit.words(),
                                u.words()
                            ),
                            "nyatakan setiap batas dari satu besaran dalam satuan yang sama".into(),
                        ],
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
                            [
                                format!("unknown education level `{}`", e.value),
                                format!("known: `{}`", Education::names()),
                            ],
                            [
                                format!("jenjang pendidikan `{}` tidak dikenal", e.value),
                                format!("yang dikenal: `{}`", Education::names()),
                            ],
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
                        [
                            format!("unknown golongan `{}`", g.value),
                            "golongan run from I/a to IV/e".into(),
                        ],
                        [
                            format!("golongan `{}` tidak dikenal", g.value),
                            "golongan berkisar dari I/a sampai IV/e".into(),
                        ],
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
                        [
                            format!("unknown eselon `{}`", e.value),
                            format!("known: `{}`", Eselon::names()),
                        ],
                        [
                            format!("eselon `{}` tidak dikenal", e.value),
                            format!("yang dikenal: `{}`", Eselon::names()),
                        ],
                    );
                    None
                }
            },
            (Value::Ident(i), Measure::Rating) => match Rating::parse(&i.value) {
                Some(r) => Some(r as u8 as f64),
                None => {
                    self.unknown("rating", i, Rating::names());
                    None
                }
            },
            (v, m) => {
                let (span, got) = match v {
                    Value::Education(e) => (
                        e.first().map(|x| x.span).unwrap_or_default(),
                        "an education level",
                    ),
                    Value::Golongan(g) => (g.span, "a golongan"),
                    Value::Eselon(e) => (e.span, "an eselon"),
                    Value::Ident(i) => (i.span, "a name"),
                    Value::Quantity(q) => (q.span, "a number"),
                };
                let expected = match m {
                    Measure::Count => "a count",
                    Measure::Percent => "a percent",
                    Measure::Time(_) => "a duration",
                    Measure::Education => "an education level (`S1`)",
                    Measure::Golongan => "a golongan (`IV/a`)",
                    Measure::Rating => "a rating (`baik`)",
                    Measure::Eselon => "an eselon (`II.a`)",
                };
                let (what_id, expected_id, got_id) =
                    (id_noun(what), id_noun(expected), id_noun(got));
                self.err(
                    Code::TypeMismatch,
                    span,
                    [
                        format!("type mismatch: {what} takes {expected}, found {got}"),
                        format!("write {expected} here"),
                    ],
                    [
                        format!("jenis nilai tidak sesuai: {what_id} memerlukan {expected_id}, tertulis {got_id}"),
                        format!("tulis {expected_id} di sini"),
                    ],
                );
                None
            }
        }
    }

    /// An event name.
    pub fn event(&mut self, i: &ast::Ident) -> Option<Event> {
        let e = Event::parse(&i.value);
        if e.is_none() {
            self.unknown("event", i, Event::names());
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
        let f = unknown_finding(self.file, "event", i, &known, true)
            .help(format!(
                "known events: `{known}`; or an act an action rule of this policy names (`wajib {} …`)",
                i.value
            ))
            .id(
                format!("peristiwa `{}` tidak dikenal", i.value),
                format!(
                    "peristiwa yang dikenal: `{known}`; atau tindakan yang dinamai aturan tindakan dalam peraturan ini (`wajib {} …`)",
                    i.value
                ),
            )
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
                        [
                            format!(
                                "fact `{}` is not yes/no: it needs a comparison",
                                f.name.value
                            ),
                            format!("compare it, e.g. `{} paling sedikit …`", f.name.value),
                        ],
                        [
                            format!(
                                "fakta `{}` bukan ya/tidak: fakta ini perlu dibandingkan",
                                f.name.value
                            ),
                            format!("bandingkan, misalnya `{} paling sedikit …`", f.name.value),
                        ],
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
                        [
                            "`perpanjangan` counts the extensions of one thing, e.g. `perpanjangan(pengumuman) paling sedikit 2`".into(),
                            "name what was extended in parentheses".into(),
                        ],
                        [
                            "`perpanjangan` menghitung perpanjangan satu hal, misalnya `perpanjangan(pengumuman) paling sedikit 2`".into(),
                            "sebutkan yang diperpanjang di dalam tanda kurung".into(),
                        ],
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
                    None => self.unknown("jenjang", a, Jenjang::names()),
                }
            }
            if b == BuiltinFact::LamaJabatan && f.args.is_empty() {
                self.err(
                    Code::TypeMismatch,
                    f.span,
                    [
                        "`lama_jabatan` needs the jenjang held, e.g. `lama_jabatan(administrator)`"
                            .into(),
                        "name the jenjang in parentheses".into(),
                    ],
                    [
                        "`lama_jabatan` memerlukan jenjang yang dijabat, misalnya `lama_jabatan(administrator)`"
                            .into(),
                        "sebutkan jenjangnya di dalam tanda kurung".into(),
                    ],
                );
            } else if b != BuiltinFact::LamaJabatan && !f.args.is_empty() {
                self.err(
                    Code::TypeMismatch,
                    f.span,
                    [
                        format!("fact `{}` takes no arguments", f.name.value),
                        "remove the parentheses".into(),
                    ],
                    [
                        format!("fakta `{}` tidak menerima argumen", f.name.value),
                        "hapus tanda kurungnya".into(),
                    ],
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
            [
                format!("unknown fact `{}`", f.name.value),
                format!(
                    "declare it with `fakta {}` at the clause that introduces it, or use a built-in fact: `{}`",
                    f.name.value,
                    BuiltinFact::names()
                ),
            ],
            [
                format!("fakta `{}` tidak dikenal", f.name.value),
                format!(
                    "nyatakan dengan `fakta {}` pada ketentuan yang memperkenalkannya, atau gunakan fakta bawaan: `{}`",
                    f.name.value,
                    BuiltinFact::names()
                ),
            ],
        );
        None
    }

    fn comparison(&mut self, c: &ast::Comparison) -> Cond {
        let key = self.fact_key(&c.fact);
        let name = format!("`{}`", c.fact.name.value);
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
                    [
                        format!("{name} cannot be compared with `adalah`"),
                        "`adalah` compares `jabatan_lowong` with post classes".into(),
                    ],
                    [
                        format!("{name} tidak dapat dibandingkan dengan `adalah`"),
                        "`adalah` membandingkan `jabatan_lowong` dengan kelas jabatan".into(),
                    ],
                );
            }
            for e in &c.equals {
                if !self.declared.post_classes.contains(&e.value) {
                    self.unknown(
                        "post class",
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
                [
                    format!("{name} is a yes/no fact and cannot be compared"),
                    format!(
                        "write just `{}` (or `tidak {}`)",
                        c.fact.name.value, c.fact.name.value
                    ),
                ],
                [
                    format!("{name} adalah fakta ya/tidak dan tidak dapat dibandingkan"),
                    format!(
                        "tulis `{}` saja (atau `tidak {}`)",
                        c.fact.name.value, c.fact.name.value
                    ),
                ],
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
            self.time_unit(q, "`selama … terakhir`")
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

/// The Indonesian for an English noun phrase used in messages ("a duration",
/// "post class"). Text after the phrase (an example in backticks) is kept;
/// a name in backticks, or a phrase not listed, is returned unchanged.
pub fn id_noun(en: &str) -> String {
    const NOUNS: &[(&str, &str)] = &[
        ("a duration", "durasi"),
        ("a percent", "persentase"),
        ("a plain count", "bilangan tanpa satuan"),
        ("a count", "bilangan"),
        ("a number of extensions", "jumlah perpanjangan"),
        ("a number of members", "jumlah anggota"),
        ("a number", "angka"),
        ("a name", "nama"),
        ("an education level", "jenjang pendidikan"),
        ("a golongan", "golongan"),
        ("an eselon", "eselon"),
        ("a rating", "penilaian kinerja"),
        ("a window", "jangka waktu"),
        ("a weight", "bobot"),
        ("a panel size", "jumlah anggota panitia"),
        ("a share", "porsi"),
        ("rating", "penilaian kinerja"),
        ("event", "peristiwa"),
        ("jenjang", "jenjang"),
        ("post class", "kelas jabatan"),
        ("level", "tingkat"),
        ("eselon", "eselon"),
        ("mechanism", "mekanisme"),
        ("fact", "fakta"),
        ("panel role", "peran panitia"),
        ("share base", "dasar porsi"),
        ("role holder", "pemegang peran"),
        ("member origin or category", "asal atau kategori anggota"),
    ];
    for (e, i) in NOUNS {
        if let Some(rest) = en.strip_prefix(e) {
            if rest.is_empty() || rest.starts_with(' ') {
                return format!("{i}{rest}");
            }
        }
    }
    en.to_string()
}

/// PSL103 for a name of one vocabulary (`what`) that the language does not
/// know, listing the known ones (`known {what}s: …`, or `known: …`).
pub fn unknown_finding(
    file: &Arc<SourceFile>,
    what: &str,
    name: &ast::Ident,
    known: &str,
    per_kind: bool,
) -> Finding {
    let what_id = id_noun(what);
    let (help, help_id) = if per_kind {
        (
            format!("known {what}s: `{known}`"),
            format!("{what_id} yang dikenal: `{known}`"),
        )
    } else {
        (
            format!("known: `{known}`"),
            format!("yang dikenal: `{known}`"),
        )
    };
    Finding::new(
        Code::UnknownName,
        file,
        name.span,
        format!("unknown {what} `{}`", name.value),
    )
    .label(label::HERE)
    .help(help)
    .id(format!("{what_id} `{}` tidak dikenal", name.value), help_id)
}
