//! CSV input for `pasal screen`: a header row naming candidate fields, one
//! candidate per row.
//!
//! Records in = records out, with line numbers that are the file's own:
//!
//! - The header row names each column once; an unknown or repeated column, or
//!   no `id` column, stops the run before any record ([`HeaderError`]).
//! - Empty lines are not records. Every other line is a record and gets one
//!   verdict line naming its line.
//! - A record with more or fewer fields than the header gets an error line
//!   (`line 7: 9 fields, the header has 10`).
//! - No field of a talent pool holds a line break, so a record that runs over
//!   several lines is an error — almost always a quote that was not closed,
//!   which swallows the lines after it into one field. Each line it spans, empty
//!   lines included, gets its own error line naming that line; a quote still
//!   open at the end of the input swallows every line to the end, and each of
//!   them gets its error line the same way. A quote still open after
//!   [`MAX_QUOTED`] bytes is closed at the next line end, so the input is never
//!   held in memory as one field: its lines get their error lines, and reading
//!   starts again on the line after.
//! - A line longer than [`MAX_LINE`] bytes is one record with an error line;
//!   the reader keeps only its first [`MAX_LINE`] bytes in memory.
//! - Line ends may be LF, CRLF or CR; a UTF-8 byte order mark is skipped.

use super::lines::{Lines, MAX_LINE, MAX_QUOTED};
use super::{flush, Record, Screener, Stop, Summary, BATCH};
use crate::check::case::{parse_date, Candidate};
use crate::messages::screen as said;
use crate::messages::Message;
use std::collections::BTreeMap;
use std::io::{Read, Write};

/// Why a CSV header row cannot be screened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// The input has no header row (it is empty, or only empty lines).
    Empty,
    /// A header field that is not valid UTF-8 (1-based column).
    NotUtf8 {
        /// Its position.
        column: usize,
    },
    /// A column that is not a candidate field (1-based position).
    Unknown {
        /// Its position.
        column: usize,
        /// Its name.
        name: String,
    },
    /// A column named twice (1-based positions).
    Duplicate {
        /// The name.
        name: String,
        /// Where it first appears.
        first: usize,
        /// Where it appears again.
        second: usize,
    },
    /// No `id` column.
    NoId,
}

/// The candidate columns, for messages.
pub const COLUMNS: &str = "id, name, birth_date, education, golongan, pns, sehat, hukuman_disiplin, related_experience_years, tenure_years, held_years.<jenjang>, facts.<name>";

impl HeaderError {
    /// What is wrong, in both languages.
    pub fn message(&self) -> Message {
        match self {
            HeaderError::Empty => said::text::EMPTY.into(),
            HeaderError::NotUtf8 { column } => said::msg::header_not_utf8(column),
            HeaderError::Unknown { column, name } => {
                said::msg::unknown_column(name, column, COLUMNS)
            }
            HeaderError::Duplicate {
                name,
                first,
                second,
            } => said::msg::duplicate_column(name, first, second),
            HeaderError::NoId => said::text::NO_ID.into(),
        }
    }
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().en)
    }
}

/// Screens CSV from `input` to `output` (flushed at the end): a header row
/// naming candidate fields (`id`, `birth_date`, `education`, `golongan`, `pns`,
/// `sehat`, `hukuman_disiplin`, `related_experience_years`, `tenure_years`),
/// `held_years.<jenjang>` and `facts.<name>` columns; the rules of the module
/// documentation. `progress` gets bytes read.
pub fn run_csv<R: Read, W: Write>(
    s: &Screener<'_>,
    input: R,
    output: &mut W,
    threads: usize,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary, Stop> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(Lines::new(input));
    let mut rec = csv::ByteRecord::new();
    if !reader.read_byte_record(&mut rec).map_err(read_error)? {
        return Err(Stop::Header(HeaderError::Empty));
    }
    let columns = header(&rec).map_err(Stop::Header)?;
    let width = columns.len();
    let mut summary = Summary::default();
    let mut batch = super::Batch::default();
    let mut read = 0u64;
    let mut push = |line: u64, record: Record, batch: &mut super::Batch| {
        batch.records.push((line, record));
        if batch.len() == BATCH {
            flush(s, batch, output, threads, &mut summary)?;
        }
        Ok::<(), Stop>(())
    };
    while reader.read_byte_record(&mut rec).map_err(read_error)? {
        let raw = reader.get_ref().raw;
        progress(raw.saturating_sub(read));
        read = raw;
        // The line after the record: every record ends with a line break
        // (`Lines` adds one at the end), which the reader has counted.
        let after = reader.position().line();
        let breaks = line_breaks(rec.as_slice());
        if breaks == 0 && reader.get_ref().was_long(reader.position().byte()) {
            let record = Record::Bad(format!(
                "the line is longer than {MAX_LINE} bytes; not screened, reading starts again at line {after}"
            ));
            let line = after.saturating_sub(1);
            push(line, record, &mut batch)?;
            continue;
        }
        if breaks == 0 {
            let line = after.saturating_sub(1);
            let record = if rec.len() == width {
                from_csv(&columns, &rec)
            } else {
                let plural = if rec.len() == 1 { "" } else { "s" };
                Record::Bad(format!(
                    "{} field{plural}, the header has {width}",
                    rec.len()
                ))
            };
            push(line, record, &mut batch)?;
            continue;
        }
        // A record over several lines. A quote still open at the end took the
        // input's last line break into its field: that break ends the last
        // line rather than separating two lines inside the record.
        let open = reader.get_ref().open_at_end(reader.position().byte());
        let cut = !open && reader.get_ref().was_cut(reader.position().byte());
        let last = after.saturating_sub(1);
        let first = if open {
            after.saturating_sub(breaks)
        } else {
            after.saturating_sub(1 + breaks)
        };
        for line in first..=last {
            let message = match (line == first, open) {
                (true, false) if cut => format!(
                    "a quote is not closed within {} bytes: lines {first} to {last} are inside it; reading starts again at line {}",
                    MAX_QUOTED,
                    last + 1
                ),
                (false, false) if cut => format!(
                    "inside the quote of line {first}, not closed within {MAX_QUOTED} bytes; not screened"
                ),
                (true, true) => format!(
                    "a quote is never closed: every line from here to the end of the input (line {last}) is inside it"
                ),
                (true, false) => format!(
                    "a quoted field runs on to line {last}; a field cannot hold a line break (is a quote not closed?)"
                ),
                (false, true) => format!(
                    "inside the quote of line {first}, which is never closed; not screened"
                ),
                (false, false) => format!(
                    "inside the quoted field of line {first}, which runs to line {last}; not screened"
                ),
            };
            push(line, Record::Bad(message), &mut batch)?;
        }
    }
    flush(s, &mut batch, output, threads, &mut summary)?;
    output.flush().map_err(Stop::Write)?;
    Ok(summary)
}

