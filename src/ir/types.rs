//! Typed values of the IR: levels, mechanisms, ordered scales, durations,
//! intervals, conditions and rule kinds.

pub use crate::law::{Direction, ListKind};
use serde::Serialize;
use std::fmt;

macro_rules! vocab {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $s)] $var),+ }
        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            /// The name as written in policies.
            pub fn as_str(self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// Parses the name as written in policies.
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$var),)+ _ => None } }
            /// Every name, for messages.
            pub fn names() -> String { [$($s),+].join("`, `") }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

vocab!(
    /// Position levels.
    Level { JptPratama = "jpt_pratama", Administrator = "administrator", Pengawas = "pengawas" }
);
vocab!(
    /// Eselon, highest first.
    Eselon { IIa = "II.a", IIb = "II.b", IIIa = "III.a", IIIb = "III.b", IVa = "IV.a", IVb = "IV.b" }
);
vocab!(
    /// Filling mechanisms.
    Mechanism {
        Pengukuhan = "pengukuhan", UjiKesesuaian = "uji_kesesuaian", Mutasi = "mutasi",
        SeleksiTerbuka = "seleksi_terbuka", ManajemenTalenta = "manajemen_talenta",
        PenataanOrganisasi = "penataan_organisasi", MasaJabatan = "masa_jabatan", Umum = "umum"
    }
);
vocab!(
    /// Education levels, lowest first (D4 and S1 share a rank).
    Education { SD = "SD", SMP = "SMP", SMA = "SMA", D1 = "D1", D2 = "D2", D3 = "D3", D4 = "D4", S1 = "S1", S2 = "S2", S3 = "S3" }
);
vocab!(
    /// Performance ratings (PP 30/2019), lowest first.
    Rating { SangatKurang = "sangat_kurang", Kurang = "kurang", ButuhPerbaikan = "butuh_perbaikan", Baik = "baik", SangatBaik = "sangat_baik" }
);
vocab!(
    /// Career grades for `lama_jabatan(…)`.
    Jenjang {
        JptPratama = "jpt_pratama", Administrator = "administrator", Pengawas = "pengawas",
        Pelaksana = "pelaksana", EselonV = "eselon_v", FungsionalAhliUtama = "fungsional_ahli_utama",
        FungsionalAhliMadya = "fungsional_ahli_madya", FungsionalAhliMuda = "fungsional_ahli_muda",
        FungsionalAhliPertama = "fungsional_ahli_pertama"
    }
);
vocab!(
    /// Events of a selection, with dates in a case.
    Event {
        Pengumuman = "pengumuman", BatasLamaran = "batas_lamaran", SeleksiAdministrasi = "seleksi_administrasi",
        PembentukanPansel = "pembentukan_pansel", Pengusulan = "pengusulan", Pengangkatan = "pengangkatan",
        Pelantikan = "pelantikan", AkhirMasaJabatan = "akhir_masa_jabatan", Evaluasi = "evaluasi", Lowong = "lowong"
    }
);
/// What a window or an action's timing is measured from or to: a built-in
/// event of a selection, or an act the policy names (`pengumuman_hasil`,
/// `sanggahan`), dated in a case by its record in `actions`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventRef {
    /// A built-in event (`pengumuman`, `pelantikan` …).
    Event(Event),
    /// An act the policy names in an action rule.
    Act(String),
}

impl EventRef {
    /// The name as written in policies.
    pub fn as_str(&self) -> &str {
        match self {
            EventRef::Event(e) => e.as_str(),
            EventRef::Act(a) => a,
        }
    }
    /// The built-in event, if it is one.
    pub fn event(&self) -> Option<Event> {
        match self {
            EventRef::Event(e) => Some(*e),
            EventRef::Act(_) => None,
        }
    }
}

impl fmt::Display for EventRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EventRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

