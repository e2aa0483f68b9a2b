# Stagebemiddeling: stageplekken, aanmelden, de stage van voorstel tot certificaat.

nav-find = Stage zoeken
nav-vacancies = Stageplekken
nav-placements = Stages
nav-hours = Uren
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
vacancy = Stageplek
period = Periode
distance = Afstand
fill = Bezet
full = Vol
time = Tijd
insurance = Verzekering
choose = Kiezen
places-free = Vrije plekken
places-free-n = { $count ->
    [one] nog 1 plek vrij
   *[other] nog { $count } plekken vrij
}
places-taken = { $taken } bezet
of-capacity = van { $capacity }
waiting-candidates = Wachtende kandidaten
export-xlsx = Download Excel

## Soorten, settings, statussen
vkind-individual = Individuele stage
vkind-group = Groepsstage
vkind-assignment = Meeting-point-opdracht
setting-mas_outside = Maatschappelijke stage buiten school
setting-mas_inside = Maatschappelijke stage binnen school
setting-internship = Beroeps- of snuffelstage
vstatus-draft = Concept
vstatus-open = Open
vstatus-closed = Gesloten
vstatus-archived = Gearchiveerd
vstatus-to-open = Openzetten
vstatus-to-closed = Sluiten
vstatus-to-archived = Archiveren
status-proposed = Aangemeld
status-accepted = Geaccepteerd
status-confirmed = Bevestigd
status-completed = Afgerond
status-declined = Afgewezen
status-cancelled = Geannuleerd
hstatus-submitted = Ingediend
hstatus-approved = Goedgekeurd
hstatus-rejected = Afgekeurd
hstatus-superseded = Vervangen

## Velden en hints
field-title = Titel
field-category = Categorie
field-kind_vacancy = Soort stage
field-setting = Waar en welk soort
field-capacity = Aantal plekken
field-group_min = Kleinste groep
field-group_max = Grootste groep
field-min_age = Minimumleeftijd
field-expected_hours = Aantal uren
field-starts_on = Begindatum
field-ends_on = Einddatum
field-slots = Tijden
field-supervisor_name = Begeleider
field-supervisor_email = E-mailadres begeleider
field-supervisor_phone = Telefoon begeleider
field-schools = Alleen voor deze scholen
field-motivation = Motivatie
field-reason = Reden
field-date = Datum
field-start = Begintijd
field-end = Eindtijd
field-activity = Wat heb je gedaan?
hours-activity = Werkzaamheden
field-comment = Toelichting
field-evaluation = Beoordeling
field-reflection = Reflectie
field-parent_email = E-mailadres ouder of verzorger
field-present = Aanwezig
field-session_date = Datum
field-session_start = Begintijd
field-session_end = Eindtijd
field-session_activity = Activiteit
description-hint = Wat gaat de leerling doen, en wat leert ze ervan?
setting-hint = Dit bepaalt de wettelijke minimumleeftijd: 12 binnen school, 13 buiten school, 14 voor een beroeps- of snuffelstage.
capacity-hint = Hoeveel leerlingen tegelijk een plek kunnen hebben.
group-size-hint = Alleen voor groepsstages.
min-age-hint = Nooit lager dan de wettelijke minimumleeftijd; leeg laten gebruikt die.
slots-hint = Eén tijd per regel, bijvoorbeeld „wo 14:00-16:00” of „24-11-2026 09:00-12:00”.
schools-restrict-hint = Kies niets om de plek open te stellen voor alle scholen. Houd Ctrl (of Cmd) ingedrukt om meer scholen te kiezen.
motivation-hint = Vertel kort waarom je deze stage wilt doen.
time-hint = Bijvoorbeeld 14:00.
activity-hint = Bijvoorbeeld: boodschappen gedaan met bewoners.
consent-name-hint = Je eigen naam, als ouder of verzorger.
reflection-hint = Wat heb je geleerd? Wat ging goed, wat zou je anders doen?
decline-hint = De leerling ziet deze reden.

