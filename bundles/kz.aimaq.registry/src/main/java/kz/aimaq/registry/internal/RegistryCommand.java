package kz.aimaq.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;

/**
 * {@code registry find <text>},
 * {@code registry export <code>|all --format csv|json --out <file> [--separator ';'|',']} (CSV is
 * separated by {@code ;} unless told otherwise, for Excel with Kazakh or Russian settings; {@code all}
 * is the whole country, every region after the other, in one file),
 * {@code registry import <file> [--apply [--confirm-abolish <count>]]} (without {@code --apply} only
 * the preview is shown; an import that abolishes many units, or whose file may have been cut off,
 * is applied only with the number of units it abolishes confirmed).
 */
@Component(property = { CliCommand.NAME + "=registry", CliCommand.USAGE
        + "=registry find <text> | export <code>|all --format csv|json --out <file> [--separator ';'|','] | import <file> [--apply [--confirm-abolish <count>]]" })
public final class RegistryCommand implements CliCommand {

    private static final int FIND_LIMIT = 20;
    /** The export "code" of the whole country. */
    private static final String ALL = "all";
    private static final Set<String> EXPORT_OPTIONS = Set.of("--format", "--out", "--separator");

    private final Loaded load;
    private final UserContext user;
    private volatile RegistryService registry;

    /** The registry once loaded, waiting for a load under way. */
    interface Loaded {
        RegistryService registry() throws InterruptedException;
    }

    /** Needs the load, not the loaded service: typed during a first start, the command waits for the seeding. */
    @Activate
    public RegistryCommand(@Reference RegistryLoad load, @Reference UserContext user) {
        this(load::registry, user);
    }

