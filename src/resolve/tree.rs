//! The clause tree: headings, clauses, scopes, citations, references, lists.

use super::kinds;
use super::lower::{fact_measure, unknown_finding, Declared, Lowerer, PANEL_ROLES, PANEL_WHO};
use super::refs;
use crate::codes::Code;
use crate::messages::resolve::{kind, noun, rule_msg, rule_text, Kind};
use crate::messages::{label, Message};

mod citations;

use crate::ast::{
    self, ClauseKind, Document, HeadingKind, Item, Modality, PanelConstraint, RuleBody,
};
use crate::diagnostics::Finding;
use crate::ir::*;
use crate::source::{SourceFile, Span};
use citations::absolute;
pub use citations::innermost_clause;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Scope parts set so far, innermost last.
#[derive(Debug, Clone, Default)]
struct ScopeAcc {
    levels: Option<Vec<Level>>,
    eselons: Option<Vec<Eselon>>,
    mechanisms: Option<Vec<Mechanism>>,
    /// A name in this scope or one above it was unknown.
    broken: bool,
}

impl ScopeAcc {
    fn to_scope(&self) -> Scope {
        let eselons = self.eselons.clone().unwrap_or_default();
        let mut levels = self.levels.clone().unwrap_or_default();
        if levels.is_empty() {
            levels = eselons.iter().map(|e| e.level()).collect();
            levels.dedup();
        }
        Scope {
            levels,
            eselons,
            mechanisms: self.mechanisms.clone().unwrap_or_default(),
        }
    }
}

struct PendingRule {
    rule: IrRule,
    basis: Option<ast::Citation>,
    list_parent: Option<usize>,
    explicit_list: Option<ast::Ident>,
}

/// Holds the state of resolving one file.
pub struct Resolver<'a> {
    pub(super) file: &'a Arc<SourceFile>,
    pub(super) policy: Policy,
    pub(super) findings: Vec<Finding>,
    pub(super) seen_identity: bool,
    declared: Declared,
    heading_stack: [Option<(HeadingId, ScopeAcc)>; 3],
    base_scope: ScopeAcc,
    pending: Vec<PendingRule>,
    explicit_refs: Vec<(ClauseId, ast::Citation)>,
    acks: Vec<(ClauseId, ast::Acknowledgement)>,
    /// Readings (`akui … dibaca RULE`) by clause, lowered like the clause's rules.
    readings: Vec<(ClauseId, String, String, IrRule)>,
    /// Stack of (clause, rule index) of `daftar` rules open in the current subtree.
    list_stack: Vec<usize>,
}

impl<'a> Resolver<'a> {
    /// Starts resolving `doc`, collecting its declarations first.
    pub fn new(file: &'a Arc<SourceFile>, doc: &Document) -> Self {
        let mut r = Resolver {
            file,
            policy: Policy {
                file: Arc::clone(file),
                identity: IdentityInfo::default(),
                menimbang: vec![],
                mengingat: vec![],
                memutuskan: None,
                penutup: vec![],
                headings: Table::default(),
                clauses: Table::default(),
                rules: vec![],
                references: vec![],
                acknowledgements: vec![],
            },
            findings: vec![],
            seen_identity: false,
            declared: Declared::default(),
            heading_stack: [None, None, None],
            base_scope: ScopeAcc::default(),
            pending: vec![],
            explicit_refs: vec![],
            acks: vec![],
            readings: vec![],
            list_stack: vec![],
        };
        let mut seen: HashMap<(bool, String), Span> = HashMap::new();
        for unit in &doc.units {
            if let ast::Unit::Pasal(c) = unit {
                r.collect_declarations(c, &mut seen);
            }
        }
        r
    }

