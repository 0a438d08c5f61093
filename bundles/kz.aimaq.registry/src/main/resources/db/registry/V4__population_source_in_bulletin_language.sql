-- Population facts seeded before this version cited the bulletin's row in English ("…, лист 02, row 103");
-- the citation is in the bulletin's own language throughout.
UPDATE registry_fact SET source = REPLACE(source, ', row ', ', строка ') WHERE source LIKE '%, лист 0_, row %';
