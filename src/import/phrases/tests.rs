//! Unit tests of the walk over a draft: lists, requirements, posts and
//! parts, on drafts written for them.

use super::either;
use super::*;

/// Each clause's text and the rules read from it, in document order.
fn read(text: &str) -> Vec<(String, Vec<String>)> {
    fn walk(c: &Clause, out: &mut Vec<(String, Vec<String>)>) {
        out.push((c.text.clone().unwrap_or_default(), c.rules.clone()));
        for sub in c.sub_clauses() {
            walk(sub, out);
        }
    }
    let mut doc = crate::import::structure::read(&crate::import::text::clean(text));
    annotate(&mut doc);
    let mut out = Vec::new();
    for b in &doc.body {
        if let Block::Pasal(p) = b {
            walk(p, &mut out);
        }
    }
    out
}

/// The rules read from the clause whose text starts with `start`.
fn at(read: &[(String, Vec<String>)], start: &str) -> Vec<String> {
    read.iter()
        .find(|(t, _)| t.starts_with(start))
        .map(|(_, r)| r.clone())
        .unwrap_or_default()
}

#[test]
fn a_passive_requirement_is_said_of_the_candidate() {
    let r = read(
        "Pasal 5\nSyarat calon meliputi:\na. diusulkan oleh PPK instansi asal; dan\nb. berkas diverifikasi oleh PPK.",
    );
    assert_eq!(
        at(&r, "diusulkan"),
        [
            "fakta diusulkan_ppk_instansi_asal",
            "syarat diusulkan_ppk_instansi_asal"
        ]
    );
    // a subject of its own: someone's procedure
    assert!(
        at(&r, "berkas").iter().any(|x| x.contains("oleh ppk")),
        "{r:?}"
    );
}

#[test]
fn in_a_part_about_mutation_the_panel_is_the_mutation_panel() {
    let text = "BAB II\nMUTASI\nPasal 2\n(1) Pansel Mutasi dibentuk oleh PPK.\n(2) Pansel melakukan wawancara.\n(3) Pansel berjumlah 5 (lima) orang.\nBAB III\nSELEKSI TERBUKA\nPasal 3\nPansel melakukan wawancara.";
    let r = read(text);
    let mutation: Vec<&Vec<String>> = r
        .iter()
        .filter(|(t, _)| t.starts_with("Pansel melakukan"))
        .map(|(_, x)| x)
        .collect();
    assert_eq!(
        mutation,
        [
            &vec!["wajib pansel_melakukan_wawancara oleh pansel_mutasi".to_string()],
            &vec!["wajib pansel_melakukan_wawancara oleh panitia_seleksi".to_string()]
        ]
    );
    assert_eq!(at(&r, "Pansel berjumlah"), ["pansel mutasi jumlah tepat 5"]);
    assert_eq!(
        as_mutation_panel("wajib x oleh ppk|panitia_seleksi kepada panitia_seleksi_2"),
        "wajib x oleh ppk|pansel_mutasi kepada panitia_seleksi_2"
    );
}

#[test]
fn items_complete_a_chapeau_that_ends_on_a_preposition() {
    let r = read(
        "Pasal 8\nPansel memilih 3 (tiga) calon terbaik dan disampaikan kepada:\na. PPK melalui PyB; dan\nb. KASN.",
    );
    assert!(
        at(&r, "PPK melalui").contains(
            &"wajib pansel_memilih_3 oleh panitia_seleksi kepada ppk melalui pyb".to_string()
        ),
        "{r:?}"
    );
    assert!(
        at(&r, "KASN")
            .contains(&"wajib pansel_memilih_3 oleh panitia_seleksi kepada kasn".to_string()),
        "{r:?}"
    );
}

#[test]
fn an_act_detailed_by_its_items_is_no_list() {
    let r = read(
        "Pasal 9\nPansel menyampaikan hasil seleksi dengan ketentuan sebagai berikut:\na. untuk JPT Pratama disampaikan kepada PPK; dan\nb. untuk Jabatan Pengawas disampaikan kepada PyB.\nPasal 10\nPengumuman memuat hal sebagai berikut:\na. jadwal; dan\nb. tempat.",
    );
    assert!(at(&r, "Pansel menyampaikan").is_empty(), "{r:?}");
    assert!(at(&r, "untuk JPT Pratama")
        .iter()
        .any(|x| x.contains("oleh panitia_seleksi kepada ppk")));
    // a list of contents stays a list
    assert_eq!(
        at(&r, "Pengumuman memuat"),
        ["daftar pengumuman_memuat_hal lengkap"]
    );
}

