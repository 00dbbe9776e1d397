//! `pasal lsp` driven over JSON-RPC: the real binary, a seed policy, and the
//! answers an editor would get.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[path = "support/lsp_client.rs"]
mod lsp_client;

use lsp_client::{file_uri, Client};
use serde_json::{json, Value};
use std::path::Path;

const SEED: &str = "policies/kabupaten-tebo-2021-46.pasal";

fn seed() -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED);
    let text = std::fs::read_to_string(&path).expect("seed");
    (file_uri(&path), text)
}

/// 0-based line of the first line of `text` that starts with `prefix`.
fn line_of(text: &str, prefix: &str) -> u64 {
    text.lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with {prefix:?}")) as u64
}

fn open(c: &mut Client, uri: &str, text: &str) -> Vec<Value> {
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "pasal", "version": 1, "text": text}}),
    );
    let d = c.notification("textDocument/publishDiagnostics");
    assert_eq!(d["params"]["uri"], uri);
    d["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn at(uri: &str, line: u64, character: u64) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_session_over_a_seed_policy() {
    let (uri, text) = seed();
    let mut c = Client::start(&[]);
    let init = c.initialize();
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["textDocumentSync"], 1, "{init}");
    assert_eq!(caps["hoverProvider"], true);

    // Diagnostics: what `pasal check` reports, at the same places.
    let diags = open(&mut c, &uri, &text);
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["check", "--format", "json", SEED])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("pasal check");
    let report: Value = serde_json::from_slice(&check.stdout).expect("check JSON");
    let expected: Vec<(String, u64)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_string(),
                f["line"].as_u64().unwrap_or(0).saturating_sub(1),
            )
        })
        .collect();
    let got: Vec<(String, u64)> = diags
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_string(),
                d["range"]["start"]["line"].as_u64().unwrap_or(u64::MAX),
            )
        })
        .collect();
    assert_eq!(got, expected);
    assert!(!diags.is_empty());
    // A finding with a clause leads its message with the citation; help follows.
    let p709 = diags
        .iter()
        .find(|d| d["code"] == "PSL709")
        .expect("a PSL709 finding in the seed");
    let msg = p709["message"].as_str().unwrap_or("");
    assert!(msg.starts_with("Pasal 1 angka "), "{msg}");
    assert!(msg.contains("\nhelp: "), "{msg}");
    assert_eq!(p709["severity"], 2);
    // Acknowledged findings (`akui`) are Information, tagged with the reason.
    let acked: Vec<&Value> = diags
        .iter()
        .filter(|d| {
            d["message"]
                .as_str()
                .unwrap_or("")
                .contains("[acknowledged: naskah")
        })
        .collect();
    assert!(!acked.is_empty(), "{diags:?}");
    assert!(acked.iter().all(|d| d["severity"] == 3));

    // didChange: a reference to a Pasal that does not exist is reported there.
    let line = line_of(
        &text,
        "    => syarat kualifikasi_sesuai dan kompetensi_sesuai dasar Pasal 8",
    );
    let changed = text.replacen("dasar Pasal 8\n", "dasar Pasal 99\n", 1);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": changed}]}),
    );
    let d = c.notification("textDocument/publishDiagnostics");
    assert_eq!(d["params"]["version"], 2);
    let new = d["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let p102 = new
        .iter()
        .find(|d| d["code"] == "PSL102" && d["range"]["start"]["line"] == line)
        .unwrap_or_else(|| panic!("PSL102 at line {line}: {new:?}"));
    assert_eq!(p102["severity"], 1);
    assert!(p102["message"].as_str().unwrap_or("").contains("Pasal 99"));
    assert_eq!(codes(&new).len(), codes(&diags).len() + 1);
    // Back to the seed.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text}]}),
    );
    let d = c.notification("textDocument/publishDiagnostics");
    assert_eq!(
        d["params"]["diagnostics"].as_array().map(Vec::len),
        Some(diags.len())
    );

    // Hover inside a clause: citation, verbatim text, the rule compiled there.
    let huruf_b = line_of(
        &text,
        "  huruf b \"memenuhi kriteria sebagaimana dimaksud dalam Pasal 8;\"",
    );
    let h = c.request("textDocument/hover", at(&uri, huruf_b, 12));
    let value = h["result"]["contents"]["value"].as_str().unwrap_or("");
    assert!(value.contains("**Pasal 10 huruf b**"), "{value}");
    assert!(
        value.contains("memenuhi kriteria sebagaimana dimaksud dalam Pasal 8;"),
        "{value}"
    );
    assert!(
        value.contains("syarat: kualifikasi_sesuai dan kompetensi_sesuai"),
        "{value}"
    );
    // Hover on a finding: its code's explanation (`pasal explain`).
    let start = &p709["range"]["start"];
    let h = c.request(
        "textDocument/hover",
        at(
            &uri,
            start["line"].as_u64().unwrap_or(0),
            start["character"].as_u64().unwrap_or(0),
        ),
    );
    let value = h["result"]["contents"]["value"].as_str().unwrap_or("");
    assert!(value.contains("**PSL709**"), "{value}");
    assert!(
        value.contains("What it checks and why it matters"),
        "{value}"
    );

    // Definition: `dasar Pasal 8` leads to Pasal 8, the whole clause.
    let pasal8 = line_of(&text, "pasal 8 {");
    let col = text
        .lines()
        .nth(line as usize)
        .and_then(|l| l.find("Pasal 8"))
        .unwrap_or(0);
    let d = c.request("textDocument/definition", at(&uri, line, col as u64 + 2));
    assert_eq!(d["result"]["uri"], uri, "{d}");
    assert_eq!(
        d["result"]["range"]["start"],
        json!({"line": pasal8, "character": 0})
    );
    let end_line = d["result"]["range"]["end"]["line"].as_u64().unwrap_or(0);
    assert_eq!(
        text.lines().nth(end_line as usize),
        Some("}"),
        "Pasal 8 ends at its brace"
    );
    // The reference in the clause text leads there too.
    let col = text
        .lines()
        .nth(huruf_b as usize)
        .and_then(|l| l.find("Pasal 8;"))
        .unwrap_or(0);
    let d = c.request("textDocument/definition", at(&uri, huruf_b, col as u64 + 1));
    assert_eq!(d["result"]["range"]["start"]["line"], pasal8, "{d}");
    // `mengikuti "nasional/pp-11-2017.pasal"` leads to the baseline's file.
    let follows = line_of(&text, "  mengikuti \"nasional/pp-11-2017.pasal\"");
    let d = c.request("textDocument/definition", at(&uri, follows, 16));
    let target = d["result"]["uri"].as_str().unwrap_or("");
    assert!(
        target.ends_with("/policies/nasional/pp-11-2017.pasal"),
        "{d}"
    );
    // Outside any reference: nothing.
    let d = c.request("textDocument/definition", at(&uri, 0, 0));
    assert_eq!(d["result"], Value::Null, "{d}");

    // References to Pasal 8 include both of the above.
    let r = c.request(
        "textDocument/references",
        json!({"textDocument": {"uri": uri}, "position": {"line": pasal8, "character": 2},
               "context": {"includeDeclaration": false}}),
    );
    let lines: Vec<u64> = r["result"]
        .as_array()
        .expect("locations")
        .iter()
        .map(|l| l["range"]["start"]["line"].as_u64().unwrap_or(0))
        .collect();
    assert!(
        lines.contains(&line) && lines.contains(&huruf_b),
        "{lines:?}"
    );

    // Outline: BAB I holds Pasal 1, which holds its angka.
    let s = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let syms = s["result"].as_array().cloned().unwrap_or_default();
    let bab1 = syms
        .iter()
        .find(|s| s["name"] == "BAB I")
        .unwrap_or_else(|| panic!("BAB I at the top: {syms:?}"));
    let pasal1 = bab1["children"]
        .as_array()
        .and_then(|c| c.iter().find(|s| s["name"] == "Pasal 1"))
        .expect("Pasal 1 under BAB I");
    assert!(pasal1["children"]
        .as_array()
        .is_some_and(|c| c.iter().any(|s| s["name"] == "angka 1")));
    assert_eq!(
        pasal1["range"]["start"]["line"],
        line_of(&text, "pasal 1 {")
    );
    assert!(
        !syms.iter().any(|s| s["name"] == "Pasal 1"),
        "Pasal 1 is nested, not top level"
    );

    // Completion offers keywords, levels and the policy's own names.
    let r = c.request("textDocument/completion", at(&uri, 0, 0));
    let labels: Vec<&str> = r["result"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    for w in [
        "syarat",
        "mengikuti",
        "jpt_pratama",
        "seleksi_terbuka",
        "pelantikan",
        "kualifikasi_sesuai",
    ] {
        assert!(labels.contains(&w), "{w} not offered");
    }

    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn formatting_is_pasal_fmt_and_leaves_a_broken_file_alone() {
    let (uri, text) = seed();
    let messy = text.replacen(
        "\n  huruf a \"sedang menduduki",
        "\n      huruf a    \"sedang menduduki",
        1,
    );
    assert_ne!(messy, text);
    let mut fmt = std::process::Command::new(env!("CARGO_BIN_EXE_pasal"))
        .args(["fmt", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pasal fmt");
    {
        use std::io::Write;
        let mut stdin = fmt.stdin.take().expect("stdin");
        stdin.write_all(messy.as_bytes()).expect("write");
    }
    let out = fmt.wait_with_output().expect("fmt output");
    assert!(out.status.success());
    let expected = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(expected, text, "the seed is canonical");

    let mut c = Client::start(&[]);
    c.initialize();
    open(&mut c, &uri, &messy);
    let opts =
        json!({"textDocument": {"uri": uri}, "options": {"tabSize": 2, "insertSpaces": true}});
    let r = c.request("textDocument/formatting", opts.clone());
    let edits = r["result"].as_array().cloned().unwrap_or_default();
    assert_eq!(edits.len(), 1, "{r}");
    assert_eq!(edits[0]["newText"].as_str(), Some(expected.as_str()));
    assert_eq!(
        edits[0]["range"]["start"],
        json!({"line": 0, "character": 0})
    );
    let last = messy.lines().count() as u64; // the text ends with a newline
    assert_eq!(
        edits[0]["range"]["end"],
        json!({"line": last, "character": 0})
    );

    // A file with a syntax error: diagnostics, no edits, no crash.
    let broken = text.replacen("pasal 8 {", "pasal 8 {{ syarat", 1);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": broken}]}),
    );
    let d = c.notification("textDocument/publishDiagnostics");
    let diags = d["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(diags.iter().any(|d| d["severity"] == 1), "{diags:?}");
    let r = c.request("textDocument/formatting", opts.clone());
    assert_eq!(r["result"], json!([]), "{r}");
    let h = c.request("textDocument/hover", at(&uri, 3, 3));
    assert!(h.get("error").is_none(), "{h}");
    // A BOM and CRLF line ends are errors `fmt` fixes: one edit to the seed.
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": crlf}]}),
    );
    let d = c.notification("textDocument/publishDiagnostics");
    let diags = d["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(codes(&diags).contains(&"PSL004".to_string()), "{diags:?}");
    let r = c.request("textDocument/formatting", opts);
    assert_eq!(
        r["result"][0]["newText"].as_str(),
        Some(text.as_str()),
        "{r}"
    );
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn bad_input_gets_errors_not_a_crash() {
    let (uri, text) = seed();
    let mut c = Client::start(&[]);
    // Before initialize: ServerNotInitialized.
    let r = c.request("textDocument/hover", at(&uri, 0, 0));
    assert_eq!(r["error"]["code"], -32002, "{r}");
    c.initialize();
    // Malformed JSON: a parse error with a null id, and the server reads on.
    c.send_raw(b"{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": ");
    let r = c.recv();
    assert_eq!(r["error"]["code"], -32700, "{r}");
    assert_eq!(r["id"], Value::Null);
    // JSON that is no JSON-RPC message: invalid request, its id echoed.
    c.send_raw(br#"{"id": 8, "params": []}"#);
    let r = c.recv();
    assert_eq!(r["error"]["code"], -32600, "{r}");
    assert_eq!(r["id"], 8);
    c.send_raw(br#"{"jsonrpc": "2.0", "id": "x", "method": 5}"#);
    let r = c.recv();
    assert_eq!(r["error"]["code"], -32600, "{r}");
    assert_eq!(r["id"], "x");
    c.send_raw(b"[1, 2]");
    assert_eq!(c.recv()["error"]["code"], -32600);
    // An unknown method.
    let r = c.request("pasal/unknown", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // Parameters of the wrong shape.
    let r = c.request("textDocument/hover", json!({"position": "here"}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    open(&mut c, &uri, &text);
    // A position past the end, or on a document never opened: empty answers.
    for (method, line) in [
        ("textDocument/hover", 100_000),
        ("textDocument/definition", 100_000),
    ] {
        let r = c.request(method, at(&uri, line, 4_000_000_000));
        assert_eq!(r["result"], Value::Null, "{method}: {r}");
    }
    let r = c.request("textDocument/hover", at("file:///nowhere.pasal", 0, 0));
    assert_eq!(r["result"], Value::Null, "{r}");
    let r = c.request(
        "textDocument/references",
        json!({"textDocument": {"uri": uri}, "position": {"line": 999_999, "character": 0},
               "context": {"includeDeclaration": true}}),
    );
    assert_eq!(r["result"], json!([]), "{r}");
    // Text that is not a policy at all.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "}}}{{{ \u{0}\"é"}]}),
    );
    let d = c.notification("textDocument/publishDiagnostics");
    assert!(
        d["params"]["diagnostics"]
            .as_array()
            .is_some_and(|v| !v.is_empty()),
        "{d}"
    );
    let s = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(s.get("error").is_none(), "{s}");
    // Still alive, and `exit` without `shutdown` is status 1.
    let r = c.request("textDocument/completion", at(&uri, 0, 0));
    assert!(r["result"].as_array().is_some_and(|v| !v.is_empty()));
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), Some(1));
}

#[test]
fn diagnostics_speak_the_users_language() {
    let (uri, text) = seed();
    let mut c = Client::start(&["--lang", "id"]);
    c.initialize();
    let diags = open(&mut c, &uri, &text);
    let p709 = diags
        .iter()
        .find(|d| d["code"] == "PSL709")
        .expect("PSL709");
    let msg = p709["message"].as_str().unwrap_or("");
    assert!(msg.contains("\nsaran: "), "{msg}");
    assert!(!msg.contains("is defined but"), "{msg}");
    assert!(diags
        .iter()
        .any(|d| d["message"].as_str().unwrap_or("").contains("[diakui: ")));
    assert_eq!(c.shutdown(), Some(0));
}

/// Resident set size of this process in bytes (Linux `/proc/self/statm`).
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

#[test]
fn a_thousand_edits_keep_one_document_and_flat_memory() {
    use lsp_server::{Message, Notification};
    use pasal::lsp::{Flow, Server};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/nasional/uu-5-2014.pasal");
    let text = std::fs::read_to_string(&path).expect("baseline text");
    let uri = file_uri(&path);
    let note = |method: &str, params: Value| {
        Message::Notification(Notification {
            method: method.into(),
            params,
        })
    };
    let mut server = Server::new(pasal::diagnostics::Lang::En);
    let (_, flow) = server.handle(Message::Request(lsp_server::Request {
        id: 1.into(),
        method: "initialize".into(),
        params: json!({"capabilities": {}}),
    }));
    assert_eq!(flow, Flow::Continue);
    let (out, _) = server.handle(note(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "pasal", "version": 0, "text": text}}),
    ));
    assert_eq!(out.len(), 1, "one publishDiagnostics");
    let variant = text.replacen("Pasal", "Pasal  ", 1);
    let mut after_100 = 0;
    for version in 1..=1000 {
        let t = if version % 2 == 0 { &text } else { &variant };
        let (out, _) = server.handle(note(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": t}]}),
        ));
        assert_eq!(out.len(), 1);
        if version == 100 {
            after_100 = rss();
        }
    }
    assert_eq!(server.state().len(), 1);
    let doc = server.state().docs.values().next().expect("the document");
    assert_eq!(doc.version, 1000);
    assert_eq!(doc.text, text);
    let grown = rss().saturating_sub(after_100);
    assert!(
        grown < 8 << 20,
        "resident memory grew {grown} bytes over 900 edits"
    );
}

#[test]
fn a_reference_into_a_followed_baseline_leads_into_its_file() {
    let (uri, text) = seed();
    let phrase = "sebagaimana dimaksud dalam Pasal 107 Peraturan Pemerintah Nomor 11 Tahun 2017";
    let changed = text.replacen(
        "huruf c \"sehat jasmani dan rohani;\" => syarat sehat",
        &format!("huruf c \"sehat jasmani dan rohani {phrase};\" => syarat sehat"),
        1,
    );
    let line = line_of(&changed, "  huruf c \"sehat jasmani dan rohani sebagaimana");
    let col = changed
        .lines()
        .nth(line as usize)
        .and_then(|l| l.find("Pasal 107"))
        .unwrap_or(0);
    let mut c = Client::start(&[]);
    c.initialize();
    open(&mut c, &uri, &changed);
    let d = c.request("textDocument/definition", at(&uri, line, col as u64 + 3));
    let target = d["result"]["uri"].as_str().unwrap_or("");
    assert!(
        target.ends_with("/policies/nasional/pp-11-2017.pasal"),
        "{d}"
    );
    let baseline = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("policies/nasional/pp-11-2017.pasal"),
    )
    .expect("baseline");
    assert_eq!(
        d["result"]["range"]["start"],
        json!({"line": line_of(&baseline, "pasal 107 "), "character": 0})
    );
    assert_eq!(c.shutdown(), Some(0));
}
