# Schakel: regels voor minderjarigen (crate schakel-minors). Eén melding en één titel per regel
# (A1…F2 uit MINORS-RULES.md). Elke melding krijgt dezelfde argumenten:
#   $kind (wat er gecontroleerd is), $detail (wat er gevonden is: missing, late, …),
#   $date/$from/$to (datums), $week/$year (weeknummer), $age (leeftijd), $bracket (bijv. 13–14),
#   $limit/$actual (uren als 2 of 2:30, tijden als 19:00, aantallen), $weeks, $days, $limit_days,
#   $task (taaksoort), $signed (datum van een late handtekening), $rules, $pupil.

## Titels

minors-A1-title = Minimumleeftijd voor werk buiten school
minors-A2-title = Minimumleeftijd voor een stage bij een bedrijf
minors-A3-title = Stageovereenkomst vóór de eerste werkdag
minors-A4-title = Handtekening en toestemming van een ouder (onder 16)
minors-A5-title = Handtekening van een ouder (16 en 17)
minors-A6-title = Volledige, ondertekende overeenkomst
minors-A7-title = Groepsplaatsing: geldig voor iedereen
minors-B1-title = Werktijd op een schooldag (13–14)
minors-B2-title = Werktijd op een vrije dag (13–14)
minors-B3-title = Werktijd in een schoolweek (13–14)
minors-B4-title = Werktijd in een vakantieweek (13–14)
minors-B5-title = Werkdagen per week (13–14)
minors-B6-title = Vakantieweken met werk (13–14)
minors-B7-title = Begin- en eindtijd (13–14)
minors-B8-title = Dagelijkse rust (13–14)
minors-B9-title = Pauze (13–14)
minors-B10-title = Zondagwerk (13–14)
minors-B11-title = Soort werk en toezicht (13–14)
minors-B12-title = Geen werk waar alcohol wordt geschonken (13–14)
minors-B13-title = Stage en bijbaan samen
minors-C1-title = Werktijd op een schooldag (15)
minors-C2-title = Werktijd op een vrije dag (15)
minors-C3-title = Werktijd per week (15)
minors-C4-title = Werkdagen en vakantieweken (15)
minors-C5-title = Begin- en eindtijd (15)
minors-C6-title = Dagelijkse rust (15)
minors-C7-title = Pauze (15)
minors-C8-title = Zondagwerk (15)
minors-C9-title = Soort werk (15)
minors-C10-title = Geen werk waar alcohol wordt geschonken (15)
minors-D1-title = Stageovereenkomst met handtekening van een ouder (stage 14–15)
minors-D2-title = Werk- en schooltijd (stage 14–15)
minors-D3-title = Werktijden en rust (stage 14–15)
minors-D4-title = Pauze (stage 14–15)
minors-D5-title = Geen zondagwerk (stage 14–15)
minors-D6-title = Soort werk en toezicht (stage 14–15)
minors-E1-title = Werk- en schooltijd per dag (16–17)
minors-E2-title = Werk- en schooltijd per week (16–17)
minors-E3-title = Nachtrust (16–17)
minors-E4-title = Wekelijkse rust (16–17)
minors-E5-title = Pauze (16–17)
minors-E6-title = Zondagwerk (16–17)
minors-E7-title = Geen consignatie of overwerk
minors-E8-title = Gevaarlijk werk (16–17)
minors-F1-title = Personenregister kinderopvang
minors-F2-title = VOG van de leerling

## Meldingen

minors-A1 = Op { $date } is de leerling { $age } jaar. Werk buiten school mag pas vanaf { $limit } jaar; een leerling van 12 kan alleen een maatschappelijke stage binnen school doen.

minors-A2 = { $kind ->
    [school-day-at-13] { $date } is een schooldag. Een leerling van 13 mag bij een bedrijf hooguit licht hulpwerk doen, en alleen op een dag zonder school.
    [light-work-at-13] Op { $date } werkt een leerling van 13 bij een bedrijf. Je netwerk staat dat toe als licht hulpwerk op een vrije dag, maar of dat mag is niet zeker. Leg vast wie dit goedkeurt.
   *[other] Op { $date } is de leerling { $age } jaar. Een beroeps- of snuffelstage bij een bedrijf mag pas vanaf { $limit } jaar.
}

