//! Unit tests of the procedure phrases, on sentences written for them.

use super::*;

fn actors() -> Actors {
    Actors::builtin()
}

fn one(t: &str, holder: Option<&str>) -> Vec<String> {
    rules(&actors(), t, holder).rules
}

#[test]
fn a_decree_is_named_as_printed_and_signed_by_the_office_acting() {
    let a = Actors::from_definitions(["PPK adalah Gubernur."]);
    assert_eq!(
        rules(
            &a,
            "ketentuan lebih lanjut mengenai uji kompetensi diatur dengan peraturan gubernur.",
            None
        )
        .rules,
        [
            "wajib ketentuan_lebih_lanjut",
            "wajib penetapan oleh ppk melalui peraturan_gubernur"
        ]
    );
    assert!(
        one("jadwal seleksi ditetapkan dengan keputusan bupati.", None)
            .contains(&"wajib penetapan oleh bupati melalui keputusan_bupati".to_string())
    );
}

#[test]
fn consultations_for_some_vacant_posts_only() {
    assert_eq!(
        one(
            "khusus untuk jabatan sekretaris dprd, sebelum ditetapkan oleh ppk dikonsultasikan dengan pimpinan dprd.",
            None
        ),
        ["wajib konsultasi oleh ppk dengan pimpinan_dprd sebelum pengangkatan jika jabatan_lowong adalah sekretaris_dprd"]
    );
    assert_eq!(
        one(
            "dalam hal gubernur selaku ppk mengisi jabatan yang memimpin inspektorat, harus terlebih dahulu berkonsultasi kepada menteri dalam negeri.",
            None
        ),
        ["wajib konsultasi oleh ppk dengan menteri_dalam_negeri sebelum pengangkatan jika jabatan_lowong adalah inspektur"]
    );
    assert_eq!(
        one(
            "pembentukan panitia seleksi untuk jabatan inspektur ditetapkan oleh ppk setelah berkonsultasi dengan gubernur.",
            None
        ),
        [
            "wajib pembentukan_panitia_seleksi oleh ppk jika jabatan_lowong adalah inspektur",
            "wajib konsultasi oleh ppk dengan gubernur sebelum pembentukan_pansel jika jabatan_lowong adalah inspektur"
        ]
    );
    assert_eq!(
        one(
            "dalam hal jabatan yang lowong adalah sekretaris daerah, ppk berkoordinasi dengan gubernur sebelum pengangkatan.",
            None
        ),
        ["wajib koordinasi oleh ppk dengan gubernur sebelum pengangkatan jika jabatan_lowong adalah sekretaris_daerah"]
    );
    // a post named elsewhere in the sentence limits nothing
    assert_eq!(
        vacant_posts("ppk berkoordinasi dengan sekretaris daerah."),
        None
    );
}

#[test]
fn a_condition_that_denies_is_a_negated_fact() {
    let f = rules(
        &actors(),
        "dalam hal uji kompetensi sebagaimana dimaksud pada ayat (2) tidak menghasilkan calon yang memenuhi syarat, pengisian dilakukan melalui seleksi terbuka.",
        None,
    );
    assert_eq!(
        f.rules,
        ["wajib pengisian_melalui_seleksi jika tidak menghasilkan_calon_memenuhi_syarat"]
    );
    assert_eq!(
        f.condition.as_deref(),
        Some("menghasilkan_calon_memenuhi_syarat")
    );
    // no comma: the main clause starts at its modal or passive verb
    assert_eq!(
        one(
            "apabila ditemukan berkas palsu dapat dilakukan klarifikasi dengan instansi terkait.",
            None
        ),
        ["dapat klarifikasi_instansi_terkait dengan instansi_terkait jika ditemukan_berkas_palsu"]
    );
    // "maka" opens the main clause
    assert_eq!(
        condition("dalam hal pelamar tidak hadir maka pelamar dinyatakan gugur.")
            .map(|(c, m)| (c, m.to_string())),
        Some((
            "tidak pelamar_hadir".into(),
            "pelamar dinyatakan gugur.".into()
        ))
    );
    // one word denied: the thing it is denied of names the fact
    assert_eq!(
        condition(
            "dalam hal kuota sebagaimana dimaksud pada ayat (1) tidak terpenuhi, seleksi diulang."
        )
        .map(|(c, _)| c),
        Some("tidak kuota_terpenuhi".into())
    );
}

