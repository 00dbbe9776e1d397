//! Stage 1, syntax: bytes → [`ast::Document`] plus syntax findings.
//!
//! Architecture invariant: parsing never fails as a whole. It returns the units
//! it could parse and one finding per unit it could not, so every syntax error
//! in a file is reported at once. This layer knows nothing of clauses'
//! meaning, of candidates or of output formats.

pub mod ast;
mod build;
mod build_rules;
mod errors;
mod pack;
pub mod parser;
pub mod split;

use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::label;
use crate::source::{SourceFile, Span};
use std::sync::Arc;

/// Largest policy file accepted, in bytes. A whole peraturan is well under 1 MB.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Reads raw bytes into a source file, reporting what makes them unusable.
/// Returns `None` (with findings) when the bytes cannot be read as a policy.
pub fn load(name: &str, bytes: &[u8]) -> (Option<Arc<SourceFile>>, Vec<Finding>) {
    let mut findings = Vec::new();
    if bytes.len() > MAX_FILE_BYTES {
        let file = SourceFile::new(name, "");
        findings.push(
            Finding::new(Code::FileTooLarge, &file,
                Span::new(0, 0),
                format!(
                    "file is {} bytes; the limit is {} bytes",
                    bytes.len(),
                    MAX_FILE_BYTES
                ),
            )
            .help(
                "a peraturan is a few hundred kilobytes at most: check that this is a policy file",
            )
            .id(
                format!(
                    "berkas berukuran {} bita; batasnya {} bita",
                    bytes.len(),
                    MAX_FILE_BYTES
                ),
                "satu peraturan paling banyak beberapa ratus kilobita: periksa bahwa ini berkas kebijakan",
            ),
        );
        return (None, findings);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let valid = e.valid_up_to();
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let prefix = String::from_utf8_lossy(bytes.get(..valid).unwrap_or(&[])).into_owned();
            let at = prefix.len();
            let file = SourceFile::new(name, lossy);
            findings.push(
                Finding::new(Code::InvalidUtf8, &file, Span::new(at, at + 1), "file is not valid UTF-8")
                    .label(label::INVALID_BYTE_SEQUENCE_HERE)
                    .help("save the file as UTF-8 (text pasted from a PDF or a Windows code page often is not)")
                    .id(
                        "berkas bukan UTF-8 yang sah",
                        "simpan berkas sebagai UTF-8 (teks yang disalin dari PDF atau dari code page Windows sering tidak demikian)",
                    ),
            );
            return (None, findings);
        }
    };
    let file = SourceFile::new(name, text);
    (Some(file), findings)
}

