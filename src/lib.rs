//! `pasal`: a compiler and checkers for Indonesian regional regulations on
//! filling senior civil-service posts. See ARCHITECTURE.md for the stages.

#![forbid(unsafe_code)]
// stderr and stdout are written through `cli::diag` and `cli::emit`, which
// report a failed write instead of panicking as the print macros do.
#![deny(clippy::print_stderr, clippy::print_stdout)]

extern crate alloc;

pub mod analysis;
pub mod check;
#[cfg(feature = "cli")]
pub mod cli;
pub mod codes;
pub mod diagnostics;
pub mod diff;
pub mod driver;
pub mod format;
pub mod import;
pub mod ir;
pub mod law;
#[cfg(feature = "cli")]
pub mod lsp;
pub mod messages;
pub mod new;
pub mod parallel;
pub mod render;
pub mod report;
pub mod resolve;
pub mod source;
pub mod sql;
pub mod syntax;
#[cfg(feature = "cli")]
pub mod walk;
pub mod words;

/// The syntax tree, re-exported for the later stages.
pub use syntax::ast;
