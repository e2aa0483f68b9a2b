# Schakel: Nederlandse teksten (de eerste taal van de interface). Spreek mensen aan met "je".

## Algemeen
skip-to-content = Direct naar de inhoud
menu = Menu
main-menu = Hoofdmenu
signed-in-as = Ingelogd als
sign-out = Afmelden
footer-title = Over deze website
footer-font-licence = Lettertype: Atkinson Hyperlegible Next (OFL)
footer-postcode-licence = Postcodecoördinaten: GeoNames (CC BY 4.0)
footer-meta = Schakel · netwerk school en werk
breadcrumb = Kruimelpad
optional = optioneel
input-error = Invoerfout
form-has-errors = { $count ->
    [one] Verbeter de fout voor je verdergaat
   *[other] Verbeter de { $count } fouten voor je verdergaat
}
error-count = { $count ->
    [one] 1 invoerfout
   *[other] { $count } invoerfouten
}
save = Opslaan
cancel = Annuleren
edit = Bewerken
details = Gegevens
history = Geschiedenis
created = Aangemaakt
updated = Laatst gewijzigd
never = nog nooit
unknown = onbekend
open = Openen
show = Bekijken
next = Volgende
previous = Vorige
page = pagina
pagination = Paginering
pager-summary = { $from }–{ $to } van { $total }
search = Zoeken
filter = Filteren
clear-filters = Wis filters
empty-filters = Er is niets dat aan je filters voldoet. Pas de filters aan of wis ze.
show-archived = Toon gearchiveerde
show-active = Toon actieve
all = Alle
all-schools = Alle scholen
all-classes = Alle klassen
all-levels = Alle onderwijssoorten
all-sectors = Alle sectoren
all-kinds = Alle soorten
all-roles = Alle rollen
all-years = Alle schooljaren
key-figures = Kerncijfers
actions = Acties
address = Adres
status = Status
last-login = Laatst ingelogd
roles = Rollen
scope = Voor
contacts = Contactpersonen
line = Regel
column = Kolom
problem = Probleem
value = Waarde
age = Leeftijd
age-years = { $age } jaar
pupil = Leerling
export-csv = Download CSV
year-of-study-n = leerjaar { $year }
lang-nl = Nederlands
lang-en = English

## Navigatie
nav-home = Overzicht
nav-schools = Scholen
nav-classes = Klassen
nav-pupils = Leerlingen
nav-organisations = Organisaties
nav-users = Gebruikers
nav-audit = Logboek
nav-outbox = Verzonden e-mail

## Statussen
status-active = Actief
status-archived = Gearchiveerd
status-invited = Uitgenodigd
status-400 = Dit verzoek klopt niet
status-401 = Log eerst in
status-403 = Geen toegang
status-404 = Niet gevonden
status-413 = Bestand te groot
status-429 = Even geduld
status-500 = Er ging iets mis

## Foutpagina's
error-unauthenticated = Log in om deze pagina te bekijken.
error-not-found = Deze pagina bestaat niet, of je hebt er geen toegang toe.
error-forbidden = Je hebt geen toegang tot deze pagina.
error-csrf = Je formulier is verlopen of kwam niet van deze website. Ga terug, laad de pagina opnieuw en probeer het nog eens. Er is niets opgeslagen.
error-too-many = Te veel pogingen. Probeer het over { $seconds } seconden opnieuw.
error-too-large = Het bestand is te groot. Stuur een bestand van hoogstens 16 MB.
error-internal = Er ging bij ons iets mis. Er is niets veranderd. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de projectleider.
flash-form-invalid = Niet alles in het formulier klopt. Er is niets veranderd.
error-refused = Dit kan nu niet. Er is niets veranderd.
error-confirm = Bevestig eerst dat je dit wilt. Er is niets veranderd.
error-archived = Dit account is gearchiveerd. Zet het eerst terug.

