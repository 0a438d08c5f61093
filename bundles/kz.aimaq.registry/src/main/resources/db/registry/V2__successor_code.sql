-- A version that ended because the unit continued under another code (a move, such as the
-- 2022 reform's 191000000 -> 331000000) names that code; null for every other version.
ALTER TABLE registry_unit ADD COLUMN successor_code VARCHAR(9);
