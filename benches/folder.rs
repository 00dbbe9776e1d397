//! `pasal check` on a folder of 1,000 policy files, in process on one thread,
//! beside its floors measured in the same run on the same bytes: pest's parse
//! alone, and compressing with gzip level 1 (flate2). Checking should not be
//! slower than compressing. Each figure is the median of five runs, in CPU
//! seconds of the process where /proc gives them (so that other work on a
//! shared machine does not count), else in wall seconds.
//! Run: `cargo bench --bench folder`.

use flate2::{write::GzEncoder, Compression};
use pasal::analysis::Options;
use pasal::source::SourceFile;
use pasal::{driver, report, syntax};
use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

const SEEDS: &[&str] = &[
    "kabupaten-tebo-2021-46",
    "kota-pagar-alam-2021-25",
    "kota-tarakan-2023-8",
    "kota-tasikmalaya-2023-20",
];

const FILES: usize = 1000;

/// CPU seconds this process has used (user and system), from /proc/self/stat.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime is the
    // 14th field of the line, stime the 15th, in clock ticks (100 a second).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Median time of `f` in seconds over five runs: CPU time when known.
fn median(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let (t, cpu) = (Instant::now(), cpu_seconds());
            f();
            match (cpu, cpu_seconds()) {
                (Some(a), Some(b)) => b - a,
                _ => t.elapsed().as_secs_f64(),
            }
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times.get(2).copied().unwrap_or(0.0)
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies");
    let dir = std::env::temp_dir().join(format!("pasal-bench-folder-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    // 1,000 files: copies of the four seeds following the built-in baselines,
    // each with a comment of its own at the end.
    let mut files = Vec::new();
    let mut all = Vec::new();
    for i in 0..FILES {
        let seed = SEEDS[i % SEEDS.len()];
        let text = std::fs::read_to_string(root.join(format!("{seed}.pasal"))).unwrap_or_default();
        let text = text.replace("mengikuti \"nasional/", "mengikuti \"bawaan:nasional/")
            + &format!("// salinan {i}\n");
        let path = dir.join(format!("{seed}-{i:04}.pasal"));
        let _ = std::fs::write(&path, &text);
        all.extend_from_slice(text.as_bytes());
        files.push(path);
    }
    let mb = all.len() as f64 / 1e6;
    let options = Options::default();
    let gzip = median(|| {
        let mut e = GzEncoder::new(Vec::with_capacity(all.len() / 4), Compression::new(1));
        let _ = e.write_all(&all);
        black_box(e.finish().map(|v| v.len()).unwrap_or(0));
    });
    let parse = median(|| {
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            let file = SourceFile::new(f.display().to_string(), text);
            black_box(syntax::parse(&file));
        }
    });
    let check = |human: bool| {
        median(|| {
            let mut json = report::json::CheckStream::default();
            let mut out = String::new();
            for f in &files {
                let c = driver::compile_path(f, &options);
                if human {
                    out.push_str(&report::human::render(&c.findings, false));
                } else {
                    c.findings.iter().for_each(|x| json.push(&mut out, x));
                }
                black_box(out.len());
                out.clear();
            }
        })
    };
    let (json, human) = (check(false), check(true));
    let unit = if cpu_seconds().is_some() {
        "CPU"
    } else {
        "wall"
    };
    println!("{FILES} files, {mb:.1} MB, one thread (median of 5, {unit} seconds):");
    println!("  floor: gzip -1 (flate2)        {gzip:.3} s");
    println!("  floor: parse (pest → AST)      {parse:.3} s");
    println!(
        "  check, JSON findings           {json:.3} s  ({:.2}× gzip)",
        json / gzip
    );
    println!(
        "  check, human report            {human:.3} s  ({:.2}× gzip)",
        human / gzip
    );
    let _ = std::fs::remove_dir_all(&dir);
}
