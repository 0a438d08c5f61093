package kz.aimaq.storage.internal;

import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

import org.osgi.service.jdbc.DataSourceFactory;

import kz.aimaq.storage.api.Dialect;

/**
 * What to connect to, resolved from the configuration and the data folder. The password is
 * kept out of every text this class produces: {@link #toString()}, {@link #redactedUrl()},
 * {@link #redact(String)}.
 */
record ConnectionSettings(StorageConfig.Mode mode, Dialect dialect, String url, String user, String password) {

    /**
     * H2's automatic mixed mode: the first process opens the file and serves it to the others
     * (a command beside the open window, several commands at once) on a local port named in
     * the database's lock file; when it exits, the next one takes over. Without it every other
     * process found the database "already in use". An 8 MB page cache instead of H2's 16 MB: a
     * desktop's tables fit, and the registry's whole table, read back once at start, held a copy
     * of every unit's names in the cache beside the registry's own (docs/benchmarks.md).
     * H2 writes a commit to the file up to 500 ms after it returns; {@code WRITE_DELAY=0} would
     * close that window but stops H2's background writer, which is also what compacts the file
     * (docs/benchmarks.md, seventh session: 45.8 GB for 10 M payments), so it is not set: each
     * commit is followed by a checkpoint instead ({@link DurableConnection}).
     */
    static final String EMBEDDED_OPTIONS = ";AUTO_SERVER=TRUE;CACHE_SIZE=8192";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");

    /**
     * Resolves the settings.
     *
     * @param dataFolder the user's data folder (framework property {@code aimaq.data})
     * @throws IllegalArgumentException with what to fix in {@code conf/kz.aimaq.storage.cfg}
     */
    static ConnectionSettings resolve(StorageConfig.Mode mode, String url, String user, String password,
            Path dataFolder) {
        String configuredUrl = url == null ? "" : url.strip();
        if (mode == StorageConfig.Mode.central && configuredUrl.isEmpty()) {
            throw new IllegalArgumentException("mode=central needs the server's JDBC URL: set url ="
                    + " jdbc:postgresql://<host>:5432/<database> in conf/" + StorageComponent.PID + ".cfg");
        }
        if (mode == StorageConfig.Mode.central && (!blankToEmpty(password).isEmpty() || !blankToEmpty(user).isEmpty()
                || !redact(configuredUrl, "").equals(configuredUrl))) {
            throw new IllegalArgumentException("conf/" + StorageComponent.PID + ".cfg: central mode keeps no login or"
                    + " password in a file: each user signs in with their own database login; remove user, password"
                    + " and any credentials in url");
        }
        String effectiveUrl = configuredUrl.isEmpty()
                ? "jdbc:h2:file:" + dataFolder.resolve("db").resolve("aimaq").toAbsolutePath() + EMBEDDED_OPTIONS
                : configuredUrl;
        Dialect dialect = Dialect.ofUrl(effectiveUrl).orElseThrow(() -> new IllegalArgumentException(
                "url " + redact(effectiveUrl, password) + " in conf/" + StorageComponent.PID
                        + ".cfg is neither jdbc:h2: nor jdbc:postgresql:"));
        return new ConnectionSettings(mode, dialect, effectiveUrl, blankToEmpty(user), blankToEmpty(password));
    }

    /**
     * What is wrong with the component's properties, naming the file and the field: a mode that
     * is neither embedded nor central (SCR would fail the component on it, and say so only in the
     * log), or a file that is no text of {@code key = value} lines (a binary file read as one).
     */
    static java.util.Optional<String> configProblem(java.util.Map<String, ?> properties) {
        String file = "conf/" + StorageComponent.PID + ".cfg: ";
        for (java.util.Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            String value = String.valueOf(e.getValue());
            if (!printable(key) || !printable(value)) {
                return java.util.Optional.of(file + "not a text file of key = value lines (is it a binary file?);"
                        + " write it as text, e.g. mode=embedded");
            }
        }
        Object mode = properties.get("mode");
        if (mode != null && java.util.Arrays.stream(StorageConfig.Mode.values())
                .noneMatch(m -> m.name().equals(String.valueOf(mode).strip()))) {
            return java.util.Optional.of(file + "mode: \"" + mode + "\" is not a storage mode; use mode=embedded"
                    + " (a database in the data folder) or mode=central (a PostgreSQL server)");
        }
        return java.util.Optional.empty();
    }

    private static boolean printable(String text) {
        return text.codePoints().allMatch(c -> c >= ' ' && c != 0x7f && c != 0xfffd || c == '\t');
    }

    /** The properties for {@link DataSourceFactory#createDataSource(Properties)}. */
    Properties dataSourceProperties() {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!user.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, user);
        }
        if (!password.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        }
        return properties;
    }

    /**
     * The properties for a central database signed in to with a user's own login: the URL of the
     * configuration with that login and password.
     */
    Properties dataSourceProperties(String login, String userPassword) {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        properties.setProperty(DataSourceFactory.JDBC_USER, login);
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, userPassword);
        return properties;
    }

    /** The host, port and database of a PostgreSQL URL, as libpq's password file names them. */
    record Server(String host, int port, String database) {
        @Override
        public String toString() {
            return host + ":" + port + "/" + database;
        }
    }

    private static final Pattern PG_URL = Pattern.compile(
            "jdbc:postgresql:(?://(\\[[^]]+\\]|[^/:?]*)(?::(\\d+))?/)?([^?;]*).*");

    /** The server of a central (PostgreSQL) URL; defaults as the driver's: localhost, 5432. */
    Server server() {
        java.util.regex.Matcher m = PG_URL.matcher(url);
        if (!m.matches()) {
            return new Server("localhost", 5432, "");
        }
        String host = m.group(1) == null || m.group(1).isEmpty() ? "localhost" : m.group(1);
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        return new Server(host, port, m.group(3));
    }

    String redactedUrl() {
        return redact(url, password);
    }

    /** {@code text} with the password and any password in a URL replaced by {@code ***}. */
    String redact(String text) {
        return redact(text, password);
    }

    static String redact(String text, String password) {
        if (text == null) {
            return "";
        }
        String result = URL_USER_INFO.matcher(text).replaceAll("$1***@");
        result = URL_PASSWORD.matcher(result).replaceAll("$1***");
        if (password != null && !password.isEmpty()) {
            result = result.replace(password, "***");
        }
        return result;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public String toString() {
        return "ConnectionSettings[mode=" + mode + ", dialect=" + dialect + ", url=" + redactedUrl() + ", user="
                + user + "]";
    }
}