## Veldfouten
err-required = Vul dit veld in.
err-too-long = Dit is te lang.
err-brin = Een BRIN-code heeft vier tekens (twee cijfers en twee letters, zoals 27KJ), eventueel gevolgd door twee cijfers.
err-kvk = Een KvK-nummer heeft acht cijfers.
err-postcode = Vul een postcode in zoals 1053 AB.
err-email = Vul een geldig e-mailadres in, zoals naam@school.nl.
err-school-year = Vul een schooljaar in zoals 2026/2027.
err-date = Vul een datum in zoals 14-03-2012.
err-no-such-date = Deze datum bestaat niet.
guardian-1 = Ouder of verzorger 1
guardian-2 = Ouder of verzorger 2
guardian-hint = Voor de toestemming van ouders en om iemand te bellen in een noodgeval. Het verzoek om toestemming gaat naar het e-mailadres van de eerste (of van de tweede als de eerste er geen heeft).
field-g1_name = Naam ouder/verzorger 1
field-g1_relation = Relatie
field-g1_email = E-mailadres ouder/verzorger 1
field-g1_phone = Telefoonnummer ouder/verzorger 1
field-g2_name = Naam ouder/verzorger 2
field-g2_relation = Relatie
field-g2_email = E-mailadres ouder/verzorger 2
field-g2_phone = Telefoonnummer ouder/verzorger 2
relation-unknown = Onbekend
relation-parent = Ouder
relation-mother = Moeder
relation-father = Vader
relation-guardian = Voogd of verzorger
relation-foster = Pleegouder
relation-other = Anders
phone-hint = Bijvoorbeeld 06-12345678
err-phone = Vul een telefoonnummer in zoals 06-12345678.
guardians-title = Ouders en verzorgers
guardians-none = Nog geen ouder of verzorger bekend. Vul ze in bij Wijzigen, of importeer ze mee uit Magister of Somtoday.
guardian-name = Naam
guardian-phone = Telefoon
err-date-future = Die datum ligt in de toekomst.
err-birth-date = Deze geboortedatum kan niet kloppen voor een leerling.
err-year-of-study = Een leerjaar is een getal van 1 tot en met 6.
err-number = Vul een geldig getal in.
err-choice = Kies een van de mogelijkheden.
err-pupil-number = Een leerlingnummer bevat alleen letters, cijfers en streepjes.
err-gender = Gebruik V, M of X.
err-coordinate = Ongeldige coördinaat.
err-duplicate = Deze waarde is al in gebruik.
err-email-taken = Dit e-mailadres hoort al bij een ander account.
err-current-password = Je huidige wachtwoord klopt niet.
err-password-short = Kies een wachtwoord van minstens 10 tekens.
err-password-long = Kies een wachtwoord van hoogstens 200 tekens.
err-password-mismatch = De twee wachtwoorden zijn niet gelijk.
err-grant-school = Kies de school waarvoor deze rol geldt.
err-grant-organisation = Deze rol geef je vanaf de pagina van de organisatie: kies daar bij een contactpersoon ‘Uitnodigen’.
err-grant-meeting-point = Kies het meeting point waarvoor deze rol geldt.

## Veldnamen
field-name = Naam
field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-repeat = Herhaal het wachtwoord
field-current = Huidig wachtwoord
field-brin = BRIN-code
field-levels = Onderwijssoorten
field-profiles = Profielen
field-street = Straat en huisnummer
field-postcode = Postcode
field-city = Plaats
field-school = School
field-class = Klas
field-school_year = Schooljaar
field-year_of_study = Leerjaar
field-number = Leerlingnummer
field-first_name = Roepnaam
field-infix = Tussenvoegsel
field-last_name = Achternaam
field-date_of_birth = Geboortedatum
field-gender = Geslacht
field-required_hours = Verplichte stage-uren
field-kvk = KvK-nummer
field-kind = Soort organisatie
field-sector = Sector
field-website = Website
field-description = Beschrijving
field-vetting_status = Screening
field-job_title = Functie
field-phone = Telefoon
field-role = Rol
field-meeting_point = Meeting point
field-organisation = Organisatie
field-locale = Taal
field-file = Bestand

