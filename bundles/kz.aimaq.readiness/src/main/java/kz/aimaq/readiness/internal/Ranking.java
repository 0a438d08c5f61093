package kz.aimaq.readiness.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Competition ranking ("1, 2, 2, 4"), best (highest) first. Sorts the scores' bit patterns
 * with a radix sort that carries the unit numbers along, so a ranking costs a few linear
 * passes over primitive arrays: the Monte Carlo ranks every unit once per draw.
 */
final class Ranking {

    /** 11-bit digits: scores on one scale share their top bits, so about five passes remain. */
    private static final int BITS = 11;
    private static final int DIGITS = (64 + BITS - 1) / BITS;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;
    /**
     * Scores are compared to 40 of the 52 bits of their mantissa (about 12 significant digits):
     * sums that are equal on paper can differ in their last bits by the order they were added
     * in, and such scores must tie. EGDI 2024's Iraq and Kiribati both have 1.37163 / 3 from the
     * published components, and the two sums differ by one unit in the last place.
     */
    private static final long NOISE_MASK = (1L << 12) - 1;
    private static final long NOISE_HALF = 1L << 11;

    private long[] keys = new long[0];
    private long[] keysSpare = new long[0];
    private int[] order = new int[0];
    private int[] orderSpare = new int[0];
    private final int[][] histogram = new int[DIGITS][RADIX];

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
        new Ranking().rank(keys, n, groups, ranks, 0);
        return ranks;
    }

    /**
     * Writes the rank of {@code values[i]} for i &lt; n to {@code ranks[offset + i]}. The buffers
     * are kept for the next call: one instance per thread.
     *
     * @param groups a non-negative group number per value, or null for one group
     */
    void rank(double[] values, int n, int[] groups, int[] ranks, int offset) {
        ensure(n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v == v) {
                // + 0.0 turns −0.0 into 0.0: the two compare equal, so they must tie
                long bits = Double.doubleToRawLongBits(v + 0.0);
                bits = (bits + NOISE_HALF) & ~NOISE_MASK;
                keys[m] = bits ^ (bits >> 63 | Long.MIN_VALUE);
                order[m++] = i;
            } else {
                ranks[offset + i] = 0;
            }
        }
        sort(m);
        if (groups == null) {
            assign(0, m, ranks, offset);
        } else {
            int[] bounds = byGroup(m, groups);
            for (int g = 0; g + 1 < bounds.length; g++) {
                assign(bounds[g], bounds[g + 1], ranks, offset);
            }
        }
    }

    /** LSD radix sort of keys[0, m) ascending (unsigned), skipping digits all keys share. */
    private void sort(int m) {
        for (int[] counts : histogram) {
            java.util.Arrays.fill(counts, 0);
        }
        for (int j = 0; j < m; j++) {
            long key = keys[j];
            for (int d = 0; d < DIGITS; d++) {
                histogram[d][(int) (key >>> (d * BITS)) & MASK]++;
            }
        }
        for (int d = 0; d < DIGITS && m > 0; d++) {
            int[] counts = histogram[d];
            int shift = d * BITS;
            if (counts[(int) (keys[0] >>> shift) & MASK] == m) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int j = 0; j < m; j++) {
                long key = keys[j];
                int at = counts[(int) (key >>> shift) & MASK]++;
                keysSpare[at] = key;
                orderSpare[at] = order[j];
            }
            swap();
        }
    }

    /** Stable counting sort of the sorted keys by group; returns the start of each group and m. */
    private int[] byGroup(int m, int[] groups) {
        int max = 0;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, groups[order[j]]);
        }
        int[] starts = new int[max + 2];
        for (int j = 0; j < m; j++) {
            starts[groups[order[j]] + 1]++;
        }
        for (int g = 1; g < starts.length; g++) {
            starts[g] += starts[g - 1];
        }
        int[] next = starts.clone();
        for (int j = 0; j < m; j++) {
            int at = next[groups[order[j]]]++;
            keysSpare[at] = keys[j];
            orderSpare[at] = order[j];
        }
        swap();
        return starts;
    }

    /** Ranks one ascending run [from, to): 1 + the number of strictly greater keys. */
    private void assign(int from, int to, int[] ranks, int offset) {
        int j = to - 1;
        while (j >= from) {
            int rank = to - j;
            long key = keys[j];
            while (j >= from && keys[j] == key) {
                ranks[offset + order[j--]] = rank;
            }
        }
    }

    private void swap() {
        long[] k = keys;
        keys = keysSpare;
        keysSpare = k;
        int[] o = order;
        order = orderSpare;
        orderSpare = o;
    }

    private void ensure(int n) {
        if (keys.length < n) {
            keys = new long[n];
            keysSpare = new long[n];
            order = new int[n];
            orderSpare = new int[n];
        }
    }

    /** Decimal rounding, so that 0.45725 rounds up as it is written, not as its binary value. */
    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
