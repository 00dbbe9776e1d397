//! The case format: one whole selection (or one candidate, for screening),
//! as JSON. Field by field documentation is in docs/case.md; the JSON Schema
//! (`pasal schema`) is generated from these types.
//!
//! Values use the policy vocabulary: levels, mechanisms, events, list items,
//! post classes, panel categories and facts are the names a policy uses.

mod dates;
mod json;

use crate::messages::{case as words, Message, Text};
use chrono::NaiveDate;
pub use dates::parse as parse_date;
pub use json::parse_json;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole selection to verify against a policy.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The policy the selection falls under (path or short name), for the record.
    #[serde(default)]
    pub policy: Option<String>,
    /// The vacant post.
    pub vacancy: Vacancy,
    /// The announcement, if one was made.
    #[serde(default)]
    pub announcement: Option<Announcement>,
    /// Number of applicants when the (last) application deadline closed.
    #[serde(default)]
    pub applicants: Option<u32>,
    /// Panels by name as the policy names them (`seleksi`, `mutasi`, …).
    #[serde(default)]
    pub panels: BTreeMap<String, Vec<PanelMember>>,
    /// Weights used, by set and component: `{"penilaian": {"makalah": 20, …}}`.
    #[serde(default)]
    pub weights: BTreeMap<String, BTreeMap<String, f64>>,
    /// The candidates.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    /// Ids of the candidates who passed the administrative selection.
    #[serde(default)]
    pub shortlist: Option<Vec<String>>,
    /// Ids of the candidates proposed to the appointing official.
    #[serde(default)]
    pub proposed: Option<Vec<String>>,
    /// Id of the candidate chosen.
    #[serde(default)]
    pub chosen: Option<String>,
    /// When one selection fills several vacancies: for each vacancy (by a name
    /// the case chooses), who passed the administrative selection, who was
    /// proposed and who was chosen for it. A count the policy sets `per lowongan`
    /// is judged on each vacancy's own list; without them it is known only on
    /// average (see docs/case.md).
    #[serde(default)]
    pub per_vacancy: BTreeMap<String, VacancyResult>,
    /// Dates of events: `pengangkatan`, `pelantikan`, `pembentukan_pansel`, …
    #[serde(default, deserialize_with = "dates::map")]
    pub dates: BTreeMap<String, NaiveDate>,
    /// Actions taken: consultations, coordination, reports, recommendations.
    #[serde(default)]
    pub actions: Option<Vec<ActionRecord>>,
    /// `true` when `actions` records every action taken, so that an action the
    /// policy requires and the record lacks is a violation (otherwise: unknown).
    #[serde(default)]
    pub actions_complete: bool,
    /// Items present for each required list the policy names
    /// (`isi_pengumuman`, `dokumen_perencanaan`, `tahap_seleksi` …), in order.
    #[serde(default)]
    pub lists: BTreeMap<String, Vec<String>>,
    /// Yes/no facts about the selection (declared with `fakta` in the policy).
    #[serde(default)]
    pub facts: BTreeMap<String, bool>,
    /// Other counts by the name a `jumlah` rule uses.
    #[serde(default)]
    pub counts: BTreeMap<String, f64>,
    /// Periods by the name a `durasi` rule uses (e.g. `masa_jabatan`).
    #[serde(default)]
    pub periods: BTreeMap<String, Period>,
    /// Holidays beyond the calendar's (national holidays and cuti bersama are
    /// built in): regional holidays, days the office was closed, or a year the
    /// calendar lacks. Saturdays and Sundays are never working days.
    #[serde(default, deserialize_with = "dates::list")]
    pub holidays: Vec<NaiveDate>,
}

/// The vacant post.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vacancy {
    /// Name of the post as the decree names it.
    #[serde(default)]
    pub name: Option<String>,
    /// Post class as the policy names it (`sekretaris_daerah`, `kepala_dinas` …).
    #[serde(default)]
    pub post: Option<String>,
    /// Level: `jpt_pratama`, `administrator`, `pengawas`.
    pub level: String,
    /// Eselon: `II.a`, `II.b`, …
    #[serde(default)]
    pub eselon: Option<String>,
    /// Filling mechanism: `seleksi_terbuka`, `mutasi`, …
    pub mechanism: String,
    /// Why the post is vacant (an item of the policy's `alasan_lowong` list).
    #[serde(default)]
    pub reason: Option<String>,
    /// Number of vacancies filled by this selection (default 1).
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub count: Option<u32>,
}

