//! Words of `pasal verify` (`src/check/verify/`): why each verdict is what it
//! is, one group per topic (`*_text` fixed, the others with values).

crate::texts!(
    /// Fixed explanations of any rule: whether it applies, candidates, permissions used, readings.
    pub mod general_text {
    /// "not a duration"
    NOT_DURATION = "not a duration" / "bukan jangka waktu";
    /// "no candidate to judge"
    NO_CANDIDATE_JUDGE = "no candidate to judge" / "tidak ada calon yang dinilai";
    /// "the candidate meets the requirement"
    CANDIDATE_MEETS_REQUIREMENT = "the candidate meets the requirement" / "calon memenuhi persyaratan";
    /// "the candidate does not meet the requirement"
    CANDIDATE_DOES_NOT_MEET_REQUIREMENT = "the candidate does not meet the requirement" / "calon tidak memenuhi persyaratan";
    /// "a fact about the candidate is missing"
    FACT_ABOUT_CANDIDATE_MISSING = "a fact about the candidate is missing" / "ada fakta tentang calon yang tidak tercatat";
    }
);

crate::messages!(
    /// Explanations with values of any rule: whether it applies, candidates, permissions used, readings.
    pub mod general {
    /// A fact the case does not record.
    not_recorded(what) = "`{what}` is not recorded" / "`{what}` tidak tercatat";
    /// "cannot tell whether the rule applies to this candidate: {guard}"
    cannot_tell_whether_applies_to_candidate(guard) = "cannot tell whether the rule applies to this candidate: {guard}" / "tidak dapat dipastikan apakah aturan ini berlaku bagi calon ini: {guard}";
    /// "`{action}` was done although the condition the law grants it on does not hold: jika {w}"
    was_done_although_condition_law(action, w) = "`{action}` was done although the condition the law grants it on does not hold: jika {w}" / "`{action}` dilakukan padahal syarat yang ditetapkan untuknya tidak terpenuhi: jika {w}";
    /// "`{action}` was done; cannot tell whether its condition held: jika {w}"
    was_done_cannot_tell_whether(action, w) = "`{action}` was done; cannot tell whether its condition held: jika {w}" / "`{action}` dilakukan; tidak dapat dipastikan apakah syaratnya terpenuhi: jika {w}";
    /// "its condition held (jika {w}); {because}"
    condition_held_jika(w, because) = "its condition held (jika {w}); {because}" / "syaratnya terpenuhi (jika {w}); {because}";
    /// "{because}; this assumes the exception does not apply (kecuali {words}): the case does not record it"
    assumes_exception_does_not_apply(because, words) = "{because}; this assumes the exception does not apply (kecuali {words}): the case does not record it" / "{because}; putusan ini menganggap pengecualiannya tidak berlaku (kecuali {words}): kasus tidak mencatatnya";
    /// "cannot tell whether the rule applies: jika {w}"
    cannot_tell_whether_applies(w) = "cannot tell whether the rule applies: jika {w}" / "tidak dapat dipastikan apakah aturan ini berlaku: jika {w}";
    /// A verdict judged by the reading the policy acknowledges for a defect.
    by_reading(code, summary, reason, because) = "judged by the reading the policy acknowledges for {code} (`{summary}`: {reason}): {because}" / "dinilai menurut bacaan yang diakui peraturan untuk {code} (`{summary}`: {reason}): {because}";
    }
);

crate::texts!(
    /// Fixed explanations of counts, periods, weights of a component and lists.
    pub mod judge_text {
    /// "not checkable on a case"
    NOT_CHECKABLE_CASE = "not checkable on a case" / "tidak dapat diperiksa pada suatu kasus";
    /// "the items present are not recorded"
    ITEMS_PRESENT_ARE_NOT_RECORDED = "the items present are not recorded" / "butir yang ada tidak tercatat";
    /// "every item present"
    EVERY_ITEM_PRESENT = "every item present" / "semua butir ada";
    }
);