## Fouten
err-time = Vul een tijd in zoals 14:00.
err-slot = Schrijf een tijd als „wo 14:00-16:00” of „24-11-2026 09:00-12:00”, met de eindtijd na de begintijd.
err-end-before-start = Dit moet na het begin liggen.
err-group-above-capacity = Een groep kan niet groter zijn dan het aantal plekken.
err-slot-outside-period = Een datum valt buiten de periode van de stageplek.
err-capacity-below-taken = Er zijn al meer plekken bezet dan dit aantal.
placement-err-not-accepted = De organisatie heeft deze aanmelding nog niet geaccepteerd.
placement-err-not-proposed = Deze aanmelding wacht niet (meer) op de organisatie.
placement-err-no-consent-pending = Deze stage wacht niet op toestemming.
placement-err-not-active = Deze stage is niet actief.
placement-err-over = Deze stage is al afgelopen.
placement-err-full = Alle plekken van deze stageplek zijn bezet.
placement-err-applied = Je bent al aangemeld voor deze stageplek.
hours-err-end-before-start = De eindtijd moet na de begintijd liggen.
hours-err-future = Uren kun je pas invullen als je ze gewerkt hebt.
hours-err-outside-period = Deze datum valt buiten de periode van de stage.
hours-err-outside-daytime = Onder de 16 mag je alleen werken tussen 07:00 en 19:00.
hours-err-too-long = Zo veel uren op één dag kan niet kloppen.
hours-reject-needs-comment = Schrijf erbij waarom je de uren afkeurt.
consent-err-agree = Vink aan dat je toestemming geeft.
group-err-none = Kies ten minste één leerling.
group-err-too-young = { $name } is te jong voor deze stageplek.
group-err-too-small = De groep is kleiner dan de kleinste groep van deze stageplek.
group-err-already = Een van deze leerlingen heeft hier al een stage.
session-err-none-present = Kies wie er aanwezig was.
vacancy-err-status = Deze stap kan niet vanuit de huidige status.
document-err-birth = De geboortedatum van de leerling ontbreekt; de school moet die eerst invullen.

## Meldingen na een stap
flash-vacancy-saved = De stageplek is opgeslagen.
flash-vacancy-opened = De stageplek staat open: leerlingen kunnen zich aanmelden.
flash-vacancy-closed = De stageplek is gesloten.
flash-applied = Je bent aangemeld. De organisatie krijgt bericht.
flash-applied-already = Je bent al aangemeld voor deze stageplek.
flash-placement-accepted = Geaccepteerd. De school krijgt bericht om te bevestigen.
flash-placement-declined = Afgewezen. De leerling krijgt bericht.
flash-placement-active = Alles is getekend: de stage is begonnen.
flash-placement-confirmed-consent = Bevestigd en namens de school getekend. De stage begint zodra de leerling en, als dat nodig is, een ouder de overeenkomst hebben getekend.
flash-placement-confirmed-no-parent = Bevestigd en namens de school getekend. Er is nog geen e-mailadres van een ouder of verzorger bekend: vul het hieronder in, dan krijgt een ouder de overeenkomst om te tekenen.
flash-placement-cancelled = De stage is geannuleerd; de plek is weer vrij.
flash-placement-full = Alle plekken zijn bezet: bevestigen kan niet. Er is niets veranderd.
flash-placement-not-accepted = De organisatie moet eerst accepteren. Er is niets veranderd.
flash-placement-not-proposed = Deze aanmelding wacht niet meer op een besluit. Er is niets veranderd.
flash-placement-no-consent = Deze stage wacht niet op handtekeningen. Er is niets veranderd.
flash-placement-not-active = Deze stage is niet actief. Er is niets veranderd.
flash-placement-over = Deze stage is al afgelopen. Er is niets veranderd.
flash-reason-needed = Schrijf een reden op. Er is niets veranderd.
flash-none-chosen = Kies eerst de stages die je wilt bevestigen.
flash-consent-sent = Het verzoek om toestemming is verstuurd.
flash-parent-email-needed = Vul een geldig e-mailadres van een ouder of verzorger in.
flash-hours-logged = Je uren zijn ingediend. De organisatie keurt ze goed.
flash-hours-approved = De uren zijn goedgekeurd.
flash-hours-rejected = De uren zijn afgekeurd; de leerling kan ze verbeteren.
flash-hours-reviewed-already = Deze uren waren al beoordeeld.
flash-hours-not-correctable = Goedgekeurde uren kun je niet meer verbeteren.
flash-reject-needs-comment = Schrijf erbij waarom je de uren afkeurt.
flash-evaluated = De beoordeling is opgeslagen.
flash-reflected = Je reflectie is opgeslagen.
flash-group-placed = De groep is geplaatst.

