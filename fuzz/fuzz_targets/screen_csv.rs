//! A CSV talent pool: every record read gives exactly one verdict line.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pasal::check::screen::{run_csv, Screener};

#[path = "screen_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let screener = Screener::new(common::program(), common::reference(), "fuzz.csv".into());
    let mut out = Vec::new();
    if let Ok(summary) = run_csv(&screener, data, &mut out, 1, &mut |_| {}) {
        let lines = out.iter().filter(|b| **b == b'\n').count() as u64;
        assert_eq!(
            lines, summary.records,
            "records judged != verdict lines out"
        );
    }
});
