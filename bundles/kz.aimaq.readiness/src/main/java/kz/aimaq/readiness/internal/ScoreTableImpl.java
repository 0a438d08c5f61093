package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.Comparison;
import kz.aimaq.readiness.api.Contribution;
import kz.aimaq.readiness.api.Explanation;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.NodeScore;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.UnitScore;

/**
 * Scores held as flat arrays (units × nodes) so that 20 000 units cost a few arrays, not
 * hundreds of thousands of objects. Every unit's explanation (contributions, points lost,
 * weakest indicators, imputations, vintage) is computed with the scores, by
 * {@link ScoredUnits}; records are made only when asked for.
 */
class ScoreTableImpl implements ScoreTable {

    final CompiledTree tree;
    final DataMatrix data;
    final ScoredUnits scored;
    final double[] scores;
    final double[] groups;
    final int[] rankGroups;
    final int rankDecimals;
    private final AtomicReferenceArray<int[]> ranks;

    /**
     * A table over units already scored and explained; ranks the index.
     *
     * @param rankGroups a group number per unit to rank within, or null for one ranking
     */
    ScoreTableImpl(DataMatrix data, ScoredUnits scored, int[] rankGroups, int rankDecimals) {
        this.tree = data.tree;
        this.data = data;
        this.scored = scored;
        this.scores = scored.scores;
        this.groups = scored.groups;
        this.rankGroups = rankGroups;
        this.rankDecimals = rankDecimals;
        ranks = new AtomicReferenceArray<>(tree.indicatorCount() + tree.groupCount());
        int root = tree.indicatorCount() + tree.root();
        ranks.set(root, Ranking.competition(nodeColumn(root), rankGroups, rankDecimals));
    }

    /** The scores of every unit at node {@code k} (indicator or Q + group). */
    final double[] nodeColumn(int k) {
        int n = data.units.size();
        int q = tree.indicatorCount();
        int g = tree.groupCount();
        double[] column = new double[n];
        for (int u = 0; u < n; u++) {
            column[u] = k < q ? scores[u * q + k] : groups[u * g + k - q];
        }
        return column;
    }

    final int unitIndex(String unit) {
        Integer u = data.index.get(unit);
        if (u == null) {
            throw new IllegalArgumentException("unit " + unit + " is not in the scored data");
        }
        return u;
    }

    @Override
    public Methodology methodology() {
        return tree.methodology;
    }

    @Override
    public String period() {
        return data.period;
    }

    @Override
    public List<String> units() {
        return data.units;
    }

    @Override
    public UnitScore unit(String unit) {
        int u = unitIndex(unit);
        NodeScore total = node(u, tree.indicatorCount() + tree.root());
        Band band = total.sufficient() ? tree.methodology.band(total.score()).orElse(null) : null;
        return new UnitScore(unit, total, band, data.synthetic[u]);
    }

    @Override
    public NodeScore node(String unit, String nodeId) {
        int k = tree.node(nodeId);
        if (k < 0) {
            throw new IllegalArgumentException("node " + nodeId + " is not in methodology " + tree.methodology.id());
        }
        return node(unitIndex(unit), k);
    }

    private NodeScore node(int u, int k) {
        int q = tree.indicatorCount();
        int[] nodeRanks = ranks.get(k);
        if (nodeRanks == null) {
            nodeRanks = Ranking.competition(nodeColumn(k), rankGroups, rankDecimals);
            ranks.compareAndSet(k, null, nodeRanks);
        }
        double score = k < q ? scores[u * q + k] : groups[u * tree.groupCount() + k - q];
        double cover = k < q ? (Double.isNaN(score) ? 0 : 1) : coverage(u, k - q);
        String id = k < q ? tree.indicators[k].id() : tree.groups[k - q].id();
        return new NodeScore(id, score, cover, !Double.isNaN(score), nodeRanks[u]);
    }

    /** The share of group {@code k}'s children that are scored: counted when asked, not stored. */
    private double coverage(int u, int k) {
        int q = tree.indicatorCount();
        int g = tree.groupCount();
        int[] kids = tree.children[k];
        int present = 0;
        for (int kid : kids) {
            double s = kid < q ? scores[u * q + kid] : groups[u * g + kid - q];
            present += Double.isNaN(s) ? 0 : 1;
        }
        return (double) present / kids.length;
    }

    @Override
    public Explanation explain(String unit) {
        int u = unitIndex(unit);
        int q = tree.indicatorCount();
        List<Contribution> all = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            int cell = u * q + i;
            all.add(new Contribution(tree.indicators[i].id(), data.raw[cell], scores[cell], scored.weight(u, i),
                    scored.contribution(u, i), scored.lost(u, i), data.imputation[cell], data.periods[cell],
                    data.sources[cell]));
        }
        List<Contribution> weakest = new ArrayList<>(ScoredUnits.WEAKEST);
        for (int j = 0; j < ScoredUnits.WEAKEST && scored.weakest[u * ScoredUnits.WEAKEST + j] >= 0; j++) {
            weakest.add(all.get(scored.weakest[u * ScoredUnits.WEAKEST + j]));
        }
        List<Contribution> imputed = new ArrayList<>(scored.imputed[u]);
        for (int i = 0; imputed.size() < scored.imputed[u]; i++) {
            if (all.get(i).imputed()) {
                imputed.add(all.get(i));
            }
        }
        return new Explanation(unit, node(u, q + tree.root()), List.copyOf(all), List.copyOf(weakest),
                List.copyOf(imputed), data.vintageName(scored.oldest[u]), data.vintageName(scored.newest[u]),
                data.synthetic[u]);
    }

    @Override
    public Comparison compare(String unitA, String unitB) {
        int a = unitIndex(unitA);
        int b = unitIndex(unitB);
        int q = tree.indicatorCount();
        List<Comparison.Difference> differences = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            double ca = scored.contribution(a, i);
            double cb = scored.contribution(b, i);
            differences.add(new Comparison.Difference(tree.indicators[i].id(), ca, cb, ca - cb));
        }
        differences.sort(Comparator.comparingDouble((Comparison.Difference d) -> Math.abs(d.delta())).reversed());
        int root = q + tree.root();
        return new Comparison(unitA, unitB, node(a, root).score(), node(b, root).score(), List.copyOf(differences));
    }
}
