//! The sources the rule table cites, numbered as in MINORS-RULES.md.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A source by its number in MINORS-RULES.md: `S15`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceRef(pub u16);

/// A cited source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: SourceRef,
    pub title: &'static str,
    pub url: &'static str,
}

impl SourceRef {
    /// The source's title and address, when it is one the crate knows.
    pub fn source(self) -> Option<&'static Source> {
        SOURCES.iter().find(|s| s.id == self)
    }
}

impl fmt::Display for SourceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "S{}", self.0)
    }
}

impl Serialize for SourceRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SourceRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.strip_prefix('S')
            .and_then(|n| n.parse().ok())
            .map(SourceRef)
            .ok_or_else(|| serde::de::Error::custom(format!("not a source reference like S15: {s:?}")))
    }
}

const fn src(id: u16, title: &'static str, url: &'static str) -> Source {
    Source { id: SourceRef(id), title, url }
}

/// The sources cited by the built-in rules (titles and addresses as in MINORS-RULES.md).
pub const SOURCES: &[Source] = &[
    src(
        1,
        "Rijksoverheid, Hoeveel uur mag ik werken tijdens een maatschappelijke stage?",
        "https://www.rijksoverheid.nl/onderwerpen/bijbaan-vakantiewerk-en-stage-door-jongeren/vraag-en-antwoord/hoeveel-uur-werken-maatschappelijke-stage",
    ),
    src(
        2,
        "Rijksoverheid, Hoeveel mogen kinderen van 13 en 14 jaar werken?",
        "https://www.rijksoverheid.nl/onderwerpen/jongeren-en-werk/vraag-en-antwoord/mogen-kinderen-van-13-en-14-jaar-werken",
    ),
    src(
        3,
        "Rijksoverheid, Hoeveel uur mogen kinderen van 15 jaar werken?",
        "https://www.rijksoverheid.nl/onderwerpen/bijbaan-vakantiewerk-en-stage-door-jongeren/vraag-en-antwoord/hoeveel-uur-werken-15-jaar",
    ),
    src(
        4,
        "Rijksoverheid, Hoeveel mogen jongeren van 16 en 17 jaar werken?",
        "https://www.rijksoverheid.nl/onderwerpen/werktijden/vraag-en-antwoord/hoeveel-mogen-jongeren-van-16-en-17-jaar-werken",
    ),
    src(
        5,
        "Arboportaal, Werktijden voor 16- en 17-jarigen",
        "https://www.arboportaal.nl/onderwerpen/arbowet--en--regelgeving/werk--en-rusttijden-arbeidstijdenwet/werk-door-kinderen-en-jongeren/werktijden-voor-16--en-17-jarigen",
    ),
    src(
        6,
        "Arboportaal, Werktijden voor kinderen (13-, 14- en 15-jarigen) voor niet-cultureel werk",
        "https://www.arboportaal.nl/onderwerpen/werk--en-rusttijden-arbeidstijdenwet/werk-door-kinderen-en-jongeren/werktijden-voor-kinderen-13--14--en-15-jarigen-voor-niet-cultureel-werk",
    ),
    src(
        7,
        "Rijksoverheid, Nieuwe regels kinderarbeid vanaf 18 november 2024",
        "https://www.rijksoverheid.nl/actueel/nieuws/2024/11/19/nieuwe-regels-kinderarbeid-vanaf-18-november-2024",
    ),
    src(
        8,
        "Regels omtrent kinderarbeid per 18 november 2024 gewijzigd",
        "https://mijntipsenadvies.nl/2024-12/regels-omtrent-kinderarbeid-per-18november-2024-gewijzigd-NLMYTAAR_EU00040101",
    ),
    src(10, "Nadere regeling kinderarbeid (BWBR0007195), art. 1:1", "https://hse.sdu.nl/content/BWBR0007195"),
    src(
        12,
        "Kamerbrief SZW, 22 augustus 2011 (12-jarigen; MaS buiten school is arbeid)",
        "https://zoek.officielebekendmakingen.nl/kst-31289-105.html",
    ),
    src(13, "Burgerschap in de school, ARBO & ATW", "http://burgerschapindeschool.nl/arbo-atw"),
    src(
        14,
        "Steunpunt Vrijwilligerswerk De Ronde Venen, Maatschappelijke stage",
        "https://steunpuntvrijwilligerswerk.nl/informatie/maatschappelijke-stage/",
    ),
    src(
        15,
        "SZW, Mogen kinderen van 14 en 15 jaar een beroepsstage lopen?",
        "http://szw.rijksopenheid.nl/159/mogen-kinderen-van-14-en-15-jaar-een-beroepsstage-lopen",
    ),
    src(
        16,
        "Randstad werkpocket, Arbeidstijden kinderen en jongeren",
        "https://www.randstad.nl/werkgevers/werkpocket/wet-en-regelgeving/werktijden/arbeidstijden-kinderen-jongeren/",
    ),
    src(
        17,
        "Nederlandse Arbeidsinspectie, Wetgeving kinderen en jongeren",
        "https://www.nlarbeidsinspectie.nl/onderwerpen/wetgeving-kinderen-en-jongeren",
    ),
    src(
        23,
        "Stagebureau, VOG bij snuffelstage of maatschappelijke stage?",
        "http://mas.stagebureau.info/pagina/stagebieders-info",
    ),
    src(
        24,
        "DUO, Personenregister kinderopvang: hoe het werkt",
        "https://duo.nl/kinderopvang/personenregister-kinderopvang.jsp",
    ),
    src(
        25,
        "Gastouderbureau NL, Stage bij gastouderopvang",
        "https://gobnl.nl/werken-als-gastouder/stage-bij-gastouderopvang/",
    ),
    src(30, "Revius Wijk bij Duurstede, Verzekeringen", "https://www.reviuswijk.nl/verzekeringen/"),
    src(
        32,
        "Stagebureau LVO Maastricht, Voorwaarden stageovereenkomst Maatschappelijke Stage",
        "http://mas.stagebureau.info/pagina/voorwaarden-mas-lvo-maastricht",
    ),
    src(35, "Match2Gether, Stappenplan", "https://www.match2gether.nl/contents/stappenplan"),
    src(36, "Loon.nl, Minderjarigen (BW 7:612)", "https://www.loon.nl/loon/ArbeidsovereenkomstABC/minderjarigen"),
    src(
        46,
        "Inspectie SZW, Gezond en veilig leren werken: welke regels zijn er voor uw bedrijf?",
        "https://www.inspectie-publicaties.nl/gezond-en-veilig-leren-werken-in-de-metaal/bedrijven-regels.html",
    ),
];
