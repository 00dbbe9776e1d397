//! `pasal screen`: stream candidate records (JSON Lines or CSV) through the
//! compiled eligibility program of one level and mechanism, one verdict line
//! per record. Memory does not grow with the input: records are read, judged
//! and written in fixed-size batches, each batch judged on all cores, output
//! in input order. A malformed record gets an `error` line whose message
//! starts with its line (`line 7: …`); records in = records out. A run stops
//! early ([`Stop`]) only when the input cannot be read, the output cannot be
//! written, or a CSV header cannot be screened.
//!
//! JSON Lines: every line that is not blank is a record; a UTF-8 byte order
//! mark at the start is skipped. CSV: see [`run_csv`].

mod csv;
mod line;
mod lines;

pub use self::csv::{run_csv, HeaderError, COLUMNS as CSV_COLUMNS};
pub use self::lines::{MAX_LINE, MAX_QUOTED};

use super::case::{validate_candidate, Candidate};
use super::eligibility::{Prepared, Program, Reference, Tri};
use line::{push_number, push_quoted, quoted};
use serde::Serialize;
use std::io::{BufRead, Read, Write};

/// Why a run stopped before the end of its input. The records before it were
/// judged and written.
#[derive(Debug)]
pub enum Stop {
    /// The input could not be read.
    Read(std::io::Error),
    /// The verdict lines could not be written.
    Write(std::io::Error),
    /// A CSV header row that cannot be screened.
    Header(HeaderError),
}

impl Stop {
    /// Why the run stopped, in both languages.
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::screen::msg;
        match self {
            Stop::Read(e) => msg::cannot_read_input(e),
            Stop::Write(e) => msg::cannot_write_verdicts(e),
            Stop::Header(e) => e.message(),
        }
    }
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().en)
    }
}

impl std::error::Error for Stop {}

/// Records judged per batch.
pub const BATCH: usize = 8192;

/// Totals of a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Records read.
    pub records: u64,
    /// Eligible on every rule.
    pub eligible: u64,
    /// Violating at least one rule.
    pub ineligible: u64,
    /// No rule violated, at least one unknown.
    pub unknown: u64,
    /// Records that could not be read.
    pub malformed: u64,
}

impl Summary {
    fn count(&mut self, o: Outcome) {
        self.records += 1;
        match o {
            Outcome::Eligible => self.eligible += 1,
            Outcome::Ineligible => self.ineligible += 1,
            Outcome::Unknown => self.unknown += 1,
            Outcome::Malformed => self.malformed += 1,
        }
    }
}

/// A screening job: the program, the reference dates, the input's name.
pub struct Screener<'a> {
    /// Compiled rules.
    pub program: &'a Program,
    /// Dates candidates are measured at.
    pub reference: Reference,
    /// Input file name as a JSON string literal.
    file: String,
    /// Per rule, as JSON built once: its id and clause as string literals,
    /// and the whole `{"rule":…,"clause":…}` object.
    quoted: Vec<(String, String, String)>,
    /// Thresholds at the reference dates, computed once.
    limits: super::eligibility::Limits,
}

/// Buffers one thread reuses from record to record: the prepared candidate
/// and the rules' verdicts.
#[derive(Default)]
pub struct Scratch {
    prepared: Prepared,
    verdicts: Vec<Tri>,
}

/// Outcome of one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Eligible.
    Eligible,
    /// Ineligible.
    Ineligible,
    /// Unknown.
    Unknown,
    /// Malformed.
    Malformed,
}

impl<'a> Screener<'a> {
    /// A screener over a program.
    pub fn new(program: &'a Program, reference: Reference, file: String) -> Self {
        let rules = program
            .rules
            .iter()
            .map(|r| {
                let (id, clause) = (quoted(&r.id), quoted(&r.clause));
                let object = format!("{{\"rule\":{id},\"clause\":{clause}}}");
                (id, clause, object)
            })
            .collect();
        let limits = program.limits();
        Screener {
            program,
            reference,
            file: quoted(&file),
            quoted: rules,
            limits,
        }
    }

