//! Reading a peraturan's structure from cleaned lines: the identity block,
//! menimbang, mengingat, memutuskan, BAB / Bagian / Paragraf headings, Pasal
//! and their ayat, huruf and angka (nested as the labels' sequence says), the
//! closing formula, the signatures and the Berita Daerah line.
//!
//! Nesting follows the labels, not the indentation a PDF loses: a label that
//! continues an open list (`d.` after `c.`) is its sibling; a first label (`a.`,
//! `1.`) opens a list inside the clause before it; `(n)` is always an ayat.

use super::model::*;
use super::text::Line;

/// A line read as a token of the structure.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Bab(String, Option<String>),
    Bagian(String, Option<String>),
    Paragraf(String, Option<String>),
    Pasal(String),
    Menimbang(Option<String>),
    Mengingat(Option<String>),
    Memutuskan,
    Menetapkan(String),
    Label(Label, String),
    Penjelasan,
    /// `Ditetapkan di …`, `Diundangkan di …`, the Berita / Lembaran Daerah line:
    /// the closing block begins, whatever the last Pasal's text looked like.
    Closing,
    Text(String),
}

/// A clause label as printed.
#[derive(Debug, Clone, PartialEq)]
struct Label {
    kind: ClauseKind,
    number: String,
    form: LabelForm,
}

/// `(1) text`, `a. text`, `a) text`, `1. text`, `1) text`.
fn label(s: &str) -> Option<(Label, String)> {
    let s = s.trim_start();
    if let Some(rest) = s.strip_prefix('(') {
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        let after = rest.get(digits.len()..)?;
        if !digits.is_empty() && digits.len() <= 3 {
            if let Some(text) = after.strip_prefix(')') {
                // `(1).` is printed too.
                let text = text.strip_prefix('.').unwrap_or(text);
                if text.is_empty() || text.starts_with(' ') {
                    let number = digits.trim_start_matches('0').to_string();
                    return Some((
                        Label {
                            kind: ClauseKind::Ayat,
                            number: if number.is_empty() { digits } else { number },
                            form: LabelForm::Dot,
                        },
                        text.trim().to_string(),
                    ));
                }
            }
        }
        return None;
    }
    let (kind, number) = if s.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() > 3 {
            return None;
        }
        (ClauseKind::Angka, digits)
    } else {
        let letter: String = s.chars().take_while(|c| c.is_ascii_lowercase()).collect();
        if letter.len() != 1 {
            return None;
        }
        (ClauseKind::Huruf, letter)
    };
    let after = s.get(number.len()..)?;
    let (form, text) = if let Some(t) = after.strip_prefix('.') {
        (LabelForm::Dot, t)
    } else if let Some(t) = after.strip_prefix(')') {
        (LabelForm::Paren, t)
    } else {
        return None;
    };
    if !(text.is_empty() || text.starts_with(' ')) {
        return None;
    }
    Some((Label { kind, number, form }, text.trim().to_string()))
}

/// The word after a keyword, case-insensitively: `BAB IV …` → ("IV", "…").
fn keyword<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let head = s.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let rest = s.get(word.len()..)?;
    rest.starts_with([' ', ':'])
        .then(|| rest.trim_start_matches([' ', ':']))
        .or_else(|| rest.is_empty().then_some(""))
}

fn split_first(s: &str) -> (String, Option<String>) {
    let mut parts = s.splitn(2, ' ');
    let first = parts.next().unwrap_or("").to_string();
    let rest = parts
        .next()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    (first, rest)
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "IVXLCDM".contains(c))
}

/// Ordinal words that number a Bagian, from `Kesatu` on; two-word ones
/// (`Kedua Belas`) too.
fn ordinal(s: &str) -> Option<(String, Option<String>)> {
    let words: Vec<&str> = s.split(' ').collect();
    let first = words.first()?.to_lowercase();
    if !(first.starts_with("ke") && first.len() > 3 || first == "pertama") {
        return None;
    }
    let two = words.get(1).map(|w| w.to_lowercase());
    let (number, used) = match two.as_deref() {
        Some("belas") | Some("puluh") => (format!("{first} {}", two.unwrap_or_default()), 2),
        _ => (first, 1),
    };
    let rest = words
        .get(used..)
        .map(|w| w.join(" "))
        .filter(|r| !r.is_empty());
    Some((number, rest))
}

