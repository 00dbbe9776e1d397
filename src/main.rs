use pasal::syntax;
fn main() {
    for a in std::env::args().skip(1).filter(|a| a != "check") {
        let bytes = std::fs::read(&a).unwrap_or_default();
        let (file, mut f) = syntax::load(&a, &bytes);
        if let Some(file) = file {
            let (doc, f2) = syntax::parse(&file);
            f.extend(f2);
            println!("{} units", doc.units.len());
            if std::env::var("DUMP").is_ok() { println!("{:#?}", doc); }
        }
        print!("{}", pasal::report::human::render(&f, false));
    }
}
