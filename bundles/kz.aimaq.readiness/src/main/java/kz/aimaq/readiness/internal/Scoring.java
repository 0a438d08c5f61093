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
        table = new ScoreTableImpl(data, ScoredUnits.normalise(data, normalisers), null, rankDecimals);
    }
}
