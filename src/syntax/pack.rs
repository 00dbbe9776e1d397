//! What pest sees: a unit's text packed for speed, with the map back to the
//! original positions; and the folding of string literals into clause text.

/// A unit's text as pest sees it, with the map back to positions in the
/// original:
/// - the content of every string literal is replaced by its index
///   (`"lima belas …"` → `"3"`), so that pest does not walk the law's text
///   character by character;
/// - each run of blanks and `//` comments becomes one space;
/// - every word is followed by a space (one is inserted before `(`, `"`, `{`,
///   `}`, `)`, `,`, `:`, `|`, `=` and at the end), so that a keyword is matched
///   as the word and the space after it (`"syarat "`) and never as the front of
///   a longer word.
pub(super) struct Packed {
    pub(super) text: String,
    /// Byte range of each string literal's content in the original.
    pub(super) strings: Vec<(usize, usize)>,
    /// Points where packed and original positions are known to match: (packed, original).
    pub(super) map: Vec<(usize, usize)>,
}

/// The end of the run of blanks and `//` comments starting at `i` (`i` itself
/// when none starts there).
fn blank_run_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t' | b'\r' | b'\n') => i += 1,
            Some(b'/') if bytes.get(i + 1) == Some(&b'/') => {
                while bytes.get(i).is_some_and(|c| *c != b'\n') {
                    i += 1;
                }
            }
            _ => return i,
        }
    }
}

impl Packed {
    pub(super) fn new(original: &str) -> Packed {
        let bytes = original.as_bytes();
        let mut p = Packed {
            text: String::with_capacity(original.len() / 4),
            strings: Vec::new(),
            map: vec![(0, 0)],
        };
        let (mut i, mut copied) = (0, 0);
        while let Some(&b) = bytes.get(i) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' | b'/' => {
                    // A run of blanks and comments becomes one space, so that
                    // pest matches it with one call and never sees a comment.
                    let run_end = blank_run_end(bytes, i);
                    if run_end == i {
                        i += 1; // a lone '/': left for pest to report
                        continue;
                    }
                    if run_end == i + 1 && b == b' ' {
                        i = run_end;
                        continue;
                    }
                    p.splice(original, &mut copied, i, run_end, " ");
                    i = run_end;
                }
                b'"' => {
                    let mut j = i + 1;
                    while let Some(&c) = bytes.get(j) {
                        match c {
                            b'\\' => j += 2,
                            b'"' => break,
                            _ => j += 1,
                        }
                    }
                    if j >= bytes.len() {
                        break; // unclosed: leave the rest to pest's error
                    }
                    let index = p.strings.len().to_string();
                    p.strings.push((i + 1, j));
                    p.splice(original, &mut copied, i + 1, j, &index);
                    i = j + 1;
                }
                _ => {
                    i += 1;
                    // Every word is followed by a space, so that the grammar's
                    // keywords (`"syarat "`) match whole words only.
                    if (b.is_ascii_alphanumeric() || b == b'_')
                        && bytes.get(i).is_none_or(|n| {
                            matches!(
                                n,
                                b'(' | b')' | b'{' | b'}' | b'"' | b',' | b':' | b'|' | b'='
                            )
                        })
                    {
                        p.splice(original, &mut copied, i, i, " ");
                    }
                }
            }
        }
        p.text.push_str(original.get(copied..).unwrap_or(""));
        p
    }

    /// Copies the original from `copied` up to `at`, then writes `with` in
    /// place of the original's `at..end`; the original continues at `end`.
    fn splice(&mut self, original: &str, copied: &mut usize, at: usize, end: usize, with: &str) {
        self.text.push_str(original.get(*copied..at).unwrap_or(""));
        self.text.push_str(with);
        self.map.push((self.text.len(), end));
        *copied = end;
    }

    /// The original position of a packed position.
    pub(super) fn original(&self, pos: usize) -> usize {
        let at = self.map.partition_point(|(p, _)| *p <= pos);
        match at.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some((p, o)) => o + (pos - p),
            None => pos,
        }
    }
}

/// Unescapes a string literal and folds each line break and the indentation
/// after it into one space.
pub fn fold_string(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find(['\\', '\r', '\n']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let mut chars = from.chars();
        match chars.next() {
            Some('\\') => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            Some('\n') => {
                out.truncate(out.trim_end_matches([' ', '\t']).len());
                chars = chars.as_str().trim_start_matches([' ', '\t', '\r']).chars();
                if !out.is_empty() {
                    out.push(' ');
                }
            }
            _ => {} // '\r'
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_string_unescapes_and_folds_line_breaks() {
        assert_eq!(fold_string("plain"), "plain");
        assert_eq!(
            fold_string("one  \r\n      two\\n\\\"three\\\\"),
            "one two\n\"three\\"
        );
        assert_eq!(fold_string("\n  lead\n"), "lead ");
        assert_eq!(fold_string("é\n\tü"), "é ü");
    }
}