fn token(line: &str) -> Token {
    let s = line.trim();
    if let Some(rest) = keyword(s, "BAB") {
        let (n, title) = split_first(rest);
        if is_roman(&n) {
            return Token::Bab(n, title);
        }
    }
    if let Some(rest) = keyword(s, "Bagian") {
        if let Some((n, title)) = ordinal(rest) {
            return Token::Bagian(n, title);
        }
    }
    if let Some(rest) = keyword(s, "Paragraf") {
        let (n, title) = split_first(rest);
        if n.chars().all(|c| c.is_ascii_digit()) {
            return Token::Paragraf(n, title);
        }
    }
    if let Some(rest) = keyword(s, "Pasal") {
        let n = rest.trim();
        let digits = n.chars().take_while(|c| c.is_ascii_digit()).count();
        let suffix = n.get(digits..).unwrap_or("");
        if digits > 0
            && (suffix.is_empty()
                || suffix.len() == 1 && suffix.chars().all(|c| c.is_ascii_uppercase()))
        {
            return Token::Pasal(n.to_string());
        }
    }
    for (word, make) in [
        ("Menimbang", Token::Menimbang as fn(Option<String>) -> Token),
        ("Mengingat", Token::Mengingat),
    ] {
        if let Some(rest) = keyword(s, word) {
            let rest = rest.trim();
            return make((!rest.is_empty()).then(|| rest.to_string()));
        }
    }
    if let Some(rest) = keyword(s, "MEMUTUSKAN") {
        if rest.trim().is_empty() {
            return Token::Memutuskan;
        }
    }
    if let Some(rest) = keyword(s, "Menetapkan") {
        return Token::Menetapkan(rest.trim().to_string());
    }
    if s.eq_ignore_ascii_case("PENJELASAN") || s.to_uppercase().starts_with("PENJELASAN ATAS") {
        return Token::Penjelasan;
    }
    let upper = s.to_uppercase();
    if [
        "DITETAPKAN DI ",
        "DIUNDANGKAN DI ",
        "BERITA DAERAH ",
        "LEMBARAN DAERAH ",
    ]
    .iter()
    .any(|w| upper.starts_with(w))
    {
        return Token::Closing;
    }
    if let Some((l, text)) = label(s) {
        return Token::Label(l, text);
    }
    Token::Text(s.to_string())
}

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Title,
    Menimbang,
    Mengingat,
    Memutuskan,
    Body,
    Closing,
    Penjelasan,
}

/// Reads a document from cleaned lines.
pub fn read(lines: &[Line]) -> Document {
    let mut r = Reader::default();
    for line in lines {
        r.line(line);
    }
    r.finish()
}

#[derive(Default)]
struct Reader {
    doc: Document,
    phase: Option<Phase>,
    /// Lines of the title block, in order.
    title: Vec<Located<String>>,
    /// The Pasal being read and the path of open clauses in it.
    pasal: Option<Clause>,
    path: Vec<usize>,
    /// The last piece of text written, for continuation lines: true when it may go on.
    open_text: bool,
    /// A heading whose title is on the next line.
    heading_waits: bool,
    /// Closing lines after the last Pasal.
    closing: Vec<Located<String>>,
    /// Body of an earlier copy of the document, when the text repeats itself.
    earlier: Option<Vec<Block>>,
    repeated_at: Option<usize>,
}

fn origin(line: &Line) -> Origin {
    Origin {
        line: line.number,
        quote: None,
    }
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', ';', ':'])
}

impl Reader {
    fn phase(&self) -> Phase {
        self.phase.unwrap_or(Phase::Title)
    }