#[test]
fn a_recommendation_obtained_first_precedes_the_act() {
    let r = one(
        "tim seleksi dibentuk oleh ppk setelah mendapatkan rekomendasi dari kasn.",
        None,
    );
    assert!(
        r.contains(&"wajib rekomendasi dari kasn sebelum pembentukan_pansel".to_string()),
        "{r:?}"
    );
    let r = one(
        "calon yang telah lulus dan memperoleh persetujuan gubernur diangkat oleh bupati.",
        None,
    );
    assert!(
        r.contains(&"wajib persetujuan dari gubernur sebelum pengangkatan".to_string()),
        "{r:?}"
    );
    // obtained, but nothing said to follow it
    let r = one("pelamar memperoleh rekomendasi dari ppk.", None);
    assert!(
        r.contains(&"wajib rekomendasi dari ppk".to_string()),
        "{r:?}"
    );
}

#[test]
fn the_one_whose_needs_a_step_follows_decides_it() {
    assert_eq!(
        one(
            "urutan tes dapat diubah sesuai dengan kebutuhan panitia seleksi.",
            None
        ),
        ["dapat urutan_tes_diubah oleh panitia_seleksi"]
    );
    // an actor named outright wins
    assert_eq!(
        one("jadwal ditetapkan oleh ppk sesuai kebutuhan pansel.", None),
        ["wajib jadwal_ditetapkan_ppk oleh ppk"]
    );
}

#[test]
fn closing_and_budget_phrases() {
    assert_eq!(
        one(
            "peraturan gubernur ini mulai berlaku pada tanggal diundangkan.",
            None
        ),
        ["wajib berlaku_sejak_diundangkan"]
    );
    // a regulation's other provisions are no entry into force
    assert_ne!(
        one("peraturan bupati ini berlaku bagi seluruh pns.", None),
        ["wajib berlaku_sejak_diundangkan"]
    );
    assert_eq!(
        one("biaya seleksi di bebankan pada apbd.", None),
        ["wajib biaya_seleksi_bebankan melalui apbd"]
    );
}

#[test]
fn the_reach_of_an_announcement_is_its_channel() {
    assert_eq!(
        one(
            "seleksi dilaksanakan secara terbuka pada tingkat nasional atau antar kabupaten/kota dalam satu provinsi.",
            None
        ),
        ["wajib seleksi_secara_terbuka melalui tingkat_nasional|antar_kabupaten_kota_dalam_provinsi"]
    );
    assert_eq!(
        one(
            "lowongan jabatan pengawas diumumkan di internal lingkungan pemerintah kabupaten.",
            None
        ),
        ["wajib lowongan_jabatan_pengawas melalui internal_pemerintah_daerah"]
    );
    // the reach and the medium are each required
    assert_eq!(
        one(
            "pengumuman dilakukan di internal instansi melalui papan pengumuman kantor.",
            None
        ),
        [
            "wajib pengumuman_internal_instansi melalui papan_pengumuman_kantor",
            "wajib pengumuman_internal_instansi melalui internal_instansi"
        ]
    );
    assert_eq!(
        one("pengisian dilakukan antar kabupaten/kota.", None),
        ["wajib pengisian_antar_kabupaten melalui antar_kabupaten_kota"]
    );
}

