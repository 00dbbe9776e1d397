//! Property test of `pasal fmt` over generated policies: for any policy that
//! parses, formatting succeeds, is idempotent, keeps every comment, and
//! compiles to the same rules.
//!
//! The generator writes valid constructs (identity, opening, headings, Pasal
//! with nested ayat/huruf/angka, texts with double spaces, escapes and line
//! breaks, rules of every kind with scopes, bases, conditions and exceptions,
//! references, acknowledgements) as tokens, then lays the tokens out at random:
//! single or double spaces, line breaks, tabs, comments between any two tokens,
//! CRLF line ends, a BOM.

use pasal::format::{format_text, same_meaning, trivia::Trivia, FormatError};
use pasal::source::SourceFile;
use pasal::syntax;
use proptest::prelude::*;
use proptest::sample::select;

type Toks = Vec<String>;

fn toks(words: &str) -> Toks {
    words.split_whitespace().map(str::to_string).collect()
}

fn cat(parts: Vec<Toks>) -> Toks {
    parts.into_iter().flatten().collect()
}

fn opt(s: impl Strategy<Value = Toks>) -> impl Strategy<Value = Toks> {
    prop::option::of(s).prop_map(Option::unwrap_or_default)
}

// ------------------------------------------------------------------ strings

/// A string literal (with its quotes) whose inside has escapes, double spaces,
/// blanks at either end and raw line breaks (which the compiler folds).
fn literal() -> impl Strategy<Value = String> {
    let word = select(vec![
        "Pasal",
        "ayat",
        "(1)",
        "huruf",
        "a",
        "sebagaimana",
        "dimaksud",
        "dalam",
        "pada",
        "Pasal 3 ayat (2)",
        "meliputi:",
        "dan",
        "atau;",
        "JPT",
        "Pratama,",
        "5",
        "(lima)",
        "tahun",
        "\\\"kutip\\\"",
        "\\\\",
        "a\\nb",
        "é—ü",
        "//",
        "{",
        "}",
        "=>",
        "%",
    ]);
    let sep = select(vec![
        " ", " ", " ", " ", "  ", "\n      ", " \n    ", "\n\t  ", "\t",
    ]);
    (
        prop::collection::vec((word, sep), 0..14),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(ws, lead, trail)| {
            let mut s = String::from("\"");
            if lead {
                s.push(' ');
            }
            for (i, (w, sep)) in ws.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                s.push_str(w);
            }
            if trail {
                s.push(' ');
            }
            s.push('"');
            s
        })
}

// ------------------------------------------------------------------ rules

fn scope() -> impl Strategy<Value = Toks> {
    select(vec![
        "untuk jpt_pratama",
        "untuk jpt_pratama , administrator",
        "untuk jpt_pratama eselon II.a , II.b",
        "untuk administrator melalui mutasi",
        "melalui seleksi_terbuka",
        "melalui mutasi , uji_kesesuaian",
        "untuk pengawas eselon IV.a melalui umum",
    ])
    .prop_map(toks)
}

fn citation() -> impl Strategy<Value = Toks> {
    select(vec![
        "Pasal 1",
        "Pasal 2 ayat ( 1 )",
        "Pasal 3 ayat (2) huruf a",
        "ayat (1)",
        "ayat (2) huruf b angka 1",
        "huruf a",
        "Pasal 1 angka 2",
    ])
    .prop_map(toks)
}

fn atom() -> impl Strategy<Value = Toks> {
    select(vec![
        "pns",
        "sehat",
        "hukuman_disiplin",
        "rekam_baik",
        "usia paling tinggi 56 tahun",
        "usia paling tinggi 56 tahun pada pengangkatan",
        "pendidikan paling rendah S1 | D4",
        "pangkat paling rendah IV/a",
        "pengalaman_bidang paling sedikit 5 tahun",
        "lama_jabatan ( administrator | fungsional_ahli_madya ) paling singkat 2 tahun",
        "masa_jabatan paling sedikit 2 tahun paling lama 5 tahun",
        "penilaian_kinerja paling rendah baik selama 2 tahun terakhir",
        "jabatan_lowong adalah sekretaris_daerah",
        "jabatan_lowong adalah sekretaris_daerah | kepala_dinas",
        "pelamar kurang dari 3",
        "calon_administrasi lebih dari 2.5",
    ])
    .prop_map(toks)
}

/// How an expression may be used: as an operand of `dan`/`atau` it needs
/// parentheses when it is itself `dan`/`atau`; after `tidak` it needs them
/// unless it is a single fact or comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    Leaf,
    Atom,
    Not,
    Compound,
}

