//! Every finding code, stated once: its code, name, stage, family, default
//! severity and whether an error of it stops the run before the lints. Call
//! sites name a [`Code`] (a misspelt one does not compile) and never repeat its
//! severity; the explanation `pasal explain` prints is the code's [`Lint`]
//! entry: below for the compiler's own codes, in its module for each lint
//! (`analysis::explanation` finds it). This module depends on no stage.

use serde::Serialize;
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a run.
    Info,
    /// A likely defect; fails the run only under `--deny warnings`.
    Warning,
    /// A defect; fails the run.
    Error,
}

impl Severity {
    /// The lowercase English name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    /// Parses `info`, `warning` or `error`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// The pipeline stage that raises a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the file: bytes, encoding, size.
    Input,
    /// The grammar.
    Syntax,
    /// Clauses, references, names and types.
    Resolution,
    /// The lints.
    Analysis,
    /// `pasal verify`'s verdicts, reported as findings.
    Verdicts,
}

macro_rules! codes {
    ($($variant:ident = $code:literal, $name:literal, $stage:ident, $family:literal, $severity:ident, $stops:literal;)*) => {
        /// A finding code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(
                #[doc = concat!("`", $code, "` ", $name)]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in the order `pasal explain` lists them.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable code, e.g. `PSL101`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code),* }
            }

            /// The short kebab-case name, e.g. `duplicate-number`.
            pub const fn name(self) -> &'static str {
                match self { $(Code::$variant => $name),* }
            }

            /// The stage that raises it.
            pub const fn stage(self) -> Stage {
                match self { $(Code::$variant => Stage::$stage),* }
            }

            /// Its family: input, syntax, resolution, references, numbering,
            /// satisfiability, conflicts, ambiguity, text, acknowledgements, verdicts.
            pub const fn family(self) -> &'static str {
                match self { $(Code::$variant => $family),* }
            }

            /// Its default severity (a `pasal.toml` may change it).
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),* }
            }

            /// True when an error of this code means the file could not be read
            /// or parsed whole, so the lints do not run on it.
            pub const fn stops(self) -> bool {
                match self { $(Code::$variant => $stops),* }
            }
        }
    };
}