    fn line(&mut self, line: &Line) {
        let tok = token(&line.text);
        let o = origin(line);
        // An opening after the body has begun: the document repeats itself.
        if matches!(
            tok,
            Token::Menimbang(_) | Token::Mengingat(_) | Token::Memutuskan
        ) && matches!(self.phase(), Phase::Body | Phase::Closing)
        {
            self.restart(line.number, matches!(tok, Token::Memutuskan));
        }
        match (self.phase(), tok) {
            (Phase::Penjelasan, _) => self.doc.penjelasan.push(Located {
                value: line.text.clone(),
                origin: o,
            }),
            (Phase::Body | Phase::Closing, Token::Closing) => {
                self.close_pasal();
                self.phase = Some(Phase::Closing);
                self.closing.push(Located {
                    value: line.text.clone(),
                    origin: o,
                });
            }
            (_, Token::Penjelasan) => {
                self.close_pasal();
                self.phase = Some(Phase::Penjelasan);
            }
            (_, Token::Menimbang(rest)) => {
                self.phase = Some(Phase::Menimbang);
                if let Some(rest) = rest {
                    self.opening_item(&rest, o);
                }
            }
            (_, Token::Mengingat(rest)) => {
                self.phase = Some(Phase::Mengingat);
                if let Some(rest) = rest {
                    self.opening_item(&rest, o);
                }
            }
            (_, Token::Memutuskan) => self.phase = Some(Phase::Memutuskan),
            (
                Phase::Title | Phase::Menimbang | Phase::Mengingat | Phase::Memutuskan,
                Token::Menetapkan(rest),
            ) => {
                self.phase = Some(Phase::Memutuskan);
                self.doc.memutuskan = Some(Located {
                    value: rest,
                    origin: o,
                });
                self.open_text = true;
            }
            (Phase::Menimbang | Phase::Mengingat, Token::Label(_, _) | Token::Text(_)) => {
                self.opening_item(&line.text, o)
            }
            (Phase::Memutuskan, Token::Text(t))
                if self.open_text && self.doc.memutuskan.is_some() =>
            {
                if let Some(m) = &mut self.doc.memutuskan {
                    m.value = format!("{} {t}", m.value);
                }
            }
            (Phase::Title, Token::Text(t) | Token::Label(_, t)) if self.body_empty() => {
                let _ = t;
                self.title.push(Located {
                    value: line.text.clone(),
                    origin: o,
                })
            }
            (_, Token::Bab(n, title)) => self.heading(HeadingKind::Bab, Some(n), title, o),
            (_, Token::Bagian(n, title)) => {
                let n = n.to_lowercase();
                self.heading(HeadingKind::Bagian, Some(n), title, o)
            }
            (_, Token::Paragraf(n, title)) => {
                let n = (!n.is_empty()).then_some(n);
                self.heading(HeadingKind::Paragraf, n, title, o)
            }
            (_, Token::Pasal(n)) => {
                self.close_pasal();
                self.phase = Some(Phase::Body);
                self.pasal = Some(Clause::new(ClauseKind::Pasal, n, o));
                self.path.clear();
                self.open_text = false;
            }
            (Phase::Body, Token::Label(l, text)) if self.pasal.is_some() => self.clause(l, text, o),
            (Phase::Body, Token::Text(t)) if self.heading_waits && self.heading_title(&t) => {}
            (Phase::Body, Token::Text(t)) if self.pasal.is_some() => self.body_text(t, o),
            (_, Token::Label(_, _) | Token::Text(_) | Token::Menetapkan(_) | Token::Closing) => {
                if matches!(self.phase(), Phase::Body | Phase::Closing) {
                    self.phase = Some(Phase::Closing);
                    self.closing.push(Located {
                        value: line.text.clone(),
                        origin: o,
                    });
                } else {
                    self.doc.unplaced.push(Located {
                        value: line.text.clone(),
                        origin: o,
                    });
                }
            }
        }
    }

    fn body_empty(&self) -> bool {
        self.doc.body.is_empty() && self.pasal.is_none()
    }

    /// A menimbang or mengingat line: a labelled item, or text continuing the last one.
    fn opening_item(&mut self, text: &str, o: Origin) {
        let menimbang = self.phase() == Phase::Menimbang;
        let items = if menimbang {
            &mut self.doc.menimbang
        } else {
            &mut self.doc.mengingat
        };
        match label(text) {
            Some((l, rest)) if matches!(l.kind, ClauseKind::Huruf | ClauseKind::Angka) => {
                // In a repeated copy an item replaces the earlier one of its number.
                items.retain(|i| i.number != l.number);
                items.push(Item {
                    number: l.number,
                    text: rest,
                    origin: o,
                });
            }
            _ => match items.last_mut() {
                Some(last) => {
                    last.text = format!("{} {text}", last.text);
                }
                None => items.push(Item {
                    // The law prints a single item with no label.
                    number: if menimbang { "a" } else { "1" }.to_string(),
                    text: text.to_string(),
                    origin: o,
                }),
            },
        }
    }