crate::messages!(
    /// Explanations with values of counts, periods, weights of a component and lists.
    pub mod judge {
    /// "weight of {component}: {v}% (allowed: {allowed})"
    weight_allowed(component, v, allowed) = "weight of {component}: {v}% (allowed: {allowed})" / "bobot {component} {v}% (yang dibolehkan: {allowed})";
    /// "the weight `{set}.{component}` used is not recorded"
    weight_used_not_recorded(set, component) = "the weight `{set}.{component}` used is not recorded" / "bobot `{set}.{component}` yang dipakai tidak tercatat";
    /// "`{v}` is one of the listed items"
    one_listed_items(v) = "`{v}` is one of the listed items" / "`{v}` termasuk butir yang tercantum";
    /// "`{v}` is not one of: {listed}"
    not_one(v, listed) = "`{v}` is not one of: {listed}" / "`{v}` bukan salah satu dari: {listed}";
    /// "the period `{subject}` is not recorded"
    period_not_recorded(subject) = "the period `{subject}` is not recorded" / "jangka waktu `{subject}` tidak tercatat";
    /// "the period `{subject}` has no end and the case no reference date (give `as_of`)"
    period_has_no_end_case(subject) = "the period `{subject}` has no end and the case no reference date (give `as_of`)" / "jangka waktu `{subject}` tidak mempunyai tanggal akhir dan kasus ini tidak mempunyai tanggal acuan (cantumkan `as_of`)";
    /// "the period `{subject}` starts on {start} after the date it is measured to, {end}"
    period_starts_after_date_measured(subject, start, end) = "the period `{subject}` starts on {start} after the date it is measured to, {end}" / "jangka waktu `{subject}` dimulai {start} sesudah tanggal pengukurannya, {end}";
    /// "the count `{subject}` is not recorded"
    count_not_recorded(subject) = "the count `{subject}` is not recorded" / "jumlah `{subject}` tidak tercatat";
    /// "{subject}: {v} (allowed: {allowed})"
    count_allowed(subject, v, allowed) = "{subject}: {v} (allowed: {allowed})" / "{subject}: {v} (yang dibolehkan: {allowed})";
    /// "{subject} for each of {n} vacancies within {allowed}"
    each_vacancies_within(subject, n, allowed) = "{subject} for each of {n} vacancies within {allowed}" / "{subject} untuk setiap {n} lowongan dalam batas {allowed}";
    /// "{subject} per vacancy outside {allowed}: {outside}"
    per_vacancy_outside(subject, allowed, outside) = "{subject} per vacancy outside {allowed}: {outside}" / "{subject} per lowongan di luar batas {allowed}: {outside}";
    /// "`per_vacancy` records `{subject}` for {recorded} vacancies, not for each of the {n}"
    per_vacancy_records_vacancies_not(subject, recorded, n) = "`per_vacancy` records `{subject}` for {recorded} vacancies, not for each of the {n}" / "`per_vacancy` mencatat `{subject}` untuk {recorded} lowongan, bukan untuk setiap {n} lowongan";
    /// "{subject}: {v} (allowed: {allowed} per vacancy)"
    allowed_per_vacancy(subject, v, allowed) = "{subject}: {v} (allowed: {allowed} per vacancy)" / "{subject}: {v} (yang dibolehkan: {allowed} per lowongan)";
    /// "{subject}: {v} for {n} vacancies, {average} on average, within {allowed}; how they are split among the vacancies is not recorded (`per_vacancy`)"
    vacancies_average_within_how_they(subject, v, n, average, allowed) = "{subject}: {v} for {n} vacancies, {average} on average, within {allowed}; how they are split among the vacancies is not recorded (`per_vacancy`)" / "{subject}: {v} untuk {n} lowongan, rata-rata {average}, dalam batas {allowed}; pembagiannya per lowongan tidak tercatat (`per_vacancy`)";
    /// "{subject}: {v} for {n} vacancies, {average} on average: some vacancy is outside {allowed}"
    vacancies_average_some_vacancy_outside(subject, v, n, average, allowed) = "{subject}: {v} for {n} vacancies, {average} on average: some vacancy is outside {allowed}" / "{subject}: {v} untuk {n} lowongan, rata-rata {average}: ada lowongan di luar batas {allowed}";
    /// "missing: {missing}"
    items_missing(missing) = "missing: {missing}" / "yang tidak ada: {missing}";
    /// "not in the order of the policy: {order}"
    not_order_policy(order) = "not in the order of the policy: {order}" / "tidak sesuai dengan urutan dalam peraturan: {order}";
    /// "every item present (also: {extra})"
    every_item_present_also(extra) = "every item present (also: {extra})" / "semua butir ada (juga: {extra})";
    /// A running period measured as of a date.
    as_of(end) = "as of {end}" / "per {end}";
    /// A closed period's end.
    to(end) = "to {end}" / "sampai {end}";
    /// A period's length.
    period_from(subject, start, to, length) = "{subject} from {start} {to}: {length}" / "{subject} {start} {to}: {length}";
    }
);

