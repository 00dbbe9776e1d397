//! pest pairs → AST for rules: rule kinds, scopes, actions, panels,
//! conditions, bounds and quantities.

use super::ast::*;
use super::build::{keyword, kids, Builder};
use super::grammar::Rule;
use crate::source::Span;
use pest::iterators::Pair;

/// The AST's rule (the name `Rule` is the grammar's).
type Rule_ = super::ast::Rule;

impl Builder<'_> {
    pub(super) fn rule(&self, p: Pair<'_, Rule>) -> Rule_ {
        let span = self.span(&p);
        let mut modality = None;
        let mut body = None;
        let mut scope = None;
        let mut basis = None;
        let mut condition = None;
        let mut exception = None;
        for c in kids(p) {
            match c.as_rule() {
                Rule::modality => {
                    let m = match keyword(&c) {
                        "dapat" => Modality::Dapat,
                        "dilarang" => Modality::Dilarang,
                        _ => Modality::Wajib,
                    };
                    modality = Some(Spanned {
                        value: m,
                        span: self.span(&c),
                    });
                }
                Rule::rule_body => body = kids(c).next().map(|b| self.rule_body(b)),
                Rule::action => body = Some(RuleBody::Action(self.action(c))),
                Rule::scope => scope = Some(self.scope(c)),
                Rule::basis => basis = kids(c).next().map(|x| self.citation(x)),
                Rule::condition => condition = kids(c).next().map(|x| self.expr(x)),
                Rule::exception => exception = kids(c).next().map(|x| self.expr(x)),
                _ => {}
            }
        }
        Rule_ {
            modality,
            body: body.unwrap_or(RuleBody::Term(Spanned {
                value: String::new(),
                span,
            })),
            scope,
            basis,
            condition,
            exception,
            span,
        }
    }

    pub(super) fn bounds<'a>(&self, it: impl Iterator<Item = Pair<'a, Rule>>) -> Vec<Bound> {
        it.filter(|c| matches!(c.as_rule(), Rule::bound | Rule::range))
            .flat_map(|c| {
                if c.as_rule() == Rule::range {
                    let span = self.span(&c);
                    let qs: Vec<_> = kids(c).map(|q| self.quantity(q)).collect();
                    let mk = |cmp, q: &Quantity| Bound {
                        cmp: Spanned { value: cmp, span },
                        value: Value::Quantity(q.clone()),
                        span: q.span,
                    };
                    qs.first()
                        .map(|lo| mk(Comparator::PalingSedikit, lo))
                        .into_iter()
                        .chain(qs.get(1).map(|hi| mk(Comparator::PalingBanyak, hi)))
                        .collect::<Vec<_>>()
                } else {
                    vec![self.bound(c)]
                }
            })
            .collect()
    }

    pub(super) fn rule_body(&self, p: Pair<'_, Rule>) -> RuleBody {
        let span = self.span(&p);
        let empty = || Spanned {
            value: String::new(),
            span,
        };
        let which = p.as_rule();
        let children: Vec<Pair<'_, Rule>> = kids(p).collect();
        let idents: Vec<Ident> = children
            .iter()
            .filter(|c| c.as_rule() == Rule::ident)
            .map(|c| self.ident(c.clone()))
            .collect();
        let first = || idents.first().cloned().unwrap_or_else(empty);
        let second = || idents.get(1).cloned().unwrap_or_else(empty);
        match which {
            Rule::eligibility => RuleBody::Eligibility(
                children
                    .into_iter()
                    .next()
                    .map(|e| self.expr(e))
                    .unwrap_or(Expr::And(vec![], span)),
            ),
            Rule::panel => {
                let constraint = children
                    .iter()
                    .find(|c| c.as_rule() == Rule::panel_constraint)
                    .and_then(|c| kids(c.clone()).next())
                    .map(|c| self.panel_constraint(c))
                    .unwrap_or(PanelConstraint::Elements(vec![]));
                RuleBody::Panel(first(), constraint)
            }
            Rule::window => {
                let bound = children
                    .iter()
                    .find(|c| c.as_rule() == Rule::bound)
                    .map(|b| self.bound(b.clone()));
                let direction = children
                    .iter()
                    .find(|c| c.as_rule() == Rule::direction)
                    .map(|d| self.direction(d.clone()))
                    .unwrap_or(Spanned {
                        value: Direction::Sebelum,
                        span,
                    });
                RuleBody::Window {
                    event: first(),
                    bound: bound.unwrap_or_else(|| self.empty_bound(span)),
                    direction,
                    anchor: second(),
                }
            }
            Rule::extension => RuleBody::Extension {
                subject: first(),
                times: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::bound)
                    .map(|b| self.bound(b.clone()))
                    .unwrap_or_else(|| self.empty_bound(span)),
                each: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::quantity)
                    .map(|q| self.quantity(q.clone())),
            },
            Rule::weight => RuleBody::Weight {
                set: first(),
                component: second(),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::count => RuleBody::Count {
                subject: first(),
                per: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::per_vac)
                    .and_then(|c| kids(c.clone()).next())
                    .map(|i| self.ident(i)),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::duration => RuleBody::Duration {
                subject: first(),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::list_decl => RuleBody::List {
                name: first(),
                kind: children
                    .iter()
                    .find(|c| c.as_rule() == Rule::list_kind)
                    .map(|k| Spanned {
                        value: match keyword(k) {
                            "terbuka" => ListKind::Terbuka,
                            "berurutan" => ListKind::Berurutan,
                            "pilihan" => ListKind::Pilihan,
                            _ => ListKind::Lengkap,
                        },
                        span: self.span(k),
                    })
                    .unwrap_or(Spanned {
                        value: ListKind::Lengkap,
                        span,
                    }),
                items: idents.iter().skip(1).cloned().collect(),
            },
            Rule::list_item_decl => RuleBody::ListItem {
                key: first(),
                list: idents.get(1).cloned(),
            },
            Rule::post_class => RuleBody::PostClass {
                key: first(),
                eselons: children
                    .into_iter()
                    .filter(|c| c.as_rule() == Rule::eselon_lit)
                    .map(|c| self.raw(c))
                    .collect(),
            },
            Rule::fact_decl => RuleBody::Fact(first()),
            _ => RuleBody::Term(first()),
        }
    }

    pub(super) fn empty_bound(&self, span: Span) -> Bound {
        Bound {
            cmp: Spanned {
                value: Comparator::Tepat,
                span,
            },
            value: Value::Quantity(Quantity {
                number: 0.0,
                unit: None,
                span,
            }),
            span,
        }
    }

    pub(super) fn direction(&self, p: Pair<'_, Rule>) -> Spanned<Direction> {
        Spanned {
            value: match keyword(&p) {
                "setelah" => Direction::Setelah,
                "sejak" => Direction::Sejak,
                _ => Direction::Sebelum,
            },
            span: self.span(&p),
        }
    }

    pub(super) fn action(&self, p: Pair<'_, Rule>) -> Action {
        let span = self.span(&p);
        let mut action = Action {
            action: Spanned {
                value: String::new(),
                span,
            },
            actors: vec![],
            party: None,
            channels: vec![],
            timings: vec![],
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::ident => action.action = self.ident(c),
                Rule::action_part => {
                    let Some(part) = kids(c).next() else { continue };
                    match part.as_rule() {
                        Rule::actor => {
                            action.actors = kids(part)
                                .flat_map(|alts| {
                                    kids(alts).map(|i| self.ident(i)).collect::<Vec<_>>()
                                })
                                .collect()
                        }
                        Rule::party => {
                            let word = part
                                .as_str()
                                .split_whitespace()
                                .next()
                                .unwrap_or("")
                                .to_string();
                            let pspan = self.span(&part);
                            if let Some(i) = kids(part).next() {
                                action.party = Some((
                                    Spanned {
                                        value: word,
                                        span: pspan,
                                    },
                                    self.ident(i),
                                ));
                            }
                        }
                        Rule::channel => {
                            action.channels = kids(part)
                                .flat_map(|alts| {
                                    kids(alts).map(|i| self.ident(i)).collect::<Vec<_>>()
                                })
                                .collect()
                        }
                        Rule::timing => {
                            let mut bounds = vec![];
                            let mut direction = None;
                            for k in kids(part) {
                                match k.as_rule() {
                                    Rule::bound => bounds.push(self.bound(k)),
                                    Rule::direction => direction = Some(self.direction(k)),
                                    Rule::ident => {
                                        if let Some(direction) = direction.take() {
                                            action.timings.push(Timing {
                                                bounds: std::mem::take(&mut bounds),
                                                direction,
                                                event: self.ident(k),
                                            });
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        action
    }

    pub(super) fn panel_constraint(&self, p: Pair<'_, Rule>) -> PanelConstraint {
        let which = p.as_rule();
        let children: Vec<Pair<'_, Rule>> = kids(p.clone()).collect();
        let span = self.span(&p);
        let idents: Vec<Ident> = children
            .iter()
            .filter(|c| c.as_rule() == Rule::ident)
            .map(|c| self.ident(c.clone()))
            .collect();
        let alts: Vec<Ident> = children
            .iter()
            .filter(|c| c.as_rule() == Rule::ident_alts)
            .flat_map(|c| kids(c.clone()).map(|i| self.ident(i)).collect::<Vec<_>>())
            .collect();
        let empty = || Spanned {
            value: String::new(),
            span,
        };
        match which {
            Rule::panel_size => PanelConstraint::Size {
                odd: children.iter().any(|c| c.as_rule() == Rule::odd),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::panel_share => PanelConstraint::Share {
                who: idents.first().cloned().unwrap_or_else(empty),
                base: idents.get(1).cloned(),
                bounds: self.bounds(children.into_iter()),
            },
            Rule::panel_members => PanelConstraint::Members {
                who: alts,
                bounds: self.bounds(children.into_iter()),
            },
            Rule::panel_role => PanelConstraint::Role {
                role: idents.first().cloned().unwrap_or_else(empty),
                holders: alts,
            },
            Rule::panel_standing => PanelConstraint::Standing {
                who: idents.first().cloned().unwrap_or_else(empty),
                bound: children
                    .into_iter()
                    .find(|c| c.as_rule() == Rule::bound)
                    .map(|b| self.bound(b))
                    .unwrap_or_else(|| self.empty_bound(span)),
            },
            _ => PanelConstraint::Elements(idents),
        }
    }

    pub(super) fn expr(&self, p: Pair<'_, Rule>) -> Expr {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::expr | Rule::and_expr => {
                let is_or = p.as_rule() == Rule::expr;
                let mut parts: Vec<Expr> = kids(p).map(|c| self.expr(c)).collect();
                if parts.len() == 1 {
                    parts.pop().unwrap_or(Expr::And(vec![], span))
                } else if is_or {
                    Expr::Or(parts, span)
                } else {
                    Expr::And(parts, span)
                }
            }
            Rule::not_expr => {
                let mut negated = false;
                let mut inner = None;
                for c in kids(p) {
                    match c.as_rule() {
                        Rule::negation => negated = true,
                        _ => inner = Some(self.expr(c)),
                    }
                }
                let inner = inner.unwrap_or(Expr::And(vec![], span));
                if negated {
                    Expr::Not(Box::new(inner), span)
                } else {
                    inner
                }
            }
            Rule::atom => kids(p)
                .next()
                .map(|c| self.expr(c))
                .unwrap_or(Expr::And(vec![], span)),
            Rule::fact_ref => Expr::Fact(self.fact_ref(p)),
            Rule::comparison => {
                let mut c = Comparison {
                    fact: FactRef {
                        name: Spanned {
                            value: String::new(),
                            span,
                        },
                        args: vec![],
                        span,
                    },
                    bounds: vec![],
                    equals: vec![],
                    at: None,
                    lookback: None,
                    span,
                };
                for k in kids(p) {
                    match k.as_rule() {
                        Rule::fact_ref => c.fact = self.fact_ref(k),
                        Rule::bound => c.bounds.push(self.bound(k)),
                        Rule::equals => {
                            c.equals = kids(k)
                                .flat_map(|a| kids(a).map(|i| self.ident(i)).collect::<Vec<_>>())
                                .collect()
                        }
                        Rule::at_event => c.at = kids(k).next().map(|i| self.ident(i)),
                        Rule::lookback => c.lookback = kids(k).next().map(|q| self.quantity(q)),
                        _ => {}
                    }
                }
                Expr::Compare(c)
            }
            _ => Expr::And(vec![], span),
        }
    }

    pub(super) fn fact_ref(&self, p: Pair<'_, Rule>) -> FactRef {
        let span = self.span(&p);
        let mut name = Spanned {
            value: String::new(),
            span,
        };
        let mut args = vec![];
        for c in kids(p) {
            match c.as_rule() {
                Rule::ident => name = self.ident(c),
                Rule::ident_alts => args = kids(c).map(|i| self.ident(i)).collect(),
                _ => {}
            }
        }
        FactRef { name, args, span }
    }

    pub(super) fn bound(&self, p: Pair<'_, Rule>) -> Bound {
        let span = self.span(&p);
        let mut cmp = Spanned {
            value: Comparator::Tepat,
            span,
        };
        let mut value = Value::Quantity(Quantity {
            number: 0.0,
            unit: None,
            span,
        });
        for c in kids(p) {
            match c.as_rule() {
                Rule::comparator => {
                    let cspan = self.span(&c);
                    if let Some(k) = kids(c).next() {
                        cmp = Spanned {
                            value: match k.as_rule() {
                                Rule::paling_rendah => Comparator::PalingRendah,
                                Rule::paling_tinggi => Comparator::PalingTinggi,
                                Rule::paling_sedikit => Comparator::PalingSedikit,
                                Rule::paling_banyak => Comparator::PalingBanyak,
                                Rule::paling_singkat => Comparator::PalingSingkat,
                                Rule::paling_lama => Comparator::PalingLama,
                                Rule::paling_lambat => Comparator::PalingLambat,
                                Rule::paling_kurang => Comparator::PalingKurang,
                                Rule::lebih_dari => Comparator::LebihDari,
                                Rule::kurang_dari => Comparator::KurangDari,
                                _ => Comparator::Tepat,
                            },
                            span: cspan,
                        };
                    }
                }
                Rule::value => {
                    if let Some(v) = kids(c).next() {
                        value = match v.as_rule() {
                            Rule::education_alts => {
                                Value::Education(kids(v).map(|e| self.raw(e)).collect())
                            }
                            Rule::golongan => Value::Golongan(self.raw(v)),
                            Rule::eselon_lit => Value::Eselon(self.raw(v)),
                            Rule::quantity => Value::Quantity(self.quantity(v)),
                            _ => Value::Ident(self.ident(v)),
                        };
                    }
                }
                _ => {}
            }
        }
        Bound { cmp, value, span }
    }

    pub(super) fn quantity(&self, p: Pair<'_, Rule>) -> Quantity {
        let span = self.span(&p);
        let mut q = Quantity {
            number: 0.0,
            unit: None,
            span,
        };
        for c in kids(p) {
            match c.as_rule() {
                Rule::decimal => q.number = c.as_str().parse().unwrap_or(f64::NAN),
                Rule::qunit => {
                    q.unit = kids(c).next().map(|u| match u.as_rule() {
                        Rule::percent => QuantityUnit::Percent,
                        Rule::hari_kalender => QuantityUnit::CalendarDays,
                        Rule::hari_kerja => QuantityUnit::WorkingDays,
                        Rule::hari => QuantityUnit::Days,
                        Rule::tahun => QuantityUnit::Years,
                        Rule::bulan => QuantityUnit::Months,
                        _ => QuantityUnit::Persons,
                    })
                }
                _ => {}
            }
        }
        q
    }
}