fn read_error(e: csv::Error) -> Stop {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => Stop::Read(e),
        other => Stop::Read(std::io::Error::other(format!("{other:?}"))),
    }
}

/// Line breaks inside a record's fields (none, for nearly every record).
fn line_breaks(bytes: &[u8]) -> u64 {
    if !bytes.contains(&b'\n') {
        return 0;
    }
    bytes.iter().filter(|b| **b == b'\n').count() as u64
}

/// The header's columns, each named once, with an `id`.
fn header(rec: &csv::ByteRecord) -> Result<Vec<Column>, HeaderError> {
    if rec.is_empty() {
        return Err(HeaderError::Empty);
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut columns = Vec::with_capacity(rec.len());
    for (i, field) in rec.iter().enumerate() {
        let position = i + 1;
        let name = std::str::from_utf8(field)
            .map_err(|_| HeaderError::NotUtf8 { column: position })?
            .trim();
        if let Some(first) = seen.insert(name, position) {
            return Err(HeaderError::Duplicate {
                name: name.to_string(),
                first,
                second: position,
            });
        }
        columns.push(column(name).ok_or_else(|| HeaderError::Unknown {
            column: position,
            name: name.to_string(),
        })?);
    }
    if !columns.iter().any(|c| matches!(c, Column::Id)) {
        return Err(HeaderError::NoId);
    }
    Ok(columns)
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

fn column(h: &str) -> Option<Column> {
    Some(match h {
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
                return None;
            }
        }
    })
}

impl Column {
    /// The column's name, for messages.
    fn name(&self) -> String {
        match self {
            Column::Id => "id".into(),
            Column::Name => "name".into(),
            Column::Birth => "birth_date".into(),
            Column::Education => "education".into(),
            Column::Golongan => "golongan".into(),
            Column::Pns => "pns".into(),
            Column::Sehat => "sehat".into(),
            Column::Hukuman => "hukuman_disiplin".into(),
            Column::Experience => "related_experience_years".into(),
            Column::Tenure => "tenure_years".into(),
            Column::Held(j) => format!("held_years.{j}"),
            Column::Fact(f) => format!("facts.{f}"),
        }
    }
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

/// One record with as many fields as the header.
fn from_csv(columns: &[Column], r: &csv::ByteRecord) -> Record {
    let mut c = Candidate::default();
    let mut facts = BTreeMap::new();
    for (col, v) in columns.iter().zip(r.iter()) {
        let res: Result<(), String> = (|| {
            let v = std::str::from_utf8(v).map_err(|_| "not valid UTF-8".to_string())?;
            let text = || Some(v.trim().to_string()).filter(|s| !s.is_empty());
            match col {
                Column::Id => c.id = v.trim().to_string(),
                Column::Name => c.name = text(),
                Column::Birth => {
                    c.birth_date = match text() {
                        Some(t) => Some(parse_date(&t)?),
                        None => None,
                    }
                }
                Column::Education => c.education = text(),
                Column::Golongan => c.golongan = text(),
                Column::Pns => c.pns = boolean(v)?,
                Column::Sehat => c.sehat = boolean(v)?,
                Column::Hukuman => c.hukuman_disiplin = boolean(v)?,
                Column::Experience => c.related_experience_years = number(v)?,
                Column::Tenure => c.tenure_years = number(v)?,
                Column::Held(j) => {
                    if let Some(y) = number(v)? {
                        c.held_years.insert(j.clone(), y);
                    }
                }
                Column::Fact(f) => {
                    if let Some(b) = boolean(v)? {
                        facts.insert(f.clone(), b);
                    }
                }
            }
            Ok(())
        })();
        if let Err(e) = res {
            return Record::Bad(format!("{}: {e}", col.name()));
        }
    }
    if c.id.is_empty() {
        return Record::Bad("the record has no id".into());
    }
    c.facts = facts;
    Record::Parsed(Box::new(c))
}
