//! PSL202 — a reference whose target exists but cannot be what is meant.
//!
//! What it does: reads the words just before "sebagaimana dimaksud …" (e.g.
//! "persyaratan", "Pansel", "pengumuman", "bobot") and checks that the target
//! clause, or a clause inside it, holds a rule of that kind.
//! Why is this bad: a reference to the wrong clause silently changes which
//! requirements apply.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::{Category, ClauseId, Policy, RuleKind};
use crate::messages::label;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ReferenceToWrongKind,
    label: Text {
        en: "the target holds no rule of this kind",
        id: "yang dirujuk tidak memuat aturan jenis ini",
    },
    help: Text {
        en: "check which clause is meant; correct the number, or encode the rule at the target",
        id: "periksa ketentuan mana yang dimaksud; perbaiki nomornya, atau tuliskan aturannya pada ketentuan yang dirujuk",
    },
    explain: Text {
        en: "Reads what a cross-reference speaks of (\"persyaratan sebagaimana dimaksud dalam …\", \"Pansel sebagaimana dimaksud …\", \"pengumuman …\", \"bobot …\", \"minimal calon …\", \"jumlah calon …\") and checks that the target clause, or a clause inside it, holds a rule of that kind (requirements; the panel's composition or an action about it; an announcement's window, extensions, contents or an act of announcing; weights; a count). A reference that resolves to a clause about something else is usually a stale number left after renumbering, and it silently changes which requirements apply.",
        id: "Membaca apa yang dibicarakan rujukan (\"persyaratan sebagaimana dimaksud dalam …\", \"Pansel sebagaimana dimaksud …\", \"pengumuman …\", \"bobot …\", \"minimal calon …\", \"jumlah calon …\") dan memeriksa bahwa ketentuan yang dirujuk, atau ketentuan di dalamnya, memuat aturan sejenis (persyaratan; susunan Pansel atau tindakan tentangnya; jangka waktu, perpanjangan, muatan, atau tindakan mengumumkan; bobot; jumlah). Rujukan ke ketentuan tentang hal lain biasanya nomor lama yang tertinggal setelah penomoran ulang, dan diam-diam mengubah persyaratan yang berlaku.",
    },
    bad: "huruf a \"memenuhi persyaratan sebagaimana dimaksud dalam Pasal 2;\"   // Pasal 2 states the purpose",
    good: "huruf a \"memenuhi persyaratan sebagaimana dimaksud dalam Pasal 24 ayat (1);\"",
    words: &[msg::ALL],
};

/// A noun a reference may speak of, the kinds of rule a target about it holds,
/// and, for procedures, the words an action about it names.
struct Kind {
    noun: &'static str,
    categories: &'static [Category],
    actions_about: &'static [&'static str],
    what: Text,
}

const REQUIREMENTS: Text = Text {
    en: "requirements",
    id: "persyaratan",
};
const PANEL: Text = Text {
    en: "the panel",
    id: "panitia seleksi",
};
const ANNOUNCEMENT: Text = Text {
    en: "the announcement",
    id: "pengumuman",
};
const CANDIDATE_COUNT: Text = Text {
    en: "a number of candidates",
    id: "jumlah calon",
};

// A panel "sebagaimana dimaksud" may point at where it is composed or where it
// is formed or given its task (an action about the panel); requirements may be
// listed as items of a list; an announcement at its window, its extensions, or
// an action that announces.
const KINDS: &[Kind] = &[
    Kind {
        noun: "persyaratan",
        categories: &[Category::Eligibility, Category::RequiredList],
        actions_about: &[],
        what: REQUIREMENTS,
    },
    Kind {
        noun: "syarat",
        categories: &[Category::Eligibility, Category::RequiredList],
        actions_about: &[],
        what: REQUIREMENTS,
    },
    Kind {
        noun: "kriteria",
        categories: &[Category::Eligibility, Category::RequiredList],
        actions_about: &[],
        what: Text {
            en: "criteria",
            id: "kriteria",
        },
    },
    Kind {
        noun: "panitia seleksi",
        categories: &[Category::PanelComposition, Category::Procedure],
        actions_about: &["pansel", "panitia"],
        what: PANEL,
    },
    Kind {
        noun: "pansel",
        categories: &[Category::PanelComposition, Category::Procedure],
        actions_about: &["pansel", "panitia"],
        what: PANEL,
    },
    Kind {
        noun: "bobot",
        categories: &[Category::WeightBand],
        actions_about: &[],
        what: Text {
            en: "weights",
            id: "bobot",
        },
    },
    Kind {
        noun: "pengumuman",
        categories: &[
            Category::Window,
            Category::Extension,
            Category::RequiredList,
            Category::Procedure,
        ],
        actions_about: &["pengumuman", "umum"],
        what: ANNOUNCEMENT,
    },
    Kind {
        noun: "minimal calon",
        categories: &[Category::Count],
        actions_about: &[],
        what: CANDIDATE_COUNT,
    },
    Kind {
        noun: "jumlah calon",
        categories: &[Category::Count],
        actions_about: &[],
        what: CANDIDATE_COUNT,
    },
];

