//! Writes an imported [`Document`] as pasal source.
//!
//! The output is plain pasal text with two-space indentation; callers pass it
//! through `format::format_text` for the canonical layout. Every clause's text is
//! written verbatim (quotes and backslashes escaped); the recogniser's rules follow
//! the clause with `=>`, its notes as `//` comments above them.

use super::model::{Block, Child, Clause, ClauseKind, Document, HeadingKind, LabelForm, Signing};
use std::fmt::Write as _;

/// The law's text as a pasal string literal: `"…"` with `\"` and `\\` escaped and
/// every run of white space (line breaks included) folded into one space.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut blank = false;
    for ch in text.trim().chars() {
        if ch.is_whitespace() {
            blank = true;
            continue;
        }
        if blank {
            out.push(' ');
            blank = false;
        }
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the whole document.
pub fn emit(doc: &Document) -> String {
    emit_with_origins(doc).0
}

/// Writes the whole document; with it, where each piece came from: (byte
/// offset in the text, line of the original), in text order.
pub fn emit_with_origins(doc: &Document) -> (String, Vec<(usize, usize)>) {
    let mut origins = Vec::new();
    let text = emit_into(doc, &mut origins, &mut Vec::new());
    (text, origins)
}

/// Writes the whole document, recording each piece's origin line and each
/// clause's start (byte offset, the clause's number in document order).
pub fn emit_into(
    doc: &Document,
    origins: &mut Vec<(usize, usize)>,
    clauses: &mut Vec<(usize, usize)>,
) -> String {
    let mut out = String::new();
    origins.push((0, doc.identity.origin.line.max(1)));
    emit_identity(doc, &mut out);
    for (unit, items) in [("menimbang", &doc.menimbang), ("mengingat", &doc.mengingat)] {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{unit} {{");
        for item in items {
            origins.push((out.len(), item.origin.line));
            let _ = writeln!(out, "  {} {}", item_head(&item.number), quote(&item.text));
        }
        out.push_str("}\n");
    }
    if let Some(m) = &doc.memutuskan {
        origins.push((out.len() + 1, m.origin.line));
        let _ = writeln!(out, "\nmemutuskan {}", quote(&m.value));
    }
    for block in &doc.body {
        out.push('\n');
        match block {
            Block::Heading(h) => {
                origins.push((out.len(), h.origin.line));
                let kind = match h.kind {
                    HeadingKind::Bab => "bab",
                    HeadingKind::Bagian => "bagian",
                    HeadingKind::Paragraf => "paragraf",
                };
                if let Some(n) = h.number.as_ref().filter(|n| n.contains(' ')) {
                    // "Kedua Belas": the language numbers a Bagian with one word.
                    let _ = writeln!(
                        out,
                        "// {kind} {n}: a two-word ordinal, written without its number"
                    );
                }
                out.push_str(kind);
                match &h.number {
                    Some(n) if n.contains(' ') => {}
                    Some(n) => {
                        out.push(' ');
                        out.push_str(n);
                    }
                    None => {}
                }
                out.push(' ');
                out.push_str(&quote(&h.title));
                if let Some(scope) = &h.scope {
                    out.push(' ');
                    out.push_str(scope);
                }
                out.push('\n');
            }
            Block::Pasal(p) => emit_clause(p, 0, 0, &mut out, origins, clauses),
        }
    }
    if let Some(p) = &doc.penutup {
        origins.push((out.len() + 1, p.origin.line));
        let _ = writeln!(out, "\npenutup {}", quote(&p.value));
    }
    if !doc.penjelasan.is_empty() {
        out.push_str("\n// PENJELASAN (the language has no construct for it yet):\n");
        for p in &doc.penjelasan {
            let _ = writeln!(out, "// {}", one_line(&p.value));
        }
    }
    if !doc.unplaced.is_empty() {
        out.push('\n');
        for u in &doc.unplaced {
            let _ = writeln!(
                out,
                "// tidak ditempatkan (baris {}): {}",
                u.origin.line,
                one_line(&u.value)
            );
        }
    }
    out
}

/// A text for a `//` comment: one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn emit_identity(doc: &Document, out: &mut String) {
    let id = &doc.identity;
    out.push_str("peraturan {\n");
    if let Some(j) = &id.jenis {
        let _ = writeln!(out, "  jenis {j}");
    }
    if let Some(j) = &id.judul {
        let _ = writeln!(out, "  judul {}", quote(j));
    }
    if let Some((kind, name)) = &id.daerah {
        let _ = writeln!(out, "  daerah {kind} {}", quote(name));
    }
    if let Some(p) = &id.provinsi {
        let _ = writeln!(out, "  provinsi {}", quote(p));
    }
    if let Some(n) = id.nomor {
        let _ = writeln!(out, "  nomor {n}");
    }
    if let Some(t) = id.tahun {
        let _ = writeln!(out, "  tahun {t}");
    }
    if let Some(t) = &id.tentang {
        let _ = writeln!(out, "  tentang {}", quote(t));
    }
    emit_signing("ditetapkan", id.ditetapkan.as_ref(), out);
    emit_signing("diundangkan", id.diundangkan.as_ref(), out);
    if let Some(b) = &id.berita {
        let _ = writeln!(out, "  berita {}", quote(b));
    }
    out.push_str("}\n");
}

fn emit_signing(field: &str, signing: Option<&Signing>, out: &mut String) {
    let Some(s) = signing else { return };
    let Some(date) = s.date else {
        // The language needs a date; keep what was read as a comment.
        let _ = writeln!(
            out,
            "  // {field} di {} oleh {}: tanggal tidak terbaca",
            s.place, s.title
        );
        return;
    };
    let _ = write!(
        out,
        "  {field} di {} tanggal {} oleh {}",
        quote(&s.place),
        date.format("%Y-%m-%d"),
        quote(&s.title)
    );
    if let Some(n) = &s.name {
        let _ = write!(out, " nama {}", quote(n));
    }
    out.push('\n');
}

/// A menimbang or mengingat item's head: `huruf a` or `angka 1`, by its label
/// (drafts number either list either way).
fn item_head(number: &str) -> String {
    if number.chars().all(|c| c.is_ascii_digit()) && !number.is_empty() {
        format!("angka {number}")
    } else {
        format!("huruf {number}")
    }
}

/// The clause head as pasal writes it: `pasal 24`, `ayat (1)`, `huruf a`,
/// `angka 3`; a huruf or angka printed in another form than Lampiran II's
/// sequence gives it (`angka_above` angka above it) records the printed one
/// (`huruf a)`), so that `pasal render` gives the draft's label back.
fn head(c: &Clause, angka_above: usize) -> String {
    let mark = |form: LabelForm| {
        if form == LabelForm::conventional(angka_above) {
            String::new()
        } else {
            form.mark().to_string()
        }
    };
    match c.kind {
        ClauseKind::Pasal => format!("pasal {}", c.number),
        ClauseKind::Ayat => format!("ayat ({})", c.number),
        ClauseKind::Huruf => format!("huruf {}{}", c.number, mark(c.form)),
        ClauseKind::Angka => format!("angka {}{}", c.number, mark(c.form)),
    }
}

fn emit_clause(
    c: &Clause,
    depth: usize,
    angka_above: usize,
    out: &mut String,
    origins: &mut Vec<(usize, usize)>,
    clauses: &mut Vec<(usize, usize)>,
) {
    origins.push((out.len(), c.origin.line));
    clauses.push((out.len(), clauses.len()));
    let pad = "  ".repeat(depth);
    let inner = "  ".repeat(depth + 1);
    out.push_str(&pad);
    out.push_str(&head(c, angka_above));
    if let Some(scope) = &c.scope {
        out.push(' ');
        out.push_str(scope);
    }
    // A clause with sub-clauses, or whose rules cite (`dasar …` could run into the
    // next head), is written with braces; a leaf with plain rules uses `=>`.
    let braces = !c.children.is_empty() || c.rules.iter().any(|r| r.contains(" dasar "));
    if !braces {
        if let Some(t) = &c.text {
            out.push(' ');
            out.push_str(&quote(t));
        }
        out.push('\n');
        for note in &c.notes {
            let _ = writeln!(out, "{inner}// {note}");
        }
        for rule in &c.rules {
            let _ = writeln!(out, "{inner}=> {rule}");
        }
        return;
    }
    if c.kind != ClauseKind::Pasal {
        if let Some(t) = &c.text {
            out.push(' ');
            out.push_str(&quote(t));
        }
    }
    out.push_str(" {\n");
    if c.kind == ClauseKind::Pasal {
        if let Some(t) = &c.text {
            let _ = writeln!(out, "{inner}{}", quote(t));
        }
    }
    for note in &c.notes {
        let _ = writeln!(out, "{inner}// {note}");
    }
    for rule in &c.rules {
        let _ = writeln!(out, "{inner}{rule}");
    }
    for child in &c.children {
        match child {
            Child::Clause(sub) => emit_clause(
                sub,
                depth + 1,
                angka_above + usize::from(c.kind == ClauseKind::Angka),
                out,
                origins,
                clauses,
            ),
            Child::Text(t) => {
                origins.push((out.len(), t.origin.line));
                let _ = writeln!(out, "{inner}{}", quote(&t.value));
            }
        }
    }
    let _ = writeln!(out, "{pad}}}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::model::{Identity, Origin};

    fn clause(kind: ClauseKind, n: &str, text: &str) -> Clause {
        let mut c = Clause::new(kind, n, Origin::default());
        c.text = Some(text.to_string());
        c
    }

    #[test]
    fn emitted_policy_formats_and_compiles() {
        let mut pasal = clause(ClauseKind::Pasal, "2", "Persyaratan \"JPT\" meliputi:");
        let mut a = clause(ClauseKind::Huruf, "a", "sehat jasmani dan rohani;");
        a.rules.push("syarat sehat".into());
        a.notes.push("dikenali: syarat sehat".into());
        pasal.children.push(Child::Clause(a));
        pasal.scope = Some("untuk jpt_pratama melalui seleksi_terbuka".into());
        let doc = Document {
            identity: Identity {
                jenis: Some("peraturan_bupati".into()),
                nomor: Some(1),
                tahun: Some(2024),
                tentang: Some("PENGISIAN JPT".into()),
                ..Identity::default()
            },
            body: vec![Block::Pasal(pasal)],
            ..Document::default()
        };
        let text = emit(&doc);
        let formatted = crate::format::format_text("draft.pasal", &text);
        assert!(formatted.is_ok(), "{text}\n{formatted:?}");
        let formatted = formatted.unwrap_or_default();
        assert!(formatted.contains("\\\"JPT\\\""), "{formatted}");
        assert!(
            formatted.contains("// dikenali: syarat sehat"),
            "{formatted}"
        );
    }
}