fn expr() -> impl Strategy<Value = (Toks, Shape)> {
    atom()
        .prop_map(|t| (t, Shape::Leaf))
        .prop_recursive(3, 12, 3, |inner| {
            prop_oneof![
                (prop::collection::vec(inner.clone(), 2..4), any::<bool>()).prop_map(|(xs, or)| {
                    let op = if or { "atau" } else { "dan" };
                    let mut out = Vec::new();
                    for (i, (t, shape)) in xs.into_iter().enumerate() {
                        if i > 0 {
                            out.push(op.to_string());
                        }
                        out.extend(paren(t, shape == Shape::Compound));
                    }
                    (out, Shape::Compound)
                }),
                inner.clone().prop_map(|(t, shape)| {
                    let mut out = vec!["tidak".to_string()];
                    out.extend(paren(t, matches!(shape, Shape::Compound | Shape::Not)));
                    (out, Shape::Not)
                }),
                inner.prop_map(|(t, _)| (paren(t, true), Shape::Atom)),
            ]
        })
}

fn paren(t: Toks, needed: bool) -> Toks {
    if needed {
        cat(vec![toks("("), t, toks(")")])
    } else {
        t
    }
}

fn bounds() -> impl Strategy<Value = Toks> {
    select(vec![
        "paling sedikit 5",
        "paling sedikit 5 paling banyak 9",
        "tepat 3",
        "paling banyak 45 %",
        "paling banyak 45%",
        "lebih dari 0",
        "paling kurang 3 orang",
    ])
    .prop_map(toks)
}

fn rule_body() -> impl Strategy<Value = Toks> {
    prop_oneof![
        expr().prop_map(|(e, _)| cat(vec![toks("syarat"), e])),
        (
            select(vec!["seleksi", "mutasi"]),
            prop_oneof![
                bounds().prop_map(|b| cat(vec![toks("jumlah ganjil"), b])),
                bounds().prop_map(|b| cat(vec![toks("jumlah"), b])),
                bounds().prop_map(|b| cat(vec![toks("porsi internal"), b, toks("dari anggota")])),
                bounds().prop_map(|b| cat(vec![toks("porsi eksternal"), b])),
                bounds().prop_map(|b| cat(vec![toks("anggota akademisi | pakar"), b])),
                Just(toks("peran ketua oleh sekretaris_daerah | jpt_pratama")),
                Just(toks("unsur akademisi , pakar , profesional")),
                Just(toks("kedudukan internal paling rendah jabatan_lowong")),
            ]
        )
            .prop_map(|(name, c)| cat(vec![toks("pansel"), toks(name), c])),
        select(vec![
            "waktu pengumuman paling singkat 15 hari kalender sebelum batas_lamaran",
            "waktu evaluasi tepat 3 bulan sebelum akhir_masa_jabatan",
            "waktu pelantikan paling lama 7 hari kerja setelah pengangkatan",
            "perpanjangan pengumuman paling banyak 2 kali masing-masing 7 hari kalender",
            "perpanjangan seleksi paling banyak 2 kali",
            "bobot penilaian makalah 15% sampai dengan 20%",
            "bobot penilaian wawancara paling sedikit 30 % paling banyak 35 %",
            "jumlah calon_administrasi paling sedikit 3 per lowongan",
            "jumlah calon_terpilih tepat 1",
            "durasi masa_jabatan paling lama 5 tahun",
            "durasi berlaku_hasil tepat 6 bulan",
            "daftar dokumen lengkap",
            "daftar tahap berurutan : persiapan , pelaksanaan , evaluasi",
            "butir jabatan_diisi",
            "butir jabatan_diisi dari dokumen",
            "jabatan sekretaris_daerah eselon II.a",
            "jabatan kepala_dinas eselon II.b , III.a",
            "jabatan staf_ahli",
            "fakta rekam_baik",
            "istilah kasn",
        ])
        .prop_map(toks),
    ]
}

/// An action's parts, in a random order.
fn action() -> impl Strategy<Value = Toks> {
    (
        select(vec!["koordinasi", "laporan", "pengumuman"]),
        Just(vec![
            toks("oleh ppk"),
            toks("dengan kasn"),
            toks("melalui media_cetak | media_elektronik"),
            toks("sebelum pembentukan_pansel"),
        ])
        .prop_shuffle(),
        0usize..5,
    )
        .prop_map(|(name, parts, n)| {
            cat(vec![
                toks(name),
                parts.into_iter().take(n).flatten().collect(),
            ])
        })
}

