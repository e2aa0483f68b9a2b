//! The certificate: one framed A4 page with the pupil's name, the completed placements, the
//! approved hours against the requirement, the date of issue, the coordinator, and a line to
//! verify it. Very many placements flow onto a second page with the same frame.

use krilla::metadata::Metadata;

use crate::fonts::{Fonts, Weight};
use crate::layout::{
    A4_HEIGHT, A4_WIDTH, Align, Block, Cell, Column, Decoration, Flow, Frame, Op, Row, Style, colour, render_pages,
};
use crate::model::Certificate;
use crate::words::{date_range, hours, hours_number, kind};
use crate::{DocumentError, Texts};

const MARGIN: f32 = 74.0;
const WIDTH: f32 = A4_WIDTH - 2.0 * MARGIN;
const TOP: f32 = 70.0;
const BOTTOM: f32 = A4_HEIGHT - 76.0;

const WORDMARK: Style = Style::new(Weight::Bold, 19.0, 24.0, colour::TEAL_950);
const TAGLINE: Style = Style::new(Weight::Regular, 8.5, 12.0, colour::GRAY_700);
const EYEBROW: Style = Style::new(Weight::SemiBold, 10.5, 14.0, colour::AMBER_700);
const TITLE: Style = Style::new(Weight::Bold, 44.0, 52.0, colour::TEAL_950);
const AWARDED: Style = Style::new(Weight::Italic, 12.0, 16.0, colour::GRAY_700);
const NAME: Style = Style::new(Weight::SemiBold, 30.0, 38.0, colour::TEAL_800);
const SCHOOL: Style = Style::new(Weight::Regular, 13.0, 18.0, colour::GRAY_700);
const LEAD: Style = Style::new(Weight::Regular, 11.0, 16.0, colour::GRAY_950);
const TABLE: Style = Style::new(Weight::Regular, 9.0, 12.6, colour::GRAY_950);
const TABLE_HEAD: Style = Style::new(Weight::SemiBold, 8.5, 12.0, colour::TEAL_950);
const SMALL: Style = Style::new(Weight::Regular, 8.0, 11.0, colour::GRAY_700);

