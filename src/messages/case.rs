//! Words of a case file's errors (`src/check/case/`, and the vocabulary
//! `pasal verify` checks): each says what is wrong with one field.

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// Text after the JSON value.
    TEXT_AFTER_END = "text after the end of the JSON document" / "ada teks sesudah akhir dokumen JSON";
    /// An array where an object is expected.
    NOT_AN_OBJECT = "an object `{ … }` is expected here, not an array `[ … ]`" / "di sini diharapkan objek `{ … }`, bukan larik `[ … ]`";
    /// A period that ends before it starts.
    PERIOD_ENDS_BEFORE_START = "the period ends before it starts" / "jangka waktu berakhir sebelum dimulai";
    /// A duration that is not a finite number.
    DURATION_NOT_FINITE = "a duration must be a finite number of years" / "jangka waktu harus berupa bilangan tahun yang terhingga";
    /// A selection of no vacancy.
    NO_VACANCY = "a selection fills at least 1 vacancy" / "seleksi mengisi paling sedikit 1 lowongan";
    /// A negative duration.
    DURATION_NEGATIVE = "a duration cannot be negative" / "jangka waktu tidak boleh negatif";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// An error serde_json found (its words are English).
    json(detail) = "{detail}" / "JSON tidak sesuai: {detail}";
    /// A key written twice in one object.
    duplicate_key(key) = "the key `{key}` is written twice in this object (only one value can count)" / "kunci `{key}` ditulis dua kali dalam objek ini (hanya satu nilai yang dapat berlaku)";
    /// A value that is not a date.
    not_a_date(value) = "{value} is not a date (YYYY-MM-DD)" / "{value} bukan tanggal (YYYY-MM-DD)";
    /// A deadline before the announcement.
    deadline_before_start(deadline, start) = "the deadline {deadline} is before the announcement starts ({start})" / "batas akhir {deadline} lebih awal daripada mulainya pengumuman ({start})";
    /// An extension that does not move the deadline.
    extension_not_later(new, last) = "{new} does not move the deadline {last} later" / "{new} tidak memundurkan batas akhir {last}";
    /// Two candidates with one id.
    candidate_twice(id) = "candidate `{id}` is listed twice (each candidate once, with one id)" / "calon `{id}` tercantum dua kali (setiap calon sekali, dengan satu id)";
    /// A list that names a candidate the case does not have.
    no_such_candidate(id) = "`{id}` is not the id of a candidate of this case" / "`{id}` bukan id calon dalam kasus ini";
    /// A weight outside 0–100%.
    weight_out_of_range(weight) = "a weight of {weight}% is not between 0% and 100%" / "bobot {weight}% tidak berada antara 0% dan 100%";
    /// An unknown jenjang.
    unknown_jenjang(jenjang) = "unknown jenjang `{jenjang}`" / "jenjang `{jenjang}` tidak dikenal";
    /// An unknown level of education.
    unknown_education(education, names) = "unknown education level `{education}`; use `{names}`" / "jenjang pendidikan `{education}` tidak dikenal; gunakan `{names}`";
    /// An unknown golongan.
    unknown_golongan(golongan) = "unknown golongan `{golongan}`; golongan run from I/a to IV/e" / "golongan `{golongan}` tidak dikenal; golongan berkisar dari I/a sampai IV/e";
    /// A position that ends before it starts.
    position_ends_before_start(end, start) = "the position ends ({end}) before it starts ({start})" / "jabatan berakhir ({end}) sebelum dimulai ({start})";
    /// An unknown performance rating.
    unknown_rating(rating, names) = "unknown rating `{rating}`; use `{names}`" / "predikat kinerja `{rating}` tidak dikenal; gunakan `{names}`";
    /// An unknown level of post.
    unknown_level(level, names) = "unknown level `{level}`; use `{names}`" / "tingkat jabatan `{level}` tidak dikenal; gunakan `{names}`";
    /// An unknown mechanism of filling.
    unknown_mechanism(mechanism, names) = "unknown mechanism `{mechanism}`; use `{names}`" / "mekanisme `{mechanism}` tidak dikenal; gunakan `{names}`";
    /// An unknown eselon.
    unknown_eselon(eselon, names) = "unknown eselon `{eselon}`; use `{names}`" / "eselon `{eselon}` tidak dikenal; gunakan `{names}`";
    /// An unknown event.
    unknown_event(event, names) = "unknown event `{event}`; use `{names}`" / "peristiwa `{event}` tidak dikenal; gunakan `{names}`";
    /// An error at a line, column and field path.
    at(line, column, path, message) = "{line}:{column}: `{path}`: {message}" / "{line}:{column}: `{path}`: {message}";
    /// An example that could not run.
    in_example(example, path, message) = "{example}: `{path}`: {message}" / "{example}: `{path}`: {message}";
    }
);
