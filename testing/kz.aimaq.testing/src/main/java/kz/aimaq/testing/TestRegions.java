package kz.aimaq.testing;

import java.util.List;
import java.util.Optional;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;

/** For tests: the 20 top-level regions of KATO 2026 with their official Kazakh and Russian names. */
public final class TestRegions implements Regions {

    public static final Region ALMATY_REGION = new Region("190000000", "Алматы облысы", "Алматинская область", "Almaty Region");
    public static final Region ASTANA = new Region("710000000", "Астана қ.", "г.Астана", "Astana");
    public static final Region KARAGANDA = new Region("350000000", "Қарағанды облысы", "Карагандинская область",
            "Karaganda Region");

    private static final List<Region> ALL = List.of(
            new Region("100000000", "Абай облысы", "область Абай", "Abai Region"),
            new Region("110000000", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
            new Region("150000000", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
            ALMATY_REGION,
            new Region("230000000", "Атырау облысы", "Атырауская область", "Atyrau Region"),
            new Region("270000000", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
            new Region("310000000", "Жамбыл облысы", "Жамбылская область", "Jambyl Region"),
            new Region("330000000", "Жетісу облысы", "область Жетісу", "Jetisu Region"),
            KARAGANDA,
            new Region("390000000", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
            new Region("430000000", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
            new Region("470000000", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
            new Region("550000000", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
            new Region("590000000", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
            new Region("610000000", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
            new Region("620000000", "Ұлытау облысы", "область Ұлытау", "Ulytau Region"),
            new Region("630000000", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
            ASTANA,
            new Region("750000000", "Алматы қ.", "г.Алматы", "Almaty"),
            new Region("790000000", "Шымкент қ.", "г.Шымкент", "Shymkent"));

    @Override
    public List<Region> all() {
        return ALL;
    }

    @Override
    public Optional<Region> find(String codeOrPrefix) {
        return ALL.stream().filter(r -> r.code().equals(codeOrPrefix) || r.prefix().equals(codeOrPrefix)).findFirst();
    }
}
