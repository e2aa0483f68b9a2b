# Bemiddelingsrondes: leerlingen kiezen stageplekken, de coördinator deelt in en publiceert.

nav-rounds = Bemiddelingsrondes
round = Ronde
rounds-title = Bemiddelingsrondes
rounds-lead = In een ronde kiezen leerlingen hun favoriete stageplekken; daarna deel jij iedereen in één keer eerlijk in.
rounds-count = rondes
rounds-empty = Nog geen rondes
rounds-empty-text = Maak een ronde voor een klas of een leerjaar en kies de stageplekken waaruit leerlingen kunnen kiezen.
round-new = Nieuwe ronde
round-new-lead = Kies de leerlingen en de stageplekken, hoeveel keuzes iedereen mag opgeven en wie voorgaat als een stageplek te vol raakt.
round-network = Hele netwerk
round-deadline = Kiezen tot
round-ranked = Gekozen
round-vacancies = Stageplekken
round-pupils = Leerlingen
round-pupils-count = leerlingen

round-nth = { $rank ->
    [1] eerste
    [2] tweede
    [3] derde
    [4] vierde
    [5] vijfde
    [6] zesde
    [7] zevende
    [8] achtste
    [9] negende
    [10] tiende
   *[other] { $rank }e
}

## Statussen en regels
round-status-draft = Concept
round-status-open = Open
round-status-closed = Gesloten
round-status-matched = Ingedeeld
round-status-published = Gepubliceerd
round-priority-distance = Dichtst bij huis
round-priority-lottery = Loting
round-priority-own_school = Eigen school eerst
round-priority-explain-distance = wie het dichtst bij de stageplek woont gaat voor (in stappen van 100 meter); bij gelijke afstand beslist het lot. Leerlingen van wie we het adres niet weten komen achteraan.
round-priority-explain-lottery = het lot beslist. Elke leerling krijgt één lotnummer voor de hele ronde.
round-priority-explain-own_school = leerlingen van de school die het dichtst bij de stageplek ligt gaan voor, daarna de andere leerlingen; binnen elke groep beslist het lot. In een ronde van één school is dit gelijk aan loting.
round-mode = Manier van indelen
round-mode-stable = Stabiel (voorrang telt altijd)
round-mode-optimal = Optimaal (zo veel mogelijk leerlingen, zo hoog mogelijke keuzes)
round-mode-current = gekozen
round-modes-explain = Stabiel: niemand verliest een plek aan een leerling met minder voorrang, en het loont nooit om anders te kiezen dan je echt wilt. Optimaal: zo veel mogelijk leerlingen krijgen een plek, en samen zo hoog mogelijk op hun lijst; voorrang beslist dan alleen bij gelijkspel.

rank-no-places = Geen plaats meer
rank-ruled-out = Niet op jouw leeftijd
round-closed-at = gesloten { $deadline }
round-date-hint = Dag, maand en jaar, zoals 05-12-2026.
round-from-age = vanaf { $age } jaar