    fn heading(
        &mut self,
        kind: HeadingKind,
        number: Option<String>,
        title: Option<String>,
        o: Origin,
    ) {
        self.close_pasal();
        self.phase = Some(Phase::Body);
        self.heading_waits = title
            .as_deref()
            .is_none_or(|t| !t.chars().any(|c| c.is_lowercase()));
        self.doc.body.push(Block::Heading(Heading {
            kind,
            number,
            title: title.unwrap_or_default(),
            scope: None,
            origin: o,
        }));
    }

    /// The title of the last heading, or a further line of a title in capitals;
    /// false when the line is not part of the title.
    fn heading_title(&mut self, t: &str) -> bool {
        let capitals = !t.chars().any(|c| c.is_lowercase());
        let Some(Block::Heading(h)) = self.doc.body.last_mut() else {
            self.heading_waits = false;
            return false;
        };
        if h.title.is_empty() {
            h.title = t.to_string();
        } else if capitals && !h.title.chars().any(|c| c.is_lowercase()) {
            h.title = format!("{} {t}", h.title);
        } else {
            self.heading_waits = false;
            return false;
        }
        // A title in capitals may run on to the next line.
        self.heading_waits = capitals;
        true
    }

    fn close_pasal(&mut self) {
        self.heading_waits = false;
        if let Some(p) = self.pasal.take() {
            self.doc.body.push(Block::Pasal(p));
        }
        self.path.clear();
    }

    /// The clause at the end of `path` (the Pasal when the path is empty).
    fn at(&mut self, depth: usize) -> Option<&mut Clause> {
        let mut c = self.pasal.as_mut()?;
        for &i in self.path.iter().take(depth) {
            c = match c.children.get_mut(i) {
                Some(Child::Clause(sub)) => sub,
                _ => return None,
            };
        }
        Some(c)
    }

    fn clause_at(&self, depth: usize) -> Option<&Clause> {
        let mut c = self.pasal.as_ref()?;
        for &i in self.path.iter().take(depth) {
            c = match c.children.get(i) {
                Some(Child::Clause(sub)) => sub,
                _ => return None,
            };
        }
        Some(c)
    }

    fn clause(&mut self, mut l: Label, text: String, o: Origin) {
        if self.continues_ayat(&l) {
            // `3)` after ayat (2), with no list of `2)` open: the law's ayat (3), misprinted.
            l.kind = ClauseKind::Ayat;
            l.form = LabelForm::Dot;
        }
        let depth = self.place(&l);
        self.path.truncate(depth);
        let mut c = Clause::new(l.kind, l.number, o);
        c.form = l.form;
        self.open_text = !text.is_empty() && !ends_sentence(&text);
        c.text = (!text.is_empty()).then_some(text);
        if let Some(parent) = self.at(depth) {
            parent.children.push(Child::Clause(c));
            let i = parent.children.len() - 1;
            self.path.push(i);
        }
    }

    /// True when a number label is the next ayat of the Pasal and no open list
    /// of its kind expects it.
    fn continues_ayat(&self, l: &Label) -> bool {
        if l.kind != ClauseKind::Angka || l.number == "1" {
            return false;
        }
        let Some(pasal) = self.pasal.as_ref() else {
            return false;
        };
        let last_ayat = pasal
            .sub_clauses()
            .filter(|c| c.kind == ClauseKind::Ayat)
            .last()
            .map(|c| c.number.clone());
        let next = last_ayat.as_deref().and_then(successor);
        if next.as_deref() != Some(l.number.as_str()) {
            return false;
        }
        !(1..=self.path.len()).any(|d| {
            self.clause_at(d).is_some_and(|c| {
                c.kind == l.kind && successor(&c.number).as_deref() == Some(l.number.as_str())
            })
        })
    }

    /// The depth of the clause a new label goes under.
    fn place(&self, l: &Label) -> usize {
        if l.kind == ClauseKind::Ayat {
            return 0;
        }
        let same = |c: &Clause| c.kind == l.kind && c.form == l.form;
        // A label continuing an open list is its sibling.
        for d in (1..=self.path.len()).rev() {
            if let Some(c) = self.clause_at(d) {
                if same(c) && successor(&c.number).as_deref() == Some(l.number.as_str()) {
                    return d - 1;
                }
            }
        }
        let first = l.number == "a" || l.number == "1";
        if !first {
            // Out of sequence (a numbering defect): beside the nearest list of its kind.
            for d in (1..=self.path.len()).rev() {
                if self.clause_at(d).is_some_and(same) {
                    return d - 1;
                }
            }
        }
        self.path.len()
    }