fn holds(policy: &Policy, target: ClauseId, kind: &Kind) -> bool {
    let cite = policy.cite(target);
    let prefix = format!("{cite} ");
    policy.rules.iter().any(|r| {
        (r.citation == cite || r.citation.starts_with(&prefix))
            && kind.categories.contains(&r.category())
            && (r.category() != Category::Procedure || about(&r.kind, kind.actions_about))
    })
}

/// An action whose actor or act names one of `words` (forming, running or
/// assisting a panel; announcing); a secretariat assisting the panel is not
/// the panel.
fn about(k: &RuleKind, words: &[&str]) -> bool {
    let RuleKind::Action { action, actors, .. } = k else {
        return false;
    };
    std::iter::once(action)
        .chain(actors)
        .any(|s| words.iter().any(|w| s.contains(w)) && !s.contains("sekretariat"))
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let p = cx.policy;
    for r in p.references.iter().filter(|r| !r.explicit && !r.external) {
        let (Some(target), Some(clause)) = (r.target, p.clauses.get(r.from)) else {
            continue;
        };
        if target == r.from {
            continue;
        }
        let text = clause.text();
        let Some(at) = text.find(&r.written) else {
            continue;
        };
        let before = text.get(..at).unwrap_or("").to_lowercase();
        let Some(sb) = before.rfind("sebagaimana") else {
            continue;
        };
        let window_start = before
            .get(..sb)
            .map_or(0, |b| b.char_indices().rev().nth(40).map_or(0, |(i, _)| i));
        let words = before.get(window_start..sb).unwrap_or("");
        // The word nearest to "sebagaimana" decides what the reference speaks of.
        let Some(kind) = KINDS
            .iter()
            .filter_map(|k| words.rfind(k.noun).map(|i| (i, k)))
            .max_by_key(|(i, _)| *i)
            .map(|(_, k)| k)
        else {
            continue;
        };
        // The noun the reference names ("Pansel Mutasi", "persyaratan") is also
        // enough when the target's own text introduces it (not as part of a
        // "sekretariat …").
        let tail: Vec<&str> = words.split_whitespace().collect();
        let noun = tail
            .get(tail.len().saturating_sub(3)..)
            .unwrap_or(&[])
            .join(" ");
        let noun = noun.trim_end_matches(',');
        if !holds(p, target, kind) && !introduces(p, target, noun) {
            let tc = p.cite(target);
            out.push(
                cx.finding(
                    &LINT,
                    r.span,
                    Some(r.from),
                    msg::wrong_target(kind.what, tc),
                )
                .related(
                    p.clauses
                        .get(target)
                        .map(|c| c.number_span)
                        .unwrap_or_default(),
                    label::THE_CLAUSE_REFERRED_TO,
                    Some(tc.to_string()),
                ),
            );
        }
    }
}

/// True when the target clause or a clause inside it names `noun` in its own text.
fn introduces(policy: &Policy, target: ClauseId, noun: &str) -> bool {
    if noun.len() < 4 {
        return false;
    }
    let cite = policy.cite(target);
    let prefix = format!("{cite} ");
    policy
        .clauses
        .iter()
        .filter(|c| c.citation == cite || c.citation.starts_with(&prefix))
        .any(|c| {
            let text = c.text().to_lowercase();
            text.match_indices(noun).any(|(i, _)| {
                !text
                    .get(..i)
                    .unwrap_or("")
                    .trim_end()
                    .ends_with("sekretariat")
            })
        })
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The finding.
    wrong_target(what, target) = "the reference speaks of {what}, but `{target}` holds no such rule" / "rujukan ini menyangkut {what}, tetapi `{target}` tidak memuat aturan semacam itu";
    }
);
