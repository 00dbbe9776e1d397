//! PSL607 — a selection stage the policy assesses that no weight band covers;
//! PSL608 — a weight band for a stage the procedure never holds. One pairing
//! of stages with bands, two findings: both codes live here.

use crate::analysis::context::scopes_overlap;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{ClauseId, IrRule, Policy, RuleKind};
use crate::messages::label;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::StageWithoutWeight,
    label: Text {
        en: "assessed, but weighed how?",
        id: "dinilai, tetapi berbobot berapa?",
    },
    help: Text {
        en: "give the stage its weight band, or say that it is passed or failed and not scored",
        id: "tetapkan rentang bobot tahap itu, atau nyatakan bahwa tahap itu hanya menentukan lulus atau tidak lulus dan tidak diberi nilai",
    },
    explain: Text {
        en: "Pairs every assessed stage or method the policy lists (the items of a list of methods of selection or assessment, `metode_seleksi_…`, and the items of a list of stages, `tahap_…`, that name an assessment: an interview, a paper, an assessment center, a test other than of health, an `uji …`) with the weight bands of the same level and mechanism, by name and by the words of their clauses. A stage that is held and scored but carries no weight cannot count towards the final score, or counts by a weight the panel invents: \"kompetensi pemerintahan melalui uji kompetensi pemerintahan\" is listed as a method, but the bands (makalah, assessment center, wawancara, rekam jejak) already total 100% without it.",
        id: "Memasangkan setiap tahap atau metode penilaian yang dicantumkan peraturan (butir daftar metode seleksi atau penilaian, `metode_seleksi_…`, dan butir daftar tahapan, `tahap_…`, yang menyebut suatu penilaian: wawancara, makalah, assessment center, tes selain tes kesehatan, `uji …`) dengan rentang bobot untuk jenjang dan mekanisme yang sama, menurut nama dan kata-kata ketentuannya. Tahap yang dilaksanakan dan dinilai tetapi tidak berbobot tidak dapat dihitung dalam nilai akhir, atau dihitung dengan bobot yang ditentukan sendiri oleh panitia: \"kompetensi pemerintahan melalui uji kompetensi pemerintahan\" tercantum sebagai metode, tetapi rentang bobotnya (makalah, assessment center, wawancara, rekam jejak) sudah berjumlah 100% tanpa itu.",
    },
    bad: "daftar metode_seleksi lengkap: makalah, wawancara, uji_kompetensi_pemerintahan\nbobot penilaian makalah 40%\nbobot penilaian wawancara 60%",
    good: "daftar metode_seleksi lengkap: makalah, wawancara, uji_kompetensi_pemerintahan\nbobot penilaian makalah 30%\nbobot penilaian wawancara 50%\nbobot penilaian uji_kompetensi_pemerintahan 20%",
    words: &[msg::ALL],
};

/// A weight band for a stage the procedure never holds.
pub const UNHELD: Lint = Lint {
    code: Code::WeightWithoutStage,
    label: Text {
        en: "weight of a stage never held",
        id: "bobot tahap yang tidak pernah dilaksanakan",
    },
    help: Text {
        en: "list the stage in the selection's stages or methods, or drop its band and share the weight among the stages that are held",
        id: "cantumkan tahap itu dalam tahapan atau metode seleksi, atau hapus rentang bobotnya dan bagi bobot itu kepada tahap yang dilaksanakan",
    },
    explain: Text {
        en: "Finds a weight band (`bobot SET COMPONENT …`) whose component no stage, method, action or other clause of the policy names: the panel is told how much a stage weighs that the procedure never holds, so the weights it does apply cannot add up to 100%. Reported only when the policy lists its stages or methods, so a policy that does not is not flooded.",
        id: "Menemukan rentang bobot (`bobot SET UNSUR …`) yang unsurnya tidak disebut oleh tahap, metode, tindakan, atau ketentuan lain mana pun dalam peraturan: panitia diberi tahu bobot suatu tahap yang tidak pernah dilaksanakan, sehingga bobot yang benar-benar dipakai tidak dapat berjumlah 100%. Hanya dilaporkan bila peraturan mencantumkan tahapan atau metodenya, agar peraturan yang tidak mencantumkannya tidak dibanjiri temuan.",
    },
    bad: "daftar tahap_seleksi berurutan: seleksi_administrasi, wawancara\nbobot penilaian wawancara 60%\nbobot penilaian psikotes 40%",
    good: "daftar tahap_seleksi berurutan: seleksi_administrasi, psikotes, wawancara\nbobot penilaian wawancara 60%\nbobot penilaian psikotes 40%",
    words: &[msg::ALL],
};

