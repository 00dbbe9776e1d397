//! Splits a file into top-level units before pest sees it.
//!
//! A unit starts at a line that begins, at column 0, with a unit keyword. Each
//! unit is parsed on its own, so a syntax error in one never hides another. The
//! splitter also catches what pest would handle badly: nesting too deep for a
//! recursive parser, and strings left open.

use crate::source::Span;

/// The keywords that start a unit at column 0.
pub const UNIT_KEYWORDS: &[&str] = &[
    "peraturan",
    "menimbang",
    "mengingat",
    "memutuskan",
    "bab",
    "bagian",
    "paragraf",
    "pasal",
    "penutup",
];

/// Deepest nesting of `{` and `(` (counted together) accepted.
pub const MAX_DEPTH: usize = 48;

/// One unit of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct RawUnit {
    /// Byte range in the file.
    pub span: Span,
    /// Where nesting first went past [`MAX_DEPTH`], if it did.
    pub too_deep: Option<usize>,
    /// Where a string was opened and never closed, if one was.
    pub open_string: Option<usize>,
}

fn starts_unit(line: &str) -> bool {
    if !line.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    UNIT_KEYWORDS.iter().any(|kw| {
        line.strip_prefix(kw).is_some_and(|rest| {
            rest.chars()
                .next()
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
        })
    })
}

/// Splits `text` into units. Leading blank and comment lines belong to no unit;
/// any other text before the first unit keyword becomes a unit of its own (and
/// fails to parse, with a message).
pub fn split_units(text: &str) -> Vec<RawUnit> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if starts_unit(line) {
            starts.push(offset);
        } else if starts.is_empty() {
            let t = line.trim();
            if !t.is_empty() && !t.starts_with("//") {
                starts.push(offset);
            }
        }
        offset += line.len();
    }
    let mut units = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let (too_deep, open_string) = scan(text.get(start..end).unwrap_or(""));
        units.push(RawUnit {
            span: Span::new(start, end),
            too_deep: too_deep.map(|p| p + start),
            open_string: open_string.map(|p| p + start),
        });
    }
    units
}

/// Tracks strings, comments and braces in one unit.
fn scan(unit: &str) -> (Option<usize>, Option<usize>) {
    let bytes = unit.as_bytes();
    let mut depth = 0usize;
    let mut too_deep = None;
    let mut string_start = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if string_start.is_some() {
            match b {
                b'\\' => i += 1,
                b'"' => string_start = None,
                _ => {}
            }
        } else {
            match b {
                b'"' => string_start = Some(i),
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    while bytes.get(i).is_some_and(|&c| c != b'\n') {
                        i += 1;
                    }
                    continue;
                }
                b'{' | b'(' => {
                    depth += 1;
                    if depth > MAX_DEPTH && too_deep.is_none() {
                        too_deep = Some(i);
                    }
                }
                b'}' | b')' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    (too_deep, string_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_column_zero_keywords_only() {
        let text = "// c\npasal 1 {\n  \"a\n  pasal 2\"\n}\npasal 2 \"b\"\n";
        let units = split_units(text);
        assert_eq!(units.len(), 2);
        assert_eq!(
            &text[units[1].span.start..units[1].span.end],
            "pasal 2 \"b\"\n"
        );
    }

    #[test]
    fn reports_open_string_and_depth() {
        let deep = format!("pasal 1 {}", "{".repeat(MAX_DEPTH + 2));
        assert!(split_units(&deep)[0].too_deep.is_some());
        assert!(split_units("pasal 1 \"abc\n")[0].open_string.is_some());
        assert!(split_units("pasalx 1")[0].span.start == 0);
    }
}
