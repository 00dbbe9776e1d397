//! Importing a draft of 1,000 lines: cleaning, structure, phrases, emitting,
//! and the compile that checks every recognised rule. Also each seed text.
//! Run: `cargo bench --bench import`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// A draft of exactly 1,000 lines: a title block, then Pasal with ayat, huruf
/// and angka in the standard phrases (ages, education, windows, panels, duties).
fn draft() -> String {
    let mut lines: Vec<String> = [
        "BUPATI CONTOH",
        "PROVINSI JAWA TENGAH",
        "PERATURAN BUPATI CONTOH",
        "NOMOR 1 TAHUN 2026",
        "TENTANG",
        "PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "BAB I",
        "SELEKSI TERBUKA",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let body = [
        "(1) Persyaratan untuk dapat mengikuti seleksi meliputi:",
        "a. berusia paling tinggi 56 (lima puluh enam) tahun pada saat pengangkatan;",
        "b. memiliki pendidikan paling rendah sarjana atau diploma IV;",
        "c. memiliki pengalaman jabatan paling kurang 5 (lima) tahun; dan",
        "d. sehat jasmani dan rohani.",
        "(2) Pengumuman dilakukan paling singkat 15 (lima belas) hari kalender sebelum batas akhir",
        "pendaftaran.",
        "(3) Tugas Pansel meliputi:",
        "1. menyusun jadwal seleksi;",
        "2. menyampaikan 3 (tiga) nama calon untuk setiap 1 (satu) lowongan kepada PPK.",
    ];
    let mut n = 1;
    while lines.len() < 1000 {
        lines.push(format!("Pasal {n}"));
        lines.extend(body.iter().map(|s| s.to_string()));
        n += 1;
    }
    lines.truncate(1000);
    lines.join("\n")
}

fn bench(c: &mut Criterion) {
    let text = draft();
    assert_eq!(text.lines().count(), 1000);
    c.bench_function("import/1000-line draft", |b| {
        b.iter(|| black_box(pasal::import::import_text("draft.txt", black_box(&text))))
    });
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    for seed in ["000_721fca3ba8784e66", "004_283a2d19f00ba428"] {
        let Ok(text) = std::fs::read_to_string(seeds.join(format!("{seed}.txt"))) else {
            continue;
        };
        c.bench_function(&format!("import/seed {seed}"), |b| {
            b.iter(|| black_box(pasal::import::import_text(seed, black_box(&text))))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