pub(crate) fn render(c: &Certificate, t: &impl Texts) -> Result<Vec<u8>, DocumentError> {
    if c.placements.iter().any(|p| p.end < p.start) {
        return Err(DocumentError::Invalid("a placement ends before it starts"));
    }
    let fonts = Fonts::load()?;
    let mut flow = Flow::new(&fonts, WIDTH);
    let year = c.school_year.clone();

    wordmark(&mut flow, &t.text("doc-brand"), &t.text("doc-brand-tagline"));
    flow.paragraph(&t.text_with("doc-certificate-year", &[("year", year.clone())]), EYEBROW, Align::Center, 34.0);
    flow.paragraph(&t.text("doc-certificate-title"), TITLE, Align::Center, 2.0);
    let mut rule = Block::new(3.0).space(8.0);
    rule.ops.push(Op::Rect {
        x: WIDTH / 2.0 - 28.0,
        y: 0.0,
        w: 56.0,
        h: 3.0,
        radius: 1.5,
        fill: Some(colour::AMBER_500),
        stroke: None,
    });
    flow.push(rule);
    flow.paragraph(&t.text("doc-certificate-awarded-to"), AWARDED, Align::Center, 18.0);
    // The name on one line if it can be: smaller type for a very long name.
    let name_style = fit(&flow, &c.pupil_name, NAME, WIDTH);
    flow.paragraph(&c.pupil_name, name_style, Align::Center, 4.0);
    flow.paragraph(&c.school_name, SCHOOL, Align::Center, 2.0);

    let total = c.total_approved_minutes();
    let lead = if c.placements.is_empty() {
        t.text_with("doc-certificate-lead-none", &[("year", year.clone())])
    } else {
        let (shown, count) = hours_number(t, total);
        t.text_with(
            "doc-certificate-lead",
            &[
                ("count", c.placements.len().to_string()),
                ("year", year.clone()),
                ("hours", shown),
                ("hourcount", count),
            ],
        )
    };
    let lead_lines = flow.lines(&lead, LEAD, WIDTH - 40.0);
    let mut block = Block::new(lead_lines.len() as f32 * LEAD.leading).space(18.0);
    block.ops = flow.text_ops(&lead_lines, LEAD, 20.0, 0.0, WIDTH - 40.0, Align::Center);
    flow.push(block);

    if !c.placements.is_empty() {
        let columns = [
            Column { header: t.text("doc-col-placement"), share: 3.9, align: Align::Left },
            Column { header: t.text("doc-col-kind"), share: 2.6, align: Align::Left },
            Column { header: t.text("doc-col-period"), share: 3.5, align: Align::Left },
            Column { header: t.text("doc-col-hours"), share: 1.6, align: Align::Right },
        ];
        let rows: Vec<Row> = c
            .placements
            .iter()
            .map(|p| Row {
                cells: vec![
                    Cell { text: p.title.clone(), sub: Some(p.organisation.clone()) },
                    kind(t, p.kind).into(),
                    date_range(t, p.start, p.end).into(),
                    hours(t, p.approved_minutes).into(),
                ],
                total: false,
            })
            .collect();
        flow.table(&columns, &rows, TABLE, TABLE_HEAD, 18.0);
    }
    total_panel(&mut flow, t, total, c.required_minutes);

    let congratulations = Style::new(Weight::Italic, 10.5, 15.0, colour::TEAL_800);
    let lines = flow.lines(&t.text("doc-certificate-congratulations"), congratulations, WIDTH - 60.0);
    let mut block = Block::new(lines.len() as f32 * congratulations.leading).space(16.0);
    block.ops = flow.text_ops(&lines, congratulations, 30.0, 0.0, WIDTH - 60.0, Align::Center);
    flow.push(block);

    closing(&mut flow, t, c);

    let verify = match c.verification_url.as_deref().filter(|u| !u.trim().is_empty()) {
        Some(url) => {
            t.text_with("doc-certificate-verify-at", &[("code", c.verification_code.clone()), ("url", url.to_owned())])
        }
        None => t.text_with("doc-certificate-verify", &[("code", c.verification_code.clone())]),
    };
    let title = format!("{} – {}", t.text("doc-certificate-title"), c.pupil_name);
    let metadata = Metadata::new()
        .title(title)
        .language(t.text("doc-lang-code"))
        .creator(t.text("doc-brand"))
        .description(format!("{} · {}", c.school_name, c.school_year));
    let fonts_ref = &fonts;
    let decorate = |page: usize, pages: usize| {
        let mut footer = verify.clone();
        if pages > 1 {
            let of = t.text_with("doc-page-of", &[("page", (page + 1).to_string()), ("pages", pages.to_string())]);
            footer = format!("{footer}   ·   {of}");
        }
        let w = fonts_ref.width(SMALL.weight, SMALL.size, &footer);
        let footer = Op::Text { x: (A4_WIDTH - w) / 2.0, y: A4_HEIGHT - 46.0, style: SMALL, text: footer };
        Decoration { before: frame_ops(), after: vec![footer] }
    };
    render_pages(flow, &Frame { left: MARGIN, top: TOP, bottom: BOTTOM }, metadata, decorate)
}

/// A smaller size of `style` when `text` would not fit on one line of `width` (down to 60 %).
fn fit(flow: &Flow<'_>, text: &str, style: Style, width: f32) -> Style {
    let natural = flow.text_width(text, style);
    if natural <= width {
        return style;
    }
    let size = (style.size * width / natural).max(style.size * 0.6);
    Style { size, leading: style.leading * size / style.size, ..style }
}

/// The page frame: a teal border with a fine amber line inside it.
fn frame_ops() -> Vec<Op> {
    let outer = 24.0;
    let inner = 30.0;
    vec![
        Op::Rect {
            x: outer,
            y: outer,
            w: A4_WIDTH - 2.0 * outer,
            h: A4_HEIGHT - 2.0 * outer,
            radius: 8.0,
            fill: None,
            stroke: Some((colour::TEAL_800, 2.0)),
        },
        Op::Rect {
            x: inner,
            y: inner,
            w: A4_WIDTH - 2.0 * inner,
            h: A4_HEIGHT - 2.0 * inner,
            radius: 5.0,
            fill: None,
            stroke: Some((colour::AMBER_500, 0.7)),
        },
    ]
}

/// The mark and the word "Schakel", centred, with the tagline under it.
fn wordmark(flow: &mut Flow<'_>, brand: &str, tagline: &str) {
    let mark = 19.0;
    let gap = 9.0;
    let word_width = flow.text_width(brand, WORDMARK);
    let total = mark * 1.65 + gap + word_width;
    let x = (WIDTH - total) / 2.0;
    let mut block = Block::new(WORDMARK.leading);
    block.ops.push(Op::Mark { x, y: (WORDMARK.leading - mark) / 2.0 + 1.0, size: mark });
    block.ops.push(Op::Text {
        x: x + mark * 1.65 + gap,
        y: WORDMARK.baseline(0.0),
        style: WORDMARK,
        text: brand.to_owned(),
    });
    flow.push(block);
    flow.paragraph(tagline, TAGLINE, Align::Center, 2.0);
}

