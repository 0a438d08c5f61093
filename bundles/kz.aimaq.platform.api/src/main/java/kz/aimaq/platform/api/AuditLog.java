package kz.aimaq.platform.api;

import java.sql.Connection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installation's audit log: every change and every refused attempt, who, when, before,
 * after. The database's log chains each entry to the previous one by hash, so that an entry
 * altered, removed or inserted afterwards is found by {@link #verify()}.
 *
 * <p>A change to data in the database is recorded with {@link #append(Connection, String, String, String, String)}
 * inside the transaction that makes it: both are committed or neither.
 */
@ProviderType
public interface AuditLog {

    /** Appends a change as the current user, stamped now, in a transaction of its own. */
    AuditEntry append(String action, String target, String before, String after);

    /**
     * Appends a change inside the caller's transaction on the workbench database, so that the
     * entry is committed with the change or rolled back with it. The caller commits.
     *
     * @throws UnsupportedOperationException if this log does not live in that database
     * @since 1.2
     */
    default AuditEntry append(Connection transaction, String action, String target, String before, String after) {
        throw new UnsupportedOperationException("this audit log is not kept in the database, so an entry cannot be"
                + " written in the transaction of the change");
    }

    /**
     * Records a refused attempt as the current user, in a transaction of its own.
     *
     * @param reason why it was refused, as shown to the user
     * @since 1.2
     */
    default AuditEntry refused(String action, String target, String reason) {
        return append(action, target, "", "REFUSED: " + reason);
    }

    /** All entries, oldest first. */
    List<AuditEntry> entries();

    /**
     * The entries that match, oldest first.
     *
     * @since 1.2
     */
    default List<AuditEntry> entries(AuditQuery query) {
        List<AuditEntry> matches = entries().stream().filter(query::matches).toList();
        return query.limit() > 0 && matches.size() > query.limit()
                ? matches.subList(matches.size() - query.limit(), matches.size())
                : matches;
    }

    /**
     * The entries that match and concern {@code scope} ({@link AuditEntry#concerns}), oldest
     * first: what a regional administrator may read of the log.
     *
     * @since 1.3
     */
    default List<AuditEntry> entries(AuditQuery query, Scope scope) {
        if (scope.level() == Scope.Level.NATION) {
            return entries(query);
        }
        List<AuditEntry> matches = entries(new AuditQuery(query.user(), query.action(), query.unit(), query.from(),
                query.to(), 0)).stream().filter(e -> e.concerns(scope)).toList();
        return query.limit() > 0 && matches.size() > query.limit()
                ? matches.subList(matches.size() - query.limit(), matches.size())
                : matches;
    }

    /**
     * Checks the hash chain from the first entry to the last and names the first entry that was
     * altered, removed or inserted.
     *
     * @throws UnsupportedOperationException if this log keeps no chain
     * @since 1.2
     */
    default AuditCheck verify() {
        throw new UnsupportedOperationException("this audit log keeps no hash chain");
    }
}
