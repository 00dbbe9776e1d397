//! Words of the syntax stage: reading the file and parsing it (`src/syntax/`).

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// PSL002.
    NOT_UTF8 = "file is not valid UTF-8" / "berkas bukan UTF-8 yang sah";
    /// PSL002's help.
    NOT_UTF8_HELP = "save the file as UTF-8 (text pasted from a PDF or a Windows code page often is not)" / "simpan berkas sebagai UTF-8 (teks yang disalin dari PDF atau dari code page Windows sering tidak demikian)";
    /// The file-size finding's help.
    TOO_LARGE_HELP = "a peraturan is a few hundred kilobytes at most: check that this is a policy file" / "satu peraturan paling banyak beberapa ratus kilobita: periksa bahwa ini berkas kebijakan";
    /// A byte order mark.
    BOM = "file starts with a byte order mark (BOM)" / "berkas diawali byte order mark (BOM)";
    /// Its help.
    BOM_HELP = "save the file as UTF-8 without BOM (`pasal fmt` removes it)" / "simpan berkas sebagai UTF-8 tanpa BOM (`pasal fmt` menghapusnya)";
    /// CRLF line ends.
    CRLF = "file has CRLF line ends" / "akhir baris berkas berupa CRLF";
    /// Its help.
    CRLF_HELP = "save the file with LF line ends (`pasal fmt` rewrites it)" / "simpan berkas dengan akhir baris LF (`pasal fmt` menuliskannya ulang)";
    /// An empty file.
    EMPTY = "file is empty" / "berkas kosong";
    /// Its help.
    EMPTY_HELP = "a policy starts with a `peraturan { … }` identity block" / "kebijakan diawali blok identitas `peraturan { … }`";
    /// Help of nesting too deep.
    TOO_DEEP_HELP = "clauses nest at most a few levels (Pasal, ayat, huruf, angka …) and conditions a few parentheses deep: close the open `{` or `(`" / "ketentuan bersarang paling banyak beberapa tingkat (Pasal, ayat, huruf, angka …) dan syarat paling banyak beberapa tanda kurung: tutup `{` atau `(` yang terbuka";
    /// A string never closed.
    UNCLOSED_STRING = "string is never closed" / "string tidak pernah ditutup";
    /// Its help.
    UNCLOSED_STRING_HELP = "add the closing `\"`; write a quote inside text as `\\\"`" / "tambahkan `\"` penutup; tulis tanda petik di dalam teks sebagai `\\\"`";
    /// Help of a syntax error inside a clause.
    IN_CLAUSE_HELP = "inside a clause write its text as `\"…\"`, sub-clauses (`ayat (1)`, `huruf a`, `angka 1`), rules (`syarat …`, `pansel …`, `wajib …`) or close it with `}`; see docs/language.md" / "di dalam ketentuan tulis teksnya sebagai `\"…\"`, sub-ketentuan (`ayat (1)`, `huruf a`, `angka 1`), aturan (`syarat …`, `pansel …`, `wajib …`) atau tutup dengan `}`; lihat docs/language.md";
    /// Help of any other syntax error.
    SYNTAX_HELP = "see docs/language.md for the syntax of this construct" / "lihat docs/language.md untuk sintaks konstruksi ini";
    /// A unit with nothing in it.
    EMPTY_UNIT = "empty unit" / "unit kosong";
    /// The end of a unit, where something was expected.
    END_OF_UNIT = "the end of the unit" / "akhir unit";
    /// A `{` left open.
    UNCLOSED_BRACE = "the unit ends before its `{` is closed" / "unit berakhir sebelum `{`-nya ditutup";
    /// `ayat 2`.
    AYAT_PARENTHESES = "`ayat` takes its number in parentheses, as the law writes it: `ayat (2)`" / "nomor `ayat` ditulis di dalam tanda kurung, seperti dalam peraturan: `ayat (2)`";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// The file-size finding.
    too_large(bytes, limit) = "file is {bytes} bytes; the limit is {limit} bytes" / "berkas berukuran {bytes} bita; batasnya {limit} bita";
    /// Nesting too deep.
    too_deep(levels) = "nesting deeper than {levels} levels" / "tingkat bersarang lebih dari {levels} tingkat";
    /// Something at column 1 that does not start a unit.
    at_column_one(found) = "unexpected {found} at column 1: a line at column 1 must start a unit (`pasal`, `bab`, `bagian`, `paragraf`, …); indent everything else" / "{found} tidak terduga di kolom 1: baris yang dimulai di kolom 1 harus membuka unit (`pasal`, `bab`, `bagian`, `paragraf`, …); beri indentasi pada baris lainnya";
    /// A misspelt keyword.
    did_you_mean(word, keyword) = "unknown keyword `{word}`; did you mean `{keyword}`?" / "kata kunci `{word}` tidak dikenal; maksudnya `{keyword}`?";
    /// Something not allowed where it stands.
    not_allowed(found, what) = "unexpected {found}: {what} is not allowed here" / "{found} tidak terduga: {what} tidak boleh ada di sini";
    /// Something unexpected.
    unexpected(found) = "unexpected {found}" / "{found} tidak terduga";
    /// Something unexpected, with what was expected.
    expected(found, what) = "unexpected {found}, expected {what}" / "{found} tidak terduga, seharusnya {what}";
    }
);
