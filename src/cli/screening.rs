//! What `pasal screen` and `pasal sql` share: the policy's eligibility program
//! for one level and mechanism, and the screening date every event is measured at.

use super::fail;
use crate::analysis::Options;
use crate::check::eligibility::{Program, Reference};
use crate::diagnostics::Lang;
use crate::driver;
use crate::ir::{Event, Level, Mechanism};
use std::path::Path;
use std::process::ExitCode;

/// Which rules and which date: the arguments `screen` and `sql` share.
#[derive(clap::Args)]
pub struct Target {
    /// Level of the post screened for
    #[arg(long, default_value = "jpt_pratama")]
    pub level: String,
    /// Filling mechanism
    #[arg(long, default_value = "seleksi_terbuka")]
    pub mechanism: String,
    /// Date candidates are measured at (age, years held): YYYY-MM-DD
    #[arg(long)]
    pub date: Option<String>,
}

/// Compiles the program of `level` and `mechanism` and the reference of `date`;
/// on bad arguments or an unusable policy, the exit status to return (after the
/// message, in `lang`).
pub fn program(
    policy: &Path,
    target: &Target,
    lang: Lang,
) -> Result<(Program, Reference), ExitCode> {
    let say = |en: String, id: String| {
        fail(&match lang {
            Lang::En => en,
            Lang::Id => id,
        })
    };
    let (level, mechanism, date) = (
        target.level.as_str(),
        target.mechanism.as_str(),
        target.date.as_deref(),
    );
    let Some(level) = Level::parse(level) else {
        let names = Level::names();
        return Err(say(
            format!("unknown level `{level}`; use `{names}`"),
            format!("tingkat jabatan `{level}` tidak dikenal; gunakan `{names}`"),
        ));
    };
    let Some(mechanism) = Mechanism::parse(mechanism) else {
        let names = Mechanism::names();
        return Err(say(
            format!("unknown mechanism `{mechanism}`; use `{names}`"),
            format!("mekanisme `{mechanism}` tidak dikenal; gunakan `{names}`"),
        ));
    };
    let date = match date.map(|d| (d, chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d"))) {
        Some((_, Ok(d))) => Some(d),
        Some((d, Err(_))) => {
            return Err(say(
                format!("`--date {d}` is not a date on the calendar (YYYY-MM-DD)"),
                format!("`--date {d}` bukan tanggal pada kalender (YYYY-MM-DD)"),
            ))
        }
        None => None,
    };
    let compiled = driver::compile_path(policy, &Options::default());
    let Some(policy_ir) = compiled.policy.filter(|_| !compiled.unusable) else {
        let p = policy.display();
        return Err(say(
            format!("`{p}` is not a usable policy (`pasal check {p}` says why)"),
            format!(
                "`{p}` bukan kebijakan yang dapat dipakai (`pasal check {p}` menjelaskan sebabnya)"
            ),
        ));
    };
    let program = Program::compile(&policy_ir, level, mechanism);
    if program.rules.is_empty() {
        return Err(say(
            format!("the policy has no eligibility rule for {level} through {mechanism}"),
            format!("kebijakan tidak memuat aturan persyaratan untuk {level} melalui {mechanism}"),
        ));
    }
    // Every event the rules measure at is the screening date.
    let events = date
        .map(|d| Event::ALL.iter().map(|e| (*e, d)).collect())
        .unwrap_or_default();
    let reference = Reference {
        events,
        default: date,
        facts: Default::default(),
    };
    Ok((program, reference))
}