    /// Judges one candidate; appends its verdict line (with its newline) to `out`.
    pub fn judge(
        &self,
        line_no: u64,
        c: &Candidate,
        scratch: &mut Scratch,
        out: &mut String,
    ) -> Outcome {
        let Scratch { prepared, verdicts } = scratch;
        self.program
            .prepare_into(c, &self.reference, &self.limits, prepared);
        self.program.run(prepared, verdicts);
        let scratch = &*verdicts;
        let violated = scratch.iter().filter(|t| **t == Tri::False).count();
        let unknown = scratch.iter().filter(|t| **t == Tri::Unknown).count();
        let (status, outcome) = if violated > 0 {
            ("ineligible", Outcome::Ineligible)
        } else if unknown > 0 {
            ("unknown", Outcome::Unknown)
        } else {
            ("eligible", Outcome::Eligible)
        };
        let first = scratch
            .iter()
            .position(|t| *t == Tri::False)
            .or_else(|| scratch.iter().position(|t| *t == Tri::Unknown));
        let (rule, clause) = first
            .and_then(|i| self.quoted.get(i))
            .map_or(("null", "null"), |(r, c, _)| (r.as_str(), c.as_str()));
        self.head(out, line_no, Some(&c.id), status);
        match outcome {
            Outcome::Ineligible => {
                push_number(out, violated as u64);
                out.push_str(" rule(s) violated");
            }
            Outcome::Unknown => {
                push_number(out, unknown as u64);
                out.push_str(" rule(s) need facts the record lacks");
            }
            _ => out.push_str("every rule satisfied"),
        }
        out.push_str("\",\"rule\":");
        out.push_str(rule);
        out.push_str(",\"clause\":");
        out.push_str(clause);
        out.push_str(",\"violated\":[");
        self.list(out, scratch, Tri::False);
        out.push_str("],\"unknown\":[");
        self.list(out, scratch, Tri::Unknown);
        out.push_str("]}\n");
        outcome
    }

    /// The start of a verdict line, up to the opening quote of its message.
    fn head(&self, out: &mut String, line_no: u64, id: Option<&str>, status: &str) {
        out.push_str("{\"line\":");
        push_number(out, line_no);
        out.push_str(",\"column\":1,\"file\":");
        out.push_str(&self.file);
        out.push_str(",\"id\":");
        match id {
            Some(id) => push_quoted(out, id),
            None => out.push_str("null"),
        }
        out.push_str(",\"status\":\"");
        out.push_str(status);
        out.push_str("\",\"message\":\"");
    }

    fn list(&self, out: &mut String, verdicts: &[Tri], want: Tri) {
        let mut first = true;
        for (t, (_, _, object)) in verdicts.iter().zip(&self.quoted) {
            if *t != want {
                continue;
            }
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(object);
        }
    }

    /// Appends the line for a record that could not be read; its message is
    /// `line N: ` and `message`.
    pub fn malformed(&self, line_no: u64, message: &str, out: &mut String) -> Outcome {
        self.head(out, line_no, None, "error");
        // The message is quoted whole; drop the opening quote `head` wrote.
        out.pop();
        let mut text = String::with_capacity(message.len() + 16);
        text.push_str("line ");
        push_number(&mut text, line_no);
        text.push_str(": ");
        text.push_str(message);
        push_quoted(out, &text);
        out.push_str(",\"rule\":null,\"clause\":null,\"violated\":[],\"unknown\":[]}\n");
        Outcome::Malformed
    }

    /// Parses and judges one JSON Lines record.
    pub fn judge_json(
        &self,
        line_no: u64,
        text: &str,
        scratch: &mut Scratch,
        out: &mut String,
    ) -> Outcome {
        // serde would read a struct from an array too (`["a"]` as id `a`).
        if !text.trim_start().starts_with('{') {
            let m = "not a JSON object: each line is one record, an object `{\"id\": …}`";
            return self.malformed(line_no, m, out);
        }
        match serde_json::from_str::<Candidate>(text) {
            Ok(c) => match check(&c) {
                Ok(()) => self.judge(line_no, &c, scratch, out),
                Err(m) => self.malformed(line_no, &m, out),
            },
            Err(e) => self.malformed(line_no, &json_error(text, &e), out),
        }
    }
}

/// What is wrong with a JSON Lines record, for its error line: the field's path
/// and the problem (`birth_date: 2023-02-30 is not a date (YYYY-MM-DD)`), or
/// the column for an error in the JSON itself. Parsed again with the path
/// tracked only here, so the records that parse pay nothing for it.
fn json_error(text: &str, e: &serde_json::Error) -> String {
    // serde_json ends its message with ` at line L column C`, of the record.
    let bare = |e: &serde_json::Error| {
        let m = e.to_string();
        m.rsplit_once(" at line ")
            .map_or(m.clone(), |(m, _)| m.to_string())
    };
    let de = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, Candidate>(de) {
        Err(p) if p.path().to_string() != "." => {
            format!("{}: {}", p.path(), bare(p.inner()))
        }
        _ => format!("column {}: {}", e.column(), bare(e)),
    }
}

/// Checks what the types cannot (`education: unknown education level …`).
fn check(c: &Candidate) -> Result<(), String> {
    let mut errs = Vec::new();
    validate_candidate(c, "record", &mut |path, m| {
        let path = path.strip_prefix("record.").unwrap_or(&path);
        errs.push(format!("{path}: {}", m.en))
    });
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}

