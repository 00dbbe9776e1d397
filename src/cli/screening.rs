//! What `pasal screen` and `pasal sql` share: the policy's eligibility program
//! for one level and mechanism, and the screening date every event is measured at.

use super::fail;
use crate::analysis::Options;
use crate::check::eligibility::{Program, Reference};
use crate::diagnostics::Lang;
use crate::driver;
use crate::ir::{Event, Level, Mechanism};
use crate::messages::screen as said;
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
    let say = |m: crate::messages::Message| fail(m.get(lang));
    let (level, mechanism, date) = (
        target.level.as_str(),
        target.mechanism.as_str(),
        target.date.as_deref(),
    );
    let Some(level) = Level::parse(level) else {
        let names = Level::names();
        return Err(say(said::msg::unknown_level(level, names)));
    };
    let Some(mechanism) = Mechanism::parse(mechanism) else {
        let names = Mechanism::names();
        return Err(say(said::msg::unknown_mechanism(mechanism, names)));
    };
    let date = match date.map(|d| (d, chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d"))) {
        Some((_, Ok(d))) => Some(d),
        Some((d, Err(_))) => return Err(say(said::msg::bad_date(d))),
        None => None,
    };
    let compiled = driver::compile_path(policy, &Options::default());
    let Some(policy_ir) = compiled.policy.filter(|_| !compiled.unusable) else {
        let p = policy.display();
        return Err(say(said::msg::unusable_policy(p)));
    };
    let program = Program::compile(&policy_ir, level, mechanism);
    if program.rules.is_empty() {
        return Err(say(said::msg::no_rules(level, mechanism)));
    }
    // Every event the rules measure at is the screening date.
    let events = date
        .map(|d| Event::ALL.iter().map(|e| (*e, d)).collect())
        .unwrap_or_default();
    let reference = Reference {
        events,
        default: date,
        default_is_earliest: false,
        facts: Default::default(),
    };
    Ok((program, reference))
}
