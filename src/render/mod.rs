//! `pasal render`: a compiled policy back to the text of the peraturan, laid out
//! and numbered as UU 12/2011 Lampiran II lays out a regulation — heading block,
//! menimbang, mengingat, MEMUTUSKAN, BAB / Bagian / Paragraf, Pasal, ayat
//! "(1)", rincian "a." / "1." / "a)" / "1)", closing formula, signatures and
//! the Berita Daerah line.
//!
//! [`Document::from_policy`] builds one format-neutral document from the IR,
//! in exactly the order of the source file (headings and Pasal, and the text
//! pieces and sub-clauses inside a clause, are ordered by their spans); the
//! [`markdown`] and [`html`] modules only lay it out.

pub mod html;
pub mod markdown;
use crate::ir::LabelForm;
use crate::ir::{ClauseId, Policy};
pub use crate::ir::{ClauseKind, HeadingKind};

/// `text` without control characters other than tabs and line ends: a NUL or
/// an escape in a policy (PSL710) is not part of the law's text, and is not
/// copied into a rendering.
pub fn without_controls(mut text: String) -> String {
    if text.contains(crate::analysis::lints::control_character::is_forbidden) {
        text.retain(|c| !crate::analysis::lints::control_character::is_forbidden(c));
    }
    text
}

/// A peraturan ready to be laid out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The heading block, line by line ("WALIKOTA PAGAR ALAM", …).
    pub head: Head,
    /// Menimbang items.
    pub menimbang: Vec<Entry>,
    /// Mengingat items.
    pub mengingat: Vec<Entry>,
    /// The text after "Menetapkan :".
    pub menetapkan: Option<String>,
    /// Headings and Pasal in file order.
    pub body: Vec<Block>,
    /// The closing formula ("Agar setiap orang mengetahuinya, …").
    pub penutup: Vec<String>,
    /// "Ditetapkan di …" and "Diundangkan di …".
    pub signatures: Vec<Signature>,
    /// "BERITA DAERAH … TAHUN … NOMOR …".
    pub berita: Option<String>,
}

/// The heading block above menimbang.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Head {
    /// Lines above the title: the head of the region and its province.
    pub above: Vec<String>,
    /// "PERATURAN WALIKOTA PAGAR ALAM".
    pub title: String,
    /// "NOMOR 25 TAHUN 2021".
    pub number: Option<String>,
    /// The subject after "TENTANG".
    pub tentang: Option<String>,
    /// "WALIKOTA PAGAR ALAM," after "DENGAN RAHMAT TUHAN YANG MAHA ESA".
    pub enacting: String,
}

impl Head {
    /// The title and number on one line, for a page title.
    pub fn full_title(&self) -> String {
        match &self.number {
            Some(n) => format!("{} {n}", self.title),
            None => self.title.clone(),
        }
    }
}

/// A menimbang or mengingat item.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// "a." or "1.".
    pub marker: String,
    /// Its text.
    pub text: String,
}

/// One unit of the body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// BAB, Bagian or Paragraf.
    Heading(Heading),
    /// A Pasal with everything inside it.
    Pasal(Node),
}

/// A BAB, Bagian or Paragraf heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// Which.
    pub kind: HeadingKind,
    /// "BAB I", "Bagian Kesatu", "Paragraf 2", or "Paragraf" when the law omits the number.
    pub label: String,
    /// "KETENTUAN UMUM".
    pub title: String,
}

/// A Pasal, ayat, huruf or angka.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Which.
    pub kind: ClauseKind,
    /// "Pasal 5", "(1)", "a.", "1.", "a)", "1)".
    pub marker: String,
    /// Its canonical citation (for anchors).
    pub citation: String,
    /// Text pieces and sub-clauses in file order.
    pub parts: Vec<Part>,
    /// One-line summaries of the rules the clause states (for `--annotate`).
    pub rules: Vec<String>,
}

/// A piece of a clause.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// Text that is not a numbered clause (the head text, a chapeau, a closing sentence).
    Text(String),
    /// A sub-clause.
    Item(Node),
}

