//! The layout: syntax tree (plus the comments the tree leaves out) → text.
//!
//! Canonical layout: units at column 0 with one blank line between them, two
//! spaces of indentation per level, headings on one line, clause text wrapped at
//! [`WIDTH`] columns with continuation lines indented four more spaces, `=>`
//! for the rules of a clause without sub-clauses, everything else in braces.
//!
//! Comments are placed by [`super::attach`]: the printer records every
//! anchor it prints, and prints each anchor's comments around it.

use super::attach::{Anchor, Attached, Attachment, Placed};
use super::rules;
use super::text::{push_literal, width};
use super::trivia::{blank_line_before, Trivia};
use crate::ast::*;
use crate::source::Span;

/// The column text is wrapped at.
pub const WIDTH: usize = 90;

/// Prints a document.
pub struct Printer<'a> {
    trivia: &'a Trivia<'a>,
    attachment: Attachment,
    /// Anchors in the order they were printed, with their indentation.
    anchors: Vec<Placed>,
    /// Comments written so far.
    emitted: usize,
    out: String,
}

/// One logical line being built: words and literals, wrapped into lines.
struct Line {
    lines: Vec<String>,
    cont: usize,
    started: bool,
}

impl Line {
    fn new(indent: usize) -> Self {
        Line {
            lines: vec![" ".repeat(indent)],
            cont: indent + 4,
            started: false,
        }
    }
    fn word(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(l) = self.lines.last_mut() {
            if self.started {
                l.push(' ');
            }
            l.push_str(s);
        }
        self.started = true;
    }
    fn literal(&mut self, value: &str, wrap: bool) {
        if self.started {
            if let Some(l) = self.lines.last_mut() {
                l.push(' ');
            }
        }
        push_literal(&mut self.lines, value, self.cont, WIDTH, wrap);
        self.started = true;
    }
    fn push_str(&mut self, s: &str) {
        if let Some(l) = self.lines.last_mut() {
            l.push_str(s);
        }
    }
    fn last_width(&self) -> usize {
        self.lines.last().map_or(0, |l| width(l))
    }
}

impl<'a> Printer<'a> {
    /// A printer that places comments by `attachment`.
    pub fn new(trivia: &'a Trivia<'a>, attachment: Attachment) -> Self {
        Printer {
            trivia,
            attachment,
            anchors: Vec::new(),
            emitted: 0,
            out: String::new(),
        }
    }

    /// Prints the whole document. Returns the text, the anchors in the order
    /// they were printed, and how many comments were written.
    pub fn document(mut self, doc: &Document) -> (String, Vec<Placed>, usize) {
        for unit in &doc.units {
            self.unit(unit);
        }
        let eof = self.attachment.end_of_file().to_vec();
        if !eof.is_empty() && !self.out.is_empty() {
            self.out.push('\n');
        }
        for (k, ci) in eof.iter().enumerate() {
            let blank = self
                .trivia
                .comments
                .get(*ci)
                .is_some_and(|c| c.blank_before);
            if k > 0 && blank {
                self.out.push('\n');
            }
            self.comment(*ci, 0);
        }
        (self.out, self.anchors, self.emitted)
    }

