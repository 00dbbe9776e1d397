//! Words of the command line (`src/cli/`): errors that stop a run.

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// `fmt -` with paths.
    STDIN_AND_PATHS = "`-` (standard input) cannot be mixed with paths" / "`-` (masukan standar) tidak dapat dicampur dengan path";
    /// Where `new` writes when no file is named.
    STANDARD_OUTPUT = "standard output" / "keluaran standar";
    /// `test` found nothing to run.
    NO_EXAMPLES = "no examples found (a policy X.pasal keeps its examples in X.examples.json)" / "tidak ada contoh (kebijakan X.pasal menyimpan contohnya dalam X.examples.json)";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// A file that cannot be read.
    cannot_read(path, error) = "cannot read `{path}`: {error}" / "`{path}` tidak dapat dibaca: {error}";
    /// A file that cannot be written.
    cannot_write(path, error) = "cannot write `{path}`: {error}" / "`{path}` tidak dapat ditulis: {error}";
    /// Standard input that cannot be read.
    cannot_read_stdin(error) = "cannot read standard input: {error}" / "masukan standar tidak dapat dibaca: {error}";
    /// A policy with errors, given to a command that needs a usable one.
    unusable_policy(path) = "`{path}` is not a usable policy" / "`{path}` bukan kebijakan yang dapat dipakai";
    /// An unknown SQL dialect.
    unknown_dialect(dialect) = "unknown dialect `{dialect}`; use postgres or mysql" / "dialek `{dialect}` tidak dikenal; gunakan postgres atau mysql";
    /// A bad `--table`.
    bad_table(table) = "`--table {table}` is not a table name" / "`--table {table}` bukan nama tabel";
    /// A bad `--column`.
    bad_column(mapping) = "`--column {mapping}`: write FIELD=COLUMN, e.g. birth_date=tgl_lahir" / "`--column {mapping}`: tulis FIELD=KOLOM, misalnya birth_date=tgl_lahir";
    /// A query that cannot be built.
    cannot_build_query(error) = "cannot build the query: {error}" / "kueri tidak dapat disusun: {error}";
    /// `pasal explain` of a code that does not exist.
    unknown_code(code) = "unknown code `{code}`; `pasal explain` lists every code" / "kode `{code}` tidak dikenal; `pasal explain` mencantumkan setiap kode";
    /// A file a folder walk reached through a symbolic link.
    through_link(path) = "note: `{path}` is reached through a symbolic link: not formatted (name the file itself to format it)" / "catatan: `{path}` dicapai melalui tautan simbolik: tidak diformat (sebut berkas itu sendiri untuk memformatnya)";
    /// `fmt` of a read-only file.
    read_only(file) = "`{file}` is read-only: not rewritten (make it writable, or use `pasal fmt --check`)" / "`{file}` hanya-baca: tidak ditulis ulang (jadikan dapat ditulis, atau gunakan `pasal fmt --check`)";
    /// `fmt` of a file that changed meanwhile.
    changed_meanwhile(file) = "`{file}` changed while it was being formatted: left as it is now" / "`{file}` berubah saat sedang diformat: dibiarkan seperti sekarang";
    /// `fmt` could not write.
    not_rewritten(file, error) = "cannot write `{file}`: {error}; the file is unchanged" / "`{file}` tidak dapat ditulis: {error}; berkasnya tidak berubah";
    /// `fmt` could not write nor restore.
    damaged(file, error, again) = "cannot write `{file}`: {error}; restoring its original text failed too ({again}): the file is damaged, restore it from your copy" / "`{file}` tidak dapat ditulis: {error}; teks aslinya juga gagal dipulihkan ({again}): berkasnya rusak, pulihkan dari salinan Anda";
    /// `fmt` refused a file it could not lay out safely: a defect of `fmt`.
    fmt_bug(detail) = "{detail}\nnothing was written; this is a bug in `pasal fmt`, please report it with the file" / "{detail}\ntidak ada yang ditulis; ini cacat `pasal fmt`, mohon laporkan beserta berkasnya";
    /// A walked entry that is not a regular file.
    not_a_file(path) = "note: `{path}` is not a regular file (a FIFO, socket or device): skipped" / "catatan: `{path}` bukan berkas biasa (FIFO, soket atau perangkat): dilewati";
    /// A broken link.
    broken_link(path) = "note: `{path}` is a symbolic link to nothing: skipped" / "catatan: `{path}` adalah tautan simbolik yang tidak menunjuk apa pun: dilewati";
    /// A link loop.
    link_loop(path) = "note: `{path}` links back to a folder above it: not walked again" / "catatan: `{path}` bertaut kembali ke folder di atasnya: tidak ditelusuri lagi";
    /// A path that does not exist.
    missing(path) = "`{path}` does not exist" / "`{path}` tidak ada";
    /// A folder that cannot be read.
    unreadable_folder(path, error) = "cannot read folder `{path}`: {error}" / "folder `{path}` tidak dapat dibaca: {error}";
    /// What `import` read.
    import_summary(file, clauses, rules, unrecognised, unplaced) = "{file}: {clauses} clauses, {rules} rules recognised, {unrecognised} sentences left to encode (belum dikodekan), {unplaced} lines not placed" / "{file}: {clauses} ketentuan, {rules} aturan dikenali, {unrecognised} kalimat belum dikodekan, {unplaced} baris tidak ditempatkan";
    /// What `new` wrote.
    draft_written(target, errors, warnings) = "draft written to {target}: {errors} error(s), {warnings} warning(s)" / "rancangan ditulis ke {target}: {errors} kesalahan, {warnings} peringatan";
    /// An error in a named input, at a place in it.
    in_file(name, detail) = "{name}: {detail}" / "{name}: {detail}";
    /// An error at a JSON path of a case file.
    at_path(name, path, detail) = "{name}: `{path}`: {detail}" / "{name}: `{path}`: {detail}";
    }
);

crate::texts!(
    /// Fixed words of `pasal test`'s report.
    pub mod test_text {
    /// An expectation no verdict answered.
    NOT_JUDGED = "not judged" / "tidak dinilai";
    }
);

crate::messages!(
    /// `pasal test`'s report.
    pub mod test {
    /// The examples file being run.
    file(file, count) = "{file} ({count} examples)" / "{file} ({count} contoh)";
    /// An expectation not met (`expected` and `found` are status names).
    failed(example, key, expected, found) = "  FAIL {example}: {key} expected {expected}, found {found}" / "  GAGAL {example}: {key} diharapkan {expected}, ditemukan {found}";
    /// Categories no example shows both ways.
    coverage(compliant, violating) = "  coverage: no compliant example for [{compliant}]; no violating example for [{violating}]" / "  cakupan: tidak ada contoh yang patuh untuk [{compliant}]; tidak ada contoh yang melanggar untuk [{violating}]";
    /// The totals.
    summary(passed, failed) = "{passed} passed, {failed} failed" / "{passed} lulus, {failed} gagal";
    }
);
