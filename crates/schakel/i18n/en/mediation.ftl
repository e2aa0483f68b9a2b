# Placement mediation: vacancies, applications, the placement from proposal to certificate.

nav-find = Find a placement
nav-vacancies = Vacancies
nav-placements = Placements
nav-hours = Hours
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
vacancy = Vacancy
period = Period
distance = Distance
fill = Taken
full = Full
time = Time
insurance = Insurance
choose = Choose
places-free = Free places
places-free-n = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
places-taken = { $taken } taken
of-capacity = of { $capacity }
waiting-candidates = Waiting candidates
export-xlsx = Download Excel

## Kinds, settings, states
vkind-individual = Individual placement
vkind-group = Group placement
vkind-assignment = Meeting-point assignment
setting-mas_outside = Community placement outside school
setting-mas_inside = Community placement inside school
setting-internship = Work-experience placement
vstatus-draft = Draft
vstatus-open = Open
vstatus-closed = Closed
vstatus-archived = Archived
vstatus-to-open = Open it
vstatus-to-closed = Close
vstatus-to-archived = Archive
status-proposed = Applied
status-accepted = Accepted
status-confirmed = Confirmed
status-completed = Completed
status-declined = Declined
status-cancelled = Cancelled
hstatus-submitted = Submitted
hstatus-approved = Approved
hstatus-rejected = Rejected
hstatus-superseded = Replaced

## Fields and hints
field-title = Title
field-category = Category
field-kind_vacancy = Kind of placement
field-setting = Where and what kind
field-capacity = Places
field-group_min = Smallest group
field-group_max = Largest group
field-min_age = Minimum age
field-expected_hours = Hours
field-starts_on = Start date
field-ends_on = End date
field-slots = Times
field-supervisor_name = Supervisor
field-supervisor_email = Supervisor's e-mail
field-supervisor_phone = Supervisor's phone
field-schools = Only for these schools
field-motivation = Motivation
field-reason = Reason
field-date = Date
field-start = Start time
field-end = End time
field-activity = What did you do?
hours-activity = Work done
field-comment = Comment
field-evaluation = Assessment
field-reflection = Reflection
field-parent_email = Parent's or guardian's e-mail
field-present = Present
field-session_date = Date
field-session_start = Start time
field-session_end = End time
field-session_activity = Activity
description-hint = What will the pupil do, and what will she learn?
setting-hint = This decides the legal minimum age: 12 inside school, 13 outside school, 14 for a work-experience placement.
capacity-hint = How many pupils can have a place at the same time.
group-size-hint = For group placements only.
min-age-hint = Never below the legal minimum age; leave empty to use it.
slots-hint = One time per line, for example "wed 14:00-16:00" or "24-11-2026 09:00-12:00".
schools-restrict-hint = Choose none to open the place to every school. Hold Ctrl (or Cmd) to choose several.
motivation-hint = Say briefly why you want to do this placement.
time-hint = For example 14:00.
activity-hint = For example: went shopping with residents.
consent-name-hint = Your own name, as parent or guardian.
reflection-hint = What did you learn? What went well, what would you do differently?
decline-hint = The pupil sees this reason.

## Errors
err-time = Enter a time like 14:00.
err-slot = Write a time as "wed 14:00-16:00" or "24-11-2026 09:00-12:00", with the end after the start.
err-end-before-start = This must be after the start.
err-group-above-capacity = A group cannot be larger than the number of places.
err-slot-outside-period = A date falls outside the vacancy's period.
err-capacity-below-taken = More places are taken already than this number.
placement-err-not-accepted = The organisation has not accepted this application yet.
placement-err-not-proposed = This application is not waiting for the organisation (any more).
placement-err-no-consent-pending = This placement is not waiting for consent.
placement-err-not-active = This placement is not active.
placement-err-over = This placement is over.
placement-err-full = Every place of this vacancy is taken.
placement-err-applied = You have applied to this vacancy already.
hours-err-end-before-start = The end time must be after the start time.
hours-err-future = You can log hours once you have worked them.
hours-err-outside-period = This date is outside the placement's period.
hours-err-outside-daytime = Under 16 you may only work between 07:00 and 19:00.
hours-err-too-long = That many hours in one day cannot be right.
hours-reject-needs-comment = Say why you reject the hours.
consent-err-agree = Tick the box to give consent.
group-err-none = Choose at least one pupil.
group-err-too-young = { $name } is too young for this vacancy.
group-err-too-small = The group is smaller than this vacancy's smallest group.
group-err-already = One of these pupils has a placement here already.
session-err-none-present = Choose who was present.
vacancy-err-status = This step is not possible from the current status.
document-err-birth = The pupil's date of birth is missing; the school must fill it in first.

