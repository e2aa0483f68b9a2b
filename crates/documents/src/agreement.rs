//! The placement agreement: a title block, thirteen numbered sections (MINORS-RULES.md,
//! section 3) and the signature boxes; a running head and "page n of m" on every page.

use krilla::metadata::Metadata;

use crate::fonts::Weight;
use crate::layout::{
    A4_HEIGHT, A4_WIDTH, Align, Block, Column, Decoration, Flow, Frame, MAX_CELL_LINES, Op, Row, Style, colour,
    render_pages,
};
use crate::model::{Agreement, Consent, PlacementKind, Signature, age_on};
use crate::words::{
    address, consent, contact, date_range, hours, kind, or_to_agree, or_unknown, person, personal_data, time_range,
    weekday,
};
use crate::{DocumentError, Texts};

const MARGIN: f32 = 56.0;
const WIDTH: f32 = A4_WIDTH - 2.0 * MARGIN;
const TOP: f32 = 72.0;
const BOTTOM: f32 = A4_HEIGHT - 62.0;

const BODY: Style = Style::new(Weight::Regular, 9.0, 12.8, colour::GRAY_950);
const LABEL: Style = Style::new(Weight::Regular, 8.2, 12.0, colour::GRAY_700);
const SMALL: Style = Style::new(Weight::Regular, 8.0, 11.0, colour::GRAY_700);
const TABLE: Style = Style::new(Weight::Regular, 8.6, 11.8, colour::GRAY_950);
const TABLE_HEAD: Style = Style::new(Weight::SemiBold, 8.5, 12.0, colour::TEAL_950);
const SECTION: Style = Style::new(Weight::SemiBold, 12.0, 16.0, colour::TEAL_950);
const SUBHEAD: Style = Style::new(Weight::SemiBold, 9.0, 12.8, colour::TEAL_950);
const TITLE: Style = Style::new(Weight::Bold, 25.0, 30.0, colour::TEAL_950);
const SUBTITLE: Style = Style::new(Weight::Regular, 13.0, 17.5, colour::TEAL_700);

/// Space between paragraphs, and above a section.
const PARA: f32 = 4.5;
const SECTION_SPACE: f32 = 14.0;

pub(crate) fn render(a: &Agreement, t: &impl Texts) -> Result<Vec<u8>, DocumentError> {
    if a.schedule.end < a.schedule.start {
        return Err(DocumentError::Invalid("the placement ends before it starts"));
    }
    let fonts = crate::fonts::Fonts::load()?;
    let mut flow = Flow::new(&fonts, WIDTH);
    let mut doc = Builder { flow: &mut flow, t, section: 0 };
    doc.title(a);
    doc.parties(a);
    doc.kind(a);
    doc.schedule(a);
    doc.tasks(a);
    doc.supervision(a);
    doc.safety(a);
    doc.insurance(a);
    doc.conduct(a);
    doc.absence(a);
    doc.termination();
    doc.evaluation();
    doc.consents(a);
    doc.signatures(a);

    let title = t.text_with("doc-agreement-running-head", &[("reference", a.reference.clone())]);
    let metadata = Metadata::new()
        .title(title.clone())
        .language(t.text("doc-lang-code"))
        .creator(t.text("doc-brand"))
        .description(format!("{} · {}", a.pupil.name, a.host.name));
    let pupil = t.text_with("doc-agreement-footer-pupil", &[("name", a.pupil.name.clone())]);
    let brand = t.text("doc-brand");
    let fonts_ref = &fonts;
    let decorate = |page: usize, pages: usize| {
        let mut ops = Vec::new();
        let of = t.text_with("doc-page-of", &[("page", (page + 1).to_string()), ("pages", pages.to_string())]);
        let of_width = fonts_ref.width(SMALL.weight, SMALL.size, &of);
        let y = A4_HEIGHT - 34.0;
        ops.push(Op::Line {
            x1: MARGIN,
            y1: A4_HEIGHT - 50.0,
            x2: A4_WIDTH - MARGIN,
            y2: A4_HEIGHT - 50.0,
            colour: colour::GRAY_200,
            width: 0.6,
        });
        ops.push(Op::Text { x: MARGIN, y, style: SMALL, text: pupil.clone() });
        ops.push(Op::Text { x: A4_WIDTH - MARGIN - of_width, y, style: SMALL, text: of });
        Decoration { before: running_head(fonts_ref, &brand, &title), after: ops }
    };
    render_pages(flow, &Frame { left: MARGIN, top: TOP, bottom: BOTTOM }, metadata, decorate)
}

