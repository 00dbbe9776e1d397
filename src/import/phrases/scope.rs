//! Which levels and mechanisms a part of the document governs, from its words.

/// The levels a regulation covers, from its subject (`tentang`): JPT Pratama
/// always; Administrator and Pengawas when named.
pub fn levels(tentang: &str) -> Vec<&'static str> {
    let t = tentang.to_lowercase();
    let mut out = vec!["jpt_pratama"];
    if t.contains("administrator") {
        out.push("administrator");
    }
    if t.contains("pengawas") {
        out.push("pengawas");
    }
    out
}

/// The mechanism a heading's title names.
pub fn mechanism(title: &str) -> Option<&'static str> {
    let t = title.to_lowercase();
    Some(if t.contains("ketentuan umum") {
        "umum"
    } else if t.contains("pengukuhan") {
        "pengukuhan"
    } else if t.contains("uji kesesuaian") {
        "uji_kesesuaian"
    } else if t.contains("mutasi") || t.contains("rotasi") {
        "mutasi"
    } else if t.contains("talenta") || t.contains("talent") {
        "manajemen_talenta"
    } else if t.contains("penataan") {
        "penataan_organisasi"
    } else if t.contains("terbuka") || t.contains("seleksi") {
        "seleksi_terbuka"
    } else if t.contains("masa jabatan")
        || t.contains("monitoring")
        || t.contains("evaluasi")
        || t.contains("pemberhentian")
    {
        "masa_jabatan"
    } else {
        return None;
    })
}

/// A mechanism named in a Pasal's own text ("… melalui uji kesesuaian …"),
/// when exactly one is.
pub fn mechanism_in_text(text: &str) -> Option<&'static str> {
    let named: Vec<&str> = [
        ("melalui pengukuhan", "pengukuhan"),
        ("uji kesesuaian", "uji_kesesuaian"),
        ("melalui mutasi", "mutasi"),
        ("secara terbuka", "seleksi_terbuka"),
        ("seleksi terbuka", "seleksi_terbuka"),
        ("manajemen talenta", "manajemen_talenta"),
    ]
    .iter()
    .filter(|(phrase, _)| text.contains(phrase))
    .map(|(_, m)| *m)
    .collect();
    match named.as_slice() {
        [one] => Some(one),
        [first, rest @ ..] if rest.iter().all(|m| m == first) => Some(first),
        _ => None,
    }
}

/// `untuk jpt_pratama, administrator melalui mutasi`.
pub fn render(levels: &[&str], mechanism: &str) -> String {
    format!("untuk {} melalui {mechanism}", levels.join(", "))
}
