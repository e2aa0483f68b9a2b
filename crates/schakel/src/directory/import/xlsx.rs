//! XLSX: the first worksheet; dates as Excel keeps them (serial days) become `dd-mm-yyyy`.

use std::io::Cursor;

use calamine::{Data, Reader};

use super::{FileError, MAX_ROWS, Table};

/// The table of the first worksheet of an XLSX file.
pub(super) fn read(bytes: &[u8]) -> Result<Table, FileError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| FileError::Spreadsheet(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| FileError::Spreadsheet("no worksheet".into()))?
        .map_err(|e| FileError::Spreadsheet(e.to_string()))?;
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut header = None;
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let line = top as usize + i + 1;
        let cells: Vec<String> = row.iter().map(cell_text).collect();
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

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        // Pupil numbers typed as numbers: no ".0", no exponent.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => excel_date(dt.as_f64()).unwrap_or_default(),
        Data::Error(_) => String::new(),
    }
}

/// An Excel serial date (1900 system: day 0 is 30 December 1899) as `yyyy-mm-dd`.
pub(super) fn excel_date(serial: f64) -> Option<String> {
    let epoch = time::Date::from_calendar_date(1899, time::Month::December, 30).ok()?;
    let d = epoch.checked_add(time::Duration::days(serial.floor() as i64))?;
    Some(format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day()))
}