/// The outcome of a selection for one of several vacancies it fills.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VacancyResult {
    /// Ids of the candidates who passed the administrative selection for this vacancy.
    #[serde(default)]
    pub shortlist: Option<Vec<String>>,
    /// Ids of the candidates proposed for this vacancy.
    #[serde(default)]
    pub proposed: Option<Vec<String>>,
    /// Id of the candidate chosen for this vacancy.
    #[serde(default)]
    pub chosen: Option<String>,
}

/// An announcement and its extensions.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Announcement {
    /// First day of the announcement.
    #[serde(deserialize_with = "dates::required")]
    pub start: NaiveDate,
    /// The application deadline as first announced.
    #[serde(deserialize_with = "dates::required")]
    pub deadline: NaiveDate,
    /// Channels used (`media_cetak_nasional`, `media_elektronik`, `portal_sijapti` …);
    /// absent when not recorded (a rule on channels is then unknown).
    #[serde(default)]
    pub channels: Option<Vec<String>>,
    /// Contents of the announcement (items of the policy's `isi_pengumuman` list).
    #[serde(default)]
    pub contents: Option<Vec<String>>,
    /// Extensions, in order: each moves the deadline.
    #[serde(default)]
    pub extensions: Vec<Extension>,
}

/// One extension of the announcement.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    /// The new application deadline.
    #[serde(deserialize_with = "dates::required")]
    pub new_deadline: NaiveDate,
    /// Applicants when the extension was decided.
    #[serde(default)]
    pub applicants: Option<u32>,
}

/// A panel member.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PanelMember {
    /// Name (optional: no rule depends on it; explanations use it).
    #[serde(default)]
    pub name: Option<String>,
    /// `internal` (an official of this government) or `eksternal`; absent when
    /// not known (a share or role rule that depends on it is then unknown).
    #[serde(default)]
    pub origin: Option<Origin>,
    /// Category: `pejabat_internal`, `pejabat_instansi_lain`, `pemerintah_provinsi`,
    /// `tokoh_masyarakat`, `akademisi`, `pakar`, `profesional`.
    pub category: String,
    /// Role: `ketua`, `wakil_ketua`, `sekretaris`, `anggota` (default).
    #[serde(default)]
    pub role: Option<String>,
    /// Post class held, for role rules (`sekretaris_daerah` …).
    #[serde(default)]
    pub post: Option<String>,
    /// Eselon of the post held, for standing rules.
    #[serde(default)]
    pub eselon: Option<String>,
}

/// Origin of a panel member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// An official of this regional government.
    Internal,
    /// Anyone else.
    Eksternal,
}

/// A candidate and the facts about them.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// Identifier (NIP or a record id).
    pub id: String,
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Date of birth.
    #[serde(default, deserialize_with = "dates::optional")]
    pub birth_date: Option<NaiveDate>,
    /// Highest education: `SD` … `D3`, `D4`, `S1`, `S2`, `S3`.
    #[serde(default)]
    pub education: Option<String>,
    /// Golongan, e.g. `IV/a`.
    #[serde(default)]
    pub golongan: Option<String>,
    /// Is a PNS.
    #[serde(default)]
    pub pns: Option<bool>,
    /// Physically and mentally healthy.
    #[serde(default)]
    pub sehat: Option<bool>,
    /// Currently serving a disciplinary punishment.
    #[serde(default)]
    pub hukuman_disiplin: Option<bool>,
    /// Cumulative experience in posts related to the vacancy, in years, when
    /// not derived from `positions` (those marked `related`).
    #[serde(default)]
    #[schemars(range(min = 0))]
    pub related_experience_years: Option<f64>,
    /// Positions held, with dates.
    #[serde(default)]
    pub positions: Option<Vec<Position>>,
    /// Years held per jenjang, when `positions` are not given (screening from a
    /// table): `{"administrator": 3.5}`.
    #[serde(default)]
    pub held_years: BTreeMap<String, f64>,
    /// Years in the current post, when `positions` are not given.
    #[serde(default)]
    #[schemars(range(min = 0))]
    pub tenure_years: Option<f64>,
    /// Performance ratings by year.
    #[serde(default)]
    pub ratings: Option<Vec<YearRating>>,
    /// Other yes/no facts, by the names the policy declares (`rekomendasi_kasn` …).
    #[serde(default)]
    pub facts: BTreeMap<String, bool>,
    /// Documents submitted (items of the policy's `dokumen_administrasi` list).
    #[serde(default)]
    pub documents: Option<Vec<String>>,
}

