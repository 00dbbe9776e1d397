//! PSL602 — a count of days not said to be calendar or working days.

use crate::analysis::context::quantities;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Measure, TimeUnit};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::UnqualifiedDays,
    label: Text {
        en: "calendar or working days?",
        id: "hari kalender atau hari kerja?",
    },
    help: Text {
        en: "say `hari kalender` or `hari kerja`",
        id: "nyatakan `hari kalender` atau `hari kerja`",
    },
    explain: Text {
        en: "Finds a period counted in days without saying whether they are calendar days or working days. 15 working days are about three calendar weeks; 15 calendar days are two. A window or deadline whose unit is open can be read both ways, and an announcement that is lawful under one reading is too short under the other.",
        id: "Menemukan jangka waktu dalam hari tanpa menyebutkan hari kalender atau hari kerja. 15 hari kerja kira-kira tiga minggu kalender; 15 hari kalender dua minggu. Jangka waktu yang satuannya terbuka dapat ditafsirkan dua cara, dan pengumuman yang sah menurut satu tafsiran terlalu singkat menurut yang lain.",
    },
    bad: "waktu pengumuman paling singkat 15 hari sebelum batas_lamaran",
    good: "waktu pengumuman paling singkat 15 hari kalender sebelum batas_lamaran",
    words: &[text::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for r in cx.rules() {
        if quantities(r)
            .iter()
            .any(|(_, iv)| iv.measure == Measure::Time(TimeUnit::Days))
        {
            out.push(cx.finding(&LINT, r.span, Some(r.clause), text::UNQUALIFIED.into()));
        }
    }
}

crate::texts!(
    /// What the findings say.
    mod text {
    /// The finding.
    UNQUALIFIED = "days not said to be calendar or working days" / "hari tidak dinyatakan sebagai hari kalender atau hari kerja";
    }
);
