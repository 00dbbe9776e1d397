//! PSL701 — digits that do not match the number written out in words after
//! them: "15 (lima belas)", "45% (empat puluh lima persen)", "IV (empat)".

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::NumberWords,
    label: Text {
        en: "digits and words disagree",
        id: "angka dan kata tidak sesuai",
    },
    help: Text {
        en: "make the digits and the words say the same number; the words prevail in a dispute, so check which one is meant",
        id: "samakan angka dan hurufnya; bila berbeda, yang ditulis dengan huruf yang berlaku, jadi periksa mana yang dimaksud",
    },
    explain: Text {
        en: "UU 12/2011 Lampiran II has numbers written as digits followed by the same number in words in parentheses: \"15 (lima belas) hari\". This lint reads the words and reports every place where they say a different number from the digits. When the two disagree the reader does not know which binds, and the rule encoded from the text may be the wrong one.",
        id: "UU 12/2011 Lampiran II menulis bilangan dengan angka diikuti huruf dalam kurung: \"15 (lima belas) hari\". Lint ini membaca hurufnya dan melaporkan setiap tempat yang angka dan hurufnya menyebut bilangan berbeda. Bila keduanya berbeda, pembaca tidak tahu mana yang mengikat, dan aturan yang dikodekan dari teks itu mungkin keliru.",
    },
    bad: "\"paling singkat 15 (lima) hari kalender\"",
    good: "\"paling singkat 15 (lima belas) hari kalender\"",
    words: &[msg::ALL],
};

fn unit_word(w: &str) -> Option<u64> {
    Some(match w {
        "nol" => 0,
        "satu" | "se" => 1,
        "dua" => 2,
        "tiga" => 3,
        "empat" => 4,
        "lima" => 5,
        "enam" => 6,
        "tujuh" => 7,
        "delapan" => 8,
        "sembilan" => 9,
        _ => return None,
    })
}

/// Reads a number written in Indonesian words; None if the text does not start with one.
pub fn words_value(text: &str) -> Option<u64> {
    let (mut total, mut group, mut unit) = (0u64, 0u64, 0u64);
    let mut any = false;
    for w in text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        if let Some(n) = unit_word(w) {
            unit = n;
        } else {
            match w {
                "sepuluh" => group += 10,
                "sebelas" => group += 11,
                "seratus" => group += 100,
                "seribu" => total += 1000,
                "belas" => {
                    group += unit + 10;
                    unit = 0;
                }
                "puluh" => {
                    group += unit * 10;
                    unit = 0;
                }
                "ratus" => {
                    group += unit * 100;
                    unit = 0;
                }
                "ribu" => {
                    total += (group + unit) * 1000;
                    group = 0;
                    unit = 0;
                }
                "juta" => {
                    total += (group + unit) * 1_000_000;
                    group = 0;
                    unit = 0;
                }
                _ => break,
            }
        }
        any = true;
    }
    any.then_some(total + group + unit)
}

/// The number just before byte `end` of `text` (digits with `.` thousands and
/// `,00` decimals, optional `%`, or a Roman numeral), with its start.
fn number_before(text: &str, end: usize) -> Option<(u64, usize)> {
    let head = text.get(..end)?.trim_end();
    let head = head.strip_suffix('%').unwrap_or(head).trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| {
            c.is_ascii_digit() || *c == '.' || *c == ',' || matches!(c, 'I' | 'V' | 'X')
        })
        .last()
        .map(|(i, _)| i)?;
    let token = head.get(start..)?;
    if start > 0
        && head
            .get(..start)?
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    if token.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return super::heading_numbering::roman(token).map(|v| (u64::from(v), start));
    }
    let integral = token.split(',').next()?.replace('.', "");
    if integral.is_empty() || !integral.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    integral.parse().ok().map(|v| (v, start))
}

/// Every `N (words)` in a text whose words say another number:
/// (start, end, digits, words) in bytes of the text.
pub fn mismatches(text: &str) -> Vec<(usize, usize, u64, u64)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text.get(open..).and_then(|r| r.find(')')).map(|c| open + c) else {
            continue;
        };
        let inner = text.get(open + 1..close).unwrap_or("");
        let Some(words) = words_value(inner) else {
            continue;
        };
        let Some((digits, start)) = number_before(text, open) else {
            continue;
        };
        if digits != words {
            out.push((start, close + 1, digits, words));
        }
    }
    out
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    for t in crate::analysis::context::law_texts(p) {
        for (s, e, digits, words) in mismatches(t.text) {
            let written = t.text.get(s..e).unwrap_or("");
            out.push(cx.text_finding(
                &LINT,
                &t,
                p.file.locate(t.span, written),
                msg::mismatch(written, digits, words),
            ));
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    mismatch(written, digits, words) = "`{written}`: the digits say {digits}, the words say {words}" / "`{written}`: angkanya {digits}, hurufnya {words}";
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_indonesian_number_words() {
        assert_eq!(words_value("lima belas"), Some(15));
        assert_eq!(words_value("empat puluh lima perseratus/persen"), Some(45));
        assert_eq!(words_value("sepuluh ribu rupiah"), Some(10_000));
        assert_eq!(words_value("seratus dua puluh tiga"), Some(123));
        assert_eq!(words_value("SIJAPTI"), None);
    }

    #[test]
    fn finds_mismatches_only() {
        assert!(mismatches("paling singkat 15 (lima belas) hari").is_empty());
        assert!(mismatches("Rp 10.000,00 (sepuluh ribu rupiah)").is_empty());
        assert!(mismatches("diploma IV (empat)").is_empty());
        assert!(mismatches("45% (empat puluh lima persen)").is_empty());
        assert_eq!(mismatches("paling sedikit 5 (tiga) orang").len(), 1);
    }
}
