package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;

/**
 * The national report of every okrug-level unit of KATO 2026 (2 335 units with their own
 * budget, read from the registry bundle's shipped classifier), rolled up okrug → district →
 * region → nation with completeness columns, three charts and the tile map, written as PDF and
 * XLSX, each against CSV of the same rows in the same run: medians, ratios and file sizes.
 * Completeness figures are synthetic (a fixed function of the code). Run in its own JVM:
 * {@code mvn -q -B exec:exec -pl bundles/kz.aimaq.reporting [-Druns=7]}.
 */
public final class ReportingBenchmark {

    private ReportingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        KatoRegistry registry = KatoRegistry.load();
        long start = System.nanoTime();
        ReportResult result = nationalReport(registry, Languages.KAZAKH);
        double make = (System.nanoTime() - start) / 1e6;
        Table table = result.sections().get(0).tables().get(0);
        System.out.printf(Locale.ROOT, "national report: %d okrug-level units, %d table rows, made in %.0f ms (first, cold)%n",
                RollUp.okrugs(registry, null).leaves().stream().filter(Unit::ownBudget).count(), table.rows().size(), make);
        Path dir = Files.createTempDirectory("aimaq-benchmark");
        Map<OutputFormat, double[]> times = new LinkedHashMap<>();
        Map<OutputFormat, Long> sizes = new HashMap<>();
        List<OutputFormat> order = List.of(OutputFormat.CSV, OutputFormat.PDF, OutputFormat.XLSX, OutputFormat.HTML);
        for (OutputFormat format : order) {
            times.put(format, new double[runs]);
        }
        // one warm-up round, then the measured rounds, formats interleaved so that they share the machine's moods
        for (int round = -1; round < runs; round++) {
            for (OutputFormat format : order) {
                Path file = dir.resolve("national." + format.extension());
                long t0 = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(file)) {
                    Writers.write(result, format, out, ProgressMonitor.UNWATCHED);
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                if (round >= 0) {
                    times.get(format)[round] = ms;
                }
                sizes.put(format, Files.size(file));
            }
        }
        double csv = median(times.get(OutputFormat.CSV));
        System.out.printf(Locale.ROOT, "%-5s %10s %8s %12s %s%n", "file", "median ms", "vs CSV", "bytes", "target");
        for (OutputFormat format : order) {
            double median = median(times.get(format));
            String target = switch (format) {
                case PDF -> median < 3000 ? "< 3 s: met" : "< 3 s: MISSED";
                case XLSX -> median < 2000 ? "< 2 s: met" : "< 2 s: MISSED";
                default -> "";
            };
            System.out.printf(Locale.ROOT, "%-5s %10.0f %7.1fx %12d %s%n", format.extension(), median, median / csv,
                    sizes.get(format), target);
        }
        System.out.printf(Locale.ROOT, "%d runs each after one warm-up; files in %s%n", runs, dir);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** 0 on time, 1 late, 2 missing: a fixed, plausible spread from the code. */
    private static int status(String code) {
        int h = Math.floorMod(code.hashCode() * 31 + 7, 100);
        return h < 72 ? 0 : h < 88 ? 1 : 2;
    }

