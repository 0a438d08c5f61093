package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.ToDoubleFunction;

import kz.aimaq.readiness.api.Ratio;
import kz.aimaq.readiness.api.RollUpInfo;
import kz.aimaq.readiness.api.RollUpInfo.IndicatorRollUp;
import kz.aimaq.readiness.api.RollUpMethod;
import kz.aimaq.readiness.api.UnitHierarchy;

/**
 * Builds the scores of every ancestor of the scored units, deepest first so that a parent
 * always sees its children's results: ratio indicators from summed numerators and denominators
 * (normalised with the base units' yardstick), the rest as population-weighted means.
 */
final class RollUp {

    /** A hierarchy deeper than this is taken to be a cycle in the parent links. */
    private static final int MAX_DEPTH = 64;

    /** What is known of one unit, base or ancestor. */
    private static final class Cell {
        final double[] score;
        final double[] numerator;
        final double[] denominator;
        double population = Double.NaN;
        double total = Double.NaN;
        boolean synthetic;

        Cell(int q) {
            score = new double[q];
            numerator = new double[q];
            denominator = new double[q];
        }
    }

    private RollUp() {
    }

    static RollUpTableImpl of(Scoring base, UnitHierarchy hierarchy) {
        CompiledTree tree = base.tree;
        int q = tree.indicatorCount();
        Map<String, Cell> cells = new HashMap<>();
        Map<String, Set<String>> children = new LinkedHashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (int u = 0; u < base.data.units.size(); u++) {
            String unit = base.data.units.get(u);
            Cell cell = new Cell(q);
            for (int i = 0; i < q; i++) {
                int k = u * q + i;
                cell.score[i] = base.table.scores[k];
                boolean ratio = base.data.denominator[k] > 0 && !Double.isNaN(base.data.numerator[k]);
                cell.numerator[i] = ratio ? base.data.numerator[k] : Double.NaN;
                cell.denominator[i] = ratio ? base.data.denominator[k] : Double.NaN;
            }
            cell.population = hierarchy.population(unit).orElse(Double.NaN);
            cell.total = base.table.groups[u * tree.groupCount() + tree.root()];
            cell.synthetic = base.data.synthetic[u];
            cells.put(unit, cell);
            String child = unit;
            int steps = 0;
            for (Optional<String> parent = hierarchy.parent(child); parent.isPresent(); parent = hierarchy.parent(child)) {
                boolean walked = children.containsKey(parent.get());
                children.computeIfAbsent(parent.get(), p -> new LinkedHashSet<>()).add(child);
                if (walked) {
                    break;
                }
                if (++steps > MAX_DEPTH) {
                    throw new IllegalArgumentException("the parent links above " + unit + " form a cycle");
                }
                child = parent.get();
            }
        }
        List<String> ancestors = new ArrayList<>(children.keySet());
        ancestors.removeIf(cells::containsKey);
        for (String a : ancestors) {
            depth.put(a, depthOf(a, hierarchy));
        }
        ancestors.sort(Comparator.comparing((String a) -> depth.get(a)).reversed());
        DataMatrix data = DataMatrix.empty(tree, base.data.period, ancestors);
        double[] scores = new double[ancestors.size() * q];
        Aggregator aggregator = new Aggregator(tree);
        Map<String, RollUpInfo> infos = new HashMap<>();
        for (int a = 0; a < ancestors.size(); a++) {
            String unit = ancestors.get(a);
            Cell cell = combine(base, children.get(unit), cells, hierarchy.population(unit).orElse(Double.NaN));
            List<IndicatorRollUp> methods = new ArrayList<>(q);
            for (int i = 0; i < q; i++) {
                methods.add(indicator(base, i, children.get(unit), cells, cell, data, a));
                scores[a * q + i] = cell.score[i];
            }
            cell.total = aggregator.index(scores, a * q, tree.weights, tree.geometric);
            data.synthetic[a] = cell.synthetic;
            cells.put(unit, cell);
            double[] shares = populationWeighted(children.get(unit), cells, c -> c.total);
            infos.put(unit, new RollUpInfo(unit, depth.get(unit), shares[1], shares[0], List.copyOf(methods)));
        }
        int[] depths = ancestors.stream().mapToInt(depth::get).toArray();
        data.indexVintages();
        return new RollUpTableImpl(data, scores, depths, base.table.rankDecimals, infos, base.table);
    }