## Zoeken (leerling)
search-title = Stage zoeken
search-lead = Stageplekken die voor jou openstaan, dichtbij huis eerst.
search-placeholder = Titel, organisatie of plaats
search-distance = Afstand van huis
search-any-distance = Elke afstand
search-within-km = binnen { $km } km
search-max-hours = Uren
search-any-hours = Elk aantal
search-at-most-hours = hoogstens { $hours } uur
search-from = Vanaf
search-until = Tot en met
search-nearest-first = Dichtbij huis eerst
search-results = Stageplekken
search-empty = Geen stageplekken gevonden
search-empty-text = Er zijn geen open stageplekken die aan je filters voldoen. Probeer een grotere afstand of een andere categorie.
search-no-birth-title = Je geboortedatum ontbreekt
search-no-birth = Zonder geboortedatum zien we niet welke stages je al mag doen. Vraag je stagecoördinator om hem in te vullen.
all-categories = Alle categorieën
vacancies-count = stageplekken

## Beheer van stageplekken
vacancies-title = Stageplekken
vacancies-lead = Stageplekken van de organisaties waarvoor je werkt.
vacancies-empty = Geen stageplekken gevonden
vacancies-empty-text = Voeg een stageplek toe, of pas je filters aan.
vacancies-not-archived = Alle behalve gearchiveerd
vacancy-new = Stageplek toevoegen
vacancy-edit = Stageplek bewerken
vacancy-about = Over deze stage
vacancy-only-for = Alleen voor
vacancy-your-application = Jouw aanmelding
vacancy-open-application = Bekijk je aanmelding
apply-title = Aanmelden
apply-submit = Aanmelden
candidates = Kandidaten en stagiairs
candidates-empty = Nog niemand heeft zich aangemeld.

## Groepsstage
group-title = Groep plaatsen
group-lead = Plaats een klas, of een deel ervan, in één keer op deze groepsstage. Dat is meteen de bevestiging van de school.
group-place = Groep plaatsen
group-show-class = Toon klas
group-pick = Kies de leerlingen
group-refused = De groep is niet geplaatst
session-title = Bijeenkomst registreren
session-lead = De uren tellen voor iedere leerling die je als aanwezig aanvinkt.
session-submit = Bijeenkomst registreren

