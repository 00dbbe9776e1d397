//! Rules, scopes, citations and expressions, each printed on one line in
//! canonical order (`MODALITY BODY scope dasar … jika … kecuali …`).
//!
//! Only what the syntax tree holds is printed; parentheses are written where
//! the tree needs them to parse back to the same shape.

use crate::ast::*;

/// Prints one rule (without a leading `=>`). `src` is the file the rule was
/// parsed from: numbers are written with the digits the author wrote.
pub fn rule(r: &Rule, src: &str) -> String {
    let mut w = Words::default();
    if let Some(m) = &r.modality {
        w.push(match m.value {
            Modality::Wajib => "wajib",
            Modality::Dapat => "dapat",
            Modality::Dilarang => "dilarang",
        });
    } else if matches!(r.body, RuleBody::Action(_)) {
        w.push("wajib");
    }
    body(&mut w, &r.body, src);
    if let Some(s) = &r.scope {
        w.push(&scope(s));
    }
    if let Some(c) = &r.basis {
        w.push("dasar");
        w.push(&citation(c));
    }
    if let Some(e) = &r.condition {
        w.push("jika");
        w.push(&expr(e, src));
    }
    if let Some(e) = &r.exception {
        w.push("kecuali");
        w.push(&expr(e, src));
    }
    w.0
}

/// Words joined by single spaces.
#[derive(Default)]
struct Words(String);

impl Words {
    fn push(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        self.0.push_str(s);
    }
    fn idents(&mut self, ids: &[Ident], sep: &str) {
        self.push(&join(ids, sep));
    }
}

fn join(ids: &[Ident], sep: &str) -> String {
    ids.iter()
        .map(|i| i.value.as_str())
        .collect::<Vec<_>>()
        .join(sep)
}

fn body(w: &mut Words, b: &RuleBody, src: &str) {
    match b {
        RuleBody::Eligibility(e) => {
            w.push("syarat");
            w.push(&expr(e, src));
        }
        RuleBody::Panel(name, c) => {
            w.push("pansel");
            w.push(&name.value);
            panel(w, c, src);
        }
        RuleBody::Window {
            event,
            bound: b,
            direction,
            anchor,
        } => {
            w.push("waktu");
            w.push(&event.value);
            w.push(&bound(b, src));
            w.push(direction_word(direction.value));
            w.push(&anchor.value);
        }
        RuleBody::Extension {
            subject,
            times,
            each,
        } => {
            w.push("perpanjangan");
            w.push(&subject.value);
            w.push(&bound(times, src));
            w.push("kali");
            if let Some(q) = each {
                w.push("masing-masing");
                w.push(&quantity(q, src));
            }
        }
        RuleBody::Weight {
            set,
            component,
            bounds: bs,
        } => {
            w.push("bobot");
            w.push(&set.value);
            w.push(&component.value);
            w.push(&weight_bounds(bs, src));
        }
        RuleBody::Count {
            subject,
            bounds: bs,
            per,
        } => {
            w.push("jumlah");
            w.push(&subject.value);
            w.push(&bounds(bs, src));
            if let Some(p) = per {
                w.push("per");
                w.push(&p.value);
            }
        }
        RuleBody::Duration {
            subject,
            bounds: bs,
        } => {
            w.push("durasi");
            w.push(&subject.value);
            w.push(&bounds(bs, src));
        }
        RuleBody::List { name, kind, items } => {
            w.push("daftar");
            w.push(&name.value);
            let k = match kind.value {
                ListKind::Lengkap => "lengkap",
                ListKind::Terbuka => "terbuka",
                ListKind::Berurutan => "berurutan",
                ListKind::Pilihan => "pilihan",
            };
            if items.is_empty() {
                w.push(k);
            } else {
                w.push(&format!("{k}:"));
                w.idents(items, ", ");
            }
        }
        RuleBody::ListItem { key, list } => {
            w.push("butir");
            w.push(&key.value);
            if let Some(l) = list {
                w.push("dari");
                w.push(&l.value);
            }
        }
        RuleBody::PostClass { key, eselons } => {
            w.push("jabatan");
            w.push(&key.value);
            if !eselons.is_empty() {
                w.push("eselon");
                w.idents(eselons, ", ");
            }
        }
        RuleBody::Fact(k) => {
            w.push("fakta");
            w.push(&k.value);
        }
        RuleBody::Term(k) => {
            w.push("istilah");
            w.push(&k.value);
        }
        RuleBody::Action(a) => {
            w.push(&a.action.value);
            if !a.actors.is_empty() {
                w.push("oleh");
                w.idents(&a.actors, "|");
            }
            if let Some((word, x)) = &a.party {
                w.push(&word.value);
                w.push(&x.value);
            }
            if !a.channels.is_empty() {
                w.push("melalui");
                w.idents(&a.channels, "|");
            }
            for t in &a.timings {
                if !t.bounds.is_empty() {
                    w.push(&bounds(&t.bounds, src));
                }
                w.push(direction_word(t.direction.value));
                w.push(&t.event.value);
            }
        }
    }
}

