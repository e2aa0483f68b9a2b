//! A small flow layout on top of krilla: the documents are built as a column of blocks (a line
//! of a paragraph, a table row, a card, a signature box), each of a known height. Pagination
//! places whole blocks on A4 pages, keeps headings with what follows, keeps at least two lines
//! of a paragraph together at a page break, repeats a table's header on the next page, and can
//! anchor a closing block to the bottom of the page. Page headers and footers are drawn once the
//! page count is known.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;

use crate::DocumentError;
use crate::fonts::{Fonts, Weight, clean, wrap};

/// The most lines of one table cell or card field: such boxes never break across pages.
pub(crate) const MAX_CELL_LINES: usize = 8;

/// A4 in points.
pub(crate) const A4_WIDTH: f32 = 595.276;
pub(crate) const A4_HEIGHT: f32 = 841.89;

/// The typeface's ascender and descender, in em (hhea of Atkinson Hyperlegible Next).
const ASCENT: f32 = 0.984;
const DESCENT: f32 = 0.316;

/// Colours of the Schakel theme (web/theme/README.md).
pub(crate) mod colour {
    pub(crate) type Rgb = (u8, u8, u8);
    pub(crate) const TEAL_950: Rgb = (0x05, 0x23, 0x2b);
    pub(crate) const TEAL_800: Rgb = (0x0e, 0x46, 0x54);
    pub(crate) const TEAL_700: Rgb = (0x11, 0x5e, 0x6e);
    pub(crate) const TEAL_100: Rgb = (0xdc, 0xef, 0xf2);
    pub(crate) const TEAL_50: Rgb = (0xf0, 0xf8, 0xf9);
    pub(crate) const AMBER_500: Rgb = (0xe8, 0x97, 0x1e);
    pub(crate) const AMBER_700: Rgb = (0xb3, 0x5f, 0x00);
    pub(crate) const GRAY_950: Rgb = (0x14, 0x19, 0x1c);
    pub(crate) const GRAY_700: Rgb = (0x46, 0x52, 0x5a);
    pub(crate) const GRAY_600: Rgb = (0x5e, 0x6a, 0x72);
    pub(crate) const GRAY_200: Rgb = (0xdd, 0xe2, 0xe6);
    pub(crate) const GRAY_50: Rgb = (0xf6, 0xf8, 0xf9);
    pub(crate) const GREEN_700: Rgb = (0x1e, 0x6b, 0x3a);
    pub(crate) const WHITE: Rgb = (0xff, 0xff, 0xff);
}
use colour::Rgb;

/// How a piece of text looks: face, size and line height in points, colour.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    pub(crate) weight: Weight,
    pub(crate) size: f32,
    pub(crate) leading: f32,
    pub(crate) colour: Rgb,
}

impl Style {
    pub(crate) const fn new(weight: Weight, size: f32, leading: f32, colour: Rgb) -> Style {
        Style { weight, size, leading, colour }
    }

    pub(crate) const fn with_colour(self, colour: Rgb) -> Style {
        Style { colour, ..self }
    }

    pub(crate) const fn with_weight(self, weight: Weight) -> Style {
        Style { weight, ..self }
    }

    /// The baseline of a line whose box starts at `top`, with the glyphs centred in the box.
    pub(crate) fn baseline(&self, top: f32) -> f32 {
        top + (self.leading - (ASCENT + DESCENT) * self.size) / 2.0 + ASCENT * self.size
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// One drawing operation, in points, relative to the top left of its block.
#[derive(Clone, Debug)]
pub(crate) enum Op {
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        colour: Rgb,
        width: f32,
    },
    /// A tick in a box of `size` points.
    Check {
        x: f32,
        y: f32,
        size: f32,
        colour: Rgb,
        width: f32,
    },
    /// The Schakel mark: two interlocking links, `size` points high.
    Mark {
        x: f32,
        y: f32,
        size: f32,
    },
}

impl Op {
    pub(crate) fn moved(&self, dx: f32, dy: f32) -> Op {
        match self.clone() {
            Op::Text { x, y, style, text } => Op::Text { x: x + dx, y: y + dy, style, text },
            Op::Rect { x, y, w, h, radius, fill, stroke } => {
                Op::Rect { x: x + dx, y: y + dy, w, h, radius, fill, stroke }
            }
            Op::Line { x1, y1, x2, y2, colour, width } => {
                Op::Line { x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, colour, width }
            }
            Op::Check { x, y, size, colour, width } => Op::Check { x: x + dx, y: y + dy, size, colour, width },
            Op::Mark { x, y, size } => Op::Mark { x: x + dx, y: y + dy, size },
        }
    }
}

/// A piece of the flow that is never split across pages.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub(crate) height: f32,
    /// Space above the block, dropped at the top of a page.
    pub(crate) space_before: f32,
    /// Never end a page after this block (headings, the first line of a paragraph).
    pub(crate) keep_with_next: bool,
    /// The table this block is a row of: its header is repeated when the table breaks.
    pub(crate) table: Option<usize>,
    /// Place the block at the bottom of the page (a certificate's signature).
    pub(crate) anchor_bottom: bool,
    /// The header row of its table.
    header: bool,
    pub(crate) ops: Vec<Op>,
}