vocab!(
    /// Built-in candidate facts.
    BuiltinFact {
        Pns = "pns", Sehat = "sehat", HukumanDisiplin = "hukuman_disiplin", Usia = "usia",
        Pendidikan = "pendidikan", Pangkat = "pangkat", PengalamanBidang = "pengalaman_bidang",
        LamaJabatan = "lama_jabatan", MasaJabatan = "masa_jabatan", PenilaianKinerja = "penilaian_kinerja",
        Pelamar = "pelamar", CalonAdministrasi = "calon_administrasi", CalonDiusulkan = "calon_diusulkan",
        CalonTerpilih = "calon_terpilih", Lowongan = "lowongan", JabatanLowong = "jabatan_lowong",
        EselonLowong = "eselon_lowong"
    }
);

impl Education {
    /// Rank on the ordered scale (D4 = S1).
    pub fn rank(self) -> u8 {
        match self {
            Education::SD => 0,
            Education::SMP => 1,
            Education::SMA => 2,
            Education::D1 => 3,
            Education::D2 => 4,
            Education::D3 => 5,
            Education::D4 | Education::S1 => 6,
            Education::S2 => 7,
            Education::S3 => 8,
        }
    }
}

impl Eselon {
    /// Higher is more senior.
    pub fn rank(self) -> u8 {
        6 - self as u8
    }
    /// The level an eselon belongs to.
    pub fn level(self) -> Level {
        match self {
            Eselon::IIa | Eselon::IIb => Level::JptPratama,
            Eselon::IIIa | Eselon::IIIb => Level::Administrator,
            Eselon::IVa | Eselon::IVb => Level::Pengawas,
        }
    }
}

/// A golongan, I/a … IV/e, as an ordinal `(group, letter)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Golongan {
    /// 1..=4
    pub group: u8,
    /// 0 = a … 4 = e
    pub letter: u8,
}

impl Golongan {
    /// Parses `IV/a`.
    pub fn parse(s: &str) -> Option<Golongan> {
        let (g, l) = s.split_once('/')?;
        let group = match g {
            "I" => 1,
            "II" => 2,
            "III" => 3,
            "IV" => 4,
            _ => return None,
        };
        let letter = match l {
            "a" => 0,
            "b" => 1,
            "c" => 2,
            "d" => 3,
            "e" => 4,
            _ => return None,
        };
        if group < 4 && letter == 4 {
            return None;
        }
        Some(Golongan { group, letter })
    }
    /// A single ordinal number for comparisons.
    pub fn rank(self) -> u8 {
        self.group * 5 + self.letter
    }
}

impl fmt::Display for Golongan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = ["", "I", "II", "III", "IV"]
            .get(self.group as usize)
            .copied()
            .unwrap_or("?");
        let l = ["a", "b", "c", "d", "e"]
            .get(self.letter as usize)
            .copied()
            .unwrap_or("?");
        write!(f, "{g}/{l}")
    }
}

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// tahun
    Years,
    /// bulan
    Months,
    /// hari kalender
    CalendarDays,
    /// hari kerja
    WorkingDays,
    /// hari, not said which
    Days,
}

impl TimeUnit {
    /// The Indonesian words.
    pub fn words(self) -> &'static str {
        match self {
            TimeUnit::Years => "tahun",
            TimeUnit::Months => "bulan",
            TimeUnit::CalendarDays => "hari kalender",
            TimeUnit::WorkingDays => "hari kerja",
            TimeUnit::Days => "hari",
        }
    }
}

/// What a number measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(tag = "type", content = "unit", rename_all = "snake_case")]
pub enum Measure {
    /// A count of people or things.
    Count,
    /// A percentage.
    Percent,
    /// A duration.
    Time(TimeUnit),
    /// An education rank.
    Education,
    /// A golongan rank.
    Golongan,
    /// A rating rank.
    Rating,
    /// An eselon rank.
    Eselon,
}

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct End {
    /// The value.
    pub value: f64,
    /// Included?
    pub inclusive: bool,
}

