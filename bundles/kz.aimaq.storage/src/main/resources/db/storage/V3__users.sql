-- The users of a central installation: each signs in with their own database login, and this
-- table says which roles (comma-separated role ids, e.g. regional-admin,analyst) and which
-- scope (000000000 for the nation, else the KATO code of a region, district or okrug) it has.
-- Row-level security in PostgreSQL reads it too (see CentralSecurity).
CREATE TABLE app_user (
    login VARCHAR(63) PRIMARY KEY,
    roles VARCHAR(400) NOT NULL,
    scope VARCHAR(9) NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
