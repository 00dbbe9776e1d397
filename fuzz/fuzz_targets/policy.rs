//! Any bytes through the whole front end: load, parse, resolve, lint, and,
//! when the policy compiles, render it. Nothing may panic or hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pasal::analysis::Options;

fuzz_target!(|data: &[u8]| {
    let compiled = pasal::driver::compile_bytes("fuzz.pasal", data, None, &Options::default());
    if let Some(policy) = compiled.policy.filter(|_| !compiled.unusable) {
        let doc = pasal::render::Document::from_policy(&policy, Default::default());
        let _ = pasal::render::markdown::render(&doc);
        let _ = pasal::render::html::render(&doc);
    }
});