    fn collect_declarations(&mut self, c: &ast::Clause, seen: &mut HashMap<(bool, String), Span>) {
        for item in &c.items {
            match item {
                Item::Clause(sub) => self.collect_declarations(sub, seen),
                Item::Acknowledgement(ast::Acknowledgement {
                    reading: Some(rule),
                    ..
                }) => {
                    if let RuleBody::Action(a) = &rule.body {
                        self.declared.acts.insert(a.action.value.clone());
                    }
                }
                Item::Rule(rule) => {
                    if let RuleBody::Action(a) = &rule.body {
                        self.declared.acts.insert(a.action.value.clone());
                    }
                    let (is_fact, key) = match &rule.body {
                        RuleBody::Fact(k) => (true, k),
                        RuleBody::PostClass { key, .. } => (false, key),
                        _ => continue,
                    };
                    if is_fact && ast_builtin(&key.value) {
                        self.findings.push(
                            Finding::new(
                                Code::DuplicateDefinition,
                                self.file,
                                key.span,
                                rule_msg::builtin_fact(&key.value),
                            )
                            .label(label::DECLARED_HERE)
                            .help(rule_text::BUILTIN_FACT_HELP),
                        );
                        continue;
                    }
                    if let Some(prev) = seen.get(&(is_fact, key.value.clone())) {
                        let what = if is_fact {
                            kind::FACT
                        } else {
                            kind::POST_CLASS
                        };
                        self.findings.push(
                            Finding::new(
                                Code::DuplicateDefinition,
                                self.file,
                                key.span,
                                rule_msg::defined_twice(what.one, &key.value),
                            )
                            .label(label::SECOND_DEFINITION)
                            .related(*prev, label::FIRST_DEFINITION, None)
                            .help(rule_text::DEFINED_TWICE_HELP),
                        );
                        continue;
                    }
                    seen.insert((is_fact, key.value.clone()), key.span);
                    if is_fact {
                        self.declared.facts.insert(key.value.clone());
                    } else {
                        self.declared.post_classes.insert(key.value.clone());
                    }
                }
                _ => {}
            }
        }
    }

    fn apply_scope(&mut self, acc: &mut ScopeAcc, s: &ast::Scope) {
        let before = self.findings.len();
        self.apply_scope_parts(acc, s);
        acc.broken |= self.findings.len() > before;
    }

    fn apply_scope_parts(&mut self, acc: &mut ScopeAcc, s: &ast::Scope) {
        if !s.levels.is_empty() {
            acc.levels = Some(self.names(kind::LEVEL, &s.levels, Level::parse, Level::names));
            acc.eselons = None;
        }
        if !s.eselons.is_empty() {
            acc.eselons = Some(self.names(kind::ESELON, &s.eselons, Eselon::parse, Eselon::names));
        }
        if !s.mechanisms.is_empty() {
            acc.mechanisms = Some(self.names(
                kind::MECHANISM,
                &s.mechanisms,
                Mechanism::parse,
                Mechanism::names,
            ));
        }
    }

    /// Parses names of one vocabulary, reporting each unknown one.
    fn names<T>(
        &mut self,
        what: Kind,
        written: &[ast::Spanned<String>],
        parse: fn(&str) -> Option<T>,
        known: fn() -> String,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for n in written {
            match parse(&n.value) {
                Some(x) => out.push(x),
                None => self.unknown_name(what, n, known()),
            }
        }
        out
    }

    fn unknown_name(&mut self, what: Kind, i: &ast::Spanned<String>, known: String) {
        self.findings
            .push(unknown_finding(self.file, what, i, &known, true));
    }