crate::texts!(
    /// Fixed explanations of the selection panel (pansel).
    pub mod panel_text {
    /// "the panel has no members"
    PANEL_HAS_NO_MEMBERS = "the panel has no members" / "pansel tidak mempunyai anggota";
    /// "every member comes from a listed element"
    EVERY_MEMBER_COMES_FROM_LISTED = "every member comes from a listed element" / "setiap anggota berasal dari unsur yang tercantum";
    /// "the eselon of the vacancy is not recorded"
    ESELON_VACANCY_NOT_RECORDED = "the eselon of the vacancy is not recorded" / "eselon jabatan yang lowong tidak tercatat";
    }
);

crate::messages!(
    /// Explanations with values of the selection panel (pansel).
    pub mod panel {
    /// "the members of pansel `{name}` are not recorded"
    members_pansel_are_not_recorded(name) = "the members of pansel `{name}` are not recorded" / "anggota pansel `{name}` tidak tercatat";
    /// "{size} member(s)"
    panel_size(size) = "{size} member(s)" / "{size} anggota";
    /// "{k} of {n} members are {who} and the origin of {maybe} is not recorded: {lo:.2}% to {hi:.2}%"
    members_are_origin_not_recorded(k, n, who, maybe, lo, hi) = "{k} of {n} members are {who} and the origin of {maybe} is not recorded: {lo:.2}% to {hi:.2}%" / "{k} dari {n} anggota {who} dan asal {maybe} anggota tidak tercatat: {lo:.2}% sampai {hi:.2}%";
    /// "{k} of {n} members are {who} = {pct:.2}%"
    members_are(k, n, who, pct) = "{k} of {n} members are {who} = {pct:.2}%" / "{k} dari {n} anggota {who} = {pct:.2}%";
    /// "{k} {who} member(s)"
    members_of(k, who) = "{k} {who} member(s)" / "{k} anggota {who}";
    /// "no member is {role}"
    no_member(role) = "no member is {role}" / "tidak ada anggota yang menjadi {role}";
    /// "cannot tell whether {open} is {holders}: the origin is not recorded"
    cannot_tell_whether_origin_not(open, holders) = "cannot tell whether {open} is {holders}: the origin is not recorded" / "tidak dapat dipastikan apakah {open} adalah {holders}: asalnya tidak tercatat";
    /// "every {role} is {holders}"
    every_role_held(role, holders) = "every {role} is {holders}" / "setiap {role} adalah {holders}";
    /// "{role} held by {wrong}, not {holders}"
    held_not(role, wrong, holders) = "{role} held by {wrong}, not {holders}" / "{role} dijabat oleh {wrong}, bukan {holders}";
    /// "cannot tell whether {open} comes from a listed element: the origin is not recorded"
    cannot_tell_whether_comes_from(open) = "cannot tell whether {open} comes from a listed element: the origin is not recorded" / "tidak dapat dipastikan apakah {open} berasal dari unsur yang tercantum: asalnya tidak tercatat";
    /// "not from a listed element: {stray}"
    not_from_listed_element(stray) = "not from a listed element: {stray}" / "tidak berasal dari unsur yang tercantum: {stray}";
    /// "standing relative to `{reference}` is not checkable"
    standing_relative_not_checkable(reference) = "standing relative to `{reference}` is not checkable" / "kedudukan terhadap `{reference}` tidak dapat diperiksa";
    /// "below the vacancy's eselon {vac}: {low}"
    below_vacancy_eselon(vac, low) = "below the vacancy's eselon {vac}: {low}" / "di bawah eselon {vac} jabatan yang lowong: {low}";
    /// "eselon or origin not recorded for {names}"
    eselon_origin_not_recorded(names) = "eselon or origin not recorded for {names}" / "eselon atau asal tidak tercatat untuk {names}";
    /// "every {who} member holds at least eselon {vac}"
    every_member_holds_least_eselon(who, vac) = "every {who} member holds at least eselon {vac}" / "setiap anggota {who} paling rendah menduduki eselon {vac}";
    /// Members of an element, some of unrecorded origin.
    members_from_to(k, upto, who, maybe) = "{k} to {upto} {who} member(s): the origin of {maybe} is not recorded" / "{k} sampai {upto} anggota {who}: asal {maybe} anggota tidak tercatat";
    }
);

