package kz.aimaq.readiness.ui.internal;

import kz.aimaq.registry.api.UnitKind;
import kz.aimaq.testing.TreeRegistry;

/**
 * The registry the readiness view tests score: two oblasts with three districts, eleven rural
 * okrugs (two without a published population) and a village, and Astana with a city district.
 */
final class SampleRegistry {

    static final String ENBEKSHIKAZAKH = "193200000";
    static final String OKRUG = "193230100";

    private SampleRegistry() {
    }

    static TreeRegistry create() {
        return new TreeRegistry()
                .unit("190000000", UnitKind.OBLAST, null, "Алматы облысы", "Алматинская область", 1_500_000L)
                .unit(ENBEKSHIKAZAKH, UnitKind.DISTRICT, "190000000", "Еңбекшіқазақ ауданы", "Енбекшиказахский район", 300_000L)
                .unit(OKRUG, UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Ақши ауылдық округі", "Акшийский сельский округ", 9_000L)
                .unit("193230101", UnitKind.VILLAGE, OKRUG, "Ақши ауылы", "село Акши", 5_000L)
                .unit("193233100", UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Балтабай ауылдық округі", "Балтабайский сельский округ", 12_000L)
                .unit("193235100", UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Бартоғай ауылдық округі", "Бартогайский сельский округ", 4_000L)
                .unit("193237100", UnitKind.RURAL_OKRUG, ENBEKSHIKAZAKH, "Есік қаласының әкімдігі", "Аппарат акима города Есик", 30_000L)
                .unit("194400000", UnitKind.DISTRICT, "190000000", "Талғар ауданы", "Талгарский район", 200_000L)
                .unit("194430100", UnitKind.RURAL_OKRUG, "194400000", "Бесқайнар ауылдық округі", "Бескайнарский сельский округ", 7_000L)
                .unit("194433100", UnitKind.RURAL_OKRUG, "194400000", "Белбұлақ ауылдық округі", "Белбулакский сельский округ", 11_000L)
                .unit("194435100", UnitKind.RURAL_OKRUG, "194400000", "Гүлдала ауылдық округі", "Гульдалинский сельский округ", 8_000L)
                .unit("630000000", UnitKind.OBLAST, null, "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", 700_000L)
                .unit("634000000", UnitKind.DISTRICT, "630000000", "Глубокое ауданы", "Глубоковский район", 60_000L)
                .unit("634030100", UnitKind.RURAL_OKRUG, "634000000", "Алтай ауылдық округі", "Алтайский сельский округ", 3_000L)
                .unit("634033100", UnitKind.RURAL_OKRUG, "634000000", "Бобровка ауылдық округі", "Бобровский сельский округ", null)
                .unit("634035100", UnitKind.RURAL_OKRUG, "634000000", "Белоусов кенті", "Поселок Белоусовка", 9_000L)
                .unit("634037100", UnitKind.RURAL_OKRUG, "634000000", "Ертіс ауылдық округі", "Иртышский сельский округ", null)
                .unit("710000000", UnitKind.CITY_REPUBLICAN, null, "Астана қ.", "г.Астана", 1_400_000L)
                .unit("711100000", UnitKind.CITY_REPUBLICAN_DISTRICT, "710000000", "Алматы ауданы", "район Алматы", 500_000L);
    }
}
