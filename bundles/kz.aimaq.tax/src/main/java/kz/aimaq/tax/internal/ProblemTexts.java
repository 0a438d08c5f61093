package kz.aimaq.tax.internal;

import java.util.Locale;

import kz.aimaq.platform.api.l10n.Messages;

/**
 * What the module says about a bad input file, in the importing user's language: the texts of
 * {@code OSGI-INF/l10n/tax-problems.properties} and its {@code _kk} and {@code _ru} siblings, a file
 * of their own beside the bundle's strings. Line numbers and counts in them are {@code {0,number,#}},
 * never grouped.
 */
final class ProblemTexts {

    static final String NAME = "tax-problems";

    private ProblemTexts() {
    }

    static Messages of(Locale locale) {
        return Messages.load(ProblemTexts.class.getClassLoader(), NAME, locale);
    }
}
