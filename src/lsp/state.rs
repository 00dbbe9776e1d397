//! The open documents: each one's text and what the compiler made of it,
//! recompiled whole on every change (full sync).

use super::position::LineIndex;
use crate::analysis::Options;
use crate::diagnostics::{Finding, Lang};
use crate::driver;
use crate::ir::Policy;
use lsp_types::Uri;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One open document.
pub struct Document {
    /// The text as the editor has it.
    pub text: String,
    /// The editor's version number.
    pub version: i32,
    /// The file on disk, for a `file:` URI (anchors relative `mengikuti`).
    pub path: Option<PathBuf>,
    /// Line starts of `text`.
    pub lines: LineIndex,
    /// The compiled policy (`None` when the text is not a policy at all).
    pub policy: Option<Policy>,
    /// Every finding, in the server's language.
    pub findings: Vec<Finding>,
    /// True when the text does not compile (syntax errors, or not a policy).
    pub unusable: bool,
}

impl Document {
    /// Compiles `text` as the document at `uri`.
    pub fn compile(uri: &Uri, text: String, version: i32, lang: Lang) -> Document {
        let path = uri_to_path(uri);
        let display = path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| uri.as_str().to_string());
        let compiled = driver::compile_bytes(
            &display,
            text.as_bytes(),
            path.as_deref(),
            &Options::default(),
        );
        let mut findings = compiled.findings;
        findings.iter_mut().for_each(|f| f.localize(lang));
        Document {
            lines: LineIndex::new(&text),
            text,
            version,
            path,
            policy: compiled.policy,
            findings,
            unusable: compiled.unusable,
        }
    }

    /// The byte offset of an LSP position, `None` past the end.
    pub fn offset(&self, pos: lsp_types::Position) -> Option<usize> {
        self.lines.offset(&self.text, pos)
    }

    /// The LSP range of a span of this document.
    pub fn range(&self, span: crate::source::Span) -> lsp_types::Range {
        self.lines.range(&self.text, span)
    }
}

/// Every open document, by URI.
#[derive(Default)]
pub struct State {
    /// Open documents.
    pub docs: BTreeMap<Uri, Document>,
}

impl State {
    /// How many documents are open.
    pub fn len(&self) -> usize {
        self.docs.len()
    }
    /// True when no document is open.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

/// The local path of a `file:` URI (percent-decoded), else `None`.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///path` (empty host) or `file://localhost/path`.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    percent_encoding::percent_decode_str(rest)
        .decode_utf8()
        .ok()
        .map(|p| PathBuf::from(p.as_ref()))
}

/// Bytes a `file:` URI's path keeps: the unreserved set and `/`.
const URI_PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The `file:` URI of an absolute local path (each byte outside the
/// unreserved set and `/` percent-encoded).
pub fn path_to_uri(path: &std::path::Path) -> Option<Uri> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let text = abs.to_str()?;
    let s = format!(
        "file://{}",
        percent_encoding::utf8_percent_encode(text, URI_PATH)
    );
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_path_round_trip() {
        let p = std::path::Path::new("/tmp/a b/kota é.pasal");
        let uri = path_to_uri(p);
        assert_eq!(
            uri.as_ref().map(|u| u.as_str().to_string()),
            Some("file:///tmp/a%20b/kota%20%C3%A9.pasal".to_string())
        );
        assert_eq!(uri.as_ref().and_then(uri_to_path), Some(p.to_path_buf()));
    }
}
