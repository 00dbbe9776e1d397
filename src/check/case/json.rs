//! Reading a case (or an examples file) as JSON, strictly: an error names the
//! field's path, line and column; text after the JSON value is refused; a key
//! written twice in one object is refused (serde would keep the last one and
//! silently drop the first); an array where an object is expected is refused
//! (serde would read `[…]` as the object's fields in order, so
//! `"vacancy": ["Kepala Dinas", …]` would pass without a single name).

use super::CaseError;
use crate::messages::{case as words, Message};
use serde::de::{DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;

/// Parses JSON text into a `T`, reporting the field path and line of an error.
pub fn parse_json<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    text: &str,
) -> Result<T, CaseError> {
    no_duplicate_keys(text)?;
    objects_not_arrays::<T>(text)?;
    let de = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        error(path, e.into_inner())
    })?;
    de.end()
        .map_err(|e| error(".".into(), e))
        .map_err(|mut e| {
            e.message = words::text::TEXT_AFTER_END.into();
            e
        })?;
    Ok(value)
}

/// Refuses the first array written where the type of `T` (its JSON Schema,
/// the one `pasal schema` prints) expects only an object, before serde reads
/// it: serde would take `[…]` as the object's fields in order, silently when
/// they fit, with a misleading message when they do not.
fn objects_not_arrays<T: schemars::JsonSchema>(text: &str) -> Result<(), CaseError> {
    let (Ok(written), Ok(schema)) = (
        serde_json::from_str::<serde_json::Value>(text),
        serde_json::to_value(schemars::schema_for!(T)),
    ) else {
        return Ok(());
    };
    let shape = Shape { root: &schema };
    let Some(target) = shape.array_for_object(&written, &schema, "") else {
        return Ok(());
    };
    let path = RefCell::new(Vec::new());
    let de = &mut serde_json::Deserializer::from_str(text);
    let walk = Walk {
        path: &path,
        array_at: Some(&target),
    };
    match walk.deserialize(de) {
        Err(e) if e.to_string().starts_with(words::text::NOT_AN_OBJECT.en) => Err(error(target, e)),
        // Not found again (cannot happen): the path alone still says where.
        _ => Err(CaseError {
            path: if target.is_empty() {
                "(root)".into()
            } else {
                target
            },
            line: 0,
            column: 0,
            message: words::text::NOT_AN_OBJECT.into(),
        }),
    }
}

/// A JSON Schema as schemars writes it (`$ref` into `definitions`, `anyOf`
/// for an `Option`), read only as far as where objects are expected.
struct Shape<'a> {
    root: &'a serde_json::Value,
}

