package kz.aimaq.storage.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.SignIn;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.storage.api.Database;

/**
 * Connects to the configured database through the driver's {@link DataSourceFactory} and
 * registers {@link Database} once it answers. While it does not (server down, wrong URL), the
 * reason is logged and posted on {@link Database#TOPIC_UNAVAILABLE}, the connection is retried,
 * and every bundle that does not need the database keeps running. {@code storage status}
 * prints the state.
 */
@Component(configurationPid = StorageComponent.PID, immediate = true, service = CliCommand.class,
        property = { CliCommand.NAME + "=storage", CliCommand.USAGE + "=storage status" })
@Designate(ocd = StorageConfig.class)
public final class StorageComponent implements CliCommand {

    static final String PID = "kz.aimaq.storage";

    /** Framework property of the user's data folder ({@code LaunchProperties.DATA}). */
    static final String DATA_PROPERTY = "aimaq.data";

    /** Framework properties of the launcher ({@code LaunchProperties}): headless, {@code --user}, main-thread steps. */
    static final String HEADLESS_PROPERTY = "aimaq.headless";
    static final String USER_PROPERTY = "aimaq.user";
    static final String MAIN_LOOP_PROPERTY = "aimaq.main";

    private static final long RETRY_SECONDS = 30;

    /** How long a process serving the embedded database to others waits for them before it exits. */
    private static final long HANDOVER_SECONDS = 15;

    private final BundleContext context;
    private final Logger logger;
    private final ConnectionSettings settings;
    private final ScheduledExecutorService executor;
    /** Driver factories by driver class: the configuration picks one at run time. */
    private final Map<String, DataSourceFactory> factories = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile UserContext userContext;

    /** Where refused sign-ins are recorded: before anyone signs in, the platform's file log. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    /** Central mode, until someone signs in: the sign-in and, headless, the launcher's console step. */
    private final List<ServiceRegistration<?>> signInOffers = new java.util.ArrayList<>();

    private volatile String problem;
    private ServiceRegistration<Database> registration;
    private DataSourceFactory factoryInUse;
    /** Holds an embedded H2 database open while it is registered; H2 closes it with the last connection. */
    private Connection keepOpen;