## Het formulier
field-closes_on = Sluitingsdatum
field-closes_time = Sluitingstijd
field-choices = Aantal keuzes per leerling
field-priority = Wie gaat voor bij een volle stageplek?
field-pupils = Leerlingen
field-vacancies = Stageplekken
field-follows = Vorige ronde
round-name-hint = Bijvoorbeeld ‘Maatschappelijke stage klas 3 – voorjaar’. Leerlingen zien deze naam.
round-time-hint = Bijvoorbeeld 17:00. Leeg: 17:00.
round-choices-hint = Leerlingen zetten hoogstens zoveel stageplekken op volgorde.
round-priority-hint = Dit beslist wie een plek krijgt als meer leerlingen een stageplek willen dan er plaatsen zijn.
round-scope = Voor wie is de ronde?
round-scope-hint = Het hele netwerk of één school. Kies en druk op ‘Tonen’ om de klassen van die school te zien.
round-scope-choose = Tonen
round-pupils-hint = Kies klassen, leerjaren of allebei: alle leerlingen daarin doen mee.
round-schools-hint = Kies scholen (geen keuze: alle scholen) en daarbinnen leerjaren.
round-no-classes = Deze school heeft dit schooljaar nog geen klassen.
round-pupils-n = { $count ->
    [one] 1 leerling
   *[other] { $count } leerlingen
}
round-pupils-named = { $count ->
    [one] 1 leerling zonder plek uit de vorige ronde doet mee.
   *[other] { $count } leerlingen zonder plek uit de vorige ronde doen mee.
}
round-years = Leerjaren
round-year-n = Leerjaar { $year }
round-vacancies-hint = Alle open stageplekken voor individuele leerlingen die bij je school passen en nog plaats hebben staan aangevinkt. Vink uit wat niet meedoet, of toon een deel met het filter.
round-vacancies-filtered = Er wordt een deel van de stageplekken getoond; eerder aangevinkte stageplekken blijven gekozen.
round-filter-vacancies = Stageplekken tonen
round-no-vacancies = Er zijn geen open stageplekken die hierbij passen.
round-create = Ronde aanmaken
round-follow-up-title = Tweede ronde
round-follow-up-name = { $name } – tweede ronde
round-follow-up-lead = Voor de { $count } leerlingen die in ‘{ $name }’ geen plek kregen, met de stageplekken waar nog plaats is.
err-round-deadline-past = Kies een moment in de toekomst.
err-round-choices = Kies een aantal van 1 tot en met 10.
err-round-no-pupils-chosen = Kies minstens één klas of leerjaar.
err-round-no-pupils = In wat je koos zitten geen leerlingen.
err-round-no-vacancies-chosen = Kies minstens één stageplek.
err-round-pupils-scope = Je kunt alleen leerlingen van je eigen school kiezen.
err-round-vacancies-scope = Je kunt alleen open stageplekken kiezen die bij je school passen.

## De ronde
round-closes-at = sluit { $deadline }
round-choices-n = { $count ->
    [one] 1 keuze
   *[other] { $count } keuzes
}
round-ranked-label = Leerlingen die kozen
round-not-ranked = { $count ->
    [one] 1 leerling nog niet
   *[other] { $count } leerlingen nog niet
}
round-placed = Ingedeeld
round-percent = { $percent }% van de leerlingen
round-first-choice = Eerste keus
round-unplaced = Zonder plek
round-next-draft = De ronde is nog een concept: leerlingen zien haar nog niet. Controleer de leerlingen en stageplekken en open de ronde. Iedere leerling krijgt dan een bericht.
round-open = Openen voor leerlingen
round-next-open = Leerlingen kunnen kiezen tot { $deadline }. Daarna sluit de ronde vanzelf.
round-close = Ronde nu sluiten
round-close-question = Wil je de ronde nu sluiten? Leerlingen kunnen hun keuzes daarna niet meer aanpassen.
round-close-confirm = Ja, nu sluiten
round-next-closed = De ronde is gesloten. Kies een manier van indelen; je ziet eerst het resultaat, leerlingen pas als je publiceert.
round-run = Indeling maken
round-run-again = Opnieuw indelen
round-run-again-moves = { $count ->
    [one] Let op: 1 aanpassing met de hand gaat verloren.
   *[other] Let op: { $count } aanpassingen met de hand gaan verloren.
}
round-next-matched = Bekijk de indeling hieronder. Pas waar nodig een leerling met de hand aan (klik op haar naam) en publiceer. Publiceren maakt voor elke ingedeelde leerling een voorgestelde stage en stuurt iedereen de uitslag.
round-publish = Publiceren
round-publish-confirm = { $count ->
    [one] Ik heb de indeling gecontroleerd: maak 1 voorgestelde stage en stuur alle leerlingen hun uitslag.
   *[other] Ik heb de indeling gecontroleerd: maak { $count } voorgestelde stages en stuur alle leerlingen hun uitslag.
}
round-next-published = Gepubliceerd op { $at }. De organisaties beslissen nu over hun kandidaten.
round-follow-up = { $count ->
    [one] Tweede ronde voor 1 leerling zonder plek
   *[other] Tweede ronde voor { $count } leerlingen zonder plek
}
round-compare = Beide manieren naast elkaar
round-figure = Cijfer
round-nth-choice = { $rank }e keus
round-average-choice = Gemiddelde keus
round-compare-differ = { $count ->
    [one] In de andere manier krijgt 1 leerling een andere plek.
   *[other] In de andere manier krijgen { $count } leerlingen een andere plek.
}
round-fill = Vraag en bezetting per stageplek
round-first-choices = Als eerste keus
round-wanted = Gekozen door
round-matched = Ingedeeld / plaatsen
round-show = Tonen
round-show-all = Alle leerlingen
round-show-unplaced = Zonder plek
round-show-moved = Met de hand aangepast
round-pupils-empty = Geen leerlingen gevonden.
round-choices = Keuzes
round-result = Indeling
round-why = Waarom geen plek
round-no-place = Geen plek
round-moved = met de hand
round-skipped = al aangemeld
round-short-full = vol
round-short-no-seats = geen plaatsen
round-short-too-young = te jong
round-short-rules = regels minderjarigen
round-short-other-school = andere school
round-short-closed = niet meer open
round-short-already-there = al aangemeld
round-short-others-better = beter voor anderen
round-short-no-choices = Geen keuzes opgegeven

