//! The case loader (`pasal verify`'s input): any text is a case or a list of errors.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = pasal::check::case::load_case(text);
    }
});
