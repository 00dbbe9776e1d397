//! A JSON Lines talent pool: every non-blank line gives exactly one verdict line.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pasal::check::screen::{run_jsonl, Screener};

#[path = "screen_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let screener = Screener::new(common::program(), common::reference(), "fuzz.jsonl".into());
    let mut out = Vec::new();
    let summary =
        run_jsonl(&screener, data, &mut out, 1, &mut |_| {}).expect("reading a slice cannot fail");
    // A byte order mark at the start is skipped, as `run_jsonl` does.
    let records = data
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(data)
        .split(|b| *b == b'\n')
        .filter(|l| !std::str::from_utf8(l).is_ok_and(|t| t.trim().is_empty()))
        .count() as u64;
    assert_eq!(summary.records, records, "records in != records judged");
    let lines = out.iter().filter(|b| **b == b'\n').count() as u64;
    assert_eq!(lines, records, "records in != verdict lines out");
});
