package kz.aimaq.storage.internal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.DirectoryUser;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.Role;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.UserDirectory;
import kz.aimaq.storage.api.Database;

/**
 * The users of a central installation in the table {@code app_user}; only in central mode.
 * Each change is audited in the transaction that makes it.
 */
@Component(service = UserDirectory.class)
public final class DatabaseUserDirectory implements UserDirectory {

    private final DataSource dataSource;
    private final UserContext user;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicBoolean installerChecked = new java.util.concurrent.atomic.AtomicBoolean();

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    /**
     * Migrates the storage tables first (idempotent, serialised with the platform store's): the
     * session's user context asks for its login's entry as soon as this is registered.
     */
    @Activate
    public DatabaseUserDirectory(org.osgi.framework.BundleContext context,
            @Reference(target = "(" + Database.MODE + "=central)") Database database, @Reference UserContext user)
            throws kz.aimaq.storage.api.MigrationException {
        database.migrate(PlatformTables.OWNER, kz.aimaq.storage.api.Migrations.fromBundle(context.getBundle(),
                PlatformTables.MIGRATIONS));
        this.dataSource = database.dataSource();
        this.user = user;
        this.clock = Clock.systemUTC();
    }

    /** Outside a framework (tests): the audit log given, not the highest-ranked service. */
    public DatabaseUserDirectory(DataSource dataSource, UserContext user, Clock clock, AuditLog audit) {
        this.dataSource = dataSource;
        this.user = user;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public String currentLogin() {
        String login;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT session_user");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            login = rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the database login cannot be read: " + e.getMessage(), e);
        }
        adoptInstaller(login);
        return login;
    }

    /**
     * The owner of the schema, signed in while no national administrator exists (a new
     * installation), becomes the first one: someone must be able to add the others. Audited.
     */
    private void adoptInstaller(String login) {
        if (!installerChecked.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') AND NOT EXISTS (SELECT 1 FROM app_user"
                        + " WHERE roles LIKE '%national-admin%') FROM pg_namespace n WHERE n.nspname = current_schema()");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return;
            }
        } catch (SQLException e) {
            return; // not PostgreSQL's catalogue (H2 in tests): no installer to adopt
        }
        DirectoryUser installer = new DirectoryUser(login, Set.of(Role.NATIONAL_ADMIN.id()), Scope.NATION);
        write(c -> {
            insert(c, installer, "installer");
            // straight into the chain: the database's audit service may not be registered yet
            AuditChain.append(c, clock.instant(), login, "user.save", login, "", describe(installer)
                    + " (the schema's owner, first national administrator)", kz.aimaq.platform.api.AuditEntry.Outcome.DONE);
        });
    }

    @Override
    public void createLogin(String login, char[] password) {
        String name = login == null ? "" : login.strip();
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("login: '" + name + "' is not a plain database login (lower-case"
                    + " letters, digits and _, at most 63, not starting with a digit)");
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password: a new login needs a password");
        }
        Scope own = user.scope();
        require("user.create-login", name, own);
        String verifier = ScramVerifier.of(password);
        try {
            write(c -> {
                String group = applicationRole(c);
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + verifier + "' IN ROLE " + group);
                }
                audit.append(c, "user.create-login", name, "", "database login in " + group + " (SCRAM-SHA-256)");
            });
        } catch (IllegalStateException e) {
            audit.refused("user.create-login", name, e.getMessage());
            throw e;
        }
    }

    /** The group role {@code central secure} gave the policies to; the default before it ran. */
    private static String applicationRole(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT roles[1]::text FROM pg_policies WHERE schemaname ="
                + " current_schema() AND policyname = 'aimaq_read' LIMIT 1"); ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                return rs.getString(1);
            }
        }
        throw new SQLException("central mode is not secured yet: run 'central secure' as the schema's owner first");
    }

    @Override
    public Optional<DirectoryUser> find(String login) {
        return users().stream().filter(u -> u.login().equals(login)).findFirst();
    }

    @Override
    public List<DirectoryUser> users() {
        List<DirectoryUser> users = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT login, roles, scope FROM app_user ORDER BY login"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                users.add(new DirectoryUser(rs.getString(1), roles(rs.getString(2)), Scope.of(rs.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the users cannot be read from the database (table app_user): "
                    + e.getMessage(), e);
        }
        return users;
    }

    private static Set<String> roles(String stored) {
        Set<String> roles = new LinkedHashSet<>();
        Arrays.stream(stored.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(roles::add);
        return roles;
    }

    @Override
    public void save(DirectoryUser changed) {
        if (changed.login() == null || changed.login().isBlank()) {
            throw new IllegalArgumentException("login: a user needs the database login they sign in with");
        }
        for (String role : changed.roles()) {
            if (Role.parse(role).isEmpty()) {
                throw new IllegalArgumentException("roles: '" + role + "' is not a role");
            }
        }
        require("user.save", changed.login(), changed.scope());
        Optional<DirectoryUser> before = find(changed.login());
        if (before.isPresent()) {
            require("user.save", changed.login(), before.get().scope());
        }
        if (changed.roles().stream().map(r -> Role.parse(r).orElseThrow()).anyMatch(r -> r == Role.NATIONAL_ADMIN)
                && !user.heldRoles().contains(Role.NATIONAL_ADMIN)) {
            AccessDeniedException denied = new AccessDeniedException(user.user(), Right.MANAGE_USERS, null,
                    "only a national administrator makes another");
            audit.refused("user.save", changed.login(), denied.getMessage());
            throw denied;
        }
        write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM app_user WHERE login = ?")) {
                delete.setString(1, changed.login());
                delete.executeUpdate();
            }
            insert(c, changed, user.user());
            audit.append(c, "user.save", changed.login(), before.map(DatabaseUserDirectory::describe).orElse(""),
                    describe(changed));
        });
    }

    @Override
    public void remove(String login) {
        DirectoryUser existing = find(login).orElseThrow(() -> new IllegalArgumentException("no user " + login));
        require("user.remove", login, existing.scope());
        write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM app_user WHERE login = ?")) {
                delete.setString(1, login);
                delete.executeUpdate();
            }
            audit.append(c, "user.remove", login, describe(existing), "");
        });
    }

    private void insert(Connection c, DirectoryUser u, String changedBy) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO app_user (login, roles, scope, changed_by,"
                + " changed_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, u.login());
            insert.setString(2, String.join(",", new TreeSet<>(u.roles())));
            insert.setString(3, u.scope().code());
            insert.setString(4, changedBy);
            insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static String describe(DirectoryUser u) {
        return "roles=" + String.join(",", new TreeSet<>(u.roles())) + " scope=" + u.scope().code();
    }

    /** The current user must manage users over all of {@code scope}; a refusal is audited. */
    private void require(String action, String login, Scope scope) {
        try {
            user.require(Right.MANAGE_USERS, scope.level() == Scope.Level.NATION ? null : scope.code());
        } catch (AccessDeniedException e) {
            audit.refused(action, login, e.getMessage());
            throw e;
        }
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void write(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the user could not be saved (table app_user): " + e.getMessage(), e);
        }
    }
}
