-- The pupil's vacancy search (placements::store::vacancies::search_sql) reads every open
-- vacancy twice per request: once to count, once to pick the page nearest her home.
--
-- `restricted`: whether a vacancy is limited to some schools (has vacancy_schools rows), so
-- the search looks in vacancy_schools only for those. It is a cache of vacancy_schools, kept by
-- the trigger below for every writer (the store, tests, imports).
--
-- The SQLite migration of this version also adds `vacancies_search`, a covering index.
-- PostgreSQL does not need it: measured on the full demo network, and on one with nine more
-- years of closed and archived vacancies, the search cost the same with an index-only scan as
-- with `vacancies_status` and the heap; its cost is evaluating the filters and the distance for
-- each open vacancy, not reading rows.

ALTER TABLE vacancies ADD COLUMN restricted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE vacancies SET restricted = TRUE WHERE id IN (SELECT vacancy_id FROM vacancy_schools);

CREATE FUNCTION vacancy_schools_restricted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE vacancies SET restricted = TRUE WHERE id = NEW.vacancy_id AND NOT restricted;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE vacancies SET restricted = EXISTS (SELECT 1 FROM vacancy_schools WHERE vacancy_id = OLD.vacancy_id)
        WHERE id = OLD.vacancy_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER vacancy_schools_restricted AFTER INSERT OR UPDATE OF vacancy_id OR DELETE ON vacancy_schools
    FOR EACH ROW EXECUTE FUNCTION vacancy_schools_restricted();
