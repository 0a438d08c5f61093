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
 * spread over threads.
 */
final class MonteCarlo {

    private MonteCarlo() {
    }

    static List<RankInterval> run(ScoreTableImpl table, RobustnessOptions options) {
        if (options.draws() < 1 || !(options.weightSpread() >= 0 && options.weightSpread() < 1)) {
            throw new IllegalArgumentException("draws must be at least 1 and the weight spread in [0, 1): " + options);
        }
        CompiledTree tree = table.tree;
        int q = tree.indicatorCount();
        int root = tree.indicatorCount() + tree.root();
        double[] totals = table.nodeColumn(root);
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
            Aggregator aggregator = new Aggregator(tree);
            double[] values = new double[m];
            for (int d = chunk; d < draws; d += chunks) {
                SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + d);
                double[][] weights = perturb(tree.weights, options.weightSpread(), random);
                boolean swap = options.varyAggregation() && random.nextBoolean();
                boolean[] geometric = tree.geometric.clone();
                for (int g = 0; swap && g < geometric.length; g++) {
                    geometric[g] = !geometric[g];
                }
                for (int i = 0; i < m; i++) {
                    values[i] = aggregator.index(table.scores, logs, scored[i] * q, weights, geometric);
                }
                int[] drawRanks = Ranking.competition(values, groups, -1);
                for (int i = 0; i < m; i++) {
                    ranks[i * draws + d] = drawRanks[i];
                }
            }
        });
        List<RankInterval> out = new ArrayList<>(m);
        int[] sorted = new int[draws];
        for (int i = 0; i < m; i++) {
            System.arraycopy(ranks, i * draws, sorted, 0, draws);
            Arrays.sort(sorted);
            double median = draws % 2 == 1 ? sorted[draws / 2] : (sorted[draws / 2 - 1] + sorted[draws / 2]) / 2.0;
            out.add(new RankInterval(table.data.units.get(scored[i]), median, nearestRank(sorted, 0.05),
                    nearestRank(sorted, 0.95)));
        }
        return out;
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

    /** The nearest-rank percentile of sorted values. */
    private static int nearestRank(int[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, k - 1)];
    }
}
