//! `pasal`: a compiler and checkers for Indonesian regional regulations on
//! filling senior civil-service posts. See ARCHITECTURE.md for the stages.

#![forbid(unsafe_code)]

pub mod analysis;
pub mod diagnostics;
pub mod driver;
pub mod report;
pub mod source;
pub mod syntax;
pub mod ir;
pub mod resolve;

/// The syntax tree, re-exported for the later stages.
pub use syntax::ast;
