//! The pipeline in one place: read → syntax → resolution → analysis, with
//! acknowledgements applied. Every command that needs a compiled policy goes
//! through [`compile_path`] or [`compile_source`].

use crate::codes::Code;
use crate::diagnostics::{Finding, Severity};
use crate::ir::Policy;
use crate::messages::driver::{msg, text};
use crate::messages::label;
use crate::source::{SourceFile, Span};
use crate::{analysis, resolve, syntax};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The result of compiling one file.
pub struct Compiled {
    /// The policy, when the file could be read at all.
    pub policy: Option<Policy>,
    /// Every finding, sorted, acknowledgements applied.
    pub findings: Vec<Finding>,
    /// True when the file could not be read or parsed as a policy at all
    /// (the tool could not do its job: exit status 2).
    pub unusable: bool,
}

/// Compiles a file from disk. `display` is the name used in reports.
pub fn compile_path(path: &Path, options: &analysis::Options) -> Compiled {
    let display = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => compile_bytes(&display, &bytes, Some(path), options),
        Err(e) => {
            let file = SourceFile::new(display.clone(), "");
            Compiled {
                policy: None,
                findings: vec![Finding::new(
                    Code::UnreadableFile,
                    &file,
                    Span::default(),
                    msg::unreadable(&display, e),
                )
                .help(text::UNREADABLE_HELP)],
                unusable: true,
            }
        }
    }
}

/// Where the baselines a policy follows (`mengikuti`) are read from.
#[derive(Debug, Clone, Copy)]
pub enum Baselines<'a> {
    /// Files, relative to the policy's own path (when it has one), and the
    /// built-in ones named `bawaan:…`: the command line.
    Files(Option<&'a Path>),
    /// The built-in baselines only, found by name, and no file system: the
    /// browser page (web/). `mengikuti "nasional/pp-11-2017.pasal"` (or
    /// `"../nasional/pp-11-2017.pasal"`) follows the built-in of that name.
    BuiltIn,
}

/// Compiles bytes. `path` (if any) anchors relative `mengikuti` paths.
pub fn compile_bytes(
    display: &str,
    bytes: &[u8],
    path: Option<&Path>,
    options: &analysis::Options,
) -> Compiled {
    compile_bytes_in(display, bytes, Baselines::Files(path), options)
}

/// Compiles bytes, reading baselines as `baselines` says.
pub fn compile_bytes_in(
    display: &str,
    bytes: &[u8],
    baselines: Baselines<'_>,
    options: &analysis::Options,
) -> Compiled {
    let (file, mut findings) = syntax::load(display, bytes);
    let Some(file) = file else {
        return Compiled {
            policy: None,
            findings,
            unusable: true,
        };
    };
    let mut compiled = compile_source_in(&file, baselines, options);
    findings.append(&mut compiled.findings);
    compiled.findings = findings;
    compiled
}

/// Compiles a loaded source file.
pub fn compile_source(
    file: &Arc<SourceFile>,
    path: Option<&Path>,
    options: &analysis::Options,
) -> Compiled {
    compile_source_in(file, Baselines::Files(path), options)
}

/// Compiles a loaded source file, reading baselines as `baselines` says.
pub fn compile_source_in(
    file: &Arc<SourceFile>,
    baselines: Baselines<'_>,
    options: &analysis::Options,
) -> Compiled {
    let (doc, mut findings) = syntax::parse(file);
    let syntax_failed = findings
        .iter()
        .any(|f| f.severity == Severity::Error && f.code.stops());
    let (policy, more) = resolve::resolve(file, &doc);
    findings.extend(more);
    let baselines = load_baselines(&policy, baselines, &mut findings);
    // Lints read a complete document: after a syntax error some units are
    // missing, and numbering or conflict findings about them would mislead.
    if !syntax_failed {
        findings.extend(analysis::run(&policy, &baselines, options));
    }
    apply_acknowledgements(&policy, &mut findings);
    let unused = analysis::lints::unused_acknowledgement::after(&policy, &findings);
    findings.extend(unused);
    options.apply_severities(&mut findings);
    findings.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    findings.dedup_by(|a, b| a.order_key() == b.order_key());
    Compiled {
        policy: Some(policy),
        findings,
        unusable: syntax_failed,
    }
}

