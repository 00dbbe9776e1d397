//! Words of `pasal import` (`src/import/`, `src/cli/import.rs`).

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// A PDF.
    PDF = "a PDF" / "sebuah PDF";
    /// How to read a PDF.
    PDF_HELP = "convert it to text first: `pdftotext -layout FILE.pdf FILE.txt`, then `pasal import FILE.txt`" / "ubah dulu menjadi teks: `pdftotext -layout FILE.pdf FILE.txt`, lalu `pasal import FILE.txt`";
    /// An old Word file.
    NOT_DOCX = "not a .docx Word file" / "bukan berkas Word .docx";
    /// How to read an old Word file.
    NOT_DOCX_HELP = "convert it first: `libreoffice --headless --convert-to docx FILE`, then import the .docx (or save it as plain text)" / "ubah dulu: `libreoffice --headless --convert-to docx FILE`, lalu impor berkas .docx-nya (atau simpan sebagai teks biasa)";
    /// A zip archive not named .docx.
    ZIP = "a zip archive (a Word .docx?)" / "arsip zip (berkas Word .docx?)";
    /// How to read it.
    ZIP_HELP = "save it as plain text (UTF-8) and import the .txt" / "simpan sebagai teks biasa (UTF-8) lalu impor berkas .txt-nya";
    /// A broken .docx.
    BROKEN_DOCX_HELP = "open it in Word or LibreOffice and save it again as .docx, or save it as plain text (UTF-8) and import the .txt" / "buka di Word atau LibreOffice lalu simpan lagi sebagai .docx, atau simpan sebagai teks biasa (UTF-8) dan impor berkas .txt-nya";
    /// Text not in UTF-8.
    NOT_UTF8_HELP = "save the draft as UTF-8 text (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)" / "simpan naskah sebagai teks UTF-8 (misalnya `iconv -f WINDOWS-1252 -t UTF-8`)";
    /// An empty draft.
    EMPTY_HELP = "import reads the text of a peraturan: its title, its Pasal and their ayat" / "import membaca teks peraturan: judulnya, Pasal-Pasalnya beserta ayatnya";
    /// A draft with no Pasal.
    NO_PASAL_HELP = "import reads the text of a peraturan, with each article headed `Pasal N` on a line of its own" / "import membaca teks peraturan yang setiap pasalnya berjudul `Pasal N` pada barisnya sendiri";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// A file of a kind import does not read.
    cannot_read_kind(name, what) = "`{name}` is {what}, which import cannot read" / "`{name}` adalah {what}, yang tidak dapat dibaca import";
    /// A .docx that cannot be read.
    broken_docx(name, error) = "`{name}`: {error}" / "`{name}`: {error}";
    /// Not UTF-8.
    not_utf8(name, offset) = "`{name}` is not UTF-8 text (invalid byte at offset {offset})" / "`{name}` bukan teks UTF-8 (bita tidak sah pada posisi {offset})";
    /// Empty.
    empty(name) = "`{name}` is empty" / "`{name}` kosong";
    /// No Pasal heading.
    no_pasal(name) = "`{name}` does not read as a peraturan: no `Pasal` heading was found" / "`{name}` tidak terbaca sebagai peraturan: tidak ada judul `Pasal`";
    /// The importer's own output does not compile.
    does_not_compile(name, first) = "the policy imported from `{name}` does not compile ({first}); please report this draft" / "kebijakan hasil impor `{name}` tidak dapat dikompilasi ({first}); mohon laporkan naskah ini";
    /// The importer's own output cannot be formatted.
    cannot_format(name, error) = "the policy imported from `{name}` cannot be formatted: {error}" / "kebijakan hasil impor `{name}` tidak dapat diformat: {error}";
    }
);
