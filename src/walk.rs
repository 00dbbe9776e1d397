//! Which policy files a command's paths name: files as given, folders walked
//! (recursively, with `walkdir`) for `*.pasal` regular files. Each file is
//! listed once, however many links lead to it; a symbolic-link loop is followed
//! once; FIFOs, sockets, devices and broken links named `*.pasal` are skipped
//! with a note; a folder named `x.pasal` is walked, not read as a policy. The
//! list is sorted by path, so output never depends on the order the system
//! lists a folder in.

use crate::diagnostics::Lang;
use crate::messages::cli::msg as said;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A policy file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The path as the user will see it: a named file, or a folder joined with
    /// the names below it.
    pub path: PathBuf,
    /// True when the walk reached the file through a symbolic link (the file,
    /// or a folder above it inside the walk, is a link): the file may lie
    /// outside the folder that was named. `pasal fmt` does not rewrite it.
    pub through_link: bool,
}

/// Why an entry of a folder was left out, for a note on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// A FIFO, socket or device named `*.pasal`.
    NotAFile(PathBuf),
    /// A symbolic link named `*.pasal` whose target does not exist.
    BrokenLink(PathBuf),
    /// A link to a folder above it: the folder was walked once already.
    Loop(PathBuf),
}

impl Skipped {
    /// The note, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Skipped::NotAFile(p) => said::not_a_file(p.display()),
            Skipped::BrokenLink(p) => said::broken_link(p.display()),
            Skipped::Loop(p) => said::link_loop(p.display()),
        }
        .take(lang)
    }
}

/// Why a path cannot be walked: the run cannot do its job (exit status 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// A path that does not exist.
    Missing(PathBuf),
    /// A folder (or an entry of one) that cannot be read, and why.
    Unreadable(PathBuf, String),
}

impl WalkError {
    /// The message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            WalkError::Missing(p) => said::missing(p.display()),
            WalkError::Unreadable(p, why) => said::unreadable_folder(p.display(), why),
        }
        .take(lang)
    }
}

/// What a list of paths names.
#[derive(Debug, Default)]
pub struct Walked {
    /// Policy files, sorted by path, each file once.
    pub files: Vec<Found>,
    /// Entries left out, in the order met.
    pub skipped: Vec<Skipped>,
    /// Paths that do not exist, folders that cannot be read: the run cannot
    /// do its job (exit status 2).
    pub errors: Vec<WalkError>,
}

fn is_policy_name(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "pasal")
}

/// Expands files and folders into policy files. A named file is taken as it
/// is, whatever its kind (`pasal check <(…)` reads a pipe); inside folders
/// only regular `*.pasal` files count.
pub fn walk(paths: &[PathBuf]) -> Walked {
    let mut walked = Walked::default();
    // (found, the file's real path); several paths may lead to one file.
    let mut found: Vec<(Found, Option<PathBuf>)> = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk_folder(p, &mut found, &mut walked);
        } else if p.exists() {
            let found_file = Found {
                path: p.clone(),
                through_link: false,
            };
            found.push((found_file, std::fs::canonicalize(p).ok()));
        } else {
            walked.errors.push(WalkError::Missing(p.clone()));
        }
    }
    walked.files = once_each(found);
    walked
}

fn walk_folder(root: &Path, found: &mut Vec<(Found, Option<PathBuf>)>, walked: &mut Walked) {
    let real_root = std::fs::canonicalize(root).ok();
    let entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(Path::to_path_buf).unwrap_or_default();
                if e.loop_ancestor().is_some() {
                    walked.skipped.push(Skipped::Loop(path));
                } else if path.is_symlink() && !path.exists() {
                    if is_policy_name(&path) {
                        walked.skipped.push(Skipped::BrokenLink(path));
                    }
                } else {
                    let reason = e
                        .io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string);
                    walked.errors.push(WalkError::Unreadable(path, reason));
                }
                continue;
            }
        };
        let kind = entry.file_type();
        if kind.is_dir() || !is_policy_name(entry.path()) {
            continue;
        }
        if !kind.is_file() {
            walked
                .skipped
                .push(Skipped::NotAFile(entry.path().to_path_buf()));
            continue;
        }
        let real = std::fs::canonicalize(entry.path()).ok();
        // Without links on the way, the real path is the folder's real path
        // joined with the names below it.
        let lexical = match (&real_root, entry.path().strip_prefix(root)) {
            (Some(r), Ok(rel)) => Some(r.join(rel)),
            _ => None,
        };
        let through_link = entry.path_is_symlink() || real.is_none() || real != lexical;
        let f = Found {
            path: entry.into_path(),
            through_link,
        };
        found.push((f, real));
    }
}

/// Sorts by path and keeps each real file once: the path not through a link
/// when there is one, else the first.
fn once_each(mut found: Vec<(Found, Option<PathBuf>)>) -> Vec<Found> {
    found.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    found.dedup_by(|a, b| a.0.path == b.0.path);
    let mut chosen: HashMap<PathBuf, usize> = HashMap::new();
    let mut keep = vec![true; found.len()];
    for (i, (f, real)) in found.iter().enumerate() {
        let Some(real) = real else { continue };
        match chosen.get(real).copied() {
            None => {
                chosen.insert(real.clone(), i);
            }
            Some(j) => {
                let prefer_new =
                    found.get(j).is_some_and(|(o, _)| o.through_link) && !f.through_link;
                let drop = if prefer_new { j } else { i };
                if let Some(k) = keep.get_mut(drop) {
                    *k = false;
                }
                if prefer_new {
                    chosen.insert(real.clone(), i);
                }
            }
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter_map(|((f, _), k)| k.then_some(f))
        .collect()
}