#[test]
fn actions_name_actor_party_and_timing() {
    assert_eq!(
        one(
            "penetapan pengukuhan oleh pejabat pembina kepegawaian dilaporkan kepada kasn.",
            None
        ),
        ["wajib penetapan_pengukuhan_pejabat oleh ppk kepada kasn"]
    );
    assert_eq!(
        one(
            "bupati wajib berkonsultasi dengan gubernur sebelum pelantikan.",
            None
        ),
        ["wajib konsultasi oleh bupati dengan gubernur sebelum pelantikan"]
    );
    let a = actors();
    let holder = duty_holder(&a, "tugas panitia seleksi meliputi:");
    assert_eq!(
        one("menyusun jadwal seleksi;", holder.as_deref()),
        ["wajib menyusun_jadwal_seleksi oleh panitia_seleksi"]
    );
    assert!(one("jabatan yang lowong;", None).is_empty());
}

#[test]
fn the_subject_is_the_actor_before_the_verb() {
    // (and the opening "dalam hal …," is the condition of the act)
    assert_eq!(
        one(
            "dalam hal jabatan lowong, ppk dapat menunjuk pelaksana tugas.",
            None
        ),
        ["dapat ppk_menunjuk_pelaksana oleh ppk jika jabatan_lowong"]
    );
    let a = actors();
    assert_eq!(
        duty_holder(&a, "sekretariat pansel mempunyai tugas:").as_deref(),
        Some("sekretariat_pansel")
    );
}

#[test]
fn coordination_before_forming_a_panel() {
    assert_eq!(
        one(
            "dalam membentuk pansel, ppk berkoordinasi dengan kasn.",
            None
        ),
        ["wajib koordinasi oleh ppk dengan kasn sebelum pembentukan_pansel"]
    );
    let r = one(
        "pansel sebagaimana dimaksud pada ayat (1) dibentuk oleh pejabat pembina kepegawaian setelah berkoordinasi dengan kasn.",
        None,
    );
    assert!(
        r.contains(&"wajib koordinasi oleh ppk dengan kasn sebelum pembentukan_pansel".to_string()),
        "{r:?}"
    );
    // a secretariat is not the panel: no event
    let r = one(
        "pansel dapat dibantu oleh sekretariat pansel yang dibentuk oleh ppk setelah berkoordinasi dengan kasn.",
        None,
    );
    assert!(
        r.contains(&"wajib koordinasi oleh ppk dengan kasn".to_string()),
        "{r:?}"
    );
}

#[test]
fn decrees_channels_and_recommendations() {
    let r = one(
        "pembentukan pansel ditetapkan dengan keputusan wali kota.",
        None,
    );
    assert!(
        r.contains(&"wajib penetapan oleh walikota melalui keputusan_walikota".to_string()),
        "{r:?}"
    );
    let r = one(
        "pengumuman lowongan wajib dilakukan secara terbuka melalui media cetak nasional dan/atau media elektronik (termasuk media online).",
        None,
    );
    assert_eq!(
        r,
        ["wajib pengumuman_lowongan_secara melalui media_cetak_nasional|media_elektronik"]
    );
    // a mechanism is not a channel
    assert!(channels("pengisian jpt dilakukan melalui mekanisme mutasi").is_empty());
    let r = one(
        "hasil seleksi disampaikan kepada kasn untuk mendapatkan rekomendasi sebelum pelantikan.",
        None,
    );
    assert_eq!(
        r,
        ["wajib hasil_seleksi_disampaikan kepada kasn sebelum pelantikan"]
    );
    let r = one(
        "pelantikan dilakukan setelah mendapat rekomendasi dari kasn.",
        None,
    );
    assert!(
        r.contains(&"wajib rekomendasi dari kasn sebelum pelantikan".to_string()),
        "{r:?}"
    );
}

#[test]
fn a_relative_clause_is_the_actors_condition() {
    assert_eq!(
        one(
            "peserta yang telah dinyatakan lulus wajib menyerahkan hasil uji kesehatan.",
            None
        ),
        ["wajib menyerahkan_hasil_uji oleh peserta jika dinyatakan_lulus"]
    );
}

