package kz.aimaq.tax.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The local-tax ledger of fourth-level budgets. Every write is checked against the user's
 * role and region scope and audited, refusals too; taxpayer-level reads (personal data) need a
 * scope covering the okrug, while aggregates ({@link #execution}) are open to analysts.
 */
@ProviderType
public interface TaxService {

    /** The rows of a shipped or imported reference table, e.g. {@code mci}, {@code kbk}. */
    List<ReferenceRow> referenceTable(String table);

    /**
     * Reads a newer version of a reference table (the whole table, in the shipped file's columns)
     * and checks it: dates, confidence, no overlapping rows, and no rule of a day already past
     * changed or dropped, so that earlier years keep the rules they had. Writes nothing.
     *
     * @throws InvalidInputException every problem by file, line and field
     */
    ReferencePreview previewReference(String table, Path file) throws InvalidInputException, IOException;

    /** Makes a checked version the one in force, stored and audited; administrators only. */
    void importReference(ReferencePreview preview) throws NotPermittedException;

    /**
     * Checks an IIN or BIN: both weight series, IIN birth date and century, BIN structure; the
     * reason of a refusal is said in the user's language.
     */
    IdCheck checkId(String number);

    /**
     * The tax on one object for one year by the rules in force that year, pro rata to the months
     * owned; empty when the object was not owned in that year.
     *
     * @throws IllegalArgumentException if no rule covers the object in that year (the reason says which)
     */
    Optional<Assessment> assess(TaxObject object, int year);

    /**
     * Assesses every object of the okrugs under {@code unit} for {@code year} and stores the
     * assessments, replacing that year's earlier ones.
     *
     * @return the number of assessments stored
     */
    int assessAndStore(String unit, int year) throws NotPermittedException;

    /**
     * Reads a payment file and says what importing it would do. Writes nothing. CSV (UTF-8, header
     * {@code date,payer,kbk,knp,amount,document,kato}, {@code ;} or {@code ,}) or XLSX (the first
     * sheet, the same columns in its first row; problems name the sheet, row and cell).
     *
     * @throws InvalidInputException every bad row, by file, line and field; or the file was imported before
     */
    PaymentImportPreview previewPayments(Path file) throws InvalidInputException, IOException;

    /**
     * Imports a preview in one transaction, keeps the monthly summaries current and audits it.
     * Refused as a whole if any row's okrug is outside the user's scope or the file was imported
     * meanwhile.
     *
     * @return the number of payments written
     */
    int importPayments(PaymentImportPreview preview) throws InvalidInputException, NotPermittedException;

    /**
     * On the embedded database, imports write into a small table of recent payments that a
     * background thread of any long-running process (the window) moves into the payment table; a
     * command exits before that. This moves them now and returns when done: run it after scheduled
     * imports on a machine where no window stays open, or imports slow down as the recent payments
     * grow. No figure changes: every payment reads the same before and after. On PostgreSQL imports
     * write into the payment table directly and this does nothing.
     *
     * @return the number of payments moved
     * @since 1.2
     */
    int movePayments() throws IOException;

    /** Arrears of every taxpayer of the okrugs under {@code unit} as of a day, largest first. */
    List<Arrears> arrears(String unit, LocalDate asOf) throws NotPermittedException;

    /**
     * Arrears under a unit as of a day summed by age bucket (principal and penalty, tiyn): an
     * aggregate, open to analysts. Buckets without arrears are absent.
     */
    java.util.Map<AgeBucket, Long> arrearsByAge(String unit, LocalDate asOf);

    /**
     * Who still owes tax of each due date under a unit as of a day (due or late), with the
     * penalty so far: personal data, for users whose scope covers every okrug under the unit;
     * each read is audited (without the taxpayers' numbers). Ordered by due date, then the
     * largest unpaid amount first.
     *
     * @since 1.1
     */
    List<DueAccount> dueAccounts(String unit, LocalDate asOf) throws NotPermittedException;

    /**
     * Per КБК and due date, how many accounts under a unit still owe tax of it and how much, after
     * every payment imported: an aggregate from the arrears summary, open to analysts.
     *
     * @since 1.1
     */
    List<DueTotal> dueTotals(String unit);

    /** Whether any data under the unit is synthetic demo data, which every view then says. */
    boolean hasSyntheticData(String unit);

    /**
     * Writes {@link #arrears} as CSV (UTF-8 with a byte-order mark, {@code ;}), headers in the
     * locale's language, IINs masked.
     */
    void exportArrears(String unit, LocalDate asOf, java.util.Locale locale, java.io.OutputStream out)
            throws NotPermittedException, IOException;

    /**
     * Plan against actual per КБК for a unit (okrug, district, region, or {@code ""} for the
     * country) in a year, receipts up to {@code asOf}; read from the monthly summaries.
     */
    List<Execution> execution(String unit, int year, LocalDate asOf);

    /**
     * Imports a plan file (CSV header {@code kato,year,kbk,amount,decision}; amounts in tenge) as
     * the next version of each okrug's plan for that year; all or nothing.
     *
     * @return the number of plan lines written
     */
    int importPlan(Path file) throws InvalidInputException, NotPermittedException, IOException;

    /** The latest version of each okrug's plan lines under {@code unit} for a year. */
    List<PlanLine> plan(String unit, int year);

    /** The taxpayers of an okrug. */
    List<Taxpayer> taxpayers(String okrug) throws NotPermittedException;

    /** The objects of one taxpayer in an okrug. */
    List<TaxObject> objects(String okrug, String taxpayerId) throws NotPermittedException;

    /** The stored assessments of one taxpayer in an okrug, oldest year first. */
    List<Assessment> assessments(String okrug, String taxpayerId) throws NotPermittedException;

    /** The payments of one taxpayer in an okrug, oldest first. */
    List<Payment> payments(String okrug, String taxpayerId) throws NotPermittedException;

    /**
     * Generates the deterministic synthetic demo set (labelled synthetic) for every okrug,
     * village and settlement with its own budget under {@code unit}: taxpayers, objects, the
     * plan and assessments of {@code year - 1} and {@code year}, and a year of payments with late payers.
     *
     * @return the number of okrugs generated
     */
    int generateDemo(String unit, int year) throws NotPermittedException;
}
