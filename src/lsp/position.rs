//! Byte offsets ↔ LSP positions (0-based line, UTF-16 code units within the
//! line: the protocol's default encoding).

use lsp_types::{Position, Range};

use crate::source::Span;

/// The start of every line of a text, for converting positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The LSP position of a byte offset (clamped to the text; an offset inside
    /// a character counts from that character's start).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        let character: usize = text
            .get(start..offset)
            .map(|s| s.chars().map(char::len_utf16).sum())
            .unwrap_or(0);
        Position::new(to_u32(line), to_u32(character))
    }

    /// The LSP range of a byte span.
    pub fn range(&self, text: &str, span: Span) -> Range {
        Range::new(
            self.position(text, span.start),
            self.position(text, span.end),
        )
    }

    /// The byte offset of an LSP position: `None` past the last line; a
    /// character past the end of its line is the line's end (as the protocol
    /// says), and one inside a surrogate pair is the character's start.
    pub fn offset(&self, text: &str, pos: Position) -> Option<usize> {
        let line = usize::try_from(pos.line).ok()?;
        let start = *self.starts.get(line)?;
        let end = match self.starts.get(line + 1) {
            Some(next) => next.saturating_sub(1),
            None => text.len(),
        };
        let line_text = text.get(start..end)?;
        let want = usize::try_from(pos.character).ok()?;
        let mut units = 0;
        for (i, c) in line_text.char_indices() {
            if units + c.len_utf16() > want {
                return Some(start + i);
            }
            units += c.len_utf16();
        }
        // The line end, before a `\r` of a CRLF line end.
        Some(start + line_text.strip_suffix('\r').unwrap_or(line_text).len())
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_round_trip() {
        let text = "ab\nc😀d\né\n";
        let idx = LineIndex::new(text);
        let d = text.find('d').unwrap_or(0);
        assert_eq!(idx.position(text, d), Position::new(1, 3));
        assert_eq!(idx.offset(text, Position::new(1, 3)), Some(d));
        // Inside the surrogate pair: the emoji's start.
        assert_eq!(idx.offset(text, Position::new(1, 2)), Some(4));
        // Past the line end: the line end.
        assert_eq!(idx.offset(text, Position::new(0, 99)), Some(2));
        // Past the last line.
        assert_eq!(idx.offset(text, Position::new(9, 0)), None);
        assert_eq!(idx.position(text, 999), Position::new(3, 0));
    }
}
