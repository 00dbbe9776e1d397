//! The importer's picture of a peraturan read from prose.
//!
//! Readers (`text.rs` for `.txt`/`.md`, `docx.rs` for Word) build a [`Document`]
//! from a draft; the phrase recogniser (`phrases/`) annotates its clauses with
//! rules, notes and scopes; `emit.rs` writes it as a pasal policy. Every piece
//! keeps the [`Origin`] it was read from, so findings on an imported draft point
//! at the line (or Word paragraph) of the original.
//!
//! The model holds the law's words as printed (whitespace normalised): typos,
//! wrong numbers and repeated labels stay, since reporting them is the point.

use chrono::NaiveDate;

/// Where a piece of the model came from in the original document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// 1-based line of the original text (for `.docx`: the paragraph number).
    pub line: usize,
    /// A short quote of the original, for documents without useful lines (Word).
    pub quote: Option<String>,
}

/// A value and where it was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was read.
    pub origin: Origin,
}

/// A whole peraturan as read from a draft.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Kind, region, number, year, subject, signatures.
    pub identity: Identity,
    /// Menimbang items (`huruf a`, `huruf b`, …).
    pub menimbang: Vec<Item>,
    /// Mengingat items (`angka 1`, …).
    pub mengingat: Vec<Item>,
    /// The text after "Menetapkan :".
    pub memutuskan: Option<Located<String>>,
    /// Headings and Pasal, in the order printed.
    pub body: Vec<Block>,
    /// The closing formula ("Agar setiap orang mengetahuinya, …").
    pub penutup: Option<Located<String>>,
    /// The elucidation (PENJELASAN), when the draft has one: its paragraphs as printed.
    pub penjelasan: Vec<Located<String>>,
    /// Text the reader could not place anywhere; each becomes a finding.
    pub unplaced: Vec<Located<String>>,
}

/// The identity block.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// `peraturan_walikota`, `peraturan_bupati`, `peraturan_gubernur`, … (the pasal name).
    pub jenis: Option<String>,
    /// The title line as printed ("PERATURAN WALI KOTA TASIKMALAYA").
    pub judul: Option<String>,
    /// `kota`, `kabupaten` or `provinsi`, and the region's name ("Pagar Alam").
    pub daerah: Option<(String, String)>,
    /// The province, where printed.
    pub provinsi: Option<String>,
    /// Nomor.
    pub nomor: Option<u32>,
    /// Tahun.
    pub tahun: Option<u32>,
    /// Tentang, as printed (one line).
    pub tentang: Option<String>,
    /// Ditetapkan di … pada tanggal … by …
    pub ditetapkan: Option<Signing>,
    /// Diundangkan di … pada tanggal … by …
    pub diundangkan: Option<Signing>,
    /// The Berita Daerah line ("BERITA DAERAH KOTA … TAHUN 2021 NOMOR 25").
    pub berita: Option<String>,
    /// Where the identity was read (the title line).
    pub origin: Origin,
}

/// A signature: place, date, the signer's title and name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signing {
    /// Place ("Pagar Alam").
    pub place: String,
    /// Date, when it could be read.
    pub date: Option<NaiveDate>,
    /// The signer's title as printed ("WALIKOTA PAGAR ALAM").
    pub title: String,
    /// The signer's name, when printed.
    pub name: Option<String>,
}

/// One menimbang or mengingat item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    /// Its label as printed, without punctuation ("a", "1").
    pub number: String,
    /// Its text.
    pub text: String,
    /// Where it was read.
    pub origin: Origin,
}

/// A heading or a Pasal, in document order.
#[derive(Debug, Clone)]
pub enum Block {
    /// BAB, Bagian or Paragraf.
    Heading(Heading),
    /// A Pasal and its clauses.
    Pasal(Clause),
}

/// Which kind of heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingKind {
    /// BAB (Roman numerals).
    Bab,
    /// Bagian (ordinal words).
    Bagian,
    /// Paragraf (Arabic numerals).
    Paragraf,
}

/// A BAB, Bagian or Paragraf heading.
#[derive(Debug, Clone)]
pub struct Heading {
    /// BAB, Bagian or Paragraf.
    pub kind: HeadingKind,
    /// The number as printed, lower-cased for Bagian ("IV", "kesatu", "2"); `None` when the law prints none.
    pub number: Option<String>,
    /// The title ("KETENTUAN UMUM").
    pub title: String,
    /// Scope the recogniser inferred for what stands under it (`melalui mutasi`), pasal syntax.
    pub scope: Option<String>,
    /// Where it was read.
    pub origin: Origin,
}

/// Which level of the clause tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    /// Pasal N.
    Pasal,
    /// ayat (n).
    Ayat,
    /// huruf x.
    Huruf,
    /// angka n.
    Angka,
}

/// How a clause's label was printed, so that `pasal render` gives it back.
pub use crate::ast::LabelForm;

/// A Pasal, ayat, huruf or angka.
#[derive(Debug, Clone)]
pub struct Clause {
    /// Its level.
    pub kind: ClauseKind,
    /// Its number as printed, without punctuation ("24", "24A", "3", "c").
    pub number: String,
    /// How its label was printed.
    pub form: LabelForm,
    /// Its own text: for a clause with sub-clauses, the sentence before them ("…, meliputi:").
    pub text: Option<String>,
    /// Sub-clauses and free sentences, in printed order.
    pub children: Vec<Child>,
    /// Scope the recogniser inferred (`untuk jpt_pratama melalui seleksi_terbuka`), pasal syntax.
    pub scope: Option<String>,
    /// Rules the recogniser found, pasal syntax without `=>` ("syarat usia paling tinggi 56 tahun pada pengangkatan").
    pub rules: Vec<String>,
    /// Comments to write at the clause ("belum dikodekan: …"), without `//`.
    pub notes: Vec<String>,
    /// Where it was read.
    pub origin: Origin,
}

/// What stands inside a clause.
#[derive(Debug, Clone)]
pub enum Child {
    /// A numbered sub-clause.
    Clause(Clause),
    /// A sentence that is not a numbered clause (a closing sentence after the items).
    Text(Located<String>),
}

impl Clause {
    /// A clause with no text, children or annotations yet.
    pub fn new(kind: ClauseKind, number: impl Into<String>, origin: Origin) -> Self {
        Clause {
            kind,
            number: number.into(),
            form: LabelForm::Dot,
            text: None,
            children: Vec::new(),
            scope: None,
            rules: Vec::new(),
            notes: Vec::new(),
            origin,
        }
    }

    /// The numbered sub-clauses, in order.
    pub fn sub_clauses(&self) -> impl Iterator<Item = &Clause> {
        self.children.iter().filter_map(|c| match c {
            Child::Clause(c) => Some(c),
            Child::Text(_) => None,
        })
    }

    /// The numbered sub-clauses, mutably.
    pub fn sub_clauses_mut(&mut self) -> impl Iterator<Item = &mut Clause> {
        self.children.iter_mut().filter_map(|c| match c {
            Child::Clause(c) => Some(c),
            Child::Text(_) => None,
        })
    }

    /// This clause's label in a citation: `Pasal 24`, `ayat (1)`, `huruf a`, `angka 3`.
    pub fn label(&self) -> String {
        match self.kind {
            ClauseKind::Pasal => format!("Pasal {}", self.number),
            ClauseKind::Ayat => format!("ayat ({})", self.number),
            ClauseKind::Huruf => format!("huruf {}", self.number),
            ClauseKind::Angka => format!("angka {}", self.number),
        }
    }
}
