//! Words of resolution (`src/resolve/`): the identity, clauses, references,
//! names and rules.

crate::texts!(
    /// Fixed sentences.
    pub mod text {
    /// A second identity block.
    SECOND_IDENTITY = "a second `peraturan` identity block" / "blok identitas `peraturan` kedua";
    /// Its help.
    SECOND_IDENTITY_HELP = "a file holds one peraturan: merge the two blocks" / "satu berkas memuat satu peraturan: gabungkan kedua blok itu";
    /// Help of an unknown kind of region.
    REGION_KIND_HELP = "write `kota`, `kabupaten` or `provinsi`" / "tulis `kota`, `kabupaten` atau `provinsi`";
    /// Help of an incomplete identity.
    INCOMPLETE_IDENTITY_HELP = "every peraturan states its kind, number, year and subject" / "setiap peraturan menyebut jenis, nomor, tahun dan tentang";
    /// Help of a date not on the calendar.
    INVALID_DATE_HELP = "write an existing date as YYYY-MM-DD" / "tulis tanggal yang ada dalam bentuk YYYY-MM-DD";
    }
);

crate::messages!(
    /// Sentences with values.
    pub mod msg {
    /// An unknown kind of region.
    region_kind(kind) = "unknown kind of region `{kind}`" / "jenis daerah `{kind}` tidak dikenal";
    /// An unknown identity field.
    identity_field(field) = "unknown identity field `{field}`" / "isian identitas `{field}` tidak dikenal";
    /// Its help.
    identity_fields(fields) = "identity fields: {fields}" / "isian identitas: {fields}";
    /// An unknown jenis.
    jenis(jenis) = "unknown kind of regulation `{jenis}`" / "jenis peraturan `{jenis}` tidak dikenal";
    /// Its help.
    jenis_help(choices) = "write one of `{choices}`" / "tulis salah satu dari `{choices}`";
    /// An incomplete identity.
    incomplete_identity(missing) = "identity lacks `{missing}`" / "identitas tidak memuat `{missing}`";
    /// A date not on the calendar.
    invalid_date(date) = "`{date}` is not a date on the calendar" / "`{date}` bukan tanggal yang ada di kalender";
    }
);

