//! Embeds the front-end files (installed by `npm ci` in `web/`, and our theme in `web/theme/`)
//! into the binary: the product serves nothing from the internet and needs no files beside it.
//! Each asset gets a content hash, so pages can reference it with a far-future cache lifetime.

use std::collections::hash_map::DefaultHasher;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

const NODE: &str = "../../web/node_modules";
const THEME: &str = "../../web/theme";

fn main() -> Result<(), String> {
    // `sqlx::migrate!` embeds the migration files, but a proc macro cannot tell cargo to watch
    // them on stable Rust: without these lines a new migration is left out of the binary until
    // some Rust file changes.
    println!("cargo:rerun-if-changed=migrations/sqlite");
    println!("cargo:rerun-if-changed=migrations/postgres");
    let mut assets: Vec<(String, PathBuf, &str)> = vec![
        (
            "ads.css".into(),
            format!("{NODE}/@amsterdam/design-system-css/dist/index.css").into(),
            "text/css; charset=utf-8",
        ),
        ("htmx.min.js".into(), format!("{NODE}/htmx.org/dist/htmx.min.js").into(), "text/javascript; charset=utf-8"),
        ("tokens.css".into(), format!("{THEME}/tokens.css").into(), "text/css; charset=utf-8"),
        ("fonts.css".into(), format!("{THEME}/fonts.css").into(), "text/css; charset=utf-8"),
        ("app.css".into(), format!("{THEME}/app.css").into(), "text/css; charset=utf-8"),
        ("app.js".into(), "assets/app.js".into(), "text/javascript; charset=utf-8"),
        // The font's licence (SIL OFL 1.1) travels with the font.
        (
            "fonts/OFL.txt".into(),
            format!("{NODE}/@fontsource/atkinson-hyperlegible-next/LICENSE").into(),
            "text/plain; charset=utf-8",
        ),
    ];
    let fonts_list = Path::new(THEME).join("fonts.txt");
    println!("cargo:rerun-if-changed={}", fonts_list.display());
    if let Ok(list) = std::fs::read_to_string(&fonts_list) {
        for name in list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let src = format!("{NODE}/@fontsource/atkinson-hyperlegible-next/files/{name}");
            assets.push((format!("fonts/{name}"), src.into(), "font/woff2"));
        }
    }

    let mut out = String::from("pub static ASSETS: &[Asset] = &[\n");
    for (name, path, content_type) in &assets {
        println!("cargo:rerun-if-changed={}", path.display());
        let abs = std::fs::canonicalize(path).map_err(|e| {
            format!(
                "front-end file {} is missing ({e}). Run `npm ci` in web/ first (the README's commands do).",
                path.display()
            )
        })?;
        let bytes = std::fs::read(&abs).map_err(|e| format!("reading {}: {e}", abs.display()))?;
        let mut h = DefaultHasher::new();
        bytes.hash(&mut h);
        let hash = format!("{:012x}", h.finish() & 0xffff_ffff_ffff);
        let _ = writeln!(
            out,
            "    Asset {{ name: {name:?}, content_type: {content_type:?}, hash: {hash:?}, bytes: include_bytes!({:?}) }},",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("assets.rs");
    std::fs::write(&dest, out).map_err(|e| format!("writing {}: {e}", dest.display()))?;
    Ok(())
}
