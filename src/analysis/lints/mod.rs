//! Every lint, one module each, and the table that maps codes to them.

use super::{Context, Lint};
use crate::diagnostics::Finding;

pub mod age_without_date;
pub mod backward_range;
pub mod clause_ending;
pub mod conflicting_values;
pub mod contradictory_phrase;
pub mod control_character;
pub mod count_order;
pub mod empty_interval;
pub mod encoding_numbers;
pub mod extension_unbounded;
pub mod foreign_region;
pub mod gazette_number;
pub mod heading_numbering;
pub mod idle_trigger;
pub mod item_numbering;
pub mod label_form;
pub mod laxer_than_baseline;
pub mod mengingat_citation;
pub mod modality_baseline;
pub mod number_words;
pub mod optional_composition;
pub mod panel_feasibility;
pub mod pasal_numbering;
pub mod period_without_date;
pub mod reference_kind;
pub mod roman_numeral;
pub mod self_reference;
pub mod share_without_base;
pub mod signer_title;
pub mod stage_weights;
pub mod step_order;
pub mod terms;
pub mod uncovered_outcome;
pub mod undetermined_scope;
pub mod unqualified_days;
pub mod unreachable_condition;
pub mod unused_acknowledgement;
pub mod weight_bands;

/// A lint's check function.
pub type Check = fn(&Context<'_>, &mut Vec<Finding>);

/// Every lint's check, in code order of the lint it is named after; a check
/// may report more than one code (`panel_feasibility`, `weight_bands`).
pub const CHECKS: &[Check] = &[
    self_reference::check,
    reference_kind::check,
    backward_range::check,
    heading_numbering::check,
    pasal_numbering::check,
    item_numbering::check,
    roman_numeral::check,
    label_form::check,
    clause_ending::check,
    weight_bands::check,
    panel_feasibility::check,
    empty_interval::check,
    contradictory_phrase::check,
    conflicting_values::check,
    laxer_than_baseline::check,
    count_order::check,
    modality_baseline::check,
    unreachable_condition::check,
    step_order::check,
    age_without_date::check,
    unqualified_days::check,
    share_without_base::check,
    undetermined_scope::check,
    extension_unbounded::check,
    optional_composition::check,
    stage_weights::check,
    uncovered_outcome::check,
    idle_trigger::check,
    period_without_date::check,
    number_words::check,
    foreign_region::check,
    mengingat_citation::check,
    gazette_number::check,
    signer_title::check,
    terms::check,
    control_character::check,
    encoding_numbers::check,
    unused_acknowledgement::check,
];

/// The explanation of every lint code, in code order.
pub const DOCS: &[&Lint] = &[
    &self_reference::LINT,
    &reference_kind::LINT,
    &backward_range::LINT,
    &heading_numbering::LINT,
    &pasal_numbering::LINT,
    &item_numbering::LINT,
    &roman_numeral::LINT,
    &label_form::LINT,
    &clause_ending::LINT,
    &weight_bands::LINT,
    &panel_feasibility::LINT,
    &empty_interval::LINT,
    &contradictory_phrase::LINT,
    &panel_feasibility::SIZES,
    &panel_feasibility::SUMMARY,
    &weight_bands::FIXED,
    &conflicting_values::LINT,
    &laxer_than_baseline::LINT,
    &count_order::LINT,
    &modality_baseline::LINT,
    &modality_baseline::SILENT,
    &unreachable_condition::LINT,
    &step_order::LINT,
    &age_without_date::LINT,
    &unqualified_days::LINT,
    &share_without_base::LINT,
    &undetermined_scope::LINT,
    &extension_unbounded::LINT,
    &optional_composition::LINT,
    &stage_weights::LINT,
    &stage_weights::UNHELD,
    &uncovered_outcome::LINT,
    &idle_trigger::LINT,
    &period_without_date::LINT,
    &number_words::LINT,
    &foreign_region::LINT,
    &mengingat_citation::LINT,
    &gazette_number::LINT,
    &signer_title::LINT,
    &terms::LINT,
    &terms::UNUSED,
    &control_character::LINT,
    &encoding_numbers::LINT,
    &encoding_numbers::NOT_IN_TEXT,
    &terms::BEFORE,
    &unused_acknowledgement::LINT,
];