    /// Unlabelled text in a Pasal: it continues the last clause's text when that
    /// did not end a sentence; otherwise it is the Pasal's text or a sentence
    /// after a list.
    fn body_text(&mut self, t: String, o: Origin) {
        if let Some(split) = t.find("Agar setiap orang mengetahuinya") {
            let (before, after) = t.split_at(split);
            if !before.trim().is_empty() {
                self.body_text(before.trim().to_string(), o.clone());
            }
            self.close_pasal();
            self.phase = Some(Phase::Closing);
            self.closing.push(Located {
                value: after.to_string(),
                origin: o,
            });
            return;
        }
        let depth = self.path.len();
        let open = self.open_text;
        let Some(c) = self.at(depth) else { return };
        match (&mut c.text, c.children.is_empty()) {
            (Some(text), true) if open => {
                *text = format!("{text} {t}");
            }
            (None, true) => c.text = Some(t.clone()),
            (Some(text), true)
                if depth > 0 && (c.kind == ClauseKind::Ayat || t.trim_end().ends_with(':')) =>
            {
                // A further paragraph of an ayat, or the sentence that opens a
                // list inside an item.
                *text = format!("{text} {t}");
            }
            _ => {
                // After sub-clauses: a closing sentence of the clause that holds them,
                // unless the last sub-clause's text runs on.
                if open && depth > 0 {
                    if let Some(text) = c.text.as_mut() {
                        *text = format!("{text} {t}");
                    }
                } else {
                    let holder_depth =
                        if depth > 0 && ends_sentence(c.text.as_deref().unwrap_or("")) {
                            depth - 1
                        } else {
                            depth
                        };
                    self.path.truncate(holder_depth);
                    if let Some(holder) = self.at(holder_depth) {
                        if holder.children.is_empty() {
                            holder.text = Some(match holder.text.take() {
                                Some(x) => format!("{x} {t}"),
                                None => t.clone(),
                            });
                        } else {
                            holder.children.push(Child::Text(Located {
                                value: t.clone(),
                                origin: o,
                            }));
                        }
                    }
                }
            }
        }
        self.open_text = !ends_sentence(&t);
    }

    /// The text repeats itself from here: what was read so far of the body is an
    /// earlier copy, kept for Pasal the later copy lacks.
    fn restart(&mut self, line: usize, memutuskan: bool) {
        self.close_pasal();
        // Items printed just before `MEMUTUSKAN` belong to mengingat, not to
        // the last Pasal of the earlier copy.
        if memutuskan {
            if let Some(Block::Pasal(p)) = self.doc.body.last_mut() {
                let mut moved = Vec::new();
                while let Some(Child::Clause(c)) = p.children.last() {
                    if c.kind != ClauseKind::Angka || !looks_like_legal_basis(c.text.as_deref()) {
                        break;
                    }
                    if let Some(Child::Clause(c)) = p.children.pop() {
                        moved.push(c);
                    }
                }
                for c in moved.into_iter().rev() {
                    self.doc.mengingat.retain(|i| i.number != c.number);
                    self.doc.mengingat.push(Item {
                        number: c.number,
                        text: c.text.unwrap_or_default(),
                        origin: c.origin,
                    });
                }
            }
        }
        let body = std::mem::take(&mut self.doc.body);
        if self.earlier.is_none() {
            self.earlier = Some(body);
            self.repeated_at = Some(line);
        }
        self.closing.clear();
    }

    fn finish(mut self) -> Document {
        self.close_pasal();
        if let Some(earlier) = self.earlier.take() {
            merge_copies(&mut self.doc.body, earlier);
            self.doc.unplaced.push(Located {
                value: "the text repeats itself from here; the later copy is kept".to_string(),
                origin: Origin {
                    line: self.repeated_at.unwrap_or(0),
                    quote: None,
                },
            });
            self.doc
                .mengingat
                .sort_by_key(|i| i.number.parse::<u32>().unwrap_or(u32::MAX));
        }
        read_title(&mut self.doc, &self.title);
        read_closing(&mut self.doc, &self.closing);
        self.doc
    }
}

fn looks_like_legal_basis(text: Option<&str>) -> bool {
    let t = text.unwrap_or("");
    [
        "Undang-Undang",
        "Undang - Undang",
        "Peraturan ",
        "Keputusan ",
        "Instruksi ",
    ]
    .iter()
    .any(|w| t.starts_with(w))
        && t.contains("Nomor")
}