## Eén leerling, met de hand aanpassen
round-result-as-pupil-sees = De uitslag zoals de leerling die leest
round-her-choices = Haar keuzes
round-move-title = Met de hand indelen
round-move-to = Indelen bij
round-move-hint = Alleen stageplekken van deze ronde die bij de leerling passen en nog plaats hebben.
round-move = Indelen
round-seats-left = { $count ->
    [0] vol
    [one] nog 1 plaats
   *[other] nog { $count } plaatsen
}

## Wat als
round-what-if = Wat als er meer plaatsen zijn?
round-what-if-vacancy = Stageplek
round-what-if-extra = Extra plaatsen
round-what-if-lead = { $extra ->
    [one] Met 1 extra plaats bij { $vacancy }
   *[other] Met { $extra } extra plaatsen bij { $vacancy }
}
round-what-if-preview = Alleen een voorbeeld
round-what-if-nothing-stored = Er verandert niets: de indeling en de stageplek blijven zoals ze zijn. Vraag de organisatie om meer plaatsen als je dit wilt.
round-what-if-moves = De vergelijking gaat uit van de indeling zonder je aanpassingen met de hand.
round-what-if-changed = Leerlingen met een andere plek
round-what-if-who = Wie krijgt een andere plek
round-what-if-none = Niemand krijgt een andere plek.
round-now = Nu
round-then = Met extra plaatsen
round-back = Terug naar de ronde

