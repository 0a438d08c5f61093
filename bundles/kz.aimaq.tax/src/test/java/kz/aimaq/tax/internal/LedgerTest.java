package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import kz.aimaq.tax.api.Payment;

/** Settlement oldest first, overpayments, and penalties across base-rate changes (TAX.md b). */
class LedgerTest {

    private static final String IIN = "880101190003";

    private static Payment pay(LocalDate day, long tiyn, String knp) {
        return new Payment(day, IIN, "104402", knp, tiyn, "doc", "195230100");
    }

    @Test
    void vehicleTaxPaid90DaysLateAt18Percent() throws Exception {
        Ledger ledger = new Ledger(TestTables.shippedWith("base_rate", "base_rate_18.csv"));
        List<Ledger.Liability> tax = List.of(new Ledger.Liability("2025", 23_592_00, LocalDate.of(2026, 4, 1)));
        LocalDate paid = LocalDate.of(2026, 6, 30);
        Ledger.State state = ledger.asOf(tax, List.of(pay(paid, 23_592_00, "911")), paid);
        assertEquals(0, state.overdueTiyn());
        assertEquals(1_308_87, state.penaltyTiyn(), "23,592 × 1.25 × 0.18 / 365 × 90");
    }

    @Test
    void penaltyFollowsTheRateInForceEachDay() throws Exception {
        Ledger ledger = new Ledger(TestTables.shippedWith("base_rate", "base_rate_17_from_8_june.csv"));
        List<Ledger.Liability> tax = List.of(new Ledger.Liability("2025", 23_592_00, LocalDate.of(2026, 4, 1)));
        LocalDate paid = LocalDate.of(2026, 6, 30);
        assertEquals(1_290_29, ledger.asOf(tax, List.of(pay(paid, 23_592_00, "911")), paid).penaltyTiyn());
    }

    @Test
    void propertyTaxPaid91DaysLate() throws Exception {
        Ledger ledger = new Ledger(TestTables.shippedWith("base_rate", "base_rate_18.csv"));
        List<Ledger.Liability> tax = List.of(new Ledger.Liability("2024", 8_600_00, LocalDate.of(2025, 10, 1)));
        LocalDate paid = LocalDate.of(2025, 12, 31);
        assertEquals(482_42, ledger.asOf(tax, List.of(pay(paid, 8_600_00, "911")), paid).penaltyTiyn());
    }

    @Test
    void paymentsSettleOldestFirstAndKeepOverpayments() {
        Ledger ledger = new Ledger(ReferenceTables.shipped());
        List<Ledger.Liability> tax = List.of(new Ledger.Liability("2025", 10_000_00, LocalDate.of(2026, 4, 1)),
                new Ledger.Liability("2024", 8_000_00, LocalDate.of(2025, 4, 1)));
        LocalDate day = LocalDate.of(2025, 3, 1);
        Ledger.State partly = ledger.asOf(tax, List.of(pay(day, 5_000_00, "911")), LocalDate.of(2025, 6, 1));
        assertEquals(3_000_00, partly.overdueTiyn(), "the 2024 liability is settled first");
        assertEquals(10_000_00, partly.notDueTiyn());
        assertEquals(LocalDate.of(2025, 4, 1), partly.oldestUnpaidDue());
        Ledger.State over = ledger.asOf(tax, List.of(pay(day, 20_000_00, "911")), LocalDate.of(2026, 6, 1));
        assertEquals(0, over.overdueTiyn());
        assertEquals(0, over.penaltyTiyn(), "paid before either due date");
        assertEquals(2_000_00, over.creditTiyn(), "the overpayment is kept");
        assertNull(over.oldestUnpaidDue());
    }

