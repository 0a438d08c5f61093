package kz.aimaq.reporting.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;

/**
 * Sums figures of the lowest units (okrugs) up to districts, regions and the nation over the
 * registry's current hierarchy, with a subtotal at each level. A district is a region's direct
 * subordinate; an okrug is any unit below a district that the leaf test accepts (by default:
 * units with their own budget). A district with no such unit below it (the districts of Astana,
 * Almaty and Shymkent) is its own lowest level; {@link #notes} says so for each such city.
 */
public final class RollUp {

    /** The levels of the roll-up, from the top. */
    public enum Level {
        NATION, REGION, DISTRICT, OKRUG
    }

    /** A unit of the roll-up and the units it sums. */
    private record Node(Unit unit, Level level, List<Node> children) {
    }

    private final List<Node> tops;
    private final Unit scope;
    private final List<Unit> citiesWithoutOkrugs = new ArrayList<>();

    private RollUp(List<Node> tops, Unit scope) {
        this.tops = tops;
        this.scope = scope;
    }

    /** The strings of this class, in files of their own (see {@link ReportStrings}). */
    static ReportStrings strings(Locale locale) {
        return ReportStrings.load(RollUp.class, "rollup", locale);
    }

    /** The roll-up over units with their own budget (rural okrugs, village, settlement and town administrations). */
    public static RollUp okrugs(RegistryService registry, String scopeCode) {
        return of(registry, scopeCode, Unit::ownBudget);
    }

    /**
     * The roll-up of one scope.
     *
     * @param scopeCode {@code null} for the nation, else a region's or district's code
     * @param leaf      which units below a district are its lowest level
     * @throws IllegalArgumentException if there is no current unit with the scope code, or it is below a district
     */
    public static RollUp of(RegistryService registry, String scopeCode, Predicate<Unit> leaf) {
        if (scopeCode == null) {
            RollUp rollUp = new RollUp(new ArrayList<>(), null);
            for (Unit region : registry.roots()) {
                rollUp.tops.add(rollUp.region(registry, region, leaf));
            }
            return rollUp;
        }
        Unit unit = registry.find(scopeCode)
                .orElseThrow(() -> new IllegalArgumentException("no current unit with KATO code " + scopeCode));
        RollUp rollUp = new RollUp(new ArrayList<>(), unit);
        if (unit.parentCode() == null) {
            rollUp.tops.add(rollUp.region(registry, unit, leaf));
        } else if (registry.ancestors(scopeCode).size() == 1) {
            Unit region = registry.ancestors(scopeCode).get(0);
            rollUp.tops.add(rollUp.district(registry, region, unit, leaf));
        } else {
            rollUp.tops.add(new Node(unit, Level.OKRUG, List.of()));
        }
        return rollUp;
    }

    private Node region(RegistryService registry, Unit region, Predicate<Unit> leaf) {
        List<Node> districts = new ArrayList<>();
        for (Unit district : registry.children(region.code())) {
            districts.add(district(registry, region, district, leaf));
        }
        return new Node(region, Level.REGION, districts);
    }

    private Node district(RegistryService registry, Unit region, Unit district, Predicate<Unit> leaf) {
        List<Node> okrugs = new ArrayList<>();
        collect(registry, district.code(), leaf, okrugs);
        if (okrugs.isEmpty() && region.kind() == UnitKind.CITY_REPUBLICAN && !citiesWithoutOkrugs.contains(region)) {
            citiesWithoutOkrugs.add(region);
        }
        return new Node(district, Level.DISTRICT, okrugs);
    }

    private static void collect(RegistryService registry, String code, Predicate<Unit> leaf, List<Node> into) {
        for (Unit child : registry.children(code)) {
            if (leaf.test(child)) {
                into.add(new Node(child, Level.OKRUG, List.of()));
            } else {
                collect(registry, child.code(), leaf, into);
            }
        }
    }

    /**
     * Adds units that no longer exist (abolished, or moved away) under the district they belonged
     * to, so that figures about past periods still add up; a unit whose district is not in the
     * roll-up is left out. Returns this roll-up.
     */
    public RollUp including(java.util.Collection<Unit> formerUnits) {
        Map<String, Node> districts = new LinkedHashMap<>();
        for (Node top : tops) {
            if (top.level() == Level.DISTRICT) {
                districts.put(top.unit().code(), top);
            }
            for (Node child : top.children()) {
                if (child.level() == Level.DISTRICT) {
                    districts.put(child.unit().code(), child);
                }
            }
        }
        for (Unit former : formerUnits) {
            Node district = former.parentCode() == null ? null : districts.get(former.parentCode());
            if (district == null) {
                district = districts.get(former.code().substring(0, 4) + "00000");
            }
            if (district != null && !district.unit().code().equals(former.code())) {
                district.children().add(new Node(former, Level.OKRUG, List.of()));
            }
        }
        return this;
    }

    /** The lowest units, each once: okrugs, and districts that have none below them. */
    public List<Unit> leaves() {
        List<Unit> leaves = new ArrayList<>();
        for (Node top : tops) {
            leaves(top, leaves);
        }
        return leaves;
    }

    private static void leaves(Node node, List<Unit> into) {
        if (node.children().isEmpty()) {
            into.add(node.unit());
        }
        for (Node child : node.children()) {
            leaves(child, into);
        }
    }