## Hints
brin-hint = Bijvoorbeeld 27KJ00.
profiles-hint = Bijvoorbeeld MVI (Media, Vormgeving en ICT).
class-name-hint = Bijvoorbeeld 3B.
school-year-hint = Van 1 augustus tot en met 31 juli, bijvoorbeeld 2026/2027.
year-of-study-hint = Een getal van 1 tot en met 6.
date-hint = Bijvoorbeeld 14-03-2012.
postcode-hint = Voor de afstand tot stageplekken. Bijvoorbeeld 1053 AB.
gender-hint = Alleen gebruikt in totalen, nooit per leerling getoond.
pupil-number-hint = Het nummer uit Magister of Somtoday; dat koppelt een volgende import aan deze leerling.
required-hours-hint = Leeg laten geeft 30 uur.
kvk-hint = Acht cijfers.
website-hint = Begin met https://
vetting-hint = Alleen gescreende organisaties kunnen stageplekken aanbieden.
password-hint = Minstens 10 tekens. Een zin van een paar woorden is sterk en goed te onthouden.
grant-school-hint = Voor stagecoördinator, directeur en docent.
grant-meeting-point-hint = Voor bedrijfsleider.
grant-organisation-hint = Een contactpersoon van een organisatie nodig je uit vanaf de pagina van die organisatie.

## Rollen
role-project_leader = Projectleider
role-coordinator = Stagecoördinator
role-director = Directeur
role-teacher = Docent
role-org_contact = Contactpersoon organisatie
role-meeting_point_manager = Bedrijfsleider
role-pupil = Leerling
role-unknown = Onbekende rol

## Onderwijssoorten, soorten, sectoren, screening
level-pro = Praktijkonderwijs
level-vmbo = vmbo
level-havo = havo
level-vwo = vwo
level-mbo = mbo
level-hbo = hbo
kind-company = Bedrijf
kind-nonprofit = Maatschappelijke organisatie
kind-public = Overheid
kind-school = School
kind-institution = Mbo- of hbo-instelling
sector-zorg = Zorg
sector-welzijn = Welzijn
sector-sport = Sport
sector-natuur = Natuur en dieren
sector-cultuur = Cultuur
sector-onderwijs = Onderwijs en kinderopvang
sector-techniek = Techniek
sector-ict = ICT
sector-media = Media en vormgeving
sector-horeca = Horeca
sector-detailhandel = Detailhandel
sector-logistiek = Logistiek
sector-bouw = Bouw
sector-overheid = Overheid
sector-financieel = Financiële dienstverlening
sector-dienstverlening = Dienstverlening
vetting-pending = Nog te screenen
vetting-approved = Gescreend
vetting-rejected = Afgewezen
gender-female = Meisje
gender-male = Jongen
gender-other = Anders
gender-unknown = Niet opgegeven

## Inloggen
login-title = Inloggen
login-lead = Welkom bij Schakel, het netwerk van scholen en organisaties.
login-submit = Inloggen
login-error-title = Inloggen is niet gelukt
login-failed = Het e-mailadres of het wachtwoord klopt niet. Controleer je gegevens en probeer het opnieuw.
login-throttled = Te veel mislukte pogingen. Probeer het over { $seconds } seconden opnieuw.
login-forgot = Wachtwoord vergeten? Vraag je stagecoördinator of de projectleider om een nieuwe uitnodiging.
flash-signed-out = Je bent afgemeld.
flash-welcome = Welkom! Je wachtwoord is ingesteld en je bent ingelogd.

## Uitnodiging
invite-title = Wachtwoord instellen
invite-welcome = Welkom, { $name }
invite-lead = Kies een wachtwoord voor je account { $email }.
invite-submit = Wachtwoord instellen en inloggen
invite-used-title = Deze link is al gebruikt
invite-used = Met deze link is al een wachtwoord ingesteld. Log in met je e-mailadres en wachtwoord.
invite-expired-title = Deze link is verlopen
invite-expired = Een uitnodiging is een week geldig. Vraag de projectleider of je stagecoördinator om een nieuwe.
invite-unknown-title = Deze link werkt niet
invite-unknown = Controleer of je de hele link uit de e-mail hebt gebruikt, of vraag om een nieuwe uitnodiging.
mail-invite-subject = Je account bij Schakel
mail-invite-body = Beste { $name },

    Er is een account voor je aangemaakt bij Schakel, het netwerk van scholen en organisaties.
    Stel met deze link je wachtwoord in (de link is { $days } dagen geldig en werkt één keer):

    { $link }

    Heb je dit niet verwacht? Dan kun je deze e-mail negeren.

## Account
account-title = Mijn account
account-password = Wachtwoord wijzigen
account-password-submit = Wachtwoord wijzigen
account-roles = Mijn rollen
account-language = Taal van de interface
flash-password-changed = Je wachtwoord is gewijzigd. Andere sessies zijn afgemeld.