crate::texts!(
    /// Fixed sentences of names, lists, references and rules.
    pub mod rule_text {
    /// Help of a redeclared built-in fact.
    BUILTIN_FACT_HELP = "remove this `fakta` line, or choose another name" / "hapus baris `fakta` ini, atau pilih nama lain";
    /// Help of a name defined twice.
    DEFINED_TWICE_HELP = "define each name once; rules anywhere in the file may use it" / "definisikan setiap nama sekali saja; aturan di mana pun dalam berkas dapat memakainya";
    /// `masing-masing` without a duration.
    EACH_NOT_DURATION = "unit mismatch: `masing-masing` takes a duration" / "satuan tidak sesuai: `masing-masing` memerlukan durasi";
    /// Its help.
    EACH_NOT_DURATION_HELP = "write e.g. `masing-masing 7 hari kalender`" / "tulis misalnya `masing-masing 7 hari kalender`";
    /// Help of a reading that replaces no rule.
    READING_WITHOUT_RULE_HELP = "put the `akui` in the clause whose rule it reads, and read the same thing the rule governs (same kind and subject)" / "letakkan `akui` pada ketentuan yang aturannya dibaca, dan baca hal yang sama yang diatur aturan itu (jenis dan pokok yang sama)";
    /// Help of an unknown list.
    UNKNOWN_LIST_HELP = "declare the list with `daftar NAME KIND` at the clause that introduces it" / "nyatakan daftar dengan `daftar NAMA JENIS` pada ketentuan yang memperkenalkannya";
    /// Help of an item outside any list.
    ITEM_WITHOUT_LIST_HELP = "write `daftar NAME KIND` in the clause that introduces the list, or `butir KEY dari NAME`" / "tulis `daftar NAMA JENIS` pada ketentuan yang memperkenalkan daftar itu, atau `butir KUNCI dari NAMA`";
    /// Help of a Pasal numbered twice.
    PASAL_TWICE_HELP = "Pasal are numbered continuously through the whole peraturan (UU 12/2011 Lampiran II): renumber this Pasal and every reference to the ones after it" / "Pasal dinomori berurutan di seluruh peraturan (UU 12/2011 Lampiran II): nomori ulang Pasal ini dan setiap rujukan ke Pasal sesudahnya";
    /// Help of an item numbered twice.
    NUMBER_TWICE_HELP = "number the items of one list in sequence; a reference to this number is ambiguous" / "nomori butir satu daftar secara berurutan; rujukan ke nomor ini bermakna ganda";
    /// Help of a reference to nothing.
    UNRESOLVED_HELP = "correct the reference to the clause that is meant; if the law itself is wrong, acknowledge it with `akui PSL102 \"…\"`" / "perbaiki rujukan ke ketentuan yang dimaksud; jika peraturannya sendiri keliru, akui dengan `akui PSL102 \"…\"`";
    /// Mixed units within one quantity.
    SAME_UNIT_HELP = "state every bound of one quantity in the same unit" / "nyatakan setiap batas dari satu besaran dalam satuan yang sama";
    /// Help of an unknown golongan.
    GOLONGAN_HELP = "golongan run from I/a to IV/e" / "golongan berkisar dari I/a sampai IV/e";
    /// `lama_jabatan` without its jenjang.
    LAMA_JABATAN_JENJANG = "`lama_jabatan` needs the jenjang held, e.g. `lama_jabatan(administrator)`" / "`lama_jabatan` memerlukan jenjang yang dijabat, misalnya `lama_jabatan(administrator)`";
    /// Its help.
    LAMA_JABATAN_JENJANG_HELP = "name the jenjang in parentheses" / "sebutkan jenjangnya di dalam tanda kurung";
    /// `perpanjangan` without exactly one subject.
    EXTENSIONS_OF_ONE = "`perpanjangan` counts the extensions of one thing, e.g. `perpanjangan(pengumuman) paling sedikit 2`" / "`perpanjangan` menghitung perpanjangan satu hal, misalnya `perpanjangan(pengumuman) paling sedikit 2`";
    /// Its help.
    EXTENSIONS_OF_ONE_HELP = "name what was extended in parentheses" / "sebutkan yang diperpanjang di dalam tanda kurung";
    /// Help of arguments given to a fact that takes none.
    NO_ARGUMENTS_HELP = "remove the parentheses" / "hapus tanda kurungnya";
    /// Help of `adalah` on the wrong fact.
    ADALAH_HELP = "`adalah` compares `jabatan_lowong` with post classes" / "`adalah` membandingkan `jabatan_lowong` dengan kelas jabatan";
    }
);