/// The Schakel mark and word at the top left, the document's name at the top right, a rule.
pub(crate) fn running_head(fonts: &crate::fonts::Fonts, brand: &str, right: &str) -> Vec<Op> {
    let word = Style::new(Weight::Bold, 12.0, 14.0, colour::TEAL_950);
    let right_width = fonts.width(SMALL.weight, SMALL.size, right);
    vec![
        Op::Mark { x: MARGIN, y: 30.0, size: 13.0 },
        Op::Text { x: MARGIN + 28.0, y: 41.0, style: word, text: brand.to_owned() },
        Op::Text { x: A4_WIDTH - MARGIN - right_width, y: 40.5, style: SMALL, text: right.to_owned() },
        Op::Line { x1: MARGIN, y1: 50.0, x2: A4_WIDTH - MARGIN, y2: 50.0, colour: colour::GRAY_200, width: 0.6 },
    ]
}

/// A card of a party: title and label–value rows.
struct Card {
    title: String,
    rows: Vec<(String, String)>,
}

struct Builder<'a, 'f, T: Texts> {
    flow: &'a mut Flow<'f>,
    t: &'a T,
    section: usize,
}

impl<T: Texts> Builder<'_, '_, T> {
    fn text(&self, key: &str) -> String {
        self.t.text(key)
    }

    fn para(&mut self, text: &str) {
        self.flow.paragraph(text, BODY, Align::Left, PARA);
    }

    fn para_key(&mut self, key: &str) {
        let text = self.text(key);
        self.para(&text);
    }

    /// A numbered section heading, kept with what follows.
    fn section(&mut self, key: &str) {
        self.section += 1;
        let text = self.text(key);
        let badge = 16.0;
        let height = SECTION.leading.max(badge);
        let mut block = Block::new(height).space(SECTION_SPACE).keep();
        let number = self.section.to_string();
        let number_style = Style::new(Weight::Bold, 9.5, badge, colour::WHITE);
        let number_width = self.flow.text_width(&number, number_style);
        block.ops.push(Op::Rect {
            x: 0.0,
            y: (height - badge) / 2.0,
            w: badge,
            h: badge,
            radius: 3.5,
            fill: Some(colour::TEAL_700),
            stroke: None,
        });
        block.ops.push(Op::Text {
            x: (badge - number_width) / 2.0,
            y: number_style.baseline((height - badge) / 2.0),
            style: number_style,
            text: number,
        });
        block.ops.push(Op::Text {
            x: badge + 8.0,
            y: SECTION.baseline((height - SECTION.leading) / 2.0),
            style: SECTION,
            text,
        });
        self.flow.push(block);
        // A little air under the heading, kept with it.
        self.flow.push(Block::new(1.0).keep());
    }

    /// Label–value rows across the full width, with hairlines between them.
    fn rows(&mut self, rows: &[(String, String)], space_before: f32) {
        let label_width = 150.0;
        let gap = 10.0;
        let value_width = WIDTH - label_width - gap;
        let pad = 3.0;
        for (i, (label, value)) in rows.iter().enumerate() {
            let label_lines = self.flow.lines(label, LABEL, label_width);
            let value_lines = self.flow.lines(value, BODY, value_width);
            // A long value is split into pieces of a few lines that may go on the next page; the
            // label and the first two lines, and the last two lines, stay together.
            let pieces: Vec<&[String]> = if value_lines.len() <= 6 {
                vec![&value_lines[..]]
            } else {
                let (first, rest) = value_lines.split_at(2);
                let (middle, last) = rest.split_at(rest.len() - 2);
                std::iter::once(first).chain(middle.chunks(1)).chain(std::iter::once(last)).collect()
            };
            let count = pieces.len();
            for (k, piece) in pieces.into_iter().enumerate() {
                let (first, last) = (k == 0, k + 1 == count);
                let top = if first { pad } else { 0.0 };
                let labels = if first { label_lines.len() as f32 * LABEL.leading } else { 0.0 };
                let height = labels.max(piece.len() as f32 * BODY.leading) + top + if last { pad } else { 0.0 };
                let mut block = Block::new(height).space(if i == 0 && first { space_before } else { 0.0 });
                block.keep_with_next = count > 1 && (first || k + 2 == count);
                if first {
                    block.ops.extend(self.flow.text_ops(&label_lines, LABEL, 0.0, pad + 0.6, label_width, Align::Left));
                }
                block.ops.extend(self.flow.text_ops(piece, BODY, label_width + gap, top, value_width, Align::Left));
                if last {
                    block.ops.push(Op::Line {
                        x1: 0.0,
                        y1: height,
                        x2: WIDTH,
                        y2: height,
                        colour: colour::GRAY_200,
                        width: 0.5,
                    });
                }
                if i == 0 && first {
                    block.ops.push(Op::Line {
                        x1: 0.0,
                        y1: 0.0,
                        x2: WIDTH,
                        y2: 0.0,
                        colour: colour::GRAY_200,
                        width: 0.5,
                    });
                }
                self.flow.push(block);
            }
        }
    }