    private static Cell combine(Scoring base, Set<String> kids, Map<String, Cell> cells, double population) {
        Cell cell = new Cell(base.tree.indicatorCount());
        double sum = 0;
        boolean any = false;
        for (String kid : kids) {
            Cell c = cells.get(kid);
            cell.synthetic |= c.synthetic;
            if (!Double.isNaN(c.population)) {
                sum += c.population;
                any = true;
            }
        }
        cell.population = !Double.isNaN(population) ? population : any ? sum : Double.NaN;
        return cell;
    }

    private static IndicatorRollUp indicator(Scoring base, int i, Set<String> kids, Map<String, Cell> cells,
            Cell cell, DataMatrix data, int a) {
        int q = base.tree.indicatorCount();
        Ratio ratio = base.tree.indicators[i].ratio();
        double num = 0;
        double den = 0;
        double coveredPopulation = 0;
        double knownPopulation = 0;
        for (String kid : kids) {
            Cell c = cells.get(kid);
            boolean has = !Double.isNaN(c.denominator[i]);
            if (has) {
                num += c.numerator[i];
                den += c.denominator[i];
            }
            if (!Double.isNaN(c.population)) {
                knownPopulation += c.population;
                coveredPopulation += has ? c.population : 0;
            }
        }
        double share = knownPopulation > 0 ? coveredPopulation / knownPopulation : Double.NaN;
        if (ratio != null && den > 0) {
            cell.numerator[i] = num;
            cell.denominator[i] = den;
            double value = ratio.factor() * num / den;
            cell.score[i] = base.normalisers[i].score(value);
            data.raw[a * q + i] = value;
            data.observed[a * q + i] = true;
            data.periods[a * q + i] = data.period;
            return new IndicatorRollUp(base.tree.indicators[i].id(), RollUpMethod.RATIO, share);
        }
        cell.numerator[i] = Double.NaN;
        cell.denominator[i] = Double.NaN;
        double[] weighted = populationWeighted(kids, cells, c -> c.score[i]);
        cell.score[i] = weighted[0];
        if (!Double.isNaN(weighted[0])) {
            data.periods[a * q + i] = data.period;
        }
        RollUpMethod method = Double.isNaN(weighted[0]) ? RollUpMethod.NONE : RollUpMethod.POPULATION_WEIGHTED;
        return new IndicatorRollUp(base.tree.indicators[i].id(), method, weighted[1]);
    }

    /** {mean weighted by population over the children with a value, population share with a value}. */
    private static double[] populationWeighted(Set<String> kids, Map<String, Cell> cells,
            ToDoubleFunction<Cell> value) {
        double sum = 0;
        double covered = 0;
        double known = 0;
        for (String kid : kids) {
            Cell c = cells.get(kid);
            if (Double.isNaN(c.population)) {
                continue;
            }
            known += c.population;
            double v = value.applyAsDouble(c);
            if (!Double.isNaN(v)) {
                sum += v * c.population;
                covered += c.population;
            }
        }
        return new double[] {covered > 0 ? sum / covered : Double.NaN, known > 0 ? covered / known : Double.NaN};
    }

    private static int depthOf(String unit, UnitHierarchy hierarchy) {
        int d = 0;
        for (Optional<String> p = hierarchy.parent(unit); p.isPresent(); p = hierarchy.parent(p.get())) {
            if (++d > MAX_DEPTH) {
                throw new IllegalArgumentException("the parent links above " + unit + " form a cycle");
            }
        }
        return d;
    }
}
