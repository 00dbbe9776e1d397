//! Post classes: a clause that names the eselon of a post ("… setara jabatan
//! eselon II.a, yang meliputi Sekretaris Daerah", "X adalah … setara eselon II")
//! → `jabatan NAME eselon II.a`.

use super::words::slug;

/// The eselon levels named after the word "eselon" in a text (lower case):
/// "eselon ii.b" → II.b, "eselon iia dan iib" → II.a, II.b, and a bare
/// "eselon ii" → both of its grades.
pub fn eselons(t: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut from = 0;
    while let Some(p) = t[from..].find("eselon") {
        let mut rest = &t[from + p + "eselon".len()..];
        loop {
            let r = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '/');
            let r = ["dan ", "atau "]
                .iter()
                .find_map(|w| r.strip_prefix(w))
                .unwrap_or(r);
            let Some((levels, after)) = level(r) else {
                break;
            };
            for l in levels {
                if !out.contains(&l) {
                    out.push(l);
                }
            }
            rest = after;
        }
        from += p + "eselon".len();
    }
    out
}

/// One level at the start of `t`: a roman numeral and an optional grade.
fn level(t: &str) -> Option<(Vec<String>, &str)> {
    let roman = ["iv", "iii", "ii", "i", "v"]
        .iter()
        .find(|r| t.starts_with(*r))?;
    let after = &t[roman.len()..];
    let upper = roman.to_uppercase();
    let grade_at = after.strip_prefix('.').unwrap_or(after);
    let mut chars = grade_at.chars();
    match (chars.next(), chars.next()) {
        (Some(g @ ('a' | 'b')), next) if next.is_none_or(|c| !c.is_alphanumeric()) => {
            Some((vec![format!("{upper}.{g}")], &grade_at[1..]))
        }
        (next, _) if next.is_none_or(|c| !c.is_alphanumeric()) => {
            Some((vec![format!("{upper}.a"), format!("{upper}.b")], after))
        }
        _ => None,
    }
}

/// The post class a clause defines, as `(name, eselons)`: the posts it lists
/// after "meliputi", the term it defines before "adalah", or, for an item under
/// a chapeau "… eselon II.b, yang meliputi:", the item itself.
pub fn post_class(t: &str, chapeau: Option<&str>) -> Option<(String, Vec<String>)> {
    let own = eselons(t);
    if !own.is_empty() {
        let name = if let Some(p) = t.find("meliputi") {
            let after = t[p + "meliputi".len()..].trim();
            if after.is_empty() || after.starts_with(':') {
                return None;
            }
            slug(after, 3)
        } else if let Some(p) = t.find(" adalah") {
            // "X adalah … eselon …": the eselon describes X, a plain term.
            let term = &t[..p];
            if term.contains(['.', '(', ',']) || eselons(term).len() == own.len() {
                return None;
            }
            slug(term, 4)
        } else if let Some(p) = t.find(" setara ") {
            // "JPT Pratama setara eselon II.a; dan": an item naming a grade of
            // a post, named by the post and its grade.
            let post = &t[..p];
            let rest = t[p + " setara ".len()..]
                .trim_end_matches(|c: char| c == '.' || c == ';' || c.is_whitespace())
                .trim_end_matches("; dan")
                .trim_end_matches("; atau")
                .trim_end_matches(|c: char| c == ';' || c.is_whitespace());
            let words = post.split_whitespace().count();
            let plain = ["dengan ", "jabatan ", "struktural "]
                .iter()
                .fold(rest, |r, w| r.strip_prefix(w).unwrap_or(r));
            if !(1..=4).contains(&words)
                || post.contains([',', '('])
                || !plain.starts_with("eselon ")
                || plain.split_whitespace().count() > 2
            {
                return None;
            }
            let grades: Vec<String> = own
                .iter()
                .map(|l| l.replace('.', "").to_lowercase())
                .collect();
            slug(&format!("{post} {}", grades.join(" ")), 6)
        } else {
            return None;
        };
        return Some((name, own));
    }
    let chapeau = chapeau?;
    if !(chapeau.contains("meliputi") && chapeau.trim_end().ends_with(':')) {
        return None;
    }
    let levels = eselons(chapeau);
    if levels.is_empty() || t.trim().is_empty() {
        return None;
    }
    Some((slug(t, 3), levels))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eselon_levels_in_their_spellings() {
        assert_eq!(eselons("setara eselon ii.a, yang meliputi"), ["II.a"]);
        assert_eq!(
            eselons("setara dengan eselon iia dan iib)"),
            ["II.a", "II.b"]
        );
        assert_eq!(eselons("setara eselon ii."), ["II.a", "II.b"]);
        assert_eq!(eselons("eselon iii.b"), ["III.b"]);
        assert!(eselons("tanpa jenjang").is_empty());
    }

    #[test]
    fn post_classes_from_their_phrases() {
        assert_eq!(
            post_class(
                "jabatan pimpinan tinggi pratama setara eselon ii.b, yang meliputi kepala dinas;",
                None
            ),
            Some(("kepala_dinas".to_string(), vec!["II.b".to_string()]))
        );
        assert_eq!(
            post_class("jabatan struktural adalah jabatan setara eselon iii.", None),
            Some((
                "jabatan_struktural".to_string(),
                vec!["III.a".to_string(), "III.b".to_string()]
            ))
        );
        assert_eq!(
            post_class(
                "kepala badan;",
                Some("jpt setara eselon ii.b, yang meliputi:")
            ),
            Some(("kepala_badan".to_string(), vec!["II.b".to_string()]))
        );
        assert_eq!(
            post_class(
                "pansel untuk jpt (setara eselon ii) dibentuk oleh ppk;",
                None
            ),
            None
        );
        assert_eq!(
            post_class("kepala badan;", Some("tugas pansel meliputi:")),
            None
        );
        // an item naming a grade of a post
        assert_eq!(
            post_class("jabatan pengawas setara eselon iv.a; dan", None),
            Some(("jabatan_pengawas_iva".to_string(), vec!["IV.a".to_string()]))
        );
        // a sentence that merely mentions a grade
        assert_eq!(
            post_class("pansel untuk jpt setara eselon ii dibentuk oleh ppk;", None),
            None
        );
    }
}
