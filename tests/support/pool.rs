//! A generated talent pool in the screening CSV's shape, with the values at
//! the edges that matter (birthdays on the screening day, 29 February, exactly
//! N years, missing and invalid values). Shared by `tests/sql.rs` and
//! `benches/sql.rs`.

#![allow(dead_code)]

use pasal::check::eligibility::{FlagKind, Program};
use pasal::ir::Jenjang;
use std::path::Path;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// A birth date near the edges that matter on `on`: exactly N years before
/// it, a day either side, 29 February, after it, missing.
fn birth_date(rng: &mut Rng, on: chrono::NaiveDate) -> String {
    use chrono::{Datelike, Months, NaiveDate};
    match rng.below(10) {
        0 => String::new(),
        1 => ["1968-02-29", "1972-02-29", "1964-02-29", "1976-02-29"][rng.below(4) as usize]
            .to_string(),
        2..=5 => {
            let years = 40 + rng.below(25) as u32;
            let exact = on.checked_sub_months(Months::new(12 * years)).unwrap_or(on);
            let shift = rng.below(3) as i64 - 1;
            (exact + chrono::Duration::days(shift)).to_string()
        }
        6 => (on + chrono::Duration::days(rng.below(400) as i64)).to_string(),
        _ => NaiveDate::from_ymd_opt(1950 + rng.below(55) as i32, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new(rng.below(366))))
            .map(|d| if d.year() > 2005 { on } else { d })
            .unwrap_or(on)
            .to_string(),
    }
}

fn years(rng: &mut Rng) -> String {
    match rng.below(12) {
        0..=2 => String::new(),
        3 => ["2", "5", "10", "1"][rng.below(4) as usize].to_string(),
        4 => ["4.99", "5.5", "1.75", "2.0001", "0.5"][rng.below(5) as usize].to_string(),
        5 if rng.below(200) == 0 => "-1".to_string(),
        _ => format!("{}", rng.below(31)),
    }
}

fn yes_no(rng: &mut Rng) -> &'static str {
    if rng.below(3000) == 0 {
        return "mungkin";
    }
    rng.pick(&[
        "", "ya", "tidak", "true", "false", "1", "0", "Y", "N", " Ya ", "ya", "ya",
    ])
}

/// The declared facts a program reads.
pub fn facts(program: &Program) -> Vec<String> {
    program
        .flags
        .iter()
        .filter_map(|f| match f {
            FlagKind::Declared(d) => Some(d.clone()),
            FlagKind::Builtin(_) => None,
        })
        .collect()
}

/// Writes the talent pool; returns its ids in order.
pub fn generate(
    path: &Path,
    records: usize,
    facts: &[String],
    on: chrono::NaiveDate,
    seed: u64,
) -> Vec<String> {
    let mut rng = Rng(seed | 1);
    let mut header: Vec<String> = [
        "id",
        "birth_date",
        "education",
        "golongan",
        "pns",
        "sehat",
        "hukuman_disiplin",
        "related_experience_years",
        "tenure_years",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(
        Jenjang::ALL
            .iter()
            .map(|j| format!("held_years.{}", j.as_str())),
    );
    header.extend(facts.iter().map(|f| format!("facts.{f}")));
    let mut out = header.join(",");
    out.push('\n');
    let mut ids = Vec::with_capacity(records);
    for n in 0..records {
        let id = if rng.below(2000) == 0 {
            String::new()
        } else {
            format!("r{n:06}")
        };
        let mut row = vec![id.clone(), birth_date(&mut rng, on)];
        row.push(if rng.below(300) == 0 {
            "s1".to_string()
        } else {
            rng.pick(&["", "S1", "S2", "S3", "D4", "D3", "SMA", " S1 ", "S1", "S2"])
                .to_string()
        });
        row.push(if rng.below(300) == 0 {
            "III/e".to_string()
        } else {
            rng.pick(&["", "IV/a", "IV/b", "IV/c", "III/d", "III/c", "IV/e", "IV/a"])
                .to_string()
        });
        for _ in 0..3 {
            row.push(yes_no(&mut rng).to_string());
        }
        row.push(years(&mut rng));
        row.push(years(&mut rng));
        for _ in Jenjang::ALL {
            row.push(if rng.below(4) == 0 {
                years(&mut rng)
            } else {
                String::new()
            });
        }
        for _ in facts {
            row.push(yes_no(&mut rng).to_string());
        }
        out.push_str(&row.join(","));
        out.push('\n');
        ids.push(id);
    }
    std::fs::write(path, out).expect("write the pool");
    ids
}
