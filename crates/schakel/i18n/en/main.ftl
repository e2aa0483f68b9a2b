# Schakel: English texts.

## General
skip-to-content = Skip to content
menu = Menu
main-menu = Main menu
signed-in-as = Signed in as
sign-out = Sign out
footer-title = About this website
footer-font-licence = Typeface: Atkinson Hyperlegible Next (OFL)
footer-postcode-licence = Postcode coordinates: GeoNames (CC BY 4.0)
footer-meta = Schakel · school–work network
breadcrumb = Breadcrumb
optional = optional
input-error = Input error
form-has-errors = { $count ->
    [one] Fix the error before you continue
   *[other] Fix the { $count } errors before you continue
}
error-count = { $count ->
    [one] 1 input error
   *[other] { $count } input errors
}
save = Save
cancel = Cancel
edit = Edit
details = Details
history = History
created = Created
updated = Last changed
never = never
unknown = unknown
open = Open
show = Show
next = Next
previous = Previous
page = page
pagination = Pagination
pager-summary = { $from }–{ $to } of { $total }
search = Search
filter = Filter
clear-filters = Clear filters
empty-filters = Nothing matches your filters. Change or clear them.
show-archived = Show archived
show-active = Show active
all = All
all-schools = All schools
all-classes = All classes
all-levels = All levels
all-sectors = All sectors
all-kinds = All kinds
all-roles = All roles
all-years = All school years
key-figures = Key figures
actions = Actions
address = Address
status = Status
last-login = Last signed in
roles = Roles
scope = For
contacts = Contacts
line = Line
column = Column
problem = Problem
value = Value
age = Age
age-years = { $age } years
pupil = Pupil
export-csv = Download CSV
year-of-study-n = year { $year }
lang-nl = Nederlands
lang-en = English

## Navigation
nav-home = Overview
nav-schools = Schools
nav-classes = Classes
nav-pupils = Pupils
nav-organisations = Organisations
nav-users = Users
nav-audit = Audit log
nav-outbox = Sent e-mail

## States
status-active = Active
status-archived = Archived
status-invited = Invited
status-400 = This request is not right
status-401 = Please sign in first
status-403 = No access
status-404 = Not found
status-413 = File too large
status-429 = Please wait
status-500 = Something went wrong

## Error pages
error-unauthenticated = Sign in to see this page.
error-not-found = This page does not exist, or you have no access to it.
error-forbidden = You have no access to this page.
error-csrf = Your form has expired or did not come from this website. Go back, reload the page and try again. Nothing was saved.
error-too-many = Too many attempts. Try again in { $seconds } seconds.
error-too-large = The file is too large. Send a file of at most 16 MB.
error-internal = Something went wrong on our side. Nothing was changed. Try again later; if it keeps failing, tell the project leader.
flash-form-invalid = Not everything in the form is right. Nothing has changed.
error-refused = This cannot be done now. Nothing was changed.
error-confirm = Confirm first that you want this. Nothing was changed.
error-archived = This account is archived. Restore it first.

