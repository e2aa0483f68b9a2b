//! Password hashing with argon2id (the `argon2` crate's defaults: 19 MiB, 2 passes, OWASP's
//! recommendation). Hashing is slow on purpose, so callers run it on the blocking pool.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// Shortest password we accept; length beats complexity rules (NIST SP 800-63B).
pub const MIN_LENGTH: usize = 10;
/// Longest password we accept, so nobody can make us hash a megabyte.
pub const MAX_LENGTH: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("password too short")]
    TooShort,
    #[error("password too long")]
    TooLong,
    #[error("passwords differ")]
    Mismatch,
}

impl PasswordError {
    pub fn key(self) -> &'static str {
        match self {
            PasswordError::TooShort => "err-password-short",
            PasswordError::TooLong => "err-password-long",
            PasswordError::Mismatch => "err-password-mismatch",
        }
    }
}

/// Checks a new password and its repetition.
pub fn check_new(password: &str, repeat: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < MIN_LENGTH {
        Err(PasswordError::TooShort)
    } else if n > MAX_LENGTH {
        Err(PasswordError::TooLong)
    } else if password != repeat {
        Err(PasswordError::Mismatch)
    } else {
        Ok(())
    }
}

/// The PHC string of `password` under a fresh salt.
pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
}

/// Whether `password` matches `phc`. When there is no account (`phc` is `None`) a dummy hash is
/// verified anyway, so the answer takes as long as for a real account and timing reveals nothing.
pub fn verify(password: &str, phc: Option<&str>) -> bool {
    let dummy;
    let phc = match phc {
        Some(p) => p,
        None => {
            dummy = DUMMY.get_or_init(|| hash("not a real password").unwrap_or_default());
            dummy.as_str()
        }
    };
    let Ok(parsed) = PasswordHash::new(phc) else { return false };
    Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() && phc_is_real(phc)
}

static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn phc_is_real(phc: &str) -> bool {
    DUMMY.get().is_none_or(|d| d != phc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let h = hash("correct horse battery").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", Some(&h)));
        assert!(!verify("correct horse batterY", Some(&h)));
    }

    #[test]
    fn no_account_never_verifies() {
        assert!(!verify("not a real password", None));
        assert!(!verify("", None));
    }

    #[test]
    fn new_passwords_need_length_and_a_matching_repeat() {
        assert_eq!(check_new("short", "short"), Err(PasswordError::TooShort));
        assert_eq!(check_new("long enough pw", "long enough pW"), Err(PasswordError::Mismatch));
        assert_eq!(check_new("long enough pw", "long enough pw"), Ok(()));
    }
}
