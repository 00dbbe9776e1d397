//! String literals: escaping a folded value back into `"…"`, and wrapping it
//! over several lines without changing what the compiler folds it back to.
//!
//! The compiler folds a line break inside a string, with the blanks around it,
//! into one space. So a literal may only be broken at a single space that has
//! no blank on either side and is neither the first nor the last character:
//! there the fold gives back exactly the space that was replaced.

/// Writes `value` as the inside of a literal: `\` → `\\`, `"` → `\"`, a line
/// break (from a `\n` escape) → `\n`.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Splits a value into the pieces between the spaces where it may be broken.
pub fn pieces(value: &str) -> Vec<String> {
    let bytes = value.as_bytes();
    let blank = |i: usize| matches!(bytes.get(i), Some(b' ' | b'\t' | b'\r' | b'\n'));
    let mut out = Vec::new();
    let mut from = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b' ' && i > 0 && !blank(i - 1) && i + 1 < bytes.len() && !blank(i + 1) {
            out.push(escape(value.get(from..i).unwrap_or("")));
            from = i + 1;
        }
    }
    out.push(escape(value.get(from..).unwrap_or("")));
    out
}

/// Width of a line in characters.
pub fn width(s: &str) -> usize {
    s.chars().count()
}

/// Appends the literal of `value` to the last of `lines`, wrapping at `max`
/// columns onto new lines indented by `cont` spaces. With `wrap` false the
/// literal stays on one line.
pub fn push_literal(lines: &mut Vec<String>, value: &str, cont: usize, max: usize, wrap: bool) {
    if lines.is_empty() {
        lines.push(String::new());
    }
    let pieces = if wrap {
        pieces(value)
    } else {
        vec![escape(value)]
    };
    let last = pieces.len().saturating_sub(1);
    let mut first_on_line = true;
    if let Some(l) = lines.last_mut() {
        l.push('"');
    }
    for (i, p) in pieces.iter().enumerate() {
        let closing = usize::from(i == last);
        let cur = lines.last().map_or(0, |l| width(l));
        if !first_on_line && cur + 1 + width(p) + closing > max {
            lines.push(" ".repeat(cont));
            first_on_line = true;
        }
        if let Some(l) = lines.last_mut() {
            if !first_on_line {
                l.push(' ');
            }
            l.push_str(p);
        }
        first_on_line = false;
    }
    if let Some(l) = lines.last_mut() {
        l.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parser::fold_string;

    fn literal(value: &str, max: usize) -> String {
        let mut lines = vec!["  huruf a ".to_string()];
        push_literal(&mut lines, value, 6, max, true);
        lines.join("\n")
    }

    fn inner(lit: &str) -> &str {
        let s = lit.trim_start().trim_start_matches("huruf a ");
        &s[1..s.len() - 1]
    }

    #[test]
    fn wraps_at_single_spaces_and_folds_back() {
        for v in [
            "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh",
            "dua  spasi di  sini dan di sana juga ya",
            " awal dan akhir berspasi ",
            "kutip \"dalam\" dan garis \\ miring",
            "baris\nbaru di tengah teks yang panjang",
            "tab\tdan  \t spasi campur aduk di sini",
            "",
            " ",
        ] {
            for max in [12, 20, 40, 90] {
                let lit = literal(v, max);
                assert_eq!(fold_string(inner(&lit)), v, "max {max}: {lit:?}");
            }
        }
    }

    #[test]
    fn never_breaks_around_double_spaces() {
        let lit = literal("a  b  c  d  e  f  g  h", 10);
        assert!(!lit.contains('\n'), "{lit}");
    }

    #[test]
    fn escapes() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