/// A set of allowed numbers `min..max` for one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interval {
    /// What is measured.
    pub measure: Measure,
    /// Lower end.
    pub min: Option<End>,
    /// Upper end.
    pub max: Option<End>,
    /// The comparator phrases as written for the lower and upper end.
    #[serde(skip)]
    pub phrases: (Option<&'static str>, Option<&'static str>),
}

impl Interval {
    /// No bounds.
    pub fn any(measure: Measure) -> Self {
        Interval {
            measure,
            min: None,
            max: None,
            phrases: (None, None),
        }
    }
    /// True when `x` is inside.
    pub fn contains(&self, x: f64) -> bool {
        self.min.is_none_or(|m| {
            if m.inclusive {
                x >= m.value
            } else {
                x > m.value
            }
        }) && self.max.is_none_or(|m| {
            if m.inclusive {
                x <= m.value
            } else {
                x < m.value
            }
        })
    }
    /// True when no number is inside.
    pub fn is_empty(&self) -> bool {
        match (self.min, self.max) {
            (Some(lo), Some(hi)) => {
                lo.value > hi.value || (lo.value == hi.value && !(lo.inclusive && hi.inclusive))
            }
            _ => false,
        }
    }
    /// The exact value, if the interval is a single point.
    pub fn exact(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(lo), Some(hi)) if lo.value == hi.value && lo.inclusive && hi.inclusive => {
                Some(lo.value)
            }
            _ => None,
        }
    }
    /// Indonesian wording, e.g. `paling sedikit 5 paling banyak 9`.
    pub fn words(&self) -> String {
        let unit = |v: f64| fmt_value(v, self.measure);
        if let Some(x) = self.exact() {
            return format!("tepat {}", unit(x));
        }
        let mut parts = Vec::new();
        if let Some(m) = self.min {
            let w = match (self.phrases.0, self.measure, m.inclusive) {
                (Some(p), _, _) => p,
                (None, _, false) => "lebih dari",
                (None, Measure::Time(_), true) => "paling singkat",
                (
                    None,
                    Measure::Education | Measure::Golongan | Measure::Rating | Measure::Eselon,
                    true,
                ) => "paling rendah",
                _ => "paling sedikit",
            };
            parts.push(format!("{w} {}", unit(m.value)));
        }
        if let Some(m) = self.max {
            let w = match (self.phrases.1, self.measure, m.inclusive) {
                (Some(p), _, _) => p,
                (None, _, false) => "kurang dari",
                (None, Measure::Time(_), true) => "paling lama",
                (
                    None,
                    Measure::Education | Measure::Golongan | Measure::Rating | Measure::Eselon,
                    true,
                ) => "paling tinggi",
                _ => "paling banyak",
            };
            parts.push(format!("{w} {}", unit(m.value)));
        }
        if parts.is_empty() {
            "tanpa batas".into()
        } else {
            parts.join(" ")
        }
    }
}

/// Formats a number of a measure the way a drafter writes it.
pub fn fmt_value(v: f64, m: Measure) -> String {
    let n = if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    match m {
        Measure::Count => n,
        Measure::Percent => format!("{n}%"),
        Measure::Time(u) => format!("{n} {}", u.words()),
        Measure::Education if v == 6.0 => "S1/D4".to_string(),
        Measure::Education => Education::ALL
            .iter()
            .filter(|e| f64::from(e.rank()) == v)
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join("/"),
        Measure::Golongan => {
            let r = v as u8;
            Golongan {
                group: r / 5,
                letter: r % 5,
            }
            .to_string()
        }
        Measure::Rating => Rating::ALL
            .get(v as usize)
            .map(|r| r.as_str())
            .unwrap_or("?")
            .to_string(),
        Measure::Eselon => Eselon::ALL
            .iter()
            .find(|e| f64::from(e.rank()) == v)
            .map(|e| e.as_str())
            .unwrap_or("?")
            .to_string(),
    }
}

