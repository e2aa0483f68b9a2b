//! Configuration, from flags and `SCHAKEL_*` environment variables (see `cli.rs`).

use crate::auth::store::SessionPolicy;

#[derive(Clone, Debug)]
pub struct Config {
    /// The URL people reach the product at; links in e-mails start with it, and cookies are
    /// marked `Secure` when it is https.
    pub public_url: String,
    pub session: SessionPolicy,
    /// How long an invitation link stays valid.
    pub invitation_valid: time::Duration,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy we run).
    pub trust_proxy: bool,
}

impl Config {
    pub fn new(public_url: &str) -> Config {
        Config {
            public_url: public_url.trim_end_matches('/').to_string(),
            session: SessionPolicy::default(),
            invitation_valid: time::Duration::days(7),
            trust_proxy: false,
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
