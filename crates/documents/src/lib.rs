//! The PDF documents of Schakel, as pure functions from plain data to bytes:
//!
//! - [`agreement_pdf`]: the placement agreement (stageovereenkomst) of one placement, with every
//!   item of MINORS-RULES.md section 3 and lines to sign for pupil, parent, school and host;
//! - [`certificate_pdf`]: the certificate that lists a pupil's completed placements and hours.
//!
//! Every word on the page comes from the app's translation files through [`Texts`] (keys
//! `doc-…` in `crates/schakel/i18n/{nl,en}/documents.ftl`); names, addresses and descriptions
//! come from the data. The text is set in Atkinson Hyperlegible Next (SIL OFL 1.1), embedded
//! and subsetted, so every letter of a Dutch, Turkish or Polish name prints.
//!
//! ```no_run
//! # fn demo(agreement: &schakel_documents::Agreement, texts: &impl schakel_documents::Texts)
//! # -> Result<(), schakel_documents::DocumentError> {
//! let pdf: Vec<u8> = schakel_documents::agreement_pdf(agreement, texts)?;
//! # Ok(()) }
//! ```

mod agreement;
mod certificate;
mod fonts;
mod layout;
mod model;
mod words;

use time::{Date, Time};

pub use model::{
    Address, Agreement, Certificate, CompletedPlacement, Conduct, Consent, Consents, Contact, Host, Insurance,
    Location, PersonalData, PlacementKind, Policy, Pupil, Safety, Schedule, School, Signature, Signatures, Supervision,
    Tasks, TimeSlot, WeeklyTime,
};

/// The words of the documents, in the reader's language. The app implements this over its
/// Fluent files (`i18n/<lang>/documents.ftl`).
///
/// - Arguments are strings; those that are numbers (`count`, `hourcount`, `page`, `pages`:
///   digits, perhaps with a `.` fraction) should reach Fluent as numbers, so that plural
///   variants select. `hours` is already formatted for the language ("12,5") and stays a string.
/// - Turn Fluent's Unicode isolation marks off (`bundle.set_use_isolating(false)`); the
///   documents strip them anyway.
pub trait Texts {
    /// The text of `key`.
    fn text(&self, key: &str) -> String;
    /// The text of `key` with named arguments.
    fn text_with(&self, key: &str, args: &[(&str, String)]) -> String;
    /// A date as the reader writes it, e.g. `22 nov. 2026`.
    fn date(&self, d: Date) -> String;
    /// A time of day; 24-hour `09:30` unless the language wants otherwise.
    fn time(&self, t: Time) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }
}

/// Why a document could not be made. None of these depends on the data's content except
/// [`DocumentError::Invalid`]; the others point at the build (fonts) or at a bug.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The data contradicts itself (e.g. a period that ends before it starts).
    #[error("invalid document data: {0}")]
    Invalid(&'static str),
    /// An embedded font could not be read.
    #[error("an embedded font could not be read")]
    Font,
    /// The layout could not be made.
    #[error("the page layout failed")]
    Layout,
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// The placement agreement as a PDF (A4, usually 3 pages).
pub fn agreement_pdf(a: &Agreement, texts: &impl Texts) -> Result<Vec<u8>, DocumentError> {
    agreement::render(a, texts)
}

/// The certificate as a PDF (A4, one page unless the pupil has very many placements).
pub fn certificate_pdf(c: &Certificate, texts: &impl Texts) -> Result<Vec<u8>, DocumentError> {
    certificate::render(c, texts)
}