## De leerling
rounds-mine-title = Mijn rondes
rounds-mine-lead = Hier kies je de stageplekken die je het liefst wilt, en lees je daarna waar je bent ingedeeld.
rounds-mine-empty = Je doet nu niet mee aan een ronde
rounds-mine-empty-text = Je stagecoördinator zet je in een ronde als het zover is. Je kunt ook zelf stageplekken zoeken.
round-choose-until = Je kunt kiezen tot { $deadline }.
round-chosen-of = Je hebt { $chosen } van de { $max } keuzes gemaakt.
round-start-choosing = Kiezen
round-change-choices = Keuzes aanpassen
round-you-got = Je bent ingedeeld bij { $vacancy }.
round-read-why = Lees je uitslag
round-waiting = De ronde is gesloten. Je hoort de uitslag zodra je stagecoördinator die bekendmaakt.
round-rank-lead = Zet hoogstens { $max } stageplekken op volgorde: je liefste eerst.
rank-mine = Mijn keuzes
rank-none-yet = Je hebt nog niets gekozen. Kies hieronder tot { $max } stageplekken.
rank-how = Verander een nummer om een keuze te verplaatsen, of gebruik de pijltjes.
rank-place-of = Plaats van { $vacancy }
rank-up = Hoger: { $vacancy }
rank-down = Lager: { $vacancy }
rank-remove = Weghalen: { $vacancy }
rank-save = Volgorde opslaan
rank-offered = Stageplekken in deze ronde
rank-offered-empty = Er zijn geen stageplekken die bij je zoekopdracht passen.
rank-full = Je hebt al { $max } keuzes. Haal er eerst een weg als je een andere wilt kiezen.
rank-add = Kiezen
rank-chosen-as = Jouw { $rank }e keus
rank-hours = { $hours } uur
rank-refused = Dat ging niet
rank-err-too-many = Je kunt hoogstens { $max } stageplekken kiezen. Haal er eerst een weg.
rank-err-not-offered = Deze stageplek hoort niet bij deze ronde of past niet bij jou.
rank-err-number = Kies een nummer uit de lijst.
rank-err-closed = De ronde is gesloten: je keuzes kunnen niet meer veranderen.
round-your-result = Jouw uitslag
round-why-not-higher = Waarom niet een hogere keus?
round-why-you-unplaced = Waarom je geen plek kreeg
round-see-placement = Bekijk je stage
round-placement-next = De organisatie kijkt nu naar je aanmelding. Je krijgt bericht als ze beslist.
round-no-choices-made = Je hebt in deze ronde geen keuzes opgegeven.
round-placement-note = Via { $round }

## Uitslag in gewone woorden
round-result-placed = Je bent ingedeeld bij { $vacancy } van { $organisation }: je { $nth } keus.
round-result-placed-unranked = Je bent ingedeeld bij { $vacancy } van { $organisation }.
round-result-unplaced = Je hebt in deze ronde geen plek gekregen.
round-result-no-choices = Je had geen keuzes opgegeven, dus je hebt in deze ronde geen plek gekregen.
round-result-moved = Je stagecoördinator heeft je indeling met de hand aangepast.
round-result-skipped = Je had je al aangemeld bij { $vacancy }. Die aanmelding blijft gewoon staan.
round-result-next = Je stagecoördinator kan je in een volgende ronde opnemen, of je zoekt zelf een stageplek.
round-by-distance = dichter bij huis
round-by-no-home = met een bekend adres; het jouwe weten we niet
round-by-own-school = van de school die het dichtst bij de stageplek ligt
round-by-lottery = eerder getrokken bij de loting
round-why-full = Je { $nth } keus ({ $vacancy }) was vol: { $seats ->
    [one] de enige plaats ging naar een leerling met een hogere prioriteit
   *[other] alle { $seats } plaatsen gingen naar leerlingen met een hogere prioriteit
} ({ $by }).
round-why-no-seats = Je { $nth } keus ({ $vacancy }) had geen plaatsen meer vrij.
round-why-too-young = Je { $nth } keus ({ $vacancy }) kon niet: je bent nog te jong voor deze stageplek.
round-why-rules = Je { $nth } keus ({ $vacancy }) kon niet: de regels voor werk door minderjarigen staan de tijden of het werk daar niet toe op jouw leeftijd.
round-why-other-school = Je { $nth } keus ({ $vacancy }) kon niet: die is alleen voor leerlingen van andere scholen.
round-why-closed = Je { $nth } keus ({ $vacancy }) kon niet: die stageplek is niet meer open.
round-why-already-there = Je { $nth } keus ({ $vacancy }): daar had je je al aangemeld.
round-why-tie = Je { $nth } keus ({ $vacancy }) ging naar een andere leerling. Er waren meer indelingen die precies even goed waren; het lot koos deze.
round-why-raises-total-rank = Je { $nth } keus ({ $vacancy }) ging naar een andere leerling: als jij die plek had gekregen, waren andere leerlingen er samen meer op achteruitgegaan.
round-why-fewer-placed = Je { $nth } keus ({ $vacancy }) ging naar een andere leerling: als jij die plek had gekregen, had een andere leerling helemaal geen plek gekregen.

