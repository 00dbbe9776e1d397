//! Stage 3, the typed IR: a resolved policy — its clause tree with canonical
//! citations, its headings, and its rules with typed parameters, scope and
//! clause. Built by `resolve`; read by `analysis`, `check` and `report`.
//!
//! Architecture invariant: nothing after resolution mutates a [`Policy`].

pub mod types;

pub use types::*;

pub use crate::law::{ClauseKind, HeadingKind, LabelForm, ListKind, Modality};
use crate::source::{SourceFile, Span};
use serde::Serialize;
use std::sync::Arc;

pub mod table;
pub use table::{ClauseId, HeadingId, Table};

/// A compiled policy.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The source.
    pub file: Arc<SourceFile>,
    /// Identity of the regulation.
    pub identity: IdentityInfo,
    /// Menimbang items.
    pub menimbang: Vec<ListEntry>,
    /// Mengingat items.
    pub mengingat: Vec<ListEntry>,
    /// Menetapkan text.
    pub memutuskan: Option<String>,
    /// Closing formula.
    pub penutup: Vec<String>,
    /// Headings in file order.
    pub headings: Table<HeadingId, HeadingNode>,
    /// Clauses in file order (a parent comes before its children).
    pub clauses: Table<ClauseId, ClauseNode>,
    /// Rules in file order.
    pub rules: Vec<IrRule>,
    /// Cross-references, explicit and found in clause text.
    pub references: Vec<Reference>,
    /// `akui` acknowledgements.
    pub acknowledgements: Vec<AckEntry>,
}

impl Policy {
    /// The citation of a clause.
    pub fn cite(&self, id: ClauseId) -> &str {
        self.clauses
            .get(id)
            .map(|c| c.citation.as_str())
            .unwrap_or("")
    }
    /// The Pasal a clause belongs to.
    pub fn pasal_of(&self, mut id: ClauseId) -> ClauseId {
        while let Some(p) = self.clauses.get(id).and_then(|c| c.parent) {
            id = p;
        }
        id
    }
    /// A clause and the clauses above it, innermost first.
    pub fn ancestors(&self, id: ClauseId) -> impl Iterator<Item = ClauseId> + '_ {
        std::iter::successors(Some(id), |&c| self.clauses.get(c).and_then(|n| n.parent))
    }
    /// Whether `inner` is `outer` or lies inside it.
    pub fn is_within(&self, inner: ClauseId, outer: ClauseId) -> bool {
        self.ancestors(inner).any(|c| c == outer)
    }
    /// A short name for the policy: `singkatan`, else the file name.
    pub fn short_name(&self) -> String {
        self.identity
            .singkatan
            .clone()
            .unwrap_or_else(|| self.file.name.clone())
    }
}

/// Identity fields (all optional: missing ones are reported by resolution).
#[derive(Debug, Default, Clone, Serialize)]
pub struct IdentityInfo {
    /// `peraturan_walikota`, …
    pub jenis: Option<String>,
    /// Title line.
    pub judul: Option<String>,
    /// `kota`, `kabupaten`, `provinsi`.
    pub daerah_kind: Option<String>,
    /// Region name.
    pub daerah: Option<String>,
    /// Province.
    pub provinsi: Option<String>,
    /// Number.
    pub nomor: Option<u32>,
    /// Year.
    pub tahun: Option<u32>,
    /// Subject.
    pub tentang: Option<String>,
    /// Short name used in citations from other files.
    pub singkatan: Option<String>,
    /// Enactment.
    pub ditetapkan: Option<SigningInfo>,
    /// Promulgation.
    pub diundangkan: Option<SigningInfo>,
    /// Gazette line.
    pub berita: Option<String>,
    /// Set when the file holds only some articles of a larger law.
    pub kutipan: Option<String>,
    /// Baselines followed: path as written, and where.
    #[serde(skip)]
    pub follows: Vec<(String, Span)>,
    /// Where the identity block is.
    #[serde(skip)]
    pub span: Span,
}

/// Place, date and signatory.
#[derive(Debug, Clone, Serialize)]
pub struct SigningInfo {
    /// Place.
    pub place: String,
    /// Date.
    pub date: Option<chrono::NaiveDate>,
    /// Office.
    pub office: String,
    /// Name.
    pub name: Option<String>,
}

/// A menimbang / mengingat item.
#[derive(Debug, Clone)]
pub struct ListEntry {
    /// Letter or number.
    pub number: String,
    /// Text.
    pub text: String,
    /// Where the text is.
    pub span: Span,
}

/// A heading.
#[derive(Debug, Clone)]
pub struct HeadingNode {
    /// BAB, Bagian, Paragraf.
    pub kind: HeadingKind,
    /// Number as written.
    pub number: Option<String>,
    /// Title.
    pub title: String,
    /// The enclosing heading (a Bagian's BAB …).
    pub parent: Option<HeadingId>,
    /// Where.
    pub span: Span,
    /// Where the number is (or the heading, if none).
    pub number_span: Span,
    /// Citation form, `BAB VII`, `Bagian Kedua`, `Paragraf 3`.
    pub citation: String,
}

