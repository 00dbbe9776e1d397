//! `pasal sql POLICY --dialect postgres|mysql`: the eligibility rules as one
//! SQL query over a candidates table (or, with `--create-table`, the table).

use super::{emit_then, fail, fail_in};
use crate::diagnostics::Lang;
use crate::messages::cli as said;
use crate::sql::{self, Dialect, Table};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `pasal sql`.
#[derive(clap::Args)]
pub struct Args {
    /// The policy file
    policy: PathBuf,
    /// The database: postgres or mysql (MariaDB too)
    #[arg(long, value_parser = ["postgres", "mysql"])]
    dialect: String,
    #[command(flatten)]
    target: super::screening::Target,
    /// The candidates table or view (`schema.table` for a table in a schema)
    #[arg(long, default_value = "candidates")]
    table: String,
    /// Read a field from another column: `--column birth_date=tgl_lahir` (repeatable)
    #[arg(long = "column", value_name = "FIELD=COLUMN")]
    columns: Vec<String>,
    /// Print the candidates table's definition instead of the query
    #[arg(long, conflicts_with = "load")]
    create_table: bool,
    /// Print the statement that loads this screening CSV into the table
    /// (psql's `\copy`, or MySQL's `LOAD DATA LOCAL INFILE`) instead of the query
    #[arg(long, value_name = "CSV")]
    load: Option<PathBuf>,
}

/// Runs `pasal sql`.
pub fn run(a: Args, lang: Lang) -> ExitCode {
    let Some(dialect) = Dialect::parse(&a.dialect) else {
        return fail_in(lang, said::msg::unknown_dialect(&a.dialect));
    };
    let mut table = Table {
        name: a.table.split('.').map(str::to_string).collect(),
        ..Table::default()
    };
    if table.name.iter().any(|p| p.is_empty()) {
        return fail_in(lang, said::msg::bad_table(&a.table));
    }
    for mapping in &a.columns {
        let pair = mapping
            .split_once('=')
            .map(|(f, c)| (f.trim(), c.trim()))
            .filter(|(f, c)| !f.is_empty() && !c.is_empty());
        let Some((field, column)) = pair else {
            return fail_in(lang, said::msg::bad_column(mapping));
        };
        table.columns.insert(field.to_string(), column.to_string());
    }
    let (program, reference) = match super::screening::program(&a.policy, &a.target, lang) {
        Ok(p) => p,
        Err(status) => return status,
    };
    if let Some(csv) = &a.load {
        let header = match read_header(csv) {
            Ok(h) => h,
            Err(e) => return fail(&e),
        };
        return match sql::load(
            &program,
            &header,
            &csv.display().to_string(),
            dialect,
            &table,
        ) {
            Ok(text) => emit_then(&text, ExitCode::SUCCESS),
            Err(e) => fail_in(lang, said::msg::in_file(format!("`{}`", csv.display()), e)),
        };
    }
    if a.create_table {
        let text = sql::create_table(&program, dialect, &table);
        return emit_then(&text, ExitCode::SUCCESS);
    }
    match sql::query(&program, &reference, dialect, &table) {
        Ok(text) => emit_then(&text, ExitCode::SUCCESS),
        Err(e) => fail_in(lang, said::msg::cannot_build_query(e)),
    }
}

/// The header row of a CSV file.
fn read_header(path: &std::path::Path) -> Result<Vec<String>, String> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let mut reader = csv::ReaderBuilder::new().from_reader(file);
    let header = reader
        .headers()
        .map_err(|e| format!("`{}`: cannot read the header row: {e}", path.display()))?;
    Ok(header.iter().map(str::to_string).collect())
}