minors-A3 = { $detail ->
    [late] School en organisatie hebben de stageovereenkomst pas op { $signed } allebei ondertekend, na de eerste werkdag ({ $date }).
   *[other] School en organisatie hebben de stageovereenkomst nog niet allebei ondertekend. Dat moet vóór de eerste werkdag ({ $date }).
}

minors-A4 = { $kind ->
    [parent-sunday-consent] { $detail ->
        [late] Op zondag { $date } werkt de leerling ({ $age } jaar), maar een ouder gaf pas op { $signed } toestemming voor zondagwerk.
       *[other] Op zondag { $date } werkt de leerling ({ $age } jaar). Daarvoor is toestemming van een ouder nodig, en die is er niet.
    }
    [extended-hours-consent] { $detail ->
        [late] Op { $date } werkt de leerling in de verruimde avonduren, maar een ouder gaf pas op { $signed } toestemming.
       *[other] Op { $date } werkt de leerling in de verruimde avonduren. Daarvoor is aantoonbare toestemming van een ouder nodig, en die is er niet.
    }
   *[other] { $detail ->
        [late] Een ouder heeft de stageovereenkomst pas op { $signed } ondertekend, na de eerste werkdag ({ $date }). Voor leerlingen onder de 16 moet dat ervoor.
       *[other] Een ouder of verzorger heeft de stageovereenkomst nog niet ondertekend. Voor leerlingen onder de 16 is dat verplicht, vóór de eerste werkdag ({ $date }).
    }
}

minors-A5 = { $detail ->
    [late] Een ouder heeft de stageovereenkomst pas op { $signed } ondertekend, na de eerste werkdag ({ $date }). Bij 16- en 17-jarigen is dat niet wettelijk verplicht, maar je school vraagt het wel.
   *[other] Een ouder of verzorger heeft de stageovereenkomst niet ondertekend. Bij 16- en 17-jarigen is dat niet wettelijk verplicht, maar je school vraagt het wel.
}

minors-A6 = { $kind ->
    [supervisor] Er is geen begeleider bij de organisatie vastgelegd. Een volledige overeenkomst noemt de begeleider, en de verzekering van de school kan daarvan afhangen.
   *[other] { $detail ->
        [late] De leerling heeft de stageovereenkomst pas op { $signed } ondertekend, na de eerste werkdag ({ $date }).
       *[other] De leerling heeft de stageovereenkomst nog niet ondertekend. Zonder volledige, ondertekende overeenkomst is de leerling misschien niet verzekerd.
    }
}

minors-A7 = { $pupil } kan niet mee met deze groepsplaatsing (regels { $rules }). Een groepsplaatsing mag alleen als ze voor elke leerling in de groep mag.

minors-B1 = Op { $date }, een schooldag, werkt de leerling { $actual } uur. Leerlingen van { $bracket } mogen op een schooldag naast de lessen hooguit { $limit } uur werken.

minors-B2 = Op { $date }, een dag zonder school, werkt de leerling { $actual } uur. Leerlingen van { $bracket } mogen dan hooguit { $limit } uur werken.

minors-B3 = In week { $week } van { $year }, een schoolweek, werkt de leerling { $actual } uur. Leerlingen van { $bracket } mogen in een schoolweek hooguit { $limit } uur werken.

minors-B4 = In week { $week } van { $year }, een vakantieweek, werkt de leerling { $actual } uur. Leerlingen van { $bracket } mogen in een vakantieweek hooguit { $limit } uur werken.

minors-B5 = In week { $week } van { $year } werkt de leerling op { $actual } dagen. Leerlingen van { $bracket } mogen hooguit { $limit } dagen per week werken.

