//! The words of a comparison, shared by the human and JSON renderers: section
//! labels, a rule in a drafter's words, what changed (`paling singkat 2 tahun →
//! 1 tahun`) and the one-line message of each entry. The law's vocabulary stays
//! Indonesian in both languages; only the labels around it are translated.

use super::describe::{modality_word, Aspect};
use super::{Change, Diff, Entry};
use crate::diagnostics::Lang;
use crate::ir::{Category, IrRule, Mechanism, RuleKind, Scope};

/// The section label of a category.
pub fn category_label(c: Category, lang: Lang) -> &'static str {
    use crate::messages::diff::text;
    match c {
        Category::Eligibility => text::ELIGIBILITY,
        Category::PanelComposition => text::PANEL,
        Category::Window => text::WINDOWS,
        Category::Extension => text::EXTENSIONS,
        Category::WeightBand => text::WEIGHTS,
        Category::Count => text::COUNTS,
        Category::Duration => text::DURATIONS,
        Category::RequiredList => text::LISTS,
        Category::Definition => text::DEFINITIONS,
        Category::Procedure => text::PROCEDURES,
    }
    .get(lang)
}

/// Marks a value that one side does not have.
const NONE: &str = "—";

/// A rule in a drafter's words: modality (when not `wajib`), what it says,
/// `jika` and `kecuali`.
pub fn rule_words(r: &IrRule) -> String {
    let mut s = String::new();
    let definition = matches!(
        r.kind,
        RuleKind::ListItem { .. }
            | RuleKind::PostClass { .. }
            | RuleKind::Fact { .. }
            | RuleKind::Term { .. }
    );
    if !definition && r.modality != crate::ir::Modality::Wajib {
        s.push_str(modality_word(r.modality));
        s.push(' ');
    }
    s.push_str(&r.kind.summary());
    if let Some(c) = &r.condition {
        s.push_str(&format!(" jika {}", c.words()));
    }
    if let Some(c) = &r.exception {
        s.push_str(&format!(" kecuali {}", c.words()));
    }
    s
}

/// Words of the comparator phrases (`paling sedikit`, `lebih dari`, `tepat`, …).
const COMPARATOR: &[&str] = &[
    "paling", "sedikit", "banyak", "rendah", "tinggi", "singkat", "lama", "kurang", "lebih",
    "dari", "tepat", "sampai", "dengan",
];

/// `old → new`, with a comparator both start with said once:
/// `paling singkat 2 tahun → 1 tahun`.
pub fn arrow(old: &str, new: &str) -> String {
    let wa: Vec<&str> = old.split(' ').collect();
    let wb: Vec<&str> = new.split(' ').collect();
    let is_comparator = |w: &&str| COMPARATOR.contains(w);
    let lead = |w: &[&str]| w.iter().take_while(|x| is_comparator(x)).count();
    let n = lead(&wa);
    let (head_a, rest_a) = wa.split_at(n);
    let (head_b, rest_b) = wb.split_at(lead(&wb));
    // Factor only one whole comparator, followed on both sides by plain values.
    if n > 0
        && head_a == head_b
        && !rest_a.is_empty()
        && !rest_b.is_empty()
        && !rest_a.iter().any(is_comparator)
        && !rest_b.iter().any(is_comparator)
    {
        return format!(
            "{} {} → {}",
            head_a.join(" "),
            rest_a.join(" "),
            rest_b.join(" ")
        );
    }
    format!("{old} → {new}")
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or(NONE)
}

/// True when an aspect names the rule's subject itself.
fn names_subject(a: &Aspect) -> bool {
    matches!(
        a,
        Aspect::Quantity { .. } | Aspect::Rule { .. } | Aspect::ListName { .. }
    )
}

/// One aspect in words. `levels`: name position levels in scopes.
pub fn aspect_words(a: &Aspect, lang: Lang, levels: bool) -> String {
    match a {
        Aspect::Quantity { key, old, new } => {
            let w = |i: &Option<crate::ir::Interval>| {
                i.as_ref().map(|i| i.words()).unwrap_or_else(|| NONE.into())
            };
            format!("{} {}", key.words(), arrow(&w(old), &w(new)))
        }
        Aspect::Rule { old, new } => match (old.split_once(": "), new.split_once(": ")) {
            (Some((ha, ra)), Some((hb, rb))) if ha == hb => format!("{ha}: {ra} → {rb}"),
            _ => format!("{old} → {new}"),
        },
        Aspect::Modality { old, new } => format!("{old} → {new}"),
        Aspect::Condition { old, new } => format!("jika {} → {}", opt(old), opt(new)),
        Aspect::Exception { old, new } => format!("kecuali {} → {}", opt(old), opt(new)),
        Aspect::Scope { old, new } => format!(
            "{} {} → {}",
            crate::messages::diff::text::SCOPE.get(lang),
            scope_label(old, levels),
            scope_label(new, levels)
        ),
        Aspect::ListName { old, new } => format!("daftar {old} → {new}"),
        Aspect::ListKind { old, new } => format!("{old} → {new}"),
        Aspect::ItemsAdded(items) => items
            .iter()
            .map(|i| format!("+{i}"))
            .collect::<Vec<_>>()
            .join(", "),
        Aspect::ItemsRemoved(items) => items
            .iter()
            .map(|i| format!("−{i}"))
            .collect::<Vec<_>>()
            .join(", "),
        Aspect::Order { old, new } => format!(
            "{} {} → {}",
            crate::messages::diff::text::ORDER.get(lang),
            old.join(", "),
            new.join(", ")
        ),
    }
}