impl Block {
    pub(crate) fn new(height: f32) -> Block {
        Block { height, ..Block::default() }
    }

    pub(crate) fn space(mut self, before: f32) -> Block {
        self.space_before = before;
        self
    }

    pub(crate) fn keep(mut self) -> Block {
        self.keep_with_next = true;
        self
    }
}

/// A column of a table: header, share of the width, alignment.
pub(crate) struct Column {
    pub(crate) header: String,
    pub(crate) share: f32,
    pub(crate) align: Align,
}

/// A cell of a table: its text, and optionally a second, smaller grey text under it (the
/// main text is then semibold).
pub(crate) struct Cell {
    pub(crate) text: String,
    pub(crate) sub: Option<String>,
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, sub: None }
    }
}

/// A row of a table; a total row is bold on a tinted background.
pub(crate) struct Row {
    pub(crate) cells: Vec<Cell>,
    pub(crate) total: bool,
}

impl Row {
    pub(crate) fn plain(cells: Vec<String>) -> Row {
        Row { cells: cells.into_iter().map(Cell::from).collect(), total: false }
    }

    pub(crate) fn total(cells: Vec<String>) -> Row {
        Row { cells: cells.into_iter().map(Cell::from).collect(), total: true }
    }
}

/// The blocks of a document, built top to bottom.
pub(crate) struct Flow<'f> {
    pub(crate) fonts: &'f Fonts,
    pub(crate) width: f32,
    blocks: Vec<Block>,
    headers: Vec<Block>,
}

impl<'f> Flow<'f> {
    pub(crate) fn new(fonts: &'f Fonts, width: f32) -> Flow<'f> {
        Flow { fonts, width, blocks: Vec::new(), headers: Vec::new() }
    }

    pub(crate) fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Keeps the last block on the same page as the next one.
    pub(crate) fn keep_last(&mut self) {
        if let Some(last) = self.blocks.last_mut() {
            last.keep_with_next = true;
        }
    }

    /// The lines of `text` in a box `width` wide (newlines in the text start new lines).
    pub(crate) fn lines(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        text.split('\n').flat_map(|part| wrap(self.fonts, style.weight, style.size, part, width)).collect()
    }

    /// At most `max` lines of `text`; when there are more, the last one ends in an ellipsis
    /// (for boxes that cannot break across pages: table cells, cards).
    pub(crate) fn lines_max(&self, text: &str, style: Style, width: f32, max: usize) -> Vec<String> {
        let mut lines = self.lines(text, style, width);
        if lines.len() > max {
            lines.truncate(max.max(1));
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && self.text_width(&format!("{last}…"), style) > width {
                    last.pop();
                }
                last.push('…');
            }
        }
        lines
    }

    pub(crate) fn text_width(&self, text: &str, style: Style) -> f32 {
        self.fonts.width(style.weight, style.size, &clean(text))
    }

