//! Actions: several actors (`oleh a|b`), several timings each judged, and a
//! timing with a bound (`paling lambat 3 hari kerja setelah …`).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use pasal::analysis::Options;
use pasal::check::case::load_case;
use pasal::check::verify::{verify, Status, Verdict};
use pasal::driver;
use pasal::ir::{Policy, RuleKind};

const POLICY: &str = r#"peraturan {
  jenis peraturan_bupati
  judul "Uji"
  daerah kabupaten "Uji"
  provinsi "Uji"
  nomor 1
  tahun 2024
  tentang "Uji"
}

pasal 1 untuk jpt_pratama melalui seleksi_terbuka {
  ayat (1) "Penetapan dilakukan oleh PPK dan/atau PyB setelah pengusulan dan sebelum
      pelantikan." => wajib penetapan oleh ppk|pyb setelah pengusulan sebelum pelantikan
  ayat (2) "Laporan disampaikan paling lambat 3 (tiga) hari kerja setelah pengusulan."
    => wajib laporan paling lambat 3 hari kerja setelah pengusulan
}
"#;

fn policy() -> Policy {
    let c = driver::compile_bytes("t.pasal", POLICY.as_bytes(), None, &Options::default());
    assert!(!c.unusable, "{:?}", c.findings);
    c.policy.expect("compiles")
}

fn judge(p: &Policy, rule: &str, actions: &str) -> Verdict {
    let case = load_case(&format!(
        r#"{{"vacancy": {{"level": "jpt_pratama", "mechanism": "seleksi_terbuka"}},
        "dates": {{"pengusulan": "2024-07-01", "pelantikan": "2024-07-15"}},
        "actions": [{actions}], "actions_complete": true}}"#
    ))
    .expect("valid case");
    verify(p, &case)
        .expect("verifies")
        .verdicts
        .into_iter()
        .find(|v| v.rule == rule)
        .expect("judged")
}

#[test]
fn an_action_keeps_every_timing_and_every_actor() {
    let p = policy();
    let RuleKind::Action {
        actors, timings, ..
    } = &p.rules[0].kind
    else {
        panic!("an action");
    };
    assert_eq!(actors, &["ppk", "pyb"]);
    assert_eq!(timings.len(), 2, "both times are kept");
    assert_eq!(timings[0].words(), "setelah pengusulan");
    assert_eq!(timings[1].words(), "sebelum pelantikan");
    let RuleKind::Action { timings, .. } = &p.rules[1].kind else {
        panic!("an action");
    };
    assert_eq!(
        timings[0].words(),
        "paling lambat 3 hari kerja setelah pengusulan"
    );
}

#[test]
fn both_timings_are_judged() {
    let p = policy();
    let r = "Pasal 1 ayat (1)";
    let between = judge(
        &p,
        r,
        r#"{"action": "penetapan", "by": "ppk", "date": "2024-07-05"}"#,
    );
    assert_eq!(between.status, Status::Satisfied, "{}", between.explanation);
    // After the installation: the second timing fails, though the first holds.
    let late = judge(
        &p,
        r,
        r#"{"action": "penetapan", "by": "ppk", "date": "2024-07-16"}"#,
    );
    assert_eq!(late.status, Status::Violated, "{}", late.explanation);
    assert!(
        late.explanation.contains("is not before pelantikan"),
        "{}",
        late.explanation
    );
    // Before the proposal: the first timing fails.
    let early = judge(
        &p,
        r,
        r#"{"action": "penetapan", "by": "ppk", "date": "2024-06-26"}"#,
    );
    assert_eq!(early.status, Status::Violated, "{}", early.explanation);
    assert!(early.explanation.contains("is not after pengusulan"));
}

