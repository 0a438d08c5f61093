package kz.aimaq.tax.internal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.RollUp;
import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.internal.TaxFigures;

/** What the tax reports share: their strings, the scope's roll-up, money cells, КБК names and metadata. */
final class TaxReportData {

    static final String MODULE = "tax";
    static final String STRINGS = "tax-reports";

    private TaxReportData() {
    }

    static ReportStrings strings(Locale locale) {
        return ReportStrings.load(TaxReportData.class, STRINGS, locale);
    }

    /** The okrugs of the request's scope rolled up to districts, regions and the nation. */
    static RollUp rollUp(RegistryService registry, ReportRequest request, ReportStrings s) throws ReportException {
        try {
            return RollUp.okrugs(registry, request.unit());
        } catch (IllegalArgumentException e) {
            throw new ReportException(s.get("noUnit", request.unit()));
        }
    }

    /** The KATO code the tax ledger reads a scope by: {@code ""} for the nation. */
    static String scope(ReportRequest request) {
        return request.unit() == null ? "" : request.unit();
    }

    /** The budget year: the period's, else the as-of day's. */
    static int year(ReportRequest request) {
        return request.period() == null ? request.asOf().getYear() : request.period().start().getYear();
    }

    /** The day receipts are counted to: the as-of day, or the period's end if that is earlier. */
    static LocalDate countedTo(ReportRequest request) {
        if (request.period() != null && request.period().end().isBefore(request.asOf())) {
            return request.period().end();
        }
        return request.asOf();
    }

    /** Tiyn as tenge with two decimals, for money columns; {@code null} stays empty. */
    static BigDecimal tenge(Long tiyn) {
        return tiyn == null ? null : BigDecimal.valueOf(tiyn, 2);
    }

    static Double chartValue(Object cell) {
        return cell == null ? null : ((BigDecimal) cell).doubleValue();
    }

    /** The name of a КБК in the locale's language from the reference table, or the code. */
    static String kbkName(TaxFigures figures, String kbk, Locale locale) {
        for (ReferenceRow row : figures.referenceTable("kbk")) {
            if (row.values().get(0).equals(kbk)) {
                int column = switch (locale.getLanguage()) {
                    case "kk" -> 6;
                    case "ru" -> 5;
                    default -> 4;
                };
                return row.values().get(column);
            }
        }
        return kbk;
    }

    static String bucket(AgeBucket bucket, ReportStrings s) {
        return s.get("bucket." + bucket.name());
    }

    /** Metadata naming the payment files, plan versions and (for arrears) the rule tables that went in. */
    static ReportMetadata metadata(String id, ReportRequest request, RollUp rollUp, TaxFigures figures,
            ReportStrings s, boolean plan, boolean rules) {
        TaxFigures.Provenance provenance = figures.provenance(scope(request));
        Locale locale = request.locale();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(s.get("param.unit"), rollUp.scopeName(locale));
        parameters.put(s.get("param.year"), Integer.toString(year(request)));
        parameters.put(s.get("param.asOf"), request.asOf().toString());
        List<DataSource> sources = new ArrayList<>();
        sources.add(new DataSource(s.get(provenance.synthetic() ? "source.paymentsSynthetic" : "source.payments"),
                day(provenance.lastPaymentImport().orElse(null)), provenance.synthetic()));
        if (plan) {
            sources.add(new DataSource(s.get(provenance.synthetic() ? "source.planSynthetic" : "source.plan"),
                    day(provenance.lastPlanImport().orElse(null)), provenance.synthetic()));
        }
        if (rules) {
            sources.add(new DataSource(s.get("source.rules"), latestRule(figures), false));
        }
        sources.add(new DataSource(s.get("source.registry"), request.asOf(), false));
        List<String> notes = new ArrayList<>(rollUp.notes(locale));
        if (provenance.lastPaymentImport().isEmpty()) {
            notes.add(s.get("note.noPayments"));
        }
        if (provenance.synthetic()) {
            notes.add(s.get("note.synthetic"));
        }
        return new ReportMetadata(id, parameters, sources, Instant.now(), request.user(), notes);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZoneId.systemDefault());
    }

    /** The newest change of the penalty rules: the latest base-rate or multiplier row. */
    private static LocalDate latestRule(TaxFigures figures) {
        LocalDate latest = null;
        for (String table : List.of("base_rate", "penalty", "due_dates")) {
            for (ReferenceRow row : figures.referenceTable(table)) {
                latest = latest == null || row.validFrom().isAfter(latest) ? row.validFrom() : latest;
            }
        }
        return latest;
    }
}
