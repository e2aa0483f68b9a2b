//! CSV as Magister and Somtoday export it: `;`, `,` or tab, whichever the header uses most.

use super::{FileError, MAX_ROWS, Table};

/// The table of a CSV text.
pub(super) fn read(text: &str) -> Result<Table, FileError> {
    let first = text.lines().find(|l| !l.trim().is_empty()).ok_or(FileError::Empty)?;
    let delimiter = [b';', b',', b'\t'].into_iter().max_by_key(|d| first.matches(*d as char).count()).unwrap_or(b';');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut header = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError::Csv(e.position().map(|p| p.line() as usize).unwrap_or(0)))?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        if header.is_none() {
            header = Some(cells);
        } else {
            rows.push((line, cells));
            if rows.len() > MAX_ROWS {
                return Err(FileError::TooManyRows);
            }
        }
    }
    Ok(Table { header: header.ok_or(FileError::Empty)?, rows })
}