#[test]
fn any_one_of_the_actors_satisfies() {
    let p = policy();
    let r = "Pasal 1 ayat (1)";
    for by in ["ppk", "pyb"] {
        let v = judge(
            &p,
            r,
            &format!(r#"{{"action": "penetapan", "by": "{by}", "date": "2024-07-05"}}"#),
        );
        assert_eq!(v.status, Status::Satisfied, "{by}: {}", v.explanation);
    }
    let other = judge(
        &p,
        r,
        r#"{"action": "penetapan", "by": "sekretaris_daerah", "date": "2024-07-05"}"#,
    );
    assert_eq!(other.status, Status::Violated, "{}", other.explanation);
}

#[test]
fn a_deadline_counts_working_days_from_its_event() {
    let p = policy();
    let r = "Pasal 1 ayat (2)";
    // 2024-07-01 is a Monday: Thursday the 4th is 3 working days later (a week
    // with no national holiday: the calendar is data/holidays.toml).
    let on_time = judge(&p, r, r#"{"action": "laporan", "date": "2024-07-04"}"#);
    assert_eq!(on_time.status, Status::Satisfied, "{}", on_time.explanation);
    let same_day = judge(&p, r, r#"{"action": "laporan", "date": "2024-07-01"}"#);
    assert_eq!(
        same_day.status,
        Status::Satisfied,
        "{}",
        same_day.explanation
    );
    let late = judge(&p, r, r#"{"action": "laporan", "date": "2024-07-05"}"#);
    assert_eq!(late.status, Status::Violated, "{}", late.explanation);
    assert!(
        late.explanation.contains("4 working days"),
        "{}",
        late.explanation
    );
    let before = judge(&p, r, r#"{"action": "laporan", "date": "2024-06-28"}"#);
    assert_eq!(before.status, Status::Violated, "{}", before.explanation);
    let undated = judge(&p, r, r#"{"action": "laporan"}"#);
    assert_eq!(undated.status, Status::Unknown, "{}", undated.explanation);
}

#[test]
fn fmt_prints_actors_and_timings_as_written() {
    let out = pasal::format::format_text("t.pasal", POLICY).expect("formats");
    assert!(out.contains("wajib penetapan oleh ppk|pyb setelah pengusulan sebelum pelantikan"));
    assert!(out.contains("wajib laporan paling lambat 3 hari kerja setelah pengusulan"));
}

const ACTS: &str = r#"peraturan {
  jenis peraturan_bupati
  judul "Uji"
  daerah kabupaten "Uji"
  provinsi "Uji"
  nomor 1
  tahun 2024
  tentang "Uji"
}

pasal 2 untuk jpt_pratama melalui seleksi_terbuka {
  ayat (1) "Hasil seleksi diumumkan oleh Pansel." => wajib pengumuman_hasil oleh panitia_seleksi
  ayat (2) "Pelamar dapat menyampaikan sanggahan paling lama 3 (tiga) hari kerja setelah
      pengumuman hasil seleksi." {
    dapat sanggahan oleh pelamar
    waktu sanggahan paling lama 3 hari kerja setelah pengumuman_hasil
  }
  ayat (3) "Sanggahan dijawab paling lambat 5 (lima) hari kerja setelah diterima."
    => wajib jawaban_sanggahan oleh panitia_seleksi paling lambat 5 hari kerja setelah sanggahan
}
"#;

fn acts_verdicts(actions: &str) -> Vec<Verdict> {
    let c = driver::compile_bytes("t.pasal", ACTS.as_bytes(), None, &Options::default());
    assert!(
        c.findings.iter().all(|f| f.code.as_str() != "PSL103"),
        "acts an action rule names are events: {:?}",
        c.findings
    );
    let p = c.policy.expect("compiles");
    let case = load_case(&format!(
        r#"{{"vacancy": {{"level": "jpt_pratama", "mechanism": "seleksi_terbuka"}},
        "actions": [{actions}], "actions_complete": true}}"#
    ))
    .expect("valid case");
    verify(&p, &case).expect("verifies").verdicts
}

fn status_of(vs: &[Verdict], rule: &str) -> Status {
    vs.iter()
        .find(|v| v.rule == rule)
        .map(|v| v.status)
        .expect("judged")
}

#[test]
fn windows_and_deadlines_run_from_any_act_the_policy_names() {
    let result = r#"{"action": "pengumuman_hasil", "by": "panitia_seleksi", "date": "2024-07-01"}"#;
    // Monday 1 July 2024: Thursday the 4th is 3 working days later, Friday the 5th 4.
    let on_time = acts_verdicts(&format!(
        r#"{result}, {{"action": "sanggahan", "date": "2024-07-04"}},
        {{"action": "jawaban_sanggahan", "by": "panitia_seleksi", "date": "2024-07-11"}}"#
    ));
    assert_eq!(
        status_of(&on_time, "Pasal 2 ayat (2) #2"),
        Status::Satisfied
    );
    assert_eq!(status_of(&on_time, "Pasal 2 ayat (3)"), Status::Satisfied);
    let late = acts_verdicts(&format!(
        r#"{result}, {{"action": "sanggahan", "date": "2024-07-05"}},
        {{"action": "jawaban_sanggahan", "by": "panitia_seleksi", "date": "2024-07-15"}}"#
    ));
    assert_eq!(status_of(&late, "Pasal 2 ayat (2) #2"), Status::Violated);
    assert_eq!(status_of(&late, "Pasal 2 ayat (3)"), Status::Violated);
    // An objection dated before the results is not "after" them, however short the gap.
    let early = acts_verdicts(&format!(
        r#"{result}, {{"action": "sanggahan", "date": "2024-06-28"}}"#
    ));
    let v = early
        .iter()
        .find(|v| v.rule == "Pasal 2 ayat (2) #2")
        .expect("judged");
    assert_eq!(v.status, Status::Violated, "{}", v.explanation);
    assert!(v.explanation.contains("is not after"), "{}", v.explanation);
    // No objection recorded: the deadline that runs from it cannot be judged.
    let none = acts_verdicts(&format!(
        r#"{result}, {{"action": "jawaban_sanggahan", "by": "panitia_seleksi", "date": "2024-07-11"}}"#
    ));
    assert_eq!(status_of(&none, "Pasal 2 ayat (2) #2"), Status::Unknown);
    assert_eq!(status_of(&none, "Pasal 2 ayat (3)"), Status::Unknown);
}

#[test]
fn an_event_that_no_action_names_is_still_an_error() {
    let text = ACTS.replace("setelah pengumuman_hasil", "setelah pengumuman_hasl");
    let c = driver::compile_bytes("t.pasal", text.as_bytes(), None, &Options::default());
    let f = c
        .findings
        .iter()
        .find(|f| f.code.as_str() == "PSL103")
        .expect("unknown event reported");
    assert!(f.message.contains("pengumuman_hasl"), "{}", f.message);
}

#[test]
fn sejak_counts_from_the_event_and_its_own_day() {
    let text = POLICY.replace(
        "=> wajib laporan paling lambat 3 hari kerja setelah pengusulan",
        "=> wajib laporan paling lama 3 hari kerja sejak pengusulan\n  ayat (3) \"Uji.\" => wajib arsip sejak pelantikan",
    );
    let formatted = pasal::format::format_text("t.pasal", &text).expect("formats");
    assert!(formatted.contains("wajib laporan paling lama 3 hari kerja sejak pengusulan"));
    assert!(formatted.contains("wajib arsip sejak pelantikan"));
    let c = driver::compile_bytes("t.pasal", text.as_bytes(), None, &Options::default());
    assert!(!c.unusable, "{:?}", c.findings);
    let p = c.policy.expect("compiles");
    assert_eq!(
        judge(
            &p,
            "Pasal 1 ayat (2)",
            r#"{"action": "laporan", "date": "2024-07-04"}"#
        )
        .status,
        Status::Satisfied
    );
    assert_eq!(
        judge(
            &p,
            "Pasal 1 ayat (2)",
            r#"{"action": "laporan", "date": "2024-07-05"}"#
        )
        .status,
        Status::Violated
    );
    // Unbounded "sejak": the event's own day counts, the day before does not.
    let same_day = judge(
        &p,
        "Pasal 1 ayat (3)",
        r#"{"action": "arsip", "date": "2024-07-15"}"#,
    );
    assert_eq!(
        same_day.status,
        Status::Satisfied,
        "{}",
        same_day.explanation
    );
    assert!(same_day.explanation.contains("since pelantikan"));
    let before = judge(
        &p,
        "Pasal 1 ayat (3)",
        r#"{"action": "arsip", "date": "2024-07-14"}"#,
    );
    assert_eq!(before.status, Status::Violated, "{}", before.explanation);
}