## Notices after a step
flash-vacancy-saved = The vacancy has been saved.
flash-vacancy-opened = The vacancy is open: pupils can apply.
flash-vacancy-closed = The vacancy has been closed.
flash-applied = You have applied. The organisation is told.
flash-applied-already = You have applied to this vacancy already.
flash-placement-accepted = Accepted. The school is asked to confirm.
flash-placement-declined = Declined. The pupil is told.
flash-placement-active = Everything is signed: the placement has started.
flash-placement-confirmed-consent = Confirmed and signed for the school. The placement starts once the pupil and, where needed, a parent have signed the agreement.
flash-placement-confirmed-no-parent = Confirmed and signed for the school. No e-mail address of a parent or guardian is known yet: fill it in below and a parent gets the agreement to sign.
flash-placement-cancelled = The placement has been cancelled; the place is free again.
flash-placement-full = Every place is taken: it cannot be confirmed. Nothing was changed.
flash-placement-not-accepted = The organisation must accept first. Nothing was changed.
flash-placement-not-proposed = This application no longer waits for a decision. Nothing was changed.
flash-placement-no-consent = This placement is not waiting for signatures. Nothing has changed.
flash-placement-not-active = This placement is not active. Nothing was changed.
flash-placement-over = This placement is over. Nothing was changed.
flash-reason-needed = Write down a reason. Nothing was changed.
flash-none-chosen = First choose the placements to confirm.
flash-consent-sent = The request for consent has been sent.
flash-parent-email-needed = Enter a valid e-mail address of a parent or guardian.
flash-hours-logged = Your hours have been submitted. The organisation approves them.
flash-hours-approved = The hours have been approved.
flash-hours-rejected = The hours have been rejected; the pupil can correct them.
flash-hours-reviewed-already = These hours had been reviewed already.
flash-hours-not-correctable = Approved hours can no longer be corrected.
flash-reject-needs-comment = Say why you reject the hours.
flash-evaluated = The assessment has been saved.
flash-reflected = Your reflection has been saved.
flash-group-placed = The group has been placed.

## Searching (pupil)
search-title = Find a placement
search-lead = Vacancies open to you, closest to home first.
search-placeholder = Title, organisation or place
search-distance = Distance from home
search-any-distance = Any distance
search-within-km = within { $km } km
search-max-hours = Hours
search-any-hours = Any number
search-at-most-hours = at most { $hours } hours
search-from = From
search-until = Until
search-nearest-first = Closest to home first
search-results = Vacancies
search-empty = No vacancies found
search-empty-text = No open vacancy matches your filters. Try a larger distance or another category.
search-no-birth-title = Your date of birth is missing
search-no-birth = Without it we cannot tell which placements you may do yet. Ask your school coordinator to fill it in.
all-categories = All categories
vacancies-count = vacancies

## Managing vacancies
vacancies-title = Vacancies
vacancies-lead = Vacancies of the organisations you work for.
vacancies-empty = No vacancies found
vacancies-empty-text = Add a vacancy, or change your filters.
vacancies-not-archived = All but archived
vacancy-new = Add a vacancy
vacancy-edit = Edit vacancy
vacancy-about = About this placement
vacancy-only-for = Only for
vacancy-your-application = Your application
vacancy-open-application = See your application
apply-title = Apply
apply-submit = Apply
candidates = Candidates and pupils placed
candidates-empty = Nobody has applied yet.

## Group placement
group-title = Place a group
group-lead = Place a class, or part of it, in one go on this group placement. That is the school's confirmation at once.
group-place = Place the group
group-show-class = Show class
group-pick = Choose the pupils
group-refused = The group has not been placed
session-title = Register a session
session-lead = The hours count for every pupil you tick as present.
session-submit = Register session

