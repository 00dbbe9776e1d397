//! Lists a sentence states inline, without items of their own: "Wawancara …
//! yang mencakup peminatan, motivasi, perilaku dan karakter." → a required
//! list of those four; "paling sedikit meliputi …" leaves it open, "… atau …"
//! makes it a choice.

use super::words::slug;

/// Words that introduce the members of a list.
const INTRODUCERS: &[&str] = &[
    " mencakup ",
    " meliputi ",
    " terdiri atas ",
    " terdiri dari ",
];

/// The kind (`lengkap`, `terbuka`, `pilihan`) and the items of a list the
/// sentence (lower case) ends with; none unless there are at least two short
/// items (at most three words each).
pub fn inline(t: &str) -> Option<(&'static str, Vec<String>)> {
    let (at, intro) = INTRODUCERS
        .iter()
        .filter_map(|w| t.find(w).map(|p| (p, *w)))
        .min()?;
    let rest = t[at + intro.len()..].trim_end();
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    if rest.contains([':', ';', '(', ')']) {
        return None;
    }
    let open = t[..at].ends_with("paling sedikit") || t[..at].ends_with("sekurang-kurangnya");
    let choice = rest.contains(" atau ");
    let mut items = Vec::new();
    for part in rest
        .split(", ")
        .flat_map(|p| p.split(" dan/atau "))
        .flat_map(|p| p.split(" dan "))
        .flat_map(|p| p.split(" atau "))
    {
        let part = part.trim();
        let n = part.split_whitespace().count();
        if !(1..=3).contains(&n)
            || !part
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        {
            return None;
        }
        let name = slug(part, 3);
        if name.starts_with("butir_") {
            return None;
        }
        if !items.contains(&name) {
            items.push(name);
        }
    }
    if items.len() < 2 {
        return None;
    }
    let kind = if choice {
        "pilihan"
    } else if open {
        "terbuka"
    } else {
        "lengkap"
    };
    Some((kind, items))
}

#[cfg(test)]
mod tests {
    use super::inline;

    #[test]
    fn lists_stated_inline() {
        assert_eq!(
            inline("tes tertulis mencakup pengetahuan umum, bahasa inggris dan penalaran."),
            Some((
                "lengkap",
                vec![
                    "pengetahuan_umum".into(),
                    "bahasa_inggris".into(),
                    "penalaran".into()
                ]
            ))
        );
        assert_eq!(
            inline("berkas paling sedikit meliputi ijazah dan transkrip."),
            Some(("terbuka", vec!["ijazah".into(), "transkrip".into()]))
        );
        assert_eq!(
            inline("sanksi terdiri atas teguran atau pemberhentian."),
            Some(("pilihan", vec!["teguran".into(), "pemberhentian".into()]))
        );
        // long items, a chapeau, one item: no inline list
        assert_eq!(
            inline("tugas meliputi menyusun jadwal seleksi yang akan dilaksanakan dan mengumumkan hasil."),
            None
        );
        assert_eq!(inline("persyaratan meliputi:"), None);
        assert_eq!(inline("penilaian meliputi wawancara."), None);
    }
}
