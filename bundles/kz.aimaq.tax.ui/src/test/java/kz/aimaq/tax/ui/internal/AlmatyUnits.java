package kz.aimaq.tax.ui.internal;

import java.util.List;
import java.util.Locale;

import kz.aimaq.tax.internal.Units;

/** Three budget units in Almaty region with invented codes, as the registry would list them. */
final class AlmatyUnits implements Units {

    static final String OKRUG = "195230100";
    private static final List<String> ALL = List.of(OKRUG, "195230200", "195430100");

    @Override
    public boolean isBudgetUnit(String kato) {
        return ALL.contains(kato);
    }

    @Override
    public List<String> budgetUnitsUnder(String code) {
        String prefix = code.equals("190000000") ? "19" : code;
        return ALL.stream().filter(c -> c.startsWith(prefix)).toList();
    }

    @Override
    public String name(String kato, Locale locale) {
        return kato;
    }
}