fn panel(w: &mut Words, c: &PanelConstraint, src: &str) {
    match c {
        PanelConstraint::Size { odd, bounds: bs } => {
            w.push("jumlah");
            if *odd {
                w.push("ganjil");
            }
            w.push(&bounds(bs, src));
        }
        PanelConstraint::Share {
            who,
            bounds: bs,
            base,
        } => {
            w.push("porsi");
            w.push(&who.value);
            w.push(&bounds(bs, src));
            if let Some(b) = base {
                w.push("dari");
                w.push(&b.value);
            }
        }
        PanelConstraint::Members { who, bounds: bs } => {
            w.push("anggota");
            w.idents(who, "|");
            w.push(&bounds(bs, src));
        }
        PanelConstraint::Role { role, holders } => {
            w.push("peran");
            w.push(&role.value);
            w.push("oleh");
            w.idents(holders, "|");
        }
        PanelConstraint::Elements(es) => {
            w.push("unsur");
            w.idents(es, ", ");
        }
        PanelConstraint::Standing { who, bound: b } => {
            w.push("kedudukan");
            w.push(&who.value);
            w.push(&bound(b, src));
        }
    }
}

fn direction_word(d: Direction) -> &'static str {
    d.word()
}

/// `untuk a, b eselon II.a melalui x, y` or `melalui x`.
pub fn scope(s: &Scope) -> String {
    let mut w = Words::default();
    if !s.levels.is_empty() {
        w.push("untuk");
        w.idents(&s.levels, ", ");
        if !s.eselons.is_empty() {
            w.push("eselon");
            w.idents(&s.eselons, ", ");
        }
    }
    if !s.mechanisms.is_empty() {
        w.push("melalui");
        w.idents(&s.mechanisms, ", ");
    }
    w.0
}

/// `Pasal 16 ayat (1) huruf a`, or a relative `ayat (3)`.
pub fn citation(c: &Citation) -> String {
    let mut w = Words::default();
    if let Some(p) = &c.pasal {
        w.push("Pasal");
        w.push(p);
    }
    for (kind, n) in &c.parts {
        w.push(&part(*kind, n));
    }
    w.0
}

/// `ayat (n)`, `huruf x`, `angka n` (or `pasal N`, for clause heads).
pub fn part(kind: ClauseKind, n: &str) -> String {
    match kind {
        ClauseKind::Pasal => format!("pasal {n}"),
        ClauseKind::Ayat => format!("ayat ({n})"),
        ClauseKind::Huruf => format!("huruf {n}"),
        ClauseKind::Angka => format!("angka {n}"),
    }
}