/// `Pasal 20 huruf a → Pasal 21 ayat (2) huruf c`, or one citation when both are the same.
pub fn citations(e: &Entry<'_>) -> String {
    match (e.a, e.b) {
        (Some(a), Some(b)) if a.citation == b.citation => a.citation.clone(),
        (Some(a), Some(b)) => format!("{} → {}", a.citation, b.citation),
        (Some(r), None) | (None, Some(r)) => r.citation.clone(),
        (None, None) => String::new(),
    }
}

/// The scope of an entry in words (`seleksi terbuka`).
pub fn scope_of(e: &Entry<'_>, diff: &Diff<'_>) -> String {
    e.a.or(e.b)
        .map(|r| {
            let mut s = r.scope.clone();
            s.levels = e.key.levels.clone();
            s.eselons = e.key.eselons.clone();
            s.mechanisms = e.key.mechanisms.clone();
            scope_label(&s, diff.several_levels)
        })
        .unwrap_or_default()
}

/// What the entry says, without its scope and citations. `levels`: name
/// position levels in scopes.
pub fn what(e: &Entry<'_>, lang: Lang, levels: bool) -> String {
    match e.change {
        Change::Changed => {
            let parts: Vec<String> = e
                .aspects
                .iter()
                .map(|a| aspect_words(a, lang, levels))
                .collect();
            let joined = parts.join("; ");
            if e.aspects.iter().any(names_subject) {
                joined
            } else {
                format!("{}: {joined}", e.key.subject.words())
            }
        }
        Change::Removed | Change::Unchanged => e.a.map(rule_words).unwrap_or_default(),
        Change::Added => e.b.map(rule_words).unwrap_or_default(),
    }
}

/// The one-line message of an entry: `mutasi: masa_jabatan paling singkat 2
/// tahun → 1 tahun, Pasal 20 huruf a → Pasal 21 ayat (2) huruf c`.
pub fn message(e: &Entry<'_>, diff: &Diff<'_>, lang: Lang) -> String {
    let scope = scope_of(e, diff);
    let what = what(e, lang, diff.several_levels);
    let cites = citations(e);
    if scope.is_empty() {
        format!("{what}, {cites}")
    } else {
        format!("{scope}: {what}, {cites}")
    }
}

/// A scope in a drafter's words: `seleksi terbuka`, `administrator II.a, mutasi`.
/// Levels are named only when `with_levels` (the policies compared cover
/// several levels).
pub fn scope_label(scope: &Scope, with_levels: bool) -> String {
    let mut parts = Vec::new();
    if with_levels && !scope.levels.is_empty() {
        parts.push(
            scope
                .levels
                .iter()
                .map(|l| l.as_str().replace('_', " "))
                .collect::<Vec<_>>()
                .join("/"),
        );
    }
    if !scope.eselons.is_empty() {
        parts.push(
            scope
                .eselons
                .iter()
                .map(|e| e.as_str())
                .collect::<Vec<_>>()
                .join("/"),
        );
    }
    let mechs = mechanisms_words(&scope.mechanisms);
    if !mechs.is_empty() {
        parts.push(mechs);
    }
    parts.join(" ")
}

fn mechanisms_words(m: &[Mechanism]) -> String {
    m.iter()
        .map(|m| m.as_str().replace('_', " "))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::arrow;

    #[test]
    fn arrow_factors_a_leading_comparator() {
        assert_eq!(
            arrow("paling singkat 2 tahun", "paling singkat 1 tahun"),
            "paling singkat 2 tahun → 1 tahun"
        );
        assert_eq!(
            arrow(
                "paling sedikit 15% paling banyak 20%",
                "paling sedikit 15% paling banyak 25%"
            ),
            "paling sedikit 15% paling banyak 20% → paling sedikit 15% paling banyak 25%"
        );
        assert_eq!(
            arrow("tepat 3", "paling sedikit 3"),
            "tepat 3 → paling sedikit 3"
        );
        assert_eq!(
            arrow("—", "paling lama 7 hari kalender"),
            "— → paling lama 7 hari kalender"
        );
        assert_eq!(
            arrow("paling sedikit 3", "paling banyak 3"),
            "paling sedikit 3 → paling banyak 3"
        );
    }
}
