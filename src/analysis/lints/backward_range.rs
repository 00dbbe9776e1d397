//! PSL203 — a range of clauses written backwards: "huruf c sampai dengan huruf
//! a", "Pasal 12 sampai dengan Pasal 9".

use crate::analysis::context::law_texts;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::BackwardRange,
    label: Text {
        en: "range written backwards",
        id: "rentang terbalik",
    },
    help: Text {
        en: "write the range from the lower number to the higher one, or name the clauses one by one",
        id: "tulis rentang dari nomor yang lebih kecil ke yang lebih besar, atau sebut ketentuannya satu per satu",
    },
    explain: Text {
        en: "Reads every range of clauses in the text (\"Pasal 5 sampai dengan Pasal 9\", \"huruf a sampai dengan huruf d\", \"ayat (1) sampai dengan ayat (3)\", \"angka 2 sampai dengan angka 4\") and reports one whose end comes before its start. Such a range names no clause at all, or the drafter swapped or mistyped a number, and the reader cannot tell which clauses are meant.",
        id: "Membaca setiap rentang ketentuan dalam teks (\"Pasal 5 sampai dengan Pasal 9\", \"huruf a sampai dengan huruf d\", \"ayat (1) sampai dengan ayat (3)\", \"angka 2 sampai dengan angka 4\") dan melaporkan rentang yang ujungnya mendahului awalnya. Rentang seperti itu tidak menyebut ketentuan apa pun, atau perancang tertukar atau salah mengetik nomor, dan pembaca tidak dapat mengetahui ketentuan mana yang dimaksud.",
    },
    bad: "\"persyaratan sebagaimana dimaksud pada huruf c sampai dengan huruf a\"",
    good: "\"persyaratan sebagaimana dimaksud pada huruf a sampai dengan huruf c\"",
    words: &[msg::ALL],
};

const KINDS: &[&str] = &["Pasal", "ayat", "huruf", "angka"];

/// The order of a clause number of `kind`: Pasal and angka by value, ayat
/// written `(n)`, huruf by letter (`a` … `z`, then `aa` …).
fn order(kind: &str, number: &str) -> Option<u64> {
    let n = number.trim_end_matches([',', ';', '.', ':']);
    match kind {
        "ayat" => n.strip_prefix('(')?.strip_suffix(')')?.parse().ok(),
        "huruf" => {
            if n.is_empty() || !n.chars().all(|c| c.is_ascii_lowercase()) {
                return None;
            }
            let first = u64::from(*n.as_bytes().first()? - b'a');
            Some(first + 26 * (n.len() as u64 - 1))
        }
        _ => n.parse().ok(),
    }
}

/// Backward ranges in `text`: (byte start, byte end) of each.
pub fn backward_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    for (i, (start, kind)) in words.iter().enumerate() {
        if !KINDS.contains(kind) {
            continue;
        }
        let [Some((_, from)), Some((_, sampai)), Some((_, dengan)), Some((_, kind2)), Some((end_at, to))] =
            [1, 2, 3, 4, 5].map(|k| words.get(i + k).copied())
        else {
            continue;
        };
        if sampai != "sampai" || dengan != "dengan" || kind2 != *kind {
            continue;
        }
        if let (Some(a), Some(b)) = (order(kind, from), order(kind, to)) {
            if b < a {
                let to = to.trim_end_matches([',', ';', '.', ':']);
                out.push((*start, end_at + to.len()));
            }
        }
    }
    out
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for t in law_texts(cx.policy) {
        for (s, e) in backward_ranges(t.text) {
            let written = t.text.get(s..e).unwrap_or("");
            let at = cx.policy.file.locate(t.span, written);
            out.push(cx.text_finding(&LINT, &t, at, msg::backward(written)));
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    backward(written) = "`{written}` runs backwards: it names no clause" / "`{written}` terbalik: tidak menyebut ketentuan apa pun";
    }
);

#[cfg(test)]
mod tests {
    use super::backward_ranges;

    #[test]
    fn finds_ranges_whose_end_comes_first() {
        let t = "dimaksud pada huruf c sampai dengan huruf a dan Pasal 3 sampai dengan Pasal 9";
        let r = backward_ranges(t);
        assert_eq!(r.len(), 1);
        assert_eq!(t.get(r[0].0..r[0].1), Some("huruf c sampai dengan huruf a"));
        assert_eq!(
            backward_ranges("ayat (3) sampai dengan ayat (1)."),
            vec![(0, 31)]
        );
        assert!(backward_ranges("angka 2 sampai dengan angka 10").is_empty());
        assert!(backward_ranges("huruf a sampai dengan huruf z").is_empty());
    }
}