    @Activate
    public StorageComponent(BundleContext context, StorageConfig config, Map<String, Object> properties,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.logger = logger;
        ConnectionSettings resolved = null;
        try {
            String misconfigured = ConnectionSettings.configProblem(properties).orElse(null);
            if (misconfigured != null) {
                throw new IllegalArgumentException(misconfigured);
            }
            resolved = ConnectionSettings.resolve(config.mode(), config.url(), config.user(), config.password(),
                    dataFolder(context));
            logger.info("Storage: {} database at {}", config.mode(), resolved.redactedUrl());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            logger.error("Storage is not configured correctly: {}", problem);
            // the console too, at once: nothing that needs the database will start until it is fixed
            System.err.println("aimaq: the storage is not configured correctly: " + problem);
        }
        this.settings = resolved;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "aimaq-storage"));
    }

    private static Path dataFolder(BundleContext context) {
        String data = context.getProperty(DATA_PROPERTY);
        return data == null || data.isBlank() ? Path.of(System.getProperty("user.home"), ".aimaq") : Path.of(data);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataSourceFactory(DataSourceFactory factory, Map<String, Object> properties) {
        Object driver = properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
        if (driver != null) {
            factories.put(driver.toString(), factory);
            if (settings != null && driver.equals(settings.dialect().driverClass())) {
                executor.execute(settings.mode() == StorageConfig.Mode.central ? this::offerSignIn : this::connect);
            }
        }
    }

    void removeDataSourceFactory(DataSourceFactory factory, Map<String, Object> properties) {
        factories.values().remove(factory);
        synchronized (lock) {
            if (factory == factoryInUse) {
                logger.warn("Storage: the JDBC driver {} went away; the database is unavailable until it returns",
                        properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS));
                unregister();
            }
        }
    }

    /**
     * Central mode: the database is reached only with the login of the user who signs in
     * ({@link SignIn}); headless, the launcher runs {@link ConsoleSignIn} before the command.
     */
    private void offerSignIn() {
        synchronized (lock) {
            if (registration != null || !signInOffers.isEmpty() || executor.isShutdown()) {
                return;
            }
            CentralSignIn signIn = new CentralSignIn(settings, () -> factories.get(settings.dialect().driverClass()),
                    () -> audit, this::signedIn);
            signInOffers.add(context.registerService(SignIn.class, signIn, null));
            if (Boolean.parseBoolean(context.getProperty(HEADLESS_PROPERTY))) {
                String user = context.getProperty(USER_PROPERTY);
                String login = user == null || user.isBlank() ? System.getProperty("user.name", "") : user.strip();
                ConnectionSettings.Server server = settings.server();
                UserContext current = userContext;
                Messages messages = Messages.of(StorageComponent.class,
                        current == null ? Locale.ENGLISH : current.locale());
                ConsoleSignIn console = new ConsoleSignIn(signIn, login,
                        () -> Pgpass.find(System.getenv(), Path.of(System.getProperty("user.home")), server.host(),
                                server.port(), server.database(), login, w -> logger.warn(w)),
                        System.console(), System.err, messages);
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put(MAIN_LOOP_PROPERTY, "signin");
                signInOffers.add(context.registerService(java.util.function.BooleanSupplier.class, console, properties));
            }
            logger.info("Storage: central database at {}: waiting for a user to sign in", settings.redactedUrl());
        }
    }

    /** A login was accepted: its data source is the session's database. */
    private void signedIn(DataSource dataSource) {
        synchronized (lock) {
            withdrawSignIn();
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(Database.MODE, settings.mode().name());
            registration = context.registerService(Database.class, Database.of(dataSource, settings.dialect()),
                    properties);
            factoryInUse = factories.get(settings.dialect().driverClass());
            problem = null;
            logger.info("Storage: signed in to {}", settings.redactedUrl());
            post(Database.TOPIC_AVAILABLE, null);
        }
    }

    private void withdrawSignIn() {
        signInOffers.forEach(ServiceRegistration::unregister);
        signInOffers.clear();
    }

    private void connect() {
        DataSourceFactory factory = factories.get(settings.dialect().driverClass());
        synchronized (lock) {
            if (factory == null || registration != null || executor.isShutdown()) {
                return;
            }
            Connection connection = null;
            try {
                if (settings.mode() == StorageConfig.Mode.embedded) {
                    Files.createDirectories(dataFolder(context).resolve("db"));
                }
                DataSource created = factory.createDataSource(settings.dataSourceProperties());
                DataSource dataSource = settings.mode() == StorageConfig.Mode.embedded
                        ? new SharedFileDataSource(created) : created;
                connection = dataSource.getConnection();
                if (settings.mode() == StorageConfig.Mode.embedded) {
                    keepOpen = connection;
                } else {
                    connection.close();
                }
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put(Database.MODE, settings.mode().name());
                registration = context.registerService(Database.class,
                        Database.of(dataSource, settings.dialect()), properties);
                factoryInUse = factory;
                problem = null;
                logger.info("Storage: connected to {}", settings.redactedUrl());
                post(Database.TOPIC_AVAILABLE, null);
            } catch (Exception e) {
                closeQuietly(connection);
                keepOpen = null;
                problem = settings.redact(String.valueOf(e.getMessage()));
                logger.error("Storage: cannot reach the {} database at {}: {}. The workbench keeps running"
                        + " without it; check the server, the network and conf/{}.cfg. Retrying in {} s.",
                        settings.mode(), settings.redactedUrl(), problem, PID, RETRY_SECONDS, redacted(e));
                post(Database.TOPIC_UNAVAILABLE, problem);
                executor.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /** The cause for the log, its messages redacted: a JDBC exception may quote the URL with its password. */
    private Throwable redacted(Throwable e) {
        Throwable copy = new Exception(e.getClass().getName() + ": " + settings.redact(String.valueOf(e.getMessage())),
                e.getCause() == null ? null : redacted(e.getCause()));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private void post(String topic, String message) {
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            Map<String, Object> properties = new java.util.HashMap<>();
            properties.put("url", settings.redactedUrl());
            if (message != null) {
                properties.put("message", "The database at " + settings.redactedUrl() + " cannot be reached: "
                        + message);
            }
            eventAdmin.postEvent(new Event(topic, properties));
        }
    }

    private void unregister() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        factoryInUse = null;
        closeQuietly(keepOpen);
        keepOpen = null;
    }

    private void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                logger.warn("Storage: closing the database connection failed: {}", settings.redact(e.getMessage()));
            }
        }
    }

    @Deactivate
    void deactivate() {
        // Not shutdownNow: an interrupt closes the H2 file channel of a connect under way and breaks the store.
        executor.shutdown();
        synchronized (lock) {
            withdrawSignIn();
            awaitProcessesServed();
            unregister();
        }
    }

    /**
     * The process that opened the embedded file first serves it to the others (H2's automatic
     * server mode), and their connections break when it exits: it waits, up to
     * {@value #HANDOVER_SECONDS} s, until no other process is connected. One connecting later
     * finds no server and opens the file itself.
     */
    private void awaitProcessesServed() {
        if (keepOpen == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANDOVER_SECONDS);
        try (Statement s = keepOpen.createStatement()) {
            boolean served = false;
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FILTER (WHERE server IS NOT NULL),"
                        + " MAX(CASE WHEN session_id = SESSION_ID() AND server IS NULL THEN 1 ELSE 0 END)"
                        + " FROM information_schema.sessions")) {
                    rs.next();
                    if (rs.getInt(2) == 0 || rs.getInt(1) == 0) {
                        return; // this process is a client itself, or serves nobody now
                    }
                }
                if (!served) {
                    logger.info("Storage: waiting for the other processes on this data folder before closing it");
                    served = true;
                }
                Thread.sleep(100);
            }
            logger.warn("Storage: other processes still use this data folder after {} s; closing it, they reopen it",
                    HANDOVER_SECONDS);
        } catch (SQLException e) {
            logger.debug("Storage: could not ask who else uses the database: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        UserContext user = userContext;
        Messages messages = Messages.of(StorageComponent.class, user == null ? Locale.ENGLISH : user.locale());
        if (arguments.size() != 1 || !"status".equals(arguments.get(0))) {
            err.println(messages.get("storage.usage"));
            return 2;
        }
        if (settings == null) {
            err.println(messages.get("storage.status.misconfigured", problem));
            return 1;
        }
        out.println(messages.get("storage.status.database", messages.get("storage.mode." + settings.mode()),
                settings.redactedUrl()));
        boolean connected;
        synchronized (lock) {
            connected = registration != null;
        }
        if (connected) {
            out.println(messages.get("storage.status.connected"));
            return 0;
        }
        if (!factories.containsKey(settings.dialect().driverClass())) {
            err.println(messages.get("storage.status.noDriver", settings.dialect().driverClass()));
        } else {
            err.println(messages.get("storage.status.unreachable", problem == null ? "" : problem, PID));
        }
        return 1;
    }
}
