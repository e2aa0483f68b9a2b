//! Realistic (invented) Amsterdam data.

use schakel_documents::*;
use time::Weekday;
use time::macros::{date, time};

fn address(street: &str, postcode: &str, city: &str) -> Address {
    Address { street: street.into(), postcode: postcode.into(), city: city.into() }
}

fn contact(name: &str, role: Option<&str>, phone: Option<&str>, email: Option<&str>) -> Contact {
    Contact {
        name: name.into(),
        role: role.map(Into::into),
        phone: phone.map(Into::into),
        email: email.map(Into::into),
    }
}

pub fn school() -> School {
    School {
        name: "Zuiderlicht College".into(),
        brin: "27KJ00".into(),
        address: address("Burgemeester Röellstraat 212", "1064 BR", "Amsterdam"),
        coordinator: contact(
            "Fatima el Amrani",
            Some("stagecoördinator"),
            Some("020 555 0142"),
            Some("f.elamrani@zuiderlicht.example.nl"),
        ),
    }
}

/// Şeyma (14) reads to toddlers in a community centre on Wednesday afternoons: a MaS with a
/// group of dated slots, nothing signed yet except by the school.
pub fn agreement() -> Agreement {
    let slot = |d, s, e| TimeSlot { date: d, start: s, end: e };
    Agreement {
        reference: "SK-2026-00412".into(),
        drawn_up_on: date!(2026 - 09 - 14),
        title: "Voorlezen aan peuters".into(),
        kind: PlacementKind::MasIndividual,
        school: school(),
        host: Host {
            name: "Stichting Buurtwerk Nieuw-West".into(),
            kvk: "41234567".into(),
            address: address("Pieter Calandlaan 1", "1065 KH", "Amsterdam"),
            representative: contact("Łukasz Wiśniewski", Some("directeur"), None, None),
            location: Some(Location {
                name: Some("Buurthuis De Meeuw".into()),
                address: address("Ringdijk 20", "1097 AG", "Amsterdam"),
            }),
        },
        pupil: Pupil {
            name: "Şeyma Yıldız".into(),
            date_of_birth: date!(2012 - 03 - 14),
            class: Some("2B".into()),
            pupil_number: Some("108734".into()),
        },
        parent: Some(contact("Ayşe Yıldız", Some("moeder"), Some("06 1234 5678"), Some("ayse.yildiz@example.nl"))),
        schedule: Schedule {
            start: date!(2026 - 10 - 07),
            end: date!(2026 - 11 - 11),
            weekly: vec![],
            slots: vec![
                slot(date!(2026 - 10 - 07), time!(13:30), time!(16:00)),
                slot(date!(2026 - 10 - 14), time!(13:30), time!(16:00)),
                // Autumn holiday week: a Saturday morning instead.
                slot(date!(2026 - 10 - 24), time!(10:00), time!(12:30)),
                slot(date!(2026 - 10 - 28), time!(13:30), time!(16:00)),
                slot(date!(2026 - 11 - 04), time!(13:30), time!(16:00)),
                slot(date!(2026 - 11 - 11), time!(13:30), time!(16:00)),
            ],
            total_minutes: Some(15 * 60),
            minutes_per_week: Some(150),
            note: Some("In de herfstvakantie (week 43) is er geen woensdagmiddag; dan op zaterdag 24 oktober.".into()),
        },
        tasks: Tasks {
            description: "Şeyma leest in de peuterhoek voor uit prentenboeken, in het Nederlands en soms in het \
                          Turks, en helpt bij het knutselen en opruimen. Aan het eind van de middag vertelt zij \
                          de ouders wat de kinderen hebben gedaan."
                .into(),
            level: Some("Instap: geen ervaring nodig".into()),
            light_non_industrial: true,
        },
        supervision: Supervision {
            host_supervisor: contact(
                "Noor van den Berg-Öztürk",
                Some("coördinator peuterwerk"),
                Some("020 555 0187"),
                Some("noor@buurtwerk-nw.example.nl"),
            ),
            school_supervisor: Some(contact("Inès Moreau-Dekker", Some("mentor 2B"), None, Some("i.moreau@zuiderlicht.example.nl"))),
            induction: Some("Rondleiding en kennismaking met het team op de eerste middag; uitleg over de huisregels en de nooduitgangen.".into()),
            school_may_visit: true,
            assessed_by: Some("Noor van den Berg-Öztürk".into()),
            hours_confirmed_by: Some("Noor van den Berg-Öztürk (in Schakel)".into()),
        },
        safety: Safety {
            risks: Some("Schaar en lijm bij het knutselen.".into()),
            measures: Some("Kinderscharen; een volwassene is altijd in de ruimte.".into()),
            parents_informed_on: None,
        },
        insurance: Insurance {
            school_accident: Some(Policy { insurer: "Onderwijsverzekeringen NV".into(), number: Some("OV-55120".into()) }),
            school_liability: Some(Policy { insurer: "Onderwijsverzekeringen NV".into(), number: Some("AV-55121".into()) }),
            host_liability: None,
            avv: true,
        },
        conduct: Conduct {
            house_rules: Some("Telefoon in het kluisje tijdens de activiteit; geen foto's van kinderen.".into()),
            personal_data: vec![
                PersonalData::Name,
                PersonalData::DateOfBirth,
                PersonalData::ContactDetails,
                PersonalData::ParentContact,
            ],
        },
        absence_note: Some("Bel of app Noor vóór 12.00 uur op de stagedag.".into()),
        consents: Consents {
            parental: Consent::Requested,
            sunday_work: Consent::NotNeeded,
            extended_evening_hours: Consent::NotNeeded,
        },
        signatures: Signatures {
            pupil: Signature::Pending { name: Some("Şeyma Yıldız".into()) },
            parent: Some(Signature::Pending { name: Some("Ayşe Yıldız".into()) }),
            school: Signature::Signed { by: "Fatima el Amrani".into(), on: date!(2026 - 09 - 15) },
            host: Signature::Pending { name: None },
        },
    }
}