crate::texts!(
    /// Fixed explanations of windows between events and extensions of the announcement.
    pub mod window_text {
    /// "cannot tell whether the condition for an extension held"
    CANNOT_TELL_WHETHER_CONDITION_EXTENSION = "cannot tell whether the condition for an extension held" / "tidak dapat dipastikan apakah syarat perpanjangan terpenuhi";
    /// "the announcement is not recorded"
    ANNOUNCEMENT_NOT_RECORDED = "the announcement is not recorded" / "pengumuman tidak tercatat";
    /// "the announcement was not extended"
    ANNOUNCEMENT_WAS_NOT_EXTENDED = "the announcement was not extended" / "pengumuman tidak diperpanjang";
    }
);

crate::messages!(
    /// Explanations with values of windows between events and extensions of the announcement.
    pub mod window {
    /// "{d} working days"
    working_days(d) = "{d} working days" / "{d} hari kerja";
    /// "{d} calendar days"
    calendar_days(d) = "{d} calendar days" / "{d} hari kalender";
    /// "{m} full months"
    full_months(m) = "{m} full months" / "{m} bulan penuh";
    /// "{y} full years"
    full_years(y) = "{y} full years" / "{y} tahun penuh";
    /// "working days cannot be counted: the holiday calendar has no national holidays or cuti bersama for {year} (give the case's `holidays` for {year}, or a calendar with `--holidays`)"
    working_days_cannot_counted_holiday(year) = "working days cannot be counted: the holiday calendar has no national holidays or cuti bersama for {year} (give the case's `holidays` for {year}, or a calendar with `--holidays`)" / "hari kerja tidak dapat dihitung: kalender hari libur tidak memuat hari libur nasional dan cuti bersama tahun {year} (cantumkan `holidays` tahun {year} dalam kasus, atau kalender lain dengan `--holidays`)";
    /// "the dates of `{event}` and `{anchor}` are both needed"
    dates_are_both_needed(event, anchor) = "the dates of `{event}` and `{anchor}` are both needed" / "tanggal `{event}` dan tanggal `{anchor}` keduanya diperlukan";
    /// "{cw} / {ww}; both readings of `hari` agree"
    both_readings_hari_agree(cw, ww) = "{cw} / {ww}; both readings of `hari` agree" / "{cw} / {ww}; kedua tafsiran `hari` memberi hasil yang sama";
    /// "{yes} satisfies one reading of `hari` and {no} not the other: the policy does not say calendar or working days"
    satisfies_one_reading_hari_not(yes, no) = "{yes} satisfies one reading of `hari` and {no} not the other: the policy does not say calendar or working days" / "{yes} memenuhi satu tafsiran `hari` dan {no} tidak memenuhi tafsiran lainnya: peraturan tidak menyebut hari kalender atau hari kerja";
    /// "{words} (allowed: {allowed})"
    gap_allowed(words, allowed) = "{words} (allowed: {allowed})" / "{words} (yang dibolehkan: {allowed})";
    /// "no extension of {subject}"
    no_extension(subject) = "no extension of {subject}" / "tidak ada perpanjangan {subject}";
    /// "{k} extension(s); the condition is met no longer, but the state when each extension was decided is not recorded"
    extension_condition_met_no_longer(k) = "{k} extension(s); the condition is met no longer, but the state when each extension was decided is not recorded" / "{k} kali perpanjangan; syaratnya kini tidak terpenuhi lagi, tetapi keadaan pada saat setiap perpanjangan diputuskan tidak tercatat";
    /// "{k} extension(s) although the condition does not hold"
    extension_although_condition_does_not(k) = "{k} extension(s) although the condition does not hold" / "{k} kali perpanjangan padahal syaratnya tidak terpenuhi";
    /// "{k} extension(s) (allowed: {allowed})"
    extension_allowed(k, allowed) = "{k} extension(s) (allowed: {allowed})" / "{k} kali perpanjangan (yang dibolehkan: {allowed})";
    /// "the number of extensions `{key}` is not recorded"
    number_extensions_not_recorded(key) = "the number of extensions `{key}` is not recorded" / "jumlah perpanjangan `{key}` tidak tercatat";
    /// "{k} extensions (allowed: {allowed})"
    extensions_allowed(k, allowed) = "{k} extensions (allowed: {allowed})" / "{k} kali perpanjangan (yang dibolehkan: {allowed})";
    /// "extension {nth} made although {w} does not hold"
    extension_made_although_does_not(nth, w) = "extension {nth} made although {w} does not hold" / "perpanjangan ke-{nth} dilakukan padahal {w} tidak terpenuhi";
    /// "extension {nth}: applicants at the time not recorded"
    extension_applicants_time_not_recorded(nth) = "extension {nth}: applicants at the time not recorded" / "perpanjangan ke-{nth}: jumlah pelamar pada saat itu tidak tercatat";
    /// "extension {nth} lasts {words}, more than {limit}"
    extension_lasts_more_than(nth, words, limit) = "extension {nth} lasts {words}, more than {limit}" / "perpanjangan ke-{nth} berlangsung {words}, lebih dari {limit}";
    /// "{k} extension(s) within the limits"
    extension_within_limits(k) = "{k} extension(s) within the limits" / "{k} kali perpanjangan, masih dalam batas";
    /// An event on the wrong side of its anchor.
    not_relative(event, direction, anchor) = "`{event}` is not {direction} `{anchor}`" / "`{event}` tidak {direction} `{anchor}`";
    /// `hari` counted in calendar days, and working days cannot be counted.
    may_mean_working_days(calendar, because) = "{calendar}; the policy says `hari`, which may mean working days: {because}" / "{calendar}; peraturan menyebut `hari`, yang dapat berarti hari kerja: {because}";
    }
);

