//! pest pairs → AST: units, identity fields, headings, clauses and citations
//! (rules and conditions are in `build_rules.rs`).

use super::ast::*;
use super::grammar::Rule;
use super::pack::{fold_string, Packed};
use crate::source::Span;
use pest::iterators::Pair;

pub(super) struct Builder<'a> {
    pub(super) offset: usize,
    pub(super) packed: &'a Packed,
    pub(super) original: &'a str,
}

/// The keyword a pair is (pest matches a keyword with the space after it).
pub(super) fn keyword<'i>(p: &Pair<'i, Rule>) -> &'i str {
    p.as_str().trim_end()
}

/// The children of a pair (keywords are silent: they have no pairs).
pub(super) fn kids(p: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    p.into_inner()
}

impl Builder<'_> {
    /// The pair's span in the file, without the trailing whitespace pest
    /// includes when an optional part after it did not match.
    pub(super) fn span(&self, p: &Pair<'_, Rule>) -> Span {
        let s = p.as_span();
        let len = p.as_str().trim_end().len();
        Span::new(
            self.packed.original(s.start()) + self.offset,
            self.packed.original(s.start() + len) + self.offset,
        )
    }

    pub(super) fn ident(&self, p: Pair<'_, Rule>) -> Ident {
        Spanned {
            value: p.as_str().to_string(),
            span: self.span(&p),
        }
    }

    pub(super) fn raw(&self, p: Pair<'_, Rule>) -> Spanned<String> {
        self.ident(p)
    }

    pub(super) fn text(&self, p: Pair<'_, Rule>) -> Text {
        let span = self.span(&p);
        let index = p.as_str().trim_matches('"').parse::<usize>().ok();
        let inner = index
            .and_then(|i| self.packed.strings.get(i))
            .and_then(|(a, b)| self.original.get(*a..*b))
            .unwrap_or("");
        Spanned {
            value: fold_string(inner),
            span,
        }
    }

    pub(super) fn int(&self, p: Pair<'_, Rule>) -> Spanned<u32> {
        Spanned {
            value: p.as_str().parse().unwrap_or(u32::MAX),
            span: self.span(&p),
        }
    }

    pub(super) fn unit(&self, p: Pair<'_, Rule>) -> Unit {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::identity => Unit::Identity(Identity {
                span,
                fields: kids(p).filter_map(|f| self.field(f)).collect(),
            }),
            Rule::menimbang => Unit::Menimbang(kids(p).map(|i| self.list_item(i)).collect(), span),
            Rule::mengingat => Unit::Mengingat(kids(p).map(|i| self.list_item(i)).collect(), span),
            Rule::memutuskan => {
                Unit::Memutuskan(kids(p).next().map(|s| self.text(s)).unwrap_or(Spanned {
                    value: String::new(),
                    span,
                }))
            }
            Rule::penutup => Unit::Penutup(kids(p).map(|s| self.text(s)).collect(), span),
            Rule::heading => Unit::Heading(self.heading(p)),
            _ => Unit::Pasal(self.clause(p)),
        }
    }

    pub(super) fn field(&self, p: Pair<'_, Rule>) -> Option<Field> {
        let f = kids(p).next()?;
        let which = f.as_rule();
        let mut it = kids(f.clone());
        let f_span = self.span(&f);
        let empty = || Spanned {
            value: String::new(),
            span: f_span,
        };
        Some(match which {
            Rule::field_jenis => {
                Field::Jenis(it.next().map(|x| self.ident(x)).unwrap_or_else(empty))
            }
            Rule::field_judul => {
                Field::Judul(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_daerah => {
                let kind = it.next().map(|x| self.ident(x)).unwrap_or_else(empty);
                let name = it.next().map(|x| self.text(x)).unwrap_or_else(empty);
                Field::Daerah(kind, name)
            }
            Rule::field_provinsi => {
                Field::Provinsi(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_nomor => Field::Nomor(it.next().map(|x| self.int(x))?),
            Rule::field_tahun => Field::Tahun(it.next().map(|x| self.int(x))?),
            Rule::field_tentang => {
                Field::Tentang(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_singkatan => {
                Field::Singkatan(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_ditetapkan => Field::Ditetapkan(self.signing(it.next()?)),
            Rule::field_diundangkan => Field::Diundangkan(self.signing(it.next()?)),
            Rule::field_berita => {
                Field::Berita(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_kutipan => {
                Field::Kutipan(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            Rule::field_mengikuti => {
                Field::Mengikuti(it.next().map(|x| self.text(x)).unwrap_or_else(empty))
            }
            _ => Field::Unknown(it.next().map(|x| self.ident(x)).unwrap_or_else(empty)),
        })
    }

    pub(super) fn signing(&self, p: Pair<'_, Rule>) -> Signing {
        let span = self.span(&p);
        let empty = || Spanned {
            value: String::new(),
            span,
        };
        let mut it = kids(p);
        let place = it.next().map(|x| self.text(x)).unwrap_or_else(empty);
        let date = it.next().map(|x| self.raw(x)).unwrap_or_else(empty);
        let office = it.next().map(|x| self.text(x)).unwrap_or_else(empty);
        let name = it.next().map(|x| self.text(x));
        Signing {
            place,
            date,
            office,
            name,
        }
    }

    pub(super) fn list_item(&self, p: Pair<'_, Rule>) -> ListItem {
        let span = self.span(&p);
        let mut kind = ClauseKind::Angka;
        let mut number = Spanned {
            value: String::new(),
            span,
        };
        let mut text = Spanned {
            value: String::new(),
            span,
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_huruf => kind = ClauseKind::Huruf,
                Rule::kw_angka => kind = ClauseKind::Angka,
                Rule::letter | Rule::int => number = self.raw(c),
                Rule::string => text = self.text(c),
                _ => {}
            }
        }
        ListItem { kind, number, text }
    }

    pub(super) fn heading(&self, p: Pair<'_, Rule>) -> Heading {
        let span = self.span(&p);
        let mut kind = HeadingKind::Bab;
        let mut number = None;
        let mut title = Spanned {
            value: String::new(),
            span,
        };
        let mut scope = None;
        for c in kids(p) {
            match c.as_rule() {
                Rule::heading_kind => {
                    kind = match keyword(&c) {
                        "bagian" => HeadingKind::Bagian,
                        "paragraf" => HeadingKind::Paragraf,
                        _ => HeadingKind::Bab,
                    }
                }
                Rule::heading_no => number = Some(self.raw(c)),
                Rule::string => title = self.text(c),
                Rule::scope => scope = Some(self.scope(c)),
                _ => {}
            }
        }
        Heading {
            kind,
            number,
            title,
            scope,
            span,
        }
    }

    pub(super) fn clause(&self, p: Pair<'_, Rule>) -> Clause {
        let span = self.span(&p);
        let is_pasal = p.as_rule() == Rule::pasal;
        let mut kind = ClauseKind::Pasal;
        let mut number = Spanned {
            value: String::new(),
            span,
        };
        let mut scope = None;
        let mut text = None;
        let mut items = Vec::new();
        let mut form = None;
        for c in kids(p) {
            match c.as_rule() {
                Rule::pasal_no => number = self.raw(c),
                Rule::clause_head => {
                    for h in kids(c) {
                        match h.as_rule() {
                            Rule::kw_ayat => kind = ClauseKind::Ayat,
                            Rule::kw_huruf => kind = ClauseKind::Huruf,
                            Rule::kw_angka => kind = ClauseKind::Angka,
                            Rule::int | Rule::letter => number = self.raw(h),
                            Rule::label_form => {
                                form = Some(if h.as_str() == ")" {
                                    LabelForm::Paren
                                } else {
                                    LabelForm::Dot
                                })
                            }
                            _ => {}
                        }
                    }
                }
                Rule::scope => scope = Some(self.scope(c)),
                Rule::string => text = Some(self.text(c)),
                Rule::body => items = kids(c).filter_map(|i| self.item(i)).collect(),
                Rule::arrow_rules => {
                    items = kids(c)
                        .map(|r| Item::Rule(Box::new(self.rule(r))))
                        .collect()
                }
                _ => {}
            }
        }
        if is_pasal {
            kind = ClauseKind::Pasal;
        }
        Clause {
            kind,
            number,
            form,
            scope,
            text,
            items,
            span,
        }
    }

    pub(super) fn item(&self, p: Pair<'_, Rule>) -> Option<Item> {
        let c = kids(p).next()?;
        let span = self.span(&c);
        Some(match c.as_rule() {
            Rule::string => Item::Text(self.text(c)),
            Rule::clause => Item::Clause(self.clause(c)),
            Rule::rule => Item::Rule(Box::new(self.rule(c))),
            Rule::reference => Item::Reference(self.citation(kids(c).next()?)),
            Rule::acknowledgement => {
                let mut it = kids(c);
                let code = self.raw(it.next()?);
                let reason = self.text(it.next()?);
                let reading = it
                    .next()
                    .and_then(|r| kids(r).next())
                    .map(|r| Box::new(self.rule(r)));
                Item::Acknowledgement(Acknowledgement {
                    code,
                    reason,
                    reading,
                    span,
                })
            }
            _ => return None,
        })
    }

    pub(super) fn citation(&self, p: Pair<'_, Rule>) -> Citation {
        let span = self.span(&p);
        let mut pasal = None;
        let mut parts = Vec::new();
        for c in kids(p) {
            match c.as_rule() {
                Rule::cite_pasal => pasal = kids(c).next().map(|n| n.as_str().to_string()),
                Rule::cite_part => {
                    let mut kind = ClauseKind::Ayat;
                    for h in kids(c) {
                        match h.as_rule() {
                            Rule::kw_huruf => kind = ClauseKind::Huruf,
                            Rule::kw_angka => kind = ClauseKind::Angka,
                            Rule::int | Rule::letter => parts.push((kind, h.as_str().to_string())),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        Citation { pasal, parts, span }
    }

    pub(super) fn scope(&self, p: Pair<'_, Rule>) -> Scope {
        let span = self.span(&p);
        let mut s = Scope {
            span,
            ..Scope::default()
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::level_list => s.levels = kids(c).map(|i| self.ident(i)).collect(),
                Rule::eselon_sel => s.eselons = kids(c).map(|i| self.raw(i)).collect(),
                Rule::mech_list => s.mechanisms = kids(c).map(|i| self.ident(i)).collect(),
                _ => {}
            }
        }
        s
    }
}
