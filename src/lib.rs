//! `pasal`: a compiler and checkers for Indonesian regional regulations on
//! filling senior civil-service posts. See ARCHITECTURE.md for the stages.

#![forbid(unsafe_code)]

pub mod diagnostics;
pub mod report;
pub mod source;
pub mod syntax;
