package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * hundreds of thousands of objects; records are made only when asked for.
 */
class ScoreTableImpl implements ScoreTable {

    final CompiledTree tree;
    final DataMatrix data;
    final double[] scores;
    final double[] groups;
    final double[] coverage;
    final double[] weight;
    final double[] contrib;
    final double[] lost;
    final int[] rankGroups;
    final int rankDecimals;
    private final Map<String, Integer> index = new HashMap<>();
    private final AtomicReferenceArray<int[]> ranks;

    ScoreTableImpl(CompiledTree tree, DataMatrix data, double[] scores, int[] rankGroups, int rankDecimals) {
        this.tree = tree;
        this.data = data;
        this.scores = scores;
        this.rankGroups = rankGroups;
        this.rankDecimals = rankDecimals;
        int n = data.units.size();
        int q = tree.indicatorCount();
        int g = tree.groupCount();
        groups = new double[n * g];
        coverage = new double[n * g];
        weight = new double[n * q];
        contrib = new double[n * q];
        lost = new double[n * q];
        Aggregator aggregator = new Aggregator(tree);
        for (int u = 0; u < n; u++) {
            index.put(data.units.get(u), u);
            aggregator.explain(u, scores, groups, coverage, weight, contrib, lost);
        }
        ranks = new AtomicReferenceArray<>(q + g);
        ranks.set(q + tree.root(), Ranking.competition(nodeColumn(q + tree.root()), rankGroups, rankDecimals));
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
        Integer u = index.get(unit);
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
        double cover = k < q ? (Double.isNaN(score) ? 0 : 1) : coverage[u * tree.groupCount() + k - q];
        String id = k < q ? tree.indicators[k].id() : tree.groups[k - q].id();
        return new NodeScore(id, score, cover, !Double.isNaN(score), nodeRanks[u]);
    }

    @Override
    public Explanation explain(String unit) {
        int u = unitIndex(unit);
        int q = tree.indicatorCount();
        List<Contribution> all = new ArrayList<>(q);
        String oldest = null;
        String newest = null;
        for (int i = 0; i < q; i++) {
            int cell = u * q + i;
            all.add(new Contribution(tree.indicators[i].id(), data.raw[cell], scores[cell], weight[cell],
                    contrib[cell], lost[cell], data.imputation[cell], data.periods[cell], data.sources[cell]));
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
        List<Comparison.Difference> differences = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            double ca = contrib[a * q + i];
            double cb = contrib[b * q + i];
            differences.add(new Comparison.Difference(tree.indicators[i].id(), ca, cb, ca - cb));
        }
        differences.sort(Comparator.comparingDouble((Comparison.Difference d) -> Math.abs(d.delta())).reversed());
        int root = q + tree.root();
        return new Comparison(unitA, unitB, node(a, root).score(), node(b, root).score(), List.copyOf(differences));
    }
}