/// A rule; after a citation with parts (`dasar ayat (1)`) a `=>` would not
/// parse, so rules followed by another `=>` rule have no `dasar`.
fn rule() -> impl Strategy<Value = Toks> {
    rule_with(true)
}

fn rule_with(basis: bool) -> impl Strategy<Value = Toks> {
    let modality = select(vec!["wajib", "dapat", "dilarang"]);
    // After an action, `melalui` names its channel: its scope starts with `untuk`.
    let untuk = scope().prop_filter("scope with untuk", |s| {
        s.first().is_some_and(|w| w == "untuk")
    });
    let body = prop_oneof![
        (
            opt(modality.clone().prop_map(toks)),
            rule_body(),
            opt(scope())
        )
            .prop_map(|(m, b, s)| cat(vec![m, b, s])),
        (modality.prop_map(toks), action(), opt(untuk)).prop_map(|(m, a, s)| cat(vec![m, a, s])),
    ];
    (
        body,
        opt(citation().prop_map(|c| cat(vec![toks("dasar"), c]))).prop_map(move |d| {
            if basis {
                d
            } else {
                vec![]
            }
        }),
        opt(expr().prop_map(|(e, _)| cat(vec![toks("jika"), e]))),
        opt(expr().prop_map(|(e, _)| cat(vec![toks("kecuali"), e]))),
    )
        .prop_map(|(b, d, j, k)| cat(vec![b, d, j, k]))
}

// ------------------------------------------------------------------ clauses

fn head() -> impl Strategy<Value = Toks> {
    select(vec![
        "ayat ( 1 )",
        "ayat (2)",
        "ayat (3)",
        "huruf a",
        "huruf b",
        "huruf c",
        "angka 1",
        "angka 2",
    ])
    .prop_map(toks)
}

/// `HEAD [scope] ["text"] [scope] [{ items } | => rules]`.
fn clause_with(head: impl Strategy<Value = Toks> + 'static, depth: u32) -> BoxedStrategy<Toks> {
    let text = prop::option::of(literal());
    let body: BoxedStrategy<Toks> = if depth == 0 {
        prop_oneof![Just(vec![]), arrow_rules(),].boxed()
    } else {
        prop_oneof![
            Just(vec![]),
            arrow_rules(),
            prop::collection::vec(item(depth - 1), 0..4).prop_map(|is| cat(vec![
                toks("{"),
                is.into_iter().flatten().collect(),
                toks("}")
            ])),
        ]
        .boxed()
    };
    (head, opt(scope()), text, any::<bool>(), body)
        .prop_map(|(h, s, t, scope_after, b)| {
            let t: Toks = t.into_iter().collect();
            if scope_after {
                cat(vec![h, t, s, b])
            } else {
                cat(vec![h, s, t, b])
            }
        })
        .boxed()
}

/// `=> rule …`: only the last may end with a citation.
fn arrow_rules() -> impl Strategy<Value = Toks> {
    (prop::collection::vec(rule_with(false), 0..2), rule()).prop_map(|(rs, last)| {
        rs.into_iter()
            .chain(std::iter::once(last))
            .flat_map(|r| cat(vec![toks("=>"), r]))
            .collect()
    })
}

fn item(depth: u32) -> BoxedStrategy<Toks> {
    prop_oneof![
        literal().prop_map(|l| vec![l]),
        clause_with(head(), depth),
        (any::<bool>(), rule()).prop_map(|(arrow, r)| if arrow {
            cat(vec![toks("=>"), r])
        } else {
            r
        }),
        citation().prop_map(|c| cat(vec![toks("rujuk"), c])),
        literal().prop_map(|l| cat(vec![toks("akui PSL201"), vec![l]])),
    ]
    .boxed()
}

// ------------------------------------------------------------------ units

