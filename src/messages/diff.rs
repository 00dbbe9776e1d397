//! Words of `pasal diff` (`src/diff/`, `src/cli/diff.rs`). The law's own
//! vocabulary (`jika`, `kecuali`, `daftar`) stays Indonesian in both
//! languages; these are the labels around it.

crate::texts!(
    /// Section labels and fixed words.
    pub mod text {
    /// The identity section.
    IDENTITY = "Identity" / "Identitas";
    /// No difference at all.
    NO_DIFFERENCES = "No differences" / "Tidak ada perbedaan";
    /// Rules that are the same.
    RULES_THE_SAME = "rules the same" / "aturan sama";
    /// Unchanged rules left out of the output.
    NOT_SHOWN = ", not shown (--all)" / ", tidak ditampilkan (--all)";
    /// A rule's scope.
    SCOPE = "scope" / "lingkup";
    /// The order of a list.
    ORDER = "order" / "urutan";
    /// Eligibility rules.
    ELIGIBILITY = "Eligibility" / "Syarat";
    /// Panel rules.
    PANEL = "Selection panel" / "Panitia seleksi";
    /// Windows.
    WINDOWS = "Time windows" / "Tenggang waktu";
    /// Extensions.
    EXTENSIONS = "Extensions" / "Perpanjangan";
    /// Weights.
    WEIGHTS = "Weights" / "Bobot";
    /// Counts.
    COUNTS = "Counts" / "Jumlah";
    /// Durations.
    DURATIONS = "Durations" / "Jangka waktu";
    /// Required lists.
    LISTS = "Required lists" / "Daftar";
    /// Definitions.
    DEFINITIONS = "Definitions" / "Definisi";
    /// Procedures.
    PROCEDURES = "Procedures" / "Prosedur";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// The summary line.
    summary(changed, added, removed, same, hidden) = "Summary: {changed} changed, {added} added, {removed} removed, {same} unchanged{hidden}." / "Ringkasan: {changed} diubah, {added} ditambah, {removed} dihapus, {same} sama{hidden}.";
    /// Rules left out because they did not compile.
    malformed(count, path) = "note: {count} rule(s) of `{path}` did not compile and are not compared (run `pasal check`)" / "catatan: {count} aturan di `{path}` tidak dapat dikompilasi dan tidak dibandingkan (jalankan `pasal check`)";
    }
);
