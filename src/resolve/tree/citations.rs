//! Citations and references of the clause tree: every clause's canonical
//! citation (with duplicated numbers reported), and every reference — explicit
//! or written in clause text — resolved to the clause it names.

use super::*;
use crate::codes::Code;
use crate::messages::label;
use crate::messages::resolve::{rule_msg, rule_text};

impl Resolver<'_> {
    /// Every clause's canonical citation (`Pasal 23 ayat (3) huruf c`), and
    /// each number used twice reported.
    pub(super) fn citations(&mut self) {
        let pasal_cites = self.pasal_citations();
        self.clause_citations(&pasal_cites);
        self.duplicate_siblings();
    }

    /// The citation of each Pasal: `Pasal 5`, or with its heading (or an
    /// ordinal) when the number is used twice, which is reported.
    fn pasal_citations(&mut self) -> HashMap<ClauseId, String> {
        let mut by_number: BTreeMap<String, Vec<ClauseId>> = BTreeMap::new();
        for (i, c) in self.policy.clauses.enumerate() {
            if c.parent.is_none() {
                by_number.entry(c.number.clone()).or_default().push(i);
            }
        }
        let mut pasal_cites: HashMap<ClauseId, String> = HashMap::new();
        for (number, ids) in &by_number {
            if ids.len() == 1 {
                if let Some(&id) = ids.first() {
                    pasal_cites.insert(id, format!("Pasal {number}"));
                }
                continue;
            }
            let heads: Vec<String> = ids
                .iter()
                .map(|&id| {
                    self.policy
                        .clauses
                        .get(id)
                        .and_then(|c| c.heading)
                        .and_then(|h| self.policy.headings.get(h))
                        .map(|h| h.citation.clone())
                        .unwrap_or_default()
                })
                .collect();
            for (k, &id) in ids.iter().enumerate() {
                let head = heads.get(k).cloned().unwrap_or_default();
                let unique = !head.is_empty() && heads.iter().filter(|h| **h == head).count() == 1;
                let tag = if unique {
                    head
                } else {
                    crate::words::ordinal_word(k + 1)
                };
                pasal_cites.insert(id, format!("Pasal {number} ({tag})"));
            }
            if let (Some(&first), Some(rest)) = (ids.first(), ids.get(1..)) {
                for &dup in rest {
                    let (span, first_span) = (
                        self.policy
                            .clauses
                            .get(dup)
                            .map(|c| c.number_span)
                            .unwrap_or_default(),
                        self.policy
                            .clauses
                            .get(first)
                            .map(|c| c.number_span)
                            .unwrap_or_default(),
                    );
                    let cite = pasal_cites.get(&dup).cloned().unwrap_or_default();
                    self.findings.push(
                        Finding::new(
                            Code::DuplicateNumber,
                            self.file,
                            span,
                            rule_msg::pasal_twice(number),
                        )
                        .label(label::SECOND_PASAL_WITH_THIS_NUMBER)
                        .related(
                            first_span,
                            label::FIRST_ONE,
                            pasal_cites.get(&first).cloned(),
                        )
                        .clause(cite)
                        .help(rule_text::PASAL_TWICE_HELP),
                    );
                }
            }
        }
        pasal_cites
    }

    /// Each clause's citation below its Pasal, with an ordinal when the same
    /// label is used twice among its siblings.
    fn clause_citations(&mut self, pasal_cites: &HashMap<ClauseId, String>) {
        for id in self.policy.clauses.ids() {
            let cite = match self.policy.clauses.get(id) {
                Some(c) => match c.parent {
                    None => pasal_cites
                        .get(&id)
                        .cloned()
                        .unwrap_or_else(|| format!("Pasal {}", c.number)),
                    Some(p) => {
                        let parent = self.policy.cite(p).to_string();
                        let part = match c.kind {
                            ClauseKind::Ayat => format!("ayat ({})", c.number),
                            k => format!("{} {}", k.word(), c.number),
                        };
                        let dup_index = self
                            .policy
                            .clauses
                            .get(p)
                            .map(|pc| {
                                pc.children
                                    .iter()
                                    .filter(|&&s| s < id)
                                    .filter(|&&s| {
                                        self.policy.clauses.get(s).is_some_and(|x| {
                                            x.kind == c.kind && x.number == c.number
                                        })
                                    })
                                    .count()
                            })
                            .unwrap_or(0);
                        if dup_index > 0 {
                            format!(
                                "{parent} {part} ({})",
                                crate::words::ordinal_word(dup_index + 1)
                            )
                        } else {
                            format!("{parent} {part}")
                        }
                    }
                },
                None => continue,
            };
            if let Some(c) = self.policy.clauses.get_mut(id) {
                c.citation = cite;
            }
        }
    }

    /// Numbers used twice among the sub-clauses of one clause.
    fn duplicate_siblings(&mut self) {
        for id in self.policy.clauses.ids() {
            let Some(c) = self.policy.clauses.get(id) else {
                continue;
            };
            let mut seen: HashMap<(ClauseKind, String), ClauseId> = HashMap::new();
            let mut dups = Vec::new();
            for &ch in &c.children {
                let Some(x) = self.policy.clauses.get(ch) else {
                    continue;
                };
                match seen.get(&(x.kind, x.number.clone())) {
                    Some(&first) => dups.push((first, ch)),
                    None => {
                        seen.insert((x.kind, x.number.clone()), ch);
                    }
                }
            }
            for (first, dup) in dups {
                let (Some(a), Some(b)) =
                    (self.policy.clauses.get(first), self.policy.clauses.get(dup))
                else {
                    continue;
                };
                let part = match b.kind {
                    ClauseKind::Ayat => format!("ayat ({})", b.number),
                    k => format!("{} {}", k.word(), b.number),
                };
                let f = Finding::new(
                    Code::DuplicateNumber,
                    self.file,
                    b.number_span,
                    rule_msg::number_twice(&part, &c.citation),
                )
                .label(label::SECOND_ONE)
                .related(a.number_span, label::FIRST_ONE, Some(a.citation.clone()))
                .clause(b.citation.clone())
                .help(rule_text::NUMBER_TWICE_HELP);
                self.findings.push(f);
            }
        }
    }

    pub(super) fn references(&mut self) {
        for (from, cite) in std::mem::take(&mut self.explicit_refs) {
            let target = self.resolve_citation(from, cite.pasal.as_deref(), &cite.parts);
            let pasal_no = self
                .policy
                .clauses
                .get(self.policy.pasal_of(from))
                .map(|c| c.number.clone());
            self.policy.references.push(Reference {
                from,
                target,
                written: self.file.slice(cite.span).to_string(),
                span: cite.span,
                explicit: true,
                absolute: absolute(pasal_no.as_deref(), cite.pasal.as_deref(), &cite.parts),
                external: false,
            });
        }
        for id in self.policy.clauses.ids() {
            let texts = self
                .policy
                .clauses
                .get(id)
                .map(|c| c.texts.clone())
                .unwrap_or_default();
            let pasal_no = self
                .policy
                .clauses
                .get(self.policy.pasal_of(id))
                .map(|c| c.number.clone());
            for (text, span) in texts {
                for r in refs::find_references(&text) {
                    let written = text.get(r.range.0..r.range.1).unwrap_or("").to_string();
                    let rspan = self.file.locate(span, &written);
                    let target = if r.external {
                        None
                    } else {
                        self.resolve_citation(id, r.pasal.as_deref(), &r.parts)
                    };
                    self.policy.references.push(Reference {
                        from: id,
                        target,
                        written,
                        span: rspan,
                        explicit: false,
                        absolute: absolute(pasal_no.as_deref(), r.pasal.as_deref(), &r.parts),
                        external: r.external,
                    });
                }
            }
        }
        for r in &self.policy.references {
            if r.target.is_none() && !r.external {
                let f = Finding::new(
                    Code::UnresolvedReference,
                    self.file,
                    r.span,
                    rule_msg::unresolved(&r.absolute),
                )
                .label(if r.explicit {
                    label::EXPLICIT_REFERENCE
                } else {
                    label::REFERENCE_IN_THE_CLAUSE_TEXT
                })
                .clause(self.policy.cite(r.from).to_string())
                .help(rule_text::UNRESOLVED_HELP);
                self.findings.push(f);
            }
        }
    }

    /// Resolves a citation seen from clause `from`.
    pub fn resolve_citation(
        &self,
        from: ClauseId,
        pasal: Option<&str>,
        parts: &[(ClauseKind, String)],
    ) -> Option<ClauseId> {
        let clauses = &self.policy.clauses;
        let child = |of: ClauseId, kind: ClauseKind, num: &str| -> Option<ClauseId> {
            clauses.get(of)?.children.iter().copied().find(|&c| {
                clauses
                    .get(c)
                    .is_some_and(|x| x.kind == kind && x.number == num)
            })
        };
        let walk = |start: ClauseId, parts: &[(ClauseKind, String)]| -> Option<ClauseId> {
            let mut at = start;
            for (k, n) in parts {
                at = child(at, *k, n)?;
            }
            Some(at)
        };
        match pasal {
            Some(p) => {
                // Prefer a Pasal in the same BAB when the number is duplicated.
                let from_pasal = self.policy.pasal_of(from);
                let candidates: Vec<ClauseId> = clauses
                    .enumerate()
                    .filter(|(_, c)| c.parent.is_none() && c.number == p)
                    .map(|(i, _)| i)
                    .collect();
                if candidates.contains(&from_pasal)
                    && clauses.get(from_pasal).is_some_and(|c| c.number == p)
                {
                    return walk(from_pasal, parts);
                }
                candidates.iter().find_map(|&c| walk(c, parts))
            }
            None => {
                let first = parts.first()?;
                let mut at = Some(from);
                while let Some(a) = at {
                    if child(a, first.0, &first.1).is_some() {
                        return walk(a, parts);
                    }
                    at = clauses.get(a).and_then(|c| c.parent);
                }
                None
            }
        }
    }
}

pub(super) fn absolute(
    current_pasal: Option<&str>,
    pasal: Option<&str>,
    parts: &[(ClauseKind, String)],
) -> String {
    let mut s = String::new();
    match pasal.or(current_pasal) {
        Some(p)
            if pasal.is_some() || parts.first().is_some_and(|(k, _)| *k == ClauseKind::Ayat) =>
        {
            s.push_str(&format!("Pasal {p}"))
        }
        _ => {}
    }
    for (k, n) in parts {
        if !s.is_empty() {
            s.push(' ');
        }
        match k {
            ClauseKind::Ayat => s.push_str(&format!("ayat ({n})")),
            k => s.push_str(&format!("{} {n}", k.word())),
        }
    }
    s
}

/// The innermost clause whose span contains `span`.
pub fn innermost_clause(policy: &Policy, span: Span) -> Option<ClauseId> {
    policy
        .clauses
        .enumerate()
        .filter(|(_, c)| c.span.start <= span.start && span.end <= c.span.end)
        .min_by_key(|(_, c)| c.span.len())
        .map(|(i, _)| i)
}
