package kz.aimaq.readiness.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.cli.CliCommand;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.InputProblem;
import kz.aimaq.readiness.api.InvalidInputException;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.internal.io.IndicatorCsvImporter;

/**
 * {@code aimaq --headless readiness score|validate ...}: scores any data set against any
 * methodology file; needs no registry when the data names its own units.
 */
@Component(service = CliCommand.class, property = {CliCommand.NAME + "=readiness",
        CliCommand.USAGE + "=" + ReadinessCommand.USAGE})
public final class ReadinessCommand implements CliCommand {

    static final String USAGE = "readiness score --methodology <file|builtin:id> --data <csv> --out <csv>"
            + " [--period <p> [--returns <kato|all>]] [--rank-decimals <n>] | readiness validate --methodology <file|builtin:id>";
    private static final String BUILTIN = "builtin:";

    private final ReadinessEngine engine;
    private final UserContext user;
    private final SubmittedValues submitted;

    @Activate
    public ReadinessCommand(@Reference(name = "engine") ReadinessEngine engine,
            @Reference(name = "user", cardinality = ReferenceCardinality.OPTIONAL) UserContext user,
            @Reference(name = "submitted", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) SubmittedValues submitted) {
        this.engine = engine;
        this.user = user;
        this.submitted = submitted;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
        Locale locale = user == null ? Locale.getDefault() : user.locale();
        Messages messages = ReadinessEngineImpl.messages(locale);
        Map<String, String> options = new HashMap<>();
        if (arguments.isEmpty() || !parse(arguments.subList(1, arguments.size()), options)) {
            err.println(messages.get("cli.usage", USAGE));
            return 2;
        }
        String verb = arguments.get(0);
        Set<String> allowed = "score".equals(verb) ? Set.of("methodology", "data", "out", "period", "returns", "rank-decimals")
                : "validate".equals(verb) ? Set.of("methodology") : Set.of();
        boolean complete = "score".equals(verb) ? options.keySet().containsAll(Set.of("methodology", "data", "out"))
                && (!options.containsKey("returns") || options.containsKey("period"))
                : options.containsKey("methodology");
        if (allowed.isEmpty() || !allowed.containsAll(options.keySet()) || !complete) {
            err.println(messages.get("cli.usage", USAGE));
            return 2;
        }
        try {
            Methodology methodology = methodology(options.get("methodology"), locale, messages);
            if ("validate".equals(verb)) {
                out.println(messages.get("cli.valid", methodology.id(), methodology.version(),
                        methodology.groups().size(), methodology.indicators().size()));
                return 0;
            }
            return score(methodology, options, locale, messages, out);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(p));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int score(Methodology methodology, Map<String, String> options, Locale locale, Messages messages,
            PrintStream out) throws IOException, InvalidInputException {
        int decimals = -1;
        if (options.containsKey("rank-decimals")) {
            String text = options.get("rank-decimals");
            if (!text.matches("\\d{1,2}")) {
                throw new InvalidInputException(List.of(new InputProblem("--rank-decimals", 0, "rank-decimals",
                        messages.get("cli.decimals", text))));
            }
            decimals = Integer.parseInt(text);
        }
        Path target = Path.of(options.get("out")).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw refusal(target, "--out", messages.get("cli.outIsFolder"));
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw refusal(folder, "--out", messages.get("cli.outFolderMissing"));
        }
        List<IndicatorValue> values;
        Path data = Path.of(options.get("data"));
        try (InputStream in = open(data, messages)) {
            values = IndicatorCsvImporter.read(in, data.toString(), messages, methodology);
        }
        String period = options.get("period");
        int returned = 0;
        if (options.containsKey("returns")) {
            if (submitted == null) {
                throw refusal(data, "--returns", messages.get("cli.noReturns"));
            }
            String scope = options.get("returns");
            List<IndicatorValue> fromReturns = submitted.values(period, "all".equals(scope) ? null : scope);
            returned = (int) fromReturns.stream().map(IndicatorValue::unit).distinct().count();
            values = SubmittedValues.merge(values, fromReturns);
        }
        if (period != null && values.stream().noneMatch(v -> v.period().equals(period))) {
            Set<String> periods = new TreeSet<>();
            values.forEach(v -> periods.add(v.period()));
            throw refusal(data, "period", messages.get("cli.noPeriod", period, String.join(", ", periods)));
        }
        ScoreTable table = engine.score(methodology, values, new ScoringOptions(period, decimals));
        // written beside the target and moved over it, so a failure never leaves half a file; created
        // as any new file is (not 0600 as a temporary file), and removed if anything goes wrong
        Path partial = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ScoreCsvWriter.write(table, locale, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        long insufficient = table.units().stream().filter(u -> !table.unit(u).total().sufficient()).count();
        out.println(messages.get("cli.scored", table.units().size(), insufficient, String.valueOf(table.period()),
                target));
        Set<String> used = new TreeSet<>();
        methodology.indicators().forEach(i -> used.addAll(series(i)));
        Set<String> ignored = new TreeSet<>();
        values.stream().map(IndicatorValue::indicator).filter(i -> !used.contains(i)).forEach(ignored::add);
        if (!ignored.isEmpty()) {
            out.println(messages.get("cli.ignored", String.join(", ", ignored)));
        }
        if (options.containsKey("returns")) {
            out.println(messages.get("cli.returns", returned, period));
        }
        if (values.stream().anyMatch(IndicatorValue::synthetic)) {
            out.println(messages.get("cli.synthetic"));
        }
        return 0;
    }

    private static InvalidInputException refusal(Path file, String field, String reason) {
        return new InvalidInputException(List.of(new InputProblem(file.toString(), 0, field, reason)));
    }

    private Methodology methodology(String name, Locale locale, Messages messages)
            throws IOException, InvalidInputException {
        if (name.startsWith(BUILTIN)) {
            return engine.shippedMethodology(name.substring(BUILTIN.length()));
        }
        Path file = Path.of(name);
        try (InputStream in = open(file, messages)) {
            return engine.readMethodology(in, file.toString(), locale);
        }
    }

    private static InputStream open(Path file, Messages messages) throws IOException, InvalidInputException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(List.of(new InputProblem(file.toString(), 0, "-",
                    messages.get("cli.missingFile"))));
        }
        return Files.newInputStream(file);
    }

    private static Set<String> series(Indicator indicator) {
        return indicator.ratio() == null ? Set.of(indicator.id())
                : Set.of(indicator.id(), indicator.ratio().numerator(), indicator.ratio().denominator());
    }

    /** {@code --name value} pairs; false on a stray word, a repeated option or a missing value. */
    private static boolean parse(List<String> words, Map<String, String> options) {
        for (int i = 0; i < words.size(); i += 2) {
            String word = words.get(i);
            if (!word.startsWith("--") || i + 1 >= words.size() || options.containsKey(word.substring(2))) {
                return false;
            }
            options.put(word.substring(2), words.get(i + 1));
        }
        return true;
    }
}
