//! PSL604 — a rule whose level or mechanism cannot be determined.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::Category;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::UndeterminedScope,
    label: Text {
        en: "which posts, which mechanism?",
        id: "jabatan mana, mekanisme apa?",
    },
    help: Text {
        en: "scope the rule, its Pasal or its heading: `untuk jpt_pratama melalui seleksi_terbuka`",
        id: "nyatakan lingkup aturan, pasalnya, atau judulnya: `untuk jpt_pratama melalui seleksi_terbuka`",
    },
    explain: Text {
        en: "Finds a rule for which neither the rule nor any clause or heading above it says which position level (JPT Pratama, Administrator, Pengawas) or which filling mechanism (seleksi terbuka, mutasi, pengukuhan …) it governs. A rule that may apply to every selection or to none cannot be checked, and in a regulation covering several levels its reach is a matter of argument.",
        id: "Menemukan aturan yang tidak menyebutkan — baik pada aturan itu sendiri maupun pada ketentuan atau judul di atasnya — jenjang jabatan (JPT Pratama, Administrator, Pengawas) atau mekanisme pengisian (seleksi terbuka, mutasi, pengukuhan …) yang diaturnya. Aturan yang dapat berlaku untuk semua seleksi atau tidak satu pun tidak dapat diperiksa.",
    },
    bad: "pasal 9 { ayat (3) \"Pengumuman dilaksanakan paling singkat 15 (lima belas) hari kalender …\" => waktu pengumuman paling singkat 15 hari kalender sebelum batas_lamaran }",
    good: "pasal 9 untuk jpt_pratama, administrator, pengawas melalui seleksi_terbuka { … }",
    words: &[msg::ALL, text::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    for r in cx.rules().filter(|r| r.category() != Category::Definition) {
        let missing = match (r.scope.levels.is_empty(), r.scope.mechanisms.is_empty()) {
            (true, true) => text::LEVEL_AND_MECHANISM,
            (true, false) => text::LEVEL,
            (false, true) => text::MECHANISM,
            (false, false) => continue,
        };
        out.push(cx.finding(&LINT, r.span, Some(r.clause), msg::undetermined(missing)));
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    undetermined(missing) = "the {missing} this rule governs cannot be determined" / "{missing} yang diatur aturan ini tidak dapat ditentukan";
    }
);

crate::texts!(
    /// What the findings say.
    mod text {
    /// Both.
    LEVEL_AND_MECHANISM = "level and mechanism" / "jenjang dan mekanisme";
    /// The level.
    LEVEL = "level" / "jenjang";
    /// The mechanism.
    MECHANISM = "mechanism" / "mekanisme";
    }
);
