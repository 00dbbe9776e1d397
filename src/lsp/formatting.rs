//! `textDocument/formatting`: `pasal fmt`'s output as one edit of the whole
//! document; no edit when the text does not compile or is already canonical
//! (a broken file is never touched).

use super::state::Document;
use crate::format;
use lsp_types::{Range, TextEdit};

/// The edits that format `doc`.
pub fn format(doc: &Document, name: &str) -> Vec<TextEdit> {
    // `format_text` refuses a text with syntax errors (other than a BOM and
    // CRLF line ends, which are what it fixes).
    match format::format_text(name, &doc.text) {
        Ok(out) if out != doc.text => {
            let end = doc.lines.position(&doc.text, doc.text.len());
            vec![TextEdit::new(
                Range::new(lsp_types::Position::new(0, 0), end),
                out,
            )]
        }
        _ => Vec::new(),
    }
}
