//! Cross-references written in clause text: "sebagaimana dimaksud dalam Pasal
//! 16 ayat (1)", "sebagaimana dimaksud pada ayat (3) huruf b", and their
//! continuations ("… dan ayat (2)", "… sampai dengan huruf d").

use crate::ast::ClauseKind;

/// A reference found in text: the parts, and its byte range within the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRef {
    /// Pasal number, if named.
    pub pasal: Option<String>,
    /// Parts below the Pasal.
    pub parts: Vec<(ClauseKind, String)>,
    /// Byte range in the text.
    pub range: (usize, usize),
    /// The reference continues into another regulation's name ("… Peraturan Pemerintah …").
    pub external: bool,
}

const TRIGGERS: &[&str] = &[
    "sebagaimana dimaksud dalam ",
    "sebagaimana dimaksud pada ",
    "sebagaimana dimaksud ",
    "sebagaimana tersebut pada ",
    "sebagaimana tersebut dalam ",
    "sebagaimana diatur dalam ",
    "sebagaimana disebutkan dalam ",
    "sebagaimana disebutkan pada ",
];

const EXTERNAL_STARTS: &[&str] = &[
    "Peraturan",
    "Undang",
    "UU",
    "PP ",
    "Permen",
    "Keputusan",
    "Surat",
    "peraturan",
    "undang",
];

