//! Every word pasal says, in English and Indonesian, each sentence with both
//! languages in one place and a stable id (its path: `messages::verify::age_above`).
//!
//! - A [`Text`] is a fixed phrase; a [`Message`] is a sentence with values filled
//!   in. Neither can be written without its Indonesian, so editing one language
//!   cannot silently drop the other.
//! - [`texts!`] declares fixed phrases as constants; [`messages!`] declares
//!   sentences with named values as functions. Both templates of a message must
//!   use every value (it does not compile otherwise), so the two languages always
//!   say the same things.
//! - Words of one lint live in that lint's module (its `LINT` and `msg` group).
//!   Every other sentence lives here, in the file of the stage that says it:
//!   [`syntax`], [`resolve`], [`driver`], [`verify`], [`case`], [`screen`], [`cli`],
//!   [`report`], [`diff`], [`import`], [`new`], [`lsp`]; phrases several stages
//!   share are in [`label`] and [`word`].
//! - `ALL` in each group lists its entries; a test checks that no entry is empty
//!   in either language or left in English by mistake.

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    #[default]
    En,
}

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

/// A sentence with its values filled in, in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// English.
    pub en: String,
    /// Bahasa Indonesia.
    pub id: String,
}

impl Message {
    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Id => &self.id,
        }
    }
    /// The message in `lang`, taken.
    pub fn take(self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en,
            Lang::Id => self.id,
        }
    }
    /// Words quoted from the input, the same in every language.
    pub fn quoted(words: impl Into<String>) -> Message {
        let en = words.into();
        Message { id: en.clone(), en }
    }
    /// Both languages with `other` appended (each to its own language).
    pub fn and(mut self, separator: &str, other: &Message) -> Message {
        self.en.push_str(separator);
        self.en.push_str(&other.en);
        self.id.push_str(separator);
        self.id.push_str(&other.id);
        self
    }
    /// The parts joined by `separator`, each language with its own.
    pub fn join(parts: &[Message], separator: &str) -> Message {
        Message {
            en: parts
                .iter()
                .map(|m| m.en.as_str())
                .collect::<Vec<_>>()
                .join(separator),
            id: parts
                .iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>()
                .join(separator),
        }
    }
    /// Applies the same change to both languages.
    pub fn map(self, f: impl Fn(String) -> String) -> Message {
        Message {
            en: f(self.en),
            id: f(self.id),
        }
    }
}

impl From<Text> for Message {
    fn from(t: Text) -> Message {
        Message {
            en: t.en.to_string(),
            id: t.id.to_string(),
        }
    }
}

/// A value put into a message: anything `Display` (the same in both
/// languages), or a [`Text`] or [`Message`] (each language its own words).
pub trait Arg {
    /// Writes the value in `lang`.
    fn write(&self, lang: Lang, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result;
}

impl<T: std::fmt::Display + ?Sized> Arg for T {
    fn write(&self, _: Lang, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl Arg for Message {
    fn write(&self, lang: Lang, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get(lang))
    }
}

impl Arg for &Message {
    fn write(&self, lang: Lang, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get(lang))
    }
}

impl Arg for Text {
    fn write(&self, lang: Lang, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get(lang))
    }
}

/// A value shown in one language (used by [`messages!`]).
pub struct In<'a, T: ?Sized>(pub &'a T, pub Lang);

impl<T: Arg + ?Sized> std::fmt::Display for In<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.write(self.1, f)
    }
}

/// One entry of the catalogue as written, for tests: its id and both templates.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The stable id: the group's module path and the entry's name.
    pub key: &'static str,
    /// The English template.
    pub en: &'static str,
    /// The Indonesian template.
    pub id: &'static str,
}

