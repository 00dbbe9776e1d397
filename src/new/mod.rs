//! `pasal new`: a new region's draft peraturan from the national baseline.
//!
//! The draft is [`TEMPLATE`] (`template.pasal` beside this file) with the
//! region's identity filled in: the head of the region (Bupati, Wali Kota,
//! Gubernur) and the region's name everywhere, the national requirements
//! restated as regional Pasal with their rules, and above each restated clause
//! a comment naming the national article and the rule the baseline states
//! there. The template language is small: `{{name}}` is replaced by a value,
//! lines between `{{#if flag}}` and `{{/if}}` are kept only when the flag is
//! set, and a line `//@ CITATION` becomes the comment on the national rule.

use crate::ir::Policy;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// The draft's template.
pub const TEMPLATE: &str = include_str!("template.pasal");

/// The kind of regional regulation a draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jenis {
    /// Peraturan Bupati (a kabupaten).
    Bupati,
    /// Peraturan Wali Kota (a kota).
    WaliKota,
    /// Peraturan Gubernur (a provinsi).
    Gubernur,
}

impl Jenis {
    /// The identity keyword: `peraturan_bupati`, …
    pub fn keyword(self) -> &'static str {
        match self {
            Jenis::Bupati => "peraturan_bupati",
            Jenis::WaliKota => "peraturan_walikota",
            Jenis::Gubernur => "peraturan_gubernur",
        }
    }
    /// The kind of region: `kabupaten`, `kota`, `provinsi`.
    pub fn region_kind(self) -> &'static str {
        match self {
            Jenis::Bupati => "kabupaten",
            Jenis::WaliKota => "kota",
            Jenis::Gubernur => "provinsi",
        }
    }
    /// The head of the region as the text names the office: "Bupati", "Wali Kota", "Gubernur".
    pub fn head(self) -> &'static str {
        match self {
            Jenis::Bupati => "Bupati",
            Jenis::WaliKota => "Wali Kota",
            Jenis::Gubernur => "Gubernur",
        }
    }
    fn head_ident(self) -> &'static str {
        match self {
            Jenis::Bupati => "bupati",
            Jenis::WaliKota => "walikota",
            Jenis::Gubernur => "gubernur",
        }
    }
    fn abbreviation(self) -> &'static str {
        match self {
            Jenis::Bupati => "Perbup",
            Jenis::WaliKota => "Perwal",
            Jenis::Gubernur => "Pergub",
        }
    }
}

/// What a draft is about: its kind, region, number and year, and where the
/// national baseline is relative to the draft.
#[derive(Debug, Clone)]
pub struct Draft {
    /// Kind of regulation.
    pub jenis: Jenis,
    /// Region name without its kind: "Contoh", "Pagar Alam".
    pub daerah: String,
    /// Province name ("Jambi"); for a Peraturan Gubernur, the region itself.
    pub provinsi: String,
    /// Number.
    pub nomor: u32,
    /// Year.
    pub tahun: u32,
    /// Subject in upper case; default "TATA CARA PENGISIAN JABATAN PIMPINAN TINGGI
    /// PRATAMA DI LINGKUNGAN PEMERINTAH …".
    pub tentang: Option<String>,
    /// Date of enactment and promulgation, when known.
    pub tanggal: Option<chrono::NaiveDate>,
    /// Place of enactment (default: the region's name).
    pub tempat: Option<String>,
    /// The baseline's path as the draft's `mengikuti` writes it (relative to the draft).
    pub baseline: String,
}

/// Splits "kabupaten Contoh" into the region's name, checking that a kind
/// written in front matches the kind of regulation; every word of the name
/// starts with a capital ("muaro jambi" → "Muaro Jambi").
pub fn region_name(jenis: Jenis, daerah: &str) -> Result<String, String> {
    let d = daerah.trim();
    let (first, rest) = d.split_once(char::is_whitespace).unwrap_or((d, ""));
    let kind = first.to_lowercase();
    let name =
        if ["kabupaten", "kota", "provinsi"].contains(&kind.as_str()) && !rest.trim().is_empty() {
            if kind != jenis.region_kind() {
                return Err(format!(
                    "`--daerah {d}` names a {kind}, but a {} governs a {}",
                    jenis.keyword(),
                    jenis.region_kind()
                ));
            }
            rest.trim()
        } else {
            d
        };
    check_name("--daerah", name)?;
    Ok(name
        .split_whitespace()
        .map(crate::words::capitalize)
        .collect::<Vec<_>>()
        .join(" "))
}

