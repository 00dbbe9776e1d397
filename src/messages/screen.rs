//! Words of screening (`pasal screen`, `pasal sql`): why a run stopped, the
//! summary, and the target it screens for.

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// No header row.
    EMPTY = "the input is empty: no header row" / "masukan kosong: tidak ada baris judul";
    /// No `id` column.
    NO_ID = "the header row has no `id` column" / "baris judul tidak memuat kolom `id`";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// The input cannot be read.
    cannot_read_input(error) = "cannot read the input: {error}" / "masukan tidak dapat dibaca: {error}";
    /// The verdicts cannot be written.
    cannot_write_verdicts(error) = "cannot write the verdicts: {error}" / "putusan tidak dapat ditulis: {error}";
    /// A header field not in UTF-8.
    header_not_utf8(column) = "column {column} of the header row is not valid UTF-8" / "kolom {column} baris judul bukan UTF-8 yang sah";
    /// An unknown column.
    unknown_column(name, column, columns) = "unknown column `{name}` (column {column}): candidate columns are {columns}" / "kolom `{name}` (kolom {column}) tidak dikenal: kolom calon adalah {columns}";
    /// A column named twice.
    duplicate_column(name, first, second) = "column `{name}` appears twice in the header row, as columns {first} and {second}" / "kolom `{name}` muncul dua kali di baris judul, sebagai kolom {first} dan {second}";
    /// A file whose format cannot be told.
    unknown_format(name) = "`{name}`: cannot tell the input format from the file's extension (.csv for CSV; .jsonl, .json or .ndjson for JSON Lines); pass `--input csv` or `--input jsonl`" / "`{name}`: format masukan tidak dapat ditentukan dari ekstensi berkasnya (.csv untuk CSV; .jsonl, .json atau .ndjson untuk JSON Lines); berikan `--input csv` atau `--input jsonl`";
    /// The summary on stderr.
    summary(records, eligible, ineligible, unknown, malformed) = "{records} record(s): {eligible} eligible, {ineligible} ineligible, {unknown} unknown, {malformed} malformed" / "{records} rekaman: {eligible} memenuhi syarat, {ineligible} tidak memenuhi syarat, {unknown} tidak diketahui, {malformed} rusak";
    /// An unknown level.
    unknown_level(level, names) = "unknown level `{level}`; use `{names}`" / "tingkat jabatan `{level}` tidak dikenal; gunakan `{names}`";
    /// An unknown mechanism.
    unknown_mechanism(mechanism, names) = "unknown mechanism `{mechanism}`; use `{names}`" / "mekanisme `{mechanism}` tidak dikenal; gunakan `{names}`";
    /// A bad `--date`.
    bad_date(date) = "`--date {date}` is not a date on the calendar (YYYY-MM-DD)" / "`--date {date}` bukan tanggal pada kalender (YYYY-MM-DD)";
    /// A policy with errors.
    unusable_policy(path) = "`{path}` is not a usable policy (`pasal check {path}` says why)" / "`{path}` bukan kebijakan yang dapat dipakai (`pasal check {path}` menjelaskan sebabnya)";
    /// No rule to screen by.
    no_rules(level, mechanism) = "the policy has no eligibility rule for {level} through {mechanism}" / "kebijakan tidak memuat aturan persyaratan untuk {level} melalui {mechanism}";
    }
);
