//! The embedded typeface (Atkinson Hyperlegible Next, SIL OFL 1.1, the same family as the web
//! app) and text shaping: one shaping pass gives both the width used for line breaking and the
//! glyphs that are drawn, so what is measured is exactly what is printed.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, UnicodeBuffer};

use crate::DocumentError;

macro_rules! font_file {
    ($dir:literal, $file:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../web/node_modules/@expo-google-fonts/atkinson-hyperlegible-next/",
            $dir,
            "/",
            $file
        ))
    };
}

static REGULAR: &[u8] = font_file!("400Regular", "AtkinsonHyperlegibleNext_400Regular.ttf");
static ITALIC: &[u8] = font_file!("400Regular_Italic", "AtkinsonHyperlegibleNext_400Regular_Italic.ttf");
static SEMIBOLD: &[u8] = font_file!("600SemiBold", "AtkinsonHyperlegibleNext_600SemiBold.ttf");
static BOLD: &[u8] = font_file!("700Bold", "AtkinsonHyperlegibleNext_700Bold.ttf");

/// The faces the documents use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Italic,
    SemiBold,
    Bold,
}

impl Weight {
    fn index(self) -> usize {
        match self {
            Weight::Regular => 0,
            Weight::Italic => 1,
            Weight::SemiBold => 2,
            Weight::Bold => 3,
        }
    }
}

/// A run of text shaped at one size: its glyphs (advances in em) and its width in points.
pub(crate) struct Shaped {
    pub(crate) glyphs: Vec<KrillaGlyph>,
    pub(crate) width: f32,
}

/// The four faces, parsed once per document, for shaping (rustybuzz) and for the PDF (krilla).
pub(crate) struct Fonts {
    faces: [Face<'static>; 4],
    pdf: [Font; 4],
}

impl Fonts {
    pub(crate) fn load() -> Result<Fonts, DocumentError> {
        let face = |data: &'static [u8]| Face::from_slice(data, 0).ok_or(DocumentError::Font);
        let pdf = |data: &'static [u8]| Font::new(data.into(), 0).ok_or(DocumentError::Font);
        Ok(Fonts {
            faces: [face(REGULAR)?, face(ITALIC)?, face(SEMIBOLD)?, face(BOLD)?],
            pdf: [pdf(REGULAR)?, pdf(ITALIC)?, pdf(SEMIBOLD)?, pdf(BOLD)?],
        })
    }

    pub(crate) fn pdf_font(&self, weight: Weight) -> Font {
        self.pdf[weight.index()].clone()
    }

    /// Whether the typeface has a glyph for `c` (the tests check the names of Amsterdam's pupils).
    #[cfg(test)]
    pub(crate) fn covers(&self, c: char) -> bool {
        self.faces.iter().all(|f| f.glyph_index(c).is_some())
    }

    /// Shapes one line of left-to-right text.
    pub(crate) fn shape(&self, weight: Weight, size: f32, text: &str) -> Shaped {
        let face = &self.faces[weight.index()];
        let upem = face.units_per_em().max(1) as f32;
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(Direction::LeftToRight);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(face, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // The cluster ends where the next cluster starts (glyphs of one cluster share it).
            let end = infos[i..].iter().map(|next| next.cluster as usize).find(|&c| c != start).unwrap_or(text.len());
            let advance = pos.x_advance as f32 / upem;
            width += advance * size;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                start..end,
                None,
            ));
        }
        Shaped { glyphs, width }
    }

    /// The width of `text` in points.
    pub(crate) fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        self.shape(weight, size, text).width
    }
}

/// Removes what the typeface cannot show and what has no place on paper: control characters
/// (newlines are handled before this), and the Unicode isolation marks that Fluent puts around
/// arguments unless the bundle is told not to.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\t' || c == '\u{a0}' { ' ' } else { c })
        .filter(|c| !c.is_control() && !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{feff}'))
        .collect()
}