/// Declares a group of fixed phrases: `NAME = "english" / "indonesia";`.
#[macro_export]
macro_rules! texts {
    ($(#[$doc:meta])* $vis:vis mod $group:ident { $($(#[$item:meta])* $name:ident = $en:literal / $id:literal;)* }) => {
        $(#[$doc])*
        $vis mod $group {
            #[allow(unused_imports)]
            use $crate::messages::{Entry, Text};
            $(
                $(#[$item])*
                pub const $name: Text = Text { en: $en, id: $id };
            )*
            /// Every entry of the group, for tests.
            pub const ALL: &[Entry] = &[$(Entry { key: concat!(module_path!(), "::", stringify!($name)), en: $en, id: $id }),*];
        }
    };
}

/// Declares a group of sentences with named values:
/// `name(value, other) = "english {value}" / "indonesia {value}";`. Each
/// becomes a function taking the values (anything [`Arg`]: `Display`, or a
/// [`Text`] / [`Message`] shown in each language) and returning a [`Message`];
/// a template that leaves out a value does not compile.
#[macro_export]
macro_rules! messages {
    ($(#[$doc:meta])* $vis:vis mod $group:ident { $($(#[$item:meta])* $name:ident($($arg:ident),* $(,)?) = $en:literal / $id:literal;)* }) => {
        $(#[$doc])*
        $vis mod $group {
            #[allow(unused_imports)]
            use $crate::messages::{Entry, Message};
            $(
                $(#[$item])*
                pub fn $name($($arg: impl $crate::messages::Arg),*) -> Message {
                    Message {
                        en: format!($en $(, $arg = $crate::messages::In(&$arg, $crate::messages::Lang::En))*),
                        id: format!($id $(, $arg = $crate::messages::In(&$arg, $crate::messages::Lang::Id))*),
                    }
                }
            )*
            /// Every entry of the group, for tests.
            pub const ALL: &[Entry] = &[$(Entry { key: concat!(module_path!(), "::", stringify!($name)), en: $en, id: $id }),*];
        }
    };
}

texts!(
    /// Labels shown at a source location (miette, SARIF related locations).
    pub mod label {
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

texts!(
    /// Single words several outputs share.
    pub mod word {
    /// Before a finding's help.
    HELP = "help" / "saran";
    /// Tag of an acknowledged finding.
    ACKNOWLEDGED = "acknowledged" / "diakui";
    /// Before a pointer to more text.
    SEE = "see" / "lihat";
    }
);

pub mod driver;
pub mod import;
pub mod lsp;
pub mod resolve;
pub mod syntax;

/// Every group of the catalogue outside the lints (each lint lists its own in
/// [`crate::analysis::Lint::words`]), for the test that every entry has both
/// languages.
pub const GROUPS: &[&[Entry]] = &[
    label::ALL,
    word::ALL,
    syntax::text::ALL,
    syntax::msg::ALL,
    driver::text::ALL,
    driver::msg::ALL,
    resolve::text::ALL,
    resolve::msg::ALL,
    resolve::rule_text::ALL,
    resolve::rule_msg::ALL,
    resolve::kind::ALL,
    resolve::noun::ALL,
    import::text::ALL,
    import::msg::ALL,
    lsp::text::ALL,
    cli::text::ALL,
    cli::msg::ALL,
    cli::test_text::ALL,
    cli::test::ALL,
    screen::text::ALL,
    screen::msg::ALL,
    report::text::ALL,
    report::msg::ALL,
    diff::text::ALL,
    diff::msg::ALL,
    check::calendar::ALL,
    verify::general_text::ALL,
    verify::general::ALL,
    verify::judge_text::ALL,
    verify::judge::ALL,
    verify::panel_text::ALL,
    verify::panel::ALL,
    verify::window_text::ALL,
    verify::window::ALL,
    verify::action_text::ALL,
    verify::action::ALL,
    verify::weights::ALL,
    verify::direction::ALL,
    case::text::ALL,
    case::msg::ALL,
];
pub mod analysis;
pub mod case;
pub mod check;
pub mod cli;
pub mod diff;
pub mod report;
pub mod screen;
pub mod verify;