/// What a fact in a condition is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "fact", content = "args", rename_all = "snake_case")]
pub enum FactKey {
    /// A built-in fact (with `lama_jabatan` arguments).
    Builtin(BuiltinFact, Vec<Jenjang>),
    /// A fact declared with `fakta`.
    Declared(String),
    /// The number of extensions of a thing made so far, `perpanjangan(pengumuman)`:
    /// "setelah 2 (dua) kali diperpanjang" is `perpanjangan(pengumuman) paling sedikit 2`.
    Extensions(String),
}

impl fmt::Display for FactKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactKey::Builtin(b, args) if args.is_empty() => write!(f, "{b}"),
            FactKey::Builtin(b, args) => write!(
                f,
                "{b}({})",
                args.iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join("|")
            ),
            FactKey::Declared(s) => f.write_str(s),
            FactKey::Extensions(s) => write!(f, "perpanjangan({s})"),
        }
    }
}

/// A typed condition.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Cond {
    /// All of.
    And {
        /// Parts.
        all: Vec<Cond>,
    },
    /// Any of.
    Or {
        /// Parts.
        any: Vec<Cond>,
    },
    /// Not.
    Not {
        /// Negated part.
        not: Box<Cond>,
    },
    /// A yes/no fact is true.
    Fact {
        /// Which.
        fact: FactKey,
    },
    /// A measured fact is in an interval.
    Compare {
        /// Which.
        fact: FactKey,
        /// Allowed values.
        interval: Interval,
        /// `pada EVENT`.
        at: Option<Event>,
        /// `selama N terakhir`.
        lookback: Option<(f64, TimeUnit)>,
    },
    /// A named fact equals one of some names (`jabatan_lowong adalah sekda`).
    Equals {
        /// Which.
        fact: FactKey,
        /// Allowed names.
        one_of: Vec<String>,
    },
}

impl Cond {
    /// Every fact the condition names, in order (with repeats).
    pub fn facts(&self) -> Vec<&FactKey> {
        match self {
            Cond::And { all: parts } | Cond::Or { any: parts } => {
                parts.iter().flat_map(Cond::facts).collect()
            }
            Cond::Not { not } => not.facts(),
            Cond::Fact { fact } | Cond::Compare { fact, .. } | Cond::Equals { fact, .. } => {
                vec![fact]
            }
        }
    }

    /// Indonesian wording.
    pub fn words(&self) -> String {
        match self {
            Cond::And { all } => all
                .iter()
                .map(|c| c.words())
                .collect::<Vec<_>>()
                .join(" dan "),
            Cond::Or { any } => format!(
                "({})",
                any.iter()
                    .map(|c| c.words())
                    .collect::<Vec<_>>()
                    .join(" atau ")
            ),
            Cond::Not { not } => format!("tidak {}", not.words()),
            Cond::Fact { fact } => fact.to_string(),
            Cond::Compare {
                fact,
                interval,
                at,
                lookback,
            } => {
                let mut s = format!("{fact} {}", interval.words());
                if let Some(e) = at {
                    s.push_str(&format!(" pada {e}"));
                }
                if let Some((n, u)) = lookback {
                    s.push_str(&format!(
                        " selama {} terakhir",
                        fmt_value(*n, Measure::Time(*u))
                    ));
                }
                s
            }
            Cond::Equals { fact, one_of } => format!("{fact} adalah {}", one_of.join("|")),
        }
    }
}

/// Broad kinds of rule, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Candidate eligibility.
    Eligibility,
    /// Panel composition.
    PanelComposition,
    /// Windows between events.
    Window,
    /// Extensions.
    Extension,
    /// Weight bands.
    WeightBand,
    /// Counts.
    Count,
    /// Durations, terms, validity periods.
    Duration,
    /// Required lists.
    RequiredList,
    /// Definitions other rules use.
    Definition,
    /// Actions: consultation, approval, duties.
    Procedure,
}

impl Category {
    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Eligibility => "eligibility",
            Category::PanelComposition => "panel-composition",
            Category::Window => "window",
            Category::Extension => "extension",
            Category::WeightBand => "weight-band",
            Category::Count => "count",
            Category::Duration => "duration",
            Category::RequiredList => "required-list",
            Category::Definition => "definition",
            Category::Procedure => "procedure",
        }
    }
}

