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
//! - Line ends may be LF, CRLF or CR; a UTF-8 byte order mark is skipped.

use super::{flush, Record, Screener, Stop, Summary, BATCH};
use crate::check::case::{parse_date, Candidate};
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

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeaderError::Empty => write!(f, "the input is empty: no header row"),
            HeaderError::NotUtf8 { column } => {
                write!(f, "column {column} of the header row is not valid UTF-8")
            }
            HeaderError::Unknown { column, name } => write!(
                f,
                "unknown column `{name}` (column {column}): candidate columns are {COLUMNS}"
            ),
            HeaderError::Duplicate {
                name,
                first,
                second,
            } => write!(
                f,
                "column `{name}` appears twice in the header row, as columns {first} and {second}"
            ),
            HeaderError::NoId => write!(f, "the header row has no `id` column"),
        }
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

/// The input as the CSV reader sees it: a UTF-8 byte order mark at the start
/// removed, CRLF and CR line ends turned into LF (so the reader counts every
/// line), and a line break added at the end when the input has none (so every
/// record ends with one). It follows the quoting of the bytes it passes on, to
/// say whether a quote is still open at the end; input without a quote costs
/// one search per read.
struct Lines<R> {
    inner: R,
    /// Bytes read from `inner` (for progress).
    raw: u64,
    /// Bytes passed on.
    passed: u64,
    /// At the start of the input (the byte order mark not looked for yet).
    start: bool,
    /// The last byte read was a CR, passed on as LF: drop an LF right after it.
    after_cr: bool,
    /// The last byte passed on.
    last: Option<u8>,
    /// `inner` is exhausted.
    done: bool,
    quote: Quote,
    /// Bytes passed on since the open quote opened.
    open_bytes: u64,
    /// Bytes held back after a quote closed by [`MAX_QUOTED`], passed on next.
    pending: Vec<u8>,
    /// Where (in bytes passed on) the last quote closed by [`MAX_QUOTED`]
    /// was closed: just before the line break that ends the cut record.
    cut: Option<u64>,
}

/// The most bytes a quoted field may run over several lines before the
/// reading closes it at the next line end and starts again on the line after:
/// a quote never closed in a file of millions of lines would otherwise hold
/// the rest of the file in memory as one field. No field of a talent pool
/// comes near it (a field cannot hold a line break at all).
pub const MAX_QUOTED: u64 = 1 << 20;

/// Where the bytes passed on stand, as the CSV reader parses them (RFC 4180
/// quoting, its defaults: `"` quotes, `""` is a quote inside quotes, a quote
/// inside an unquoted field is a character).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// At the start of a field.
    Start,
    /// In a field that did not start with a quote.
    Plain,
    /// Inside quotes.
    Open,
    /// A quote inside quotes: closes them, unless another quote follows.
    Closing,
}

impl<R: Read> Lines<R> {
    fn new(inner: R) -> Self {
        Lines {
            inner,
            raw: 0,
            passed: 0,
            start: true,
            after_cr: false,
            last: None,
            done: false,
            quote: Quote::Start,
            open_bytes: 0,
            pending: Vec::new(),
            cut: None,
        }
    }

    /// True when the record the reader finished at byte `at` was cut at
    /// [`MAX_QUOTED`].
    fn was_cut(&self, at: u64) -> bool {
        self.cut.is_some_and(|c| at == c + 1)
    }

    /// Whether a quote is open at the end of the input, for a record the reader
    /// finished at byte `at`: true only for the last record, read to the end.
    fn open_at_end(&self, at: u64) -> bool {
        self.done && at == self.passed && self.quote == Quote::Open
    }

    fn follow(&mut self, bytes: &[u8]) {
        let Some(&last) = bytes.last() else {
            return;
        };
        if matches!(self.quote, Quote::Start | Quote::Plain) && !bytes.contains(&b'"') {
            self.quote = if last == b',' || last == b'\n' {
                Quote::Start
            } else {
                Quote::Plain
            };
            return;
        }
        for &b in bytes {
            if self.quote == Quote::Open {
                self.open_bytes += 1;
            }
            self.quote = match (self.quote, b) {
                (Quote::Start, b'"') => {
                    self.open_bytes = 0;
                    Quote::Open
                }
                (Quote::Open, b'"') => Quote::Closing,
                (Quote::Open, _) => Quote::Open,
                (Quote::Closing, b'"') => Quote::Open,
                (_, b',' | b'\n') => Quote::Start,
                _ => Quote::Plain,
            };
        }
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if !self.pending.is_empty() && !buf.is_empty() {
            let n = self.pending.len().min(buf.len());
            let rest = self.pending.split_off(n);
            if let Some(slot) = buf.get_mut(..n) {
                slot.copy_from_slice(&self.pending);
            }
            self.pending = rest;
            let passed = buf.get(..n).unwrap_or_default();
            self.follow(passed);
            self.last = passed.last().copied();
            self.passed += n as u64;
            return Ok(n);
        }
        loop {
            if buf.is_empty() || self.done {
                return Ok(0);
            }
            let mut n = self.inner.read(buf)?;
            self.raw += n as u64;
            if self.start {
                // Gather the first three bytes to look for a byte order mark.
                while n < 3.min(buf.len()) {
                    let more = self.inner.read(buf.get_mut(n..).unwrap_or_default())?;
                    if more == 0 {
                        break;
                    }
                    self.raw += more as u64;
                    n += more;
                }
                self.start = false;
                if buf.get(..n).is_some_and(|b| b.starts_with(b"\xEF\xBB\xBF")) {
                    buf.copy_within(3..n, 0);
                    n -= 3;
                    if n == 0 {
                        // Only the mark so far: read again (0 would say the end).
                        continue;
                    }
                }
            }
            if n == 0 {
                return Ok(usize::from(self.end(buf)));
            }
            let n = self.line_ends(buf, n);
            if n == 0 {
                // Only the LF of a CRLF whose CR was passed on: read again
                // (0 would say the input ended).
                continue;
            }
            let n = self.cap_quote(buf, n);
            let passed = buf.get(..n).unwrap_or_default();
            self.follow(passed);
            self.last = passed.last().copied();
            self.passed += n as u64;
            return Ok(n);
        }
    }
}

