//! `pasal fmt`: one canonical layout for `.pasal` files.
//!
//! The formatter prints the syntax tree back as text ([`printer`]), keeping
//! every `//` comment ([`trivia`], placed by [`attach`]) and wrapping clause
//! text only where the compiler folds it back to the same string ([`text`]).
//! Rules are printed on one line each ([`rules`]). It never writes a result it has not checked:
//! the result must parse, keep every comment in order, and compile to the same
//! policy as the original ([`meaning`]).
//!
//! A BOM and CRLF line ends are removed: the output is UTF-8 with LF.

pub mod attach;
pub mod meaning;
pub mod printer;
pub mod rules;
pub mod text;
pub mod trivia;

use crate::ast::{Field, Unit};
use crate::codes::Code;
use crate::diagnostics::{Finding, Severity};
use crate::source::SourceFile;
use crate::syntax;
use attach::Attachment;
use printer::Printer;
use trivia::Trivia;

pub use meaning::{same_meaning, Meaning};

/// Why a file was not formatted.
#[derive(Debug)]
pub enum FormatError {
    /// The file cannot be read as a policy, or has syntax errors; the findings
    /// say where. Nothing is changed.
    Invalid(Vec<Finding>),
    /// The file holds something the formatter cannot print without losing it.
    Unsupported(String),
    /// The formatted text failed a safety check (it would lose a comment or
    /// change the compiled rules). This is a bug in the formatter; nothing is
    /// written.
    Unsafe(String),
}

/// Formats the bytes of a policy file named `name` (used in messages).
pub fn format_bytes(name: &str, bytes: &[u8]) -> Result<String, FormatError> {
    let (file, findings) = syntax::load(name, bytes);
    let Some(file) = file else {
        return Err(FormatError::Invalid(findings));
    };
    format_text(name, &file.text)
}

/// Formats a policy's text. The result is checked: it parses, keeps every
/// comment, and compiles to the same rules as `text`.
pub fn format_text(name: &str, text: &str) -> Result<String, FormatError> {
    let file = SourceFile::new(name, text);
    let (doc, findings) = syntax::parse(&file);
    // A BOM and CRLF line ends are what `fmt` fixes; every other error stops it.
    let errors: Vec<Finding> = findings
        .into_iter()
        .filter(|f| {
            f.severity == Severity::Error
                && !matches!(f.code, Code::ByteOrderMark | Code::CrlfLineEnds)
        })
        .collect();
    if !errors.is_empty() {
        return Err(FormatError::Invalid(errors));
    }
    for unit in &doc.units {
        if let Unit::Identity(id) = unit {
            if let Some(Field::Unknown(i)) =
                id.fields.iter().find(|f| matches!(f, Field::Unknown(_)))
            {
                let (line, col) = file.line_col(i.span.start);
                return Err(FormatError::Unsupported(format!(
                    "{name}:{line}:{col}: unknown identity field `{}`: `fmt` cannot lay out a field it does not know; fix it first (`pasal check` says how)",
                    i.value
                )));
            }
        }
    }
    let trivia = Trivia::scan(text);
    // First pass: find the anchors comments attach to; second pass: print.
    let (_, anchors, _) = Printer::new(&trivia, Attachment::default()).document(&doc);
    let attachment = Attachment::new(&trivia, &anchors).map_err(FormatError::Unsafe)?;
    let (out, anchors2, emitted) = Printer::new(&trivia, attachment).document(&doc);
    if anchors2 != anchors || emitted != trivia.comments.len() {
        return Err(FormatError::Unsafe(format!(
            "{name}: {} of {} comments would be kept",
            emitted,
            trivia.comments.len()
        )));
    }
    check(name, text, &out, &trivia)?;
    Ok(out)
}

/// The safety net: `out` parses cleanly, has the same comments in the same
/// order, and means what `text` means.
fn check(name: &str, text: &str, out: &str, trivia: &Trivia<'_>) -> Result<(), FormatError> {
    let unsafe_ = |what: String| FormatError::Unsafe(format!("{name}: {what}"));
    let file = SourceFile::new(name, out);
    let (_, findings) = syntax::parse(&file);
    if let Some(f) = findings.iter().find(|f| f.severity == Severity::Error) {
        let (line, col) = f.line_col();
        return Err(unsafe_(format!(
            "the formatted text does not parse ({} at {line}:{col}: {})",
            f.code, f.message
        )));
    }
    let after = Trivia::scan(out);
    let texts = |t: &Trivia<'_>| {
        t.comments
            .iter()
            .map(|c| c.text.clone())
            .collect::<Vec<_>>()
    };
    if texts(trivia) != texts(&after) {
        return Err(unsafe_(
            "the formatted text would not keep every comment in place".into(),
        ));
    }
    same_meaning(text, out)
        .map_err(|d| unsafe_(format!("formatting would change the compiled rules:\n{d}")))
}

#[cfg(test)]
mod tests;
