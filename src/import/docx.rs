//! Word files (`.docx`): the paragraphs of `word/document.xml` in order (table
//! cells' paragraphs included), one paragraph a line, with Word's automatic
//! list numbering (`word/numbering.xml`) written out as the label it prints
//! (`a.`, `1)`, `(1)`), so that the structure reader sees what the reader of
//! the document sees. Line N of the result is paragraph N of the document.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::Read;

/// Why a .docx could not be read.
pub type DocxError = String;

/// One level of a numbering definition.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// Numbering definitions: `numId` → its levels.
#[derive(Debug, Default)]
struct Numbering {
    levels: HashMap<String, Vec<Level>>,
}

/// The text of a .docx, one paragraph a line.
pub fn text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable .docx (zip archive): {e}"))?;
    let document = read_entry(&mut zip, "word/document.xml")?
        .ok_or("the archive has no word/document.xml: not a Word document")?;
    let numbering = match read_entry(&mut zip, "word/numbering.xml")? {
        Some(xml) => numbering(&xml)?,
        None => Numbering::default(),
    };
    paragraphs(&document, &numbering)
}

fn read_entry<R: std::io::Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, DocxError> {
    let mut entry = match zip.by_name(name) {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot read {name}: {e}")),
    };
    // A document is a few megabytes at most; refuse a zip bomb.
    let mut out = String::new();
    entry
        .by_ref()
        .take(64 << 20)
        .read_to_string(&mut out)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    Ok(Some(out))
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn numbering(xml: &str) -> Result<Numbering, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut abstracts: HashMap<String, Vec<Level>> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let mut current_abstract: Option<String> = None;
    let mut current_num: Option<String> = None;
    let mut level: Option<(usize, Level)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("word/numbering.xml is not well-formed: {e}"))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:abstractNum" => current_abstract = attr(&e, b"w:abstractNumId"),
                b"w:lvl" => {
                    let ilvl = attr(&e, b"w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    level = Some((
                        ilvl,
                        Level {
                            start: 1,
                            ..Level::default()
                        },
                    ));
                }
                b"w:start" => {
                    if let Some((_, l)) = level.as_mut() {
                        l.start = attr(&e, b"w:val").and_then(|v| v.parse().ok()).unwrap_or(1);
                    }
                }
                b"w:numFmt" => {
                    if let Some((_, l)) = level.as_mut() {
                        l.format = attr(&e, b"w:val").unwrap_or_default();
                    }
                }
                b"w:lvlText" => {
                    if let Some((_, l)) = level.as_mut() {
                        l.text = attr(&e, b"w:val").unwrap_or_default();
                    }
                }
                b"w:num" => current_num = attr(&e, b"w:numId"),
                b"w:abstractNumId" => {
                    if let (Some(n), Some(a)) = (&current_num, attr(&e, b"w:val")) {
                        nums.insert(n.clone(), a);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:lvl" => {
                    if let (Some(a), Some((ilvl, l))) = (&current_abstract, level.take()) {
                        let levels = abstracts.entry(a.clone()).or_default();
                        if levels.len() <= ilvl {
                            levels.resize(ilvl + 1, Level::default());
                        }
                        if let Some(slot) = levels.get_mut(ilvl) {
                            *slot = l;
                        }
                    }
                }
                b"w:abstractNum" => current_abstract = None,
                b"w:num" => current_num = None,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    let levels = nums
        .into_iter()
        .filter_map(|(num, a)| abstracts.get(&a).map(|l| (num, l.clone())))
        .collect();
    Ok(Numbering { levels })
}

/// A counter in a level's format: `3` → `3`, `c`, `C`, `iii`, `III`.
fn format_counter(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" | "upperLetter" => {
            let mut s = String::new();
            let mut k = n;
            while k > 0 {
                let r = ((k - 1) % 26) as u8;
                s.insert(0, char::from(b'a' + r));
                k = (k - 1) / 26;
            }
            if format == "upperLetter" {
                s.to_uppercase()
            } else {
                s
            }
        }
        "lowerRoman" | "upperRoman" => {
            let roman = crate::words::roman(n);
            if format == "lowerRoman" {
                roman.to_lowercase()
            } else {
                roman
            }
        }
        "bullet" | "none" => String::new(),
        _ => n.to_string(),
    }
}

/// Counters of the lists seen so far: per `numId`, one per level.
#[derive(Default)]
struct Counters(HashMap<String, Vec<u32>>);

impl Counters {
    /// The label of the next paragraph of list `num` at level `ilvl`.
    fn next(&mut self, numbering: &Numbering, num: &str, ilvl: usize) -> Option<String> {
        let levels = numbering.levels.get(num)?;
        let level = levels.get(ilvl)?;
        let counters = self.0.entry(num.to_string()).or_default();
        if counters.len() <= ilvl {
            counters.resize(ilvl + 1, 0);
        }
        // A deeper level restarts when a shallower one moves on.
        counters.truncate(ilvl + 1);
        let start = level.start.max(1);
        let c = counters.get_mut(ilvl)?;
        *c = if *c == 0 { start } else { *c + 1 };
        let mut label = level.text.clone();
        for (i, l) in levels.iter().enumerate().take(ilvl + 1) {
            let value = counters.get(i).copied().unwrap_or(l.start.max(1));
            label = label.replace(
                &format!("%{}", i + 1),
                &format_counter(value.max(1), &l.format),
            );
        }
        (!label.trim().is_empty() && level.format != "bullet").then_some(label)
    }
}

fn paragraphs(xml: &str, numbering: &Numbering) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut para = String::new();
    let mut num: Option<(String, usize)> = None;
    let mut in_text = false;
    let mut counters = Counters::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("word/document.xml is not well-formed: {e}"))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:p" => {
                    para.clear();
                    num = None;
                }
                b"w:numId" => {
                    if let Some(id) = attr(&e, b"w:val") {
                        let ilvl = num.as_ref().map_or(0, |(_, l)| *l);
                        num = Some((id, ilvl));
                    }
                }
                b"w:ilvl" => {
                    let ilvl = attr(&e, b"w:val").and_then(|v| v.parse().ok()).unwrap_or(0);
                    num = Some(match num.take() {
                        Some((id, _)) => (id, ilvl),
                        None => (String::new(), ilvl),
                    });
                }
                b"w:t" => in_text = true,
                b"w:tab" => para.push(' '),
                b"w:br" | b"w:cr" => para.push(' '),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t
                    .unescape()
                    .map_err(|e| format!("word/document.xml has bad text: {e}"))?;
                para.push_str(&text);
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    let label = num
                        .as_ref()
                        .filter(|(id, _)| !id.is_empty() && id != "0")
                        .and_then(|(id, ilvl)| counters.next(numbering, id, *ilvl));
                    if let Some(l) = label {
                        out.push_str(&l);
                        out.push(' ');
                    }
                    out.push_str(para.replace('\n', " ").trim());
                    out.push('\n');
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}
