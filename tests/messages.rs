//! The catalogue of words (`src/messages/`, and each lint's `msg`/`text`):
//! every entry has both languages, and the Indonesian is not the English left
//! untranslated.

use pasal::messages::{Entry, Text, GROUPS};
use std::collections::BTreeSet;

/// Entries whose two languages are rightly the same: a loanword or a term the
/// law itself uses in both.
const SAME_IN_BOTH: &[&str] = &[
    "label::BOM",
    "kind::ESELON",
    "kind::JENJANG",
    "kind::GOLONGAN",
    "noun::LOOKBACK",
    "lsp::text::TEXT",
    "panel_feasibility::msg::internal_share",
    "PSL706::label",
];

/// The template with placeholders (`{x}`) and code (`` `x` ``) taken out.
fn words_of(template: &str) -> String {
    let mut out = String::new();
    let (mut brace, mut tick) = (false, false);
    for c in template.chars() {
        match c {
            '{' => brace = true,
            '}' => brace = false,
            '`' => tick = !tick,
            _ if !brace && !tick => out.push(c),
            _ => {}
        }
    }
    out
}

fn check(e: &Entry, problems: &mut Vec<String>) {
    if e.en.trim().is_empty() || e.id.trim().is_empty() {
        problems.push(format!("{}: a language is empty", e.key));
    }
    let letters = words_of(e.en).chars().any(char::is_alphabetic);
    if e.en == e.id && letters && !SAME_IN_BOTH.iter().any(|k| e.key.ends_with(k)) {
        problems.push(format!(
            "{}: the Indonesian is the English `{}`",
            e.key, e.en
        ));
    }
}

fn lint_texts() -> Vec<Entry> {
    let mut out = Vec::new();
    for l in pasal::analysis::lints::DOCS {
        let code = l.code.as_str();
        for (what, t) in [("label", l.label), ("help", l.help), ("explain", l.explain)] {
            let Text { en, id } = t;
            let key: &'static str = Box::leak(format!("{code}::{what}").into_boxed_str());
            out.push(Entry { key, en, id });
        }
        for g in l.words {
            out.extend(g.iter().copied());
        }
    }
    out
}

#[test]
fn every_entry_has_both_languages() {
    let mut problems = Vec::new();
    let mut count = 0;
    for e in GROUPS
        .iter()
        .flat_map(|g| g.iter())
        .chain(lint_texts().iter())
    {
        check(e, &mut problems);
        count += 1;
    }
    assert!(count > 300, "the catalogue holds {count} entries");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn ids_are_unique() {
    let mut seen = BTreeSet::new();
    for e in GROUPS
        .iter()
        .flat_map(|g| g.iter())
        .chain(lint_texts().iter())
    {
        // One lint module may serve several codes (terms.rs: PSL708, 709,
        // 713) and list the same groups for each.
        if e.key.contains("::lints::") {
            continue;
        }
        assert!(seen.insert(e.key), "{} twice", e.key);
    }
}

#[test]
fn a_message_fills_each_language_with_its_own_words() {
    use pasal::messages::resolve::{kind, rule_msg};
    let m = rule_msg::unknown(kind::POST_CLASS.one, "eselon_9");
    assert_eq!(m.en, "unknown post class `eselon_9`");
    assert_eq!(m.id, "kelas jabatan `eselon_9` tidak dikenal");
}

#[test]
fn a_number_keeps_its_format_in_both_languages() {
    let m = pasal::messages::resolve::rule_msg::mixed_units("a", "tahun", 1.5);
    assert!(m.en.ends_with("`tahun` and `1.5`"), "{}", m.en);
    assert!(m.id.ends_with("`tahun` dan `1.5`"), "{}", m.id);
}