#[test]
fn the_day_an_age_limit_is_counted_on_said_apart() {
    let r = read(
        "Pasal 4\nSyarat calon:\na. usia paling tinggi 56 (lima puluh enam) tahun;\nb. sehat.\nPasal 5\nPersyaratan usia paling tinggi adalah usia pada saat diangkat dalam jabatan, kecuali bagi pejabat yang ditetapkan Presiden.",
    );
    assert_eq!(
        at(&r, "usia paling tinggi 56"),
        ["syarat usia paling tinggi 56 tahun pada pengangkatan kecuali pejabat_ditetapkan_presiden"]
    );
    assert_eq!(
        at(&r, "Persyaratan usia"),
        ["fakta pejabat_ditetapkan_presiden"]
    );
}

#[test]
fn evidence_a_requirement_accepts() {
    let r = read(
        "Pasal 6\nPengalaman sebagaimana dimaksud dalam Pasal 5 dibuktikan dengan:\na. surat keterangan atasan; atau\nb. sertifikat profesi.",
    );
    assert_eq!(
        at(&r, "Pengalaman"),
        ["syarat surat_keterangan_atasan atau sertifikat_profesi"]
    );
    assert_eq!(
        at(&r, "surat keterangan"),
        ["fakta surat_keterangan_atasan"]
    );
    assert_eq!(at(&r, "sertifikat"), ["fakta sertifikat_profesi"]);
}

#[test]
fn where_candidates_come_from() {
    let r = read(
        "Pasal 3\n(1) Jabatan Pengawas diisi dari PNS di lingkungan Pemerintah Kabupaten.\n(2) JPT Pratama dapat diisi dari PNS di luar lingkungan Pemerintah Kabupaten.",
    );
    assert_eq!(
        at(&r, "Jabatan Pengawas"),
        [
            "fakta pns_pemerintah_kabupaten",
            "syarat pns_pemerintah_kabupaten"
        ]
    );
    assert_eq!(
        at(&r, "JPT Pratama"),
        ["dapat syarat tidak pns_pemerintah_kabupaten"]
    );
}

#[test]
fn a_defined_post_with_its_eselon_is_a_post_class() {
    let r = read(
        "Pasal 1\nDalam Peraturan ini yang dimaksud dengan:\n1. Jabatan Administrator adalah jabatan yang setara dengan jabatan struktural eselon III.\n2. Kota adalah Kota Contoh.",
    );
    assert_eq!(
        at(&r, "Jabatan Administrator"),
        [
            "jabatan jabatan_administrator eselon III.a, III.b",
            "istilah jabatan_administrator"
        ]
    );
    assert_eq!(at(&r, "Kota adalah"), ["istilah kota"]);
}

#[test]
fn requirements_under_a_heading_about_the_panel_are_the_members() {
    let r = read(
        "Pasal 4\n(1) Tim Seleksi\na. Persyaratan\n1. berpendidikan paling rendah sarjana;\n2. tidak menjadi pengurus partai politik.\n\
         (2) Calon\na. Persyaratan\n1. tidak menjadi pengurus partai politik.",
    );
    // the panel's members: a list of what they must meet, no candidate rule
    assert_eq!(
        at(&r, "Persyaratan"),
        ["butir persyaratan", "daftar persyaratan lengkap"]
    );
    assert!(at(&r, "berpendidikan")
        .iter()
        .all(|x| x.starts_with("butir ")));
    // the candidates': a requirement each
    let candidate = r
        .iter()
        .filter(|(t, _)| t.starts_with("tidak menjadi"))
        .nth(1)
        .map(|(_, r)| r.clone())
        .unwrap_or_default();
    assert!(
        candidate.iter().any(|x| x.starts_with("syarat ")),
        "{candidate:?}"
    );
}

#[test]
fn a_requirement_that_accepts_either_of_two() {
    assert_eq!(
        either("mendapatkan rekomendasi atau persetujuan dari pyb; dan"),
        Some(("rekomendasi_pyb".into(), "persetujuan_pyb".into()))
    );
    assert_eq!(
        either("memiliki sertifikat atau ijazah."),
        Some(("sertifikat".into(), "ijazah".into()))
    );
    // one thing, a list, or a long alternative: not read as two facts
    assert_eq!(either("memiliki integritas dan moralitas yang baik;"), None);
    assert_eq!(either("sehat jasmani atau rohani;"), None);
    assert_eq!(
        either("memiliki pengalaman jabatan dalam bidang tugas yang terkait atau setara;"),
        None
    );
}