    /// A heading: opens a BAB, Bagian or Paragraf.
    pub fn heading(&mut self, h: &ast::Heading) {
        let depth = match h.kind {
            HeadingKind::Bab => 0,
            HeadingKind::Bagian => 1,
            HeadingKind::Paragraf => 2,
        };
        for slot in self.heading_stack.iter_mut().skip(depth) {
            *slot = None;
        }
        let parent = self
            .heading_stack
            .iter()
            .take(depth)
            .rev()
            .find_map(|s| s.as_ref().map(|(id, _)| *id));
        let mut acc = self
            .heading_stack
            .iter()
            .take(depth)
            .rev()
            .find_map(|s| s.as_ref().map(|(_, a)| a.clone()))
            .unwrap_or_default();
        if let Some(s) = &h.scope {
            self.apply_scope(&mut acc, s);
        }
        let number = h.number.as_ref().map(|n| n.value.clone());
        let citation = match (&number, h.kind) {
            (Some(n), HeadingKind::Bagian) => format!("Bagian {}", crate::words::capitalize(n)),
            (Some(n), k) => format!("{} {}", k.word(), n),
            (None, k) => format!("{} \"{}\"", k.word(), h.title.value),
        };
        let id = self.policy.headings.next_id();
        self.policy.headings.push(HeadingNode {
            kind: h.kind,
            number,
            title: h.title.value.clone(),
            parent,
            span: h.span,
            number_span: h.number.as_ref().map(|n| n.span).unwrap_or(h.span),
            citation,
        });
        if let Some(slot) = self.heading_stack.get_mut(depth) {
            *slot = Some((id, acc.clone()));
        }
        self.base_scope = acc;
    }

    /// A Pasal and everything inside it.
    pub fn pasal(&mut self, c: &ast::Clause) {
        let heading = self
            .heading_stack
            .iter()
            .rev()
            .find_map(|s| s.as_ref().map(|(id, _)| *id));
        let acc = self.base_scope.clone();
        self.list_stack.clear();
        self.clause(c, None, heading, acc);
    }

    fn clause(
        &mut self,
        c: &ast::Clause,
        parent: Option<ClauseId>,
        heading: Option<HeadingId>,
        mut acc: ScopeAcc,
    ) -> ClauseId {
        if let Some(s) = &c.scope {
            self.apply_scope(&mut acc, s);
        }
        let id = self.policy.clauses.next_id();
        let mut texts = Vec::new();
        if let Some(t) = &c.text {
            texts.push((t.value.clone(), t.span));
        }
        self.policy.clauses.push(ClauseNode {
            kind: c.kind,
            number: c.number.value.clone(),
            number_span: c.number.span,
            form: c.form,
            parent,
            children: vec![],
            heading,
            citation: String::new(),
            texts,
            span: c.span,
            scope: acc.to_scope(),
        });
        if let Some(p) = parent.and_then(|p| self.policy.clauses.get_mut(p)) {
            p.children.push(id);
        }
        let lists_before = self.list_stack.len();
        for item in &c.items {
            match item {
                Item::Text(t) => {
                    if let Some(node) = self.policy.clauses.get_mut(id) {
                        node.texts.push((t.value.clone(), t.span));
                    }
                }
                Item::Clause(sub) => {
                    self.clause(sub, Some(id), heading, acc.clone());
                }
                Item::Rule(rule) => self.rule(rule, id, &acc),
                Item::Reference(cite) => self.explicit_refs.push((id, cite.clone())),
                Item::Acknowledgement(a) => {
                    if let Some(reading) = &a.reading {
                        let lists = self.list_stack.len();
                        self.rule(reading, id, &acc);
                        self.list_stack.truncate(lists);
                        if let Some(p) = self.pending.pop() {
                            self.readings.push((
                                id,
                                a.code.value.clone(),
                                a.reason.value.clone(),
                                p.rule,
                            ));
                        }
                    }
                    self.acks.push((id, a.clone()))
                }
            }
        }
        self.list_stack.truncate(lists_before);
        id
    }

