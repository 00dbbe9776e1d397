//! A [`Document`] as one self-contained HTML page (`lang="id"`, inline CSS, no
//! scripts, no external resources). Every piece of the law's text is escaped:
//! a clause's text can never inject markup.

use super::{Block, Document, Node, Part};
use crate::ir::HeadingKind;
use std::collections::BTreeMap;

const STYLE: &str = "\
body{font-family:\"Bookman Old Style\",Georgia,serif;line-height:1.5;color:#111;background:#fff;margin:0}
main{max-width:46em;margin:2em auto;padding:0 1.5em}
header,.center,h1,h2,h3,h4,h5,h6{text-align:center}
header p{margin:.3em 0}
h1,h2,h3,h4,h5,h6{font-size:1em;font-weight:bold;margin:1.6em 0 .6em}
h1{font-size:1.1em}
p{margin:.4em 0;text-align:justify}
.konsiderans{display:grid;grid-template-columns:6.5em 1em 1fr;margin:1em 0}
ol.items{list-style:none;padding:0;margin:.3em 0}
ol.items>li{display:flex;margin:.2em 0}
ol.items>li>.m{flex:0 0 2.4em}
ol.items>li>.c{flex:1;min-width:0}
ol.items>li>.c>p:first-child{margin-top:0}
.menetapkan{display:grid;grid-template-columns:6.5em 1em 1fr;margin:1em 0}
.ttd{margin:2em 0 0 50%}
.ttd .nama{margin-top:3em}
.berita{margin-top:2em}
.aturan{font-family:system-ui,sans-serif;font-size:.8em;color:#555;border-left:3px solid #bbb;padding-left:.6em;margin:.2em 0 .4em}
";

/// Renders the document as an HTML page.
pub fn render(doc: &Document) -> String {
    super::without_controls(lay_out(doc))
}

/// A place in the law where the caller of [`body`] may add markup (the
/// browser page puts each finding at its place).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// A Pasal, ayat, huruf or angka, by its canonical citation.
    Clause(&'a str),
    /// The n-th heading (BAB, Bagian, Paragraf) in file order, from 0.
    Heading(usize),
    /// The n-th menimbang item, from 0.
    Menimbang(usize),
    /// The n-th mengingat item, from 0.
    Mengingat(usize),
    /// The closing formula, the signatures and the Berita Daerah line.
    Penutup,
}

/// The layout, before control characters are taken out.
fn lay_out(doc: &Document) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!("<title>{}</title>\n", esc(&doc.head.full_title())));
    h.push_str(&format!(
        "<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n"
    ));
    h.push_str(&lay_out_body(doc, &mut |_| String::new()));
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// The law's text as an HTML fragment (what [`render`] puts inside `<main>`),
/// with what `at` returns for each [`Place`] added there; `at`'s markup is the
/// caller's to escape. Control characters are taken out, as in [`render`].
pub fn body(doc: &Document, at: &mut dyn FnMut(Place<'_>) -> String) -> String {
    super::without_controls(lay_out_body(doc, at))
}

/// The content of `<main>`.
fn lay_out_body(doc: &Document, at: &mut dyn FnMut(Place<'_>) -> String) -> String {
    let mut h = String::new();
    let head = &doc.head;
    h.push_str("<header>\n");
    for l in &head.above {
        h.push_str(&format!("<p>{}</p>\n", esc(l)));
    }
    h.push_str(&format!("<h1>{}", esc(&head.title)));
    if let Some(n) = &head.number {
        h.push_str(&format!("<br>{}", esc(n)));
    }
    h.push_str("</h1>\n");
    if let Some(t) = &head.tentang {
        h.push_str(&format!(
            "<p>TENTANG</p>\n<p><strong>{}</strong></p>\n",
            esc(t)
        ));
    }
    h.push_str("<p>DENGAN RAHMAT TUHAN YANG MAHA ESA</p>\n");
    if !head.enacting.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", esc(&head.enacting)));
    }
    h.push_str("</header>\n");
    let menimbang: fn(usize) -> Place<'static> = Place::Menimbang;
    for (label, entries, place) in [
        ("Menimbang", &doc.menimbang, menimbang),
        ("Mengingat", &doc.mengingat, Place::Mengingat),
    ] {
        if entries.is_empty() {
            continue;
        }
        h.push_str(&format!(
            "<section class=\"konsiderans\">\n<div>{label}</div><div>:</div>\n<ol class=\"items\">\n"
        ));
        for (i, e) in entries.iter().enumerate() {
            h.push_str(&format!(
                "<li><span class=\"m\">{}</span><div class=\"c\"><p>{}</p>{}</div></li>\n",
                esc(&e.marker),
                esc(&e.text),
                at(place(i))
            ));
        }
        h.push_str("</ol>\n</section>\n");
    }
    if let Some(m) = &doc.menetapkan {
        h.push_str("<p class=\"center\">MEMUTUSKAN:</p>\n");
        h.push_str(&format!(
            "<div class=\"menetapkan\"><div>Menetapkan</div><div>:</div><p>{}</p></div>\n",
            esc(m)
        ));
    }
    let mut ids = Ids::default();
    let mut depth = 1;
    let mut headings = 0;
    for b in &doc.body {
        match b {
            Block::Heading(x) => {
                depth = match x.kind {
                    HeadingKind::Bab => 2,
                    HeadingKind::Bagian => 3,
                    HeadingKind::Paragraf => 4,
                };
                h.push_str(&format!(
                    "<h{depth} id=\"{}\">{}<br>{}</h{depth}>\n",
                    ids.get(&x.label),
                    esc(&x.label),
                    esc(&x.title)
                ));
                h.push_str(&at(Place::Heading(headings)));
                headings += 1;
            }
            Block::Pasal(p) => pasal(&mut h, p, (depth + 1).min(6), &mut ids, at),
        }
    }
    for t in &doc.penutup {
        h.push_str(&format!("<p>{}</p>\n", esc(t)));
    }
    for s in &doc.signatures {
        h.push_str(&format!(
            "<div class=\"ttd\">\n<p>{} di {}",
            s.verb,
            esc(&s.place)
        ));
        if let Some(d) = &s.date {
            h.push_str(&format!("<br>pada tanggal {}", esc(d)));
        }
        h.push_str(&format!("<br>{}</p>\n", esc(&s.office)));
        if let Some(n) = &s.name {
            h.push_str(&format!("<p class=\"nama\">{}</p>\n", esc(n)));
        }
        h.push_str("</div>\n");
    }
    if let Some(b) = &doc.berita {
        h.push_str(&format!("<p class=\"berita\">{}</p>\n", esc(b)));
    }
    h.push_str(&at(Place::Penutup));
    h
}

/// Anchors: "pasal-5", "bab-ii", "bagian-kesatu"; a label used twice (two
/// "Bagian Kedua", or a Bagian Kesatu in every BAB) gets "-2", "-3".
#[derive(Default)]
struct Ids {
    seen: BTreeMap<String, usize>,
}

impl Ids {
    fn get(&mut self, label: &str) -> String {
        let base: String = label
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "x".to_string()
        } else {
            base
        };
        let n = self.seen.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base
        } else {
            format!("{base}-{n}")
        }
    }
}