    fn src(&self) -> &'a str {
        self.trivia.src()
    }

    /// Records an anchor printed at `indent` and returns its comments.
    fn anchor(&mut self, a: Anchor, indent: usize) -> Attached {
        self.placed(a, indent, indent)
    }

    /// Records the closing brace of a block at `indent`.
    fn anchor_closing(&mut self, a: Anchor, indent: usize) -> Attached {
        self.placed(a, indent, indent + 2)
    }

    fn placed(&mut self, a: Anchor, indent: usize, inner: usize) -> Attached {
        self.anchors.push((a, indent, inner));
        let mut att = self.peek(a);
        att.indent = indent;
        att
    }

    fn peek(&self, a: Anchor) -> Attached {
        self.attachment.get(a)
    }

    fn span_anchor(&self, s: Span) -> Anchor {
        (s.start, self.trivia.code_end(s))
    }

    fn comment(&mut self, ci: usize, indent: usize) {
        if let Some(c) = self.trivia.comments.get(ci) {
            self.out.push_str(&" ".repeat(indent));
            self.out.push_str(&c.text);
            self.out.push('\n');
            self.emitted += 1;
        }
    }

    fn comments(&mut self, cis: &[usize], indent: usize) {
        for ci in cis {
            self.comment(*ci, indent);
        }
    }

    /// Writes an anchor's lines: its trailing comment at the end of the last,
    /// then its `after` comments indented under it (`indent` is the anchor's).
    fn emit(&mut self, lines: Vec<String>, att: &Attached) {
        let n = lines.len();
        for (i, l) in lines.into_iter().enumerate() {
            self.out.push_str(&l);
            if i + 1 == n {
                if let Some(c) = att.trailing.and_then(|ci| self.trivia.comments.get(ci)) {
                    self.out.push(' ');
                    self.out.push_str(&c.text);
                    self.emitted += 1;
                }
            }
            self.out.push('\n');
        }
        self.comments(&att.after, att.indent + 2);
    }

    /// The blank line before a unit and its leading comments.
    fn unit_leading(&mut self, att: &Attached, unit_start: usize) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        for (k, ci) in att.leading.iter().enumerate() {
            let blank = self
                .trivia
                .comments
                .get(*ci)
                .is_some_and(|c| c.blank_before);
            if k > 0 && blank {
                self.out.push('\n');
            }
            self.comment(*ci, 0);
        }
        if !att.leading.is_empty() && blank_line_before(self.src(), unit_start) {
            self.out.push('\n');
        }
    }

    /// The closing brace of a construct whose span is `span`, if it has one.
    fn closing(&self, span: Span) -> Option<Anchor> {
        let end = self.trivia.code_end(span);
        let b = end.checked_sub(1)?;
        (end > span.start && self.src().as_bytes().get(b) == Some(&b'}')).then_some((b, end))
    }

    /// A braced block: `HEAD {`, the children, `}`; `HEAD {}` when empty.
    fn block(
        &mut self,
        mut head: Line,
        head_att: &Attached,
        indent: usize,
        has_children: bool,
        closing: Option<Anchor>,
        children: impl FnOnce(&mut Self),
    ) {
        let close = closing.map(|c| self.peek(c)).unwrap_or_default();
        // `HEAD {}`, unless a comment must stand inside the braces (or, when
        // the head has notes under it, after `}` on its line: it would come
        // before them).
        if !has_children
            && head_att.trailing.is_none()
            && close.leading.is_empty()
            && (head_att.after.is_empty() || close.trailing.is_none())
        {
            head.push_str(" {}");
            if let Some(c) = closing {
                self.anchor_closing(c, indent);
            }
            let mut att = close;
            att.indent = indent;
            att.after = head_att.after.iter().chain(&att.after).copied().collect();
            self.emit(head.lines, &att);
            return;
        }
        head.push_str(" {");
        self.emit(head.lines, head_att);
        children(self);
        let close = closing
            .map(|c| self.anchor_closing(c, indent))
            .unwrap_or(Attached {
                indent,
                ..Attached::default()
            });
        self.comments(&close.leading, indent + 2);
        self.emit(vec![format!("{}}}", " ".repeat(indent))], &close);
    }

    fn unit(&mut self, unit: &Unit) {
        match unit {
            Unit::Identity(id) => {
                let att = self.anchor((id.span.start, id.span.start + "peraturan".len()), 0);
                self.unit_leading(&att, id.span.start);
                let mut head = Line::new(0);
                head.word("peraturan");
                let closing = self.closing(id.span);
                self.block(head, &att, 0, !id.fields.is_empty(), closing, |p| {
                    for f in &id.fields {
                        p.field(f);
                    }
                });
            }
            Unit::Menimbang(items, span) | Unit::Mengingat(items, span) => {
                let kw = if matches!(unit, Unit::Menimbang(..)) {
                    "menimbang"
                } else {
                    "mengingat"
                };
                let att = self.anchor((span.start, span.start + kw.len()), 0);
                self.unit_leading(&att, span.start);
                let mut head = Line::new(0);
                head.word(kw);
                let closing = self.closing(*span);
                self.block(head, &att, 0, !items.is_empty(), closing, |p| {
                    for i in items {
                        p.list_item(i);
                    }
                });
            }
            Unit::Memutuskan(t) => {
                let start = self
                    .src()
                    .get(..t.span.start)
                    .and_then(|s| s.rfind("memutuskan"))
                    .unwrap_or(t.span.start);
                let att = self.anchor((t.span.start, t.span.end), 0);
                self.unit_leading(&att, start);
                let mut line = Line::new(0);
                line.word("memutuskan");
                line.literal(&t.value, true);
                self.emit(line.lines, &att);
            }
            Unit::Penutup(texts, span) => {
                let first_end = texts.first().map_or(span.end, |t| t.span.end);
                let att = self.anchor((span.start, first_end), 0);
                self.unit_leading(&att, span.start);
                let mut line = Line::new(0);
                line.word("penutup");
                if let Some(t) = texts.first() {
                    line.literal(&t.value, true);
                }
                self.emit(line.lines, &att);
                for t in texts.iter().skip(1) {
                    self.text_item(t, 2);
                }
            }
            Unit::Heading(h) => {
                let att = self.anchor(self.span_anchor(h.span), 0);
                self.unit_leading(&att, h.span.start);
                let mut line = Line::new(0);
                line.word(match h.kind {
                    HeadingKind::Bab => "bab",
                    HeadingKind::Bagian => "bagian",
                    HeadingKind::Paragraf => "paragraf",
                });
                if let Some(n) = &h.number {
                    line.word(&n.value);
                }
                line.literal(&h.title.value, false);
                if let Some(s) = &h.scope {
                    line.word(&rules::scope(s));
                }
                self.emit(line.lines, &att);
            }
            Unit::Pasal(c) => self.clause(c, 0, true, false),
        }
    }

    fn field(&mut self, f: &Field) {
        let Some(anchor) = field_anchor(f) else {
            return;
        };
        let att = self.anchor(anchor, 2);
        self.comments(&att.leading, 2);
        let mut line = Line::new(2);
        match f {
            Field::Jenis(i) => {
                line.word("jenis");
                line.word(&i.value);
            }
            Field::Judul(t) => text_field(&mut line, "judul", t),
            Field::Daerah(k, t) => {
                line.word("daerah");
                line.word(&k.value);
                line.literal(&t.value, true);
            }
            Field::Provinsi(t) => text_field(&mut line, "provinsi", t),
            Field::Nomor(n) => {
                line.word("nomor");
                line.word(&self.int(n));
            }
            Field::Tahun(n) => {
                line.word("tahun");
                line.word(&self.int(n));
            }
            Field::Tentang(t) => text_field(&mut line, "tentang", t),
            Field::Singkatan(t) => text_field(&mut line, "singkatan", t),
            Field::Ditetapkan(s) => signing(&mut line, "ditetapkan", s),
            Field::Diundangkan(s) => signing(&mut line, "diundangkan", s),
            Field::Berita(t) => text_field(&mut line, "berita", t),
            Field::Mengikuti(t) => text_field(&mut line, "mengikuti", t),
            Field::Kutipan(t) => text_field(&mut line, "kutipan", t),
            Field::Unknown(i) => line.word(&i.value),
        }
        self.emit(line.lines, &att);
    }

    /// An integer with the digits as written.
    fn int(&self, n: &Spanned<u32>) -> String {
        let written = self.src().get(n.span.start..n.span.end).unwrap_or("");
        if !written.is_empty() && written.bytes().all(|b| b.is_ascii_digit()) {
            written.to_string()
        } else {
            n.value.to_string()
        }
    }

    fn list_item(&mut self, i: &ListItem) {
        let att = self.anchor((i.number.span.start, i.text.span.end), 2);
        self.comments(&att.leading, 2);
        let mut line = Line::new(2);
        line.word(&rules::part(i.kind, &i.number.value));
        line.literal(&i.text.value, true);
        self.emit(line.lines, &att);
    }

    fn text_item(&mut self, t: &Text, indent: usize) {
        let att = self.anchor((t.span.start, t.span.end), indent);
        self.comments(&att.leading, indent);
        let mut line = Line::new(indent);
        line.literal(&t.value, true);
        self.emit(line.lines, &att);
    }

    /// A clause at `indent`; `unit` for a Pasal (a unit of its own);
    /// `before_text` when a text item follows it in its parent's body.
    fn clause(&mut self, c: &Clause, indent: usize, unit: bool, before_text: bool) {
        let mut head_end = c.number.span.end;
        if let Some(s) = &c.scope {
            head_end = head_end.max(self.trivia.code_end(s.span));
        }
        if let Some(t) = &c.text {
            head_end = head_end.max(t.span.end);
        }
        let att = self.anchor((c.span.start, head_end), indent);
        if unit {
            self.unit_leading(&att, c.span.start);
        } else {
            self.comments(&att.leading, indent);
        }
        let mut head = Line::new(indent);
        match c.form {
            Some(form) => head.word(&format!(
                "{}{}",
                rules::part(c.kind, &c.number.value),
                form.mark()
            )),
            None => head.word(&rules::part(c.kind, &c.number.value)),
        }
        if let Some(s) = &c.scope {
            head.word(&rules::scope(s));
        }
        if let Some(t) = &c.text {
            head.literal(&t.value, true);
        }
        let closing = self.closing(c.span);
        let close = closing.map(|a| self.peek(a)).unwrap_or_default();
        let quiet_close =
            close.leading.is_empty() && close.trailing.is_none() && close.after.is_empty();
        let rules: Vec<&Rule> = c
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Rule(r) => Some(r.as_ref()),
                _ => None,
            })
            .collect();
        // A citation stops before a part that is followed by `=>` or a string:
        // `dasar … ayat (1)` then `=> …` (or then a text) would not parse back
        // as written, so such rules stay in braces.
        let open_end = |r: &&Rule| r.basis.as_ref().is_some_and(|b| !b.parts.is_empty());
        let inner_open = rules.iter().rev().skip(1).any(open_end);
        let last_open = before_text && rules.last().is_some_and(open_end);
        let arrows_parse = !inner_open && !last_open;
        if !rules.is_empty() && rules.len() == c.items.len() && quiet_close && arrows_parse {
            self.arrow_rules(head, &att, &rules, indent);
            if let Some(a) = closing {
                self.anchor_closing(a, indent);
            }
            return;
        }
        if c.items.is_empty() && c.text.is_some() && quiet_close {
            self.emit(head.lines, &att);
            if let Some(a) = closing {
                self.anchor_closing(a, indent);
            }
            return;
        }
        self.block(head, &att, indent, !c.items.is_empty(), closing, |p| {
            for (k, item) in c.items.iter().enumerate() {
                let before_text = matches!(c.items.get(k + 1), Some(Item::Text(_)));
                p.item(item, indent + 2, before_text);
            }
        });
    }

    /// `HEAD => rule` on one line when it fits, else one `=> rule` a line.
    fn arrow_rules(&mut self, mut head: Line, head_att: &Attached, rules: &[&Rule], indent: usize) {
        let anchors: Vec<Anchor> = rules.iter().map(|r| self.span_anchor(r.span)).collect();
        let texts: Vec<String> = rules.iter().map(|r| rules::rule(r, self.src())).collect();
        if let ([a], [t]) = (anchors.as_slice(), texts.as_slice()) {
            let att = self.peek(*a);
            if head_att.trailing.is_none()
                && head_att.after.is_empty()
                && att.leading.is_empty()
                && att.trailing.is_none()
                && att.after.is_empty()
                && head.last_width() + 4 + width(t) <= WIDTH
            {
                let att = self.anchor(*a, indent + 2);
                head.push_str(" => ");
                head.push_str(t);
                self.emit(head.lines, &att);
                return;
            }
        }
        self.emit(head.lines, head_att);
        for (a, t) in anchors.iter().zip(texts) {
            let att = self.anchor(*a, indent + 2);
            self.comments(&att.leading, indent + 2);
            self.emit(vec![format!("{}=> {t}", " ".repeat(indent + 2))], &att);
        }
    }

    fn item(&mut self, item: &Item, indent: usize, before_text: bool) {
        match item {
            Item::Text(t) => self.text_item(t, indent),
            Item::Clause(c) => self.clause(c, indent, false, before_text),
            Item::Rule(r) => {
                let att = self.anchor(self.span_anchor(r.span), indent);
                self.comments(&att.leading, indent);
                let text = format!("{}{}", " ".repeat(indent), rules::rule(r, self.src()));
                self.emit(vec![text], &att);
            }
            Item::Reference(cite) => {
                let att = self.anchor(self.span_anchor(cite.span), indent);
                self.comments(&att.leading, indent);
                let mut line = Line::new(indent);
                line.word("rujuk");
                line.word(&rules::citation(cite));
                self.emit(line.lines, &att);
            }
            Item::Acknowledgement(a) => {
                let att = self.anchor(self.span_anchor(a.span), indent);
                self.comments(&att.leading, indent);
                let mut line = Line::new(indent);
                line.word("akui");
                line.word(&a.code.value);
                line.literal(&a.reason.value, true);
                let mut lines = line.lines;
                if let Some(r) = &a.reading {
                    lines.push(format!(
                        "{}dibaca {}",
                        " ".repeat(indent + 2),
                        rules::rule(r, self.src())
                    ));
                }
                self.emit(lines, &att);
            }
        }
    }
}