    /// A strip of facts side by side, label above value, between hairlines.
    fn facts(&mut self, facts: &[(String, String)], space_before: f32) {
        let gap = 12.0;
        let n = facts.len().max(1) as f32;
        let width = (WIDTH - gap * (n - 1.0)) / n;
        let pad = 6.0;
        let value = BODY.with_weight(Weight::SemiBold);
        let cells: Vec<(Vec<String>, Vec<String>)> =
            facts.iter().map(|(l, v)| (self.flow.lines(l, LABEL, width), self.flow.lines(v, value, width))).collect();
        let height = cells
            .iter()
            .map(|(l, v)| l.len() as f32 * LABEL.leading + v.len() as f32 * value.leading)
            .fold(0.0, f32::max)
            + 2.0 * pad;
        let mut block = Block::new(height).space(space_before);
        for y in [0.0, height] {
            block.ops.push(Op::Line { x1: 0.0, y1: y, x2: WIDTH, y2: y, colour: colour::GRAY_200, width: 0.5 });
        }
        for (i, (label, value_lines)) in cells.iter().enumerate() {
            let x = i as f32 * (width + gap);
            if i > 0 {
                block.ops.push(Op::Line {
                    x1: x - gap / 2.0,
                    y1: pad,
                    x2: x - gap / 2.0,
                    y2: height - pad,
                    colour: colour::GRAY_200,
                    width: 0.5,
                });
            }
            block.ops.extend(self.flow.text_ops(label, LABEL, x, pad, width, Align::Left));
            let below = pad + label.len() as f32 * LABEL.leading;
            block.ops.extend(self.flow.text_ops(value_lines, value, x, below, width, Align::Left));
        }
        self.flow.push(block);
    }

    /// Two cards side by side, as one block.
    fn cards(&mut self, left: &Card, right: &Card, space_before: f32) {
        let gap = 14.0;
        let width = (WIDTH - gap) / 2.0;
        let (l_ops, l_height) = self.card(left, width);
        let (r_ops, r_height) = self.card(right, width);
        let height = l_height.max(r_height);
        let mut block = Block::new(height).space(space_before);
        for (dx, ops) in [(0.0, l_ops), (width + gap, r_ops)] {
            block.ops.push(Op::Rect {
                x: dx,
                y: 0.0,
                w: width,
                h: height,
                radius: 5.0,
                fill: None,
                stroke: Some((colour::GRAY_200, 0.8)),
            });
            block.ops.extend(ops.into_iter().map(|op| op.moved(dx, 0.0)));
        }
        self.flow.push(block);
    }