/// A panel constraint, typed.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "constraint", rename_all = "snake_case")]
pub enum PanelRule {
    /// Size of the panel.
    Size {
        /// Must be odd.
        odd: bool,
        /// Allowed sizes.
        interval: Interval,
    },
    /// Share of members of an origin or category, in percent.
    Share {
        /// Origin or category.
        who: String,
        /// Allowed percent.
        interval: Interval,
        /// Base of the share (`anggota`), if stated.
        base: Option<String>,
    },
    /// Number of members of some origins or categories.
    Members {
        /// Origins or categories.
        who: Vec<String>,
        /// Allowed count.
        interval: Interval,
    },
    /// Who holds a role.
    Role {
        /// Role.
        role: String,
        /// Allowed holders.
        holders: Vec<String>,
    },
    /// Categories members may come from.
    Elements {
        /// Categories.
        elements: Vec<String>,
    },
    /// Standing of some members relative to a reference.
    Standing {
        /// Origin or category.
        who: String,
        /// Comparator phrase.
        relation: String,
        /// Reference (e.g. `jabatan_lowong`).
        reference: String,
    },
}

/// An item of a required list.
#[derive(Debug, Clone, Serialize)]
pub struct ListMember {
    /// Key.
    pub key: String,
    /// Citation of the clause that states it.
    pub clause: String,
}

/// What a rule says, typed.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleKind {
    /// `syarat`
    Eligibility {
        /// The condition a candidate must meet.
        condition: Cond,
    },
    /// `pansel`
    Panel {
        /// Panel name.
        panel: String,
        /// The constraint.
        rule: PanelRule,
    },
    /// `waktu`
    Window {
        /// Event.
        event: EventRef,
        /// Anchor event.
        anchor: EventRef,
        /// Before or after.
        direction: Direction,
        /// Allowed gap.
        interval: Interval,
    },
    /// `perpanjangan`
    Extension {
        /// What is extended.
        subject: String,
        /// Allowed number of extensions.
        times: Interval,
        /// Length of each.
        each: Option<(f64, TimeUnit)>,
    },
    /// `bobot`
    Weight {
        /// Weight set.
        set: String,
        /// Component.
        component: String,
        /// Allowed percent.
        interval: Interval,
    },
    /// `jumlah`
    Count {
        /// What is counted.
        subject: String,
        /// Allowed count.
        interval: Interval,
        /// `per lowongan`.
        per: Option<String>,
    },
    /// `durasi`
    Duration {
        /// What lasts.
        subject: String,
        /// Allowed length.
        interval: Interval,
    },
    /// `daftar`
    List {
        /// Name.
        name: String,
        /// Kind.
        list_kind: ListKind,
        /// Items (from `butir` below and inline).
        items: Vec<ListMember>,
    },
    /// `butir`
    ListItem {
        /// The list.
        list: String,
        /// The key.
        key: String,
    },
    /// `jabatan`
    PostClass {
        /// Key.
        key: String,
        /// Eselon.
        eselons: Vec<Eselon>,
    },
    /// `fakta`
    Fact {
        /// Key.
        key: String,
    },
    /// `istilah`
    Term {
        /// Key.
        key: String,
    },
    /// An action.
    Action {
        /// What.
        action: String,
        /// By whom: any one of them (`oleh a|b`); empty when no actor is named.
        actors: Vec<String>,
        /// `kepada`/`dengan`/`dari`.
        party_kind: Option<String>,
        /// With whom.
        party: Option<String>,
        /// Channels.
        channels: Vec<String>,
        /// Timings, each of which must hold.
        timings: Vec<ActionTiming>,
    },
}

/// One timing of an action: its order relative to an event and, when the
/// policy states one, the allowed gap (`paling lambat 3 hari kerja setelah …`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionTiming {
    /// Before or after.
    pub direction: Direction,
    /// The event.
    pub event: EventRef,
    /// The allowed gap between the event and the action, if stated.
    pub interval: Option<Interval>,
}

