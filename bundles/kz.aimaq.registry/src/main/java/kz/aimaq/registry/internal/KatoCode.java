package kz.aimaq.registry.internal;

import java.util.Locale;
import java.util.function.Predicate;

import kz.aimaq.platform.api.l10n.Messages;

/** KATO code anatomy {@code AB CD EF HIJ}, by slicing characters, never integer arithmetic. */
final class KatoCode {

    private static final int[] PREFIXES = { 6, 4, 2 };

    private KatoCode() {
    }

    static boolean valid(String code) {
        if (code == null || code.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the code is an oblast or a city of republican significance ({@code AB 00 00 000}). */
    static boolean topLevel(String code) {
        return valid(code) && code.startsWith("0000000", 2);
    }

    /** What is wrong with a code, in English (a shipped file's problem is a build error), or {@code null}. */
    static String problem(String code) {
        return problem(code, Messages.of(KatoFile.class, Locale.ENGLISH));
    }

    /** What is wrong with a code, in the language of {@code messages}, or {@code null} if it is a valid code. */
    static String problem(String code, Messages messages) {
        if (code.isEmpty()) {
            return messages.get("import.problem.missingCode");
        }
        if (code.length() != 9) {
            return messages.get("import.problem.codeLength", code, code.length());
        }
        if (!valid(code)) {
            return messages.get("import.problem.codeDigits", code);
        }
        return null;
    }

    /**
     * The nearest ancestor that {@code exists}: {@code AB CD EF 000}, then {@code AB CD 00 000},
     * then {@code AB 00 00 000}, skipping missing levels; {@code null} for a top-level code.
     */
    static String nearestAncestor(String code, Predicate<String> exists) {
        for (int length : PREFIXES) {
            String candidate = code.substring(0, length) + "0".repeat(9 - length);
            if (!candidate.equals(code) && exists.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@code parent} is a structural ancestor of {@code code}. */
    static boolean contains(String parent, String code) {
        return !parent.equals(code) && parent.endsWith("000") && code.startsWith(significant(parent));
    }

    /** The code without its trailing all-zero segments: {@code 1138} for {@code 113800000}. */
    private static String significant(String code) {
        if (!code.endsWith("000")) {
            return code;
        }
        if (!code.startsWith("00", 4)) {
            return code.substring(0, 6);
        }
        if (!code.startsWith("00", 2)) {
            return code.substring(0, 4);
        }
        return code.substring(0, 2);
    }
}
