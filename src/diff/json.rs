//! The JSON rendering of a comparison (`pasal diff --format json`); the schema
//! is documented in docs/json.md and its field names are part of the interface.

use super::describe::Aspect;
use super::key::JsonKey;
use super::text::{aspect_words, message, rule_words, scope_label};
use super::{Change, Diff, Entry};
use crate::diagnostics::Lang;
use crate::ir::{IrRule, Policy};
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    a: JsonPolicy<'a>,
    b: JsonPolicy<'a>,
    identity: Vec<JsonIdentity<'a>>,
    entries: Vec<JsonEntry<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonPolicy<'a> {
    file: &'a str,
    policy: String,
    identity: &'a crate::ir::IdentityInfo,
}

#[derive(Serialize)]
struct JsonIdentity<'a> {
    field: &'a str,
    old: Option<&'a str>,
    new: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    change: &'static str,
    matched_by: Option<&'static str>,
    key: JsonKey,
    message: String,
    changes: Vec<JsonAspect>,
    old: Option<String>,
    new: Option<String>,
    clause_a: Option<&'a str>,
    clause_b: Option<&'a str>,
    a: Option<JsonSide<'a>>,
    b: Option<JsonSide<'a>>,
}

#[derive(Serialize)]
struct JsonAspect {
    aspect: &'static str,
    quantity: Option<String>,
    old: Option<String>,
    new: Option<String>,
    items: Vec<String>,
    text: String,
}

#[derive(Serialize)]
struct JsonSide<'a> {
    rule: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    text: String,
}

#[derive(Serialize)]
struct JsonSummary {
    changed: usize,
    added: usize,
    removed: usize,
    unchanged: usize,
    identity: usize,
    differ: bool,
}

fn policy(p: &Policy) -> JsonPolicy<'_> {
    JsonPolicy {
        file: &p.file.name,
        policy: p.short_name(),
        identity: &p.identity,
    }
}

fn side<'a>(p: &'a Policy, r: &'a IrRule) -> JsonSide<'a> {
    let (line, column) = p.file.line_col(r.span.start);
    JsonSide {
        rule: &r.id,
        file: &p.file.name,
        line,
        column,
        text: p
            .clauses
            .get(r.clause)
            .map(|c| c.text())
            .unwrap_or_default(),
    }
}

fn aspect(a: &Aspect, lang: Lang, levels: bool) -> JsonAspect {
    let s = |x: &str| Some(x.to_string());
    let (name, old, new, items) = match a {
        Aspect::Quantity { old, new, .. } => (
            "quantity",
            old.as_ref().map(|i| i.words()),
            new.as_ref().map(|i| i.words()),
            Vec::new(),
        ),
        Aspect::Rule { old, new } => ("rule", s(old), s(new), Vec::new()),
        Aspect::Modality { old, new } => ("modality", s(old), s(new), Vec::new()),
        Aspect::Condition { old, new } => ("condition", old.clone(), new.clone(), Vec::new()),
        Aspect::Exception { old, new } => ("exception", old.clone(), new.clone(), Vec::new()),
        Aspect::Scope { old, new } => (
            "scope",
            Some(scope_label(old, true)),
            Some(scope_label(new, true)),
            Vec::new(),
        ),
        Aspect::ListName { old, new } => ("list_name", s(old), s(new), Vec::new()),
        Aspect::ListKind { old, new } => ("list_kind", s(old), s(new), Vec::new()),
        Aspect::ItemsAdded(items) => ("items_added", None, None, items.clone()),
        Aspect::ItemsRemoved(items) => ("items_removed", None, None, items.clone()),
        Aspect::Order { old, new } => (
            "order",
            Some(old.join(", ")),
            Some(new.join(", ")),
            Vec::new(),
        ),
    };
    JsonAspect {
        aspect: name,
        quantity: match a {
            Aspect::Quantity { key, .. } => Some(key.words()),
            _ => None,
        },
        old,
        new,
        items,
        text: aspect_words(a, lang, levels),
    }
}

fn entry<'a>(e: &Entry<'a>, diff: &Diff<'a>, lang: Lang) -> JsonEntry<'a> {
    JsonEntry {
        change: e.change.as_str(),
        matched_by: e.matched_by.map(|m| match m {
            super::matching::MatchedBy::Key => "key",
            super::matching::MatchedBy::Text => "text",
        }),
        key: e.key.json(),
        message: message(e, diff, lang),
        changes: e
            .aspects
            .iter()
            .map(|a| aspect(a, lang, diff.several_levels))
            .collect(),
        old: e.a.map(rule_words),
        new: e.b.map(rule_words),
        clause_a: e.a.map(|r| r.citation.as_str()),
        clause_b: e.b.map(|r| r.citation.as_str()),
        a: e.a.map(|r| side(diff.a, r)),
        b: e.b.map(|r| side(diff.b, r)),
    }
}

/// The `diff --format json` document. `all` includes unchanged rules.
pub fn render(diff: &Diff<'_>, lang: Lang, all: bool) -> String {
    let doc = Doc {
        version: 1,
        a: policy(diff.a),
        b: policy(diff.b),
        identity: diff
            .identity
            .iter()
            .map(|c| JsonIdentity {
                field: c.field,
                old: c.old.as_deref(),
                new: c.new.as_deref(),
            })
            .collect(),
        entries: diff
            .entries
            .iter()
            .filter(|e| all || e.change != Change::Unchanged)
            .map(|e| entry(e, diff, lang))
            .collect(),
        summary: JsonSummary {
            changed: diff.count(Change::Changed),
            added: diff.count(Change::Added),
            removed: diff.count(Change::Removed),
            unchanged: diff.count(Change::Unchanged),
            identity: diff.identity.len(),
            differ: diff.differs(),
        },
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
