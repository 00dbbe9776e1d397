//! The facts a compiled rule used, in words, for verify's explanations.

use super::{CompiledRule, FlagKind, Node, Prepared, Program, SlotKind, Tri};
use crate::ir::*;

/// The facts used by a compiled rule, in words, for explanations.
pub fn describe_facts(program: &Program, p: &Prepared, rule: &CompiledRule) -> Vec<String> {
    let mut out = Vec::new();
    collect(rule.op, program, p, &mut out);
    out.dedup();
    out
}

fn collect(node: u32, program: &Program, p: &Prepared, out: &mut Vec<String>) {
    match program.nodes.get(node as usize) {
        Some(Node::Flag(i)) => {
            let i = *i as usize;
            let name = match program.flags.get(i) {
                Some(FlagKind::Builtin(b)) => b.as_str().to_string(),
                Some(FlagKind::Declared(d)) => d.clone(),
                None => String::new(),
            };
            let v = match p.flags.get(i) {
                Some(Tri::True) => "ya",
                Some(Tri::False) => "tidak",
                _ => "tidak diketahui",
            };
            out.push(format!("{name}: {v}"));
        }
        Some(Node::Cmp(id)) => {
            let slot = program
                .cmps
                .get(*id as usize)
                .map_or(usize::MAX, |(slot, ..)| *slot);
            let slot = &slot;
            let v = p.nums.get(*slot).copied().filter(|v| !v.is_nan());
            let date = p.dates.get(*slot).copied().flatten();
            let on = date.map(|d| format!(" pada {d}")).unwrap_or_default();
            let text = match (program.slots.get(*slot), v) {
                (_, None) => format!("{} tidak diketahui", slot_name(program.slots.get(*slot))),
                (Some(SlotKind::Age(at, _)), Some(v)) => format!(
                    "umur {v} tahun{on}{}",
                    at.map(|e| format!(", tanggal {e}")).unwrap_or_default()
                ),
                (Some(SlotKind::Education), Some(v)) => {
                    format!("pendidikan {}", fmt_value(v, Measure::Education))
                }
                (Some(SlotKind::Golongan), Some(v)) => {
                    format!("golongan {}", fmt_value(v, Measure::Golongan))
                }
                (Some(SlotKind::Rating(_)), Some(v)) => format!(
                    "penilaian kinerja terendah {}",
                    fmt_value(v, Measure::Rating)
                ),
                (k, Some(v)) => format!(
                    "{} {}{on}",
                    slot_name(k),
                    crate::check::time::service_words(v)
                ),
            };
            out.push(text);
        }
        Some(Node::And(start, len) | Node::Or(start, len)) => program
            .children(*start, *len)
            .iter()
            .for_each(|k| collect(*k, program, p, out)),
        Some(Node::Not(k) | Node::Stated(k)) => collect(*k, program, p, out),
        Some(Node::Undecidable) | None => {
            out.push("syarat yang tidak dapat diputus dari data calon".into())
        }
    }
}

fn slot_name(k: Option<&SlotKind>) -> String {
    match k {
        Some(SlotKind::Age(..)) => "umur".into(),
        Some(SlotKind::Education) => "pendidikan".into(),
        Some(SlotKind::Golongan) => "golongan".into(),
        Some(SlotKind::Experience) => "pengalaman bidang".into(),
        Some(SlotKind::Held(js)) => format!(
            "lama menduduki {}",
            js.iter().map(|j| j.as_str()).collect::<Vec<_>>().join("/")
        ),
        Some(SlotKind::Tenure) => "masa jabatan sekarang".into(),
        Some(SlotKind::Rating(_)) => "penilaian kinerja".into(),
        None => "fakta".into(),
    }
}