#[test]
fn the_actor_of_a_chapeau_holds_its_items() {
    let a = actors();
    assert_eq!(
        duty_holder(
            &a,
            "panitia seleksi menyampaikan hasil penilaian dengan ketentuan sebagai berikut:"
        ),
        Some("panitia_seleksi".to_string())
    );
    // a chapeau that does not end with ':' or whose verb is not active
    assert_eq!(
        duty_holder(&a, "panitia seleksi menyampaikan hasil penilaian."),
        None
    );
    assert_eq!(duty_holder(&a, "pansel terdiri atas unsur:"), None);
}

#[test]
fn the_one_helped_and_a_partner_together() {
    assert_eq!(
        one(
            "dalam melaksanakan tugas sebagaimana dimaksud dalam pasal 10, pansel dibantu oleh sekretariat.",
            None
        ),
        ["wajib melaksanakan_tugas oleh sekretariat_pansel kepada panitia_seleksi"]
    );
    assert_eq!(
        one("pansel memantapkan standar kompetensi bersama kasn.", None),
        ["wajib pansel_memantapkan_standar oleh panitia_seleksi dengan kasn"]
    );
}

#[test]
fn an_office_passed_through_is_a_channel() {
    assert_eq!(
        one("hasil seleksi disampaikan kepada ppk melalui pyb.", None),
        ["wajib hasil_seleksi_disampaikan kepada ppk melalui pyb"]
    );
}

#[test]
fn the_budget_a_cost_is_charged_to() {
    assert_eq!(
        one(
            "anggaran yang diperlukan dalam pelaksanaan seleksi dibebankan pada anggaran pendapatan dan belanja daerah.",
            None
        ),
        ["wajib anggaran_diperlukan_pelaksanaan melalui apbd"]
    );
}

#[test]
fn a_passive_norm_is_a_duty() {
    assert_eq!(
        one(
            "tahapan seleksi sebagaimana dimaksud dalam pasal 5 ayat (1) huruf d dilakukan sesuai kebutuhan organisasi.",
            None
        ),
        ["wajib tahapan_seleksi"]
    );
    // a definition is not a norm
    assert!(one("seleksi adalah proses yang dilakukan oleh instansi.", None).is_empty());
}

#[test]
fn a_partner_named_outright() {
    assert_eq!(
        one(
            "tes kesehatan dapat dilakukan bekerjasama dengan unit pelayanan kesehatan pemerintah;",
            None
        ),
        ["dapat tes_kesehatan_bekerjasama dengan unit_pelayanan_kesehatan_pemerintah"]
    );
    // a pause or a clause word ends the partner's name
    assert_eq!(
        one(
            "seleksi dapat dilakukan bekerja sama dengan perguruan tinggi yang terakreditasi.",
            None
        ),
        ["dapat seleksi_bekerja_sama dengan perguruan_tinggi"]
    );
}

