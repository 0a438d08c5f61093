package kz.aimaq.reporting.internal.returns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import kz.aimaq.reporting.api.Submission;

/** The submissions table: reads, and writes in one transaction. */
final class ReturnStore {

    private final DataSource dataSource;

    ReturnStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Submission> list(String dataSet, String period, String codePrefix) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT data_set, period, unit_code, submitted_by, first_received_at,"
                        + " content_hash, content_values FROM return_submission WHERE data_set = ? AND period = ?"
                        + " AND unit_code LIKE ? ORDER BY unit_code")) {
            s.setString(1, dataSet);
            s.setString(2, period);
            s.setString(3, codePrefix + "%");
            List<Submission> submissions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    submissions.add(read(r));
                }
            }
            return submissions;
        }
    }

    Optional<Submission> find(Connection c, String dataSet, String period, String unit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT data_set, period, unit_code, submitted_by, first_received_at,"
                + " content_hash, content_values FROM return_submission WHERE data_set = ? AND period = ? AND unit_code = ?")) {
            s.setString(1, dataSet);
            s.setString(2, period);
            s.setString(3, unit);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static Submission read(ResultSet r) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : r.getString(7).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new Submission(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getTimestamp(5).toInstant(), values, r.getString(6));
    }

    /** What storing a submission did. */
    enum Outcome {
        ADDED, REPLACED, UNCHANGED
    }

    /**
     * Stores each submission in one transaction: new ones are added; one with the content already
     * stored changes nothing; one with new content replaces the values and keeps the first receipt.
     */
    List<Outcome> store(List<Submission> submissions, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Outcome> outcomes = new ArrayList<>();
                for (Submission submission : submissions) {
                    outcomes.add(store(c, submission, now));
                }
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Outcome store(Connection c, Submission submission, Instant now) throws SQLException {
        Optional<Submission> stored = find(c, submission.dataSet(), submission.period(), submission.unit());
        if (stored.isPresent() && stored.get().contentHash().equals(submission.contentHash())) {
            return Outcome.UNCHANGED;
        }
        String content = content(submission.values());
        if (stored.isPresent()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE return_submission SET submitted_by = ?, last_received_at = ?,"
                    + " content_hash = ?, content_values = ? WHERE data_set = ? AND period = ? AND unit_code = ?")) {
                s.setString(1, submission.user());
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, submission.contentHash());
                s.setString(4, content);
                s.setString(5, submission.dataSet());
                s.setString(6, submission.period());
                s.setString(7, submission.unit());
                s.executeUpdate();
            }
            return Outcome.REPLACED;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO return_submission (data_set, period, unit_code, submitted_by,"
                + " first_received_at, last_received_at, content_hash, content_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, submission.dataSet());
            s.setString(2, submission.period());
            s.setString(3, submission.unit());
            s.setString(4, submission.user());
            s.setTimestamp(5, Timestamp.from(submission.submittedAt()));
            s.setTimestamp(6, Timestamp.from(now));
            s.setString(7, submission.contentHash());
            s.setString(8, content);
            s.executeUpdate();
        }
        return Outcome.ADDED;
    }

    private static String content(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(values).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }
}
