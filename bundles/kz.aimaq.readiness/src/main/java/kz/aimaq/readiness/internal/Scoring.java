package kz.aimaq.readiness.internal;

import java.util.Collection;
import java.util.function.Function;

import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.ScoringOptions;

/** One scoring run: the data matrix, the fitted normalisers and the resulting table. */
final class Scoring {

    final CompiledTree tree;
    final DataMatrix data;
    final Normaliser[] normalisers;
    final ScoreTableImpl table;

    Scoring(Methodology methodology, Collection<IndicatorValue> values, ScoringOptions options,
            Function<String, String> peerOf) {
        tree = new CompiledTree(methodology);
        data = DataMatrix.of(tree, values, options.period(), peerOf);
        int q = tree.indicatorCount();
        int n = data.units.size();
        normalisers = new Normaliser[q];
        for (int i = 0; i < q; i++) {
            normalisers[i] = Normaliser.fit(tree.indicators[i], tree.scale, data.raw, data.observed, i, q, n);
        }
        double[] scores = new double[n * q];
        for (int u = 0; u < n; u++) {
            for (int i = 0; i < q; i++) {
                scores[u * q + i] = normalisers[i].score(data.raw[u * q + i]);
            }
        }
        table = new ScoreTableImpl(tree, data, scores, null, options.rankDecimals());
    }
}