#[test]
fn helpers_offices_and_optional_steps() {
    // the helper acts, for the one it helps
    assert_eq!(
        one("pansel dapat dibantu oleh asesor.", None),
        ["dapat pansel_dibantu_asesor oleh asesor kepada panitia_seleksi"]
    );
    // a step done by one and allowed to be helped by another: the help is optional
    assert_eq!(
        one(
            "soal tertulis disusun oleh pansel dan dapat dibantu oleh asesor.",
            None
        ),
        [
            "wajib soal_tertulis_disusun oleh panitia_seleksi",
            "dapat soal_tertulis_disusun oleh asesor"
        ]
    );
    // "X selaku PPK": the office it acts in
    let r = one(
        "dalam hal bupati selaku ppk menetapkan sekretaris daerah, harus berkoordinasi dengan gubernur.",
        None,
    );
    assert_eq!(
        r,
        ["wajib koordinasi oleh ppk dengan gubernur jika jabatan_lowong adalah sekretaris_daerah"]
    );
    // a reference between the subject and its verb
    assert_eq!(
        one(
            "sekretariat sebagaimana dimaksud pada ayat (1) memiliki tugas memberikan dukungan kepada pansel.",
            None
        ),
        ["wajib sekretariat oleh sekretariat_pansel kepada panitia_seleksi"]
    );
    // a step taken only when needed
    assert_eq!(
        one(
            "melakukan wawancara apabila dipandang perlu;",
            Some("tim_evaluasi")
        ),
        ["dapat melakukan_wawancara_apabila oleh tim_evaluasi"]
    );
    // the subject's own modal, not an earlier one in another clause
    assert_eq!(
        one(
            "bagi pelamar yang tidak dapat hadir, pansel dapat menjadwalkan ulang.",
            None
        ),
        ["dapat pelamar_tidak_hadir oleh panitia_seleksi"]
    );
}

#[test]
fn events_as_drafts_name_them() {
    assert_eq!(
        timing("3 bulan sebelum masa jabatannya berakhir"),
        Some(("sebelum", "akhir_masa_jabatan"))
    );
    assert_eq!(
        timing("setelah pengumuman ditutup"),
        Some(("setelah", "batas_lamaran"))
    );
    assert_eq!(timing("sesudah dilantik"), Some(("setelah", "pelantikan")));
    assert_eq!(
        timing("sebelum dilakukan pengangkatan"),
        Some(("sebelum", "pengangkatan"))
    );
    assert_eq!(timing("setelah wawancara"), None);
}

#[test]
fn either_of_two_actors() {
    assert_eq!(
        one("ppk dan/atau pyb menyampaikan laporan kepada kasn.", None),
        ["wajib ppk_pyb_menyampaikan oleh ppk|pyb kepada kasn"]
    );
}

#[test]
fn an_extension_is_no_ones_duty() {
    assert_eq!(
        one(
            "masa jabatan dapat diperpanjang dengan terlebih dahulu melakukan evaluasi.",
            None
        ),
        ["dapat masa_jabatan_diperpanjang"]
    );
    let r = one("masa jabatan wajib diperpanjang setelah evaluasi", None);
    assert_eq!(r, ["wajib masa_jabatan_diperpanjang setelah evaluasi"]);
}

#[test]
fn a_helper_named_outright() {
    assert_eq!(
        one(
            "panitia seleksi dapat dibantu oleh tim penilai (assessor) yang independen.",
            None
        ),
        ["dapat panitia_seleksi_dibantu oleh asesor kepada panitia_seleksi"]
    );
    assert_eq!(
        one(
            "pansel dapat dibantu oleh tim ahli kepegawaian untuk menilai makalah.",
            None
        ),
        ["dapat pansel_dibantu_tim oleh tim_ahli_kepegawaian kepada panitia_seleksi"]
    );
}

#[test]
fn a_relative_clause_closed_by_maka_is_the_condition() {
    assert_eq!(
        one(
            "pegawai yang dinyatakan lulus uji kompetensi sebagaimana dimaksud pada ayat (2), maka ppk menetapkan keputusan pengangkatan.",
            None
        ),
        ["wajib ppk_menetapkan_keputusan oleh ppk jika dinyatakan_lulus_uji_kompetensi"]
    );
    assert_eq!(
        relative_condition(
            &actors(),
            "pejabat yang tidak hadir, maka jabatannya dinyatakan lowong."
        )
        .map(|(c, _)| c),
        Some("tidak hadir".into())
    );
}

#[test]
fn what_a_step_follows_is_a_norm() {
    assert_eq!(
        one(
            "penempatan pejabat sebagaimana dimaksud pada ayat (1) mengacu pada hasil uji kompetensi.",
            None
        ),
        ["wajib penempatan_pejabat"]
    );
    // an opening adverbial is no norm of its own
    assert!(one("berdasarkan hasil evaluasi itu.", None).is_empty());
}

