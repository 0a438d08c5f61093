-- One audit log per installation, hash-chained: each entry's hash covers its content and the
-- previous entry's hash, so an entry altered, removed or inserted afterwards breaks the chain.
-- seq runs from 1 without gaps; audit_head holds the last entry's seq and hash, so that a removed
-- last entry is found too, and its row lock makes concurrent writers take turns.
-- The entries of audit_log (version 1) are moved into the chain at the first start.
CREATE TABLE audit_entry (
    seq BIGINT PRIMARY KEY,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name VARCHAR(200) NOT NULL,
    action VARCHAR(200) NOT NULL,
    target VARCHAR(400) NOT NULL,
    before_state VARCHAR(100000) NOT NULL,
    after_state VARCHAR(100000) NOT NULL,
    outcome VARCHAR(10) NOT NULL,
    prev_hash VARCHAR(64) NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_user ON audit_entry (user_name, seq);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    seq BIGINT NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, entry_hash) VALUES (1, 0, '');
