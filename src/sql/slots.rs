//! A slot's value as a SQL expression over one candidate row, computed as
//! `pasal screen` computes it (`check/eligibility/slots.rs`): ages in completed
//! years on the calendar (29 February birthdays turn on 1 March), durations
//! given in years as service days (`check::time`), ranks on their
//! ordered scales. A value the row lacks is NULL.

use super::build::*;
use super::{Dialect, Table};
use crate::check::eligibility::SlotKind;
use crate::ir::{Education, Golongan, Jenjang, TimeUnit};
use chrono::{Datelike, NaiveDate};
use sqlparser::ast::{BinaryOperator, DataType, DateTimeField, Expr};

/// What every slot expression needs.
pub struct Context<'a> {
    /// The database.
    pub dialect: Dialect,
    /// The table's columns.
    pub table: &'a Table,
    /// The screening date (every event is measured at it); without one, every
    /// date-dependent value is unknown.
    pub date: Option<NaiveDate>,
}

impl Context<'_> {
    fn col(&self, field: &str) -> Expr {
        column(self.dialect, self.table.column(field))
    }

    /// A text column with blanks trimmed, and empty text read as NULL.
    fn text(&self, field: &str) -> Expr {
        call(
            "NULLIF",
            vec![call("TRIM", vec![self.col(field)]), string("")],
        )
    }

    /// Text compared byte for byte: MySQL's default collations ignore case
    /// and accents, `pasal screen` does not.
    fn exact(&self, e: Expr) -> Expr {
        match self.dialect {
            Dialect::Postgres => e,
            Dialect::Mysql => cast(e, DataType::Binary(None)),
        }
    }
}

/// The slot's value for the row.
pub fn value(cx: &Context<'_>, slot: &SlotKind) -> Expr {
    match slot {
        SlotKind::Age(_, unit) => match cx.date {
            Some(on) if *unit == TimeUnit::Months => age_months(cx, on),
            Some(on) => age_years(cx, on),
            None => null(),
        },
        SlotKind::Education => education_rank(cx),
        SlotKind::Golongan => golongan_rank(cx),
        SlotKind::Experience => years_as_days(cx.col("related_experience_years")),
        SlotKind::Tenure => years_as_days(cx.col("tenure_years")),
        SlotKind::Held(jenjang) => held(cx, jenjang),
        // Ratings are not columns of the screening table.
        SlotKind::Rating(_) => null(),
    }
}

/// Words `pasal screen` reads as yes and as no (case and blanks aside); a
/// native boolean reads as `true`/`false` (PostgreSQL) or `1`/`0` (MySQL).
const YES: &[&str] = &["true", "ya", "1", "y"];
const NO: &[&str] = &["false", "tidak", "0", "n"];

/// A yes/no column's lower-cased, trimmed text (NULL when empty).
fn yes_no_text(cx: &Context<'_>, field: &str) -> Expr {
    call(
        "NULLIF",
        vec![
            call(
                "LOWER",
                vec![call(
                    "TRIM",
                    vec![cast(cx.col(field), cx.dialect.text_cast())],
                )],
            ),
            string(""),
        ],
    )
}

/// A yes/no column as TRUE, FALSE or NULL.
pub fn yes_no(cx: &Context<'_>, field: &str) -> Expr {
    let mut whens: Vec<(Expr, Expr)> = YES.iter().map(|w| (string(w), boolean(true))).collect();
    whens.extend(NO.iter().map(|w| (string(w), boolean(false))));
    case_of(cx.exact(yes_no_text(cx, field)), whens)
}

/// TRUE when `pasal screen` would reject the row (an `error` line): no id, an
/// unknown education or golongan, a negative duration, a yes/no column that
/// says neither.
pub fn invalid(cx: &Context<'_>, flags: &[String]) -> Expr {
    let negative = |field: &str| binary(cx.col(field), BinaryOperator::Lt, int(0));
    let mut parts = vec![
        is_null(cx.text("id")),
        and(vec![
            Expr::IsNotNull(Box::new(cx.text("education"))),
            is_null(education_rank(cx)),
        ]),
        and(vec![
            Expr::IsNotNull(Box::new(cx.text("golongan"))),
            is_null(golongan_rank(cx)),
        ]),
        negative("related_experience_years"),
        negative("tenure_years"),
    ];
    parts.extend(
        Jenjang::ALL
            .iter()
            .map(|j| negative(&format!("held_years.{}", j.as_str()))),
    );
    parts.extend(flags.iter().map(|f| {
        and(vec![
            Expr::IsNotNull(Box::new(yes_no_text(cx, f))),
            is_null(yes_no(cx, f)),
        ])
    }));
    // A comparison with NULL is NULL: only a known defect makes the row invalid.
    call("COALESCE", vec![or(parts), boolean(false)])
}