    /** The cities of republican significance in the scope whose districts have no okrugs. */
    public List<Unit> citiesWithoutOkrugs() {
        return List.copyOf(citiesWithoutOkrugs);
    }

    /** One sentence per city without okrugs, for the report's notes. */
    public List<String> notes(Locale locale) {
        ReportStrings messages = strings(locale);
        return citiesWithoutOkrugs.stream().map(city -> messages.get("rollup.noOkrugs", city.name(locale))).toList();
    }

    /** The scope's name: the unit's, or the nation's. */
    public String scopeName(Locale locale) {
        return scope == null ? strings(locale).get("rollup.nation") : scope.name(locale);
    }

    /**
     * A table of the roll-up: a code and a name column, then {@code valueColumns}. Levels from
     * the scope down to {@code deepest} are rows: the lowest shown level as detail rows, the
     * levels above as subtotals before their rows, the scope's total last.
     *
     * @param values the cells of the value columns for a lowest unit (numbers or {@code null})
     */
    public Table table(String title, Locale locale, List<Column> valueColumns, Function<Unit, List<Object>> values,
            Level deepest) {
        ReportStrings messages = strings(locale);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("code", messages.get("rollup.code")));
        columns.add(Column.text("name", messages.get("rollup.unit")));
        columns.addAll(valueColumns);
        Map<Unit, Object[]> sums = new LinkedHashMap<>();
        Object[] total = new Object[valueColumns.size()];
        for (Node top : tops) {
            add(valueColumns, total, sum(top, valueColumns, values, sums));
        }
        ratios(valueColumns, total);
        List<Row> rows = new ArrayList<>();
        for (Node top : tops) {
            rows(top, deepest, 0, sums, locale, rows);
        }
        List<Object> totalCells = new ArrayList<>();
        totalCells.add(scope == null ? "" : scope.code());
        totalCells.add(messages.get("rollup.total") + ": " + scopeName(locale));
        totalCells.addAll(java.util.Arrays.asList(total));
        rows.add(new Row(RowKind.TOTAL, 0, totalCells));
        return new Table(title, columns, rows);
    }

    /**
     * The sums of each unit at {@code level} (regions for a national roll-up), in order: for
     * charts beside the table.
     */
    public Map<Unit, List<Object>> sumsAt(Level level, List<Column> valueColumns, Function<Unit, List<Object>> values) {
        Map<Unit, Object[]> sums = new LinkedHashMap<>();
        for (Node top : tops) {
            sum(top, valueColumns, values, sums);
        }
        Map<Unit, List<Object>> result = new LinkedHashMap<>();
        collectAt(tops, level, sums, result);
        return result;
    }

    private static void collectAt(List<Node> nodes, Level level, Map<Unit, Object[]> sums, Map<Unit, List<Object>> into) {
        for (Node node : nodes) {
            if (node.level() == level) {
                into.put(node.unit(), java.util.Arrays.asList(sums.get(node.unit())));
            } else {
                collectAt(node.children(), level, sums, into);
            }
        }
    }

    private void rows(Node node, Level deepest, int depth, Map<Unit, Object[]> sums, Locale locale, List<Row> rows) {
        boolean lowest = node.children().isEmpty() || node.level() == deepest;
        List<Object> cells = new ArrayList<>();
        cells.add(node.unit().code());
        cells.add(node.unit().name(locale));
        cells.addAll(java.util.Arrays.asList(sums.get(node.unit())));
        rows.add(new Row(lowest ? RowKind.DETAIL : RowKind.SUBTOTAL, depth, cells));
        if (!lowest) {
            for (Node child : node.children()) {
                rows(child, deepest, depth + 1, sums, locale, rows);
            }
        }
    }

    private static Object[] sum(Node node, List<Column> columns, Function<Unit, List<Object>> values,
            Map<Unit, Object[]> sums) {
        Object[] cells;
        if (node.children().isEmpty()) {
            List<Object> leafValues = values.apply(node.unit());
            if (leafValues.size() != columns.size()) {
                throw new IllegalArgumentException(leafValues.size() + " values for " + columns.size()
                        + " columns at " + node.unit().code());
            }
            cells = leafValues.toArray();
        } else {
            cells = new Object[columns.size()];
            for (Node child : node.children()) {
                add(columns, cells, sum(child, columns, values, sums));
            }
            ratios(columns, cells);
        }
        sums.put(node.unit(), cells);
        return cells;
    }

    private static void add(List<Column> columns, Object[] into, Object[] cells) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).total() == Total.SUM && cells[i] != null) {
                into[i] = plus(into[i], cells[i]);
            }
        }
    }

    private static Object plus(Object a, Object b) {
        if (a == null) {
            return b;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        return ((BigDecimal) a).add((BigDecimal) b);
    }

    private static void ratios(List<Column> columns, Object[] cells) {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.total() == Total.RATIO) {
                cells[i] = ratio(value(columns, cells, column.numerator()), value(columns, cells, column.denominator()));
            }
        }
    }

    private static BigDecimal value(List<Column> columns, Object[] cells, String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                Object cell = cells[i];
                return cell == null ? null : cell instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) cell;
            }
        }
        throw new IllegalArgumentException("ratio refers to no column " + id);
    }

    /** numerator / denominator to four places, or {@code null} when the denominator is zero or missing. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
}