## Meldingen
flash-round-created = De ronde is aangemaakt als concept.
flash-round-opened = De ronde is open. De leerlingen hebben een bericht gekregen.
flash-round-closed = De ronde is gesloten.
flash-round-run = De indeling is klaar. Leerlingen zien haar pas als je publiceert.
flash-round-choose-mode = Kies een manier van indelen.
flash-round-moved = De leerling is opnieuw ingedeeld.
flash-round-move-full = Die stageplek heeft geen plaats meer. Deel eerst een andere leerling ergens anders in.
flash-round-move-not-open = Die stageplek past niet bij deze leerling (leeftijd, regels voor minderjarigen, school of niet meer open).
flash-round-move-already-there = De leerling heeft zich daar al aangemeld.
flash-round-move-choose = Kies een leerling.
flash-round-what-if-choose = Kies een stageplek en een aantal extra plaatsen.
flash-round-confirm-publish = Vink eerst aan dat je de indeling hebt gecontroleerd.
flash-round-published = De ronde is gepubliceerd. De leerlingen en organisaties hebben bericht gekregen.
flash-round-published-already = Deze ronde is al gepubliceerd; er is niets veranderd.
flash-round-not-draft = De ronde is al geopend.
flash-round-not-open = De ronde is niet open.
flash-round-still-open = De ronde is nog open. Sluit haar eerst.
flash-round-not-run = Maak eerst een indeling.
flash-ranking-saved = Je keuzes zijn opgeslagen.

## Berichten (mail en melding)
notify-round-opened = Kies je stageplekken in { $round }
notify-round-opened-subject = Kies je stageplekken: { $round }
notify-round-opened-body = Hoi { $name },

    Je kunt nu je favoriete stageplekken kiezen in { $round }. Zet er hoogstens { $choices } op volgorde, je liefste eerst. Dat kan tot { $deadline }:

    { $link }
notify-round-placed = Uitslag { $round }: je bent ingedeeld bij { $vacancy }
notify-round-placed-subject = Uitslag: { $round }
notify-round-placed-body = Hoi { $name },

    De uitslag van { $round } is bekend. Je bent ingedeeld bij { $vacancy } van { $organisation }: je keus nummer { $rank }. De organisatie kijkt nu naar je aanmelding.

    Lees je uitslag en waarom: { $link }
notify-round-unplaced = Uitslag { $round }: je hebt geen plek gekregen
notify-round-unplaced-subject = Uitslag: { $round }
notify-round-unplaced-body = Hoi { $name },

    De uitslag van { $round } is bekend. Je hebt in deze ronde helaas geen plek gekregen. Lees waarom, en wat je nu kunt doen:

    { $link }
notify-round-skipped = Uitslag { $round }: je aanmelding bij { $vacancy } blijft staan
notify-round-skipped-subject = Uitslag: { $round }
notify-round-skipped-body = Hoi { $name },

    De uitslag van { $round } is bekend. Je bent ingedeeld bij { $vacancy }, waar je je al had aangemeld; die aanmelding blijft gewoon staan.

    { $link }
notify-round-candidates = { $count ->
    [one] 1 nieuwe kandidaat via { $round }
   *[other] { $count } nieuwe kandidaten via { $round }
}
notify-round-candidates-subject = Nieuwe kandidaten via { $round }
notify-round-candidates-body = Beste { $name },

    Via { $round } { $count ->
        [one] is 1 leerling voorgesteld
       *[other] zijn { $count } leerlingen voorgesteld
    } voor jullie stageplekken. Bekijk de kandidaten en laat weten wie jullie accepteren:

    { $link }
