//! Syntax errors: pest's failures turned into messages that say what was
//! found, what was expected there and, for a misspelt keyword, what was meant,
//! in English and Indonesian.

use super::grammar::Rule;
use super::pack::Packed;
use crate::messages::syntax::{msg, text};
use crate::messages::Message;
use crate::source::Span;

/// A syntax error in one unit.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// Where (absolute in the file).
    pub span: Span,
    /// What went wrong.
    pub message: Message,
    /// What the parser expected there.
    pub expected: Vec<String>,
}

pub(super) fn convert_error(
    e: pest::error::Error<Rule>,
    packed: &Packed,
    text: &str,
    offset: usize,
) -> SyntaxError {
    let rule_pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    // Keywords are silent, so pest's rules stop at the start of the rule that
    // failed; the words it tried further on (`paling tingi`: `rendah`, `tinggi`,
    // …) are in its detailed record.
    if let Some(words) = e
        .parse_attempts()
        .filter(|a| a.max_position > rule_pos)
        .map(|a| (a.max_position, expected_words(&a.expected_tokens())))
        .filter(|(_, w)| !w.is_empty())
    {
        return describe_error(
            packed.original(words.0),
            words.1.clone(),
            vec![],
            words.1,
            vec![],
            text,
            offset,
        );
    }
    let pos = packed.original(rule_pos);
    let (expected, unexpected) = named(&e.variant, describe);
    let (expected_id, unexpected_id) = named(&e.variant, describe_id);
    describe_error(
        pos,
        expected,
        unexpected,
        expected_id,
        unexpected_id,
        text,
        offset,
    )
}

/// What pest expected and what it did not allow there, each rule named by
/// `name` (in one language).
fn named(
    variant: &pest::error::ErrorVariant<Rule>,
    name: fn(Rule) -> Option<String>,
) -> (Vec<String>, Vec<String>) {
    match variant {
        pest::error::ErrorVariant::ParsingError {
            positives,
            negatives,
        } => (
            dedup(positives.iter().filter_map(|r| name(*r)).collect()),
            negatives.iter().filter_map(|r| name(*r)).collect(),
        ),
        pest::error::ErrorVariant::CustomError { message } => (vec![message.clone()], vec![]),
    }
}

/// The literal words pest tried, as an error message lists them (pest does
/// not name its token type; its `Display` is the literal itself).
fn expected_words<T: std::fmt::Display>(tokens: &[T]) -> Vec<String> {
    let words = tokens.iter().map(T::to_string).filter_map(|t| {
        let is_literal = !t.trim().is_empty() && t != "BUILTIN_RULE" && !t.contains("..");
        is_literal.then(|| format!("`{}`", t.trim_end()))
    });
    dedup(words.collect())
}

