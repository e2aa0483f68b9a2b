# Schakel: rules for minors (crate schakel-minors). One message and one title per rule
# (A1…F2 of MINORS-RULES.md). Every message gets the same arguments:
#   $kind (what was checked), $detail (what was found: missing, late, …),
#   $date/$from/$to (dates), $week/$year (week number), $age, $bracket (e.g. 13–14),
#   $limit/$actual (hours as 2 or 2:30, times as 19:00, counts), $weeks, $days, $limit_days,
#   $task (task category), $signed (date of a late signature), $rules, $pupil.

## Titles

minors-A1-title = Minimum age for work outside school
minors-A2-title = Minimum age for a placement at a company
minors-A3-title = Placement agreement before the first day
minors-A4-title = Parent's signature and consent (under 16)
minors-A5-title = Parent's signature (16 and 17)
minors-A6-title = Complete, signed agreement
minors-A7-title = Group placement: valid for everyone
minors-B1-title = Hours on a school day (13–14)
minors-B2-title = Hours on a day off school (13–14)
minors-B3-title = Hours in a school week (13–14)
minors-B4-title = Hours in a holiday week (13–14)
minors-B5-title = Working days per week (13–14)
minors-B6-title = Holiday weeks with work (13–14)
minors-B7-title = Start and end times (13–14)
minors-B8-title = Daily rest (13–14)
minors-B9-title = Breaks (13–14)
minors-B10-title = Sunday work (13–14)
minors-B11-title = Kind of work and supervision (13–14)
minors-B12-title = No work where alcohol is served (13–14)
minors-B13-title = Placement and side job together
minors-C1-title = Hours on a school day (15)
minors-C2-title = Hours on a day off school (15)
minors-C3-title = Hours per week (15)
minors-C4-title = Working days and holiday weeks (15)
minors-C5-title = Start and end times (15)
minors-C6-title = Daily rest (15)
minors-C7-title = Breaks (15)
minors-C8-title = Sunday work (15)
minors-C9-title = Kind of work (15)
minors-C10-title = No work where alcohol is served (15)
minors-D1-title = Agreement signed by a parent (work placement 14–15)
minors-D2-title = Work and school time (work placement 14–15)
minors-D3-title = Working hours and rest (work placement 14–15)
minors-D4-title = Breaks (work placement 14–15)
minors-D5-title = No Sunday work (work placement 14–15)
minors-D6-title = Kind of work and supervision (work placement 14–15)
minors-E1-title = Work and school time per day (16–17)
minors-E2-title = Work and school time per week (16–17)
minors-E3-title = Night rest (16–17)
minors-E4-title = Weekly rest (16–17)
minors-E5-title = Breaks (16–17)
minors-E6-title = Sunday work (16–17)
minors-E7-title = No on-call duty or overtime
minors-E8-title = Hazardous work (16–17)
minors-F1-title = Childcare staff register
minors-F2-title = Pupil's certificate of conduct (VOG)

## Messages

minors-A1 = On { $date } the pupil is { $age }. Work outside school is allowed from age { $limit }; a 12-year-old can only do a community placement inside school.

minors-A2 = { $kind ->
    [school-day-at-13] { $date } is a school day. A 13-year-old may at most do light auxiliary work at a company, and only on a day without school.
    [light-work-at-13] On { $date } a 13-year-old works at a company. Your network allows this as light auxiliary work on a day off, but whether that is allowed is uncertain. Record who approves it.
   *[other] On { $date } the pupil is { $age }. A work placement at a company is allowed from age { $limit }.
}

minors-A3 = { $detail ->
    [late] School and host only both signed the placement agreement on { $signed }, after the first working day ({ $date }).
   *[other] School and host have not both signed the placement agreement yet. That must happen before the first working day ({ $date }).
}

