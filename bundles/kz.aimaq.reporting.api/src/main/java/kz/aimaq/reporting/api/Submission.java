package kz.aimaq.reporting.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A unit's return for one period of a data set.
 *
 * @param dataSet     the data set's id
 * @param period      the period, as {@link Period#id()}
 * @param unit        the submitting unit's KATO code
 * @param user        who submitted it
 * @param submittedAt when it was first received: timeliness is judged by it
 * @param values      the values by field key
 * @param contentHash SHA-256 of {@link #canonical()}, in hex
 */
public record Submission(String dataSet, String period, String unit, String user, Instant submittedAt,
        Map<String, String> values, String contentHash) {

    public Submission {
        Objects.requireNonNull(dataSet, "dataSet");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(submittedAt, "submittedAt");
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** A new submission with its hash computed. */
    public static Submission of(String dataSet, String period, String unit, String user, Instant submittedAt,
            Map<String, String> values) {
        return new Submission(dataSet, period, unit, user, submittedAt, values, hash(dataSet, period, unit, values));
    }

    /** What the hash covers: data set, period, unit and the values in key order, one per line. */
    public String canonical() {
        return canonical(dataSet, period, unit, values);
    }

    private static String canonical(String dataSet, String period, String unit, Map<String, String> values) {
        StringBuilder text = new StringBuilder().append(dataSet).append('\n').append(period).append('\n').append(unit).append('\n');
        new TreeMap<>(values).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    /** The hash of a return's content, as {@link #contentHash()} holds it. */
    public static String hash(String dataSet, String period, String unit, Map<String, String> values) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(dataSet, period, unit, values).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the hash matches the content: a file that was edited by hand does not. */
    public boolean intact() {
        return contentHash.equals(hash(dataSet, period, unit, values));
    }
}
