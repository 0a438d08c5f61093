package kz.aimaq.registry.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.registry.api.UnitKind;

/**
 * A registry of a few dozen real KATO units in memory: the 20 regions, part of Karaganda
 * oblast and Astana. Search is a simple word-start match that folds Kazakh letters; it records
 * the queries and the threads they ran on so tests can check the views' behaviour.
 */
final class FakeRegistry implements RegistryService {

    static final LocalDate SEEDED = LocalDate.of(2025, 2, 1);
    static final LocalDate IMPORTED = LocalDate.of(2026, 1, 1);

    private final Map<String, List<Unit>> versions = new LinkedHashMap<>();
    final Set<String> refused = new HashSet<>();
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<String> queryThreads = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> childReads = new LinkedHashMap<>();
    final List<String> importThreads = new CopyOnWriteArrayList<>();
    final List<ImportPreview> applied = new CopyOnWriteArrayList<>();
    volatile ImportException refusal;
    volatile OutOfScopeException applyRefusal;
    volatile ImportPreview lastPreview;

    /** This registry as the framework hands it to the views: fetched when first used. */
    final OwnedServiceObjects<RegistryService> objects = new OwnedServiceObjects<>(this);

    FakeRegistry() {
        String[][] rows = {
            {"100000000", "", "oblast", "Абай облысы", "область Абай"},
            {"110000000", "", "oblast", "Ақмола облысы", "Акмолинская область"},
            {"150000000", "", "oblast", "Ақтөбе облысы", "Актюбинская область"},
            {"190000000", "", "oblast", "Алматы облысы", "Алматинская область"},
            {"230000000", "", "oblast", "Атырау облысы", "Атырауская область"},
            {"270000000", "", "oblast", "Батыс Қазақстан облысы", "Западно-Казахстанская область"},
            {"310000000", "", "oblast", "Жамбыл облысы", "Жамбылская область"},
            {"330000000", "", "oblast", "Жетісу облысы", "область Жетісу"},
            {"350000000", "", "oblast", "Қарағанды облысы", "Карагандинская область"},
            {"390000000", "", "oblast", "Қостанай облысы", "Костанайская область"},
            {"430000000", "", "oblast", "Қызылорда облысы", "Кызылординская область"},
            {"470000000", "", "oblast", "Маңғыстау облысы", "Мангистауская область"},
            {"550000000", "", "oblast", "Павлодар облысы", "Павлодарская область"},
            {"590000000", "", "oblast", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область"},
            {"610000000", "", "oblast", "Түркістан облысы", "Туркестанская область"},
            {"620000000", "", "oblast", "Ұлытау облысы", "область Ұлытау"},
            {"630000000", "", "oblast", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область"},
            {"710000000", "", "city_republican", "Астана қ.", "г.Астана"},
            {"750000000", "", "city_republican", "Алматы қ.", "г.Алматы"},
            {"790000000", "", "city_republican", "Шымкент қ.", "г.Шымкент"},
            {"351000000", "350000000", "city_regional_admin", "Қарағанды Қ.Ә.", "Караганда Г.А."},
            {"351600000", "350000000", "city_regional_admin", "Балқаш Қ.Ә.", "Балхаш Г.А."},
            {"352100000", "350000000", "city_regional_admin", "Приозерск Қ.Ә.", "Приозерск Г.А."},
            {"352200000", "350000000", "city_regional_admin", "Саран Қ.Ә.", "Сарань Г.А."},
            {"352400000", "350000000", "city_regional_admin", "Теміртау Қ.Ә.", "Темиртау Г.А."},
            {"353200000", "350000000", "district", "Абай ауданы", "Абайский район"},
            {"353220000", "353200000", "town_admin", "Абай қ.ә.", "Абайская г.а."},
            {"353220100", "353220000", "town", "Абай қ.", "г.Абай"},
            {"353233000", "353200000", "rural_okrug", "Ақбастау а.о.", "Акбастауский с.о."},
            {"353233100", "353233000", "village", "Ақбастау а.", "с.Акбастау"},
            {"353237000", "353200000", "rural_okrug", "Дзержинский а.о.", "Дзержинский с.о."},
            {"353237100", "353237000", "village", "Сарепта а.", "с.Сарепта"},
            {"353237200", "353237000", "village", "Қойбас а.", "с.Койбас"},
            {"711110000", "710000000", "city_republican_district", "Алматы ауданы", "район Алматы"},
            {"711210000", "710000000", "city_republican_district", "Есіл ауданы", "район Есиль"},
            {"711310000", "710000000", "city_republican_district", "Сарыарқа ауданы", "район Сарыарка"},
        };
        for (String[] row : rows) {
            String parent = row[1].isEmpty() ? null : row[1];
            UnitKind kind = UnitKind.ofId(row[2]).orElseThrow();
            versions.put(row[0], new ArrayList<>(List.of(new Unit(row[0], kind, parent, row[3], row[4], latin(row[3]),
                    null, kind.hasOwnBudget(null), SEEDED, null))));
        }
        // Taldykorgan was 191000000 until the 2022 reform: its history starts under that code
        versions.put("331000000", new ArrayList<>(List.of(
                new Unit("191000000", UnitKind.CITY_REGIONAL_ADMIN, "190000000", "Талдықорған Қ.Ә.", "Талдықорған",
                        latin("Талдықорған Қ.Ә."), null, false, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 6, 8),
                        "331000000"),
                new Unit("331000000", UnitKind.CITY_REGIONAL_ADMIN, "330000000", "Талдықорған Қ.Ә.",
                        "Талдыкорган Г.А.", latin("Талдықорған Қ.Ә."), null, false, SEEDED, null))));
        List<Unit> karaganda = versions.get("350000000");
        Unit renamed = karaganda.get(0);
        karaganda.set(0, new Unit(renamed.code(), renamed.kind(), null, "Қарағанды облысы", "Карагандинская область",
                latin("Қарағанды облысы"), 1_134_855L, false, LocalDate.of(2022, 6, 8), null));
        karaganda.add(0, new Unit(renamed.code(), renamed.kind(), null, "Қарағанды облысы (бұрынғы шекарада)",
                "Карагандинская область (в прежних границах)", latin("Қарағанды облысы"), null, false,
                LocalDate.of(1997, 5, 3), LocalDate.of(2022, 6, 8)));
    }

    /** A rough Latin form, enough for a fake. */
    private static String latin(String kazakh) {
        String from = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
        String[] to = {"a", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ", "o",
            "ö", "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ch", "ş", "ş", "", "y", "ı", "", "e", "iu",
            "ia"};
        StringBuilder out = new StringBuilder();
        for (char c : kazakh.toCharArray()) {
            int index = from.indexOf(c);
            if (index < 0) {
                out.append(c);
            } else {
                String letter = to[index % to.length];
                out.append(index >= to.length && !letter.isEmpty()
                        ? Character.toUpperCase(letter.charAt(0)) + letter.substring(1) : letter);
            }
        }
        return out.toString();
    }

    private List<Unit> current() {
        return versions.values().stream().map(list -> list.get(list.size() - 1)).filter(Unit::current).toList();
    }

    @Override
    public synchronized Optional<Unit> find(String code) {
        return current().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public synchronized List<Unit> roots() {
        return current().stream().filter(u -> u.parentCode() == null).toList();
    }

    @Override
    public synchronized List<Unit> children(String code) {
        childReads.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
        return current().stream().filter(u -> code.equals(u.parentCode())).toList();
    }

    synchronized int childReads(String code) {
        AtomicInteger count = childReads.get(code);
        return count == null ? 0 : count.get();
    }

    @Override
    public synchronized List<Unit> ancestors(String code) {
        List<Unit> chain = new ArrayList<>();
        Optional<Unit> unit = find(code);
        while (unit.isPresent() && unit.get().parentCode() != null) {
            unit = find(unit.get().parentCode());
            unit.ifPresent(u -> chain.add(0, u));
        }
        return chain;
    }

    @Override
    public synchronized List<Unit> search(String text, int limit) {
        queries.add(text);
        queryThreads.add(Thread.currentThread().getName());
        String[] words = fold(text).split("\\s+");
        return current().stream().filter(u -> u.code().startsWith(text.trim()) || matches(u, words)).limit(limit)
                .toList();
    }

    /** The search, then current units one of whose ended versions matches by code or name. */
    @Override
    public synchronized List<SearchHit> searchWithFormer(String text, int limit) {
        List<SearchHit> hits = new ArrayList<>(search(text, limit).stream().map(u -> new SearchHit(u, null)).toList());
        String[] words = fold(text).split("\\s+");
        for (List<Unit> list : versions.values()) {
            Unit now = list.get(list.size() - 1);
            for (Unit version : list) {
                boolean shown = hits.stream().anyMatch(h -> h.unit().code().equals(now.code()));
                if (!version.current() && now.current() && !shown && hits.size() < limit
                        && (version.code().startsWith(text.trim()) || matches(version, words))) {
                    hits.add(new SearchHit(now, version));
                }
            }
        }
        return hits;
    }

    private static boolean matches(Unit unit, String[] words) {
        List<String> nameWords = new ArrayList<>();
        for (String name : List.of(unit.nameKk(), unit.nameRu(), unit.nameLatin())) {
            nameWords.addAll(List.of(fold(name).split("[\\s.]+")));
        }
        for (String word : words) {
            if (nameWords.stream().noneMatch(n -> n.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (char c : lower.toCharArray()) {
            int index = "әғқңөұүһі".indexOf(c);
            out.append(index < 0 ? c : "агкноууһи".charAt(index));
        }
        return out.toString();
    }

    @Override
    public synchronized List<Unit> history(String code) {
        return List.copyOf(versions.getOrDefault(code, List.of()));
    }

    @Override
    public List<Fact> facts(String code) {
        if (!code.equals("350000000")) {
            return List.of();
        }
        LocalDate day = LocalDate.of(2023, 1, 1);
        return List.of(new Fact(code, Fact.POPULATION_TOTAL, day, day, "1134855", "БҰС АСПР ҚР, 2023"),
                new Fact(code, Fact.POPULATION_URBAN, day, day, "909183", "БҰС АСПР ҚР, 2023"));
    }

    @Override
    public void addFact(Fact fact) {
        throw new UnsupportedOperationException("the views never add facts");
    }

    @Override
    public synchronized Unit update(UnitEdit edit) throws OutOfScopeException {
        if (refused.contains(edit.code())) {
            throw new OutOfScopeException("aigerim", "350000000", edit.code());
        }
        Unit before = find(edit.code()).orElseThrow();
        LocalDate today = edit.effectiveFrom() == null ? LocalDate.now() : edit.effectiveFrom();
        List<Unit> list = versions.get(edit.code());
        list.set(list.size() - 1, new Unit(before.code(), before.kind(), before.parentCode(), before.nameKk(),
                before.nameRu(), before.nameLatin(), before.population(), before.ownBudget(), before.validFrom(),
                today));
        Unit after = new Unit(before.code(), before.kind(), before.parentCode(), edit.nameKk(), edit.nameRu(),
                latin(edit.nameKk()), before.population(), before.ownBudget(), today, null);
        list.add(after);
        return after;
    }

    /** Ends the unit's current version, refused like the registry while it has current subordinates. */
    @Override
    public synchronized Unit abolish(String code, LocalDate effective) throws OutOfScopeException {
        if (refused.contains(code)) {
            throw new OutOfScopeException("aigerim", "350000000", code);
        }
        if (!children(code).isEmpty()) {
            throw new IllegalArgumentException("unit " + code + " still has current subordinate units");
        }
        Unit before = find(code).orElseThrow();
        List<Unit> list = versions.get(code);
        Unit ended = new Unit(before.code(), before.kind(), before.parentCode(), before.nameKk(), before.nameRu(),
                before.nameLatin(), null, before.ownBudget(), before.validFrom(), effective);
        list.set(list.size() - 1, ended);
        return ended;
    }

    /**
     * What a newer edition of KATO changes in Abai district: a village added, the Dzerzhinsky
     * okrug renamed, Koibas moved to Akbastau, the town of Abai made a city, Sarepta abolished.
     */
    /** How many units the previews say are current, and whether they say the file ends mid-line. */
    volatile int currentUnits = 15_594;
    volatile boolean cutOff;
    /** The abolished counts applies were confirmed with. */
    final List<Integer> confirmed = new CopyOnWriteArrayList<>();

    @Override
    public synchronized ImportPreview previewImport(Path file) throws ImportException {
        importThreads.add(Thread.currentThread().getName());
        if (refusal != null) {
            throw refusal;
        }
        Unit okrug = find("353237000").orElseThrow();
        Unit koibas = find("353237200").orElseThrow();
        Unit abai = find("353220100").orElseThrow();
        Unit added = new Unit("353237300", UnitKind.VILLAGE, "353237000", "Жаңаауыл а.", "с.Жанаауыл",
                latin("Жаңаауыл а."), null, false, IMPORTED, null);
        lastPreview = new ImportPreview(file.getFileName().toString(), IMPORTED, List.of(added),
                List.of(new UnitChange(okrug, new Unit(okrug.code(), okrug.kind(), okrug.parentCode(), "Сарепта а.о.",
                        "Сарептинский с.о.", latin("Сарепта а.о."), null, true, IMPORTED, null))),
                List.of(new UnitChange(koibas, new Unit(koibas.code(), koibas.kind(), "353233000", koibas.nameKk(),
                        koibas.nameRu(), koibas.nameLatin(), null, false, IMPORTED, null))),
                List.of(new UnitChange(abai, new Unit(abai.code(), UnitKind.CITY, abai.parentCode(), abai.nameKk(),
                        abai.nameRu(), abai.nameLatin(), null, false, IMPORTED, null))),
                List.of(find("353237100").orElseThrow()), currentUnits, cutOff);
        return lastPreview;
    }

    @Override
    public void applyImport(ImportPreview preview, int confirmedAbolished)
            throws ImportException, OutOfScopeException {
        importThreads.add(Thread.currentThread().getName());
        confirmed.add(confirmedAbolished);
        if (applyRefusal != null) {
            throw applyRefusal;
        }
        applied.add(preview);
    }

    @Override
    public void exportCsv(String code, CsvConvention convention, Locale language, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("kato" + convention.separator() + "name_kk\n");
        for (Unit unit : subtree(code)) {
            csv.append(unit.code()).append(convention.separator()).append(unit.nameKk()).append('\n');
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void exportJson(String code, OutputStream out) throws IOException {
        List<String> items = subtree(code).stream().map(u -> "{\"kato\":\"" + u.code() + "\"}").toList();
        out.write(("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8));
    }

    private synchronized List<Unit> subtree(String code) {
        List<Unit> result = new ArrayList<>();
        find(code).ifPresent(result::add);
        for (int i = 0; i < result.size(); i++) {
            String parent = result.get(i).code();
            current().stream().filter(u -> parent.equals(u.parentCode())).forEach(result::add);
        }
        return result;
    }
}
