//! Static files compiled into the binary (see `build.rs`), served with their content hash.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

pub struct Asset {
    pub name: &'static str,
    pub content_type: &'static str,
    pub hash: &'static str,
    pub bytes: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

pub fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.name == name)
}

/// The URL of an asset, with its hash so browsers may cache it for a year.
pub fn url(name: &str) -> String {
    match find(name) {
        Some(a) => format!("/assets/{}?v={}", a.name, a.hash),
        None => format!("/assets/{name}"),
    }
}

pub async fn serve(Path(name): Path<String>) -> Response {
    let Some(asset) = find(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut res = asset.bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_end_is_embedded() {
        for name in ["ads.css", "htmx.min.js", "app.js"] {
            let a = find(name).expect(name);
            assert!(a.bytes.len() > 100, "{name} is empty");
        }
        assert!(url("ads.css").starts_with("/assets/ads.css?v="));
    }
}