    static ReportResult nationalReport(RegistryService registry, Locale locale) {
        RollUp rollUp = RollUp.okrugs(registry, null);
        List<Column> columns = List.of(Column.count("population", "Халқы", "адам"), Column.count("expected", "Күтілген", ""),
                Column.count("received", "Түскен", ""), Column.count("onTime", "Уақытында", ""),
                Column.ratio("completeness", "Толықтығы", "received", "expected"),
                Column.ratio("timeliness", "Уақтылығы", "onTime", "expected"));
        java.util.function.Function<Unit, List<Object>> values = unit -> {
            int s = status(unit.code());
            return Arrays.asList(unit.population(), 1L, s < 2 ? 1L : 0L, s == 0 ? 1L : 0L,
                    s < 2 ? BigDecimal.ONE : BigDecimal.ZERO, s == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        };
        Table table = rollUp.table("Округтер", locale, columns, values, RollUp.Level.OKRUG);
        Map<Unit, List<Object>> regions = rollUp.sumsAt(RollUp.Level.REGION, columns, values);
        List<String> names = regions.keySet().stream().map(u -> u.name(locale)).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(table);
        blocks.add(new Chart(ChartKind.BAR, "Толықтығы және уақтылығы", "%", names, List.of(
                new Series("Толықтығы", regions.values().stream().map(v -> ((BigDecimal) v.get(4)).doubleValue() * 100).toList()),
                new Series("Уақтылығы", regions.values().stream().map(v -> ((BigDecimal) v.get(5)).doubleValue() * 100).toList()))));
        blocks.add(new Chart(ChartKind.STACKED_BAR, "Есептер", "", names, List.of(
                new Series("Уақытында", regions.values().stream().map(v -> ((Long) v.get(3)).doubleValue()).toList()),
                new Series("Кешіккен", regions.values().stream().map(v -> (double) ((Long) v.get(2) - (Long) v.get(3))).toList()),
                new Series("Түспеген", regions.values().stream().map(v -> (double) ((Long) v.get(1) - (Long) v.get(2))).toList()))));
        long[] byStatus = new long[3];
        List<MapPanel.MapArea> areas = new ArrayList<>();
        for (Unit leaf : rollUp.leaves()) {
            int s = status(leaf.code());
            byStatus[s]++;
            String region = registry.ancestors(leaf.code()).stream().findFirst().map(u -> u.name(locale)).orElse(leaf.name(locale));
            areas.add(new MapPanel.MapArea(leaf.code(), leaf.name(locale), region, s));
        }
        blocks.add(new Chart(ChartKind.PIE, "Барлығы", "", List.of("Уақытында", "Кешіккен", "Түспеген"),
                List.of(new Series("Округтер", List.of((double) byStatus[0], (double) byStatus[1], (double) byStatus[2])))));
        blocks.add(new MapPanel("Округтер: уақытында, кешіккен, түспеген", List.of(new MapPanel.MapClass("Уақытында", 0x1A9850),
                new MapPanel.MapClass("Кешіккен", 0xFEE08B), new MapPanel.MapClass("Түспеген", 0xD73027)), areas));
        ReportMetadata metadata = new ReportMetadata("benchmark.national", Map.of("Кезең", "2026-11"),
                List.of(new DataSource("ӘАОЖ 2026", LocalDate.of(2025, 2, 1), false),
                        new DataSource("Бенчмарк үшін жасалған толықтық", LocalDate.now(), true)),
                Instant.now(), "benchmark", rollUp.notes(locale));
        return new ReportResult("Деректердің толықтығы: Қазақстан", locale, List.of(new Section("Толықтығы", blocks)), metadata);
    }

    /** The read side of the registry over the shipped KATO 2026 classifier, indexed for a national roll-up. */
    static final class KatoRegistry implements RegistryService {

        private final Map<String, Unit> units = new LinkedHashMap<>();
        private final Map<String, List<Unit>> children = new HashMap<>();
        private final List<Unit> roots = new ArrayList<>();

        static KatoRegistry load() throws IOException {
            KatoRegistry registry = new KatoRegistry();
            Map<String, Long> population = new HashMap<>();
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader("data/population-2023-districts.csv"))) {
                for (CsvRecord r : csv) {
                    if (r.getStartingLineNumber() > 1 && !r.getField(4).isBlank() && r.getField(7).matches("\\d+")) {
                        population.putIfAbsent(r.getField(4), Long.parseLong(r.getField(7)));
                    }
                }
            }
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader("data/kato-2026-tree.csv"))) {
                for (CsvRecord r : csv) {
                    if (r.getStartingLineNumber() == 1) {
                        continue;
                    }
                    String code = r.getField(0);
                    String parent = r.getField(1).isBlank() ? null : r.getField(1);
                    UnitKind kind = UnitKind.ofId(r.getField(4)).orElse(UnitKind.LOCALITY);
                    UnitKind parentKind = parent == null || !registry.units.containsKey(parent) ? null : registry.units.get(parent).kind();
                    Unit unit = new Unit(code, kind, parent, r.getField(10), r.getField(11), r.getField(11), population.get(code),
                            kind.hasOwnBudget(parentKind), LocalDate.of(2025, 2, 1), null);
                    registry.units.put(code, unit);
                    if (parent == null) {
                        registry.roots.add(unit);
                    } else {
                        registry.children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
                    }
                }
            }
            return registry;
        }

        private static InputStreamReader reader(String resource) throws IOException {
            InputStream in = ReportingBenchmark.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException(resource + " is not on the class path: the registry bundle ships it");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public Optional<Unit> find(String code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public List<Unit> roots() {
            return roots;
        }

        @Override
        public List<Unit> children(String code) {
            return children.getOrDefault(code, List.of());
        }

        @Override
        public List<Unit> ancestors(String code) {
            List<Unit> chain = new ArrayList<>();
            Unit unit = units.get(code);
            while (unit != null && unit.parentCode() != null) {
                unit = units.get(unit.parentCode());
                if (unit != null) {
                    chain.add(0, unit);
                }
            }
            return chain;
        }

        @Override
        public List<Unit> history(String code) {
            return find(code).map(List::of).orElse(List.of());
        }

        @Override
        public List<Unit> search(String text, int limit) {
            throw new UnsupportedOperationException("the benchmark does not search");
        }

        @Override
        public List<SearchHit> searchWithFormer(String text, int limit) {
            throw new UnsupportedOperationException("the benchmark does not search");
        }

        @Override
        public List<Fact> facts(String code) {
            return List.of();
        }

        @Override
        public void addFact(Fact fact) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Unit update(UnitEdit edit) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Unit abolish(String code, LocalDate effective) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public ImportPreview previewImport(Path file) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyImport(ImportPreview preview, int confirmedAbolished) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void exportCsv(String code, kz.aimaq.csv.CsvConvention convention, Locale language, OutputStream out) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void exportJson(String code, OutputStream out) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
