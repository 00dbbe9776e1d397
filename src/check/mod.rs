//! Stage 5, checking: judging real cases against a compiled policy.
//!
//! Architecture invariant: the checker reads the IR only; it never reaches
//! back into the parser, and a missing fact gives `unknown`, never a pass.

pub mod calendar;
pub mod case;
pub mod eligibility;
pub mod examples;
pub mod screen;
pub mod time;
pub mod verify;