    /// The ops of one card `width` wide (without its outline), and its height.
    fn card(&self, card: &Card, width: f32) -> (Vec<Op>, f32) {
        let pad = 9.0;
        let head = 20.0;
        let label_width = 84.0;
        let value_width = width - 2.0 * pad - label_width - 6.0;
        let mut ops = vec![
            Op::Rect { x: 0.0, y: 0.0, w: width, h: head, radius: 5.0, fill: Some(colour::TEAL_50), stroke: None },
            Op::Rect {
                x: 0.0,
                y: head - 5.0,
                w: width,
                h: 5.0,
                radius: 0.0,
                fill: Some(colour::TEAL_50),
                stroke: None,
            },
            Op::Line { x1: 0.0, y1: head, x2: width, y2: head, colour: colour::GRAY_200, width: 0.6 },
            Op::Text {
                x: pad,
                y: SUBHEAD.baseline((head - SUBHEAD.leading) / 2.0),
                style: SUBHEAD,
                text: card.title.clone(),
            },
        ];
        let value_style = Style { size: 8.8, leading: 12.0, ..BODY };
        let label_style = Style { size: 7.8, leading: 12.0, ..LABEL };
        let mut y = head + 5.0;
        for (label, value) in &card.rows {
            let label_lines = self.flow.lines_max(label, label_style, label_width, MAX_CELL_LINES);
            let value_lines = self.flow.lines_max(value, value_style, value_width, MAX_CELL_LINES);
            ops.extend(self.flow.text_ops(&label_lines, label_style, pad, y + 0.5, label_width, Align::Left));
            ops.extend(self.flow.text_ops(
                &value_lines,
                value_style,
                pad + label_width + 6.0,
                y,
                value_width,
                Align::Left,
            ));
            y += (label_lines.len().max(value_lines.len()).max(1)) as f32 * value_style.leading + 2.0;
        }
        (ops, y + pad - 4.0)
    }

    fn title(&mut self, a: &Agreement) {
        let t = self.t;
        self.flow.paragraph(&t.text("doc-agreement-title"), TITLE, Align::Left, 0.0);
        let subtitle =
            t.text_with("doc-agreement-subtitle", &[("title", a.title.clone()), ("host", a.host.name.clone())]);
        self.flow.paragraph(&subtitle, SUBTITLE, Align::Left, 2.0);
        let meta =
            t.text_with("doc-agreement-meta", &[("reference", a.reference.clone()), ("date", t.date(a.drawn_up_on))]);
        self.flow.paragraph(&meta, LABEL, Align::Left, 3.0);
        self.flow.paragraph(&t.text("doc-agreement-intro"), BODY, Align::Left, 12.0);
        self.note(&t.text("doc-agreement-pupil-note-title"), &t.text("doc-agreement-pupil-note"));
    }

    /// A tinted box with an accent bar, addressed to the pupil.
    fn note(&mut self, title: &str, text: &str) {
        let pad = 10.0;
        let bar = 3.0;
        let inner = WIDTH - 2.0 * pad - bar;
        let title_lines = self.flow.lines(title, SUBHEAD, inner);
        let text_lines = self.flow.lines(text, BODY, inner);
        let title_height = title_lines.len() as f32 * SUBHEAD.leading;
        let height = 2.0 * pad + title_height + 1.0 + text_lines.len() as f32 * BODY.leading;
        let mut block = Block::new(height).space(10.0);
        block.ops.push(Op::Rect {
            x: 0.0,
            y: 0.0,
            w: WIDTH,
            h: height,
            radius: 4.0,
            fill: Some(colour::TEAL_50),
            stroke: None,
        });
        block.ops.push(Op::Rect {
            x: 0.0,
            y: 0.0,
            w: bar,
            h: height,
            radius: 0.0,
            fill: Some(colour::AMBER_500),
            stroke: None,
        });
        block.ops.extend(self.flow.text_ops(&title_lines, SUBHEAD, bar + pad, pad, inner, Align::Left));
        block.ops.extend(self.flow.text_ops(
            &text_lines,
            BODY,
            bar + pad,
            pad + title_height + 1.0,
            inner,
            Align::Left,
        ));
        self.flow.push(block);
    }

