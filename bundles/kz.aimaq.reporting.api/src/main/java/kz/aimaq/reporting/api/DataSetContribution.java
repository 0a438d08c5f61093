package kz.aimaq.reporting.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A data set a module contributes, registered as a DS service: {@link DataReturns} expects,
 * accepts and rates returns of every data set contributed while its module's bundle runs. Ids
 * are unique; of two contributions with the same id the one registered first is kept.
 *
 * <pre>
 * &#64;Component(service = DataSetContribution.class)
 * public final class BudgetExecution implements DataSetContribution {
 *     public DataSet dataSet() { return new DataSet("okrug.budget-execution", ...); }
 * }
 * </pre>
 *
 * @since 1.1
 */
@ConsumerType
public interface DataSetContribution {

    /** The data set; called whenever returns are checked or rated, so it should be cheap. */
    DataSet dataSet();

    /** A field's name for people, in three languages (the window's entry form shows it); its key by default. */
    default Title fieldTitle(String field) {
        return Title.of(field);
    }
}
