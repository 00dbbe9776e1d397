//! `pasal screen` on malformed input, through the built binary: records in =
//! records out whatever the input, every bad record's error line names its own
//! line, and what cannot be screened at all (a header with a repeated column,
//! a file of unknown format) stops before any record with exit status 2.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::eligibility::{Program, Reference};
use pasal::check::screen::{run_csv, Screener};
use pasal::ir::{Level, Mechanism};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn policy() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/kota-pagar-alam-2021-25.pasal")
}

/// `pasal screen POLICY FILE --date 2024-06-03 ARGS…`, FILE holding `input`.
fn screen_file(input: &[u8], name: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(name);
    std::fs::write(&file, input).expect("write input");
    Command::new(env!("CARGO_BIN_EXE_pasal"))
        .arg("screen")
        .arg(policy())
        .arg(&file)
        .args(["--date", "2024-06-03", "--threads", "2"])
        .args(args)
        .output()
        .expect("run pasal")
}

/// The same, reading standard input (`-`).
fn screen_stdin(input: &[u8], args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .arg("screen")
        .arg(policy())
        .arg("-")
        .args(["--date", "2024-06-03", "--threads", "2"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pasal");
    let mut stdin = child.stdin.take().expect("stdin");
    let bytes = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer").expect("write stdin");
    out
}

fn verdicts(o: &Output) -> Vec<Value> {
    String::from_utf8(o.stdout.clone())
        .expect("verdicts are UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each verdict line is JSON"))
        .collect()
}

/// What a physical line of input must give.
#[derive(Clone, Copy)]
enum Expect {
    /// Not a record (an empty line): no verdict line.
    Nothing,
    /// A verdict: eligible, ineligible or unknown.
    Verdict,
    /// An error line naming this line, its message containing the text.
    Error(&'static str),
}

/// Joins the lines with `end`; line 1 is `header` when there is one.
fn build(header: Option<&[u8]>, lines: &[(&[u8], Expect)], end: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for l in header.into_iter().chain(lines.iter().map(|(l, _)| *l)) {
        out.extend_from_slice(l);
        out.extend_from_slice(end);
    }
    out
}

/// Checks the verdict lines against the expectation of each input line (the
/// first input line is `first`): one verdict line per record, in order, each
/// naming its line, errors where expected with their message.
fn check(o: &Output, lines: &[(&[u8], Expect)], first: u64, what: &str) {
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{what}: {stderr}");
    let got = verdicts(o);
    let want: Vec<(u64, Expect)> = lines
        .iter()
        .enumerate()
        .filter(|(_, (_, e))| !matches!(e, Expect::Nothing))
        .map(|(i, (_, e))| (first + i as u64, *e))
        .collect();
    assert_eq!(
        got.len(),
        want.len(),
        "{what}: records in != verdict lines out\n{}",
        String::from_utf8_lossy(&o.stdout)
    );
    for (v, (line, e)) in got.iter().zip(&want) {
        assert_eq!(v["line"].as_u64(), Some(*line), "{what}: {v}");
        let status = v["status"].as_str().expect("status");
        let message = v["message"].as_str().expect("message");
        match e {
            Expect::Verdict => assert_ne!(status, "error", "{what}: line {line}: {v}"),
            Expect::Error(text) => {
                assert_eq!(status, "error", "{what}: line {line}: {v}");
                assert!(
                    message.starts_with(&format!("line {line}: ")),
                    "{what}: the message names its line: {v}"
                );
                assert!(message.contains(text), "{what}: `{text}` in {v}");
            }
            Expect::Nothing => unreachable!(),
        }
    }
    let malformed = want
        .iter()
        .filter(|(_, e)| matches!(e, Expect::Error(_)))
        .count();
    assert!(
        stderr.contains(&format!("{} record(s)", want.len()))
            && stderr.contains(&format!("{malformed} malformed")),
        "{what}: summary {stderr}"
    );
}

const HEADER: &[u8] =
    b"id,birth_date,education,pns,sehat,hukuman_disiplin,related_experience_years";

/// Every kind of CSV record, good and bad, one per physical line.
fn csv_lines() -> Vec<(&'static [u8], Expect)> {
    use Expect::*;
    vec![
        (b"a1,1970-01-01,S1,ya,ya,tidak,3", Verdict),
        (b"", Nothing),
        (b"a2,1970-01-01,S1,ya", Error("4 fields, the header has 7")),
        (
            b"a3,1970-01-01,S1,ya,ya,tidak,3,x,y",
            Error("9 fields, the header has 7"),
        ),
        (b"   ", Error("1 field, the header has 7")),
        (
            b"a4,2023-02-30,S1,ya,ya,tidak,3",
            Error("birth_date: 2023-02-30 is not a date (YYYY-MM-DD)"),
        ),
        (
            b"a5,1970-01-01,S\xff1,ya,ya,tidak,3",
            Error("education: not valid UTF-8"),
        ),
        (
            b"a6,1970-01-01,S1,mungkin,ya,tidak,3",
            Error("pns: `mungkin` is not yes or no"),
        ),
        (
            b"a7,1970-01-01,S1,ya,ya,tidak,1e999",
            Error("related_experience_years: a duration must be a finite number"),
        ),
        (
            b"a8,1970-01-01,S1,ya,ya,tidak,banyak",
            Error("related_experience_years: `banyak` is not a number"),
        ),
        (
            b"a9,1970-01-01,S1,ya,ya,tidak,99999999999999999999999",
            Verdict,
        ),
        (
            b",1970-01-01,S1,ya,ya,tidak,3",
            Error("the record has no id"),
        ),
        (b"\"a10, x\",1970-01-01,\"S1\",ya,ya,tidak,3", Verdict),
        (b"\"a11 \"\"q\"\"\",1970-01-01,S1,ya,ya,tidak,3", Verdict),
        (b"a12,1970-01-01,S1,\"ya\"x,ya,tidak,3", Error("pns:")),
        // A quote not closed, then closed by chance two lines down: the three
        // lines are one record to the CSV reader, and three errors here.
        (
            b"a13,\"1970-01-01,S1,ya,ya,tidak,3",
            Error("a quoted field runs on to line"),
        ),
        (
            b"a14,1970-01-01,S1,ya,ya,tidak,3",
            Error("inside the quoted field of line"),
        ),
        (
            b"a15,1970-01-01,\"S1\",ya,ya,tidak,3",
            Error("inside the quoted field of line"),
        ),
        (b"a16,1970-01-01,S2,ya,ya,tidak,5", Verdict),
        // A quote never closed: every line to the end, empty ones included.
        (
            b"a17,1970-01-01,\"S1,ya,ya,tidak,3",
            Error("a quote is never closed"),
        ),
        (
            b"a18,1970-01-01,S1,ya,ya,tidak,3",
            Error("which is never closed"),
        ),
        (b"", Error("which is never closed")),
        (
            b"a19,1970-01-01,S1,ya,ya,tidak,3",
            Error("which is never closed"),
        ),
    ]
}

#[test]
fn csv_records_in_equal_verdict_lines_out() {
    let lines = csv_lines();
    for (end, name) in [(&b"\n"[..], "LF"), (b"\r\n", "CRLF"), (b"\r", "CR")] {
        let input = build(Some(HEADER), &lines, end);
        let o = screen_file(&input, "pool.csv", &[]);
        check(&o, &lines, 2, &format!("CSV, {name} line ends"));
        // Without the last line end: the same.
        let o = screen_file(&input[..input.len() - end.len()], "pool.csv", &[]);
        check(&o, &lines, 2, &format!("CSV, {name}, no final line end"));
    }
    // A byte order mark and empty lines before the header: line numbers are
    // still the file's.
    let mut input = b"\xEF\xBB\xBF\n\n".to_vec();
    input.extend(build(Some(HEADER), &lines, b"\n"));
    let o = screen_file(&input, "pool.CSV", &[]);
    check(
        &o,
        &lines,
        4,
        "CSV with a BOM and empty lines before the header",
    );
}

#[test]
fn csv_quote_closed_at_the_very_end() {
    use Expect::*;
    // The quote of line 3 is still open at the end, its last line without a
    // line end: lines 3 and 4 are errors, line 2 is a record.
    let lines: Vec<(&[u8], Expect)> = vec![
        (b"a1,1970-01-01,S1,ya,ya,tidak,3", Verdict),
        (b"a2,\"1970-01-01", Error("a quote is never closed")),
        (b"x", Error("which is never closed")),
    ];
    let input = build(Some(HEADER), &lines, b"\n");
    let o = screen_file(&input[..input.len() - 1], "pool.csv", &[]);
    check(&o, &lines, 2, "CSV ending inside a quote");
    // A lone quote as the last byte.
    let lines: Vec<(&[u8], Expect)> = vec![
        (b"a1,1970-01-01,S1,ya,ya,tidak,3", Verdict),
        (b"a2,\"", Error("a quote is never closed")),
    ];
    let input = build(Some(HEADER), &lines, b"\n");
    let o = screen_file(&input[..input.len() - 1], "pool.csv", &[]);
    check(&o, &lines, 2, "CSV ending with an opening quote");
}

#[test]
fn csv_from_standard_input_with_input_csv() {
    let lines = csv_lines();
    let input = build(Some(HEADER), &lines, b"\n");
    let o = screen_stdin(&input, &["--input", "csv"]);
    check(&o, &lines, 2, "CSV on standard input");
    let from_file = screen_file(&input, "pool.csv", &[]);
    let strip = |o: &Output| {
        verdicts(o)
            .into_iter()
            .map(|mut v| {
                v["file"] = Value::Null;
                v
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&o), strip(&from_file), "stdin and file give the same");
}

#[test]
fn csv_header_that_cannot_be_screened_stops_before_any_record() {
    let cases: &[(&[u8], &[&str])] = &[
        (
            b"id,birth_date,education,birth_date\na,1970-01-01,S1,1970-01-01\n",
            &["`birth_date`", "columns 2 and 4"],
        ),
        (b" id ,name,id\na,b,c\n", &["`id`", "columns 1 and 3"]),
        (b"id,umur\na,5\n", &["unknown column `umur`", "column 2"]),
        (b"name,education\nx,S1\n", &["no `id` column"]),
        (b"", &["empty"]),
        (b"\n\n\r\n", &["empty"]),
        (b"id,educ\xffation\n", &["column 2", "UTF-8"]),
    ];
    for (input, says) in cases {
        let o = screen_file(input, "pool.csv", &[]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{stderr}");
        assert!(o.stdout.is_empty(), "no verdict before the header is fine");
        for s in *says {
            assert!(stderr.contains(s), "`{s}` in {stderr}");
        }
    }
}

/// Every kind of JSON Lines record, good and bad.
fn jsonl_lines() -> Vec<(&'static [u8], Expect)> {
    use Expect::*;
    // Nested deeper than serde_json's limit of 128 (refused before that).
    let deep = format!(
        "{{\"id\": \"j19\", \"facts\": {{\"x\": {}{}}}}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    let deep: &'static [u8] = Box::leak(deep.into_bytes().into_boxed_slice());
    vec![
        (
            b"\xEF\xBB\xBF{\"id\": \"j1\", \"birth_date\": \"1970-01-01\", \"education\": \"S1\"}",
            Verdict,
        ),
        (b"", Nothing),
        (b"   \t", Nothing),
        (
            b"{\"id\": \"j2\", \"birth_date\": \"2023-02-30\"}",
            Error("birth_date: 2023-02-30 is not a date (YYYY-MM-DD)"),
        ),
        (
            b"{\"id\": \"j3\", \"positions\": [{\"jenjang\": \"administrator\", \"start\": \"2020-13-01\"}]}",
            Error("positions[0].start: 2020-13-01 is not a date (YYYY-MM-DD)"),
        ),
        (b"[1, 2]", Error("not a JSON object")),
        (b"[\"j4\"]", Error("not a JSON object")),
        (b"\"j5\"", Error("not a JSON object")),
        (b"42", Error("not a JSON object")),
        (b"null", Error("not a JSON object")),
        (b"{\"id\": \"j6\", \"id\": \"j7\"}", Error("duplicate field `id`")),
        (
            b"{\"id\": \"j8\", \"tenure_years\": 1e999}",
            Error("tenure_years: number out of range"),
        ),
        (
            b"{\"id\": \"j9\", \"tenure_years\": 123456789012345678901234567890}",
            Verdict,
        ),
        (
            b"{\"id\": \"j10\", \"related_experience_years\": -1}",
            Error("related_experience_years: a duration cannot be negative"),
        ),
        (b"{\"id\": \"j11\", \"name\": \"S\xffti\"}", Error("not valid UTF-8")),
        (b"{\"id\": \"j12\"", Error("EOF while parsing")),
        (b"{\"id\": \"j13\", \"umur\": 5}", Error("unknown field `umur`")),
        (b"{\"id\": \"j14\"} {\"id\": \"j15\"}", Error("trailing characters")),
        (b"{\"id\": 16}", Error("id: invalid type")),
        (b"{\"id\": \"j17\", \"education\": \"S9\"}", Error("education: unknown education level")),
        (b"{\"birth_date\": \"1970-01-01\"}", Error("missing field `id`")),
        (b"{\"id\": \"j18\", \"education\": \"S2\"}\r", Verdict),
        (deep, Error("facts.x: invalid type: sequence")),
        (b"\xEF\xBB\xBF{\"id\": \"j20\"}", Error("line 24")),
        (b"{\"id\": \"j21\"}", Verdict),
    ]
}

#[test]
fn jsonl_records_in_equal_verdict_lines_out() {
    let lines = jsonl_lines();
    let input = build(None, &lines, b"\n");
    for name in ["pool.jsonl", "pool.json", "pool.ndjson"] {
        let o = screen_file(&input, name, &[]);
        check(&o, &lines, 1, name);
    }
    let o = screen_file(&input[..input.len() - 1], "pool.jsonl", &[]);
    check(&o, &lines, 1, "JSON Lines without a final line end");
    let o = screen_stdin(&input, &[]);
    check(&o, &lines, 1, "JSON Lines on standard input");
    let o = screen_stdin(&input, &["--input", "jsonl"]);
    check(&o, &lines, 1, "JSON Lines on standard input, --input jsonl");
    // --input overrides the extension.
    let o = screen_file(&input, "pool.csv", &["--input", "jsonl"]);
    check(&o, &lines, 1, "JSON Lines named .csv, --input jsonl");
}

#[test]
fn an_unknown_extension_needs_input() {
    let lines = jsonl_lines();
    let input = build(None, &lines, b"\n");
    for name in ["pool.txt", "pool"] {
        let o = screen_file(&input, name, &[]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{name}: {stderr}");
        assert!(o.stdout.is_empty());
        assert!(stderr.contains("--input csv"), "{stderr}");
        let o = screen_file(&input, name, &["--input", "jsonl"]);
        check(&o, &lines, 1, name);
    }
    let csv = csv_lines();
    let o = screen_file(
        &build(Some(HEADER), &csv, b"\n"),
        "pool.txt",
        &["--input", "csv"],
    );
    check(&o, &csv, 2, "CSV named .txt, --input csv");
}

#[test]
fn stopping_errors_speak_the_users_language() {
    let o = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["--lang", "id", "screen"])
        .arg(policy())
        .arg("pool.txt")
        .output()
        .expect("run pasal");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr.contains("berikan `--input csv`"), "{stderr}");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("pool.csv");
    std::fs::write(&file, "id,id\n").expect("write");
    let o = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["--lang", "id", "screen"])
        .arg(policy())
        .arg(&file)
        .output()
        .expect("run pasal");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr.contains("kolom `id` muncul dua kali") && stderr.contains("kolom 1 dan 2"),
        "{stderr}"
    );
}

#[test]
fn an_unclosed_quote_in_a_large_file_gives_an_error_line_per_line_swallowed() {
    // 20,000 records, more than two batches; the quote of record 5,000 is
    // never closed.
    let mut input = HEADER.to_vec();
    input.push(b'\n');
    for i in 0..20_000 {
        let quote = if i == 4_999 { "\"" } else { "" };
        input.extend(format!("c{i},{quote}1970-01-01,S1,ya,ya,tidak,3\n").bytes());
    }
    let o = screen_file(&input, "pool.csv", &["--quiet"]);
    assert_eq!(o.status.code(), Some(0));
    let got = verdicts(&o);
    assert_eq!(got.len(), 20_000, "records in = records out");
    for (i, v) in got.iter().enumerate() {
        let line = i as u64 + 2;
        assert_eq!(v["line"].as_u64(), Some(line));
        let error = v["status"] == "error";
        assert_eq!(error, line >= 5_001, "line {line}: {v}");
    }
    assert!(got[4_999]["message"]
        .as_str()
        .unwrap()
        .contains("line 5001: a quote is never closed"));
    assert!(got[19_999]["message"]
        .as_str()
        .unwrap()
        .contains("line 20001: inside the quote of line 5001"));
}

#[test]
fn every_line_of_random_csv_gets_its_verdict_line() {
    // Random bodies of quotes, commas, line ends (LF, CR, CRLF) and values,
    // through the library: every line that is not empty gets exactly one
    // verdict line naming it (an empty line inside a record that runs over
    // several lines gets one too), in order; none names a line past the end.
    let compiled = pasal::driver::compile_path(&policy(), &Options::default());
    let program = Program::compile(
        compiled.policy.as_ref().expect("policy"),
        Level::JptPratama,
        Mechanism::SeleksiTerbuka,
    );
    let reference = Reference {
        events: vec![],
        default: chrono::NaiveDate::from_ymd_opt(2024, 6, 3),
        default_is_earliest: false,
        facts: Default::default(),
    };
    let s = Screener::new(&program, reference, "random.csv".into());
    let pieces: [&[u8]; 10] = [
        b"\"",
        b",",
        b"\n",
        b"\r",
        b"\r\n",
        b"a",
        b"ya",
        b"S1",
        b"1970-01-01",
        b" ",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..2_000 {
        let mut body = Vec::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        for _ in 0..(seed % 40) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            body.extend_from_slice(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let mut input = b"id,pns,education\n".to_vec();
        input.extend_from_slice(&body);
        let mut out = Vec::new();
        let summary = run_csv(&s, input.as_slice(), &mut out, 1, &mut |_| {}).expect("screens");
        let text = String::from_utf8(out).expect("utf-8");
        let got: Vec<u64> = text
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).expect("json")["line"]
                    .as_u64()
                    .expect("line")
            })
            .collect();
        assert_eq!(got.len() as u64, summary.records);
        assert!(got.windows(2).all(|w| w[0] < w[1]), "{body:?}: {got:?}");
        let normal = String::from_utf8_lossy(&body)
            .replace("\r\n", "\n")
            .replace('\r', "\n");
        let lines: Vec<&str> = normal.split('\n').collect();
        let last = 1 + lines.len() as u64 - u64::from(normal.ends_with('\n') || normal.is_empty());
        for (i, l) in lines.iter().enumerate() {
            let n = i as u64 + 2;
            if !l.is_empty() {
                assert!(
                    got.contains(&n),
                    "{body:?}: line {n} `{l}` has no verdict: {got:?}"
                );
            }
        }
        assert!(
            got.iter().all(|n| (2..=last).contains(n)),
            "{body:?}: {got:?} past {last}"
        );
    }
}

#[test]
fn a_quote_open_past_the_cap_is_closed_at_a_line_end_and_reading_starts_again() {
    // A quote never closed at record 5, then over a megabyte of records: the
    // quote is closed at the first line end past MAX_QUOTED bytes (not held to
    // the end of the input in memory), every line inside it gets its error
    // line, and the records after it are screened again.
    let mut input = HEADER.to_vec();
    input.push(b'\n');
    let n = 60_000;
    for i in 0..n {
        let quote = if i == 4 { "\"" } else { "" };
        input.extend(format!("c{i},{quote}1970-01-01,S1,ya,ya,tidak,3\n").bytes());
    }
    assert!(input.len() as u64 > pasal::check::screen::MAX_QUOTED * 3 / 2);
    let o = screen_file(&input, "pool.csv", &["--quiet"]);
    assert_eq!(o.status.code(), Some(0));
    let got = verdicts(&o);
    assert_eq!(got.len(), n, "records in = records out");
    let first = got[4]["message"].as_str().unwrap();
    assert!(
        first.starts_with("line 6: a quote is not closed within 1048576 bytes: lines 6 to "),
        "{first}"
    );
    let last: u64 = first
        .split("lines 6 to ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|l| l.parse().ok())
        .expect("the last line inside the quote");
    assert!(last > 6 && last < n as u64, "{first}");
    assert!(
        first.ends_with(&format!("reading starts again at line {}", last + 1)),
        "{first}"
    );
    for (i, v) in got.iter().enumerate() {
        let line = i as u64 + 2;
        assert_eq!(v["line"].as_u64(), Some(line));
        let error = v["status"] == "error";
        assert_eq!(error, (6..=last).contains(&line), "line {line}: {v}");
    }
}

#[test]
fn a_line_longer_than_the_cap_is_one_error_line_and_reading_starts_again() {
    // Lines longer than MAX_LINE: plain, inside an open quote, and the last
    // line of the input with no line break. Each is one record with one error
    // line; the records around them are screened, with their own line numbers.
    let cap = pasal::check::screen::MAX_LINE as usize;
    let good = |i: usize| format!("c{i},1970-01-01,S1,ya,ya,tidak,3\n").into_bytes();
    let mut input = HEADER.to_vec();
    input.push(b'\n');
    input.extend(good(1));
    input.extend(b"c2,1970-01-01,S1,ya,ya,tidak,");
    input.extend(std::iter::repeat_n(b'9', 3 * cap));
    input.push(b'\n');
    input.extend(good(3));
    input.extend(b"c4,\"");
    input.extend(std::iter::repeat_n(b'x', 2 * cap));
    input.push(b'\n');
    input.extend(good(5));
    input.extend(b"c6,");
    input.extend(std::iter::repeat_n(b'y', cap + 1));
    let o = screen_file(&input, "pool.csv", &["--quiet"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let got = verdicts(&o);
    assert_eq!(got.len(), 6, "records in = records out: {got:?}");
    for (i, v) in got.iter().enumerate() {
        let line = i as u64 + 2;
        assert_eq!(v["line"].as_u64(), Some(line), "{v}");
        let long = matches!(line, 3 | 5 | 7);
        assert_eq!(v["status"] == "error", long, "line {line}: {v}");
        if long {
            let m = v["message"].as_str().unwrap_or_default();
            assert!(
                m.contains("longer than 1048576 bytes")
                    && m.ends_with(&format!("reading starts again at line {}", line + 1)),
                "line {line}: {m}"
            );
        }
    }
}

#[test]
fn a_jsonl_line_longer_than_the_cap_is_one_error_line() {
    let cap = pasal::check::screen::MAX_LINE as usize;
    let good = r#"{"id":"a","birth_date":"1970-01-01"}"#;
    let mut input = Vec::new();
    input.extend(good.bytes());
    input.push(b'\n');
    input.extend(br#"{"id":"b","name":""#);
    input.extend(std::iter::repeat_n(b'n', 2 * cap));
    input.extend(b"\"}\n");
    input.extend(good.bytes());
    input.push(b'\n');
    input.extend(std::iter::repeat_n(b' ', cap + 5));
    let o = screen_file(&input, "pool.jsonl", &["--quiet"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let got = verdicts(&o);
    assert_eq!(got.len(), 4, "records in = records out: {got:?}");
    for (i, v) in got.iter().enumerate() {
        let line = i as u64 + 1;
        assert_eq!(v["line"].as_u64(), Some(line), "{v}");
        let long = matches!(line, 2 | 4);
        assert_eq!(v["status"] == "error", long, "line {line}: {v}");
        if long {
            let m = v["message"].as_str().unwrap_or_default();
            assert!(m.contains("longer than 1048576 bytes"), "line {line}: {m}");
        }
    }
}
