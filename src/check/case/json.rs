//! Reading a case (or an examples file) as JSON, strictly: an error names the
//! field's path, line and column; text after the JSON value is refused; a key
//! written twice in one object is refused (serde would keep the last one and
//! silently drop the first).

use super::CaseError;
use serde::de::{DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;

/// Parses JSON text into a `T`, reporting the field path and line of an error.
pub fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, CaseError> {
    no_duplicate_keys(text)?;
    let de = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        error(path, e.into_inner())
    })?;
    de.end()
        .map_err(|e| error(".".into(), e))
        .map_err(|mut e| {
            e.message = "text after the end of the JSON document".into();
            e
        })?;
    Ok(value)
}

fn error(path: String, inner: serde_json::Error) -> CaseError {
    CaseError {
        path: if path == "." || path.is_empty() {
            "(root)".into()
        } else {
            path
        },
        line: inner.line(),
        column: inner.column(),
        message: without_position(&inner.to_string()).to_string(),
    }
}

/// serde_json ends its message with ` at line L column C`; cut that from the
/// end only (the message itself may quote a value that says " at line ").
fn without_position(m: &str) -> &str {
    match m.rsplit_once(" at line ") {
        Some((head, tail))
            if tail
                .split_once(" column ")
                .is_some_and(|(l, c)| l.parse::<u64>().is_ok() && c.parse::<u64>().is_ok()) =>
        {
            head
        }
        _ => m,
    }
}

/// Walks the whole document once and refuses an object with a key written twice.
fn no_duplicate_keys(text: &str) -> Result<(), CaseError> {
    let path = RefCell::new(Vec::new());
    let de = &mut serde_json::Deserializer::from_str(text);
    match (Walk { path: &path }).deserialize(de) {
        Ok(()) => Ok(()),
        // A syntax error is reported by the typed parse, with its field path.
        Err(e) if !e.to_string().starts_with(DUPLICATE) => Ok(()),
        Err(e) => Err(error(path.borrow().concat(), e)),
    }
}

const DUPLICATE: &str = "the key";

/// The path so far, as `serde_path_to_error` writes it (`candidates[0].facts`).
struct Walk<'a> {
    path: &'a RefCell<Vec<String>>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let step = if self.path.borrow().is_empty() {
                key.clone()
            } else {
                format!(".{key}")
            };
            if !seen.insert(key.clone()) {
                self.path.borrow_mut().push(step);
                return Err(A::Error::custom(format!(
                    "{DUPLICATE} `{key}` is written twice in this object (only one value can count)"
                )));
            }
            self.path.borrow_mut().push(step);
            map.next_value_seed(Walk { path: self.path })?;
            self.path.borrow_mut().pop();
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        loop {
            self.path.borrow_mut().push(format!("[{i}]"));
            let more = seq.next_element_seed(Walk { path: self.path })?;
            self.path.borrow_mut().pop();
            if more.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_bool<E: Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E: Error>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    type Doc = BTreeMap<String, serde_json::Value>;

    #[test]
    fn a_key_written_twice_is_refused_with_its_path_and_line() {
        let text = "{\n \"a\": {\"x\": [ {\"k\": 1,\n \"k\": 2} ]}\n}";
        let e = parse_json::<Doc>(text).unwrap_err();
        assert_eq!(e.path, "a.x[0].k");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("`k` is written twice"), "{}", e.message);
        assert!(parse_json::<Doc>("{\"a\": 1, \"b\": {\"a\": 2}}").is_ok());
    }

    #[test]
    fn text_after_the_document_is_refused() {
        let e = parse_json::<Doc>("{\"a\": 1}\n{\"a\": 2}\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("after the end"), "{}", e.message);
        assert!(parse_json::<Doc>("{\"a\": 1}\n\n  ").is_ok());
    }
}