/// Breaks `text` into lines no wider than `max_width`: at spaces, and inside a word only when
/// the word alone is too wide. Runs of spaces collapse; an empty text gives no lines.
pub(crate) fn wrap(fonts: &Fonts, weight: Weight, size: f32, text: &str, max_width: f32) -> Vec<String> {
    let text = clean(text);
    let space = fonts.width(weight, size, " ");
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word_width = fonts.width(weight, size, word);
        if line.is_empty() {
            if word_width <= max_width {
                line.push_str(word);
                line_width = word_width;
            } else {
                let (head, rest, rest_width) = break_word(fonts, weight, size, word, max_width);
                lines.extend(head);
                line = rest;
                line_width = rest_width;
            }
        } else if line_width + space + word_width <= max_width {
            line.push(' ');
            line.push_str(word);
            line_width += space + word_width;
        } else {
            lines.push(std::mem::take(&mut line));
            if word_width <= max_width {
                line.push_str(word);
                line_width = word_width;
            } else {
                let (head, rest, rest_width) = break_word(fonts, weight, size, word, max_width);
                lines.extend(head);
                line = rest;
                line_width = rest_width;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Splits a word wider than a line into full lines and a last piece (with its width). A line
/// ends after '@', '.', '/' or '-' when one is in its second half (addresses, links), otherwise
/// at the last letter that fits.
fn break_word(fonts: &Fonts, weight: Weight, size: f32, word: &str, max_width: f32) -> (Vec<String>, String, f32) {
    let mut lines = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        let mut candidate = piece.clone();
        candidate.push(c);
        if !piece.is_empty() && fonts.width(weight, size, &candidate) > max_width {
            let half = piece.chars().count() / 2;
            let cut = piece
                .char_indices()
                .skip(half)
                .filter(|(_, ch)| matches!(ch, '@' | '.' | '/' | '-'))
                .map(|(i, ch)| i + ch.len_utf8())
                .last()
                .filter(|&i| i < piece.len())
                .unwrap_or(piece.len());
            let rest = piece.split_off(cut);
            lines.push(std::mem::replace(&mut piece, rest));
            piece.push(c);
        } else {
            piece = candidate;
        }
    }
    let width = fonts.width(weight, size, &piece);
    (lines, piece, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_has_the_letters_of_amsterdam_names() {
        let fonts = Fonts::load().expect("fonts load");
        // Dutch, Turkish, Polish, Czech, Hungarian, Romanian, Vietnamese-free Latin, and the
        // punctuation the documents print.
        let letters = "éëïöüáàèçñãõâêîôûœæøåÅßşŞıİğĞçÇłŁńśźżąęćőűřžšďťňěůțșĳ€–—‘’“”•…·";
        let missing: String = letters.chars().filter(|c| !fonts.covers(*c)).collect();
        assert_eq!(missing, "", "letters without a glyph");
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width_and_breaks_overlong_words() {
        let fonts = Fonts::load().expect("fonts load");
        let text = "Şeyma Yıldız leest elke woensdag voor aan kleuters in de bibliotheek van Slotervaart, \
                    samen met Łukasz; Donaudampfschifffahrtsgesellschaftskapitänswitwe";
        let lines = wrap(&fonts, Weight::Regular, 10.0, text, 120.0);
        assert!(lines.len() > 4);
        for line in &lines {
            assert!(fonts.width(Weight::Regular, 10.0, line) <= 120.0 + 0.01, "{line:?} too wide");
        }
        assert_eq!(lines.join(" ").replace(' ', ""), clean(text).replace(' ', ""));
        assert!(wrap(&fonts, Weight::Regular, 10.0, "  ", 120.0).is_empty());
    }

    #[test]
    fn isolation_marks_and_control_characters_are_dropped() {
        assert_eq!(clean("\u{2068}Şeyma\u{2069}\tYıldız\u{7}"), "Şeyma Yıldız");
    }
}