/// A name that will stand inside the law's text: not empty, no control characters.
pub fn check_name(flag: &str, s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        return Err(format!("`{flag}` is empty"));
    }
    if s.chars().any(char::is_control) {
        return Err(format!("`{flag}` contains a control character"));
    }
    Ok(())
}

/// Escapes a value for the inside of a `"…"` string of the language.
fn quote(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Words that stay in lower case in a title ("Tata Cara Pengisian … di Lingkungan …").
const SMALL_WORDS: &[&str] = &[
    "di", "ke", "dari", "dan", "atau", "yang", "untuk", "dalam", "pada", "secara", "tentang",
    "serta", "oleh", "dengan", "atas", "antar",
];

/// "TATA CARA … DI LINGKUNGAN …" → "Tata Cara … di Lingkungan …".
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && SMALL_WORDS.contains(&lower.as_str()) {
                lower
            } else {
                crate::words::capitalize(&lower)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The path of `to` relative to the folder `from`, with `/` separators. Both
/// must be absolute and free of `.`/`..` (e.g. canonicalised).
pub fn relative_path(from: &Path, to: &Path) -> String {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = Vec::new();
    for _ in common..from.len() {
        parts.push("..".to_string());
    }
    for c in to.iter().skip(common) {
        parts.push(c.as_os_str().to_string_lossy().into_owned());
    }
    parts.join("/")
}

/// The draft's `mengikuti` path: the baseline relative to the folder the
/// draft is written to. Both must exist.
pub fn baseline_path(draft_dir: &Path, baseline: &Path) -> Result<String, String> {
    let dir = std::fs::canonicalize(draft_dir)
        .map_err(|e| format!("cannot use folder `{}`: {e}", draft_dir.display()))?;
    let base = std::fs::canonicalize(baseline)
        .map_err(|e| format!("cannot read baseline `{}`: {e}", baseline.display()))?;
    Ok(relative_path(&dir, &base))
}

/// Fills the template for a draft. `baseline` (the compiled national
/// baseline) supplies the rules quoted in the comments above each clause.
pub fn render(d: &Draft, baseline: Option<&Policy>) -> Result<String, String> {
    check_name("--daerah", &d.daerah)?;
    check_name("--provinsi", &d.provinsi)?;
    if let Some(t) = &d.tentang {
        check_name("--tentang", t)?;
    }
    if let Some(t) = &d.tempat {
        check_name("--tempat", t)?;
    }
    let head = d.jenis.head();
    let kind = d.jenis.region_kind();
    let region = format!("{} {}", crate::words::capitalize(kind), d.daerah);
    let produk = format!("Peraturan {head}");
    let tentang = d.tentang.clone().unwrap_or_else(|| {
        format!(
            "TATA CARA PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA DI LINGKUNGAN PEMERINTAH {}",
            region.to_uppercase()
        )
    });
    let tentang = tentang.split_whitespace().collect::<Vec<_>>().join(" ");
    let office = format!("{} {}", head.to_uppercase(), d.daerah.to_uppercase());
    let sekda = format!("SEKRETARIS DAERAH {}", region.to_uppercase());
    let tempat = d.tempat.clone().unwrap_or_else(|| d.daerah.clone());
    let signing = match d.tanggal {
        Some(t) => format!(
            "  ditetapkan di \"{p}\" tanggal {t} oleh \"{o}\"\n  diundangkan di \"{p}\" tanggal {t} oleh \"{s}\"\n  berita \"BERITA DAERAH {r} TAHUN {y} NOMOR …\"",
            p = quote(&tempat),
            o = quote(&office),
            s = quote(&sekda),
            r = quote(&region.to_uppercase()),
            y = chrono::Datelike::year(&t),
        ),
        None => format!(
            "  // to be filled in when the peraturan is signed and promulgated:\n  // ditetapkan di \"{p}\" tanggal YYYY-MM-DD oleh \"{o}\" nama \"…\"\n  // diundangkan di \"{p}\" tanggal YYYY-MM-DD oleh \"{s}\" nama \"…\"\n  // berita \"BERITA DAERAH {r} TAHUN {y} NOMOR …\"",
            p = quote(&tempat),
            o = quote(&office),
            s = quote(&sekda),
            r = quote(&region.to_uppercase()),
            y = d.tahun,
        ),
    };
    let baseline_name = baseline.map_or_else(|| "PP 11/2017".to_string(), Policy::short_name);
    let vars: BTreeMap<&str, String> = [
        ("jenis", d.jenis.keyword().to_string()),
        ("kind", kind.to_string()),
        ("nama", quote(&d.daerah)),
        ("Nama_daerah", d.daerah.replace('\n', " ")),
        ("provinsi", quote(&d.provinsi)),
        ("nomor", d.nomor.to_string()),
        ("tahun", d.tahun.to_string()),
        ("JUDUL", quote(&format!("PERATURAN {office}"))),
        ("TENTANG", quote(&tentang.to_uppercase())),
        ("Tentang", quote(&title_case(&tentang))),
        ("Produk", produk.clone()),
        ("PRODUK", produk.to_uppercase()),
        ("Kepala", head.to_string()),
        ("kepala_ident", d.jenis.head_ident().to_string()),
        ("Daerah", quote(&region)),
        (
            "singkatan",
            quote(&format!(
                "{} {} {}/{}",
                d.jenis.abbreviation(),
                d.daerah,
                d.nomor,
                d.tahun
            )),
        ),
        ("signing", signing),
        ("baseline", quote(&d.baseline)),
        ("baseline_name", baseline_name.clone()),
        (
            "eselon_sekwan",
            if d.jenis == Jenis::Gubernur {
                "II.a"
            } else {
                "II.b"
            }
            .to_string(),
        ),
    ]
    .into_iter()
    .collect();
    let mut flags = BTreeSet::new();
    if d.jenis != Jenis::Gubernur {
        flags.insert("kabkota");
    }
    // UU 20/2023 (in force from 31 October 2023) revoked UU 5/2014; a draft of
    // a later year cites the law in force.
    flags.insert(if d.tahun >= 2024 { "uu20" } else { "uu5" });
    fill(TEMPLATE, &vars, &flags, &|cite| {
        national_comment(&baseline_name, cite, baseline)
    })
}

/// `// PP 11/2017 Pasal 107 huruf c angka 1: syarat: pendidikan …` — the
/// national article and the rules the baseline states at it.
fn national_comment(name: &str, citation: &str, baseline: Option<&Policy>) -> String {
    let rules: Vec<String> = baseline
        .and_then(|b| {
            let (id, _) = b
                .clauses
                .enumerate()
                .find(|(_, c)| c.citation == citation)?;
            Some(
                b.rules
                    .iter()
                    .filter(|r| r.clause == id)
                    .map(crate::render::rule_note)
                    .collect(),
            )
        })
        .unwrap_or_default();
    if rules.is_empty() {
        format!("// {name} {citation}")
    } else {
        format!("// {name} {citation}: {}", rules.join("; "))
    }
}

/// Fills a template: `{{name}}` values, `{{#if flag}}` … `{{/if}}` blocks,
/// and `//@ CITATION` comment lines. An unknown name or an unbalanced block
/// is an error in the template.
pub fn fill(
    template: &str,
    vars: &BTreeMap<&str, String>,
    flags: &BTreeSet<&str>,
    comment: &dyn Fn(&str) -> String,
) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() * 2);
    let mut keep: Vec<bool> = Vec::new();
    for (n, line) in template.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(flag) = trimmed
            .strip_prefix("{{#if ")
            .and_then(|r| r.strip_suffix("}}"))
        {
            keep.push(flags.contains(flag.trim()));
            continue;
        }
        if trimmed == "{{/if}}" {
            if keep.pop().is_none() {
                return Err(format!(
                    "template line {}: `{{{{/if}}}}` without `{{{{#if}}}}`",
                    n + 1
                ));
            }
            continue;
        }
        if keep.iter().any(|k| !k) {
            continue;
        }
        if let Some(cite) = trimmed.strip_prefix("//@ ") {
            let indent = line.len() - line.trim_start().len();
            out.push_str(line.get(..indent).unwrap_or(""));
            out.push_str(&comment(cite.trim()));
            out.push('\n');
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find("{{") {
            out.push_str(rest.get(..start).unwrap_or(""));
            let after = rest.get(start + 2..).unwrap_or("");
            let end = after
                .find("}}")
                .ok_or_else(|| format!("template line {}: unclosed `{{{{`", n + 1))?;
            let name = after.get(..end).unwrap_or("");
            let value = vars
                .get(name)
                .ok_or_else(|| format!("template line {}: unknown name `{name}`", n + 1))?;
            out.push_str(value);
            rest = after.get(end + 2..).unwrap_or("");
        }
        out.push_str(rest);
        out.push('\n');
    }
    if !keep.is_empty() {
        return Err("template: `{{#if}}` without `{{/if}}`".to_string());
    }
    Ok(out)
}