/// Daan (15) at a bicycle shop: a beroepsstage with weekly times, fully signed, little known
/// about insurance, no parent's signature needed by this school.
pub fn professional_agreement() -> Agreement {
    let mut a = agreement();
    a.reference = "SK-2027-00077".into();
    a.title = "Meewerken in de fietsenwerkplaats".into();
    a.kind = PlacementKind::ProfessionalStage;
    a.host = Host {
        name: "Fietsenmakerij İlhan & Çelik".into(),
        kvk: "87654321".into(),
        address: address("Jan Evertsenstraat 77", "1056 EE", "Amsterdam"),
        representative: contact("Emre Çelik", Some("eigenaar"), Some("020 555 0199"), None),
        location: None,
    };
    a.pupil =
        Pupil { name: "Daan de Vries".into(), date_of_birth: date!(2011 - 06 - 02), class: None, pupil_number: None };
    a.parent = None;
    a.schedule = Schedule {
        start: date!(2027 - 02 - 01),
        end: date!(2027 - 03 - 26),
        weekly: vec![
            WeeklyTime { weekday: Weekday::Monday, start: time!(14:00), end: time!(16:00) },
            WeeklyTime { weekday: Weekday::Friday, start: time!(13:15), end: time!(15:00) },
        ],
        slots: vec![],
        total_minutes: None,
        minutes_per_week: Some(225),
        note: None,
    };
    a.tasks.level = None;
    a.tasks.light_non_industrial = false;
    a.supervision.school_supervisor = None;
    a.supervision.induction = None;
    a.supervision.assessed_by = None;
    a.supervision.school_may_visit = false;
    a.safety = Safety { risks: None, measures: None, parents_informed_on: Some(date!(2027 - 01 - 20)) };
    a.insurance = Insurance { school_accident: None, school_liability: None, host_liability: None, avv: false };
    a.conduct = Conduct { house_rules: None, personal_data: vec![] };
    a.absence_note = None;
    a.consents = Consents {
        parental: Consent::Given { by: "Marieke de Vries".into(), on: date!(2027 - 01 - 18) },
        sunday_work: Consent::Refused { by: "Marieke de Vries".into(), on: date!(2027 - 01 - 18) },
        extended_evening_hours: Consent::NotNeeded,
    };
    a.signatures = Signatures {
        pupil: Signature::Signed { by: "Daan de Vries".into(), on: date!(2027 - 01 - 19) },
        parent: None,
        school: Signature::Signed { by: "Fatima el Amrani".into(), on: date!(2027 - 01 - 19) },
        host: Signature::Signed { by: "Emre Çelik".into(), on: date!(2027 - 01 - 21) },
    };
    a
}

/// The first agreement with a task description of many paragraphs.
pub fn long_agreement() -> Agreement {
    let mut a = agreement();
    let paragraph = "Şeyma bereidt elke middag samen met de begeleider een thema voor, zoekt daar passende \
                     prentenboeken bij in de bibliotheek van het buurthuis, leest voor in kleine groepjes van \
                     vier tot zes peuters, stelt vragen over de plaatjes en laat de kinderen het verhaal \
                     naspelen met knuffels en verkleedkleren.";
    a.tasks.description = vec![paragraph; 14].join("\n");
    a
}

pub fn certificate() -> Certificate {
    Certificate {
        pupil_name: "Şeyma Yıldız".into(),
        school_name: "Zuiderlicht College".into(),
        school_year: "2026/2027".into(),
        placements: vec![
            CompletedPlacement {
                organisation: "Stichting Buurtwerk Nieuw-West".into(),
                title: "Voorlezen aan peuters".into(),
                kind: PlacementKind::MasIndividual,
                start: date!(2026 - 10 - 07),
                end: date!(2026 - 11 - 11),
                approved_minutes: 15 * 60,
            },
            CompletedPlacement {
                organisation: "Voedselbank Amsterdam-Oost".into(),
                title: "Pakketten inpakken".into(),
                kind: PlacementKind::MasGroup,
                start: date!(2027 - 01 - 09),
                end: date!(2027 - 03 - 13),
                approved_minutes: 22 * 60 + 30,
            },
            CompletedPlacement {
                organisation: "Zorgcentrum De Die".into(),
                title: "Spelletjesmiddag met ouderen".into(),
                kind: PlacementKind::MasIndividual,
                start: date!(2027 - 04 - 07),
                end: date!(2027 - 06 - 02),
                approved_minutes: 12 * 60 + 45,
            },
        ],
        required_minutes: Some(40 * 60),
        issued_on: date!(2027 - 06 - 24),
        coordinator_name: "Fatima el Amrani".into(),
        verification_code: "7KQ4-M2XD".into(),
        verification_url: Some("schakel.example.nl/controle".into()),
    }
}
