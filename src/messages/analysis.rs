//! Words several lints share.

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// A lint's help followed by the national rule it compares with.
    with_baseline_rule(help, cite, rule) = "{help} ({cite}: {rule})" / "{help} ({cite}: {rule})";
    }
);
