package kz.aimaq.readiness.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import kz.aimaq.csv.CsvInput;
import kz.aimaq.csv.CsvProblem;
import kz.aimaq.csv.CsvRow;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.InvalidInputException;

/**
 * Imports {@code unit,indicator,period,value,source} rows, all or nothing: every problem of
 * every row is collected and reported as file:line:field before anything is returned. A file
 * separated by {@code ;} may write decimals with a comma, as Excel does in Kazakh and Russian.
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
        CsvInput csv = CsvInput.read(in.readAllBytes());
        csv.problems().forEach(p -> problems.add(p, messages.locale()));
        if (!csv.decoded() || csv.header().isEmpty()) {
            if (csv.problems().stream().anyMatch(p -> p.kind() == CsvProblem.Kind.EMPTY)) {
                problems.clear();
                problems.add(1, "-", "csv.empty");
            }
            throw problems.refusal();
        }
        List<String> missing = csv.missing(COLUMNS);
        if (!missing.isEmpty()) {
            problems.add(1, String.join(",", missing), "csv.header", String.join(", ", COLUMNS));
            throw problems.refusal();
        }
        List<IndicatorValue> values = new ArrayList<>(csv.rows().size());
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            IndicatorValue value = row(row, csv, problems);
            if (value != null) {
                Integer earlier = seen.putIfAbsent(value.unit() + '\u0000' + value.indicator() + '\u0000'
                        + value.period(), row.line());
                Indicator taken = unnormalised.get(value.indicator());
                if (earlier != null) {
                    problems.add(row.line(), "unit", "csv.duplicate", earlier);
                } else if (taken != null && !onScale(taken.transform().apply(value.value()), methodology.scale())) {
                    problems.add(row.line(), "value", "csv.outOfScale", row.get(csv.column("value")).strip(),
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

    private static IndicatorValue row(CsvRow row, CsvInput csv, Problems problems) {
        boolean ok = true;
        String unit = field(row, csv, "unit", problems);
        if (unit != null && DIGITS.matcher(unit).matches() && unit.length() != 9) {
            problems.add(row.line(), "unit", "csv.kato", unit);
            ok = false;
        }
        String indicator = field(row, csv, "indicator", problems);
        String period = field(row, csv, "period", problems);
        if (period != null && !PERIOD.matcher(period).matches()) {
            problems.add(row.line(), "period", "csv.period", period);
            ok = false;
        }
        String text = field(row, csv, "value", problems);
        double value = Double.NaN;
        if (text != null) {
            // a file separated by ';' is Excel's with Kazakh or Russian settings: its decimal mark is a comma
            String number = csv.separator() == ';' ? text.replace(',', '.') : text;
            value = NUMBER.matcher(number).matches() ? Double.parseDouble(number) : Double.NaN;
            if (!Double.isFinite(value)) {
                problems.add(row.line(), "value", csv.separator() == ';' ? "csv.number.comma" : "csv.number", text);
                ok = false;
            }
        }
        String source = field(row, csv, "source", problems);
        if (!ok || unit == null || indicator == null || period == null || text == null || source == null) {
            return null;
        }
        return new IndicatorValue(unit, indicator, period, value, source);
    }

    private static String field(CsvRow row, CsvInput csv, String column, Problems problems) {
        String value = row.get(csv.column(column)).strip();
        if (value.isEmpty()) {
            problems.add(row.line(), column, "csv.blank");
            return null;
        }
        return value;
    }
}
