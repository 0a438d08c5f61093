package kz.aimaq.registry.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * Writes the shipped data in one transaction while another thread builds the index from the
     * same parsed rows: reading them back would only repeat what is already in memory. The index
     * is returned only after the commit. The population is read on that other thread too, while
     * this one parses the classifier.
     * <p>
     * The transaction holds the database lock {@value #LOCK} and writes only if the registry is
     * still empty under it: of several desktops starting a new central database at once, or
     * several processes on one new data folder, exactly one seeds.
     *
     * @return the index, or empty when another process seeded the registry meanwhile
     */
    static Optional<UnitIndex> seed(Database database, RegistryStore store, Consumer<String> log)
            throws SQLException {
        long start = System.nanoTime();
        CompletableFuture<List<Fact>> populationRead = CompletableFuture.supplyAsync(ShippedData::population);
        List<Unit> units = ShippedData.units();
        List<Fact> population = populationRead.join();
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
        CompletableFuture<UnitIndex> built = CompletableFuture.supplyAsync(
                () -> UnitIndex.of(ShippedData.withPopulation(units, population), former));
        boolean[] seededHere = { false };
        store.inTransaction(c -> {
            database.lock(c, LOCK);
            if (!store.isEmpty(c)) {
                return;
            }
            store.insert(c, units, ShippedData.KATO_VERSION, "seed " + ShippedData.KATO_FILE);
            store.insertFacts(c, population);
            store.insertEnded(c, former, ShippedData.KATO_VERSION, MOVES_NOTE);
            seededHere[0] = true;
        });
        if (!seededHere[0]) {
            built.cancel(false);
            log.accept("Registry: another process seeded the registry while this one prepared to; reading theirs");
            return Optional.empty();
        }
        UnitIndex seeded = built.join();
        log.accept("Registry: seeded " + units.size() + " KATO units, " + population.size()
                + " population facts and " + former.size() + " code changes of the 2022 reform in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return Optional.of(seeded);
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
