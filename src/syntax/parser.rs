//! pest grammar (`grammar/pasal.pest`) → [`ast`](super::ast), one unit at a time.

use super::ast::*;
use crate::source::Span;
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/pasal.pest"]
struct PestParser;

/// The grammar's rule names, for error messages.
pub use self::Rule as GrammarRule;

/// A syntax error in one unit.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// Where (absolute in the file).
    pub span: Span,
    /// What went wrong.
    pub message: String,
    /// What went wrong, in Indonesian.
    pub message_id: String,
    /// What the parser expected there.
    pub expected: Vec<String>,
}

/// Parses one unit whose text starts at byte `offset` of the file.
pub fn parse_unit(text: &str, offset: usize) -> Result<Unit, SyntaxError> {
    let packed = Packed::new(text);
    let mut pairs = PestParser::parse(Rule::unit, &packed.text)
        .map_err(|_| convert_error(parse_in_detail(&packed.text), &packed, text, offset))?;
    let unit = pairs
        .next()
        .and_then(|p| p.into_inner().find(|p| p.as_rule() != Rule::EOI))
        .ok_or_else(|| SyntaxError {
            span: Span::new(offset, offset + text.len()),
            message: "empty unit".into(),
            message_id: "unit kosong".into(),
            expected: vec![],
        })?;
    let b = Builder {
        offset,
        packed: &packed,
        original: text,
    };
    Ok(b.unit(unit))
}

/// Parses a unit that failed again, with pest's record of the literal words it
/// tried (off for the first parse: it costs time). The record is switched on
/// for the whole process, so these parses take turns.
fn parse_in_detail(text: &str) -> pest::error::Error<Rule> {
    static DETAIL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = DETAIL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    pest::set_error_detail(true);
    let result = PestParser::parse(Rule::unit, text);
    pest::set_error_detail(false);
    match result {
        Err(e) => e,
        // Cannot happen (the same text failed a moment ago); report the whole unit.
        Ok(_) => pest::error::Error::new_from_pos(
            pest::error::ErrorVariant::CustomError {
                message: "this unit could not be parsed".into(),
            },
            pest::Position::from_start(text),
        ),
    }
}

/// A unit's text as pest sees it, with the map back to positions in the
/// original:
/// - the content of every string literal is replaced by its index
///   (`"lima belas …"` → `"3"`), so that pest does not walk the law's text
///   character by character;
/// - each run of blanks and `//` comments becomes one space;
/// - every word is followed by a space (one is inserted before `(`, `"`, `{`,
///   `}`, `)`, `,`, `:`, `|`, `=` and at the end), so that a keyword is matched
///   as the word and the space after it (`"syarat "`) and never as the front of
///   a longer word.
struct Packed {
    text: String,
    /// Byte range of each string literal's content in the original.
    strings: Vec<(usize, usize)>,
    /// Points where packed and original positions are known to match: (packed, original).
    map: Vec<(usize, usize)>,
}

/// The end of the run of blanks and `//` comments starting at `i` (`i` itself
/// when none starts there).
fn blank_run_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t' | b'\r' | b'\n') => i += 1,
            Some(b'/') if bytes.get(i + 1) == Some(&b'/') => {
                while bytes.get(i).is_some_and(|c| *c != b'\n') {
                    i += 1;
                }
            }
            _ => return i,
        }
    }
}

