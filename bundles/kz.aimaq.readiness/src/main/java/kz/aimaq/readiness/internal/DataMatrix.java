package kz.aimaq.readiness.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import kz.aimaq.readiness.api.Imputation;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Ratio;

/**
 * The values of one period as a units × indicators matrix (row-major), with each cell's
 * vintage, source and imputation, and the numerator and denominator of ratio indicators.
 */
final class DataMatrix {

    final CompiledTree tree;
    final String period;
    final List<String> units;
    /** Row of each unit. */
    final Map<String, Integer> index;
    final double[] raw;
    final boolean[] observed;
    final Imputation[] imputation;
    final String[] periods;
    /** Each cell's period as its place among the matrix's periods in order, or −1: see {@link #indexVintages}. */
    final int[] vintage;
    final String[] sources;
    final double[] numerator;
    final double[] denominator;
    final boolean[] synthetic;
    /**
     * Per unit, set by {@link #indexVintages}: the number of imputed values, and the oldest and
     * newest vintage among all its values (or −1), which are the unit's own when every value is
     * scored.
     */
    final int[] imputed;
    final int[] oldest;
    final int[] newest;
    /** Per unit of at most 64 indicators, bit i set where indicator i has a vintage. */
    final long[] dated;
    private String[] vintages = new String[0];

    private DataMatrix(CompiledTree tree, String period, List<String> units, Map<String, Integer> index) {
        this.tree = tree;
        this.period = period;
        this.units = List.copyOf(units);
        this.index = index;
        int cells = units.size() * tree.indicatorCount();
        raw = filled(cells);
        observed = new boolean[cells];
        imputation = new Imputation[cells];
        Arrays.fill(imputation, Imputation.NONE);
        periods = new String[cells];
        vintage = new int[cells];
        Arrays.fill(vintage, -1);
        sources = new String[cells];
        numerator = filled(cells);
        denominator = filled(cells);
        synthetic = new boolean[units.size()];
        imputed = new int[units.size()];
        oldest = new int[units.size()];
        newest = new int[units.size()];
        dated = new long[units.size()];
    }

    /** An empty matrix to be filled by a roll-up. */
    static DataMatrix empty(CompiledTree tree, String period, List<String> units) {
        Map<String, Integer> index = new HashMap<>();
        units.forEach(u -> index.put(u, index.size()));
        return new DataMatrix(tree, period, units, index);
    }

    /**
     * @param period  the period to take, or null for the latest in the data
     * @param peerOf  the peer group of a unit for {@link Imputation#PEER_MEDIAN}
     */
    static DataMatrix of(CompiledTree tree, Collection<IndicatorValue> values, String period,
            Function<String, String> peerOf) {
        int q = tree.indicatorCount();
        Map<String, int[]> series = new HashMap<>();
        for (int i = 0; i < q; i++) {
            series.put(tree.indicators[i].id(), new int[] {i, 0});
            Ratio ratio = tree.indicators[i].ratio();
            if (ratio != null) {
                series.putIfAbsent(ratio.numerator(), new int[] {i, 1});
                series.putIfAbsent(ratio.denominator(), new int[] {i, 2});
            }
        }
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        String latest = null;
        for (IndicatorValue v : values) {
            if (series.containsKey(v.indicator())) {
                unitIndex.putIfAbsent(v.unit(), unitIndex.size());
                latest = latest == null || v.period().compareTo(latest) > 0 ? v.period() : latest;
            }
        }
        String target = period != null ? period : latest;
        DataMatrix m = new DataMatrix(tree, target, new ArrayList<>(unitIndex.keySet()), unitIndex);
        IndicatorValue[] last = new IndicatorValue[m.raw.length];
        for (IndicatorValue v : values) {
            int[] s = series.get(v.indicator());
            if (s == null) {
                continue;
            }
            int u = unitIndex.get(v.unit());
            int cell = u * q + s[0];
            if (v.period().equals(target)) {
                m.put(cell, s[1], v);
                m.synthetic[u] |= v.synthetic();
            } else if (s[1] == 0 && target != null && v.period().compareTo(target) < 0
                    && (last[cell] == null || v.period().compareTo(last[cell].period()) > 0)) {
                last[cell] = v;
            }
        }
        m.deriveRatios();
        m.impute(last, peerOf);
        m.indexVintages();
        return m;
    }

