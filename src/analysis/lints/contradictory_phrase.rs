//! PSL404 — a bound phrased against itself: "paling lama lebih dari 5 tahun".

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ContradictoryPhrase,
    label: Text {
        en: "contradictory bound",
        id: "batas yang bertentangan",
    },
    help: Text {
        en: "say one bound: \"paling lama 5 (lima) tahun\" (at most) or \"lebih dari 5 (lima) tahun\" (more than)",
        id: "nyatakan satu batas saja: \"paling lama 5 (lima) tahun\" atau \"lebih dari 5 (lima) tahun\"",
    },
    explain: Text {
        en: "Finds bounds in clause text that say two opposite things at once: \"paling lama lebih dari\" (at most more than), \"paling sedikit kurang dari\" (at least less than), \"paling banyak lebih dari\". Such a bound has no single reading: a reviewer cannot tell whether the number is a ceiling or a floor.",
        id: "Menemukan batas dalam teks ketentuan yang menyatakan dua hal berlawanan sekaligus: \"paling lama lebih dari\", \"paling sedikit kurang dari\", \"paling banyak lebih dari\". Batas seperti itu tidak mempunyai satu tafsiran: pembaca tidak dapat mengetahui apakah angkanya batas atas atau batas bawah.",
    },
    bad: "\"telah menduduki jabatan paling singkat 2 (dua) tahun dan paling lama lebih dari 5 (lima) tahun\"",
    good: "\"telah menduduki jabatan paling singkat 2 (dua) tahun dan paling lama 5 (lima) tahun\"",
    words: &[msg::ALL],
};

const PHRASES: &[&str] = &[
    "paling lama lebih dari",
    "paling banyak lebih dari",
    "paling tinggi lebih dari",
    "paling singkat kurang dari",
    "paling sedikit kurang dari",
    "paling rendah kurang dari",
    "paling kurang lebih dari",
];

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    for (id, c) in p.clauses.enumerate() {
        for (text, span) in &c.texts {
            let lower = text.to_lowercase();
            // Every phrase starts with "paling ": one search, then the phrases.
            for (at, _) in lower.match_indices("paling ") {
                let rest = lower.get(at..).unwrap_or("");
                for ph in PHRASES.iter().filter(|ph| rest.starts_with(*ph)) {
                    let raw = p.file.slice(*span);
                    let found = text.get(at..at + ph.len()).unwrap_or(ph);
                    let s = raw.find(found).map_or(*span, |i| {
                        crate::source::Span::new(span.start + i, span.start + i + ph.len())
                    });
                    out.push(cx.finding(&LINT, s, Some(id), msg::both(found)));
                }
            }
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    both(found) = "`{found}` states a ceiling and a floor at once" / "`{found}` menyatakan batas atas dan batas bawah sekaligus";
    }
);
