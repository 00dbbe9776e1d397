//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
//! line per finding, which GitHub shows as an annotation on the offending line
//! of a pull request. Acknowledged findings are notices. Any command that
//! produces [`Finding`]s can render them with [`render`].

use crate::diagnostics::{Finding, Lang, Severity};

/// Renders findings as workflow commands, one line each, in the given order.
/// Messages are taken from the findings as they are (localize them first);
/// the few words this renderer adds are in `lang`.
pub fn render(findings: &[Finding], lang: Lang) -> String {
    findings.iter().map(|f| command(f, lang) + "\n").collect()
}

/// The workflow command of one finding.
pub fn command(f: &Finding, lang: Lang) -> String {
    use crate::messages::word;
    let (help_word, ack_word, see_word) = (
        word::HELP.get(lang),
        word::ACKNOWLEDGED.get(lang),
        word::SEE.get(lang),
    );
    let kind = match (&f.acknowledged, f.severity) {
        (Some(_), _) | (None, Severity::Info) => "notice",
        (None, Severity::Warning) => "warning",
        (None, Severity::Error) => "error",
    };
    let (line, col) = f.file.line_col(f.span.start);
    let (end_line, end_col) = f.file.line_col(f.span.end.max(f.span.start));
    let title = match &f.acknowledged {
        Some(_) => format!("{} ({ack_word})", f.code),
        None => f.code.to_string(),
    };
    let mut message = match &f.clause {
        Some(c) => format!("{} ({c})", f.message),
        None => f.message.clone(),
    };
    if let Some(h) = &f.help {
        message.push_str(&format!("\n{help_word}: {h}"));
    }
    if let Some(r) = &f.acknowledged {
        message.push_str(&format!("\n{ack_word}: {r}"));
    }
    for r in &f.related {
        let (l, c) = f.file.line_col(r.span.start);
        let what = match &r.clause {
            Some(cl) => format!("{} ({cl})", r.label),
            None => r.label.clone(),
        };
        message.push_str(&format!("\n{see_word} {}:{l}:{c}: {what}", f.file.name));
    }
    format!(
        "::{kind} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
        escape_property(&f.file.name),
        escape_property(&title),
        escape_data(&message)
    )
}

/// Escapes a command's message: `%`, `\r` and `\n` (as GitHub's toolkit does).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as [`escape_data`], and `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_toolkit() {
        assert_eq!(escape_data("45% a:b,c\r\nd"), "45%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
