//! PSL706 — a peraturan that was promulgated (diundangkan) but whose Berita
//! Daerah line is missing, or names no number.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::GazetteNumber,
    label: Text {
        en: "Berita Daerah",
        id: "Berita Daerah",
    },
    help: Text {
        en: "write the Berita Daerah (or Lembaran Daerah) line with its year and number, as promulgated",
        id: "tulis baris Berita Daerah (atau Lembaran Daerah) dengan tahun dan nomornya, sebagaimana diundangkan",
    },
    explain: Text {
        en: "A regional regulation takes effect when it is promulgated in the Berita Daerah (a Peraturan Daerah in the Lembaran Daerah), and it is cited by that year and number. A promulgated text (`diundangkan …`) whose gazette line is missing, or ends at \"NOMOR\" with no number, cannot be cited or checked against the gazette, and suggests the text was signed before it was numbered.",
        id: "Peraturan kepala daerah berlaku sejak diundangkan dalam Berita Daerah (Peraturan Daerah dalam Lembaran Daerah) dan disebut dengan tahun dan nomornya. Naskah yang diundangkan (`diundangkan …`) tetapi tidak memuat baris berita, atau barisnya berhenti pada \"NOMOR\" tanpa nomor, tidak dapat disebut atau dicocokkan dengan berita daerah, dan menunjukkan naskah ditandatangani sebelum diberi nomor.",
    },
    bad: "berita \"BERITA DAERAH KABUPATEN TEBO TAHUN 2021 NOMOR\"",
    good: "berita \"BERITA DAERAH KABUPATEN TEBO TAHUN 2021 NOMOR 46\"",
    words: &[msg::ALL, text::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let id = &cx.policy.identity;
    if id.diundangkan.is_none() || id.kutipan.is_some() {
        return;
    }
    let file = &cx.policy.file;
    let (message, at) = match &id.berita {
        None => (text::NO_LINE.into(), file.locate(id.span, "diundangkan")),
        Some(line) => {
            let upper = line.to_uppercase();
            // A draft's placeholder (`NOMOR …`, `pasal new`) is left to be filled in.
            let number = upper
                .rfind("NOMOR")
                .map(|i| upper.get(i + 5..).unwrap_or("").trim())
                .filter(|rest| {
                    rest.chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit() || c == '…')
                        || rest.starts_with("...")
                });
            if number.is_some() {
                return;
            }
            (msg::no_number(line), file.locate(id.span, line))
        }
    };
    let mut f = cx.finding(&LINT, at, None, message);
    f.clause = Some("Penutup".into());
    out.push(f);
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// A Berita Daerah line without its number.
    no_number(line) = "`{line}` gives no number" / "`{line}` tidak menyebut nomor";
    }
);

crate::texts!(
    /// What the findings say.
    mod text {
    /// No Berita Daerah line at all.
    NO_LINE = "promulgated, but the text has no Berita Daerah line" / "telah diundangkan, tetapi naskah tidak memuat baris Berita Daerah";
    }
);
