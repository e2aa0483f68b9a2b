//! Word lists for the demo network, written for Schakel: names as they occur in an Amsterdam
//! classroom, streets, and the building blocks of organisation names.

/// The network's schools by their real names, with a postcode area near where they stand and
/// their levels.
pub const SCHOOLS: &[(&str, u16, &str)] = &[
    ("Bredero College", 1025, "vmbo"),
    ("Marcanti College", 1055, "vmbo"),
    ("Amsterdamse plus School", 1064, "vmbo"),
    ("Clusius College", 1033, "vmbo"),
    ("Stelle College", 1102, "vmbo"),
    ("Westburg College", 1063, "vmbo,havo"),
    ("Bindelmeer College", 1103, "vmbo"),
    ("Calvijn met Junior College", 1066, "vmbo,pro"),
    ("Montessori College Oost", 1094, "vmbo,havo,vwo"),
    ("Islamitisch College Amsterdam", 1069, "vmbo,havo"),
    ("Wellant Sloten", 1066, "vmbo"),
    ("Wellant Linnaeus", 1098, "vmbo"),
    ("Mundus College", 1056, "vmbo"),
    ("De Atlant", 1069, "pro"),
    ("Pascal Zuid", 1083, "vmbo,havo,vwo"),
];

/// Parts of generated school names.
pub const SCHOOL_NAMES: &[&str] = &[
    "Amstel", "IJburg", "Noorderlicht", "Zuiderpark", "Oosterpark", "Westerpark", "Vondel", "Sloterplas", "Gaasperdam",
    "Buitenveldert", "Osdorp", "Geuzenveld", "Watergraafsmeer", "Bijlmer", "Overhoeks", "Spaarndammer", "Zeeburg",
    "Rivierenbuurt", "Slotervaart", "Nieuwendam", "Buiksloot", "Diemerpark", "Amstelveld", "Frederik", "Haven",
    "Koningin Emma", "Prins Willem", "Erasmus", "Comenius", "Huygens", "Spinoza", "Multatuli", "Hildegard",
    "Anne Frank", "Rembrandt", "Berlage", "Hervormd", "Amsteldijk", "Kadoelen", "Venserpolder",
];

pub const SCHOOL_KINDS: &[(&str, &str)] = &[
    ("College", "vmbo,havo"),
    ("Lyceum", "havo,vwo"),
    ("Scholengemeenschap", "vmbo,havo,vwo"),
    ("Vakcollege", "vmbo"),
    ("Gymnasium", "vwo"),
    ("Praktijkschool", "pro"),
    ("Mavo", "vmbo"),
];

pub const GIRLS: &[&str] = &[
    "Noor", "Emma", "Sara", "Fatima", "Yasmina", "Lina", "Julia", "Sophie", "Mila", "Zoë", "Aya", "Imane", "Nour", "Lotte",
    "Eva", "Tess", "Isa", "Lieke", "Fleur", "Anna", "Hiba", "Maryam", "Salma", "Hajar", "Ilse", "Elif", "Zeynep", "Ecem",
    "Büşra", "Esra", "Kiona", "Shanice", "Naomi", "Gabriëlla", "Abena", "Ama", "Priya", "Anjali", "Mei", "Lin", "Chloë",
    "Roos", "Femke", "Sanne", "Jasmijn", "Lara", "Nina", "Amira", "Rania", "Soufia", "Dounia", "Ikram", "Ines", "Maya",
    "Olivia", "Ivy", "Saar", "Liv", "Hanna", "Jade", "Esmee", "Zara", "Yara", "Kenza", "Malak", "Rosalie", "Tamara",
];

pub const BOYS: &[&str] = &[
    "Daan", "Sem", "Noah", "Liam", "Mohamed", "Adam", "Ayoub", "Bilal", "Yusuf", "Mehmet", "Emre", "Kerem", "Levi",
    "Luuk", "Milan", "Finn", "Jesse", "Thijs", "Ruben", "Lucas", "Hamza", "Ilias", "Zakaria", "Anas", "Soufyan", "Omar",
    "Rayan", "Amir", "Jayden", "Dylan", "Kevin", "Quincy", "Jermaine", "Kofi", "Kwame", "Raj", "Arjun", "Wei", "Stijn",
    "Bram", "Jens", "Tim", "Mats", "Teun", "Gijs", "Sven", "Max", "Ismail", "Younes", "Badr", "Tarik", "Khalid", "Can",
    "Burak", "Deniz", "Mert", "Damian", "Dani", "Mateo", "Luca", "Yannick", "Tygo", "Boaz", "Sami", "Idris", "Jamal",
];

