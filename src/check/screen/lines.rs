//! The bytes of a CSV input as the reader of `pasal screen` sees them: a
//! byte order mark removed, line ends made LF, a final line break added, a
//! quote left open for [`MAX_QUOTED`] bytes closed at the next line end, and a
//! line longer than [`MAX_LINE`] cut, so that no record is ever held in memory
//! whole however the input is broken.

use std::io::Read;

/// The input as the CSV reader sees it: a UTF-8 byte order mark at the start
/// removed, CRLF and CR line ends turned into LF (so the reader counts every
/// line), and a line break added at the end when the input has none (so every
/// record ends with one). It follows the quoting of the bytes it passes on, to
/// say whether a quote is still open at the end; input without a quote costs
/// one search per read.
pub(super) struct Lines<R> {
    inner: R,
    /// Bytes read from `inner` (for progress).
    pub(super) raw: u64,
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
    /// Bytes passed on since the last line break.
    line_bytes: u64,
    /// The rest of a line longer than [`MAX_LINE`] is being dropped.
    skipping: bool,
    /// Where (in bytes passed on) the line break that ends the last line cut
    /// at [`MAX_LINE`] stands.
    long: Option<u64>,
}

/// The most bytes of one line the reader passes on: the rest of a longer line
/// is dropped, its record gets an error line, and reading starts again on the
/// line after, so that a file with no line break is never held in memory
/// whole. No record of a talent pool comes near it.
pub const MAX_LINE: u64 = 1 << 20;

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
    pub(super) fn new(inner: R) -> Self {
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
            line_bytes: 0,
            skipping: false,
            long: None,
        }
    }

    /// True when the record the reader finished at byte `at` is a line cut
    /// at [`MAX_LINE`].
    pub(super) fn was_long(&self, at: u64) -> bool {
        self.long.is_some_and(|c| at == c + 1)
    }

    /// True when the record the reader finished at byte `at` was cut at
    /// [`MAX_QUOTED`].
    pub(super) fn was_cut(&self, at: u64) -> bool {
        self.cut.is_some_and(|c| at == c + 1)
    }

    /// Whether a quote is open at the end of the input, for a record the reader
    /// finished at byte `at`: true only for the last record, read to the end.
    pub(super) fn open_at_end(&self, at: u64) -> bool {
        self.done && at == self.passed && self.quote == Quote::Open
    }

    fn follow(&mut self, bytes: &[u8]) {
        let Some(&last) = bytes.last() else {
            return;
        };
        self.line_bytes = match bytes.iter().rposition(|&b| b == b'\n') {
            Some(i) => (bytes.len() - i - 1) as u64,
            None => self.line_bytes + bytes.len() as u64,
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
        if self.skipping && !self.pending.is_empty() {
            // The held-back bytes continue a line cut at MAX_LINE: drop them
            // up to its line break.
            match self.pending.iter().position(|&c| c == b'\n') {
                Some(i) => {
                    self.pending.drain(..i);
                    self.skipping = false;
                    self.long = Some(self.passed);
                }
                None => self.pending.clear(),
            }
        }
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
            let n = self.cap_line(buf, n);
            if n == 0 {
                // All of it was the rest of a line cut at MAX_LINE: read again.
                continue;
            }
            let passed = buf.get(..n).unwrap_or_default();
            self.follow(passed);
            self.last = passed.last().copied();
            self.passed += n as u64;
            return Ok(n);
        }
    }
}

impl<R: Read> Lines<R> {
    /// Drops what lies beyond [`MAX_LINE`] bytes of a line in `buf[..n]`, up
    /// to its line break (which is kept, so the cut line stays one record and
    /// the lines after keep their numbers); closes a quote the cut leaves open.
    /// Returns the bytes left in `buf`.
    fn cap_line(&mut self, buf: &mut [u8], mut n: usize) -> usize {
        if self.skipping {
            let Some(i) = buf
                .get(..n)
                .and_then(|b| b.iter().position(|&c| c == b'\n'))
            else {
                return 0;
            };
            buf.copy_within(i..n, 0);
            n -= i;
            self.skipping = false;
            self.long = Some(self.passed);
            self.line_bytes = 0;
        }
        // Nearly always: no line can pass the cap within this buffer.
        if self.line_bytes + n as u64 <= MAX_LINE {
            return n;
        }
        let mut line = self.line_bytes;
        let mut quote = self.quote;
        for i in 0..n {
            let b = buf.get(i).copied().unwrap_or(b'\n');
            if b == b'\n' {
                line = 0;
            } else if line >= MAX_LINE {
                self.skipping = true;
                // Anything after the cut in this buffer is the same line, up
                // to a break: keep that break and what follows it.
                let rest = buf
                    .get(i..n)
                    .and_then(|b| b.iter().position(|&c| c == b'\n'))
                    .map(|j| i + j);
                let mut kept = i;
                if quote == Quote::Open {
                    if let Some(slot) = buf.get_mut(kept) {
                        *slot = b'"';
                        kept += 1;
                    }
                }
                if let Some(j) = rest {
                    self.pending = buf.get(j..n).unwrap_or_default().to_vec();
                    self.skipping = false;
                    self.long = Some(self.passed + kept as u64);
                }
                return kept;
            } else {
                line += 1;
            }
            quote = quote_after(quote, b);
        }
        n
    }

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
        if self.skipping {
            // A line cut at MAX_LINE runs to the end: the added break ends it.
            self.skipping = false;
            self.long = Some(self.passed);
        }
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

/// The quoting state after one more byte (the transitions [`Lines::follow`]
/// makes).
fn quote_after(q: Quote, b: u8) -> Quote {
    match (q, b) {
        (Quote::Start, b'"') => Quote::Open,
        (Quote::Open, b'"') => Quote::Closing,
        (Quote::Open, _) => Quote::Open,
        (Quote::Closing, b'"') => Quote::Open,
        (_, b',' | b'\n') => Quote::Start,
        _ => Quote::Plain,
    }
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

    #[test]
    fn a_line_past_the_cap_is_cut_and_its_line_break_kept() {
        let cap = MAX_LINE as usize;
        for chunk in [7, 4096, 1 << 16] {
            for quoted in [false, true] {
                let mut input = b"a,b\nc,".to_vec();
                if quoted {
                    input.push(b'"');
                }
                input.extend(std::iter::repeat_n(b'x', cap + 1000));
                input.extend(b"\nd,e\n");
                let (out, open) = lines(&input, chunk);
                let text = String::from_utf8_lossy(&out);
                let cut: Vec<&str> = text.split('\n').collect();
                assert_eq!(cut.len(), 4, "chunk {chunk}: three lines and the end");
                assert_eq!(cut[0], "a,b");
                // The cut line holds MAX_LINE bytes, and a closing quote when
                // the cut left one open.
                assert_eq!(cut[1].len(), cap + usize::from(quoted), "chunk {chunk}");
                assert_eq!(cut[1].ends_with('"'), quoted);
                assert_eq!(cut[2], "d,e");
                assert!(!open);
            }
        }
    }
}