/// A syntax error at `pos` (in the unit's original text) with what was
/// expected there, in English and Indonesian.
fn describe_error(
    pos: usize,
    expected: Vec<String>,
    unexpected: Vec<String>,
    expected_id: Vec<String>,
    unexpected_id: Vec<String>,
    text: &str,
    offset: usize,
) -> SyntaxError {
    let mut pos = pos;
    let mut at_end = false;
    if text.get(pos..).unwrap_or("").trim().is_empty() {
        // Point at the last thing written, not at the start of the next unit.
        pos = text.trim_end().len().saturating_sub(1);
        at_end = true;
    }
    let rest = text.get(pos..).unwrap_or("");
    let word: String = if rest.starts_with('"') {
        "\"".into()
    } else {
        rest.chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, '{' | '}' | '(' | ')' | '"'))
            .take(40)
            .collect()
    };
    let len = if at_end {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        word.len().max(1).min(rest.len().max(1))
    };
    let found = if at_end {
        Message::from(text::END_OF_UNIT)
    } else if word.is_empty() {
        Message::quoted(format!("`{}`", rest.chars().next().unwrap_or(' ')))
    } else {
        Message::quoted(format!("`{word}`"))
    };
    let at_line_start =
        pos > 0 && !rest.starts_with('}') && text.get(..pos).is_some_and(|b| b.ends_with('\n'));
    let suggestion = if word.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        closest_keyword(&word)
    } else {
        None
    };
    let message = if at_end && expected.iter().any(|e| e.contains("`}`")) {
        text::UNCLOSED_BRACE.into()
    } else if at_line_start {
        msg::at_column_one(found)
    } else if (word == "ayat" && !rest.get(4..).unwrap_or("").trim_start().starts_with('('))
        || (expected.iter().any(|e| e == "`(`")
            && text
                .get(..pos)
                .is_some_and(|b| b.trim_end().ends_with("ayat")))
    {
        text::AYAT_PARENTHESES.into()
    } else if let Some(kw) = suggestion {
        msg::did_you_mean(&word, kw)
    } else if !unexpected.is_empty() {
        msg::not_allowed(
            found,
            Message {
                en: unexpected.join(", "),
                id: unexpected_id.join(", "),
            },
        )
    } else if expected.is_empty() {
        msg::unexpected(found)
    } else {
        msg::expected(
            found,
            Message {
                en: join_or(&expected),
                id: join_or_id(&expected_id),
            },
        )
    };
    SyntaxError {
        span: Span::new(
            offset + pos,
            offset + pos + len.min(text.len().saturating_sub(pos)),
        ),
        message,
        expected,
    }
}

/// Words a user may misspell, for "did you mean" hints.
const KEYWORDS: &[&str] = &[
    "syarat",
    "pansel",
    "waktu",
    "perpanjangan",
    "bobot",
    "jumlah",
    "durasi",
    "daftar",
    "butir",
    "jabatan",
    "fakta",
    "istilah",
    "wajib",
    "dapat",
    "dilarang",
    "untuk",
    "melalui",
    "jika",
    "kecuali",
    "dasar",
    "rujuk",
    "akui",
    "ayat",
    "huruf",
    "angka",
    "pasal",
    "paling",
    "sebelum",
    "setelah",
    "tepat",
    "ganjil",
    "porsi",
    "anggota",
    "peran",
    "unsur",
    "kedudukan",
    "lengkap",
    "terbuka",
    "berurutan",
    "pilihan",
];

fn closest_keyword(word: &str) -> Option<&'static str> {
    if word.len() < 3 || KEYWORDS.contains(&word) {
        return None;
    }
    KEYWORDS
        .iter()
        .map(|k| (crate::words::edit_distance(word, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len() / 2 + 1)
        .min()
        .map(|(_, k)| k)
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    v.retain(|s| seen.insert(s.clone()));
    v
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

fn join_or_id(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} atau {}", init.join(", "), last),
    }
}

/// The Indonesian name for a grammar rule, as [`describe`] gives the English.
fn describe_id(r: Rule) -> Option<String> {
    let s = match r {
        Rule::string => "string `\"…\"`",
        Rule::ident => "nama",
        Rule::int | Rule::decimal => "angka",
        Rule::date => "tanggal `YYYY-MM-DD`",
        Rule::letter => "huruf",
        Rule::pasal_no => "nomor Pasal",
        Rule::roman | Rule::heading_no | Rule::ordinal => "nomor judul",
        Rule::heading | Rule::heading_kind => "judul (`bab`, `bagian`, `paragraf`)",
        Rule::identity_field => "isian identitas",
        Rule::clause | Rule::clause_head => "ketentuan (`ayat (n)`, `huruf x`, `angka n`)",
        Rule::item => "ketentuan, aturan, string atau `}`",
        Rule::rule | Rule::rule_body => "aturan",
        Rule::modality => "`wajib`, `dapat` atau `dilarang`",
        Rule::scope => "lingkup (`untuk …` / `melalui …`)",
        Rule::bound | Rule::comparator => "pembanding (`paling sedikit`, `paling banyak`, …)",
        Rule::value => "nilai",
        Rule::quantity => "besaran",
        Rule::qunit => "satuan (`tahun`, `bulan`, `hari kalender`, `%`, …)",
        Rule::expr | Rule::atom | Rule::and_expr | Rule::not_expr => "syarat",
        Rule::comparison => "perbandingan",
        Rule::fact_ref => "nama fakta",
        Rule::panel_constraint => {
            "ketentuan panitia (`jumlah`, `porsi`, `anggota`, `peran`, `unsur`, `kedudukan`)"
        }
        Rule::list_kind => "`lengkap`, `terbuka`, `berurutan` atau `pilihan`",
        Rule::direction => "`sebelum` atau `setelah`",
        Rule::citation | Rule::cite_pasal | Rule::cite_part => "rujukan (`Pasal 5 ayat (1)`)",
        Rule::eselon_lit => "eselon (`II.a`)",
        Rule::golongan => "golongan (`IV/a`)",
        Rule::education => "jenjang pendidikan (`S1`)",
        Rule::lint_code => "kode lint",
        Rule::EOI => "akhir unit",
        _ => return describe(r),
    };
    Some(s.to_string())
}

