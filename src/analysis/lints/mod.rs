//! Every lint, one module each, and the table that maps codes to them.

use super::{Context, Lint};
use crate::diagnostics::Finding;

pub mod age_without_date;
pub mod conflicting_values;
pub mod contradictory_phrase;
pub mod empty_interval;
pub mod foreign_region;
pub mod heading_numbering;
pub mod item_numbering;
pub mod laxer_than_baseline;
pub mod number_words;
pub mod panel_feasibility;
pub mod pasal_numbering;
pub mod reference_kind;
pub mod self_reference;
pub mod share_without_base;
pub mod undetermined_scope;
pub mod unqualified_days;
pub mod unused_acknowledgement;
pub mod weight_bands;

/// A lint's check function.
pub type Check = fn(&Context<'_>, &mut Vec<Finding>);

/// Every lint, in code order.
pub const ALL: &[(&Lint, Check)] = &[
    (&self_reference::LINT, self_reference::check),
    (&reference_kind::LINT, reference_kind::check),
    (&heading_numbering::LINT, heading_numbering::check),
    (&pasal_numbering::LINT, pasal_numbering::check),
    (&item_numbering::LINT, item_numbering::check),
    (&weight_bands::LINT, weight_bands::check),
    (&panel_feasibility::LINT, panel_feasibility::check),
    (&empty_interval::LINT, empty_interval::check),
    (&contradictory_phrase::LINT, contradictory_phrase::check),
    (&conflicting_values::LINT, conflicting_values::check),
    (&laxer_than_baseline::LINT, laxer_than_baseline::check),
    (&age_without_date::LINT, age_without_date::check),
    (&unqualified_days::LINT, unqualified_days::check),
    (&share_without_base::LINT, share_without_base::check),
    (&undetermined_scope::LINT, undetermined_scope::check),
    (&number_words::LINT, number_words::check),
    (&foreign_region::LINT, foreign_region::check),
    (&unused_acknowledgement::LINT, unused_acknowledgement::check),
];