minors-B6 = { $kind ->
    [consecutive-holiday-weeks] Week { $week } van { $year } is de { $actual }e vakantieweek op rij waarin de leerling werkt. Leerlingen van { $bracket } mogen hooguit { $limit } vakantieweken achter elkaar werken.
   *[other] Week { $week } is de { $actual }e vakantieweek in { $year } waarin de leerling werkt. Leerlingen van { $bracket } mogen hooguit { $limit } vakantieweken per jaar werken.
}

minors-B7 = { $kind ->
    [earliest-start] Op { $date } begint het werk om { $actual }. Leerlingen van { $bracket } mogen niet vóór { $limit } beginnen.
    [evening-extension] Op { $date } duurt het werk tot { $actual }, na { $limit }. Je netwerk past de verruimde avonduren van 18 november 2024 toe op de maatschappelijke stage, maar of dat mag is niet zeker. Leg vast dat het werk dit vraagt.
   *[other] Op { $date } duurt het werk tot { $actual }. Leerlingen van { $bracket } mogen na { $limit } niet werken.
}

minors-B8 = Vanaf een begin van het werk op { $date } heeft de leerling binnen 24 uur hooguit { $actual } uur aaneengesloten rust. Leerlingen van { $bracket } moeten minstens { $limit } uur rust hebben.

minors-B9 = Op { $date } werkt de leerling { $actual } uur zonder een pauze van een halfuur. Leerlingen van { $bracket } moeten na hooguit { $limit } uur werk een pauze van minstens 30 minuten hebben.

minors-B10 = { $kind ->
    [saturday-before-sunday] De leerling werkt op zondag { $date } en ook op de zaterdag ervoor. Bij zondagwerk moet de zaterdag ervoor vrij zijn.
    [sundays] In de { $weeks } weken tot en met { $to } werkt de leerling op { $actual } zondagen. Leerlingen van { $bracket } mogen in { $weeks } weken op hooguit { $limit } zondagen werken.
   *[other] { $date } is een zondag. Leerlingen van { $bracket } mogen op zondag alleen werken als de aard van de stage dat vraagt. Leg vast waarom dat zo is.
}

minors-B11 = { $kind ->
    [tasks-declared] De organisatie heeft nog niet opgegeven wat voor werk de leerling doet. Leerlingen van { $bracket } mogen alleen licht hulpwerk doen.
    [banned-tasks] Leerlingen van { $bracket } mogen dit werk niet doen: { $task ->
        [cash-handling] { minors-task-cash-handling }
        [lifting] { minors-task-lifting }
        [pushing-pulling] { minors-task-pushing-pulling }
        [work-under-pressure] { minors-task-work-under-pressure }
        [fixed-posture] { minors-task-fixed-posture }
        [permanent-ppe] { minors-task-permanent-ppe }
        [hazardous-equipment] { minors-task-hazardous-equipment }
        [meal-delivery-in-traffic] { minors-task-meal-delivery-in-traffic }
        [industrial-work] { minors-task-industrial-work }
        [independent-production] { minors-task-independent-production }
        [dangerous-substances] { minors-task-dangerous-substances }
        [overpressure] { minors-task-overpressure }
        [high-noise] { minors-task-high-noise }
       *[other-risky-work] { minors-task-other-risky-work }
    }.
    [supervisor] Er is geen begeleider vastgelegd. Leerlingen van { $bracket } werken altijd onder nadrukkelijk toezicht.
   *[other] Op deze locatie is gevaarlijk werk. Leg vast dat de leerling daar niet bij betrokken is.
}

minors-B12 = { $detail ->
    [excepted] Op deze locatie wordt alcohol geschonken. Je geeft aan dat het werk bij een horeca-opleiding hoort (uitzondering in de Alcoholwet); leg vast dat dat klopt.
   *[other] Op deze locatie wordt alcohol geschonken waar de leerling werkt. Leerlingen onder de 16 mogen daar niet werken; een ruimte zonder klanten, zoals de keuken, mag wel.
}

