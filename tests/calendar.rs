//! Working days on the holiday calendar: the built-in national holidays and
//! cuti bersama (data/holidays.toml), another calendar given with
//! `--holidays`, the case's own holidays, and a year no calendar covers.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::calendar::Calendar;
use pasal::check::{case, examples, verify};
use pasal::driver;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/calendar")
        .join(name)
}

fn pasal(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_boundary_examples_pass_on_the_built_in_calendar() {
    let compiled = driver::compile_path(&fixture("sanggahan.pasal"), &Options::default());
    let policy = compiled.policy.expect("compiles");
    let text = std::fs::read_to_string(fixture("sanggahan.examples.json")).unwrap();
    let file = examples::load(&text).expect("valid examples");
    let res = examples::run(&policy, &file);
    assert!(res.errors.is_empty(), "{:?}", res.errors);
    let failed: Vec<_> = res.outcomes.iter().filter(|o| !o.passed).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(res.outcomes.len() >= 12);
}

const ACROSS_THE_YEAR: &str = r#"{"vacancy": {"level": "jpt_pratama", "mechanism": "seleksi_terbuka"},
  "actions": [
    {"action": "pengumuman_hasil", "by": "panitia_seleksi", "date": "2026-12-30"},
    {"action": "sanggahan", "by": "pelamar", "date": "2027-01-05"}],
  "actions_complete": true}"#;

#[test]
fn a_year_the_calendar_lacks_is_unknown_and_named() {
    let compiled = driver::compile_path(&fixture("sanggahan.pasal"), &Options::default());
    let policy = compiled.policy.expect("compiles");
    let case = case::load_case(ACROSS_THE_YEAR).unwrap();
    let window = |cal: &Calendar| {
        verify::verify_on(&policy, &case, cal)
            .unwrap()
            .verdicts
            .into_iter()
            .find(|v| v.clause == "Pasal 1 ayat (2)")
            .expect("judged")
    };
    let v = window(Calendar::built_in());
    assert_eq!(v.status, verify::Status::Unknown);
    assert!(v.explanation.contains("for 2027"), "{}", v.explanation);
    assert!(
        v.explanation_id.contains("tahun 2027"),
        "{}",
        v.explanation_id
    );
    // A calendar that covers 2027 with 1 January a holiday: Thu 31 December,
    // Mon 4 and Tue 5 January are 3 working days.
    let cal = Calendar::parse(
        "[[tahun]]\ntahun = 2026\nsumber = \"uji\"\n[[tahun]]\ntahun = 2027\nsumber = \"uji\"\nlibur = [\"2027-01-01\"]\n",
    )
    .unwrap();
    let v = window(&cal);
    assert_eq!(v.status, verify::Status::Satisfied, "{}", v.explanation);
    assert!(
        v.explanation.contains("3 working days"),
        "{}",
        v.explanation
    );
    // Without 1 January a holiday it is 4: too late.
    let cal = Calendar::parse(
        "[[tahun]]\ntahun = 2026\nsumber = \"uji\"\n[[tahun]]\ntahun = 2027\nsumber = \"uji\"\n",
    )
    .unwrap();
    assert_eq!(window(&cal).status, verify::Status::Violated);
}

#[test]
fn holidays_flag_reads_another_calendar_and_refuses_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let case_path = dir.path().join("case.json");
    std::fs::write(&case_path, ACROSS_THE_YEAR).unwrap();
    let policy = fixture("sanggahan.pasal");
    let (policy, case_path) = (policy.to_str().unwrap(), case_path.to_str().unwrap());

    let (_, out, _) = pasal(&["verify", policy, case_path]);
    assert!(out.contains("for 2027"), "{out}");

    let good = dir.path().join("cal.toml");
    std::fs::write(
        &good,
        "[[tahun]]\ntahun = 2026\nsumber = \"uji\"\n[[tahun]]\ntahun = 2027\nsumber = \"uji\"\n",
    )
    .unwrap();
    let (code, out, _) = pasal(&[
        "verify",
        "--holidays",
        good.to_str().unwrap(),
        policy,
        case_path,
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("4 working days"), "{out}");

    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[[tahun]]\ntahun = 2027\nsumber = \"uji\"\nlibur = [\n  \"2027-01-01\",\n  \"2028-01-01\",\n]\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let (code, _, err) = pasal(&["verify", "--holidays", bad, policy, case_path]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.toml:6:") && err.contains("not in year 2027"),
        "{err}"
    );
    let (code, _, err) = pasal(&["--lang", "id", "test", "--holidays", bad, policy]);
    assert_eq!(code, 2);
    assert!(err.contains("tidak berada dalam tahun 2027"), "{err}");
    let (code, _, err) = pasal(&[
        "verify",
        "--holidays",
        "/nonexistent.toml",
        policy,
        case_path,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("nonexistent.toml"), "{err}");
}
