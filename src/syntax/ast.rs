//! The syntax tree of a `.pasal` file: what was written, with spans, nothing
//! resolved. Built by [`super::parser`]; read by `resolve`.

use crate::source::Span;

/// A value with the span it was written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

/// A lowercase name.
pub type Ident = Spanned<String>;

/// A string literal, unescaped, its line breaks and indentation folded to one space.
pub type Text = Spanned<String>;

/// A whole file: its units in order.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Units in file order (units that failed to parse are absent).
    pub units: Vec<Unit>,
}

/// One top-level unit.
#[derive(Debug, Clone)]
pub enum Unit {
    /// `peraturan { … }`
    Identity(Identity),
    /// `menimbang { … }`
    Menimbang(Vec<ListItem>, Span),
    /// `mengingat { … }`
    Mengingat(Vec<ListItem>, Span),
    /// `memutuskan "…"`
    Memutuskan(Text),
    /// `bab`, `bagian`, `paragraf`
    Heading(Heading),
    /// `pasal N { … }`
    Pasal(Clause),
    /// `penutup "…"`
    Penutup(Vec<Text>, Span),
}

/// The identity block.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// Whole unit.
    pub span: Span,
    /// Fields in order.
    pub fields: Vec<Field>,
}

/// One identity field.
#[derive(Debug, Clone)]
pub enum Field {
    /// `jenis peraturan_walikota`
    Jenis(Ident),
    /// `judul "…"`
    Judul(Text),
    /// `daerah kota "Pagar Alam"`
    Daerah(Ident, Text),
    /// `provinsi "…"`
    Provinsi(Text),
    /// `nomor 25`
    Nomor(Spanned<u32>),
    /// `tahun 2021`
    Tahun(Spanned<u32>),
    /// `tentang "…"`
    Tentang(Text),
    /// `singkatan "…"`
    Singkatan(Text),
    /// `ditetapkan …`
    Ditetapkan(Signing),
    /// `diundangkan …`
    Diundangkan(Signing),
    /// `berita "…"`
    Berita(Text),
    /// `mengikuti "path"`
    Mengikuti(Text),
    /// `kutipan "Pasal 105–134"`: the file holds only these articles.
    Kutipan(Text),
    /// A field the language does not know.
    Unknown(Ident),
}

/// Where, when and by whom a regulation was signed.
#[derive(Debug, Clone)]
pub struct Signing {
    /// Place.
    pub place: Text,
    /// Date as written (validated in resolution).
    pub date: Spanned<String>,
    /// Office of the signatory.
    pub office: Text,
    /// Name of the signatory.
    pub name: Option<Text>,
}

/// An item of menimbang / mengingat.
#[derive(Debug, Clone)]
pub struct ListItem {
    /// `huruf a` or `angka 1`.
    pub kind: ClauseKind,
    /// The letter or number.
    pub number: Spanned<String>,
    /// The text.
    pub text: Text,
}

/// Kind of heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HeadingKind {
    /// BAB
    Bab,
    /// Bagian
    Bagian,
    /// Paragraf
    Paragraf,
}

impl HeadingKind {
    /// The word as the law prints it.
    pub fn word(self) -> &'static str {
        match self {
            HeadingKind::Bab => "BAB",
            HeadingKind::Bagian => "Bagian",
            HeadingKind::Paragraf => "Paragraf",
        }
    }
}

/// A BAB, Bagian or Paragraf heading.
#[derive(Debug, Clone)]
pub struct Heading {
    /// Which.
    pub kind: HeadingKind,
    /// Its number as written (Roman, ordinal word or Arabic), if any.
    pub number: Option<Spanned<String>>,
    /// Its title.
    pub title: Text,
    /// Scope for everything under it.
    pub scope: Option<Scope>,
    /// Whole heading.
    pub span: Span,
}

/// Kind of clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClauseKind {
    /// Pasal
    Pasal,
    /// ayat
    Ayat,
    /// huruf
    Huruf,
    /// angka
    Angka,
}

impl ClauseKind {
    /// The word used in citations.
    pub fn word(self) -> &'static str {
        match self {
            ClauseKind::Pasal => "Pasal",
            ClauseKind::Ayat => "ayat",
            ClauseKind::Huruf => "huruf",
            ClauseKind::Angka => "angka",
        }
    }
}

