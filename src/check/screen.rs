//! `pasal screen`: stream candidate records (JSON Lines or CSV) through the
//! compiled eligibility program of one level and mechanism, one verdict line
//! per record. Memory does not grow with the input: records are read, judged
//! and written in fixed-size batches, each batch judged on all cores, output
//! in input order. A malformed record gets an `error` line; records in =
//! records out.

use super::case::{validate_candidate, Candidate};
use super::eligibility::{Prepared, Program, Reference, Tri};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, Write};

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

/// A screening job: the program, the reference dates, the input's name.
pub struct Screener<'a> {
    /// Compiled rules.
    pub program: &'a Program,
    /// Dates candidates are measured at.
    pub reference: Reference,
    /// Input file name for output lines.
    pub file: String,
    /// Rule ids and clauses as JSON string literals, built once.
    quoted: Vec<(String, String)>,
    /// Thresholds at the reference dates, computed once.
    limits: super::eligibility::Limits,
}

/// One judged record, ready to write.
pub struct Line {
    /// The output line (without newline).
    pub text: String,
    /// Its outcome.
    pub outcome: Outcome,
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

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

impl<'a> Screener<'a> {
    /// A screener over a program.
    pub fn new(program: &'a Program, reference: Reference, file: String) -> Self {
        let quoted = program
            .rules
            .iter()
            .map(|r| (quote(&r.id), quote(&r.clause)))
            .collect();
        let limits = program.limits(&reference);
        Screener {
            program,
            reference,
            file: quote(&file),
            quoted,
            limits,
        }
    }

    /// Judges one candidate; writes its verdict line.
    pub fn judge(&self, line_no: u64, c: &Candidate, scratch: &mut Vec<Tri>) -> Line {
        let prepared: Prepared = self.program.prepare_with(c, &self.reference, &self.limits);
        self.program.run(&prepared, scratch);
        let violated = scratch.iter().filter(|t| **t == Tri::False).count();
        let unknown = scratch.iter().filter(|t| **t == Tri::Unknown).count();
        let (status, outcome) = if violated > 0 {
            ("ineligible", Outcome::Ineligible)
        } else if unknown > 0 {
            ("unknown", Outcome::Unknown)
        } else {
            ("eligible", Outcome::Eligible)
        };
        let mut text = String::with_capacity(160 + 64 * (violated + unknown));
        let first = scratch
            .iter()
            .position(|t| *t == Tri::False)
            .or_else(|| scratch.iter().position(|t| *t == Tri::Unknown));
        let (rule, clause) = first
            .and_then(|i| self.quoted.get(i))
            .map_or(("null", "null"), |(r, c)| (r.as_str(), c.as_str()));
        let message = match outcome {
            Outcome::Ineligible => format!("{violated} rule(s) violated"),
            Outcome::Unknown => format!("{unknown} rule(s) need facts the record lacks"),
            _ => "every rule satisfied".to_string(),
        };
        let _ = write!(
            text,
            "{{\"line\":{line_no},\"column\":1,\"file\":{},\"id\":{},\"status\":\"{status}\",\"message\":\"{message}\",\"rule\":{rule},\"clause\":{clause},\"violated\":[",
            self.file,
            quote(&c.id)
        );
        self.list(&mut text, scratch, Tri::False);
        text.push_str("],\"unknown\":[");
        self.list(&mut text, scratch, Tri::Unknown);
        text.push_str("]}");
        Line { text, outcome }
    }

    fn list(&self, out: &mut String, verdicts: &[Tri], want: Tri) {
        let mut first = true;
        for (i, t) in verdicts.iter().enumerate() {
            if *t != want {
                continue;
            }
            let Some((r, c)) = self.quoted.get(i) else {
                continue;
            };
            if !first {
                out.push(',');
            }
            first = false;
            let _ = write!(out, "{{\"rule\":{r},\"clause\":{c}}}");
        }
    }

    /// The line for a record that could not be read.
    pub fn malformed(&self, line_no: u64, message: &str) -> Line {
        Line {
            text: format!(
                "{{\"line\":{line_no},\"column\":1,\"file\":{},\"id\":null,\"status\":\"error\",\"message\":{},\"rule\":null,\"clause\":null,\"violated\":[],\"unknown\":[]}}",
                self.file,
                quote(message)
            ),
            outcome: Outcome::Malformed,
        }
    }

