//! Reading a PDF back: page count and text (whitespace collapsed, so that wrapped sentences
//! read as one line).

use std::path::PathBuf;

pub struct Read {
    pub pages: usize,
    pub text: String,
}

pub fn read(bytes: &[u8]) -> Read {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text extracts");
    Read { pages: pages.len(), text: collapse(&text) }
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Read {
    /// Panics with the text if `needle` (whitespace collapsed) is not on any page.
    #[track_caller]
    pub fn has(&self, needle: &str) {
        let needle = collapse(needle);
        assert!(self.text.contains(&needle), "{needle:?} not found in the PDF text:\n{}", self.text);
    }

    #[track_caller]
    pub fn lacks(&self, needle: &str) {
        let needle = collapse(needle);
        assert!(!self.text.contains(&needle), "{needle:?} unexpectedly in the PDF text");
    }

    pub fn count(&self, needle: &str) -> usize {
        self.text.matches(&collapse(needle)).count()
    }
}

/// Writes the PDF to `$SCHAKEL_DOCS_OUT/<name>` when that variable is set.
pub fn keep(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("SCHAKEL_DOCS_OUT") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("output folder");
        std::fs::write(dir.join(name), bytes).expect("write the PDF");
    }
}
