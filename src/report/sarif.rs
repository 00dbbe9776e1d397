//! SARIF 2.1.0 output: one run whose driver lists every documented code as a
//! rule (with its help and explanation) and whose results are the findings,
//! each with its source region, its clause citation (as a logical location and
//! in `properties.clause`), related locations, and an in-source suppression
//! when the policy acknowledges it. Any command that produces [`Finding`]s can
//! render them with [`render`]; codes missing from the catalogue get a bare rule.

use crate::analysis::Lint;
use crate::codes::Code;
use crate::diagnostics::{Finding, Lang, Severity};
use crate::messages::report as said;
use crate::source::{SourceFile, Span};
use serde::Serialize;
use std::collections::BTreeMap;

/// The key of `partialFingerprints`: versioned, so that a change of recipe
/// never matches old alerts wrongly.
pub const FINGERPRINT: &str = "pasalFinding/v1";

/// A finding's identity that survives edits elsewhere in the file (no line or
/// column): its code, file, clause, message and the source text it points
/// at, and its occurrence among identical ones. FNV-1a, 64 bits: stable across
/// Rust versions and platforms, unlike `std`'s hasher.
fn fingerprint(f: &Finding, occurrence: u32) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [
        f.code.as_str(),
        &f.file.name,
        f.clause.as_deref().unwrap_or(""),
        &f.message,
        f.file.slice(f.span),
    ];
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    for b in occurrence.to_le_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The schema URI written in `$schema`.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Renders findings as a SARIF 2.1.0 log, with every documented code
/// (`analysis::all_codes`) as a rule. Messages are taken from the findings as
/// they are (localize them first); rule texts are in `lang`.
pub fn render(findings: &[Finding], lang: Lang) -> String {
    let catalogue: Vec<&Lint> = crate::analysis::all_codes().collect();
    render_with(findings, &catalogue, lang)
}

