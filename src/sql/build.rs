//! Small constructors for sqlparser's syntax tree. Every identifier and literal
//! of a generated query goes through here, so quoting is the printer's job:
//! identifiers are quoted in the dialect's style (`"x"` or `` `x` ``) with the
//! quote doubled inside, strings with `'` doubled.

use super::Dialect;
use sqlparser::ast::helpers::attached_token::AttachedToken;
use sqlparser::ast::{
    BinaryOperator, CaseWhen, CastKind, DataType, DateTimeField, Expr, ExtractSyntax, Function,
    FunctionArg, FunctionArgExpr, FunctionArgumentList, FunctionArguments, Ident, ObjectName,
    TypedString, UnaryOperator, Value,
};

/// A quoted identifier.
pub fn ident(dialect: Dialect, name: &str) -> Ident {
    Ident::with_quote(dialect.quote(), name)
}

/// A column reference.
pub fn column(dialect: Dialect, name: &str) -> Expr {
    Expr::Identifier(ident(dialect, name))
}

/// A string literal.
pub fn string(s: &str) -> Expr {
    Expr::Value(Value::SingleQuotedString(s.to_string()).with_empty_span())
}

/// An integer literal.
pub fn int(n: i64) -> Expr {
    Expr::Value(Value::Number(n.to_string(), false).with_empty_span())
}

/// A floating-point literal that reads back as exactly `x` (written with an
/// exponent, so MySQL reads it as a double rather than a decimal).
pub fn float(x: f64) -> Expr {
    Expr::Value(Value::Number(format!("{x:e}"), false).with_empty_span())
}

/// `NULL`.
pub fn null() -> Expr {
    Expr::Value(Value::Null.with_empty_span())
}

/// `TRUE` or `FALSE`.
pub fn boolean(b: bool) -> Expr {
    Expr::Value(Value::Boolean(b).with_empty_span())
}

/// `DATE 'YYYY-MM-DD'`.
pub fn date(d: chrono::NaiveDate) -> Expr {
    Expr::TypedString(TypedString {
        data_type: DataType::Date,
        value: Value::SingleQuotedString(d.format("%Y-%m-%d").to_string()).with_empty_span(),
        uses_odbc_syntax: false,
    })
}

/// `(e)`.
pub fn nested(e: Expr) -> Expr {
    Expr::Nested(Box::new(e))
}

/// `l op r`, parenthesised so that the printed text keeps the tree's grouping.
pub fn binary(l: Expr, op: BinaryOperator, r: Expr) -> Expr {
    nested(Expr::BinaryOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    })
}

/// `l + r`.
pub fn add(l: Expr, r: Expr) -> Expr {
    binary(l, BinaryOperator::Plus, r)
}

/// `l - r`.
pub fn sub(l: Expr, r: Expr) -> Expr {
    binary(l, BinaryOperator::Minus, r)
}

/// `l * r`.
pub fn mul(l: Expr, r: Expr) -> Expr {
    binary(l, BinaryOperator::Multiply, r)
}

/// All of `parts` (`TRUE` when there are none).
pub fn and(parts: Vec<Expr>) -> Expr {
    fold(parts, BinaryOperator::And, true)
}

/// Any of `parts` (`FALSE` when there are none).
pub fn or(parts: Vec<Expr>) -> Expr {
    fold(parts, BinaryOperator::Or, false)
}

fn fold(parts: Vec<Expr>, op: BinaryOperator, empty: bool) -> Expr {
    let mut it = parts.into_iter();
    let Some(first) = it.next() else {
        return boolean(empty);
    };
    let mut chained = false;
    let chain = it.fold(first, |acc, e| {
        chained = true;
        Expr::BinaryOp {
            left: Box::new(acc),
            op: op.clone(),
            right: Box::new(e),
        }
    });
    // `a OR b OR c` reads the same at any grouping: parenthesise the chain once.
    if chained {
        nested(chain)
    } else {
        chain
    }
}

/// `NOT e`.
pub fn not(e: Expr) -> Expr {
    nested(Expr::UnaryOp {
        op: UnaryOperator::Not,
        expr: Box::new(e),
    })
}

/// `e IS NULL`.
pub fn is_null(e: Expr) -> Expr {
    Expr::IsNull(Box::new(e))
}

/// `e IS FALSE`.
pub fn is_false(e: Expr) -> Expr {
    Expr::IsFalse(Box::new(e))
}

/// `CASE WHEN c THEN r … [ELSE e] END`.
pub fn case(whens: Vec<(Expr, Expr)>, otherwise: Option<Expr>) -> Expr {
    if whens.is_empty() {
        return otherwise.unwrap_or_else(null);
    }
    Expr::Case {
        case_token: AttachedToken::empty(),
        end_token: AttachedToken::empty(),
        operand: None,
        conditions: whens
            .into_iter()
            .map(|(condition, result)| CaseWhen { condition, result })
            .collect(),
        else_result: otherwise.map(Box::new),
    }
}

/// `CASE e WHEN v THEN r … END`.
pub fn case_of(e: Expr, whens: Vec<(Expr, Expr)>) -> Expr {
    Expr::Case {
        case_token: AttachedToken::empty(),
        end_token: AttachedToken::empty(),
        operand: Some(Box::new(e)),
        conditions: whens
            .into_iter()
            .map(|(condition, result)| CaseWhen { condition, result })
            .collect(),
        else_result: None,
    }
}

/// `NAME(args…)`.
pub fn call(name: &str, args: Vec<Expr>) -> Expr {
    Expr::Function(Function {
        name: ObjectName::from(vec![Ident::new(name)]),
        uses_odbc_syntax: false,
        parameters: FunctionArguments::None,
        args: FunctionArguments::List(FunctionArgumentList {
            duplicate_treatment: None,
            args: args
                .into_iter()
                .map(|e| FunctionArg::Unnamed(FunctionArgExpr::Expr(e)))
                .collect(),
            clauses: Vec::new(),
        }),
        within_group: Vec::new(),
        filter: None,
        null_treatment: None,
        over: None,
    })
}

/// `CAST(e AS t)`.
pub fn cast(e: Expr, data_type: DataType) -> Expr {
    Expr::Cast {
        kind: CastKind::Cast,
        expr: Box::new(e),
        data_type,
        format: None,
    }
}

/// `EXTRACT(field FROM e)`.
pub fn extract(field: DateTimeField, e: Expr) -> Expr {
    Expr::Extract {
        field,
        syntax: ExtractSyntax::From,
        expr: Box::new(e),
    }
}
