-- One row per data set, period and unit: the latest values, and when the return first arrived
-- (timeliness is judged by that). Values are the canonical "key=value" lines the hash covers.
CREATE TABLE return_submission (
    data_set VARCHAR(64) NOT NULL,
    period VARCHAR(16) NOT NULL,
    unit_code VARCHAR(9) NOT NULL,
    submitted_by VARCHAR(128) NOT NULL,
    first_received_at TIMESTAMP NOT NULL,
    last_received_at TIMESTAMP NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    content_values VARCHAR(100000) NOT NULL,
    PRIMARY KEY (data_set, period, unit_code)
);
CREATE INDEX return_submission_period ON return_submission (data_set, period);
