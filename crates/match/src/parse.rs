//! A single-pass parser for matching instance v1 JSON.
//!
//! It reads exactly the instance v1 shape (strict JSON: RFC 8259 strings, escapes and
//! numbers; unknown, duplicate and missing fields are errors) and records every id as a span
//! of the input, or of a side buffer for the rare ids with escapes, in flat arrays: no
//! allocation per list and no copy per id. Errors carry the line and column of the offending
//! byte.

use crate::error::InstanceError;
use crate::input::Source;

/// An id: bytes `start..start+len` of the input, or of the decoded buffer when `len` has its
/// top bit set.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    start: u32,
    len: u32,
}

const DECODED: u32 = 1 << 31;

pub(crate) struct Parsed<'a> {
    text: &'a str,
    decoded: String,
    p_id: Vec<Span>,
    p_cap: Vec<i64>,
    p_off: Vec<u32>,
    rank: Vec<Span>,
    s_id: Vec<Span>,
    s_off: Vec<u32>,
    pref: Vec<Span>,
    g_id: Vec<Span>,
    g_off: Vec<u32>,
    member: Vec<Span>,
}

impl<'a> Source for Parsed<'a> {
    type S = Span;

    fn text<'s>(&'s self, s: &'s Span) -> &'s str {
        let (buf, len) =
            if s.len & DECODED != 0 { (self.decoded.as_str(), s.len & !DECODED) } else { (self.text, s.len) };
        buf.get(s.start as usize..(s.start + len) as usize).unwrap_or("")
    }
    fn placement_count(&self) -> usize {
        self.p_id.len()
    }
    fn placement_id(&self, i: usize) -> &Span {
        &self.p_id[i]
    }
    fn capacity(&self, i: usize) -> i64 {
        self.p_cap[i]
    }
    fn ranking(&self, i: usize) -> &[Span] {
        &self.rank[self.p_off[i] as usize..self.p_off[i + 1] as usize]
    }
    fn student_count(&self) -> usize {
        self.s_id.len()
    }
    fn student_id(&self, i: usize) -> &Span {
        &self.s_id[i]
    }
    fn preferences(&self, i: usize) -> &[Span] {
        &self.pref[self.s_off[i] as usize..self.s_off[i + 1] as usize]
    }
    fn group_count(&self) -> usize {
        self.g_id.len()
    }
    fn group_id(&self, i: usize) -> &Span {
        &self.g_id[i]
    }
    fn members(&self, i: usize) -> &[Span] {
        &self.member[self.g_off[i] as usize..self.g_off[i + 1] as usize]
    }
}

type Result<T> = std::result::Result<T, InstanceError>;

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
    decoded: String,
}

/// Parses instance v1. The input must be valid UTF-8 (checked up front, as JSON requires).
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed<'_>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let p = Parser { b: bytes, i: e.valid_up_to(), decoded: String::new() };
            return Err(p.error("invalid UTF-8"));
        }
    };
    if u32::try_from(bytes.len()).map_or(true, |n| n >= DECODED) {
        return Err(InstanceError::TooLarge { what: "bytes of JSON", limit: u64::from(DECODED - 1) });
    }
    // A UTF-8 byte order mark is ignored (RFC 8259 allows it).
    let start = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let mut p = Parser { b: bytes, i: start, decoded: String::new() };
    // A rough size guess: one list entry per ~8 bytes.
    let guess = bytes.len() / 16;
    let mut out = Parsed {
        text,
        decoded: String::new(),
        p_id: Vec::new(),
        p_cap: Vec::new(),
        p_off: vec![0],
        rank: Vec::with_capacity(guess),
        s_id: Vec::new(),
        s_off: vec![0],
        pref: Vec::with_capacity(guess),
        g_id: Vec::new(),
        g_off: vec![0],
        member: Vec::new(),
    };
    let mut seen = [false; 3];
    p.object(|p, key| {
        let k = match key {
            b"placements" => 0,
            b"students" => 1,
            b"groups" => 2,
            _ => return Err(p.unknown_field(key, "`placements`, `students` or `groups`")),
        };
        if std::mem::replace(&mut seen[k], true) {
            return Err(p.duplicate_field(key));
        }
        match k {
            0 => p.array(|p| p.placement(&mut out)),
            1 => p.array(|p| p.student(&mut out)),
            _ => {
                if p.peek() == Some(b'n') {
                    p.literal(b"null")
                } else {
                    p.array(|p| p.group(&mut out))
                }
            }
        }
    })?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.error("trailing characters"));
    }
    for (k, name) in ["placements", "students"].iter().enumerate() {
        if !seen[k] {
            return Err(p.error(&format!("missing field `{name}`")));
        }
    }
    out.decoded = p.decoded;
    Ok(out)
}

