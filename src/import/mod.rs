//! Import: read a draft peraturan as reviewers receive it (text copied from a
//! PDF, Markdown, Word) and write it as a pasal policy.
//!
//! Stages: a reader builds a [`model::Document`] (structure, identity and the
//! verbatim text, each piece with its [`model::Origin`]); the phrase recogniser
//! annotates clauses with the rules their standard phrases state; [`emit`] writes
//! pasal source, which `format` puts in canonical layout.

pub mod emit;
pub mod model;
