//! `pasal sql`: the eligibility rules of one level and mechanism compiled to
//! one SQL query over a table of candidates, for PostgreSQL and MySQL/MariaDB.
//!
//! The query is built from the same compiled [`Program`] that `pasal screen`
//! runs, with the same thresholds at the same screening date, so the database
//! gives the same verdicts: SQL's NULL is pasal's "unknown", and its AND, OR
//! and NOT are the same three-valued logic. The table's columns are the
//! screening CSV's (`id`, `birth_date`, `held_years.administrator`,
//! `facts.<name>` …), so a screening file loads unchanged; a mapping renames
//! them to the columns of an analyst's own table or view.
//!
//! The text is printed from sqlparser's syntax tree: identifiers and literals
//! are quoted by the printer, never pasted into SQL text.

mod build;
mod slots;

use crate::check::eligibility::{FlagKind, Program, Reference, RuleView, View};
use crate::ir::{BuiltinFact, Jenjang};
use build::*;
use sqlparser::ast::helpers::stmt_create_table::CreateTableBuilder;
use sqlparser::ast::{
    ColumnDef, DataType, Expr, ObjectName, SelectItem, SetExpr, Statement, TableFactor,
};
use std::collections::BTreeMap;

/// The database the SQL is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// PostgreSQL.
    Postgres,
    /// MySQL and MariaDB.
    Mysql,
}

impl Dialect {
    /// Parses `postgres` or `mysql` (also `postgresql`, `mariadb`).
    pub fn parse(s: &str) -> Option<Dialect> {
        match s {
            "postgres" | "postgresql" => Some(Dialect::Postgres),
            "mysql" | "mariadb" => Some(Dialect::Mysql),
            _ => None,
        }
    }

    fn quote(self) -> char {
        match self {
            Dialect::Postgres => '"',
            Dialect::Mysql => '`',
        }
    }

    fn parser(self) -> Box<dyn sqlparser::dialect::Dialect> {
        match self {
            Dialect::Postgres => Box::new(sqlparser::dialect::PostgreSqlDialect {}),
            Dialect::Mysql => Box::new(sqlparser::dialect::MySqlDialect {}),
        }
    }

    /// Yes/no columns are text, so that a screening CSV's `ya`/`tidak` loads
    /// unchanged; the query reads native booleans too (through their text).
    fn flag_type(self) -> DataType {
        match self {
            Dialect::Postgres => DataType::Text,
            Dialect::Mysql => {
                DataType::Varchar(Some(sqlparser::ast::CharacterLength::IntegerLength {
                    length: 16,
                    unit: None,
                }))
            }
        }
    }

    /// The type a value is cast to, to be read as text.
    fn text_cast(self) -> DataType {
        match self {
            Dialect::Postgres => DataType::Text,
            Dialect::Mysql => DataType::Char(None),
        }
    }

    fn double(self) -> DataType {
        match self {
            Dialect::Postgres => DataType::DoublePrecision,
            Dialect::Mysql => DataType::Double(sqlparser::ast::ExactNumberInfo::None),
        }
    }
}

/// The candidates table: its name and the column each field is read from.
#[derive(Debug, Clone)]
pub struct Table {
    /// Table (or view) name; `schema.table` is two parts.
    pub name: Vec<String>,
    /// Field (screening CSV column name) → the analyst's column name.
    pub columns: BTreeMap<String, String>,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            name: vec!["candidates".to_string()],
            columns: BTreeMap::new(),
        }
    }
}

impl Table {
    /// The column that holds a field.
    fn column<'a>(&'a self, field: &'a str) -> &'a str {
        self.columns.get(field).map_or(field, String::as_str)
    }

    fn object_name(&self, dialect: Dialect) -> ObjectName {
        ObjectName::from(
            self.name
                .iter()
                .map(|n| ident(dialect, n))
                .collect::<Vec<_>>(),
        )
    }
}

/// Every field of the screening CSV a program can read, in table order, with its type.
fn fields(program: &Program, dialect: Dialect) -> Vec<(String, DataType)> {
    let text = match dialect {
        Dialect::Postgres => DataType::Text,
        Dialect::Mysql => DataType::Varchar(Some(sqlparser::ast::CharacterLength::IntegerLength {
            length: 255,
            unit: None,
        })),
    };
    let mut out = vec![
        ("id".to_string(), text.clone()),
        ("name".to_string(), text.clone()),
        ("birth_date".to_string(), DataType::Date),
        ("education".to_string(), text.clone()),
        ("golongan".to_string(), text),
        ("pns".to_string(), dialect.flag_type()),
        ("sehat".to_string(), dialect.flag_type()),
        ("hukuman_disiplin".to_string(), dialect.flag_type()),
        ("related_experience_years".to_string(), dialect.double()),
        ("tenure_years".to_string(), dialect.double()),
    ];
    out.extend(
        Jenjang::ALL
            .iter()
            .map(|j| (format!("held_years.{}", j.as_str()), dialect.double())),
    );
    for f in &program.flags {
        if let FlagKind::Declared(name) = f {
            out.push((format!("facts.{name}"), dialect.flag_type()));
        }
    }
    out
}