impl<'a> Parser<'a> {
    fn error(&self, msg: &str) -> InstanceError {
        let upto = &self.b[..self.i.min(self.b.len())];
        let line = 1 + upto.iter().filter(|&&c| c == b'\n').count();
        let line_start = upto.iter().rposition(|&c| c == b'\n').map_or(0, |k| k + 1);
        // Columns count characters, not bytes.
        let column = 1 + upto[line_start..].iter().filter(|&&c| (c & 0xC0) != 0x80).count();
        InstanceError::Json { message: msg.to_owned(), line, column }
    }

    fn unknown_field(&self, key: &[u8], expected: &str) -> InstanceError {
        let key = String::from_utf8_lossy(key);
        self.error(&format!("unknown field `{key}`, expected {expected}"))
    }

    fn duplicate_field(&self, key: &[u8]) -> InstanceError {
        let key = String::from_utf8_lossy(key);
        self.error(&format!("duplicate field `{key}`"))
    }

    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.i).copied()
    }

    fn expect(&mut self, c: u8, what: &str) -> Result<()> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else if self.i >= self.b.len() {
            Err(self.error("unexpected end of input"))
        } else {
            Err(self.error(&format!("expected {what}")))
        }
    }

    fn literal(&mut self, word: &[u8]) -> Result<()> {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.error("expected a list or null"))
        }
    }

    /// `{ "key": value, … }`, calling `field` with each key, positioned at its value.
    fn object(&mut self, mut field: impl FnMut(&mut Self, &[u8]) -> Result<()>) -> Result<()> {
        self.expect(b'{', "an object")?;
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a field name"));
            }
            let key = self.string()?;
            let b = self.b;
            let key_text: Vec<u8>;
            let key_bytes: &[u8] = if key.len & DECODED != 0 {
                let len = (key.len & !DECODED) as usize;
                key_text = self.decoded.as_bytes()[key.start as usize..][..len].to_vec();
                &key_text
            } else {
                &b[key.start as usize..(key.start + key.len) as usize]
            };
            self.expect(b':', "`:`")?;
            field(self, key_bytes)?;
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(());
                }
                None => return Err(self.error("unexpected end of input")),
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// `[ item, … ]`.
    fn array(&mut self, mut item: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.expect(b'[', "a list")?;
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                None => return Err(self.error("unexpected end of input")),
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn id(&mut self) -> Result<Span> {
        if self.peek() != Some(b'"') {
            return Err(self.error("expected an id string"));
        }
        self.string()
    }

    fn ids(&mut self, into: &mut Vec<Span>) -> Result<()> {
        self.array(|p| {
            let s = p.id()?;
            into.push(s);
            Ok(())
        })
    }

    /// A string at the current position (the opening quote).
    fn string(&mut self) -> Result<Span> {
        self.i += 1;
        let start = self.i;
        let b = self.b;
        let mut j = start;
        while j < b.len() {
            match b[j] {
                b'"' => {
                    self.i = j + 1;
                    return Ok(Span { start: start as u32, len: (j - start) as u32 });
                }
                b'\\' => return self.escaped_string(start, j),
                0..=0x1f => {
                    self.i = j;
                    return Err(self.error("control character in string"));
                }
                _ => j += 1,
            }
        }
        self.i = j;
        Err(self.error("unterminated string"))
    }

    /// Slow path: decodes a string with escapes into the side buffer.
    fn escaped_string(&mut self, start: usize, first_escape: usize) -> Result<Span> {
        let out_start = self.decoded.len();
        let b = self.b;
        // The bytes before the first escape are valid UTF-8: the whole input is.
        self.decoded.push_str(std::str::from_utf8(&b[start..first_escape]).unwrap_or(""));
        let mut j = first_escape;
        loop {
            let Some(&c) = b.get(j) else {
                self.i = j;
                return Err(self.error("unterminated string"));
            };
            match c {
                b'"' => {
                    self.i = j + 1;
                    let len = self.decoded.len() - out_start;
                    return Ok(Span { start: out_start as u32, len: len as u32 | DECODED });
                }
                b'\\' => {
                    let Some(&e) = b.get(j + 1) else {
                        self.i = j + 1;
                        return Err(self.error("unterminated string"));
                    };
                    j += 2;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.i = j;
                            let hi = self.hex4()?;
                            j += 4;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if b.get(j) != Some(&b'\\') || b.get(j + 1) != Some(&b'u') {
                                    self.i = j;
                                    return Err(self.error("lone leading surrogate in hex escape"));
                                }
                                self.i = j + 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("invalid surrogate pair in hex escape"));
                                }
                                j += 6;
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            match char::from_u32(code) {
                                Some(ch) => ch,
                                None => {
                                    return Err(self.error("lone trailing surrogate in hex escape"));
                                }
                            }
                        }
                        _ => {
                            self.i = j - 1;
                            return Err(self.error("invalid escape"));
                        }
                    };
                    self.decoded.push(ch);
                }
                0..=0x1f => {
                    self.i = j;
                    return Err(self.error("control character in string"));
                }
                _ => {
                    // Copy the run up to the next quote or backslash.
                    let run_end =
                        b[j..].iter().position(|&x| x == b'"' || x == b'\\' || x < 0x20).map_or(b.len(), |k| j + k);
                    self.decoded.push_str(std::str::from_utf8(&b[j..run_end]).unwrap_or(""));
                    j = run_end;
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32> {
        let mut v = 0u32;
        for k in 0..4 {
            let d = match self.b.get(self.i + k) {
                Some(&c @ b'0'..=b'9') => c - b'0',
                Some(&c @ b'a'..=b'f') => c - b'a' + 10,
                Some(&c @ b'A'..=b'F') => c - b'A' + 10,
                _ => {
                    self.i += k;
                    return Err(self.error("invalid hex escape"));
                }
            };
            v = v * 16 + u32::from(d);
        }
        Ok(v)
    }

    /// A JSON number that must be an integer in `i64`.
    fn integer(&mut self, what: &str) -> Result<i64> {
        self.ws();
        let start = self.i;
        let b = self.b;
        let mut j = start;
        let negative = b.get(j) == Some(&b'-');
        if negative {
            j += 1;
        }
        let digits_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let digits = &b[digits_start..j];
        let is_number_char = |c: &u8| matches!(c, b'.' | b'e' | b'E' | b'+' | b'-');
        if digits.is_empty() {
            return Err(self.error(&format!("expected an integer {what}")));
        }
        if digits.len() > 1 && digits[0] == b'0' {
            return Err(self.error("invalid number: leading zero"));
        }
        if b.get(j).is_some_and(is_number_char) {
            return Err(self.error(&format!("{what} must be an integer")));
        }
        let mut v: i64 = 0;
        for &d in digits {
            v = match v.checked_mul(10).and_then(|v| v.checked_add(i64::from(d - b'0'))) {
                Some(v) => v,
                None => return Err(self.error(&format!("{what} out of range"))),
            };
        }
        self.i = j;
        Ok(if negative { -v } else { v })
    }

    fn placement(&mut self, out: &mut Parsed<'_>) -> Result<()> {
        let (mut id, mut cap, mut ranking) = (None, None, false);
        self.object(|p, key| {
            match key {
                b"id" if id.is_none() => id = Some(p.id()?),
                b"capacity" if cap.is_none() => cap = Some(p.integer("capacity")?),
                b"ranking" if !ranking => {
                    ranking = true;
                    p.ids(&mut out.rank)?;
                }
                b"id" | b"capacity" | b"ranking" => return Err(p.duplicate_field(key)),
                _ => return Err(p.unknown_field(key, "`id`, `capacity` or `ranking`")),
            }
            Ok(())
        })?;
        let (Some(id), Some(cap), true) = (id, cap, ranking) else {
            let missing = if id.is_none() {
                "id"
            } else if cap.is_none() {
                "capacity"
            } else {
                "ranking"
            };
            return Err(self.error(&format!("missing field `{missing}` in a placement")));
        };
        out.p_id.push(id);
        out.p_cap.push(cap);
        out.p_off.push(len32(out.rank.len(), self)?);
        Ok(())
    }

    fn student(&mut self, out: &mut Parsed<'_>) -> Result<()> {
        let (mut id, mut prefs) = (None, false);
        self.object(|p, key| {
            match key {
                b"id" if id.is_none() => id = Some(p.id()?),
                b"preferences" if !prefs => {
                    prefs = true;
                    p.ids(&mut out.pref)?;
                }
                b"id" | b"preferences" => return Err(p.duplicate_field(key)),
                _ => return Err(p.unknown_field(key, "`id` or `preferences`")),
            }
            Ok(())
        })?;
        let (Some(id), true) = (id, prefs) else {
            let missing = if id.is_none() { "id" } else { "preferences" };
            return Err(self.error(&format!("missing field `{missing}` in a student")));
        };
        out.s_id.push(id);
        out.s_off.push(len32(out.pref.len(), self)?);
        Ok(())
    }

    fn group(&mut self, out: &mut Parsed<'_>) -> Result<()> {
        let (mut id, mut members) = (None, false);
        self.object(|p, key| {
            match key {
                b"id" if id.is_none() => id = Some(p.id()?),
                b"members" if !members => {
                    members = true;
                    p.ids(&mut out.member)?;
                }
                b"id" | b"members" => return Err(p.duplicate_field(key)),
                _ => return Err(p.unknown_field(key, "`id` or `members`")),
            }
            Ok(())
        })?;
        let (Some(id), true) = (id, members) else {
            let missing = if id.is_none() { "id" } else { "members" };
            return Err(self.error(&format!("missing field `{missing}` in a group")));
        };
        out.g_id.push(id);
        out.g_off.push(len32(out.member.len(), self)?);
        Ok(())
    }
}

fn len32(n: usize, p: &Parser<'_>) -> Result<u32> {
    u32::try_from(n).map_err(|_| p.error("too many list entries"))
}