impl<R: Read> Lines<R> {
    /// When a quote has been open for [`MAX_QUOTED`] bytes, closes it before
    /// the next line break in `buf[..n]`: the bytes up to that break, then a
    /// quote, are passed on now (returns their count), the rest later.
    fn cap_quote(&mut self, buf: &mut [u8], n: usize) -> usize {
        if self.quote != Quote::Open || self.open_bytes < MAX_QUOTED {
            return n;
        }
        let Some(i) = buf
            .get(..n)
            .and_then(|b| b.iter().position(|&c| c == b'\n'))
        else {
            return n;
        };
        // The bytes before the break may close the quote themselves.
        let mut probe = self.quote;
        for &b in buf.get(..i).unwrap_or_default() {
            probe = match (probe, b) {
                (Quote::Open, b'"') => Quote::Closing,
                (Quote::Closing, b'"') => Quote::Open,
                (Quote::Open, _) => Quote::Open,
                (_, b',') => Quote::Start,
                (Quote::Start, b'"') => Quote::Open,
                _ => Quote::Plain,
            };
        }
        if probe != Quote::Open {
            return n;
        }
        self.pending = buf.get(i..n).unwrap_or_default().to_vec();
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'"';
        }
        self.cut = Some(self.passed + i as u64 + 1);
        i + 1
    }
}

impl<R: Read> Lines<R> {
    /// At the end of `inner`: writes the closing line break into `buf` when the
    /// input does not end with one (and says so), and marks the input done.
    fn end(&mut self, buf: &mut [u8]) -> bool {
        self.done = true;
        if self.last.is_none_or(|b| b == b'\n') {
            return false;
        }
        let Some(first) = buf.first_mut() else {
            return false;
        };
        *first = b'\n';
        self.follow(b"\n");
        self.last = Some(b'\n');
        self.passed += 1;
        true
    }

    /// Turns CRLF and CR into LF in `buf[..n]`, in place; returns the new length.
    fn line_ends(&mut self, buf: &mut [u8], n: usize) -> usize {
        let Some(bytes) = buf.get_mut(..n) else {
            return n;
        };
        if !self.after_cr && !bytes.contains(&b'\r') {
            return n;
        }
        let mut kept = 0;
        for i in 0..n {
            let b = bytes.get(i).copied().unwrap_or(b'\n');
            let out = match b {
                b'\n' if self.after_cr => {
                    self.after_cr = false;
                    continue;
                }
                b'\r' => {
                    self.after_cr = true;
                    b'\n'
                }
                other => {
                    self.after_cr = false;
                    other
                }
            };
            if let Some(slot) = bytes.get_mut(kept) {
                *slot = out;
            }
            kept += 1;
        }
        kept
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `Lines` passes on, read `chunk` bytes at a time, and whether a
    /// quote is open at the end.
    fn lines(input: &[u8], chunk: usize) -> (Vec<u8>, bool) {
        struct Slow<'a>(&'a [u8], usize);
        impl Read for Slow<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(buf.len()).min(self.0.len());
                let (head, rest) = self.0.split_at(n);
                buf[..n].copy_from_slice(head);
                self.0 = rest;
                Ok(n)
            }
        }
        let mut l = Lines::new(Slow(input, chunk));
        let mut out = Vec::new();
        let mut buf = [0u8; 7];
        loop {
            let n = l.read(&mut buf).unwrap_or(0);
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        let open = l.open_at_end(l.passed);
        (out, open)
    }

    #[test]
    fn line_ends_become_lf_and_the_input_ends_with_one() {
        for chunk in [1, 2, 3, 5, 64] {
            let (out, open) = lines(b"\xEF\xBB\xBFid,x\r\na,\"b\"\r\rc,d", chunk);
            assert_eq!(out, b"id,x\na,\"b\"\n\nc,d\n", "chunk {chunk}");
            assert!(!open);
            assert_eq!(lines(b"id\r\n", chunk).0, b"id\n");
            assert_eq!(lines(b"", chunk).0, b"");
            assert_eq!(lines(b"a,\"b\n", chunk), (b"a,\"b\n".to_vec(), true));
            assert_eq!(lines(b"a,\"b\"\"", chunk), (b"a,\"b\"\"\n".to_vec(), true));
            assert!(!lines(b"a,\"b\"\"\"", chunk).1);
            assert!(!lines(b"a,b\"c\n", chunk).1);
            assert!(!lines(b"a,\"b\"c\"\n", chunk).1);
        }
    }
}