/// Words that name an assessment that is scored.
const ASSESSED: &[&str] = &[
    "wawancara",
    "makalah",
    "assessment",
    "psikotes",
    "presentasi",
    "uji",
    "tes",
    "penilaian",
    "ujian",
];

/// Tests that are passed or failed, never scored.
const UNSCORED: &[&str] = &["kesehatan", "kejiwaan", "narkoba"];

/// Words too common to pair a stage with a band.
const COMMON: &[&str] = &[
    "seleksi",
    "uji",
    "tes",
    "metode",
    "penilaian",
    "akhir",
    "penulisan",
    "penelusuran",
    "kompetensi",
    "dan",
    "atau",
    "melalui",
    "dengan",
    "tahap",
    "hasil",
];

/// Lowercase words, with the spellings of one word made one.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            match w {
                "assesment" | "asesmen" | "assessmen" | "assesmen" | "asessment" => "assessment",
                "centre" | "centr" | "senter" => "center",
                "metoda" => "metode",
                other => other,
            }
            .to_string()
        })
        .collect()
}

/// True when the words `needle` occur in a row in `hay`.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A stage or method, or a weight band's component: its name's words and the
/// words of its clause.
struct Named<'a> {
    rule: &'a IrRule,
    key: String,
    name: Vec<String>,
    text: Vec<String>,
}

impl Named<'_> {
    fn significant(&self) -> impl Iterator<Item = &String> {
        self.name.iter().filter(|w| !COMMON.contains(&w.as_str()))
    }
}

/// A stage and a band speak of the same thing: their names share a word that
/// is not common, or one's clause text holds the other's name.
fn pairs(stage: &Named<'_>, band: &Named<'_>) -> bool {
    stage.significant().any(|w| band.name.contains(w))
        || contains_run(&band.text, &stage.name)
        || contains_run(&stage.text, &band.name)
}

fn clause_words(p: &Policy, c: ClauseId) -> Vec<String> {
    p.clauses
        .get(c)
        .map(|c| words(&c.text()))
        .unwrap_or_default()
}

/// Every item of a list of stages or methods, with the item's own rule and
/// clause when it has one (`butir`), else the list's.
fn stages<'a>(cx: &Context<'a>) -> Vec<Named<'a>> {
    let mut out = Vec::new();
    for r in cx.rules() {
        let RuleKind::List { name, items, .. } = &r.kind else {
            continue;
        };
        // Methods of selecting or assessing (`metode_seleksi_kompetensi`), not of
        // announcing or anything else.
        let methods = name.starts_with("metode")
            && [
                "seleksi",
                "penilaian",
                "asesmen",
                "assessment",
                "uji",
                "kompetensi",
            ]
            .iter()
            .any(|w| name.contains(w));
        if !methods && !name.starts_with("tahap") {
            continue;
        }
        for item in items {
            let own = cx.rules().find(|x| {
                matches!(&x.kind, RuleKind::ListItem { list, key } if list == name && *key == item.key)
            });
            let rule = own.unwrap_or(r);
            let name_words = words(&item.key.replace('_', " "));
            let assessed = name_words.iter().any(|w| ASSESSED.contains(&w.as_str()))
                && !name_words.iter().any(|w| UNSCORED.contains(&w.as_str()));
            if !(methods || assessed) {
                continue;
            }
            out.push(Named {
                rule,
                key: item.key.clone(),
                name: name_words,
                text: own
                    .map(|o| clause_words(cx.policy, o.clause))
                    .unwrap_or_default(),
            });
        }
    }
    out
}

