//! The source text a human report shows around a span, read through the
//! file's line index. miette's own reader (`SourceCode for str`) counts lines
//! from the start of the file on every read, and a report reads several spans
//! per finding: on a folder of policies that scan was a third of `check`.
//! [`Excerpt`] gives miette the same bytes and numbers from a window that
//! starts a few lines above the span.

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// A file's text as miette reads it, with its line index.
pub struct Excerpt<'a> {
    /// The file name shown in the report.
    name: &'a str,
    /// The text (as the terminal is to be shown it).
    text: &'a str,
    /// Byte offset of each line's start; the first is 0.
    line_starts: &'a [usize],
    /// True when the text has no `\r`: miette then counts exactly the lines
    /// the index holds (it takes a lone `\r` for a line end too).
    index_is_miettes: bool,
}

impl<'a> Excerpt<'a> {
    /// An excerpt reader over `text`, whose lines start at `line_starts`
    /// (as [`crate::source::SourceFile::line_starts`] gives them).
    pub fn new(name: &'a str, text: &'a str, line_starts: &'a [usize]) -> Self {
        Excerpt {
            name,
            text,
            line_starts,
            index_is_miettes: !text.as_bytes().contains(&b'\r'),
        }
    }

    /// The line start to read from: two lines more than the context above the
    /// span's line, so that miette, reading from there, sees every context
    /// line it would have seen reading from the start of the file. Returns the
    /// byte offset and the number of lines before it.
    fn window_start(&self, offset: usize, before: usize) -> (usize, usize) {
        if !self.index_is_miettes {
            return (0, 0);
        }
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let first = line.saturating_sub(before.saturating_add(2));
        match self.line_starts.get(first) {
            Some(&start) if start <= offset => (start, first),
            _ => (0, 0),
        }
    }
}

impl SourceCode for Excerpt<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let (base, lines) = self.window_start(span.offset(), context_lines_before);
        let window = self.text.as_bytes().get(base..).unwrap_or(&[]);
        let inner = SourceSpan::new(span.offset().saturating_sub(base).into(), span.len());
        let read = window.read_span(&inner, context_lines_before, context_lines_after)?;
        let at = SourceSpan::new((read.span().offset() + base).into(), read.span().len());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            read.data(),
            at,
            read.line() + lines,
            read.column(),
            read.line_count() + lines,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What miette's reader says of a span: data, offset, length, line,
    /// column and line count.
    fn seen(
        source: &dyn SourceCode,
        span: SourceSpan,
        before: usize,
        after: usize,
    ) -> Option<(Vec<u8>, usize, usize, usize, usize, usize)> {
        let c = source.read_span(&span, before, after).ok()?;
        Some((
            c.data().to_vec(),
            c.span().offset(),
            c.span().len(),
            c.line(),
            c.column(),
            c.line_count(),
        ))
    }

    #[test]
    fn every_span_reads_as_miette_reads_the_whole_text() {
        let texts = [
            "satu\ndua\n\ntiga empat\nlima\nenam tujuh delapan\n\nsembilan\nsepuluh",
            "a\nb\nc\n",
            "tanpa baris baru",
            "é ü\nçà\n\n\nx",
            "a\r\nb\rc\nd\n",
            "",
        ];
        for text in texts {
            let mut starts = vec![0];
            starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
            let excerpt = Excerpt::new("f", text, &starts);
            let whole = miette::NamedSource::new("f", text.to_string());
            // Spans inside the text, as findings' spans are (miette itself
            // panics on a span past the end).
            for start in 0..=text.len() {
                for len in [0, 1, 2, 5, 12, 40]
                    .into_iter()
                    .filter(|l| start + l <= text.len())
                {
                    for (before, after) in [(0, 0), (1, 1), (2, 3), (3, 0)] {
                        let span = SourceSpan::new(start.into(), len);
                        assert_eq!(
                            seen(&excerpt, span, before, after),
                            seen(&whole, span, before, after),
                            "{text:?} at {start}+{len}, context {before}/{after}"
                        );
                    }
                }
            }
        }
    }
}