minors-B13 = { $kind ->
    [side-job-declared] Niemand heeft opgegeven of de leerling een bijbaan heeft. Uren van stage en bijbaan tellen samen; vraag de leerling of een ouder ernaar.
   *[other] { $detail ->
        [count-over] In week { $week } van { $year } werkt de leerling met de bijbaan erbij op { $actual } dagen; hooguit { $limit } dagen.
       *[other] In week { $week } van { $year } werkt de leerling met de bijbaan erbij { $actual } uur; hooguit { $limit } uur.
    }
}

minors-C1 = Op { $date }, een schooldag, werkt de leerling { $actual } uur. Leerlingen van 15 mogen op een schooldag naast de lessen hooguit { $limit } uur werken.

minors-C2 = Op { $date }, een dag zonder school, werkt de leerling { $actual } uur. Leerlingen van 15 mogen dan hooguit { $limit } uur werken.

minors-C3 = { $kind ->
    [holiday-week] In week { $week } van { $year }, een vakantieweek, werkt de leerling { $actual } uur. Leerlingen van 15 mogen in een vakantieweek hooguit { $limit } uur werken.
   *[other] In week { $week } van { $year }, een schoolweek, werkt de leerling { $actual } uur. Leerlingen van 15 mogen in een schoolweek hooguit { $limit } uur werken.
}

minors-C4 = { $kind ->
    [holiday-weeks] Week { $week } is de { $actual }e vakantieweek in { $year } waarin de leerling werkt. Leerlingen van 15 mogen hooguit { $limit } vakantieweken per jaar werken.
    [consecutive-holiday-weeks] Week { $week } van { $year } is de { $actual }e vakantieweek op rij waarin de leerling werkt. Leerlingen van 15 mogen hooguit { $limit } vakantieweken achter elkaar werken.
   *[other] In week { $week } van { $year } werkt de leerling op { $actual } dagen. Leerlingen van 15 mogen hooguit { $limit } dagen per week werken.
}

minors-C5 = { $kind ->
    [earliest-start] Op { $date } begint het werk om { $actual }. Leerlingen van 15 mogen niet vóór { $limit } beginnen.
    [evening-extension] Op { $date } duurt het werk tot { $actual }, na { $limit }. Je netwerk past de verruimde avonduren van 18 november 2024 toe op de maatschappelijke stage, maar of dat mag is niet zeker. Leg vast dat het werk dit vraagt.
    [holiday-evening] Op { $date }, in een vakantieweek, duurt het werk tot { $actual }, na { $limit }. Je netwerk staat voor 15-jarigen in vakantieweken later werk toe, maar of dat bij een maatschappelijke stage mag is niet zeker.
   *[other] Op { $date } duurt het werk tot { $actual }. Leerlingen van 15 mogen na { $limit } niet werken.
}

minors-C6 = Vanaf een begin van het werk op { $date } heeft de leerling binnen 24 uur hooguit { $actual } uur aaneengesloten rust. Leerlingen van 15 moeten minstens { $limit } uur rust hebben.

minors-C7 = Op { $date } werkt de leerling { $actual } uur zonder een pauze van een halfuur. Leerlingen van 15 moeten na hooguit { $limit } uur werk een pauze van minstens 30 minuten hebben.

minors-C8 = { $kind ->
    [saturday-before-sunday] De leerling werkt op zondag { $date } en ook op de zaterdag ervoor. Bij zondagwerk moet de zaterdag ervoor vrij zijn.
    [sundays] In de { $weeks } weken tot en met { $to } werkt de leerling op { $actual } zondagen. Leerlingen van 15 mogen in { $weeks } weken op hooguit { $limit } zondagen werken.
   *[other] { $date } is een zondag. Leerlingen van 15 mogen op zondag alleen werken als de aard van de stage dat vraagt. Leg vast waarom dat zo is.
}