/// Last names with their infix (tussenvoegsel), which Dutch lists keep apart.
pub const LAST_NAMES: &[(&str, &str)] = &[
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"), ("", "Visser"), ("", "Smit"),
    ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
    ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"),
    ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"),
    ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("", "El Amrani"), ("", "Bouzid"), ("", "El Idrissi"),
    ("", "Ouali"), ("", "Benali"), ("", "Aziz"), ("", "El Khatib"), ("", "Amrani"), ("", "Haddou"), ("", "Boukhari"),
    ("", "Yilmaz"), ("", "Kaya"), ("", "Demir"), ("", "Şahin"), ("", "Çelik"), ("", "Yıldız"), ("", "Öztürk"),
    ("", "Aydın"), ("", "Koç"), ("", "Arslan"), ("", "Pinas"), ("", "Kromodimedjo"), ("", "Sabajo"), ("", "Wijngaarde"),
    ("", "Biharie"), ("", "Ramdin"), ("", "Mohan"), ("", "Asante"), ("", "Mensah"), ("", "Owusu"), ("", "Boateng"),
    ("", "Agyeman"), ("", "Nguyen"), ("", "Chen"), ("", "Wong"), ("", "Silva"), ("", "Santos"), ("", "Kowalski"),
    ("", "Nowak"), ("van", "Rijn"), ("", "Koster"), ("", "Prins"), ("", "Huisman"), ("", "Postma"), ("", "Kuipers"),
    ("van", "Beek"), ("ter", "Horst"), ("", "Blom"), ("", "Schouten"), ("", "Martens"), ("", "Maas"), ("", "Verhoeven"),
];

pub const STREETS: &[&str] = &[
    "Damrak", "Rokin", "Kalverstraat", "Prinsengracht", "Keizersgracht", "Herengracht", "Haarlemmerdijk", "Westerstraat",
    "Rozengracht", "Jan Pieter Heijestraat", "Kinkerstraat", "Bilderdijkstraat", "De Clercqstraat", "Jan van Galenstraat",
    "Bos en Lommerweg", "Burgemeester de Vlugtlaan", "Slotermeerlaan", "Plesmanlaan", "Osdorpplein", "Cornelis Lelylaan",
    "Johan Huizingalaan", "Van Baerlestraat", "Ferdinand Bolstraat", "Van Woustraat", "Rijnstraat", "Amstelveenseweg",
    "Europaboulevard", "Buitenveldertselaan", "Wibautstraat", "Linnaeusstraat", "Middenweg", "Javastraat", "Dapperstraat",
    "Czaar Peterstraat", "IJburglaan", "Pampuslaan", "Van der Pekstraat", "Meeuwenlaan", "Buikslotermeerplein",
    "Kamperfoelieweg", "Waddenweg", "Nieuwendammerdijk", "Bijlmerdreef", "Karspeldreef", "Gooiseweg", "Ganzenhoefplein",
    "Reigersbos", "Holendrechtplein", "Kraaiennest", "Gaasperdammerweg",
];

/// Words that make an organisation name sound like it belongs in Amsterdam.
pub const PLACE_WORDS: &[&str] = &[
    "Amstel", "IJ", "Vondel", "Noorder", "Ooster", "Wester", "Zuider", "De Pijp", "Jordaan", "Zeeburg", "Bijlmer", "Slotermeer",
    "Osdorp", "Gaasper", "Buiksloot", "Watergraafsmeer", "Rivierenbuurt", "Dapper", "Indische Buurt", "Kinkerbuurt",
    "Bos en Lommer", "Spaarndam", "Overtoom", "Sarphati", "Frankendael", "Flevopark", "Rembrandtpark", "Sloterpark",
];

pub const NAME_WORDS: &[&str] = &[
    "De Regenboog", "Het Anker", "De Zonnebloem", "De Boog", "Het Baken", "De Brug", "De Horizon", "Het Kompas", "De Klimop",
    "De Waag", "De Vuurtoren", "Het Nest", "De Linde", "De Eik", "De Kastanje", "Het Veer", "De Sluis", "De Schakel",
    "Het Plein", "De Ontmoeting", "De Werkplaats", "Het Atelier", "De Moestuin", "De Stek", "Het Podium",
];

