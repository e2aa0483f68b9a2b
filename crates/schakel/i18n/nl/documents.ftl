# Schakel: teksten van de pdf-documenten (crate schakel-documents): de stageovereenkomst en het
# certificaat. Elke sleutel begint met doc-. De overeenkomst spreekt over "de leerling" (formeel
# maar eenvoudig); waar de leerling zelf wordt aangesproken, is dat met "je".
# Argumenten die gehele getallen zijn ($count, $hourcount, $page) geeft de app als getal aan
# Fluent, zodat de meervoudsvormen kloppen; $hours is al opgemaakt ("12,5").

## Algemeen
doc-lang-code = nl
doc-brand = Schakel
doc-brand-tagline = Netwerk school en werk
doc-page-of = Pagina { $page } van { $pages }
doc-decimal-separator = ,
doc-hours = { $hours } uur
doc-time-range = { $start }–{ $end }
doc-date-range = { $start } t/m { $end }
doc-not-known = Nog niet bekend
doc-to-be-agreed = Nog af te spreken
doc-person-role = { $name }, { $role }
doc-phone = tel. { $phone }

## Soorten stage
doc-kind-mas-individual = Maatschappelijke stage (individueel)
doc-kind-mas-group = Maatschappelijke stage (in een groep)
doc-kind-professional = Snuffel- of beroepsstage
doc-kind-assignment = Opdracht bij een meeting point

## Weekdagen
doc-weekday-monday = maandag
doc-weekday-tuesday = dinsdag
doc-weekday-wednesday = woensdag
doc-weekday-thursday = donderdag
doc-weekday-friday = vrijdag
doc-weekday-saturday = zaterdag
doc-weekday-sunday = zondag

## Stageovereenkomst: kop en inleiding
doc-agreement-title = Stageovereenkomst
doc-agreement-subtitle = { $title } bij { $host }
doc-agreement-meta = Kenmerk { $reference } · opgesteld op { $date }
doc-agreement-running-head = Stageovereenkomst { $reference }
doc-agreement-footer-pupil = Leerling: { $name }
doc-agreement-intro = In deze overeenkomst staan de afspraken over de stage van de leerling bij de organisatie. De school, de organisatie, de leerling en (als dat nodig is) een ouder of verzorger ondertekenen haar. De afspraken gelden vanaf de ondertekening tot het einde van de stage.
doc-agreement-pupil-note-title = Voor jou als leerling
doc-agreement-pupil-note = Lees deze overeenkomst samen met je ouder of verzorger. Klopt er iets niet, of begrijp je iets niet? Vraag het aan je stagecoördinator voordat je tekent.

## Hoofdstukken
doc-section-parties = Partijen
doc-section-kind = Soort stage
doc-section-schedule = Periode en rooster
doc-section-tasks = Taken
doc-section-supervision = Begeleiding
doc-section-safety = Veiligheid
doc-section-insurance = Verzekering en aansprakelijkheid
doc-section-conduct = Gedrag, geheimhouding en privacy
doc-section-absence = Afwezigheid en ziekte
doc-section-termination = Beëindiging
doc-section-evaluation = Evaluatie
doc-section-consents = Toestemmingen
doc-section-signatures = Ondertekening

## 1. Partijen
doc-party-school = School
doc-party-host = Organisatie
doc-party-pupil = Leerling
doc-party-parent = Ouder of verzorger
doc-field-name = Naam
doc-field-brin = BRIN
doc-field-address = Adres
doc-field-coordinator = Stagecoördinator
doc-field-kvk = KvK-nummer
doc-field-representative = Vertegenwoordigd door
doc-field-location = Stageadres
doc-field-date-of-birth = Geboortedatum
doc-field-school = School
doc-field-class = Klas
doc-field-pupil-number = Leerlingnummer
doc-location-same = Hetzelfde als het adres van de organisatie

## 2. Soort stage
doc-field-placement = Stage
doc-field-kind = Soort
doc-kind-mas-clause = Dit is een maatschappelijke stage: de leerling doet onbetaald vrijwilligerswerk met een maatschappelijk doel. De leerling ontvangt geen loon.
doc-kind-group-clause = De leerling doet de stage samen met andere leerlingen, in een groep die de school samenstelt.
doc-kind-professional-clause = Dit is een stage in het kader van het onderwijs: de leerling maakt kennis met het werk in een organisatie of beroep. Voor leerlingen van 14 en 15 jaar geldt de stage-uitzondering van de Arbeidstijdenwet: zij doen alleen lichte werkzaamheden, onder toezicht, en een ouder of verzorger ondertekent deze overeenkomst. De stage is onbetaald.
doc-kind-assignment-clause = De leerling werkt met een team van leerlingen aan een opdracht van de organisatie. Het meeting point van de school begeleidt het team. Werkt de leerling op het adres van de organisatie, dan gelden daar de afspraken uit deze overeenkomst.