    fn parties(&mut self, a: &Agreement) {
        let t = self.t;
        self.section("doc-section-parties");
        let school = Card {
            title: t.text("doc-party-school"),
            rows: vec![
                (t.text("doc-field-name"), a.school.name.clone()),
                (t.text("doc-field-brin"), a.school.brin.clone()),
                (t.text("doc-field-address"), address(&a.school.address)),
                (t.text("doc-field-coordinator"), person(t, &a.school.coordinator)),
            ],
        };
        let location = match &a.host.location {
            Some(l) => match &l.name {
                Some(name) if !name.trim().is_empty() => format!("{name}\n{}", address(&l.address)),
                _ => address(&l.address),
            },
            None => t.text("doc-location-same"),
        };
        let host = Card {
            title: t.text("doc-party-host"),
            rows: vec![
                (t.text("doc-field-name"), a.host.name.clone()),
                (t.text("doc-field-kvk"), a.host.kvk.clone()),
                (t.text("doc-field-address"), address(&a.host.address)),
                (t.text("doc-field-representative"), person(t, &a.host.representative)),
                (t.text("doc-field-location"), location),
            ],
        };
        self.cards(&school, &host, PARA);
        let pupil = Card {
            title: t.text("doc-party-pupil"),
            rows: vec![
                (t.text("doc-field-name"), a.pupil.name.clone()),
                (t.text("doc-field-date-of-birth"), t.date(a.pupil.date_of_birth)),
                (t.text("doc-field-school"), a.school.name.clone()),
                (t.text("doc-field-class"), or_unknown(t, a.pupil.class.as_deref())),
                (t.text("doc-field-pupil-number"), or_unknown(t, a.pupil.pupil_number.as_deref())),
            ],
        };
        let parent = Card {
            title: t.text("doc-party-parent"),
            rows: match &a.parent {
                Some(p) => vec![(t.text("doc-field-name"), contact(t, p, false))],
                None => vec![(t.text("doc-field-name"), t.text("doc-not-known"))],
            },
        };
        self.cards(&pupil, &parent, 10.0);
    }

    fn kind(&mut self, a: &Agreement) {
        let t = self.t;
        self.section("doc-section-kind");
        self.facts(
            &[(t.text("doc-field-placement"), a.title.clone()), (t.text("doc-field-kind"), kind(t, a.kind))],
            PARA,
        );
        match a.kind {
            PlacementKind::MasIndividual => self.para_key("doc-kind-mas-clause"),
            PlacementKind::MasGroup => {
                self.para_key("doc-kind-mas-clause");
                self.para_key("doc-kind-group-clause");
            }
            PlacementKind::ProfessionalStage => self.para_key("doc-kind-professional-clause"),
            PlacementKind::MeetingPointAssignment => self.para_key("doc-kind-assignment-clause"),
        }
    }

    fn schedule(&mut self, a: &Agreement) {
        let t = self.t;
        let s = &a.schedule;
        self.section("doc-section-schedule");
        let known = |m: Option<u32>| m.map_or_else(|| t.text("doc-not-known"), |m| hours(t, m));
        self.facts(
            &[
                (t.text("doc-field-period"), date_range(t, s.start, s.end)),
                (t.text("doc-field-total-hours"), known(s.total_minutes)),
                (t.text("doc-field-hours-per-week"), known(s.minutes_per_week)),
            ],
            PARA,
        );
        if !s.weekly.is_empty() {
            self.flow.paragraph(&t.text("doc-schedule-weekly"), SUBHEAD, Align::Left, 10.0);
            self.flow.keep_last();
            let columns = [
                Column { header: t.text("doc-col-day"), share: 2.0, align: Align::Left },
                Column { header: t.text("doc-col-time"), share: 2.0, align: Align::Left },
                Column { header: t.text("doc-col-hours"), share: 1.2, align: Align::Right },
            ];
            let rows: Vec<Row> = s
                .weekly
                .iter()
                .map(|w| Row::plain(vec![weekday(t, w.weekday), time_range(t, w.start, w.end), hours(t, w.minutes())]))
                .collect();
            self.flow.table(&columns, &rows, TABLE, TABLE_HEAD, 4.0);
        }
        if !s.slots.is_empty() {
            self.flow.paragraph(&t.text("doc-schedule-slots"), SUBHEAD, Align::Left, 10.0);
            self.flow.keep_last();
            let columns = [
                Column { header: t.text("doc-col-date"), share: 2.2, align: Align::Left },
                Column { header: t.text("doc-col-day"), share: 1.6, align: Align::Left },
                Column { header: t.text("doc-col-time"), share: 2.0, align: Align::Left },
                Column { header: t.text("doc-col-hours"), share: 1.2, align: Align::Right },
            ];
            let mut slots = s.slots.clone();
            slots.sort_by_key(|s| (s.date, s.start));
            let mut rows: Vec<Row> = slots
                .iter()
                .map(|slot| {
                    Row::plain(vec![
                        t.date(slot.date),
                        weekday(t, slot.date.weekday()),
                        time_range(t, slot.start, slot.end),
                        hours(t, slot.minutes()),
                    ])
                })
                .collect();
            rows.push(Row::total(vec![
                t.text("doc-schedule-total"),
                String::new(),
                String::new(),
                hours(t, s.slot_minutes()),
            ]));
            self.flow.table(&columns, &rows, TABLE, TABLE_HEAD, 4.0);
        }
        if s.weekly.is_empty() && s.slots.is_empty() {
            self.para_key("doc-schedule-none");
        }
        if let Some(note) = s.note.as_deref().filter(|n| !n.trim().is_empty()) {
            self.flow.paragraph(note, BODY, Align::Left, PARA);
        }
        self.flow.paragraph(&t.text("doc-schedule-limits"), BODY, Align::Left, PARA);
    }