/// A Pasal, ayat, huruf or angka.
#[derive(Debug, Clone)]
pub struct Clause {
    /// Which.
    pub kind: ClauseKind,
    /// Number or letter as written.
    pub number: Spanned<String>,
    /// The printed form of a huruf or angka label, when written (`huruf a)`).
    pub form: Option<LabelForm>,
    /// Scope for everything inside.
    pub scope: Option<Scope>,
    /// The text after the head.
    pub text: Option<Text>,
    /// Items of the body, or the `=>` rules.
    pub items: Vec<Item>,
    /// Whole clause.
    pub span: Span,
}

/// How a huruf or angka label is printed: `a.` / `1.` or `a)` / `1)`. A
/// policy records it where the law prints it (`huruf a)`); where it does not,
/// `pasal render` follows Lampiran II's sequence (a. → 1. → a) → 1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LabelForm {
    /// `a.` / `1.` (and every Pasal and ayat, whose form is fixed).
    #[default]
    Dot,
    /// `a)` / `1)`.
    Paren,
}

impl LabelForm {
    /// The form Lampiran II gives a huruf or angka with `angka_above` angka
    /// among the clauses above it: `a.` and `1.` first, `a)` and `1)` below an
    /// angka.
    pub fn conventional(angka_above: usize) -> LabelForm {
        if angka_above > 0 {
            LabelForm::Paren
        } else {
            LabelForm::Dot
        }
    }

    /// The mark after the label: `.` or `)`.
    pub fn mark(self) -> char {
        match self {
            LabelForm::Dot => '.',
            LabelForm::Paren => ')',
        }
    }
}

/// An item in a clause body.
#[derive(Debug, Clone)]
pub enum Item {
    /// Text that is not a numbered clause.
    Text(Text),
    /// A sub-clause.
    Clause(Clause),
    /// A rule.
    Rule(Box<Rule>),
    /// `rujuk CITATION`.
    Reference(Citation),
    /// `akui CODE "reason"`.
    Acknowledgement(Acknowledgement),
}

/// `akui CODE "reason"`.
#[derive(Debug, Clone)]
pub struct Acknowledgement {
    /// The lint code.
    pub code: Spanned<String>,
    /// Why the finding stands.
    pub reason: Text,
    /// `dibaca RULE`: the reading the law intends, by which `verify` judges the
    /// clause's own rules in place of the defective text.
    pub reading: Option<Box<Rule>>,
    /// Whole item.
    pub span: Span,
}

/// A citation as written: `Pasal 16 ayat (1) huruf a`, or relative `ayat (3)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// The Pasal number, if given.
    pub pasal: Option<String>,
    /// The parts below the Pasal.
    pub parts: Vec<(ClauseKind, String)>,
    /// Where.
    pub span: Span,
}

/// `untuk … eselon … melalui …`.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Levels named.
    pub levels: Vec<Ident>,
    /// Eselon named.
    pub eselons: Vec<Spanned<String>>,
    /// Mechanisms named.
    pub mechanisms: Vec<Ident>,
    /// Where.
    pub span: Span,
}

/// Must, may, must not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// wajib
    Wajib,
    /// dapat
    Dapat,
    /// dilarang
    Dilarang,
}

/// A rule as written.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Modality, if written.
    pub modality: Option<Spanned<Modality>>,
    /// The rule proper.
    pub body: RuleBody,
    /// Scope of this rule.
    pub scope: Option<Scope>,
    /// `dasar CITATION`.
    pub basis: Option<Citation>,
    /// `jika EXPR`.
    pub condition: Option<Expr>,
    /// `kecuali EXPR`.
    pub exception: Option<Expr>,
    /// Whole rule.
    pub span: Span,
}

