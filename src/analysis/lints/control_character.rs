//! PSL710 — a control character (NUL, a form feed left by `pdftotext`, an
//! escape sequence, DEL …) in the policy's text. Tabs and line ends are text;
//! a CR before a line end is PSL004's. `pasal render` leaves such characters out.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;
use crate::source::Span;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ControlCharacter,
    label: Text {
        en: "control character",
        id: "karakter kendali",
    },
    help: Text {
        en: "delete it: the printed peraturan has no such character (text copied from a PDF often carries form feeds and NULs)",
        id: "hapus karakter itu: peraturan yang dicetak tidak memuatnya (teks yang disalin dari PDF sering membawa form feed dan NUL)",
    },
    explain: Text {
        en: "The policy (the text of a clause, a heading, an identity field, or a comment) holds a control character: NUL, a form feed, an escape, DEL or another character of Unicode category Cc other than a tab or a line end. None is part of the law's text; they come from copying out of a PDF or another program, are invisible in most editors, and can break the tools that read the policy or its rendering. `pasal render` leaves them out; delete them from the policy.",
        id: "Kebijakan (teks ketentuan, judul, isian identitas, atau komentar) memuat karakter kendali: NUL, form feed, escape, DEL, atau karakter lain berkategori Unicode Cc selain tab dan akhir baris. Tidak satu pun merupakan bagian teks hukum; karakter itu terbawa saat menyalin dari PDF atau program lain, tidak terlihat di kebanyakan penyunting, dan dapat merusak alat yang membaca kebijakan atau hasil render-nya. `pasal render` tidak menyertakannya; hapus dari kebijakan.",
    },
    bad: "huruf a \"sehat jasmani\\u{0}dan rohani;\" => syarat sehat   // a NUL byte in the text",
    good: "huruf a \"sehat jasmani dan rohani;\" => syarat sehat",
    words: &[msg::ALL],
};

/// True for a character the policy's text may not hold: Unicode category Cc
/// except tab and line feed.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

/// How a control character is named in a message: `U+000C (form feed)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => Some("NUL"),
        '\u{7}' => Some("BEL"),
        '\u{8}' => Some("backspace"),
        '\u{b}' => Some("vertical tab"),
        '\u{c}' => Some("form feed"),
        '\r' => Some("carriage return"),
        '\u{1b}' => Some("escape"),
        '\u{7f}' => Some("DEL"),
        _ => None,
    };
    let code = format!("U+{:04X}", u32::from(c));
    name.map_or(code.clone(), |n| format!("{code} ({n})"))
}

/// Every line of `text` that holds a forbidden character: the first one's
/// byte offset and character, and how many the line holds. A CR just before
/// a line feed is left to PSL004 (CRLF line ends).
pub fn lines_with_controls(text: &str) -> Vec<(usize, char, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix("\r\n").unwrap_or(line);
        let mut hits = body.char_indices().filter(|(_, c)| is_forbidden(*c));
        if let Some((i, c)) = hits.next() {
            out.push((start + i, c, 1 + hits.count()));
        }
        start += line.len();
    }
    out
}

/// Runs the lint over the whole file: a control character outside strings is
/// already a syntax error (and the lints do not run), one in a comment is as
/// much out of place as one in a clause.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let file = &cx.policy.file;
    for (at, c, count) in lines_with_controls(&file.text) {
        let span = Span::new(at, at + c.len_utf8());
        let what = describe(c);
        let message = if count == 1 {
            msg::one(what)
        } else {
            msg::several(what, count - 1)
        };
        out.push(cx.finding(&LINT, span, None, message));
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// One control character on a line.
    one(what) = "control character {what} in the text" / "karakter kendali {what} di dalam teks";
    /// Several.
    several(what, more) = "control character {what} in the text, and {more} more on this line" / "karakter kendali {what} di dalam teks, dan {more} lagi di baris ini";
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_control_characters_but_not_tabs_or_line_ends() {
        assert!(lines_with_controls("a\tb\nc\r\nd").is_empty());
        assert_eq!(
            lines_with_controls("ab\ncd\0e\u{1b}f\n\u{c}"),
            vec![(5, '\0', 2), (10, '\u{c}', 1)]
        );
        assert_eq!(lines_with_controls("a\rb\n"), vec![(1, '\r', 1)]);
        assert_eq!(lines_with_controls("é\u{85}"), vec![(2, '\u{85}', 1)]);
    }

    #[test]
    fn names_the_character() {
        assert_eq!(describe('\0'), "U+0000 (NUL)");
        assert_eq!(describe('\u{1}'), "U+0001");
    }
}
