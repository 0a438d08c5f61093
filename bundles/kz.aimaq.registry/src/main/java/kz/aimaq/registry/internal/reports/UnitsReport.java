package kz.aimaq.registry.internal.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Parameter;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Title;

/**
 * The registry's report: how many units of each kind every district and region has, with
 * population, from the current registry. Districts are the rows (their population is published,
 * the okrugs' mostly is not); a region's or district's report also lists its okrugs.
 */
@Component(service = Report.class)
public final class UnitsReport implements Report {

    static final String ID = "registry.units";
    static final String STRINGS = "registry-reports";

    /** The own-budget kinds counted in columns of their own, in order. */
    private static final List<UnitKind> KINDS = List.of(UnitKind.RURAL_OKRUG, UnitKind.TOWN_ADMIN,
            UnitKind.VILLAGE_ADMIN, UnitKind.SETTLEMENT_ADMIN);

    /** Map classes by population: up to, in people. */
    private static final long[] POPULATION_CLASSES = {2_000, 5_000, 15_000, Long.MAX_VALUE};
    private static final int[] CLASS_COLOURS = {0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x2171B5};

    private final RegistryService registry;

    @Activate
    public UnitsReport(@Reference RegistryService registry) {
        this.registry = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String module() {
        return "registry";
    }

    @Override
    public Title title() {
        return new Title("Бірліктер түрлері бойынша және халқы", "Единицы по видам и население",
                "Units by kind and population");
    }

    @Override
    public Set<Parameter> parameters() {
        return Set.of(Parameter.UNIT, Parameter.AS_OF);
    }

    @Override
    public ReportResult run(ReportRequest request, ProgressMonitor monitor) throws ReportException {
        Locale locale = request.locale();
        ReportStrings s = ReportStrings.load(UnitsReport.class, STRINGS, locale);
        RollUp districts;
        RollUp okrugs;
        try {
            districts = RollUp.of(registry, request.unit(), unit -> false);
            okrugs = RollUp.okrugs(registry, request.unit());
        } catch (IllegalArgumentException e) {
            throw new ReportException(s.get("units.noUnit", request.unit()));
        }
        monitor.subTask(s.get("units.counting"));
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Unit district : districts.leaves()) {
            counts.put(district.code(), count(district));
            if (monitor.isCancelled()) {
                throw new ReportException(s.get("units.cancelled"));
            }
        }
        List<Column> columns = new ArrayList<>();
        for (UnitKind kind : KINDS) {
            columns.add(Column.count(kind.id(), s.get("kind." + kind.id()), ""));
        }
        columns.add(Column.count("ownBudget", s.get("units.ownBudget"), ""));
        columns.add(Column.count("villages", s.get("units.villages"), ""));
        columns.add(Column.count("population", s.get("units.population"), s.get("units.people")));
        List<Block> byDistrict = new ArrayList<>();
        byDistrict.add(districts.table("", locale, columns, district -> values(district, counts.get(district.code())),
                RollUp.Level.DISTRICT));
        RollUp.Level chartLevel = request.unit() == null ? RollUp.Level.REGION : RollUp.Level.DISTRICT;
        Map<Unit, List<Object>> sums = districts.sumsAt(chartLevel, columns,
                district -> values(district, counts.get(district.code())));
        List<String> names = sums.keySet().stream().map(u -> u.name(locale)).toList();
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            int column = k;
            series.add(new Series(columns.get(k).title(), sums.values().stream().map(v -> number(v.get(column))).toList()));
        }
        byDistrict.add(new Chart(ChartKind.STACKED_BAR, s.get("units.chartKinds"), "", names, series));
        byDistrict.add(new Chart(ChartKind.BAR, s.get("units.chartPopulation"), s.get("units.people"), names,
                List.of(new Series(s.get("units.population"), sums.values().stream().map(v -> number(v.get(6))).toList()))));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(s.get("units.sectionDistricts"), byDistrict));
        List<Block> okrugBlocks = new ArrayList<>();
        if (request.unit() != null) {
            List<Column> okrugColumns = List.of(Column.count("villages", s.get("units.villages"), ""),
                    Column.count("population", s.get("units.population"), s.get("units.people")));
            okrugBlocks.add(okrugs.table("", locale, okrugColumns,
                    okrug -> Arrays.asList((Object) villages(okrug.code()), okrug.population()), RollUp.Level.OKRUG));
        }
        okrugBlocks.add(map(okrugs, request.unit() == null, s, locale));
        sections.add(new Section(s.get("units.sectionOkrugs"), okrugBlocks));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(s.get("param.unit"), districts.scopeName(locale));
        parameters.put(s.get("param.asOf"), request.asOf().toString());
        List<String> notes = new ArrayList<>(districts.notes(locale));
        notes.add(s.get("units.noteCurrent"));
        ReportMetadata metadata = new ReportMetadata(ID, parameters, List.of(
                new DataSource(s.get("source.kato"), java.time.LocalDate.of(2025, 2, 1), false),
                new DataSource(s.get("source.population"), java.time.LocalDate.of(2023, 1, 1), false)),
                java.time.Instant.now(), request.user(), notes);
        return new ReportResult(title().get(locale) + ": " + districts.scopeName(locale), locale, sections, metadata);
    }

    private static Double number(Object cell) {
        return cell == null ? null : ((Number) cell).doubleValue();
    }

    private static List<Object> values(Unit district, long[] counts) {
        List<Object> cells = new ArrayList<>();
        for (long c : counts) {
            cells.add(c);
        }
        cells.add(district.population());
        return cells;
    }

    /** Per kind of {@link #KINDS}, then all own-budget units, then villages, below a district. */
    private long[] count(Unit district) {
        long[] counts = new long[KINDS.size() + 2];
        List<Unit> stack = new ArrayList<>(registry.children(district.code()));
        while (!stack.isEmpty()) {
            Unit unit = stack.remove(stack.size() - 1);
            int k = KINDS.indexOf(unit.kind());
            if (k >= 0) {
                counts[k]++;
            }
            if (unit.ownBudget()) {
                counts[KINDS.size()]++;
            }
            if (unit.kind() == UnitKind.VILLAGE) {
                counts[KINDS.size() + 1]++;
            }
            stack.addAll(registry.children(unit.code()));
        }
        return counts;
    }

    private long villages(String code) {
        long villages = 0;
        for (Unit child : registry.children(code)) {
            villages += (child.kind() == UnitKind.VILLAGE ? 1 : 0) + villages(child.code());
        }
        return villages;
    }

    private MapPanel map(RollUp okrugs, boolean national, ReportStrings s, Locale locale) {
        List<MapPanel.MapClass> classes = List.of(new MapPanel.MapClass(s.get("map.upTo", 2_000), CLASS_COLOURS[0]),
                new MapPanel.MapClass(s.get("map.upTo", 5_000), CLASS_COLOURS[1]),
                new MapPanel.MapClass(s.get("map.upTo", 15_000), CLASS_COLOURS[2]),
                new MapPanel.MapClass(s.get("map.more", 15_000), CLASS_COLOURS[3]));
        List<MapPanel.MapArea> areas = new ArrayList<>();
        for (Unit okrug : okrugs.leaves()) {
            List<Unit> ancestors = registry.ancestors(okrug.code());
            // grouped by region in a national map, by district in a region's
            int level = national ? 0 : 1;
            String group = ancestors.size() > level ? ancestors.get(level).name(locale) : okrug.name(locale);
            areas.add(new MapPanel.MapArea(okrug.code(), okrug.name(locale), group, populationClass(okrug.population())));
        }
        return new MapPanel(s.get("map.title"), classes, areas);
    }

    private static int populationClass(Long population) {
        if (population == null) {
            return -1;
        }
        for (int i = 0; i < POPULATION_CLASSES.length; i++) {
            if (population <= POPULATION_CLASSES[i]) {
                return i;
            }
        }
        return POPULATION_CLASSES.length - 1;
    }
}
