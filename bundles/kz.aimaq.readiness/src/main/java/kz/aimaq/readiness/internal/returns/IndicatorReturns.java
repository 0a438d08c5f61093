package kz.aimaq.readiness.internal.returns;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Ratio;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.reporting.api.DataReturns;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.DataSetContribution;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.PeriodType;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Submission;
import kz.aimaq.reporting.api.Title;

/**
 * The readiness module's data set, the yearly return of the okrug methodology's indicators,
 * and the values submitted in it for the engine to score. Its fields are the series the engine
 * reads: each plain indicator, and the numerator and denominator of each ratio indicator (an
 * okrug reports counts; the percentage is computed, as the engine rolls it up).
 */
@Component(service = {DataSetContribution.class, SubmittedValues.class})
public final class IndicatorReturns implements DataSetContribution, SubmittedValues {

    public static final String DATA_SET_ID = SubmittedValues.DATA_SET;
    /** The methodology whose indicators okrugs return. */
    public static final String METHODOLOGY = "aimaq-okrug";
    private static final Title TITLE = new Title("Дайындық көрсеткіштері (жылдық)", "Показатели готовности (годовой)",
            "Readiness indicators (yearly)");
    /** The strings file the readiness reports and this data set share. */
    private static final String STRINGS = "readiness-reports";
    /** Days after the year's end within which a return is on time. */
    private static final int DAYS_ALLOWED = 60;

    private final Methodology methodology;
    private final DataSet dataSet;
    private volatile DataReturns returns;

    @Activate
    public IndicatorReturns(@Reference ReadinessEngine engine) {
        this(engine.shippedMethodology(METHODOLOGY));
    }

    /** The data set of a methodology, outside a framework (tests, other modules' windows). */
    public static IndicatorReturns of(Methodology methodology) {
        return new IndicatorReturns(methodology);
    }

    // not public: SCR picks among the public constructors by their number of arguments, and both take one
    IndicatorReturns(Methodology methodology) {
        this.methodology = methodology;
        Set<String> fields = new LinkedHashSet<>();
        for (Indicator indicator : methodology.indicators()) {
            Ratio ratio = indicator.ratio();
            if (ratio == null) {
                fields.add(indicator.id());
            } else {
                fields.add(ratio.numerator());
                fields.add(ratio.denominator());
            }
        }
        this.dataSet = new DataSet(DATA_SET_ID, "readiness", TITLE, PeriodType.YEARLY, DAYS_ALLOWED, DataSet.OKRUG_LEVEL,
                fields);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setReturns(DataReturns service) {
        returns = service;
    }

    public void unsetReturns(DataReturns service) {
        if (returns == service) {
            returns = null;
        }
    }

    @Override
    public DataSet dataSet() {
        return dataSet;
    }

    /** The indicator's name, and for a ratio's series which part of it the field is. */
    @Override
    public Title fieldTitle(String field) {
        for (Indicator indicator : methodology.indicators()) {
            Ratio ratio = indicator.ratio();
            if (indicator.id().equals(field)) {
                return title(indicator, null);
            }
            if (ratio != null && ratio.numerator().equals(field)) {
                return title(indicator, "return.numerator");
            }
            if (ratio != null && ratio.denominator().equals(field)) {
                return title(indicator, "return.denominator");
            }
        }
        return Title.of(field);
    }

    private static Title title(Indicator indicator, String part) {
        String[] texts = new String[3];
        int i = 0;
        for (java.util.Locale locale : List.of(Languages.KAZAKH, Languages.RUSSIAN, Languages.ENGLISH)) {
            String name = indicator.id() + " " + indicator.name().get(locale);
            texts[i++] = part == null ? name + " (" + indicator.unit() + ")"
                    : ReportStrings.load(IndicatorReturns.class, STRINGS, locale).get(part, name);
        }
        return new Title(texts[0], texts[1], texts[2]);
    }

    @Override
    public List<IndicatorValue> values(String period, String scopeCode) {
        DataReturns current = returns;
        if (current == null) {
            return List.of();
        }
        List<IndicatorValue> values = new ArrayList<>();
        for (Submission submission : current.submissions(DATA_SET_ID, Period.parse(period), scopeCode)) {
            values.addAll(values(submission));
        }
        return values;
    }

    /** One return as the engine's values; a ratio whose denominator is 0 is left out (no value). */
    List<IndicatorValue> values(Submission submission) {
        String source = SOURCE_PREFIX + submission.user() + "@"
                + LocalDate.ofInstant(submission.submittedAt(), ZoneOffset.UTC);
        Map<String, String> fields = submission.values();
        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator indicator : methodology.indicators()) {
            Ratio ratio = indicator.ratio();
            if (ratio == null) {
                add(values, submission, indicator.id(), fields.get(indicator.id()), source);
                continue;
            }
            String numerator = fields.get(ratio.numerator());
            String denominator = fields.get(ratio.denominator());
            add(values, submission, ratio.numerator(), numerator, source);
            add(values, submission, ratio.denominator(), denominator, source);
            if (numerator != null && denominator != null && Double.parseDouble(denominator) != 0) {
                values.add(new IndicatorValue(submission.unit(), indicator.id(), submission.period(),
                        ratio.factor() * Double.parseDouble(numerator) / Double.parseDouble(denominator), source));
            }
        }
        return values;
    }

    private static void add(List<IndicatorValue> values, Submission submission, String series, String text, String source) {
        if (text != null) {
            values.add(new IndicatorValue(submission.unit(), series, submission.period(), Double.parseDouble(text), source));
        }
    }
}
