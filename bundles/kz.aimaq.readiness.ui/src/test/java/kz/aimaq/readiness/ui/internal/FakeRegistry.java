package kz.aimaq.readiness.ui.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * A small registry: two oblasts with three districts, eleven rural okrugs (two without a
 * published population) and a village, and Astana with a city district. Only the reads the readiness views use are served.
 */
final class FakeRegistry implements RegistryService {

    static final String ENBEKSHIKAZAKH = "193200000";
    static final String OKRUG = "193230100";

    private final Map<String, Unit> units = new LinkedHashMap<>();

    FakeRegistry() {
        unit("190000000", UnitKind.OBLAST, null, "Алматы облысы", "Алматинская область", 1_500_000L, false);
        unit(ENBEKSHIKAZAKH, UnitKind.DISTRICT, "190000000", "Еңбекшіқазақ ауданы", "Енбекшиказахский район", 300_000L, false);
        unit(OKRUG, UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Ақши ауылдық округі", "Акшийский сельский округ", 9_000L, true);
        unit("193230101", UnitKind.VILLAGE, OKRUG, "Ақши ауылы", "село Акши", 5_000L, false);
        unit("193233100", UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Балтабай ауылдық округі", "Балтабайский сельский округ", 12_000L, true);
        unit("193235100", UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Бартоғай ауылдық округі", "Бартогайский сельский округ", 4_000L, true);
        unit("193237100", UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Есік қаласының әкімдігі", "Аппарат акима города Есик", 30_000L, true);
        unit("194400000", UnitKind.DISTRICT, "190000000", "Талғар ауданы", "Талгарский район", 200_000L, false);
        unit("194430100", UnitKind.RURAL_OKRUG, "194400000", "Бесқайнар ауылдық округі", "Бескайнарский сельский округ", 7_000L, true);
        unit("194433100", UnitKind.RURAL_OKRUG, "194400000", "Белбұлақ ауылдық округі", "Белбулакский сельский округ", 11_000L, true);
        unit("194435100", UnitKind.RURAL_OKRUG, "194400000", "Гүлдала ауылдық округі", "Гульдалинский сельский округ", 8_000L, true);
        unit("630000000", UnitKind.OBLAST, null, "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", 700_000L, false);
        unit("634000000", UnitKind.DISTRICT, "630000000", "Глубокое ауданы", "Глубоковский район", 60_000L, false);
        unit("634030100", UnitKind.RURAL_OKRUG, "634000000", "Алтай ауылдық округі", "Алтайский сельский округ", 3_000L, true);
        unit("634033100", UnitKind.RURAL_OKRUG, "634000000", "Бобровка ауылдық округі", "Бобровский сельский округ", null, true);
        unit("634035100", UnitKind.RURAL_OKRUG, "634000000", "Белоусов кенті", "Поселок Белоусовка", 9_000L, true);
        unit("634037100", UnitKind.RURAL_OKRUG, "634000000", "Ертіс ауылдық округі", "Иртышский сельский округ", null, true);
        unit("710000000", UnitKind.CITY_REPUBLICAN, null, "Астана қ.", "г.Астана", 1_400_000L, false);
        unit("711100000", UnitKind.CITY_REPUBLICAN_DISTRICT, "710000000", "Алматы ауданы", "район Алматы", 500_000L, false);
    }

    private void unit(String code, UnitKind kind, String parent, String nameKk, String nameRu, Long population,
            boolean ownBudget) {
        units.put(code, new Unit(code, kind, parent, nameKk, nameRu, null, population, ownBudget,
                LocalDate.of(2024, 1, 1), null));
    }

    Unit get(String code) {
        return units.get(code);
    }

    /** Renames a unit as an editor would; the real registry then posts {@link #TOPIC_CHANGED}. */
    void rename(String code, String nameKk, String nameRu) {
        Unit u = units.get(code);
        units.put(code, new Unit(code, u.kind(), u.parentCode(), nameKk, nameRu, null, u.population(), u.ownBudget(),
                u.validFrom(), null));
    }

    @Override
    public Optional<Unit> find(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<Unit> roots() {
        return units.values().stream().filter(u -> u.parentCode() == null).toList();
    }

    @Override
    public List<Unit> children(String code) {
        return units.values().stream().filter(u -> Objects.equals(u.parentCode(), code)).toList();
    }

    @Override
    public List<Unit> ancestors(String code) {
        List<Unit> chain = new ArrayList<>();
        for (Unit u = units.get(code); u != null && u.parentCode() != null; u = units.get(u.parentCode())) {
            chain.add(0, units.get(u.parentCode()));
        }
        return chain;
    }

    @Override
    public List<Unit> search(String text, int limit) {
        return units.values().stream().filter(u -> u.nameKk().contains(text) || u.nameRu().contains(text))
                .limit(limit).toList();
    }

    @Override
    public List<SearchHit> searchWithFormer(String text, int limit) {
        return search(text, limit).stream().map(unit -> new SearchHit(unit, null)).toList();
    }

    @Override
    public List<Unit> history(String code) {
        return find(code).stream().toList();
    }

    @Override
    public List<Fact> facts(String code) {
        return List.of();
    }

    @Override
    public void addFact(Fact fact) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }

    @Override
    public Unit update(UnitEdit edit) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }

    @Override
    public Unit abolish(String code, LocalDate effective) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }

    @Override
    public ImportPreview previewImport(Path file) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }

    @Override
    public void applyImport(ImportPreview preview, int confirmedAbolished) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }

    @Override
    public void exportCsv(String code, CsvConvention convention, Locale language, OutputStream out) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }

    @Override
    public void exportJson(String code, OutputStream out) {
        throw new UnsupportedOperationException("the readiness views only read the registry");
    }
}