## De stage
placements-title = Stages
placements-lead = Aanmeldingen en stages die op jou wachten, en alle andere.
placements-count = stages
placements-empty = Geen stages gevonden
placements-empty-text = Hier verschijnen aanmeldingen en stages zodra die er zijn.
placements-search-placeholder = Stageplek of naam
confirm-chosen = Gekozen stages bevestigen
choose-all = Alles kiezen
sign-for-chosen = Ik teken de stageovereenkomsten van de gekozen stages namens de school
bulk-title = Bevestigen: het resultaat
bulk-lead-confirmed = { $count ->
    [0] Geen stage bevestigd.
    [one] 1 stage bevestigd.
   *[other] { $count } stages bevestigd.
}
bulk-lead-warnings = { $count ->
    [one] 1 wacht tot je de waarschuwingen bevestigt.
   *[other] { $count } wachten tot je de waarschuwingen bevestigt.
}
bulk-lead-refused = { $count ->
    [one] 1 kon niet worden bevestigd.
   *[other] { $count } konden niet worden bevestigd.
}
bulk-confirmed-title = Bevestigd en getekend
bulk-no-parent = { $count ->
    [one] Van 1 leerling is nog geen e-mailadres van een ouder of verzorger bekend. Vul het in bij de stage, dan krijgt een ouder de overeenkomst om te tekenen.
   *[other] Van { $count } leerlingen is nog geen e-mailadres van een ouder of verzorger bekend. Vul het in bij hun stage, dan krijgt een ouder de overeenkomst om te tekenen.
}
bulk-parent-unknown = E-mail ouder ontbreekt
bulk-warnings-title = Eerst waarschuwingen bevestigen
bulk-warnings-text = Deze stages zijn nog niet bevestigd. Lees de waarschuwingen op de pagina van de stage en bevestig ze daar; daarna bevestig je de stage.
bulk-refused-title = Niet bevestigd
bulk-unknown = { $count ->
    [one] 1 gekozen stage bestaat niet meer of hoort niet bij jouw school.
   *[other] { $count } gekozen stages bestaan niet meer of horen niet bij jouw school.
}
bulk-back = Terug naar de lijst
queue-only-parent = Alleen stages die wachten op toestemming van een ouder, terwijl er geen e-mailadres van een ouder bekend is. Vul er een in op de pagina van de stage.
queue-only-late = Alleen stages waarvoor een ouder al meer dan 3 dagen om toestemming is gevraagd, zonder antwoord. Stuur het verzoek opnieuw of bel de ouder.
queue-show-all = Toon alle stages
stat-parent-unknown = Toestemming, maar geen ouder bekend
stat-consent-late = Toestemming langer dan 3 dagen open
bulk-why-blocked = Een regel voor minderjarigen houdt deze stage tegen:
bulk-why-host-checks = De organisatie mist verplichte controles (zoals verzekering of risico-inventarisatie). Zie de pagina van de stage.
bulk-why-full = Alle plekken van deze stage zijn al bevestigd.
bulk-why-not-waiting = Deze stage wacht niet meer op bevestiging.
next-step = Volgende stap
next-proposed = De organisatie bekijkt de aanmelding en accepteert of wijst af.
next-accepted = De school controleert de regels voor minderjarigen, bevestigt de stage en tekent de overeenkomst.
next-confirmed = De stageovereenkomst wordt getekend: door de leerling en, bij leerlingen jonger dan 16, door een ouder of verzorger via de link in de e-mail. Als alles is getekend en de regels het toelaten, begint de stage.
next-active = De leerling houdt haar uren bij; de organisatie keurt ze goed en schrijft een beoordeling.
next-completed = De stage is afgerond. Het certificaat staat klaar.
next-declined = De organisatie heeft afgewezen. De leerling kan een andere stage zoeken.
next-cancelled = Deze stage is geannuleerd.
next-pupil-proposed = De organisatie bekijkt je aanmelding en laat weten of je kunt komen. Je krijgt bericht.
next-pupil-accepted = De organisatie wil je graag. Nu controleert je school de regels en bevestigt de stage; daarna teken je de overeenkomst.
next-pupil-confirmed = Teken de stageovereenkomst hieronder. Ben je jonger dan 16, dan tekent ook een ouder of verzorger, via de link in de e-mail. Als alles getekend is, begint je stage.
next-pupil-active = Je houdt je uren bij: vul na elke keer hieronder in wat je hebt gedaan. De organisatie keurt ze goed.
next-pupil-completed = Je stage is afgerond. Je certificaat staat klaar op je overzicht.
next-pupil-declined = Deze organisatie heeft nee gezegd. Zoek een andere stage die bij je past.
next-pupil-cancelled = Deze aanmelding is ingetrokken of geannuleerd.
withdraw-title = Aanmelding intrekken
withdraw-text = Wil je deze stage toch niet doen? Trek je aanmelding in en schrijf kort waarom. De organisatie en je school krijgen bericht.
withdraw = Aanmelding intrekken
withdraw-submit = Intrekken met deze reden
decide-title = Kandidaat beoordelen
accept = Accepteren
decline = Afwijzen
decline-submit = Afwijzen met deze reden
confirm-title = Bevestigen door de school
confirm-no-place-left = { $capacity ->
    [one] De enige plek van deze stage is al bevestigd voor een andere leerling. Bevestigen kan pas als die plek vrijkomt.
   *[other] Alle { $capacity } plekken van deze stage zijn al bevestigd voor andere leerlingen. Bevestigen kan pas als er een plek vrijkomt.
}
confirm = Bevestigen
confirm-consent-needed = Na je bevestiging tekenen de leerling en een ouder of verzorger de overeenkomst; de ouder krijgt daarvoor een link per e-mail.
confirm-no-consent = Na je bevestiging tekent de leerling de overeenkomst; daarna begint de stage.
consent-waiting = Wacht op toestemming van een ouder of verzorger.
consent-asked-to = Verzoek verstuurd naar { $email }
consent-asked-expired = De link is verlopen: verstuur het verzoek opnieuw.
consent-not-asked = Er is nog geen verzoek om toestemming verstuurd: vul het e-mailadres van een ouder of verzorger in.
consent-send = Verzoek om toestemming (opnieuw) versturen
consent-given-by = Toestemming gegeven door
hours-title = Uren
hours-unit = uur
hours-approved = Goedgekeurd
hours-approved-here = { $hours } uur goedgekeurd
hours-total = Totaal goedgekeurd
hours-empty = Nog geen uren ingevuld.
hours-log-title = Uren invullen
hours-log-submit = Uren indienen
hours-correct = Verbeter
hours-correct-hint = Ingediende of afgekeurde uren kun je verbeteren; de oude regel blijft zichtbaar in de geschiedenis.
hours-correct-submit = Verbetering indienen
approve = Goedkeuren
reject = Afkeuren
hours-queue-title = Uren beoordelen
hours-queue-lead = De uren die leerlingen bij jullie hebben ingevuld en die op jouw oordeel wachten. Het oudste werk staat bovenaan.
hours-queue-waiting = Wachten op je oordeel
hours-queue-count = urenregels
hours-queue-empty = Er wachten geen uren op je oordeel
hours-queue-empty-text = Zodra een leerling uren invult, verschijnen ze hier. Je krijgt er ook een e-mail over.
hours-reject-why = Waarom keur je deze uren af?
hours-approve-shown = { $count ->
    [one] Deze uren goedkeuren
   *[other] Alle { $count } getoonde goedkeuren
}
hours-approve-shown-question = { $count ->
    [one] Deze uren goedkeuren?
   *[other] Alle { $count } getoonde urenregels goedkeuren?
}
flash-hours-approved-shown = De uren zijn goedgekeurd. De leerlingen krijgen bericht.
flash-hours-none-approved = Er is niets goedgekeurd: deze uren waren al beoordeeld.
approve-all = Alle { $count } goedkeuren
evaluation-title = Beoordeling door de organisatie
evaluation-none = Nog geen beoordeling.
evaluation-submit = Beoordeling opslaan
evaluation-final = Eindbeoordeling
evaluation-interim = Tussentijdse beoordeling
evaluation-ended-early = Eerder gestopt:
evaluation-kind = Soort beoordeling
evaluation-kind-interim = Tussentijds: de stage loopt door
evaluation-kind-final = Eindbeoordeling: de stage is klaar
evaluation-runs-until = De stage loopt tot { $date }.
evaluation-early-hint = Alleen bij een eindbeoordeling vóór die datum: waarom stopt de stage eerder?
evaluation-complete-box = Ik rond de stage af met deze eindbeoordeling. Daarna kan de leerling geen uren meer invullen.
evaluation-err-early-reason = Schrijf op waarom de stage eerder stopt.
evaluation-err-confirm = Vink aan dat je de stage afrondt.
field-early_reason = Reden om eerder te stoppen
field-complete = Afronden
flash-evaluated-completed = De eindbeoordeling is opgeslagen en de stage is afgerond. De leerling en de school krijgen bericht.
reflection-title = Reflectie van de leerling
reflection-none = Nog geen reflectie.
reflection-submit = Reflectie opslaan
cancel-title = Stage annuleren
cancel-text = Na annuleren is de plek weer vrij. Iedereen krijgt bericht met de reden.
cancel-placement = Annuleren
cancel-submit = Annuleren met deze reden
pseudonymous-note = Achternaam en contactgegevens zie je nadat de school de stage heeft bevestigd.
agreement-download = Stageovereenkomst (pdf)
agreement-full = De hele stageovereenkomst (pdf)
certificate-download = Certificaat (pdf)

