//! Words of the driver (`src/driver.rs`): reading files, following baselines,
//! drafts compiled through import.

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// Help of an unreadable file.
    UNREADABLE_HELP = "check the path and the file's permissions" / "periksa jalur berkas dan izin aksesnya";
    /// Help of a baseline that cannot be read.
    BASELINE_UNREADABLE_HELP = "the path is relative to this policy file; the national baselines are also built in: `mengikuti \"bawaan:nasional/pp-11-2017.pasal\"`" / "jalurnya relatif terhadap berkas kebijakan ini; acuan nasional juga tersedia bawaan: `mengikuti \"bawaan:nasional/pp-11-2017.pasal\"`";
    /// Help of a baseline with errors.
    BASELINE_BROKEN_HELP = "run `pasal check` on the baseline and fix it first" / "jalankan `pasal check` pada acuan itu dan perbaiki dulu";
    /// Help of text the import could not place.
    UNPLACED_HELP = "check the draft here: a label or heading the import did not recognise, or text outside the peraturan" / "periksa naskah di sini: label atau judul yang tidak dikenali, atau teks di luar peraturan";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// A file that cannot be read.
    unreadable(path, error) = "cannot read `{path}`: {error}" / "berkas `{path}` tidak dapat dibaca: {error}";
    /// A baseline that cannot be read.
    baseline_unreadable(path, error) = "baseline `{path}` cannot be read: {error}" / "acuan `{path}` tidak dapat dibaca: {error}";
    /// A baseline with errors of its own.
    baseline_broken(path, errors) = "baseline `{path}` has {errors} errors of its own" / "acuan `{path}` sendiri memuat {errors} kesalahan";
    /// Text of a draft the import could not place.
    unplaced(words) = "text not placed in the peraturan's structure: `{words}`" / "teks tidak dapat ditempatkan dalam struktur peraturan: `{words}`";
    }
);
