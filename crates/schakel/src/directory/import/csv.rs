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
    let lines = Lines::of(text);
    let mut header = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError::Csv(e.position().map(|p| lines.at(p.byte())).unwrap_or(0)))?;
        let line = record.position().map(|p| lines.at(p.byte())).unwrap_or(0);
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

/// Where the lines of a text begin, whatever ends them (LF, CRLF, or a lone CR): the line
/// numbers a coordinator sees when she opens the file in an editor.
struct Lines<'a> {
    text: &'a [u8],
    starts: Vec<usize>,
}

impl Lines<'_> {
    fn of(text: &str) -> Lines<'_> {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, b) in bytes.iter().enumerate() {
            let ends_line = *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        Lines { text: bytes, starts }
    }

    /// The line (from 1) of the record that the reader found from byte `offset` on: the reader
    /// starts a record where the previous one ended, so blank lines before it are skipped here.
    fn at(&self, offset: u64) -> usize {
        let mut offset = usize::try_from(offset).unwrap_or(usize::MAX).min(self.text.len());
        while matches!(self.text.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        self.starts.partition_point(|start| *start <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_count_the_files_lines_whatever_ends_them() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["leerlingnummer;roepnaam", "1;Ada", "", "2;Bo", "3;Cas"].join(end);
            let table = read(&text).expect("read");
            let lines: Vec<usize> = table.rows.iter().map(|(line, _)| *line).collect();
            assert_eq!(lines, vec![2, 4, 5], "lines ended by {end:?}");
        }
    }
}