/// The kinds of rule.
#[derive(Debug, Clone)]
pub enum RuleBody {
    /// `syarat EXPR`
    Eligibility(Expr),
    /// `pansel NAME …`
    Panel(Ident, PanelConstraint),
    /// `waktu EVENT BOUND sebelum|setelah EVENT`
    Window {
        /// The event that must come early enough.
        event: Ident,
        /// The bound on the gap.
        bound: Bound,
        /// Before or after.
        direction: Spanned<Direction>,
        /// The anchor event.
        anchor: Ident,
    },
    /// `perpanjangan WHAT BOUND kali [masing-masing Q]`
    Extension {
        /// What is extended.
        subject: Ident,
        /// Bound on the number of extensions.
        times: Bound,
        /// Length of each extension.
        each: Option<Quantity>,
    },
    /// `bobot SET COMPONENT BAND`
    Weight {
        /// The weight set.
        set: Ident,
        /// The component.
        component: Ident,
        /// Bounds (a `sampai dengan` range is two bounds).
        bounds: Vec<Bound>,
    },
    /// `jumlah WHAT BOUND… [per X]`
    Count {
        /// What is counted.
        subject: Ident,
        /// Bounds.
        bounds: Vec<Bound>,
        /// `per lowongan`.
        per: Option<Ident>,
    },
    /// `durasi WHAT BOUND…`
    Duration {
        /// What lasts.
        subject: Ident,
        /// Bounds.
        bounds: Vec<Bound>,
    },
    /// `daftar NAME KIND [: a, b]`
    List {
        /// List name.
        name: Ident,
        /// Kind.
        kind: Spanned<ListKind>,
        /// Inline items.
        items: Vec<Ident>,
    },
    /// `butir KEY [dari LIST]`
    ListItem {
        /// Item key.
        key: Ident,
        /// Explicit list.
        list: Option<Ident>,
    },
    /// `jabatan KEY eselon E…`
    PostClass {
        /// Post class key.
        key: Ident,
        /// Eselon.
        eselons: Vec<Spanned<String>>,
    },
    /// `fakta KEY`
    Fact(Ident),
    /// `istilah KEY`
    Term(Ident),
    /// `MODALITY ACTION …`
    Action(Action),
}

/// An action rule's parts.
#[derive(Debug, Clone)]
pub struct Action {
    /// What is done.
    pub action: Ident,
    /// `oleh X|Y`: any one of them (empty: no actor named).
    pub actors: Vec<Ident>,
    /// `kepada|dengan|dari X`.
    pub party: Option<(Spanned<String>, Ident)>,
    /// `melalui a|b`.
    pub channels: Vec<Ident>,
    /// `[BOUND…] sebelum|setelah EVENT`, each of them, in order.
    pub timings: Vec<Timing>,
}

/// One timing of an action: `sebelum pelantikan`,
/// `paling lambat 3 hari kerja setelah pengusulan`.
#[derive(Debug, Clone)]
pub struct Timing {
    /// The gap's bounds (none: only the order is stated).
    pub bounds: Vec<Bound>,
    /// `sebelum` or `setelah`.
    pub direction: Spanned<Direction>,
    /// The event.
    pub event: Ident,
}

/// `sebelum`, `setelah` or `sejak`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// sebelum
    Sebelum,
    /// setelah
    Setelah,
    /// sejak: counted from the event, the event's own day included
    Sejak,
}

impl Direction {
    /// The word as written.
    pub fn word(self) -> &'static str {
        match self {
            Direction::Sebelum => "sebelum",
            Direction::Setelah => "setelah",
            Direction::Sejak => "sejak",
        }
    }
}

/// Kind of list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ListKind {
    /// Every item required.
    Lengkap,
    /// Non-exhaustive ("antara lain"); listed items required.
    Terbuka,
    /// Ordered stages.
    Berurutan,
    /// Exactly one applies.
    Pilihan,
}

/// A panel constraint.
#[derive(Debug, Clone)]
pub enum PanelConstraint {
    /// `jumlah [ganjil] BOUND…`
    Size {
        /// Odd number required.
        odd: bool,
        /// Bounds on the size.
        bounds: Vec<Bound>,
    },
    /// `porsi WHO BOUND… [dari BASE]`
    Share {
        /// Origin or category.
        who: Ident,
        /// Bounds (percent).
        bounds: Vec<Bound>,
        /// Base of the share.
        base: Option<Ident>,
    },
    /// `anggota A|B BOUND…`
    Members {
        /// Origins or categories.
        who: Vec<Ident>,
        /// Bounds (count).
        bounds: Vec<Bound>,
    },
    /// `peran ROLE oleh A|B`
    Role {
        /// The role.
        role: Ident,
        /// Who may hold it.
        holders: Vec<Ident>,
    },
    /// `unsur a, b, c`
    Elements(Vec<Ident>),
    /// `kedudukan WHO BOUND`
    Standing {
        /// Origin or category.
        who: Ident,
        /// Bound.
        bound: Bound,
    },
}

