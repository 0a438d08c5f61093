package kz.aimaq.storage.internal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.PolicyException;

/** The platform's tables ({@code region_policy}, {@code audit_log}), plain JDBC on H2 and PostgreSQL. */
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

    AuditEntry append(String user, String action, String target, String before, String after) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_log (at, user_name, action, target, before_state, after_state)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            s.setString(2, user);
            s.setString(3, action);
            s.setString(4, target);
            s.setString(5, before == null ? "" : before);
            s.setString(6, after == null ? "" : after);
            s.executeUpdate();
        }
        return new AuditEntry(now, user, action, target, before == null ? "" : before, after == null ? "" : after);
    }

    List<AuditEntry> entries() throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT at, user_name, action, target, before_state, after_state FROM audit_log ORDER BY id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return entries;
    }

    static PolicyException policyProblem(String what, SQLException e) {
        return new PolicyException("the region policy could not be " + what + " in the database (table region_policy): "
                + e.getMessage());
    }
}
