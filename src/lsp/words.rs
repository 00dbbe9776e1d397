//! The language server's own words, in both languages.

use crate::messages::Text;

/// Tag of an acknowledged finding.
pub const ACKNOWLEDGED: Text = Text {
    en: "acknowledged",
    id: "diakui",
};
/// Before a finding's help.
pub const HELP: Text = Text {
    en: "help",
    id: "saran",
};
/// Hover heading: the clause's text.
pub const TEXT: Text = Text {
    en: "Text",
    id: "Teks",
};
/// Hover heading: the rules compiled at a clause.
pub const RULES: Text = Text {
    en: "Rules compiled here",
    id: "Aturan yang dikompilasi di sini",
};
/// Hover heading: no rule at a clause.
pub const NO_RULES: Text = Text {
    en: "No rule is compiled here.",
    id: "Tidak ada aturan yang dikompilasi di sini.",
};
/// Hover heading: what a finding's code checks.
pub const WHAT_IT_CHECKS: Text = Text {
    en: "What it checks and why it matters",
    id: "Apa yang diperiksa dan mengapa penting",
};
/// Completion detail: a keyword.
pub const KEYWORD: Text = Text {
    en: "keyword",
    id: "kata kunci",
};
/// Completion detail: a position level.
pub const LEVEL: Text = Text {
    en: "level",
    id: "tingkat jabatan",
};
/// Completion detail: a filling mechanism.
pub const MECHANISM: Text = Text {
    en: "mechanism",
    id: "mekanisme",
};
/// Completion detail: an event of a selection.
pub const EVENT: Text = Text {
    en: "event",
    id: "peristiwa",
};
/// Completion detail: a name the policy defines.
pub const DEFINED: Text = Text {
    en: "defined in this policy",
    id: "didefinisikan dalam kebijakan ini",
};
/// Error response: a request before `initialize`.
pub const NOT_INITIALIZED: Text = Text {
    en: "the server is not initialized",
    id: "server belum diinisialisasi",
};
/// Error response: an unknown method.
pub const UNKNOWN_METHOD: Text = Text {
    en: "unknown method",
    id: "metode tidak dikenal",
};
/// Error response: parameters that do not fit the method.
pub const BAD_PARAMS: Text = Text {
    en: "invalid parameters",
    id: "parameter tidak sah",
};
/// Error response: a message that is not JSON-RPC.
pub const BAD_MESSAGE: Text = Text {
    en: "not a JSON-RPC message",
    id: "bukan pesan JSON-RPC",
};
/// Error response: a request after `shutdown`.
pub const SHUT_DOWN: Text = Text {
    en: "the server is shutting down",
    id: "server sedang dihentikan",
};

/// Every text, for the translation test.
pub const ALL: &[Text] = &[
    ACKNOWLEDGED,
    HELP,
    TEXT,
    RULES,
    NO_RULES,
    WHAT_IT_CHECKS,
    KEYWORD,
    LEVEL,
    MECHANISM,
    EVENT,
    DEFINED,
    NOT_INITIALIZED,
    UNKNOWN_METHOD,
    BAD_PARAMS,
    BAD_MESSAGE,
    SHUT_DOWN,
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_has_both_languages() {
        for t in super::ALL {
            assert!(
                !t.en.is_empty() && !t.id.is_empty() && t.en != t.id,
                "{t:?}"
            );
        }
    }
}
