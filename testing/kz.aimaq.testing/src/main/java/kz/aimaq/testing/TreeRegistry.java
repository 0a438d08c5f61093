package kz.aimaq.testing;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.aimaq.csv.CsvConvention;

import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.registry.api.UnitKind;

/**
 * For tests of what reads the registry (reports, readiness, views): the registry's read side
 * over a handful of units given in code, with their history, so that roll-ups and expectations
 * can be worked out by hand. The registry's own bundle tests the real service; this one answers
 * reads and search, and refuses every change.
 */
public final class TreeRegistry implements RegistryService {

    public static final LocalDate EDITION = LocalDate.of(2026, 1, 1);

    private final List<Unit> versions = new ArrayList<>();

    /** A current unit since {@link #EDITION}; own budget as the registry derives it. */
    public TreeRegistry unit(String code, UnitKind kind, String parent, String nameKk, String nameRu, Long population) {
        return version(code, kind, parent, nameKk, nameRu, population, EDITION, null);
    }

    /** Any version of a unit, also ended ones ({@code validTo} exclusive). */
    public TreeRegistry version(String code, UnitKind kind, String parent, String nameKk, String nameRu, Long population,
            LocalDate validFrom, LocalDate validTo) {
        UnitKind parentKind = parent == null ? null : versions.stream().filter(u -> u.code().equals(parent))
                .map(Unit::kind).findFirst().orElse(null);
        versions.add(new Unit(code, kind, parent, nameKk, nameRu, nameRu, population, kind.hasOwnBudget(parentKind),
                validFrom, validTo));
        return this;
    }

    /** Renames a current unit as an editor would: its version ends today and a new one begins. */
    public TreeRegistry rename(String code, String nameKk, String nameRu) {
        Unit old = current().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        LocalDate today = LocalDate.now();
        versions.remove(old);
        versions.add(new Unit(code, old.kind(), old.parentCode(), old.nameKk(), old.nameRu(), old.nameLatin(),
                old.population(), old.ownBudget(), old.validFrom(), today));
        versions.add(new Unit(code, old.kind(), old.parentCode(), nameKk, nameRu, nameRu, old.population(),
                old.ownBudget(), today, null));
        return this;
    }

    /**
     * The registry the reporting tests share: Almaty Region with two districts and three rural
     * okrugs (one with a village below), and Astana with two city districts and no okrugs.
     */
    public static TreeRegistry sample() {
        return new TreeRegistry()
                .unit("190000000", UnitKind.OBLAST, null, "Алматы облысы", "Алматинская область", 1_500_000L)
                .unit("193200000", UnitKind.DISTRICT, "190000000", "Балқаш ауданы", "Балхашский район", 30_000L)
                .unit("193233100", UnitKind.RURAL_OKRUG, "193200000", "Ақжар ауылдық округі", "Акжарский сельский округ", 3_000L)
                .unit("193235100", UnitKind.RURAL_OKRUG, "193200000", "Бақанас ауылдық округі", "Баканасский сельский округ", 5_000L)
                .unit("193235101", UnitKind.VILLAGE, "193235100", "Бақанас ауылы", "село Баканас", 4_500L)
                .unit("194200000", UnitKind.DISTRICT, "190000000", "Ұйғыр ауданы", "Уйгурский район", 60_000L)
                .unit("194230100", UnitKind.RURAL_OKRUG, "194200000", "Шонжы ауылдық округі", "Чунджинский сельский округ", 12_000L)
                .unit("710000000", UnitKind.CITY_REPUBLICAN, null, "Астана қ.", "г.Астана", 1_400_000L)
                .unit("711100000", UnitKind.CITY_REPUBLICAN_DISTRICT, "710000000", "Алматы ауданы", "район Алматы", 400_000L)
                .unit("711300000", UnitKind.CITY_REPUBLICAN_DISTRICT, "710000000", "Есіл ауданы", "район Есиль", 300_000L);
    }

    private List<Unit> current() {
        return versions.stream().filter(Unit::current).sorted(Comparator.comparing(Unit::code)).toList();
    }

    @Override
    public Optional<Unit> find(String code) {
        return current().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public List<Unit> roots() {
        return current().stream().filter(u -> u.parentCode() == null).toList();
    }

    @Override
    public List<Unit> children(String code) {
        return current().stream().filter(u -> code.equals(u.parentCode())).toList();
    }

    @Override
    public List<Unit> ancestors(String code) {
        List<Unit> chain = new ArrayList<>();
        Optional<Unit> unit = find(code);
        while (unit.isPresent() && unit.get().parentCode() != null) {
            unit = find(unit.get().parentCode());
            unit.ifPresent(u -> chain.add(0, u));
        }
        return chain;
    }

    @Override
    public List<Unit> history(String code) {
        return versions.stream().filter(u -> u.code().equals(code)).sorted(Comparator.comparing(Unit::validFrom)).toList();
    }

    /** Every unit version held, current and ended. */
    public List<Unit> versions() {
        return List.copyOf(versions);
    }

    @Override
    public List<Fact> facts(String code) {
        return List.of();
    }

    /** The current units whose Kazakh or Russian name holds {@code text}, by code. */
    @Override
    public List<Unit> search(String text, int limit) {
        return current().stream().filter(u -> u.nameKk().contains(text) || u.nameRu().contains(text)).limit(limit)
                .toList();
    }

    @Override
    public List<SearchHit> searchWithFormer(String text, int limit) {
        return search(text, limit).stream().map(unit -> new SearchHit(unit, null)).toList();
    }

    @Override
    public void addFact(Fact fact) {
        throw new UnsupportedOperationException("this test registry only reads");
    }

    @Override
    public Unit update(UnitEdit edit) {
        throw new UnsupportedOperationException("this test registry only reads");
    }

    @Override
    public Unit abolish(String code, LocalDate effective) {
        throw new UnsupportedOperationException("this test registry only reads");
    }

    @Override
    public ImportPreview previewImport(Path file) {
        throw new UnsupportedOperationException("this test registry only reads");
    }

    @Override
    public void applyImport(ImportPreview preview, int confirmedAbolished) {
        throw new UnsupportedOperationException("this test registry only reads");
    }

    @Override
    public void exportCsv(String code, CsvConvention convention, Locale language, OutputStream out) {
        throw new UnsupportedOperationException("this test registry only reads");
    }

    @Override
    public void exportJson(String code, OutputStream out) {
        throw new UnsupportedOperationException("this test registry only reads");
    }
}