/// Finds every reference introduced by a "sebagaimana …" phrase.
pub fn find_references(text: &str) -> Vec<TextRef> {
    if !text.contains("ebagaimana") {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while from < lower.len() {
        let next = TRIGGERS
            .iter()
            .filter_map(|t| lower.get(from..)?.find(t).map(|i| (from + i, t.len())))
            .min_by_key(|(i, len)| (*i, usize::MAX - *len));
        let Some((at, len)) = next else { break };
        let mut pos = at + len;
        // A chain: first reference, then "dan", ",", "sampai dengan", "atau" continuations.
        let mut last: Option<TextRef> = None;
        let mut first = true;
        while let Some((mut r, end)) = parse_citation(text, pos, None, first) {
            first = false;
            // A continuation ("… huruf a dan huruf b", "… ayat (1) dan ayat (2)") keeps
            // the Pasal and the outer parts of the reference before it.
            if let (None, Some(prev)) = (&r.pasal, &last) {
                if let Some((kind, _)) = r.parts.first() {
                    let keep = prev
                        .parts
                        .iter()
                        .position(|(k, _)| k == kind)
                        .unwrap_or(prev.parts.len());
                    let mut parts: Vec<(ClauseKind, String)> =
                        prev.parts.iter().take(keep).cloned().collect();
                    parts.append(&mut r.parts);
                    r.parts = parts;
                    r.pasal = prev.pasal.clone();
                }
            }
            last = Some(r.clone());
            let is_external = r.external;
            out.push(r);
            pos = end;
            if is_external {
                break;
            }
            let rest = text.get(pos..).unwrap_or("");
            let skip = [
                "dan ",
                ", dan ",
                ", ",
                " dan ",
                " sampai dengan ",
                " atau ",
                " dan/atau ",
                " s.d. ",
                " s/d ",
            ]
            .iter()
            .find(|s| rest.starts_with(*s));
            match skip {
                Some(s) => pos += s.len(),
                None => break,
            }
        }
        from = pos.max(at + len);
    }
    out
}

fn word_at(text: &str, pos: usize) -> (&str, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.'))
        .unwrap_or(rest.len());
    (rest.get(..end).unwrap_or(""), pos + end)
}

fn skip_ws(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + (rest.len() - rest.trim_start_matches([' ', '\t']).len())
}

/// Parses a citation starting at `pos`. Continuations may be a bare "(2)"
/// after "ayat (1) dan".
fn parse_citation(
    text: &str,
    pos: usize,
    inherit_pasal: Option<String>,
    first: bool,
) -> Option<(TextRef, usize)> {
    let start = skip_ws(text, pos);
    let mut p = start;
    let mut pasal = None;
    let mut parts: Vec<(ClauseKind, String)> = Vec::new();
    let (w, e) = word_at(text, p);
    if w.eq_ignore_ascii_case("pasal") {
        let np = skip_ws(text, e);
        let (num, ne) = word_at(text, np);
        let num = num.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        pasal = Some(num.to_string());
        p = ne;
    } else if !first && text.get(p..).is_some_and(|r| r.starts_with('(')) {
        // "ayat (1) dan (2)": a bare number continues the last kind.
        let close = text.get(p..)?.find(')')?;
        let n = text.get(p + 1..p + close)?.trim().to_string();
        if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        parts.push((ClauseKind::Ayat, n));
        p = p + close + 1;
    }
    loop {
        let q = skip_ws(text, p);
        let (w, e) = word_at(text, q);
        match w {
            "ayat" => {
                let np = skip_ws(text, e);
                let rest = text.get(np..)?;
                if !rest.starts_with('(') {
                    break;
                }
                let close = rest.find(')')?;
                let n = rest.get(1..close)?.trim().to_string();
                if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
                    break;
                }
                parts.push((ClauseKind::Ayat, n));
                p = np + close + 1;
            }
            "huruf" | "angka" => {
                let np = skip_ws(text, e);
                let (n, ne) = word_at(text, np);
                let n = n.trim_end_matches(')');
                let valid = if w == "huruf" {
                    n.len() == 1 && n.chars().all(|c| c.is_ascii_lowercase())
                } else {
                    !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
                };
                if !valid {
                    break;
                }
                let kind = if w == "huruf" {
                    ClauseKind::Huruf
                } else {
                    ClauseKind::Angka
                };
                parts.push((kind, n.to_string()));
                p = ne;
            }
            _ => break,
        }
    }
    if pasal.is_none() && parts.is_empty() {
        return None;
    }
    let rest = text.get(skip_ws(text, p)..).unwrap_or("");
    let external = pasal.is_some() && EXTERNAL_STARTS.iter().any(|s| rest.starts_with(s));
    let pasal = if pasal.is_none()
        && !first
        && parts.first().is_some_and(|(k, _)| *k == ClauseKind::Ayat)
    {
        inherit_pasal
    } else {
        pasal
    };
    Some((
        TextRef {
            pasal,
            parts,
            range: (start, p),
            external,
        },
        p,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_absolute_relative_and_chained_references() {
        let t = "sebagaimana dimaksud dalam Pasal 16 ayat (1) dan ayat (2), serta sebagaimana dimaksud pada huruf a.";
        let r = find_references(t);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].pasal.as_deref(), Some("16"));
        assert_eq!(r[0].parts, vec![(ClauseKind::Ayat, "1".to_string())]);
        assert_eq!(r[1].pasal.as_deref(), Some("16"));
        assert_eq!(r[1].parts, vec![(ClauseKind::Ayat, "2".to_string())]);
        assert_eq!(r[2].pasal, None);
        assert_eq!(r[2].parts, vec![(ClauseKind::Huruf, "a".to_string())]);
        assert_eq!(&t[r[0].range.0..r[0].range.1], "Pasal 16 ayat (1)");
    }

    #[test]
    fn continuations_keep_the_pasal_and_outer_parts() {
        let r = find_references("sebagaimana dimaksud dalam Pasal 107 huruf a dan huruf b");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].pasal.as_deref(), Some("107"));
        assert_eq!(r[1].parts, vec![(ClauseKind::Huruf, "b".to_string())]);
        let r = find_references("sebagaimana dimaksud pada ayat (2) huruf a dan huruf c");
        assert_eq!(
            r[1].parts,
            vec![
                (ClauseKind::Ayat, "2".to_string()),
                (ClauseKind::Huruf, "c".to_string())
            ]
        );
    }

    #[test]
    fn marks_references_into_other_regulations() {
        let t = "sebagaimana dimaksud dalam Pasal 131 ayat (1) Peraturan Pemerintah Nomor 17 Tahun 2020";
        let r = find_references(t);
        assert_eq!(r.len(), 1);
        assert!(r[0].external);
    }
}
