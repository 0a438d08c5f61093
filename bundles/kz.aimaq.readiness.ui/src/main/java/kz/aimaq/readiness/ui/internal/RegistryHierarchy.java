package kz.aimaq.readiness.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import kz.aimaq.readiness.api.UnitHierarchy;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;

/**
 * The registry's current units as the engine's hierarchy: okrug → its parents → region →
 * country, with the registry's population figures. A snapshot, read once per scoring run.
 *
 * <p>Statistics publish population for regions, districts and towns but rarely for rural
 * okrugs, and a roll-up leaves out children of unknown population. So an okrug without a
 * figure gets an estimate: an equal share of what its parent's population leaves after the
 * okrugs that have one.
 */
final class RegistryHierarchy implements UnitHierarchy {

    /** The whole country: the parent of the 20 regions, which KATO itself does not list. */
    static final String COUNTRY = "000000000";

    private final Map<String, Unit> units;
    private final List<Unit> okrugs;
    private final Map<String, Double> estimated = new HashMap<>();

    private RegistryHierarchy(Map<String, Unit> units, List<Unit> okrugs) {
        this.units = units;
        this.okrugs = okrugs;
        Map<String, List<Unit>> byParent = new HashMap<>();
        okrugs.forEach(o -> byParent.computeIfAbsent(String.valueOf(o.parentCode()), p -> new ArrayList<>()).add(o));
        byParent.forEach((parent, siblings) -> estimate(units.get(parent), siblings));
    }

    private void estimate(Unit parent, List<Unit> siblings) {
        List<Unit> unknown = siblings.stream().filter(o -> o.population() == null).toList();
        if (parent == null || parent.population() == null || unknown.isEmpty()) {
            return;
        }
        double known = siblings.stream().filter(o -> o.population() != null).mapToDouble(Unit::population).sum();
        double left = parent.population() - known;
        if (left > 0) {
            unknown.forEach(o -> estimated.put(o.code(), left / unknown.size()));
        }
    }

    /**
     * Reads every current unit down to the okrugs: units with their own akim and budget.
     * Their villages are not read: they have no budget of their own.
     *
     * @throws CancellationException once {@code cancelled} says so
     */
    static RegistryHierarchy read(RegistryService registry, BooleanSupplier cancelled) {
        Map<String, Unit> units = new HashMap<>();
        List<Unit> okrugs = new ArrayList<>();
        Deque<Unit> pending = new ArrayDeque<>(registry.roots());
        while (!pending.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("reading the registry was cancelled");
            }
            Unit unit = pending.poll();
            units.put(unit.code(), unit);
            if (unit.ownBudget()) {
                okrugs.add(unit);
            } else {
                pending.addAll(registry.children(unit.code()));
            }
        }
        return new RegistryHierarchy(units, Collections.unmodifiableList(okrugs));
    }

    @Override
    public Optional<String> parent(String unit) {
        Unit u = units.get(unit);
        if (u == null) {
            return Optional.empty();
        }
        return Optional.of(u.parentCode() == null ? COUNTRY : u.parentCode());
    }

    @Override
    public OptionalDouble population(String unit) {
        Unit u = units.get(unit);
        if (u != null && u.population() != null) {
            return OptionalDouble.of(u.population());
        }
        Double estimate = estimated.get(unit);
        return estimate == null ? OptionalDouble.empty() : OptionalDouble.of(estimate);
    }

    /** The units with their own akim and budget, in registry order. */
    List<Unit> okrugs() {
        return okrugs;
    }

    /** The regions: the units with no parent in KATO. */
    List<Unit> regions() {
        return units.values().stream().filter(u -> u.parentCode() == null).sorted(Comparator.comparing(Unit::code))
                .toList();
    }

    Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** The level a unit is ranked at, or empty for intermediate units and the country. */
    Optional<RankLevel> level(String code) {
        Unit u = units.get(code);
        if (u == null) {
            return Optional.empty();
        }
        if (u.ownBudget()) {
            return Optional.of(RankLevel.OKRUG);
        }
        if (u.parentCode() == null) {
            return Optional.of(RankLevel.REGION);
        }
        Unit parent = units.get(u.parentCode());
        return parent != null && parent.parentCode() == null ? Optional.of(RankLevel.DISTRICT) : Optional.empty();
    }
}