    /// Text ops for `lines` starting at (`x`, `top`), aligned in a box `width` wide.
    pub(crate) fn text_ops(
        &self,
        lines: &[String],
        style: Style,
        x: f32,
        top: f32,
        width: f32,
        align: Align,
    ) -> Vec<Op> {
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let w = self.text_width(line, style);
                let dx = match align {
                    Align::Left => 0.0,
                    Align::Center => (width - w) / 2.0,
                    Align::Right => width - w,
                };
                Op::Text { x: x + dx, y: style.baseline(top + i as f32 * style.leading), style, text: line.clone() }
            })
            .collect()
    }

    /// A paragraph, one block per line; at a page break at least two lines stay together at
    /// either end. Newlines in `text` separate paragraphs (with a little space between them).
    pub(crate) fn paragraph(&mut self, text: &str, style: Style, align: Align, space_before: f32) {
        let mut before = space_before;
        for part in text.split('\n').filter(|p| !p.trim().is_empty()) {
            let lines = wrap(self.fonts, style.weight, style.size, part, self.width);
            self.push_lines(lines, style, align, before, 0.0);
            before = style.leading * 0.4;
        }
    }

    fn push_lines(&mut self, lines: Vec<String>, style: Style, align: Align, space_before: f32, indent: f32) {
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let mut block = Block::new(style.leading).space(if i == 0 { space_before } else { 0.0 });
            block.keep_with_next = (i == 0 && n > 1) || (n > 2 && i + 2 == n);
            block.ops = self.text_ops(&[line], style, indent, 0.0, self.width - indent, align);
            self.push(block);
        }
    }

    /// A list with bullets and a hanging indent.
    pub(crate) fn bullets(&mut self, items: &[String], style: Style, space_before: f32) {
        let indent = style.size * 1.3;
        for (k, item) in items.iter().enumerate() {
            let lines = self.lines(item, style, self.width - indent);
            let n = lines.len();
            for (i, line) in lines.into_iter().enumerate() {
                let first = i == 0;
                let mut block = Block::new(style.leading).space(match (k, first) {
                    (0, true) => space_before,
                    (_, true) => style.leading * 0.25,
                    _ => 0.0,
                });
                block.keep_with_next = (first && n > 1) || (n > 2 && i + 2 == n);
                if first {
                    let bullet = Style { colour: colour::TEAL_700, ..style };
                    block.ops.push(Op::Text {
                        x: style.size * 0.2,
                        y: style.baseline(0.0),
                        style: bullet,
                        text: "•".into(),
                    });
                }
                block.ops.extend(self.text_ops(&[line], style, indent, 0.0, self.width - indent, Align::Left));
                self.push(block);
            }
        }
    }

    /// A table: a header row (repeated after a page break) and rows that never split.
    pub(crate) fn table(&mut self, columns: &[Column], rows: &[Row], body: Style, head: Style, space_before: f32) {
        let pad_x = 6.0;
        let pad_y = 3.5;
        let total_share: f32 = columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let widths: Vec<f32> = columns.iter().map(|c| self.width * c.share / total_share).collect();
        let lefts: Vec<f32> = widths.iter().scan(0.0, |x, w| Some(std::mem::replace(x, *x + w))).collect();
        let id = self.headers.len();

        // The header.
        let cells: Vec<Vec<String>> =
            columns.iter().zip(&widths).map(|(c, w)| self.lines(&c.header, head, w - 2.0 * pad_x)).collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * head.leading + 2.0 * pad_y;
        let mut header = Block::new(height).space(space_before).keep();
        header.table = Some(id);
        header.header = true;
        header.ops.push(Op::Rect {
            x: 0.0,
            y: 0.0,
            w: self.width,
            h: height,
            radius: 0.0,
            fill: Some(colour::TEAL_50),
            stroke: None,
        });
        header.ops.push(Op::Line {
            x1: 0.0,
            y1: height,
            x2: self.width,
            y2: height,
            colour: colour::TEAL_700,
            width: 0.8,
        });
        for (i, lines) in cells.iter().enumerate() {
            header.ops.extend(self.text_ops(
                lines,
                head,
                lefts[i] + pad_x,
                pad_y,
                widths[i] - 2.0 * pad_x,
                columns[i].align,
            ));
        }
        self.headers.push(Block { space_before: 0.0, ..header.clone() });
        self.push(header);

        for (r, row) in rows.iter().enumerate() {
            let style = if row.total { body.with_weight(Weight::SemiBold) } else { body };
            let sub_style = Style {
                size: body.size * 0.88,
                leading: body.leading * 0.9,
                colour: colour::GRAY_700,
                weight: Weight::Regular,
            };
            // Per cell: the main lines (semibold when a sub text follows) and the sub lines.
            let cells: Vec<(Style, Vec<String>, Vec<String>)> = row
                .cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| {
                    let main = if cell.sub.is_some() { style.with_weight(Weight::SemiBold) } else { style };
                    let inner = w - 2.0 * pad_x;
                    let sub = cell
                        .sub
                        .as_deref()
                        .map(|s| self.lines_max(s, sub_style, inner, MAX_CELL_LINES))
                        .unwrap_or_default();
                    (main, self.lines_max(&cell.text, main, inner, MAX_CELL_LINES), sub)
                })
                .collect();
            let content = cells
                .iter()
                .map(|(main, lines, sub)| lines.len() as f32 * main.leading + sub.len() as f32 * sub_style.leading)
                .fold(style.leading, f32::max);
            let height = content + 2.0 * pad_y;
            let mut block = Block::new(height);
            block.table = Some(id);
            // The header with at least two rows, and never the last row alone on a page.
            block.keep_with_next = (r == 0 && rows.len() > 1) || (rows.len() > 2 && r + 2 == rows.len());
            if row.total {
                block.ops.push(Op::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: self.width,
                    h: height,
                    radius: 0.0,
                    fill: Some(colour::GRAY_50),
                    stroke: None,
                });
                block.ops.push(Op::Line {
                    x1: 0.0,
                    y1: 0.0,
                    x2: self.width,
                    y2: 0.0,
                    colour: colour::GRAY_600,
                    width: 0.8,
                });
            }
            block.ops.push(Op::Line {
                x1: 0.0,
                y1: height,
                x2: self.width,
                y2: height,
                colour: colour::GRAY_200,
                width: 0.6,
            });
            for (i, (main, lines, sub)) in cells.iter().enumerate() {
                let align = columns.get(i).map_or(Align::Left, |c| c.align);
                let (x, w) = (lefts.get(i).copied().unwrap_or(0.0), widths.get(i).copied().unwrap_or(0.0));
                block.ops.extend(self.text_ops(lines, *main, x + pad_x, pad_y, w - 2.0 * pad_x, align));
                let below = pad_y + lines.len() as f32 * main.leading;
                block.ops.extend(self.text_ops(sub, sub_style, x + pad_x, below, w - 2.0 * pad_x, align));
            }
            self.push(block);
        }
    }

    /// Places the blocks on pages: returns, per page, each block with its top.
    fn paginate(self, frame: &Frame) -> Vec<Vec<(f32, Block)>> {
        let Flow { blocks, headers, .. } = self;
        let mut pages: Vec<Vec<(f32, Block)>> = vec![Vec::new()];
        let mut y = frame.top;
        for i in 0..blocks.len() {
            let block = &blocks[i];
            let at_top = pages.last().is_none_or(Vec::is_empty);
            let before = if at_top { 0.0 } else { block.space_before };
            // The block and the blocks it must stay with, as long as they fit on one page.
            let mut need = before + block.height;
            let mut j = i;
            while blocks[j].keep_with_next && j + 1 < blocks.len() {
                let next = &blocks[j + 1];
                if need + next.space_before + next.height > frame.bottom - frame.top {
                    break;
                }
                need += next.space_before + next.height;
                j += 1;
            }
            if block.anchor_bottom {
                let top = frame.bottom - block.height;
                if y + before > top && !at_top {
                    pages.push(Vec::new());
                }
                if let Some(page) = pages.last_mut() {
                    page.push((frame.bottom - block.height, block.clone()));
                }
                y = frame.bottom;
                continue;
            }
            let mut y_block = y + before;
            if y + need > frame.bottom && !at_top {
                pages.push(Vec::new());
                y_block = frame.top;
                let continues_table =
                    block.table.is_some() && i > 0 && blocks[i - 1].table == block.table && !block.header;
                if let Some(header) = block.table.and_then(|t| headers.get(t)).filter(|_| continues_table)
                    && let Some(page) = pages.last_mut()
                {
                    page.push((y_block, header.clone()));
                    y_block += header.height;
                }
            }
            if let Some(page) = pages.last_mut() {
                page.push((y_block, block.clone()));
            }
            y = y_block + block.height;
        }
        pages
    }
}