    RegistryCommand(Loaded load, UserContext user) {
        this.load = load;
        this.user = user;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        Messages m = Messages.of(RegistryCommand.class, user.locale());
        if (arguments.isEmpty()) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        registry = load.registry();
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.get(0)) {
            case "find" -> find(rest, out, err, m);
            case "export" -> export(rest, out, err, m);
            case "import" -> importFile(rest, out, err, m);
            default -> {
                err.println(m.get("cli.usage"));
                yield 2;
            }
        };
    }

    private int find(List<String> args, PrintStream out, PrintStream err, Messages m) {
        if (args.isEmpty()) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        List<SearchHit> hits = registry.searchWithFormer(String.join(" ", args), FIND_LIMIT);
        for (SearchHit hit : hits) {
            Unit u = hit.unit();
            String chain = registry.ancestors(u.code()).stream().map(a -> a.name(m.locale()))
                    .collect(Collectors.joining(" › "));
            out.println(u.code() + "  " + u.nameKk() + " / " + u.nameRu() + " / " + u.nameLatin()
                    + (chain.isEmpty() ? "" : "  (" + chain + ")") + (hit.byFormer()
                            ? "  " + m.get("cli.find.former", hit.former().code(), hit.former().nameRu(),
                                    hit.former().validTo())
                            : ""));
        }
        out.println(m.get("cli.find.count", hits.size()));
        return 0;
    }

    private int export(List<String> args, PrintStream out, PrintStream err, Messages m) throws Exception {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!EXPORT_OPTIONS.contains(option) || i + 1 >= args.size()
                    || options.put(option, args.get(i + 1)) != null) {
                err.println(m.get("cli.usage"));
                return 2;
            }
        }
        if (!options.containsKey("--format") || !options.containsKey("--out")) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        String code = args.get(0);
        String kind = options.get("--format").toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("json")) {
            err.println(m.get("cli.export.format", kind));
            return 2;
        }
        String separator = options.get("--separator");
        boolean csv = kind.equals("csv");
        if ((separator != null && !separator.equals(";") && !separator.equals(",")) || (!csv && separator != null)) {
            err.println(m.get("cli.export.separator", separator));
            return 2;
        }
        CsvConvention convention = separator == null ? CsvConvention.of(m.locale())
                : separator.equals(";") ? CsvConvention.SEMICOLON : CsvConvention.COMMA;
        boolean country = code.equals(ALL);
        if (!country && KatoCode.problem(code) != null) {
            err.println(m.get("cli.badCode", code));
            return 1;
        }
        if (!country && registry.find(code).isEmpty()) {
            err.println(m.get("cli.unknownUnit", code));
            return 1;
        }
        Path file = Path.of(options.get("--out"));
        try (OutputStream stream = Files.newOutputStream(file)) {
            if (country) {
                List<Unit> units = new ArrayList<>();
                registry.roots().forEach(root -> collect(root, units));
                if (csv) {
                    UnitCsv.write(units, convention, m.locale(), stream);
                } else {
                    Exporter.json(units, stream);
                }
            } else if (csv) {
                registry.exportCsv(code, convention, m.locale(), stream);
            } else {
                registry.exportJson(code, stream);
            }
        } catch (IOException e) {
            err.println(m.get("cli.export.failed", file.toAbsolutePath(), e.getMessage()));
            return 1;
        }
        out.println(country ? m.get("cli.export.doneAll", file.toAbsolutePath())
                : m.get("cli.export.done", code, file.toAbsolutePath()));
        return 0;
    }

    /** The unit and its current descendants, each parent before its children. */
    private void collect(Unit unit, List<Unit> units) {
        units.add(unit);
        registry.children(unit.code()).forEach(child -> collect(child, units));
    }

    private int importFile(List<String> args, PrintStream out, PrintStream err, Messages m) throws Exception {
        List<String> files = new ArrayList<>();
        boolean apply = false;
        Integer confirmed = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--apply")) {
                apply = true;
            } else if (arg.equals("--confirm-abolish") && i + 1 < args.size() && confirmed == null) {
                try {
                    confirmed = Integer.parseUnsignedInt(args.get(++i));
                } catch (NumberFormatException e) {
                    err.println(m.get("cli.import.badCount", args.get(i)));
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                err.println(m.get("cli.usage"));
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1 || (confirmed != null && !apply)) {
            err.println(m.get("cli.usage"));
            return 2;
        }
        try {
            ImportPreview preview = registry.previewImport(Path.of(files.get(0)));
            out.println(m.get("cli.import.summary", preview.file(), preview.added().size(), preview.renamed().size(),
                    preview.moved().size(), preview.reclassified().size(), preview.abolished().size()));
            preview.added().forEach(u -> out.println("+ " + u.code() + "  " + u.nameKk() + " / " + u.nameRu()));
            preview.renamed().forEach(c -> out.println("~ " + names(c)));
            preview.moved().forEach(c -> out.println("> " + c.after().code() + "  " + c.before().parentCode() + " → "
                    + c.after().parentCode()));
            preview.reclassified().forEach(c -> out.println("* " + c.after().code() + "  " + c.before().kind().id()
                    + " → " + c.after().kind().id()));
            preview.abolished().forEach(u -> out.println("- " + u.code() + "  " + u.nameKk() + " / " + u.nameRu()));
            if (!apply) {
                warnings(preview, out, m);
                out.println(m.get("cli.import.previewOnly"));
                return 0;
            }
            int abolished = preview.abolished().size();
            if (preview.needsConfirmation() && (confirmed == null || confirmed != abolished)) {
                warnings(preview, err, m);
                if (confirmed != null) {
                    err.println(m.get("cli.import.wrongCount", String.valueOf(confirmed), String.valueOf(abolished)));
                }
                return 1;
            }
            registry.applyImport(preview, confirmed == null ? -1 : confirmed);
            out.println(m.get("cli.import.applied"));
            return 0;
        } catch (ImportException e) {
            err.println(m.get("cli.import.refused", e.problems().size()));
            e.problems().forEach(p -> err.println(p.file() + ":" + p.line() + ":" + p.field() + ": " + p.reason()));
            return 1;
        } catch (OutOfScopeException e) {
            err.println(m.get("cli.outOfScope", e.user(), e.regionCode(), e.unitCode()));
            return 1;
        }
    }

    /** What makes an import need its count of abolished units confirmed, in plain words, and how to. */
    private static void warnings(ImportPreview preview, PrintStream out, Messages m) {
        if (!preview.needsConfirmation()) {
            return;
        }
        String abolished = String.valueOf(preview.abolished().size());
        if (preview.abolishesMany()) {
            out.println(m.get("cli.import.abolishesMany", abolished, String.valueOf(preview.currentUnits())));
        }
        if (preview.endsMidLine()) {
            out.println(m.get("cli.import.endsMidLine", preview.file()));
        }
        out.println(m.get("cli.import.confirm", abolished));
    }

    private static String names(UnitChange c) {
        return c.after().code() + "  " + c.before().nameKk() + " / " + c.before().nameRu() + " → " + c.after().nameKk()
                + " / " + c.after().nameRu();
    }
}
