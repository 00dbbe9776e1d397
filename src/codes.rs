//! Explanations of the compiler's own finding codes (input, syntax and
//! resolution), in the same shape as lints, so `pasal explain` covers every code.

use crate::analysis::Lint;
use crate::diagnostics::Severity;

macro_rules! code {
    ($code:literal, $name:literal, $family:literal, $sev:ident, $en:literal, $id:literal, $bad:literal, $good:literal) => {
        Lint {
            code: $code,
            name: $name,
            family: $family,
            severity: Severity::$sev,
            label_en: "",
            help_en: "",
            help_id: "",
            explain_en: $en,
            explain_id: $id,
            bad: $bad,
            good: $good,
        }
    };
}

/// Input, syntax and resolution codes.
pub const COMPILER: &[Lint] = &[
    code!("PSL000", "unreadable-file", "input", Error, "The file could not be read (missing, a folder, no permission).", "Berkas tidak dapat dibaca (tidak ada, berupa folder, atau tanpa izin).", "pasal check policies/tidak-ada.pasal", "pasal check policies/kota-pagar-alam-2021-25.pasal"),
    code!("PSL001", "syntax-error", "syntax", Error, "A unit (identity, heading, Pasal …) does not follow the grammar. Each unit is parsed on its own, so every unit with an error is reported; the message says what was found and what was expected there.", "Satu unit (identitas, judul, Pasal …) tidak sesuai tata bahasa. Setiap unit diurai sendiri-sendiri, sehingga setiap unit yang salah dilaporkan; pesannya menyebut apa yang ditemukan dan apa yang diharapkan.", "huruf a \"sehat;\" => syarot sehat", "huruf a \"sehat;\" => syarat sehat"),
    code!("PSL002", "invalid-utf8", "input", Error, "The file is not valid UTF-8. Text pasted from PDFs or saved in a Windows code page often is not; the compiler will not guess the encoding of the law's text.", "Berkas bukan UTF-8 yang sah. Teks yang ditempel dari PDF atau disimpan dengan halaman kode Windows sering tidak; kompilator tidak menebak pengodean teks hukum.", "(bytes 0xFF 0xFE inside a string)", "(the same text saved as UTF-8)"),
    code!("PSL003", "byte-order-mark", "input", Error, "The file starts with a byte order mark. It is invisible in editors and breaks byte-exact comparison of policies.", "Berkas diawali tanda urutan bita (BOM). Tanda itu tidak terlihat di penyunting dan merusak perbandingan persis antarkebijakan.", "\\u{FEFF}peraturan {", "peraturan {"),
    code!("PSL004", "crlf-line-ends", "input", Error, "The file has CRLF (Windows) line ends. Policies use LF so that diffs and reviews show only real changes.", "Berkas memakai akhir baris CRLF (Windows). Kebijakan memakai LF agar perbandingan dan telaah hanya menampilkan perubahan nyata.", "pasal 1 \"…\"\\r\\n", "pasal 1 \"…\"\\n"),
    code!("PSL005", "empty-file", "input", Error, "The file holds nothing but white space.", "Berkas hanya berisi spasi.", "", "peraturan { … }"),
    code!("PSL006", "file-too-large", "input", Error, "The file is larger than 8 MB. A whole peraturan is a few hundred kilobytes; a larger file is almost certainly not a policy.", "Berkas lebih besar dari 8 MB. Satu peraturan utuh hanya beberapa ratus kilobita; berkas sebesar itu hampir pasti bukan kebijakan.", "(a 50 MB log file)", "policies/kota-pagar-alam-2021-25.pasal"),
    code!("PSL007", "nesting-too-deep", "syntax", Error, "Braces nest deeper than 48 levels. Clauses nest a few levels (Pasal, ayat, huruf, angka, and a nested huruf or angka); deeper nesting is an unclosed `{`.", "Kurung kurawal bersarang lebih dari 48 tingkat. Ketentuan hanya bersarang beberapa tingkat (Pasal, ayat, huruf, angka); sarang yang lebih dalam berarti ada `{` yang tidak ditutup.", "pasal 1 { ayat (1) { huruf a { { { …", "pasal 1 { ayat (1) { huruf a \"…\" } }"),
    code!("PSL008", "unclosed-string", "syntax", Error, "A string opened with `\"` does not close before the next unit. Write a quote inside the law's text as `\\\"`.", "String yang dibuka dengan `\"` tidak ditutup sebelum unit berikutnya. Tulis tanda petik di dalam teks sebagai `\\\"`.", "pasal 1 \"Teks yang tidak ditutup", "pasal 1 \"Teks yang ditutup.\""),
    code!("PSL101", "duplicate-number", "resolution", Error, "A Pasal, ayat, huruf or angka number is used twice where numbers must be unique. Every citation of that number becomes ambiguous; the compiler cites the duplicates with their heading (`Pasal 25 (BAB V)`).", "Nomor Pasal, ayat, huruf, atau angka dipakai dua kali padahal harus unik. Setiap sebutan nomor itu menjadi bermakna ganda; kompilator menyebut duplikatnya dengan judulnya (`Pasal 25 (BAB V)`).", "pasal 25 \"…\"\npasal 25 \"…\"", "pasal 25 \"…\"\npasal 26 \"…\""),
    code!("PSL102", "unresolved-reference", "resolution", Error, "A cross-reference — written with `rujuk`/`dasar`, or in the clause text as \"sebagaimana dimaksud dalam Pasal … / pada ayat …\" — names a clause that does not exist. The rule it imports is then undefined.", "Rujukan silang — ditulis dengan `rujuk`/`dasar`, atau dalam teks sebagai \"sebagaimana dimaksud dalam Pasal … / pada ayat …\" — menyebut ketentuan yang tidak ada. Aturan yang dirujuknya menjadi tidak terdefinisi.", "\"kriteria sebagaimana dimaksud dalam Pasal 11 ayat (1)\"   // Pasal 11 has no ayat", "\"kriteria sebagaimana dimaksud dalam Pasal 8\""),
    code!("PSL103", "unknown-name", "resolution", Error, "A name the language does not know: a fact not declared with `fakta`, a level, mechanism, event, jenjang, panel category or role, eselon, golongan or list.", "Nama yang tidak dikenal: fakta yang tidak dinyatakan dengan `fakta`, jenjang, mekanisme, peristiwa, unsur atau peran pansel, eselon, golongan, atau daftar.", "syarat rekam_jejak_baik   // never declared", "fakta rekam_jejak_baik\nsyarat rekam_jejak_baik"),
    code!("PSL104", "type-mismatch", "resolution", Error, "A value of the wrong kind: a percent where years are expected, a duration where a count is expected, a comparison on a yes/no fact.", "Nilai yang jenisnya salah: persen padahal yang diharapkan tahun, jangka waktu padahal yang diharapkan jumlah, perbandingan pada fakta ya/tidak.", "syarat usia paling tinggi 45%", "syarat usia paling tinggi 56 tahun pada pengangkatan"),
    code!("PSL105", "duplicate-definition", "resolution", Error, "A fact or post class is defined twice, a built-in fact is redefined, or the file has two identity blocks.", "Fakta atau kelas jabatan didefinisikan dua kali, fakta bawaan didefinisikan ulang, atau berkas mempunyai dua blok identitas.", "fakta sehat", "syarat sehat"),
    code!("PSL106", "unknown-identity-field", "resolution", Error, "The identity block has a field the language does not know, or an unknown kind of regulation or region.", "Blok identitas memuat isian yang tidak dikenal, atau jenis peraturan atau daerah yang tidak dikenal.", "nomer 25", "nomor 25"),
    code!("PSL107", "incomplete-identity", "resolution", Error, "The identity block lacks `jenis`, `nomor`, `tahun` or `tentang`: a peraturan cannot be cited without them.", "Blok identitas tidak memuat `jenis`, `nomor`, `tahun`, atau `tentang`: peraturan tidak dapat disebut tanpanya.", "peraturan { jenis peraturan_walikota }", "peraturan { jenis peraturan_walikota nomor 25 tahun 2021 tentang \"…\" }"),
    code!("PSL108", "baseline-unavailable", "resolution", Error, "A baseline named by `mengikuti` cannot be read, or has errors of its own; rules cannot be compared with national law.", "Baseline yang disebut `mengikuti` tidak dapat dibaca atau mempunyai kesalahan sendiri; aturan tidak dapat dibandingkan dengan hukum nasional.", "mengikuti \"nasional/pp-11-2071.pasal\"", "mengikuti \"nasional/pp-11-2017.pasal\""),
    code!("PSL109", "invalid-date", "resolution", Error, "A date that is not on the calendar (2023-02-30, month 13).", "Tanggal yang tidak ada dalam kalender (2023-02-30, bulan 13).", "ditetapkan di \"Tarakan\" tanggal 2023-02-30 oleh \"WALI KOTA TARAKAN\"", "ditetapkan di \"Tarakan\" tanggal 2023-05-17 oleh \"WALI KOTA TARAKAN\""),
    code!("PSL110", "item-without-list", "resolution", Error, "A `butir` list item has no `daftar` above it to belong to.", "`butir` tidak mempunyai `daftar` di atasnya.", "huruf a \"…\" => butir nama_jabatan", "ayat (2) \"… harus memuat:\" { daftar isi_pengumuman lengkap  huruf a \"…\" => butir nama_jabatan }"),
    code!("PSL901", "rule-violated", "verdicts", Error, "A verdict of `pasal verify` in SARIF or GitHub output: the case breaks the rule at this clause. The message says what the rule requires, the explanation why the case breaks it, and the facts used.", "Putusan `pasal verify` dalam keluaran SARIF atau GitHub: keadaan itu melanggar aturan pada ketentuan ini. Pesannya menyebut apa yang diwajibkan aturan, penjelasan mengapa dilanggar, dan fakta yang dipakai.", "usia 57 tahun pada tanggal pengangkatan, batas paling tinggi 56 tahun", "usia 56 tahun pada tanggal pengangkatan"),
    code!("PSL902", "rule-unknown", "verdicts", Warning, "A verdict of `pasal verify` in SARIF or GitHub output: a fact needed to judge the rule is missing from the case, so the rule is neither satisfied nor violated. Add the fact to the case.", "Putusan `pasal verify` dalam keluaran SARIF atau GitHub: fakta yang diperlukan untuk menilai aturan tidak ada dalam kasus, sehingga aturan itu tidak dapat dinyatakan dipenuhi atau dilanggar. Tambahkan fakta itu ke kasus.", "a candidate with no birth date, judged against an age limit", "the same candidate with `birth_date`"),
];
