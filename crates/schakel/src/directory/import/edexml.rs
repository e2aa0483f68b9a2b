//! EDEXML: the XML primary-school systems export, mapped to the same columns as a CSV.

use std::collections::HashMap;

use super::{FileError, Table};

/// EDEXML (the exchange format of primary-school administrations): `<leerling key="…">` with
/// `achternaam`, `voorvoegsel`, `roepnaam`, `geboortedatum`, `geslacht` (1 male, 2 female),
/// `postcode`, `jaargroep`, and `<groep key="…"/>` pointing into `<groepen>`. The leerling key
/// serves as the pupil number.
pub(super) fn read(source: &str) -> Result<Table, FileError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(source);
    reader.config_mut().trim_text(false);
    let header: Vec<String> = [
        "leerlingnummer",
        "roepnaam",
        "tussenvoegsel",
        "achternaam",
        "klas",
        "leerjaar",
        "geboortedatum",
        "geslacht",
        "postcode",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let mut groups: HashMap<String, String> = HashMap::new();
    let mut pupils: Vec<(usize, HashMap<String, String>)> = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut current: Option<HashMap<String, String>> = None;
    let mut group_key: Option<String> = None;
    let mut seen_root = false;
    let mut text = String::new();
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| FileError::Xml(e.to_string()))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_lowercase();
                let key = e
                    .try_get_attribute("key")
                    .ok()
                    .flatten()
                    .and_then(|a| a.decode_and_unescape_value(reader.decoder()).ok().map(|v| v.into_owned()));
                if path.is_empty() {
                    seen_root = name == "edex";
                    if !seen_root {
                        return Err(FileError::Xml("not an EDEXML file".into()));
                    }
                }
                match (path.last().map(String::as_str), name.as_str()) {
                    (Some("groepen"), "groep") => group_key = key,
                    (Some("leerlingen"), "leerling") => {
                        let mut m = HashMap::new();
                        m.insert("leerlingnummer".into(), key.unwrap_or_default());
                        current = Some(m);
                        pupils.push((line_of(source, pos), HashMap::new()));
                    }
                    (Some("leerling"), "groep") => {
                        if let (Some(m), Some(k)) = (current.as_mut(), key) {
                            m.insert("groep-key".into(), k);
                        }
                    }
                    _ => {}
                }
                if is_start {
                    path.push(name);
                    text.clear();
                }
            }
            Event::Text(t) => text.push_str(&t.decode().map_err(|e| FileError::Xml(e.to_string()))?),
            Event::CData(t) => text.push_str(&String::from_utf8_lossy(&t)),
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else {
                    let name = r.decode().map_err(|e| FileError::Xml(e.to_string()))?;
                    match quick_xml::escape::resolve_predefined_entity(&name) {
                        Some(s) => text.push_str(s),
                        None => return Err(FileError::Xml(format!("unknown entity &{name};"))),
                    }
                }
            }
            Event::End(_) => {
                let value = text.trim().to_string();
                text.clear();
                let n = path.len();
                if n >= 2 && path[n - 2] == "groep" && path[n - 1] == "naam" {
                    if let Some(k) = &group_key {
                        groups.insert(k.clone(), value);
                    }
                } else if n >= 2
                    && path[n - 2] == "leerling"
                    && let Some(m) = current.as_mut()
                {
                    m.insert(path[n - 1].clone(), value);
                }
                let name = path.pop().unwrap_or_default();
                if name == "leerling"
                    && let (Some(m), Some(last)) = (current.take(), pupils.last_mut())
                {
                    last.1 = m;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(FileError::Xml("not an EDEXML file".into()));
    }
    let rows = pupils
        .into_iter()
        .map(|(line, m)| {
            let get = |k: &str| m.get(k).cloned().unwrap_or_default();
            let gender = match get("geslacht").as_str() {
                "1" => "M".to_string(),
                "2" => "V".to_string(),
                "0" | "9" | "" => String::new(),
                other => other.to_string(),
            };
            let class = groups.get(&get("groep-key")).cloned().unwrap_or_default();
            let cells = vec![
                get("leerlingnummer"),
                get("roepnaam"),
                get("voorvoegsel"),
                get("achternaam"),
                class,
                get("jaargroep"),
                get("geboortedatum"),
                gender,
                get("postcode"),
            ];
            (line, cells)
        })
        .collect();
    Ok(Table { header, rows })
}

fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}
