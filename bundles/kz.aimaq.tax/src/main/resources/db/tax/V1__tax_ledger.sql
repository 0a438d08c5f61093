-- Local taxes of fourth-level budgets. Every table's key starts with okrug, the 9-digit KATO
-- code of the receiving budget, so PostgreSQL can partition and Citus distribute every table
-- by it (see the bundle README for that DDL). Money is tiyn in BIGINT.
CREATE TABLE tax_taxpayer (
    okrug VARCHAR(9) NOT NULL,
    taxpayer_id VARCHAR(12) NOT NULL,
    id_kind VARCHAR(3) NOT NULL,
    name VARCHAR(400) NOT NULL,
    synthetic BOOLEAN NOT NULL,
    PRIMARY KEY (okrug, taxpayer_id)
);

CREATE TABLE tax_object (
    okrug VARCHAR(9) NOT NULL,
    object_id VARCHAR(40) NOT NULL,
    taxpayer_id VARCHAR(12) NOT NULL,
    tax_kind VARCHAR(10) NOT NULL,
    property_base_tiyn BIGINT,
    land_category VARCHAR(40),
    land_area_m2 BIGINT,
    vehicle_class VARCHAR(12),
    vehicle_measure INTEGER,
    vehicle_year_built INTEGER,
    vehicle_imported_on DATE,
    owned_from DATE NOT NULL,
    owned_to DATE,
    synthetic BOOLEAN NOT NULL,
    PRIMARY KEY (okrug, object_id)
);
CREATE INDEX tax_object_owner ON tax_object (okrug, taxpayer_id);

CREATE TABLE tax_assessment (
    okrug VARCHAR(9) NOT NULL,
    object_id VARCHAR(40) NOT NULL,
    tax_year INTEGER NOT NULL,
    taxpayer_id VARCHAR(12) NOT NULL,
    kbk VARCHAR(6) NOT NULL,
    amount_tiyn BIGINT NOT NULL,
    due_date DATE NOT NULL,
    computation VARCHAR(2000) NOT NULL,
    unverified BOOLEAN NOT NULL,
    PRIMARY KEY (okrug, object_id, tax_year)
);
CREATE INDEX tax_assessment_payer ON tax_assessment (okrug, taxpayer_id, kbk);

-- One row per okrug a payment file touched: the file's hash recognises a second import.
CREATE TABLE tax_import (
    okrug VARCHAR(9) NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    file_name VARCHAR(400) NOT NULL,
    payments INTEGER NOT NULL,
    amount_tiyn BIGINT NOT NULL,
    imported_by VARCHAR(200) NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (okrug, file_sha256)
);
CREATE INDEX tax_import_file ON tax_import (file_sha256);

-- row_key: SHA-256 of the normalised row (date, payer, КБК, КНП, amount, document, okrug), so a
-- row imported again in another file is recognised and not counted twice.
CREATE TABLE tax_payment (
    okrug VARCHAR(9) NOT NULL,
    row_key VARCHAR(64) NOT NULL,
    pay_date DATE NOT NULL,
    payer_id VARCHAR(12) NOT NULL,
    kbk VARCHAR(6) NOT NULL,
    knp VARCHAR(3) NOT NULL,
    amount_tiyn BIGINT NOT NULL,
    document VARCHAR(60) NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    file_line BIGINT NOT NULL,
    PRIMARY KEY (okrug, row_key)
);
CREATE INDEX tax_payment_payer ON tax_payment (okrug, payer_id, kbk);

-- Receipts per okrug, month, КБК and КНП, kept current in the import's transaction: views and
-- roll-ups read this, never the payments.
CREATE TABLE tax_receipt_month (
    okrug VARCHAR(9) NOT NULL,
    tax_year INTEGER NOT NULL,
    tax_month INTEGER NOT NULL,
    kbk VARCHAR(6) NOT NULL,
    knp VARCHAR(3) NOT NULL,
    amount_tiyn BIGINT NOT NULL,
    payments BIGINT NOT NULL,
    PRIMARY KEY (okrug, tax_year, tax_month, kbk, knp)
);

-- The maslikhat's plan per okrug, year and КБК; each amendment is a new version of the okrug's year.
CREATE TABLE tax_plan (
    okrug VARCHAR(9) NOT NULL,
    plan_year INTEGER NOT NULL,
    kbk VARCHAR(6) NOT NULL,
    version INTEGER NOT NULL,
    amount_tiyn BIGINT NOT NULL,
    decision VARCHAR(400) NOT NULL,
    imported_by VARCHAR(200) NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (okrug, plan_year, kbk, version)
);
