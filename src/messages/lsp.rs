//! The language server's own words (`src/lsp/`).

crate::texts!(
    /// Words of hovers, completions and diagnostics.
    pub mod text {
    /// Hover heading: the clause's text.
    TEXT = "Text" / "Teks";
    /// Hover heading: the rules compiled at a clause.
    RULES = "Rules compiled here" / "Aturan yang dikompilasi di sini";
    /// Hover heading: no rule at a clause.
    NO_RULES = "No rule is compiled here." / "Tidak ada aturan yang dikompilasi di sini.";
    /// Hover heading: what a finding's code checks.
    WHAT_IT_CHECKS = "What it checks and why it matters" / "Apa yang diperiksa dan mengapa penting";
    /// Completion detail: a keyword.
    KEYWORD = "keyword" / "kata kunci";
    /// Completion detail: a position level.
    LEVEL = "level" / "tingkat jabatan";
    /// Completion detail: a filling mechanism.
    MECHANISM = "mechanism" / "mekanisme";
    /// Completion detail: an event of a selection.
    EVENT = "event" / "peristiwa";
    /// Completion detail: a name the policy defines.
    DEFINED = "defined in this policy" / "didefinisikan dalam kebijakan ini";
    /// Error response: a request before `initialize`.
    NOT_INITIALIZED = "the server is not initialized" / "server belum diinisialisasi";
    /// Error response: an unknown method.
    UNKNOWN_METHOD = "unknown method" / "metode tidak dikenal";
    /// Error response: parameters that do not fit the method.
    BAD_PARAMS = "invalid parameters" / "parameter tidak sah";
    /// Error response: a message that is not JSON-RPC.
    BAD_MESSAGE = "not a JSON-RPC message" / "bukan pesan JSON-RPC";
    /// Error response: a request after `shutdown`.
    SHUT_DOWN = "the server is shutting down" / "server sedang dihentikan";
    }
);

pub use text::*;
