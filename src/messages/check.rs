//! Words of the checkers (`src/check/`) outside verify's explanations: the
//! holiday calendar.

crate::messages!(
    /// A calendar file that cannot be read.
    pub mod calendar {
    /// Not TOML of the calendar's shape.
    not_a_calendar(detail) = "not a holiday calendar: {detail}" / "bukan kalender hari libur: {detail}";
    /// A year that is not one.
    not_a_year(year) = "`tahun = {year}` is not a year" / "`tahun = {year}` bukan tahun";
    /// A year listed twice.
    year_twice(year) = "year {year} is listed twice" / "tahun {year} tercantum dua kali";
    /// A year with no source.
    no_source(year) = "year {year} has no `sumber` (the decree that sets its days)" / "tahun {year} tidak mempunyai `sumber` (keputusan yang menetapkan harinya)";
    /// A date not written YYYY-MM-DD.
    not_a_date(written) = "`{written}` is not a date written YYYY-MM-DD" / "`{written}` bukan tanggal yang ditulis YYYY-MM-DD";
    /// A date of another year.
    other_year(written, year) = "{written} is not in year {year}" / "{written} tidak berada dalam tahun {year}";
    }
);
