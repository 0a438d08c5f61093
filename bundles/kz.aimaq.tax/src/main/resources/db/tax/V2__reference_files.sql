-- Newer versions of the national reference tables that an administrator imported; the latest
-- version of a table replaces the shipped file. A national table, not keyed by okrug: on Citus a
-- reference table copied to every node.
CREATE TABLE tax_reference_file (
    table_name VARCHAR(40) NOT NULL,
    version INTEGER NOT NULL,
    file_name VARCHAR(400) NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    content VARCHAR(200000) NOT NULL,
    imported_by VARCHAR(200) NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (table_name, version)
);
