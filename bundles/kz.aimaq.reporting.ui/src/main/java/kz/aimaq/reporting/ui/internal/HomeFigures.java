package kz.aimaq.reporting.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Table;

/**
 * The figures of Home, read from the same reports the catalogue offers, so that a tile and the
 * report it opens never disagree. Each part is empty where its report is not there (its module
 * is off for the region) or failed.
 */
record HomeFigures(String scopeName, Optional<Table> units, List<Returns> returns, Optional<Table> bands,
        Optional<Chart> returnsChart, Optional<Chart> bandsChart, boolean readinessSynthetic,
        Optional<BigDecimal> taxCollected, String taxYear, boolean taxSynthetic, List<String> failures) {

    static final String UNITS = "registry.units";
    static final String COMPLETENESS = "returns.completeness";
    static final String READINESS = "readiness.ranking";
    /** The tax module's plan against actual: its total's share collected is the tax tile. */
    static final String TAX = "tax.plan-vs-actual";

    /** Which of Home's reports the catalogue holds now: a module still starting registers its report later. */
    static Set<String> reportsIn(ReportCatalog catalog) {
        Set<String> present = new TreeSet<>();
        for (String id : List.of(UNITS, COMPLETENESS, READINESS, TAX)) {
            if (catalog.find(id).isPresent()) {
                present.add(id);
            }
        }
        return present;
    }

    /** One data set's rates for its last period. */
    record Returns(String title, long expected, long received, long onTime) {
    }

    static HomeFigures read(ReportCatalog catalog, String user, Locale locale) {
        String scope = catalog.scope();
        ReportRequest request = new ReportRequest(scope, null, LocalDate.now(), locale, user);
        List<String> failures = new ArrayList<>();
        Optional<ReportResult> units = run(catalog, UNITS, request, failures);
        Optional<ReportResult> completeness = run(catalog, COMPLETENESS, request, failures);
        Optional<ReportResult> readiness = run(catalog, READINESS, request, failures);
        Optional<ReportResult> tax = run(catalog, TAX, request, failures);
        String scopeName = units.map(r -> r.metadata().parameters().values().iterator().next()).orElse(scope == null ? "" : scope);
        List<Returns> returns = new ArrayList<>();
        Optional<Chart> returnsChart = Optional.empty();
        if (completeness.isPresent()) {
            for (Section section : completeness.get().sections()) {
                Table table = section.tables().get(0);
                Row total = table.total().orElseThrow();
                returns.add(new Returns(section.title(), (Long) total.cell(table.column("expected")),
                        (Long) total.cell(table.column("received")), (Long) total.cell(table.column("onTime"))));
                // the chart of the first data set with returns received: before any, its bars are all empty
                if (returnsChart.isEmpty() && returns.get(returns.size() - 1).received() > 0) {
                    returnsChart = chart(section);
                }
            }
        }
        return new HomeFigures(scopeName, units.map(r -> r.sections().get(0).tables().get(0)), returns,
                readiness.map(r -> r.sections().get(0).tables().get(0)), returnsChart,
                readiness.filter(r -> anyScored(r.sections().get(0).tables().get(0)))
                        .flatMap(r -> chart(r.sections().get(0))), readiness.map(r -> r.metadata().synthetic()).orElse(false),
                tax.flatMap(HomeFigures::collected), tax.map(r -> String.join(", ", r.metadata().parameters().values())).orElse(""),
                tax.map(r -> r.metadata().synthetic()).orElse(false), failures);
    }

    /** Whether any okrug has a readiness score: the bands table's last column counts the okrugs scored. */
    static boolean anyScored(Table bands) {
        Object scored = bands.total().orElseThrow().cell(bands.columns().size() - 1);
        return !Long.valueOf(0).equals(scored);
    }

    /** The share of plan collected: the total of the first table with a {@code percent} column. */
    private static Optional<BigDecimal> collected(ReportResult result) {
        for (Section section : result.sections()) {
            for (Table table : section.tables()) {
                int column = table.columns().stream().map(c -> c.id()).toList().indexOf("percent");
                if (column >= 0 && table.total().isPresent() && table.total().get().cell(column) instanceof BigDecimal share) {
                    return Optional.of(share);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Chart> chart(Section section) {
        for (Block block : section.blocks()) {
            if (block instanceof Chart chart) {
                return Optional.of(chart);
            }
        }
        return Optional.empty();
    }

    private static Optional<ReportResult> run(ReportCatalog catalog, String id, ReportRequest request, List<String> failures) {
        if (catalog.find(id).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalog.run(id, request, ProgressMonitor.UNWATCHED));
        } catch (ReportException | RuntimeException e) {
            failures.add(id + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The number of detail rows of a table: the districts of a units table. */
    static long details(Table table) {
        return table.rows().stream().filter(r -> r.kind() == RowKind.DETAIL).count();
    }
}
