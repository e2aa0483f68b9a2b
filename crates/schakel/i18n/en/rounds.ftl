# Matching rounds: pupils rank vacancies, the coordinator matches and publishes.

nav-rounds = Matching rounds
round = Round
rounds-title = Matching rounds
rounds-lead = In a round pupils choose their favourite vacancies; then you place everyone at once, fairly.
rounds-count = rounds
rounds-empty = No rounds yet
rounds-empty-text = Make a round for a class or a year and choose the vacancies pupils can choose from.
round-new = New round
round-new-lead = Choose the pupils and the vacancies, how many choices everyone may make, and who goes first when a vacancy gets too full.
round-network = Whole network
round-deadline = Choosing until
round-ranked = Chosen
round-vacancies = Vacancies
round-pupils = Pupils
round-pupils-count = pupils

round-nth = { $rank ->
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
    [6] sixth
    [7] seventh
    [8] eighth
    [9] ninth
    [10] tenth
   *[other] number { $rank }
}

## States and rules
round-status-draft = Draft
round-status-open = Open
round-status-closed = Closed
round-status-matched = Matched
round-status-published = Published
round-priority-distance = Nearest home
round-priority-lottery = Lottery
round-priority-own_school = Own school first
round-priority-explain-distance = whoever lives nearest to the vacancy goes first (in steps of 100 metres); the lottery decides between equal distances. Pupils whose address we do not know come last.
round-priority-explain-lottery = the lottery decides. Every pupil gets one lottery number for the whole round.
round-priority-explain-own_school = pupils of the school nearest to the vacancy go first, then the other pupils; the lottery decides within each group. In a round of one school this is the same as the lottery.
round-mode = Way of matching
round-mode-stable = Stable (priority always counts)
round-mode-optimal = Optimal (as many pupils as possible, choices as high as possible)
round-mode-current = chosen
round-modes-explain = Stable: nobody loses a place to a pupil with less priority, and it never pays to choose differently from what you really want. Optimal: as many pupils as possible get a place, as high on their lists as possible together; priority then only breaks ties.

rank-no-places = No place left
rank-ruled-out = Not at your age
round-closed-at = closed { $deadline }
round-date-hint = Day, month and year, such as 05-12-2026.
round-from-age = from age { $age }

## The form
field-closes_on = Closing date
field-closes_time = Closing time
field-choices = Choices per pupil
field-priority = Who goes first at a full vacancy?
field-pupils = Pupils
field-vacancies = Vacancies
field-follows = Previous round
round-name-hint = For example ‘Community placement year 3 – spring’. Pupils see this name.
round-time-hint = For example 17:00. Empty: 17:00.
round-choices-hint = Pupils put at most this many vacancies in order.
round-priority-hint = This decides who gets a place when more pupils want a vacancy than it has places.
round-scope = Who is the round for?
round-scope-hint = The whole network or one school. Choose and press ‘Show’ to see that school's classes.
round-scope-choose = Show
round-pupils-hint = Choose classes, years or both: every pupil in them takes part.
round-schools-hint = Choose schools (none: every school) and years within them.
round-no-classes = This school has no classes this school year yet.
round-pupils-n = { $count ->
    [one] 1 pupil
   *[other] { $count } pupils
}
round-pupils-named = { $count ->
    [one] 1 pupil without a place from the previous round takes part.
   *[other] { $count } pupils without a place from the previous round take part.
}
round-years = Years
round-year-n = Year { $year }
round-vacancies-hint = Every open vacancy for individual pupils that fits your school and has room is ticked. Untick what does not take part, or show part of them with the filter.
round-vacancies-filtered = Part of the vacancies is shown; vacancies ticked before stay chosen.
round-filter-vacancies = Show vacancies
round-no-vacancies = There are no open vacancies that fit.
round-create = Create round
round-follow-up-title = Second round
round-follow-up-name = { $name } – second round
round-follow-up-lead = For the { $count } pupils who got no place in ‘{ $name }’, with the vacancies that still have room.
err-round-deadline-past = Choose a moment in the future.
err-round-choices = Choose a number from 1 to 10.
err-round-no-pupils-chosen = Choose at least one class or year.
err-round-no-pupils = There are no pupils in what you chose.
err-round-no-vacancies-chosen = Choose at least one vacancy.
err-round-pupils-scope = You can only choose pupils of your own school.
err-round-vacancies-scope = You can only choose open vacancies that fit your school.

