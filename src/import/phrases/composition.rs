//! Panel composition phrases: the elements ("unsur") and member categories a
//! panel is made of, the roles its members hold, the standing its internal
//! members must have, and an element allowed for some posts only ("khusus
//! untuk JPT Sekretaris Daerah, Pansel dapat diangkat dari Pemerintah
//! Provinsi …"). A composition the chapeau states with "dapat" ("Pansel dapat
//! terdiri atas unsur: …") is optional: its elements and roles are `dapat`.

use super::words::{comparator, number, slug, Quantity};

/// The composition rules of a clause's text (lower case) under `context`
/// (the chapeaux above it, lower case).
pub fn rules(t: &str, context: &str, qs: &[Quantity]) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(role(t, context));
    out.extend(standing(t, context));
    if out.is_empty() {
        out.extend(members(t, context, qs));
    }
    if optional(context) {
        for r in &mut out {
            if !r.contains(" kedudukan ") {
                *r = format!("dapat {r}");
            }
        }
    }
    if out.is_empty() {
        out.extend(provincial(t, context));
    }
    out
}

/// The last chapeau of `context` (the text after the chapeau before it).
fn last_chapeau(context: &str) -> &str {
    let t = context.trim_end().trim_end_matches(':').trim_end();
    t.rfind(':').map_or(t, |p| &t[p + 1..]).trim()
}

/// Whether the chapeau states a panel's composition ("Pansel terdiri atas
/// unsur:", "Panitia seleksi … terdiri dari:").
fn composition_chapeau(context: &str) -> bool {
    let c = last_chapeau(context);
    (c.contains("pansel") || c.contains("panitia seleksi"))
        && (c.contains("terdiri atas") || c.contains("terdiri dari"))
}

/// Whether the chapeau states the composition as a permission ("… dapat
/// terdiri atas unsur:"): every element and role under it is optional.
fn optional(context: &str) -> bool {
    composition_chapeau(context) && {
        let c = last_chapeau(context);
        c.contains("dapat terdiri")
    }
}

/// The member categories a text names, in the language's words.
fn categories(t: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if t.contains("instansi lain") || t.contains("instansi pemerintah lain") {
        out.push("pejabat_instansi_lain");
    } else if [
        "dari lingkungan pemerintah",
        "di lingkungan pemerintah",
        "internal instansi",
    ]
    .iter()
    .any(|w| t.contains(w))
    {
        out.push("pejabat_internal");
    }
    for (w, c) in [
        ("tokoh masyarakat", "tokoh_masyarakat"),
        ("akademisi", "akademisi"),
        ("pakar", "pakar"),
        ("profesional", "profesional"),
    ] {
        if t.contains(w) {
            out.push(c);
        }
    }
    if out.is_empty() && t.contains("unsur eksternal") {
        out.push("eksternal");
    }
    out
}

/// The standing a panel's internal members must have: "Pansel dari internal
/// harus memiliki kedudukan minimal sama dari jabatan yang akan diisi" →
/// `pansel NAME kedudukan internal paling rendah jabatan_lowong`.
fn standing(t: &str, context: &str) -> Option<String> {
    let panel = ["pansel", "panitia seleksi"]
        .iter()
        .any(|w| t.contains(w) || context.contains(w));
    let rank = t.contains("kedudukan") || t.contains("eselon") || t.contains("jabatan");
    let at_least = [
        "minimal sama",
        "paling rendah sama",
        "sekurang-kurangnya sama",
        "setara atau lebih tinggi",
    ]
    .iter()
    .any(|w| t.contains(w));
    let vacancy = [
        "jabatan yang akan diisi",
        "jabatan yang lowong",
        "jabatan yang akan diduduki",
    ]
    .iter()
    .any(|w| t.contains(w));
    if !(panel && rank && at_least && vacancy && t.contains("internal")) {
        return None;
    }
    let name = if context.contains("mutasi") || t.contains("mutasi") {
        "mutasi"
    } else {
        "seleksi"
    };
    Some(format!(
        "pansel {name} kedudukan internal paling rendah jabatan_lowong"
    ))
}