fn pasal(
    h: &mut String,
    p: &Node,
    level: usize,
    ids: &mut Ids,
    at: &mut dyn FnMut(Place<'_>) -> String,
) {
    h.push_str(&format!(
        "<section class=\"pasal\" id=\"{}\">\n",
        ids.get(&p.marker)
    ));
    h.push_str(&format!("<h{level}>{}</h{level}>\n", esc(&p.marker)));
    parts(h, p, at);
    h.push_str("</section>\n");
}

/// The parts of a clause: paragraphs, and runs of sub-clauses as lists.
fn parts(h: &mut String, node: &Node, at: &mut dyn FnMut(Place<'_>) -> String) {
    let mut open = false;
    let mut noted = false;
    for part in &node.parts {
        match part {
            Part::Text(t) => {
                if open {
                    h.push_str("</ol>\n");
                    open = false;
                }
                h.push_str(&format!("<p>{}</p>\n", esc(t)));
            }
            Part::Item(item) => {
                if !open {
                    if !noted {
                        noted = true;
                        notes(h, &node.rules);
                        h.push_str(&at(Place::Clause(&node.citation)));
                    }
                    h.push_str("<ol class=\"items\">\n");
                    open = true;
                }
                h.push_str(&format!(
                    "<li><span class=\"m\">{}</span><div class=\"c\">\n",
                    esc(&item.marker)
                ));
                parts(h, item, at);
                h.push_str("</div></li>\n");
            }
        }
    }
    if open {
        h.push_str("</ol>\n");
    }
    if !noted {
        notes(h, &node.rules);
        h.push_str(&at(Place::Clause(&node.citation)));
    }
}

/// `--annotate`: the clause's rules.
fn notes(h: &mut String, rules: &[String]) {
    for r in rules {
        h.push_str(&format!("<p class=\"aturan\">aturan: {}</p>\n", esc(r)));
    }
}

/// Escapes text for HTML element content and attribute values (`&`, `<`,
/// `>`, `"` and `'`).
pub fn esc(s: &str) -> String {
    html_escape::encode_quoted_attribute(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn anchors_are_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.get("Pasal 25"), "pasal-25");
        assert_eq!(ids.get("Pasal 25"), "pasal-25-2");
        assert_eq!(ids.get("Bagian Kedua"), "bagian-kedua");
        assert_eq!(ids.get("«»"), "x");
    }
}
