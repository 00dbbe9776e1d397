//! Stage 2, resolution: syntax tree → [`ir::Policy`](crate::ir::Policy).
//!
//! Builds the clause tree and gives every clause its canonical citation
//! ("Pasal 23 ayat (3) huruf c angka 4 huruf f"), resolves cross-references
//! (explicit ones and those written in clause text), checks names and types,
//! and lowers each rule to the typed IR. A duplicated number or an unresolved
//! reference is a finding; resolution always goes on and compiles the rest.

mod kinds;
pub mod lower;
pub mod refs;
mod tree;

use crate::ast::{self, Document, Field, Unit};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::*;
use crate::messages::resolve::{msg, text};
use crate::messages::{label, Message};
use crate::source::{SourceFile, Span};
use std::sync::Arc;

pub use tree::{innermost_clause, Resolver};

/// Resolves a parsed document into a policy and findings.
pub fn resolve(file: &Arc<SourceFile>, doc: &Document) -> (Policy, Vec<Finding>) {
    let mut r = Resolver::new(file, doc);
    for unit in &doc.units {
        match unit {
            Unit::Identity(id) => r.identity(id),
            Unit::Menimbang(items, _) => r.policy.menimbang.extend(items.iter().map(entry)),
            Unit::Mengingat(items, _) => r.policy.mengingat.extend(items.iter().map(entry)),
            Unit::Memutuskan(t) => r.policy.memutuskan = Some(t.value.clone()),
            Unit::Penutup(ts, _) => r.policy.penutup.extend(ts.iter().map(|t| t.value.clone())),
            Unit::Heading(h) => r.heading(h),
            Unit::Pasal(c) => r.pasal(c),
        }
    }
    r.finish()
}

fn entry(i: &ast::ListItem) -> ListEntry {
    ListEntry {
        number: i.number.value.clone(),
        text: i.text.value.clone(),
        span: i.text.span,
    }
}

impl Resolver<'_> {
    fn identity(&mut self, id: &ast::Identity) {
        if self.seen_identity {
            let f = Finding::new(
                Code::DuplicateDefinition,
                self.file,
                id.span,
                text::SECOND_IDENTITY.into(),
            )
            .label(label::SECOND_IDENTITY)
            .help(text::SECOND_IDENTITY_HELP);
            self.findings.push(f);
            return;
        }
        self.seen_identity = true;
        let info = &mut self.policy.identity;
        info.span = id.span;
        let mut dates = Vec::new();
        for field in &id.fields {
            match field {
                Field::Jenis(j) => info.jenis = Some(j.value.clone()),
                Field::Judul(t) => info.judul = Some(t.value.clone()),
                Field::Daerah(k, n) => {
                    info.daerah_kind = Some(k.value.clone());
                    info.daerah = Some(n.value.clone());
                    if !matches!(k.value.as_str(), "kota" | "kabupaten" | "provinsi") {
                        dates.push(Err(Bad {
                            code: Code::UnknownIdentityField,
                            span: k.span,
                            msg: msg::region_kind(&k.value),
                            help: text::REGION_KIND_HELP.into(),
                        }));
                    }
                }
                Field::Provinsi(t) => info.provinsi = Some(t.value.clone()),
                Field::Nomor(n) => info.nomor = Some(n.value),
                Field::Tahun(n) => info.tahun = Some(n.value),
                Field::Tentang(t) => info.tentang = Some(t.value.clone()),
                Field::Singkatan(t) => info.singkatan = Some(t.value.clone()),
                Field::Ditetapkan(s) => {
                    let d = parse_date(&s.date);
                    info.ditetapkan = Some(signing(s, d.as_ref().ok().copied()));
                    dates.push(d.map(|_| ()));
                }
                Field::Diundangkan(s) => {
                    let d = parse_date(&s.date);
                    info.diundangkan = Some(signing(s, d.as_ref().ok().copied()));
                    dates.push(d.map(|_| ()));
                }
                Field::Berita(t) => info.berita = Some(t.value.clone()),
                Field::Mengikuti(t) => info.follows.push((t.value.clone(), t.span)),
                Field::Kutipan(t) => info.kutipan = Some(t.value.clone()),
                Field::Unknown(i) => dates.push(Err(Bad {
                    code: Code::UnknownIdentityField,
                    span: i.span,
                    msg: msg::identity_field(&i.value),
                    help: msg::identity_fields(IDENTITY_FIELDS),
                })),
            }
        }
        const JENIS: &[&str] = &[
            "peraturan_walikota",
            "peraturan_bupati",
            "peraturan_gubernur",
            "peraturan_pemerintah",
            "undang_undang",
        ];
        if let Some(j) = &info.jenis {
            if !JENIS.contains(&j.as_str()) {
                dates.push(Err(Bad {
                    code: Code::UnknownIdentityField,
                    span: id.span,
                    msg: msg::jenis(j),
                    help: msg::jenis_help(JENIS.join("`, `")),
                }));
            }
        }
        let missing: Vec<&str> = [
            ("jenis", info.jenis.is_none()),
            ("nomor", info.nomor.is_none()),
            ("tahun", info.tahun.is_none()),
            ("tentang", info.tentang.is_none()),
        ]
        .iter()
        .filter(|(_, m)| *m)
        .map(|(n, _)| *n)
        .collect();
        for d in dates {
            if let Err(b) = d {
                self.findings.push(
                    Finding::new(b.code, self.file, b.span, b.msg)
                        .label(label::HERE)
                        .help(b.help),
                );
            }
        }
        if !missing.is_empty() {
            self.findings.push(
                Finding::new(
                    Code::IncompleteIdentity,
                    self.file,
                    Span::new(id.span.start, id.span.start + 9),
                    msg::incomplete_identity(missing.join("`, `")),
                )
                .label(label::IDENTITY_BLOCK)
                .help(text::INCOMPLETE_IDENTITY_HELP),
            );
        }
    }
}

fn signing(s: &ast::Signing, date: Option<chrono::NaiveDate>) -> SigningInfo {
    SigningInfo {
        place: s.place.value.clone(),
        date,
        office: s.office.value.clone(),
        name: s.name.as_ref().map(|n| n.value.clone()),
    }
}

/// The identity fields, as the help of an unknown one lists them.
const IDENTITY_FIELDS: &str = "jenis, judul, daerah, provinsi, nomor, tahun, tentang, singkatan, ditetapkan, diundangkan, berita, mengikuti, kutipan";

/// A bad identity field: its code, where, and the message and help in both languages.
struct Bad {
    code: Code,
    span: Span,
    msg: Message,
    help: Message,
}

type DateResult = Result<chrono::NaiveDate, Bad>;

fn parse_date(d: &ast::Spanned<String>) -> DateResult {
    chrono::NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").map_err(|_| Bad {
        code: Code::InvalidDate,
        span: d.span,
        msg: msg::invalid_date(&d.value),
        help: text::INVALID_DATE_HELP.into(),
    })
}
