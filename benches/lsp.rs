//! The language server re-checking a ~1,100-line policy on each change
//! (`didChange` with the whole text → recompile → publishDiagnostics), and its
//! resident memory over 1,000 edits. Run: `cargo bench --bench lsp`.

use criterion::{criterion_group, criterion_main, Criterion};
use lsp_server::{Message, Notification, Request};
use pasal::diagnostics::Lang;
use pasal::lsp::Server;
use serde_json::{json, Value};
use std::hint::black_box;

const SEED: &str = "kota-pagar-alam-2021-25";

fn note(method: &str, params: Value) -> Message {
    Message::Notification(Notification {
        method: method.into(),
        params,
    })
}

fn change(uri: &str, version: i32, text: &str) -> Message {
    note(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
    )
}

/// Resident set size in KiB (`/proc/self/statm`, 4 KiB pages).
fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(0)
        * 4
}

fn bench(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("policies")
        .join(format!("{SEED}.pasal"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let variant = text.replacen("Pasal", "Pasal  ", 1);
    let uri = format!("file://{}", path.display());
    let mut server = Server::new(Lang::En);
    server.handle(Message::Request(Request {
        id: 1.into(),
        method: "initialize".into(),
        params: json!({"capabilities": {}}),
    }));
    server.handle(note(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "pasal", "version": 0, "text": text}}),
    ));

    // Memory over 1,000 edits: printed once, before the timing.
    let before = rss_kib();
    let mut at_100 = 0;
    for v in 1..=1000 {
        let t = if v % 2 == 0 { &text } else { &variant };
        black_box(server.handle(change(&uri, v, t)));
        if v == 100 {
            at_100 = rss_kib();
        }
    }
    println!(
        "lsp memory: RSS {before} KiB after open, {at_100} KiB after 100 edits, {} KiB after 1,000 edits; {} document(s) held",
        rss_kib(),
        server.state().len()
    );

    let lines = text.lines().count();
    let mut version = 1000;
    c.bench_function(&format!("lsp_did_change/{SEED} ({lines} lines)"), |b| {
        b.iter(|| {
            version += 1;
            let t = if version % 2 == 0 { &text } else { &variant };
            black_box(server.handle(change(&uri, version, black_box(t))))
        })
    });
    let hover = Message::Request(Request {
        id: 2.into(),
        method: "textDocument/hover".into(),
        params: json!({"textDocument": {"uri": uri}, "position": {"line": 260, "character": 10}}),
    });
    c.bench_function(&format!("lsp_hover/{SEED}"), |b| {
        b.iter(|| black_box(server.handle(hover.clone())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
