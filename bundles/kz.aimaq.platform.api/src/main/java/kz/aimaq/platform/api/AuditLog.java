package kz.aimaq.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** An append-only trail of administrative changes: who, when, before, after. */
@ProviderType
public interface AuditLog {

    /** Appends an entry as the current user, stamped now. */
    AuditEntry append(String action, String target, String before, String after);

    /** All entries, oldest first. */
    List<AuditEntry> entries();
}