    private void put(int cell, int role, IndicatorValue v) {
        if (role == 0) {
            raw[cell] = v.value();
            observed[cell] = true;
            periods[cell] = v.period();
            sources[cell] = v.source();
        } else if (role == 1) {
            numerator[cell] = v.value();
            sources[cell] = sources[cell] == null ? v.source() : sources[cell];
        } else {
            denominator[cell] = v.value();
        }
    }

    /** A ratio indicator without its own value is computed from its numerator and denominator. */
    private void deriveRatios() {
        int q = tree.indicatorCount();
        for (int cell = 0; cell < raw.length; cell++) {
            Ratio ratio = tree.indicators[cell % q].ratio();
            if (!observed[cell] && ratio != null && denominator[cell] > 0 && !Double.isNaN(numerator[cell])) {
                raw[cell] = ratio.factor() * numerator[cell] / denominator[cell];
                observed[cell] = true;
                periods[cell] = period;
            }
        }
    }

    private void impute(IndicatorValue[] last, Function<String, String> peerOf) {
        int q = tree.indicatorCount();
        for (int i = 0; i < q; i++) {
            Imputation rule = tree.indicators[i].imputation();
            if (rule == Imputation.LAST_OBSERVED) {
                for (int u = 0; u < units.size(); u++) {
                    int cell = u * q + i;
                    if (!observed[cell] && last[cell] != null) {
                        raw[cell] = last[cell].value();
                        periods[cell] = last[cell].period();
                        sources[cell] = last[cell].source();
                        imputation[cell] = Imputation.LAST_OBSERVED;
                        synthetic[u] |= last[cell].synthetic();
                    }
                }
            } else if (rule == Imputation.PEER_MEDIAN) {
                imputePeerMedian(i, peerOf);
            }
        }
    }

    private void imputePeerMedian(int i, Function<String, String> peerOf) {
        int q = tree.indicatorCount();
        Map<String, List<Double>> byPeer = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            if (observed[u * q + i]) {
                byPeer.computeIfAbsent(String.valueOf(peerOf.apply(units.get(u))), k -> new ArrayList<>())
                        .add(raw[u * q + i]);
            }
        }
        Map<String, Double> medians = new HashMap<>();
        byPeer.forEach((peer, list) -> medians.put(peer, median(list)));
        for (int u = 0; u < units.size(); u++) {
            int cell = u * q + i;
            Double median = medians.get(String.valueOf(peerOf.apply(units.get(u))));
            if (!observed[cell] && median != null) {
                raw[cell] = median;
                periods[cell] = period;
                imputation[cell] = Imputation.PEER_MEDIAN;
            }
        }
    }

    /**
     * Numbers the periods of the cells in order, so that a unit's oldest and newest vintage
     * are found by comparing ints, and counts each unit's imputations and vintage range; call
     * once the periods and imputations are final.
     */
    void indexVintages() {
        TreeSet<String> distinct = new TreeSet<>();
        for (String p : periods) {
            if (p != null) {
                distinct.add(p);
            }
        }
        vintages = distinct.toArray(String[]::new);
        Map<String, Integer> order = new HashMap<>();
        for (String p : vintages) {
            order.put(p, order.size());
        }
        String last = null;
        int lastOrder = -1;
        for (int cell = 0; cell < periods.length; cell++) {
            String p = periods[cell];
            // the cells of one period mostly share one String instance: look it up once
            if (p != last) {
                last = p;
                lastOrder = p == null ? -1 : order.get(p);
            }
            vintage[cell] = lastOrder;
        }
        int q = tree.indicatorCount();
        for (int u = 0; u < imputed.length; u++) {
            int count = 0;
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            long bits = 0;
            for (int i = 0; i < q; i++) {
                int cell = u * q + i;
                count += imputation[cell] != Imputation.NONE ? 1 : 0;
                if (vintage[cell] >= 0) {
                    lo = Math.min(lo, vintage[cell]);
                    hi = Math.max(hi, vintage[cell]);
                    bits |= i < Long.SIZE ? 1L << i : 0;
                }
            }
            imputed[u] = count;
            dated[u] = bits;
            oldest[u] = hi < 0 ? -1 : lo;
            newest[u] = hi;
        }
    }

    /** The period numbered {@code v} by {@link #indexVintages}, or null for −1. */
    String vintageName(int v) {
        return v < 0 ? null : vintages[v];
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