## The round
round-closes-at = closes { $deadline }
round-choices-n = { $count ->
    [one] 1 choice
   *[other] { $count } choices
}
round-ranked-label = Pupils who chose
round-not-ranked = { $count ->
    [one] 1 pupil not yet
   *[other] { $count } pupils not yet
}
round-placed = Placed
round-percent = { $percent }% of the pupils
round-first-choice = First choice
round-unplaced = Without a place
round-next-draft = The round is still a draft: pupils do not see it yet. Check the pupils and vacancies and open the round. Every pupil then gets a message.
round-open = Open for pupils
round-next-open = Pupils can choose until { $deadline }. Then the round closes by itself.
round-close = Close the round now
round-close-question = Do you want to close the round now? Pupils cannot change their choices afterwards.
round-close-confirm = Yes, close now
round-next-closed = The round is closed. Choose a way of matching; you see the result first, pupils only once you publish.
round-run = Match
round-run-again = Match again
round-run-again-moves = { $count ->
    [one] Note: 1 change by hand will be lost.
   *[other] Note: { $count } changes by hand will be lost.
}
round-next-matched = Look at the matching below. Where needed, change a pupil by hand (click her name) and publish. Publishing makes a proposed placement for every placed pupil and sends everyone the result.
round-publish = Publish
round-publish-confirm = { $count ->
    [one] I have checked the matching: make 1 proposed placement and send every pupil her result.
   *[other] I have checked the matching: make { $count } proposed placements and send every pupil her result.
}
round-next-published = Published on { $at }. The organisations now decide on their candidates.
round-follow-up = { $count ->
    [one] Second round for 1 pupil without a place
   *[other] Second round for { $count } pupils without a place
}
round-compare = Both ways side by side
round-figure = Figure
round-nth-choice = choice { $rank }
round-average-choice = Average choice
round-compare-differ = { $count ->
    [one] The other way gives 1 pupil a different place.
   *[other] The other way gives { $count } pupils a different place.
}
round-fill = Demand and fill per vacancy
round-first-choices = As first choice
round-wanted = Chosen by
round-matched = Placed / places
round-show = Show
round-show-all = All pupils
round-show-unplaced = Without a place
round-show-moved = Changed by hand
round-pupils-empty = No pupils found.
round-choices = Choices
round-result = Placement
round-why = Why no place
round-no-place = No place
round-moved = by hand
round-skipped = applied already
round-short-full = full
round-short-no-seats = no places
round-short-too-young = too young
round-short-rules = rules for minors
round-short-other-school = other school
round-short-closed = not open any more
round-short-already-there = applied already
round-short-others-better = better for others
round-short-no-choices = No choices made

## One pupil, changes by hand
round-result-as-pupil-sees = The result as the pupil reads it
round-her-choices = Her choices
round-move-title = Place by hand
round-move-to = Place at
round-move-hint = Only vacancies of this round that fit the pupil and still have room.
round-move = Place
round-seats-left = { $count ->
    [0] full
    [one] 1 place left
   *[other] { $count } places left
}

## What if
round-what-if = What if there were more places?
round-what-if-vacancy = Vacancy
round-what-if-extra = Extra places
round-what-if-lead = { $extra ->
    [one] With 1 extra place at { $vacancy }
   *[other] With { $extra } extra places at { $vacancy }
}
round-what-if-preview = Only a preview
round-what-if-nothing-stored = Nothing changes: the matching and the vacancy stay as they are. Ask the organisation for more places if you want this.
round-what-if-moves = The comparison starts from the matching without your changes by hand.
round-what-if-changed = Pupils with another place
round-what-if-who = Who gets another place
round-what-if-none = Nobody gets another place.
round-now = Now
round-then = With extra places
round-back = Back to the round

## The pupil
rounds-mine-title = My rounds
rounds-mine-lead = Here you choose the vacancies you want most, and afterwards read where you were placed.
rounds-mine-empty = You are not in a round now
rounds-mine-empty-text = Your placement coordinator puts you in a round when it is time. You can also look for vacancies yourself.
round-choose-until = You can choose until { $deadline }.
round-chosen-of = You have made { $chosen } of { $max } choices.
round-start-choosing = Choose
round-change-choices = Change your choices
round-you-got = You were placed at { $vacancy }.
round-read-why = Read your result
round-waiting = The round is closed. You will hear the result as soon as your placement coordinator announces it.
round-rank-lead = Put at most { $max } vacancies in order: the one you want most first.
rank-mine = My choices
rank-none-yet = You have not chosen anything yet. Choose up to { $max } vacancies below.
rank-how = Change a number to move a choice, or use the arrows.
rank-place-of = Place of { $vacancy }
rank-up = Higher: { $vacancy }
rank-down = Lower: { $vacancy }
rank-remove = Remove: { $vacancy }
rank-save = Save the order
rank-offered = Vacancies in this round
rank-offered-empty = No vacancies match your search.
rank-full = You have { $max } choices already. Remove one first if you want to choose another.
rank-add = Choose
rank-chosen-as = Your choice { $rank }
rank-hours = { $hours } hours
rank-refused = That did not work
rank-err-too-many = You can choose at most { $max } vacancies. Remove one first.
rank-err-not-offered = This vacancy is not part of this round or does not fit you.
rank-err-number = Choose a number from the list.
rank-err-closed = The round is closed: your choices cannot change any more.
round-your-result = Your result
round-why-not-higher = Why not a higher choice?
round-why-you-unplaced = Why you got no place
round-see-placement = See your placement
round-placement-next = The organisation is now looking at your application. You will hear when it decides.
round-no-choices-made = You made no choices in this round.
round-placement-note = Via { $round }

