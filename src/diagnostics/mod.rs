//! The one diagnostic type every stage produces: a [`Finding`].
//!
//! A finding has a stable code, a severity, a message, help that says what to
//! change, the canonical clause citation and a source span. Renderers in
//! `report/` turn findings into human, JSON or other output; this module knows
//! nothing of output formats except miette's `Diagnostic` trait.

use crate::codes::Code;
use crate::messages::{Message, Text};
pub mod excerpt;
use crate::source::{SourceFile, Span};
use excerpt::Excerpt;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

pub use crate::codes::Severity;

/// A secondary location of a finding ("the other clause").
#[derive(Debug, Clone, Serialize)]
pub struct Related {
    /// Where.
    #[serde(skip)]
    pub span: Span,
    /// What is there.
    pub label: String,
    /// The label in Indonesian, when it is a phrase of pasal's (not words
    /// quoted from the policy).
    #[serde(skip)]
    pub label_id: Option<&'static str>,
    /// Its clause citation, if it is in a clause.
    pub clause: Option<String>,
}

/// One finding of the compiler or a lint.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Stable code, e.g. `PSL101`.
    pub code: Code,
    /// Severity after configuration.
    pub severity: Severity,
    /// One line, lowercase, no final full stop, user input in backticks.
    pub message: String,
    /// What to change.
    pub help: Option<String>,
    /// Canonical citation of the clause the finding is about.
    pub clause: Option<String>,
    /// The source file.
    pub file: Arc<SourceFile>,
    /// The primary location.
    pub span: Span,
    /// The label shown at the primary location.
    pub label: String,
    /// The label in Indonesian, when it is a phrase of pasal's.
    pub label_id: Option<&'static str>,
    /// Other locations.
    pub related: Vec<Related>,
    /// Set when the policy acknowledges the finding (`akui CODE "reason"`).
    pub acknowledged: Option<String>,
    /// The message in Indonesian, when it differs from `message`.
    message_id: Option<String>,
    /// The help in Indonesian.
    help_id: Option<String>,
}

pub use crate::messages::Lang;

impl Finding {
    /// A new finding at its code's default severity, with no help, clause or
    /// related locations. The message comes from the catalogue
    /// ([`crate::messages`]), in both languages.
    pub fn new(code: Code, file: &Arc<SourceFile>, span: Span, message: Message) -> Self {
        Finding {
            code,
            severity: code.severity(),
            message: message.en,
            help: None,
            clause: None,
            file: Arc::clone(file),
            span,
            label: String::new(),
            label_id: None,
            related: Vec::new(),
            acknowledged: None,
            message_id: Some(message.id),
            help_id: None,
        }
    }
    /// Switches message and help to a language (falls back to English where no
    /// Indonesian text was written).
    pub fn localize(&mut self, lang: Lang) {
        if lang == Lang::Id {
            if let Some(m) = self.message_id.take() {
                self.message = m;
            }
            if let Some(h) = self.help_id.take() {
                self.help = Some(h);
            }
            if let Some(l) = self.label_id.take() {
                self.label = l.to_string();
            }
            for r in &mut self.related {
                if let Some(l) = r.label_id.take() {
                    r.label = l.to_string();
                }
            }
        }
    }
    /// Sets the help text, in both languages.
    pub fn help(mut self, help: impl Into<Message>) -> Self {
        let help = help.into();
        self.help = Some(help.en);
        self.help_id = Some(help.id);
        self
    }
    /// Sets the clause citation.
    pub fn clause(mut self, clause: impl Into<String>) -> Self {
        self.clause = Some(clause.into());
        self
    }
    /// Sets the clause citation if there is one.
    pub fn maybe_clause(mut self, clause: Option<String>) -> Self {
        self.clause = clause;
        self
    }
    /// Sets the primary label.
    pub fn label(mut self, label: Text) -> Self {
        self.label = label.en.to_string();
        self.label_id = Some(label.id);
        self
    }
    /// Adds a related location.
    pub fn related(mut self, span: Span, label: Text, clause: Option<String>) -> Self {
        self.related.push(Related {
            span,
            label: label.en.to_string(),
            label_id: Some(label.id),
            clause,
        });
        self
    }
    /// Adds a related location labelled with words quoted from the policy
    /// (the same in every language).
    pub fn related_quoted(mut self, span: Span, quoted: String, clause: Option<String>) -> Self {
        self.related.push(Related {
            span,
            label: quoted,
            label_id: None,
            clause,
        });
        self
    }
    /// 1-based line and column of the primary location.
    pub fn line_col(&self) -> (usize, usize) {
        self.file.line_col(self.span.start)
    }
    /// True when this finding fails a run: an unacknowledged error, or an
    /// unacknowledged warning when warnings are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.acknowledged.is_none()
            && (self.severity == Severity::Error
                || (deny_warnings && self.severity == Severity::Warning))
    }
    /// Sort key giving byte-identical output for the same input.
    pub fn sort_key(&self) -> (String, usize, usize, &'static str, String) {
        let (name, start, end, code, message) = self.order_key();
        (name.to_string(), start, end, code, message.to_string())
    }
    /// [`Finding::sort_key`] borrowed from the finding: the same order,
    /// without copying the file name and message for every comparison.
    pub fn order_key(&self) -> (&str, usize, usize, &'static str, &str) {
        (
            &self.file.name,
            self.span.start,
            self.span.end,
            self.code.as_str(),
            &self.message,
        )
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.clause {
            Some(c) => write!(f, "{}: {}", c, self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for Finding {}

/// Adapts a finding to miette's graphical report.
pub struct MietteFinding<'a> {
    finding: &'a Finding,
    source: Excerpt<'a>,
    code: String,
}

impl<'a> MietteFinding<'a> {
    /// Wraps a finding for miette; `text` is its file's text as
    /// [`printable`] gives it (computed once per file by the caller).
    pub fn new(finding: &'a Finding, text: &'a str) -> Self {
        let code = match &finding.acknowledged {
            Some(_) => format!("{} (diakui)", finding.code),
            None => finding.code.to_string(),
        };
        MietteFinding {
            finding,
            source: Excerpt::new(&finding.file.name, text, finding.file.line_starts()),
            code,
        }
    }
}

/// The source as a terminal may be shown it: each control character other
/// than a tab or a line end (a NUL, an escape sequence that would recolour or
/// move the cursor, PSL710) becomes `?`, one `?` per byte so every span still
/// points at the same place. Borrowed when there is none.
pub fn printable(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if hidden(c) {
                    "?".repeat(c.len_utf8())
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

impl fmt::Debug for MietteFinding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.finding, f)
    }
}

impl fmt::Display for MietteFinding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.finding, f)
    }
}

impl std::error::Error for MietteFinding<'_> {}

impl miette::Diagnostic for MietteFinding<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let mut parts = Vec::new();
        if let Some(h) = &self.finding.help {
            parts.push(h.clone());
        }
        if let Some(r) = &self.finding.acknowledged {
            parts.push(format!("diakui: {r}"));
        }
        if parts.is_empty() {
            None
        } else {
            Some(Box::new(parts.join("\n")))
        }
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let primary = miette::LabeledSpan::new_primary_with_span(
            Some(self.finding.label.clone()).filter(|l| !l.is_empty()),
            self.finding.span,
        );
        let others = self.finding.related.iter().map(|r| {
            let label = match &r.clause {
                Some(c) => format!("{} ({})", r.label, c),
                None => r.label.clone(),
            };
            miette::LabeledSpan::new_with_span(Some(label), r.span)
        });
        Some(Box::new(std::iter::once(primary).chain(others)))
    }
}
