package kz.aimaq.tax.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.Execution;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.InvalidInputException;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.PaymentImportPreview;
import kz.aimaq.tax.api.ReferencePreview;
import kz.aimaq.tax.api.TaxService;

/**
 * {@code aimaq --headless tax ...}: the same imports, assessments and reports as the window,
 * with the same validation and access checks.
 */
@Component(service = CliCommand.class, property = {CliCommand.NAME + "=tax", CliCommand.USAGE + "=" + TaxCommand.USAGE})
public final class TaxCommand implements CliCommand {

    static final String USAGE = "tax import-payments --file <csv or xlsx> [--preview] | tax move-payments | tax assess --year <y> --unit <kato>"
            + " | tax arrears --unit <kato> --as-of <YYYY-MM-DD> --out <csv> | tax plan import --file <csv>"
            + " | tax execution --unit <kato> --year <y> [--as-of <YYYY-MM-DD>] | tax demo --unit <kato> --year <y>"
            + " | tax reference import --table <name> --file <csv> [--preview]";

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "import-payments", Set.of("file", "preview"),
            "move-payments", Set.of(),
            "assess", Set.of("year", "unit"),
            "arrears", Set.of("unit", "as-of", "out"),
            "plan", Set.of("file"),
            "execution", Set.of("unit", "year", "as-of"),
            "demo", Set.of("unit", "year"),
            "reference", Set.of("table", "file", "preview"));
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "import-payments", Set.of("file"),
            "move-payments", Set.of(),
            "assess", Set.of("year", "unit"),
            "arrears", Set.of("unit", "as-of", "out"),
            "plan", Set.of("file"),
            "execution", Set.of("unit", "year"),
            "demo", Set.of("unit", "year"),
            "reference", Set.of("table", "file"));

    private final TaxService tax;
    private final UserContext user;

    @Activate
    public TaxCommand(@Reference(name = "tax") TaxService tax,
            @Reference(name = "user", cardinality = ReferenceCardinality.OPTIONAL) UserContext user) {
        this.tax = tax;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        Locale locale = user == null ? Locale.getDefault() : user.locale();
        Messages messages = Messages.of(TaxCommand.class, locale);
        if (arguments.isEmpty() || !OPTIONS.containsKey(arguments.get(0))) {
            err.println(messages.get("cli.usage", USAGE));
            return 2;
        }
        String verb = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        if ("plan".equals(verb) || "reference".equals(verb)) {
            if (rest.isEmpty() || !"import".equals(rest.get(0))) {
                err.println(messages.get("cli.usage", USAGE));
                return 2;
            }
            rest = rest.subList(1, rest.size());
        }
        Map<String, String> options = new HashMap<>();
        if (!parse(rest, options) || !OPTIONS.get(verb).containsAll(options.keySet())
                || !options.keySet().containsAll(REQUIRED.get(verb))) {
            err.println(messages.get("cli.usage", USAGE));
            return 2;
        }
        try {
            return switch (verb) {
                case "import-payments" -> importPayments(options, out, messages);
                case "move-payments" -> {
                    out.println(messages.get("cli.moved", tax.movePayments()));
                    yield 0;
                }
                case "assess" -> {
                    int n = tax.assessAndStore(options.get("unit"), Integer.parseInt(options.get("year")));
                    out.println(messages.get("cli.assessed", n, options.get("unit")));
                    yield 0;
                }
                case "arrears" -> arrears(options, out, messages);
                case "plan" -> {
                    out.println(messages.get("cli.plan", tax.importPlan(Path.of(options.get("file")))));
                    yield 0;
                }
                case "execution" -> execution(options, out, messages);
                case "reference" -> {
                    ReferencePreview preview = tax.previewReference(options.get("table"), Path.of(options.get("file")));
                    out.println(messages.get("cli.reference", preview.table(), preview.rows().size(), preview.added(),
                            preview.changed()));
                    if (!options.containsKey("preview")) {
                        tax.importReference(preview);
                        out.println(messages.get("cli.referenceImported", preview.table(), preview.file()));
                    }
                    yield 0;
                }
                default -> {
                    out.println(messages.get("cli.demo", tax.generateDemo(options.get("unit"),
                            Integer.parseInt(options.get("year")))));
                    yield 0;
                }
            };
        } catch (InvalidInputException e) {
            for (InputProblem p : e.problems()) {
                err.println(messages.get("cli.problem", p));
            }
            return 1;
        } catch (NotPermittedException e) {
            // the service's message is the audit's English; the user reads it in their language
            err.println("-".equals(e.okrug()) ? messages.get("cli.refusedNational")
                    : messages.get("cli.refused", e.okrug()));
            return 1;
        } catch (NumberFormatException | DateTimeParseException e) {
            err.println(messages.get("cli.usage", USAGE));
            return 2;
        }
    }

    private int importPayments(Map<String, String> options, PrintStream out, Messages messages) throws Exception {
        PaymentImportPreview preview = tax.previewPayments(Path.of(options.get("file")));
        out.println(messages.get("cli.preview", preview.file(), preview.payments().size(),
                preview.duplicateLines().size()));
        preview.totalsByKbk().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(
                e -> out.println(messages.get("cli.preview.kbk", e.getKey(),
                        Money.tenge(e.getValue(), messages.locale()))));
        if (!options.containsKey("preview")) {
            out.println(messages.get("cli.imported", tax.importPayments(preview), preview.file()));
        }
        return 0;
    }

    private int arrears(Map<String, String> options, PrintStream out, Messages messages) throws Exception {
        LocalDate asOf = LocalDate.parse(options.get("as-of"));
        Path file = Path.of(options.get("out"));
        try (OutputStream stream = Files.newOutputStream(file)) {
            tax.exportArrears(options.get("unit"), asOf, messages.locale(), stream);
        }
        long lines;
        try (var read = Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            lines = read.count() - 1;
        }
        out.println(messages.get("cli.arrears", lines, asOf, file)
                + (tax.hasSyntheticData(options.get("unit")) ? " " + messages.get("cli.arrearsSynthetic") : ""));
        return 0;
    }

    /**
     * Arrears as CSV, IINs masked (a BIN is shown: it names an organisation, not a person); a row
     * of a taxpayer generated as demo data says so in its last column.
     *
     * @param synthetic the demo taxpayers, as {@code okrug/number}
     */
    static void writeArrears(List<Arrears> arrears, java.util.Set<String> synthetic, Messages messages,
            OutputStream stream) throws java.io.IOException {
        List<String> header = new ArrayList<>();
        for (String key : List.of("okrug", "taxpayer", "kbk", "principal", "penalty", "oldest_due", "days", "bucket",
                "data")) {
            header.add(messages.get("arrears.header." + key));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Arrears a : arrears) {
            String payer = IdCheck.shown(a.taxpayerId());
            rows.add(List.of(a.okrug(), payer, a.kbk(), Money.tenge(a.principalTiyn()), Money.tenge(a.penaltyTiyn()),
                    a.oldestDue() == null ? "" : a.oldestDue().toString(), Long.toString(a.daysOverdue()),
                    a.bucket() == null ? "" : messages.get("bucket." + a.bucket().name()),
                    synthetic.contains(a.okrug() + "/" + a.taxpayerId()) ? messages.get("arrears.synthetic") : ""));
        }
        TaxCsv.write(stream, header, rows);
    }

    private int execution(Map<String, String> options, PrintStream out, Messages messages) {
        int year = Integer.parseInt(options.get("year"));
        LocalDate asOf = options.containsKey("as-of") ? LocalDate.parse(options.get("as-of")) : LocalDate.of(year, 12, 31);
        for (Execution e : tax.execution(options.get("unit"), year, asOf)) {
            Locale locale = messages.locale();
            out.println(messages.get("cli.execution", e.kbk(), Money.tenge(e.planTiyn(), locale),
                    Money.tenge(e.actualTiyn(), locale),
                    e.percentOfPlan() == null ? "-" : Money.shown(e.percentOfPlan(), locale),
                    Money.tenge(e.forecastTiyn(), locale)));
        }
        return 0;
    }

    /** {@code --name value} pairs; {@code --preview} takes no value. */
    private static boolean parse(List<String> arguments, Map<String, String> options) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (!a.startsWith("--")) {
                return false;
            }
            if ("--preview".equals(a)) {
                options.put("preview", "");
                continue;
            }
            if (i + 1 >= arguments.size()) {
                return false;
            }
            options.put(a.substring(2), arguments.get(++i));
        }
        return true;
    }
}
