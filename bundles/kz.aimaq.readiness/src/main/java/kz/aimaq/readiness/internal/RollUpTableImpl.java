package kz.aimaq.readiness.internal;

import java.util.Map;

import kz.aimaq.readiness.api.RollUpInfo;
import kz.aimaq.readiness.api.RollUpTable;
import kz.aimaq.readiness.api.ScoreTable;

/** Scores of parent units, ranked within each depth, with how each was built. */
final class RollUpTableImpl extends ScoreTableImpl implements RollUpTable {

    private final Map<String, RollUpInfo> infos;
    private final ScoreTable base;

    RollUpTableImpl(DataMatrix data, double[] scores, int[] depths, int rankDecimals,
            Map<String, RollUpInfo> infos, ScoreTable base) {
        super(data, ScoredUnits.of(data, scores), depths, rankDecimals);
        this.infos = Map.copyOf(infos);
        this.base = base;
    }

    @Override
    public ScoreTable base() {
        return base;
    }

    @Override
    public RollUpInfo rollUp(String unit) {
        unitIndex(unit);
        return infos.get(unit);
    }
}