/// Place, date, office and name of a signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    /// "Ditetapkan" or "Diundangkan".
    pub verb: &'static str,
    /// Place.
    pub place: String,
    /// "11 Juni 2021", when the date is known.
    pub date: Option<String>,
    /// "WALIKOTA PAGAR ALAM," (with the comma the law prints).
    pub office: String,
    /// The signatory's name.
    pub name: Option<String>,
}

/// What the renderers may add beyond the law's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Show each clause's compiled rules as notes.
    pub annotate: bool,
}

impl Document {
    /// Builds the document of a compiled policy, in the order of its source file.
    pub fn from_policy(policy: &Policy, options: Options) -> Document {
        let mut body: Vec<(usize, Block)> = Vec::new();
        for h in &policy.headings {
            let label = match (&h.number, h.kind) {
                (Some(n), HeadingKind::Bagian) => format!("Bagian {}", crate::words::capitalize(n)),
                (Some(n), k) => format!("{} {n}", k.word()),
                (None, k) => k.word().to_string(),
            };
            body.push((
                h.span.start,
                Block::Heading(Heading {
                    kind: h.kind,
                    label,
                    title: h.title.clone(),
                }),
            ));
        }
        for (id, c) in policy.clauses.enumerate() {
            if c.parent.is_none() {
                body.push((c.span.start, Block::Pasal(node(policy, id, options, 0))));
            }
        }
        body.sort_by_key(|(start, _)| *start);
        let id = &policy.identity;
        let signatures = [
            ("Ditetapkan", &id.ditetapkan),
            ("Diundangkan", &id.diundangkan),
        ]
        .into_iter()
        .filter_map(|(verb, s)| {
            s.as_ref().map(|s| Signature {
                verb,
                place: s.place.clone(),
                date: s.date.map(crate::words::date),
                office: with_comma(&s.office),
                name: s.name.clone(),
            })
        })
        .collect();
        Document {
            head: head(policy),
            menimbang: entries(&policy.menimbang),
            mengingat: entries(&policy.mengingat),
            menetapkan: policy.memutuskan.clone(),
            body: body.into_iter().map(|(_, b)| b).collect(),
            penutup: policy.penutup.clone(),
            signatures,
            berita: id.berita.clone(),
        }
    }
}

fn entries(items: &[crate::ir::ListEntry]) -> Vec<Entry> {
    items
        .iter()
        .map(|e| Entry {
            marker: format!("{}.", e.number),
            text: e.text.clone(),
        })
        .collect()
}

/// The office as printed above a name: with a trailing comma unless it has one.
fn with_comma(office: &str) -> String {
    let o = office.trim_end();
    if o.ends_with([',', '.']) {
        o.to_string()
    } else {
        format!("{o},")
    }
}

/// The heading block: regional regulations open with the head of the region
/// and, below a regency or city, its province; national ones with the title.
fn head(policy: &Policy) -> Head {
    let id = &policy.identity;
    let region = id.daerah.as_deref().map(str::to_uppercase);
    let national_title = match id.jenis.as_deref() {
        Some("undang_undang") => Some("UNDANG-UNDANG REPUBLIK INDONESIA"),
        Some("peraturan_pemerintah") => Some("PERATURAN PEMERINTAH REPUBLIK INDONESIA"),
        _ => None,
    };
    let office_word = match id.jenis.as_deref() {
        Some("peraturan_bupati") => Some("BUPATI"),
        Some("peraturan_walikota") => Some("WALI KOTA"),
        Some("peraturan_gubernur") => Some("GUBERNUR"),
        _ => None,
    };
    let title = id
        .judul
        .clone()
        .or_else(|| national_title.map(str::to_string))
        .or_else(|| match (office_word, &region) {
            (Some(w), Some(r)) => Some(format!("PERATURAN {w} {r}")),
            _ => None,
        })
        .unwrap_or_else(|| "PERATURAN".to_string());
    let mut above = Vec::new();
    let enacting = if national_title.is_some() {
        "PRESIDEN REPUBLIK INDONESIA,".to_string()
    } else {
        // "PERATURAN WALIKOTA PAGAR ALAM" is enacted by "WALIKOTA PAGAR ALAM".
        let office = title
            .strip_prefix("PERATURAN ")
            .map(str::to_string)
            .or_else(|| {
                office_word
                    .zip(region.as_ref())
                    .map(|(w, r)| format!("{w} {r}"))
            })
            .unwrap_or_default();
        if !office.is_empty() {
            above.push(office.clone());
        }
        if matches!(id.daerah_kind.as_deref(), Some("kota" | "kabupaten")) {
            if let Some(p) = &id.provinsi {
                above.push(format!("PROVINSI {}", p.to_uppercase()));
            }
        }
        if office.is_empty() {
            String::new()
        } else {
            format!("{office},")
        }
    };
    let number = match (id.nomor, id.tahun) {
        (Some(n), Some(t)) => Some(format!("NOMOR {n} TAHUN {t}")),
        (Some(n), None) => Some(format!("NOMOR {n}")),
        (None, Some(t)) => Some(format!("TAHUN {t}")),
        (None, None) => None,
    };
    Head {
        above,
        title,
        number,
        tentang: id.tentang.clone(),
        enacting,
    }
}