codes! {
    UnreadableFile = "PSL000", "unreadable-file", Input, "input", Error, true;
    SyntaxError = "PSL001", "syntax-error", Syntax, "syntax", Error, true;
    InvalidUtf8 = "PSL002", "invalid-utf8", Input, "input", Error, true;
    ByteOrderMark = "PSL003", "byte-order-mark", Input, "input", Error, true;
    CrlfLineEnds = "PSL004", "crlf-line-ends", Input, "input", Error, true;
    EmptyFile = "PSL005", "empty-file", Input, "input", Error, true;
    FileTooLarge = "PSL006", "file-too-large", Input, "input", Error, true;
    NestingTooDeep = "PSL007", "nesting-too-deep", Syntax, "syntax", Error, true;
    UnclosedString = "PSL008", "unclosed-string", Syntax, "syntax", Error, true;
    NotAPeraturan = "PSL009", "not-a-peraturan", Input, "input", Error, true;
    UnplacedText = "PSL011", "unplaced-text", Input, "input", Warning, false;
    DuplicateNumber = "PSL101", "duplicate-number", Resolution, "resolution", Error, false;
    UnresolvedReference = "PSL102", "unresolved-reference", Resolution, "resolution", Error, false;
    UnknownName = "PSL103", "unknown-name", Resolution, "resolution", Error, false;
    TypeMismatch = "PSL104", "type-mismatch", Resolution, "resolution", Error, false;
    DuplicateDefinition = "PSL105", "duplicate-definition", Resolution, "resolution", Error, false;
    UnknownIdentityField = "PSL106", "unknown-identity-field", Resolution, "resolution", Error, false;
    IncompleteIdentity = "PSL107", "incomplete-identity", Resolution, "resolution", Error, false;
    BaselineUnavailable = "PSL108", "baseline-unavailable", Resolution, "resolution", Error, false;
    InvalidDate = "PSL109", "invalid-date", Resolution, "resolution", Error, false;
    ItemWithoutList = "PSL110", "item-without-list", Resolution, "resolution", Error, false;
    ReadingWithoutRule = "PSL111", "reading-without-rule", Resolution, "resolution", Error, false;
    SelfReference = "PSL201", "self-reference", Analysis, "references", Warning, false;
    ReferenceToWrongKind = "PSL202", "reference-to-wrong-kind", Analysis, "references", Warning, false;
    BackwardRange = "PSL203", "backward-range", Analysis, "references", Warning, false;
    HeadingNumbering = "PSL301", "heading-numbering", Analysis, "numbering", Warning, false;
    PasalNumbering = "PSL302", "pasal-numbering", Analysis, "numbering", Warning, false;
    ItemNumbering = "PSL303", "item-numbering", Analysis, "numbering", Warning, false;
    NonCanonicalRoman = "PSL304", "non-canonical-roman", Analysis, "numbering", Warning, false;
    LabelForm = "PSL305", "label-form", Analysis, "numbering", Warning, false;
    ClauseEnding = "PSL306", "clause-ending", Analysis, "text", Warning, false;
    WeightBands = "PSL401", "weight-bands", Analysis, "satisfiability", Error, false;
    PanelFeasibility = "PSL402", "panel-feasibility", Analysis, "satisfiability", Error, false;
    EmptyInterval = "PSL403", "empty-interval", Analysis, "satisfiability", Error, false;
    ContradictoryPhrase = "PSL404", "contradictory-phrase", Analysis, "satisfiability", Warning, false;
    PanelSizeInfeasible = "PSL405", "panel-size-infeasible", Analysis, "satisfiability", Warning, false;
    PanelSummary = "PSL406", "panel-summary", Analysis, "satisfiability", Info, false;
    WeightsFixed = "PSL407", "weights-fixed", Analysis, "satisfiability", Warning, false;
    ConflictingValues = "PSL501", "conflicting-values", Analysis, "conflicts", Warning, false;
    LaxerThanBaseline = "PSL502", "laxer-than-baseline", Analysis, "conflicts", Error, false;
    CountOrder = "PSL503", "count-order", Analysis, "conflicts", Warning, false;
    ModalityAgainstBaseline = "PSL504", "modality-against-baseline", Analysis, "conflicts", Error, false;
    BaselineSilent = "PSL505", "baseline-silent", Analysis, "conflicts", Info, false;
    UnreachableCondition = "PSL506", "unreachable-condition", Analysis, "conflicts", Warning, false;
    StepOrder = "PSL507", "step-order", Analysis, "conflicts", Warning, false;
    AgeWithoutDate = "PSL601", "age-without-date", Analysis, "ambiguity", Warning, false;
    UnqualifiedDays = "PSL602", "unqualified-days", Analysis, "ambiguity", Warning, false;
    ShareWithoutBase = "PSL603", "share-without-base", Analysis, "ambiguity", Warning, false;
    UndeterminedScope = "PSL604", "undetermined-scope", Analysis, "ambiguity", Warning, false;
    ExtensionUnbounded = "PSL605", "extension-unbounded", Analysis, "gaps", Warning, false;
    OptionalComposition = "PSL606", "optional-composition", Analysis, "gaps", Warning, false;
    StageWithoutWeight = "PSL607", "stage-without-weight", Analysis, "gaps", Warning, false;
    WeightWithoutStage = "PSL608", "weight-without-stage", Analysis, "gaps", Warning, false;
    UncoveredOutcome = "PSL609", "uncovered-outcome", Analysis, "gaps", Warning, false;
    IdleTrigger = "PSL610", "idle-trigger", Analysis, "gaps", Warning, false;
    PeriodWithoutDate = "PSL611", "period-without-date", Analysis, "ambiguity", Warning, false;
    NumberWords = "PSL701", "number-words", Analysis, "text", Error, false;
    ForeignRegion = "PSL702", "foreign-region", Analysis, "text", Warning, false;
    MengingatCitation = "PSL705", "mengingat-citation", Analysis, "text", Warning, false;
    GazetteNumber = "PSL706", "gazette-number", Analysis, "text", Warning, false;
    SignerTitle = "PSL707", "signer-title", Analysis, "text", Warning, false;
    UndefinedAbbreviation = "PSL708", "undefined-abbreviation", Analysis, "terms", Warning, false;
    UnusedTerm = "PSL709", "unused-term", Analysis, "terms", Warning, false;
    ControlCharacter = "PSL710", "control-character", Analysis, "text", Error, false;
    NumberNotEncoded = "PSL711", "number-not-encoded", Analysis, "encoding", Warning, false;
    NumberNotInText = "PSL712", "number-not-in-text", Analysis, "encoding", Warning, false;
    TermBeforeDefinition = "PSL713", "term-before-definition", Analysis, "terms", Warning, false;
    UnusedAcknowledgement = "PSL801", "unused-acknowledgement", Analysis, "acknowledgements", Warning, false;
    RuleViolated = "PSL901", "rule-violated", Verdicts, "verdicts", Error, false;
    RuleUnknown = "PSL902", "rule-unknown", Verdicts, "verdicts", Warning, false;
}

