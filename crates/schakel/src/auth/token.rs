//! Secrets handed to browsers: session tokens, invitation tokens, CSRF tokens. A token is 32
//! random bytes in URL-safe base64; the database keeps only its SHA-256, so a copy of the
//! database cannot be used to sign in.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh random token.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a token.
pub fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A keyed signature of `message`, URL-safe.
pub fn sign(key: &[u8], message: &str) -> String {
    URL_SAFE_NO_PAD.encode(mac(key, message).finalize().into_bytes())
}

/// Whether `signature` is [`sign`]`(key, message)`, compared in constant time.
pub fn verify(key: &[u8], message: &str, signature: &str) -> bool {
    match URL_SAFE_NO_PAD.decode(signature) {
        Ok(bytes) => mac(key, message).verify_slice(&bytes).is_ok(),
        Err(_) => false,
    }
}

fn mac(key: &[u8], message: &str) -> Hmac<Sha256> {
    // HMAC takes keys of any length, so `new_from_slice` cannot fail; the fixed-size fallback
    // only keeps the types honest without a panic.
    let mut m =
        <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| <Hmac<Sha256> as Mac>::new(&Default::default()));
    m.update(message.as_bytes());
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_url_safe() {
        let a = random_token();
        assert_eq!(a.len(), 43);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_ne!(a, random_token());
    }

    #[test]
    fn signatures_verify_only_for_their_message_and_key() {
        let s = sign(b"key", "session:abc");
        assert!(verify(b"key", "session:abc", &s));
        assert!(!verify(b"key", "session:abd", &s));
        assert!(!verify(b"other", "session:abc", &s));
        assert!(!verify(b"key", "session:abc", "not base64 !"));
    }
}
