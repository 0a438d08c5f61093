package kz.aimaq.readiness.internal;

import java.util.Collection;
import java.util.function.Function;

import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ScoringOptions;

/**
 * One scoring run over a prepared data matrix: the fitted normalisers and the resulting
 * table. Preparing the matrix from value records ({@link #prepare}) is a separate step, so
 * that the scoring itself can be timed and repeated on the same matrix.
 */
final class Scoring {

    final CompiledTree tree;
    final DataMatrix data;
    final Normaliser[] normalisers;
    final ScoreTableImpl table;

    /** The values of the scored period as a matrix, with imputations. */
    static DataMatrix prepare(Methodology methodology, Collection<IndicatorValue> values, ScoringOptions options,
            Function<String, String> peerOf) {
        return DataMatrix.of(new CompiledTree(methodology), values, options.period(), peerOf);
    }

    Scoring(DataMatrix data, int rankDecimals) {
        this.data = data;
        tree = data.tree;
        int q = tree.indicatorCount();
        int n = data.units.size();
        normalisers = new Normaliser[q];
        for (int i = 0; i < q; i++) {
            normalisers[i] = Normaliser.fit(tree.indicators[i], tree.scale, data.raw, data.observed, i, q, n);
        }
        double[] raw = data.raw;
        double[] scores = new double[n * q];
        int g = tree.groupCount();
        double[] groups = new double[n * g];
        Aggregator aggregator = new Aggregator(tree);
        // one pass: a unit's row is aggregated while it is still in the cache
        for (int u = 0, cell = 0; u < n; u++, cell += q) {
            for (int i = 0; i < q; i++) {
                scores[cell + i] = normalisers[i].score(raw[cell + i]);
            }
            aggregator.score(u, scores, groups);
        }
        table = new ScoreTableImpl(tree, data, scores, groups, null, rankDecimals);
        table.rankRoot();
    }
}
