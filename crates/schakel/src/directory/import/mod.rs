//! Reading a pupil file: CSV (`;` or `,`; UTF-8 with or without BOM, UTF-16 with BOM, or
//! Windows-1252), XLSX, or EDEXML. Columns are matched by header name, case-insensitively, with
//! the names Magister and Somtoday exports use. Every row is checked; the result holds the good
//! rows and, per bad row, its line number and what is wrong. No I/O: bytes in, rows out.

mod csv;
mod edexml;
mod xlsx;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::directory::model::{PupilForm, PupilInput};
use crate::directory::store::pupils::Present;
use crate::directory::values::FieldError;

/// The columns we read, with the header names that mean them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Column {
    Number,
    FirstName,
    Infix,
    LastName,
    Class,
    YearOfStudy,
    DateOfBirth,
    Gender,
    Postcode,
    Email,
    Brin,
    Guardian1Name,
    Guardian1Relation,
    Guardian1Email,
    Guardian1Phone,
    Guardian2Name,
    Guardian2Relation,
    Guardian2Email,
    Guardian2Phone,
}

impl Column {
    const ALL: [Column; 19] = [
        Column::Number,
        Column::FirstName,
        Column::Infix,
        Column::LastName,
        Column::Class,
        Column::YearOfStudy,
        Column::DateOfBirth,
        Column::Gender,
        Column::Postcode,
        Column::Email,
        Column::Brin,
        Column::Guardian1Name,
        Column::Guardian1Relation,
        Column::Guardian1Email,
        Column::Guardian1Phone,
        Column::Guardian2Name,
        Column::Guardian2Relation,
        Column::Guardian2Email,
        Column::Guardian2Phone,
    ];

    /// The parents' columns: the last of `ALL`.
    const GUARDIANS: &[Column] = Column::ALL.split_at(11).1;

    /// Required columns; the rest are optional.
    pub const REQUIRED: [Column; 4] = [Column::Number, Column::FirstName, Column::LastName, Column::Class];

    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Number => &["leerlingnummer", "stamnummer", "leerlingnr", "llnr"],
            Column::FirstName => &["roepnaam", "voornaam"],
            Column::Infix => &["tussenvoegsel", "tussenvoegsels", "voorvoegsel"],
            Column::LastName => &["achternaam"],
            Column::Class => &["klas", "stamgroep", "groep"],
            Column::YearOfStudy => &["leerjaar"],
            Column::DateOfBirth => &["geboortedatum"],
            Column::Gender => &["geslacht"],
            Column::Postcode => &["postcode"],
            Column::Email => &["e-mail", "email", "e-mailadres", "emailadres"],
            Column::Brin => &["brin", "brincode", "brin-code"],
            // Parents as Magister ("E-mail ouder/verzorger") and Somtoday ("Verzorger 1 e-mail")
            // export them, the first one also without a number.
            Column::Guardian1Name => &[
                "naam ouder/verzorger",
                "naam ouder/verzorger 1",
                "ouder/verzorger 1 naam",
                "naam ouder",
                "naam ouder 1",
                "naam verzorger 1",
                "verzorger 1 naam",
                "verzorger 1",
            ],
            Column::Guardian1Relation => &[
                "relatie ouder/verzorger",
                "relatie ouder/verzorger 1",
                "ouder/verzorger 1 relatie",
                "relatie ouder 1",
                "relatie verzorger 1",
                "verzorger 1 relatie",
                "relatie",
            ],
            Column::Guardian1Email => &[
                "e-mail ouder/verzorger",
                "e-mailadres ouder/verzorger",
                "email ouder/verzorger",
                "e-mail ouder/verzorger 1",
                "ouder/verzorger 1 e-mail",
                "e-mail ouder",
                "e-mail ouder 1",
                "e-mail verzorger 1",
                "verzorger 1 e-mail",
                "verzorger 1 e-mailadres",
            ],
            Column::Guardian1Phone => &[
                "telefoon ouder/verzorger",
                "telefoonnummer ouder/verzorger",
                "mobiel ouder/verzorger",
                "telefoon ouder/verzorger 1",
                "ouder/verzorger 1 telefoon",
                "telefoon ouder",
                "telefoon ouder 1",
                "telefoon verzorger 1",
                "verzorger 1 telefoon",
                "verzorger 1 telefoonnummer",
                "verzorger 1 mobiel",
            ],
            Column::Guardian2Name => &[
                "naam ouder/verzorger 2",
                "ouder/verzorger 2 naam",
                "naam ouder 2",
                "naam verzorger 2",
                "verzorger 2 naam",
                "verzorger 2",
            ],
            Column::Guardian2Relation => &[
                "relatie ouder/verzorger 2",
                "ouder/verzorger 2 relatie",
                "relatie ouder 2",
                "relatie verzorger 2",
                "verzorger 2 relatie",
            ],
            Column::Guardian2Email => &[
                "e-mail ouder/verzorger 2",
                "ouder/verzorger 2 e-mail",
                "e-mail ouder 2",
                "e-mail verzorger 2",
                "verzorger 2 e-mail",
                "verzorger 2 e-mailadres",
            ],
            Column::Guardian2Phone => &[
                "telefoon ouder/verzorger 2",
                "ouder/verzorger 2 telefoon",
                "telefoon ouder 2",
                "telefoon verzorger 2",
                "verzorger 2 telefoon",
                "verzorger 2 telefoonnummer",
                "verzorger 2 mobiel",
            ],
        }
    }

    /// The header name we show in messages (the first one we accept).
    pub fn header(self) -> &'static str {
        self.names()[0]
    }

    fn of_header(h: &str) -> Option<Column> {
        let h = h.trim().trim_matches('"').to_lowercase();
        Column::ALL.into_iter().find(|c| c.names().contains(&h.as_str()))
    }

    /// The column a form field's error belongs to.
    fn of_field(field: &str) -> Option<Column> {
        Some(match field {
            "number" => Column::Number,
            "first_name" => Column::FirstName,
            "infix" => Column::Infix,
            "last_name" => Column::LastName,
            "year_of_study" => Column::YearOfStudy,
            "date_of_birth" => Column::DateOfBirth,
            "gender" => Column::Gender,
            "postcode" => Column::Postcode,
            "email" => Column::Email,
            "g1_name" => Column::Guardian1Name,
            "g1_email" => Column::Guardian1Email,
            "g1_phone" => Column::Guardian1Phone,
            "g2_name" => Column::Guardian2Name,
            "g2_email" => Column::Guardian2Email,
            "g2_phone" => Column::Guardian2Phone,
            _ => return None,
        })
    }
}

