package kz.aimaq.readiness.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.l10n.Messages;

/** The columns of the ranking, each with its text, its CSV value and its order. */
enum Column {
    RANK("column.rank", 60),
    CODE("column.code", 95),
    NAME("column.name", 220),
    LEVEL("column.level", 90),
    REGION("column.region", 220),
    SCORE("column.score", 70),
    BAND("column.band", 110),
    COVERAGE("column.coverage", 80),
    INTERVAL("column.interval", 110);

    private final String key;
    private final int width;

    Column(String key, int width) {
        this.key = key;
        this.width = width;
    }

    String key() {
        return key;
    }

    int width() {
        return width;
    }

    /** Whether the column holds numbers, which align to the right. */
    boolean numeric() {
        return this == RANK || this == SCORE || this == COVERAGE || this == INTERVAL;
    }

    /** What the cell shows. */
    String text(Row row, Locale locale, Messages messages, Function<String, Region> regions) {
        return switch (this) {
            case RANK -> row.rank() == 0 ? "—" : Integer.toString(row.rank());
            case CODE -> row.code();
            case NAME -> row.name(locale);
            case LEVEL -> messages.get(row.level().key());
            case REGION -> regionName(row, locale, regions);
            case SCORE -> Widgets.score(row.score(), locale, messages);
            case BAND -> row.band() == null ? "" : row.band().name().get(locale);
            case COVERAGE -> Widgets.percent(row.coverage(), locale);
            case INTERVAL -> Widgets.interval(row.interval());
        };
    }

    /**
     * The order this column sorts by, ascending; unscored units sort after scored ones under
     * every numeric column.
     */
    Comparator<Row> order(Locale locale, Messages messages, Function<String, Region> regions) {
        Collator collator = Collator.getInstance(locale);
        Comparator<Row> byRank = Comparator.comparing((Row r) -> r.rank() == 0).thenComparingInt(Row::rank)
                .thenComparing(Row::level).thenComparing(Row::code);
        Comparator<Row> primary = switch (this) {
            case RANK, SCORE, BAND -> byRank;
            case CODE -> Comparator.comparing(Row::code);
            case NAME -> Comparator.comparing((Row r) -> r.name(locale), collator);
            case LEVEL -> Comparator.comparing(Row::level);
            case REGION -> Comparator.comparing((Row r) -> regionName(r, locale, regions), collator);
            case COVERAGE -> Comparator.comparingDouble(Row::coverage).reversed();
            case INTERVAL -> Comparator.comparing((Row r) -> r.interval() == null)
                    .thenComparingInt(r -> r.interval() == null ? 0 : r.interval().low());
        };
        return primary.thenComparing(byRank);
    }

    private static String regionName(Row row, Locale locale, Function<String, Region> regions) {
        Region region = regions.apply(row.code().substring(0, 2));
        return region != null ? region.name(locale) : row.code().substring(0, 2) + "0000000";
    }
}
