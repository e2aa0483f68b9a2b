use schakel_documents::{DocumentError, Texts, agreement_pdf};
use time::macros::date;

use crate::fixtures;
use crate::pdf::{keep, read};
use crate::texts::Fluent;

const SECTIONS: [&str; 13] = [
    "doc-section-parties",
    "doc-section-kind",
    "doc-section-schedule",
    "doc-section-tasks",
    "doc-section-supervision",
    "doc-section-safety",
    "doc-section-insurance",
    "doc-section-conduct",
    "doc-section-absence",
    "doc-section-termination",
    "doc-section-evaluation",
    "doc-section-consents",
    "doc-section-signatures",
];

const PARTIES: [&str; 4] =
    ["doc-signature-pupil", "doc-signature-parent", "doc-signature-school", "doc-signature-host"];

#[test]
fn agreement_names_the_parties_the_hours_and_the_dates() {
    let t = Fluent::nl();
    let a = fixtures::agreement();
    let bytes = agreement_pdf(&a, &t).expect("agreement");
    keep("agreement-nl.pdf", &bytes);
    let pdf = read(&bytes);

    pdf.has("Stageovereenkomst");
    pdf.has("Voorlezen aan peuters bij Stichting Buurtwerk Nieuw-West");
    pdf.has("Kenmerk SK-2026-00412 · opgesteld op 14 sep. 2026");
    // Parties.
    pdf.has("Şeyma Yıldız");
    pdf.has("14 mrt. 2012");
    pdf.has("2B");
    pdf.has("108734");
    pdf.has("Zuiderlicht College");
    pdf.has("27KJ00");
    pdf.has("Fatima el Amrani, stagecoördinator");
    pdf.has("41234567");
    pdf.has("Łukasz Wiśniewski, directeur");
    pdf.has("Buurthuis De Meeuw");
    pdf.has("Ringdijk 20");
    pdf.has("Ayşe Yıldız, moeder");
    // Kind, period and schedule.
    pdf.has("Maatschappelijke stage (individueel)");
    pdf.has("7 okt. 2026 t/m 11 nov. 2026");
    pdf.has("Totaal aantal uren 15 uur");
    pdf.has("Uren per week 2,5 uur");
    for day in ["7 okt. 2026", "14 okt. 2026", "24 okt. 2026", "28 okt. 2026", "4 nov. 2026", "11 nov. 2026"] {
        pdf.has(day);
    }
    pdf.has("zaterdag 10:00–12:30 2,5 uur");
    pdf.has("woensdag 13:30–16:00 2,5 uur");
    assert_eq!(pdf.count("13:30–16:00"), 5);
    pdf.has("Totaal 15 uur");
    // Tasks, supervision, safety, insurance, privacy, absence.
    pdf.has("Instap: geen ervaring nodig");
    pdf.has(&t.text("doc-tasks-light-non-industrial"));
    pdf.has("Noor van den Berg-Öztürk, coördinator peuterwerk");
    pdf.has("Inès Moreau-Dekker, mentor 2B");
    pdf.has(&t.text("doc-supervision-explicit"));
    pdf.has(&t.text("doc-supervision-visit"));
    pdf.has(&t.text("doc-safety-under-16"));
    pdf.has(&t.text("doc-safety-parents-not-yet"));
    pdf.has("Onderwijsverzekeringen NV, polis OV-55120");
    pdf.has(&t.text("doc-insurance-avv-covers"));
    pdf.has("telefoonnummer van een ouder of verzorger, voor noodgevallen");
    pdf.has("Bel of app Noor vóór 12.00 uur op de stagedag.");
    // Consents as separate fields.
    pdf.has("Schriftelijke toestemming van een ouder of verzorger voor de stage Gevraagd, nog geen antwoord");
    pdf.has("Werken op zondag Niet nodig");
    pdf.has("Werken tijdens de verruimde avonduren Niet nodig");
}

#[test]
fn agreement_has_every_section_and_every_signing_party_in_both_languages() {
    for (t, name) in [(Fluent::nl(), "nl"), (Fluent::en(), "en")] {
        let pdf = read(&agreement_pdf(&fixtures::agreement(), &t).expect("agreement"));
        for (i, key) in SECTIONS.iter().enumerate() {
            // The number is in its badge, then the heading.
            pdf.has(&format!("{} {}", i + 1, t.text(key)));
        }
        for key in PARTIES {
            pdf.has(&t.text(key));
        }
        assert!((2..=4).contains(&pdf.pages), "{name}: {} pages", pdf.pages);
        pdf.has(&t.text_with("doc-page-of", &[("page", "1".into()), ("pages", pdf.pages.to_string())]));
        pdf.has(&t.text_with("doc-page-of", &[("page", pdf.pages.to_string()), ("pages", pdf.pages.to_string())]));
        assert!(t.problems.borrow().is_empty(), "{name}: {:?}", t.problems.borrow());
    }
}

