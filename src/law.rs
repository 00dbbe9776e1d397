//! The law's own vocabulary, shared by the syntax tree and the IR: the kinds
//! of clause and heading, the form a label is printed in, modality, the side
//! of an event a window lies on, and the kinds of required lists. Neither
//! stage owns them; both re-export them.

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
