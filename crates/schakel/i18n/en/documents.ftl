# Schakel: texts of the PDF documents (crate schakel-documents): the placement agreement and the
# certificate. Every key starts with doc-. The agreement speaks of "the pupil" (formal but plain);
# where the pupil is addressed, it says "you".
# Arguments that are whole numbers ($count, $hourcount, $page) are passed to Fluent as numbers by
# the app, so that plural forms select; $hours is already formatted ("12.5").

## General
doc-lang-code = en
doc-brand = Schakel
doc-brand-tagline = School and work network
doc-page-of = Page { $page } of { $pages }
doc-decimal-separator = .
doc-hours = { $hourcount ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
doc-time-range = { $start }–{ $end }
doc-date-range = { $start } to { $end }
doc-not-known = Not yet known
doc-to-be-agreed = To be agreed
doc-person-role = { $name }, { $role }
doc-phone = tel. { $phone }

## Kinds of placement
doc-kind-mas-individual = Community placement (individual)
doc-kind-mas-group = Community placement (in a group)
doc-kind-professional = Work-experience placement
doc-kind-assignment = Meeting-point assignment

## Weekdays
doc-weekday-monday = Monday
doc-weekday-tuesday = Tuesday
doc-weekday-wednesday = Wednesday
doc-weekday-thursday = Thursday
doc-weekday-friday = Friday
doc-weekday-saturday = Saturday
doc-weekday-sunday = Sunday

## Placement agreement: title and introduction
doc-agreement-title = Placement agreement
doc-agreement-subtitle = { $title } at { $host }
doc-agreement-meta = Reference { $reference } · drawn up on { $date }
doc-agreement-running-head = Placement agreement { $reference }
doc-agreement-footer-pupil = Pupil: { $name }
doc-agreement-intro = This agreement sets out the arrangements for the pupil's placement at the organisation. The school, the organisation, the pupil and (where needed) a parent or guardian sign it. The arrangements apply from signing until the end of the placement.
doc-agreement-pupil-note-title = For you, the pupil
doc-agreement-pupil-note = Read this agreement together with your parent or guardian. Is something wrong, or unclear to you? Ask your placement coordinator before you sign.

## Sections
doc-section-parties = Parties
doc-section-kind = Kind of placement
doc-section-schedule = Period and schedule
doc-section-tasks = Tasks
doc-section-supervision = Supervision
doc-section-safety = Safety
doc-section-insurance = Insurance and liability
doc-section-conduct = Conduct, confidentiality and privacy
doc-section-absence = Absence and illness
doc-section-termination = Termination
doc-section-evaluation = Evaluation
doc-section-consents = Consents
doc-section-signatures = Signatures

## 1. Parties
doc-party-school = School
doc-party-host = Organisation
doc-party-pupil = Pupil
doc-party-parent = Parent or guardian
doc-field-name = Name
doc-field-brin = BRIN
doc-field-address = Address
doc-field-coordinator = Placement coordinator
doc-field-kvk = KvK number
doc-field-representative = Represented by
doc-field-location = Placement address
doc-field-date-of-birth = Date of birth
doc-field-school = School
doc-field-class = Class
doc-field-pupil-number = Pupil number
doc-location-same = Same as the organisation's address

## 2. Kind of placement
doc-field-placement = Placement
doc-field-kind = Kind
doc-kind-mas-clause = This is a community placement (maatschappelijke stage): the pupil does unpaid voluntary work with a societal purpose. The pupil receives no wage.
doc-kind-group-clause = The pupil does the placement together with other pupils, in a group formed by the school.
doc-kind-professional-clause = This is a placement as part of education: the pupil gets to know the work in an organisation or profession. For pupils aged 14 and 15 the placement exception of the Working Hours Act (Arbeidstijdenwet) applies: they do only light work, under supervision, and a parent or guardian signs this agreement. The placement is unpaid.
doc-kind-assignment-clause = The pupil works with a team of pupils on an assignment from the organisation. The school's meeting point supervises the team. Where the pupil works at the organisation's premises, the arrangements of this agreement apply there.

## 3. Period and schedule
doc-field-period = Period
doc-field-total-hours = Total hours
doc-field-hours-per-week = Hours per week
doc-schedule-weekly = Fixed times each week
doc-schedule-slots = Scheduled times
doc-col-day = Day
doc-col-date = Date
doc-col-time = Time
doc-col-hours = Hours
doc-schedule-total = Total
doc-schedule-none = The organisation and the pupil have yet to agree on the days and times. They are recorded in Schakel before the placement starts.
doc-schedule-limits = The organisation only schedules times within the legal limits for young people (Working Hours Act), taking the pupil's age on each day. It respects the pupil's school hours and holidays.

## 4. Tasks
doc-field-level = Level
doc-tasks-light = The organisation declares that the tasks are light work suited to the pupil's age, and that the pupil does no work that is prohibited for young people.
doc-tasks-light-non-industrial = The organisation declares that the tasks are light, non-industrial work, without machinery that carries unacceptable safety risks, and that the pupil does no work that is prohibited for young people.

## 5. Supervision
doc-field-host-supervisor = Supervisor at the organisation
doc-field-school-supervisor = Supervisor from school
doc-field-induction = Induction
doc-field-assessed-by = Assessed by
doc-field-hours-confirmed-by = Hours confirmed by
doc-supervision-clause = The supervisor at the organisation introduces the pupil, explains the work and is available during the placement. The school's placement coordinator is the point of contact for the organisation, the pupil and the parents.
doc-supervision-explicit = As the pupil is younger than 15, the supervisor keeps explicit watch over the work.
doc-supervision-visit = The school may visit the pupil at the workplace, by appointment with the organisation.
doc-supervision-no-visit = No visit of the school to the workplace has been agreed; the school keeps in touch with the supervisor.

## 6. Safety
doc-safety-clause = The organisation complies with the Working Hours Act, the Working Conditions Act (Arbowet) and the rules on child and youth labour. It points out the dangers of the work to the pupil, gives explanation and instruction, and provides supervision.
doc-field-risks = Specific dangers
doc-field-measures = Measures
doc-safety-none-known = No specific dangers known
doc-safety-under-16 = As the pupil is younger than 16, the organisation informs the parents or guardians about the nature of the work, its dangers and the measures it takes. The pupil does not work in a room where alcohol is served.
doc-safety-parents-informed = The parents were informed on { $date }.
doc-safety-parents-not-yet = The organisation informs the parents before the first day of the placement.

## 7. Insurance and liability
doc-col-insurance = Insurance
doc-col-covers = Covers
doc-col-policy = Insurer and policy
doc-insurance-school-accident = School accident insurance
doc-insurance-school-accident-covers = Accidents of the pupil during the placement and on the way
doc-insurance-school-liability = School liability insurance
doc-insurance-school-liability-covers = Damage the pupil causes to others (third parties)
doc-insurance-host-liability = The organisation's liability insurance
doc-insurance-host-liability-covers = Damage the pupil causes to the organisation itself, and the organisation's liability for the pupil
doc-insurance-avv = Amsterdam Volunteers Insurance (Amsterdamse Vrijwilligers Verzekering, AVV)
doc-insurance-avv-covers = Accidents (primary) and liability (secondary) during the community placement and on the way
doc-insurance-avv-not-applicable = Does not apply to this placement
doc-insurance-avv-policy = City of Amsterdam
doc-insurance-policy = { $insurer }, policy { $number }
doc-insurance-clause = The organisation is liable for the pupil as for its own employee (articles 7:658 and 6:170 of the Dutch Civil Code). Damage to the organisation itself is usually not covered by the school's insurance; it falls under the organisation's liability insurance. The school's insurance may require a complete and signed agreement.

## 8. Conduct, confidentiality and privacy
doc-conduct-clause = The pupil follows the house rules and instructions of the organisation and treats everyone at the workplace with respect. What the pupil hears or sees about others during the placement stays confidential, also after the placement.
doc-field-house-rules = House rules
doc-conduct-privacy = The organisation receives only the pupil's personal data that the placement needs, uses it only for the placement and deletes it afterwards:
doc-conduct-no-data = The organisation receives no personal data beyond this agreement.
doc-data-name = name
doc-data-date-of-birth = date of birth
doc-data-contact = the pupil's phone number and e-mail address
doc-data-parent-contact = phone number of a parent or guardian, for emergencies
doc-data-school-class = school and class
doc-data-health = health information the organisation needs to know (such as an allergy), with consent
doc-conduct-confidant = Does something happen that does not feel right? The pupil can turn to the supervisor, the placement coordinator or the school's confidential adviser.

## 9. Absence and illness
doc-absence-clause = If the pupil is ill or cannot come for another reason, the pupil reports this before the start of the placement time to the supervisor at the organisation and to the school. Missed hours are made up by agreement.
doc-absence-accident = In case of an accident the organisation provides first aid and alerts the parents or guardians and the school at once. The school reports the accident to the insurer. The organisation also reports a serious accident to the Netherlands Labour Authority (Nederlandse Arbeidsinspectie).
doc-field-absence-note = How to report

## 10. Termination
doc-termination-intro = The placement ends on the end date. It can end earlier:
doc-termination-mutual = by agreement between the school, the organisation and the pupil (and the parent or guardian);
doc-termination-left-school = when the pupil leaves the school;
doc-termination-warning = after a written warning about the pupil's conduct, if the conduct does not improve;
doc-termination-serious = at once, for a serious reason, such as serious misconduct or an unsafe situation.
doc-termination-notice = Whoever ends the placement informs the other parties in writing as soon as possible, with the reason.

## 11. Evaluation
doc-evaluation-host = At the end of the placement the supervisor at the organisation assesses the pupil in Schakel.
doc-evaluation-pupil = The pupil writes a reflection on what they did and learned.
doc-evaluation-hours = The pupil records the hours worked in Schakel and the organisation approves them. The approved hours appear on the pupil's certificate.

## 12. Consents
doc-col-consent = Consent
doc-col-status = Status
doc-consent-parental = Written consent of a parent or guardian to the placement
doc-consent-sunday = Work on Sundays
doc-consent-evening = Work during the extended evening hours
doc-consent-not-needed = Not needed
doc-consent-requested = Requested, no answer yet
doc-consent-given = Given by { $name } on { $date }
doc-consent-refused = Refused by { $name } on { $date }
doc-consents-clause = Without consent given, the pupil does not work on Sundays, nor later in the evening than is normally allowed at their age.

## 13. Signatures
doc-signatures-intro = Agreed and signed by:
doc-signature-pupil = Pupil
doc-signature-parent = Parent or guardian
doc-signature-school = For the school
doc-signature-host = For the organisation
doc-signature-signed = Signed on { $date } by { $name }
doc-signature-name = Name
doc-signature-date = Date
doc-signature-sign = Signature
doc-signature-not-required = This placement needs no signature of a parent or guardian.

## Certificate
doc-certificate-title = Certificate
doc-certificate-year = School year { $year }
doc-certificate-awarded-to = awarded to
doc-certificate-lead = for completing { $count ->
    [one] this placement
   *[other] these { $count } placements
} in school year { $year }, together { $hourcount ->
    [one] { $hours } approved hour
   *[other] { $hours } approved hours
}.
doc-certificate-lead-none = No placements have been completed yet in school year { $year }.
doc-col-placement = Placement
doc-col-kind = Kind
doc-col-period = Period
doc-certificate-total = Total approved
doc-certificate-required = Required: { $hours }
doc-certificate-met = Hours requirement met
doc-certificate-remaining = { $hours } to go
doc-certificate-congratulations = Congratulations! Keep this certificate safe: you can show it when you apply for a job or a further course.
doc-certificate-issued-on = Issued on
doc-certificate-coordinator = Placement coordinator, { $school }
doc-certificate-verify = Check authenticity: code { $code }
doc-certificate-verify-at = Check authenticity: code { $code } at { $url }
