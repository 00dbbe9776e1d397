//! PSL606 — a panel whose every element and role is optional (`dapat`): the
//! text lets it be formed of any members.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::Modality;
use crate::ir::{IrRule, PanelRule, RuleKind};
use crate::messages::Text;
use std::collections::BTreeMap;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::OptionalComposition,
    label: Text {
        en: "only `dapat`",
        id: "hanya `dapat`",
    },
    help: Text {
        en: "state the composition as an obligation (\"Pansel terdiri atas unsur: …\"), as UU 5/2014 Pasal 110 ayat (3) and PP 11/2017 Pasal 114 ayat (5) do",
        id: "rumuskan susunan itu sebagai kewajiban (\"Pansel terdiri atas unsur: …\"), seperti UU 5/2014 Pasal 110 ayat (3) dan PP 11/2017 Pasal 114 ayat (5)",
    },
    explain: Text {
        en: "A selection panel's elements (\"unsur\") and roles (ketua, sekretaris) say who it is made of. When the clause writes them with \"dapat\" (\"Pansel dapat terdiri atas unsur: …\"), every one of them is optional, and a panel of any members — all internal, say — is lawful under the text, while the national law requires a panel of internal and external elements (UU 5/2014 Pasal 110 ayat (3); PP 11/2017 Pasal 114 ayat (5): \"terdiri atas unsur\"). This lint reports each panel whose composition the text states (\"terdiri atas\", \"terdiri dari\") and whose elements and roles are all `dapat`, once, at the first, with the others as related locations; an optional extra element beside a mandatory composition, or optional helpers (\"dapat dibantu oleh unsur …\"), are not reported.",
        id: "Unsur dan peran (ketua, sekretaris) panitia seleksi menyatakan dari siapa panitia itu tersusun. Bila ketentuan merumuskannya dengan \"dapat\" (\"Pansel dapat terdiri atas unsur: …\"), setiap unsur menjadi pilihan, dan panitia dengan anggota apa pun — misalnya seluruhnya internal — sah menurut teks, padahal undang-undang mensyaratkan panitia dari unsur internal dan eksternal (UU 5/2014 Pasal 110 ayat (3); PP 11/2017 Pasal 114 ayat (5): \"terdiri atas unsur\"). Lint ini melaporkan setiap panitia yang susunannya dinyatakan teks (\"terdiri atas\", \"terdiri dari\") dan seluruh unsur dan perannya `dapat`, sekali, pada yang pertama, dengan yang lain sebagai lokasi terkait; unsur tambahan yang bersifat pilihan di samping susunan yang wajib, atau pembantu yang bersifat pilihan (\"dapat dibantu oleh unsur …\"), tidak dilaporkan.",
    },
    bad: "ayat (1) \"Pansel dapat terdiri atas unsur:\" {\n  huruf a \"…\" => dapat pansel seleksi unsur internal\n}",
    good: "ayat (1) \"Pansel terdiri atas unsur:\" {\n  huruf a \"…\" => pansel seleksi unsur internal\n}",
    words: &[msg::ALL],
};

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    // The element and role rules of each panel, in file order (a mandatory
    // composition anywhere makes an optional extra element elsewhere fine).
    let mut panels: BTreeMap<&str, Vec<&IrRule>> = BTreeMap::new();
    for r in cx.rules() {
        if let RuleKind::Panel {
            panel,
            rule: PanelRule::Elements { .. } | PanelRule::Role { .. },
        } = &r.kind
        {
            panels.entry(panel.as_str()).or_default().push(r);
        }
    }
    let p = cx.policy;
    // The text says what the panel consists of ("terdiri atas/dari") in the
    // clause of a rule or the chapeau above it: an optional helper ("dapat
    // dibantu oleh unsur …") is not a composition.
    let composes = |r: &IrRule| {
        let here = p.clauses.get(r.clause);
        let above = here.and_then(|c| c.parent).and_then(|k| p.clauses.get(k));
        [here, above]
            .into_iter()
            .flatten()
            .any(|c| c.text().to_lowercase().contains("terdiri"))
    };
    for (panel, rules) in panels {
        if !rules.iter().all(|r| r.modality == Modality::Dapat)
            || !rules.iter().any(|r| composes(r))
        {
            continue;
        }
        let Some(first) = rules.first() else {
            continue;
        };
        let mut f = cx.finding(&LINT, first.span, Some(first.clause), msg::optional(panel));
        for r in rules.iter().skip(1) {
            f = f.related(r.span, LINT.label, Some(r.citation.clone()));
        }
        out.push(f);
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    optional(panel) = "every element and role of pansel `{panel}` is optional (`dapat`): a panel of any members is lawful under this text" / "setiap unsur dan peran pansel `{panel}` bersifat pilihan (`dapat`): panitia dengan anggota apa pun sah menurut teks ini";
    }
);