/// `CREATE TABLE` for the candidates table, its columns named as the screening CSV's.
pub fn create_table(program: &Program, dialect: Dialect, table: &Table) -> String {
    let columns = fields(program, dialect)
        .into_iter()
        .map(|(field, data_type)| ColumnDef {
            name: ident(dialect, table.column(&field)),
            data_type,
            options: Vec::new(),
        })
        .collect();
    let stmt = Statement::CreateTable(
        CreateTableBuilder::new(table.object_name(dialect))
            .columns(columns)
            .build(),
    );
    format!("{stmt:#};\n")
}

/// The query: per record `id`, `status` (`eligible`, `ineligible`, `unknown`,
/// or `error` for a value `pasal screen` would reject), `rule` and `clause` of
/// the first violated rule (else of the first unknown one), then one column per
/// rule, named by its id, with TRUE, FALSE or NULL.
pub fn query(
    program: &Program,
    reference: &Reference,
    dialect: Dialect,
    table: &Table,
) -> Result<String, String> {
    let limits = program.limits();
    let date = reference.default;
    let cx = slots::Context {
        dialect,
        table,
        date,
    };
    let inner_rule = |i: usize| format!("r{}", i + 1);
    let mut inner = vec![
        SelectItem::ExprWithAlias {
            expr: column(dialect, table.column("id")),
            alias: ident(dialect, "id"),
        },
        SelectItem::ExprWithAlias {
            expr: slots::invalid(&cx, &flag_fields(program)),
            alias: ident(dialect, "invalid"),
        },
    ];
    for (i, rule) in program.rules.iter().enumerate() {
        let view = program.view(rule, &limits);
        inner.push(SelectItem::ExprWithAlias {
            expr: rule_expr(&cx, &view),
            alias: ident(dialect, &inner_rule(i)),
        });
    }
    let r = |i: usize| column(dialect, &inner_rule(i));
    let n = program.rules.len();
    let invalid = column(dialect, "invalid");
    let status = case(
        vec![
            (invalid.clone(), string("error")),
            (
                or((0..n).map(|i| is_false(r(i))).collect()),
                string("ineligible"),
            ),
            (
                or((0..n).map(|i| is_null(r(i))).collect()),
                string("unknown"),
            ),
        ],
        Some(string("eligible")),
    );
    let first = |pick: &dyn Fn(&crate::check::eligibility::CompiledRule) -> String| {
        let mut whens = vec![(invalid.clone(), null())];
        whens.extend(
            program
                .rules
                .iter()
                .enumerate()
                .map(|(i, rule)| (is_false(r(i)), string(&pick(rule)))),
        );
        whens.extend(
            program
                .rules
                .iter()
                .enumerate()
                .map(|(i, rule)| (is_null(r(i)), string(&pick(rule)))),
        );
        case(whens, None)
    };
    let mut outer = vec![
        SelectItem::UnnamedExpr(column(dialect, "id")),
        SelectItem::ExprWithAlias {
            expr: status,
            alias: ident(dialect, "status"),
        },
        SelectItem::ExprWithAlias {
            expr: first(&|rule| rule.id.clone()),
            alias: ident(dialect, "rule"),
        },
        SelectItem::ExprWithAlias {
            expr: first(&|rule| rule.clause.clone()),
            alias: ident(dialect, "clause"),
        },
    ];
    for (i, rule) in program.rules.iter().enumerate() {
        outer.push(SelectItem::ExprWithAlias {
            expr: r(i),
            alias: ident(dialect, &rule.id),
        });
    }
    let skeleton = "SELECT 1 FROM (SELECT 1 FROM t) AS judged";
    let mut stmts = sqlparser::parser::Parser::parse_sql(&*dialect.parser(), skeleton)
        .map_err(|e| e.to_string())?;
    let Some(Statement::Query(q)) = stmts.first_mut() else {
        return Err("the query skeleton did not parse as a query".into());
    };
    let SetExpr::Select(select) = q.body.as_mut() else {
        return Err("the query skeleton has no SELECT".into());
    };
    select.projection = outer;
    let derived = select.from.first_mut().map(|f| &mut f.relation);
    let Some(TableFactor::Derived { subquery, .. }) = derived else {
        return Err("the query skeleton has no subquery".into());
    };
    let SetExpr::Select(inner_select) = subquery.body.as_mut() else {
        return Err("the query skeleton's subquery has no SELECT".into());
    };
    inner_select.projection = inner;
    match inner_select.from.first_mut().map(|f| &mut f.relation) {
        Some(TableFactor::Table { name, .. }) => *name = table.object_name(dialect),
        _ => return Err("the query skeleton's subquery has no table".into()),
    }
    Ok(format!(
        "{};\n",
        stmts.iter().map(|s| format!("{s:#}")).collect::<String>()
    ))
}