/// Records read but not yet judged: JSON Lines records are kept in one
/// buffer (`text`), each as a range of it.
#[derive(Default)]
pub struct Batch {
    text: String,
    records: Vec<(u64, Record)>,
}

impl Batch {
    fn len(&self) -> usize {
        self.records.len()
    }

    fn clear(&mut self) {
        self.text.clear();
        self.records.clear();
    }
}

/// A raw record.
pub enum Record {
    /// A JSON Lines record: its range in the batch's text.
    Json(std::ops::Range<usize>),
    /// A record already parsed (CSV).
    Parsed(Box<Candidate>),
    /// A record that could not be read, with the reason.
    Bad(String),
}

/// Judges a batch on `threads` threads; returns the output of each part, in
/// input order, with the outcome of every record.
fn judge_batch(s: &Screener<'_>, batch: &Batch, threads: usize) -> Vec<(String, Vec<Outcome>)> {
    let judge_part = |part: &[(u64, Record)]| {
        let mut scratch = Scratch::default();
        let mut out = String::with_capacity(part.len() * 256);
        let outcomes = part
            .iter()
            .map(|(n, rec)| match rec {
                Record::Json(range) => {
                    let text = batch.text.get(range.clone()).unwrap_or("");
                    s.judge_json(*n, text, &mut scratch, &mut out)
                }
                Record::Parsed(c) => match check(c) {
                    Ok(()) => s.judge(*n, c, &mut scratch, &mut out),
                    Err(m) => s.malformed(*n, &m, &mut out),
                },
                Record::Bad(m) => s.malformed(*n, m, &mut out),
            })
            .collect();
        (out, outcomes)
    };
    let parts = if batch.len() < 256 { 1 } else { threads };
    crate::parallel::in_parts(&batch.records, parts, judge_part)
}

/// Screens JSON Lines from `input` to `output` (flushed at the end);
/// `progress` gets bytes read.
pub fn run_jsonl<R: BufRead, W: Write>(
    s: &Screener<'_>,
    mut input: R,
    output: &mut W,
    threads: usize,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary, Stop> {
    let mut summary = Summary::default();
    let mut batch = Batch::default();
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        // At most MAX_LINE bytes of a line are held; the rest is skipped.
        let n = (&mut input)
            .take(MAX_LINE + 1)
            .read_until(b'\n', &mut buf)
            .map_err(Stop::Read)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        progress(n as u64);
        if n as u64 > MAX_LINE && buf.last() != Some(&b'\n') {
            let skipped = skip_line(&mut input).map_err(Stop::Read)?;
            progress(skipped);
            batch.records.push((
                line_no,
                Record::Bad(format!(
                    "the line is longer than {MAX_LINE} bytes; not screened, reading starts again at line {}",
                    line_no + 1
                )),
            ));
            if batch.len() == BATCH {
                flush(s, &mut batch, output, threads, &mut summary)?;
            }
            continue;
        }
        let text = match buf.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) if line_no == 1 => rest,
            _ => &buf,
        };
        let rec = match std::str::from_utf8(text) {
            Ok(t) if t.trim().is_empty() => continue,
            Ok(t) => {
                let start = batch.text.len();
                batch.text.push_str(t.trim_end());
                Record::Json(start..batch.text.len())
            }
            Err(e) => Record::Bad(format!(
                "not valid UTF-8 (byte {} of the line)",
                buf.len() - text.len() + e.valid_up_to() + 1
            )),
        };
        batch.records.push((line_no, rec));
        if batch.len() == BATCH {
            flush(s, &mut batch, output, threads, &mut summary)?;
        }
    }
    flush(s, &mut batch, output, threads, &mut summary)?;
    output.flush().map_err(Stop::Write)?;
    Ok(summary)
}

/// Skips the rest of a line (through its line break, or to the end of the
/// input) without holding it; returns the bytes skipped.
fn skip_line<R: BufRead>(input: &mut R) -> std::io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok(skipped);
        }
        let (used, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        input.consume(used);
        skipped += used as u64;
        if done {
            return Ok(skipped);
        }
    }
}

fn flush<W: Write>(
    s: &Screener<'_>,
    batch: &mut Batch,
    out: &mut W,
    threads: usize,
    summary: &mut Summary,
) -> Result<(), Stop> {
    for (text, outcomes) in judge_batch(s, batch, threads) {
        outcomes.into_iter().for_each(|o| summary.count(o));
        out.write_all(text.as_bytes()).map_err(Stop::Write)?;
    }
    batch.clear();
    Ok(())
}
