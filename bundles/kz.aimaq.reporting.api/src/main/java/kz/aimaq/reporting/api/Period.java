package kz.aimaq.reporting.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, written as DHIS2 writes them: {@code 2026} (a year), {@code 2026Q1} (a
 * quarter) or {@code 2026-03} (a month).
 *
 * @param type  its length
 * @param start its first day
 * @param end   its last day (inclusive)
 */
public record Period(PeriodType type, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Reads {@code 2026}, {@code 2026Q1} or {@code 2026-03}.
     *
     * @throws IllegalArgumentException naming the text and the three forms when it is none of them
     */
    public static Period parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher m = YEAR.matcher(value);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(PeriodType.YEARLY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        m = QUARTER.matcher(value);
        if (m.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return new Period(PeriodType.QUARTERLY, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            try {
                YearMonth month = YearMonth.parse(value);
                return new Period(PeriodType.MONTHLY, month.atDay(1), month.atEndOfMonth());
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("period '" + value + "' is not a year (2026), a quarter (2026Q1) or a month (2026-03)");
    }

    /** The period as {@link #parse} reads it. */
    public String id() {
        return switch (type) {
            case YEARLY -> Integer.toString(start.getYear());
            case QUARTERLY -> start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> YearMonth.from(start).toString();
        };
    }

    /** The period of this type that holds {@code day}. */
    public static Period containing(PeriodType type, LocalDate day) {
        return switch (type) {
            case YEARLY -> parse(Integer.toString(day.getYear()));
            case QUARTERLY -> parse(day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1));
            case MONTHLY -> parse(YearMonth.from(day).toString());
        };
    }

    /** The period right before this one, of the same type. */
    public Period previous() {
        return containing(type, start.minusDays(1));
    }

    @Override
    public String toString() {
        return id();
    }
}