crate::messages!(
    /// Sentences with values, of names, lists, references and rules.
    pub mod rule_msg {
    /// A built-in fact declared.
    builtin_fact(name) = "`{name}` is a built-in fact and cannot be declared" / "`{name}` adalah fakta bawaan dan tidak dapat dinyatakan lagi";
    /// A name defined twice.
    defined_twice(what, name) = "{what} `{name}` is defined twice" / "{what} `{name}` didefinisikan dua kali";
    /// A name of a vocabulary the language does not know.
    unknown(what, name) = "unknown {what} `{name}`" / "{what} `{name}` tidak dikenal";
    /// The names it knows, of that kind.
    known_kind(what, known) = "known {what}: `{known}`" / "{what} yang dikenal: `{known}`";
    /// The names it knows.
    known(known) = "known: `{known}`" / "yang dikenal: `{known}`";
    /// Who may hold a panel role.
    role_holders(roles) = "{roles}`, a level, or a post class declared with `jabatan" / "{roles}`, tingkat, atau kelas jabatan yang dinyatakan dengan `jabatan";
    /// An unknown event.
    known_events(known, name) = "known events: `{known}`; or an act an action rule of this policy names (`wajib {name} …`)" / "peristiwa yang dikenal: `{known}`; atau tindakan yang dinamai aturan tindakan dalam peraturan ini (`wajib {name} …`)";
    /// A reading that replaces no rule.
    reading_without_rule(code, cite) = "this reading of {code} replaces no rule of {cite}" / "bacaan {code} ini tidak menggantikan aturan mana pun pada {cite}";
    /// An unknown list.
    unknown_list(name) = "unknown list `{name}`" / "daftar `{name}` tidak dikenal";
    /// An item outside any list.
    item_without_list(key) = "`butir {key}` belongs to no list" / "`butir {key}` tidak termasuk daftar mana pun";
    /// A Pasal numbered twice.
    pasal_twice(number) = "`Pasal {number}` is numbered twice" / "nomor `Pasal {number}` dipakai dua kali";
    /// An item numbered twice.
    number_twice(part, within) = "`{part}` is numbered twice in {within}" / "nomor `{part}` dipakai dua kali dalam {within}";
    /// A reference to nothing.
    unresolved(target) = "reference to `{target}`, which does not exist" / "rujukan ke `{target}` tidak ditemukan";
    /// A unit that does not fit.
    unit_mismatch(what, expected, got) = "unit mismatch: {what} takes {expected}, found {got}" / "satuan tidak sesuai: {what} memerlukan {expected}, tertulis {got}";
    /// A value of the wrong type.
    type_mismatch(what, expected, got) = "type mismatch: {what} takes {expected}, found {got}" / "jenis nilai tidak sesuai: {what} memerlukan {expected}, tertulis {got}";
    /// What to write instead.
    write_here(expected) = "write {expected} here" / "tulis {expected} di sini";
    /// Two units in one quantity.
    mixed_units(what, one, other) = "unit mismatch: {what} mixes `{one}` and `{other}`" / "satuan tidak sesuai: {what} mencampur `{one}` dan `{other}`";
    /// A measured fact used as yes/no.
    not_yes_no(name) = "fact `{name}` is not yes/no: it needs a comparison" / "fakta `{name}` bukan ya/tidak: fakta ini perlu dibandingkan";
    /// Its help.
    compare_it(name) = "compare it, e.g. `{name} paling sedikit …`" / "bandingkan, misalnya `{name} paling sedikit …`";
    /// Arguments given to a fact that takes none.
    no_arguments(name) = "fact `{name}` takes no arguments" / "fakta `{name}` tidak menerima argumen";
    /// An unknown fact.
    unknown_fact(name) = "unknown fact `{name}`" / "fakta `{name}` tidak dikenal";
    /// Its help.
    declare_fact(name, builtin) = "declare it with `fakta {name}` at the clause that introduces it, or use a built-in fact: `{builtin}`" / "nyatakan dengan `fakta {name}` pada ketentuan yang memperkenalkannya, atau gunakan fakta bawaan: `{builtin}`";
    /// `adalah` on the wrong fact.
    not_adalah(name) = "{name} cannot be compared with `adalah`" / "{name} tidak dapat dibandingkan dengan `adalah`";
    /// A yes/no fact compared.
    yes_no_compared(name) = "{name} is a yes/no fact and cannot be compared" / "{name} adalah fakta ya/tidak dan tidak dapat dibandingkan";
    /// Its help.
    write_just(name) = "write just `{name}` (or `tidak {name}`)" / "tulis `{name}` saja (atau `tidak {name}`)";
    }
);

/// A kind of name, as messages say it: one, and several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// One ("event").
    pub one: crate::messages::Text,
    /// Several ("events").
    pub many: crate::messages::Text,
}

