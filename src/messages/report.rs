//! Words of the reports (`src/report/`, `pasal explain`): the fixed words
//! around findings and verdicts.

crate::texts!(
    /// Fixed words.
    pub mod text {
    /// Heading of a bad example.
    BAD_EXAMPLE = "Bad example" / "Contoh buruk";
    /// Heading of a good example.
    GOOD_EXAMPLE = "Good example" / "Contoh baik";
    /// Heading of what a code checks.
    WHAT_IT_CHECKS = "What it checks and why it matters" / "Apa yang diperiksa dan mengapa penting";
    /// A code's default severity.
    DEFAULT_SEVERITY = "default severity" / "tingkat bawaan";
    /// Heading of the explanation in the other language.
    OTHER_LANGUAGE = "Dalam Bahasa Indonesia" / "In English";
    /// Before the facts a verdict used.
    FACTS = "facts" / "fakta";
    /// A violated verdict's mark, 12 characters wide.
    MARK_VIOLATED = "✗ violated  " / "✗ melanggar ";
    /// An unknown verdict's mark, 12 characters wide.
    MARK_UNKNOWN = "? unknown   " / "? tidak tahu";
    /// A satisfied verdict's mark, 12 characters wide.
    MARK_SATISFIED = "✓ satisfied " / "✓ memenuhi  ";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// Where to read more about a code.
    see_explain(code) = "See `pasal explain {code}`." / "Lihat `pasal explain {code}`.";
    /// The candidate a verdict is about.
    candidate(id) = " [candidate {id}]" / " [calon {id}]";
    /// The summary of a verification.
    verify_summary(satisfied, violated, unknown, not_applicable) = "{satisfied} satisfied, {violated} violated, {unknown} unknown, {not_applicable} not applicable" / "{satisfied} memenuhi, {violated} melanggar, {unknown} tidak diketahui, {not_applicable} tidak berlaku";
    /// A verdict as a finding's message.
    verdict(status, rule, candidate, message) = "{status} {rule}{candidate}: {message}" / "{status} {rule}{candidate}: {message}";
    /// An explanation with the facts it used.
    with_facts(explanation, facts) = "{explanation} (facts: {facts})" / "{explanation} (fakta: {facts})";
    }
);