/// A user-facing name for a grammar rule, or None for rules not worth naming.
fn describe(r: Rule) -> Option<String> {
    let s = match r {
        Rule::string => "a string `\"…\"`",
        Rule::ident => "a name",
        Rule::int | Rule::decimal => "a number",
        Rule::date => "a date `YYYY-MM-DD`",
        Rule::letter => "a letter",
        Rule::pasal_no => "a Pasal number",
        Rule::roman | Rule::heading_no | Rule::ordinal => "a heading number",
        Rule::identity => "`peraturan`",
        Rule::menimbang => "`menimbang`",
        Rule::mengingat => "`mengingat`",
        Rule::memutuskan => "`memutuskan`",
        Rule::heading | Rule::heading_kind => "a heading (`bab`, `bagian`, `paragraf`)",
        Rule::pasal => "`pasal`",
        Rule::penutup => "`penutup`",
        Rule::identity_field => "an identity field",
        Rule::clause | Rule::clause_head => "a clause (`ayat (n)`, `huruf x`, `angka n`)",
        Rule::item => "a clause, a rule, a string or `}`",
        Rule::rule | Rule::rule_body => "a rule",
        Rule::modality => "`wajib`, `dapat` or `dilarang`",
        Rule::scope => "a scope (`untuk …` / `melalui …`)",
        Rule::condition => "`jika`",
        Rule::exception => "`kecuali`",
        Rule::basis => "`dasar`",
        Rule::body => "`{`",
        Rule::arrow_rules => "`=>`",
        Rule::bound | Rule::comparator => "a comparator (`paling sedikit`, `paling banyak`, …)",
        Rule::value => "a value",
        Rule::quantity => "a quantity",
        Rule::qunit => "a unit (`tahun`, `bulan`, `hari kalender`, `%`, …)",
        Rule::expr | Rule::atom | Rule::and_expr | Rule::not_expr => "a condition",
        Rule::comparison => "a comparison",
        Rule::fact_ref => "a fact name",
        Rule::panel_constraint => {
            "a panel constraint (`jumlah`, `porsi`, `anggota`, `peran`, `unsur`, `kedudukan`)"
        }
        Rule::list_kind => "`lengkap`, `terbuka`, `berurutan` or `pilihan`",
        Rule::direction => "`sebelum` or `setelah`",
        Rule::citation | Rule::cite_pasal | Rule::cite_part => "a citation (`Pasal 5 ayat (1)`)",
        Rule::eselon_lit => "an eselon (`II.a`)",
        Rule::golongan => "a golongan (`IV/a`)",
        Rule::education => "an education level (`S1`)",
        Rule::lint_code => "a lint code",
        Rule::range => "`sampai dengan`",
        Rule::EOI => "the end of the unit",
        // Keywords are silent and never named by pest; other rules are not
        // worth naming.
        _ => return None,
    };
    Some(s.to_string())
}
