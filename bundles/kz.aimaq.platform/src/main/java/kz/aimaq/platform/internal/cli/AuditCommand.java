package kz.aimaq.platform.internal.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.ServiceTracker;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditCheck;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.AuditQuery;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;

/**
 * {@code audit}: the audit log, oldest first, filtered; {@code audit verify}: checks its hash
 * chain and names the first entry that was altered, removed or inserted. The database's log
 * once storage provides one (greedy). Reading it needs the right to read the audit.
 */
@Component(property = { CliCommand.NAME + "=audit", CliCommand.USAGE + "=" + AuditCommand.USAGE })
public final class AuditCommand implements CliCommand {

    static final String USAGE = "audit [--user NAME] [--action PREFIX] [--unit KATO] [--from DATE] [--to DATE]"
            + " [--last N] | audit verify";

    private static final Set<String> OPTIONS = Set.of("--user", "--action", "--unit", "--from", "--to", "--last");

    /** The ranking of the database's log (storage's), above the file log kept while it is away. */
    static final int DATABASE_RANKING = 100;

    /** How long a command started with the workbench waits for the database's log to register. */
    private static final long DATABASE_WAIT_MILLIS = 60_000;

    /** Finds the log to read when the command runs. */
    interface LogSource {
        AuditLog get() throws InterruptedException;
    }

    private final LogSource source;
    private final UserContext user;
    private AuditLog audit;

    @Activate
    public AuditCommand(BundleContext context, @Reference(policyOption = ReferencePolicyOption.GREEDY) AuditLog audit,
            @Reference UserContext user) {
        this(() -> databaseLog(context, audit), user);
    }

    AuditCommand(LogSource source, UserContext user) {
        this.source = source;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws InterruptedException {
        audit = source.get();
        Messages messages = Messages.of(AuditCommand.class, user.locale());
        boolean verify = arguments.size() == 1 && "verify".equals(arguments.get(0));
        try {
            // a regional administrator reads the entries of their scope (below), a national one all
            user.require(Right.READ_AUDIT, user.scope().level() == Scope.Level.NATION ? null : user.scope().code());
        } catch (AccessDeniedException e) {
            audit.refused(verify ? "audit.verify" : "audit.read", "", e.getMessage());
            err.println(e.getMessage());
            return 1;
        }
        return verify ? verify(messages, out, err) : list(messages, arguments, out, err);
    }

    private int verify(Messages messages, PrintStream out, PrintStream err) {
        AuditCheck check;
        try {
            check = audit.verify();
        } catch (UnsupportedOperationException e) {
            err.println(messages.get("audit.verify.noDatabase"));
            return 1;
        }
        if (check.isIntact()) {
            out.println(messages.get("audit.verify.intact", check.checked()));
            return 0;
        }
        err.println(messages.get("audit.verify.broken", check.firstBroken(), check.problem(), check.checked()));
        return 1;
    }

    private int list(Messages messages, List<String> arguments, PrintStream out, PrintStream err) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (!OPTIONS.contains(option) || i + 1 >= arguments.size()) {
                err.println(messages.get("cli.unexpectedArgument", "audit", option, USAGE));
                return CommandTable.USAGE;
            }
            given.put(option, arguments.get(++i));
        }
        AuditQuery query;
        try {
            query = new AuditQuery(given.get("--user"), given.get("--action"), given.get("--unit"),
                    day(given.get("--from"), 0), day(given.get("--to"), 1), count(given.get("--last")));
        } catch (IllegalArgumentException e) {
            err.println(messages.get("cli.badArgument", "audit", e.getMessage(), USAGE));
            return CommandTable.USAGE;
        }
        TextTable table = new TextTable(messages.get("audit.column.sequence"), messages.get("audit.column.when"),
                messages.get("audit.column.user"), messages.get("audit.column.action"),
                messages.get("audit.column.target"), messages.get("audit.column.before"),
                messages.get("audit.column.after"));
        for (AuditEntry entry : audit.entries(query, user.scope())) {
            table.add(entry.sequence(), entry.when(), entry.user(), (entry.refused() ? messages.get("audit.refused") + " " : "")
                    + entry.action(), entry.target(), quote(entry.before()), quote(entry.after()));
        }
        table.print(out);
        return 0;
    }

    /**
     * The database's log: a headless command usually runs while storage is still opening the
     * database, and the file log it would otherwise get holds only what was written meanwhile.
     * The file log when the database does not come (unreachable).
     */
    private static AuditLog databaseLog(BundleContext context, AuditLog fallback) throws InterruptedException {
        Filter filter;
        try {
            filter = context.createFilter("(&(" + Constants.OBJECTCLASS + "=" + AuditLog.class.getName() + ")("
                    + Constants.SERVICE_RANKING + ">=" + DATABASE_RANKING + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("the filter is constant", e);
        }
        ServiceTracker<AuditLog, AuditLog> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            AuditLog database = tracker.waitForService(DATABASE_WAIT_MILLIS);
            return database == null ? fallback : database;
        } finally {
            tracker.close();
        }
    }

    /** The start of a day given as {@code 2026-12-01} (UTC), or an instant; {@code --to} includes its day. */
    private static Instant day(String text, int daysAfter) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(daysAfter).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date (2026-12-01) or a time"
                        + " (2026-12-01T10:00:00Z)");
            }
        }
    }

    private static int count(String text) {
        if (text == null) {
            return 0;
        }
        try {
            int count = Integer.parseInt(text);
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--last needs a positive number, not '" + text + "'");
    }

    private static String quote(String value) {
        return value.isEmpty() ? "-" : value;
    }
}
