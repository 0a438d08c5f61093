package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;

/**
 * {@code report list} and
 * {@code report run --id <id> [--unit <kato>] [--period <2026|2026Q1|2026-03>] [--as-of <day>] --format pdf|xlsx|csv|html --out <file>}.
 * The file appears only complete: it is written beside its name and moved there at the end.
 */
@Component(property = { CliCommand.NAME + "=report", CliCommand.USAGE
        + "=report list | run --id <id> [--unit <kato>] [--period <2026|2026Q1|2026-03>] [--as-of <yyyy-mm-dd>] --format pdf|xlsx|csv|html --out <file>" })
public final class ReportCommand implements CliCommand {

    private static final Set<String> RUN_OPTIONS = Set.of("--id", "--unit", "--period", "--as-of", "--format", "--out");

    private final ReportCatalog catalog;
    private final UserContext user;

    /** How long {@code run} waits for a report whose module is still starting. */
    private static final long REPORT_WAIT_MILLIS = 30_000;

    /**
     * The registry is required although unused here: every shipped report reads it, so the
     * command appears only once the registry has loaded the country, not before its reports.
     */
    @Activate
    public ReportCommand(@Reference ReportCatalog catalog, @Reference UserContext user,
            @Reference kz.aimaq.registry.api.RegistryService registry) {
        this.catalog = catalog;
        this.user = user;
    }

    /** Waits a little for a report that is not registered yet: its module may be starting. */
    private void awaitReport(String id) throws InterruptedException {
        long end = System.currentTimeMillis() + REPORT_WAIT_MILLIS;
        while (catalog.find(id).isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        ReportStrings m = ReportStrings.load(ReportCommand.class, "reporting", user.locale());
        if (arguments.isEmpty()) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        return switch (arguments.get(0)) {
            case "list" -> list(out);
            case "run" -> run(arguments.subList(1, arguments.size()), out, err, m);
            default -> {
                err.println(m.get("cli.usage"));
                yield 2;
            }
        };
    }

    private int list(PrintStream out) {
        for (Report report : catalog.reports()) {
            out.println(report.id() + "\t" + report.module() + "\t" + report.title().get(user.locale()) + "\t"
                    + report.parameters().stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        }
        return 0;
    }

    private int run(List<String> args, PrintStream out, PrintStream err, ReportStrings m) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!RUN_OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
                err.println(m.get("cli.badOption", args.get(i)));
                err.println(m.get("cli.usage"));
                return 2;
            }
            options.put(args.get(i), args.get(i + 1));
        }
        String id = options.get("--id");
        String out1 = options.get("--out");
        if (id == null || out1 == null || options.get("--format") == null) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        OutputFormat format = OutputFormat.of(options.get("--format")).orElse(null);
        if (format == null) {
            err.println(m.get("cli.badFormat", options.get("--format")));
            return 2;
        }
        Period period;
        LocalDate asOf;
        try {
            period = options.containsKey("--period") ? Period.parse(options.get("--period")) : null;
            asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : LocalDate.now();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(m.get("cli.badValue", e.getMessage()));
            return 2;
        }
        String unit = options.containsKey("--unit") ? options.get("--unit") : ReportAccess.defaultUnit(user);
        ReportRequest request = new ReportRequest(unit, period, asOf, user.locale(), user.user());
        Path target = Path.of(out1).toAbsolutePath();
        try {
            awaitReport(id);
            ReportResult result = catalog.run(id, request, ProgressMonitor.UNWATCHED);
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                catalog.write(result, format, stream, ProgressMonitor.UNWATCHED);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            out.println(m.get("cli.written", target, Files.size(target)));
            return 0;
        } catch (ReportException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(m.get("cli.cannotWrite", target, e.getMessage()));
            return 1;
        }
    }
}
