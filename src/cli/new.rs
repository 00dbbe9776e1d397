//! `pasal new`: write a new region's draft peraturan from the national baseline.

use super::{emit, fail, write_file};
use crate::analysis::Options;
use crate::diagnostics::{Lang, Severity};
use crate::new::{self, Draft, Jenis};
use crate::{driver, report};
use clap::ValueEnum;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `pasal new`.
#[derive(clap::Args)]
pub struct Args {
    /// Kind of regulation
    #[arg(long, value_enum)]
    jenis: JenisArg,
    /// The region, e.g. "Contoh" or "kabupaten Contoh"
    #[arg(long)]
    daerah: String,
    /// The province (for a peraturan_gubernur: the region itself, may be left out)
    #[arg(long)]
    provinsi: Option<String>,
    /// The regulation's number
    #[arg(long)]
    nomor: u32,
    /// The regulation's year
    #[arg(long)]
    tahun: u32,
    /// The subject (default: TATA CARA PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA DI LINGKUNGAN PEMERINTAH …)
    #[arg(long)]
    tentang: Option<String>,
    /// Date of enactment and promulgation, YYYY-MM-DD (default: left for the drafter to fill in)
    #[arg(long, value_name = "YYYY-MM-DD")]
    tanggal: Option<String>,
    /// Place of enactment (default: the region's name)
    #[arg(long)]
    tempat: Option<String>,
    /// The national baseline the draft follows (default: PP 11/2017, built into pasal, so the draft checks from any folder)
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Write the draft to this file (its `mengikuti` path is computed from there) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Overwrite the output file if it exists
    #[arg(long)]
    force: bool,
}

/// The baseline a draft follows when `--baseline` is not given.
const BUILT_IN_BASELINE: &str = "nasional/pp-11-2017.pasal";

/// `--jenis`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
enum JenisArg {
    /// Peraturan Bupati (a kabupaten)
    #[value(name = "peraturan_bupati")]
    Bupati,
    /// Peraturan Wali Kota (a kota)
    #[value(name = "peraturan_walikota")]
    WaliKota,
    /// Peraturan Gubernur (a provinsi)
    #[value(name = "peraturan_gubernur")]
    Gubernur,
}

/// Runs `pasal new`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    match draft(&a) {
        Ok((text, dir)) => finish(&a, &text, &dir, lang),
        Err(e) => fail(&e),
    }
}

fn draft(a: &Args) -> Result<(String, PathBuf), String> {
    let jenis = match a.jenis {
        JenisArg::Bupati => Jenis::Bupati,
        JenisArg::WaliKota => Jenis::WaliKota,
        JenisArg::Gubernur => Jenis::Gubernur,
    };
    let daerah = new::region_name(jenis, &a.daerah)?;
    let provinsi = match (&a.provinsi, jenis) {
        (Some(p), Jenis::Gubernur) => {
            let p = new::region_name(jenis, p)?;
            if p.to_lowercase() != daerah.to_lowercase() {
                return Err(format!(
                    "a peraturan_gubernur governs the province itself: `--provinsi {p}` differs from `--daerah {daerah}`"
                ));
            }
            p
        }
        (Some(p), _) => new::region_name(Jenis::Gubernur, p)?,
        (None, Jenis::Gubernur) => daerah.clone(),
        (None, _) => return Err("`--provinsi` is required for a kabupaten or kota".to_string()),
    };
    let tanggal = a
        .tanggal
        .as_deref()
        .map(|t| {
            chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map_err(|e| format!("`--tanggal {t}`: {e}; write a calendar date as YYYY-MM-DD"))
        })
        .transpose()?;
    if a.nomor == 0 {
        return Err("`--nomor` must be 1 or more".to_string());
    }
    if !(1945..=9999).contains(&a.tahun) {
        return Err(format!("`--tahun {}` is not a plausible year", a.tahun));
    }
    if let Some(out) = &a.output {
        if out.exists() && !a.force {
            return Err(format!(
                "`{}` exists; choose another file or pass --force to overwrite it",
                out.display()
            ));
        }
    }
    // The baseline must compile: the draft is checked against it.
    let built_in = format!("{}{BUILT_IN_BASELINE}", driver::BUILT_IN_PREFIX);
    let c = match &a.baseline {
        Some(path) => driver::compile_path(path, &Options::default()),
        None => driver::compile_bytes(
            &built_in,
            driver::built_in(BUILT_IN_BASELINE)
                .unwrap_or_default()
                .as_bytes(),
            None,
            &Options::default(),
        ),
    };
    let shown = a
        .baseline
        .as_ref()
        .map_or(built_in.clone(), |p| p.display().to_string());
    let base = c.policy.filter(|_| !c.unusable).ok_or_else(|| {
        format!(
            "cannot use baseline `{shown}`: {}",
            c.findings
                .first()
                .map_or("it does not compile".to_string(), |f| f.message.clone())
        )
    })?;
    let dir = new::draft_dir(a.output.as_deref());
    let baseline = match &a.baseline {
        Some(path) => new::baseline_path(&dir, path)?,
        None => built_in,
    };
    let d = Draft {
        jenis,
        daerah,
        provinsi,
        nomor: a.nomor,
        tahun: a.tahun,
        tentang: a.tentang.clone(),
        tanggal,
        tempat: a.tempat.clone(),
        baseline,
    };
    let text = new::render(&d, Some(&base))?;
    // The draft is written in the canonical layout, so `pasal fmt --check` passes on it.
    let text = crate::format::format_text("draft.pasal", &text).unwrap_or(text);
    Ok((text, dir))
}

/// Writes the draft and checks it as `pasal check` would, reporting on stderr.
fn finish(a: &Args, text: &str, dir: &Path, lang: Lang) -> ExitCode {
    let compiled = match &a.output {
        Some(path) => {
            if let Err(status) = write_file(path, text, lang) {
                return status;
            }
            driver::compile_path(path, &Options::default())
        }
        None => {
            if let Err(status) = emit(text) {
                return status;
            }
            driver::compile_bytes(
                "draft.pasal",
                text.as_bytes(),
                Some(&dir.join("draft.pasal")),
                &Options::default(),
            )
        }
    };
    let mut findings = compiled.findings;
    findings.iter_mut().for_each(|f| f.localize(lang));
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    if errors + warnings > 0 {
        super::diag(&report::human::render(&findings, false));
    }
    use crate::messages::cli::{msg, text};
    let target = a.output.as_ref().map_or(text::STANDARD_OUTPUT.into(), |p| {
        crate::messages::Message::quoted(format!("`{}`", p.display()))
    });
    diagln!("{}", msg::draft_written(target, errors, warnings).get(lang));
    ExitCode::SUCCESS
}
