package kz.aimaq.tax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.Confidence;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.InvalidInputException;
import kz.aimaq.tax.api.ReferenceRow;

/**
 * The dated reference tables, read from files with {@code valid_from, valid_to, source,
 * confidence} on every row. At load each row's interval is checked (to after from) and rows of
 * the same key may not overlap, so exactly one row answers for a day.
 */
final class ReferenceTables {

    static final List<String> VALIDITY = List.of("valid_from", "valid_to", "source", "confidence");

    /** A table's value columns (in order) and which of them name what a row is about. */
    record Spec(String name, List<String> columns, List<String> keyColumns) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("mci", List.of("mci_tenge"), List.of()),
            new Spec("base_rate", List.of("rate_percent"), List.of()),
            new Spec("penalty", List.of("multiplier"), List.of()),
            new Spec("vehicle_rates", List.of("variant", "class", "above", "up_to", "mci", "law"),
                    List.of("variant", "class", "above")),
            new Spec("vehicle_age", List.of("class", "older_than", "up_to", "coefficient", "law"),
                    List.of("class", "older_than")),
            new Spec("property_scale", List.of("above", "up_to", "fixed_tenge", "percent", "law"), List.of("above")),
            new Spec("property_owner_total", List.of("above", "fixed_tenge", "percent", "law"), List.of("above")),
            new Spec("land_rates", List.of("category", "above_m2", "up_to_m2", "tenge_per_unit", "unit_m2", "law"),
                    List.of("category", "above_m2")),
            new Spec("kbk", List.of("kbk", "tax_kind", "payer", "budget_level", "name_en", "name_ru", "name_kk"),
                    List.of("kbk")),
            new Spec("due_dates", List.of("tax_kind", "payer", "month_day", "years_after"),
                    List.of("tax_kind", "payer")));

    private final Map<String, List<ReferenceRow>> tables;

    private ReferenceTables(Map<String, List<ReferenceRow>> tables) {
        this.tables = tables;
    }

    /** The tables shipped in this bundle under {@code reference/}. */
    static ReferenceTables shipped() {
        Map<String, List<ReferenceRow>> tables = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Spec spec : SPECS) {
            String path = "reference/" + spec.name() + ".csv";
            try (InputStream in = ReferenceTables.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the bundle ships no " + path);
                }
                tables.put(spec.name(), read(spec, in, path, Locale.ENGLISH, problems));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the shipped reference tables are inconsistent: " + problems);
        }
        return new ReferenceTables(tables);
    }

    static Spec spec(String table) {
        return SPECS.stream().filter(s -> s.name().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference table '" + table + "'"));
    }

    /** Reads and checks one table file; problems (in English) are added, good rows returned. */
    static List<ReferenceRow> read(Spec spec, InputStream in, String file, List<InputProblem> problems)
            throws IOException {
        return read(spec, in, file, Locale.ENGLISH, problems);
    }

    /** Reads and checks one table file; problems, said in {@code locale}'s language, are added, good rows returned. */
    static List<ReferenceRow> read(Spec spec, InputStream in, String file, Locale locale, List<InputProblem> problems)
            throws IOException {
        Messages texts = ProblemTexts.of(locale);
        List<String> required = new ArrayList<>(spec.columns());
        required.addAll(VALIDITY);
        List<ReferenceRow> rows = new ArrayList<>();
        Map<ReferenceRow, Long> lines = new HashMap<>();
        for (TaxCsv.Row row : TaxCsv.read(in, file, required, locale, problems)) {
            List<String> values = new ArrayList<>();
            for (String column : spec.columns()) {
                values.add(row.text(column));
            }
            StringBuilder key = new StringBuilder();
            for (String column : spec.keyColumns()) {
                key.append(key.length() == 0 ? "" : ":").append(row.text(column));
            }
            LocalDate from = date(row, "valid_from", true);
            LocalDate to = date(row, "valid_to", false);
            String source = row.required("source");
            Confidence confidence = null;
            try {
                confidence = Confidence.ofLetter(row.text("confidence"));
            } catch (IllegalArgumentException e) {
                row.problem("confidence", "reference.confidence", row.text("confidence"));
            }
            if (from != null && to != null && !to.isAfter(from)) {
                row.problem("valid_to", "reference.toNotAfterFrom", to.toString(), from.toString());
                continue;
            }
            if (from != null && source != null && confidence != null) {
                ReferenceRow r = new ReferenceRow(spec.name(), key.toString(), values, from, to, source, confidence);
                rows.add(r);
                lines.put(r, row.line());
            }
        }
        Map<String, List<ReferenceRow>> byKey = new HashMap<>();
        for (ReferenceRow r : rows) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        for (List<ReferenceRow> same : byKey.values()) {
            same.sort(Comparator.comparing(ReferenceRow::validFrom));
            for (int i = 1; i < same.size(); i++) {
                ReferenceRow before = same.get(i - 1);
                ReferenceRow after = same.get(i);
                if (before.validTo() == null || before.validTo().isAfter(after.validFrom())) {
                    problems.add(new InputProblem(file, lines.get(after), "valid_from", texts.get("reference.overlap",
                            lines.get(before), after.key(), before.validFrom().toString(), before.validTo() == null
                                    ? texts.get("reference.open") : before.validTo().toString())));
                }
            }
        }
        return rows;
    }

    private static LocalDate date(TaxCsv.Row row, String column, boolean required) {
        String text = row.text(column);
        if (text.isEmpty()) {
            if (required) {
                row.problem(column, "reference.dateEmpty");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            row.problem(column, "reference.dateInvalid", text);
            return null;
        }
    }

    /** Every row of a table, in file order. */
    List<ReferenceRow> rows(String table) {
        List<ReferenceRow> rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("no reference table '" + table + "'");
        }
        return rows;
    }

    /** The tables with one replaced by checked rows (an administrator's newer file). */
    ReferenceTables with(String table, List<ReferenceRow> rows) {
        Map<String, List<ReferenceRow>> copy = new LinkedHashMap<>(tables);
        copy.put(table, List.copyOf(rows));
        return new ReferenceTables(copy);
    }

    /** Throws naming every problem. */
    static void refuseIfAny(List<InputProblem> problems) throws InvalidInputException {
        TaxCsv.refuseIfAny(problems);
    }
}