/// A boolean expression.
#[derive(Debug, Clone)]
pub enum Expr {
    /// `a atau b`
    Or(Vec<Expr>, Span),
    /// `a dan b`
    And(Vec<Expr>, Span),
    /// `tidak a`
    Not(Box<Expr>, Span),
    /// A yes/no fact.
    Fact(FactRef),
    /// A comparison.
    Compare(Comparison),
}

impl Expr {
    /// Where the expression was written.
    pub fn span(&self) -> Span {
        match self {
            Expr::Or(_, s) | Expr::And(_, s) | Expr::Not(_, s) => *s,
            Expr::Fact(f) => f.span,
            Expr::Compare(c) => c.span,
        }
    }
}

/// `name` or `name(a|b)`.
#[derive(Debug, Clone)]
pub struct FactRef {
    /// Fact name.
    pub name: Ident,
    /// Arguments.
    pub args: Vec<Ident>,
    /// Where.
    pub span: Span,
}

/// `FACT BOUND… [adalah X] [pada EVENT] [selama Q terakhir]`.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The fact compared.
    pub fact: FactRef,
    /// Bounds.
    pub bounds: Vec<Bound>,
    /// `adalah a|b`.
    pub equals: Vec<Ident>,
    /// `pada EVENT`.
    pub at: Option<Ident>,
    /// `selama Q terakhir`.
    pub lookback: Option<Quantity>,
    /// Where.
    pub span: Span,
}

/// A comparator and a value.
#[derive(Debug, Clone)]
pub struct Bound {
    /// The comparator.
    pub cmp: Spanned<Comparator>,
    /// The value.
    pub value: Value,
    /// Where.
    pub span: Span,
}

/// The Indonesian comparators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// paling rendah (≥ on a scale)
    PalingRendah,
    /// paling tinggi (≤)
    PalingTinggi,
    /// paling sedikit (≥)
    PalingSedikit,
    /// paling banyak (≤)
    PalingBanyak,
    /// paling singkat (≥)
    PalingSingkat,
    /// paling lama (≤)
    PalingLama,
    /// paling lambat (≤), a deadline
    PalingLambat,
    /// paling kurang (≥)
    PalingKurang,
    /// lebih dari (>)
    LebihDari,
    /// kurang dari (<)
    KurangDari,
    /// tepat (=)
    Tepat,
}

impl Comparator {
    /// The phrase as written.
    pub fn phrase(self) -> &'static str {
        match self {
            Comparator::PalingRendah => "paling rendah",
            Comparator::PalingTinggi => "paling tinggi",
            Comparator::PalingSedikit => "paling sedikit",
            Comparator::PalingBanyak => "paling banyak",
            Comparator::PalingSingkat => "paling singkat",
            Comparator::PalingLama => "paling lama",
            Comparator::PalingLambat => "paling lambat",
            Comparator::PalingKurang => "paling kurang",
            Comparator::LebihDari => "lebih dari",
            Comparator::KurangDari => "kurang dari",
            Comparator::Tepat => "tepat",
        }
    }
}

/// A value in a bound.
#[derive(Debug, Clone)]
pub enum Value {
    /// `S1|D4`
    Education(Vec<Spanned<String>>),
    /// `IV/a`
    Golongan(Spanned<String>),
    /// `II.b`
    Eselon(Spanned<String>),
    /// `15 hari kalender`, `45%`, `3`
    Quantity(Quantity),
    /// A name (a rating, a post class).
    Ident(Ident),
}

/// A number with an optional unit.
#[derive(Debug, Clone)]
pub struct Quantity {
    /// The number.
    pub number: f64,
    /// The unit.
    pub unit: Option<QuantityUnit>,
    /// Where.
    pub span: Span,
}

/// Units of quantities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityUnit {
    /// %
    Percent,
    /// hari kalender
    CalendarDays,
    /// hari kerja
    WorkingDays,
    /// hari (unqualified)
    Days,
    /// tahun
    Years,
    /// bulan
    Months,
    /// orang
    Persons,
}