    fn tasks(&mut self, a: &Agreement) {
        let t = self.t;
        self.section("doc-section-tasks");
        self.flow.paragraph(&a.tasks.description, BODY, Align::Left, PARA);
        if let Some(level) = a.tasks.level.as_deref().filter(|l| !l.trim().is_empty()) {
            self.rows(&[(t.text("doc-field-level"), level.to_owned())], PARA);
        }
        self.para_key(if a.tasks.light_non_industrial { "doc-tasks-light-non-industrial" } else { "doc-tasks-light" });
    }

    fn supervision(&mut self, a: &Agreement) {
        let t = self.t;
        let s = &a.supervision;
        self.section("doc-section-supervision");
        let mut rows = vec![
            (t.text("doc-field-host-supervisor"), contact(t, &s.host_supervisor, true)),
            (t.text("doc-field-coordinator"), contact(t, &a.school.coordinator, true)),
        ];
        if let Some(teacher) = &s.school_supervisor {
            rows.push((t.text("doc-field-school-supervisor"), contact(t, teacher, true)));
        }
        rows.push((t.text("doc-field-induction"), or_to_agree(t, s.induction.as_deref())));
        rows.push((t.text("doc-field-assessed-by"), or_to_agree(t, s.assessed_by.as_deref())));
        rows.push((t.text("doc-field-hours-confirmed-by"), or_to_agree(t, s.hours_confirmed_by.as_deref())));
        self.rows(&rows, PARA);
        self.flow.paragraph(&t.text("doc-supervision-clause"), BODY, Align::Left, PARA);
        if age_on(a.pupil.date_of_birth, a.schedule.start) < 15 {
            self.para_key("doc-supervision-explicit");
        }
        self.para_key(if s.school_may_visit { "doc-supervision-visit" } else { "doc-supervision-no-visit" });
    }

    fn safety(&mut self, a: &Agreement) {
        let t = self.t;
        let s = &a.safety;
        self.section("doc-section-safety");
        self.para_key("doc-safety-clause");
        let risks = match s.risks.as_deref() {
            Some(r) if !r.trim().is_empty() => r.to_owned(),
            _ => t.text("doc-safety-none-known"),
        };
        let mut rows = vec![(t.text("doc-field-risks"), risks)];
        if let Some(m) = s.measures.as_deref().filter(|m| !m.trim().is_empty()) {
            rows.push((t.text("doc-field-measures"), m.to_owned()));
        }
        self.rows(&rows, PARA);
        if age_on(a.pupil.date_of_birth, a.schedule.start) < 16 {
            let informed = match s.parents_informed_on {
                Some(d) => t.text_with("doc-safety-parents-informed", &[("date", t.date(d))]),
                None => t.text("doc-safety-parents-not-yet"),
            };
            let text = format!("{} {informed}", t.text("doc-safety-under-16"));
            self.flow.paragraph(&text, BODY, Align::Left, PARA);
        }
    }