## The placement
placements-title = Placements
placements-lead = Applications and placements waiting for you, and all the others.
placements-count = placements
placements-empty = No placements found
placements-empty-text = Applications and placements appear here once there are any.
placements-search-placeholder = Vacancy or name
confirm-chosen = Confirm chosen placements
choose-all = Choose all
sign-for-chosen = I sign the placement agreements of the chosen placements on behalf of the school
bulk-title = Confirming: the result
bulk-lead-confirmed = { $count ->
    [0] No placement confirmed.
    [one] 1 placement confirmed.
   *[other] { $count } placements confirmed.
}
bulk-lead-warnings = { $count ->
    [one] 1 waits for you to confirm its warnings.
   *[other] { $count } wait for you to confirm their warnings.
}
bulk-lead-refused = { $count ->
    [one] 1 could not be confirmed.
   *[other] { $count } could not be confirmed.
}
bulk-confirmed-title = Confirmed and signed
bulk-no-parent = { $count ->
    [one] For 1 pupil no e-mail address of a parent or guardian is known yet. Fill it in on the placement and a parent gets the agreement to sign.
   *[other] For { $count } pupils no e-mail address of a parent or guardian is known yet. Fill it in on their placement and a parent gets the agreement to sign.
}
bulk-parent-unknown = Parent's e-mail missing
bulk-warnings-title = Confirm warnings first
bulk-warnings-text = These placements are not confirmed yet. Read the warnings on the placement's page and confirm them there; then confirm the placement.
bulk-refused-title = Not confirmed
bulk-unknown = { $count ->
    [one] 1 chosen placement no longer exists or is not your school's.
   *[other] { $count } chosen placements no longer exist or are not your school's.
}
bulk-back = Back to the list
queue-only-parent = Only placements waiting for a parent's consent while no parent's e-mail address is known. Fill one in on the placement's page.
queue-only-late = Only placements whose parent was asked for consent more than 3 days ago, without an answer. Send the request again or call the parent.
queue-show-all = Show all placements
stat-parent-unknown = Consent, but no parent known
stat-consent-late = Consent open for more than 3 days
bulk-why-blocked = A rule for minors stops this placement:
bulk-why-host-checks = The organisation lacks required checks (such as insurance or a risk assessment). See the placement's page.
bulk-why-full = Every place of this vacancy is confirmed already.
bulk-why-not-waiting = This placement no longer waits for confirmation.
next-step = Next step
next-proposed = The organisation looks at the application and accepts or declines.
next-accepted = The school checks the rules for minors, confirms the placement and signs the agreement.
next-confirmed = The placement agreement is being signed: by the pupil and, for pupils under 16, by a parent or guardian through the link in the e-mail. Once everything is signed and the rules allow it, the placement starts.
next-active = The pupil logs her hours; the organisation approves them and writes an assessment.
next-completed = The placement is completed. The certificate is ready.
next-declined = The organisation has declined. The pupil can look for another placement.
next-cancelled = This placement has been cancelled.
next-pupil-proposed = The organisation looks at your application and lets you know whether you can come. You will hear from it.
next-pupil-accepted = The organisation would like to have you. Now your school checks the rules and confirms the placement; then you sign the agreement.
next-pupil-confirmed = Sign the placement agreement below. If you are under 16, a parent or guardian signs too, through the link in the e-mail. Once everything is signed, your placement starts.
next-pupil-active = You keep track of your hours: after each time, fill in below what you did. The organisation approves them.
next-pupil-completed = Your placement is completed. Your certificate is ready on your overview.
next-pupil-declined = This organisation said no. Look for another placement that suits you.
next-pupil-cancelled = This application was withdrawn or cancelled.
withdraw-title = Withdraw your application
withdraw-text = Don't want to do this placement after all? Withdraw your application and briefly say why. The organisation and your school are told.
withdraw = Withdraw application
withdraw-submit = Withdraw with this reason
decide-title = Review the candidate
accept = Accept
decline = Decline
decline-submit = Decline with this reason
confirm-title = Confirmation by the school
confirm-no-place-left = { $capacity ->
    [one] The only place of this placement is confirmed for another pupil already. It can be confirmed once that place comes free.
   *[other] All { $capacity } places of this placement are confirmed for other pupils already. It can be confirmed once a place comes free.
}
confirm = Confirm
confirm-consent-needed = After your confirmation the pupil and a parent or guardian sign the agreement; the parent gets a link by e-mail.
confirm-no-consent = After your confirmation the pupil signs the agreement; then the placement starts.
consent-waiting = Waiting for consent of a parent or guardian.
consent-asked-to = Request sent to { $email }
consent-asked-expired = The link has expired: send the request again.
consent-not-asked = No request for consent has been sent yet: fill in the e-mail address of a parent or guardian.
consent-send = Send the request for consent (again)
consent-given-by = Consent given by
hours-title = Hours
hours-unit = hours
hours-approved = Approved
hours-approved-here = { $hours } hours approved
hours-total = Total approved
hours-empty = No hours logged yet.
hours-log-title = Log hours
hours-log-submit = Submit hours
hours-correct = Correct
hours-correct-hint = Submitted or rejected hours can be corrected; the old line stays visible in the history.
hours-correct-submit = Submit correction
approve = Approve
reject = Reject
hours-queue-title = Review hours
hours-queue-lead = The hours pupils logged with you that wait for your review. The oldest work comes first.
hours-queue-waiting = Waiting for your review
hours-queue-count = entries
hours-queue-empty = No hours wait for your review
hours-queue-empty-text = As soon as a pupil logs hours, they appear here. You also get an e-mail about them.
hours-reject-why = Why do you reject these hours?
hours-approve-shown = { $count ->
    [one] Approve these hours
   *[other] Approve all { $count } shown
}
hours-approve-shown-question = { $count ->
    [one] Approve these hours?
   *[other] Approve all { $count } entries shown?
}
flash-hours-approved-shown = The hours are approved. The pupils are told.
flash-hours-none-approved = Nothing was approved: these hours had been reviewed already.
approve-all = Approve all { $count }
evaluation-title = Assessment by the organisation
evaluation-none = No assessment yet.
evaluation-submit = Save assessment
evaluation-final = Final evaluation
evaluation-interim = Interim evaluation
evaluation-ended-early = Ended early:
evaluation-kind = Kind of evaluation
evaluation-kind-interim = Interim: the placement goes on
evaluation-kind-final = Final evaluation: the placement is done
evaluation-runs-until = The placement runs until { $date }.
evaluation-early-hint = Only for a final evaluation before that date: why does the placement end early?
evaluation-complete-box = I complete the placement with this final evaluation. After that the pupil can log no more hours.
evaluation-err-early-reason = Write down why the placement ends early.
evaluation-err-confirm = Tick that you complete the placement.
field-early_reason = Reason to end early
field-complete = Complete
flash-evaluated-completed = The final evaluation is saved and the placement is completed. The pupil and the school are told.
reflection-title = The pupil's reflection
reflection-none = No reflection yet.
reflection-submit = Save reflection
cancel-title = Cancel the placement
cancel-text = After cancelling, the place is free again. Everyone is told, with the reason.
cancel-placement = Cancel
cancel-submit = Cancel with this reason
pseudonymous-note = You see the last name and contact details once the school has confirmed the placement.
agreement-download = Placement agreement (PDF)
agreement-full = The whole placement agreement (PDF)
certificate-download = Certificate (PDF)

