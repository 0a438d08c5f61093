package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.aimaq.tax.api.Assessment;
import kz.aimaq.tax.api.TaxObject;
import kz.aimaq.tax.api.VehicleClass;

/** The worked examples of TAX.md (b), each to the tiyn. */
class AssessorTest {

    private static final String IIN = "880101190003";
    private static final String OKRUG = "195230100";
    private final Assessor assessor = new Assessor(ReferenceTables.shipped());

    private Assessment car(int year, int cc, int built, LocalDate imported, LocalDate from, LocalDate to) {
        TaxObject car = new TaxObject(OKRUG, "car", IIN, new TaxObject.Vehicle(VehicleClass.PASSENGER, cc, built, imported),
                from, to);
        return assessor.assess(car, year).orElseThrow();
    }

    private long fullYearCar(int year, int cc, int built, LocalDate imported) {
        return car(year, cc, built, imported, LocalDate.of(2000, 1, 1), null).amountTiyn();
    }

    @Test
    void vehicleExamplesOf2025UnderThe2017Code() {
        assertEquals(11_796_00, fullYearCar(2025, 1600, 2010, LocalDate.of(2010, 5, 1)));
        assertEquals(23_592_00, fullYearCar(2025, 2400, 2010, LocalDate.of(2010, 5, 1)));
        assertEquals(180_872_00, fullYearCar(2025, 3500, 2012, LocalDate.of(2018, 3, 1)), "Art. 492(2), imported 2018");
        assertEquals(58_980_00, fullYearCar(2025, 3500, 2012, LocalDate.of(2012, 3, 1)), "imported before 2014");
        assertEquals(511_160_00, fullYearCar(2025, 4600, 2016, LocalDate.of(2016, 3, 1)), "post-2013, 4,000-5,000 cc");
    }

    @Test
    void vehicleExamplesOf2026WithAgeCoefficients() {
        assertEquals(4_325_00, fullYearCar(2026, 1500, 2003, LocalDate.of(2003, 6, 1)), "2 × 4,325 × 0.5");
        assertEquals(45_412_50, fullYearCar(2026, 3500, 2014, LocalDate.of(2014, 6, 1)), "15 × 4,325 × 0.7, no Art. 492(2)");
        assertEquals(12_975_00, fullYearCar(2026, 1600, 2018, LocalDate.of(2018, 6, 1)), "3 × 4,325");
        assertEquals(506_025_00, fullYearCar(2026, 4600, 2024, LocalDate.of(2024, 6, 1)), "117 MCI in 2026");
    }

    @Test
    void partYearOwnershipIsProRataByMonth() {
        Assessment fiveMonths = car(2025, 1600, 2010, LocalDate.of(2010, 5, 1), LocalDate.of(2025, 8, 10), null);
        assertEquals(4_915_00, fiveMonths.amountTiyn(), "11,796 / 12 × 5");
        String text = Computation.render(fiveMonths.computation(), java.util.Locale.ENGLISH);
        assertTrue(text.contains("5/12 months"), text);
        assertTrue(assessor.assess(new TaxObject(OKRUG, "sold", IIN, new TaxObject.Property(100_000_000L),
                LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)), 2025).isEmpty(), "sold before the year");
    }

    @Test
    void computationNamesRowMciCoefficientAndDueDate() {
        Assessment a = car(2026, 1500, 2003, LocalDate.of(2003, 6, 1), LocalDate.of(2000, 1, 1), null);
        assertEquals("104402", a.kbk());
        assertEquals(LocalDate.of(2027, 4, 1), a.dueDate());
        String en = Computation.render(a.computation(), java.util.Locale.ENGLISH);
        assertTrue(en.startsWith("КБК 104402, 2026: passenger car 1500 cc, band 1100–1500 = 2 MCI")
                && en.contains("MCI 4325") && en.contains("age coefficient 0.5"), en);
        String kk = Computation.render(a.computation(), java.util.Locale.forLanguageTag("kk"));
        assertTrue(kk.contains("жеңіл автокөлік 1500 см³") && kk.contains("2 АЕК") && kk.contains("жас коэффициенті 0.5")
                && kk.contains("12/12 иелік ету айы = 4325.00"), kk);
        String ru = Computation.render(a.computation(), java.util.Locale.forLanguageTag("ru"));
        assertTrue(ru.contains("легковой автомобиль") && ru.contains("МРП 4325") && ru.contains("коэффициент возраста"), ru);
        assertEquals("КБК 104402 2025: vehicle passenger 1600 cc (written before steps)",
                Computation.render("КБК 104402 2025: vehicle passenger 1600 cc (written before steps)", java.util.Locale.ENGLISH),
                "a computation stored as text stays as it was");
        assertFalse(a.unverified(), "every row used is [H]");
    }

    private long property(long tenge) {
        return assessor.assess(new TaxObject(OKRUG, "house", IIN, new TaxObject.Property(tenge * 100),
                LocalDate.of(2000, 1, 1), null), 2025).orElseThrow().amountTiyn();
    }

    @Test
    void propertyScaleExamples() {
        assertEquals(750_00, property(1_500_000));
        assertEquals(1_960_00, property(3_200_000));
        assertEquals(8_600_00, property(8_500_000));
        assertEquals(71_600_00, property(25_000_000));
    }

    private Assessment land(String category, long m2) {
        return assessor.assess(new TaxObject(OKRUG, "plot", IIN, new TaxObject.Land(category, m2),
                LocalDate.of(2000, 1, 1), null), 2025).orElseThrow();
    }

    @Test
    void landExamplesAndTheirConfidence() {
        assertEquals(500_00, land("household_plot", 2_500).amountTiyn(), "0.25 ha: 25 × 20");
        assertEquals(4_000_00, land("household_plot", 8_000).amountTiyn(), "0.80 ha: 50 × 20 + 30 × 100");
        Assessment housePlot = land("house_plot", 1_200);
        assertEquals(1_400_00, housePlot.amountTiyn(), "1,000 × 0.20 + 200 × 6.00");
        assertTrue(housePlot.unverified(), "house-plot rates are [L] in TAX.md");
        assertEquals("104302", housePlot.kbk());
        assertEquals(LocalDate.of(2026, 10, 1), housePlot.dueDate());
    }
}
