package kz.aimaq.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.Unit;

/**
 * The classifier and population figures shipped in the bundle ({@code data/}, sources and
 * licences in {@code data/SOURCES.md}), seeded into an empty registry on first start.
 */
final class ShippedData {

    static final String KATO_FILE = "kato-2026-tree.csv";
    static final String MOVES_FILE = "kato-moves-2018-2024.csv";
    static final String KATO_VERSION = "NK RK 11-2025";
    /** The edition НК РК 11-2025 is in force from this day. */
    static final LocalDate KATO_VALID_FROM = LocalDate.of(2025, 2, 1);

    private static final String BULLETIN = "Бюро национальной статистики АСПР РК, «Численность населения"
            + " Республики Казахстан по полу и типу местности на 1 января 2023 года»";

    private ShippedData() {
    }

    /** The classifier's units, read from the form the build pre-parsed ({@link CompactClassifier}). */
    static List<Unit> units() {
        return CompactClassifier.read(read(CompactClassifier.FILE), KATO_VALID_FROM);
    }

    /** The district-level code changes of the 2022 reform. */
    static List<MovesFile.Move> moves() {
        return MovesFile.read(MOVES_FILE, read(MOVES_FILE));
    }

    static List<Fact> population() {
        List<Fact> facts = new ArrayList<>(PopulationFile.read("population-2023-districts.csv",
                read("population-2023-districts.csv"), BULLETIN + ", лист 02", Set.of()));
        Set<String> done = new HashSet<>();
        facts.forEach(f -> done.add(f.code()));
        facts.addAll(PopulationFile.read("population-2023-localities.csv", read("population-2023-localities.csv"),
                BULLETIN + ", лист 03", done));
        return facts;
    }

    /**
     * The units with the latest total population of each, as the database gives it after
     * seeding (the last total fact of a code wins).
     */
    static List<Unit> withPopulation(List<Unit> units, List<Fact> facts) {
        Map<String, Long> total = new HashMap<>();
        for (Fact f : facts) {
            if (Fact.POPULATION_TOTAL.equals(f.key())) {
                total.put(f.code(), Long.valueOf(f.value()));
            }
        }
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            Long people = total.get(u.code());
            out.add(people == null ? u : new Unit(u.code(), u.kind(), u.parentCode(), u.nameKk(), u.nameRu(),
                    u.nameLatin(), people, u.ownBudget(), u.validFrom(), u.validTo()));
        }
        return out;
    }

    static byte[] read(String name) {
        try (InputStream in = ShippedData.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IllegalStateException("data/" + name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/" + name, e);
        }
    }
}