/// Renders findings as a SARIF 2.1.0 log with the given rule catalogue, in
/// order; a code that a finding has but the catalogue lacks is added as a
/// rule with only its id.
pub fn render_with(findings: &[Finding], catalogue: &[&Lint], lang: Lang) -> String {
    let mut rules: Vec<Rule> = catalogue.iter().map(|l| Rule::of(l, lang)).collect();
    let mut index: BTreeMap<Code, usize> = BTreeMap::new();
    for (i, l) in catalogue.iter().enumerate() {
        index.entry(l.code).or_insert(i);
    }
    for f in findings {
        if let std::collections::btree_map::Entry::Vacant(e) = index.entry(f.code) {
            e.insert(rules.len());
            rules.push(Rule::bare(f.code.as_str()));
        }
    }
    let mut seen: BTreeMap<u64, u32> = BTreeMap::new();
    let results = findings
        .iter()
        .map(|f| {
            let mut r = SarifResult::of(f, index.get(&f.code).copied().unwrap_or(0), lang);
            // The same finding twice (same code, clause, message and text) is
            // told apart by its occurrence.
            let base = fingerprint(f, 0);
            let n = seen.entry(base).or_insert(0);
            r.partial_fingerprints
                .insert(FINGERPRINT, format!("{:016x}", fingerprint(f, *n)));
            *n += 1;
            r
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "pasal",
                    information_uri: repository(),
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            language: match lang {
                Lang::Id => "id",
                Lang::En => "en",
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_string_pretty(&log).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The repository's web address (Cargo.toml `repository`), when the package
/// states one: the tool's `informationUri`, and the base of each rule's
/// `helpUri` (its section of `docs/codes.md`). SARIF wants absolute URIs
/// there, so without a stated address neither is written.
fn repository() -> Option<&'static str> {
    Some(env!("CARGO_PKG_REPOSITORY")).filter(|r| !r.is_empty())
}

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file name as a URI reference: relative names stay relative (with `/`
/// separators), absolute ones become `file://` URIs; characters a URI may not
/// hold are percent-encoded.
pub fn uri(name: &str) -> String {
    let name = if cfg!(windows) {
        name.replace('\\', "/")
    } else {
        name.to_string()
    };
    let encoded = encode(&name);
    if std::path::Path::new(&name).is_absolute() {
        if encoded.starts_with('/') {
            format!("file://{encoded}")
        } else {
            format!("file:///{encoded}")
        }
    } else {
        encoded
    }
}

/// Bytes a relative reference keeps as they are (RFC 3986 unreserved, `/`,
/// and the sub-delimiters); every other byte is percent-encoded.
const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b'@');

fn encode(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, KEEP).to_string()
}

/// A help line as a sentence: capital first letter, final full stop.
fn sentence(s: &str) -> String {
    let mut chars = s.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// The first sentence of an explanation, for a rule's short description.
fn first_sentence(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, _) in s.match_indices(". ") {
        let before = s.get(..i).unwrap_or("");
        if before.ends_with("e.g") || before.ends_with("i.e") {
            continue;
        }
        let next = bytes.get(i + 2).copied().unwrap_or(b' ');
        if next.is_ascii_uppercase() || next == b'`' {
            return s.get(..=i).unwrap_or(s);
        }
    }
    s
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    language: &'static str,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    short_description: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Help>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default_configuration: Option<Configuration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<RuleProperties<'a>>,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties<'a> {
    tags: Vec<&'a str>,
}

impl<'a> Rule<'a> {
    fn of(l: &'a Lint, lang: Lang) -> Self {
        let (help, explain, bad, good) = (
            l.help.get(lang),
            l.explain.get(lang),
            said::text::BAD_EXAMPLE.get(lang),
            said::text::GOOD_EXAMPLE.get(lang),
        );
        let mut text = Vec::new();
        let mut markdown = Vec::new();
        if !help.is_empty() {
            let help = sentence(help);
            text.push(help.clone());
            markdown.push(help);
        }
        text.push(explain.to_string());
        markdown.push(explain.to_string());
        for (title, example) in [(bad, l.bad), (good, l.good)] {
            if !example.is_empty() {
                text.push(format!("{title}:\n{example}"));
                markdown.push(format!("**{title}**\n\n```\n{example}\n```"));
            }
        }
        let more = said::msg::see_explain(l.code).take(lang);
        text.push(more.clone());
        markdown.push(more);
        Rule {
            id: l.code.as_str(),
            name: Some(l.code.name()),
            short_description: Some(Text {
                text: first_sentence(explain).to_string(),
            }),
            full_description: Some(Text {
                text: explain.to_string(),
            }),
            help: Some(Help {
                text: text.join("\n\n"),
                markdown: markdown.join("\n\n"),
            }),
            help_uri: repository().map(|r| super::codes_doc::help_uri(r, l.code)),
            default_configuration: Some(Configuration {
                level: level(l.code.severity()),
            }),
            properties: Some(RuleProperties {
                tags: vec![l.code.family()],
            }),
        }
    }

    fn bare(code: &'a str) -> Self {
        Rule {
            id: code,
            name: None,
            short_description: None,
            full_description: None,
            help: None,
            help_uri: None,
            default_configuration: None,
            properties: None,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ResultProperties<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    fully_qualified_name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
struct Suppression<'a> {
    kind: &'static str,
    justification: &'a str,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    clause: &'a str,
}

fn physical(file: &SourceFile, span: Span) -> PhysicalLocation {
    let (start_line, start_column) = file.line_col(span.start);
    let (end_line, end_column) = file.line_col(span.end.max(span.start));
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: uri(&file.name),
        },
        region: Region {
            start_line,
            start_column,
            end_line,
            end_column,
        },
    }
}

fn logical(clause: Option<&str>) -> Vec<LogicalLocation<'_>> {
    clause
        .map(|c| LogicalLocation {
            fully_qualified_name: c,
            kind: "member",
        })
        .into_iter()
        .collect()
}

impl<'a> SarifResult<'a> {
    fn of(f: &'a Finding, rule_index: usize, lang: Lang) -> Self {
        let mut text = match &f.clause {
            Some(c) => format!("{} ({c})", f.message),
            None => f.message.clone(),
        };
        if let Some(h) = &f.help {
            let word = crate::messages::word::HELP.get(lang);
            text.push_str(&format!("\n{word}: {h}"));
        }
        SarifResult {
            rule_id: f.code.as_str(),
            rule_index,
            level: level(f.severity),
            message: Text { text },
            locations: vec![Location {
                id: None,
                physical_location: physical(&f.file, f.span),
                logical_locations: logical(f.clause.as_deref()),
                message: None,
            }],
            related_locations: f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| Location {
                    id: Some(i),
                    physical_location: physical(&f.file, r.span),
                    logical_locations: logical(r.clause.as_deref()),
                    message: Some(Text {
                        text: match &r.clause {
                            Some(c) => format!("{} ({c})", r.label),
                            None => r.label.clone(),
                        },
                    }),
                })
                .collect(),
            suppressions: f
                .acknowledged
                .as_deref()
                .map(|reason| Suppression {
                    kind: "inSource",
                    justification: reason,
                })
                .into_iter()
                .collect(),
            properties: f
                .clause
                .as_deref()
                .map(|clause| ResultProperties { clause }),
            partial_fingerprints: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("policies/kota a.pasal"), "policies/kota%20a.pasal");
        assert_eq!(uri("a:b/ü.pasal"), "a%3Ab/%C3%BC.pasal");
        assert_eq!(uri("./p/x,y.pasal"), "./p/x,y.pasal");
        if !cfg!(windows) {
            assert_eq!(uri("/abs/x.pasal"), "file:///abs/x.pasal");
        }
    }

    #[test]
    fn short_description_is_the_first_sentence() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(
            first_sentence("A value (a percent, e.g. 45%). Then more."),
            "A value (a percent, e.g. 45%)."
        );
        assert_eq!(
            first_sentence("Compares (e.g. PP 11/2017). More."),
            "Compares (e.g. PP 11/2017)."
        );
        assert_eq!(first_sentence("No full stop"), "No full stop");
        assert_eq!(sentence("use `x`: then y"), "Use `x`: then y.");
        assert_eq!(sentence("done."), "Done.");
    }
}