/// A baseline compiled once per process: the policy, or why it could not be
/// read, and how many errors of its own it has.
type CachedBaseline = Result<(Arc<Policy>, usize), String>;

/// Baselines already compiled in this process, by path, shared by every thread:
/// checking a folder of policies that all follow PP 11/2017 compiles PP 11/2017
/// once per run (a thread that needs one being compiled waits for it).
static BASELINES: Mutex<BTreeMap<PathBuf, CachedBaseline>> = Mutex::new(BTreeMap::new());

/// How a policy names a baseline built into the binary: `mengikuti
/// "bawaan:nasional/pp-11-2017.pasal"` works from any folder.
pub const BUILT_IN_PREFIX: &str = "bawaan:";

/// The national baselines built into the binary, by name (their path under
/// `policies/`): a draft follows them without a copy of this repository.
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "nasional/pp-11-2017.pasal",
        include_str!("../policies/nasional/pp-11-2017.pasal"),
    ),
    (
        "nasional/uu-5-2014.pasal",
        include_str!("../policies/nasional/uu-5-2014.pasal"),
    ),
];

/// The text of a built-in baseline, by the name a `mengikuti` writes after
/// [`BUILT_IN_PREFIX`].
pub fn built_in(name: &str) -> Option<&'static str> {
    BUILT_IN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

fn compile_baseline(p: &Path) -> CachedBaseline {
    let display = p.display().to_string();
    let bytes = match display.strip_prefix(BUILT_IN_PREFIX) {
        Some(name) => built_in(name)
            .ok_or_else(|| {
                let names: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
                format!(
                    "no built-in baseline `{name}`; built in: {}",
                    names.join(", ")
                )
            })?
            .as_bytes()
            .to_vec(),
        None => std::fs::read(p).map_err(|e| e.to_string())?,
    };
    let (file, fs) = syntax::load(&display, &bytes);
    let file = file.ok_or_else(|| fs.first().map(|f| f.message.clone()).unwrap_or_default())?;
    let (doc, errs) = syntax::parse(&file);
    let (base, rerrs) = resolve::resolve(&file, &doc);
    let bad = errs
        .iter()
        .chain(rerrs.iter())
        .filter(|f| {
            f.severity == Severity::Error
                && f.code != Code::UnresolvedReference
                && f.code != Code::DuplicateNumber
        })
        .count();
    Ok((Arc::new(base), bad))
}

/// The built-in baseline a relative `mengikuti` path names, as a
/// `bawaan:` path: its last components are a built-in's name
/// (`../nasional/pp-11-2017.pasal` → `bawaan:nasional/pp-11-2017.pasal`).
fn built_in_for(rel: &str) -> Option<PathBuf> {
    if rel.starts_with(BUILT_IN_PREFIX) {
        return Some(PathBuf::from(rel));
    }
    let rel = rel.replace('\\', "/");
    BUILT_IN
        .iter()
        .find(|(name, _)| rel == *name || rel.ends_with(&format!("/{name}")))
        .map(|(name, _)| PathBuf::from(format!("{BUILT_IN_PREFIX}{name}")))
}