## The result in plain words
round-result-placed = You have been placed at { $vacancy } of { $organisation }: your { $nth } choice.
round-result-placed-unranked = You have been placed at { $vacancy } of { $organisation }.
round-result-unplaced = You did not get a place in this round.
round-result-no-choices = You made no choices, so you did not get a place in this round.
round-result-moved = Your placement coordinator changed your placement by hand.
round-result-skipped = You had applied to { $vacancy } already. That application simply stays.
round-result-next = Your placement coordinator can put you in a next round, or you look for a vacancy yourself.
round-by-distance = living closer to it
round-by-no-home = with a known address; we do not know yours
round-by-own-school = from the school nearest to the vacancy
round-by-lottery = drawn earlier in the lottery
round-why-full = Your { $nth } choice ({ $vacancy }) was full: { $seats ->
    [one] its only place went to a pupil with a higher priority
   *[other] all { $seats } places went to pupils with a higher priority
} ({ $by }).
round-why-no-seats = Your { $nth } choice ({ $vacancy }) had no places left.
round-why-too-young = Your { $nth } choice ({ $vacancy }) was not possible: you are too young for this vacancy.
round-why-rules = Your { $nth } choice ({ $vacancy }) was not possible: the rules for work by minors do not allow its hours or work at your age.
round-why-other-school = Your { $nth } choice ({ $vacancy }) was not possible: it is only for pupils of other schools.
round-why-closed = Your { $nth } choice ({ $vacancy }) was not possible: the vacancy is not open any more.
round-why-already-there = Your { $nth } choice ({ $vacancy }): you had applied there already.
round-why-tie = Your { $nth } choice ({ $vacancy }) went to another pupil. Several matchings were exactly as good; the lottery chose this one.
round-why-raises-total-rank = Your { $nth } choice ({ $vacancy }) went to another pupil: had you got it, other pupils would together have ended up worse off.
round-why-fewer-placed = Your { $nth } choice ({ $vacancy }) went to another pupil: had you got it, another pupil would have got no place at all.

## Notices
flash-round-created = The round was created as a draft.
flash-round-opened = The round is open. The pupils have been sent a message.
flash-round-closed = The round is closed.
flash-round-run = The matching is ready. Pupils see it only once you publish.
flash-round-choose-mode = Choose a way of matching.
flash-round-moved = The pupil was placed again.
flash-round-move-full = That vacancy has no place left. Place another pupil elsewhere first.
flash-round-move-not-open = That vacancy does not fit this pupil (age, school or no longer open).
flash-round-move-already-there = The pupil has applied there already.
flash-round-move-choose = Choose a pupil.
flash-round-what-if-choose = Choose a vacancy and a number of extra places.
flash-round-confirm-publish = First tick that you have checked the matching.
flash-round-published = The round is published. The pupils and organisations have been told.
flash-round-published-already = This round was published already; nothing changed.
flash-round-not-draft = The round has been opened already.
flash-round-not-open = The round is not open.
flash-round-still-open = The round is still open. Close it first.
flash-round-not-run = Match the round first.
flash-ranking-saved = Your choices have been saved.

## Messages (mail and notification)
notify-round-opened = Choose your vacancies in { $round }
notify-round-opened-subject = Choose your vacancies: { $round }
notify-round-opened-body = Hi { $name },

    You can now choose your favourite vacancies in { $round }. Put at most { $choices } in order, the one you want most first. You can do this until { $deadline }:

    { $link }
notify-round-placed = Result of { $round }: you were placed at { $vacancy }
notify-round-placed-subject = Result: { $round }
notify-round-placed-body = Hi { $name },

    The result of { $round } is out. You have been placed at { $vacancy } of { $organisation }: your choice number { $rank }. The organisation is now looking at your application.

    Read your result and why: { $link }
notify-round-unplaced = Result of { $round }: you did not get a place
notify-round-unplaced-subject = Result: { $round }
notify-round-unplaced-body = Hi { $name },

    The result of { $round } is out. Unfortunately you did not get a place in this round. Read why, and what you can do now:

    { $link }
notify-round-skipped = Result of { $round }: your application to { $vacancy } stays
notify-round-skipped-subject = Result: { $round }
notify-round-skipped-body = Hi { $name },

    The result of { $round } is out. You were placed at { $vacancy }, where you had applied already; that application simply stays.

    { $link }
notify-round-candidates = { $count ->
    [one] 1 new candidate via { $round }
   *[other] { $count } new candidates via { $round }
}
notify-round-candidates-subject = New candidates via { $round }
notify-round-candidates-body = Dear { $name },

    Through { $round } { $count ->
        [one] 1 pupil has been proposed
       *[other] { $count } pupils have been proposed
    } for your vacancies. Look at the candidates and say whom you accept:

    { $link }
