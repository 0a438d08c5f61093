package kz.aimaq.storage.internal.platform;

import java.sql.Connection;
import java.util.HashSet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditEntry.Outcome;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.PolicyException;

/** The platform's tables (region policy, audit log), plain JDBC on H2 and PostgreSQL. */
final class PlatformTables {

    static final String OWNER = "storage";
    static final String MIGRATIONS = "db/storage";

    private final DataSource dataSource;
    private final Clock clock;

    PlatformTables(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    Optional<Map<String, Set<String>>> loadPolicy() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM region_policy_saved");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            Map<String, Set<String>> modules = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT module, region FROM region_policy");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    modules.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
            return Optional.of(modules);
        }
    }

    void savePolicy(Map<String, Set<String>> modules) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // Only the rows that change: in central mode row-level security lets a regional administrator
                // touch only the rows of their region, and the others stay as they are.
                Set<List<String>> stored = new HashSet<>();
                try (PreparedStatement s = c.prepareStatement("SELECT module, region FROM region_policy");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.add(List.of(rs.getString(1), rs.getString(2)));
                    }
                }
                Set<List<String>> wanted = new HashSet<>();
                modules.forEach((module, regions) -> regions.forEach(region -> wanted.add(List.of(module, region))));
                try (PreparedStatement s = c.prepareStatement("DELETE FROM region_policy WHERE module = ? AND region = ?")) {
                    for (List<String> row : stored) {
                        if (!wanted.contains(row)) {
                            s.setString(1, row.get(0));
                            s.setString(2, row.get(1));
                            s.addBatch();
                        }
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO region_policy (module, region) VALUES (?, ?)")) {
                    for (List<String> row : wanted) {
                        if (!stored.contains(row)) {
                            s.setString(1, row.get(0));
                            s.setString(2, row.get(1));
                            s.addBatch();
                        }
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE region_policy_saved SET saved_at = ? WHERE id = 1")) {
                    s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    if (s.executeUpdate() == 0) {
                        try (PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO region_policy_saved (id, saved_at) VALUES (1, ?)")) {
                            insert.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                            insert.executeUpdate();
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Appends a change or refusal in a transaction of its own. */
    AuditEntry append(String user, String action, String target, String before, String after, Outcome outcome)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                AuditEntry entry = AuditChain.append(c, clock.instant(), user, action, target, before, after, outcome);
                c.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Appends a change in the caller's transaction. */
    AuditEntry append(Connection transaction, String user, String action, String target, String before, String after)
            throws SQLException {
        return AuditChain.append(transaction, clock.instant(), user, action, target, before, after, Outcome.DONE);
    }

    List<AuditEntry> entries(AuditQuery query) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditChain.find(c, query);
        }
    }

    AuditCheck verify() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditChain.verify(c);
        }
    }

    static PolicyException policyProblem(String what, SQLException e) {
        return new PolicyException("the region policy could not be " + what + " in the database (table region_policy): "
                + e.getMessage());
    }
}
