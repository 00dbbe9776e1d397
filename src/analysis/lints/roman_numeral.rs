//! PSL304 — a BAB numbered with a Roman numeral not written the standard way
//! ("IIII" for IV, "VIIII" for IX, "IC").

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::HeadingKind;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::NonCanonicalRoman,
    label: Text {
        en: "Roman numeral",
        id: "angka Romawi",
    },
    help: Text {
        en: "write the numeral the standard way",
        id: "tulis angka Romawi dengan cara baku",
    },
    explain: Text {
        en: "BAB are numbered with Roman numerals (UU 12/2011 Lampiran II). A numeral written another way (\"IIII\", \"VIIII\", \"IC\") is read differently by different readers and tools, so a citation such as `BAB IV` may not find the BAB numbered `IIII`. The finding names the standard form of the value read.",
        id: "BAB diberi nomor dengan angka Romawi (UU 12/2011 Lampiran II). Angka yang ditulis dengan cara lain (\"IIII\", \"VIIII\", \"IC\") dibaca berbeda oleh pembaca dan alat yang berbeda, sehingga sebutan seperti `BAB IV` mungkin tidak menemukan BAB bernomor `IIII`. Temuan ini menyebut bentuk baku nilai yang terbaca.",
    },
    bad: "bab IIII \"PENGISIAN JPT\"",
    good: "bab IV \"PENGISIAN JPT\"",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for h in cx
        .policy
        .headings
        .iter()
        .filter(|h| h.kind == HeadingKind::Bab)
    {
        let Some(n) = &h.number else { continue };
        let Some(v) = super::heading_numbering::roman(n) else {
            continue;
        };
        let standard = crate::words::roman(v);
        if standard != *n {
            let mut f = cx.finding(
                &LINT,
                h.number_span,
                None,
                msg::non_standard(n, v, standard),
            );
            f.clause = Some(h.citation.clone());
            out.push(f);
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    non_standard(written, value, standard) = "`BAB {written}` is not a standard Roman numeral: {value} is written `{standard}`" / "`BAB {written}` bukan angka Romawi baku: {value} ditulis `{standard}`";
    }
);