/// Parses a loaded file into a document and its syntax findings.
pub fn parse(file: &Arc<SourceFile>) -> (ast::Document, Vec<Finding>) {
    let text = file.text.as_str();
    let mut findings = Vec::new();
    if text.starts_with('\u{feff}') {
        findings.push(
            Finding::new(
                Code::ByteOrderMark,
                file,
                Span::new(0, 3),
                "file starts with a byte order mark (BOM)",
            )
            .label(label::BOM)
            .help("save the file as UTF-8 without BOM (`pasal fmt` removes it)")
            .id(
                "berkas diawali byte order mark (BOM)",
                "simpan berkas sebagai UTF-8 tanpa BOM (`pasal fmt` menghapusnya)",
            ),
        );
    }
    if let Some(i) = text.find("\r\n") {
        findings.push(
            Finding::new(
                Code::CrlfLineEnds,
                file,
                Span::new(i, i + 2),
                "file has CRLF line ends",
            )
            .label(label::FIRST_CRLF_HERE)
            .help("save the file with LF line ends (`pasal fmt` rewrites it)")
            .id(
                "akhir baris berkas berupa CRLF",
                "simpan berkas dengan akhir baris LF (`pasal fmt` menuliskannya ulang)",
            ),
        );
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        findings.push(
            Finding::new(Code::EmptyFile, file, Span::new(0, 0), "file is empty")
                .help("a policy starts with a `peraturan { … }` identity block")
                .id(
                    "berkas kosong",
                    "kebijakan diawali blok identitas `peraturan { … }`",
                ),
        );
        return (ast::Document::default(), findings);
    }
    let mut doc = ast::Document::default();
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = text.get(start..).unwrap_or("");
    for raw in split::split_units(body) {
        let span = raw.span.shift(start);
        if let Some(at) = raw.too_deep {
            findings.push(
                Finding::new(Code::NestingTooDeep, file,
                    Span::new(at + start, at + start + 1),
                    format!("nesting deeper than {} levels", split::MAX_DEPTH),
                )
                .label(label::TOO_DEEP_FROM_HERE)
                .help("clauses nest at most a few levels (Pasal, ayat, huruf, angka …) and conditions a few parentheses deep: close the open `{` or `(`")
                .id(
                    format!("tingkat bersarang lebih dari {} tingkat", split::MAX_DEPTH),
                    "ketentuan bersarang paling banyak beberapa tingkat (Pasal, ayat, huruf, angka …) dan syarat paling banyak beberapa tanda kurung: tutup `{` atau `(` yang terbuka",
                ),
            );
            continue;
        }
        if let Some(at) = raw.open_string {
            findings.push(
                Finding::new(
                    Code::UnclosedString,
                    file,
                    Span::new(at + start, at + start + 1),
                    "string is never closed",
                )
                .label(label::UNCLOSED_STRING)
                .help("add the closing `\"`; write a quote inside text as `\\\"`")
                .id(
                    "string tidak pernah ditutup",
                    "tambahkan `\"` penutup; tulis tanda petik di dalam teks sebagai `\\\"`",
                ),
            );
            continue;
        }
        let unit_text = file.slice(span);
        match parser::parse_unit(unit_text, span.start) {
            Ok(unit) => doc.units.push(unit),
            Err(e) => {
                for e in std::iter::once(e.clone()).chain(later_errors(unit_text, span.start, &e)) {
                    findings.push(
                        Finding::new(Code::SyntaxError, file, e.span, e.message.clone())
                            .label(label::HERE)
                            .help(syntax_help(&e))
                            .id(e.message_id.clone(), syntax_help_id(&e)),
                    );
                }
            }
        }
    }
    (doc, findings)
}

/// Most errors a unit holds after its first one.
const MAX_ERRORS_PER_UNIT: usize = 20;

/// Finds the syntax errors of a unit after the first: the line of each error
/// is blanked out (when its braces balance, so the structure around it stays
/// whole) and the unit parsed again, as long as the next error comes later in
/// the unit. One typo in a Pasal never hides another in the same Pasal.
fn later_errors(
    unit: &str,
    offset: usize,
    first: &parser::SyntaxError,
) -> Vec<parser::SyntaxError> {
    let mut text = unit.to_string();
    let mut found = Vec::new();
    let mut last = first.clone();
    for _ in 0..MAX_ERRORS_PER_UNIT {
        let at = last.span.start.saturating_sub(offset).min(text.len());
        let start = text
            .get(..at)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        let end = text
            .get(at..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| at + i);
        let line = text.get(start..end).unwrap_or("");
        let (open, close) = (line.matches('{').count(), line.matches('}').count());
        if open != close || line.contains('"') && line.matches('"').count() % 2 == 1 || start == 0 {
            break;
        }
        let blank: String = line
            .chars()
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        text.replace_range(start..end, &blank);
        match parser::parse_unit(&text, offset) {
            Ok(_) => break,
            Err(e) if e.span.start > last.span.start && !e.message.contains("is closed") => {
                found.push(e.clone());
                last = e;
            }
            Err(_) => break,
        }
    }
    found
}

fn syntax_help(e: &parser::SyntaxError) -> String {
    if e.expected.iter().any(|x| x.contains("clause, a rule")) {
        "inside a clause write its text as `\"…\"`, sub-clauses (`ayat (1)`, `huruf a`, `angka 1`), rules (`syarat …`, `pansel …`, `wajib …`) or close it with `}`; see docs/language.md".into()
    } else {
        "see docs/language.md for the syntax of this construct".into()
    }
}

fn syntax_help_id(e: &parser::SyntaxError) -> String {
    if e.expected.iter().any(|x| x.contains("clause, a rule")) {
        "di dalam ketentuan tulis teksnya sebagai `\"…\"`, sub-ketentuan (`ayat (1)`, `huruf a`, `angka 1`), aturan (`syarat …`, `pansel …`, `wajib …`) atau tutup dengan `}`; lihat docs/language.md".into()
    } else {
        "lihat docs/language.md untuk sintaks konstruksi ini".into()
    }
}