## Beginpagina's
landing-title = Schakel
landing-lead = De gedeelde infrastructuur van het netwerk van school en werk: stages, meeting points, samenwerking tussen scholen.
landing-point-pupils = Leerlingen vinden een stageplek die bij ze past, dicht bij huis.
landing-point-schools = Scholen volgen elke stage, van aanmelding tot certificaat.
landing-point-organisations = Organisaties bieden plekken aan en begeleiden leerlingen.
home-greeting = Hallo { $name }
home-lead = Schooljaar { $year }
home-network = Het netwerk
home-recent-audit = Recente activiteit
home-classes = Klassen dit schooljaar
home-teacher-resources = Gedeelde middelen
home-teacher-resources-empty = Lesmateriaal en apparatuur die scholen delen, verschijnen hier zodra het delen tussen scholen open is.
home-org-profile = Profiel en contactpersonen
home-org-next = Hier verschijnen straks je stageplekken, kandidaten en uren om goed te keuren.
home-mp-at = Meeting point van { $school }.
home-mp-companies = Bedrijven en organisaties
home-pupil-title = Mijn stage
home-pupil-details = Mijn gegevens
home-pupil-hours-meta = Je uren tellen mee zodra je stage is bevestigd.
hours-of = van { $required } uur
stat-schools = Scholen
stat-pupils = Leerlingen
stat-organisations = Organisaties
stat-organisations-pending = Organisaties nog te screenen
stat-vet-now = Screenen
stat-meeting-points = Meeting points
stat-users = Gebruikers
stat-users-invited = waarvan { $count } nog uitgenodigd
stat-classes = Klassen in { $year }
stat-classes-now = Klassen dit schooljaar
stat-pupils-without-class = Leerlingen zonder klas
stat-pupils-without-birth-date = Leerlingen zonder geboortedatum
stat-birth-date-why = Nodig om te controleren welke stages mogen.
stat-hours-done = Stage-uren gedaan

## Scholen
schools-title = Scholen
schools-lead = De scholen van het netwerk.
schools-count = scholen
schools-empty = Geen scholen gevonden
schools-search-placeholder = Naam of BRIN-code
archived-schools = Gearchiveerde scholen
school-new = School toevoegen
school-edit = School bewerken
school-archive-title = School archiveren
school-archive-text = Een gearchiveerde school verdwijnt uit de lijsten en keuzelijsten. Haar leerlingen en gegevens blijven bewaard; je kunt de school terugzetten.
meeting-points = Meeting points
meeting-points-none = Deze school heeft geen meeting point.

## Klassen
classes-title = Klassen
classes-lead = Klassen per school en schooljaar.
classes-count = klassen
classes-empty = Geen klassen gevonden
classes-empty-text = Klassen ontstaan vanzelf bij het importeren van leerlingen, of voeg er een toe.
classes-search-placeholder = Naam van de klas
archived-classes = Gearchiveerde klassen
class-new = Klas toevoegen
class-edit = Klas bewerken
class-no-pupils = Deze klas heeft nog geen leerlingen.
class-pupil-count = { $count } leerlingen
class-archive-title = Klas archiveren
class-archive-text = Een gearchiveerde klas verdwijnt uit de lijsten. De leerlingen blijven bewaard.
without-class = Zonder klas

## Leerlingen
pupils-title = Leerlingen
pupils-lead = Leerlingen van de scholen waarvoor je werkt.
pupils-count = leerlingen
pupils-empty = Geen leerlingen gevonden
pupils-empty-text = Er zijn geen leerlingen die aan je filters voldoen. Pas de filters aan, of importeer leerlingen.
pupils-search-placeholder = Naam of leerlingnummer
archived-pupils = Gearchiveerde leerlingen
pupil-new = Leerling toevoegen
pupil-edit = Leerling bewerken
pupil-archive-title = Leerling archiveren
pupil-archive-text = Een gearchiveerde leerling verdwijnt uit de lijsten en kan niet meer inloggen. Haar gegevens blijven bewaard tot de bewaartermijn verloopt; je kunt haar terugzetten.
pupil-account = Account
pupil-account-active = De leerling kan inloggen.
pupil-account-invited = De leerling is uitgenodigd maar heeft nog geen wachtwoord ingesteld.
pupil-account-none = De leerling heeft nog geen account.
pupil-account-needs-email = Vul eerst het e-mailadres van de leerling in; daar gaat de uitnodiging heen.
pupil-invite = Uitnodigen om in te loggen
pick-school-lead = Kies de school.
flash-pupil-needs-email = Deze leerling heeft geen e-mailadres. Vul dat eerst in.

