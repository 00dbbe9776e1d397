//! Source files and byte spans: the one place that turns byte offsets into the
//! 1-based line and column every output format reports.

use serde::Serialize;
use std::sync::Arc;

/// A half-open byte range `start..end` in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The same span moved `by` bytes to the right.
    pub fn shift(self, by: usize) -> Self {
        Span::new(self.start + by, self.end + by)
    }
    /// The smallest span that covers both.
    pub fn join(self, other: Span) -> Self {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(s: Span) -> Self {
        (s.start, s.len()).into()
    }
}

/// A loaded source file: its display name and its text.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (used in every report).
    pub name: String,
    /// The text, valid UTF-8.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wraps a text under a display name.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Arc::new(SourceFile {
            name: name.into(),
            text,
            line_starts,
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line + 1, col + 1)
    }

    /// The byte offset where each line starts (the first is 0), in order.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// The text of a span (empty if the span is out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Where `needle` (text as the compiler folded it) sits inside the string
    /// literal written at `span`: the needle itself, or its first two words when
    /// it crosses a folded line break, or the whole literal.
    pub fn locate(&self, span: Span, needle: &str) -> Span {
        let raw = self.slice(span);
        if let Some(i) = raw.find(needle) {
            return Span::new(span.start + i, span.start + i + needle.len());
        }
        let first = needle
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        match raw.find(&first) {
            Some(i) if !first.is_empty() => Span::new(span.start + i, span.start + i + first.len()),
            _ => span,
        }
    }
}