crate::texts!(
    /// Fixed explanations of actions the policy requires or forbids, their channels and timing.
    pub mod action_text {
    /// "the channels the announcement used are not recorded"
    CHANNELS_ANNOUNCEMENT_USED_ARE_NOT = "the channels the announcement used are not recorded" / "saluran yang dipakai pengumuman tidak tercatat";
    /// "the actions taken are not recorded"
    ACTIONS_TAKEN_ARE_NOT_RECORDED = "the actions taken are not recorded" / "tindakan yang dilakukan tidak tercatat";
    /// Between the timings of one action.
    AND = " and " / " dan ";
    /// After a gap `hari` leaves undecided.
    UNIT_UNSAID = "; the policy does not say calendar or working days" / "; peraturan tidak menyebut hari kalender atau hari kerja";
    }
);

crate::messages!(
    /// Explanations with values of actions the policy requires or forbids, their channels and timing.
    pub mod action {
    /// "announced through none of: {listed}"
    announced_through_none(listed) = "announced through none of: {listed}" / "tidak diumumkan melalui satu pun dari: {listed}";
    /// "announced through {used}"
    announced_through(used) = "announced through {used}" / "diumumkan melalui {used}";
    /// "no `{what}` recorded, but the record of actions is not complete"
    no_recorded_but_record_actions(what) = "no `{what}` recorded, but the record of actions is not complete" / "`{what}` tidak tercatat, tetapi catatan tindakan tidak lengkap";
    /// "no `{what}` recorded"
    no_recorded(what) = "no `{what}` recorded" / "`{what}` tidak tercatat";
    /// "`{what}` was done, and it is prohibited"
    was_done_prohibited(what) = "`{what}` was done, and it is prohibited" / "`{what}` dilakukan, padahal dilarang";
    /// "`{what}` is recorded without saying through what (melalui {listed})"
    recorded_without_saying_through_what(what, listed) = "`{what}` is recorded without saying through what (melalui {listed})" / "`{what}` tercatat tanpa menyebut melalui apa (melalui {listed})";
    /// "`{what}` was not done"
    was_not_done(what) = "`{what}` was not done" / "`{what}` tidak dilakukan";
    /// "`{what}` recorded"
    recorded(what) = "`{what}` recorded" / "`{what}` tercatat";
    /// "the date of `{event}` is not recorded"
    date_not_recorded(event) = "the date of `{event}` is not recorded" / "tanggal `{event}` tidak tercatat";
    /// "`{what}` has no date"
    has_no_date(what) = "`{what}` has no date" / "`{what}` tidak bertanggal";
    /// An action and how it is timed.
    timed(what, timings) = "`{what}` {timings}" / "`{what}` {timings}";
    /// Done on the right side of an event.
    recorded_relative(direction, event) = "recorded {direction} {event}" / "tercatat {direction} {event}";
    /// Not done on the right side of an event.
    not_relative(direction, event) = "is not {direction} {event}" / "tidak dilakukan {direction} {event}";
    /// A gap to an event against what is allowed.
    recorded_gap(gap, direction, event, allowed, unsure) = "recorded {gap} {direction} {event} (allowed: {allowed}){unsure}" / "tercatat {gap} {direction} {event} (yang dibolehkan: {allowed}){unsure}";
    }
);