minors-C9 = { $kind ->
    [tasks-declared] De organisatie heeft nog niet opgegeven wat voor werk de leerling doet. Leerlingen van 15 mogen alleen licht werk doen.
    [banned-tasks] Leerlingen van 15 mogen dit werk niet doen: { $task ->
        [cash-handling] { minors-task-cash-handling }
        [lifting] { minors-task-lifting }
        [pushing-pulling] { minors-task-pushing-pulling }
        [work-under-pressure] { minors-task-work-under-pressure }
        [fixed-posture] { minors-task-fixed-posture }
        [permanent-ppe] { minors-task-permanent-ppe }
        [hazardous-equipment] { minors-task-hazardous-equipment }
        [meal-delivery-in-traffic] { minors-task-meal-delivery-in-traffic }
        [industrial-work] { minors-task-industrial-work }
        [independent-production] { minors-task-independent-production }
        [dangerous-substances] { minors-task-dangerous-substances }
        [overpressure] { minors-task-overpressure }
        [high-noise] { minors-task-high-noise }
       *[other-risky-work] { minors-task-other-risky-work }
    }.
   *[other] Op deze locatie is gevaarlijk werk. Leg vast dat de leerling daar niet bij betrokken is.
}

minors-C10 = { $detail ->
    [excepted] Op deze locatie wordt alcohol geschonken. Je geeft aan dat het werk bij een horeca-opleiding hoort (uitzondering in de Alcoholwet); leg vast dat dat klopt.
   *[other] Op deze locatie wordt alcohol geschonken waar de leerling werkt. Leerlingen onder de 16 mogen daar niet werken; een ruimte zonder klanten, zoals de keuken, mag wel.
}

minors-D1 = { $kind ->
    [parent-signature] { $detail ->
        [late] Een ouder heeft de stageovereenkomst pas op { $signed } ondertekend, na de eerste stagedag ({ $date }). Bij een beroepsstage van 14- en 15-jarigen moet dat ervoor.
       *[other] Een ouder of verzorger heeft de stageovereenkomst nog niet ondertekend. Bij een beroepsstage van 14- en 15-jarigen is dat verplicht, vóór de eerste stagedag ({ $date }).
    }
   *[other] { $detail ->
        [late] School en bedrijf hebben de stageovereenkomst pas op { $signed } allebei ondertekend, na de eerste stagedag ({ $date }).
       *[other] Er is nog geen stageovereenkomst tussen school en bedrijf. Voor een beroepsstage van 14- en 15-jarigen is die verplicht, vóór de eerste stagedag ({ $date }).
    }
}

minors-D2 = { $detail ->
    [school-time-unknown] De lestijden van de school zijn niet bekend, dus werk en schooltijd samen zijn van { $from } tot { $to } alleen op het werk gecontroleerd. Vul de lestijden in.
   *[other] { $kind ->
        [week-with-school] In week { $week } van { $year } zijn stage en schooltijd samen { $actual } uur. Bij een stage van 14- en 15-jarigen is dat hooguit { $limit } uur per week, school meegerekend.
       *[other] Op { $date } zijn stage en schooltijd samen { $actual } uur. Bij een stage van 14- en 15-jarigen is dat hooguit { $limit } uur per dag, school meegerekend.
    }
}

minors-D3 = { $kind ->
    [earliest-start] Op { $date } begint de stage om { $actual }. Leerlingen van 14 en 15 mogen niet vóór { $limit } beginnen.
    [latest-end] Op { $date } duurt de stage tot { $actual }. Leerlingen van 14 en 15 mogen na { $limit } niet werken.
   *[other] Vanaf een begin van stage of school op { $date } heeft de leerling binnen 24 uur hooguit { $actual } uur aaneengesloten rust. Dat moet minstens { $limit } uur zijn; schooltijd telt als werktijd.
}

minors-D4 = Op { $date } werkt de leerling { $actual } uur zonder een pauze van een halfuur. Na hooguit { $limit } uur werk is een pauze van minstens 30 minuten verplicht.

minors-D5 = { $date } is een zondag. Bij een beroepsstage van 14- en 15-jarigen is werken op zondag niet toegestaan.