fn education_rank(cx: &Context<'_>) -> Expr {
    case_of(
        cx.exact(cx.text("education")),
        Education::ALL
            .iter()
            .map(|e| (string(e.as_str()), int(i64::from(e.rank()))))
            .collect(),
    )
}

fn golongan_rank(cx: &Context<'_>) -> Expr {
    let mut whens = Vec::new();
    for group in ["I", "II", "III", "IV"] {
        for letter in ["a", "b", "c", "d", "e"] {
            let name = format!("{group}/{letter}");
            if let Some(g) = Golongan::parse(&name) {
                whens.push((string(&name), int(i64::from(g.rank()))));
            }
        }
    }
    case_of(cx.exact(cx.text("golongan")), whens)
}

/// `EXTRACT(MONTH FROM d) * 100 + EXTRACT(DAY FROM d)`: month and day as one number.
fn month_day(e: Expr) -> Expr {
    add(
        mul(extract(DateTimeField::Month, e.clone()), int(100)),
        extract(DateTimeField::Day, e),
    )
}

/// Completed years from the birth date to `on` (NULL when born after it).
fn age_years(cx: &Context<'_>, on: NaiveDate) -> Expr {
    let birth = cx.col("birth_date");
    let md = i64::from(on.month() * 100 + on.day());
    let years = sub(
        sub(
            int(i64::from(on.year())),
            extract(DateTimeField::Year, birth.clone()),
        ),
        case(
            vec![(
                binary(month_day(birth.clone()), BinaryOperator::Gt, int(md)),
                int(1),
            )],
            Some(int(0)),
        ),
    );
    case(
        vec![(binary(birth, BinaryOperator::Gt, date(on)), null())],
        Some(years),
    )
}

/// Completed months from the birth date to `on` (a month from 31 January ends
/// on the last day of February).
fn age_months(cx: &Context<'_>, on: NaiveDate) -> Expr {
    let birth = cx.col("birth_date");
    let whole = add(
        mul(
            sub(
                int(i64::from(on.year())),
                extract(DateTimeField::Year, birth.clone()),
            ),
            int(12),
        ),
        sub(
            int(i64::from(on.month())),
            extract(DateTimeField::Month, birth.clone()),
        ),
    );
    let last_day = last_day_of_month(on);
    let short = if on.day() == last_day {
        int(0)
    } else {
        case(
            vec![(
                binary(
                    extract(DateTimeField::Day, birth.clone()),
                    BinaryOperator::Gt,
                    int(i64::from(on.day())),
                ),
                int(1),
            )],
            Some(int(0)),
        )
    };
    case(
        vec![(binary(birth, BinaryOperator::Gt, date(on)), null())],
        Some(sub(whole, short)),
    )
}

fn last_day_of_month(d: NaiveDate) -> u32 {
    let next = if d.month() == 12 {
        NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).map_or(28, |p| p.day())
}

/// A duration of `years` (a number, possibly fractional) in service days, as
/// `pasal screen` counts it (`check::time::duration_days`).
fn years_as_days(years: Expr) -> Expr {
    mul(years, float(crate::check::time::SERVICE_DAYS_PER_YEAR))
}

/// Years held in any of `jenjang`: the sum of their `held_years.*` columns,
/// unknown when the row has no `held_years` value at all.
fn held(cx: &Context<'_>, jenjang: &[Jenjang]) -> Expr {
    let any_known = or(Jenjang::ALL
        .iter()
        .map(|j| Expr::IsNotNull(Box::new(cx.col(&format!("held_years.{}", j.as_str())))))
        .collect());
    // Summed in the order `pasal screen` sums them (by name), so the float
    // result is the same to the last bit.
    let mut names: Vec<&str> = jenjang.iter().map(|j| j.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let sum = names.iter().fold(float(0.0), |acc, n| {
        add(
            acc,
            call(
                "COALESCE",
                vec![cx.col(&format!("held_years.{n}")), float(0.0)],
            ),
        )
    });
    case(vec![(any_known, years_as_days(sum))], Some(null()))
}