/// The later copy is the body; Pasal only the earlier copy has follow it.
fn merge_copies(body: &mut Vec<Block>, earlier: Vec<Block>) {
    let later: std::collections::HashSet<String> = body
        .iter()
        .filter_map(|b| match b {
            Block::Pasal(p) => Some(p.number.clone()),
            Block::Heading(_) => None,
        })
        .collect();
    if body.is_empty() {
        *body = earlier;
        return;
    }
    for b in earlier {
        if let Block::Pasal(p) = &b {
            if !later.contains(&p.number) {
                body.push(b);
            }
        }
    }
}

/// The next label of a list: `c` → `d`, `9` → `10`.
fn successor(n: &str) -> Option<String> {
    if let Ok(k) = n.parse::<u32>() {
        return Some((k + 1).to_string());
    }
    let mut chars = n.chars();
    let c = chars.next()?;
    if chars.next().is_none() && c.is_ascii_lowercase() && c != 'z' {
        return Some(char::from((c as u8) + 1).to_string());
    }
    None
}

/// Title case for a region's name: `PAGAR ALAM` → `Pagar Alam`.
fn title_case(s: &str) -> String {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            crate::words::capitalize(&lower)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Identity from the title block: kind, region, province, number, year, subject.
fn read_title(doc: &mut Document, title: &[Located<String>]) {
    let id = &mut doc.identity;
    let mut tentang: Option<Vec<String>> = None;
    for line in title {
        let t = line.value.trim();
        let upper = t.to_uppercase();
        if let Some(words) = tentang.as_mut() {
            if upper.starts_with("DENGAN RAHMAT") {
                id.tentang = Some(words.join(" "));
                tentang = None;
            } else {
                words.push(t.to_string());
            }
            continue;
        }
        if id.jenis.is_none() {
            for (prefix, jenis, kind) in [
                ("PERATURAN BUPATI ", "peraturan_bupati", "kabupaten"),
                ("PERATURAN WALIKOTA ", "peraturan_walikota", "kota"),
                ("PERATURAN WALI KOTA ", "peraturan_walikota", "kota"),
                ("PERATURAN GUBERNUR ", "peraturan_gubernur", "provinsi"),
            ] {
                if let Some(name) = upper.strip_prefix(prefix) {
                    let name = name.split(" NOMOR ").next().unwrap_or(name).trim();
                    id.jenis = Some(jenis.to_string());
                    id.judul = Some(t.split(" NOMOR ").next().unwrap_or(t).trim().to_string());
                    id.daerah = Some((kind.to_string(), title_case(name)));
                    id.origin = line.origin.clone();
                }
            }
        }
        if let Some(p) = upper.strip_prefix("PROVINSI ") {
            if id.provinsi.is_none() {
                id.provinsi = Some(title_case(p));
            }
        }
        if let Some(pos) = upper.find("NOMOR ") {
            let rest = &upper[pos + 6..];
            let mut words = rest.split_whitespace();
            let nomor = words.next().and_then(|n| n.parse().ok());
            if words.next() == Some("TAHUN") {
                id.nomor = id.nomor.or(nomor);
                id.tahun = id.tahun.or(words.next().and_then(|y| y.parse().ok()));
            }
        }
        if upper == "TENTANG" {
            tentang = Some(Vec::new());
        }
    }
    if let Some(words) = tentang {
        if !words.is_empty() && id.tentang.is_none() {
            id.tentang = Some(words.join(" "));
        }
    }
}

/// Closing: the promulgation formula, the two signatures, the Berita Daerah line.
fn read_closing(doc: &mut Document, lines: &[Located<String>]) {
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let t = line.value.trim();
        let upper = t.to_uppercase();
        if upper.starts_with("AGAR SETIAP ORANG") {
            doc.penutup = Some(Located {
                value: t.to_string(),
                origin: line.origin.clone(),
            });
        } else if let Some(place) =
            keyword(t, "Ditetapkan di").or_else(|| keyword(t, "Diundangkan di"))
        {
            let (signing, used) = signing(place, &lines[i + 1..], &mut doc.unplaced);
            if upper.starts_with("DITETAPKAN") {
                doc.identity.ditetapkan = Some(signing);
            } else {
                doc.identity.diundangkan = Some(signing);
            }
            i += used;
        } else if upper.starts_with("BERITA DAERAH") || upper.starts_with("LEMBARAN DAERAH") {
            // A converter may glue the next page's text to the line.
            let end = upper
                .find("NOMOR ")
                .map(|p| {
                    let digits = upper[p + 6..]
                        .chars()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    p + 6 + digits
                })
                .unwrap_or(t.len());
            doc.identity.berita = Some(t[..end.min(t.len())].trim().to_string());
        } else if !is_signature_noise(t) {
            doc.unplaced.push(line.clone());
        }
        i += 1;
    }
}

