package kz.aimaq.readiness.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The radix ranking and the selection against their plain definitions. */
class RankingTest {

    @Test
    void radixRanksEqualCountingStrictlyBetterValuesWithinEachGroup() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 3000;
        double[] values = new double[n];
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            // few distinct values so that ties are common; some NaN, negative and −0.0
            values[i] = switch (random.nextInt(12)) {
                case 0 -> Double.NaN;
                case 1 -> -0.0;
                case 2 -> 0.0;
                case 3 -> -random.nextInt(5) * 1.5;
                default -> random.nextInt(200) / 7.0;
            };
            groups[i] = random.nextInt(3);
        }
        assertArrayEquals(naive(values, null), Ranking.competition(values, null, -1));
        assertArrayEquals(naive(values, groups), Ranking.competition(values, groups, -1));
    }

    @Test
    void sumsEqualOnPaperTieThoughTheirLastBitsDiffer() {
        // EGDI 2024: Iraq's and Kiribati's published components both sum to 1.37163; weighted a third each
        double third = 1.0 / 3;
        double iraq = third * 0.18755 + third * 0.49672 + third * 0.68736;
        double kiribati = third * 0.39035 + third * 0.62690 + third * 0.35438;
        double justBelow = 0.45721 - 1e-9;
        assertEquals(Math.ulp(iraq), Math.abs(iraq - kiribati), "the two sums differ in the last place");

        assertArrayEquals(new int[] {1, 1, 3}, Ranking.competition(new double[] {iraq, kiribati, justBelow}, null, -1));
        assertArrayEquals(new int[] {2, 1}, Ranking.competition(new double[] {72.5 - 1e-9, 72.5}, null, -1),
                "a difference in the ninth decimal still ranks");
    }

    @Test
    void selectionFindsTheOrderStatisticOfTheRange() {
        SplittableRandom random = new SplittableRandom(9);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            int[] a = random.ints(n + 10, 1, 40).toArray();
            int[] sorted = Arrays.copyOfRange(a, 5, 5 + n);
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            Selection.select(a, 5, 5 + n, 5 + k);
            assertEquals(sorted[k], a[5 + k], "n " + n + ", k " + k);
            for (int i = 5; i < 5 + n; i++) {
                assertEquals(true, i < 5 + k ? a[i] <= a[5 + k] : a[i] >= a[5 + k], "partitioned at " + i);
            }
        }
    }

    private static int[] naive(double[] values, int[] groups) {
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            int better = 0;
            for (int j = 0; j < values.length; j++) {
                if ((groups == null || groups[i] == groups[j]) && values[j] > values[i]) {
                    better++;
                }
            }
            ranks[i] = 1 + better;
        }
        return ranks;
    }
}
