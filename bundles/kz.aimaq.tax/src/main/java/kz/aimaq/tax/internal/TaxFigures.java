package kz.aimaq.tax.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.api.ReferenceRow;

/**
 * Aggregates per okrug that the module's reports roll up: read from the summary tables (receipts,
 * plans, arrears; the ledger for arrears of a past day), never personal data. The service
 * registers itself under this bundle-private interface for its reports; the package is not exported.
 */
public interface TaxFigures {

    /** Receipts of one okrug, КБК and month up to the day asked. */
    record OkrugReceipt(String okrug, String kbk, int month, long amountTiyn) {
    }

    /** Arrears of one okrug in one age bucket: principal, penalty and how many taxpayer × КБК accounts. */
    record OkrugArrears(String okrug, AgeBucket bucket, long principalTiyn, long penaltyTiyn, long accounts) {
    }

    /** What went into the figures: the latest payment import and plan version, and whether any is synthetic. */
    record Provenance(Optional<Instant> lastPaymentImport, Optional<Instant> lastPlanImport, boolean synthetic) {
    }

    /**
     * How many months of {@code year} count as of a day: the summaries are by month, so receipts
     * of the as-of day's whole month count.
     */
    static int monthsCounted(int year, LocalDate day) {
        return day.getYear() > year ? 12 : day.getYear() < year ? 0 : day.getMonthValue();
    }

    /** Receipts (tax and penalty) under a unit in a year, by okrug, КБК and month, paid up to {@code asOf}. */
    List<OkrugReceipt> receiptsByOkrug(String unit, int year, LocalDate asOf);

    /** The latest plan version of every okrug under a unit for a year: okrug → КБК → tiyn. */
    Map<String, Map<String, Long>> planByOkrug(String unit, int year);

    /** Arrears under a unit as of a day, by okrug and age bucket. */
    List<OkrugArrears> arrearsByOkrug(String unit, LocalDate asOf);

    /** The sources of the figures under a unit. */
    Provenance provenance(String unit);

    /** A reference table in force (e.g. {@code kbk} for the names of the codes). */
    List<ReferenceRow> referenceTable(String table);
}