crate::messages!(
    /// Explanations with values of the weights of a set of components.
    pub mod weights {
    /// "the weights `{set}` used are not recorded"
    weights_used_are_not_recorded(set) = "the weights `{set}` used are not recorded" / "bobot `{set}` yang dipakai tidak tercatat";
    /// "the case weighs components the policy does not set for `{set}`: {list}"
    case_weighs_components_policy_does(set, list) = "the case weighs components the policy does not set for `{set}`: {list}" / "kasus memberi bobot pada unsur yang tidak ditetapkan untuk `{set}`: {list}";
    /// "the weights recorded add up to {sum}% and {list} is not recorded"
    weights_recorded_add_up_not(sum, list) = "the weights recorded add up to {sum}% and {list} is not recorded" / "bobot yang tercatat berjumlah {sum}% dan {list} tidak tercatat";
    /// "the weights of `{set}` add up to 100%"
    weights_add_up(set) = "the weights of `{set}` add up to 100%" / "bobot `{set}` berjumlah 100%";
    /// "the weights of `{set}` add up to {sum}%, not 100%"
    weights_add_up_not(set, sum) = "the weights of `{set}` add up to {sum}%, not 100%" / "bobot `{set}` berjumlah {sum}%, bukan 100%";
    }
);

crate::texts!(
    /// The words `sebelum`, `setelah`, `sejak` in explanations.
    pub mod direction {
    /// sebelum
    SEBELUM = "before" / "sebelum";
    /// setelah
    SETELAH = "after" / "setelah";
    /// sejak
    SEJAK = "since" / "sejak";
    }
);