    fn insurance(&mut self, a: &Agreement) {
        let t = self.t;
        let i = &a.insurance;
        self.section("doc-section-insurance");
        let policy = |p: &Option<crate::model::Policy>| match p {
            Some(p) => match p.number.as_deref().filter(|n| !n.trim().is_empty()) {
                Some(n) => {
                    t.text_with("doc-insurance-policy", &[("insurer", p.insurer.clone()), ("number", n.to_owned())])
                }
                None => p.insurer.clone(),
            },
            None => t.text("doc-not-known"),
        };
        let columns = [
            Column { header: t.text("doc-col-insurance"), share: 3.0, align: Align::Left },
            Column { header: t.text("doc-col-covers"), share: 4.0, align: Align::Left },
            Column { header: t.text("doc-col-policy"), share: 2.6, align: Align::Left },
        ];
        let mut rows = vec![
            Row::plain(vec![
                t.text("doc-insurance-school-accident"),
                t.text("doc-insurance-school-accident-covers"),
                policy(&i.school_accident),
            ]),
            Row::plain(vec![
                t.text("doc-insurance-school-liability"),
                t.text("doc-insurance-school-liability-covers"),
                policy(&i.school_liability),
            ]),
            Row::plain(vec![
                t.text("doc-insurance-host-liability"),
                t.text("doc-insurance-host-liability-covers"),
                policy(&i.host_liability),
            ]),
        ];
        rows.push(if i.avv {
            Row::plain(vec![
                t.text("doc-insurance-avv"),
                t.text("doc-insurance-avv-covers"),
                t.text("doc-insurance-avv-policy"),
            ])
        } else {
            Row::plain(vec![t.text("doc-insurance-avv"), t.text("doc-insurance-avv-not-applicable"), String::new()])
        });
        self.flow.table(&columns, &rows, TABLE, TABLE_HEAD, PARA);
        self.flow.paragraph(&t.text("doc-insurance-clause"), BODY, Align::Left, PARA);
    }

    fn conduct(&mut self, a: &Agreement) {
        let t = self.t;
        let c = &a.conduct;
        self.section("doc-section-conduct");
        self.para_key("doc-conduct-clause");
        if let Some(rules) = c.house_rules.as_deref().filter(|r| !r.trim().is_empty()) {
            self.rows(&[(t.text("doc-field-house-rules"), rules.to_owned())], PARA);
        }
        if c.personal_data.is_empty() {
            self.flow.paragraph(&t.text("doc-conduct-no-data"), BODY, Align::Left, PARA);
        } else {
            self.flow.paragraph(&t.text("doc-conduct-privacy"), BODY, Align::Left, PARA);
            let items: Vec<String> = c.personal_data.iter().map(|d| personal_data(t, *d)).collect();
            self.flow.bullets(&items, BODY, 3.0);
        }
        self.flow.paragraph(&t.text("doc-conduct-confidant"), BODY, Align::Left, PARA);
    }

    fn absence(&mut self, a: &Agreement) {
        let t = self.t;
        self.section("doc-section-absence");
        self.para_key("doc-absence-clause");
        if let Some(note) = a.absence_note.as_deref().filter(|n| !n.trim().is_empty()) {
            self.rows(&[(t.text("doc-field-absence-note"), note.to_owned())], PARA);
        }
        self.flow.paragraph(&t.text("doc-absence-accident"), BODY, Align::Left, PARA);
    }

    fn termination(&mut self) {
        let t = self.t;
        self.section("doc-section-termination");
        self.para_key("doc-termination-intro");
        let items = [
            t.text("doc-termination-mutual"),
            t.text("doc-termination-left-school"),
            t.text("doc-termination-warning"),
            t.text("doc-termination-serious"),
        ];
        self.flow.bullets(&items, BODY, 3.0);
        self.para_key("doc-termination-notice");
    }

    fn evaluation(&mut self) {
        let t = self.t;
        self.section("doc-section-evaluation");
        let items = [t.text("doc-evaluation-host"), t.text("doc-evaluation-pupil"), t.text("doc-evaluation-hours")];
        self.flow.bullets(&items, BODY, PARA);
    }

    fn consents(&mut self, a: &Agreement) {
        let t = self.t;
        let c = &a.consents;
        self.section("doc-section-consents");
        let columns = [
            Column { header: t.text("doc-col-consent"), share: 5.0, align: Align::Left },
            Column { header: t.text("doc-col-status"), share: 4.0, align: Align::Left },
        ];
        let row = |key: &str, c: &Consent| Row::plain(vec![t.text(key), consent(t, c)]);
        let rows = [
            row("doc-consent-parental", &c.parental),
            row("doc-consent-sunday", &c.sunday_work),
            row("doc-consent-evening", &c.extended_evening_hours),
        ];
        self.flow.table(&columns, &rows, TABLE, TABLE_HEAD, PARA);
        self.flow.paragraph(&t.text("doc-consents-clause"), BODY, Align::Left, PARA);
    }