    fn rule(&mut self, rule: &ast::Rule, clause: ClauseId, acc: &ScopeAcc) {
        let findings_before = self.findings.len();
        let mut acc = acc.clone();
        if let Some(s) = &rule.scope {
            self.apply_scope(&mut acc, s);
        }
        let mut low = Lowerer {
            file: self.file,
            declared: &self.declared,
            findings: vec![],
            clause: String::new(),
        };
        let explicit_list = match &rule.body {
            RuleBody::ListItem { list, .. } => list.clone(),
            _ => None,
        };
        let Some(kind) = kinds::lower(&mut low, &rule.body) else {
            let found = low.findings;
            self.findings.extend(found);
            return;
        };
        let condition = rule.condition.as_ref().map(|e| low.cond(e));
        let exception = rule.exception.as_ref().map(|e| low.cond(e));
        if let RuleKind::Panel { rule: pr, .. } = &kind {
            check_panel_names(&mut low, pr, rule, &self.declared);
        }
        let found = low.findings;
        let malformed = !found.is_empty() || self.findings.len() > findings_before || acc.broken;
        self.findings.extend(found);
        let is_list = matches!(kind, RuleKind::List { .. });
        let is_item = matches!(kind, RuleKind::ListItem { .. });
        let list_parent = if is_item {
            self.list_stack.last().copied()
        } else {
            None
        };
        let index = self.pending.len();
        let ir = IrRule {
            id: String::new(),
            clause,
            citation: String::new(),
            modality: rule.modality.as_ref().map_or(Modality::Wajib, |m| m.value),
            kind,
            scope: acc.to_scope(),
            condition,
            exception,
            basis: None,
            span: rule.span,
            malformed,
            read_as: None,
        };
        self.pending.push(PendingRule {
            rule: ir,
            basis: rule.basis.clone(),
            list_parent,
            explicit_list,
        });
        if is_list {
            self.list_stack.push(index);
        }
    }