/// Why a whole file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not a text, spreadsheet or EDEXML file")]
    NotText,
    #[error("the spreadsheet cannot be read: {0}")]
    Spreadsheet(String),
    #[error("the XML cannot be read: {0}")]
    Xml(String),
    #[error("the CSV cannot be read at line {0}")]
    Csv(usize),
    #[error("missing columns: {}", .0.iter().map(|c| c.header()).collect::<Vec<_>>().join(", "))]
    MissingColumns(Vec<Column>),
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
}

impl FileError {
    pub fn key(&self) -> &'static str {
        match self {
            FileError::Empty => "import-err-empty",
            FileError::NotText => "import-err-not-text",
            FileError::Spreadsheet(_) => "import-err-spreadsheet",
            FileError::Xml(_) => "import-err-xml",
            FileError::Csv(_) => "import-err-csv",
            FileError::MissingColumns(_) => "import-err-missing-columns",
            FileError::TooManyRows => "import-err-too-many-rows",
        }
    }

    /// The argument of the message: the line, or the missing column names.
    pub fn detail(&self) -> String {
        match self {
            FileError::Csv(line) => line.to_string(),
            FileError::MissingColumns(cols) => cols.iter().map(|c| c.header()).collect::<Vec<_>>().join(", "),
            FileError::Spreadsheet(e) | FileError::Xml(e) => e.clone(),
            _ => String::new(),
        }
    }
}

/// More rows than any school has; refuses a runaway file before it fills the database.
pub const MAX_ROWS: usize = 100_000;

/// A good row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoodRow {
    pub line: usize,
    pub pupil: PupilInput,
    pub class_name: String,
}

/// One problem in one row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowError {
    pub line: usize,
    pub column: Option<Column>,
    /// Message key.
    pub key: String,
    /// The offending value, to show beside the message.
    pub value: String,
}

/// The outcome of reading a file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    pub present: Present,
    pub rows: Vec<GoodRow>,
    pub errors: Vec<RowError>,
    /// Data rows in the file (good and bad).
    pub total: usize,
}

