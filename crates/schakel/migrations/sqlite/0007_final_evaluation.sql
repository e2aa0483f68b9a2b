-- An evaluation stays interim until the host gives the final one, which completes the
-- placement (with a reason when it ends before its end date). Evaluations of placements that
-- completed before were final.
ALTER TABLE evaluations ADD COLUMN is_final BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE evaluations ADD COLUMN early_reason TEXT NOT NULL DEFAULT '';
UPDATE evaluations SET is_final = 1 WHERE placement_id IN (SELECT id FROM placements WHERE status = 'completed');

-- Each host's list of hours to review reads the waiting entries across her placements.
CREATE INDEX hours_entries_submitted ON hours_entries (on_date, placement_id) WHERE status = 'submitted';
