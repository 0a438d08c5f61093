package kz.aimaq.storage.internal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditEntry.Outcome;
import kz.aimaq.platform.api.AuditQuery;

/**
 * The hash chain in {@code audit_entry} and {@code audit_head}, plain JDBC on a connection the
 * caller owns (so an entry is written in the transaction of the change it records).
 */
final class AuditChain {

    private static final String COLUMNS = "seq, at, user_name, action, target, before_state, after_state, outcome,"
            + " entry_hash";

    private AuditChain() {
    }

    /**
     * Appends one entry after the current head. Locks the head row until the caller's transaction
     * ends, so concurrent writers chain one after another.
     */
    static AuditEntry append(Connection c, Instant when, String user, String action, String target, String before,
            String after, Outcome outcome) throws SQLException {
        long previousSeq;
        String previousHash;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, entry_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit log's head row (table audit_head, id 1) is missing: the log was"
                        + " tampered with; run 'audit verify'");
            }
            previousSeq = rs.getLong(1);
            previousHash = rs.getString(2);
        }
        Instant at = when.truncatedTo(ChronoUnit.MILLIS);
        AuditEntry unhashed = new AuditEntry(previousSeq + 1, at, user, text(action), text(target), text(before),
                text(after), outcome, "");
        String hash = hash(unhashed, previousHash);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry (seq, at, user_name, action, target,"
                + " before_state, after_state, outcome, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, unhashed.sequence());
            s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(3, unhashed.user());
            s.setString(4, unhashed.action());
            s.setString(5, unhashed.target());
            s.setString(6, unhashed.before());
            s.setString(7, unhashed.after());
            s.setString(8, outcome.name());
            s.setString(9, previousHash);
            s.setString(10, hash);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET seq = ?, entry_hash = ? WHERE id = 1")) {
            s.setLong(1, unhashed.sequence());
            s.setString(2, hash);
            s.executeUpdate();
        }
        return new AuditEntry(unhashed.sequence(), at, user, unhashed.action(), unhashed.target(), unhashed.before(),
                unhashed.after(), outcome, hash);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * SHA-256 over every field, each preceded by its length so that no two different entries
     * give the same text, and over the previous entry's hash.
     */
    static String hash(AuditEntry entry, String previousHash) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(entry.sequence()), entry.when().toString(), entry.user(),
                entry.action(), entry.target(), entry.before(), entry.after(), entry.outcome().name(), previousHash}) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The entries that match, oldest first; with a limit, the newest that many. */
    static List<AuditEntry> find(Connection c, AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (given(query.user())) {
            sql.append(" AND user_name = ?");
            parameters.add(query.user().trim());
        }
        if (given(query.action())) {
            sql.append(" AND action LIKE ? ESCAPE '!'");
            parameters.add(escapeLike(query.action().trim()) + "%");
        }
        if (given(query.unit())) {
            sql.append(" AND target LIKE ? ESCAPE '!'");
            parameters.add("%" + escapeLike(query.unit().trim()) + "%");
        }
        if (query.from() != null) {
            sql.append(" AND at >= ?");
            parameters.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND at < ?");
            parameters.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        sql.append(" ORDER BY seq DESC");
        if (query.limit() > 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
        }
        Collections.reverse(entries);
        return entries;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), outcome(rs.getString(8)),
                rs.getString(9));
    }

    private static Outcome outcome(String stored) {
        return "REFUSED".equals(stored) ? Outcome.REFUSED : Outcome.DONE;
    }

    /**
     * Walks the chain from the first entry and names the first one that was altered, removed or
     * inserted. Reads in one pass, so it runs over millions of entries in constant memory.
     */
    static AuditCheck verify(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, entry_hash FROM audit_head WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return new AuditCheck(0, 1, "the audit log's head (table audit_head) was deleted: entries may have"
                        + " been removed from its end");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long expected = 1;
        String previousHash = "";
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", prev_hash, outcome AS stored_outcome"
                + " FROM audit_entry ORDER BY seq")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = entry(rs);
                    long seq = entry.sequence();
                    if (seq > headSeq) {
                        return new AuditCheck(expected - 1, seq, "entry " + seq + " was inserted: the log ends at"
                                + " entry " + headSeq);
                    }
                    if (seq != expected) {
                        return new AuditCheck(expected - 1, expected, "entry " + expected + " was removed"
                                + (seq == expected + 1 ? "" : " (and the entries up to " + (seq - 1) + ")")
                                + ": entry " + (expected - 1) + " is followed by entry " + seq);
                    }
                    if (!rs.getString(10).equals(previousHash)) {
                        return new AuditCheck(expected - 1, seq, "entry " + seq + " does not follow entry " + (seq - 1)
                                + ": an entry was inserted or replaced here, or entry " + (seq - 1)
                                + " was altered and rehashed");
                    }
                    if (!"DONE".equals(rs.getString(11)) && !"REFUSED".equals(rs.getString(11))
                            || !hash(entry, previousHash).equals(entry.hash())) {
                        return new AuditCheck(expected - 1, seq, "entry " + seq + " was altered: its content no longer"
                                + " matches its hash");
                    }
                    previousHash = entry.hash();
                    expected++;
                }
            }
        }
        long last = expected - 1;
        if (last < headSeq) {
            return new AuditCheck(last, last + 1, "entry " + (last + 1) + (headSeq > last + 1 ? " to " + headSeq : "")
                    + " removed from the end: the log recorded " + headSeq + " entries, " + last + " are left");
        }
        if (!previousHash.equals(headHash)) {
            return new AuditCheck(last, last, "entry " + last + " was altered or replaced: it is not the entry the"
                    + " log recorded last");
        }
        return AuditCheck.intact(last);
    }
}