/// The total of approved hours, and against the requirement a bar and whether it is met.
fn total_panel(flow: &mut Flow<'_>, t: &impl Texts, total: u32, required: Option<u32>) {
    let height = 74.0;
    let pad = 16.0;
    let mut block = Block::new(height).space(18.0);
    block.ops.push(Op::Rect {
        x: 0.0,
        y: 0.0,
        w: WIDTH,
        h: height,
        radius: 6.0,
        fill: Some(colour::TEAL_50),
        stroke: Some((colour::TEAL_100, 0.8)),
    });
    let label = Style::new(Weight::SemiBold, 9.0, 12.0, colour::GRAY_700);
    let big = Style::new(Weight::Bold, 24.0, 30.0, colour::TEAL_700);
    block.ops.push(Op::Text {
        x: pad,
        y: label.baseline(pad - 2.0),
        style: label,
        text: t.text("doc-certificate-total"),
    });
    block.ops.push(Op::Text { x: pad, y: big.baseline(pad + 12.0), style: big, text: hours(t, total) });

    if let Some(required) = required {
        let left = WIDTH * 0.46;
        let bar_width = WIDTH - left - pad;
        let req = t.text_with("doc-certificate-required", &[("hours", hours(t, required))]);
        block.ops.push(Op::Text { x: left, y: label.baseline(pad - 2.0), style: label, text: req });
        let bar_y = pad + 17.0;
        block.ops.push(Op::Rect {
            x: left,
            y: bar_y,
            w: bar_width,
            h: 8.0,
            radius: 4.0,
            fill: Some(colour::GRAY_200),
            stroke: None,
        });
        let share = if required == 0 { 1.0 } else { (total as f32 / required as f32).min(1.0) };
        let met = total >= required;
        if share > 0.0 {
            block.ops.push(Op::Rect {
                x: left,
                y: bar_y,
                w: (bar_width * share).max(8.0),
                h: 8.0,
                radius: 4.0,
                fill: Some(if met { colour::GREEN_700 } else { colour::TEAL_700 }),
                stroke: None,
            });
        }
        let status_y = bar_y + 16.0;
        if met {
            let style = Style::new(Weight::SemiBold, 10.0, 14.0, colour::GREEN_700);
            block.ops.push(Op::Rect {
                x: left,
                y: status_y,
                w: 14.0,
                h: 14.0,
                radius: 7.0,
                fill: Some(colour::GREEN_700),
                stroke: None,
            });
            block.ops.push(Op::Check {
                x: left + 1.5,
                y: status_y + 1.5,
                size: 11.0,
                colour: colour::WHITE,
                width: 1.6,
            });
            block.ops.push(Op::Text {
                x: left + 20.0,
                y: style.baseline(status_y),
                style,
                text: t.text("doc-certificate-met"),
            });
        } else {
            let style = Style::new(Weight::SemiBold, 10.0, 14.0, colour::TEAL_800);
            let rest = t.text_with("doc-certificate-remaining", &[("hours", hours(t, required - total))]);
            block.ops.push(Op::Text { x: left, y: style.baseline(status_y), style, text: rest });
        }
    }
    flow.push(block);
}

/// Date of issue on the left, the coordinator's signature line on the right; at the page foot.
fn closing(flow: &mut Flow<'_>, t: &impl Texts, c: &Certificate) {
    let label = Style::new(Weight::Regular, 8.5, 12.0, colour::GRAY_700);
    let value = Style::new(Weight::SemiBold, 11.0, 15.0, colour::GRAY_950);
    let height = 58.0;
    let mut block = Block::new(height).space(20.0);
    block.anchor_bottom = true;
    let col = WIDTH * 0.42;
    // Left: the date of issue.
    block.ops.push(Op::Text {
        x: 0.0,
        y: label.baseline(18.0),
        style: label,
        text: t.text("doc-certificate-issued-on"),
    });
    block.ops.push(Op::Text { x: 0.0, y: value.baseline(31.0), style: value, text: t.date(c.issued_on) });
    // Right: a line, the coordinator's name and function under it.
    let right = WIDTH - col;
    block.ops.push(Op::Line { x1: right, y1: 26.0, x2: WIDTH, y2: 26.0, colour: colour::GRAY_600, width: 0.7 });
    let name_lines = flow.lines_max(&c.coordinator_name, value, col, 1);
    block.ops.extend(flow.text_ops(&name_lines, value, right, 29.0, col, Align::Left));
    let role = t.text_with("doc-certificate-coordinator", &[("school", c.school_name.clone())]);
    let role_lines = flow.lines_max(&role, label, col, 1);
    block.ops.extend(flow.text_ops(&role_lines, label, right, 44.0, col, Align::Left));
    flow.push(block);
}
