-- The pupil's vacancy search (placements::store::vacancies::search_sql) reads every open
-- vacancy twice per request: once to count, once to pick the page nearest her home.
--
-- 1. `restricted`: whether a vacancy is limited to some schools (has vacancy_schools rows).
--    Without it the search probed vacancy_schools once or twice for every open vacancy, about
--    half of the search's cost once restrictions exist. It is a cache of vacancy_schools, kept
--    by the triggers below for every writer (the store, tests, imports).
-- 2. `vacancies_search`: every column the search reads, so counting and picking the page never
--    read the table rows (wide, with descriptions); the page's 25 rows are looked up by id.

ALTER TABLE vacancies ADD COLUMN restricted BOOLEAN NOT NULL DEFAULT 0;
UPDATE vacancies SET restricted = 1 WHERE id IN (SELECT vacancy_id FROM vacancy_schools);

CREATE TRIGGER vacancy_schools_restrict AFTER INSERT ON vacancy_schools
BEGIN
    UPDATE vacancies SET restricted = 1 WHERE id = NEW.vacancy_id AND NOT restricted;
END;

CREATE TRIGGER vacancy_schools_unrestrict AFTER DELETE ON vacancy_schools
BEGIN
    UPDATE vacancies SET restricted = EXISTS (SELECT 1 FROM vacancy_schools WHERE vacancy_id = OLD.vacancy_id)
    WHERE id = OLD.vacancy_id;
END;

CREATE TRIGGER vacancy_schools_move AFTER UPDATE OF vacancy_id ON vacancy_schools
BEGIN
    UPDATE vacancies SET restricted = 1 WHERE id = NEW.vacancy_id AND NOT restricted;
    UPDATE vacancies SET restricted = EXISTS (SELECT 1 FROM vacancy_schools WHERE vacancy_id = OLD.vacancy_id)
    WHERE id = OLD.vacancy_id;
END;

CREATE INDEX vacancies_search ON vacancies
    (status, ends_on, starts_on, min_age, lat, lon, expected_hours, kind, category, search_text, restricted, id);
