-- Recent payments: on H2 an import writes here, and the payment mover carries the rows into
-- tax_payment in large sorted batches behind the user's back. An import into tax_payment itself
-- slows as the table grows, since its rows land all over the table's key, whose pages stop fitting
-- H2's page cache (docs/benchmarks.md); this table stays small, so its pages do fit. Every read of
-- payments takes both tables. On PostgreSQL imports write into tax_payment and this table stays empty.
CREATE TABLE tax_payment_recent (
    okrug VARCHAR(9) NOT NULL,
    payer_id VARCHAR(12) NOT NULL,
    kbk VARCHAR(6) NOT NULL,
    row_key VARCHAR(64) NOT NULL,
    pay_date DATE NOT NULL,
    knp VARCHAR(3) NOT NULL,
    amount_tiyn BIGINT NOT NULL,
    document VARCHAR(60) NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    file_line BIGINT NOT NULL,
    CONSTRAINT tax_payment_recent_key PRIMARY KEY (okrug, payer_id, kbk, row_key)
);
-- How many batches the mover has carried out of each okrug: an import compares their total with
-- the total its preview saw, and looks again for rows stored meanwhile, in both tables, only when a
-- batch moved in between (a row stored meanwhile that stayed here is caught by this table's key).
CREATE TABLE tax_payment_moves (
    okrug VARCHAR(9) NOT NULL PRIMARY KEY,
    batches BIGINT NOT NULL
);
-- The duplicate look-up of an import by day: a row key hashes the payment's day, so a row can only
-- have been imported before on its own day. A bank statement covers a few days, so its look-up reads
-- the pages of those days, however many payments the table holds; by (okrug, payer) it read pages
-- all over the table (docs/benchmarks.md). The mover writes these entries in day order too.
CREATE INDEX tax_payment_day ON tax_payment (pay_date, okrug, row_key);
