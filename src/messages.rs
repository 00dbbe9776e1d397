//! The words of pasal in English and Indonesian, each with both languages in
//! one place: a [`Text`] cannot be written without its Indonesian, so editing
//! one language cannot silently drop the other (a test also checks that no
//! translation is empty or left in English by mistake). Words that belong to one
//! lint live in that lint's module as `Text`s; words several stages share live
//! here, grouped by use and named by a stable id (`label::FIRST_ONE`).

use crate::diagnostics::Lang;

/// A sentence or phrase in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Bahasa Indonesia.
    pub id: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Id => self.id,
        }
    }
}

macro_rules! texts {
    ($(#[$doc:meta])* $group:ident { $($(#[$item:meta])* $name:ident = $en:literal / $id:literal;)* }) => {
        $(#[$doc])*
        pub mod $group {
            use super::Text;
            $(
                $(#[$item])*
                pub const $name: Text = Text { en: $en, id: $id };
            )*
            /// Every text of the group, for tests.
            pub const ALL: &[Text] = &[$($name),*];
        }
    };
}

texts!(
    /// Labels shown at a source location (miette, SARIF related locations).
    label {
    /// "here"
    HERE = "here" / "di sini";
    /// "first one"
    FIRST_ONE = "first one" / "yang pertama";
    /// "second one"
    SECOND_ONE = "second one" / "yang kedua";
    /// "first definition"
    FIRST_DEFINITION = "first definition" / "definisi pertama";
    /// "second definition"
    SECOND_DEFINITION = "second definition" / "definisi kedua";
    /// "declared here"
    DECLARED_HERE = "declared here" / "dinyatakan di sini";
    /// "first CRLF here"
    FIRST_CRLF_HERE = "first CRLF here" / "CRLF pertama di sini";
    /// "too deep from here"
    TOO_DEEP_FROM_HERE = "too deep from here" / "terlalu dalam mulai di sini";
    /// "invalid byte sequence here"
    INVALID_BYTE_SEQUENCE_HERE = "invalid byte sequence here" / "urutan bita tidak sah di sini";
    /// "BOM"
    BOM = "BOM" / "BOM";
    /// "identity block"
    IDENTITY_BLOCK = "identity block" / "blok identitas";
    /// "second identity"
    SECOND_IDENTITY = "second identity" / "identitas kedua";
    /// "followed baseline"
    FOLLOWED_BASELINE = "followed baseline" / "baseline yang diikuti";
    /// "second Pasal with this number"
    SECOND_PASAL_WITH_THIS_NUMBER = "second Pasal with this number" / "Pasal kedua dengan nomor ini";
    /// "no `daftar` of this name"
    NO_SUCH_LIST = "no `daftar` of this name" / "tidak ada `daftar` dengan nama ini";
    /// "no `daftar` above this item"
    NO_LIST_ABOVE = "no `daftar` above this item" / "tidak ada `daftar` di atas butir ini";
    /// "explicit reference"
    EXPLICIT_REFERENCE = "explicit reference" / "rujukan eksplisit";
    /// "reference in the clause text"
    REFERENCE_IN_THE_CLAUSE_TEXT = "reference in the clause text" / "rujukan dalam teks ketentuan";
    /// "the clause referred to"
    THE_CLAUSE_REFERRED_TO = "the clause referred to" / "ketentuan yang dirujuk";
    /// "band"
    BAND = "band" / "rentang";
    /// "panel rule"
    PANEL_RULE = "panel rule" / "aturan pansel";
    /// "satisfied"
    SATISFIED = "satisfied" / "dipenuhi";
    /// "violated"
    VIOLATED = "violated" / "dilanggar";
    /// "unknown"
    UNKNOWN = "unknown" / "tidak diketahui";
    /// "this `\"` opens a string that does not end before the next unit"
    UNCLOSED_STRING = "this `\"` opens a string that does not end before the next unit" / "`\"` ini membuka string yang tidak berakhir sebelum unit berikutnya";
    }
);