impl Packed {
    fn new(original: &str) -> Packed {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len() / 4);
        let mut strings = Vec::new();
        let mut map = vec![(0, 0)];
        let (mut i, mut copied) = (0, 0);
        while let Some(&b) = bytes.get(i) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' | b'/' => {
                    // A run of blanks and comments becomes one space, so that
                    // pest matches it with one call and never sees a comment.
                    let run_end = blank_run_end(bytes, i);
                    if run_end == i {
                        i += 1; // a lone '/': left for pest to report
                        continue;
                    }
                    if run_end == i + 1 && b == b' ' {
                        i = run_end;
                        continue;
                    }
                    text.push_str(original.get(copied..i).unwrap_or(""));
                    text.push(' ');
                    map.push((text.len(), run_end));
                    copied = run_end;
                    i = run_end;
                }
                b'"' => {
                    let mut j = i + 1;
                    while let Some(&c) = bytes.get(j) {
                        match c {
                            b'\\' => j += 2,
                            b'"' => break,
                            _ => j += 1,
                        }
                    }
                    if j >= bytes.len() {
                        break; // unclosed: leave the rest to pest's error
                    }
                    text.push_str(original.get(copied..=i).unwrap_or(""));
                    text.push_str(&strings.len().to_string());
                    strings.push((i + 1, j));
                    map.push((text.len(), j));
                    text.push('"');
                    copied = j + 1;
                    map.push((text.len(), copied));
                    i = j + 1;
                }
                _ => {
                    i += 1;
                    // Every word is followed by a space, so that the grammar's
                    // keywords (`"syarat "`) match whole words only.
                    if (b.is_ascii_alphanumeric() || b == b'_')
                        && bytes.get(i).is_none_or(|n| {
                            matches!(
                                n,
                                b'(' | b')' | b'{' | b'}' | b'"' | b',' | b':' | b'|' | b'='
                            )
                        })
                    {
                        text.push_str(original.get(copied..i).unwrap_or(""));
                        text.push(' ');
                        map.push((text.len(), i));
                        copied = i;
                    }
                }
            }
        }
        text.push_str(original.get(copied..).unwrap_or(""));
        Packed { text, strings, map }
    }

    /// The original position of a packed position.
    fn original(&self, pos: usize) -> usize {
        let at = self.map.partition_point(|(p, _)| *p <= pos);
        match at.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some((p, o)) => o + (pos - p),
            None => pos,
        }
    }
}

fn convert_error(
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
    let (expected, unexpected) = match &e.variant {
        pest::error::ErrorVariant::ParsingError {
            positives,
            negatives,
        } => (
            dedup(positives.iter().filter_map(|r| describe(*r)).collect()),
            negatives
                .iter()
                .filter_map(|r| describe(*r))
                .collect::<Vec<_>>(),
        ),
        pest::error::ErrorVariant::CustomError { message } => (vec![message.clone()], vec![]),
    };
    let (expected_id, unexpected_id) = match &e.variant {
        pest::error::ErrorVariant::ParsingError {
            positives,
            negatives,
        } => (
            dedup(positives.iter().filter_map(|r| describe_id(*r)).collect()),
            negatives
                .iter()
                .filter_map(|r| describe_id(*r))
                .collect::<Vec<_>>(),
        ),
        pest::error::ErrorVariant::CustomError { message } => (vec![message.clone()], vec![]),
    };
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
        "the end of the unit".to_string()
    } else if word.is_empty() {
        format!("`{}`", rest.chars().next().unwrap_or(' '))
    } else {
        format!("`{word}`")
    };
    let found_id = if at_end {
        "akhir unit".to_string()
    } else {
        found.clone()
    };
    let at_line_start =
        pos > 0 && !rest.starts_with('}') && text.get(..pos).is_some_and(|b| b.ends_with('\n'));
    let suggestion = if word.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        closest_keyword(&word)
    } else {
        None
    };
    let (message, message_id) = if at_end && expected.iter().any(|e| e.contains("`}`")) {
        (
            "the unit ends before its `{` is closed".to_string(),
            "unit berakhir sebelum `{`-nya ditutup".to_string(),
        )
    } else if at_line_start {
        (
            format!("unexpected {found} at column 1: a line at column 1 must start a unit (`pasal`, `bab`, `bagian`, `paragraf`, …); indent everything else"),
            format!("{found_id} tidak terduga di kolom 1: baris yang dimulai di kolom 1 harus membuka unit (`pasal`, `bab`, `bagian`, `paragraf`, …); beri indentasi pada baris lainnya"),
        )
    } else if (word == "ayat" && !rest.get(4..).unwrap_or("").trim_start().starts_with('('))
        || (expected.iter().any(|e| e == "`(`")
            && text
                .get(..pos)
                .is_some_and(|b| b.trim_end().ends_with("ayat")))
    {
        (
            "`ayat` takes its number in parentheses, as the law writes it: `ayat (2)`".to_string(),
            "nomor `ayat` ditulis di dalam tanda kurung, seperti dalam peraturan: `ayat (2)`"
                .to_string(),
        )
    } else if let Some(kw) = suggestion {
        (
            format!("unknown keyword `{word}`; did you mean `{kw}`?"),
            format!("kata kunci `{word}` tidak dikenal; maksudnya `{kw}`?"),
        )
    } else if !unexpected.is_empty() {
        (
            format!(
                "unexpected {found}: {} is not allowed here",
                unexpected.join(", ")
            ),
            format!(
                "{found_id} tidak terduga: {} tidak boleh ada di sini",
                unexpected_id.join(", ")
            ),
        )
    } else if expected.is_empty() {
        (
            format!("unexpected {found}"),
            format!("{found_id} tidak terduga"),
        )
    } else {
        (
            format!("unexpected {found}, expected {}", join_or(&expected)),
            format!(
                "{found_id} tidak terduga, seharusnya {}",
                join_or_id(&expected_id)
            ),
        )
    };
    SyntaxError {
        span: Span::new(
            offset + pos,
            offset + pos + len.min(text.len().saturating_sub(pos)),
        ),
        message,
        message_id,
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
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len() / 2 + 1)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            cur.push(sub.min(del).min(ins));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
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
        _ => {
            let name = format!("{r:?}");
            if let Some(kw) = name.strip_prefix("K_") {
                return Some(format!("`{}`", kw.to_lowercase()));
            }
            return None;
        }
    };
    Some(s.to_string())
}