minors-D6 = { $kind ->
    [supervisor] Er is geen begeleider vastgelegd. Een stage van 14- en 15-jarigen mag alleen onder toezicht; vraag het bedrijf dat te bevestigen.
    [tasks-declared] Het bedrijf heeft nog niet opgegeven wat voor werk de leerling doet. Vraag het te bevestigen dat het licht werk onder toezicht is, met leren voorop.
   *[other] Leerlingen onder de 18 mogen dit werk niet doen: { $task ->
        [dangerous-substances] { minors-task-dangerous-substances }
        [overpressure] { minors-task-overpressure }
        [high-noise] { minors-task-high-noise }
        [cash-handling] { minors-task-cash-handling }
        [lifting] { minors-task-lifting }
        [pushing-pulling] { minors-task-pushing-pulling }
        [work-under-pressure] { minors-task-work-under-pressure }
        [fixed-posture] { minors-task-fixed-posture }
        [permanent-ppe] { minors-task-permanent-ppe }
        [hazardous-equipment] { minors-task-hazardous-equipment }
        [meal-delivery-in-traffic] { minors-task-meal-delivery-in-traffic }
        [industrial-work] { minors-task-industrial-work }
        [independent-production] { minors-task-independent-production }
       *[other-risky-work] { minors-task-other-risky-work }
    }.
}

minors-E1 = { $detail ->
    [school-time-unknown] De lestijden van de school zijn niet bekend, dus werk en schooltijd samen zijn van { $from } tot { $to } alleen op het werk gecontroleerd. Vul de lestijden in.
   *[other] Op { $date } zijn werk en schooltijd samen { $actual } uur. Leerlingen van 16 en 17 mogen hooguit { $limit } uur per dienst werken, school meegerekend.
}

minors-E2 = { $detail ->
    [school-time-unknown] De lestijden van de school zijn niet bekend, dus werk en schooltijd per week zijn van { $from } tot { $to } alleen op het werk gecontroleerd. Vul de lestijden in.
   *[other] { $kind ->
        [four-weeks-with-school] In de vier weken van { $from } tot en met { $to } zijn werk en schooltijd samen { $actual } uur. Leerlingen van 16 en 17 mogen in vier weken hooguit { $limit } uur werken, school meegerekend.
       *[other] In week { $week } van { $year } zijn werk en schooltijd samen { $actual } uur. Leerlingen van 16 en 17 mogen hooguit { $limit } uur per week werken, school meegerekend.
    }
}

minors-E3 = { $kind ->
    [earliest-start] Op { $date } begint het werk om { $actual }. Leerlingen van 16 en 17 mogen niet vóór { $limit } werken.
    [latest-end] Op { $date } duurt het werk tot { $actual }. Leerlingen van 16 en 17 mogen na { $limit } niet werken.
   *[other] Vanaf een begin van werk of school op { $date } heeft de leerling binnen 24 uur hooguit { $actual } uur aaneengesloten rust. Dat moet minstens { $limit } uur zijn; schooltijd telt als werktijd.
}

minors-E4 = In week { $week } van { $year } heeft de leerling binnen 7 × 24 uur hooguit { $actual } uur aaneengesloten rust. Dat moet minstens { $limit } uur zijn; schooltijd telt als werktijd.

minors-E5 = Op { $date } werkt de leerling { $actual } uur zonder een pauze van een halfuur. Leerlingen van 16 en 17 moeten na hooguit { $limit } uur werk een pauze van minstens 30 minuten hebben.

minors-E6 = { $kind ->
    [pupil-sunday-consent] { $detail ->
        [late] Op zondag { $date } werkt de leerling, maar die gaf pas op { $signed } zelf toestemming voor zondagwerk.
       *[other] Op zondag { $date } werkt de leerling. Een leerling van 16 of 17 moet daar zelf mee instemmen, en die instemming is er niet.
    }
    [sundays] In de { $weeks } weken tot en met { $to } werkt de leerling op { $actual } zondagen. Dat mag op hooguit { $limit } zondagen.
   *[other] { $date } is een zondag. Leerlingen van 16 en 17 mogen op zondag alleen werken als het werk dat vraagt, het in de overeenkomst staat en de ondernemingsraad of het personeel instemt. Leg dat vast.
}