impl Code {
    /// The code written `text` (case-insensitive), e.g. `psl101`.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(text))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A code's documentation: what `pasal explain` prints and SARIF carries.
/// The compiler's own codes have theirs in [`COMPILER`]; each lint has its
/// own in its module (`analysis::lints`).
#[derive(Debug)]
pub struct Lint {
    /// The code (its name, family and severity are in `codes::Code`).
    pub code: Code,
    /// Label at the primary span.
    pub label: crate::messages::Text,
    /// Help, in both languages.
    pub help: crate::messages::Text,
    /// What it checks and why it matters, in both languages.
    pub explain: crate::messages::Text,
    /// A bad example.
    pub bad: &'static str,
    /// A good example.
    pub good: &'static str,
    /// The lint's catalogue groups (its `msg` and `text`), for the test that
    /// every sentence has both languages.
    pub words: &'static [&'static [crate::messages::Entry]],
}

macro_rules! doc {
    ($code:ident, $en:literal, $id:literal, $bad:literal, $good:literal) => {
        Lint {
            code: Code::$code,
            label: crate::messages::Text { en: "", id: "" },
            help: crate::messages::Text { en: "", id: "" },
            explain: crate::messages::Text { en: $en, id: $id },
            bad: $bad,
            good: $good,
            words: &[],
        }
    };
}