#[test]
fn a_heading_printed_into_the_clause_ends_at_its_full_stop() {
    assert_eq!(
        one(
            "laporan seleksi. ppk menyampaikan laporan pelaksanaan seleksi kepada kasn.",
            None
        ),
        ["wajib laporan_seleksi_ppk oleh ppk kepada kasn"]
    );
}

#[test]
fn offices_a_step_is_addressed_to() {
    assert_eq!(
        one(
            "klarifikasi dilakukan kepada para kepala perangkat daerah yang bersangkutan.",
            None
        ),
        ["wajib klarifikasi_kepada_para kepada kepala_perangkat_daerah"]
    );
}

#[test]
fn a_helper_after_the_one_it_helps() {
    assert_eq!(
        one(
            "wawancara dilakukan oleh panitia seleksi, dibantu oleh sekretariat.",
            None
        ),
        ["wajib wawancara_panitia_seleksi oleh sekretariat_pansel kepada panitia_seleksi"]
    );
}

#[test]
fn where_the_actor_does_it() {
    assert_eq!(
        one(
            "tes kesehatan dilakukan oleh pelamar di rumah sakit daerah atau klinik.",
            None
        ),
        ["wajib tes_kesehatan_pelamar oleh pelamar melalui rumah_sakit_daerah|klinik"]
    );
    // the actor's own body is no place
    assert_eq!(
        one(
            "penilaian dilakukan oleh tim penilai kinerja di instansinya.",
            None
        ),
        ["wajib penilaian_tim_penilai oleh tim_penilai_kinerja"]
    );
    assert_eq!(
        one(
            "seleksi dilakukan oleh pansel di lingkungan pemerintah daerah.",
            None
        ),
        ["wajib seleksi_pansel_lingkungan oleh panitia_seleksi"]
    );
}

#[test]
fn a_step_done_by_one_and_helped_by_another() {
    assert_eq!(
        one(
            "penilaian dilakukan oleh tim evaluasi dan dapat dibantu oleh unsur akademisi.",
            None
        ),
        [
            "wajib penilaian_tim_evaluasi oleh tim_evaluasi",
            "dapat penilaian_tim_evaluasi oleh unsur_akademisi"
        ]
    );
}

#[test]
fn what_has_happened_first_is_the_condition() {
    let f = rules(
        &actors(),
        "setelah 2 (dua) kali diperpanjang namun pelamar hanya berjumlah 3 (tiga) orang, kasn dapat memberikan rekomendasi.",
        None,
    );
    assert_eq!(
        f.rules,
        ["dapat kasn_memberikan_rekomendasi oleh kasn jika kali_diperpanjang_namun_pelamar"]
    );
    // no comma: no condition read
    assert_eq!(condition("setelah itu pansel menetapkan hasil."), None);
}

#[test]
fn time_in_post_first_is_a_condition_on_the_term() {
    let f = rules(
        &actors(),
        "setelah 5 (lima) tahun sejak diangkat, ppk dapat memperpanjang masa jabatan yang bersangkutan.",
        None,
    );
    assert_eq!(
        f.rules,
        ["dapat ppk_memperpanjang_masa oleh ppk jika masa_jabatan paling sedikit 5 tahun"]
    );
    assert_eq!(f.condition, None);
}

#[test]
fn a_time_the_act_keeps_to_is_its_window() {
    let f = rules(
        &actors(),
        "evaluasi dilakukan oleh ppk 3 (tiga) bulan sebelum masa jabatannya berakhir.",
        None,
    );
    assert_eq!(
        f.rules,
        [
            "wajib evaluasi_ppk_3 oleh ppk",
            "waktu evaluasi_ppk_3 tepat 3 bulan sebelum akhir_masa_jabatan"
        ]
    );
    assert!(f.notes.is_empty(), "{:?}", f.notes);
}