/// Bounds one after the other.
fn bounds(bs: &[Bound], src: &str) -> String {
    bs.iter()
        .map(|b| bound(b, src))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A weight band: `15% sampai dengan 20%` when written so (the parser gives
/// such a range two bounds that share the range's span), else bounds.
fn weight_bounds(bs: &[Bound], src: &str) -> String {
    if let [lo, hi] = bs {
        if lo.cmp.span == hi.cmp.span
            && lo.cmp.value == Comparator::PalingSedikit
            && hi.cmp.value == Comparator::PalingBanyak
        {
            if let (Value::Quantity(a), Value::Quantity(b)) = (&lo.value, &hi.value) {
                return format!("{} sampai dengan {}", quantity(a, src), quantity(b, src));
            }
        }
    }
    bounds(bs, src)
}

fn bound(b: &Bound, src: &str) -> String {
    format!("{} {}", b.cmp.value.phrase(), value(&b.value, src))
}

fn value(v: &Value, src: &str) -> String {
    match v {
        Value::Education(es) => join(es, "|"),
        Value::Golongan(g) | Value::Eselon(g) | Value::Ident(g) => g.value.clone(),
        Value::Quantity(q) => quantity(q, src),
    }
}

/// A number with its unit: `15 hari kalender`, `45%`.
fn quantity(q: &Quantity, src: &str) -> String {
    let n = number(q, src);
    match q.unit {
        None => n,
        Some(QuantityUnit::Percent) => format!("{n}%"),
        Some(u) => format!(
            "{n} {}",
            match u {
                QuantityUnit::CalendarDays => "hari kalender",
                QuantityUnit::WorkingDays => "hari kerja",
                QuantityUnit::Days => "hari",
                QuantityUnit::Years => "tahun",
                QuantityUnit::Months => "bulan",
                _ => "orang",
            }
        ),
    }
}

/// The digits as written, when they read back as the same number; else the
/// number printed.
fn number(q: &Quantity, src: &str) -> String {
    let rest = src.get(q.span.start..).unwrap_or("");
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let written = rest.get(..len).unwrap_or("");
    match written.parse::<f64>() {
        Ok(x) if x == q.number || (x.is_nan() && q.number.is_nan()) => written.to_string(),
        _ => format!("{}", q.number),
    }
}

/// An expression, with parentheses where the tree needs them.
pub fn expr(e: &Expr, src: &str) -> String {
    match e {
        Expr::Or(parts, _) => parts
            .iter()
            .map(|p| match p {
                Expr::Or(..) => format!("({})", expr(p, src)),
                _ => expr(p, src),
            })
            .collect::<Vec<_>>()
            .join(" atau "),
        Expr::And(parts, _) => parts
            .iter()
            .map(|p| match p {
                Expr::Or(..) | Expr::And(..) => format!("({})", expr(p, src)),
                _ => expr(p, src),
            })
            .collect::<Vec<_>>()
            .join(" dan "),
        Expr::Not(inner, _) => match inner.as_ref() {
            Expr::Or(..) | Expr::And(..) | Expr::Not(..) => {
                format!("tidak ({})", expr(inner, src))
            }
            _ => format!("tidak {}", expr(inner, src)),
        },
        Expr::Fact(f) => fact(f),
        Expr::Compare(c) => {
            let mut w = Words::default();
            w.push(&fact(&c.fact));
            w.push(&bounds(&c.bounds, src));
            if !c.equals.is_empty() {
                w.push("adalah");
                w.idents(&c.equals, "|");
            }
            if let Some(at) = &c.at {
                w.push("pada");
                w.push(&at.value);
            }
            if let Some(q) = &c.lookback {
                w.push("selama");
                w.push(&quantity(q, src));
                w.push("terakhir");
            }
            w.0
        }
    }
}

fn fact(f: &FactRef) -> String {
    if f.args.is_empty() {
        f.name.value.clone()
    } else {
        format!("{}({})", f.name.value, join(&f.args, "|"))
    }
}