impl<'a> Shape<'a> {
    fn resolve(&self, node: &'a serde_json::Value) -> &'a serde_json::Value {
        let mut node = node;
        for _ in 0..32 {
            let Some(name) = node
                .get("$ref")
                .and_then(|r| r.as_str())
                .and_then(|r| r.strip_prefix("#/definitions/"))
            else {
                break;
            };
            match self.root.get("definitions").and_then(|d| d.get(name)) {
                Some(n) => node = n,
                None => break,
            }
        }
        node
    }

    fn alternatives(&self, node: &'a serde_json::Value) -> Vec<&'a serde_json::Value> {
        ["anyOf", "oneOf", "allOf"]
            .iter()
            .filter_map(|k| node.get(*k).and_then(|v| v.as_array()))
            .flatten()
            .collect()
    }

    /// True when only an object (or null) may be written here.
    fn object_only(&self, node: &'a serde_json::Value) -> bool {
        let node = self.resolve(node);
        if let Some(t) = node.get("type") {
            let types: Vec<&str> = match t {
                serde_json::Value::String(s) => vec![s.as_str()],
                serde_json::Value::Array(a) => a.iter().filter_map(|v| v.as_str()).collect(),
                _ => Vec::new(),
            };
            return types.contains(&"object") && !types.contains(&"array");
        }
        let alternatives: Vec<_> = self
            .alternatives(node)
            .into_iter()
            .filter(|a| self.resolve(a).get("type").and_then(|t| t.as_str()) != Some("null"))
            .collect();
        if !alternatives.is_empty() {
            return alternatives.iter().all(|a| self.object_only(a));
        }
        node.get("properties").is_some()
    }

    fn child(&self, node: &'a serde_json::Value, key: &str) -> Option<&'a serde_json::Value> {
        let node = self.resolve(node);
        if let Some(c) = node.get("properties").and_then(|p| p.get(key)) {
            return Some(c);
        }
        if let Some(c) = self
            .alternatives(node)
            .into_iter()
            .find_map(|a| self.child(a, key))
        {
            return Some(c);
        }
        node.get("additionalProperties").filter(|a| a.is_object())
    }

    fn item(&self, node: &'a serde_json::Value) -> Option<&'a serde_json::Value> {
        let node = self.resolve(node);
        if let Some(i) = node.get("items").filter(|i| i.is_object()) {
            return Some(i);
        }
        self.alternatives(node)
            .into_iter()
            .find_map(|a| self.item(a))
    }

    /// The path (as `serde_path_to_error` writes it) of the first array in
    /// `written` where `node` expects only an object.
    fn array_for_object(
        &self,
        written: &serde_json::Value,
        node: &'a serde_json::Value,
        path: &str,
    ) -> Option<String> {
        use serde_json::Value;
        match written {
            Value::Array(items) => {
                if self.object_only(node) {
                    return Some(path.to_string());
                }
                let item = self.item(node)?;
                items
                    .iter()
                    .enumerate()
                    .find_map(|(i, v)| self.array_for_object(v, item, &format!("{path}[{i}]")))
            }
            Value::Object(fields) => fields.iter().find_map(|(k, v)| {
                let step = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                self.child(node, k)
                    .and_then(|c| self.array_for_object(v, c, &step))
            }),
            _ => None,
        }
    }
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
        message: ours(without_position(&inner.to_string())),
    }
}

/// The words of an error in both languages: those pasal itself raises inside
/// serde (a key written twice, an array for an object, a value that is not a
/// date) from the catalogue, the rest serde_json's own English within an
/// Indonesian sentence.
fn ours(detail: &str) -> Message {
    if detail.starts_with(words::text::NOT_AN_OBJECT.en) {
        return words::text::NOT_AN_OBJECT.into();
    }
    let duplicate = detail
        .strip_prefix(DUPLICATE)
        .and_then(|rest| rest.strip_prefix(" `"))
        .and_then(|rest| rest.strip_suffix(TWICE));
    if let Some(key) = duplicate {
        return words::msg::duplicate_key(key);
    }
    if let Some(value) = detail.strip_suffix(NOT_A_DATE) {
        return words::msg::not_a_date(value);
    }
    words::msg::json(detail)
}

/// How a duplicate key's message ends (after its key).
const TWICE: &str = "` is written twice in this object (only one value can count)";

/// How the message of a value that is not a date ends (after the value).
const NOT_A_DATE: &str = " is not a date (YYYY-MM-DD)";

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
    let walk = Walk {
        path: &path,
        array_at: None,
    };
    match walk.deserialize(de) {
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
    /// Stop with an error at the array at this path (to learn its line).
    array_at: Option<&'a str>,
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
                return Err(A::Error::custom(words::msg::duplicate_key(&key).en));
            }
            self.path.borrow_mut().push(step);
            map.next_value_seed(Walk {
                path: self.path,
                array_at: self.array_at,
            })?;
            self.path.borrow_mut().pop();
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.array_at == Some(self.path.borrow().concat().as_str()) {
            return Err(A::Error::custom(words::text::NOT_AN_OBJECT.en));
        }
        let mut i = 0usize;
        loop {
            self.path.borrow_mut().push(format!("[{i}]"));
            let more = seq.next_element_seed(Walk {
                path: self.path,
                array_at: self.array_at,
            })?;
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
        assert!(
            e.message.en.contains("`k` is written twice"),
            "{}",
            e.message.en
        );
        assert!(parse_json::<Doc>("{\"a\": 1, \"b\": {\"a\": 2}}").is_ok());
    }

    #[test]
    fn text_after_the_document_is_refused() {
        let e = parse_json::<Doc>("{\"a\": 1}\n{\"a\": 2}\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.en.contains("after the end"), "{}", e.message.en);
        assert!(parse_json::<Doc>("{\"a\": 1}\n\n  ").is_ok());
    }
}