minors-A4 = { $kind ->
    [parent-sunday-consent] { $detail ->
        [late] On Sunday { $date } the pupil ({ $age }) works, but a parent only consented to Sunday work on { $signed }.
       *[other] On Sunday { $date } the pupil ({ $age }) works. That needs a parent's consent, and there is none.
    }
    [extended-hours-consent] { $detail ->
        [late] On { $date } the pupil works in the extended evening hours, but a parent only consented on { $signed }.
       *[other] On { $date } the pupil works in the extended evening hours. That needs a parent's demonstrable consent, and there is none.
    }
   *[other] { $detail ->
        [late] A parent only signed the placement agreement on { $signed }, after the first working day ({ $date }). For pupils under 16 that must happen before.
       *[other] No parent or guardian has signed the placement agreement yet. For pupils under 16 that is required, before the first working day ({ $date }).
    }
}

minors-A5 = { $detail ->
    [late] A parent only signed the placement agreement on { $signed }, after the first working day ({ $date }). For 16- and 17-year-olds the law does not require it, but your school asks for it.
   *[other] No parent or guardian has signed the placement agreement. For 16- and 17-year-olds the law does not require it, but your school asks for it.
}

minors-A6 = { $kind ->
    [supervisor] No supervisor at the host has been recorded. A complete agreement names the supervisor, and the school's insurance may depend on it.
   *[other] { $detail ->
        [late] The pupil only signed the placement agreement on { $signed }, after the first working day ({ $date }).
       *[other] The pupil has not signed the placement agreement yet. Without a complete, signed agreement the pupil may not be insured.
    }
}

minors-A7 = { $pupil } cannot take part in this group placement (rules { $rules }). A group placement is only allowed if it is allowed for every pupil in the group.

minors-B1 = On { $date }, a school day, the pupil works { $actual } hours. Pupils aged { $bracket } may work at most { $limit } hours on a school day, besides lessons.

minors-B2 = On { $date }, a day without school, the pupil works { $actual } hours. Pupils aged { $bracket } may work at most { $limit } hours then.

minors-B3 = In week { $week } of { $year }, a school week, the pupil works { $actual } hours. Pupils aged { $bracket } may work at most { $limit } hours in a school week.

minors-B4 = In week { $week } of { $year }, a holiday week, the pupil works { $actual } hours. Pupils aged { $bracket } may work at most { $limit } hours in a holiday week.

minors-B5 = In week { $week } of { $year } the pupil works on { $actual } days. Pupils aged { $bracket } may work at most { $limit } days a week.

minors-B6 = { $kind ->
    [consecutive-holiday-weeks] In week { $week } of { $year } the pupil works for holiday week no. { $actual } in a row. Pupils aged { $bracket } may work at most { $limit } holiday weeks in a row.
   *[other] Week { $week } is holiday week no. { $actual } with work in { $year }. Pupils aged { $bracket } may work at most { $limit } holiday weeks a year.
}

minors-B7 = { $kind ->
    [earliest-start] On { $date } work starts at { $actual }. Pupils aged { $bracket } may not start before { $limit }.
    [evening-extension] On { $date } work lasts until { $actual }, after { $limit }. Your network applies the extended evening hours of 18 November 2024 to community placements, but whether that is allowed is uncertain. Record that the work requires it.
   *[other] On { $date } work lasts until { $actual }. Pupils aged { $bracket } may not work after { $limit }.
}

minors-B8 = From a start of work on { $date }, the pupil has at most { $actual } hours of uninterrupted rest within 24 hours. Pupils aged { $bracket } need at least { $limit } hours.

minors-B9 = On { $date } the pupil works { $actual } hours without a half-hour break. Pupils aged { $bracket } need a break of at least 30 minutes after at most { $limit } hours of work.

minors-B10 = { $kind ->
    [saturday-before-sunday] The pupil works on Sunday { $date } and on the Saturday before. With Sunday work, the Saturday before must be free.
    [sundays] In the { $weeks } weeks up to { $to } the pupil works on { $actual } Sundays. Pupils aged { $bracket } may work on at most { $limit } Sundays in { $weeks } weeks.
   *[other] { $date } is a Sunday. Pupils aged { $bracket } may only work on a Sunday when the nature of the placement requires it. Record why it does.
}