## Uren beoordelen via de link
review-title = Uren beoordelen
review-lead = Uren van { $pupil }
review-invalid = Deze link is verlopen of klopt niet. Log in om de uren te beoordelen.
review-done = Deze uren zijn beoordeeld. Dank je wel!
review-comment-when = nodig bij afkeuren

## Toestemming van een ouder
consent-title = Toestemming voor een stage
consent-lead = { $pupil } gaat stage lopen. Omdat { $pupil } jonger is dan 16, vragen we je toestemming.
consent-agreement = De stage
consent-insurance = De school en de Amsterdamse Vrijwilligers Verzekering verzekeren de leerling tijdens de stage; de details staan in de stageovereenkomst.
consent-give = Toestemming geven
consent-agree = Ik geef als ouder of verzorger toestemming voor deze stage en heb de stageovereenkomst gelezen.
consent-submit = Toestemming geven
consent-thanks = Dank je wel: je toestemming is vastgelegd
consent-expired = Deze link is verlopen. Vraag de school om een nieuwe.
consent-unknown = Deze link werkt niet. Controleer of je de hele link uit de e-mail hebt gebruikt.
consent-blocked-birth = De school moet eerst de geboortedatum van de leerling invullen. Je krijgt daarna een nieuwe link.

## Overzicht per klas
progress-title = Voortgang stages
progress-stage = Waar staat de leerling
progress-approved = Goedgekeurde uren
progress-submitted = Nog te beoordelen
progress-without = Zonder stage
stage-done = Klaar: genoeg uren
stage-active = Loopt
stage-waiting-consent = Wacht op toestemming ouder
stage-waiting-school = Wacht op de school
stage-waiting-host = Wacht op de organisatie
stage-needs-more = Heeft meer uren nodig
stage-none = Nog geen stage

