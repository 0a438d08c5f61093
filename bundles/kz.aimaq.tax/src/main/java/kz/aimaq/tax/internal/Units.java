package kz.aimaq.tax.internal;

import java.util.List;
import java.util.Locale;

/**
 * What the module needs of the unit registry: which units have a budget, and their names.
 * Public for tests and tools of other modules that run the service without a framework; the
 * package is not exported.
 */
public interface Units {

    /** Whether the code is a current unit with its own fourth-level budget. */
    boolean isBudgetUnit(String kato);

    /** The current units with their own budget at or under a unit (the country for {@code ""}). */
    List<String> budgetUnitsUnder(String code);

    /** The unit's name in the locale's language, or the code when unknown. */
    String name(String kato, Locale locale);
}
