//! The pest parser generated from `grammar/pasal.pest`, and its rule names.
//! The parser driver (`parser.rs`), the AST builder (`build.rs`,
//! `build_rules.rs`) and the error messages (`errors.rs`) all read it; none of
//! them reads another.

/// The generated parser.
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/pasal.pest"]
pub(super) struct PestParser;