## Meldingen in de app
notifications-title = Meldingen
notifications-empty = Geen meldingen.
notifications-read = Alles gelezen

## E-mail en meldingen per stap
notify-applied = { $pupil } heeft zich aangemeld voor { $vacancy }
notify-applied-subject = Nieuwe aanmelding voor { $vacancy }
notify-applied-body = Beste { $name },

    { $pupil } heeft zich aangemeld voor { $vacancy }. Bekijk de aanmelding en laat weten of je { $pupil } accepteert:

    { $link }
notify-accepted = { $organisation } heeft de aanmelding voor { $vacancy } geaccepteerd
notify-accepted-subject = Geaccepteerd: { $vacancy }
notify-accepted-body = Beste { $name },

    { $organisation } heeft de aanmelding voor { $vacancy } geaccepteerd. De school bevestigt nu de stage:

    { $link }
notify-declined = { $organisation } heeft de aanmelding voor { $vacancy } afgewezen
notify-declined-subject = Afgewezen: { $vacancy }
notify-declined-body = Beste { $name },

    { $organisation } heeft je aanmelding voor { $vacancy } helaas afgewezen. De reden staat bij de aanmelding. Zoek gerust een andere stage:

    { $link }
notify-confirmed = De school heeft de stage { $vacancy } bevestigd
notify-confirmed-subject = Bevestigd: { $vacancy }
notify-confirmed-body = Beste { $name },

    De school heeft de stage { $vacancy } bij { $organisation } bevestigd en de stageovereenkomst getekend. Nu tekent de leerling (en, als dat nodig is, een ouder of verzorger); daarna begint de stage.

    { $link }
