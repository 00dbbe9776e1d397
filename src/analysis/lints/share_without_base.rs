//! PSL603 — a share (percent) with no stated base.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{PanelRule, RuleKind};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ShareWithoutBase,
    label: Text {
        en: "a share of what?",
        id: "persentase dari apa?",
    },
    help: Text {
        en: "say what the percentage is of: `porsi internal paling banyak 45% dari anggota` (of all members)",
        id: "nyatakan persentase itu dari apa: `porsi internal paling banyak 45% dari anggota` (dari seluruh anggota)",
    },
    explain: Text {
        en: "Finds a percentage share (\"internal paling banyak 45%\") that does not say of what: of all members, of the members present, of the members who vote. The base changes the count: 45% of 9 members is 4, of 7 present is 3.",
        id: "Menemukan porsi dalam persen (\"internal paling banyak 45%\") yang tidak menyebutkan dari apa: dari seluruh anggota, dari anggota yang hadir, atau dari anggota yang memberi suara. Dasarnya mengubah hitungan: 45% dari 9 anggota adalah 4, dari 7 yang hadir adalah 3.",
    },
    bad: "pansel seleksi porsi internal paling banyak 45%",
    good: "pansel seleksi porsi internal paling banyak 45% dari anggota",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for r in cx.rules() {
        if let RuleKind::Panel {
            panel,
            rule: PanelRule::Share {
                who, base: None, ..
            },
        } = &r.kind
        {
            out.push(cx.finding(&LINT, r.span, Some(r.clause), msg::no_base(who, panel)));
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    no_base(who, panel) = "share of `{who}` in pansel `{panel}` has no base" / "porsi `{who}` dalam pansel `{panel}` tidak menyebutkan dasarnya";
    }
);
