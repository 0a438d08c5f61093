package kz.aimaq.reporting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Periodic returns: the data sets, their submissions, and completeness (received / expected)
 * and timeliness (on time / expected) per unit. Every change and refusal is audited.
 */
@ProviderType
public interface DataReturns {

    /**
     * Event Admin topic posted after returns were stored (submitted or imported), once per data
     * set, with its id in {@link #EVENT_DATA_SET}: views that show rates or scores read them again.
     *
     * @since 1.1
     */
    String TOPIC_SUBMITTED = "kz/aimaq/reporting/RETURNS_STORED";

    /** @since 1.1 */
    String EVENT_DATA_SET = "dataSet";

    /** The data sets contributed by the modules running now ({@link DataSetContribution}), by id. */
    List<DataSet> dataSets();

    Optional<DataSet> dataSet(String id);

    /**
     * A field's name for people, as the data set's module gives it ({@link DataSetContribution#fieldTitle});
     * the key itself for an unknown data set or field.
     *
     * @since 1.1
     */
    Title fieldTitle(String dataSetId, String field);

    /**
     * Records a unit's return (central mode: the unit's user submits in the window). Submitting
     * the same content again changes nothing; new content replaces the values and keeps the time
     * of first receipt.
     *
     * @throws ReturnException if the data set, period, unit or a field is wrong, or the unit lies
     *                         outside the user's scope
     */
    Submission submit(String dataSetId, Period period, String unit, Map<String, String> values) throws ReturnException;

    /** The returns received for a period in a scope ({@code null}: the country). */
    List<Submission> submissions(String dataSetId, Period period, String scopeCode);

    /**
     * Writes the returns of a scope and period as a submission file (CSV, UTF-8): data set,
     * period, unit, user, time, field, value and the content hash of each return.
     */
    void exportFile(String dataSetId, Period period, String scopeCode, OutputStream out) throws IOException;

    /**
     * Imports a submission file: every line is checked (known data set and field, period of its
     * type, existing unit of an expected kind inside the user's scope, intact hash) before any is
     * stored, then all are stored in one transaction, or none.
     *
     * @throws ReturnException naming file, line and field of every problem
     */
    ImportSummary importFile(Path file) throws ReturnException, IOException;

    /**
     * Whether each unit of the scope was expected, received and on time for a period; units of
     * an expected kind that did not exist through the whole period are not expected.
     */
    Map<String, ReturnRate> rates(String dataSetId, Period period, String scopeCode);

    /**
     * The first day of the registry's history (its first version of the classifier), if the
     * registry has units. The registry knows nothing before it, so a unit whose history begins
     * that day counts as having existed since before any period that starts earlier: without
     * this rule no unit would be expected for a period before the first import.
     *
     * @since 1.1
     */
    Optional<LocalDate> historyStart();
}