    /// Parses and judges one JSON Lines record.
    pub fn judge_json(&self, line_no: u64, text: &str, scratch: &mut Vec<Tri>) -> Line {
        match serde_json::from_str::<Candidate>(text) {
            Ok(c) => match check(&c) {
                Ok(()) => self.judge(line_no, &c, scratch),
                Err(m) => self.malformed(line_no, &m),
            },
            Err(e) => self.malformed(line_no, &format!("line {line_no}: {e}")),
        }
    }
}

fn check(c: &Candidate) -> Result<(), String> {
    let mut errs = Vec::new();
    validate_candidate(c, "record", &mut |path, m| {
        errs.push(format!("`{path}`: {m}"))
    });
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}

/// Judges a batch of raw records on `threads` threads; output in input order.
fn judge_batch(s: &Screener<'_>, batch: &[(u64, Record)], threads: usize) -> Vec<Line> {
    let judge_one = |(n, rec): &(u64, Record), scratch: &mut Vec<Tri>| match rec {
        Record::Json(t) => s.judge_json(*n, t, scratch),
        Record::Parsed(c) => match check(c) {
            Ok(()) => s.judge(*n, c, scratch),
            Err(m) => s.malformed(*n, &m),
        },
        Record::Bad(m) => s.malformed(*n, m),
    };
    if threads <= 1 || batch.len() < 256 {
        let mut scratch = Vec::new();
        return batch.iter().map(|r| judge_one(r, &mut scratch)).collect();
    }
    let chunk = batch.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut scratch = Vec::new();
                    part.iter()
                        .map(|r| judge_one(r, &mut scratch))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// A raw record.
pub enum Record {
    /// A JSON Lines record's text.
    Json(String),
    /// A record already parsed (CSV).
    Parsed(Box<Candidate>),
    /// A record that could not be read, with the reason.
    Bad(String),
}

/// Screens JSON Lines from `input` to `output`; `progress` gets bytes read.
pub fn run_jsonl<R: BufRead, W: Write>(
    s: &Screener<'_>,
    mut input: R,
    output: &mut W,
    threads: usize,
    progress: &mut dyn FnMut(u64),
) -> std::io::Result<Summary> {
    let mut summary = Summary::default();
    let mut batch: Vec<(u64, Record)> = Vec::with_capacity(BATCH);
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = input.read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        progress(n as u64);
        let rec = match std::str::from_utf8(&buf) {
            Ok(t) if t.trim().is_empty() => continue,
            Ok(t) => Record::Json(t.trim_end().to_string()),
            Err(_) => Record::Bad(format!("line {line_no}: not valid UTF-8")),
        };
        batch.push((line_no, rec));
        if batch.len() == BATCH {
            flush(s, &mut batch, output, threads, &mut summary)?;
        }
    }
    flush(s, &mut batch, output, threads, &mut summary)?;
    Ok(summary)
}

/// Screens CSV from `input`: a header row naming candidate fields (`id`,
/// `birth_date`, `education`, `golongan`, `pns`, `sehat`, `hukuman_disiplin`,
/// `related_experience_years`, `tenure_years`), `held_years.<jenjang>` and
/// `facts.<name>` columns. An unknown column is an error before any record.
pub fn run_csv<R: std::io::Read, W: Write>(
    s: &Screener<'_>,
    input: R,
    output: &mut W,
    threads: usize,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| format!("cannot read the header row: {e}"))?
        .clone();
    let columns: Vec<Column> = headers.iter().map(column).collect::<Result<_, _>>()?;
    if !columns.iter().any(|c| matches!(c, Column::Id)) {
        return Err("the header row has no `id` column".into());
    }
    let mut summary = Summary::default();
    let mut batch: Vec<(u64, Record)> = Vec::with_capacity(BATCH);
    let (mut last, mut last_byte) = (1u64, 0u64);
    for rec in reader.records() {
        let (pos, record) = match rec {
            Ok(r) => (r.position().cloned(), from_csv(&columns, &r)),
            Err(e) => {
                let line = e.position().map_or(last + 1, |p| p.line());
                (
                    e.position().cloned(),
                    Record::Bad(format!("line {line}: {e}")),
                )
            }
        };
        let line = pos.as_ref().map_or(last + 1, |p| p.line());
        let byte = pos.as_ref().map_or(last_byte, |p| p.byte());
        progress(byte.saturating_sub(last_byte));
        (last, last_byte) = (line, byte);
        batch.push((line, record));
        if batch.len() == BATCH {
            flush(s, &mut batch, output, threads, &mut summary).map_err(|e| e.to_string())?;
        }
    }
    flush(s, &mut batch, output, threads, &mut summary).map_err(|e| e.to_string())?;
    Ok(summary)
}

