package kz.aimaq.readiness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The indicator values units submitted as returns of the readiness data set, registered as a
 * service by the readiness module while the reporting module runs. An interface of readiness
 * types only, so that its users need not load the reporting API.
 *
 * @since 1.2
 */
@ProviderType
public interface SubmittedValues {

    /** The id of the readiness module's data set, the yearly return of the indicators. */
    String DATA_SET = "readiness.indicators";

    /** The source of values that came in a return: {@code return:<user>@<yyyy-mm-dd>}. */
    String SOURCE_PREFIX = "return:";

    /**
     * The values submitted for {@code period} (a year, e.g. {@code 2025}) by the units below
     * {@code scopeCode} ({@code null}: the whole country), in the engine's series: plain indicators
     * and the numerator and denominator of ratio indicators, with the ratio itself computed.
     */
    List<IndicatorValue> values(String period, String scopeCode);

    /** Whether a value came in a return. */
    static boolean submitted(IndicatorValue value) {
        return value.source() != null && value.source().startsWith(SOURCE_PREFIX);
    }

    /**
     * Imported values and submitted ones together. Where both have a value for the same unit,
     * series and period, the submitted one wins: a return is the unit's own figure for that
     * period, signed by its user, hashed and audited, while an imported file is a bulk estimate
     * from elsewhere. A unit's submitted return replaces all of its imported values for the period
     * (a return carries every field), so no unit is scored on a mix of the two.
     */
    static List<IndicatorValue> merge(Collection<IndicatorValue> imported, Collection<IndicatorValue> submitted) {
        Map<String, Boolean> returned = new LinkedHashMap<>();
        submitted.forEach(v -> returned.put(v.unit() + "\n" + v.period(), Boolean.TRUE));
        List<IndicatorValue> merged = new ArrayList<>();
        for (IndicatorValue value : imported) {
            if (!returned.containsKey(value.unit() + "\n" + value.period())) {
                merged.add(value);
            }
        }
        merged.addAll(submitted);
        return merged;
    }
}
