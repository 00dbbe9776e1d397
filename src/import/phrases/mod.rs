//! The phrase recogniser: the rules a clause's standard phrases state.
//!
//! Each family of phrases is a module (`eligibility`, `selection`) that reads
//! one clause's text, lower-cased, with the text of the clauses above it as
//! context; this module walks the document, adds definitions (`istilah`) for
//! Pasal 1, required lists (`daftar`/`butir`) under a chapeau that introduces
//! items, a scope (`untuk … melalui …`) on headings and Pasal from their words,
//! and a `belum dikodekan: …` note for every sentence that carries a number, a
//! period or a modal verb but gave no rule. The recogniser works from the
//! phrase, never from a document it knows.

mod actions;
mod actors;
mod composition;
mod eligibility;
mod lists;
mod posts;
mod scope;
mod selection;
pub mod words;

use super::model::{Block, Child, Clause, ClauseKind, Document, HeadingKind};
use std::collections::BTreeSet;

/// What the recogniser did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Clauses read.
    pub clauses: usize,
    /// Rules recognised.
    pub rules: usize,
    /// Sentences with a number, a period or a modal verb left unrecognised.
    pub unrecognised: usize,
}

/// Names given so far (lists, terms), so that each is unique in the document;
/// facts declared so far, so that each is declared once.
#[derive(Default)]
struct Names {
    used: BTreeSet<String>,
    facts: BTreeSet<String>,
    /// Post classes (`jabatan`) declared so far: their own namespace.
    posts: BTreeSet<String>,
    /// The actors the draft names (built-in and defined in its Ketentuan Umum).
    actors: actors::Actors,
    /// Whether the part being read (its Bagian or Paragraf, or its Pasal)
    /// is about filling posts by mutation, in a draft that has a mutation
    /// panel ("Pansel Mutasi"): there, a bare "Pansel" is that panel.
    mutation: bool,
    /// The day an age limit is counted on and its exception, when a clause
    /// of its own says so (see [`eligibility::age_reference`]).
    age_at: Option<(&'static str, Option<String>)>,
}

impl Names {
    fn fresh(&mut self, base: String) -> String {
        let mut name = base.clone();
        let mut n = 2;
        while !self.used.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        name
    }
}

/// Fills clause.rules / clause.notes / clause.scope / heading.scope across the document.
pub fn annotate(doc: &mut Document) -> Summary {
    let mut s = Summary::default();
    let mut names = Names {
        actors: actors::Actors::read(doc),
        ..Names::default()
    };
    let levels = scope::levels(doc.identity.tentang.as_deref().unwrap_or(""));
    names.age_at = doc.body.iter().find_map(|b| match b {
        Block::Pasal(p) => age_reference_in(p),
        Block::Heading(_) => None,
    });
    let mutation_panel = doc.body.iter().any(|b| match b {
        Block::Pasal(p) => {
            let t = pasal_text(p);
            t.contains("pansel mutasi") || t.contains("panitia seleksi mutasi")
        }
        Block::Heading(_) => false,
    });
    let mut first_heading = true;
    let mut heading_mechanism: Option<&'static str> = None;
    for b in &mut doc.body {
        match b {
            Block::Heading(h) => {
                let mech = scope::mechanism(&h.title);
                if first_heading || mech.is_some() {
                    h.scope = Some(scope::render(&levels, mech.unwrap_or("umum")));
                }
                // A BAB opens a new part; a Bagian or Paragraf without a
                // mechanism of its own stays in its part's.
                if mech.is_some() || h.kind == HeadingKind::Bab {
                    heading_mechanism = mech;
                }
                first_heading = false;
            }
            Block::Pasal(p) => {
                let mut own = None;
                if p.scope.is_none() && !is_definitions(p) {
                    own = scope::mechanism_in_text(&pasal_text(p));
                    if let Some(m) = own {
                        p.scope = Some(format!("melalui {m}"));
                    }
                }
                names.mutation = mutation_panel && own.or(heading_mechanism) == Some("mutasi");
                let definitions = p.number == "1" && is_definitions(p);
                walk(p, &mut Vec::new(), definitions, &mut names, &mut s);
            }
        }
    }
    s
}

/// The first clause under `c` that says on which day the age limit is counted.
fn age_reference_in(c: &Clause) -> Option<(&'static str, Option<String>)> {
    c.text
        .as_deref()
        .and_then(|t| eligibility::age_reference(&t.to_lowercase()))
        .or_else(|| c.sub_clauses().find_map(age_reference_in))
}

/// In a part about mutation, the panel the draft calls bare "Pansel" is its
/// mutation panel: `panitia_seleksi` → `pansel_mutasi`, `pansel seleksi …`
/// → `pansel mutasi …`.
fn as_mutation_panel(rule: &str) -> String {
    // Whole names only: split at every character a name cannot hold.
    let mut out = String::new();
    let mut name = String::new();
    let flush = |name: &mut String, out: &mut String| {
        out.push_str(if name == "panitia_seleksi" {
            "pansel_mutasi"
        } else {
            name
        });
        name.clear();
    };
    for ch in rule.chars() {
        if ch.is_alphanumeric() || ch == '_' {
            name.push(ch);
        } else {
            flush(&mut name, &mut out);
            out.push(ch);
        }
    }
    flush(&mut name, &mut out);
    match out.strip_prefix("pansel seleksi ") {
        Some(r) => format!("pansel mutasi {r}"),
        None => out.replacen(" pansel seleksi ", " pansel mutasi ", 1),
    }
}

/// All the text of a Pasal, lower case.
fn pasal_text(c: &Clause) -> String {
    let mut out = c.text.clone().unwrap_or_default().to_lowercase();
    for ch in &c.children {
        match ch {
            Child::Clause(sub) => {
                out.push(' ');
                out.push_str(&pasal_text(sub));
            }
            Child::Text(t) => {
                out.push(' ');
                out.push_str(&t.value.to_lowercase());
            }
        }
    }
    out
}

fn is_definitions(p: &Clause) -> bool {
    p.text
        .as_deref()
        .is_some_and(|t| t.to_lowercase().contains("yang dimaksud dengan"))
}

/// Words of a chapeau whose items are not a candidate's requirements: the
/// documents of an application, or what a panel's members must meet.
const NOT_CANDIDATE_REQUIREMENTS: &[&str] = &[
    "persyaratan administrasi",
    "dokumen",
    "berkas",
    "kelengkapan",
    "melampirkan",
    "pansel",
    "panitia seleksi",
    "tim seleksi",
];

/// Words that make a sentence a rule a reader expects to see encoded.
const MODAL: &[&str] = &[
    "wajib",
    "harus",
    "dapat",
    "dilarang",
    "tidak boleh",
    "paling lambat",
    "paling lama",
];

fn walk(
    c: &mut Clause,
    context: &mut Vec<String>,
    definitions: bool,
    names: &mut Names,
    s: &mut Summary,
) {
    s.clauses += 1;
    let text = c.text.clone().unwrap_or_default();
    let lower = text.to_lowercase();
    let ctx = context.join(" ");
    // Requirements of a candidate, stated one by one; not those of a panel's
    // members, nor the documents of an application ("persyaratan
    // administrasi"), which are required lists.
    let chapeau = if c.sub_clauses().next().is_some() {
        lower.as_str()
    } else {
        context.last().map_or("", String::as_str)
    };
    // A chapeau that is a bare heading ("Persyaratan") takes its subject from
    // the clauses above it ("Panitia Seleksi" / "Persyaratan": the panel's).
    let about = if is_heading(chapeau) {
        ctx.as_str()
    } else {
        chapeau
    };
    let requirement = (lower.contains("syarat") || ctx.contains("syarat"))
        && !NOT_CANDIDATE_REQUIREMENTS.iter().any(|w| about.contains(w));
    let mut rules: Vec<String> = Vec::new();
    let has_items = c.sub_clauses().next().is_some();
    if definitions && c.kind == ClauseKind::Angka && context.len() == 1 {
        if let Some(term) = term(&text) {
            // "JPT Pratama adalah jabatan … setara dengan jabatan struktural
            // eselon II": a term that is also a class of posts.
            let levels = posts::eselons(&lower);
            if !levels.is_empty() && names.posts.insert(term.clone()) {
                rules.push(format!("jabatan {term} eselon {}", levels.join(", ")));
            }
            rules.push(format!("istilah {}", names.fresh(term)));
        }
    } else {
        if requirement {
            rules.extend(eligibility::rules(&lower));
        } else if eligibility::civil_servant(&lower) {
            rules.push("syarat pns".into());
        } else if let Some((fact, negated, allowed)) = eligibility::filled_from(&lower) {
            // "diisi dari PNS di (luar) lingkungan Pemerintah Daerah": who may
            // be a candidate for the post.
            if names.facts.insert(fact.clone()) {
                rules.push(format!("fakta {fact}"));
            }
            let may = if allowed { "dapat " } else { "" };
            let not = if negated { "tidak " } else { "" };
            rules.push(format!("{may}syarat {not}{fact}"));
        }
        rules.extend(selection::rules(&lower, &ctx));
        // "ditetapkan oleh PPK; dan" as a requirement: the candidate is what
        // the passive verb is said of, so it is a condition on the candidate,
        // not someone's procedure.
        let said_of_candidate = lower.split_whitespace().next().is_some_and(|w| {
            w.starts_with("di") && (w.ends_with("kan") || w.ends_with("i")) && w.len() > 6
        });
        if rules.is_empty()
            && requirement
            && (said_of_candidate || !actions::is_procedure(&names.actors, &lower))
            && !has_items
            && !text.is_empty()
            && c.kind != ClauseKind::Pasal
        {
            // A requirement no built-in fact states: a yes/no fact of its own,
            // or two joined by "atau" ("mendapatkan rekomendasi atau
            // persetujuan dari PyB": either will do).
            let facts = match either(&lower) {
                Some((a, b)) => vec![a, b],
                None => vec![words::slug(&lower, 4)],
            };
            for fact in &facts {
                if names.facts.insert(fact.clone()) {
                    rules.push(format!("fakta {fact}"));
                }
            }
            rules.push(format!("syarat {}", facts.join(" atau ")));
        }
        let holder = context
            .last()
            .and_then(|p| actions::duty_holder(&names.actors, p));
        if rules.is_empty() && !has_items && !text.is_empty() {
            // "… dan disampaikan kepada: a. PPK melalui PyB; …": a chapeau
            // that ends on a preposition is completed by each item, which
            // reads as one sentence with it.
            let sentence = match context.last().map(|p| p.trim_end()) {
                Some(p) if ends_on_preposition(p) => {
                    format!("{} {lower}", p.trim_end_matches(':').trim_end())
                }
                _ => lower.clone(),
            };
            // "Setelah 2 (dua) kali diperpanjang …, KASN dapat …": the act of the
            // main clause, on the condition of the extensions made.
            let opened = selection::after_extensions(&sentence);
            let main = opened.as_ref().map_or(sentence.as_str(), |(_, m)| m);
            let mut found = actions::rules(&names.actors, main, holder.as_deref());
            if let Some((cond, _)) = &opened {
                for r in &mut found.rules {
                    let joined = if r.contains(" jika ") {
                        " dan "
                    } else {
                        " jika "
                    };
                    r.push_str(&format!("{joined}{cond}"));
                }
            }
            if let Some(fact) = &found.condition {
                if found.rules.iter().any(|r| {
                    r.ends_with(&format!(" jika {fact}"))
                        || r.ends_with(&format!(" jika tidak {fact}"))
                }) && names.facts.insert(fact.clone())
                {
                    rules.push(format!("fakta {fact}"));
                }
            }
            rules.extend(found.rules);
            c.notes.extend(found.notes);
        }
        // Posts a rule names (a panel role's holder, the vacant post a rule is
        // conditioned on) that are no category or level the language knows:
        // each is declared once, as a post class.
        let posts: Vec<String> = rules
            .iter()
            .flat_map(|r| named_posts(r))
            .filter(|p| names.posts.insert(p.clone()))
            .collect();
        for (i, p) in posts.into_iter().enumerate() {
            rules.insert(i, format!("jabatan {p}"));
        }
        if let Some((post, levels)) = posts::post_class(&lower, context.last().map(String::as_str))
        {
            if names.posts.insert(post.clone()) {
                rules.push(format!("jabatan {post} eselon {}", levels.join(", ")));
            }
        }
    }
    // A list the sentence states inline ("… yang mencakup peminatan, motivasi,
    // perilaku dan karakter.").
    if !has_items && !definitions && !requirement {
        if let Some((kind, items)) = lists::inline(&lower) {
            let name = names.fresh(words::slug(&lower, 3));
            rules.push(format!("daftar {name} {kind}: {}", items.join(", ")));
        }
    }
    // A chapeau that introduces items: a required list, unless the items are
    // requirements or definitions (encoded one by one). A list of duties
    // ("Tugas Pansel meliputi:") is a list too, and each item also an action.
    // A chapeau ends with ':'; a heading put in its place ("(1) Tugas",
    // "Persyaratan") introduces its items as well.
    let heading = is_heading(&lower);
    let introduces = lower.trim_end().ends_with(':') || heading;
    // "… dibuktikan dengan: a. …; atau b. …": the items are the evidence a
    // requirement accepts, each a yes/no fact, any one of them (or all, when
    // joined by "dan") meeting it.
    let evidence = evidence_facts(c, &lower, names);
    if let Some((facts, joint)) = &evidence {
        rules.push(format!("syarat {}", facts.join(joint)));
    }
    // An actor's act detailed by its items ("Panitia seleksi menyampaikan …
    // sebagai berikut:") is no list.
    let detailed = actions::acting_chapeau(&names.actors, &lower);
    let list = has_items
        && introduces
        && !requirement
        && !definitions
        && evidence.is_none()
        && !detailed
        && !lower.contains("bobot");
    let mut list_name = None;
    if list {
        let kind = if lower.contains("antara lain") {
            "terbuka"
        } else if lower.contains("tahap") {
            "berurutan"
        } else {
            "lengkap"
        };
        let name = names.fresh(words::slug(&lower, 3));
        rules.push(format!("daftar {name} {kind}"));
        list_name = Some(name);
    }
    // Sentences a reader would expect as rules but that gave none.
    let chapeau = has_items && introduces;
    if rules.is_empty() && !definitions && !list && !chapeau {
        let carries =
            lower.chars().any(|ch| ch.is_ascii_digit()) || MODAL.iter().any(|m| lower.contains(m));
        if carries && !text.is_empty() {
            c.notes.push(format!(
                "belum dikodekan: {}",
                crate::import::first_words(&text, 16)
            ));
            s.unrecognised += 1;
        }
    }
    if names.mutation {
        for r in &mut rules {
            *r = as_mutation_panel(r);
        }
    }
    // The day the age limit is counted on, said in a clause of its own, and
    // its exception: declared where it is said, applied to every age limit
    // that names no day.
    if let Some((at, exception)) = names.age_at.clone() {
        if let Some(e) = &exception {
            if eligibility::age_reference(&lower).is_some() && names.facts.insert(e.clone()) {
                rules.push(format!("fakta {e}"));
            }
        }
        for r in &mut rules {
            if r.starts_with("syarat usia ") && !r.contains(" pada ") && !r.contains(" jika ") {
                r.push_str(&format!(" pada {at}"));
                if let Some(e) = &exception {
                    r.push_str(&format!(" kecuali {e}"));
                }
            }
        }
    }
    s.rules += rules.len();
    c.rules.extend(rules);
    context.push(lower);
    let mut keys = Names::default();
    let mut proofs = evidence
        .map(|(facts, _)| facts)
        .unwrap_or_default()
        .into_iter();
    for ch in &mut c.children {
        if let Child::Clause(sub) = ch {
            if let Some(fact) = proofs.next() {
                sub.rules.insert(0, format!("fakta {fact}"));
                s.rules += 1;
            }
            if list_name.is_some() {
                let key = keys.fresh(words::slug(sub.text.as_deref().unwrap_or(""), 3));
                sub.rules.insert(0, format!("butir {key}"));
                s.rules += 1;
            }
            walk(sub, context, definitions, names, s);
        }
    }
    context.pop();
}

/// The facts a chapeau "… dibuktikan dengan:" accepts as evidence, one per
/// item (named by its first words, declared here), and how they join: " atau "
/// when an item ends with "atau", else " dan ". None for any other chapeau,
/// or when an item has items of its own.
fn evidence_facts(
    c: &Clause,
    lower: &str,
    names: &mut Names,
) -> Option<(Vec<String>, &'static str)> {
    let t = lower.trim_end();
    if !(t.ends_with(':') && (t.contains("dibuktikan dengan") || t.contains("dibuktikan melalui")))
    {
        return None;
    }
    let items: Vec<&Clause> = c.sub_clauses().collect();
    if items.len() < 2 || items.iter().any(|i| i.sub_clauses().next().is_some()) {
        return None;
    }
    let texts: Vec<String> = items
        .iter()
        .map(|i| i.text.clone().unwrap_or_default().to_lowercase())
        .collect();
    let joint = if texts.iter().any(|t| t.trim_end().ends_with("atau")) {
        " atau "
    } else {
        " dan "
    };
    let mut facts = Vec::new();
    for t in &texts {
        let base = words::slug(t, 3);
        if base.starts_with("butir_") {
            return None;
        }
        let mut name = base.clone();
        let mut n = 2;
        while names.facts.contains(&name) || facts.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        facts.push(name);
    }
    names.facts.extend(facts.iter().cloned());
    Some((facts, joint))
}

/// Whether a chapeau ends on a preposition its items complete ("…
/// disampaikan kepada:", "… melalui :").
fn ends_on_preposition(chapeau: &str) -> bool {
    let t = chapeau.trim_end();
    let Some(t) = t.strip_suffix(':') else {
        return false;
    };
    let last = t.split_whitespace().last().unwrap_or("");
    ["kepada", "melalui", "dengan", "oleh"].contains(&last)
}

/// Whether a clause's text is a heading put where a chapeau belongs ("Tugas",
/// "Persyaratan"): a few words, no sentence.
fn is_heading(t: &str) -> bool {
    let t = t.trim_end();
    !t.is_empty() && t.split_whitespace().count() <= 4 && !t.ends_with(['.', ';', ',', ':'])
}

/// The posts a rule names that must be declared post classes: the holders of
/// a panel role (`… peran ketua oleh kepala_bkpsdm`) that are no member
/// category or level, and the posts of `jika jabatan_lowong adalah a|b`.
fn named_posts(rule: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((_, p)) = rule.split_once(" jika jabatan_lowong adalah ") {
        out.extend(p.split('|').map(str::to_string));
    }
    if rule.contains("pansel ") {
        if let Some((_, h)) = rule
            .split_once(" peran ")
            .and_then(|(_, r)| r.split_once(" oleh "))
        {
            let h = h.split(" jika ").next().unwrap_or(h);
            out.extend(
                h.split('|')
                    .filter(|h| {
                        !crate::resolve::lower::PANEL_WHO.contains(h)
                            && crate::ir::Level::parse(h).is_none()
                    })
                    .map(str::to_string),
            );
        }
    }
    out
}

/// The two things a requirement accepts either of: "mendapatkan rekomendasi
/// atau persetujuan dari PyB" → (rekomendasi_pyb, persetujuan_pyb). Each side
/// is at most three words; a "dari X" after the second applies to both.
fn either(lower: &str) -> Option<(String, String)> {
    let text = lower
        .trim_end_matches(|c: char| c == '.' || c == ';' || c.is_whitespace())
        .trim_end_matches("; dan")
        .trim_end_matches("; atau")
        .trim_end_matches(|c: char| c == ';' || c.is_whitespace());
    let rest = ["memiliki ", "mendapatkan ", "mendapat ", "memperoleh "]
        .iter()
        .find_map(|v| text.strip_prefix(v))?;
    if rest.contains([',', ';', ':']) {
        return None;
    }
    let (a, b) = rest.split_once(" atau ")?;
    let (b, from) = match b.split_once(" dari ") {
        Some((b, from)) => (b, Some(from)),
        None => (b, None),
    };
    let short = |s: &str| (1..=3).contains(&s.split_whitespace().count());
    if !short(a) || !short(b) || from.is_some_and(|f| !short(f)) || b.contains(" atau ") {
        return None;
    }
    let name = |s: &str| match from {
        Some(f) => words::slug(&format!("{s} {f}"), 4),
        None => words::slug(s, 3),
    };
    let (a, b) = (name(a), name(b));
    (a != b).then_some((a, b))
}

/// The term a definition defines: "X yang selanjutnya disingkat Y adalah …" → Y,
/// else the words before "adalah".
fn term(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let head = &lower[..lower.find(" adalah").or_else(|| lower.find(" merupakan"))?];
    for marker in [
        "selanjutnya disingkat",
        "selanjutnya disebut",
        "disingkat",
        "disebut",
    ] {
        if let Some(p) = head.find(marker) {
            let name = head[p + marker.len()..]
                .trim()
                .trim_start_matches("dengan")
                .trim();
            if !name.is_empty() {
                return Some(words::slug(name, 3));
            }
        }
    }
    Some(words::slug(head, 4))
}

#[cfg(test)]
mod tests;
