-- A unit's history (its own versions and those of earlier codes that continued as it) is asked for
-- on every selection in the explorer and by the returns' expectations: without this index each
-- question read the whole unit table.
CREATE INDEX IF NOT EXISTS registry_unit_successor ON registry_unit (successor_code);