## Importeren
import-title = Leerlingen importeren
import-lead = Upload een export uit Magister of Somtoday (CSV of XLSX) of een EDEXML-bestand. Je ziet eerst wat er verandert; er wordt pas iets opgeslagen als je bevestigt.
import-check = Bestand controleren
import-file-hint = CSV (met ; of ,), XLSX of EDEXML (XML), hoogstens 16 MB.
import-columns = Kolommen
import-columns-required = Verplicht:
import-columns-optional = Mogelijk:
import-columns-note = Kolomnamen mogen in hoofd- of kleine letters; andere kolommen worden overgeslagen. Een leerling die al bestaat (zelfde leerlingnummer) wordt bijgewerkt.
import-failed = Dit bestand kunnen we niet gebruiken
import-preview-title = Controleer de import
import-rows = Regels in het bestand
import-new = Nieuwe leerlingen
import-updated = Bestaande leerlingen die worden bijgewerkt
import-bad-rows = Regels met fouten
import-errors = Fouten per regel
import-sample = De eerste leerlingen
import-new-classes = { $count ->
    [one] 1 nieuwe klas
   *[other] { $count } nieuwe klassen
}
import-new-classes-text = Deze klassen staan in het bestand maar heeft de school dit schooljaar nog niet. Ze worden aangemaakt als je importeert. Staat er een tikfout in een klasnaam, pas dan eerst het bestand aan.
import-confirm-title = Importeren
import-ready = Alle { $count } regels zijn in orde.
import-has-errors-text = Een bestand met fouten importeren we niet, tenzij je kiest om de foute regels over te slaan. Je kunt ook het bestand verbeteren en opnieuw uploaden.
import-skip-errors = Sla de foute regels over en importeer de { $count } goede
import-submit = Importeren
import-other-file = Ander bestand kiezen
import-nothing-good = Geen enkele regel is in orde, dus er valt niets te importeren. Verbeter het bestand en upload het opnieuw.
import-already-done = Deze import is al uitgevoerd.
import-err-empty = Het bestand is leeg.
import-err-not-text = Dit is geen CSV-, XLSX- of EDEXML-bestand. Sla het in Excel op als ‘CSV (gescheiden door lijstscheidingsteken)’ of als XLSX.
import-err-spreadsheet = Het spreadsheet is niet te lezen ({ $detail }).
import-err-xml = Het XML-bestand is niet te lezen ({ $detail }).
import-err-csv = Het CSV-bestand is beschadigd rond regel { $detail }.
import-err-missing-columns = Deze verplichte kolommen ontbreken: { $detail }.
import-err-too-many-rows = Het bestand heeft te veel regels.
import-err-no-file = Kies een bestand.
import-err-school = Kies een school waarvoor je mag importeren.
import-err-upload = Het uploaden is niet gelukt. Probeer het opnieuw.
import-err-duplicate = Dit leerlingnummer staat al eerder in het bestand (regel tussen haakjes).
import-err-brin-mismatch = Deze leerling hoort volgens de BRIN-kolom bij een andere school.
import-err-encoding = Deze tekst ziet eruit alsof het bestand in de verkeerde tekenset is opgeslagen (zoals ‘Ã©’ in plaats van ‘é’). Sla het op als UTF-8 en probeer het opnieuw.
flash-imported = De leerlingen zijn geïmporteerd.
flash-import-has-errors = Het bestand heeft fouten. Kies om de foute regels over te slaan, of verbeter het bestand.
flash-import-done-already = Deze import was al uitgevoerd.

