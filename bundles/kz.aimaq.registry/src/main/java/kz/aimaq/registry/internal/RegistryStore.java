package kz.aimaq.registry.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;

/** The registry's tables ({@code registry_unit}, {@code registry_fact}), plain JDBC. */
final class RegistryStore {

    /** Work inside one transaction. */
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private static final String UNIT_COLUMNS = "code, kind, parent_code, name_kk, name_ru, name_latin, own_budget,"
            + " valid_from, valid_to";
    private static final int BATCH = 2000;

    private final DataSource dataSource;

    RegistryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void inTransaction(Work work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    boolean isEmpty() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM registry_unit");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    List<Unit> current(Map<String, Long> population) throws SQLException {
        return units("SELECT " + UNIT_COLUMNS + " FROM registry_unit WHERE valid_to IS NULL", null, population);
    }

    List<Unit> history(String code) throws SQLException {
        return units("SELECT " + UNIT_COLUMNS + " FROM registry_unit WHERE code = ? ORDER BY id", code, Map.of());
    }

    private List<Unit> units(String sql, String code, Map<String, Long> population) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (code != null) {
                s.setString(1, code);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Date validTo = rs.getDate(9);
                    String unitCode = rs.getString(1);
                    units.add(new Unit(unitCode, UnitKind.ofId(rs.getString(2)).orElseThrow(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            validTo == null ? population.get(unitCode) : null, rs.getBoolean(7),
                            rs.getDate(8).toLocalDate(), validTo == null ? null : validTo.toLocalDate()));
                }
            }
        }
        return units;
    }

    void insert(Connection c, List<Unit> units, String katoVersion, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_unit (region, " + UNIT_COLUMNS
                + ", kato_version, change_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Unit u : units) {
                s.setString(1, u.regionPrefix());
                s.setString(2, u.code());
                s.setString(3, u.kind().id());
                s.setString(4, u.parentCode());
                s.setString(5, u.nameKk());
                s.setString(6, u.nameRu());
                s.setString(7, u.nameLatin());
                s.setBoolean(8, u.ownBudget());
                s.setDate(9, Date.valueOf(u.validFrom()));
                s.setNull(10, Types.DATE);
                s.setString(11, katoVersion);
                s.setString(12, note);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    /** Ends the current version of {@code code} on {@code day}; false if it had none. */
    boolean close(Connection c, String code, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE registry_unit SET valid_to = ? WHERE code = ? AND valid_to IS NULL")) {
            s.setDate(1, Date.valueOf(day));
            s.setString(2, code);
            return s.executeUpdate() == 1;
        }
    }

    void insertFacts(Connection c, List<Fact> facts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_fact (region, code, fact_key,"
                + " period_start, period_end, fact_value, source) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Fact f : facts) {
                s.setString(1, f.code().substring(0, 2));
                s.setString(2, f.code());
                s.setString(3, f.key());
                s.setDate(4, Date.valueOf(f.periodStart()));
                s.setDate(5, Date.valueOf(f.periodEnd()));
                s.setString(6, f.value());
                s.setString(7, f.source());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    List<Fact> facts(String code) throws SQLException {
        List<Fact> facts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT code, fact_key, period_start, period_end, fact_value, source FROM registry_fact"
                        + " WHERE code = ? ORDER BY fact_key, period_start, id")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new Fact(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return facts;
    }

    /** The latest total population per code. */
    Map<String, Long> population() throws SQLException {
        Map<String, Long> population = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT code, fact_value FROM registry_fact WHERE fact_key = ? ORDER BY period_end, id")) {
            s.setString(1, Fact.POPULATION_TOTAL);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    population.put(rs.getString(1), Long.valueOf(rs.getString(2)));
                }
            }
        }
        return population;
    }
}