fn unit() -> impl Strategy<Value = Toks> {
    prop_oneof![
        3 => clause_with(select(vec!["pasal 1", "pasal 2", "pasal 3", "pasal 10A"]).prop_map(toks), 2),
        1 => (select(vec!["bab I", "bab II", "bagian kesatu", "paragraf 2", "paragraf"]), literal(), opt(scope()))
            .prop_map(|(h, l, s)| cat(vec![toks(h), vec![l], s])),
        1 => (literal(), literal(), any::<bool>()).prop_map(|(a, b, two)| {
            let mut t = toks("peraturan { jenis peraturan_walikota judul");
            t.push(a);
            t.extend(toks("daerah kota"));
            t.push(b.clone());
            t.extend(toks("nomor 0025 tahun 2021 ditetapkan di"));
            t.push(b);
            t.extend(toks("tanggal 2021-06-11 oleh \"WALIKOTA\""));
            if two {
                t.extend(toks("nama \"NAMA\" mengikuti \"nasional/pp-11-2017.pasal\" kutipan"));
                t.push("\"Pasal 105\u{2013}134\"".into());
            }
            t.push("}".into());
            t
        }),
        1 => prop::collection::vec(literal(), 0..3).prop_map(|ls| {
            let mut t = toks("menimbang {");
            for (i, l) in ls.into_iter().enumerate() {
                t.extend(toks(&format!("huruf {}", ["a", "b", "c"][i])));
                t.push(l);
            }
            t.push("}".into());
            t
        }),
        1 => literal().prop_map(|l| vec!["mengingat".into(), "{".into(), "angka".into(), "1".into(), l, "}".into()]),
        1 => literal().prop_map(|l| vec!["memutuskan".into(), l]),
        1 => prop::collection::vec(literal(), 1..3).prop_map(|ls| cat(vec![toks("penutup"), ls])),
    ]
}

/// Lays out a unit's tokens: the first at column 0, then a random separator
/// (always indented after a line break) before each next token.
fn lay_out(units: &[Toks], seps: &[u8], unit_seps: &[u8]) -> String {
    const SEPS: &[&str] = &[
        " ",
        " ",
        " ",
        " ",
        "  ",
        "\n  ",
        "\n      ",
        "\n\t",
        " // catatan\n    ",
        "\n  // baris sendiri\n  ",
        "\n        // dalam\n  ",
        "\n\n  ",
        "\n\n  // kosong\n\n    ",
    ];
    const UNIT_SEPS: &[&str] = &[
        "\n",
        "\n\n",
        "\n// antar unit\n",
        "\n\n// sebelum\n\n",
        "\n   // menjorok\n",
    ];
    let mut out = String::new();
    let mut k = 0usize;
    for (u, tokens) in units.iter().enumerate() {
        if u > 0 {
            let pick = unit_seps
                .get(u % unit_seps.len().max(1))
                .copied()
                .unwrap_or(0) as usize;
            out.push_str(UNIT_SEPS[pick % UNIT_SEPS.len()]);
        }
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                let pick = seps.get(k % seps.len().max(1)).copied().unwrap_or(0) as usize;
                k += 1;
                out.push_str(SEPS[pick % SEPS.len()]);
            }
            out.push_str(t);
        }
    }
    out.push('\n');
    out
}

fn policy() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(unit(), 1..5),
        prop::collection::vec(any::<u8>(), 1..64),
        prop::collection::vec(any::<u8>(), 1..8),
        0u8..8,
    )
        .prop_map(|(units, seps, useps, enc)| {
            let mut text = lay_out(&units, &seps, &useps);
            if enc == 0 {
                text = text.replace('\n', "\r\n");
            }
            if enc == 1 {
                text.insert(0, '\u{feff}');
            }
            text
        })
}

fn parses(text: &str) -> Result<(), String> {
    let file = SourceFile::new("gen.pasal", text);
    let (_, findings) = syntax::parse(&file);
    match findings
        .iter()
        .find(|f| !matches!(f.code.as_str(), "PSL003" | "PSL004"))
    {
        None => Ok(()),
        Some(f) => Err(format!("{} {} at {:?}", f.code, f.message, f.line_col())),
    }
}

fn comments(text: &str) -> Vec<String> {
    Trivia::scan(text)
        .comments
        .into_iter()
        .map(|c| c.text)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn fmt_is_idempotent_and_keeps_meaning_and_comments(text in policy()) {
        // The generator writes valid constructs, but the grammar reads a few
        // sequences of them another way or not at all (a citation ending in
        // `ayat (1)` before a string): those texts are skipped.
        prop_assume!(parses(&text).is_ok());
        let once = match format_text("gen.pasal", &text) {
            Ok(t) => t,
            Err(FormatError::Unsafe(m)) => return Err(TestCaseError::fail(format!("unsafe: {m}\n--- input ---\n{text}"))),
            Err(e) => return Err(TestCaseError::fail(format!("{e:?}\n--- input ---\n{text}"))),
        };
        let clean = !once.contains('\r') && !once.starts_with('\u{feff}');
        prop_assert!(clean, "CR or BOM left in the output");
        let twice = format_text("gen.pasal", &once).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&twice, &once, "not idempotent\n--- input ---\n{}", text);
        prop_assert!(same_meaning(&text, &once).is_ok(), "{:?}", same_meaning(&text, &once));
        prop_assert_eq!(comments(&text), comments(&once));
    }
}
