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

    private Assessment property(int year, long tenge, long ownerTotalTenge) {
        return assessor.assess(new TaxObject(OKRUG, "house-" + tenge, IIN, new TaxObject.Property(tenge * 100),
                LocalDate.of(2000, 1, 1), null), year, ownerTotalTenge * 100).orElseThrow();
    }

    @Test
    void the2026CodeKeepsTheScaleBelow450MillionButFlagsItUnverified() {
        for (long[] example : new long[][] {{1_500_000, 750}, {3_200_000, 1_960}, {8_500_000, 8_600}, {25_000_000, 71_600}}) {
            Assessment a = property(2026, example[0], example[0]);
            assertEquals(example[1] * 100, a.amountTiyn(), "TAX.md example " + example[0]);
            assertTrue(a.unverified(), "whether the 2026 Code kept the scale is [M] in TAX.md");
            assertEquals(LocalDate.of(2027, 10, 1), a.dueDate());
        }
        assertFalse(property(2025, 25_000_000, 25_000_000).unverified(), "the 2017 scale rows 1–13 are [H]");
    }

    @Test
    void from2026AnOwnerAbove450MillionIsTaxedOnTheTotalByTheTopRow() {
        // 300 M + 200 M = 500 M: 2,946,600 + 2% × 50 M = 3,946,600, shared 3:2
        Assessment big = property(2026, 300_000_000, 500_000_000);
        Assessment small = property(2026, 200_000_000, 500_000_000);
        assertEquals(2_367_960_00, big.amountTiyn());
        assertEquals(1_578_640_00, small.amountTiyn());
        assertEquals(3_946_600_00, big.amountTiyn() + small.amountTiyn());
        assertTrue(big.unverified(), "the reading of the owner-total rule is marked [M]");
        String en = Computation.render(big.computation(), java.util.Locale.ENGLISH);
        assertTrue(en.contains("owner's property total 500000000.00 above 450000000: 2946600 + 2.00%")
                && en.contains("= 3946600.00; this object's share 300000000.00 / 500000000.00"), en);
        assertTrue(Computation.render(big.computation(), java.util.Locale.forLanguageTag("kk")).contains("иесінің мүлкінің"));
        // one object of exactly 450 M is not above the threshold: the scale's row 15 applies
        assertEquals(2_946_600_00, property(2026, 450_000_000, 450_000_000).amountTiyn());
        // the same owner in 2025: each object on the 2017 scale (rows 14, [L])
        assertEquals(1_846_600_00, property(2025, 300_000_000, 500_000_000).amountTiyn(), "796,600 + 0.7% × 150 M");
        assertEquals(1_146_600_00, property(2025, 200_000_000, 500_000_000).amountTiyn(), "796,600 + 0.7% × 50 M");
        assertEquals(3_946_600_00, property(2025, 500_000_000, 500_000_000).amountTiyn(), "2017 row 16 on one object");
    }

    @Test
    void landOf2026KeepsTheRatesTaxMdGivesAsUnverifiedRows() {
        Assessment plot = assessor.assess(new TaxObject(OKRUG, "plot", IIN, new TaxObject.Land("household_plot", 8_000),
                LocalDate.of(2000, 1, 1), null), 2026).orElseThrow();
        assertEquals(4_000_00, plot.amountTiyn(), "0.80 ha: 50 × 20 + 30 × 100");
        assertTrue(plot.unverified(), "TAX.md gives no 2026 land rates: the kept rates are [L]");
        assertEquals(LocalDate.of(2027, 10, 1), plot.dueDate());
        assertTrue(plot.computation().contains("Tax Code 2026"), "the 2026 row, not the 2017 one");
        assertTrue(land("household_plot", 8_000).computation().contains("Tax Code 2017 Art. 504"), "2025 keeps its rule");
    }
}