/// A position held.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Title.
    #[serde(default)]
    pub title: Option<String>,
    /// Jenjang: `jpt_pratama`, `administrator`, `pengawas`, `pelaksana`, `eselon_v`,
    /// `fungsional_ahli_utama`, `fungsional_ahli_madya`, `fungsional_ahli_muda`, `fungsional_ahli_pertama`.
    pub jenjang: String,
    /// First day (inauguration).
    #[serde(deserialize_with = "dates::required")]
    pub start: NaiveDate,
    /// Last day; absent while still held.
    #[serde(default, deserialize_with = "dates::optional")]
    pub end: Option<NaiveDate>,
    /// In a field related to the vacancy (counts towards `pengalaman_bidang`);
    /// absent when not stated (experience is then known only as a range, and a
    /// rule it does not decide is unknown).
    #[serde(default)]
    pub related: Option<bool>,
}

/// A performance rating.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearRating {
    /// Year rated.
    pub year: i32,
    /// `sangat_kurang`, `kurang`, `butuh_perbaikan`, `baik`, `sangat_baik`.
    pub rating: String,
}

/// An action taken.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionRecord {
    /// The action as the policy names it (`koordinasi`, `konsultasi`, `rekomendasi` …).
    pub action: String,
    /// Who acted (`ppk` …).
    #[serde(default)]
    pub by: Option<String>,
    /// With, to or from whom (`kasn`, `gubernur` …).
    #[serde(default)]
    pub party: Option<String>,
    /// When.
    #[serde(default, deserialize_with = "dates::optional")]
    pub date: Option<NaiveDate>,
    /// Through what (a channel, a place, a method), for rules that say `melalui`.
    #[serde(default)]
    pub via: Option<String>,
    /// `false` records that the action was NOT taken (default `true`).
    #[serde(default)]
    pub done: Option<bool>,
}

/// A period with a start and an optional end.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day.
    #[serde(deserialize_with = "dates::required")]
    pub start: NaiveDate,
    /// Last day (absent: still running).
    #[serde(default, deserialize_with = "dates::optional")]
    pub end: Option<NaiveDate>,
    /// For a running period: the date it is measured on ("as of"); absent:
    /// the case's reference date (`pengangkatan`, else the last deadline).
    /// Ignored when `end` is given.
    #[serde(default, deserialize_with = "dates::optional")]
    pub as_of: Option<NaiveDate>,
}

/// An error in a case file: the field's path, the line and column, what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseError {
    /// JSON path of the field (`candidates[0].birth_date`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, in both languages.
    pub message: Message,
}

impl CaseError {
    /// `line:column: `path`: message` in both languages.
    pub fn located(&self) -> Message {
        words::msg::at(self.line, self.column, &self.path, &self.message)
    }
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.located().en)
    }
}

/// Finds the line of a JSON path's last key in the text (best effort, for
/// errors found after parsing).
fn line_of(text: &str, path: &str) -> (usize, usize) {
    // Follow the path's keys in order; an index `[i]` before a key takes that
    // key's (i+1)-th occurrence (the key of the i-th object of the array).
    let mut at = 0;
    let mut skip = 0;
    for part in path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let needle = format!("\"{key}\"");
        for _ in 0..=skip {
            match text.get(at..).and_then(|t| t.find(&needle)) {
                Some(i) => at += i + needle.len(),
                None => return position(text, at.saturating_sub(needle.len())),
            }
        }
        skip = index.unwrap_or(0);
    }
    let key_len = path
        .rsplit('.')
        .next()
        .and_then(|p| p.split('[').next())
        .map_or(0, |k| k.len() + 2);
    position(text, at.saturating_sub(key_len))
}

