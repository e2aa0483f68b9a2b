use schakel_documents::{CompletedPlacement, PlacementKind, Texts, certificate_pdf};
use time::macros::date;

use crate::fixtures;
use crate::pdf::{keep, read};
use crate::texts::Fluent;

#[test]
fn certificate_lists_each_placement_and_the_total_against_the_requirement() {
    let t = Fluent::nl();
    let c = fixtures::certificate();
    let bytes = certificate_pdf(&c, &t).expect("certificate");
    keep("certificate-nl.pdf", &bytes);
    let pdf = read(&bytes);
    assert_eq!(pdf.pages, 1);
    pdf.has("Schakel");
    pdf.has("Certificaat");
    pdf.has("Schooljaar 2026/2027");
    pdf.has("Şeyma Yıldız");
    pdf.has("Zuiderlicht College");
    pdf.has("voor het voltooien van deze 3 stages in schooljaar 2026/2027, samen goed voor 50,25 goedgekeurde uren.");
    for (organisation, title, period, hours) in [
        ("Stichting Buurtwerk Nieuw-West", "Voorlezen aan peuters", "7 okt. 2026 t/m 11 nov. 2026", "15 uur"),
        ("Voedselbank Amsterdam-Oost", "Pakketten inpakken", "9 jan. 2027 t/m 13 mrt. 2027", "22,5 uur"),
        ("Zorgcentrum De Die", "Spelletjesmiddag met ouderen", "7 apr. 2027 t/m 2 jun. 2027", "12,75 uur"),
    ] {
        pdf.has(organisation);
        pdf.has(title);
        pdf.has(period);
        pdf.has(hours);
    }
    pdf.has("Maatschappelijke stage (in een groep)");
    pdf.has("Totaal goedgekeurd 50,25 uur");
    pdf.has("Vereist: 40 uur");
    pdf.has("Aan de urennorm voldaan");
    pdf.has("Uitgereikt op 24 jun. 2027");
    pdf.has("Fatima el Amrani");
    pdf.has("Stagecoördinator, Zuiderlicht College");
    pdf.has("Echtheid controleren: code 7KQ4-M2XD op schakel.example.nl/controle");
    pdf.has(&t.text("doc-certificate-congratulations"));
    pdf.lacks("Pagina");
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    assert!(t.problems.borrow().is_empty(), "{:?}", t.problems.borrow());
}

#[test]
fn certificate_short_of_the_requirement_says_how_many_hours_to_go() {
    let t = Fluent::nl();
    let mut c = fixtures::certificate();
    c.placements.truncate(1);
    c.verification_url = None;
    let pdf = read(&certificate_pdf(&c, &t).expect("certificate"));
    pdf.has("voor het voltooien van deze stage in schooljaar 2026/2027, samen goed voor 15 goedgekeurde uren.");
    pdf.has("Nog 25 uur te gaan");
    pdf.lacks("Aan de urennorm voldaan");
    pdf.has("Echtheid controleren: code 7KQ4-M2XD");

    c.required_minutes = None;
    c.placements.clear();
    let pdf = read(&certificate_pdf(&c, &t).expect("certificate"));
    pdf.has("Er zijn in schooljaar 2026/2027 nog geen stages voltooid.");
    pdf.has("Totaal goedgekeurd 0 uur");
    pdf.lacks("Vereist");
}

#[test]
fn english_certificate_and_plural_forms() {
    let t = Fluent::en();
    let mut c = fixtures::certificate();
    c.pupil_name = "Daan de Vries".into();
    let bytes = certificate_pdf(&c, &t).expect("certificate");
    keep("certificate-en.pdf", &bytes);
    let pdf = read(&bytes);
    pdf.has("Certificate");
    pdf.has("awarded to");
    pdf.has("Daan de Vries");
    pdf.has("for completing these 3 placements in school year 2026/2027, together 50.25 approved hours.");
    pdf.has("Community placement (in a group)");
    pdf.has("22.5 hours");
    pdf.has("Hours requirement met");
    pdf.has("Issued on 24 Jun 2027");

    c.placements.truncate(1);
    c.placements[0].approved_minutes = 60;
    let pdf = read(&certificate_pdf(&c, &t).expect("certificate"));
    pdf.has("for completing this placement in school year 2026/2027, together 1 approved hour.");
    pdf.has("Total approved 1 hour");
    assert!(t.problems.borrow().is_empty(), "{:?}", t.problems.borrow());
}

#[test]
fn a_long_list_of_placements_continues_on_the_next_page() {
    let t = Fluent::nl();
    let mut c = fixtures::certificate();
    c.placements = (0..30)
        .map(|i| CompletedPlacement {
            organisation: format!("Organisatie {i} in Amsterdam-Noord"),
            title: "Helpen bij de buurtmaaltijd".into(),
            kind: PlacementKind::MasIndividual,
            start: date!(2026 - 09 - 01),
            end: date!(2026 - 09 - 30),
            approved_minutes: 90,
        })
        .collect();
    let bytes = certificate_pdf(&c, &t).expect("certificate");
    keep("certificate-long-nl.pdf", &bytes);
    let pdf = read(&bytes);
    assert!(pdf.pages >= 2, "{} pages", pdf.pages);
    pdf.has("Organisatie 0 in Amsterdam-Noord");
    pdf.has("Organisatie 29 in Amsterdam-Noord");
    pdf.has("Totaal goedgekeurd 45 uur");
    pdf.has(&format!("Pagina 2 van {}", pdf.pages));
    // The footer comes after the page's content, so the text starts with the brand.
    assert!(pdf.text.starts_with("Schakel"), "{}", &pdf.text[..80]);
    assert!(pdf.count("Stage Soort Periode Uren") >= 2, "the table's header is repeated");
}

#[test]
fn very_long_names_still_fit_on_the_page() {
    let t = Fluent::nl();
    let mut c = fixtures::certificate();
    c.pupil_name = "Maximiliaan Alexander Çağrı Wiśniewski-van der Heijden tot Oudshoorn".into();
    let pdf = read(&certificate_pdf(&c, &t).expect("certificate"));
    pdf.has("Maximiliaan Alexander Çağrı Wiśniewski-van der Heijden tot Oudshoorn");
    assert_eq!(pdf.pages, 1);

    // A runaway organisation name is cut short in its cell (a row never breaks across pages).
    c.placements[1].organisation = vec!["Stichting Vrienden van het Buurthuis"; 60].join(" ");
    let pdf = read(&certificate_pdf(&c, &t).expect("certificate"));
    pdf.has("…");
    assert!(pdf.count("Stichting Vrienden van het Buurthuis") < 30);
    pdf.has("Spelletjesmiddag met ouderen");
    pdf.has("Totaal goedgekeurd 50,25 uur");
}
