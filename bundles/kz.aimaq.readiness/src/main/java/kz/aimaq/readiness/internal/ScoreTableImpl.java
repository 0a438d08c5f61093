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
 * hundreds of thousands of objects; records are made only when asked for. A unit's
 * decomposition into contributions is computed when its explanation or a comparison is asked
 * for: it takes a microsecond from the stored group scores, and most units are never asked.
 */
class ScoreTableImpl implements ScoreTable {

    final CompiledTree tree;
    final DataMatrix data;
    final double[] scores;
    final double[] groups;
    final int[] rankGroups;
    final int rankDecimals;
    private final AtomicReferenceArray<int[]> ranks;

    /** A table over indicator scores; scores every group. */
    ScoreTableImpl(CompiledTree tree, DataMatrix data, double[] scores, int[] rankGroups, int rankDecimals) {
        this(tree, data, scores, new double[data.units.size() * tree.groupCount()], rankGroups, rankDecimals);
        Aggregator aggregator = new Aggregator(tree);
        for (int u = 0; u < data.units.size(); u++) {
            aggregator.score(u, scores, groups);
        }
        rankRoot();
    }

    /**
     * A table over scores already aggregated by {@link Aggregator#score}; call
     * {@link #rankRoot()} once they are complete.
     */
    ScoreTableImpl(CompiledTree tree, DataMatrix data, double[] scores, double[] groups, int[] rankGroups,
            int rankDecimals) {
        this.tree = tree;
        this.data = data;
        this.scores = scores;
        this.groups = groups;
        this.rankGroups = rankGroups;
        this.rankDecimals = rankDecimals;
        ranks = new AtomicReferenceArray<>(tree.indicatorCount() + tree.groupCount());
    }

    /** Ranks the index, the one column every table is asked for. */
    final void rankRoot() {
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
        double[] weight = new double[q];
        double[] contrib = new double[q];
        double[] lost = new double[q];
        new Aggregator(tree).explain(u, scores, groups, weight, contrib, lost);
        List<Contribution> all = new ArrayList<>(q);
        String oldest = null;
        String newest = null;
        for (int i = 0; i < q; i++) {
            int cell = u * q + i;
            all.add(new Contribution(tree.indicators[i].id(), data.raw[cell], scores[cell], weight[i],
                    contrib[i], lost[i], data.imputation[cell], data.periods[cell], data.sources[cell]));
            String p = data.periods[cell];
            if (p != null && !Double.isNaN(scores[cell])) {
                oldest = oldest == null || p.compareTo(oldest) < 0 ? p : oldest;
                newest = newest == null || p.compareTo(newest) > 0 ? p : newest;
            }
        }
        List<Contribution> weakest = all.stream().filter(c -> c.effectiveWeight() > 0)
                .sorted(Comparator.comparingDouble(Contribution::pointsLost).reversed()
                        .thenComparingDouble(Contribution::score))
                .limit(3).toList();
        List<Contribution> imputed = all.stream().filter(Contribution::imputed).toList();
        return new Explanation(unit, node(u, q + tree.root()), List.copyOf(all), weakest, imputed, oldest, newest,
                data.synthetic[u]);
    }

    @Override
    public Comparison compare(String unitA, String unitB) {
        int a = unitIndex(unitA);
        int b = unitIndex(unitB);
        int q = tree.indicatorCount();
        double[] contribA = contributions(a);
        double[] contribB = contributions(b);
        List<Comparison.Difference> differences = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            double ca = contribA[i];
            double cb = contribB[i];
            differences.add(new Comparison.Difference(tree.indicators[i].id(), ca, cb, ca - cb));
        }
        differences.sort(Comparator.comparingDouble((Comparison.Difference d) -> Math.abs(d.delta())).reversed());
        int root = q + tree.root();
        return new Comparison(unitA, unitB, node(a, root).score(), node(b, root).score(), List.copyOf(differences));
    }

    private double[] contributions(int u) {
        int q = tree.indicatorCount();
        double[] contrib = new double[q];
        new Aggregator(tree).explain(u, scores, groups, new double[q], contrib, new double[q]);
        return contrib;
    }
}