/// The folder a draft written to `output` lives in (the current folder for
/// standard output or a bare file name).
pub fn draft_dir(output: Option<&Path>) -> PathBuf {
    output
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(jenis: Jenis) -> Draft {
        Draft {
            jenis,
            daerah: "Contoh".into(),
            provinsi: "Jambi".into(),
            nomor: 7,
            tahun: 2025,
            tentang: None,
            tanggal: None,
            tempat: None,
            baseline: "nasional/pp-11-2017.pasal".into(),
        }
    }

    #[test]
    fn relative_paths() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            relative_path(&p("/a/policies"), &p("/a/policies/nasional/pp.pasal")),
            "nasional/pp.pasal"
        );
        assert_eq!(
            relative_path(&p("/a/drafts/x"), &p("/a/policies/nasional/pp.pasal")),
            "../../policies/nasional/pp.pasal"
        );
    }

    #[test]
    fn region_names() {
        assert_eq!(
            region_name(Jenis::Bupati, "kabupaten  Contoh").unwrap(),
            "Contoh"
        );
        assert_eq!(
            region_name(Jenis::Bupati, "muaro Jambi").unwrap(),
            "Muaro Jambi"
        );
        assert_eq!(region_name(Jenis::WaliKota, "Kota").unwrap(), "Kota");
        assert!(region_name(Jenis::Bupati, "kota Contoh").is_err());
        assert!(region_name(Jenis::Bupati, "  ").is_err());
    }

    #[test]
    fn titles() {
        assert_eq!(
            title_case("TATA CARA PENGISIAN JPT DI LINGKUNGAN PEMERINTAH KABUPATEN CONTOH"),
            "Tata Cara Pengisian Jpt di Lingkungan Pemerintah Kabupaten Contoh"
        );
    }

    #[test]
    fn template_fills_for_every_kind_without_leftovers() {
        for j in [Jenis::Bupati, Jenis::WaliKota, Jenis::Gubernur] {
            let text = render(&draft(j), None).unwrap();
            assert!(!text.contains("{{") && !text.contains("//@"), "{text}");
            assert!(text.contains(&format!("jenis {}", j.keyword())));
        }
        let g = render(&draft(Jenis::Gubernur), None).unwrap();
        assert!(!g.contains("sekretariat daerah, sebelum"));
        let b = render(&draft(Jenis::Bupati), None).unwrap();
        assert!(b.contains("dikoordinasikan dengan Gubernur Jambi"));
    }

    #[test]
    fn values_are_quoted() {
        let mut d = draft(Jenis::Bupati);
        d.daerah = "Con\"toh".into();
        let text = render(&d, None).unwrap();
        assert!(text.contains("daerah kabupaten \"Con\\\"toh\""));
    }

    #[test]
    fn template_errors_are_reported() {
        let v = BTreeMap::new();
        let f = BTreeSet::new();
        let c = |s: &str| s.to_string();
        assert!(fill("{{x}}", &v, &f, &c).is_err());
        assert!(fill("{{#if a}}\n", &v, &f, &c).is_err());
        assert!(fill("{{/if}}\n", &v, &f, &c).is_err());
        assert!(fill("{{x", &v, &f, &c).is_err());
        assert_eq!(fill("{{#if a}}\nx\n{{/if}}\ny", &v, &f, &c).unwrap(), "y\n");
    }
}