impl Parsed {
    /// Lines with at least one error.
    pub fn bad_lines(&self) -> usize {
        let mut lines: Vec<usize> = self.errors.iter().map(|e| e.line).collect();
        lines.dedup();
        lines.len()
    }
}

/// Reads `bytes` (named `file_name`, which decides XLSX and XML) for a school with `brin`.
pub fn parse(bytes: &[u8], file_name: &str, brin: &str, today: time::Date) -> Result<Parsed, FileError> {
    if bytes.is_empty() {
        return Err(FileError::Empty);
    }
    let lower = file_name.to_lowercase();
    let table = if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".xlsx") {
        xlsx::read(bytes)?
    } else if lower.ends_with(".xml") || looks_like_xml(bytes) {
        edexml::read(&decode(bytes)?)?
    } else {
        csv::read(&decode(bytes)?)?
    };
    check_rows(table, brin, today)
}

/// Text from the bytes of a CSV or XML file.
fn decode(bytes: &[u8]) -> Result<String, FileError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest).map(str::to_string).map_err(|_| FileError::NotText);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (text, _, had_errors) = encoding_rs::UTF_16LE.decode(bytes);
        return if had_errors { Err(FileError::NotText) } else { Ok(text.into_owned()) };
    }
    // A NUL byte or other control characters mean a binary file (a PDF, an image, a .xls).
    if bytes.iter().take(4096).any(|b| *b == 0 || (*b < 0x09)) {
        return Err(FileError::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        // Not UTF-8: Excel's "CSV (;)" on Windows writes Windows-1252.
        Err(_) => Ok(encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()),
    }
}