## Organisaties
organisations-title = Organisaties
organisations-lead = Bedrijven en organisaties in het netwerk: één record voor stages, opdrachten en evenementen.
organisations-count = organisaties
organisations-empty = Geen organisaties gevonden
organisations-search-placeholder = Naam, plaats of KvK-nummer
archived-organisations = Gearchiveerde organisaties
organisation-new = Organisatie toevoegen
organisation-edit = Organisatie bewerken
organisation-archive-title = Organisatie archiveren
organisation-archive-text = Een gearchiveerde organisatie verdwijnt uit de lijsten. Haar gegevens en geschiedenis blijven bewaard.
contacts-empty = Nog geen contactpersonen.
contact-new = Contactpersoon toevoegen
contact-edit = Contactpersoon bewerken
contact-invite = Uitnodigen
contact-archive-title = Contactpersoon verwijderen
contact-archive-text = De contactpersoon verdwijnt van de pagina van de organisatie.

## Gebruikers
users-title = Gebruikers
users-lead = Iedereen die met Schakel werkt, met de rollen die ze hebben.
users-count = gebruikers
users-empty = Geen gebruikers gevonden
users-search-placeholder = Naam of e-mailadres
archived-users = Gearchiveerde gebruikers
user-new = Gebruiker uitnodigen
user-new-lead = De nieuwe gebruiker krijgt een e-mail met een link om zelf een wachtwoord in te stellen.
user-invite-submit = Uitnodiging versturen
user-details = Naam en e-mailadres
user-invitation = Uitnodiging
user-has-password = Deze gebruiker heeft een wachtwoord ingesteld.
user-invited-text = Deze gebruiker heeft nog geen wachtwoord ingesteld.
user-reinvite = Nieuwe uitnodiging sturen
user-archive-title = Gebruiker archiveren
user-archive-text = Een gearchiveerde gebruiker kan niet meer inloggen; haar sessies worden meteen beëindigd. Je kunt haar terugzetten.
user-archive-question = Weet je zeker dat je { $name } wilt archiveren?
grants-empty = Deze gebruiker heeft nog geen rol.
grant-add = Rol toevoegen
grant-revoke = Intrekken
grant-revoke-confirm = Deze rol intrekken?
flash-invited = De uitnodiging is verstuurd.
flash-grant-added = De rol is toegevoegd.
flash-grant-added-existing = Dit e-mailadres had al een account; de rol is aan dat account toegevoegd.
flash-grant-revoked = De rol is ingetrokken.
flash-keep-own-leader-grant = Je kunt je eigen rol als projectleider niet intrekken. Laat een andere projectleider dat doen.
flash-cannot-archive-self = Je kunt je eigen account niet archiveren.

## Archiveren
archive-ellipsis = Archiveren…
archive-confirm = Ja, archiveren
archive-question = Weet je zeker dat je { $name } wilt archiveren?
archived-title = Gearchiveerd
archived-text = Dit staat in het archief. Zet het terug om er weer mee te werken.
restore = Terugzetten
flash-saved = Opgeslagen.
flash-archived = Gearchiveerd.
flash-restored = Teruggezet.

## Logboek
audit-title = Logboek
audit-lead = Wie wanneer welke gegevens van leerlingen en accounts bekeek of veranderde.
audit-events = Gebeurtenissen
audit-count = gebeurtenissen
audit-empty = Nog geen gebeurtenissen.
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-record = Record
audit-record-placeholder = Id van een leerling of gebruiker
audit-detail = Aantal
audit-system = Systeem
audit-for-record = Logboek van dit account
audit-signed-in = Ingelogd
audit-invitation-accepted = Uitnodiging aangenomen
audit-password-changed = Wachtwoord gewijzigd
audit-user-invited = Gebruiker uitgenodigd
audit-user-updated = Gebruiker gewijzigd
audit-user-archived = Gebruiker gearchiveerd
audit-user-restored = Gebruiker teruggezet
audit-grant-added = Rol toegevoegd
audit-grant-revoked = Rol ingetrokken
audit-pupil-viewed = Leerling bekeken
audit-pupil-list-viewed = Leerlingenlijst bekeken
audit-pupil-created = Leerling toegevoegd
audit-pupil-updated = Leerling gewijzigd
audit-pupil-archived = Leerling gearchiveerd
audit-pupil-restored = Leerling teruggezet
audit-pupils-imported = Leerlingen geïmporteerd
audit-pupils-exported = Leerlingen geëxporteerd
audit-class-viewed = Klas bekeken

## Verzonden e-mail
outbox-title = Verzonden e-mail
outbox-lead = Alle e-mail die Schakel heeft verstuurd, nieuwste eerst.
outbox-to = Aan
outbox-empty = Er is nog geen e-mail verstuurd.