fn bands<'a>(cx: &Context<'a>) -> Vec<Named<'a>> {
    cx.rules()
        .filter(|r| r.condition.is_none())
        .filter_map(|r| match &r.kind {
            RuleKind::Weight { component, .. } => Some(Named {
                rule: r,
                key: component.clone(),
                name: words(&component.replace('_', " ")),
                text: clause_words(cx.policy, r.clause),
            }),
            _ => None,
        })
        .collect()
}

/// True when something other than the bands names the component: a list item
/// of any list, an action, or the text of a clause that holds no band.
fn held(cx: &Context<'_>, band: &Named<'_>, stages: &[Named<'_>]) -> bool {
    if stages
        .iter()
        .any(|s| scopes_overlap(&s.rule.scope, &band.rule.scope) && pairs(s, band))
    {
        return true;
    }
    let sig: Vec<&String> = band.significant().collect();
    let names = |n: &str| {
        let w = words(&n.replace('_', " "));
        contains_run(&w, &band.name) || sig.iter().any(|s| w.contains(s))
    };
    let in_rules = cx.rules().any(|r| match &r.kind {
        RuleKind::List { items, .. } => items.iter().any(|i| names(&i.key)),
        RuleKind::Action { action, .. } => names(action),
        _ => false,
    });
    if in_rules {
        return true;
    }
    let p = cx.policy;
    let band_clauses: Vec<ClauseId> = cx
        .rules()
        .filter(|r| matches!(r.kind, RuleKind::Weight { .. }))
        .flat_map(|r| p.ancestors(r.clause).take(2))
        .collect();
    p.clauses.enumerate().any(|(id, c)| {
        if band_clauses.contains(&id) {
            return false;
        }
        let w = words(&c.text());
        contains_run(&w, &band.name) || sig.iter().any(|s| w.contains(s))
    })
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let bands = bands(cx);
    if bands.is_empty() {
        return;
    }
    let stages = stages(cx);
    let mut seen = std::collections::BTreeSet::new();
    for s in &stages {
        let mine: Vec<&Named<'_>> = bands
            .iter()
            .filter(|b| scopes_overlap(&s.rule.scope, &b.rule.scope))
            .collect();
        let Some(first) = mine.first() else {
            continue;
        };
        if mine.iter().any(|b| pairs(s, b)) || !seen.insert((s.rule.span, s.key.clone())) {
            continue;
        }
        let listed = mine
            .iter()
            .map(|b| b.key.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut f = cx.finding(
            &LINT,
            s.rule.span,
            Some(s.rule.clause),
            msg::no_band(&s.key, listed),
        );
        f = f.related(
            first.rule.span,
            label::BAND,
            Some(first.rule.citation.clone()),
        );
        out.push(f);
    }
    if !stages.is_empty() {
        for b in &bands {
            if held(cx, b, &stages) {
                continue;
            }
            out.push(cx.finding(
                &UNHELD,
                b.rule.span,
                Some(b.rule.clause),
                msg::unheld(&b.key),
            ));
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// PSL607.
    no_band(stage, listed) = "`{stage}` is assessed, but no weight band covers it (bands: {listed})" / "`{stage}` dinilai, tetapi tidak ada rentang bobot untuknya (rentang: {listed})";
    /// PSL608.
    unheld(stage) = "weight band for `{stage}`, a stage no other clause holds" / "rentang bobot untuk `{stage}`, tahap yang tidak dilaksanakan menurut ketentuan mana pun";
    }
);