fn looks_like_xml(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    start.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// A file as a table: header cells and the data rows with their line numbers.
struct Table {
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

/// Signs that UTF-8 text was read as Windows-1252 somewhere before us ("Ã©" for "é").
fn looks_misencoded(s: &str) -> bool {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, 'Ã' | 'Â')
            && let Some(&n) = chars.peek()
            && (('\u{80}'..='\u{BF}').contains(&n) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ©®±".contains(n))
        {
            return true;
        }
        if c == '\u{FFFD}' {
            return true;
        }
    }
    false
}

fn check_rows(table: Table, brin: &str, today: time::Date) -> Result<Parsed, FileError> {
    let mut index: HashMap<Column, usize> = HashMap::new();
    for (i, h) in table.header.iter().enumerate() {
        if let Some(c) = Column::of_header(h) {
            index.entry(c).or_insert(i);
        }
    }
    let missing: Vec<Column> = Column::REQUIRED.into_iter().filter(|c| !index.contains_key(c)).collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing));
    }
    let present = Present {
        year_of_study: index.contains_key(&Column::YearOfStudy),
        date_of_birth: index.contains_key(&Column::DateOfBirth),
        gender: index.contains_key(&Column::Gender),
        postcode: index.contains_key(&Column::Postcode),
        email: index.contains_key(&Column::Email),
        guardians: Column::GUARDIANS.iter().any(|c| index.contains_key(c)),
    };
    let mut out = Parsed { present, total: table.rows.len(), ..Parsed::default() };
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for (line, cells) in table.rows {
        let cell =
            |c: Column| index.get(&c).and_then(|i| cells.get(*i)).map(|s| s.trim().to_string()).unwrap_or_default();
        let mut errors = Vec::new();
        let form = PupilForm {
            number: cell(Column::Number),
            first_name: cell(Column::FirstName),
            infix: cell(Column::Infix),
            last_name: cell(Column::LastName),
            year_of_study: cell(Column::YearOfStudy),
            date_of_birth: cell(Column::DateOfBirth),
            gender: cell(Column::Gender),
            postcode: cell(Column::Postcode),
            email: cell(Column::Email),
            g1_name: cell(Column::Guardian1Name),
            g1_relation: cell(Column::Guardian1Relation),
            g1_email: cell(Column::Guardian1Email),
            g1_phone: cell(Column::Guardian1Phone),
            g2_name: cell(Column::Guardian2Name),
            g2_relation: cell(Column::Guardian2Relation),
            g2_email: cell(Column::Guardian2Email),
            g2_phone: cell(Column::Guardian2Phone),
            ..PupilForm::default()
        };
        let class_name = cell(Column::Class);
        match crate::directory::values::required_text(&class_name, 20) {
            Ok(_) => {}
            Err(e) => errors.push(RowError {
                line,
                column: Some(Column::Class),
                key: e.key().into(),
                value: class_name.clone(),
            }),
        }
        let row_brin = cell(Column::Brin);
        if !row_brin.is_empty()
            && !row_brin.eq_ignore_ascii_case(brin)
            && !brin.to_uppercase().starts_with(&row_brin.to_uppercase())
        {
            errors.push(RowError {
                line,
                column: Some(Column::Brin),
                key: "import-err-brin-mismatch".into(),
                value: row_brin,
            });
        }
        for (col, value) in
            [(Column::FirstName, &form.first_name), (Column::Infix, &form.infix), (Column::LastName, &form.last_name)]
        {
            if looks_misencoded(value) {
                errors.push(RowError {
                    line,
                    column: Some(col),
                    key: "import-err-encoding".into(),
                    value: value.clone(),
                });
            }
        }
        let parsed = PupilInput::parse(&form, today);
        if let Err(invalid) = &parsed {
            for (field, e) in &invalid.0 {
                let column = Column::of_field(field);
                let value = column.map(cell).unwrap_or_default();
                errors.push(RowError { line, column, key: FieldError::key(*e).into(), value });
            }
        }
        // A number seen before is a duplicate even when that earlier row had other errors.
        let number = form.number.clone();
        if !number.is_empty() {
            match first_line_of.get(&number) {
                Some(first) => errors.push(RowError {
                    line,
                    column: Some(Column::Number),
                    key: "import-err-duplicate".into(),
                    value: format!("{number} ({first})"),
                }),
                None => {
                    first_line_of.insert(number, line);
                }
            }
        }
        match parsed {
            Ok(pupil) if errors.is_empty() => out.rows.push(GoodRow { line, pupil, class_name }),
            _ => out.errors.extend(errors),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: time::Date = date!(2026 - 11 - 22);

    fn csv(text: &str) -> Result<Parsed, FileError> {
        parse(text.as_bytes(), "leerlingen.csv", "27KJ00", TODAY)
    }

    #[test]
    fn a_magister_export_with_semicolons_reads_every_column() {
        let p = csv(
            "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Leerjaar;Geboortedatum;Geslacht;Postcode;E-mail;Mentor\n\
             001234;Noor;;Bakker;2B;2;14-03-2013;V;1053 AB;noor@leerling.nl;Jansen\n\
             001235;Daan;van;Dijk;2B;2;2013-07-01;M;1011ab;;Jansen\n",
        )
        .expect("parses");
        assert_eq!(p.total, 2);
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.rows[0].pupil.number, "001234");
        assert_eq!(p.rows[1].pupil.infix, "van");
        assert_eq!(p.rows[1].pupil.postcode.as_ref().map(|p| p.as_str()), Some("1011 AB"));
        assert_eq!(p.rows[0].class_name, "2B");
        assert_eq!(p.rows[1].line, 3);
        assert!(p.present.postcode && p.present.email && p.present.date_of_birth);
    }

    #[test]
    fn commas_a_bom_and_stamnummer_work_too() {
        let p = parse(
            "\u{FEFF}stamnummer,roepnaam,achternaam,klas\n42,Sem,Jansen,1A\n".as_bytes(),
            "x.csv",
            "27KJ00",
            TODAY,
        )
        .expect("parses");
        assert_eq!(p.rows[0].pupil.number, "42");
        assert!(!p.present.postcode);
    }

    #[test]
    fn windows_1252_is_decoded() {
        let mut bytes = b"leerlingnummer;roepnaam;achternaam;klas\n1;Ren".to_vec();
        bytes.push(0xE9); // é in Windows-1252
        bytes.extend_from_slice(b";Ba;1A\n");
        let p = parse(&bytes, "x.csv", "27KJ00", TODAY).expect("parses");
        assert_eq!(p.rows[0].pupil.first_name, "René");
    }

    #[test]
    fn utf8_read_as_windows_1252_somewhere_before_is_flagged() {
        let p = csv("leerlingnummer;roepnaam;achternaam;klas\n1;RenÃ©;Ba;1A\n").expect("parses");
        assert_eq!(p.rows.len(), 0);
        assert_eq!(p.errors[0].key, "import-err-encoding");
        assert_eq!(p.errors[0].line, 2);
    }

    #[test]
    fn the_parents_columns_are_the_eight_guardian_ones() {
        assert_eq!(Column::GUARDIANS.len(), 8);
        assert!(Column::GUARDIANS.iter().all(|c| format!("{c:?}").starts_with("Guardian")), "{:?}", Column::GUARDIANS);
    }

    #[test]
    fn bad_rows_are_reported_with_line_and_column() {
        let p = csv("leerlingnummer;roepnaam;achternaam;klas;geboortedatum\n\
             1;Noor;Bakker;2B;31-02-2013\n\
             2;;Jansen;2B;01-01-2013\n\
             1;Sem;Vries;2B;01-01-2013\n\
             3;Mila;de Boer;2B;01-01-2013\n")
        .expect("parses");
        assert_eq!(p.rows.len(), 1);
        let e: Vec<(usize, Option<Column>, &str)> =
            p.errors.iter().map(|e| (e.line, e.column, e.key.as_str())).collect();
        assert_eq!(
            e,
            vec![
                (2, Some(Column::DateOfBirth), "err-no-such-date"),
                (3, Some(Column::FirstName), "err-required"),
                (4, Some(Column::Number), "import-err-duplicate"),
            ]
        );
        assert_eq!(p.bad_lines(), 3);
    }

    #[test]
    fn a_pupil_of_another_school_is_refused() {
        let p = csv("leerlingnummer;roepnaam;achternaam;klas;brin\n1;Noor;Bakker;2B;99XX\n2;Sem;Vries;2B;27KJ\n")
            .expect("parses");
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].key, "import-err-brin-mismatch");
        assert_eq!(p.rows.len(), 1);
    }

    #[test]
    fn over_long_fields_are_refused_not_cut() {
        let long = "x".repeat(500);
        let p = csv(&format!("leerlingnummer;roepnaam;achternaam;klas\n1;{long};Bakker;2B\n")).expect("parses");
        assert_eq!(p.errors[0].key, "err-too-long");
    }

    #[test]
    fn files_we_cannot_use_say_why() {
        assert_eq!(csv(""), Err(FileError::Empty));
        assert_eq!(
            csv("naam;klas\nNoor;2B\n"),
            Err(FileError::MissingColumns(vec![Column::Number, Column::FirstName, Column::LastName]))
        );
        assert_eq!(parse(b"%PDF-1.4\x00\x01binary", "lijst.csv", "27KJ00", TODAY), Err(FileError::NotText));
        assert!(matches!(parse(b"PK\x03\x04garbage", "lijst.xlsx", "27KJ00", TODAY), Err(FileError::Spreadsheet(_))));
        assert!(matches!(
            csv("leerlingnummer;roepnaam;achternaam;klas\n1;\"Noor;Bakker;2B\n"),
            Ok(_) | Err(FileError::Csv(_))
        ));
    }

    #[test]
    fn edexml_maps_to_the_same_fields() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<EDEX>
  <school><schooljaar>2026-2027</schooljaar></school>
  <groepen><groep key="G8A"><naam>8A</naam><jaargroep>8</jaargroep></groep></groepen>
  <leerlingen>
    <leerling key="L100">
      <achternaam>Jansen</achternaam><voorvoegsel>de</voorvoegsel><roepnaam>Sem</roepnaam>
      <geboortedatum>2014-05-03</geboortedatum><geslacht>1</geslacht><jaargroep>8</jaargroep>
      <postcode>1053AB</postcode><groep key="G8A"/>
    </leerling>
  </leerlingen>
</EDEX>"#;
        let p = parse(xml.as_bytes(), "export.xml", "27KJ00", TODAY).expect("parses");
        assert!(p.errors.iter().all(|e| e.column == Some(Column::YearOfStudy)), "{:?}", p.errors);
        // Jaargroep 8 of primary school is no secondary-school year of study: that row is refused.
        assert_eq!(p.errors.len(), 1);
        let ok = xml.replace("<jaargroep>8</jaargroep>\n      <postcode>", "<postcode>");
        let p = parse(ok.as_bytes(), "export.xml", "27KJ00", TODAY).expect("parses");
        assert_eq!(p.rows.len(), 1, "{:?}", p.errors);
        let r = &p.rows[0];
        assert_eq!((r.pupil.number.as_str(), r.pupil.infix.as_str(), r.class_name.as_str()), ("L100", "de", "8A"));
        assert_eq!(r.pupil.gender, Some(crate::directory::values::Gender::Male));
    }

    #[test]
    fn excel_serial_dates() {
        assert_eq!(xlsx::excel_date(45000.0).as_deref(), Some("2023-03-15"));
    }
}