fn load_baselines(
    policy: &Policy,
    baselines: Baselines<'_>,
    findings: &mut Vec<Finding>,
) -> Vec<Arc<Policy>> {
    let mut out = Vec::new();
    let dir = match baselines {
        Baselines::Files(path) => path.and_then(Path::parent).map(Path::to_path_buf),
        Baselines::BuiltIn => None,
    }
    .unwrap_or_else(|| PathBuf::from("."));
    for (rel, span) in &policy.identity.follows {
        let p = match baselines {
            // No file system: a name no built-in has is reported as such.
            Baselines::BuiltIn => built_in_for(rel)
                .unwrap_or_else(|| PathBuf::from(format!("{BUILT_IN_PREFIX}{rel}"))),
            Baselines::Files(_) if rel.starts_with(BUILT_IN_PREFIX) => PathBuf::from(rel),
            Baselines::Files(_) => dir.join(rel),
        };
        let key = match baselines {
            Baselines::BuiltIn => p.clone(),
            Baselines::Files(_) => p.canonicalize().unwrap_or_else(|_| p.clone()),
        };
        let compiled = {
            // A poisoned lock (a thread that panicked) still holds whole entries.
            let mut cache = BASELINES.lock().unwrap_or_else(|e| e.into_inner());
            cache
                .entry(key)
                .or_insert_with(|| compile_baseline(&p))
                .clone()
        };
        match compiled {
            Err(e) => findings.push(
                Finding::new(
                    Code::BaselineUnavailable,
                    &policy.file,
                    *span,
                    msg::baseline_unreadable(rel, e),
                )
                .label(label::FOLLOWED_BASELINE)
                .help(text::BASELINE_UNREADABLE_HELP),
            ),
            Ok((base, bad)) => {
                if bad > 0 {
                    findings.push(
                        Finding::new(
                            Code::BaselineUnavailable,
                            &policy.file,
                            *span,
                            msg::baseline_broken(rel, bad),
                        )
                        .label(label::FOLLOWED_BASELINE)
                        .help(text::BASELINE_BROKEN_HELP),
                    );
                }
                out.push(base);
            }
        }
    }
    out
}

fn apply_acknowledgements(policy: &Policy, findings: &mut [Finding]) {
    for ack in &policy.acknowledgements {
        let Some(clause) = policy.clauses.get(ack.clause) else {
            continue;
        };
        for f in findings.iter_mut() {
            if f.code.as_str() == ack.code
                && f.file.name == policy.file.name
                && clause.span.start <= f.span.start
                && f.span.start < clause.span.end
            {
                f.acknowledged = Some(ack.reason.clone());
            }
        }
    }
}

/// Expands files and folders (recursively) into `.pasal` files, sorted, each
/// file once ([`crate::walk::walk`], without its notes).
#[cfg(feature = "cli")]
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let walked = crate::walk::walk(paths);
    let files = walked.files.into_iter().map(|f| f.path).collect();
    let errors = walked
        .errors
        .iter()
        .map(|e| e.message(crate::diagnostics::Lang::En))
        .collect();
    (files, errors)
}

/// Compiles a draft (`.txt`, `.md`) through `import`: the draft is read into a
/// policy in memory, compiled and linted, and every finding is moved to the
/// line of the original it came from. Text the import could not place is a
/// finding of its own (PSL011); a file that is not a peraturan is PSL009.
pub fn compile_draft(path: &Path, options: &analysis::Options) -> Compiled {
    let display = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(_) => return compile_path(path, options),
    };
    let anchor = path.parent().map(|p| p.join("draft.pasal"));
    compile_draft_bytes(
        &display,
        &bytes,
        Baselines::Files(anchor.as_deref()),
        options,
    )
}

/// [`compile_draft`] on a draft's bytes: `display` is its file name, whose
/// extension says how to read it (`.docx`, `.txt`, `.md`).
pub fn compile_draft_bytes(
    display: &str,
    bytes: &[u8],
    baselines: Baselines<'_>,
    options: &analysis::Options,
) -> Compiled {
    let display = display.to_string();
    let imported = match crate::import::import_bytes(&display, bytes) {
        Ok(i) => i,
        Err(e) => {
            let original = SourceFile::new(display, String::from_utf8_lossy(bytes).into_owned());
            return Compiled {
                policy: None,
                findings: vec![Finding::new(
                    Code::NotAPeraturan,
                    &original,
                    Span::default(),
                    e.message,
                )
                .help(e.help)],
                unusable: true,
            };
        }
    };
    let original = SourceFile::new(display.clone(), imported.text.clone());
    let emitted = SourceFile::new(display.clone(), imported.source.clone());
    let mut compiled = compile_source_in(&emitted, baselines, options);
    crate::import::map_findings(&imported, &original, &mut compiled.findings);
    for u in &imported.document.unplaced {
        let line = crate::import::line_span(&original.text, u.origin.line);
        compiled.findings.push(
            Finding::new(
                Code::UnplacedText,
                &original,
                line,
                msg::unplaced(crate::import::first_words(&u.value, 12)),
            )
            .help(text::UNPLACED_HELP),
        );
    }
    compiled
        .findings
        .sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    compiled
}