impl ActionTiming {
    /// As written: `paling lambat 3 hari kerja setelah pengusulan`.
    pub fn words(&self) -> String {
        let d = self.direction.word();
        match &self.interval {
            Some(iv) => format!("{} {d} {}", iv.words(), self.event),
            None => format!("{d} {}", self.event),
        }
    }
}

impl RuleKind {
    /// True when both rules govern the same thing, so that one can stand for
    /// the other (a reading, `akui … dibaca`): the same kind and, where the
    /// kind has one, the same subject (a panel's constraint and share, a
    /// window's events, a count's subject, an action …). Bounds may differ.
    pub fn same_subject(&self, other: &RuleKind) -> bool {
        use std::mem::discriminant;
        match (self, other) {
            (RuleKind::Panel { panel: a, rule: ra }, RuleKind::Panel { panel: b, rule: rb }) => {
                a == b
                    && discriminant(ra) == discriminant(rb)
                    && match (ra, rb) {
                        (PanelRule::Share { who: x, .. }, PanelRule::Share { who: y, .. })
                        | (
                            PanelRule::Standing { who: x, .. },
                            PanelRule::Standing { who: y, .. },
                        ) => x == y,
                        (PanelRule::Role { role: x, .. }, PanelRule::Role { role: y, .. }) => {
                            x == y
                        }
                        _ => true,
                    }
            }
            (RuleKind::Eligibility { condition: a }, RuleKind::Eligibility { condition: b }) => {
                let theirs = b.facts();
                a.facts().iter().any(|f| theirs.contains(f))
            }
            (
                RuleKind::Window {
                    event: a,
                    anchor: x,
                    ..
                },
                RuleKind::Window {
                    event: b,
                    anchor: y,
                    ..
                },
            ) => a == b && x == y,
            (RuleKind::Extension { subject: a, .. }, RuleKind::Extension { subject: b, .. })
            | (RuleKind::Count { subject: a, .. }, RuleKind::Count { subject: b, .. })
            | (RuleKind::Duration { subject: a, .. }, RuleKind::Duration { subject: b, .. })
            | (RuleKind::List { name: a, .. }, RuleKind::List { name: b, .. })
            | (RuleKind::Action { action: a, .. }, RuleKind::Action { action: b, .. }) => a == b,
            (
                RuleKind::Weight {
                    set: a,
                    component: x,
                    ..
                },
                RuleKind::Weight {
                    set: b,
                    component: y,
                    ..
                },
            ) => a == b && x == y,
            _ => discriminant(self) == discriminant(other),
        }
    }

    /// Broad category.
    pub fn category(&self) -> Category {
        match self {
            RuleKind::Eligibility { .. } => Category::Eligibility,
            RuleKind::Panel { .. } => Category::PanelComposition,
            RuleKind::Window { .. } => Category::Window,
            RuleKind::Extension { .. } => Category::Extension,
            RuleKind::Weight { .. } => Category::WeightBand,
            RuleKind::Count { .. } => Category::Count,
            RuleKind::Duration { .. } => Category::Duration,
            RuleKind::List { .. } | RuleKind::ListItem { .. } => Category::RequiredList,
            RuleKind::PostClass { .. } | RuleKind::Fact { .. } | RuleKind::Term { .. } => {
                Category::Definition
            }
            RuleKind::Action { .. } => Category::Procedure,
        }
    }

