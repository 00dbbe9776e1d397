//! A [`Document`] as Markdown (CommonMark): headings for BAB, Bagian,
//! Paragraf and Pasal, nested bullet lists whose items carry the law's own
//! markers ("(1)", "a.", "1\.", "a)"), and every character of the law's text
//! that Markdown would read as markup escaped.

use super::{Block, Document, Node, Part};
use crate::ir::HeadingKind;

/// Renders the document as Markdown.
pub fn render(doc: &Document) -> String {
    super::without_controls(lay_out(doc))
}

/// The layout, before control characters are taken out.
fn lay_out(doc: &Document) -> String {
    let mut out = Out::default();
    let head = &doc.head;
    if !head.above.is_empty() {
        let lines: Vec<String> = head.above.iter().map(|l| escape(l)).collect();
        out.block(&lines.join("\\\n"));
    }
    out.block(&format!("# {}", escape(&head.full_title())));
    if let Some(t) = &head.tentang {
        out.block("TENTANG");
        out.block(&format!("**{}**", escape(t)));
    }
    out.block("DENGAN RAHMAT TUHAN YANG MAHA ESA");
    if !head.enacting.is_empty() {
        out.block(&escape(&head.enacting));
    }
    for (label, entries) in [("Menimbang", &doc.menimbang), ("Mengingat", &doc.mengingat)] {
        if entries.is_empty() {
            continue;
        }
        out.block(&format!("{label} :"));
        let items: Vec<String> = entries
            .iter()
            .map(|e| format!("- {} {}", marker(&e.marker), escape(&e.text)))
            .collect();
        out.block(&items.join("\n"));
    }
    if let Some(m) = &doc.menetapkan {
        out.block("MEMUTUSKAN:");
        out.block(&format!("Menetapkan : {}", escape(m)));
    }
    let mut depth = 1;
    for b in &doc.body {
        match b {
            Block::Heading(h) => {
                depth = match h.kind {
                    HeadingKind::Bab => 2,
                    HeadingKind::Bagian => 3,
                    HeadingKind::Paragraf => 4,
                };
                out.block(&format!(
                    "{} {} — {}",
                    "#".repeat(depth),
                    escape(&h.label),
                    escape(&h.title)
                ));
            }
            Block::Pasal(p) => pasal(&mut out, p, depth + 1),
        }
    }
    for t in &doc.penutup {
        out.block(&paragraph(t));
    }
    for s in &doc.signatures {
        let mut lines = vec![format!("{} di {}", s.verb, escape(&s.place))];
        if let Some(d) = &s.date {
            lines.push(format!("pada tanggal {d}"));
        }
        lines.push(escape(&s.office));
        out.block(&lines.join("\\\n"));
        if let Some(n) = &s.name {
            out.block(&paragraph(n));
        }
    }
    if let Some(b) = &doc.berita {
        out.block(&paragraph(b));
    }
    out.finish()
}

/// Blocks separated by one blank line.
#[derive(Default)]
struct Out {
    blocks: Vec<String>,
}

impl Out {
    fn block(&mut self, s: &str) {
        self.blocks.push(s.to_string());
    }
    fn finish(self) -> String {
        let mut s = self.blocks.join("\n\n");
        s.push('\n');
        s
    }
}

fn pasal(out: &mut Out, p: &Node, level: usize) {
    out.block(&format!(
        "{} {}",
        "#".repeat(level.min(6)),
        escape(&p.marker)
    ));
    let mut list: Vec<String> = Vec::new();
    let mut noted = false;
    for part in &p.parts {
        match part {
            Part::Text(t) => {
                if !list.is_empty() {
                    out.block(&list.join("\n"));
                    list.clear();
                }
                out.block(&paragraph(t));
                if !noted {
                    noted = true;
                    if let Some(n) = notes(&p.rules, "") {
                        out.block(&n);
                    }
                }
            }
            Part::Item(item) => {
                if !noted {
                    noted = true;
                    if let Some(n) = notes(&p.rules, "") {
                        out.block(&n);
                    }
                }
                list_item(&mut list, item, 0);
            }
        }
    }
    if !list.is_empty() {
        out.block(&list.join("\n"));
    }
    if !noted {
        if let Some(n) = notes(&p.rules, "") {
            out.block(&n);
        }
    }
}

/// One item of a list and its sub-items, indented two spaces per level.
fn list_item(lines: &mut Vec<String>, node: &Node, indent: usize) {
    let pad = " ".repeat(indent);
    let inner = " ".repeat(indent + 2);
    let mut parts = node.parts.iter().peekable();
    let first = match parts.peek() {
        Some(Part::Text(t)) => {
            parts.next();
            format!("{pad}- {} {}", marker(&node.marker), escape(t))
        }
        _ => format!("{pad}- {}", marker(&node.marker)),
    };
    lines.push(first);
    if let Some(n) = notes(&node.rules, &inner) {
        lines.push(n);
    }
    for part in parts {
        match part {
            Part::Text(t) => {
                lines.push(String::new());
                lines.push(format!("{inner}{}", paragraph(t)));
            }
            Part::Item(child) => list_item(lines, child, indent + 2),
        }
    }
}

/// `--annotate`: the clause's rules as one quoted line.
fn notes(rules: &[String], pad: &str) -> Option<String> {
    if rules.is_empty() {
        return None;
    }
    let joined: Vec<String> = rules.iter().map(|r| escape(r)).collect();
    Some(format!("{pad}> *aturan:* {}", joined.join("; ")))
}

/// A list marker that Markdown must not read as an ordered list: "1." → "1\.".
fn marker(m: &str) -> String {
    match m.strip_suffix('.').or_else(|| m.strip_suffix(')')) {
        Some(n) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => {
            format!("{n}\\{}", m.get(n.len()..).unwrap_or(""))
        }
        _ => escape(m),
    }
}

/// Text that starts a line: escaped, and a leading "-", "+", "=" or "12." that
/// Markdown would read as a list or a heading underline is neutralised.
fn paragraph(t: &str) -> String {
    let e = escape(t.trim_start());
    let digits = e.chars().take_while(char::is_ascii_digit).count();
    let after = e.get(digits..).unwrap_or("");
    if digits > 0
        && (after.starts_with(". ") || after.starts_with(") ") || after == "." || after == ")")
    {
        let (n, rest) = e.split_at(digits);
        format!("{n}\\{rest}")
    } else if e.starts_with(['-', '+', '=']) {
        format!("\\{e}")
    } else {
        e
    }
}

/// Backslash-escapes the characters Markdown reads as markup, and folds any
/// line break into a space (a clause's text is one paragraph).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_not_ordered_lists() {
        assert_eq!(marker("1."), "1\\.");
        assert_eq!(marker("12)"), "12\\)");
        assert_eq!(marker("a."), "a.");
        assert_eq!(marker("(1)"), "(1)");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a *b* <c>"), "a \\*b\\* \\<c\\>");
        assert_eq!(paragraph("1. satu"), "1\\. satu");
        assert_eq!(paragraph("- x"), "\\- x");
        assert_eq!(paragraph("2021 adalah"), "2021 adalah");
    }
}
