//! What the syntax tree leaves out: `//` comments and blank lines. The
//! formatter scans the source once for them, so that it can keep every comment
//! and trim comments off the ends of the spans pest reports.

use crate::source::Span;

/// One `//` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Byte offset of the `//`.
    pub start: usize,
    /// Byte offset of the end of the line (the `\n`, or the end of the file).
    pub end: usize,
    /// The comment from `//` to the end of its line, trailing blanks removed.
    pub text: String,
    /// A blank line separates it from what comes before it.
    pub blank_before: bool,
}

/// The comments of a file, in order, and the text they sit in.
#[derive(Debug)]
pub struct Trivia<'a> {
    src: &'a str,
    /// Every comment, in file order.
    pub comments: Vec<Comment>,
}

impl<'a> Trivia<'a> {
    /// Scans `src` (a file that parsed) for comments, skipping strings.
    pub fn scan(src: &'a str) -> Self {
        let bytes = src.as_bytes();
        let mut comments = Vec::new();
        let mut i = if src.starts_with('\u{feff}') { 3 } else { 0 };
        let mut in_string = false;
        while let Some(&b) = bytes.get(i) {
            if in_string {
                match b {
                    b'\\' => i += 1,
                    b'"' => in_string = false,
                    _ => {}
                }
                i += 1;
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    let end = src
                        .get(i..)
                        .and_then(|r| r.find('\n'))
                        .map_or(src.len(), |n| i + n);
                    let text = src.get(i..end).unwrap_or("").trim_end().to_string();
                    comments.push(Comment {
                        start: i,
                        end,
                        text,
                        blank_before: blank_line_before(src, i),
                    });
                    i = end;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        Trivia { src, comments }
    }

    /// The end of the last code in `span`: the span without the blanks and
    /// comments pest includes after a construct when an optional part after it
    /// did not match.
    pub fn code_end(&self, span: Span) -> usize {
        let mut end = span.end.min(self.src.len());
        loop {
            let before = self.src.get(..end).unwrap_or("");
            let trimmed = before.trim_end().len();
            end = trimmed.max(span.start);
            // Is `end` inside (at the end of) a comment? Then skip the comment.
            let idx = self.comments.partition_point(|c| c.start < end);
            match idx.checked_sub(1).and_then(|k| self.comments.get(k)) {
                Some(c) if c.end >= end && c.start >= span.start => end = c.start,
                _ => return end,
            }
        }
    }

    /// The source text between two offsets.
    pub fn between(&self, from: usize, to: usize) -> &'a str {
        self.src.get(from..to).unwrap_or("")
    }

    /// The source text.
    pub fn src(&self) -> &'a str {
        self.src
    }
}

/// True when a blank line separates `at` from the code or comment before it.
pub fn blank_line_before(src: &str, at: usize) -> bool {
    let before = src.get(..at).unwrap_or("");
    let ws = before.len() - before.trim_end().len();
    let run = before.get(before.len() - ws..).unwrap_or("");
    // Only a run that follows something counts: the top of the file is not a gap.
    ws < before.len() && run.matches('\n').count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_comments_outside_strings_only() {
        let src = "pasal 1 \"a // b\" // c\n// d\n";
        let t = Trivia::scan(src);
        let texts: Vec<&str> = t.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["// c", "// d"]);
    }

    #[test]
    fn escaped_quote_does_not_end_a_string() {
        let t = Trivia::scan("pasal 1 \"a \\\" // b\" // c\n");
        assert_eq!(t.comments.len(), 1);
        assert_eq!(t.comments[0].text, "// c");
    }

    #[test]
    fn code_end_skips_trailing_comments_and_blanks() {
        let src = "bab I \"X\" // c\n  // d\n\n";
        let t = Trivia::scan(src);
        assert_eq!(t.code_end(Span::new(0, src.len())), 9);
    }

    #[test]
    fn blank_lines() {
        let src = "a\n\n// c\nb\n";
        assert!(blank_line_before(src, 3));
        assert!(!blank_line_before(src, 8));
        assert!(!blank_line_before("\n\n// c", 2));
    }
}