#[test]
fn signatures_are_dated_when_signed_and_lines_otherwise() {
    let t = Fluent::nl();
    let pdf = read(&agreement_pdf(&fixtures::agreement(), &t).expect("agreement"));
    pdf.has("Ondertekend op 15 sep. 2026 door Fatima el Amrani");
    // Pupil, parent and host have not signed: name (when known), date and signature lines.
    assert_eq!(pdf.count("Handtekening"), 3);
    assert_eq!(pdf.count("Ondertekend op"), 1);

    let signed = read(&agreement_pdf(&fixtures::professional_agreement(), &t).expect("agreement"));
    signed.has("Ondertekend op 19 jan. 2027 door Daan de Vries");
    signed.has("Ondertekend op 19 jan. 2027 door Fatima el Amrani");
    signed.has("Ondertekend op 21 jan. 2027 door Emre Çelik");
    signed.has(&t.text("doc-signature-not-required"));
    assert_eq!(signed.count("Handtekening"), 0);
}

#[test]
fn the_other_kinds_and_unknowns_print_their_own_clauses() {
    let t = Fluent::nl();
    let bytes = agreement_pdf(&fixtures::professional_agreement(), &t).expect("agreement");
    keep("agreement-professional-nl.pdf", &bytes);
    let pdf = read(&bytes);
    pdf.has("Daan de Vries");
    pdf.has("Fietsenmakerij İlhan & Çelik");
    pdf.has("Snuffel- of beroepsstage");
    pdf.has(&t.text("doc-kind-professional-clause"));
    pdf.lacks(&t.text("doc-kind-mas-clause"));
    pdf.has("maandag 14:00–16:00 2 uur");
    pdf.has("vrijdag 13:15–15:00 1,75 uur");
    pdf.has("Totaal aantal uren Nog niet bekend");
    pdf.has("Uren per week 3,75 uur");
    pdf.has(&t.text("doc-location-same"));
    pdf.has(&t.text("doc-tasks-light"));
    // 15 at the start: parents informed, no explicit-supervision clause.
    pdf.lacks(&t.text("doc-supervision-explicit"));
    pdf.has("De ouders zijn geïnformeerd op 20 jan. 2027.");
    pdf.has(&t.text("doc-supervision-no-visit"));
    pdf.has(&t.text("doc-safety-none-known"));
    pdf.has(&t.text("doc-insurance-avv-not-applicable"));
    pdf.has(&t.text("doc-conduct-no-data"));
    pdf.has("Gegeven door Marieke de Vries op 18 jan. 2027");
    pdf.has("Geweigerd door Marieke de Vries op 18 jan. 2027");
    assert!(pdf.count(&t.text("doc-to-be-agreed")) >= 2);
    assert!(pdf.count(&t.text("doc-not-known")) >= 4);

    let mut group = fixtures::agreement();
    group.kind = schakel_documents::PlacementKind::MasGroup;
    group.schedule.slots.clear();
    let pdf = read(&agreement_pdf(&group, &t).expect("agreement"));
    pdf.has(&t.text("doc-kind-group-clause"));
    pdf.has(&t.text("doc-schedule-none"));

    let mut assignment = fixtures::agreement();
    assignment.kind = schakel_documents::PlacementKind::MeetingPointAssignment;
    let pdf = read(&agreement_pdf(&assignment, &t).expect("agreement"));
    pdf.has(&t.text("doc-kind-assignment-clause"));
}

