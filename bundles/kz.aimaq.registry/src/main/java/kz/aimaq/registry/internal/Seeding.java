package kz.aimaq.registry.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.storage.api.Database;

/**
 * What the registry writes on its own at start: the shipped classifier, population and 2022
 * moves into an empty database, and the moves into a database seeded before they were shipped.
 */
final class Seeding {

    /** The change note of the versions recorded from the moves file; also marks them as recorded. */
    static final String MOVES_NOTE = "history " + ShippedData.MOVES_FILE;

    /** The database lock under which the registry is found empty and seeded. */
    static final String LOCK = "registry.seed";

    private Seeding() {
    }

    /**
     * What a first start writes, parsed, and the index built from the same rows: the registry
     * serves reads from this index while the rows are being written (reading them back would only
     * repeat what is already in memory).
     */
    record Prepared(List<Unit> units, List<Fact> population, List<Unit> former, UnitIndex index, long startNanos) {
    }

    /**
     * Reads the shipped classifier, population and moves and builds the index from them; the
     * population is read on another thread while this one reads the classifier.
     */
    static Prepared prepare(Consumer<String> log) {
        long start = System.nanoTime();
        CompletableFuture<List<Fact>> populationRead = CompletableFuture.supplyAsync(ShippedData::population);
        List<Unit> units = ShippedData.units();
        List<MovesFile.Move> moves = ShippedData.moves();
        Map<String, Unit> successors = new HashMap<>();
        Set<String> wanted = new HashSet<>();
        moves.forEach(m -> wanted.add(m.newCode()));
        for (Unit u : units) {
            if (wanted.contains(u.code())) {
                successors.put(u.code(), u);
            }
        }
        List<Unit> former = movedVersions(moves, successors::get, log);
        List<Fact> population = populationRead.join();
        return new Prepared(units, population, former, UnitIndex.of(ShippedData.withPopulation(units, population),
                former), start);
    }

    /**
     * Writes the prepared data in one transaction. The transaction holds the database lock
     * {@value #LOCK} and writes only if the registry is still empty under it: of several desktops
     * starting a new central database at once, or several processes on one new data folder,
     * exactly one seeds.
     *
     * @return false when another process seeded the registry meanwhile (nothing written here)
     */
    static boolean write(Database database, RegistryStore store, Prepared prepared, Consumer<String> log)
            throws SQLException {
        boolean[] seededHere = { false };
        store.inTransaction(c -> {
            database.lock(c, LOCK);
            if (!store.isEmpty(c)) {
                return;
            }
            store.insert(c, prepared.units(), ShippedData.KATO_VERSION, "seed " + ShippedData.KATO_FILE);
            store.insertFacts(c, prepared.population());
            store.insertEnded(c, prepared.former(), ShippedData.KATO_VERSION, MOVES_NOTE);
            seededHere[0] = true;
        });
        if (!seededHere[0]) {
            log.accept("Registry: another process seeded the registry while this one prepared to; reading theirs");
            return false;
        }
        log.accept("Registry: seeded " + prepared.units().size() + " KATO units, " + prepared.population().size()
                + " population facts and " + prepared.former().size() + " code changes of the 2022 reform in "
                + (System.nanoTime() - prepared.startNanos()) / 1_000_000 + " ms");
        return true;
    }

    /** The old versions of the moves that {@code index} does not hold yet (old code and successor). */
    static List<Unit> missingMoves(UnitIndex index, Consumer<String> log) {
        Set<String> recorded = new HashSet<>();
        index.former().forEach(f -> recorded.add(f.code() + ">" + f.successorCode()));
        List<MovesFile.Move> missing = ShippedData.moves().stream()
                .filter(m -> !recorded.contains(m.oldCode() + ">" + m.newCode())).toList();
        return movedVersions(missing, code -> index.find(code).orElse(null), log);
    }

    private static List<Unit> movedVersions(List<MovesFile.Move> moves, Function<String, Unit> current,
            Consumer<String> log) {
        for (MovesFile.Move move : moves) {
            if (current.apply(move.newCode()) == null) {
                log.accept("Registry: " + ShippedData.MOVES_FILE + " line " + move.line() + ": "
                        + move.oldCode() + " → " + move.newCode() + " not recorded, " + move.newCode()
                        + " is not a current unit");
            }
        }
        return MovesFile.formerVersions(moves, current);
    }
}
