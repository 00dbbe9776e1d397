//! Cleaning text copied out of a PDF or written by a converter: Markdown
//! markup, page numbers, running headers and footers, words hyphenated across
//! lines. What is left is the law's words, each line with its number in the
//! original, for the structure reader (`structure.rs`).

/// One cleaned line of the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The text, markup removed, blanks folded.
    pub text: String,
    /// 1-based line number in the original.
    pub number: usize,
    /// Markdown heading level (`#` count), when the converter made it a heading.
    pub heading: usize,
}

/// Cleans a whole text: markup, page furniture and hyphenation.
pub fn clean(text: &str) -> Vec<Line> {
    let mut page_breaks = Vec::new();
    let mut lines: Vec<Line> = text
        .lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let (heading, text) = strip_markup(raw);
            let text = fold_blanks(&text);
            if is_page_furniture(&text) {
                page_breaks.push(i + 1);
                return None;
            }
            (!text.is_empty()).then_some(Line {
                text,
                number: i + 1,
                heading,
            })
        })
        .collect();
    drop_running_headers(&mut lines, &page_breaks);
    join_hyphenated(&mut lines);
    lines
}

/// Removes Markdown markup from one line: heading hashes, list bullets, block
/// quotes, emphasis and backslash escapes. Returns the heading level and the text.
fn strip_markup(raw: &str) -> (usize, String) {
    let mut s = raw.trim();
    let mut heading = 0;
    while let Some(rest) = s.strip_prefix('#') {
        heading += 1;
        s = rest;
    }
    if heading > 0 && !s.starts_with(' ') && !s.is_empty() {
        // `#3` is not a heading.
        return (0, clean_inline(raw.trim()));
    }
    s = s.trim_start();
    while let Some(rest) = s.strip_prefix("> ") {
        s = rest.trim_start();
    }
    // A list bullet the converter put before a label or a paragraph.
    for bullet in ["- ", "* ", "+ ", "• ", "· "] {
        if let Some(rest) = s.strip_prefix(bullet) {
            s = rest.trim_start();
            break;
        }
    }
    (heading, clean_inline(s))
}

/// Emphasis markers and escapes inside a line.
fn clean_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        match c {
            '\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => {
                if let Some(n) = next {
                    out.push(n);
                }
                i += 2;
                continue;
            }
            // `**bold**`, `__bold__`, `*em*`, `_em_`: a marker touching a word.
            '*' | '_' => {
                let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
                let run = chars[i..].iter().take_while(|x| **x == c).count();
                let after = chars.get(i + run).copied();
                let opens = prev.is_none_or(|p| !p.is_alphanumeric())
                    && after.is_some_and(|a| !a.is_whitespace());
                let closes = prev.is_some_and(|p| !p.is_whitespace())
                    && after.is_none_or(|a| !a.is_alphanumeric());
                if (opens || closes) && (c == '*' || run >= 2 || opens != closes) {
                    i += run;
                    continue;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Folds runs of white space (including non-breaking spaces) into one space.
pub fn fold_blanks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Page numbers and page furniture: `3`, `- 3 -`, `-3-`, `Halaman 3 dari 20`, `Page 3`.
fn is_page_furniture(s: &str) -> bool {
    let t = s.trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace());
    if !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = s.to_lowercase();
    for word in ["halaman ", "hal. ", "page "] {
        if let Some(rest) = lower.strip_prefix(word) {
            let rest = rest.replace("dari", " ").replace("of", " ");
            return rest
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '/'));
        }
    }
    false
}

/// Structural words a repeated line may legitimately start with.
const STRUCTURE: &[&str] = &["BAB", "PASAL", "BAGIAN", "PARAGRAF", "UMUM"];

/// Running headers and footers: a line in capitals printed three times or more
/// (the regulation's title on every page), or twice when it stands next to a
/// page number. The first time it is kept.
fn drop_running_headers(lines: &mut Vec<Line>, page_breaks: &[usize]) {
    let near_break = |l: &Line| page_breaks.iter().any(|b| l.number.abs_diff(*b) <= 2);
    let key = |l: &Line| l.text.to_uppercase();
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for l in lines.iter() {
        *counts.entry(key(l)).or_default() += 1;
    }
    let mut seen: std::collections::HashSet<String> = Default::default();
    lines.retain(|l| {
        let k = key(l);
        // A signer's title ("BUPATI CONTOH,") is printed more than once, legitimately.
        let count = counts.get(&k).copied().unwrap_or(0);
        let furniture = (count >= 3 || count >= 2 && near_break(l))
            && k.len() >= 8
            && !k.ends_with([',', '.', ':', ';'])
            && !l.text.chars().any(|c| c.is_lowercase())
            && !STRUCTURE.iter().any(|w| k.starts_with(w))
            && !k.starts_with('(')
            && k.chars().filter(|c| c.is_alphabetic()).count() >= 6;
        // The first occurrence stays unless it sits at a page break itself.
        !furniture || (seen.insert(k) && !near_break(l))
    });
}

/// Joins a word hyphenated across two lines. The hyphen stays when the two
/// halves look like an Indonesian reduplication (`masing-masing`,
/// `sekurang-kurangnya`, `Undang-Undang`), which is the usual case in law.
fn join_hyphenated(lines: &mut Vec<Line>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let (head, tail) = lines.split_at_mut(i + 1);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            break;
        };
        let ends_split = a.text.ends_with('-')
            && a.text
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| c.is_alphabetic())
            && !a.text.ends_with(" -");
        let first_word: String = b.text.chars().take_while(|c| c.is_alphabetic()).collect();
        if !ends_split || first_word.is_empty() || b.heading > 0 {
            i += 1;
            continue;
        }
        let fragment: String = a.text[..a.text.len() - 1]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let probe: String = first_word
            .chars()
            .take(4)
            .collect::<String>()
            .to_lowercase();
        let reduplication = probe.chars().count() >= 3 && fragment.to_lowercase().contains(&probe);
        if !reduplication {
            a.text.pop();
        }
        let rest = b.text.clone();
        a.text.push_str(&rest);
        lines.remove(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        clean(s).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn markdown_is_removed() {
        assert_eq!(
            texts("## BAB I KETENTUAN UMUM\n  - a. *Assessment Centre* adalah **metode**;\n1\\. x"),
            [
                "BAB I KETENTUAN UMUM",
                "a. Assessment Centre adalah metode;",
                "1. x"
            ]
        );
        assert_eq!(clean("#### Pasal 2")[0].heading, 4);
        assert_eq!(texts("nama_jabatan dan 2 * 3"), ["nama_jabatan dan 2 * 3"]);
    }

    #[test]
    fn page_numbers_and_running_headers_go() {
        let text = "PERATURAN BUPATI CONTOH\nPasal 1\nisi\n- 2 -\nPERATURAN BUPATI CONTOH\nPasal 2\nHalaman 3 dari 9\nPERATURAN BUPATI CONTOH\n3\nisi";
        assert_eq!(
            texts(text),
            [
                "PERATURAN BUPATI CONTOH",
                "Pasal 1",
                "isi",
                "Pasal 2",
                "isi"
            ]
        );
    }

    #[test]
    fn hyphenated_words_are_joined() {
        assert_eq!(texts("nomen-\nklatur jabatan"), ["nomenklatur jabatan"]);
        assert_eq!(texts("masing-\nmasing unsur"), ["masing-masing unsur"]);
        assert_eq!(texts("Undang-\nUndang Nomor 5"), ["Undang-Undang Nomor 5"]);
        assert_eq!(texts("angka 1 -\nberikut"), ["angka 1 -", "berikut"]);
    }
}