minors-E7 = { $detail ->
    [overtime] Op { $date } staat overwerk. Minderjarigen mogen niet overwerken.
   *[other] Op { $date } staat een consignatiedienst (oproepdienst). Minderjarigen mogen geen consignatie hebben.
}

minors-E8 = { $kind ->
    [tasks-declared] De organisatie heeft nog niet opgegeven wat voor werk de leerling doet. Vraag te bevestigen dat er geen gevaarlijk werk bij zit.
    [expert-supervision] { $detail ->
        [task] Dit werk mag alleen onder deskundig toezicht: { $task ->
            [hazardous-equipment] { minors-task-hazardous-equipment }
            [industrial-work] { minors-task-industrial-work }
           *[other] { minors-task-other-risky-work }
        }. Leg vast wie dat toezicht houdt.
       *[other] Op deze locatie is gevaarlijk werk. Leg vast dat de leerling er niet bij komt of onder deskundig toezicht werkt.
    }
   *[other] Leerlingen onder de 18 mogen dit werk niet doen: { $task ->
        [dangerous-substances] { minors-task-dangerous-substances }
        [overpressure] { minors-task-overpressure }
        [high-noise] { minors-task-high-noise }
       *[other] { minors-task-other-risky-work }
    }.
}

minors-F1 = De organisatie is een kinderopvang en de stage duurt { $days } dagen met { $actual } uur werk: langer dan { $limit_days } dagen of meer dan { $limit } uur. De leerling moet dan vóór de eerste werkdag ({ $date }) in het Personenregister kinderopvang staan en aan de organisatie gekoppeld zijn.

minors-F2 = De leerling werkt met kinderen in een stage van { $days } dagen met { $actual } uur werk. Overweeg een VOG van de leerling zelf.

## Taaksoorten

minors-task-cash-handling = met geld of betalingen omgaan
minors-task-lifting = tillen van meer dan 10 kilo
minors-task-pushing-pulling = duwen of trekken van meer dan 20 kilo
minors-task-work-under-pressure = werken onder tijdsdruk of stress
minors-task-fixed-posture = lang in één houding werken
minors-task-permanent-ppe = werk waarbij steeds beschermingsmiddelen nodig zijn
minors-task-hazardous-equipment = werk met of bij apparaten met kans op brand, elektrocutie, beknelling, snijden of vallen
minors-task-meal-delivery-in-traffic = maaltijden bezorgen in het verkeer
minors-task-industrial-work = industrieel werk of werk met machines
minors-task-independent-production = zelfstandig productiewerk
minors-task-dangerous-substances = werken met gevaarlijke stoffen
minors-task-overpressure = werken onder overdruk
minors-task-high-noise = werken in veel lawaai
minors-task-other-risky-work = ander werk met risico's

## Ernst en zekerheid

minors-severity-block = Niet toegestaan
minors-severity-to-sign = Nog te tekenen
minors-severity-warn = Bevestiging nodig
minors-certainty-certain = Zeker
minors-certainty-likely = Waarschijnlijk
minors-certainty-uncertain = Onzeker

## Open vragen (MINORS-RULES.md, hoofdstuk 6)

minors-question-Q1 = Gelden de verruimde avonduren (tot 20:00) en de zondagregels van november 2024 ook voor de maatschappelijke stage?
minors-question-Q2 = Mogen 15-jarigen in een maatschappelijke stage in vakantieweken tot 21:00 werken?
minors-question-Q3 = Mag een leerling van 13 een snuffelstage of meeloopdag bij een bedrijf doen?
minors-question-Q4 = Is werk in het schoolbedrijf van een meeting point een schoolactiviteit, en wat geldt bij de opdrachtgever?
minors-question-Q5 = Is een leerling in een maatschappelijke stage vrijwilliger of werknemer volgens de Arbowet?
minors-question-Q6 = Vragen de Amsterdamse scholen een handtekening van een ouder bij 16- en 17-jarigen?
minors-question-Q7 = Moeten begeleiders bij organisaties een VOG hebben?
minors-question-Q8 = Wanneer dekt de Amsterdamse Vrijwilligers Verzekering een stage?
minors-question-Q9 = Welke urennormen hanteren de Amsterdamse scholen?
minors-question-Q10 = Wat moet er wettelijk in een stageovereenkomst in het voortgezet onderwijs staan?
minors-question-Q11 = Moeten leerlingen onder de 18 zich inschrijven in het Personenregister kinderopvang bij een stage langer dan 2 weken of 60 uur?
minors-question-Q12 = Mag Schakel leerlingen of ouders vragen naar de uren van een bijbaan?

