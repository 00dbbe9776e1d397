//! Human output: miette's graphical report, one block per finding.

use crate::diagnostics::{Finding, MietteFinding};

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
    for f in findings {
        let d = MietteFinding::new(f);
        if handler.render_report(&mut out, &d).is_err() {
            out.push_str(&format!("{}: {}\n", f.code, f));
        }
        out.push('\n');
    }
    out
}
