//! Import: read a draft peraturan as reviewers receive it (text copied from a
//! PDF, Markdown from a converter) and write it as a pasal policy.
//!
//! Stages: `text` cleans the lines (markup, page numbers, running headers,
//! hyphenation); `structure` reads them into a [`model::Document`] (identity,
//! opening, headings, clauses with their verbatim text, each with its
//! [`model::Origin`]); `phrases` annotates clauses with the rules their
//! standard phrases state; [`emit`] writes pasal source, which `format` puts in
//! canonical layout. `pasal check` on a draft compiles the emitted text and
//! maps every finding back to the line of the original.

pub mod docx;
pub mod emit;
pub mod model;
pub mod phrases;
pub mod structure;
pub mod text;

use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::import as said;
use crate::messages::{Message, Text};
use model::{Block, Document};
use std::path::Path;

/// What import made of a draft.
#[derive(Debug)]
pub struct Imported {
    /// The draft's text as read (a Word file one paragraph a line): what
    /// findings on the draft point into.
    pub text: String,
    /// The document as read.
    pub document: Document,
    /// The policy, pasal source (not yet in canonical layout).
    pub source: String,
    /// Where each piece of `source` came from: (byte offset in `source`, line of the original).
    pub origins: Vec<(usize, usize)>,
    /// Counts for the report.
    pub summary: phrases::Summary,
}

/// Why a file could not be imported (exit status 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// What is wrong.
    pub message: Message,
    /// What to do.
    pub help: Text,
}

/// Whether a path names a draft that `import` reads (`.txt`, `.md`).
pub fn is_draft(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "docx" | "doc" | "pdf" | "rtf" | "odt")
    )
}

/// Reads a draft's bytes: a text or Markdown file (UTF-8), or a Word `.docx`.
pub fn import_bytes(name: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let convert = |what: Text, how: Text| ImportError {
        message: said::msg::cannot_read_kind(name, what),
        help: how,
    };
    match ext.as_str() {
        "pdf" => return Err(convert(said::text::PDF, said::text::PDF_HELP)),
        "doc" | "rtf" | "odt" => {
            return Err(convert(said::text::NOT_DOCX, said::text::NOT_DOCX_HELP))
        }
        "docx" => {
            let text = docx::text(bytes).map_err(|e| ImportError {
                message: said::msg::broken_docx(name, e),
                help: said::text::BROKEN_DOCX_HELP,
            })?;
            return import_text(name, &text);
        }
        _ => {}
    }
    if bytes.starts_with(b"%PDF") {
        return Err(convert(said::text::PDF, said::text::PDF_HELP));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(convert(said::text::ZIP, said::text::ZIP_HELP));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError {
        message: said::msg::not_utf8(name, e.valid_up_to()),
        help: said::text::NOT_UTF8_HELP,
    })?;
    import_text(name, text)
}

/// Reads a draft's text.
pub fn import_text(name: &str, text: &str) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError {
            message: said::msg::empty(name),
            help: said::text::EMPTY_HELP,
        });
    }
    let lines = text::clean(text);
    let mut document = structure::read(&lines);
    let pasal = document
        .body
        .iter()
        .filter(|b| matches!(b, Block::Pasal(_)))
        .count();
    if pasal == 0 {
        return Err(ImportError {
            message: said::msg::no_pasal(name),
            help: said::text::NO_PASAL_HELP,
        });
    }
    let mut summary = phrases::annotate(&mut document);
    let (source, origins) = settle(name, &mut document, &mut summary);
    Ok(Imported {
        text: text.to_string(),
        document,
        source,
        origins,
        summary,
    })
}

/// Findings that mean a recognised rule does not compile (the law's own
/// defects — duplicate numbers, unresolved references — are not among them).
fn rule_error(code: Code) -> bool {
    code.stops()
        || matches!(
            code,
            Code::UnknownName
                | Code::TypeMismatch
                | Code::DuplicateDefinition
                | Code::ItemWithoutList
        )
}

/// Emits the document and compiles it; a clause whose recognised rules do not
/// compile gets them back as notes (`belum dikodekan (tidak terurai): …`), so
/// the written policy always parses and resolves.
fn settle(
    name: &str,
    doc: &mut Document,
    summary: &mut phrases::Summary,
) -> (String, Vec<(usize, usize)>) {
    for _ in 0..4 {
        let mut origins = Vec::new();
        let mut clauses = Vec::new();
        let source = emit::emit_into(doc, &mut origins, &mut clauses);
        let file = crate::source::SourceFile::new(name, source.clone());
        // Syntax and resolution say whether a rule compiles; lints are not needed.
        let (ast, mut findings) = crate::syntax::parse(&file);
        findings.extend(crate::resolve::resolve(&file, &ast).1);
        let mut bad: Vec<usize> = findings
            .iter()
            .filter(|f| rule_error(f.code))
            .filter_map(|f| {
                let i = clauses.partition_point(|(o, _)| *o <= f.span.start);
                i.checked_sub(1)
                    .and_then(|i| clauses.get(i))
                    .map(|(_, n)| *n)
            })
            .collect();
        bad.sort_unstable();
        bad.dedup();
        if bad.is_empty() {
            return (source, origins);
        }
        let mut serial = 0;
        for b in &mut doc.body {
            if let Block::Pasal(p) = b {
                demote(p, &bad, &mut serial, summary);
            }
        }
    }
    emit::emit_with_origins(doc)
}

/// Turns the rules of the clauses numbered in `bad` into notes.
fn demote(
    c: &mut model::Clause,
    bad: &[usize],
    serial: &mut usize,
    summary: &mut phrases::Summary,
) {
    if bad.binary_search(serial).is_ok() && !c.rules.is_empty() {
        for r in std::mem::take(&mut c.rules) {
            summary.rules = summary.rules.saturating_sub(1);
            summary.unrecognised += 1;
            c.notes
                .push(format!("belum dikodekan (tidak terurai): {r}"));
        }
    }
    *serial += 1;
    for ch in &mut c.children {
        if let model::Child::Clause(sub) = ch {
            demote(sub, bad, serial, summary);
        }
    }
}

/// Moves findings on the emitted policy to the lines of the original draft:
/// each finding points at the line its clause was read from.
pub fn map_findings(
    imported: &Imported,
    original: &std::sync::Arc<crate::source::SourceFile>,
    findings: &mut [Finding],
) {
    let line_span = |offset: usize| {
        let idx = imported.origins.partition_point(|(o, _)| *o <= offset);
        let line = idx
            .checked_sub(1)
            .and_then(|i| imported.origins.get(i))
            .map_or(1, |(_, l)| *l);
        line_range(&original.text, line)
    };
    for f in findings.iter_mut() {
        f.span = line_span(f.span.start);
        for r in &mut f.related {
            r.span = line_span(r.span.start);
        }
        f.file = original.clone();
    }
}

/// The byte range of a 1-based line of `text` (without its line end).
pub fn line_span(text: &str, line: usize) -> crate::source::Span {
    line_range(text, line)
}

fn line_range(text: &str, line: usize) -> crate::source::Span {
    let mut start = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let end = start + l.trim_end_matches(['\n', '\r']).len();
            return crate::source::Span::new(start, end);
        }
        start += l.len();
    }
    crate::source::Span::new(0, 0)
}

/// The first words of a text (at most `n`), with `…` when cut: a quote for a
/// message or a note.
pub fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.get(..n) {
        Some(head) if words.len() > n => format!("{} …", head.join(" ")),
        _ => words.join(" "),
    }
}
