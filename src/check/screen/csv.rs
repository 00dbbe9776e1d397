//! CSV input for `pasal screen`: a header row naming candidate fields, one
//! candidate per row.

use super::{flush, Record, Screener, Summary, BATCH};
use crate::check::case::Candidate;
use std::collections::BTreeMap;
use std::io::Write;

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
    let mut batch = super::Batch::default();
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
        batch.records.push((line, record));
        if batch.len() == BATCH {
            flush(s, &mut batch, output, threads, &mut summary).map_err(|e| e.to_string())?;
        }
    }
    flush(s, &mut batch, output, threads, &mut summary).map_err(|e| e.to_string())?;
    Ok(summary)
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
