-- An import writes its file's name as the KATO version of the units it adds: 40 characters
-- refused ordinary names such as "kato-2027-update-from-the-bureau-of-national-statistics.csv".
ALTER TABLE registry_unit ALTER COLUMN kato_version SET DATA TYPE VARCHAR(400);
