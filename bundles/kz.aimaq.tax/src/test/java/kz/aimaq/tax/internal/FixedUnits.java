package kz.aimaq.tax.internal;

import java.util.List;
import java.util.Locale;

/**
 * A few budget units of Almaty region (KATO 19) and one of Karaganda region (35), as the
 * registry would answer for them; the codes are invented for the tests.
 */
final class FixedUnits implements Units {

    static final String OKRUG_A = "195230100";
    static final String OKRUG_B = "195230200";
    static final String OKRUG_C = "195430100";
    static final String DISTRICT = "195200000";
    static final String OTHER_REGION_OKRUG = "353230100";
    private static final List<String> ALL = List.of(OKRUG_A, OKRUG_B, OKRUG_C, OTHER_REGION_OKRUG);

    @Override
    public boolean isBudgetUnit(String kato) {
        return ALL.contains(kato);
    }

    @Override
    public List<String> budgetUnitsUnder(String code) {
        String prefix = Kato.prefix(code);
        return ALL.stream().filter(c -> c.startsWith(prefix)).toList();
    }

    @Override
    public String name(String kato, Locale locale) {
        return "Okrug " + kato;
    }
}
