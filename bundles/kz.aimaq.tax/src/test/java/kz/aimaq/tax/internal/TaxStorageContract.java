package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.CurrentAuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.storage.testing.TestDatabase;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.Execution;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.InvalidInputException;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.PaymentImportPreview;
import kz.aimaq.testing.RecordingAuditLog;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

/** The tax tables, imports, summaries, arrears, plans and access, run on H2 and on PostgreSQL. */
abstract class TaxStorageContract {

    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path folder;
    TestDatabase db;
    RecordingAuditLog audit;

    abstract TestDatabase open();

    @BeforeEach
    void setUp() {
        db = open();
        audit = new RecordingAuditLog();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    TaxServiceImpl service(UserContext user) throws Exception {
        CurrentAuditLog log = new CurrentAuditLog();
        log.use(audit);
        return new TaxServiceImpl(db.database(), Migrations.fromClassLoader(getClass().getClassLoader(),
                TaxServiceImpl.MIGRATIONS), ReferenceTables.shipped(), new FixedUnits(), user, log, TODAY);
    }

    static UserContext officer() {
        return new TestUser("officer", TestRegions.ALMATY_REGION, Locale.ENGLISH, UserContext.ROLE_TAX_OFFICER);
    }

    static UserContext analyst() {
        return new TestUser("analyst", TestRegions.ALMATY_REGION, Locale.ENGLISH, UserContext.ROLE_ANALYST);
    }

    Path file(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static final String HEADER = "date;payer;kbk;knp;amount;document;kato";

    @Test
    void migrationsApplyOnceAndEveryLedgerTableIsKeyedByOkrug() throws Exception {
        service(officer());
        service(officer());
        int scripts = Migrations.fromClassLoader(getClass().getClassLoader(), TaxServiceImpl.MIGRATIONS).size();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM aimaq_schema_history WHERE owner = 'tax'")) {
                rs.next();
                assertEquals(scripts, rs.getInt(1), "each of the " + scripts + " scripts once");
            }
            // the database's own keys, not the scripts' text: a later script may rebuild a table
            Map<String, String> firstKeyColumn = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT LOWER(t.table_name), LOWER(k.column_name)"
                    + " FROM information_schema.table_constraints t JOIN information_schema.key_column_usage k"
                    + " ON k.constraint_name = t.constraint_name AND k.table_name = t.table_name"
                    + " AND k.table_schema = t.table_schema WHERE t.constraint_type = 'PRIMARY KEY'"
                    + " AND k.ordinal_position = 1 AND LOWER(t.table_schema) = LOWER(CURRENT_SCHEMA)")) {
                while (rs.next()) {
                    firstKeyColumn.put(rs.getString(1), rs.getString(2));
                }
            }
            List<String> ledgerTables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                    + " WHERE LOWER(table_name) LIKE 'tax%' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)")) {
                while (rs.next()) {
                    ledgerTables.add(rs.getString(1));
                }
            }
            // the national reference tables are the one exception: on Citus, copied to every node
            ledgerTables.remove("tax_reference_file");
            assertTrue(ledgerTables.containsAll(List.of("tax_payment", "tax_receipt_month", "tax_arrears_due")),
                    ledgerTables.toString());
            for (String table : ledgerTables) {
                assertEquals("okrug", firstKeyColumn.get(table), "the key of " + table + " starts with okrug");
            }
        }
    }

    /**
     * A database of the previous schema (V1 to V3) with payments in it takes the payments' new key
     * (V4): every payment kept, and a row imported before is still recognised as imported.
     */
    @Test
    void paymentsImportedBeforeThePaymentKeyChangeAreKeptAndStillRecognised() throws Exception {
        List<kz.aimaq.storage.api.Migration> all = Migrations.fromClassLoader(getClass().getClassLoader(),
                TaxServiceImpl.MIGRATIONS);
        db.database().migrate(TaxServiceImpl.OWNER, all.stream().filter(m -> m.version() <= 3).toList());
        // what an import of that time wrote: the payments under the old key and their monthly receipts
        List<TaxStore.StoredPayment> earlier = new ArrayList<>();
        for (Payment p : List.of(
                new Payment(LocalDate.of(2026, 3, 20), "880101190003", "104402", "911", 11_796_00, "PP-1", FixedUnits.OKRUG_A),
                new Payment(LocalDate.of(2026, 4, 2), "050740900000", "104401", "911", 200_000_00, "PP-3",
                        FixedUnits.OKRUG_B))) {
            earlier.add(new TaxStore.StoredPayment(p, PaymentFile.rowKey(p), earlier.size() + 2));
        }
        TaxStore old = new TaxStore(db.dataSource());
        old.inTransaction(c -> {
            old.insertPayments(c, TaxStore.PAYMENTS, earlier, "0".repeat(64));
            old.addToSummary(c, TaxServiceImpl.summarise(earlier));
            return null;
        });

        TaxServiceImpl after = service(officer());
        assertEquals(2, count(AllPayments.TABLE));
        Path overlapping = file("bank-2.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-06-01;860715190008;104302;911;500;PP-9;" + FixedUnits.OKRUG_A);
        PaymentImportPreview second = after.previewPayments(overlapping);
        assertEquals(List.of(2L), second.duplicateLines(), "the row imported under the old key");
        assertEquals(1, after.importPayments(second));
        assertEquals(3, count(AllPayments.TABLE));
        assertSummaryEqualsGroupBy();
    }

    @Test
    void paymentImportPreviewsThenWritesAllAndKeepsTheSummaryCurrent() throws Exception {
        TaxServiceImpl tax = service(officer());
        Path bank = file("bank-1.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "20.03.2026;880101190003;104102;911;750.50;PP-2;" + FixedUnits.OKRUG_A,
                "2026-04-02;050740900000;104401;911;200000;PP-3;" + FixedUnits.OKRUG_B,
                "2026-05-02;880101190003;104402;912;100;PP-4;" + FixedUnits.OKRUG_A);
        PaymentImportPreview preview = tax.previewPayments(bank);
        assertEquals(4, preview.payments().size());
        assertEquals(0, count(AllPayments.TABLE), "a preview writes nothing");
        assertEquals(11_796_00 + 100_00, preview.totalsByKbk().get("104402"));
        assertEquals(4, tax.importPayments(preview));
        assertEquals(4, count(AllPayments.TABLE));
        assertSummaryEqualsGroupBy();
        List<String> importedFor = audit.entries().stream().filter(e -> e.action().equals("tax.import-payments"))
                .map(e -> e.target()).sorted().toList();
        // one entry per okrug: a national file's okrug list does not fit the audit's target (400 characters)
        assertEquals(List.of(FixedUnits.OKRUG_A, FixedUnits.OKRUG_B), importedFor);
        assertTrue(audit.entries().stream().filter(e -> e.action().equals("tax.import-payments"))
                .allMatch(e -> !e.after().contains("880101190003")), "audited, without the IIN");
        assertTrue(audit.entries().stream().anyMatch(e -> e.target().equals(FixedUnits.OKRUG_A)
                && e.after().contains("3 payments")), "the okrug's own count");

        InvalidInputException again = assertThrows(InvalidInputException.class, () -> tax.previewPayments(bank));
        String reason = again.problems().get(0).reason();
        assertTrue(reason.matches("this file was imported before: bank-1\\.csv, by officer on"
                + " \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "which file, who and when, in the user's words: " + reason);

        Path overlapping = file("bank-2.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-06-01;860715190008;104302;911;500;PP-9;" + FixedUnits.OKRUG_A,
                "2026-06-01;860715190008;104302;911;500;PP-9;" + FixedUnits.OKRUG_A);
        PaymentImportPreview second = tax.previewPayments(overlapping);
        assertEquals(1, second.payments().size(), "a row of an earlier file and a repeated row are not counted twice");
        assertEquals(List.of(2L, 4L), second.duplicateLines());
        tax.importPayments(second);
        assertEquals(5, count(AllPayments.TABLE));
        assertSummaryEqualsGroupBy();
    }

    /**
     * Two files previewed before either is imported, sharing a row: the second import finds the row
     * stored meanwhile, leaves it out and writes only its own.
     */
    @Test
    void aRowStoredByAnotherImportAfterThePreviewIsNotCountedTwice() throws Exception {
        TaxServiceImpl tax = service(officer());
        List<PaymentImportPreview> previews = morningAndEvening(tax);
        PaymentImportPreview first = previews.get(0);
        PaymentImportPreview second = previews.get(1);
        assertEquals(List.of(), second.duplicateLines(), "nothing was stored when it was previewed");
        assertEquals(2, tax.importPayments(first));
        assertEquals(1, tax.importPayments(second), "only the row of its own");
        assertEquals(3, count(AllPayments.TABLE));
        assertSummaryEqualsGroupBy();
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("tax.import-payments")
                && e.target().equals(FixedUnits.OKRUG_A) && e.after().startsWith("evening.csv")
                && e.after().contains(": 0 payments")), "the okrug's entry says none of its rows was new");
    }

    /** Two files previewed before either is imported, sharing one row (the morning's second, the evening's first). */
    List<PaymentImportPreview> morningAndEvening(TaxServiceImpl tax) throws Exception {
        return List.of(tax.previewPayments(file("morning.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-03-21;860715190008;104302;911;500;PP-2;" + FixedUnits.OKRUG_A)),
                tax.previewPayments(file("evening.csv", HEADER,
                        "2026-03-21;860715190008;104302;911;500;PP-2;" + FixedUnits.OKRUG_A,
                        "2026-04-02;050740900000;104401;911;200000;PP-3;" + FixedUnits.OKRUG_B)));
    }

    /** A real XLSX file written by fastexcel, as a bank's spreadsheet would be. */
    Path xlsx(String name, Object[]... rows) throws IOException {
        return BankXlsx.write(folder.resolve(name), rows);
    }

    @Test
    void anXlsxFileIsPreviewedAndImportedLikeACsvFile() throws Exception {
        TaxServiceImpl tax = service(officer());
        Path bank = xlsx("bank.xlsx",
                new Object[] {LocalDate.of(2026, 3, 20), 880101190003L, 104402, 911, 11796, "PP-1", 195230100},
                new Object[] {"20.03.2026", "880101190003", "104102", "911", new BigDecimal("750.50"), "PP-2",
                        FixedUnits.OKRUG_A},
                new Object[] {"2026-04-02", "050740900000", "104401", "911", 200000.25, "PP-3", FixedUnits.OKRUG_B});
        PaymentImportPreview preview = tax.previewPayments(bank);
        assertEquals(3, preview.payments().size(), preview.toString());
        assertEquals(LocalDate.of(2026, 3, 20), preview.payments().get(0).date(), "a date cell");
        assertEquals(750_50, preview.payments().get(1).amountTiyn());
        assertEquals(200_000_25, preview.payments().get(2).amountTiyn(), "a number cell with decimals");
        assertEquals(0, count(AllPayments.TABLE), "a preview writes nothing");
        assertEquals(3, tax.importPayments(preview));
        assertEquals(3, count(AllPayments.TABLE));
        assertSummaryEqualsGroupBy();
        Path csvTwin = file("twin.csv", HEADER, "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A);
        InvalidInputException twin = assertThrows(InvalidInputException.class, () -> tax.previewPayments(csvTwin),
                "the same payment from a CSV file is recognised as imported");
        assertEquals("twin.csv:2:-: every payment in this file was imported before (1, the first on line 2):"
                + " nothing to import", twin.problems().get(0).toString());
    }

    @Test
    void aBadXlsxCellRefusesTheWholeFileNamingSheetRowFieldAndCell() throws Exception {
        TaxServiceImpl tax = service(officer());
        Path bank = xlsx("bad.xlsx",
                new Object[] {LocalDate.of(2026, 3, 20), 880101190003L, 104402, 911, 11796, "PP-1", 195230100},
                new Object[] {LocalDate.of(2026, 3, 21), 880101190004L, 104402, 911, "12 тыс", "PP-2", 195230100});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tax.previewPayments(bank));
        List<String> problems = e.problems().stream().map(InputProblem::toString).toList();
        assertTrue(problems.contains("bad.xlsx!Төлемдер:3:payer: IIN/BIN ********0004 has a wrong check digit (cell B3)")
                || problems.stream().anyMatch(p -> p.startsWith("bad.xlsx!Төлемдер:3:payer:") && p.endsWith("(cell B3)")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bad.xlsx!Төлемдер:3:amount: '12 тыс'")
                && p.endsWith("(cell E3)")), problems.toString());
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(0, count(AllPayments.TABLE), "nothing imported");
        Path notXlsx = folder.resolve("broken.xlsx");
        byte[] bytes = Files.readAllBytes(bank);
        Files.write(notXlsx, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        InvalidInputException broken = assertThrows(InvalidInputException.class, () -> tax.previewPayments(notXlsx));
        assertTrue(broken.problems().get(0).toString().startsWith("broken.xlsx:0:-:"), broken.getMessage());
    }

    @Test
    void aBadFileIsRefusedWholeNamingLineAndField() throws Exception {
        TaxServiceImpl tax = service(officer());
        Path bank = file("bad.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-13-01;880101190004;999999;91;12.345;;123",
                "2027-01-01;880101190003;104402;911;10;PP-3;" + FixedUnits.OKRUG_A);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tax.previewPayments(bank));
        List<String> located = e.problems().stream().map(p -> p.line() + ":" + p.field()).toList();
        assertEquals(List.of("3:date", "3:payer", "3:kbk", "3:knp", "3:amount", "3:document", "3:kato", "4:date"), located);
        InputProblem payer = e.problems().get(1);
        assertEquals("bad.csv", payer.file());
        assertFalse(payer.reason().contains("880101190004"), "the IIN is masked in the reason: " + payer.reason());
        assertEquals(0, count(AllPayments.TABLE));
    }

    @Test
    void writesAreRefusedOutsideTheScopeAndAudited() throws Exception {
        Path bank = file("bank.csv", HEADER,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A,
                "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OTHER_REGION_OKRUG);
        TaxServiceImpl officer = service(officer());
        PaymentImportPreview preview = officer.previewPayments(bank);
        assertThrows(NotPermittedException.class, () -> officer.importPayments(preview));
        TaxServiceImpl analyst = service(analyst());
        assertThrows(NotPermittedException.class, () -> analyst.importPayments(preview));
        assertThrows(NotPermittedException.class, () -> analyst.taxpayers(FixedUnits.OKRUG_A));
        assertEquals(0, count(AllPayments.TABLE), "all or nothing");
        assertEquals(3, audit.entries().stream().filter(e -> e.action().equals("tax.refused")).count());
    }

    @Test
    void demoDataGivesArrearsPlanAndExecution() throws Exception {
        TaxServiceImpl tax = service(officer());
        assertEquals(3, tax.generateDemo(FixedUnits.DISTRICT.substring(0, 2) + "0000000", 2026),
                "every budget unit of the region");
        assertEquals(0, tax.generateDemo("190000000", 2026), "generated once");
        assertSummaryEqualsGroupBy();
        List<Arrears> arrears = tax.arrears(FixedUnits.DISTRICT, LocalDate.of(2026, 12, 6));
        assertFalse(arrears.isEmpty(), "synthetic late payers");
        assertTrue(arrears.stream().allMatch(a -> a.okrug().startsWith("1952")));
        for (int i = 1; i < arrears.size(); i++) {
            assertTrue(arrears.get(i - 1).totalTiyn() >= arrears.get(i).totalTiyn(), "largest first");
        }
        assertTrue(arrears.stream().anyMatch(a -> a.penaltyTiyn() > 0));
        long total = arrears.stream().filter(a -> a.bucket() != null).mapToLong(Arrears::totalTiyn).sum();
        long agedByAnalyst = service(analyst()).arrearsByAge(FixedUnits.DISTRICT, LocalDate.of(2026, 12, 6)).values()
                .stream().mapToLong(Long::longValue).sum();
        long aged = arrears.stream().filter(a -> a.bucket() != null).count();
        assertTrue(Math.abs(total - agedByAnalyst) <= aged / 2, "the aged total is an aggregate analysts see (from the"
                + " summary, its penalty rounded once, not per account): " + agedByAnalyst + " against " + total);
        assertTrue(tax.hasSyntheticData(FixedUnits.DISTRICT));
        assertFalse(tax.hasSyntheticData(FixedUnits.OTHER_REGION_OKRUG));
        List<Execution> execution = tax.execution(FixedUnits.DISTRICT, 2026, LocalDate.of(2026, 12, 6));
        assertFalse(execution.isEmpty());
        Execution vehicle = execution.stream().filter(e -> e.kbk().equals("104402")).findFirst().orElseThrow();
        assertTrue(vehicle.planTiyn() > 0 && vehicle.actualTiyn() > 0);
        assertEquals(vehicle.actualTiyn(), vehicle.monthlyTiyn().stream().mapToLong(Long::longValue).sum());
        long analystSees = service(analyst()).execution(FixedUnits.DISTRICT, 2026, LocalDate.of(2026, 12, 6)).stream()
                .mapToLong(Execution::actualTiyn).sum();
        assertEquals(execution.stream().mapToLong(Execution::actualTiyn).sum(), analystSees, "aggregates are open to analysts");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path csv = folder.resolve("arrears.csv");
        int code = new TaxCommand(tax, officer()).run(List.of("arrears", "--unit", FixedUnits.DISTRICT, "--as-of",
                "2026-12-06", "--out", csv.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertEquals(arrears.size() + 1, written.lines().count());
        assertTrue(written.startsWith("\uFEFFokrug;taxpayer;kbk;principal_tenge;penalty_tenge"), written);
        assertTrue(written.lines().findFirst().orElseThrow().endsWith(";age_bucket;data"), written);
        assertTrue(written.lines().skip(1).allMatch(l -> l.endsWith(";synthetic")), "every row is demo data: " + written);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("synthetic demo data"), out.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream kazakh = new ByteArrayOutputStream();
        tax.exportArrears(FixedUnits.DISTRICT, LocalDate.of(2026, 12, 6), new Locale("kk"), kazakh);
        assertTrue(kazakh.toString(StandardCharsets.UTF_8).startsWith("\uFEFFокруг;салық_төлеуші;бск"), "Kazakh headers");
        for (Arrears a : arrears) {
            if (Assessor.payerKind(a.taxpayerId()) == kz.aimaq.tax.api.IdKind.IIN) {
                assertFalse(written.contains(a.taxpayerId()), "IINs are masked in exports");
            }
        }
    }

    @Test
    void anOwnerAbove450MillionAcrossOkrugsIsAssessedOnTheTotalFrom2026() throws Exception {
        TaxServiceImpl tax = service(officer());
        TaxStore store = new TaxStore(db.dataSource());
        String owner = "880101190003";
        store.inTransaction(c -> {
            store.insertTaxpayers(c, List.of(new kz.aimaq.tax.api.Taxpayer(FixedUnits.OKRUG_A, owner,
                    kz.aimaq.tax.api.IdKind.IIN, "Synthetic owner", true), new kz.aimaq.tax.api.Taxpayer(FixedUnits.OKRUG_C,
                    owner, kz.aimaq.tax.api.IdKind.IIN, "Synthetic owner", true)));
            store.insertObjects(c, List.of(
                    new kz.aimaq.tax.api.TaxObject(FixedUnits.OKRUG_A, "house", owner,
                            new kz.aimaq.tax.api.TaxObject.Property(300_000_000_00L), LocalDate.of(2020, 1, 1), null),
                    new kz.aimaq.tax.api.TaxObject(FixedUnits.OKRUG_C, "flat", owner,
                            new kz.aimaq.tax.api.TaxObject.Property(200_000_000_00L), LocalDate.of(2020, 1, 1), null)), true);
            return null;
        });
        assertEquals(1, tax.assessAndStore(FixedUnits.OKRUG_A, 2026));
        assertEquals(2_367_960_00, tax.assessments(FixedUnits.OKRUG_A, owner).get(0).amountTiyn(),
                "3/5 of 2,946,600 + 2% × 50 M: the flat in another district counts towards the total");
        assertEquals(1, tax.assessAndStore(FixedUnits.OKRUG_A, 2025));
        assertEquals(1_846_600_00, tax.assessments(FixedUnits.OKRUG_A, owner).stream().filter(a -> a.year() == 2025)
                .findFirst().orElseThrow().amountTiyn(), "2025 keeps the 2017 Code: the house alone on the scale");
        assertEquals(1_578_640_00, tax.assess(new kz.aimaq.tax.api.TaxObject(FixedUnits.OKRUG_C, "flat", owner,
                new kz.aimaq.tax.api.TaxObject.Property(200_000_000_00L), LocalDate.of(2020, 1, 1), null), 2026)
                .orElseThrow().amountTiyn(), "assessing one object looks up the owner's other objects");
    }

    @Test
    void theArrearsSummaryIsKeptCurrentAndMatchesTheLedgerAndPlainSql() throws Exception {
        TaxServiceImpl tax = service(officer());
        tax.generateDemo(FixedUnits.DISTRICT, 2026);
        assertArrearsSummaryEqualsSql();
        assertArrearsSummaryEqualsLedger(tax, TODAY_DAY);
        // a late payer pays part of a debt and some penalty: the summary follows in the import's transaction
        Arrears debtor = tax.arrears(FixedUnits.DISTRICT, TODAY_DAY).stream().filter(a -> a.principalTiyn() > 100_00)
                .findFirst().orElseThrow();
        Path bank = file("late.csv", HEADER,
                "2026-12-05;" + debtor.taxpayerId() + ";" + debtor.kbk() + ";911;" + Money.tenge(debtor.principalTiyn() / 2)
                        + ";L-1;" + debtor.okrug(),
                "2026-12-06;" + debtor.taxpayerId() + ";" + debtor.kbk() + ";912;1.00;L-2;" + debtor.okrug());
        tax.importPayments(tax.previewPayments(bank));
        assertArrearsSummaryEqualsSql();
        assertArrearsSummaryEqualsLedger(tax, TODAY_DAY);
        assertArrearsSummaryEqualsLedger(tax, LocalDate.of(2027, 5, 1));
        List<ArrearsSummary.Row> incremental = arrearsRows();
        new TaxStore(db.dataSource()).inTransaction(c -> {
            tax.rebuildArrearsSummary(c, FixedUnits.DISTRICT.substring(0, 4));
            return null;
        });
        assertEquals(new java.util.HashSet<>(arrearsRows()), new java.util.HashSet<>(incremental),
                "kept current row by row = computed afresh");
        // reassessing the year rebuilds it
        tax.assessAndStore(FixedUnits.DISTRICT, 2026);
        assertArrearsSummaryEqualsSql();
        assertArrearsSummaryEqualsLedger(tax, TODAY_DAY);
    }

    static final LocalDate TODAY_DAY = LocalDate.of(2026, 12, 6);

    @Test
    void theCalendarsDueListIsPersonalDataAndItsTotalsAnAggregate() throws Exception {
        TaxServiceImpl tax = service(officer());
        tax.generateDemo(FixedUnits.DISTRICT, 2026);
        List<kz.aimaq.tax.api.DueAccount> due = tax.dueAccounts(FixedUnits.DISTRICT, TODAY_DAY);
        assertTrue(due.stream().anyMatch(d -> d.lateOn(TODAY_DAY)), "synthetic late payers");
        assertTrue(due.stream().anyMatch(d -> !d.lateOn(TODAY_DAY)), "this year's taxes are due next year");
        assertTrue(due.stream().filter(d -> !d.lateOn(TODAY_DAY)).allMatch(d -> d.penaltyTiyn() == 0),
                "no penalty before the due date");
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("tax.view-due")
                && e.target().equals(FixedUnits.DISTRICT) && !e.after().contains(due.get(0).taxpayerId())),
                "the read is audited, without the taxpayers' numbers");
        // the totals per due date from the summary = the list summed
        Map<String, Long> listed = new HashMap<>();
        Map<String, Long> counted = new HashMap<>();
        for (kz.aimaq.tax.api.DueAccount d : due) {
            listed.merge(d.kbk() + " " + d.dueDate(), d.unpaidTiyn(), Long::sum);
            counted.merge(d.kbk() + " " + d.dueDate(), 1L, Long::sum);
        }
        List<kz.aimaq.tax.api.DueTotal> totals = service(analyst()).dueTotals(FixedUnits.DISTRICT);
        assertEquals(listed.keySet(), new java.util.HashSet<>(totals.stream().map(t -> t.kbk() + " " + t.dueDate()).toList()));
        for (kz.aimaq.tax.api.DueTotal t : totals) {
            assertEquals(listed.get(t.kbk() + " " + t.dueDate()), t.unpaidTiyn(), t.toString());
            assertEquals(counted.get(t.kbk() + " " + t.dueDate()), t.accounts(), t.toString());
        }
        // the list against the ledger: a late account's unpaid tax is its arrears' principal
        for (Arrears a : tax.arrears(FixedUnits.DISTRICT, TODAY_DAY)) {
            long late = due.stream().filter(d -> d.okrug().equals(a.okrug()) && d.taxpayerId().equals(a.taxpayerId())
                    && d.kbk().equals(a.kbk()) && d.lateOn(TODAY_DAY)).mapToLong(kz.aimaq.tax.api.DueAccount::unpaidTiyn).sum();
            assertEquals(a.principalTiyn(), late, a.taxpayerId().substring(8));
        }
        long refusedBefore = audit.entries().stream().filter(e -> e.action().equals("tax.refused")).count();
        assertThrows(NotPermittedException.class, () -> service(analyst()).dueAccounts(FixedUnits.DISTRICT, TODAY_DAY));
        assertEquals(refusedBefore + 1, audit.entries().stream().filter(e -> e.action().equals("tax.refused")).count());
    }

    private List<ArrearsSummary.Row> arrearsRows() throws SQLException {
        return new TaxStore(db.dataSource()).read(c -> new TaxStore(db.dataSource()).arrearsDue(c, "1"));
    }

    /**
     * Unpaid tax per okrug, КБК and due date in the summary = a plain SQL allocation over the ledger:
     * each account's tax payments settle its assessments oldest due date first.
     */
    private void assertArrearsSummaryEqualsSql() throws SQLException {
        Map<String, Long> summary = new HashMap<>();
        Map<String, Long> plain = new HashMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT okrug, kbk, due_date, SUM(unpaid_tiyn) FROM tax_arrears_due"
                    + " GROUP BY okrug, kbk, due_date HAVING SUM(unpaid_tiyn) > 0")) {
                while (rs.next()) {
                    summary.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDate(3), rs.getLong(4));
                }
            }
            String unpaid = "a.amount_tiyn - LEAST(a.amount_tiyn, GREATEST(0, COALESCE(p.paid, 0) - a.before_tiyn))";
            try (ResultSet rs = s.executeQuery("SELECT a.okrug, a.kbk, a.due_date, SUM(" + unpaid + ") FROM"
                    + " (SELECT okrug, taxpayer_id, kbk, due_date, amount_tiyn, COALESCE(SUM(amount_tiyn) OVER"
                    + " (PARTITION BY okrug, taxpayer_id, kbk ORDER BY due_date, tax_year, object_id"
                    + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_tiyn FROM tax_assessment) a"
                    + " LEFT JOIN (SELECT okrug, payer_id, kbk, SUM(amount_tiyn) AS paid FROM " + AllPayments.TABLE
                    + " WHERE knp <> '912' GROUP BY okrug, payer_id, kbk) p"
                    + " ON p.okrug = a.okrug AND p.payer_id = a.taxpayer_id AND p.kbk = a.kbk"
                    + " GROUP BY a.okrug, a.kbk, a.due_date HAVING SUM(" + unpaid + ") > 0")) {
                while (rs.next()) {
                    plain.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDate(3), rs.getLong(4));
                }
            }
        }
        assertFalse(plain.isEmpty(), "the demo set has unpaid tax");
        assertEquals(plain, summary);
    }

    /**
     * Arrears by okrug and age bucket from the summary = summed from every account's ledger: the same
     * accounts and principal; the penalty, rounded once per bucket instead of once per account,
     * within half a tiyn per account.
     */
    private static void assertArrearsSummaryEqualsLedger(TaxServiceImpl tax, LocalDate day) {
        Map<String, TaxFigures.OkrugArrears> fromLedger = new HashMap<>();
        for (TaxFigures.OkrugArrears a : tax.arrearsByOkrugFromLedger(FixedUnits.DISTRICT, day)) {
            fromLedger.put(a.okrug() + " " + a.bucket(), a);
        }
        List<TaxFigures.OkrugArrears> fromSummary = tax.arrearsByOkrug(FixedUnits.DISTRICT, day);
        assertEquals(fromLedger.keySet(), new java.util.HashSet<>(fromSummary.stream()
                .map(a -> a.okrug() + " " + a.bucket()).toList()), "the same okrugs and buckets");
        for (TaxFigures.OkrugArrears s : fromSummary) {
            TaxFigures.OkrugArrears l = fromLedger.get(s.okrug() + " " + s.bucket());
            assertEquals(l.accounts(), s.accounts(), s.okrug() + " " + s.bucket() + " accounts");
            assertEquals(l.principalTiyn(), s.principalTiyn(), s.okrug() + " " + s.bucket() + " principal");
            assertTrue(Math.abs(l.penaltyTiyn() - s.penaltyTiyn()) <= (s.accounts() + 1) / 2,
                    s.okrug() + " " + s.bucket() + " penalty " + s.penaltyTiyn() + " against " + l.penaltyTiyn());
        }
    }

    @Test
    void planImportAddsVersions() throws Exception {
        TaxServiceImpl tax = service(officer());
        Path adopted = file("plan-v1.csv", "kato,year,kbk,amount,decision",
                FixedUnits.OKRUG_A + ",2026,104402,1000000,decision 12-1",
                FixedUnits.OKRUG_A + ",2026,104102,250000,decision 12-1");
        assertEquals(2, tax.importPlan(adopted));
        Path amended = file("plan-v2.csv", "kato,year,kbk,amount,decision",
                FixedUnits.OKRUG_A + ",2026,104402,1200000,decision 15-3");
        tax.importPlan(amended);
        List<kz.aimaq.tax.api.PlanLine> plan = tax.plan(FixedUnits.OKRUG_A, 2026);
        assertEquals(1, plan.size(), "the latest version replaces the whole plan of the year");
        assertEquals(2, plan.get(0).version());
        assertEquals(1_200_000_00, plan.get(0).amountTiyn());
        Path bad = file("plan-bad.csv", "kato,year,kbk,amount,decision", "999999999,20x6,104402,-5,");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tax.importPlan(bad));
        assertEquals(List.of("kato", "year", "amount", "decision"), e.problems().stream().map(InputProblem::field).toList());
    }

    @Test
    void aNewerReferenceTableKeepsPastRulesAndSurvivesARestart() throws Exception {
        String shipped = new String(getClass().getClassLoader().getResourceAsStream("reference/base_rate.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path newer = file("base_rate-2027.csv", shipped.replace("17.00,2026-06-05,,", "17.00,2026-06-05,2027-01-01,")
                .stripTrailing(), "16.00,2027-01-01,,test: a decision announced in December,H");
        UserContext admin = new TestUser("admin", TestRegions.ALMATY_REGION, Locale.ENGLISH, UserContext.ROLE_ADMIN);
        TaxServiceImpl tax = service(admin);
        kz.aimaq.tax.api.ReferencePreview preview = tax.previewReference("base_rate", newer);
        assertEquals(1, preview.added());
        assertEquals(1, preview.changed());
        assertThrows(NotPermittedException.class, () -> service(officer()).importReference(preview));
        tax.importReference(preview);
        List<kz.aimaq.tax.api.ReferenceRow> rows = service(admin).referenceTable("base_rate");
        assertEquals("16.00", rows.get(rows.size() - 1).values().get(0), "the imported version is in force after a restart");
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("tax.reference")));

        Path rewritesHistory = file("base_rate-bad.csv", shipped.replace("11.00,2017-02-20", "12.00,2017-02-20")
                .stripTrailing());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> tax.previewReference("base_rate", rewritesHistory));
        assertTrue(e.problems().get(0).reason().contains("earlier years keep"), e.getMessage());
        Path overlapping = file("base_rate-overlap.csv", shipped.stripTrailing(), "16.00,2026-01-01,,test,H");
        e = assertThrows(InvalidInputException.class, () -> tax.previewReference("base_rate", overlapping));
        assertEquals("valid_from", e.problems().get(0).field());
        assertTrue(e.problems().get(0).reason().contains("overlaps"), e.getMessage());
    }

    @Test
    void aBankFileWithItsHeaderAndNoPaymentIsRefusedAsCutShort() throws Exception {
        TaxServiceImpl tax = service(officer());
        Path headerOnly = file("bank-cut.csv", HEADER);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tax.previewPayments(headerOnly));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("bank-cut.csv", e.problems().get(0).file());
        assertEquals(1, e.problems().get(0).line());
        assertTrue(e.problems().get(0).reason().contains("no payment"), e.getMessage());
        assertEquals(0, count("tax_import"), "nothing recorded");
    }

    @Test
    void theCommandPreviewsImportsAndRefusesWithTheSameChecks() throws Exception {
        TaxCommand command = new TaxCommand(service(officer()), officer());
        Path bank = file("bank.csv", HEADER, "2026-03-20;880101190003;104402;911;11796;PP-1;" + FixedUnits.OKRUG_A);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, command.run(List.of("import-payments", "--file", bank.toString(), "--preview"), o, e));
        assertEquals(0, count(AllPayments.TABLE), "a preview writes nothing");
        assertEquals(0, command.run(List.of("import-payments", "--file", bank.toString()), o, e));
        assertEquals(1, count(AllPayments.TABLE));
        assertEquals(1, command.run(List.of("import-payments", "--file", bank.toString()), o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bank.csv:0:-: this file was imported before"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, command.run(List.of("assess", "--year"), o, e));
        assertEquals(2, command.run(List.of("reference", "export"), o, e));
        assertEquals(1, command.run(List.of("reference", "import", "--table", "mci", "--file", bank.toString()), o, e),
                "a payment file is no MCI table");
        assertEquals(1, command.run(List.of("assess", "--year", "2026", "--unit", FixedUnits.OTHER_REGION_OKRUG), o, e),
                "refused outside the region");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Refused: your roles and scope do not allow this for the"
                + " unit " + FixedUnits.OTHER_REGION_OKRUG), err.toString(StandardCharsets.UTF_8));
    }

    long count(String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The summary table holds exactly what a plain GROUP BY over the payments gives. */
    void assertSummaryEqualsGroupBy() throws SQLException {
        Map<String, Long> summary = new HashMap<>();
        Map<String, Long> grouped = new HashMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT okrug, tax_year, tax_month, kbk, knp, amount_tiyn, payments"
                    + " FROM tax_receipt_month")) {
                while (rs.next()) {
                    summary.put(rs.getString(1) + rs.getInt(2) + "-" + rs.getInt(3) + rs.getString(4) + rs.getString(5),
                            rs.getLong(6) * 1_000_000 + rs.getLong(7));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT okrug, EXTRACT(YEAR FROM pay_date), EXTRACT(MONTH FROM pay_date),"
                    + " kbk, knp, SUM(amount_tiyn), COUNT(*) FROM " + AllPayments.TABLE + " GROUP BY okrug, EXTRACT(YEAR FROM pay_date),"
                    + " EXTRACT(MONTH FROM pay_date), kbk, knp")) {
                while (rs.next()) {
                    grouped.put(rs.getString(1) + rs.getInt(2) + "-" + rs.getInt(3) + rs.getString(4) + rs.getString(5),
                            rs.getLong(6) * 1_000_000 + rs.getLong(7));
                }
            }
        }
        assertEquals(grouped, summary);
    }
}