    /// Finishes: citations, references, lists, rule ids.
    pub fn finish(mut self) -> (Policy, Vec<Finding>) {
        self.citations();
        let pending = std::mem::take(&mut self.pending);
        self.lists_and_rules(pending);
        for (clause, code, reason, reading) in std::mem::take(&mut self.readings) {
            // The clause and its sub-clauses, as an acknowledgement covers them.
            let within = |policy: &Policy, c: ClauseId| policy.is_within(c, clause);
            let targets: Vec<usize> = self
                .policy
                .rules
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    within(&self.policy, r.clause) && r.kind.same_subject(&reading.kind)
                })
                .map(|(i, _)| i)
                .collect();
            let replaced = !targets.is_empty();
            if !replaced && !reading.malformed {
                let cite = self.policy.cite(clause).to_string();
                self.findings.push(
                    Finding::new(
                        Code::ReadingWithoutRule,
                        self.file,
                        reading.span,
                        rule_msg::reading_without_rule(&code, &cite),
                    )
                    .help(rule_text::READING_WITHOUT_RULE_HELP)
                    .clause(cite),
                );
            }
            for (_, r) in self
                .policy
                .rules
                .iter_mut()
                .enumerate()
                .filter(|(i, _)| targets.contains(i))
            {
                let mut rule = reading.clone();
                rule.id = r.id.clone();
                rule.citation = r.citation.clone();
                r.read_as = Some(Box::new(Reading {
                    code: code.clone(),
                    reason: reason.clone(),
                    rule,
                }));
            }
        }
        self.references();
        for (clause, a) in std::mem::take(&mut self.acks) {
            self.policy.acknowledgements.push(AckEntry {
                clause,
                code: a.code.value.clone(),
                reason: a.reason.value.clone(),
                span: a.span,
            });
        }
        // Findings made before citations existed carry an empty clause: fill in by span.
        for f in &mut self.findings {
            if f.clause.as_deref().is_none_or(str::is_empty) {
                f.clause =
                    innermost_clause(&self.policy, f.span).map(|c| self.policy.cite(c).to_string());
            }
        }
        (self.policy, self.findings)
    }

    fn lists_and_rules(&mut self, pending: Vec<PendingRule>) {
        let mut per_clause: HashMap<ClauseId, usize> = HashMap::new();
        for p in &pending {
            *per_clause.entry(p.rule.clause).or_default() += 1;
        }
        let mut seen_in_clause: HashMap<ClauseId, usize> = HashMap::new();
        let mut rules: Vec<IrRule> = Vec::with_capacity(pending.len());
        let mut list_index: HashMap<String, usize> = HashMap::new();
        for (i, p) in pending.iter().enumerate() {
            if let RuleKind::List { name, .. } = &p.rule.kind {
                list_index.entry(name.clone()).or_insert(i);
            }
        }
        let mut items_for: BTreeMap<usize, Vec<ListMember>> = BTreeMap::new();
        let mut item_list: HashMap<usize, String> = HashMap::new();
        for (i, p) in pending.iter().enumerate() {
            if let RuleKind::ListItem { key, .. } = &p.rule.kind {
                let target = match &p.explicit_list {
                    Some(l) => match list_index.get(&l.value) {
                        Some(&t) => Some(t),
                        None => {
                            self.findings.push(
                                Finding::new(
                                    Code::UnknownName,
                                    self.file,
                                    l.span,
                                    rule_msg::unknown_list(&l.value),
                                )
                                .label(label::NO_SUCH_LIST)
                                .help(rule_text::UNKNOWN_LIST_HELP)
                                .clause(self.policy.cite(p.rule.clause).to_string()),
                            );
                            None
                        }
                    },
                    None => p.list_parent,
                };
                match target {
                    Some(t) => {
                        items_for.entry(t).or_default().push(ListMember {
                            key: key.clone(),
                            clause: self.policy.cite(p.rule.clause).to_string(),
                        });
                        if let Some(RuleKind::List { name, .. }) =
                            pending.get(t).map(|x| &x.rule.kind)
                        {
                            item_list.insert(i, name.clone());
                        }
                    }
                    None if p.explicit_list.is_none() => self.findings.push(
                        Finding::new(
                            Code::ItemWithoutList,
                            self.file,
                            p.rule.span,
                            rule_msg::item_without_list(key),
                        )
                        .label(label::NO_LIST_ABOVE)
                        .help(rule_text::ITEM_WITHOUT_LIST_HELP)
                        .clause(self.policy.cite(p.rule.clause).to_string()),
                    ),
                    None => {}
                }
            }
        }
        for (i, mut p) in pending.into_iter().enumerate() {
            let cite = self.policy.cite(p.rule.clause).to_string();
            let n = seen_in_clause.entry(p.rule.clause).or_default();
            *n += 1;
            p.rule.id = if per_clause.get(&p.rule.clause).copied().unwrap_or(1) > 1 {
                format!("{cite} #{n}")
            } else {
                cite.clone()
            };
            p.rule.citation = cite.clone();
            if let RuleKind::List { items, name, .. } = &mut p.rule.kind {
                for it in items.iter_mut() {
                    it.clause = cite.clone();
                }
                if let Some(extra) = items_for.remove(&i) {
                    items.extend(extra);
                }
                let _ = name;
            }
            if let RuleKind::ListItem { list, .. } = &mut p.rule.kind {
                if let Some(l) = item_list.get(&i) {
                    *list = l.clone();
                }
            }
            if let Some(b) = &p.basis {
                let target = self.resolve_citation(p.rule.clause, b.pasal.as_deref(), &b.parts);
                self.policy.references.push(Reference {
                    from: p.rule.clause,
                    target,
                    written: self.file.slice(b.span).to_string(),
                    span: b.span,
                    explicit: true,
                    absolute: absolute(
                        self.policy
                            .clauses
                            .get(self.policy.pasal_of(p.rule.clause))
                            .map(|c| c.number.as_str()),
                        b.pasal.as_deref(),
                        &b.parts,
                    ),
                    external: false,
                });
                p.rule.basis = target;
            }
            rules.push(p.rule);
        }
        self.policy.rules = rules;
    }
}

fn ast_builtin(name: &str) -> bool {
    BuiltinFact::parse(name).is_some()
}

