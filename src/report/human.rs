//! Human output: miette's graphical report, one block per finding.

use crate::diagnostics::{printable, Finding, MietteFinding};
use crate::source::SourceFile;
use std::borrow::Cow;

/// Renders findings as miette reports. `color` turns ANSI colours on.
pub fn render(findings: &[Finding], color: bool) -> String {
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    // Findings come grouped by file: each file's printable text is made once.
    let mut shown: Option<(&std::sync::Arc<SourceFile>, Cow<'_, str>)> = None;
    for f in findings {
        let text = match &shown {
            Some((file, text)) if std::sync::Arc::ptr_eq(file, &f.file) => text,
            _ => &shown.insert((&f.file, printable(&f.file.text))).1,
        };
        let d = MietteFinding::new(f, text);
        if handler.render_report(&mut out, &d).is_err() {
            out.push_str(&format!("{}: {}\n", f.code, f));
        }
        out.push('\n');
    }
    out
}
