//! PSL504 — the region says `dapat` (or `wajib`) where the national baseline
//! says `wajib` or `dilarang` for the same act or quantity; PSL505 — the acts
//! of a policy the baseline has nothing to compare with, once per policy
//! (information). One pairing of rules with the baseline, two codes.

use crate::analysis::context::scopes_overlap;
use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::ir::Modality;
use crate::ir::{IrRule, Policy, RuleKind};
use crate::messages::{Message, Text};

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::ModalityAgainstBaseline,
    label: Text {
        en: "national law says otherwise",
        id: "peraturan nasional menyatakan lain",
    },
    help: Text {
        en: "use the national article's modality: what national law requires stays required (`wajib`), what it forbids stays forbidden (`dilarang`)",
        id: "gunakan modalitas pasal nasional: yang diwajibkan peraturan nasional tetap wajib (`wajib`), yang dilarangnya tetap dilarang (`dilarang`)",
    },
    explain: Text {
        en: "Pairs every rule with the rules of the national baseline the policy follows (`mengikuti`) that govern the same act or quantity (the same action, panel constraint, window, count, list …) for the same level and mechanism, by the same actor where both name one, and compares their modality. A region may not make optional (`dapat`) what national law requires (`wajib`), allow or require what it forbids (`dilarang`), or forbid what it requires: \"Pansel dapat terdiri atas unsur …\" against \"Pansel terdiri atas unsur …\", \"dapat merangkap\" against \"dilarang merangkap\". Rules with a condition (`jika`, `kecuali`) are compared only with rules under no condition of their own, and only when the regional rule also has none.",
        id: "Memasangkan setiap aturan dengan aturan baseline nasional yang diikuti (`mengikuti`) yang mengatur tindakan atau besaran yang sama (tindakan, ketentuan pansel, jangka waktu, jumlah, daftar yang sama …) untuk jenjang dan mekanisme yang sama, oleh pelaku yang sama bila keduanya menyebutnya, lalu membandingkan modalitasnya. Daerah tidak boleh menjadikan pilihan (`dapat`) apa yang diwajibkan peraturan nasional (`wajib`), membolehkan atau mewajibkan apa yang dilarangnya (`dilarang`), atau melarang apa yang diwajibkannya: \"Pansel dapat terdiri atas unsur …\" terhadap \"Pansel terdiri atas unsur …\", \"dapat merangkap\" terhadap \"dilarang merangkap\". Aturan bersyarat (`jika`, `kecuali`) tidak dibandingkan.",
    },
    bad: "dapat laporan oleh ppk kepada kasn   // PP 11/2017: wajib laporan oleh ppk kepada kasn",
    good: "wajib laporan oleh ppk kepada kasn",
    words: &[msg::ALL, text::ALL],
};

/// The acts the baseline has nothing to compare with.
pub const SILENT: Lint = Lint {
    code: Code::BaselineSilent,
    label: Text {
        en: "followed baseline",
        id: "baseline yang diikuti",
    },
    help: Text {
        en: "nothing to change: these acts are the region's own, and no national rule of the baseline bounds their modality; check them against the other national law that governs them",
        id: "tidak ada yang perlu diubah: tindakan ini milik daerah sendiri, dan tidak ada aturan nasional dalam baseline yang membatasi modalitasnya; periksa terhadap peraturan nasional lain yang mengaturnya",
    },
    explain: Text {
        en: "Lists, once per policy that follows a national baseline, the acts (action rules) whose modality PSL504 could not compare because no rule of the baseline names the same act for an overlapping level and mechanism. A reviewer sees where the check against national law is silent, rather than taking silence for agreement. Information only: turning it off hides no defect.",
        id: "Mencantumkan, satu kali untuk setiap peraturan yang mengikuti baseline nasional, tindakan (aturan tindakan) yang modalitasnya tidak dapat dibandingkan oleh PSL504 karena tidak ada aturan baseline yang menyebut tindakan yang sama untuk jenjang dan mekanisme yang beririsan. Penelaah melihat di mana pemeriksaan terhadap peraturan nasional tidak berkata apa-apa, dan tidak menganggap diam sebagai kesesuaian. Hanya informasi: mematikannya tidak menyembunyikan cacat apa pun.",
    },
    bad: "",
    good: "wajib laporan oleh ppk kepada kasn   // PP 11/2017 names the same act",
    words: &[msg::ALL, text::ALL],
};

