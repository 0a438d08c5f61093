package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import kz.aimaq.readiness.api.Aggregation;
import kz.aimaq.readiness.api.Direction;
import kz.aimaq.readiness.api.Group;
import kz.aimaq.readiness.api.Imputation;
import kz.aimaq.readiness.api.Indicator;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.LocalisedText;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.Node;
import kz.aimaq.readiness.api.Normalisation;
import kz.aimaq.readiness.api.RobustnessOptions;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.Transform;

/**
 * 20 000 units × 20 indicators (4 pillars of 5, goalposts): the data preparation (matrix
 * from value records) timed apart; the full scoring of the prepared matrix, which includes
 * every unit's explanation, against one plain loop over the same matrix, alternating in the
 * same run; and the Monte Carlo with 1 000 draws. Run: see the bundle's README.
 */
public final class ReadinessBenchmark {

    private static final int UNITS = 20_000;
    private static final int PILLARS = 4;
    private static final int PER_PILLAR = 5;
    private static final int RUNS = 31;
    /**
     * Unmeasured runs first: the scoring kernel is a few large methods, and on a busy 2-core
     * machine C2 has not always finished compiling them after 20 runs.
     */
    private static final int WARM_UP = 100;

    private ReadinessBenchmark() {
    }

    public static void main(String[] args) {
        ReadinessEngineImpl engine = new ReadinessEngineImpl();
        Methodology methodology = methodology();
        List<String> units = IntStream.range(0, UNITS).mapToObj(i -> String.format("%09d", 100_000_000 + i * 37)).toList();
        List<IndicatorValue> values = engine.synthetic(methodology, units, "2024", 1);
        int q = PILLARS * PER_PILLAR;
        double[] matrix = new double[UNITS * q];
        Arrays.fill(matrix, Double.NaN);
        List<String> ids = methodology.indicators().stream().map(Node::id).toList();
        java.util.Map<String, Integer> unitIndex = new java.util.HashMap<>();
        units.forEach(u -> unitIndex.put(u, unitIndex.size()));
        values.forEach(v -> matrix[unitIndex.get(v.unit()) * q + ids.indexOf(v.indicator())] = v.value());

        double[] prepare = new double[RUNS];
        DataMatrix prepared = null;
        for (int run = -5; run < RUNS; run++) {
            long t0 = System.nanoTime();
            prepared = Scoring.prepare(methodology, values, ScoringOptions.latest(), unit -> "");
            if (run >= 0) {
                prepare[run] = (System.nanoTime() - t0) / 1e6;
            }
        }
        // The full scoring and the plain loop alternate on the same prepared matrix, so that
        // neither profits from a quieter moment of the machine.
        double[] scoring = new double[RUNS];
        double[] plain = new double[RUNS];
        double sink = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long t1 = System.nanoTime();
            ScoreTableImpl table = new Scoring(prepared, -1).table;
            long t2 = System.nanoTime();
            sink += plainLoop(matrix, q);
            long t3 = System.nanoTime();
            // read one explanation of every run's table, so none of its work can be skipped
            sink += table.explain(units.get(run + WARM_UP)).contributions().get(run + WARM_UP & 15).pointsLost();
            if (run >= 0) {
                scoring[run] = (t2 - t1) / 1e6;
                plain[run] = (t3 - t2) / 1e6;
            }
        }
        ScoreTable table = engine.score(methodology, values, ScoringOptions.latest());
        double[] monteCarlo = new double[3];
        for (int run = -1; run < monteCarlo.length; run++) {
            long t0 = System.nanoTime();
            sink += engine.robustness(table, RobustnessOptions.defaults()).size();
            if (run >= 0) {
                monteCarlo[run] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double plainMedian = median(plain);
        System.out.printf(Locale.ROOT, "units %d, indicators %d, cores %d (checksum %.3f)%n", UNITS, q,
                Runtime.getRuntime().availableProcessors(), sink);
        System.out.printf(Locale.ROOT, "data preparation (matrix from %d value records): median %.1f ms%n",
                values.size(), median(prepare));
        System.out.printf(Locale.ROOT, "full scoring of the prepared matrix with every unit's explanation "
                + "(normalise, every group, coverage, ranks, contributions, points lost, weakest three, "
                + "imputations, vintage): median %.2f ms%n", median(scoring));
        System.out.printf(Locale.ROOT, "plain loop over the same matrix: median %.2f ms%n", plainMedian);
        System.out.printf(Locale.ROOT, "ratio full scoring / plain loop: %.2f (target <= 5)%n",
                median(scoring) / plainMedian);
        // the fastest runs, for reference: least disturbed by other processes on the machine
        System.out.printf(Locale.ROOT, "fastest runs: full scoring %.2f ms, plain loop %.2f ms, ratio %.2f%n",
                min(scoring), min(plain), min(scoring) / min(plain));
        System.out.printf(Locale.ROOT, "Monte Carlo, 1000 draws, every unit: median %.0f ms (target < 2000)%n",
                median(monteCarlo));
    }

    /** The same index written as one loop: goalposts, pillar means, index mean. */
    private static double plainLoop(double[] matrix, int q) {
        double checksum = 0;
        for (int u = 0; u < UNITS; u++) {
            double index = 0;
            for (int p = 0; p < PILLARS; p++) {
                double pillar = 0;
                for (int i = 0; i < PER_PILLAR; i++) {
                    double x = matrix[u * q + p * PER_PILLAR + i];
                    pillar += Double.isNaN(x) ? 0 : 100 * Math.max(0, Math.min(1, x / 100));
                }
                index += pillar / PER_PILLAR / PILLARS;
            }
            checksum += index;
        }
        return checksum;
    }

    private static Methodology methodology() {
        List<Node> pillars = new ArrayList<>();
        for (int p = 0; p < PILLARS; p++) {
            List<Node> indicators = new ArrayList<>();
            for (int i = 0; i < PER_PILLAR; i++) {
                String id = "P" + p + "I" + i;
                indicators.add(new Indicator(id, LocalisedText.of(id), 1.0 / PER_PILLAR, "%", Direction.HIGHER_IS_BETTER,
                        Transform.NONE, Normalisation.goalposts(0, 100), Imputation.NONE, null));
            }
            pillars.add(new Group("P" + p, LocalisedText.of("P" + p), 1.0 / PILLARS, Aggregation.ARITHMETIC, 0.65,
                    indicators));
        }
        Group root = new Group("index", LocalisedText.of("index"), 1, Aggregation.ARITHMETIC, 1, pillars);
        return new Methodology("bench", "1", LocalisedText.of("benchmark"), 100, 0.1, root, List.of());
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
