package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.PaymentImportPreview;

import org.junit.jupiter.api.Test;

import kz.aimaq.storage.testing.TestDatabase;

class TaxStorageH2Test extends TaxStorageContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }

    /**
     * An import reads the payments and assessments of the payers it touches by (okrug, payer) in the
     * index, not every row of each okrug (which H2 does for {@code = ANY(?)}): its cost must follow
     * the file, not the database's size.
     */
    @Test
    void payersAreLookedUpByOkrugAndPayerInTheIndex() throws Exception {
        service(officer());
        try (Connection c = db.dataSource().getConnection()) {
            for (String[] lookup : new String[][] {{"tax_payment", "payer_id"}, {"tax_assessment", "taxpayer_id"}}) {
                try (PreparedStatement s = c.prepareStatement("EXPLAIN " + TaxStore.ofKeysSql("t.kbk", lookup[0],
                        lookup[1]))) {
                    s.setArray(1, c.createArrayOf("VARCHAR", new Object[] {"880101190003"}));
                    s.setString(2, FixedUnits.OKRUG_A);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        String plan = rs.getString(1).replaceAll("\\s+", " ");
                        assertTrue(plan.contains("OKRUG = ?2 AND " + lookup[1].toUpperCase() + " = K.ID"), plan);
                    }
                }
            }
        }
    }

    /**
     * The duplicate look-up in the payment table goes by day, okrug and row key through the day
     * index: a statement's look-up then reads the pages of its own days, whatever the table's size.
     */
    @Test
    void storedRowsAreLookedUpByDayInTheDayIndex() throws Exception {
        service(officer());
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("EXPLAIN " + TaxStore.STORED_BY_DAY_SQL)) {
            s.setArray(1, c.createArrayOf("DATE", new Object[] {java.sql.Date.valueOf("2026-03-20")}));
            s.setArray(2, c.createArrayOf("VARCHAR", new Object[] {FixedUnits.OKRUG_A}));
            s.setArray(3, c.createArrayOf("VARCHAR", new Object[] {"0".repeat(64)}));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String plan = rs.getString(1).replaceAll("\\s+", " ");
                assertTrue(plan.contains("TAX_PAYMENT_DAY: PAY_DATE = K.D AND OKRUG = K.O AND ROW_KEY = K.R"), plan);
            }
        }
    }

    /**
     * On H2 an import writes into the recent payments, and the mover files them into the payment
     * table: what a user reads and what counts as imported before does not change with the move.
     */
    @Test
    void movedPaymentsReadTheSameAndAreStillRecognisedAsImported() throws Exception {
        TaxServiceImpl tax = service(officer());
        tax.importPayments(tax.previewPayments(file("bank-1.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-04-02;050740900000;104401;911;200000;PP-3;" + FixedUnits.OKRUG_B,
                "2026-05-02;880101190003;104402;912;100;PP-4;" + FixedUnits.OKRUG_A)));
        assertEquals(3, count(TaxStore.RECENT_PAYMENTS), "the import wrote into the recent payments");
        assertEquals(0, count(TaxStore.PAYMENTS));
        List<Payment> before = tax.payments(FixedUnits.OKRUG_A, "880101190003");

        tax.movePayments();
        assertEquals(0, count(TaxStore.RECENT_PAYMENTS));
        assertEquals(3, count(TaxStore.PAYMENTS), "every payment moved");
        assertEquals(before, tax.payments(FixedUnits.OKRUG_A, "880101190003"), "the taxpayer's card reads the same");
        assertEquals(2, before.size());
        assertSummaryEqualsGroupBy();

        PaymentImportPreview overlapping = tax.previewPayments(file("bank-2.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-06-01;860715190008;104302;911;500;PP-9;" + FixedUnits.OKRUG_A));
        assertEquals(List.of(2L), overlapping.duplicateLines(), "a moved row is recognised");
        assertEquals(1, tax.importPayments(overlapping));
        assertEquals(3, tax.payments(FixedUnits.OKRUG_A, "880101190003").size() + tax.payments(FixedUnits.OKRUG_A,
                "860715190008").size(), "one table's rows and the other's, read together");
    }

    /**
     * A machine where only scheduled commands run: each exits before the mover's first look, so the
     * recent payments stay until {@code tax move-payments} moves them, reading the same after.
     */
    @Test
    void theMoveCommandMovesWhatHeadlessImportsLeft() throws Exception {
        TaxServiceImpl tax = service(officer());
        TaxCommand command = new TaxCommand(tax, officer());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, command.run(List.of("import-payments", "--file", file("bank-1.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-04-02;050740900000;104401;911;200000;PP-3;" + FixedUnits.OKRUG_B).toString()), o, o));
        List<Payment> before = tax.payments(FixedUnits.OKRUG_A, "880101190003");
        assertEquals(2, count(TaxStore.RECENT_PAYMENTS));

        assertEquals(0, command.run(List.of("move-payments"), o, o));

        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("2 recent payments moved into the"
                + " payment table"), out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, count(TaxStore.RECENT_PAYMENTS));
        assertEquals(2, count(TaxStore.PAYMENTS));
        assertEquals(before, tax.payments(FixedUnits.OKRUG_A, "880101190003"));
        assertEquals(0, tax.movePayments(), "nothing left to move");
        assertSummaryEqualsGroupBy();
    }

    /**
     * A row that another import stores after this file's preview, and that the mover files before
     * this file is imported, is in neither place the preview looked: the import sees that a batch
     * moved meanwhile, looks again in both tables and leaves the row out.
     */
    @Test
    void aRowStoredAndMovedAfterThePreviewIsNotCountedTwice() throws Exception {
        TaxServiceImpl tax = service(officer());
        List<PaymentImportPreview> previews = morningAndEvening(tax);
        PaymentImportPreview first = previews.get(0);
        PaymentImportPreview second = previews.get(1);
        assertEquals(2, tax.importPayments(first));
        tax.movePayments();
        assertEquals(1, tax.importPayments(second), "only the row of its own");
        assertEquals(0, rowsInBothTables());
        tax.movePayments();
        assertEquals(3, count(TaxStore.PAYMENTS), "the second file's row moved too");
        assertSummaryEqualsGroupBy();
    }

    /**
     * Two services on one database, as two desktops on a shared H2 file: one imports overlapping files
     * while the other moves recent payments the whole time. Every row is stored once, in one table,
     * and the summary holds exactly what the payments add up to.
     */
    @Test
    void importsWhileAnotherProcessMovesStoreEveryRowOnce() throws Exception {
        TaxServiceImpl importing = service(officer());
        TaxServiceImpl moving = service(officer());
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread mover = new Thread(() -> {
            try {
                while (!done.get()) {
                    moving.movePayments();
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        mover.start();
        String[] payers = {"880101190003", "860715190008", "050740900000"};
        List<PaymentImportPreview> previews = new ArrayList<>();
        try {
            for (int f = 0; f < 12; f++) {
                List<String> lines = new ArrayList<>(List.of(HEADER));
                // each file repeats half of the previous one's rows
                for (int row = f * 10; row < f * 10 + 20; row++) {
                    lines.add(String.format("2026-03-%02d;%s;104402;911;%d;PP-%d;%s", 1 + row % 28,
                            payers[row % 3], 100 + row, row, row % 2 == 0 ? FixedUnits.OKRUG_A : FixedUnits.OKRUG_B));
                }
                previews.add(importing.previewPayments(file("bank-" + f + ".csv", lines.toArray(String[]::new))));
                // previewed a file ahead: the mover and the previous import both come in between
                if (f > 0) {
                    importing.importPayments(previews.get(f - 1));
                }
            }
            importing.importPayments(previews.get(previews.size() - 1));
        } finally {
            done.set(true);
            mover.join();
        }
        assertEquals(null, failed.get());
        assertEquals(130, count(AllPayments.TABLE), "rows 0 to 129, each once");
        assertEquals(0, rowsInBothTables());
        assertSummaryEqualsGroupBy();
        importing.movePayments();
        assertEquals(130, count(TaxStore.PAYMENTS));
    }

    private long rowsInBothTables() throws Exception {
        return count(TaxStore.PAYMENTS + " p JOIN " + TaxStore.RECENT_PAYMENTS + " r ON r.okrug = p.okrug"
                + " AND r.payer_id = p.payer_id AND r.kbk = p.kbk AND r.row_key = p.row_key");
    }
}