macro_rules! kinds {
    ($($(#[$doc:meta])* $name:ident = $en:literal / $en_many:literal / $id:literal;)*) => {
        /// The kinds of names the language knows.
        pub mod kind {
            use super::Kind;
            use crate::messages::{Entry, Text};
            $(
                $(#[$doc])*
                pub const $name: Kind = Kind { one: Text { en: $en, id: $id }, many: Text { en: $en_many, id: $id } };
            )*
            /// Every entry, for tests.
            pub const ALL: &[Entry] = &[$(Entry { key: concat!(module_path!(), "::", stringify!($name)), en: $en, id: $id }),*];
        }
    };
}

kinds! {
    /// A penilaian kinerja.
    RATING = "rating" / "ratings" / "penilaian kinerja";
    /// An event.
    EVENT = "event" / "events" / "peristiwa";
    /// A jenjang.
    JENJANG = "jenjang" / "jenjangs" / "jenjang";
    /// A post class.
    POST_CLASS = "post class" / "post classes" / "kelas jabatan";
    /// A level.
    LEVEL = "level" / "levels" / "tingkat";
    /// An eselon.
    ESELON = "eselon" / "eselons" / "eselon";
    /// A mechanism.
    MECHANISM = "mechanism" / "mechanisms" / "mekanisme";
    /// A fact.
    FACT = "fact" / "facts" / "fakta";
    /// A panel role.
    PANEL_ROLE = "panel role" / "panel roles" / "peran panitia";
    /// A share's base.
    SHARE_BASE = "share base" / "share bases" / "dasar porsi";
    /// A role's holder.
    ROLE_HOLDER = "role holder" / "role holders" / "pemegang peran";
    /// A member's origin or category.
    MEMBER_ORIGIN = "member origin or category" / "member origins or categories" / "asal atau kategori anggota";
    /// An education level.
    EDUCATION = "education level" / "education levels" / "jenjang pendidikan";
    /// A golongan.
    GOLONGAN = "golongan" / "golongan" / "golongan";
}

crate::texts!(
    /// What a value is, as type errors say it.
    pub mod noun {
    /// A duration, with its units.
    DURATION_UNITS = "a duration (`tahun`, `bulan`, `hari kalender`, `hari kerja`)" / "durasi (`tahun`, `bulan`, `hari kalender`, `hari kerja`)";
    /// A duration.
    DURATION = "a duration" / "durasi";
    /// A percent.
    PERCENT = "a percent" / "persentase";
    /// A percent, with an example.
    PERCENT_EXAMPLE = "a percent (`45%`)" / "persentase (`45%`)";
    /// A count with no unit.
    PLAIN_COUNT = "a plain count" / "bilangan tanpa satuan";
    /// A count.
    COUNT = "a count" / "bilangan";
    /// A number.
    NUMBER = "a number" / "angka";
    /// A name.
    NAME = "a name" / "nama";
    /// An education level.
    EDUCATION = "an education level" / "jenjang pendidikan";
    /// An education level, with an example.
    EDUCATION_EXAMPLE = "an education level (`S1`)" / "jenjang pendidikan (`S1`)";
    /// A golongan.
    GOLONGAN = "a golongan" / "golongan";
    /// A golongan, with an example.
    GOLONGAN_EXAMPLE = "a golongan (`IV/a`)" / "golongan (`IV/a`)";
    /// A rating, with an example.
    RATING_EXAMPLE = "a rating (`baik`)" / "penilaian kinerja (`baik`)";
    /// An eselon.
    ESELON = "an eselon" / "eselon";
    /// An eselon, with an example.
    ESELON_EXAMPLE = "an eselon (`II.a`)" / "eselon (`II.a`)";
    /// A window.
    WINDOW = "a window" / "jangka waktu";
    /// A weight.
    WEIGHT = "a weight" / "bobot";
    /// A panel's size.
    PANEL_SIZE = "a panel size" / "jumlah anggota panitia";
    /// A share.
    SHARE = "a share" / "porsi";
    /// A number of members.
    MEMBERS = "a number of members" / "jumlah anggota";
    /// A number of extensions.
    EXTENSIONS = "a number of extensions" / "jumlah perpanjangan";
    /// An action's timing.
    TIMING = "an action's timing" / "waktu tindakan";
    /// A look-back period.
    LOOKBACK = "`selama … terakhir`" / "`selama … terakhir`";
    }
);