/// Members per category: "3 (tiga) orang anggota dari unsur akademisi/pakar",
/// or an item under "panitia seleksi terdiri atas unsur:" (each element at
/// least once) → `pansel NAME anggota CATEGORIES BOUND`.
fn members(t: &str, context: &str, qs: &[Quantity]) -> Option<String> {
    let panel_chapeau = (context.contains("pansel") || context.contains("panitia seleksi"))
        && context
            .trim_end()
            .trim_end_matches(':')
            .trim_end()
            .ends_with("unsur");
    // A role's holder ("diketuai oleh …", "sebagai sekretaris") is no member count.
    if ["ketua", "sekretaris"].iter().any(|w| t.contains(w)) {
        return None;
    }
    let counted = qs.iter().find(|q| q.unit == "orang");
    let bound = match counted {
        Some(q) if t.contains("anggota") || panel_chapeau => {
            format!("{} {}", comparator(q.bound, false, false), number(q.value))
        }
        None if panel_chapeau => "paling sedikit 1".to_string(),
        _ => return None,
    };
    let cats = categories(t);
    if cats.is_empty() {
        return None;
    }
    let name = if context.contains("mutasi") || t.contains("mutasi") {
        "mutasi"
    } else {
        "seleksi"
    };
    // Under "… dapat terdiri atas unsur:" an uncounted item is an element the
    // panel may have, not a number of members it must.
    if counted.is_none() && optional(context) {
        return Some(format!("pansel {name} unsur {}", cats.join(", ")));
    }
    Some(format!("pansel {name} anggota {} {bound}", cats.join("|")))
}

/// An element allowed for some posts only: "khusus untuk JPT Sekretaris
/// Daerah, Pansel dapat diangkat dari Pemerintah Provinsi …" → `dapat pansel
/// seleksi unsur pemerintah_provinsi jika jabatan_lowong adalah
/// sekretaris_daerah`. The posts are returned in the rule; the caller
/// declares those not yet declared.
fn provincial(t: &str, context: &str) -> Option<String> {
    let panel = ["pansel", "panitia seleksi"]
        .iter()
        .any(|w| t.contains(w) || last_chapeau(context).contains(w));
    let from_province = [
        "diangkat dari pemerintah provinsi",
        "berasal dari pemerintah provinsi",
    ]
    .iter()
    .any(|w| t.contains(w));
    if !panel || !from_province {
        return None;
    }
    let rest = &t[t.find("khusus untuk ")? + "khusus untuk ".len()..];
    let end = [",", " pansel", " panitia", " dapat "]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()?;
    let mut posts = rest[..end].trim();
    for lead in [
        "jabatan pimpinan tinggi pratama ",
        "jabatan pimpinan tinggi ",
        "pejabat pimpinan tinggi ",
        "jpt pratama ",
        "jpt ",
        "jabatan ",
    ] {
        if let Some(p) = posts.strip_prefix(lead) {
            posts = p;
            break;
        }
    }
    let names: Vec<String> = posts
        .split(" dan ")
        .flat_map(|p| p.split(" atau "))
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .filter(|p| (1..=3).contains(&p.split_whitespace().count()))
        .map(|p| slug(p, 3))
        .filter(|p| !p.starts_with("butir_"))
        .collect();
    if names.is_empty() {
        return None;
    }
    let name = if context.contains("mutasi") || t.contains("mutasi") {
        "mutasi"
    } else {
        "seleksi"
    };
    Some(format!(
        "dapat pansel {name} unsur pemerintah_provinsi jika jabatan_lowong adalah {}",
        names.join("|")
    ))
}

/// Who holds a panel role: a level ("pejabat JPT pratama …"), a member
/// category the language knows ("tokoh masyarakat", "unsur eksternal"), else
/// the post named (declared as a post class elsewhere, or the rule is demoted).
fn role_holder(h: &str) -> String {
    // "1 (satu) orang pejabat …": the holder after the count.
    let h = h.find("orang ").map_or(h, |p| &h[p + "orang ".len()..]);
    const KNOWN: &[(&str, &str)] = &[
        ("pimpinan tinggi pratama", "jpt_pratama"),
        ("jpt pratama", "jpt_pratama"),
        ("tokoh masyarakat", "tokoh_masyarakat"),
        ("akademisi", "akademisi"),
        ("unsur eksternal", "eksternal"),
        ("unsur internal", "internal"),
    ];
    if let Some((_, k)) = KNOWN.iter().find(|(w, _)| h.contains(w)) {
        return k.to_string();
    }
    // "pimpinan unit kerja yang membidangi pengawasan …": the office and what
    // it handles, so that two units of one kind keep two names.
    if let Some((head, rel)) = h.split_once(" yang ") {
        if let Some(what) = rel.split_whitespace().nth(1) {
            return slug(&format!("{head} {what}"), 4);
        }
    }
    slug(h, 3)
}