/// Where the flow goes on a page.
pub(crate) struct Frame {
    pub(crate) left: f32,
    pub(crate) top: f32,
    pub(crate) bottom: f32,
}

/// What goes on a page besides the flow, in absolute positions: drawn before it (frames, the
/// running head) and after it (the footer), so that the text reads in that order.
#[derive(Default)]
pub(crate) struct Decoration {
    pub(crate) before: Vec<Op>,
    pub(crate) after: Vec<Op>,
}

/// Lays out `flow` on A4 pages, adds what `decorate(page, pages)` returns and writes the PDF.
pub(crate) fn render_pages(
    flow: Flow<'_>,
    frame: &Frame,
    metadata: krilla::metadata::Metadata,
    decorate: impl Fn(usize, usize) -> Decoration,
) -> Result<Vec<u8>, DocumentError> {
    let fonts = flow.fonts;
    let pages = flow.paginate(frame);
    let count = pages.len();
    let mut document = Document::new();
    document.set_metadata(metadata);
    for (index, blocks) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(A4_WIDTH, A4_HEIGHT).ok_or(DocumentError::Layout)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let decoration = decorate(index, count);
        for op in &decoration.before {
            draw(&mut surface, fonts, op);
        }
        for (top, block) in blocks {
            for op in &block.ops {
                draw(&mut surface, fonts, &op.moved(frame.left, *top));
            }
        }
        for op in &decoration.after {
            draw(&mut surface, fonts, op);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| DocumentError::Pdf(format!("{e:?}")))
}

