//! `pasal import` on any bytes, as text and as a Word file: it imports or
//! refuses, and what it writes always formats (so it parses) — the importer
//! turns any rule it wrote that does not compile back into a note.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["fuzz.txt", "fuzz.docx"] {
        if let Ok(imported) = pasal::import::import_bytes(name, data) {
            let formatted = pasal::format::format_text("fuzz.pasal", &imported.source);
            assert!(
                formatted.is_ok(),
                "the imported policy does not format: {formatted:?}"
            );
        }
    }
});