## 3. Periode en rooster
doc-field-period = Periode
doc-field-total-hours = Totaal aantal uren
doc-field-hours-per-week = Uren per week
doc-schedule-weekly = Vaste tijden per week
doc-schedule-slots = Ingeplande tijden
doc-col-day = Dag
doc-col-date = Datum
doc-col-time = Tijd
doc-col-hours = Uren
doc-schedule-total = Totaal
doc-schedule-none = De organisatie en de leerling spreken de dagen en tijden nog af. Ze worden in Schakel vastgelegd voordat de stage begint.
doc-schedule-limits = De organisatie plant alleen tijden binnen de wettelijke grenzen voor jongeren (Arbeidstijdenwet), gerekend naar de leeftijd van de leerling op elke dag. Zij houdt rekening met de schooltijden en de vakanties van de leerling.

## 4. Taken
doc-field-level = Niveau
doc-tasks-light = De organisatie verklaart dat de taken licht werk zijn dat past bij de leeftijd van de leerling, en dat de leerling geen werk doet dat voor jongeren verboden is.
doc-tasks-light-non-industrial = De organisatie verklaart dat de taken lichte, niet-industriële werkzaamheden zijn, zonder machines met onaanvaardbare veiligheidsrisico's, en dat de leerling geen werk doet dat voor jongeren verboden is.

## 5. Begeleiding
doc-field-host-supervisor = Begeleider bij de organisatie
doc-field-school-supervisor = Begeleider van de school
doc-field-induction = Introductie
doc-field-assessed-by = Beoordeling door
doc-field-hours-confirmed-by = Uren bevestigd door
doc-supervision-clause = De begeleider bij de organisatie introduceert de leerling, legt het werk uit en is tijdens de stage aanspreekbaar. De stagecoördinator van de school is het aanspreekpunt voor de organisatie, de leerling en de ouders.
doc-supervision-explicit = Omdat de leerling jonger is dan 15 jaar, houdt de begeleider nadrukkelijk toezicht op het werk.
doc-supervision-visit = De school mag de leerling op de werkplek bezoeken, na afspraak met de organisatie.
doc-supervision-no-visit = Een bezoek van de school op de werkplek is niet afgesproken; de school houdt contact met de begeleider.

## 6. Veiligheid
doc-safety-clause = De organisatie houdt zich aan de Arbeidstijdenwet, de Arbeidsomstandighedenwet (Arbowet) en de regels voor kinder- en jeugdarbeid. Zij wijst de leerling op de gevaren van het werk, geeft uitleg en instructie en zorgt voor toezicht.
doc-field-risks = Bijzondere gevaren
doc-field-measures = Maatregelen
doc-safety-none-known = Geen bijzondere gevaren bekend
doc-safety-under-16 = Omdat de leerling jonger is dan 16 jaar, informeert de organisatie de ouders of verzorgers over de aard van het werk, de gevaren en de maatregelen die zij neemt. De leerling werkt niet in een ruimte waar alcohol wordt geschonken.
doc-safety-parents-informed = De ouders zijn geïnformeerd op { $date }.
doc-safety-parents-not-yet = De organisatie informeert de ouders vóór de eerste stagedag.

## 7. Verzekering en aansprakelijkheid
doc-col-insurance = Verzekering
doc-col-covers = Dekt
doc-col-policy = Verzekeraar en polis
doc-insurance-school-accident = Ongevallenverzekering van de school
doc-insurance-school-accident-covers = Ongevallen van de leerling tijdens de stage en onderweg
doc-insurance-school-liability = Aansprakelijkheidsverzekering van de school
doc-insurance-school-liability-covers = Schade die de leerling aan anderen (derden) toebrengt
doc-insurance-host-liability = Aansprakelijkheidsverzekering van de organisatie
doc-insurance-host-liability-covers = Schade die de leerling aan de organisatie zelf toebrengt, en de aansprakelijkheid van de organisatie voor de leerling
doc-insurance-avv = Amsterdamse Vrijwilligers Verzekering (AVV)
doc-insurance-avv-covers = Ongevallen (primair) en aansprakelijkheid (secundair) tijdens de maatschappelijke stage en onderweg
doc-insurance-avv-not-applicable = Niet van toepassing op deze stage
doc-insurance-avv-policy = Gemeente Amsterdam
doc-insurance-policy = { $insurer }, polis { $number }
doc-insurance-clause = De organisatie is voor de leerling aansprakelijk zoals voor een eigen werknemer (artikel 7:658 en 6:170 Burgerlijk Wetboek). Schade aan de organisatie zelf valt meestal niet onder de verzekering van de school; die schade valt onder de aansprakelijkheidsverzekering van de organisatie. De verzekering van de school kan een volledig ingevulde en ondertekende overeenkomst vereisen.