## Reviewing hours through the link
review-title = Review hours
review-lead = Hours of { $pupil }
review-invalid = This link has expired or is not right. Sign in to review the hours.
review-done = These hours have been reviewed. Thank you!
review-comment-when = needed when rejecting

## A parent's consent
consent-title = Consent for a placement
consent-lead = { $pupil } is going to do a placement. Because { $pupil } is under 16, we ask for your consent.
consent-agreement = The placement
consent-insurance = The school and the Amsterdam Volunteer Insurance cover the pupil during the placement; the details are in the placement agreement.
consent-give = Give consent
consent-agree = As parent or guardian I consent to this placement and have read the placement agreement.
consent-submit = Give consent
consent-thanks = Thank you: your consent has been recorded
consent-expired = This link has expired. Ask the school for a new one.
consent-unknown = This link does not work. Check that you used the whole link from the e-mail.
consent-blocked-birth = The school must fill in the pupil's date of birth first. You will then get a new link.

## Overview per class
progress-title = Placement progress
progress-stage = Where the pupil stands
progress-approved = Approved hours
progress-submitted = Still to review
progress-without = Without a placement
stage-done = Done: enough hours
stage-active = Under way
stage-waiting-consent = Waiting for a parent's consent
stage-waiting-school = Waiting for the school
stage-waiting-host = Waiting for the organisation
stage-needs-more = Needs more hours
stage-none = No placement yet

## In-app notifications
notifications-title = Notifications
notifications-empty = No notifications.
notifications-read = Mark all read