/// A clause: Pasal, ayat, huruf or angka.
#[derive(Debug, Clone)]
pub struct ClauseNode {
    /// Kind.
    pub kind: ClauseKind,
    /// Number or letter as written.
    pub number: String,
    /// Where the number is.
    pub number_span: Span,
    /// The printed form of a huruf or angka label, when the policy records it.
    pub form: Option<LabelForm>,
    /// Enclosing clause.
    pub parent: Option<ClauseId>,
    /// Sub-clauses in order.
    pub children: Vec<ClauseId>,
    /// Innermost heading above the Pasal.
    pub heading: Option<HeadingId>,
    /// Canonical citation.
    pub citation: String,
    /// Verbatim text pieces in order (head text first).
    pub texts: Vec<(String, Span)>,
    /// Whole clause.
    pub span: Span,
    /// Effective scope here.
    pub scope: Scope,
}

impl ClauseNode {
    /// All text of this clause (not of its sub-clauses), joined by spaces.
    pub fn text(&self) -> String {
        self.texts
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Levels, eselon and mechanisms a rule governs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub struct Scope {
    /// Position levels.
    pub levels: Vec<Level>,
    /// Eselon restriction (empty: all of the level).
    pub eselons: Vec<Eselon>,
    /// Mechanisms.
    pub mechanisms: Vec<Mechanism>,
}

/// A cross-reference.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The clause that refers.
    pub from: ClauseId,
    /// The target, if it resolves.
    pub target: Option<ClauseId>,
    /// The reference as written.
    pub written: String,
    /// Where.
    pub span: Span,
    /// Written with `rujuk`/`dasar` (true) or found in text (false).
    pub explicit: bool,
    /// The target's citation as resolved against (absolute form).
    pub absolute: String,
    /// A reference to another regulation ("Peraturan Pemerintah …"): not resolved here.
    pub external: bool,
}

/// An acknowledgement.
#[derive(Debug, Clone)]
pub struct AckEntry {
    /// Clause it sits in.
    pub clause: ClauseId,
    /// Code acknowledged.
    pub code: String,
    /// Why.
    pub reason: String,
    /// Where.
    pub span: Span,
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct IrRule {
    /// Stable id: the clause citation plus `#n` when a clause has several rules.
    pub id: String,
    /// The clause it comes from.
    pub clause: ClauseId,
    /// Its citation.
    pub citation: String,
    /// Must, may, must not.
    pub modality: Modality,
    /// What the rule says, typed.
    pub kind: RuleKind,
    /// Effective scope.
    pub scope: Scope,
    /// `jika`.
    pub condition: Option<Cond>,
    /// `kecuali`.
    pub exception: Option<Cond>,
    /// `dasar`.
    pub basis: Option<ClauseId>,
    /// Where.
    pub span: Span,
    /// Lowering reported an error in this rule: its parameters are partial, and
    /// analysis skips it so one mistake does not cause a cascade of findings.
    pub malformed: bool,
    /// The reading the law intends, from `akui CODE "…" dibaca RULE` at this
    /// rule's clause: `verify` judges by it; everything else reads the rule.
    pub read_as: Option<Box<Reading>>,
}

/// A defect of the law acknowledged with the reading it intends.
#[derive(Debug, Clone)]
pub struct Reading {
    /// The finding code acknowledged.
    pub code: String,
    /// The reason given.
    pub reason: String,
    /// The rule as it is to be read (with the id and citation of the rule it
    /// stands for).
    pub rule: IrRule,
}

impl Policy {
    /// The policy as `verify` judges it: every rule with an acknowledged
    /// reading replaced by that reading. Borrowed when there is none.
    pub fn as_read(&self) -> std::borrow::Cow<'_, Policy> {
        if self.rules.iter().all(|r| r.read_as.is_none()) {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut p = self.clone();
        for r in &mut p.rules {
            if let Some(reading) = r.read_as.take() {
                *r = reading.rule;
            }
        }
        std::borrow::Cow::Owned(p)
    }
}

impl IrRule {
    /// The rule's category, for grouping and output.
    pub fn category(&self) -> Category {
        self.kind.category()
    }

    /// One line: what the rule says, then when it applies (`jika …`) and its
    /// exception (`kecuali …`), in the policy's words.
    pub fn summary(&self) -> String {
        let mut s = self.kind.summary();
        if let Some(c) = &self.condition {
            s.push_str(" jika ");
            s.push_str(&c.words());
        }
        if let Some(c) = &self.exception {
            s.push_str(" kecuali ");
            s.push_str(&c.words());
        }
        s
    }
}

/// What a list is for.
pub type ListKindT = ListKind;