fn paint(c: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(c.0, c.1, c.2).into()
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: paint(c), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn stroke(c: Rgb, width: f32) -> Stroke {
    Stroke { paint: paint(c), width, line_cap: LineCap::Round, line_join: LineJoin::Round, ..Stroke::default() }
}

/// A rectangle with rounded corners (a plain one when `r` is 0).
fn rounded(pb: &mut PathBuilder, x: f32, y: f32, w: f32, h: f32, r: f32) {
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    if r == 0.0 {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            pb.push_rect(rect);
        }
        return;
    }
    let k = 0.552_284_8 * r;
    pb.move_to(x + r, y);
    pb.line_to(x + w - r, y);
    pb.cubic_to(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    pb.line_to(x + w, y + h - r);
    pb.cubic_to(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    pb.line_to(x + r, y + h);
    pb.cubic_to(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    pb.line_to(x, y + r);
    pb.cubic_to(x, y + r - k, x + r - k, y, x + r, y);
    pb.close();
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, op: &Op) {
    match op {
        Op::Text { x, y, style, text } => {
            let text = clean(text);
            if text.trim().is_empty() {
                return;
            }
            let shaped = fonts.shape(style.weight, style.size, &text);
            surface.set_stroke(None);
            surface.set_fill(Some(fill(style.colour)));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &shaped.glyphs,
                fonts.pdf_font(style.weight),
                &text,
                style.size,
                false,
            );
        }
        Op::Rect { x, y, w, h, radius, fill: f, stroke: s } => {
            let mut pb = PathBuilder::new();
            rounded(&mut pb, *x, *y, *w, *h, *radius);
            if let Some(path) = pb.finish() {
                surface.set_fill(f.map(fill));
                surface.set_stroke(s.map(|(c, width)| stroke(c, width)));
                surface.draw_path(&path);
            }
        }
        Op::Line { x1, y1, x2, y2, colour, width } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x1, *y1);
            pb.line_to(*x2, *y2);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke { line_cap: LineCap::Butt, ..stroke(*colour, *width) }));
                surface.draw_path(&path);
            }
        }
        Op::Check { x, y, size, colour, width } => {
            let mut pb = PathBuilder::new();
            pb.move_to(x + size * 0.18, y + size * 0.52);
            pb.line_to(x + size * 0.42, y + size * 0.76);
            pb.line_to(x + size * 0.84, y + size * 0.26);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*colour, *width)));
                surface.draw_path(&path);
            }
        }
        Op::Mark { x, y, size } => {
            // Two rounded links, the second overlapping the first: a "schakel" of a chain.
            let h = size * 0.62;
            let w = size * 1.05;
            let top = y + (size - h) / 2.0;
            let line = size * 0.16;
            for (dx, c) in [(0.0, colour::TEAL_700), (w * 0.58, colour::AMBER_500)] {
                let mut pb = PathBuilder::new();
                rounded(&mut pb, x + dx + line / 2.0, top, w, h, h / 2.0);
                if let Some(path) = pb.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(stroke(c, line)));
                    surface.draw_path(&path);
                }
            }
        }
    }
}
