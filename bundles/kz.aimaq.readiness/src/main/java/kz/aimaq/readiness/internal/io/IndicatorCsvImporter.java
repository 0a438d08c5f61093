package kz.aimaq.readiness.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.InvalidInputException;

/**
 * Imports {@code unit,indicator,period,value,source} rows, all or nothing: every problem of
 * every row is collected and reported as file:line:field before anything is returned.
 */
public final class IndicatorCsvImporter {

    public static final List<String> COLUMNS = List.of("unit", "indicator", "period", "value", "source");

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?))?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private IndicatorCsvImporter() {
    }

    public static List<IndicatorValue> read(InputStream in, String fileName, Messages messages)
            throws IOException, InvalidInputException {
        return read(in, fileName, messages, null);
    }

    /**
     * As {@link #read(InputStream, String, Messages)}, and a value of an indicator that
     * {@code methodology} takes as a score as it is (normalisation none) must lie on its scale:
     * 150 on a scale of 0 to 100 is a problem of its line, not a silent score above the top.
     */
    public static List<IndicatorValue> read(InputStream in, String fileName, Messages messages,
            Methodology methodology) throws IOException, InvalidInputException {
        Map<String, Indicator> unnormalised = new HashMap<>();
        if (methodology != null) {
            methodology.indicators().stream().filter(i -> i.normalisation().method() == Normalisation.Method.NONE)
                    .forEach(i -> unnormalised.put(i.id(), i));
        }
        Problems problems = new Problems(fileName, messages);
        List<CsvReader.Row> rows = CsvReader.read(in, problems);
        if (rows == null) {
            throw problems.refusal();
        }
        if (rows.isEmpty()) {
            problems.add(1, "-", "csv.empty");
            throw problems.refusal();
        }
        CsvReader.Row header = rows.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            index.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(header.line(), String.join(",", missing), "csv.header", String.join(", ", COLUMNS));
            throw problems.refusal();
        }
        List<IndicatorValue> values = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            IndicatorValue value = row(row, header.fields().size(), index, problems);
            if (value != null) {
                Integer earlier = seen.putIfAbsent(value.unit() + '\u0000' + value.indicator() + '\u0000'
                        + value.period(), row.line());
                Indicator taken = unnormalised.get(value.indicator());
                if (earlier != null) {
                    problems.add(row.line(), "unit", "csv.duplicate", earlier);
                } else if (taken != null && !onScale(taken.transform().apply(value.value()), methodology.scale())) {
                    problems.add(row.line(), "value", "csv.outOfScale", row.fields().get(index.get("value")).strip(),
                            value.indicator(), scale(methodology.scale()), value.unit());
                } else {
                    values.add(value);
                }
            }
        }
        problems.throwIfAny();
        return List.copyOf(values);
    }

    private static boolean onScale(double score, double scale) {
        return score >= 0 && score <= scale;
    }

    private static String scale(double scale) {
        return java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
    }

    private static IndicatorValue row(CsvReader.Row row, int width, Map<String, Integer> index, Problems problems) {
        if (row.fields().size() != width) {
            problems.add(row.line(), "-", "csv.columns", width, row.fields().size());
            return null;
        }
        boolean ok = true;
        String unit = field(row, index, "unit", problems);
        if (unit != null && DIGITS.matcher(unit).matches() && unit.length() != 9) {
            problems.add(row.line(), "unit", "csv.kato", unit);
            ok = false;
        }
        String indicator = field(row, index, "indicator", problems);
        String period = field(row, index, "period", problems);
        if (period != null && !PERIOD.matcher(period).matches()) {
            problems.add(row.line(), "period", "csv.period", period);
            ok = false;
        }
        String text = field(row, index, "value", problems);
        double value = Double.NaN;
        if (text != null) {
            value = NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
            if (!Double.isFinite(value)) {
                problems.add(row.line(), "value", "csv.number", text);
                ok = false;
            }
        }
        String source = field(row, index, "source", problems);
        if (!ok || unit == null || indicator == null || period == null || text == null || source == null) {
            return null;
        }
        return new IndicatorValue(unit, indicator, period, value, source);
    }

    private static String field(CsvReader.Row row, Map<String, Integer> index, String column, Problems problems) {
        String value = row.fields().get(index.get(column)).strip();
        if (value.isEmpty()) {
            problems.add(row.line(), column, "csv.blank");
            return null;
        }
        return value;
    }
}