minors-B11 = { $kind ->
    [tasks-declared] The host has not yet said what work the pupil does. Pupils aged { $bracket } may only do light auxiliary work.
    [banned-tasks] Pupils aged { $bracket } may not do this work: { $task ->
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
    [supervisor] No supervisor has been recorded. Pupils aged { $bracket } always work under explicit supervision.
   *[other] This location has hazardous work. Record that the pupil is kept away from it.
}

minors-B12 = { $detail ->
    [excepted] Alcohol is served at this location. You indicate the work is part of hospitality training (an exception in the Alcohol Act); record that this is so.
   *[other] Alcohol is served where the pupil works. Pupils under 16 may not work there; a room without customers, such as the kitchen, is allowed.
}

minors-B13 = { $kind ->
    [side-job-declared] Nobody has said whether the pupil has a side job. Hours of placement and side job add up; ask the pupil or a parent.
   *[other] { $detail ->
        [count-over] In week { $week } of { $year } the pupil works on { $actual } days including the side job; at most { $limit } days.
       *[other] In week { $week } of { $year } the pupil works { $actual } hours including the side job; at most { $limit } hours.
    }
}

minors-C1 = On { $date }, a school day, the pupil works { $actual } hours. Pupils aged 15 may work at most { $limit } hours on a school day, besides lessons.

minors-C2 = On { $date }, a day without school, the pupil works { $actual } hours. Pupils aged 15 may work at most { $limit } hours then.

minors-C3 = { $kind ->
    [holiday-week] In week { $week } of { $year }, a holiday week, the pupil works { $actual } hours. Pupils aged 15 may work at most { $limit } hours in a holiday week.
   *[other] In week { $week } of { $year }, a school week, the pupil works { $actual } hours. Pupils aged 15 may work at most { $limit } hours in a school week.
}

minors-C4 = { $kind ->
    [holiday-weeks] Week { $week } is holiday week no. { $actual } with work in { $year }. Pupils aged 15 may work at most { $limit } holiday weeks a year.
    [consecutive-holiday-weeks] In week { $week } of { $year } the pupil works for holiday week no. { $actual } in a row. Pupils aged 15 may work at most { $limit } holiday weeks in a row.
   *[other] In week { $week } of { $year } the pupil works on { $actual } days. Pupils aged 15 may work at most { $limit } days a week.
}

minors-C5 = { $kind ->
    [earliest-start] On { $date } work starts at { $actual }. Pupils aged 15 may not start before { $limit }.
    [evening-extension] On { $date } work lasts until { $actual }, after { $limit }. Your network applies the extended evening hours of 18 November 2024 to community placements, but whether that is allowed is uncertain. Record that the work requires it.
    [holiday-evening] On { $date }, in a holiday week, work lasts until { $actual }, after { $limit }. Your network allows 15-year-olds to work later in holiday weeks, but whether that holds for community placements is uncertain.
   *[other] On { $date } work lasts until { $actual }. Pupils aged 15 may not work after { $limit }.
}

minors-C6 = From a start of work on { $date }, the pupil has at most { $actual } hours of uninterrupted rest within 24 hours. Pupils aged 15 need at least { $limit } hours.

minors-C7 = On { $date } the pupil works { $actual } hours without a half-hour break. Pupils aged 15 need a break of at least 30 minutes after at most { $limit } hours of work.

minors-C8 = { $kind ->
    [saturday-before-sunday] The pupil works on Sunday { $date } and on the Saturday before. With Sunday work, the Saturday before must be free.
    [sundays] In the { $weeks } weeks up to { $to } the pupil works on { $actual } Sundays. Pupils aged 15 may work on at most { $limit } Sundays in { $weeks } weeks.
   *[other] { $date } is a Sunday. Pupils aged 15 may only work on a Sunday when the nature of the placement requires it. Record why it does.
}

minors-C9 = { $kind ->
    [tasks-declared] The host has not yet said what work the pupil does. Pupils aged 15 may only do light work.
    [banned-tasks] Pupils aged 15 may not do this work: { $task ->
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
   *[other] This location has hazardous work. Record that the pupil is kept away from it.
}

minors-C10 = { $detail ->
    [excepted] Alcohol is served at this location. You indicate the work is part of hospitality training (an exception in the Alcohol Act); record that this is so.
   *[other] Alcohol is served where the pupil works. Pupils under 16 may not work there; a room without customers, such as the kitchen, is allowed.
}

minors-D1 = { $kind ->
    [parent-signature] { $detail ->
        [late] A parent only signed the placement agreement on { $signed }, after the first placement day ({ $date }). For a work placement of 14- and 15-year-olds that must happen before.
       *[other] No parent or guardian has signed the placement agreement yet. For a work placement of 14- and 15-year-olds that is required, before the first placement day ({ $date }).
    }
   *[other] { $detail ->
        [late] School and company only both signed the placement agreement on { $signed }, after the first placement day ({ $date }).
       *[other] There is no placement agreement between school and company yet. For a work placement of 14- and 15-year-olds it is required, before the first placement day ({ $date }).
    }
}

minors-D2 = { $detail ->
    [school-time-unknown] The school's lesson times are unknown, so work and school time together from { $from } to { $to } were checked on work only. Enter the lesson times.
   *[other] { $kind ->
        [week-with-school] In week { $week } of { $year } placement and school time add up to { $actual } hours. A work placement of 14- and 15-year-olds allows at most { $limit } hours a week, school included.
       *[other] On { $date } placement and school time add up to { $actual } hours. A work placement of 14- and 15-year-olds allows at most { $limit } hours a day, school included.
    }
}

minors-D3 = { $kind ->
    [earliest-start] On { $date } the placement starts at { $actual }. Pupils aged 14 and 15 may not start before { $limit }.
    [latest-end] On { $date } the placement lasts until { $actual }. Pupils aged 14 and 15 may not work after { $limit }.
   *[other] From a start of placement or school on { $date }, the pupil has at most { $actual } hours of uninterrupted rest within 24 hours. That must be at least { $limit } hours; school time counts as working time.
}

minors-D4 = On { $date } the pupil works { $actual } hours without a half-hour break. A break of at least 30 minutes is required after at most { $limit } hours of work.

minors-D5 = { $date } is a Sunday. A work placement of 14- and 15-year-olds may not include Sunday work.

minors-D6 = { $kind ->
    [supervisor] No supervisor has been recorded. A work placement of 14- and 15-year-olds is only allowed under supervision; ask the company to confirm it.
    [tasks-declared] The company has not yet said what work the pupil does. Ask it to confirm it is light work under supervision, with learning first.
   *[other] Pupils under 18 may not do this work: { $task ->
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
    [school-time-unknown] The school's lesson times are unknown, so work and school time together from { $from } to { $to } were checked on work only. Enter the lesson times.
   *[other] On { $date } work and school time add up to { $actual } hours. Pupils aged 16 and 17 may work at most { $limit } hours per shift, school included.
}

minors-E2 = { $detail ->
    [school-time-unknown] The school's lesson times are unknown, so weekly work and school time from { $from } to { $to } were checked on work only. Enter the lesson times.
   *[other] { $kind ->
        [four-weeks-with-school] In the four weeks from { $from } to { $to } work and school time add up to { $actual } hours. Pupils aged 16 and 17 may work at most { $limit } hours in four weeks, school included.
       *[other] In week { $week } of { $year } work and school time add up to { $actual } hours. Pupils aged 16 and 17 may work at most { $limit } hours a week, school included.
    }
}

minors-E3 = { $kind ->
    [earliest-start] On { $date } work starts at { $actual }. Pupils aged 16 and 17 may not work before { $limit }.
    [latest-end] On { $date } work lasts until { $actual }. Pupils aged 16 and 17 may not work after { $limit }.
   *[other] From a start of work or school on { $date }, the pupil has at most { $actual } hours of uninterrupted rest within 24 hours. That must be at least { $limit } hours; school time counts as working time.
}

minors-E4 = In week { $week } of { $year } the pupil has at most { $actual } hours of uninterrupted rest within 7 × 24 hours. That must be at least { $limit } hours; school time counts as working time.

minors-E5 = On { $date } the pupil works { $actual } hours without a half-hour break. Pupils aged 16 and 17 need a break of at least 30 minutes after at most { $limit } hours of work.

minors-E6 = { $kind ->
    [pupil-sunday-consent] { $detail ->
        [late] On Sunday { $date } the pupil works, but only agreed to Sunday work on { $signed }.
       *[other] On Sunday { $date } the pupil works. A 16- or 17-year-old must agree to that personally, and has not.
    }
    [sundays] In the { $weeks } weeks up to { $to } the pupil works on { $actual } Sundays. That is allowed on at most { $limit } Sundays.
   *[other] { $date } is a Sunday. Pupils aged 16 and 17 may only work on a Sunday when the work requires it, it is in the agreement and the works council or staff agree. Record this.
}

minors-E7 = { $detail ->
    [overtime] { $date } has overtime. Minors may not work overtime.
   *[other] { $date } has an on-call shift. Minors may not be on call.
}

minors-E8 = { $kind ->
    [tasks-declared] The host has not yet said what work the pupil does. Ask it to confirm there is no hazardous work.
    [expert-supervision] { $detail ->
        [task] This work is only allowed under expert supervision: { $task ->
            [hazardous-equipment] { minors-task-hazardous-equipment }
            [industrial-work] { minors-task-industrial-work }
           *[other] { minors-task-other-risky-work }
        }. Record who supervises.
       *[other] This location has hazardous work. Record that the pupil is kept away from it or works under expert supervision.
    }
   *[other] Pupils under 18 may not do this work: { $task ->
        [dangerous-substances] { minors-task-dangerous-substances }
        [overpressure] { minors-task-overpressure }
        [high-noise] { minors-task-high-noise }
       *[other] { minors-task-other-risky-work }
    }.
}

minors-F1 = The host is a childcare organisation and the placement lasts { $days } days with { $actual } hours of work: longer than { $limit_days } days or more than { $limit } hours. The pupil must then be in the childcare staff register (Personenregister kinderopvang) and linked to the host before the first working day ({ $date }).

minors-F2 = The pupil works with children in a placement of { $days } days with { $actual } hours of work. Consider a certificate of conduct (VOG) for the pupil.

## Task categories

minors-task-cash-handling = handling cash or payments
minors-task-lifting = lifting more than 10 kg
minors-task-pushing-pulling = pushing or pulling more than 20 kg
minors-task-work-under-pressure = work under time pressure or stress
minors-task-fixed-posture = working long in one posture
minors-task-permanent-ppe = work that needs protective equipment all the time
minors-task-hazardous-equipment = work with or near equipment with a risk of fire, electrocution, crushing, cutting or falling
minors-task-meal-delivery-in-traffic = delivering meals in traffic
minors-task-industrial-work = industrial work or work with machines
minors-task-independent-production = independent production work
minors-task-dangerous-substances = work with dangerous substances
minors-task-overpressure = work under overpressure
minors-task-high-noise = work in loud noise
minors-task-other-risky-work = other risky work

## Severity and certainty

minors-severity-block = Not allowed
minors-severity-to-sign = Still to sign
minors-severity-warn = Needs confirmation
minors-certainty-certain = Certain
minors-certainty-likely = Likely
minors-certainty-uncertain = Uncertain

## Open questions (MINORS-RULES.md, section 6)

minors-question-Q1 = Do the extended evening hours (until 20:00) and Sunday rules of November 2024 also apply to community placements?
minors-question-Q2 = May 15-year-olds on a community placement work until 21:00 in holiday weeks?
minors-question-Q3 = May a 13-year-old do a taster placement or shadowing day at a company?
minors-question-Q4 = Is work in a meeting point's school company a school activity, and what applies at the client's premises?
minors-question-Q5 = Is a pupil on a community placement a volunteer or a worker under the Working Conditions Act?
minors-question-Q6 = Do Amsterdam schools ask a parent's signature for 16- and 17-year-olds?
minors-question-Q7 = Must supervisors at hosts have a certificate of conduct (VOG)?
minors-question-Q8 = When does the Amsterdam volunteer insurance cover a placement?
minors-question-Q9 = Which hour targets do Amsterdam schools use?
minors-question-Q10 = What must a secondary-school placement agreement contain by law?
minors-question-Q11 = Must pupils under 18 be in the childcare staff register for a placement longer than 2 weeks or 60 hours?
minors-question-Q12 = May Schakel ask pupils or parents for their side-job hours?

## Checks (for the rule table)

minors-check-minimum-age = Minimum age
minors-check-school-day-at-13 = 13-year-old at a company on a school day
minors-check-light-work-at-13 = 13-year-old at a company on a day off
minors-check-agreement = Agreement between school and host
minors-check-parent-signature = Parent's signature
minors-check-pupil-signature = Pupil's signature
minors-check-supervisor = Supervisor recorded
minors-check-parent-sunday-consent = Parent's consent to Sunday work
minors-check-extended-hours-consent = Parent's consent to extended evening hours
minors-check-group = Valid for every pupil in the group
minors-check-school-day = Work on a school day
minors-check-free-day = Work on a day without school
minors-check-day-with-school = Work and school per day
minors-check-school-week = Work in a school week
minors-check-holiday-week = Work in a holiday week
minors-check-week-with-school = Work and school per week
minors-check-four-weeks-with-school = Work and school per four weeks
minors-check-days-per-week = Working days per week
minors-check-holiday-weeks = Holiday weeks with work per year
minors-check-consecutive-holiday-weeks = Holiday weeks with work in a row
minors-check-earliest-start = Earliest start
minors-check-latest-end = Latest end
minors-check-evening-extension = Extended end on days off
minors-check-holiday-evening = Extended end in holiday weeks
minors-check-daily-rest = Rest per 24 hours
minors-check-daily-rest-with-school = Rest per 24 hours, school included
minors-check-weekly-rest-with-school = Weekly rest, school included
minors-check-break = Break
minors-check-sunday = Sunday work
minors-check-sunday-forbidden = No Sunday work
minors-check-saturday-before-sunday = Saturday before a working Sunday free
minors-check-sundays = Working Sundays per period
minors-check-pupil-sunday-consent = Pupil's agreement to Sunday work
minors-check-tasks-declared = Work declared by the host
minors-check-banned-tasks = Banned work
minors-check-expert-supervision = Expert supervision of risky work
minors-check-host-hazards = Hazardous work at the location
minors-check-alcohol = Alcohol at the workplace
minors-check-side-job-declared = Side job declared
minors-check-side-job-combined = Placement and side job together
minors-check-on-call-or-overtime = On-call duty or overtime
minors-check-childcare-registration = Childcare staff register
minors-check-pupil-vog = Pupil's certificate of conduct

## Limits (for the rule table)

minors-limit-none = —
minors-limit-age = from age { $value }
minors-limit-max-minutes = at most { $value } hours
minors-limit-min-minutes = at least { $value } hours
minors-limit-clock = { $value }
minors-limit-max-count = at most { $value }
minors-limit-per-window = at most { $value } in { $weeks } weeks
minors-limit-break = a { $pause }-minute break after at most { $value } hours
minors-limit-tasks = { $value ->
    [one] 1 task category
   *[other] { $value } task categories
}
minors-limit-threshold = above { $days } days or { $value } hours