fn text_field(line: &mut Line, kw: &str, t: &Text) {
    line.word(kw);
    line.literal(&t.value, true);
}

fn signing(line: &mut Line, kw: &str, s: &Signing) {
    line.word(kw);
    line.word("di");
    line.literal(&s.place.value, true);
    line.word("tanggal");
    line.word(&s.date.value);
    line.word("oleh");
    line.literal(&s.office.value, true);
    if let Some(n) = &s.name {
        line.word("nama");
        line.literal(&n.value, true);
    }
}

/// The source range of an identity field: from its first value to its last.
fn field_anchor(f: &Field) -> Option<Anchor> {
    let (a, b) = match f {
        Field::Jenis(i) | Field::Unknown(i) => (i.span, i.span),
        Field::Judul(t)
        | Field::Provinsi(t)
        | Field::Tentang(t)
        | Field::Singkatan(t)
        | Field::Berita(t)
        | Field::Mengikuti(t)
        | Field::Kutipan(t) => (t.span, t.span),
        Field::Daerah(k, t) => (k.span, t.span),
        Field::Nomor(n) | Field::Tahun(n) => (n.span, n.span),
        Field::Ditetapkan(s) | Field::Diundangkan(s) => (
            s.place.span,
            s.name.as_ref().map_or(s.office.span, |n| n.span),
        ),
    };
    (a.start < b.end).then_some((a.start, b.end))
}
