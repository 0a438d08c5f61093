package kz.aimaq.storage.internal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL itself enforces in central mode, set up by the schema's owner (the
 * installer), never by the application's users:
 * <ul>
 * <li>a group role for the application's users (each signs in with their own login, SCRAM):
 * it reads every table, appends to the audit log, and has no right to UPDATE, DELETE or
 * TRUNCATE it; triggers refuse those to everyone but a superuser, refuse an entry written
 * in another login's name, and let the log's head only move forward to an entry that exists;</li>
 * <li>row-level security on every table that holds regional data ({@link #regionalTables}): a
 * user inserts or updates only rows inside the scope that {@code app_user} gives their login,
 * and only with a role that edits; the tax ledger's personal data is also read and deleted only
 * there; nobody deletes elsewhere. The region policy is changed by national administrators and,
 * for their region, regional ones.</li>
 * </ul>
 * Idempotent: run again after an upgrade adds regional tables.
 */
public final class CentralSecurity {

    private CentralSecurity() {
    }

    /** @param appRole the group role every user's login is a member of, e.g. {@code aimaq_app} */
    public static void apply(Connection c, String appRole) throws SQLException {
        if (!appRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("'" + appRole + "' is not a plain PostgreSQL role name");
        }
        String schema;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + appRole
                    + "') THEN CREATE ROLE " + appRole + " NOLOGIN; END IF; END $$");
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + appRole);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + appRole);
            s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC, " + appRole);
            s.execute("GRANT INSERT ON audit_entry TO " + appRole);
            s.execute("GRANT UPDATE ON audit_head TO " + appRole);
            auditTriggers(s, appRole);
            s.execute("CREATE OR REPLACE FUNCTION aimaq_may_write(row_region VARCHAR) RETURNS BOOLEAN"
                    + " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + schema + " AS $$"
                    + " SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.login = session_user"
                    + " AND u.roles ~ '" + EDITING_ROLES + "'"
                    + " AND (u.scope = '000000000' OR substr(u.scope, 1, 2) = row_region)) $$");
            // A 9-digit KATO code lies in the scope when it starts with the scope's significant digits
            // (region 2, district 4, okrug 6): the same rule as Scope.covers.
            s.execute("CREATE OR REPLACE FUNCTION aimaq_covers(kato VARCHAR) RETURNS BOOLEAN"
                    + " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + schema + " AS $$"
                    + " SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.login = session_user AND (u.scope = '000000000'"
                    + " OR left(kato, CASE WHEN u.scope LIKE '__0000000' THEN 2 WHEN u.scope LIKE '____00000' THEN 4"
                    + " ELSE 6 END) = left(u.scope, CASE WHEN u.scope LIKE '__0000000' THEN 2"
                    + " WHEN u.scope LIKE '____00000' THEN 4 ELSE 6 END))) $$");
            s.execute("CREATE OR REPLACE FUNCTION aimaq_may_write_unit(kato VARCHAR) RETURNS BOOLEAN"
                    + " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + schema + " AS $$"
                    + " SELECT aimaq_covers(kato) AND EXISTS (SELECT 1 FROM app_user u WHERE u.login = session_user"
                    + " AND u.roles ~ '" + EDITING_ROLES + "') $$");
            for (RegionalTable table : regionalTables(c, schema)) {
                String name = table.name();
                s.execute("ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY");
                for (String policy : new String[] {"aimaq_read", "aimaq_insert", "aimaq_update", "aimaq_delete"}) {
                    s.execute("DROP POLICY IF EXISTS " + policy + " ON " + name);
                }
                String write = table.column().equals("region") ? "aimaq_may_write(region)"
                        : "aimaq_may_write_unit(" + table.column() + ")";
                String read = table.personal() ? "aimaq_covers(" + table.column() + ")" : "true";
                s.execute("CREATE POLICY aimaq_read ON " + name + " FOR SELECT TO " + appRole + " USING (" + read + ")");
                s.execute("CREATE POLICY aimaq_insert ON " + name + " FOR INSERT TO " + appRole
                        + " WITH CHECK (" + write + ")");
                s.execute("CREATE POLICY aimaq_update ON " + name + " FOR UPDATE TO " + appRole
                        + " USING (" + write + ") WITH CHECK (" + write + ")");
                s.execute("GRANT INSERT, UPDATE ON " + name + " TO " + appRole);
                if (table.personal()) {
                    // the tax ledger recomputes an okrug's assessments by deleting and writing them again
                    s.execute("CREATE POLICY aimaq_delete ON " + name + " FOR DELETE TO " + appRole
                            + " USING (" + write + ")");
                    s.execute("GRANT DELETE ON " + name + " TO " + appRole);
                } else {
                    s.execute("REVOKE DELETE ON " + name + " FROM " + appRole);
                }
            }
            regionPolicy(s, appRole, schema);
            userTable(s, appRole, schema);
            s.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + appRole);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * The region policy: a national administrator enables a module anywhere ({@code all} too), a
     * regional one only in the region of their scope; nobody else changes it.
     */
    private static void regionPolicy(Statement s, String appRole, String schema) throws SQLException {
        s.execute("CREATE OR REPLACE FUNCTION aimaq_may_manage_modules(row_region VARCHAR) RETURNS BOOLEAN"
                + " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + schema + " AS $$"
                + " SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.login = session_user"
                + " AND (u.roles ~ '(^|,)\\s*national-admin\\s*(,|$)' AND u.scope = '000000000'"
                + " OR u.roles ~ '(^|,)\\s*regional-admin\\s*(,|$)' AND row_region <> 'all'"
                + " AND left(row_region, 2) = left(u.scope, 2))) $$");
        s.execute("ALTER TABLE region_policy ENABLE ROW LEVEL SECURITY");
        for (String policy : new String[] {"aimaq_read", "aimaq_insert", "aimaq_update", "aimaq_delete"}) {
            s.execute("DROP POLICY IF EXISTS " + policy + " ON region_policy");
        }
        s.execute("CREATE POLICY aimaq_read ON region_policy FOR SELECT TO " + appRole + " USING (true)");
        s.execute("CREATE POLICY aimaq_insert ON region_policy FOR INSERT TO " + appRole
                + " WITH CHECK (aimaq_may_manage_modules(region))");
        s.execute("CREATE POLICY aimaq_delete ON region_policy FOR DELETE TO " + appRole
                + " USING (aimaq_may_manage_modules(region))");
        s.execute("GRANT INSERT, DELETE ON region_policy TO " + appRole);
        s.execute("GRANT INSERT, UPDATE ON region_policy_saved TO " + appRole);
    }

    /**
     * The users table: a national administrator adds and removes anyone; a regional one only users
     * whose scope lies in their region, and never a national administrator. (Saving a user is a
     * delete and an insert, in one transaction with its audit entry.)
     */
    private static void userTable(Statement s, String appRole, String schema) throws SQLException {
        s.execute("CREATE OR REPLACE FUNCTION aimaq_may_manage_user(row_scope VARCHAR, row_roles VARCHAR)"
                + " RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + schema + " AS $$"
                + " SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.login = session_user"
                + " AND (u.roles ~ '(^|,)\\s*national-admin\\s*(,|$)' AND u.scope = '000000000'"
                + " OR u.roles ~ '(^|,)\\s*regional-admin\\s*(,|$)' AND row_roles !~ 'national-admin'"
                + " AND row_scope <> '000000000' AND u.scope LIKE '__0000000' AND left(row_scope, 2) = left(u.scope, 2)))"
                + " $$");
        s.execute("ALTER TABLE app_user ENABLE ROW LEVEL SECURITY");
        for (String policy : new String[] {"aimaq_read", "aimaq_insert", "aimaq_delete"}) {
            s.execute("DROP POLICY IF EXISTS " + policy + " ON app_user");
        }
        s.execute("CREATE POLICY aimaq_read ON app_user FOR SELECT TO " + appRole + " USING (true)");
        s.execute("CREATE POLICY aimaq_insert ON app_user FOR INSERT TO " + appRole
                + " WITH CHECK (aimaq_may_manage_user(scope, roles) AND changed_by = session_user)");
        s.execute("CREATE POLICY aimaq_delete ON app_user FOR DELETE TO " + appRole
                + " USING (aimaq_may_manage_user(scope, roles))");
        s.execute("GRANT INSERT, DELETE ON app_user TO " + appRole);
    }

    private static void auditTriggers(Statement s, String appRole) throws SQLException {
        s.execute("CREATE OR REPLACE FUNCTION aimaq_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'the audit log is append-only: % of audit_entry refused', TG_OP; END $$");
        s.execute("DROP TRIGGER IF EXISTS aimaq_audit_no_rewrite ON audit_entry");
        s.execute("CREATE TRIGGER aimaq_audit_no_rewrite BEFORE UPDATE OR DELETE ON audit_entry"
                + " FOR EACH ROW EXECUTE FUNCTION aimaq_audit_append_only()");
        s.execute("DROP TRIGGER IF EXISTS aimaq_audit_no_truncate ON audit_entry");
        s.execute("CREATE TRIGGER aimaq_audit_no_truncate BEFORE TRUNCATE ON audit_entry"
                + " FOR EACH STATEMENT EXECUTE FUNCTION aimaq_audit_append_only()");
        s.execute("CREATE OR REPLACE FUNCTION aimaq_audit_own_name() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN IF pg_has_role(session_user, '" + appRole + "', 'MEMBER') AND NEW.user_name <> session_user"
                + " THEN RAISE EXCEPTION 'an audit entry in the name of % refused to login %', NEW.user_name,"
                + " session_user; END IF; RETURN NEW; END $$");
        s.execute("DROP TRIGGER IF EXISTS aimaq_audit_own_name ON audit_entry");
        s.execute("CREATE TRIGGER aimaq_audit_own_name BEFORE INSERT ON audit_entry"
                + " FOR EACH ROW EXECUTE FUNCTION aimaq_audit_own_name()");
        s.execute("CREATE OR REPLACE FUNCTION aimaq_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN IF NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1 OR NOT EXISTS (SELECT 1 FROM audit_entry e"
                + " WHERE e.seq = NEW.seq AND e.entry_hash = NEW.entry_hash AND e.prev_hash = OLD.entry_hash)"
                + " THEN RAISE EXCEPTION 'the audit log''s head only moves to the entry appended after it'; END IF;"
                + " RETURN NEW; END $$");
        s.execute("DROP TRIGGER IF EXISTS aimaq_audit_head_forward ON audit_head");
        s.execute("CREATE TRIGGER aimaq_audit_head_forward BEFORE UPDATE ON audit_head"
                + " FOR EACH ROW EXECUTE FUNCTION aimaq_audit_head_forward()");
        s.execute("CREATE OR REPLACE FUNCTION aimaq_audit_head_kept() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'the audit log''s head cannot be removed'; END $$");
        s.execute("DROP TRIGGER IF EXISTS aimaq_audit_head_kept ON audit_head");
        s.execute("CREATE TRIGGER aimaq_audit_head_kept BEFORE DELETE ON audit_head"
                + " FOR EACH ROW EXECUTE FUNCTION aimaq_audit_head_kept()");
    }

    /**
     * A table that holds regional data, with the column that places each row: {@code region}
     * (KATO segment AB), or a 9-digit KATO code ({@code okrug} of the tax ledger, {@code unit_code}
     * of the reporting returns), checked down to the district or okrug of the user's scope.
     *
     * @param personal rows carry personal data (the tax ledger, keyed by okrug): readable only inside the scope
     */
    record RegionalTable(String name, String column, boolean personal) {
    }

    /** The roles that change data; the others (analyst) only read. */
    private static final String EDITING_ROLES =
            "(^|,)\\s*(national-admin|regional-admin|registry-editor|tax-officer)\\s*(,|$)";

    /** The columns that place a row, in order of preference. */
    private static final List<String> PLACING_COLUMNS = List.of("okrug", "unit_code", "region");

    /** The tables of the schema with a column that places their rows in a region: they hold regional data. */
    static List<RegionalTable> regionalTables(Connection c, String schema) throws SQLException {
        java.util.Map<String, RegionalTable> tables = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.table_name, c.column_name FROM information_schema.columns c"
                + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = ? AND c.column_name IN ('region', 'okrug', 'unit_code')"
                + " AND t.table_type = 'BASE TABLE' AND c.table_name NOT IN ('region_policy')")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String column = rs.getString(2);
                    RegionalTable known = tables.get(table);
                    if (known == null || PLACING_COLUMNS.indexOf(column) < PLACING_COLUMNS.indexOf(known.column())) {
                        tables.put(table, new RegionalTable(table, column, column.equals("okrug")));
                    }
                }
            }
        }
        return new ArrayList<>(tables.values());
    }
}
