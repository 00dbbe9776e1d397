//! The human rendering of a comparison: a header naming both policies, the
//! identity fields that differ, then one section per category (`Syarat`,
//! `Panitia seleksi`, …) with one line per rule — `~` changed, `-` removed,
//! `+` added, `=` unchanged (only with `--all`) — and a summary line.

use super::text::{category_label, message};
use super::{Change, Diff};
use crate::diagnostics::Lang;
use crate::messages::diff::{msg, text};

/// Renders a comparison. `all` shows unchanged rules; `color` adds ANSI colours.
pub fn render(diff: &Diff<'_>, lang: Lang, all: bool, color: bool) -> String {
    let mut out = String::new();
    for (tag, p) in [("a", diff.a), ("b", diff.b)] {
        out.push_str(&format!("{tag}: {} ({})\n", p.file.name, p.short_name()));
    }
    if !diff.identity.is_empty() {
        out.push_str(&format!("\n{}\n", text::IDENTITY.get(lang)));
        for c in &diff.identity {
            let v = |s: &Option<String>| s.clone().unwrap_or_else(|| "—".into());
            out.push_str(&format!("  {}: {} → {}\n", c.field, v(&c.old), v(&c.new)));
        }
    }
    let mut section = None;
    for e in &diff.entries {
        if e.change == Change::Unchanged && !all {
            continue;
        }
        if section != Some(e.key.category) {
            section = Some(e.key.category);
            out.push_str(&format!("\n{}\n", category_label(e.key.category, lang)));
        }
        let (mark, code) = match e.change {
            Change::Changed => ("~", "33"),
            Change::Removed => ("-", "31"),
            Change::Added => ("+", "32"),
            Change::Unchanged => ("=", "2"),
        };
        let mark = if color {
            format!("\x1b[{code}m{mark}\x1b[0m")
        } else {
            mark.to_string()
        };
        out.push_str(&format!("  {mark} {}\n", message(e, diff, lang)));
    }
    let (changed, added, removed, same) = (
        diff.count(Change::Changed),
        diff.count(Change::Added),
        diff.count(Change::Removed),
        diff.count(Change::Unchanged),
    );
    out.push('\n');
    if !diff.differs() {
        out.push_str(text::NO_DIFFERENCES.get(lang));
        out.push_str(&format!(" ({same} {}).\n", text::RULES_THE_SAME.get(lang)));
        return out;
    }
    let hidden = if all || same == 0 {
        ""
    } else {
        text::NOT_SHOWN.get(lang)
    };
    out.push_str(msg::summary(changed, added, removed, same, hidden).get(lang));
    out.push('\n');
    out
}