/// How many act names the information lists before it says how many more.
const LISTED: usize = 12;

/// The kinds whose modality national law bounds (definitions and `syarat`
/// are always mandatory or not modal at all).
fn modal(k: &RuleKind) -> bool {
    matches!(
        k,
        RuleKind::Action { .. }
            | RuleKind::Panel { .. }
            | RuleKind::Window { .. }
            | RuleKind::Extension { .. }
            | RuleKind::Count { .. }
            | RuleKind::Duration { .. }
            | RuleKind::List { .. }
    )
}

/// Two acts of the same name done by other actors, towards another party or
/// through other channels: both name them, and none is common
/// ("wajib pengumuman melalui media_cetak_nasional" and "dapat pengumuman
/// melalui papan_pengumuman" are two acts).
fn other_actors(a: &RuleKind, b: &RuleKind) -> bool {
    let apart = |x: &[String], y: &[String]| {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.contains(w))
    };
    match (a, b) {
        (
            RuleKind::Action {
                actors: xa,
                party: xp,
                channels: xc,
                ..
            },
            RuleKind::Action {
                actors: ya,
                party: yp,
                channels: yc,
                ..
            },
        ) => apart(xa, ya) || apart(xc, yc) || matches!((xp, yp), (Some(x), Some(y)) if x != y),
        _ => false,
    }
}

/// The baseline's modality the region's contradicts, with the words for it.
fn contradicts(region: Modality, base: Modality) -> Option<Text> {
    use Modality::*;
    match (base, region) {
        (Wajib, Dapat) => Some(text::OPTIONAL),
        (Dilarang, Dapat) => Some(text::ALLOWS),
        (Dilarang, Wajib) => Some(text::REQUIRES),
        (Wajib, Dilarang) => Some(text::FORBIDS),
        _ => None,
    }
}

fn word(m: Modality) -> &'static str {
    match m {
        Modality::Wajib => "wajib",
        Modality::Dapat => "dapat",
        Modality::Dilarang => "dilarang",
    }
}

fn unconditional(r: &IrRule) -> bool {
    r.condition.is_none() && r.exception.is_none()
}

/// The same act or quantity: `RuleKind::same_subject`, and for a panel's
/// member counts the same categories, for its elements a common one.
fn same_subject(a: &RuleKind, b: &RuleKind) -> bool {
    use crate::ir::PanelRule;
    let members = |k: &RuleKind| match k {
        RuleKind::Panel {
            rule: PanelRule::Members { who, .. },
            ..
        } => {
            let mut w = who.clone();
            w.sort();
            Some(w)
        }
        _ => None,
    };
    let elements = |k: &RuleKind| match k {
        RuleKind::Panel {
            rule: PanelRule::Elements { elements },
            ..
        } => Some(elements.clone()),
        _ => None,
    };
    // An optional element the region adds beside those national law requires
    // is another element, not the same one made optional.
    let common_element = match (elements(a), elements(b)) {
        (Some(x), Some(y)) => x.iter().any(|e| y.contains(e)),
        _ => true,
    };
    a.same_subject(b) && members(a) == members(b) && common_element
}

