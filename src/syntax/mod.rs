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
mod grammar;
mod pack;
pub mod parser;
pub mod split;

use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::syntax::{msg, text};
use crate::messages::{label, Text};
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
            Finding::new(
                Code::FileTooLarge,
                &file,
                Span::new(0, 0),
                msg::too_large(bytes.len(), MAX_FILE_BYTES),
            )
            .help(text::TOO_LARGE_HELP),
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
                Finding::new(
                    Code::InvalidUtf8,
                    &file,
                    Span::new(at, at + 1),
                    text::NOT_UTF8.into(),
                )
                .label(label::INVALID_BYTE_SEQUENCE_HERE)
                .help(text::NOT_UTF8_HELP),
            );
            return (None, findings);
        }
    };
    let file = SourceFile::new(name, text);
    (Some(file), findings)
}

/// What is wrong with the file as a whole: a byte order mark, CRLF line ends,
/// nothing but white space.
fn file_findings(file: &Arc<SourceFile>) -> Vec<Finding> {
    let text = file.text.as_str();
    let mut findings = Vec::new();
    if text.starts_with('\u{feff}') {
        findings.push(
            Finding::new(Code::ByteOrderMark, file, Span::new(0, 3), text::BOM.into())
                .label(label::BOM)
                .help(text::BOM_HELP),
        );
    }
    if let Some(i) = text.find("\r\n") {
        findings.push(
            Finding::new(
                Code::CrlfLineEnds,
                file,
                Span::new(i, i + 2),
                text::CRLF.into(),
            )
            .label(label::FIRST_CRLF_HERE)
            .help(text::CRLF_HELP),
        );
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        findings.push(
            Finding::new(Code::EmptyFile, file, Span::new(0, 0), text::EMPTY.into())
                .help(text::EMPTY_HELP),
        );
    }
    findings
}

/// Parses a loaded file into a document and its syntax findings.
pub fn parse(file: &Arc<SourceFile>) -> (ast::Document, Vec<Finding>) {
    let text = file.text.as_str();
    let mut findings = file_findings(file);
    if findings.iter().any(|f| f.code == Code::EmptyFile) {
        return (ast::Document::default(), findings);
    }
    let mut doc = ast::Document::default();
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = text.get(start..).unwrap_or("");
    for raw in split::split_units(body) {
        let span = raw.span.shift(start);
        if let Some(at) = raw.too_deep {
            findings.push(
                Finding::new(
                    Code::NestingTooDeep,
                    file,
                    Span::new(at + start, at + start + 1),
                    msg::too_deep(split::MAX_DEPTH),
                )
                .label(label::TOO_DEEP_FROM_HERE)
                .help(text::TOO_DEEP_HELP),
            );
            continue;
        }
        if let Some(at) = raw.open_string {
            findings.push(
                Finding::new(
                    Code::UnclosedString,
                    file,
                    Span::new(at + start, at + start + 1),
                    text::UNCLOSED_STRING.into(),
                )
                .label(label::UNCLOSED_STRING)
                .help(text::UNCLOSED_STRING_HELP),
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
                            .help(syntax_help(&e)),
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
            Err(e) if e.span.start > last.span.start && !e.message.en.contains("is closed") => {
                found.push(e.clone());
                last = e;
            }
            Err(_) => break,
        }
    }
    found
}

fn syntax_help(e: &parser::SyntaxError) -> Text {
    if e.expected.iter().any(|x| x.contains("clause, a rule")) {
        text::IN_CLAUSE_HELP
    } else {
        text::SYNTAX_HELP
    }
}