notify-consent-asked = Toestemming gevraagd voor { $vacancy }
notify-consent-asked-subject = Toestemming gevraagd: { $vacancy }
notify-consent-asked-body = Beste { $name },

    Een ouder of verzorger van { $pupil } heeft een verzoek om toestemming gekregen voor { $vacancy }.

    { $link }
notify-consent-given = Een ouder heeft de overeenkomst voor { $vacancy } getekend
notify-consent-given-subject = Ouder heeft getekend: { $vacancy }
notify-consent-given-body = Beste { $name },

    Een ouder of verzorger heeft de stageovereenkomst voor { $vacancy } bij { $organisation } getekend. De stage begint zodra alle handtekeningen er zijn.

    { $link }
notify-activated = De stage { $vacancy } is begonnen
notify-activated-subject = Begonnen: { $vacancy }
notify-activated-body = Beste { $name },

    De stage { $vacancy } bij { $organisation } is bevestigd en begonnen. Op de pagina van de stage zie je de uren en wat er nu moet gebeuren:

    { $link }
notify-cancelled = De stage { $vacancy } is geannuleerd
notify-cancelled-subject = Geannuleerd: { $vacancy }
notify-cancelled-body = Beste { $name },

    De stage { $vacancy } bij { $organisation } is geannuleerd. De reden staat bij de stage:

    { $link }
notify-hours-submitted = { $pupil } heeft uren ingediend voor { $vacancy }
notify-hours-submitted-subject = Uren om goed te keuren: { $vacancy }
notify-hours-submitted-body = Beste { $name },

    { $pupil } heeft uren ingediend voor { $vacancy }. Keur ze goed of af met één klik op de pagina achter deze link (30 dagen geldig):

    { $link }
notify-hours-reviewed = Je uren voor { $vacancy } zijn beoordeeld
notify-hours-reviewed-subject = Uren beoordeeld: { $vacancy }
notify-hours-reviewed-body = Beste { $name },

    { $organisation } heeft je uren voor { $vacancy } beoordeeld:

    { $link }
notify-evaluated = { $organisation } heeft een beoordeling geschreven voor { $vacancy }
notify-evaluated-subject = Beoordeling: { $vacancy }
notify-evaluated-body = Beste { $name },

    { $organisation } heeft een beoordeling geschreven voor { $vacancy }. Schrijf nu je eigen reflectie:

    { $link }
notify-completed = De stage { $vacancy } is afgerond
notify-completed-subject = Afgerond: { $vacancy }
notify-completed-body = Beste { $name },

    De stage { $vacancy } bij { $organisation } is afgerond. Het certificaat staat klaar:

    { $link }
mail-consent-subject = Toestemming gevraagd voor de stage van { $pupil }
mail-consent-body = Beste ouder of verzorger,

    { $pupil } gaat via { $school } stage lopen: { $vacancy } bij { $organisation }. We vragen je de stageovereenkomst te lezen en te tekenen; voor leerlingen jonger dan 16 is dat wettelijk nodig.
    Lees de overeenkomst en teken via deze link ({ $days } dagen geldig; je hebt geen account nodig):

    { $link }
audit-placement-viewed = Stage bekeken

## Beginpagina's
stat-placements-active = Stages die lopen
stat-placements-completed = Stages afgerond
stat-placements-waiting = Stages die wachten
stat-waiting-split = { $host } op een organisatie
stat-waiting-school = { $school } op een school
stat-waiting-consent = { $consent } op een ouder
stat-to-confirm = Stages om te bevestigen
stat-confirm-now = Bevestigen
stat-consents-outstanding = Wachten op toestemming ouder
stat-candidates-waiting = Kandidaten wachten op je antwoord
stat-hours-waiting = Uren om goed te keuren
stat-pupils-placed = Leerlingen nu op stage
home-my-placements = Mijn stages
home-no-placements = Je hebt nog geen stage. Zoek er een die bij je past.
home-nearby = Stageplekken dicht bij huis