/// `ttd`, `dto`, `Salinan sesuai dengan aslinya` and the like.
fn is_signature_noise(t: &str) -> bool {
    let l = t.to_lowercase();
    matches!(
        l.trim_end_matches(['.', ',']),
        "ttd" | "dto" | "cap" | "ttd/cap"
    ) || l.starts_with("salinan sesuai")
}

/// A signature after `Ditetapkan di PLACE`: `pada tanggal …`, the title, the name.
/// Returns it and the number of lines used after the first; a date that is not
/// on the calendar goes to `unplaced`, to be reported at its line.
fn signing(
    place: &str,
    rest: &[Located<String>],
    unplaced: &mut Vec<Located<String>>,
) -> (Signing, usize) {
    let mut s = Signing {
        place: place.trim().to_string(),
        ..Signing::default()
    };
    let mut used = 0;
    let mut title: Vec<String> = Vec::new();
    for line in rest.iter().take(8) {
        let t = line.value.trim();
        let lower = t.to_lowercase();
        if lower.starts_with("ditetapkan di")
            || lower.starts_with("diundangkan di")
            || lower.starts_with("berita daerah")
            || lower.starts_with("lembaran daerah")
        {
            break;
        }
        used += 1;
        if let Some(d) = lower.strip_prefix("pada tanggal") {
            s.date = parse_date(d.trim());
            if s.date.is_none() {
                unplaced.push(Located {
                    value: format!("{t} (not a date on the calendar)"),
                    origin: line.origin.clone(),
                });
            }
            continue;
        }
        if is_signature_noise(t) {
            continue;
        }
        if s.name.is_some() {
            break;
        }
        if title.is_empty() || !title.last().is_some_and(|l| l.ends_with([',', '.'])) {
            title.push(t.to_string());
            continue;
        }
        s.name = Some(t.to_string());
    }
    s.title = title
        .join(" ")
        .trim_end_matches([',', '.'])
        .trim()
        .to_string();
    (s, used)
}

