package kz.aimaq.readiness.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** Competition ranking ("1, 2, 2, 4"), best (highest) first. */
final class Ranking {

    private Ranking() {
    }

    /**
     * Ranks the finite values within each group; NaN gets rank 0.
     *
     * @param values   the scores
     * @param groups   a group number per value, or null for one group
     * @param decimals round to this many decimals (half up) before comparing, or −1
     */
    static int[] competition(double[] values, int[] groups, int decimals) {
        int n = values.length;
        double[] keys = values;
        if (decimals >= 0) {
            keys = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Double.isNaN(values[i]) ? values[i] : round(values[i], decimals);
            }
        }
        int[] ranks = new int[n];
        if (groups == null) {
            rankGroup(keys, null, -1, ranks);
        } else {
            int[] distinct = Arrays.stream(groups).distinct().toArray();
            for (int group : distinct) {
                rankGroup(keys, groups, group, ranks);
            }
        }
        return ranks;
    }

    private static void rankGroup(double[] keys, int[] groups, int group, int[] ranks) {
        int m = 0;
        double[] sorted = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!Double.isNaN(keys[i]) && (groups == null || groups[i] == group)) {
                sorted[m++] = keys[i];
            }
        }
        Arrays.sort(sorted, 0, m);
        for (int i = 0; i < keys.length; i++) {
            if (!Double.isNaN(keys[i]) && (groups == null || groups[i] == group)) {
                ranks[i] = 1 + m - upperBound(sorted, m, keys[i]);
            }
        }
    }

    /** The number of the first {@code m} sorted values that are ≤ {@code key}. */
    static int upperBound(double[] sorted, int m, double key) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Decimal rounding, so that 0.45725 rounds up as it is written, not as its binary value. */
    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
