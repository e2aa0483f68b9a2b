-- A pupil's parents or guardians: up to two, each with their relation to her, to ask for
-- consent and to reach in an emergency. They replace the single parent address on the pupil.
CREATE TABLE guardians (
    id         UUID PRIMARY KEY NOT NULL,
    pupil_id   UUID NOT NULL REFERENCES pupils (id),
    position   INTEGER NOT NULL CHECK (position IN (1, 2)),
    name       TEXT NOT NULL DEFAULT '',
    relation   TEXT NOT NULL DEFAULT '' CHECK (relation IN ('', 'parent', 'mother', 'father', 'guardian', 'foster', 'other')),
    email      TEXT,
    phone      TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (pupil_id, position)
);

INSERT INTO guardians (id, pupil_id, position, email, created_at, updated_at)
    SELECT gen_random_uuid(), id, 1, parent_email, updated_at, updated_at FROM pupils
    WHERE parent_email IS NOT NULL AND parent_email <> '';

ALTER TABLE pupils DROP COLUMN parent_email;
