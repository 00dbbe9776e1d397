//! PSL707 — a signer whose office does not fit the kind of peraturan: a
//! Peraturan Bupati signed by a Wali Kota, promulgated by someone other than
//! the Sekretaris Daerah.

use crate::analysis::{Context, Lint};
use crate::codes::Code;
use crate::diagnostics::Finding;
use crate::messages::Text;

/// The lint.
pub const LINT: Lint = Lint {
    code: Code::SignerTitle,
    label: Text {
        en: "signer",
        id: "penanda tangan",
    },
    help: Text {
        en: "the head of the region named by the kind of peraturan signs it, and the Sekretaris Daerah promulgates it",
        id: "kepala daerah yang sesuai dengan jenis peraturan menandatanganinya, dan Sekretaris Daerah mengundangkannya",
    },
    explain: Text {
        en: "A Peraturan Wali Kota is enacted by the Wali Kota, a Peraturan Bupati by the Bupati, a Peraturan Gubernur by the Gubernur (or an acting official, \"Pj.\" / \"Plt.\"), and each is promulgated by the Sekretaris Daerah. An office that does not fit — often left over from the peraturan a draft was copied from — makes the act's validity doubtful.",
        id: "Peraturan Wali Kota ditetapkan oleh Wali Kota, Peraturan Bupati oleh Bupati, Peraturan Gubernur oleh Gubernur (atau penjabat, \"Pj.\" / \"Plt.\"), dan masing-masing diundangkan oleh Sekretaris Daerah. Jabatan yang tidak sesuai — sering tertinggal dari peraturan yang disalin — membuat keabsahan naskah diragukan.",
    },
    bad: "jenis peraturan_bupati\nditetapkan di \"Muara Tebo\" tanggal 2021-07-30 oleh \"WALI KOTA TEBO\"",
    good: "jenis peraturan_bupati\nditetapkan di \"Muara Tebo\" tanggal 2021-07-30 oleh \"BUPATI TEBO\"",
    words: &[msg::ALL],
};

/// The words an enacting office must contain for a kind of peraturan.
fn head_of(jenis: &str) -> Option<&'static [&'static str]> {
    Some(match jenis {
        "peraturan_walikota" | "peraturan_wali_kota" => &["WALI KOTA", "WALIKOTA"],
        "peraturan_bupati" => &["BUPATI"],
        "peraturan_gubernur" => &["GUBERNUR"],
        "peraturan_daerah" => &["WALI KOTA", "WALIKOTA", "BUPATI", "GUBERNUR"],
        _ => return None,
    })
}

/// Runs the lint.
pub fn check(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let id = &cx.policy.identity;
    let file = &cx.policy.file;
    if id.kutipan.is_some() {
        return;
    }
    let squeeze = |s: &str| {
        s.to_uppercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    if let (Some(jenis), Some(signed)) = (id.jenis.as_deref(), &id.ditetapkan) {
        if let Some(heads) = head_of(jenis) {
            let office = squeeze(&signed.office);
            if !heads.iter().any(|h| office.contains(h)) {
                let expected = heads.first().copied().unwrap_or("");
                let mut f = cx.finding(
                    &LINT,
                    file.locate(id.span, &signed.office),
                    None,
                    msg::signer(jenis, expected, &signed.office),
                );
                f.clause = Some("Penutup".into());
                out.push(f);
            }
        }
    }
    if let Some(promulgated) = &id.diundangkan {
        let office = squeeze(&promulgated.office);
        if !office.contains("SEKRETARIS DAERAH") && !office.contains("SEKDA") {
            let mut f = cx.finding(
                &LINT,
                file.locate(id.span, &promulgated.office),
                None,
                msg::promulgator(&promulgated.office),
            );
            f.clause = Some("Penutup".into());
            out.push(f);
        }
    }
}

crate::messages!(
    /// What the findings say.
    mod msg {
    /// The wrong signer.
    signer(jenis, expected, office) = "a `{jenis}` is enacted by the {expected}, not by `{office}`" / "`{jenis}` ditetapkan oleh {expected}, bukan oleh `{office}`";
    /// The wrong promulgator.
    promulgator(office) = "a peraturan of a region is promulgated by the Sekretaris Daerah, not by `{office}`" / "peraturan daerah diundangkan oleh Sekretaris Daerah, bukan oleh `{office}`";
    }
);
