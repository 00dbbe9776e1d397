//! `docs/codes.md`: every finding code on one page, one section per code
//! (anchor: the code in lower case, `#psl101`), generated from the catalogue
//! `pasal explain` reads. SARIF's `helpUri` points at a code's section when
//! the repository's address is known (Cargo.toml `repository`).

use crate::analysis::Lint;

/// The page's path in the repository.
pub const PATH: &str = "docs/codes.md";

/// The page: a table of every code, then a section per code with its
/// explanation in English and Indonesian and its examples.
pub fn markdown() -> String {
    let lints: Vec<&Lint> = crate::analysis::all_codes().collect();
    let mut out = String::from(
        "# Finding codes\n\n\
         Generated from the catalogue in `src/codes.rs` and the lint modules (the text\n\
         `pasal explain CODE` prints); `cargo test --test formats` checks that it is current,\n\
         and `PASAL_UPDATE_DOCS=1 cargo test --test formats` rewrites it.\n\n\
         | code | name | family | default severity |\n|---|---|---|---|\n",
    );
    for l in &lints {
        let c = l.code;
        out.push_str(&format!(
            "| [{c}](#{}) | {} | {} | {} |\n",
            anchor(c),
            c.name(),
            c.family(),
            crate::report::sarif::level(c.severity())
        ));
    }
    for l in &lints {
        let c = l.code;
        out.push_str(&format!(
            "\n## {c}\n\n`{}` · {} · {}\n\n",
            c.name(),
            c.family(),
            crate::report::sarif::level(c.severity())
        ));
        out.push_str(&format!("{}\n\n*{}*\n", l.explain.en, l.explain.id));
        if !l.help.en.is_empty() {
            out.push_str(&format!("\nHelp: {}.\n", l.help.en.trim_end_matches('.')));
        }
        for (title, example) in [("Bad", l.bad), ("Good", l.good)] {
            if !example.is_empty() {
                out.push_str(&format!("\n{title}:\n\n```\n{example}\n```\n"));
            }
        }
    }
    out
}

/// A code's anchor on the page: `PSL101` → `psl101`.
pub fn anchor(code: crate::codes::Code) -> String {
    code.as_str().to_lowercase()
}

/// The address of a code's section under a repository's web address (its
/// default branch), e.g. `https://host/owner/pasal` →
/// `https://host/owner/pasal/blob/HEAD/docs/codes.md#psl101`.
pub fn help_uri(repository: &str, code: crate::codes::Code) -> String {
    format!(
        "{}/blob/HEAD/{PATH}#{}",
        repository.trim_end_matches('/'),
        anchor(code)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;

    #[test]
    fn help_uri_is_the_code_section_under_the_repository() {
        assert_eq!(
            help_uri("https://example.org/pasal/", Code::ControlCharacter),
            "https://example.org/pasal/blob/HEAD/docs/codes.md#psl710"
        );
    }

    #[test]
    fn every_code_has_a_section() {
        let page = markdown();
        for c in Code::ALL {
            assert!(page.contains(&format!("\n## {c}\n")), "{c}");
            assert!(page.contains(&format!("](#{})", anchor(*c))), "{c}");
        }
    }
}