## Controles (voor de regeltabel)

minors-check-minimum-age = Minimumleeftijd
minors-check-school-day-at-13 = 13-jarige bij een bedrijf op een schooldag
minors-check-light-work-at-13 = 13-jarige bij een bedrijf op een vrije dag
minors-check-agreement = Overeenkomst school en organisatie
minors-check-parent-signature = Handtekening van een ouder
minors-check-pupil-signature = Handtekening van de leerling
minors-check-supervisor = Begeleider vastgelegd
minors-check-parent-sunday-consent = Toestemming van een ouder voor zondagwerk
minors-check-extended-hours-consent = Toestemming van een ouder voor verruimde avonduren
minors-check-group = Geldig voor elke leerling in de groep
minors-check-school-day = Werk op een schooldag
minors-check-free-day = Werk op een dag zonder school
minors-check-day-with-school = Werk en school per dag
minors-check-school-week = Werk in een schoolweek
minors-check-holiday-week = Werk in een vakantieweek
minors-check-week-with-school = Werk en school per week
minors-check-four-weeks-with-school = Werk en school per vier weken
minors-check-days-per-week = Werkdagen per week
minors-check-holiday-weeks = Vakantieweken met werk per jaar
minors-check-consecutive-holiday-weeks = Vakantieweken met werk achter elkaar
minors-check-earliest-start = Vroegste begintijd
minors-check-latest-end = Laatste eindtijd
minors-check-evening-extension = Verruimde eindtijd op vrije dagen
minors-check-holiday-evening = Verruimde eindtijd in vakantieweken
minors-check-daily-rest = Rust per 24 uur
minors-check-daily-rest-with-school = Rust per 24 uur, school meegerekend
minors-check-weekly-rest-with-school = Rust per week, school meegerekend
minors-check-break = Pauze
minors-check-sunday = Zondagwerk
minors-check-sunday-forbidden = Geen zondagwerk
minors-check-saturday-before-sunday = Zaterdag vóór een werkzondag vrij
minors-check-sundays = Werkzondagen per periode
minors-check-pupil-sunday-consent = Instemming van de leerling met zondagwerk
minors-check-tasks-declared = Werk opgegeven door de organisatie
minors-check-banned-tasks = Verboden werk
minors-check-expert-supervision = Deskundig toezicht bij risicovol werk
minors-check-host-hazards = Gevaarlijk werk op de locatie
minors-check-alcohol = Alcohol op de werkplek
minors-check-side-job-declared = Bijbaan opgegeven
minors-check-side-job-combined = Stage en bijbaan samen
minors-check-on-call-or-overtime = Consignatie of overwerk
minors-check-childcare-registration = Personenregister kinderopvang
minors-check-pupil-vog = VOG van de leerling

## Grenzen (voor de regeltabel)

minors-limit-none = —
minors-limit-age = vanaf { $value } jaar
minors-limit-max-minutes = hooguit { $value } uur
minors-limit-min-minutes = minstens { $value } uur
minors-limit-clock = { $value }
minors-limit-max-count = hooguit { $value }
minors-limit-per-window = hooguit { $value } in { $weeks } weken
minors-limit-break = pauze van { $pause } minuten na hooguit { $value } uur
minors-limit-tasks = { $value ->
    [one] 1 taaksoort
   *[other] { $value } taaksoorten
}
minors-limit-threshold = bij meer dan { $days } dagen of { $value } uur
