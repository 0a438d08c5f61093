-- What the taxpayer × КБК accounts of an okrug still owe after all their payments, summed per
-- okrug × КБК × due date (see ArrearsSummary): kept current in the transaction of every payment
-- import, assessment and demo set, so that arrears totals as of today and later are read from here,
-- not computed from every payment. Dates of 9999-12-31 mean "none".
CREATE TABLE tax_arrears_due (
    okrug VARCHAR(9) NOT NULL,
    kbk VARCHAR(6) NOT NULL,
    due_date DATE NOT NULL,
    accruing_from DATE NOT NULL,
    aged_from DATE NOT NULL,
    penalty_aged_from DATE NOT NULL,
    unpaid_tiyn BIGINT NOT NULL,
    penalty_tiyn DECIMAL(30, 8) NOT NULL,
    accounts BIGINT NOT NULL,
    due_accounts BIGINT NOT NULL,
    PRIMARY KEY (okrug, kbk, due_date, accruing_from, aged_from, penalty_aged_from)
);
