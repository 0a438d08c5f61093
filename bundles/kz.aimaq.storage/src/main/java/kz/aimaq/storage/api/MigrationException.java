package kz.aimaq.storage.api;

/**
 * Migrations of an owner were refused or failed. The message names the owner, the version
 * and the file, and says what to do; nothing of the refused set was applied.
 */
public class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String owner;
    private final String fileName;

    public MigrationException(String owner, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.owner = owner;
        this.fileName = fileName;
    }

    public MigrationException(String owner, String fileName, String message) {
        this(owner, fileName, message, null);
    }

    /** The owner whose migrations were refused. */
    public String owner() {
        return owner;
    }

    /** The script concerned, or {@code null} when the problem is not one script's. */
    public String fileName() {
        return fileName;
    }
}