pub const DISTRICTS: &[&str] = &["Centrum", "Noord", "West", "Nieuw-West", "Zuid", "Oost", "Zuidoost"];

/// Name patterns per sector: `{p}` a place word, `{n}` a name word, `{s}` a surname, `{d}` a district.
pub const ORG_PATTERNS: &[(&str, &str, &[&str])] = &[
    ("zorg", "company", &["Zorgcentrum {n}", "Huisartsenpraktijk {p}", "Fysiotherapie {p}", "Apotheek {p}", "Tandartspraktijk {s}"]),
    ("zorg", "nonprofit", &["Thuiszorg {d}", "Verpleeghuis {n}", "Woonzorgcentrum {p}", "Hospice {n}"]),
    ("welzijn", "nonprofit", &["Buurthuis {n}", "Stichting Buurtwerk {d}", "Speeltuinvereniging {p}", "Voedselbank {d}", "Jongerencentrum {n}", "Inloophuis {n}"]),
    ("sport", "nonprofit", &["Sportvereniging {p}", "Voetbalvereniging {p}", "Atletiekclub {p}", "Zwemvereniging {p}", "Roeivereniging {p}"]),
    ("sport", "company", &["Sportschool {p}", "Fitnesscentrum {n}", "Klimhal {p}", "Dansstudio {n}"]),
    ("natuur", "nonprofit", &["Stadsboerderij {p}", "Kinderboerderij {n}", "Natuurtuin {p}", "Dierenasiel {d}", "Imkerij {p}"]),
    ("cultuur", "nonprofit", &["Theater {n}", "Museum {p}", "Muziekschool {d}", "Filmhuis {p}", "Poppodium {p}"]),
    ("cultuur", "public", &["OBA {p}", "Bibliotheek {d}"]),
    ("onderwijs", "nonprofit", &["Basisschool {n}", "Kinderopvang {n}", "Huiswerkbegeleiding {p}", "Taalhuis {d}"]),
    ("techniek", "company", &["Installatiebedrijf {s}", "Autobedrijf {s}", "Fietsenmaker {p}", "Elektrotechniek {s}", "Metaalbewerking {p}", "Loodgietersbedrijf {s}"]),
    ("ict", "company", &["{p} Software", "Webbureau {n}", "{s} IT-diensten", "Computerhulp {d}", "Appstudio {p}"]),
    ("media", "company", &["Drukkerij {s}", "Fotostudio {p}", "Reclamebureau {n}", "Videostudio {p}", "Grafisch bureau {s}"]),
    ("horeca", "company", &["Restaurant {n}", "Bakkerij {s}", "Lunchroom {p}", "Hotel {p}", "IJssalon {p}", "Catering {s}"]),
    ("detailhandel", "company", &["Supermarkt {p}", "Boekhandel {n}", "Bloemist {s}", "Kringloopwinkel {d}", "Drogisterij {p}", "Fietsenwinkel {s}"]),
    ("logistiek", "company", &["Transportbedrijf {s}", "Koeriersdienst {p}", "Verhuisbedrijf {s}", "Distributiecentrum {p}"]),
    ("bouw", "company", &["Bouwbedrijf {s}", "Schildersbedrijf {s}", "Timmerbedrijf {s}", "Hoveniersbedrijf {p}"]),
    ("overheid", "public", &["Stadsdeel {d}", "Gemeente Amsterdam, team {d}", "Brandweerkazerne {p}", "Politiebureau {p}", "GGD-locatie {d}"]),
    ("financieel", "company", &["Administratiekantoor {s}", "Verzekeringen {s}", "Boekhoudkantoor {p}"]),
    ("dienstverlening", "company", &["Kapsalon {n}", "Schoonmaakbedrijf {p}", "Wasserette {p}", "Uitzendbureau {p}", "Reisbureau {n}"]),
];

pub const JOB_TITLES: &[&str] = &[
    "Praktijkopleider", "Leidinggevende", "Teamleider", "Eigenaar", "Vrijwilligerscoördinator", "Personeelszaken",
    "Bedrijfsleider", "Coördinator", "Manager", "Stagebegeleider",
];