/// Unescapes a string literal and folds each line break and the indentation
/// after it into one space.
pub fn fold_string(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find(['\\', '\r', '\n']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let mut chars = from.chars();
        match chars.next() {
            Some('\\') => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            Some('\n') => {
                out.truncate(out.trim_end_matches([' ', '\t']).len());
                chars = chars.as_str().trim_start_matches([' ', '\t', '\r']).chars();
                if !out.is_empty() {
                    out.push(' ');
                }
            }
            _ => {} // '\r'
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out
}

struct Builder<'a> {
    offset: usize,
    packed: &'a Packed,
    original: &'a str,
}

/// The children of a pair (keywords are silent: they have no pairs).
fn kids(p: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    p.into_inner()
}

impl Builder<'_> {
    /// The pair's span in the file, without the trailing whitespace pest
    /// includes when an optional part after it did not match.
    fn span(&self, p: &Pair<'_, Rule>) -> Span {
        let s = p.as_span();
        let len = p.as_str().trim_end().len();
        Span::new(
            self.packed.original(s.start()) + self.offset,
            self.packed.original(s.start() + len) + self.offset,
        )
    }

    fn ident(&self, p: Pair<'_, Rule>) -> Ident {
        Spanned {
            value: p.as_str().to_string(),
            span: self.span(&p),
        }
    }

    fn raw(&self, p: Pair<'_, Rule>) -> Spanned<String> {
        self.ident(p)
    }

    fn text(&self, p: Pair<'_, Rule>) -> Text {
        let span = self.span(&p);
        let index = p.as_str().trim_matches('"').parse::<usize>().ok();
        let inner = index
            .and_then(|i| self.packed.strings.get(i))
            .and_then(|(a, b)| self.original.get(*a..*b))
            .unwrap_or("");
        Spanned {
            value: fold_string(inner),
            span,
        }
    }

    fn int(&self, p: Pair<'_, Rule>) -> Spanned<u32> {
        Spanned {
            value: p.as_str().parse().unwrap_or(u32::MAX),
            span: self.span(&p),
        }
    }

    fn unit(&self, p: Pair<'_, Rule>) -> Unit {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::identity => Unit::Identity(Identity {
                span,
                fields: kids(p).filter_map(|f| self.field(f)).collect(),
            }),
            Rule::menimbang => Unit::Menimbang(kids(p).map(|i| self.list_item(i)).collect(), span),
            Rule::mengingat => Unit::Mengingat(kids(p).map(|i| self.list_item(i)).collect(), span),
            Rule::memutuskan => {
                Unit::Memutuskan(kids(p).next().map(|s| self.text(s)).unwrap_or(Spanned {
                    value: String::new(),
                    span,
                }))
            }
            Rule::penutup => Unit::Penutup(kids(p).map(|s| self.text(s)).collect(), span),
            Rule::heading => Unit::Heading(self.heading(p)),
            _ => Unit::Pasal(self.clause(p)),
        }
    }

    fn field(&self, p: Pair<'_, Rule>) -> Option<Field> {
        let f = kids(p).next()?;
        let which = f.as_rule();
        let mut it = kids(f.clone());
        let f_span = self.span(&f);
        let empty = || Spanned {
            value: String::new(),
            span: f_span,
        };
        Some(match which {
            Rule::field_jenis => {
                Field::Jenis(it.next().map(|x| self.ident(x)).unwrap_or_else(empty))
            }
            Rule::field_judul => {
                Field::Judul(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_daerah => {
                let kind = it.next().map(|x| self.ident(x)).unwrap_or_else(empty);
                let name = it.next().map(|x| self.text(x)).unwrap_or_else(empty);
                Field::Daerah(kind, name)
            }
            Rule::field_provinsi => {
                Field::Provinsi(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_nomor => Field::Nomor(it.next().map(|x| self.int(x))?),
            Rule::field_tahun => Field::Tahun(it.next().map(|x| self.int(x))?),
            Rule::field_tentang => {
                Field::Tentang(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_singkatan => {
                Field::Singkatan(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_ditetapkan => Field::Ditetapkan(self.signing(it.next()?)),
            Rule::field_diundangkan => Field::Diundangkan(self.signing(it.next()?)),
            Rule::field_berita => {
                Field::Berita(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_kutipan => {
                Field::Kutipan(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_mengikuti => {
                Field::Mengikuti(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            _ => Field::Unknown(it.next().map(|x| self.ident(x)).unwrap_or_else(empty)),
        })
    }

    fn signing(&self, p: Pair<'_, Rule>) -> Signing {
        let span = self.span(&p);
        let empty = || Spanned {
            value: String::new(),
            span,
        };
        let mut it = kids(p);
        let place = it.next().map(|x| self.text(x)).unwrap_or_else(empty);
        let date = it.next().map(|x| self.raw(x)).unwrap_or_else(empty);
        let office = it.next().map(|x| self.text(x)).unwrap_or_else(empty);
        let name = it.next().map(|x| self.text(x));
        Signing {
            place,
            date,
            office,
            name,
        }
    }

    fn list_item(&self, p: Pair<'_, Rule>) -> ListItem {
        let span = self.span(&p);
        let mut kind = ClauseKind::Angka;
        let mut number = Spanned {
            value: String::new(),
            span,
        };
        let mut text = Spanned {
            value: String::new(),
            span,
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_huruf => kind = ClauseKind::Huruf,
                Rule::kw_angka => kind = ClauseKind::Angka,
                Rule::letter | Rule::int => number = self.raw(c),
                Rule::string => text = self.text(c),
                _ => {}
            }
        }
        ListItem { kind, number, text }
    }

    fn heading(&self, p: Pair<'_, Rule>) -> Heading {
        let span = self.span(&p);
        let mut kind = HeadingKind::Bab;
        let mut number = None;
        let mut title = Spanned {
            value: String::new(),
            span,
        };
        let mut scope = None;
        for c in kids(p) {
            match c.as_rule() {
                Rule::heading_kind => {
                    kind = match c.as_str().trim_end() {
                        "bagian" => HeadingKind::Bagian,
                        "paragraf" => HeadingKind::Paragraf,
                        _ => HeadingKind::Bab,
                    }
                }
                Rule::heading_no => number = Some(self.raw(c)),
                Rule::string => title = self.text(c),
                Rule::scope => scope = Some(self.scope(c)),
                _ => {}
            }
        }
        Heading {
            kind,
            number,
            title,
            scope,
            span,
        }
    }

    fn clause(&self, p: Pair<'_, Rule>) -> Clause {
        let span = self.span(&p);
        let is_pasal = p.as_rule() == Rule::pasal;
        let mut kind = ClauseKind::Pasal;
        let mut number = Spanned {
            value: String::new(),
            span,
        };
        let mut scope = None;
        let mut text = None;
        let mut items = Vec::new();
        for c in kids(p) {
            match c.as_rule() {
                Rule::pasal_no => number = self.raw(c),
                Rule::clause_head => {
                    for h in kids(c) {
                        match h.as_rule() {
                            Rule::kw_ayat => kind = ClauseKind::Ayat,
                            Rule::kw_huruf => kind = ClauseKind::Huruf,
                            Rule::kw_angka => kind = ClauseKind::Angka,
                            Rule::int | Rule::letter => number = self.raw(h),
                            _ => {}
                        }
                    }
                }
                Rule::scope => scope = Some(self.scope(c)),
                Rule::string => text = Some(self.text(c)),
                Rule::body => items = kids(c).filter_map(|i| self.item(i)).collect(),
                Rule::arrow_rules => {
                    items = kids(c)
                        .map(|r| Item::Rule(Box::new(self.rule(r))))
                        .collect()
                }
                _ => {}
            }
        }
        if is_pasal {
            kind = ClauseKind::Pasal;
        }
        Clause {
            kind,
            number,
            scope,
            text,
            items,
            span,
        }
    }

    fn item(&self, p: Pair<'_, Rule>) -> Option<Item> {
        let c = kids(p).next()?;
        let span = self.span(&c);
        Some(match c.as_rule() {
            Rule::string => Item::Text(self.text(c)),
            Rule::clause => Item::Clause(self.clause(c)),
            Rule::rule => Item::Rule(Box::new(self.rule(c))),
            Rule::reference => Item::Reference(self.citation(kids(c).next()?)),
            Rule::acknowledgement => {
                let mut it = kids(c);
                let code = self.raw(it.next()?);
                let reason = self.text(it.next()?);
                Item::Acknowledgement(Acknowledgement { code, reason, span })
            }
            _ => return None,
        })
    }

    fn citation(&self, p: Pair<'_, Rule>) -> Citation {
        let span = self.span(&p);
        let mut pasal = None;
        let mut parts = Vec::new();
        for c in kids(p) {
            match c.as_rule() {
                Rule::cite_pasal => pasal = kids(c).next().map(|n| n.as_str().to_string()),
                Rule::cite_part => {
                    let mut kind = ClauseKind::Ayat;
                    for h in kids(c) {
                        match h.as_rule() {
                            Rule::kw_huruf => kind = ClauseKind::Huruf,
                            Rule::kw_angka => kind = ClauseKind::Angka,
                            Rule::int | Rule::letter => parts.push((kind, h.as_str().to_string())),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        Citation { pasal, parts, span }
    }

    fn scope(&self, p: Pair<'_, Rule>) -> Scope {
        let span = self.span(&p);
        let mut s = Scope {
            span,
            ..Scope::default()
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::level_list => s.levels = kids(c).map(|i| self.ident(i)).collect(),
                Rule::eselon_sel => s.eselons = kids(c).map(|i| self.raw(i)).collect(),
                Rule::mech_list => s.mechanisms = kids(c).map(|i| self.ident(i)).collect(),
                _ => {}
            }
        }
        s
    }

    fn rule(&self, p: Pair<'_, Rule>) -> Rule_ {
        let span = self.span(&p);
        let mut modality = None;
        let mut body = None;
        let mut scope = None;
        let mut basis = None;
        let mut condition = None;
        let mut exception = None;
        for c in kids(p) {
            match c.as_rule() {
                Rule::modality => {
                    let m = match c.as_str().trim_end() {
                        "dapat" => Modality::Dapat,
                        "dilarang" => Modality::Dilarang,
                        _ => Modality::Wajib,
                    };
                    modality = Some(Spanned {
                        value: m,
                        span: self.span(&c),
                    });
                }
                Rule::rule_body => body = kids(c).next().map(|b| self.rule_body(b)),
                Rule::action => body = Some(RuleBody::Action(self.action(c))),
                Rule::scope => scope = Some(self.scope(c)),
                Rule::basis => basis = kids(c).next().map(|x| self.citation(x)),
                Rule::condition => condition = kids(c).next().map(|x| self.expr(x)),
                Rule::exception => exception = kids(c).next().map(|x| self.expr(x)),
                _ => {}
            }
        }
        Rule_ {
            modality,
            body: body.unwrap_or(RuleBody::Term(Spanned {
                value: String::new(),
                span,
            })),
            scope,
            basis,
            condition,
            exception,
            span,
        }
    }

    fn bounds<'a>(&self, it: impl Iterator<Item = Pair<'a, Rule>>) -> Vec<Bound> {
        it.filter(|c| matches!(c.as_rule(), Rule::bound | Rule::range))
            .flat_map(|c| {
                if c.as_rule() == Rule::range {
                    let span = self.span(&c);
                    let qs: Vec<_> = kids(c).map(|q| self.quantity(q)).collect();
                    let mk = |cmp, q: &Quantity| Bound {
                        cmp: Spanned { value: cmp, span },
                        value: Value::Quantity(q.clone()),
                        span: q.span,
                    };
                    qs.first()
                        .map(|lo| mk(Comparator::PalingSedikit, lo))
                        .into_iter()
                        .chain(qs.get(1).map(|hi| mk(Comparator::PalingBanyak, hi)))
                        .collect::<Vec<_>>()
                } else {
                    vec![self.bound(c)]
                }
            })
            .collect()
    }

    fn rule_body(&self, p: Pair<'_, Rule>) -> RuleBody {
        let span = self.span(&p);
        let empty = || Spanned {
            value: String::new(),
            span,
        };
        let which = p.as_rule();
        let children: Vec<Pair<'_, Rule>> = kids(p).collect();
        let idents: Vec<Ident> = children
            .iter()
            .filter(|c| c.as_rule() == Rule::ident)
            .map(|c| self.ident(c.clone()))
            .collect();
        let first = || idents.first().cloned().unwrap_or_else(empty);
        let second = || idents.get(1).cloned().unwrap_or_else(empty);
        match which {
            Rule::eligibility => RuleBody::Eligibility(
                children
                    .into_iter()
                    .next()
                    .map(|e| self.expr(e))
                    .unwrap_or(Expr::And(vec![], span)),
            ),
            Rule::panel => {
                let constraint = children
                    .iter()
                    .find(|c| c.as_rule() == Rule::panel_constraint)
                    .and_then(|c| kids(c.clone()).next())
                    .map(|c| self.panel_constraint(c))
                    .unwrap_or(PanelConstraint::Elements(vec![]));
                RuleBody::Panel(first(), constraint)
            }
            Rule::window => {
                let bound = children
                    .iter()
                    .find(|c| c.as_rule() == Rule::bound)
                    .map(|b| self.bound(b.clone()));
                let direction = children
                    .iter()
                    .find(|c| c.as_rule() == Rule::direction)
                    .map(|d| self.direction(d.clone()))
                    .unwrap_or(Spanned {
                        value: Direction::Sebelum,
                        span,
                    });
                RuleBody::Window {
                    event: first(),
                    bound: bound.unwrap_or_else(|| self.empty_bound(span)),
                    direction,
                    anchor: second(),
                }
            }
            Rule::extension => RuleBody::Extension {
                subject: first(),
                times: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::bound)
                    .map(|b| self.bound(b.clone()))
                    .unwrap_or_else(|| self.empty_bound(span)),
                each: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::quantity)
                    .map(|q| self.quantity(q.clone())),
            },
            Rule::weight => RuleBody::Weight {
                set: first(),
                component: second(),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::count => RuleBody::Count {
                subject: first(),
                per: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::per_vac)
                    .and_then(|c| kids(c.clone()).next())
                    .map(|i| self.ident(i)),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::duration => RuleBody::Duration {
                subject: first(),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::list_decl => RuleBody::List {
                name: first(),
                kind: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::list_kind)
                    .map(|k| Spanned {
                        value: match k.as_str().trim_end() {
                            "terbuka" => ListKind::Terbuka,
                            "berurutan" => ListKind::Berurutan,
                            "pilihan" => ListKind::Pilihan,
                            _ => ListKind::Lengkap,
                        },
                        span: self.span(k),
                    })
                    .unwrap_or(Spanned {
                        value: ListKind::Lengkap,
                        span,
                    }),
                items: idents.iter().skip(1).cloned().collect(),
            },
            Rule::list_item_decl => RuleBody::ListItem {
                key: first(),
                list: idents.get(1).cloned(),
            },
            Rule::post_class => RuleBody::PostClass {
                key: first(),
                eselons: children
                    .into_iter()
                    .filter(|c| c.as_rule() == Rule::eselon_lit)
                    .map(|c| self.raw(c))
                    .collect(),
            },
            Rule::fact_decl => RuleBody::Fact(first()),
            _ => RuleBody::Term(first()),
        }
    }

    fn empty_bound(&self, span: Span) -> Bound {
        Bound {
            cmp: Spanned {
                value: Comparator::Tepat,
                span,
            },
            value: Value::Quantity(Quantity {
                number: 0.0,
                unit: None,
                span,
            }),
            span,
        }
    }

    fn direction(&self, p: Pair<'_, Rule>) -> Spanned<Direction> {
        Spanned {
            value: if p.as_str().trim_end() == "setelah" {
                Direction::Setelah
            } else {
                Direction::Sebelum
            },
            span: self.span(&p),
        }
    }

    fn action(&self, p: Pair<'_, Rule>) -> Action {
        let span = self.span(&p);
        let mut action = Action {
            action: Spanned {
                value: String::new(),
                span,
            },
            actor: None,
            party: None,
            channels: vec![],
            timing: None,
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::ident => action.action = self.ident(c),
                Rule::action_part => {
                    let Some(part) = kids(c).next() else { continue };
                    match part.as_rule() {
                        Rule::actor => action.actor = kids(part).next().map(|i| self.ident(i)),
                        Rule::party => {
                            let word = part
                                .as_str()
                                .split_whitespace()
                                .next()
                                .unwrap_or("")
                                .to_string();
                            let pspan = self.span(&part);
                            if let Some(i) = kids(part).next() {
                                action.party = Some((
                                    Spanned {
                                        value: word,
                                        span: pspan,
                                    },
                                    self.ident(i),
                                ));
                            }
                        }
                        Rule::channel => {
                            action.channels = kids(part)
                                .flat_map(|alts| {
                                    kids(alts).map(|i| self.ident(i)).collect::<Vec<_>>()
                                })
                                .collect()
                        }
                        Rule::timing => {
                            let mut it = kids(part);
                            if let (Some(d), Some(e)) = (it.next(), it.next()) {
                                action.timing = Some((self.direction(d), self.ident(e)));
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        action
    }

    fn panel_constraint(&self, p: Pair<'_, Rule>) -> PanelConstraint {
        let which = p.as_rule();
        let children: Vec<Pair<'_, Rule>> = kids(p.clone()).collect();
        let span = self.span(&p);
        let idents: Vec<Ident> = children
            .iter()
            .filter(|c| c.as_rule() == Rule::ident)
            .map(|c| self.ident(c.clone()))
            .collect();
        let alts: Vec<Ident> = children
            .iter()
            .filter(|c| c.as_rule() == Rule::ident_alts)
            .flat_map(|c| kids(c.clone()).map(|i| self.ident(i)).collect::<Vec<_>>())
            .collect();
        let empty = || Spanned {
            value: String::new(),
            span,
        };
        match which {
            Rule::panel_size => PanelConstraint::Size {
                odd: children.iter().any(|c| c.as_rule() == Rule::odd),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::panel_share => PanelConstraint::Share {
                who: idents.first().cloned().unwrap_or_else(empty),
                base: idents.get(1).cloned(),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::panel_members => PanelConstraint::Members {
                who: alts,
                bounds: self.bounds(children.into_iter()),
            },
            Rule::panel_role => PanelConstraint::Role {
                role: idents.first().cloned().unwrap_or_else(empty),
                holders: alts,
            },
            Rule::panel_standing => PanelConstraint::Standing {
                who: idents.first().cloned().unwrap_or_else(empty),
                bound: children
                    .into_iter()
                    .find(|c| c.as_rule() == Rule::bound)
                    .map(|b| self.bound(b))
                    .unwrap_or_else(|| self.empty_bound(span)),
            },
            _ => PanelConstraint::Elements(idents),
        }
    }

    fn expr(&self, p: Pair<'_, Rule>) -> Expr {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::expr | Rule::and_expr => {
                let is_or = p.as_rule() == Rule::expr;
                let mut parts: Vec<Expr> = kids(p).map(|c| self.expr(c)).collect();
                if parts.len() == 1 {
                    parts.pop().unwrap_or(Expr::And(vec![], span))
                } else if is_or {
                    Expr::Or(parts, span)
                } else {
                    Expr::And(parts, span)
                }
            }
            Rule::not_expr => {
                let mut negated = false;
                let mut inner = None;
                for c in kids(p) {
                    match c.as_rule() {
                        Rule::negation => negated = true,
                        _ => inner = Some(self.expr(c)),
                    }
                }
                let inner = inner.unwrap_or(Expr::And(vec![], span));
                if negated {
                    Expr::Not(Box::new(inner), span)
                } else {
                    inner
                }
            }
            Rule::atom => kids(p)
                .next()
                .map(|c| self.expr(c))
                .unwrap_or(Expr::And(vec![], span)),
            Rule::fact_ref => Expr::Fact(self.fact_ref(p)),
            Rule::comparison => {
                let mut c = Comparison {
                    fact: FactRef {
                        name: Spanned {
                            value: String::new(),
                            span,
                        },
                        args: vec![],
                        span,
                    },
                    bounds: vec![],
                    equals: vec![],
                    at: None,
                    lookback: None,
                    span,
                };
                for k in kids(p) {
                    match k.as_rule() {
                        Rule::fact_ref => c.fact = self.fact_ref(k),
                        Rule::bound => c.bounds.push(self.bound(k)),
                        Rule::equals => {
                            c.equals = kids(k)
                                .flat_map(|a| kids(a).map(|i| self.ident(i)).collect::<Vec<_>>())
                                .collect()
                        }
                        Rule::at_event => c.at = kids(k).next().map(|i| self.ident(i)),
                        Rule::lookback => c.lookback = kids(k).next().map(|q| self.quantity(q)),
                        _ => {}
                    }
                }
                Expr::Compare(c)
            }
            _ => Expr::And(vec![], span),
        }
    }

    fn fact_ref(&self, p: Pair<'_, Rule>) -> FactRef {
        let span = self.span(&p);
        let mut name = Spanned {
            value: String::new(),
            span,
        };
        let mut args = vec![];
        for c in kids(p) {
            match c.as_rule() {
                Rule::ident => name = self.ident(c),
                Rule::ident_alts => args = kids(c).map(|i| self.ident(i)).collect(),
                _ => {}
            }
        }
        FactRef { name, args, span }
    }

    fn bound(&self, p: Pair<'_, Rule>) -> Bound {
        let span = self.span(&p);
        let mut cmp = Spanned {
            value: Comparator::Tepat,
            span,
        };
        let mut value = Value::Quantity(Quantity {
            number: 0.0,
            unit: None,
            span,
        });
        for c in kids(p) {
            match c.as_rule() {
                Rule::comparator => {
                    let cspan = self.span(&c);
                    if let Some(k) = kids(c).next() {
                        cmp = Spanned {
                            value: match k.as_rule() {
                                Rule::paling_rendah => Comparator::PalingRendah,
                                Rule::paling_tinggi => Comparator::PalingTinggi,
                                Rule::paling_sedikit => Comparator::PalingSedikit,
                                Rule::paling_banyak => Comparator::PalingBanyak,
                                Rule::paling_singkat => Comparator::PalingSingkat,
                                Rule::paling_lama => Comparator::PalingLama,
                                Rule::paling_kurang => Comparator::PalingKurang,
                                Rule::lebih_dari => Comparator::LebihDari,
                                Rule::kurang_dari => Comparator::KurangDari,
                                _ => Comparator::Tepat,
                            },
                            span: cspan,
                        };
                    }
                }
                Rule::value => {
                    if let Some(v) = kids(c).next() {
                        value = match v.as_rule() {
                            Rule::education_alts => {
                                Value::Education(kids(v).map(|e| self.raw(e)).collect())
                            }
                            Rule::golongan => Value::Golongan(self.raw(v)),
                            Rule::eselon_lit => Value::Eselon(self.raw(v)),
                            Rule::quantity => Value::Quantity(self.quantity(v)),
                            _ => Value::Ident(self.ident(v)),
                        };
                    }
                }
                _ => {}
            }
        }
        Bound { cmp, value, span }
    }

    fn quantity(&self, p: Pair<'_, Rule>) -> Quantity {
        let span = self.span(&p);
        let mut q = Quantity {
            number: 0.0,
            unit: None,
            span,
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::decimal => q.number = c.as_str().parse().unwrap_or(f64::NAN),
                Rule::qunit => {
                    q.unit = kids(c).next().map(|u| match u.as_rule() {
                        Rule::percent => QuantityUnit::Percent,
                        Rule::hari_kalender => QuantityUnit::CalendarDays,
                        Rule::hari_kerja => QuantityUnit::WorkingDays,
                        Rule::hari => QuantityUnit::Days,
                        Rule::tahun => QuantityUnit::Years,
                        Rule::bulan => QuantityUnit::Months,
                        _ => QuantityUnit::Persons,
                    })
                }
                _ => {}
            }
        }
        q
    }
}

type Rule_ = super::ast::Rule;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_string_unescapes_and_folds_line_breaks() {
        assert_eq!(fold_string("plain"), "plain");
        assert_eq!(
            fold_string("one  \r\n      two\\n\\\"three\\\\"),
            "one two\n\"three\\"
        );
        assert_eq!(fold_string("\n  lead\n"), "lead ");
        assert_eq!(fold_string("é\n\tü"), "é ü");
    }
}
