package kz.aimaq.storage.internal.platform;

import java.sql.Connection;
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
                try (PreparedStatement s = c.prepareStatement("DELETE FROM region_policy")) {
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO region_policy (module, region) VALUES (?, ?)")) {
                    for (Map.Entry<String, Set<String>> module : modules.entrySet()) {
                        for (String region : module.getValue()) {
                            s.setString(1, module.getKey());
                            s.setString(2, region);
                            s.addBatch();
                        }
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM region_policy_saved")) {
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO region_policy_saved (id, saved_at) VALUES (1, ?)")) {
                    s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    s.executeUpdate();
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
