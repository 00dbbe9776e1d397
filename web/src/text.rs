//! The page's own words, each in English and Indonesian written together
//! (`pasal::messages::Text`); the page asks for them through [`crate::ui_text`].
//! `{name}` marks a number the page puts in.

use pasal::messages::{label, Text};

const fn t(en: &'static str, id: &'static str) -> Text {
    Text { en, id }
}

/// Every text of the page, by the key app.js and index.html use.
pub const TEXTS: &[(&str, Text)] = &[
    ("title", t("pasal in the browser", "pasal di peramban")),
    ("subtitle", t(
        "Review a peraturan on filling senior posts: its findings, their explanations, its rules, and a selection case judged against it.",
        "Tinjau peraturan tentang pengisian jabatan pimpinan tinggi: temuannya, penjelasannya, aturannya, dan kasus seleksi yang diuji terhadapnya.",
    )),
    ("privacy", t(
        "Nothing leaves your browser. The pasal compiler runs inside this page (WebAssembly): the file you open or the text you paste is read in memory here and is never sent anywhere. After the page has loaded it makes no network request at all; you can disconnect and go on working.",
        "Tidak ada yang keluar dari peramban Anda. Kompilator pasal berjalan di dalam halaman ini (WebAssembly): berkas yang Anda buka atau teks yang Anda tempel dibaca di memori di sini dan tidak dikirim ke mana pun. Setelah halaman dimuat, halaman ini tidak membuat permintaan jaringan sama sekali; Anda dapat memutus koneksi dan tetap bekerja.",
    )),
    ("language", t("Language", "Bahasa")),
    ("open_file", t("Open a file: a policy (.pasal), a text draft (.txt, .md) or a Word draft (.docx)", "Buka berkas: kebijakan (.pasal), naskah teks (.txt, .md) atau naskah Word (.docx)")),
    ("or_paste", t("or paste its text", "atau tempel teksnya")),
    ("paste_as", t("Pasted text is", "Teks yang ditempel adalah")),
    ("kind_policy", t("a policy (.pasal)", "kebijakan (.pasal)")),
    ("kind_draft", t("a draft (.txt)", "naskah (.txt)")),
    ("check", t("Check", "Periksa")),
    ("loading", t("Loading the compiler…", "Memuat kompilator…")),
    ("file", t("File", "Berkas")),
    ("draft_note", t(
        "A draft: it was imported into a policy in memory; findings point at the draft's own lines.",
        "Naskah: diimpor menjadi kebijakan di memori; temuan menunjuk baris naskah itu sendiri.",
    )),
    ("unusable", t(
        "The file could not be read as a whole peraturan; the findings say why.",
        "Berkas tidak dapat dibaca sebagai peraturan yang utuh; temuan menjelaskan sebabnya.",
    )),
    ("tab_document", t("Peraturan", "Peraturan")),
    ("tab_findings", t("Findings", "Temuan")),
    ("tab_rules", t("Rules", "Aturan")),
    ("tab_verify", t("Verify a case", "Uji kasus")),
    ("tab_codes", t("Codes", "Kode")),
    ("summary", t(
        "{errors} error(s), {warnings} warning(s), {infos} info, {acknowledged} acknowledged",
        "{errors} kesalahan, {warnings} peringatan, {infos} info, {acknowledged} diakui",
    )),
    ("no_findings", t("No findings.", "Tidak ada temuan.")),
    ("acknowledged", t("acknowledged", "diakui")),
    ("line", t("line", "baris")),
    ("help", t("Help", "Saran")),
    ("elsewhere", t("Findings not at a clause of the text", "Temuan yang tidak berada pada pasal naskah")),
    ("click_hint", t("Click a finding for its explanation.", "Klik temuan untuk penjelasannya.")),
    ("explain_what", t("What it checks and why it matters", "Apa yang diperiksa dan mengapa penting")),
    ("explain_bad", t("Bad example", "Contoh buruk")),
    ("explain_good", t("Good example", "Contoh baik")),
    ("explain_other", t("Dalam Bahasa Indonesia", "In English")),
    ("default_severity", t("default severity", "tingkat bawaan")),
    ("close", t("Close", "Tutup")),
    ("rule", t("Rule", "Aturan")),
    ("clause", t("Clause", "Ketentuan")),
    ("category", t("Category", "Kategori")),
    ("scope", t("Levels / mechanisms", "Jenjang / mekanisme")),
    ("summary_col", t("Summary", "Ringkasan")),
    ("rule_count", t("{n} rule(s)", "{n} aturan")),
    ("no_policy", t("Open a policy or a draft first.", "Buka kebijakan atau naskah dulu.")),
    ("case_label", t(
        "A selection case as JSON, as `pasal verify POLICY CASE` reads it (docs/case.md)",
        "Kasus seleksi dalam JSON, seperti yang dibaca `pasal verify KEBIJAKAN KASUS` (docs/case.md)",
    )),
    ("open_case", t("Open a case file (.json)", "Buka berkas kasus (.json)")),
    ("verify", t("Verify", "Uji")),
    ("case_refused", t("The case was refused:", "Kasus ditolak:")),
    ("verdict_counts", t(
        "{satisfied} satisfied, {violated} violated, {unknown} unknown, {not_applicable} not applicable",
        "{satisfied} dipenuhi, {violated} dilanggar, {unknown} tidak diketahui, {not_applicable} tidak berlaku",
    )),
    ("candidate", t("candidate", "calon")),
    ("facts", t("facts", "fakta")),
    ("satisfied", label::SATISFIED),
    ("violated", label::VIOLATED),
    ("unknown", label::UNKNOWN),
    ("code", t("Code", "Kode")),
    ("name", t("Name", "Nama")),
    ("family", t("Family", "Kelompok")),
    ("severity", t("Severity", "Tingkat")),
    ("error", t("error", "kesalahan")),
    ("warning", t("warning", "peringatan")),
    ("info", t("info", "info")),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_every_text_has_both_languages() {
        let mut keys: Vec<&str> = TEXTS.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n, "a key is used twice");
        for (k, t) in TEXTS {
            assert!(!t.en.trim().is_empty() && !t.id.trim().is_empty(), "{k}");
        }
    }
}