fn counterparts<'b>(r: &IrRule, base: &'b Policy) -> impl Iterator<Item = &'b IrRule> + 'b {
    let (kind, scope) = (r.kind.clone(), r.scope.clone());
    base.rules.iter().filter(move |b| {
        !b.malformed
            && modal(&b.kind)
            && same_subject(&b.kind, &kind)
            && scopes_overlap(&scope, &b.scope)
            && !other_actors(&kind, &b.kind)
    })
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    if cx.baselines.is_empty() {
        return;
    }
    let mut silent: Vec<&str> = Vec::new();
    // One finding per national rule contradicted: the first regional rule,
    // the others as related locations.
    let mut found: Vec<(String, Finding)> = Vec::new();
    for r in cx.rules().filter(|r| modal(&r.kind)) {
        let mut any = false;
        let mut hit = None;
        for base in cx.baselines {
            for b in counterparts(r, base) {
                any = true;
                if hit.is_none() && unconditional(r) && unconditional(b) {
                    if let Some(words) = contradicts(r.modality, b.modality) {
                        hit = Some((base, b, words));
                    }
                }
            }
        }
        if let Some((base, b, how)) = hit {
            let cite = format!("{} {}", base.short_name(), b.citation);
            let key = format!("{cite}#{}", b.id);
            if let Some((_, f)) = found.iter_mut().find(|(k, _)| *k == key) {
                *f = f.clone().related_quoted(
                    r.span,
                    format!("`{}`", word(r.modality)),
                    Some(r.citation.clone()),
                );
                continue;
            }
            let f = cx
                .finding(
                    &LINT,
                    r.span,
                    Some(r.clause),
                    msg::contradicts(word(r.modality), how, &cite, word(b.modality)),
                )
                .help(crate::messages::analysis::msg::with_baseline_rule(
                    LINT.help,
                    &cite,
                    b.summary(),
                ));
            found.push((key, f));
        }
        if let (false, RuleKind::Action { action, .. }) = (any, &r.kind) {
            if !silent.contains(&action.as_str()) {
                silent.push(action);
            }
        }
    }
    out.extend(found.into_iter().map(|(_, f)| f));
    if silent.is_empty() {
        return;
    }
    let span = cx
        .policy
        .identity
        .follows
        .first()
        .map_or(cx.policy.identity.span, |(_, s)| *s);
    let names: Vec<String> = cx
        .baselines
        .iter()
        .map(|b| b.short_name())
        .collect::<Vec<_>>();
    let n = silent.len();
    let mut shown = silent
        .iter()
        .take(LISTED)
        .map(|a| format!("`{a}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let more = if n > LISTED {
        msg::more(n - LISTED)
    } else {
        Message::default()
    };
    if shown.is_empty() {
        shown.push('-');
    }
    let base = names.join(", ");
    let mut f = cx.finding(&SILENT, span, None, msg::silent(n, base, shown, more));
    f.clause = None;
    out.push(f);
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// PSL504.
    contradicts(here, how, cite, there) = "`{here}` {how}: {cite} says `{there}`" / "`{here}` {how}: {cite} menyatakan `{there}`";
    /// More acts than listed.
    more(n) = " and {n} more" / " dan {n} lainnya";
    /// PSL505.
    silent(n, base, shown, more) = "{n} act(s) have no counterpart in {base} to compare their modality with: {shown}{more}" / "{n} tindakan tidak memiliki padanan dalam {base} untuk dibandingkan modalitasnya: {shown}{more}";
    }
);

crate::texts!(
    /// What the findings say.
    mod text {
    /// `dapat` against `wajib`.
    OPTIONAL = "makes optional what national law requires" / "menjadikan pilihan apa yang diwajibkan peraturan nasional";
    /// `dapat` against `dilarang`.
    ALLOWS = "allows what national law forbids" / "membolehkan apa yang dilarang peraturan nasional";
    /// `wajib` against `dilarang`.
    REQUIRES = "requires what national law forbids" / "mewajibkan apa yang dilarang peraturan nasional";
    /// `dilarang` against `wajib`.
    FORBIDS = "forbids what national law requires" / "melarang apa yang diwajibkan peraturan nasional";
    }
);
