package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import kz.aimaq.readiness.api.RankInterval;
import kz.aimaq.readiness.api.RobustnessOptions;

/**
 * Rank uncertainty under perturbed weights and aggregation. Each draw has its own random
 * stream derived from the seed and the draw number, so results do not depend on how draws are
 * spread over threads. The ranks of all draws are kept draw by draw in one int array; the
 * percentiles of each unit are then found by selection rather than by sorting its draws.
 */
final class MonteCarlo {

    /** Units whose draws are gathered together, so that reading a draw's ranks stays sequential. */
    private static final int BLOCK = 64;

    private MonteCarlo() {
    }

    static List<RankInterval> run(ScoreTableImpl table, RobustnessOptions options) {
        if (options.draws() < 1 || !(options.weightSpread() >= 0 && options.weightSpread() < 1)) {
            throw new IllegalArgumentException("draws must be at least 1 and the weight spread in [0, 1): " + options);
        }
        CompiledTree tree = table.tree;
        int q = tree.indicatorCount();
        double[] totals = table.nodeColumn(q + tree.root());
        int[] scored = IntStream.range(0, totals.length).filter(u -> !Double.isNaN(totals[u])).toArray();
        int m = scored.length;
        int draws = options.draws();
        int[] groups = table.rankGroups == null ? null : Arrays.stream(scored).map(u -> table.rankGroups[u]).toArray();
        int[] ranks = new int[m * draws];
        double[] logs = new double[table.scores.length];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(Math.max(table.scores[i], tree.floor));
        }
        int chunks = Math.max(1, Math.min(draws, Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            DrawIndex index = new DrawIndex(tree);
            Ranking ranking = new Ranking();
            double[] values = new double[m];
            for (int d = chunk; d < draws; d += chunks) {
                SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + d);
                double[][] weights = perturb(tree.weights, options.weightSpread(), random);
                boolean swap = options.varyAggregation() && random.nextBoolean();
                boolean[] geometric = tree.geometric.clone();
                for (int g = 0; swap && g < geometric.length; g++) {
                    geometric[g] = !geometric[g];
                }
                index.draw(weights, geometric);
                for (int i = 0; i < m; i++) {
                    values[i] = index.index(table.scores, logs, scored[i] * q);
                }
                ranking.rank(values, m, groups, ranks, d * m);
            }
        });
        RankInterval[] out = new RankInterval[m];
        int blocks = (m + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int first = block * BLOCK;
            int size = Math.min(BLOCK, m - first);
            int[] gathered = new int[size * draws];
            for (int d = 0; d < draws; d++) {
                int row = d * m + first;
                for (int b = 0; b < size; b++) {
                    gathered[b * draws + d] = ranks[row + b];
                }
            }
            for (int b = 0; b < size; b++) {
                out[first + b] = interval(table.data.units.get(scored[first + b]), gathered, b * draws, draws);
            }
        });
        return new ArrayList<>(List.of(out));
    }

    /** Median and nearest-rank 5th and 95th percentiles of {@code a[from, from + n)}. */
    private static RankInterval interval(String unit, int[] a, int from, int n) {
        int high = Math.max(0, (int) Math.ceil(0.95 * n) - 1);
        int upper = n / 2;
        int lower = n % 2 == 1 ? upper : upper - 1;
        int low = Math.max(0, (int) Math.ceil(0.05 * n) - 1);
        // Each selection leaves the smaller values before its position, so the next (smaller)
        // order statistic is searched in that prefix only.
        Selection.select(a, from, from + n, from + high);
        Selection.select(a, from, from + high, from + upper);
        Selection.select(a, from, from + upper, from + lower);
        Selection.select(a, from, from + lower, from + low);
        double median = (a[from + lower] + a[from + upper]) / 2.0;
        return new RankInterval(unit, median, a[from + low], a[from + high]);
    }

    private static double[][] perturb(double[][] weights, double spread, SplittableRandom random) {
        double[][] out = new double[weights.length][];
        for (int g = 0; g < weights.length; g++) {
            out[g] = new double[weights[g].length];
            double sum = 0;
            for (int c = 0; c < weights[g].length; c++) {
                out[g][c] = weights[g][c] * (1 + spread * (2 * random.nextDouble() - 1));
                sum += out[g][c];
            }
            for (int c = 0; c < out[g].length; c++) {
                out[g][c] /= sum;
            }
        }
        return out;
    }
}