/// Panel roles under a chapeau about a panel's members: "Sekretaris Daerah
/// sebagai ketua merangkap anggota", "Ketua merangkap anggota: Sekretaris Daerah"
/// → `pansel NAME peran ketua oleh sekretaris_daerah`.
fn role(t: &str, context: &str) -> Option<String> {
    let about_panel = ["pansel", "panitia seleksi", "sekretariat", "tim "]
        .iter()
        .any(|w| context.contains(w));
    if !about_panel {
        return None;
    }
    let role_of = |s: &str| -> Option<&'static str> {
        let s = s.trim_start();
        [
            ("wakil ketua", "wakil_ketua"),
            ("ketua", "ketua"),
            ("sekretaris", "sekretaris"),
            ("anggota", "anggota"),
        ]
        .iter()
        .find(|(w, _)| {
            s.starts_with(w)
                && s[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|(_, r)| *r)
    };
    let (role, holder) = if let Some(p) = t.find(" sebagai ") {
        (role_of(&t[p + " sebagai ".len()..])?, &t[..p])
    } else if let Some(p) = t.find(':') {
        (role_of(&t[..p])?, &t[p + 1..])
    } else {
        return None;
    };
    let holders: Vec<String> = holder
        .split(" atau ")
        .map(|h| h.trim_end_matches("dan/").trim())
        .filter(|h| !h.is_empty())
        .map(role_holder)
        .collect();
    if holders.is_empty() || holders.iter().any(|h| h.starts_with("butir_")) {
        return None;
    }
    let holder = holders.join("|");
    let name = if context.contains("sekretariat") {
        "sekretariat"
    } else if context.contains("mutasi") {
        "mutasi"
    } else {
        "seleksi"
    };
    Some(format!("pansel {name} peran {role} oleh {holder}"))
}

#[cfg(test)]
mod tests {
    use super::super::words::quantities;
    use super::*;

    fn of(t: &str, context: &str) -> Vec<String> {
        rules(t, context, &quantities(t))
    }

    #[test]
    fn an_optional_composition_gives_optional_elements_and_roles() {
        let may = "tim seleksi kabupaten: panitia seleksi jabatan administrator dapat terdiri atas unsur:";
        assert_eq!(
            of("pejabat dari instansi pemerintah lain;", may),
            ["dapat pansel seleksi unsur pejabat_instansi_lain"]
        );
        assert_eq!(
            of("akademisi atau profesional.", may),
            ["dapat pansel seleksi unsur akademisi, profesional"]
        );
        assert_eq!(
            of("kepala badan kepegawaian sebagai ketua;", may),
            ["dapat pansel seleksi peran ketua oleh kepala_badan_kepegawaian"]
        );
        // the same items under a composition the chapeau requires
        let must = "pansel mutasi terdiri atas unsur:";
        assert_eq!(
            of("pejabat dari instansi pemerintah lain;", must),
            ["pansel mutasi anggota pejabat_instansi_lain paling sedikit 1"]
        );
        assert_eq!(
            of("kepala badan kepegawaian sebagai ketua;", must),
            ["pansel mutasi peran ketua oleh kepala_badan_kepegawaian"]
        );
    }

    #[test]
    fn members_by_role_are_named_by_what_their_office_handles() {
        let c = "susunan panitia seleksi terdiri atas:";
        assert_eq!(
            of(
                "kepala bidang yang menangani mutasi pegawai sebagai anggota;",
                c
            ),
            ["pansel seleksi peran anggota oleh kepala_bidang_mutasi"]
        );
        assert_eq!(
            of("sekretaris daerah sebagai ketua merangkap anggota;", c),
            ["pansel seleksi peran ketua oleh sekretaris_daerah"]
        );
    }

    #[test]
    fn an_element_allowed_for_some_posts_only() {
        let c = "panitia seleksi terdiri atas unsur:";
        assert_eq!(
            of(
                "khusus untuk jpt sekretaris daerah, pansel dapat diangkat dari pemerintah provinsi maluku.",
                c
            ),
            ["dapat pansel seleksi unsur pemerintah_provinsi jika jabatan_lowong adalah sekretaris_daerah"]
        );
        assert_eq!(
            of(
                "khusus untuk jabatan pimpinan tinggi inspektur atau kepala bappeda, anggota dapat berasal dari pemerintah provinsi;",
                c
            ),
            ["dapat pansel seleksi unsur pemerintah_provinsi jika jabatan_lowong adalah inspektur|kepala_bappeda"]
        );
        // no panel in sight, or no post named
        assert!(of(
            "khusus untuk sekretaris daerah, pejabat dapat diangkat dari pemerintah provinsi.",
            "jabatan yang lowong:"
        )
        .is_empty());
        assert!(of("pansel dapat diangkat dari pemerintah provinsi.", c).is_empty());
    }
}