/// The explanations of the compiler's own codes (input, syntax,
/// resolution, verdicts); each lint's is in its module.
pub const COMPILER: &[Lint] = &[
    doc!(UnreadableFile, "The file could not be read (missing, a folder, no permission).", "Berkas tidak dapat dibaca (tidak ada, berupa folder, atau tanpa izin).", "pasal check policies/tidak-ada.pasal", "pasal check policies/kota-pagar-alam-2021-25.pasal"),
    doc!(SyntaxError, "A unit (identity, heading, Pasal …) does not follow the grammar. Each unit is parsed on its own, so every unit with an error is reported; the message says what was found and what was expected there.", "Satu unit (identitas, judul, Pasal …) tidak sesuai tata bahasa. Setiap unit diurai sendiri-sendiri, sehingga setiap unit yang salah dilaporkan; pesannya menyebut apa yang ditemukan dan apa yang diharapkan.", "huruf a \"sehat;\" => syarot sehat", "huruf a \"sehat;\" => syarat sehat"),
    doc!(InvalidUtf8, "The file is not valid UTF-8. Text pasted from PDFs or saved in a Windows code page often is not; the compiler will not guess the encoding of the law's text.", "Berkas bukan UTF-8 yang sah. Teks yang ditempel dari PDF atau disimpan dengan halaman kode Windows sering tidak; kompilator tidak menebak pengodean teks hukum.", "(bytes 0xFF 0xFE inside a string)", "(the same text saved as UTF-8)"),
    doc!(ByteOrderMark, "The file starts with a byte order mark. It is invisible in editors and breaks byte-exact comparison of policies.", "Berkas diawali tanda urutan bita (BOM). Tanda itu tidak terlihat di penyunting dan merusak perbandingan persis antarkebijakan.", "\\u{FEFF}peraturan {", "peraturan {"),
    doc!(CrlfLineEnds, "The file has CRLF (Windows) line ends. Policies use LF so that diffs and reviews show only real changes.", "Berkas memakai akhir baris CRLF (Windows). Kebijakan memakai LF agar perbandingan dan telaah hanya menampilkan perubahan nyata.", "pasal 1 \"…\"\\r\\n", "pasal 1 \"…\"\\n"),
    doc!(EmptyFile, "The file holds nothing but white space.", "Berkas hanya berisi spasi.", "", "peraturan { … }"),
    doc!(FileTooLarge, "The file is larger than 8 MB. A whole peraturan is a few hundred kilobytes; a larger file is almost certainly not a policy.", "Berkas lebih besar dari 8 MB. Satu peraturan utuh hanya beberapa ratus kilobita; berkas sebesar itu hampir pasti bukan kebijakan.", "(a 50 MB log file)", "policies/kota-pagar-alam-2021-25.pasal"),
    doc!(NestingTooDeep, "Braces nest deeper than 48 levels. Clauses nest a few levels (Pasal, ayat, huruf, angka, and a nested huruf or angka); deeper nesting is an unclosed `{`.", "Kurung kurawal bersarang lebih dari 48 tingkat. Ketentuan hanya bersarang beberapa tingkat (Pasal, ayat, huruf, angka); sarang yang lebih dalam berarti ada `{` yang tidak ditutup.", "pasal 1 { ayat (1) { huruf a { { { …", "pasal 1 { ayat (1) { huruf a \"…\" } }"),
    doc!(UnclosedString, "A string opened with `\"` does not close before the next unit. Write a quote inside the law's text as `\\\"`.", "String yang dibuka dengan `\"` tidak ditutup sebelum unit berikutnya. Tulis tanda petik di dalam teks sebagai `\\\"`.", "pasal 1 \"Teks yang tidak ditutup", "pasal 1 \"Teks yang ditutup.\""),
    doc!(NotAPeraturan, "A draft given to `pasal import` or `pasal check` (text or Markdown) cannot be read as a peraturan: it is empty, not UTF-8 text, a PDF or Word file that must be converted first, or it has no `Pasal` heading at all.", "Naskah yang diberikan kepada `pasal import` atau `pasal check` (teks atau Markdown) tidak dapat dibaca sebagai peraturan: kosong, bukan teks UTF-8, berkas PDF atau Word yang harus diubah dahulu, atau tidak memuat judul `Pasal` sama sekali.", "pasal check rancangan.pdf", "pdftotext -layout rancangan.pdf rancangan.txt && pasal check rancangan.txt"),
    doc!(UnplacedText, "A line of an imported draft could not be placed in the peraturan's structure (identity, opening, BAB, Pasal, ayat, huruf, angka, closing): a label or heading written in a way the import does not recognise, text outside the peraturan, or a repeated copy of the text. The line is kept as a comment in the imported policy; check it by hand.", "Satu baris naskah yang diimpor tidak dapat ditempatkan dalam struktur peraturan (identitas, pembukaan, BAB, Pasal, ayat, huruf, angka, penutup): label atau judul yang ditulis dengan cara yang tidak dikenali, teks di luar peraturan, atau salinan teks yang berulang. Baris itu disimpan sebagai komentar dalam kebijakan hasil impor; periksa secara manual.", "Pasal 5\n(1) ...\n[catatan rapat: dibahas ulang]", "Pasal 5\n(1) ..."),
    doc!(DuplicateNumber, "A Pasal, ayat, huruf or angka number is used twice where numbers must be unique. Every citation of that number becomes ambiguous; the compiler cites the duplicates with their heading (`Pasal 25 (BAB V)`).", "Nomor Pasal, ayat, huruf, atau angka dipakai dua kali padahal harus unik. Setiap sebutan nomor itu menjadi bermakna ganda; kompilator menyebut duplikatnya dengan judulnya (`Pasal 25 (BAB V)`).", "pasal 25 \"…\"\npasal 25 \"…\"", "pasal 25 \"…\"\npasal 26 \"…\""),
    doc!(UnresolvedReference, "A cross-reference — written with `rujuk`/`dasar`, or in the clause text as \"sebagaimana dimaksud dalam Pasal … / pada ayat …\" — names a clause that does not exist. The rule it imports is then undefined.", "Rujukan silang — ditulis dengan `rujuk`/`dasar`, atau dalam teks sebagai \"sebagaimana dimaksud dalam Pasal … / pada ayat …\" — menyebut ketentuan yang tidak ada. Aturan yang dirujuknya menjadi tidak terdefinisi.", "\"kriteria sebagaimana dimaksud dalam Pasal 11 ayat (1)\"   // Pasal 11 has no ayat", "\"kriteria sebagaimana dimaksud dalam Pasal 8\""),
    doc!(UnknownName, "A name the language does not know: a fact not declared with `fakta`, a level, mechanism, event, jenjang, panel category or role, eselon, golongan or list.", "Nama yang tidak dikenal: fakta yang tidak dinyatakan dengan `fakta`, jenjang, mekanisme, peristiwa, unsur atau peran pansel, eselon, golongan, atau daftar.", "syarat rekam_jejak_baik   // never declared", "fakta rekam_jejak_baik\nsyarat rekam_jejak_baik"),
    doc!(TypeMismatch, "A value of the wrong kind: a percent where years are expected, a duration where a count is expected, a comparison on a yes/no fact.", "Nilai yang jenisnya salah: persen padahal yang diharapkan tahun, jangka waktu padahal yang diharapkan jumlah, perbandingan pada fakta ya/tidak.", "syarat usia paling tinggi 45%", "syarat usia paling tinggi 56 tahun pada pengangkatan"),
    doc!(DuplicateDefinition, "A fact or post class is defined twice, a built-in fact is redefined, or the file has two identity blocks.", "Fakta atau kelas jabatan didefinisikan dua kali, fakta bawaan didefinisikan ulang, atau berkas mempunyai dua blok identitas.", "fakta sehat", "syarat sehat"),
    doc!(UnknownIdentityField, "The identity block has a field the language does not know, or an unknown kind of regulation or region.", "Blok identitas memuat isian yang tidak dikenal, atau jenis peraturan atau daerah yang tidak dikenal.", "nomer 25", "nomor 25"),
    doc!(IncompleteIdentity, "The identity block lacks `jenis`, `nomor`, `tahun` or `tentang`: a peraturan cannot be cited without them.", "Blok identitas tidak memuat `jenis`, `nomor`, `tahun`, atau `tentang`: peraturan tidak dapat disebut tanpanya.", "peraturan { jenis peraturan_walikota }", "peraturan { jenis peraturan_walikota nomor 25 tahun 2021 tentang \"…\" }"),
    doc!(BaselineUnavailable, "A baseline named by `mengikuti` cannot be read, or has errors of its own; rules cannot be compared with national law.", "Baseline yang disebut `mengikuti` tidak dapat dibaca atau mempunyai kesalahan sendiri; aturan tidak dapat dibandingkan dengan hukum nasional.", "mengikuti \"nasional/pp-11-2071.pasal\"", "mengikuti \"nasional/pp-11-2017.pasal\""),
    doc!(InvalidDate, "A date that is not on the calendar (2023-02-30, month 13).", "Tanggal yang tidak ada dalam kalender (2023-02-30, bulan 13).", "ditetapkan di \"Tarakan\" tanggal 2023-02-30 oleh \"WALI KOTA TARAKAN\"", "ditetapkan di \"Tarakan\" tanggal 2023-05-17 oleh \"WALI KOTA TARAKAN\""),
    doc!(ItemWithoutList, "A `butir` list item has no `daftar` above it to belong to.", "`butir` tidak mempunyai `daftar` di atasnya.", "huruf a \"…\" => butir nama_jabatan", "ayat (2) \"… harus memuat:\" { daftar isi_pengumuman lengkap  huruf a \"…\" => butir nama_jabatan }"),
    doc!(ReadingWithoutRule, "An `akui … dibaca RULE` reading replaces, for `pasal verify`, the rules of its clause that govern the same thing (same kind and subject: a panel's share of one origin, a window between two events, an action …). This reading matches no rule of its clause, so it would change nothing: put the `akui` in the clause whose rule it reads, or write the reading about the same subject.", "Bacaan `akui … dibaca ATURAN` menggantikan, bagi `pasal verify`, aturan pada ketentuannya yang mengatur hal yang sama (jenis dan pokok yang sama). Bacaan ini tidak cocok dengan aturan mana pun pada ketentuannya, sehingga tidak mengubah apa pun: letakkan `akui` pada ketentuan yang aturannya dibaca, atau tulis bacaan tentang pokok yang sama.", "huruf b \"…\" { akui PSL403 \"…\" dibaca syarat usia paling tinggi 56 tahun  syarat masa_jabatan … }", "huruf b \"…\" { akui PSL403 \"…\" dibaca syarat masa_jabatan paling lama 5 tahun  syarat masa_jabatan … }"),
    doc!(RuleViolated, "A verdict of `pasal verify` in SARIF or GitHub output: the case breaks the rule at this clause. The message says what the rule requires, the explanation why the case breaks it, and the facts used.", "Putusan `pasal verify` dalam keluaran SARIF atau GitHub: keadaan itu melanggar aturan pada ketentuan ini. Pesannya menyebut apa yang diwajibkan aturan, penjelasan mengapa dilanggar, dan fakta yang dipakai.", "usia 57 tahun pada tanggal pengangkatan, batas paling tinggi 56 tahun", "usia 56 tahun pada tanggal pengangkatan"),
    doc!(RuleUnknown, "A verdict of `pasal verify` in SARIF or GitHub output: a fact needed to judge the rule is missing from the case, so the rule is neither satisfied nor violated. Add the fact to the case.", "Putusan `pasal verify` dalam keluaran SARIF atau GitHub: fakta yang diperlukan untuk menilai aturan tidak ada dalam kasus, sehingga aturan itu tidak dapat dinyatakan dipenuhi atau dilanggar. Tambahkan fakta itu ke kasus.", "a candidate with no birth date, judged against an age limit", "the same candidate with `birth_date`"),
];
