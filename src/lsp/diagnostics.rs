//! Findings → `textDocument/publishDiagnostics`: the clause citation leads the
//! message, the code is `PSLnnn`, the help follows, related spans become
//! related information, and an acknowledged finding (`akui`) is shown as
//! Information with its reason.

use super::state::Document;
use crate::diagnostics::{Finding, Lang, Severity};
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    PublishDiagnosticsParams, Range, Uri,
};

/// The diagnostics of a document.
pub fn publish(uri: &Uri, doc: &Document, lang: Lang) -> PublishDiagnosticsParams {
    let diagnostics = doc
        .findings
        .iter()
        .map(|f| diagnostic(uri, doc, f, lang))
        .collect();
    PublishDiagnosticsParams::new(uri.clone(), diagnostics, Some(doc.version))
}

/// One finding as a diagnostic.
pub fn diagnostic(uri: &Uri, doc: &Document, f: &Finding, lang: Lang) -> Diagnostic {
    // A finding about another file (a baseline that cannot be read) is shown
    // at the top of this one, named.
    let here = match &doc.policy {
        Some(p) => std::sync::Arc::ptr_eq(&f.file, &p.file),
        None => f.file.text == doc.text,
    };
    let range = if here {
        doc.range(f.span)
    } else {
        Range::default()
    };
    let mut message = match &f.clause {
        Some(c) => format!("{c}: {}", f.message),
        None => f.message.clone(),
    };
    if !here {
        message = format!("{}: {message}", f.file.name);
    }
    if let Some(reason) = &f.acknowledged {
        message.push_str(&format!(
            " [{}: {reason}]",
            crate::messages::word::ACKNOWLEDGED.get(lang)
        ));
    }
    if let Some(h) = &f.help {
        message.push_str(&format!("\n{}: {h}", crate::messages::word::HELP.get(lang)));
    }
    let related: Vec<DiagnosticRelatedInformation> = if here {
        f.related
            .iter()
            .map(|r| DiagnosticRelatedInformation {
                location: Location::new(uri.clone(), doc.range(r.span)),
                message: match &r.clause {
                    Some(c) => format!("{} ({c})", r.label),
                    None => r.label.clone(),
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    Diagnostic {
        range,
        severity: Some(severity(f)),
        code: Some(NumberOrString::String(f.code.as_str().to_string())),
        code_description: None,
        source: Some("pasal".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// The LSP severity of a finding: an acknowledged one is Information.
pub fn severity(f: &Finding) -> DiagnosticSeverity {
    if f.acknowledged.is_some() {
        return DiagnosticSeverity::INFORMATION;
    }
    match f.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}
