package kz.aimaq.readiness.internal;

/**
 * Finds a unit's three weakest indicators for {@link UnitScorer}: most points lost, then
 * lowest score, then methodology order, among the indicators with a weight. Whether an
 * indicator is among them so far is unpredictable, so the four largest keys are kept by
 * compare-exchanges in integer arithmetic, without branches. A key is the points lost as an
 * ordered long with the indicator number in its lowest bits; where keys tie but for those
 * bits, the exact comparison checks their order (see {@link #settled}). One instance per
 * {@link UnitScorer}: it owns its buffers.
 */
final class WeakestThree {

    /** Below every key of a weighted indicator. */
    private static final long NONE = Long.MIN_VALUE >> 1;

    private final int q;
    /** The scores of the unit, shared with the {@link UnitScorer}. */
    private final double[] node;
    private final long[] keys;
    private final int[] slots = new int[ScoredUnits.WEAKEST];
    /** The low bits of a key, which hold the indicator number reversed. */
    private final int indexMask;
    /** The bits of a key above {@link #indexMask}. */
    private final long pointsMask;

    WeakestThree(int q, double[] node) {
        this.q = q;
        this.node = node;
        keys = new long[q];
        indexMask = (Integer.highestOneBit(Math.max(q, 1)) << 1) - 1;
        pointsMask = ~(long) indexMask;
    }

    /** Sets indicator i's key from its effective weight and points lost; small enough to be inlined. */
    void key(int i, double eff, double points) {
        keys[i] = eff > 0 ? key(points, i) : NONE;
    }

    /**
     * Writes the weakest three of the keys set, by the points lost in {@code lost[row + i]},
     * to {@code weakest[w]}, {@code weakest[w + 1]}, {@code weakest[w + 2]}; −1 where fewer
     * indicators have a weight.
     */
    void select(double[] lost, int row, int[] weakest, int w) {
        // a loop of its own, so that the four keys stay in registers
        long t0 = NONE;
        long t1 = NONE;
        long t2 = NONE;
        long t3 = NONE;
        for (int i = 0; i < q; i++) {
            long k = keys[i];
            // keys lie in [−2^62, 2^62): a difference never overflows, its sign is the comparison
            long x = (t0 - k) >> 63 & (t0 ^ k);
            t0 ^= x;
            k ^= x;
            x = (t1 - k) >> 63 & (t1 ^ k);
            t1 ^= x;
            k ^= x;
            x = (t2 - k) >> 63 & (t2 ^ k);
            t2 ^= x;
            k ^= x;
            t3 ^= (t3 - k) >> 63 & (t3 ^ k);
        }
        // the weakest three (ScoredUnits.WEAKEST) are t0, t1, t2
        if (settled(lost, row, t0, t1) && settled(lost, row, t1, t2) && settled(lost, row, t2, t3)
                && alone(lost, row, t2, t3)) {
            weakest[w] = slot(t0);
            weakest[w + 1] = slot(t1);
            weakest[w + 2] = slot(t2);
        } else {
            exactWeakest(lost, row, weakest, w);
        }
    }


    /**
     * The points lost as a long in [−2^62, 2^62) that orders non-NaN doubles as
     * {@link Double#compare} does, its lowest bits replaced by the indicator number reversed.
     */
    private long key(double points, int i) {
        long bits = Double.doubleToRawLongBits(points);
        return (bits ^ (bits >> 63 & Long.MAX_VALUE)) >> 1 & pointsMask | indexMask - i;
    }

    /**
     * Whether keys a ≥ b are in the exact order: their points lost differ beyond the bits the
     * indicator number took, or b is no indicator, or b does not come before a by points lost
     * and score. With no indicator outside the four tying with the third ({@link #alone}),
     * the three weakest are then settled.
     */
    private boolean settled(double[] lost, int row, long a, long b) {
        if (b == NONE || (a & ~indexMask) != (b & ~indexMask)) {
            return true;
        }
        return !before(lost, row, slot(b), slot(a));
    }

    /**
     * Whether the third weakest is settled against every indicator outside the four largest
     * keys: none ties with it but for the indicator bits, or those that do lose exactly the
     * same points with the same score, so that methodology order, which the keys keep, decides.
     */
    private boolean alone(double[] lost, int row, long t2, long t3) {
        long third = t2 & ~indexMask;
        if (t3 == NONE || (t3 & ~indexMask) != third) {
            return true;
        }
        int i2 = slot(t2);
        for (int i = 0; i < q; i++) {
            boolean tie = (keys[i] & ~indexMask) == third;
            if (tie && (Double.compare(lost[row + i], lost[row + i2]) != 0
                    || Double.compare(node[i], node[i2]) != 0)) {
                return false;
            }
        }
        return true;
    }

    private int slot(long key) {
        return key == NONE ? -1 : indexMask - (int) (key & indexMask);
    }

    /** Near ties: insertion into the slots, comparing points lost and score as {@link Double#compare}. */
    private void exactWeakest(double[] lost, int row, int[] weakest, int w) {
        int found = 0;
        for (int i = 0; i < q; i++) {
            if (keys[i] != NONE) {
                int j = found;
                while (j > 0 && before(lost, row, i, slots[j - 1])) {
                    j--;
                }
                for (int m = Math.min(found, ScoredUnits.WEAKEST - 1); m > j; m--) {
                    slots[m] = slots[m - 1];
                }
                if (j < ScoredUnits.WEAKEST) {
                    slots[j] = i;
                    found = Math.min(found + 1, ScoredUnits.WEAKEST);
                }
            }
        }
        for (int j = 0; j < ScoredUnits.WEAKEST; j++) {
            weakest[w + j] = j < found ? slots[j] : -1;
        }
    }

    /** Whether indicator a comes before b among the weakest of the unit in {@code node} and {@code lost}. */
    private boolean before(double[] lost, int row, int a, int b) {
        int byLoss = Double.compare(lost[row + b], lost[row + a]);
        return byLoss < 0 || byLoss == 0 && Double.compare(node[a], node[b]) < 0;
    }
}