/// `11 Juni 2021`, `4 september 2023`, `30-7-2021`, `30/07/2021`.
pub fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    let s = s.trim().trim_end_matches(['.', ',']);
    let parts: Vec<&str> = s.split([' ', '-', '/']).filter(|p| !p.is_empty()).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let day: u32 = d.parse().ok()?;
    let year: i32 = y.parse().ok()?;
    // A year of four digits, as a date in the pasal language is written
    // (`YYYY-MM-DD`); "5 Januari 202026" is not a date.
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let month = match m.parse::<u32>() {
        Ok(m) => m,
        Err(_) => {
            let m = m.to_lowercase();
            MONTHS.iter().position(|x| *x == m).map(|i| i as u32 + 1)?
        }
    };
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(s: &str) -> Document {
        read(&super::super::text::clean(s))
    }

    #[test]
    fn labels_are_read_in_every_printed_form() {
        assert_eq!(label("(2) teks").map(|l| l.0.kind), Some(ClauseKind::Ayat));
        assert_eq!(label("b) teks").map(|l| l.0.form), Some(LabelForm::Paren));
        assert_eq!(
            label("12. teks").map(|l| l.0.number),
            Some("12".to_string())
        );
        assert_eq!(label("2021. teks"), None);
        assert_eq!(label("bahwa teks"), None);
        assert_eq!(label("(2023) teks"), None);
    }

    #[test]
    fn nesting_follows_the_labels() {
        let doc = read_text(
            "Pasal 5\n(1) Syarat meliputi:\na. sehat;\nb. pendidikan:\n1) sarjana;\n2) magister;\nc. lain.\n(2) Cukup.",
        );
        let Some(Block::Pasal(p)) = doc.body.first() else {
            panic!("a Pasal");
        };
        let ayat: Vec<&Clause> = p.sub_clauses().collect();
        assert_eq!(ayat.len(), 2);
        let huruf: Vec<&Clause> = ayat[0].sub_clauses().collect();
        assert_eq!(
            huruf.iter().map(|c| c.number.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        let angka: Vec<&Clause> = huruf[1].sub_clauses().collect();
        assert_eq!(angka.len(), 2);
        assert_eq!(angka[0].form, LabelForm::Paren);
    }

    #[test]
    fn a_two_word_ordinal_keeps_its_words_and_the_policy_parses() {
        let doc = read_text("BAB I\nUMUM\nBagian Kedua Belas\nLain-lain\nPasal 1\nIsi.");
        let Some(Block::Heading(h)) = doc.body.get(1) else {
            panic!("a Bagian");
        };
        assert_eq!(h.number.as_deref(), Some("kedua belas"));
        let text = super::super::emit::emit(&doc);
        assert!(
            crate::format::format_text("d.pasal", &text).is_ok(),
            "{text}"
        );
    }

    #[test]
    fn signatures_after_a_pasal_that_ends_a_sentence_are_the_closing() {
        let doc = read_text("Pasal 3A\nGubernur wajib berkonsultasi.\nDitetapkan di Pontianak\npada tanggal 3 Juni 2024\nGUBERNUR KALIMANTAN BARAT,\nSUTARMIDJI");
        let Some(Block::Pasal(p)) = doc.body.first() else {
            panic!("a Pasal");
        };
        assert_eq!(p.text.as_deref(), Some("Gubernur wajib berkonsultasi."));
        let signed = doc.identity.ditetapkan.unwrap_or_default();
        assert_eq!(
            (signed.place.as_str(), signed.name.as_deref()),
            ("Pontianak", Some("SUTARMIDJI"))
        );
    }

    #[test]
    fn dates_have_four_digit_years() {
        assert_eq!(
            parse_date("5 Januari 2026"),
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
        );
        // found by the import fuzz target: a year the language cannot write
        assert_eq!(parse_date("5 Januari 202026"), None);
        assert_eq!(parse_date("5-1-26"), None);
    }

    #[test]
    fn identity_and_closing_are_read() {
        let doc = read_text(
            "BUPATI CONTOH\nPROVINSI JAWA TENGAH\nPERATURAN BUPATI CONTOH\nNOMOR 7 TAHUN 2024\nTENTANG\nPENGISIAN JABATAN\nPIMPINAN TINGGI\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMenimbang : bahwa perlu;\nMengingat : 1. Undang-Undang Nomor 5 Tahun 2014;\nMEMUTUSKAN:\nMenetapkan : PERATURAN BUPATI TENTANG PENGISIAN.\nBAB I\nKETENTUAN UMUM\nPasal 1\nIsi. Agar setiap orang mengetahuinya, memerintahkan pengundangan.\nDitetapkan di Contoh\npada tanggal 3 Juni 2024\nBUPATI CONTOH,\nttd\nBUDI\nDiundangkan di Contoh\npada tanggal 4-6-2024\nSEKRETARIS DAERAH,\nANI\nBERITA DAERAH KABUPATEN CONTOH TAHUN 2024 NOMOR 7",
        );
        let id = &doc.identity;
        assert_eq!(id.jenis.as_deref(), Some("peraturan_bupati"));
        assert_eq!(id.daerah, Some(("kabupaten".into(), "Contoh".into())));
        assert_eq!(id.provinsi.as_deref(), Some("Jawa Tengah"));
        assert_eq!((id.nomor, id.tahun), (Some(7), Some(2024)));
        assert_eq!(
            id.tentang.as_deref(),
            Some("PENGISIAN JABATAN PIMPINAN TINGGI")
        );
        let d = id.ditetapkan.clone().unwrap_or_default();
        assert_eq!(
            (d.place.as_str(), d.title.as_str(), d.name.as_deref()),
            ("Contoh", "BUPATI CONTOH", Some("BUDI"))
        );
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2024, 6, 3));
        assert_eq!(
            id.diundangkan.as_ref().and_then(|s| s.date),
            chrono::NaiveDate::from_ymd_opt(2024, 6, 4)
        );
        assert_eq!(
            id.berita.as_deref(),
            Some("BERITA DAERAH KABUPATEN CONTOH TAHUN 2024 NOMOR 7")
        );
        assert_eq!(doc.menimbang.len(), 1);
        assert_eq!(doc.mengingat.len(), 1);
        assert!(doc.penutup.is_some());
        assert!(doc.unplaced.is_empty(), "{:?}", doc.unplaced);
    }
}
