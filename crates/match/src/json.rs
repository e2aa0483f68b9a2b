//! Instance v1 deserialisation (borrowing ids from the input where possible) and the small JSON
//! writer used for results.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use crate::instance::{GroupRec, PlacementRec, StudentRec};

/// An id string, borrowed from the input unless it contains escapes.
pub(crate) struct Id<'a>(Cow<'a, str>);

impl AsRef<str> for Id<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

struct IdVisitor<'a>(std::marker::PhantomData<&'a str>);

impl<'de: 'a, 'a> Visitor<'de> for IdVisitor<'a> {
    type Value = Id<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an id string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Id(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Id(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Id(Cow::Owned(v)))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Id<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(IdVisitor(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonInstance<'a> {
    #[serde(borrow)]
    pub placements: Vec<JsonPlacement<'a>>,
    #[serde(borrow)]
    pub students: Vec<JsonStudent<'a>>,
    #[serde(borrow, default)]
    pub groups: Option<Vec<JsonGroup<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonPlacement<'a> {
    #[serde(borrow)]
    id: Id<'a>,
    capacity: i64,
    #[serde(borrow)]
    ranking: Vec<Id<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonStudent<'a> {
    #[serde(borrow)]
    id: Id<'a>,
    #[serde(borrow)]
    preferences: Vec<Id<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonGroup<'a> {
    #[serde(borrow)]
    id: Id<'a>,
    #[serde(borrow)]
    members: Vec<Id<'a>>,
}

impl<'a> PlacementRec for JsonPlacement<'a> {
    type S = Id<'a>;
    fn id(&self) -> &str {
        self.id.as_ref()
    }
    fn capacity(&self) -> i64 {
        self.capacity
    }
    fn ranking(&self) -> &[Id<'a>] {
        &self.ranking
    }
}

impl<'a> StudentRec for JsonStudent<'a> {
    type S = Id<'a>;
    fn id(&self) -> &str {
        self.id.as_ref()
    }
    fn preferences(&self) -> &[Id<'a>] {
        &self.preferences
    }
}

impl<'a> GroupRec for JsonGroup<'a> {
    type S = Id<'a>;
    fn id(&self) -> &str {
        self.id.as_ref()
    }
    fn members(&self) -> &[Id<'a>] {
        &self.members
    }
}

/// Appends `s` as a JSON string literal (quotes included), escaping as RFC 8259 requires.
pub(crate) fn push_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[(b >> 4) as usize]);
            out.push(HEX[(b & 0xf) as usize]);
        } else {
            out.extend_from_slice(esc);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::push_str;

    #[test]
    fn escapes_round_trip_through_serde_json() {
        for s in ["plain", "quote\"back\\slash", "ctl\u{1}\n\t\r", "ünï€😀", ""] {
            let mut out = Vec::new();
            push_str(&mut out, s);
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
    }
}