    fn signatures(&mut self, a: &Agreement) {
        let t = self.t;
        self.section("doc-section-signatures");
        self.para_key("doc-signatures-intro");
        self.flow.keep_last();
        let s = &a.signatures;
        let gap = 14.0;
        let width = (WIDTH - gap) / 2.0;
        let boxes = [
            (t.text("doc-signature-pupil"), Some(&s.pupil)),
            (t.text("doc-signature-parent"), s.parent.as_ref()),
            (t.text("doc-signature-school"), Some(&s.school)),
            (t.text("doc-signature-host"), Some(&s.host)),
        ];
        for (i, pair) in boxes.chunks(2).enumerate() {
            let rendered: Vec<(Vec<Op>, f32)> =
                pair.iter().map(|(title, signature)| self.signature_box(title, *signature, width)).collect();
            let height = rendered.iter().map(|(_, h)| *h).fold(0.0, f32::max);
            let mut block = Block::new(height).space(if i == 0 { 8.0 } else { gap });
            if i == 0 {
                block.keep_with_next = true;
            }
            for (k, (ops, _)) in rendered.into_iter().enumerate() {
                let dx = k as f32 * (width + gap);
                block.ops.push(Op::Rect {
                    x: dx,
                    y: 0.0,
                    w: width,
                    h: height,
                    radius: 5.0,
                    fill: None,
                    stroke: Some((colour::GRAY_200, 0.8)),
                });
                block.ops.extend(ops.into_iter().map(|op| op.moved(dx, 0.0)));
            }
            self.flow.push(block);
        }
    }

    /// One party's box: signed (with a tick), lines to sign on, or "not required".
    fn signature_box(&self, title: &str, signature: Option<&Signature>, width: f32) -> (Vec<Op>, f32) {
        let t = self.t;
        let pad = 10.0;
        let inner = width - 2.0 * pad;
        let mut ops = vec![Op::Text { x: pad, y: SUBHEAD.baseline(pad), style: SUBHEAD, text: title.to_owned() }];
        let mut y = pad + SUBHEAD.leading + 6.0;
        match signature {
            Some(Signature::Signed { by, on }) => {
                let style = BODY.with_colour(colour::GREEN_700);
                let text = t.text_with("doc-signature-signed", &[("date", t.date(*on)), ("name", by.clone())]);
                let lines = self.flow.lines_max(&text, style, inner - 20.0, 4);
                ops.push(Op::Rect {
                    x: pad,
                    y: y + 0.5,
                    w: 14.0,
                    h: 14.0,
                    radius: 7.0,
                    fill: Some(colour::GREEN_700),
                    stroke: None,
                });
                ops.push(Op::Check { x: pad + 1.5, y: y + 2.0, size: 11.0, colour: colour::WHITE, width: 1.6 });
                ops.extend(self.flow.text_ops(&lines, style, pad + 20.0, y, inner - 20.0, Align::Left));
                y += (lines.len() as f32 * style.leading).max(16.0);
                // Keep the box as tall as an unsigned one, so the grid stays even.
                y = y.max(pad + SUBHEAD.leading + 6.0 + 72.0);
            }
            Some(Signature::Pending { name }) => {
                let label_width = 70.0;
                let line_from = pad + label_width;
                let fields = [
                    (t.text("doc-signature-name"), name.clone().filter(|n| !n.trim().is_empty())),
                    (t.text("doc-signature-date"), None),
                    (t.text("doc-signature-sign"), None),
                ];
                for (k, (label, value)) in fields.iter().enumerate() {
                    let row = if k == 2 { 32.0 } else { 20.0 };
                    let base = y + row - 6.0;
                    ops.push(Op::Text { x: pad, y: base, style: LABEL, text: label.clone() });
                    match value {
                        Some(v) => {
                            let line = self.flow.lines_max(v, BODY, width - pad - line_from, 1);
                            ops.extend(line.into_iter().map(|text| Op::Text {
                                x: line_from,
                                y: base,
                                style: BODY,
                                text,
                            }));
                        }
                        None => ops.push(Op::Line {
                            x1: line_from,
                            y1: base + 2.0,
                            x2: width - pad,
                            y2: base + 2.0,
                            colour: colour::GRAY_600,
                            width: 0.6,
                        }),
                    }
                    y += row;
                }
            }
            None => {
                let style = BODY.with_weight(Weight::Italic).with_colour(colour::GRAY_700);
                let lines = self.flow.lines(&t.text("doc-signature-not-required"), style, inner);
                ops.extend(self.flow.text_ops(&lines, style, pad, y, inner, Align::Left));
                y += lines.len() as f32 * style.leading;
            }
        }
        (ops, y + pad)
    }
}
