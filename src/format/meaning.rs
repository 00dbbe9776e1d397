//! What formatting must not change: the compiled policy without its source
//! positions. Two texts mean the same when their [`Meaning`]s are equal.
//!
//! The meaning holds the identity, the opening and closing texts, the headings,
//! every clause (kind, number, place in the tree, canonical citation, texts,
//! effective scope), every compiled rule (kind with its typed parameters,
//! modality, scope, conditions, basis, citation), the references, the
//! acknowledgements, and the codes of the compiler's own findings.

use crate::codes::Code;
use crate::diagnostics::Severity;
use crate::source::SourceFile;
use crate::{resolve, syntax};

/// A compiled policy as lines of text, one per element, without spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meaning {
    /// One line per element, in file order.
    pub lines: Vec<String>,
}

impl Meaning {
    /// Compiles `text` (without reading baselines) and describes the result.
    /// Returns `None` when the text does not parse.
    pub fn of(text: &str) -> Option<Meaning> {
        let file = SourceFile::new("<fmt>", text);
        let (doc, syntax_findings) = syntax::parse(&file);
        // A BOM or CRLF line ends are layout (`fmt` removes them), not meaning.
        if syntax_findings.iter().any(|f| {
            f.severity == Severity::Error
                && !matches!(f.code, Code::ByteOrderMark | Code::CrlfLineEnds)
        }) {
            return None;
        }
        let (p, findings) = resolve::resolve(&file, &doc);
        let mut lines = Vec::new();
        // Every identity field (the serialized form leaves out spans), and the
        // baselines followed.
        lines.push(format!(
            "identity {} follows {:?}",
            serde_json::to_string(&p.identity).unwrap_or_default(),
            p.identity
                .follows
                .iter()
                .map(|(f, _)| f)
                .collect::<Vec<_>>()
        ));
        for e in &p.menimbang {
            lines.push(format!("menimbang {} {:?}", e.number, e.text));
        }
        for e in &p.mengingat {
            lines.push(format!("mengingat {} {:?}", e.number, e.text));
        }
        lines.push(format!("memutuskan {:?}", p.memutuskan));
        lines.push(format!("penutup {:?}", p.penutup));
        for h in &p.headings {
            lines.push(format!(
                "heading {} {:?} {:?} {:?} parent {:?}",
                h.citation, h.kind, h.number, h.title, h.parent
            ));
        }
        for (i, c) in p.clauses.enumerate() {
            lines.push(format!(
                "clause {i} {} {:?} {:?} parent {:?} children {:?} heading {:?} scope {:?} texts {:?}",
                c.citation,
                c.kind,
                c.number,
                c.parent,
                c.children,
                c.heading,
                c.scope,
                c.texts.iter().map(|(t, _)| t).collect::<Vec<_>>()
            ));
        }
        for r in &p.rules {
            lines.push(format!(
                "rule {} at {} ({}) {:?} {:?} scope {:?} jika {:?} kecuali {:?} dasar {:?} malformed {}",
                r.id,
                r.citation,
                r.clause,
                r.modality,
                r.kind,
                r.scope,
                r.condition,
                r.exception,
                r.basis,
                r.malformed
            ));
            if let Some(x) = &r.read_as {
                let q = &x.rule;
                lines.push(format!(
                    "  dibaca {} {:?} {:?} {:?} scope {:?} jika {:?} kecuali {:?}",
                    x.code, x.reason, q.modality, q.kind, q.scope, q.condition, q.exception
                ));
            }
        }
        for r in &p.references {
            lines.push(format!(
                "reference {} -> {:?} {:?} explicit {} absolute {:?} external {}",
                r.from,
                r.target,
                layout_free(&r.written),
                r.explicit,
                r.absolute,
                r.external
            ));
        }
        for a in &p.acknowledgements {
            lines.push(format!("akui {} {} {:?}", a.clause, a.code, a.reason));
        }
        let mut codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
        codes.sort_unstable();
        lines.push(format!("findings {codes:?}"));
        Some(Meaning { lines })
    }

    /// The first element that differs, described for a message; `None` when
    /// both mean the same.
    pub fn difference(&self, other: &Meaning) -> Option<String> {
        if self == other {
            return None;
        }
        let n = self.lines.len().max(other.lines.len());
        (0..n).find_map(|i| {
            let a = self.lines.get(i);
            let b = other.lines.get(i);
            (a != b).then(|| {
                format!(
                    "before: {}\nafter:  {}",
                    a.map_or("(nothing)", String::as_str),
                    b.map_or("(nothing)", String::as_str)
                )
            })
        })
    }
}

/// A citation as written, without comments and blanks: how it is laid out
/// (`ayat ( 1 )`, a line break, a comment) is not what it says.
fn layout_free(written: &str) -> String {
    written
        .lines()
        .map(|l| l.find("//").map_or(l, |i| l.get(..i).unwrap_or(l)))
        .flat_map(|l| l.chars().filter(|c| !c.is_whitespace()))
        .collect()
}

/// Checks that `after` means what `before` means: both parse, and their
/// compiled policies are equal apart from source positions. The error says
/// what differs.
pub fn same_meaning(before: &str, after: &str) -> Result<(), String> {
    let a = Meaning::of(before).ok_or("the original does not parse")?;
    let b = Meaning::of(after).ok_or("the formatted text does not parse")?;
    match a.difference(&b) {
        None => Ok(()),
        Some(d) => Err(d),
    }
}
