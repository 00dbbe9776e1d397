//! PSL610 — a condition the policy defines (`fakta`) that no rule acts on: a
//! trigger with no consequence.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{BuiltinFact, Cond, FactKey, IrRule, RuleKind};
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::IdleTrigger,
    label: Text {
        en: "and then what?",
        id: "lalu apa?",
    },
    help: Text {
        en: "say what follows when this holds (a rule with `jika` on it, or a `syarat`), or drop the condition if the law attaches nothing to it",
        id: "nyatakan apa akibatnya bila keadaan ini terjadi (aturan dengan `jika` atasnya, atau `syarat`), atau hapus keadaan itu bila peraturan tidak mengaitkan akibat apa pun padanya",
    },
    explain: Text {
        en: "A clause that introduces a condition (\"dalam hal terdapat indikasi yang mencurigakan\", \"apabila masa jabatan diperpanjang\"), encoded as a declared fact (`fakta`), is there to trigger something: a step, a permission, a requirement. This lint reports a declared fact that no rule of the policy tests, in a `jika`, a `kecuali`, a `syarat` or an acknowledged reading: the law names a situation and attaches no consequence to it, so whoever meets it does not know what the law expects. Usually a sentence was cut short or its consequence sits in a clause the encoding has not reached.",
        id: "Ketentuan yang memperkenalkan suatu keadaan (\"dalam hal terdapat indikasi yang mencurigakan\", \"apabila masa jabatan diperpanjang\"), yang dikodekan sebagai fakta (`fakta`), dimaksudkan untuk memicu sesuatu: langkah, kewenangan, atau persyaratan. Lint ini melaporkan fakta yang tidak diuji satu pun aturan dalam peraturan, baik dalam `jika`, `kecuali`, `syarat`, maupun bacaan yang diakui: peraturan menyebut suatu keadaan tanpa mengaitkan akibat padanya, sehingga yang mengalaminya tidak tahu apa yang dikehendaki peraturan. Biasanya kalimatnya terpotong atau akibatnya ada pada ketentuan yang belum dikodekan.",
    },
    bad: "ayat (3) \"Apabila terdapat indikasi yang mencurigakan dalam penilaian integritas.\" => fakta indikasi_mencurigakan",
    good: "ayat (3) \"Apabila terdapat indikasi yang mencurigakan dalam penilaian integritas dapat dilakukan klarifikasi.\"\n  => fakta indikasi_mencurigakan\n  => dapat klarifikasi jika indikasi_mencurigakan",
    words: &[msg::ALL],
};

/// Every condition a rule tests: its `jika`, its `kecuali`, its `syarat`,
/// and those of its acknowledged reading.
fn tested(r: &IrRule) -> Vec<&Cond> {
    let mut out: Vec<&Cond> = r.condition.iter().chain(r.exception.iter()).collect();
    if let RuleKind::Eligibility { condition } = &r.kind {
        out.push(condition);
    }
    if let Some(reading) = &r.read_as {
        out.extend(tested(&reading.rule));
    }
    out
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let used: Vec<&FactKey> = cx
        .policy
        .rules
        .iter()
        .flat_map(tested)
        .flat_map(Cond::facts)
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    for r in cx.rules() {
        let RuleKind::Fact { key } = &r.kind else {
            continue;
        };
        // A built-in name or a second definition is resolution's error (PSL105).
        if BuiltinFact::parse(key).is_some() || seen.contains(&key.as_str()) {
            continue;
        }
        seen.push(key);
        if used
            .iter()
            .any(|f| matches!(f, FactKey::Declared(k) if k == key))
        {
            continue;
        }
        out.push(cx.finding(&LINT, r.span, Some(r.clause), msg::idle(key)));
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    idle(key) = "`{key}` is defined here, but no rule acts on it" / "`{key}` ditetapkan di sini, tetapi tidak ada aturan yang mengaitkan akibat padanya";
    }
);