## 8. Gedrag, geheimhouding en privacy
doc-conduct-clause = De leerling houdt zich aan de huisregels en aanwijzingen van de organisatie en gaat respectvol om met iedereen op de werkplek. Wat de leerling tijdens de stage hoort of ziet over anderen, blijft geheim, ook na de stage.
doc-field-house-rules = Huisregels
doc-conduct-privacy = De organisatie ontvangt alleen de persoonsgegevens van de leerling die nodig zijn voor de stage, gebruikt ze alleen daarvoor en verwijdert ze na de stage:
doc-conduct-no-data = De organisatie ontvangt geen persoonsgegevens buiten deze overeenkomst.
doc-data-name = naam
doc-data-date-of-birth = geboortedatum
doc-data-contact = telefoonnummer en e-mailadres van de leerling
doc-data-parent-contact = telefoonnummer van een ouder of verzorger, voor noodgevallen
doc-data-school-class = school en klas
doc-data-health = gezondheidsinformatie die de organisatie moet kennen (zoals een allergie), met toestemming
doc-conduct-confidant = Gebeurt er iets wat niet goed voelt? De leerling kan terecht bij de begeleider, bij de stagecoördinator of bij de vertrouwenspersoon van de school.

## 9. Afwezigheid en ziekte
doc-absence-clause = Is de leerling ziek of kan hij of zij om een andere reden niet komen, dan meldt de leerling dat vóór het begin van de stagetijd bij de begeleider van de organisatie én bij de school. Gemiste uren worden in overleg ingehaald.
doc-absence-accident = Bij een ongeval zorgt de organisatie voor eerste hulp en waarschuwt zij direct de ouders of verzorgers en de school. De school meldt het ongeval bij de verzekeraar. Een ernstig ongeval meldt de organisatie ook bij de Nederlandse Arbeidsinspectie.
doc-field-absence-note = Afspraak over melden

## 10. Beëindiging
doc-termination-intro = De stage eindigt op de einddatum. De stage kan eerder eindigen:
doc-termination-mutual = in overleg tussen de school, de organisatie en de leerling (en de ouder of verzorger);
doc-termination-left-school = als de leerling de school verlaat;
doc-termination-warning = na een schriftelijke waarschuwing over het gedrag van de leerling, als het gedrag daarna niet verbetert;
doc-termination-serious = meteen, om een ernstige reden, zoals ernstig wangedrag of een onveilige situatie.
doc-termination-notice = Wie de stage beëindigt, laat dat de andere partijen zo snel mogelijk schriftelijk weten, met de reden.

## 11. Evaluatie
doc-evaluation-host = De begeleider bij de organisatie beoordeelt de leerling aan het einde van de stage in Schakel.
doc-evaluation-pupil = De leerling schrijft een reflectie over wat hij of zij heeft gedaan en geleerd.
doc-evaluation-hours = De leerling houdt de gewerkte uren bij in Schakel en de organisatie keurt ze goed. De goedgekeurde uren komen op het certificaat van de leerling.

## 12. Toestemmingen
doc-col-consent = Toestemming
doc-col-status = Stand
doc-consent-parental = Schriftelijke toestemming van een ouder of verzorger voor de stage
doc-consent-sunday = Werken op zondag
doc-consent-evening = Werken tijdens de verruimde avonduren
doc-consent-not-needed = Niet nodig
doc-consent-requested = Gevraagd, nog geen antwoord
doc-consent-given = Gegeven door { $name } op { $date }
doc-consent-refused = Geweigerd door { $name } op { $date }
doc-consents-clause = Zonder gegeven toestemming werkt de leerling niet op zondag en niet later op de avond dan voor zijn of haar leeftijd gewoon is toegestaan.

## 13. Ondertekening
doc-signatures-intro = Zo afgesproken en ondertekend door:
doc-signature-pupil = Leerling
doc-signature-parent = Ouder of verzorger
doc-signature-school = Namens de school
doc-signature-host = Namens de organisatie
doc-signature-signed = Ondertekend op { $date } door { $name }
doc-signature-name = Naam
doc-signature-date = Datum
doc-signature-sign = Handtekening
doc-signature-not-required = Voor deze stage is geen handtekening van een ouder of verzorger nodig.

## Certificaat
doc-certificate-title = Certificaat
doc-certificate-year = Schooljaar { $year }
doc-certificate-awarded-to = uitgereikt aan
doc-certificate-lead = voor het voltooien van { $count ->
    [one] deze stage
   *[other] deze { $count } stages
} in schooljaar { $year }, samen goed voor { $hourcount ->
    [one] { $hours } goedgekeurd uur
   *[other] { $hours } goedgekeurde uren
}.
doc-certificate-lead-none = Er zijn in schooljaar { $year } nog geen stages voltooid.
doc-col-placement = Stage
doc-col-kind = Soort
doc-col-period = Periode
doc-certificate-total = Totaal goedgekeurd
doc-certificate-required = Vereist: { $hours }
doc-certificate-met = Aan de urennorm voldaan
doc-certificate-remaining = Nog { $hours } te gaan
doc-certificate-congratulations = Gefeliciteerd! Bewaar dit certificaat goed: je kunt het laten zien bij een sollicitatie of een vervolgopleiding.
doc-certificate-issued-on = Uitgereikt op
doc-certificate-coordinator = Stagecoördinator, { $school }
doc-certificate-verify = Echtheid controleren: code { $code }
doc-certificate-verify-at = Echtheid controleren: code { $code } op { $url }