fn flush<W: Write>(
    s: &Screener<'_>,
    batch: &mut Vec<(u64, Record)>,
    out: &mut W,
    threads: usize,
    summary: &mut Summary,
) -> std::io::Result<()> {
    let lines = judge_batch(s, batch, threads);
    for l in &lines {
        summary.records += 1;
        match l.outcome {
            Outcome::Eligible => summary.eligible += 1,
            Outcome::Ineligible => summary.ineligible += 1,
            Outcome::Unknown => summary.unknown += 1,
            Outcome::Malformed => summary.malformed += 1,
        }
        out.write_all(l.text.as_bytes())?;
        out.write_all(b"\n")?;
    }
    batch.clear();
    Ok(())
}

enum Column {
    Id,
    Name,
    Birth,
    Education,
    Golongan,
    Pns,
    Sehat,
    Hukuman,
    Experience,
    Tenure,
    Held(String),
    Fact(String),
}

fn column(h: &str) -> Result<Column, String> {
    Ok(match h.trim() {
        "id" => Column::Id,
        "name" => Column::Name,
        "birth_date" => Column::Birth,
        "education" => Column::Education,
        "golongan" => Column::Golongan,
        "pns" => Column::Pns,
        "sehat" => Column::Sehat,
        "hukuman_disiplin" => Column::Hukuman,
        "related_experience_years" => Column::Experience,
        "tenure_years" => Column::Tenure,
        other => {
            if let Some(j) = other.strip_prefix("held_years.") {
                Column::Held(j.to_string())
            } else if let Some(f) = other.strip_prefix("facts.") {
                Column::Fact(f.to_string())
            } else {
                return Err(format!("unknown column `{other}`: candidate columns are id, name, birth_date, education, golongan, pns, sehat, hukuman_disiplin, related_experience_years, tenure_years, held_years.<jenjang>, facts.<name>"));
            }
        }
    })
}

fn boolean(v: &str) -> Result<Option<bool>, String> {
    match v.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "true" | "ya" | "1" | "y" => Ok(Some(true)),
        "false" | "tidak" | "0" | "n" => Ok(Some(false)),
        other => Err(format!("`{other}` is not yes or no")),
    }
}

fn number(v: &str) -> Result<Option<f64>, String> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<f64>()
        .map(Some)
        .map_err(|_| format!("`{v}` is not a number"))
}

fn from_csv(columns: &[Column], r: &csv::StringRecord) -> Record {
    let mut c = Candidate::default();
    let mut facts = BTreeMap::new();
    for (col, v) in columns.iter().zip(r.iter()) {
        let res: Result<(), String> = (|| {
            let text = || Some(v.trim().to_string()).filter(|s| !s.is_empty());
            match col {
                Column::Id => c.id = v.trim().to_string(),
                Column::Name => c.name = text(),
                Column::Birth => {
                    c.birth_date = match text() {
                        Some(t) => {
                            Some(chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(
                                |_| format!("birth_date `{t}` is not a date (YYYY-MM-DD)"),
                            )?)
                        }
                        None => None,
                    }
                }
                Column::Education => c.education = text(),
                Column::Golongan => c.golongan = text(),
                Column::Pns => c.pns = boolean(v).map_err(|e| format!("pns: {e}"))?,
                Column::Sehat => c.sehat = boolean(v).map_err(|e| format!("sehat: {e}"))?,
                Column::Hukuman => {
                    c.hukuman_disiplin = boolean(v).map_err(|e| format!("hukuman_disiplin: {e}"))?
                }
                Column::Experience => {
                    c.related_experience_years =
                        number(v).map_err(|e| format!("related_experience_years: {e}"))?
                }
                Column::Tenure => {
                    c.tenure_years = number(v).map_err(|e| format!("tenure_years: {e}"))?
                }
                Column::Held(j) => {
                    if let Some(y) = number(v).map_err(|e| format!("held_years.{j}: {e}"))? {
                        c.held_years.insert(j.clone(), y);
                    }
                }
                Column::Fact(f) => {
                    if let Some(b) = boolean(v).map_err(|e| format!("facts.{f}: {e}"))? {
                        facts.insert(f.clone(), b);
                    }
                }
            }
            Ok(())
        })();
        if let Err(e) = res {
            return Record::Bad(e);
        }
    }
    if c.id.is_empty() {
        return Record::Bad("the record has no id".into());
    }
    c.facts = facts;
    Record::Parsed(Box::new(c))
}
