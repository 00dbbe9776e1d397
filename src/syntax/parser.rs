//! pest grammar (`grammar/pasal.pest`) → [`ast`](super::ast), one unit at a time:
//! the text is packed for pest (`pack.rs`), parsed, and its pairs built into the
//! AST (`build.rs`, `build_rules.rs`); a unit that fails is parsed again for the
//! words it expected (`errors.rs`).

use super::ast::*;
use super::build::Builder;
use super::errors::convert_error;
use super::pack::Packed;
use crate::source::Span;
use pest::Parser;

pub use super::errors::SyntaxError;
pub use super::pack::fold_string;

/// The grammar's rule names, for error messages.
pub use super::grammar::Rule as GrammarRule;
use super::grammar::{PestParser, Rule};

/// Parses one unit whose text starts at byte `offset` of the file.
pub fn parse_unit(text: &str, offset: usize) -> Result<Unit, SyntaxError> {
    let packed = Packed::new(text);
    let mut pairs = PestParser::parse(Rule::unit, &packed.text)
        .map_err(|_| convert_error(parse_in_detail(&packed.text), &packed, text, offset))?;
    let unit = pairs
        .next()
        .and_then(|p| p.into_inner().find(|p| p.as_rule() != Rule::EOI))
        .ok_or_else(|| SyntaxError {
            span: Span::new(offset, offset + text.len()),
            message: crate::messages::syntax::text::EMPTY_UNIT.into(),
            expected: vec![],
        })?;
    let b = Builder {
        offset,
        packed: &packed,
        original: text,
    };
    Ok(b.unit(unit))
}

/// Parses a unit that failed again, with pest's record of the literal words it
/// tried (off for the first parse: it costs time). The record is switched on
/// for the whole process, so these parses take turns.
fn parse_in_detail(text: &str) -> pest::error::Error<Rule> {
    static DETAIL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = DETAIL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    pest::set_error_detail(true);
    let result = PestParser::parse(Rule::unit, text);
    pest::set_error_detail(false);
    match result {
        Err(e) => e,
        // Cannot happen (the same text failed a moment ago); report the whole unit.
        Ok(_) => pest::error::Error::new_from_pos(
            pest::error::ErrorVariant::CustomError {
                message: "this unit could not be parsed".into(),
            },
            pest::Position::from_start(text),
        ),
    }
}