## E-mail and notifications per step
notify-applied = { $pupil } applied to { $vacancy }
notify-applied-subject = New application for { $vacancy }
notify-applied-body = Dear { $name },

    { $pupil } applied to { $vacancy }. Look at the application and say whether you accept { $pupil }:

    { $link }
notify-accepted = { $organisation } accepted the application for { $vacancy }
notify-accepted-subject = Accepted: { $vacancy }
notify-accepted-body = Dear { $name },

    { $organisation } accepted the application for { $vacancy }. The school now confirms the placement:

    { $link }
notify-declined = { $organisation } declined the application for { $vacancy }
notify-declined-subject = Declined: { $vacancy }
notify-declined-body = Dear { $name },

    { $organisation } has declined your application for { $vacancy }, we are sorry. The reason is with the application. Feel free to look for another placement:

    { $link }
notify-confirmed = The school confirmed the placement { $vacancy }
notify-confirmed-subject = Confirmed: { $vacancy }
notify-confirmed-body = Dear { $name },

    The school has confirmed the placement { $vacancy } at { $organisation } and signed the agreement. Now the pupil signs (and, where needed, a parent or guardian); then the placement starts.

    { $link }
notify-consent-asked = Consent requested for { $vacancy }
notify-consent-asked-subject = Consent requested: { $vacancy }
notify-consent-asked-body = Dear { $name },

    A parent or guardian of { $pupil } has been asked for consent for { $vacancy }.

    { $link }
notify-consent-given = A parent signed the agreement for { $vacancy }
notify-consent-given-subject = Parent signed: { $vacancy }
notify-consent-given-body = Dear { $name },

    A parent or guardian has signed the placement agreement for { $vacancy } at { $organisation }. The placement starts once every signature is in.

    { $link }
notify-activated = The placement { $vacancy } has started
notify-activated-subject = Started: { $vacancy }
notify-activated-body = Dear { $name },

    The placement { $vacancy } at { $organisation } is confirmed and has started. The placement's page shows the hours and what needs to happen now:

    { $link }
notify-cancelled = The placement { $vacancy } has been cancelled
notify-cancelled-subject = Cancelled: { $vacancy }
notify-cancelled-body = Dear { $name },

    The placement { $vacancy } at { $organisation } has been cancelled. The reason is with the placement:

    { $link }
notify-hours-submitted = { $pupil } submitted hours for { $vacancy }
notify-hours-submitted-subject = Hours to approve: { $vacancy }
notify-hours-submitted-body = Dear { $name },

    { $pupil } has submitted hours for { $vacancy }. Approve or reject them with one click on the page behind this link (valid for 30 days):

    { $link }
notify-hours-reviewed = Your hours for { $vacancy } have been reviewed
notify-hours-reviewed-subject = Hours reviewed: { $vacancy }
notify-hours-reviewed-body = Dear { $name },

    { $organisation } has reviewed your hours for { $vacancy }:

    { $link }
notify-evaluated = { $organisation } wrote an assessment for { $vacancy }
notify-evaluated-subject = Assessment: { $vacancy }
notify-evaluated-body = Dear { $name },

    { $organisation } has written an assessment for { $vacancy }. Now write your own reflection:

    { $link }
notify-completed = The placement { $vacancy } is completed
notify-completed-subject = Completed: { $vacancy }
notify-completed-body = Dear { $name },

    The placement { $vacancy } at { $organisation } is completed. The certificate is ready:

    { $link }
mail-consent-subject = Consent requested for the placement of { $pupil }
mail-consent-body = Dear parent or guardian,

    { $pupil } is going to do a placement through { $school }: { $vacancy } at { $organisation }. Please read and sign the placement agreement; for pupils under 16 the law requires it.
    Read the agreement and sign through this link (valid for { $days } days; you need no account):

    { $link }
audit-placement-viewed = Placement viewed

## Home pages
stat-placements-active = Placements under way
stat-placements-completed = Placements completed
stat-placements-waiting = Placements waiting
stat-waiting-split = { $host } on an organisation
stat-waiting-school = { $school } on a school
stat-waiting-consent = { $consent } on a parent
stat-to-confirm = Placements to confirm
stat-confirm-now = Confirm
stat-consents-outstanding = Waiting for a parent's consent
stat-candidates-waiting = Candidates waiting for your answer
stat-hours-waiting = Hours to approve
stat-pupils-placed = Pupils on placement now
home-my-placements = My placements
home-no-placements = You have no placement yet. Find one that suits you.
home-nearby = Vacancies close to home
