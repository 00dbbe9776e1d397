//! `pasal fmt` round trip: whatever it accepts, its output formats to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(once) = pasal::format::format_bytes("fuzz.pasal", data) {
        let twice = pasal::format::format_text("fuzz.pasal", &once);
        assert_eq!(
            twice.as_deref().ok(),
            Some(once.as_str()),
            "fmt is not idempotent"
        );
    }
});