#[test]
fn long_tasks_flow_onto_more_pages_with_the_table_header_repeated() {
    let t = Fluent::nl();
    let short = read(&agreement_pdf(&fixtures::agreement(), &t).expect("agreement"));
    let bytes = agreement_pdf(&fixtures::long_agreement(), &t).expect("agreement");
    keep("agreement-long-nl.pdf", &bytes);
    let long = read(&bytes);
    assert!(long.pages > short.pages, "{} pages, short one {}", long.pages, short.pages);
    // Everything after the long description is still there.
    for key in SECTIONS {
        long.has(&t.text(key));
    }
    long.has("Ondertekend op 15 sep. 2026 door Fatima el Amrani");

    // A schedule of 40 slots breaks across pages; the header row comes back on the next page.
    let mut many = fixtures::agreement();
    let first = many.schedule.slots[0];
    many.schedule.slots =
        (0..40).map(|i| schakel_documents::TimeSlot { date: first.date + time::Duration::days(i), ..first }).collect();
    let bytes = agreement_pdf(&many, &t).expect("agreement");
    keep("agreement-many-slots-nl.pdf", &bytes);
    let pdf = read(&bytes);
    assert_eq!(pdf.count("13:30–16:00"), 40);
    assert!(pdf.count("Datum Dag Tijd Uren") >= 2, "the slot table's header is repeated");
    pdf.has("Totaal 100 uur");
}

#[test]
fn english_agreement_uses_the_english_texts() {
    let t = Fluent::en();
    let bytes = agreement_pdf(&fixtures::agreement(), &t).expect("agreement");
    keep("agreement-en.pdf", &bytes);
    let pdf = read(&bytes);
    pdf.has("Placement agreement");
    pdf.has("Reference SK-2026-00412 · drawn up on 14 Sep 2026");
    pdf.has("7 Oct 2026 to 11 Nov 2026");
    pdf.has("Total hours 15 hours");
    pdf.has("Wednesday 13:30–16:00 2.5 hours");
    pdf.has("Signed on 15 Sep 2026 by Fatima el Amrani");
    pdf.lacks("Stageovereenkomst");
    assert!(t.problems.borrow().is_empty(), "{:?}", t.problems.borrow());
}

#[test]
fn the_pdf_is_small_with_a_subsetted_embedded_font_and_metadata() {
    let t = Fluent::nl();
    let bytes = agreement_pdf(&fixtures::agreement(), &t).expect("agreement");
    assert!(bytes.len() < 150_000, "{} bytes", bytes.len());
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let mut embedded = 0;
    let mut subset = 0;
    for object in doc.objects.values() {
        if let Ok(dict) = object.as_dict() {
            if dict.has(b"FontFile2") || dict.has(b"FontFile3") {
                embedded += 1;
            }
            if let Ok(name) = dict.get(b"FontName").and_then(|n| n.as_name()) {
                // A subset's name starts with six capitals and '+'.
                if name.len() > 7 && name[6] == b'+' {
                    subset += 1;
                }
            }
        }
    }
    assert!(embedded >= 2, "{embedded} embedded fonts");
    assert_eq!(subset, embedded);
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("AtkinsonHyperlegibleNext"), "the font's name is in the PDF");
    assert!(!raw.contains("/Helvetica"), "no base-14 font");
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let mut a = fixtures::agreement();
    a.schedule.end = date!(2026 - 09 - 01);
    assert!(matches!(agreement_pdf(&a, &Fluent::nl()), Err(DocumentError::Invalid(_))));
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let t = Fluent::nl();
    let a = fixtures::agreement();
    assert_eq!(agreement_pdf(&a, &t).expect("first"), agreement_pdf(&a, &t).expect("second"));
}

#[test]
fn an_agreement_with_little_known_and_one_huge_field_still_renders_completely() {
    let t = Fluent::nl();
    let mut a = fixtures::professional_agreement();
    a.pupil.name = String::new();
    a.title = "Stage 🚲 met een emoji die het lettertype niet kent".into();
    a.host.representative.role = Some("  ".into());
    a.tasks.description = String::new();
    a.supervision.hours_confirmed_by = None;
    a.schedule.minutes_per_week = None;
    a.schedule.weekly.clear();
    // House rules of some 2,500 words: far more than a page, in a label–value row.
    let rule = "Meld je bij binnenkomst bij de balie en draag je pasje zichtbaar.";
    a.conduct.house_rules = Some(format!("{} EINDE-HUISREGELS", vec![rule; 220].join(" ")));
    let bytes = agreement_pdf(&a, &t).expect("agreement");
    keep("agreement-sparse-nl.pdf", &bytes);
    let pdf = read(&bytes);
    assert!(pdf.pages >= 6, "{} pages", pdf.pages);
    // Sentences may run across a page break (and its footer); words cannot.
    assert_eq!(pdf.count("balie"), 220, "every line of the long field is on a page");
    pdf.has("EINDE-HUISREGELS");
    pdf.has(&t.text("doc-schedule-none"));
    pdf.has(&t.text("doc-section-signatures"));
    assert!(t.problems.borrow().is_empty(), "{:?}", t.problems.borrow());
}