pub(super) fn panel_rule(low: &mut Lowerer<'_>, pc: &PanelConstraint) -> PanelRule {
    match pc {
        PanelConstraint::Size { odd, bounds } => PanelRule::Size {
            odd: *odd,
            interval: low.interval(bounds, Measure::Count, &noun::PANEL_SIZE.into()),
        },
        PanelConstraint::Share { who, bounds, base } => PanelRule::Share {
            who: who.value.clone(),
            interval: low.interval(bounds, Measure::Percent, &noun::SHARE.into()),
            base: base.as_ref().map(|b| b.value.clone()),
        },
        PanelConstraint::Members { who, bounds } => PanelRule::Members {
            who: who.iter().map(|w| w.value.clone()).collect(),
            interval: low.interval(bounds, Measure::Count, &noun::MEMBERS.into()),
        },
        PanelConstraint::Role { role, holders } => PanelRule::Role {
            role: role.value.clone(),
            holders: holders.iter().map(|h| h.value.clone()).collect(),
        },
        PanelConstraint::Elements(es) => PanelRule::Elements {
            elements: es.iter().map(|e| e.value.clone()).collect(),
        },
        PanelConstraint::Standing { who, bound } => PanelRule::Standing {
            who: who.value.clone(),
            relation: bound.cmp.value.phrase().to_string(),
            reference: match &bound.value {
                ast::Value::Ident(i) => i.value.clone(),
                ast::Value::Eselon(e) => e.value.clone(),
                _ => String::new(),
            },
        },
    }
}

fn check_panel_names(
    low: &mut Lowerer<'_>,
    _pr: &PanelRule,
    rule: &ast::Rule,
    declared: &Declared,
) {
    let RuleBody::Panel(_, pc) = &rule.body else {
        return;
    };
    let who_ok = |w: &str| PANEL_WHO.contains(&w);
    let mut bad: Vec<(&ast::Ident, Kind)> = Vec::new();
    match pc {
        PanelConstraint::Share { who, base, .. } => {
            if !who_ok(&who.value) {
                bad.push((who, kind::MEMBER_ORIGIN));
            }
            if let Some(b) = base {
                if b.value != "anggota" {
                    bad.push((b, kind::SHARE_BASE));
                }
            }
        }
        PanelConstraint::Members { who, .. } => bad.extend(
            who.iter()
                .filter(|w| !who_ok(&w.value))
                .map(|w| (w, kind::MEMBER_ORIGIN)),
        ),
        PanelConstraint::Elements(es) => bad.extend(
            es.iter()
                .filter(|w| !who_ok(&w.value))
                .map(|w| (w, kind::MEMBER_ORIGIN)),
        ),
        PanelConstraint::Standing { who, .. } => {
            if !who_ok(&who.value) {
                bad.push((who, kind::MEMBER_ORIGIN));
            }
        }
        PanelConstraint::Role { role, holders } => {
            if !PANEL_ROLES.contains(&role.value.as_str()) {
                bad.push((role, kind::PANEL_ROLE));
            }
            for h in holders {
                let ok = who_ok(&h.value)
                    || declared.post_classes.contains(&h.value)
                    || Level::parse(&h.value).is_some();
                if !ok {
                    bad.push((h, kind::ROLE_HOLDER));
                }
            }
        }
        PanelConstraint::Size { .. } => {}
    }
    for (i, what) in bad {
        let known = match what {
            kind::PANEL_ROLE => Message::quoted(PANEL_ROLES.join("`, `")),
            kind::SHARE_BASE => Message::quoted("anggota"),
            kind::ROLE_HOLDER => rule_msg::role_holders(PANEL_WHO.join("`, `")),
            _ => Message::quoted(PANEL_WHO.join("`, `")),
        };
        low.findings
            .push(unknown_finding(low.file, what, i, &known, false));
    }
}

#[allow(dead_code)]
fn measure_name(b: BuiltinFact) -> Option<Measure> {
    fact_measure(b)
}