    @Test
    void aDebtOfPenaltyOnlyIsAgedFromTheDueDateOfTheLatePaidTax() throws Exception {
        Ledger ledger = new Ledger(TestTables.shippedWith("base_rate", "base_rate_18.csv"));
        List<Ledger.Liability> tax = List.of(new Ledger.Liability("2024", 8_600_00, LocalDate.of(2025, 10, 1)),
                new Ledger.Liability("2025", 23_592_00, LocalDate.of(2026, 4, 1)));
        LocalDate day = LocalDate.of(2026, 8, 1);
        Ledger.State late = ledger.asOf(tax, List.of(pay(LocalDate.of(2025, 12, 31), 8_600_00, "911"),
                pay(LocalDate.of(2026, 6, 30), 23_592_00, "911")), day);
        assertEquals(0, late.overdueTiyn());
        assertEquals(1_791_30, late.penaltyTiyn(), "482.4246 + 1,308.8712, rounded once");
        assertEquals(LocalDate.of(2025, 10, 1), late.agedFrom(), "the older penalty is unpaid");
        Ledger.State olderPaid = ledger.asOf(tax, List.of(pay(LocalDate.of(2025, 12, 31), 8_600_00, "911"),
                pay(LocalDate.of(2026, 1, 5), 482_42, "912"), pay(LocalDate.of(2026, 6, 30), 23_592_00, "911")), day);
        assertEquals(1_308_88, olderPaid.penaltyTiyn(), "1,791.2958 accrued less 482.42 paid");
        assertEquals(LocalDate.of(2026, 4, 1), olderPaid.agedFrom(), "912 settled the older penalty first");
        Ledger.State allPaid = ledger.asOf(tax, List.of(pay(LocalDate.of(2025, 12, 31), 8_600_00, "911"),
                pay(LocalDate.of(2026, 7, 1), 1_791_30, "912"), pay(LocalDate.of(2026, 6, 30), 23_592_00, "911")), day);
        assertEquals(0, allPaid.penaltyTiyn());
        assertNull(allPaid.agedFrom());
    }

    @Test
    void knp912SettlesPenaltiesNotTax() throws Exception {
        Ledger ledger = new Ledger(TestTables.shippedWith("base_rate", "base_rate_18.csv"));
        List<Ledger.Liability> tax = List.of(new Ledger.Liability("2025", 23_592_00, LocalDate.of(2026, 4, 1)));
        LocalDate paid = LocalDate.of(2026, 6, 30);
        Ledger.State state = ledger.asOf(tax, List.of(pay(paid, 23_592_00, "911"),
                pay(paid.plusDays(1), 1_000_00, "912")), paid.plusDays(1));
        assertEquals(308_87, state.penaltyTiyn());
        assertEquals(0, state.overdueTiyn());
        Ledger.State onlyPenaltyPaid = ledger.asOf(tax, List.of(pay(paid, 1_000_00, "912")), paid);
        assertEquals(23_592_00, onlyPenaltyPaid.overdueTiyn(), "a 912 payment does not settle the tax");
    }

    /**
     * Property: for any amount and any split day, the accrual over a period equals the sum over its
     * two parts, and under the shipped table (many rate changes) it equals a day-by-day sum.
     */
    @Test
    void penaltySplitProperty() {
        Ledger ledger = new Ledger(ReferenceTables.shipped());
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            long amount = 1 + random.nextInt(100_000_000);
            LocalDate from = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3000));
            LocalDate to = from.plusDays(random.nextInt(400));
            LocalDate split = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1)));
            BigDecimal whole = ledger.accrual(amount, from, to);
            BigDecimal parts = ledger.accrual(amount, from, split);
            if (split.isBefore(to)) {
                parts = parts.add(ledger.accrual(amount, split.plusDays(1), to));
            }
            assertTrue(whole.subtract(parts).abs().compareTo(new BigDecimal("1e-20")) < 0, whole + " vs " + parts);
            BigDecimal daily = BigDecimal.ZERO;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                daily = daily.add(ledger.accrual(amount, d, d));
            }
            assertEquals(0, whole.round(new MathContext(20)).compareTo(daily.round(new MathContext(20))),
                    whole + " vs day by day " + daily);
        }
    }
}