/// A clause and its sub-clauses. A huruf or angka prints its label in the form
/// the policy records (`huruf a)`); otherwise `angka_above`, the angka among
/// the enclosing rincian, decides: below one, letters print "a)" and numbers
/// "1)" (Lampiran II: a. → 1. → a) → 1)).
fn node(policy: &Policy, id: ClauseId, options: Options, angka_above: usize) -> Node {
    let Some(c) = policy.clauses.get(id) else {
        return Node {
            kind: ClauseKind::Pasal,
            marker: String::new(),
            citation: String::new(),
            parts: vec![],
            rules: vec![],
        };
    };
    let marker = match c.kind {
        ClauseKind::Pasal => format!("Pasal {}", c.number),
        ClauseKind::Ayat => format!("({})", c.number),
        ClauseKind::Huruf | ClauseKind::Angka => {
            let form = c.form.unwrap_or(LabelForm::conventional(angka_above));
            format!("{}{}", c.number, form.mark())
        }
    };
    let below = angka_above + usize::from(c.kind == ClauseKind::Angka);
    let mut parts: Vec<(usize, Part)> = c
        .texts
        .iter()
        .map(|(t, s)| (s.start, Part::Text(t.clone())))
        .collect();
    for &child in &c.children {
        let start = policy.clauses.get(child).map_or(0, |k| k.span.start);
        parts.push((start, Part::Item(node(policy, child, options, below))));
    }
    parts.sort_by_key(|(start, _)| *start);
    let rules = if options.annotate {
        policy
            .rules
            .iter()
            .filter(|r| r.clause == id)
            .map(rule_note)
            .collect()
    } else {
        vec![]
    };
    Node {
        kind: c.kind,
        marker,
        citation: c.citation.clone(),
        parts: parts.into_iter().map(|(_, p)| p).collect(),
        rules,
    }
}

/// A rule in one line: modality (when it is not the plain duty of a
/// requirement), the summary, its condition and exception.
pub fn rule_note(r: &crate::ir::IrRule) -> String {
    use crate::ir::Modality;
    use crate::ir::RuleKind;
    let modality = match (r.modality, &r.kind) {
        (Modality::Dapat, _) => "dapat ",
        (Modality::Dilarang, _) => "dilarang ",
        (Modality::Wajib, RuleKind::Action { .. }) => "wajib ",
        (Modality::Wajib, _) => "",
    };
    let mut s = format!("{modality}{}", r.kind.summary());
    if let Some(c) = &r.condition {
        s.push_str(&format!(" jika {}", c.words()));
    }
    if let Some(c) = &r.exception {
        s.push_str(&format!(" kecuali {}", c.words()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_gets_one_comma() {
        assert_eq!(with_comma("WALIKOTA PAGAR ALAM"), "WALIKOTA PAGAR ALAM,");
        assert_eq!(with_comma("SEKRETARIS DAERAH,"), "SEKRETARIS DAERAH,");
    }
}
