//! Clause addresses as the rule inventory (../shared/seed-rules.md) writes
//! them — "Pasal 25 (Par. 4) ayat (1)–(3) huruf a–f", several joined by `;` or
//! ` + ` — expanded into citations and checked against a policy. Shared by
//! `tests/inventory.rs` and `tests/import.rs`.

#![allow(dead_code)]

use std::collections::BTreeSet;

/// One component of an address: a kind and the values it ranges over.
type Component = (String, Vec<String>);

pub fn range_values(kind: &str, v: &str) -> Vec<String> {
    let v = v.trim();
    let strip = |s: &str| {
        s.trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .to_string()
    };
    if let Some((a, b)) = v.split_once('–') {
        let (a, b) = (strip(a), strip(b));
        if kind == "huruf" {
            let (a, b) = (
                a.chars().next().unwrap_or('a'),
                b.chars().next().unwrap_or('a'),
            );
            return (a..=b).map(|c| c.to_string()).collect();
        }
        let (a, b): (u32, u32) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
        return (a..=b).map(|n| n.to_string()).collect();
    }
    v.split(',').map(strip).collect()
}

/// Parses "Pasal 25 (Par. 4) ayat (1)–(3) huruf a–f" into its Pasal label and components.
pub fn parse_address(addr: &str, pasal_label: Option<&str>) -> (String, Vec<Component>) {
    let mut rest = addr.trim();
    let mut label = pasal_label.unwrap_or("").to_string();
    if let Some(r) = rest.strip_prefix("Pasal ") {
        let end = r
            .find(" ayat")
            .or_else(|| r.find(" huruf"))
            .or_else(|| r.find(" angka"))
            .unwrap_or(r.len());
        let head = r.get(..end).unwrap_or(r).replace("(Par. ", "(Paragraf ");
        label = format!("Pasal {head}");
        rest = r.get(end..).unwrap_or("");
    }
    let mut comps = Vec::new();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let kind = words[i];
        let mut val = String::new();
        i += 1;
        while i < words.len() && !matches!(words[i], "ayat" | "huruf" | "angka") {
            val.push_str(words[i]);
            val.push(' ');
            i += 1;
        }
        comps.push((kind.to_string(), range_values(kind, &val)));
    }
    (label, comps)
}

fn cite(label: &str, comps: &[(String, String)]) -> String {
    let mut s = label.to_string();
    for (k, v) in comps {
        if k == "ayat" {
            s.push_str(&format!(" ayat ({v})"));
        } else {
            s.push_str(&format!(" {k} {v}"));
        }
    }
    s
}

pub fn expand(label: &str, comps: &[Component]) -> Vec<String> {
    let mut out = vec![Vec::<(String, String)>::new()];
    for (k, vs) in comps {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                vs.iter().map(move |v| {
                    let mut p = prefix.clone();
                    p.push((k.clone(), v.clone()));
                    p
                })
            })
            .collect();
    }
    out.iter().map(|c| cite(label, c)).collect()
}

/// Checks one inventory row; returns what is missing.
pub fn check_row(
    address: &str,
    clauses: &BTreeSet<String>,
    ruled: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let mut missing = Vec::new();
    let mut last_label: Option<String> = None;
    for part in address.split(';') {
        for (n, piece) in part.split(" + ").enumerate() {
            let (label, comps) =
                parse_address(piece, if n > 0 { last_label.as_deref() } else { None });
            last_label = Some(label.clone());
            let ranged = comps.iter().filter(|(_, v)| v.len() > 1).count();
            let all = expand(&label, &comps);
            if ranged <= 1 {
                missing.extend(all.into_iter().filter(|a| !ruled(a)));
            } else {
                // Several ranges ("huruf a–c angka 1–8": angka 1–8 sit under one
                // huruf only). Candidates are the expansions of every prefix; each
                // existing candidate with no existing deeper candidate needs a rule,
                // and every value of every range must exist at some depth.
                let mut existing: Vec<(usize, String)> = Vec::new();
                for d in 1..=comps.len() {
                    let prefix = comps.get(..d).unwrap_or(&[]);
                    existing.extend(
                        expand(&label, prefix)
                            .into_iter()
                            .filter(|a| clauses.contains(a))
                            .map(|a| (d, a)),
                    );
                }
                if existing.is_empty() {
                    missing.push(format!("{piece} (no clause)"));
                }
                for (d, a) in &existing {
                    let has_deeper = existing
                        .iter()
                        .any(|(d2, b)| d2 > d && b.starts_with(&format!("{a} ")));
                    if !has_deeper && !ruled(a) {
                        missing.push(a.clone());
                    }
                }
                for (k, vs) in &comps {
                    for v in vs {
                        let needle = if k == "ayat" {
                            format!("ayat ({v})")
                        } else {
                            format!("{k} {v}")
                        };
                        if !existing.iter().any(|(_, a)| a.contains(&needle)) {
                            missing.push(format!("{piece}: no {needle}"));
                        }
                    }
                }
            }
        }
    }
    missing
}