    /// The short kind name (`eligibility`, `panel`, …).
    pub fn name(&self) -> &'static str {
        match self {
            RuleKind::Eligibility { .. } => "eligibility",
            RuleKind::Panel { .. } => "panel",
            RuleKind::Window { .. } => "window",
            RuleKind::Extension { .. } => "extension",
            RuleKind::Weight { .. } => "weight",
            RuleKind::Count { .. } => "count",
            RuleKind::Duration { .. } => "duration",
            RuleKind::List { .. } => "list",
            RuleKind::ListItem { .. } => "list_item",
            RuleKind::PostClass { .. } => "post_class",
            RuleKind::Fact { .. } => "fact",
            RuleKind::Term { .. } => "term",
            RuleKind::Action { .. } => "action",
        }
    }

    /// One-line Indonesian summary of what the rule requires.
    pub fn summary(&self) -> String {
        match self {
            RuleKind::Eligibility { condition } => format!("syarat: {}", condition.words()),
            RuleKind::Panel { panel, rule } => match rule {
                PanelRule::Size { odd, interval } => format!(
                    "pansel {panel}: jumlah anggota{} {}",
                    if *odd { " ganjil" } else { "" },
                    interval.words()
                ),
                PanelRule::Share {
                    who,
                    interval,
                    base,
                } => format!(
                    "pansel {panel}: porsi {who} {}{}",
                    interval.words(),
                    base.as_ref()
                        .map(|b| format!(" dari {b}"))
                        .unwrap_or_default()
                ),
                PanelRule::Members { who, interval } => {
                    format!(
                        "pansel {panel}: anggota {} {}",
                        who.join("/"),
                        interval.words()
                    )
                }
                PanelRule::Role { role, holders } => {
                    format!("pansel {panel}: {role} dijabat oleh {}", holders.join("/"))
                }
                PanelRule::Elements { elements } => {
                    format!("pansel {panel}: unsur {}", elements.join(", "))
                }
                PanelRule::Standing {
                    who,
                    relation,
                    reference,
                } => {
                    format!("pansel {panel}: kedudukan {who} {relation} {reference}")
                }
            },
            RuleKind::Window {
                event,
                anchor,
                direction,
                interval,
            } => {
                let d = direction.word();
                format!("{event} {} {d} {anchor}", interval.words())
            }
            RuleKind::Extension {
                subject,
                times,
                each,
            } => format!(
                "perpanjangan {subject} {} kali{}",
                times.words(),
                each.map(|(n, u)| format!(", masing-masing {}", fmt_value(n, Measure::Time(u))))
                    .unwrap_or_default()
            ),
            RuleKind::Weight {
                set,
                component,
                interval,
            } => {
                format!("bobot {set} {component} {}", interval.words())
            }
            RuleKind::Count {
                subject,
                interval,
                per,
            } => format!(
                "jumlah {subject} {}{}",
                interval.words(),
                per.as_ref()
                    .map(|p| format!(" per {p}"))
                    .unwrap_or_default()
            ),
            RuleKind::Duration { subject, interval } => format!("{subject} {}", interval.words()),
            RuleKind::List {
                name,
                list_kind,
                items,
            } => format!(
                "daftar {name} ({}): {}",
                match list_kind {
                    ListKind::Lengkap => "lengkap",
                    ListKind::Terbuka => "terbuka",
                    ListKind::Berurutan => "berurutan",
                    ListKind::Pilihan => "pilihan",
                },
                items
                    .iter()
                    .map(|i| i.key.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            RuleKind::ListItem { list, key } => format!("butir {key} dari daftar {list}"),
            RuleKind::PostClass { key, eselons } if eselons.is_empty() => format!("jabatan {key}"),
            RuleKind::PostClass { key, eselons } => format!(
                "jabatan {key}: eselon {}",
                eselons
                    .iter()
                    .map(|e| e.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            RuleKind::Fact { key } => format!("fakta {key}"),
            RuleKind::Term { key } => format!("istilah {key}"),
            RuleKind::Action {
                action,
                actors,
                party_kind,
                party,
                channels,
                timings,
            } => {
                let mut s = action.clone();
                if !actors.is_empty() {
                    s.push_str(&format!(" oleh {}", actors.join("/")));
                }
                if let (Some(k), Some(p)) = (party_kind, party) {
                    s.push_str(&format!(" {k} {p}"));
                }
                if !channels.is_empty() {
                    s.push_str(&format!(" melalui {}", channels.join("/")));
                }
                for t in timings {
                    s.push(' ');
                    s.push_str(&t.words());
                }
                s
            }
        }
    }
}