/// 1-based line and column of a byte offset.
fn position(text: &str, i: usize) -> (usize, usize) {
    let before = text.get(..i).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Loads and validates a case: parse errors and impossible values (an end
/// before its start, a negative duration, a deadline before the announcement).
pub fn load_case(text: &str) -> Result<Case, Vec<CaseError>> {
    // A byte order mark that an editor put first is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let case: Case = parse_json(text).map_err(|e| vec![e])?;
    let mut errs = Vec::new();
    let mut bad = |path: String, message: Message| {
        let (line, column) = line_of(text, &path);
        errs.push(CaseError {
            path,
            line,
            column,
            message,
        });
    };
    if let Some(a) = &case.announcement {
        if a.deadline < a.start {
            bad(
                "announcement.deadline".into(),
                words::msg::deadline_before_start(a.deadline, a.start),
            );
        }
        let mut last = a.deadline;
        for (i, x) in a.extensions.iter().enumerate() {
            if x.new_deadline <= last {
                bad(
                    format!("announcement.extensions[{i}].new_deadline"),
                    words::msg::extension_not_later(x.new_deadline, last),
                );
            }
            last = x.new_deadline;
        }
    }
    if case.vacancy.count == Some(0) {
        bad("vacancy.count".into(), words::text::NO_VACANCY.into());
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, c) in case.candidates.iter().enumerate() {
        validate_candidate(c, &format!("candidates[{i}]"), &mut bad);
        if !ids.insert(c.id.as_str()) {
            bad(
                format!("candidates[{i}].id"),
                words::msg::candidate_twice(&c.id),
            );
        }
    }
    // The lists name candidates of the case (when the case lists any).
    if !case.candidates.is_empty() {
        let mut named = |path: String, id: &str| {
            if !ids.contains(id) {
                bad(path, words::msg::no_such_candidate(id));
            }
        };
        let lists = [("shortlist", &case.shortlist), ("proposed", &case.proposed)];
        for (field, list) in lists {
            for (i, id) in list.iter().flatten().enumerate() {
                named(format!("{field}[{i}]"), id);
            }
        }
        if let Some(id) = &case.chosen {
            named("chosen".into(), id);
        }
        for (v, r) in &case.per_vacancy {
            let lists = [("shortlist", &r.shortlist), ("proposed", &r.proposed)];
            for (field, list) in lists {
                for (i, id) in list.iter().flatten().enumerate() {
                    named(format!("per_vacancy.{v}.{field}[{i}]"), id);
                }
            }
            if let Some(id) = &r.chosen {
                named(format!("per_vacancy.{v}.chosen"), id);
            }
        }
    }
    for (set, parts) in &case.weights {
        for (part, w) in parts {
            if !(0.0..=100.0).contains(w) {
                bad(
                    format!("weights.{set}.{part}"),
                    words::msg::weight_out_of_range(w),
                );
            }
        }
    }
    for (name, p) in &case.periods {
        if p.end.is_some_and(|e| e < p.start) {
            bad(
                format!("periods.{name}.end"),
                words::text::PERIOD_ENDS_BEFORE_START.into(),
            );
        }
    }
    if errs.is_empty() {
        Ok(case)
    } else {
        Err(errs)
    }
}

/// What is wrong with a duration in years, if anything. (JSON cannot write an
/// infinite number; a CSV can, `1e999`.)
fn duration_error(years: f64) -> Option<Text> {
    if !years.is_finite() {
        Some(words::text::DURATION_NOT_FINITE)
    } else if years < 0.0 {
        Some(words::text::DURATION_NEGATIVE)
    } else {
        None
    }
}

/// Checks a candidate's values that JSON types cannot.
pub fn validate_candidate(c: &Candidate, at: &str, bad: &mut dyn FnMut(String, Message)) {
    if let Some(m) = c.related_experience_years.and_then(duration_error) {
        bad(format!("{at}.related_experience_years"), m.into());
    }
    if let Some(m) = c.tenure_years.and_then(duration_error) {
        bad(format!("{at}.tenure_years"), m.into());
    }
    for (j, y) in &c.held_years {
        if crate::ir::Jenjang::parse(j).is_none() {
            bad(
                format!("{at}.held_years.{j}"),
                words::msg::unknown_jenjang(j),
            );
        }
        if let Some(m) = duration_error(*y) {
            bad(format!("{at}.held_years.{j}"), m.into());
        }
    }
    if let Some(e) = &c.education {
        if crate::ir::Education::parse(e).is_none() {
            bad(
                format!("{at}.education"),
                words::msg::unknown_education(e, crate::ir::Education::names()),
            );
        }
    }
    if let Some(g) = &c.golongan {
        if crate::ir::Golongan::parse(g).is_none() {
            bad(format!("{at}.golongan"), words::msg::unknown_golongan(g));
        }
    }
    for (j, p) in c.positions.iter().flatten().enumerate() {
        if p.end.is_some_and(|e| e < p.start) {
            bad(
                format!("{at}.positions[{j}].end"),
                words::msg::position_ends_before_start(
                    p.end.map(|d| d.to_string()).unwrap_or_default(),
                    p.start,
                ),
            );
        }
        if crate::ir::Jenjang::parse(&p.jenjang).is_none() {
            bad(
                format!("{at}.positions[{j}].jenjang"),
                words::msg::unknown_jenjang(&p.jenjang),
            );
        }
    }
    for (j, r) in c.ratings.iter().flatten().enumerate() {
        if crate::ir::Rating::parse(&r.rating).is_none() {
            bad(
                format!("{at}.ratings[{j}].rating"),
                words::msg::unknown_rating(&r.rating, crate::ir::Rating::names()),
            );
        }
    }
}