## Field errors
err-required = Fill in this field.
err-too-long = This is too long.
err-brin = A BRIN code has four characters (two digits and two letters, like 27KJ), optionally followed by two digits.
err-kvk = A KvK number has eight digits.
err-postcode = Enter a postcode like 1053 AB.
err-email = Enter a valid e-mail address, like name@school.nl.
err-school-year = Enter a school year like 2026/2027.
err-date = Enter a date like 14-03-2012.
err-no-such-date = This date does not exist.
guardian-1 = Parent or guardian 1
guardian-2 = Parent or guardian 2
guardian-hint = For parents' consent and to call someone in an emergency. The consent request goes to the first one's e-mail address (or the second's if the first has none).
field-g1_name = Name of parent/guardian 1
field-g1_relation = Relation
field-g1_email = E-mail address of parent/guardian 1
field-g1_phone = Phone number of parent/guardian 1
field-g2_name = Name of parent/guardian 2
field-g2_relation = Relation
field-g2_email = E-mail address of parent/guardian 2
field-g2_phone = Phone number of parent/guardian 2
relation-unknown = Unknown
relation-parent = Parent
relation-mother = Mother
relation-father = Father
relation-guardian = Guardian or carer
relation-foster = Foster parent
relation-other = Other
phone-hint = For example 06-12345678
err-phone = Enter a phone number such as 06-12345678.
guardians-title = Parents and guardians
guardians-none = No parent or guardian known yet. Fill them in under Edit, or import them from Magister or Somtoday.
guardian-name = Name
guardian-phone = Phone
err-date-future = That date lies in the future.
err-birth-date = This date of birth cannot be right for a pupil.
err-year-of-study = A year of study is a number from 1 to 6.
err-number = Enter a valid number.
err-choice = Choose one of the options.
err-pupil-number = A pupil number holds only letters, digits and dashes.
err-gender = Use V, M or X.
err-coordinate = Invalid coordinate.
err-duplicate = This value is in use already.
err-email-taken = This e-mail address belongs to another account.
err-current-password = Your current password is not right.
err-password-short = Choose a password of at least 10 characters.
err-password-long = Choose a password of at most 200 characters.
err-password-mismatch = The two passwords differ.
err-grant-school = Choose the school this role is for.
err-grant-organisation = Give this role from the organisation's page: choose ‘Invite’ next to a contact there.
err-grant-meeting-point = Choose the meeting point this role is for.

## Field names
field-name = Name
field-email = E-mail address
field-password = Password
field-new-password = New password
field-repeat = Repeat the password
field-current = Current password
field-brin = BRIN code
field-levels = Levels
field-profiles = Profiles
field-street = Street and number
field-postcode = Postcode
field-city = City
field-school = School
field-class = Class
field-school_year = School year
field-year_of_study = Year of study
field-number = Pupil number
field-first_name = First name
field-infix = Infix
field-last_name = Last name
field-date_of_birth = Date of birth
field-gender = Gender
field-required_hours = Required placement hours
field-kvk = KvK number
field-kind = Kind of organisation
field-sector = Sector
field-website = Website
field-description = Description
field-vetting_status = Vetting
field-job_title = Job title
field-phone = Phone
field-role = Role
field-meeting_point = Meeting point
field-organisation = Organisation
field-locale = Language
field-file = File

## Hints
brin-hint = For example 27KJ00.
profiles-hint = For example MVI (Media, Design and ICT).
class-name-hint = For example 3B.
school-year-hint = From 1 August to 31 July, for example 2026/2027.
year-of-study-hint = A number from 1 to 6.
date-hint = For example 14-03-2012.
postcode-hint = For the distance to placements. For example 1053 AB.
gender-hint = Used only in totals, never shown per pupil.
pupil-number-hint = The number from Magister or Somtoday; it links a later import to this pupil.
required-hours-hint = Leave empty for 30 hours.
kvk-hint = Eight digits.
website-hint = Start with https://
vetting-hint = Only vetted organisations can offer placements.
password-hint = At least 10 characters. A sentence of a few words is strong and easy to remember.
grant-school-hint = For coordinator, director and teacher.
grant-meeting-point-hint = For meeting-point manager.
grant-organisation-hint = Invite an organisation's contact from that organisation's page.

## Roles
role-project_leader = Project leader
role-coordinator = School coordinator
role-director = School director
role-teacher = Teacher
role-org_contact = Organisation contact
role-meeting_point_manager = Meeting-point manager
role-pupil = Pupil
role-unknown = Unknown role

## Levels, kinds, sectors, vetting
level-pro = Practical education
level-vmbo = vmbo
level-havo = havo
level-vwo = vwo
level-mbo = mbo
level-hbo = hbo
kind-company = Company
kind-nonprofit = Nonprofit
kind-public = Public body
kind-school = School
kind-institution = MBO or HBO institution
sector-zorg = Care
sector-welzijn = Social work
sector-sport = Sport
sector-natuur = Nature and animals
sector-cultuur = Culture
sector-onderwijs = Education and childcare
sector-techniek = Engineering
sector-ict = ICT
sector-media = Media and design
sector-horeca = Hospitality
sector-detailhandel = Retail
sector-logistiek = Logistics
sector-bouw = Construction
sector-overheid = Government
sector-financieel = Financial services
sector-dienstverlening = Services
vetting-pending = To be vetted
vetting-approved = Vetted
vetting-rejected = Rejected
gender-female = Girl
gender-male = Boy
gender-other = Other
gender-unknown = Not given

## Sign-in
login-title = Sign in
login-lead = Welcome to Schakel, the network of schools and organisations.
login-submit = Sign in
login-error-title = Signing in failed
login-failed = The e-mail address or the password is not right. Check your details and try again.
login-throttled = Too many failed attempts. Try again in { $seconds } seconds.
login-forgot = Forgot your password? Ask your school coordinator or the project leader for a new invitation.
flash-signed-out = You have signed out.
flash-welcome = Welcome! Your password is set and you are signed in.

## Invitation
invite-title = Set your password
invite-welcome = Welcome, { $name }
invite-lead = Choose a password for your account { $email }.
invite-submit = Set password and sign in
invite-used-title = This link has been used
invite-used = A password was set with this link already. Sign in with your e-mail address and password.
invite-expired-title = This link has expired
invite-expired = An invitation is valid for a week. Ask the project leader or your school coordinator for a new one.
invite-unknown-title = This link does not work
invite-unknown = Check that you used the whole link from the e-mail, or ask for a new invitation.
mail-invite-subject = Your Schakel account
mail-invite-body = Dear { $name },

    An account has been made for you in Schakel, the network of schools and organisations.
    Set your password with this link (valid for { $days } days, and once only):

    { $link }

    Did you not expect this? Then you can ignore this e-mail.

## Account
account-title = My account
account-password = Change password
account-password-submit = Change password
account-roles = My roles
account-language = Interface language
flash-password-changed = Your password has been changed. Other sessions were signed out.

## Home pages
landing-title = Schakel
landing-lead = The shared infrastructure of the school–work network: placements, meeting points, schools working together.
landing-point-pupils = Pupils find a placement that suits them, close to home.
landing-point-schools = Schools follow every placement, from application to certificate.
landing-point-organisations = Organisations offer places and guide pupils.
home-greeting = Hello { $name }
home-lead = School year { $year }
home-network = The network
home-recent-audit = Recent activity
home-classes = Classes this school year
home-teacher-resources = Shared resources
home-teacher-resources-empty = Teaching material and equipment that schools share will appear here once sharing between schools opens.
home-org-profile = Profile and contacts
home-org-next = Your placements, candidates and hours to approve will appear here.
home-mp-at = Meeting point of { $school }.
home-mp-companies = Companies and organisations
home-pupil-title = My placement
home-pupil-details = My details
home-pupil-hours-meta = Your hours count once your placement is confirmed.
hours-of = of { $required } hours
stat-schools = Schools
stat-pupils = Pupils
stat-organisations = Organisations
stat-organisations-pending = Organisations to vet
stat-vet-now = Vet
stat-meeting-points = Meeting points
stat-users = Users
stat-users-invited = of whom { $count } still invited
stat-classes = Classes in { $year }
stat-classes-now = Classes this school year
stat-pupils-without-class = Pupils without a class
stat-pupils-without-birth-date = Pupils without a date of birth
stat-birth-date-why = Needed to check which placements are allowed.
stat-hours-done = Placement hours done

## Schools
schools-title = Schools
schools-lead = The schools of the network.
schools-count = schools
schools-empty = No schools found
schools-search-placeholder = Name or BRIN code
archived-schools = Archived schools
school-new = Add a school
school-edit = Edit school
school-archive-title = Archive school
school-archive-text = An archived school disappears from lists and choices. Its pupils and records are kept; you can restore the school.
meeting-points = Meeting points
meeting-points-none = This school has no meeting point.

## Classes
classes-title = Classes
classes-lead = Classes per school and school year.
classes-count = classes
classes-empty = No classes found
classes-empty-text = Classes appear when pupils are imported, or add one.
classes-search-placeholder = Name of the class
archived-classes = Archived classes
class-new = Add a class
class-edit = Edit class
class-no-pupils = This class has no pupils yet.
class-pupil-count = { $count } pupils
class-archive-title = Archive class
class-archive-text = An archived class disappears from lists. Its pupils are kept.
without-class = Without a class

## Pupils
pupils-title = Pupils
pupils-lead = Pupils of the schools you work for.
pupils-count = pupils
pupils-empty = No pupils found
pupils-empty-text = No pupils match your filters. Change the filters, or import pupils.
pupils-search-placeholder = Name or pupil number
archived-pupils = Archived pupils
pupil-new = Add a pupil
pupil-edit = Edit pupil
pupil-archive-title = Archive pupil
pupil-archive-text = An archived pupil disappears from lists and can no longer sign in. Her records are kept until the retention period ends; you can restore her.
pupil-account = Account
pupil-account-active = The pupil can sign in.
pupil-account-invited = The pupil has been invited but has not set a password yet.
pupil-account-none = The pupil has no account yet.
pupil-account-needs-email = Fill in the pupil's e-mail address first; the invitation goes there.
pupil-invite = Invite to sign in
pick-school-lead = Choose the school.
flash-pupil-needs-email = This pupil has no e-mail address. Fill that in first.

## Import
import-title = Import pupils
import-lead = Upload an export from Magister or Somtoday (CSV or XLSX) or an EDEXML file. You first see what will change; nothing is saved until you confirm.
import-check = Check file
import-file-hint = CSV (with ; or ,), XLSX or EDEXML (XML), at most 16 MB.
import-columns = Columns
import-columns-required = Required:
import-columns-optional = Possible:
import-columns-note = Column names may be in upper or lower case; other columns are skipped. A pupil who exists already (same pupil number) is updated.
import-failed = We cannot use this file
import-preview-title = Check the import
import-rows = Lines in the file
import-new = New pupils
import-updated = Existing pupils to update
import-bad-rows = Lines with errors
import-errors = Errors per line
import-sample = The first pupils
import-new-classes = { $count ->
    [one] 1 new class
   *[other] { $count } new classes
}
import-new-classes-text = These classes are in the file, but the school does not have them this school year yet. They are created when you import. If a class name has a typo, correct the file first.
import-confirm-title = Import
import-ready = All { $count } lines are fine.
import-has-errors-text = We do not import a file with errors unless you choose to skip the bad lines. You can also fix the file and upload it again.
import-skip-errors = Skip the bad lines and import the { $count } good ones
import-submit = Import
import-other-file = Choose another file
import-nothing-good = No line is fine, so there is nothing to import. Fix the file and upload it again.
import-already-done = This import has been done already.
import-err-empty = The file is empty.
import-err-not-text = This is not a CSV, XLSX or EDEXML file. Save it from Excel as ‘CSV (delimited)’ or as XLSX.
import-err-spreadsheet = The spreadsheet cannot be read ({ $detail }).
import-err-xml = The XML file cannot be read ({ $detail }).
import-err-csv = The CSV file is damaged around line { $detail }.
import-err-missing-columns = These required columns are missing: { $detail }.
import-err-too-many-rows = The file has too many lines.
import-err-no-file = Choose a file.
import-err-school = Choose a school you may import into.
import-err-upload = The upload failed. Please try again.
import-err-duplicate = This pupil number appears earlier in the file (line in brackets).
import-err-brin-mismatch = According to the BRIN column, this pupil belongs to another school.
import-err-encoding = This text looks as if the file was saved in the wrong character set (like ‘Ã©’ for ‘é’). Save it as UTF-8 and try again.
flash-imported = The pupils have been imported.
flash-import-has-errors = The file has errors. Choose to skip the bad lines, or fix the file.
flash-import-done-already = This import had been done already.

## Organisations
organisations-title = Organisations
organisations-lead = Companies and organisations in the network: one record for placements, assignments and events.
organisations-count = organisations
organisations-empty = No organisations found
organisations-search-placeholder = Name, city or KvK number
archived-organisations = Archived organisations
organisation-new = Add an organisation
organisation-edit = Edit organisation
organisation-archive-title = Archive organisation
organisation-archive-text = An archived organisation disappears from lists. Its records and history are kept.
contacts-empty = No contacts yet.
contact-new = Add a contact
contact-edit = Edit contact
contact-invite = Invite
contact-archive-title = Remove contact
contact-archive-text = The contact disappears from the organisation's page.

## Users
users-title = Users
users-lead = Everyone who works with Schakel, with the roles they hold.
users-count = users
users-empty = No users found
users-search-placeholder = Name or e-mail address
archived-users = Archived users
user-new = Invite a user
user-new-lead = The new user gets an e-mail with a link to set her own password.
user-invite-submit = Send invitation
user-details = Name and e-mail address
user-invitation = Invitation
user-has-password = This user has set a password.
user-invited-text = This user has not set a password yet.
user-reinvite = Send a new invitation
user-archive-title = Archive user
user-archive-text = An archived user can no longer sign in; her sessions end at once. You can restore her.
user-archive-question = Are you sure you want to archive { $name }?
grants-empty = This user has no role yet.
grant-add = Add role
grant-revoke = Revoke
grant-revoke-confirm = Revoke this role?
flash-invited = The invitation has been sent.
flash-grant-added = The role has been added.
flash-grant-added-existing = This e-mail address had an account already; the role was added to that account.
flash-grant-revoked = The role has been revoked.
flash-keep-own-leader-grant = You cannot revoke your own project-leader role. Ask another project leader.
flash-cannot-archive-self = You cannot archive your own account.

## Archiving
archive-ellipsis = Archive…
archive-confirm = Yes, archive
archive-question = Are you sure you want to archive { $name }?
archived-title = Archived
archived-text = This is in the archive. Restore it to work with it again.
restore = Restore
flash-saved = Saved.
flash-archived = Archived.
flash-restored = Restored.

## Audit log
audit-title = Audit log
audit-lead = Who viewed or changed which data of pupils and accounts, and when.
audit-events = Events
audit-count = events
audit-empty = No events yet.
audit-when = When
audit-who = Who
audit-what = What
audit-record = Record
audit-record-placeholder = Id of a pupil or user
audit-detail = Count
audit-system = System
audit-for-record = Audit log of this account
audit-signed-in = Signed in
audit-invitation-accepted = Invitation accepted
audit-password-changed = Password changed
audit-user-invited = User invited
audit-user-updated = User changed
audit-user-archived = User archived
audit-user-restored = User restored
audit-grant-added = Role added
audit-grant-revoked = Role revoked
audit-pupil-viewed = Pupil viewed
audit-pupil-list-viewed = Pupil list viewed
audit-pupil-created = Pupil added
audit-pupil-updated = Pupil changed
audit-pupil-archived = Pupil archived
audit-pupil-restored = Pupil restored
audit-pupils-imported = Pupils imported
audit-pupils-exported = Pupils exported
audit-class-viewed = Class viewed

## Sent e-mail
outbox-title = Sent e-mail
outbox-lead = All e-mail Schakel has sent, newest first.
outbox-to = To
outbox-empty = No e-mail has been sent yet.
