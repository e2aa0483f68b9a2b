//! Pages of the directory.

mod classes;
mod import;
mod organisations;
mod pupils;
mod schools;

use serde::Deserialize;

use crate::directory::model::Invalid;
use crate::directory::store::SaveError;
use crate::web::Routes;
use crate::web::error::Error;
use crate::web::page::FormErrors;

pub fn routes() -> Routes {
    Routes::new()
        .merge(schools::routes())
        .merge(classes::routes())
        .merge(pupils::routes())
        .merge(import::routes())
        .merge(organisations::routes())
}

impl From<Invalid> for FormErrors {
    fn from(inv: Invalid) -> FormErrors {
        let mut errors = FormErrors::default();
        for (field, e) in inv.0 {
            errors.add(field, e.key());
        }
        errors
    }
}

/// A save that failed on a duplicate becomes a field error; anything else is an error page.
fn save_failed(e: SaveError) -> Result<FormErrors, Error> {
    match e {
        SaveError::Duplicate(field) => {
            let mut errors = FormErrors::default();
            errors.add(field, "err-duplicate");
            Ok(errors)
        }
        SaveError::Db(e) => Err(Error::Db(e)),
    }
}

/// The form of an archive or restore button: archiving asks for an explicit confirmation.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ConfirmForm {
    confirm: String,
}

impl ConfirmForm {
    fn confirmed(&self) -> bool {
        self.confirm == "yes"
    }
}

/// An empty string as `None`, trimmed otherwise.
fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}
