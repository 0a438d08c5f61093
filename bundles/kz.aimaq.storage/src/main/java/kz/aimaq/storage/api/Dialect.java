package kz.aimaq.storage.api;

import java.util.Optional;

/** The database products Aimaq runs on. Migrations are written in SQL both accept. */
public enum Dialect {

    /** Embedded H2, the default for a single desktop. */
    H2("org.h2.Driver", "jdbc:h2:"),

    /** A central PostgreSQL server shared by many desktops. */
    POSTGRESQL("org.postgresql.Driver", "jdbc:postgresql:");

    private final String driverClass;
    private final String urlPrefix;

    Dialect(String driverClass, String urlPrefix) {
        this.driverClass = driverClass;
        this.urlPrefix = urlPrefix;
    }

    /** The JDBC driver class, as in the {@code osgi.jdbc.driver.class} service property. */
    public String driverClass() {
        return driverClass;
    }

    /** The dialect of a JDBC URL, or empty for a product Aimaq does not support. */
    public static Optional<Dialect> ofUrl(String url) {
        for (Dialect dialect : values()) {
            if (url != null && url.startsWith(dialect.urlPrefix)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}