/// A rule: it holds when its exemption or its condition holds.
fn rule_expr(cx: &slots::Context<'_>, view: &RuleView<'_>) -> Expr {
    let condition = view_expr(cx, &view.condition);
    match &view.exempt {
        None => condition,
        Some(g) => or(vec![view_expr(cx, g), condition]),
    }
}

fn view_expr(cx: &slots::Context<'_>, v: &View<'_>) -> Expr {
    match v {
        View::Flag(f) => flag(cx, f),
        View::Within { slot, lo, hi } => {
            if lo.is_nan() || hi.is_nan() {
                return null();
            }
            let value = slots::value(cx, slot);
            let mut parts = Vec::new();
            if lo.is_finite() {
                parts.push(binary(
                    value.clone(),
                    sqlparser::ast::BinaryOperator::GtEq,
                    float(*lo),
                ));
            }
            if hi.is_finite() {
                parts.push(binary(
                    value.clone(),
                    sqlparser::ast::BinaryOperator::LtEq,
                    float(*hi),
                ));
            }
            if parts.is_empty() {
                // Any known value meets an unbounded comparison.
                return case(vec![(is_null(value), null())], Some(boolean(true)));
            }
            and(parts)
        }
        View::All(parts) => and(parts.iter().map(|p| view_expr(cx, p)).collect()),
        View::Any(parts) => or(parts.iter().map(|p| view_expr(cx, p)).collect()),
        View::Not(p) => not(view_expr(cx, p)),
        View::Stated(p) => call("COALESCE", vec![view_expr(cx, p), boolean(false)]),
        View::Unknown => null(),
    }
}

fn flag(cx: &slots::Context<'_>, f: &FlagKind) -> Expr {
    match flag_field(f) {
        Some(field) => slots::yes_no(cx, &field),
        None => null(),
    }
}

/// The column a yes/no fact is read from (`None`: the table has no such column).
fn flag_field(f: &FlagKind) -> Option<String> {
    Some(match f {
        FlagKind::Builtin(BuiltinFact::Pns) => "pns".to_string(),
        FlagKind::Builtin(BuiltinFact::Sehat) => "sehat".to_string(),
        FlagKind::Builtin(BuiltinFact::HukumanDisiplin) => "hukuman_disiplin".to_string(),
        FlagKind::Builtin(_) => return None,
        FlagKind::Declared(name) => format!("facts.{name}"),
    })
}

/// Every yes/no column the table has for a program: the built-in ones and its declared facts.
fn flag_fields(program: &Program) -> Vec<String> {
    let mut out: Vec<String> = ["pns", "sehat", "hukuman_disiplin"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    out.extend(program.flags.iter().filter_map(|f| match f {
        FlagKind::Declared(_) => flag_field(f),
        FlagKind::Builtin(_) => None,
    }));
    out
}

/// The statement that loads a screening CSV with `header` into the table:
/// psql's `\copy … CSV HEADER` for PostgreSQL; for MySQL and MariaDB a
/// `LOAD DATA LOCAL INFILE` that reads empty fields as NULL, as `pasal screen` does.
pub fn load(
    program: &Program,
    header: &[String],
    file: &str,
    dialect: Dialect,
    table: &Table,
) -> Result<String, String> {
    let known: Vec<String> = fields(program, dialect)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    let mut columns = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let field = h.trim().trim_start_matches('\u{feff}');
        if !known.iter().any(|k| k == field) {
            return Err(format!(
                "line 1: column {} of the header, `{field}`, is not a column of the candidates table (see --create-table)",
                i + 1
            ));
        }
        // The database would load both into one column, or refuse the whole
        // file, depending on the dialect: neither keeps both values.
        if let Some(first) = seen.iter().position(|s| *s == field) {
            return Err(format!(
                "line 1: the header names `{field}` twice, as column {} and column {}; each column once",
                first + 1,
                i + 1
            ));
        }
        seen.push(field);
        columns.push(ident(dialect, table.column(field)).to_string());
    }
    let path = sqlparser::ast::Value::SingleQuotedString(file.to_string()).to_string();
    let name = table.object_name(dialect).to_string();
    Ok(match dialect {
        Dialect::Postgres => format!(
            "\\copy {name} ({}) FROM {path} WITH (FORMAT csv, HEADER true)\n",
            columns.join(", ")
        ),
        Dialect::Mysql => {
            let vars: Vec<String> = (1..=columns.len()).map(|i| format!("@c{i}")).collect();
            let sets: Vec<String> = columns
                .iter()
                .zip(&vars)
                .map(|(c, v)| format!("{c} = NULLIF({v}, '')"))
                .collect();
            format!(
                "LOAD DATA LOCAL INFILE {path} INTO TABLE {name} CHARACTER SET utf8mb4\n  FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"'\n  LINES TERMINATED BY '\\n'\n  IGNORE 1 LINES\n  ({})\n  SET {};\n",
                vars.join(", "),
                sets.join(",\n    ")
            )
        }
    })
}
