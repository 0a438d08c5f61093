package kz.aimaq.tax.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.CurrentAuditLog;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Dialect;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;
import kz.aimaq.storage.api.Migrations;
import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.api.Arrears;
import kz.aimaq.tax.api.Assessment;
import kz.aimaq.tax.api.DueAccount;
import kz.aimaq.tax.api.DueTotal;
import kz.aimaq.tax.api.Execution;
import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.InvalidInputException;
import kz.aimaq.tax.api.NotPermittedException;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.PaymentImportPreview;
import kz.aimaq.tax.api.PlanLine;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxObject;
import kz.aimaq.tax.api.TaxService;
import kz.aimaq.tax.api.Taxpayer;

/**
 * The tax ledger over the database: migrates its tables, assesses, imports payments all or
 * nothing with the monthly summaries kept current in the same transaction, and answers arrears
 * and execution. Access goes through {@link TaxAccess}; every write and refusal is audited.
 */
@Component(service = {TaxService.class, TaxFigures.class})
public final class TaxServiceImpl implements TaxService, TaxFigures {

    static final String OWNER = "tax";
    static final String MIGRATIONS = "db/tax";
    /** SQLSTATE of a duplicate key, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final TaxStore store;
    private final Units units;
    private final TaxAccess access;
    private final Clock clock;
    private final CurrentAuditLog audit;
    /** The rules in force: replaced as a whole when an administrator imports a newer table. */
    private volatile Assessor assessor;
    private volatile Ledger ledger;
    private volatile ReferenceTables tables;
    /**
     * The rows of previews not yet imported, by file hash and payment, so that the import neither
     * computes their keys again nor loses their file lines. A payment's fields are what its row key
     * hashes, so an equal payment is the same row.
     */
    private final Map<String, Previewed> previewRows = new ConcurrentHashMap<>();

    /** A preview's rows, and how many batches of recent payments had moved when it looked for stored rows. */
    private record Previewed(Map<Payment, TaxStore.StoredPayment> rows, long batchesMoved) {
    }

    private final Database database;
    /** On H2 imports write into the recent payments, which this moves on (see V5); null on PostgreSQL. */
    private final PaymentMover mover;

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile Logger logger;

    @Activate
    public TaxServiceImpl(@Reference Database database, @Reference UserContext user,
            @Reference ComponentServiceObjects<RegistryService> registry, BundleContext context) throws MigrationException {
        this(database, Migrations.fromBundle(context.getBundle(), MIGRATIONS), ReferenceTables.shipped(),
                new RegistryUnits(registry), user, new CurrentAuditLog(), Clock.systemDefaultZone());
    }

    TaxServiceImpl(Database database, List<Migration> migrations, ReferenceTables tables, Units units,
            UserContext user, CurrentAuditLog audit, Clock clock) throws MigrationException {
        database.migrate(OWNER, migrations);
        this.database = database;
        this.store = new TaxStore(database.dataSource());
        if (database.dialect() == Dialect.H2) {
            mover = new PaymentMover(store, database, message -> {
                Logger l = logger;
                if (l != null) {
                    l.warn(message);
                }
            });
            // what an earlier process left, once the start is over
            mover.moveAfter(MOVE_AFTER_START);
        } else {
            mover = null;
        }
        this.tables = tables;
        this.units = units;
        this.audit = audit;
        this.access = new TaxAccess(user, audit);
        this.clock = clock;
        ReferenceTables inForce = tables;
        try {
            for (Map.Entry<String, String> e : store.read(store::latestReferenceFiles).entrySet()) {
                List<InputProblem> problems = new ArrayList<>();
                List<ReferenceRow> rows = ReferenceTables.read(ReferenceTables.spec(e.getKey()),
                        new ByteArrayInputStream(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        e.getKey() + " (imported)", problems);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("the imported reference table is inconsistent: " + problems);
                }
                inForce = inForce.with(e.getKey(), rows);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the imported reference tables could not be read: " + e.getMessage(), e);
        }
        use(inForce);
    }

    /** After a start, the recent payments wait until the window and its views have what they need. */
    private static final Duration MOVE_AFTER_START = Duration.ofSeconds(30);
    /** After an import, a short wait: a user importing several files in a row goes first. */
    private static final Duration MOVE_AFTER_IMPORT = Duration.ofSeconds(3);

    @Deactivate
    void deactivate() {
        if (mover != null) {
            mover.close();
        }
    }

    @Override
    public int movePayments() throws IOException {
        if (mover == null) {
            return 0;
        }
        try {
            return mover.moveNow();
        } catch (SQLException e) {
            // the state and code only: H2's message quotes the key, and with it a taxpayer's IIN
            throw new IOException("the recent payments could not be moved (SQL state " + e.getSQLState() + ", error "
                    + e.getErrorCode() + "); they stay readable, and the next try moves them");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while moving the recent payments");
        }
    }

    private String paymentTable() {
        return mover != null ? TaxStore.RECENT_PAYMENTS : TaxStore.PAYMENTS;
    }

    private void use(ReferenceTables inForce) {
        tables = inForce;
        assessor = new Assessor(inForce);
        ledger = new Ledger(inForce);
    }

    /**
     * A service outside a framework, for tests and tools of other modules: migrates the tables and
     * uses the shipped reference tables.
     */
    public static TaxServiceImpl withoutFramework(Database database, Units units, UserContext user, AuditLog audit,
            Clock clock) throws MigrationException {
        CurrentAuditLog log = new CurrentAuditLog();
        log.use(audit);
        return new TaxServiceImpl(database, Migrations.fromClassLoader(TaxServiceImpl.class.getClassLoader(),
                MIGRATIONS), ReferenceTables.shipped(), units, user, log, clock);
    }

    /** Followed dynamically: the database's audit log arrives moments after the database itself. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog log) {
        audit.use(log);
    }

    void unsetAuditLog(AuditLog log) {
        audit.drop(log);
    }

    Units units() {
        return units;
    }

    TaxAccess access() {
        return access;
    }

    /** What is said about a bad input file, in the user's language. */
    private kz.aimaq.platform.api.l10n.Messages problemTexts() {
        return ProblemTexts.of(access.locale());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public List<ReferenceRow> referenceTable(String table) {
        return tables.rows(table);
    }

    @Override
    public kz.aimaq.tax.api.ReferencePreview previewReference(String table, Path file)
            throws InvalidInputException, IOException {
        String name = file.getFileName().toString();
        ReferenceTables.Spec spec;
        try {
            spec = ReferenceTables.spec(table);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InputProblem(name, 0, "-",
                    problemTexts().get("reference.unknownTable", table))));
        }
        byte[] bytes = Files.readAllBytes(file);
        List<InputProblem> problems = new ArrayList<>();
        List<ReferenceRow> rows = ReferenceTables.read(spec, new ByteArrayInputStream(bytes), name, access.locale(),
                problems);
        TaxCsv.refuseIfAny(problems);
        LocalDate today = today();
        int changed = 0;
        for (ReferenceRow old : tables.rows(table)) {
            Optional<ReferenceRow> same = rows.stream().filter(n -> n.key().equals(old.key())
                    && n.validFrom().equals(old.validFrom()) && n.values().equals(old.values())).findFirst();
            if (old.validFrom().isAfter(today)) {
                continue;
            }
            if (same.isEmpty()) {
                problems.add(new InputProblem(name, 0, "valid_from", problemTexts().get("reference.dropsRule",
                        old.key(), old.validFrom().toString())));
            } else if (!java.util.Objects.equals(same.get().validTo(), old.validTo())) {
                if (old.validTo() == null && !same.get().validTo().isBefore(today)) {
                    changed++;
                } else {
                    problems.add(new InputProblem(name, 0, "valid_to", same.get().validTo() == null
                            ? problemTexts().get("reference.reopens", old.key(), old.validFrom().toString(),
                                    old.validTo().toString())
                            : problemTexts().get("reference.movesEnd", old.key(), old.validFrom().toString(),
                                    same.get().validTo().toString())));
                }
            }
        }
        TaxCsv.refuseIfAny(problems);
        List<ReferenceRow> current = tables.rows(table);
        int added = (int) rows.stream().filter(n -> current.stream().noneMatch(o -> o.key().equals(n.key())
                && o.validFrom().equals(n.validFrom()) && o.values().equals(n.values()))).count();
        return new kz.aimaq.tax.api.ReferencePreview(table, name, PaymentFile.sha256(bytes), rows, added, changed);
    }

    @Override
    public void importReference(kz.aimaq.tax.api.ReferencePreview preview) throws NotPermittedException {
        access.requireAdmin("import the reference table " + preview.table());
        ReferenceTables.Spec spec = ReferenceTables.spec(preview.table());
        List<String> header = new ArrayList<>(spec.columns());
        header.addAll(ReferenceTables.VALIDITY);
        List<List<String>> lines = new ArrayList<>();
        for (ReferenceRow r : preview.rows()) {
            List<String> line = new ArrayList<>(r.values());
            line.add(r.validFrom().toString());
            line.add(r.validTo() == null ? "" : r.validTo().toString());
            line.add(r.source());
            line.add(r.confidence().name().substring(0, 1));
            lines.add(line);
        }
        java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
        try {
            TaxCsv.write(content, header, lines);
            int before = tables.rows(preview.table()).size();
            store.inTransaction(c -> {
                store.insertReferenceFile(c, preview.table(), preview.file(), preview.sha256(),
                        content.toString(java.nio.charset.StandardCharsets.UTF_8), access.userName());
                return null;
            });
            use(tables.with(preview.table(), preview.rows()));
            access.audit("tax.reference", preview.table(), before + " rows", preview.rows().size() + " rows from "
                    + preview.file() + " sha256 " + preview.sha256() + ": " + preview.added() + " added, "
                    + preview.changed() + " closed");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the reference table could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public IdCheck checkId(String number) {
        return IdNumbers.check(number, today(), problemTexts());
    }

    @Override
    public Optional<Assessment> assess(TaxObject object, int year) {
        long ownerTotal = 0;
        if (object.details() instanceof TaxObject.Property) {
            List<TaxObject> others = readOrFail(c -> store.propertyOfOwners(c, null, object.taxpayerId())).stream()
                    .filter(o -> !(o.okrug().equals(object.okrug()) && o.id().equals(object.id()))).toList();
            ownerTotal = propertyTotals(others, year).getOrDefault(object.taxpayerId(), 0L)
                    + ((TaxObject.Property) object.details()).baseTiyn();
        }
        return assessor.assess(object, year, ownerTotal).map(this::inUsersLanguage);
    }

    /** The total property base per owner of the objects held (some months) in the year. */
    private static Map<String, Long> propertyTotals(List<TaxObject> objects, int year) {
        Map<String, Long> totals = new HashMap<>();
        for (TaxObject o : objects) {
            if (o.details() instanceof TaxObject.Property p && Assessor.monthsOwned(o, year) > 0) {
                totals.merge(o.taxpayerId(), p.baseTiyn(), Long::sum);
            }
        }
        return totals;
    }

    /** The assessment with its stored computation written out in the user's language. */
    private Assessment inUsersLanguage(Assessment a) {
        return new Assessment(a.okrug(), a.objectId(), a.taxpayerId(), a.year(), a.kbk(), a.amountTiyn(), a.dueDate(),
                Computation.render(a.computation(), access.locale()), a.unverified());
    }

    @Override
    public int assessAndStore(String unit, int year) throws NotPermittedException {
        String prefix = Kato.prefix(unit);
        access.requireWrite(unit, "assess taxes");
        try {
            List<TaxObject> objects = store.read(c -> store.objectsUnder(c, prefix));
            for (String okrug : new TreeSet<>(objects.stream().map(TaxObject::okrug).toList())) {
                access.requireWrite(okrug, "assess taxes");
            }
            Map<String, Long> ownerTotals = propertyTotals(store.read(c -> store.propertyOfOwners(c, prefix, null)), year);
            List<Assessment> assessments = assessAll(objects, year, ownerTotals);
            store.inTransaction(c -> {
                store.replaceAssessments(c, prefix, year, assessments);
                rebuildArrearsSummary(c, prefix);
                return null;
            });
            long total = assessments.stream().mapToLong(Assessment::amountTiyn).sum();
            access.audit("tax.assess", unit, null, "year " + year + ": " + assessments.size() + " assessments, "
                    + Money.tenge(total) + " tenge");
            return assessments.size();
        } catch (SQLException e) {
            throw new IllegalStateException("the assessments could not be stored: " + e.getMessage(), e);
        }
    }

    private List<Assessment> assessAll(List<TaxObject> objects, int year, Map<String, Long> ownerTotals) {
        List<Assessment> assessments = new ArrayList<>();
        for (TaxObject o : objects) {
            assessor.assess(o, year, ownerTotals.getOrDefault(o.taxpayerId(), 0L)).ifPresent(assessments::add);
        }
        return assessments;
    }

    @Override
    public PaymentImportPreview previewPayments(Path file) throws InvalidInputException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String sha = PaymentFile.sha256(bytes);
        List<InputProblem> problems = new ArrayList<>();
        List<TaxStore.StoredPayment> rows = PaymentFile.read(bytes, name, tables, units,
                today(), access.locale(), problems);
        TaxCsv.refuseIfAny(problems);
        try {
            Optional<TaxStore.EarlierImport> earlier = store.read(c -> store.importOf(c, sha));
            if (earlier.isPresent()) {
                TaxStore.EarlierImport e = earlier.get();
                // said in the user's language, the time on the user's clock to the minute
                String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(e.at().atZone(clock.getZone()));
                throw new InvalidInputException(List.of(new InputProblem(name, 0, "-",
                        problemTexts().get("file.importedBefore", e.file(), e.user(), at))));
            }
            // counted before the look-up: a batch moving during it shows as a changed count at the import
            long batchesMoved = mover != null ? store.read(store::batchesMoved) : 0;
            Predicate<TaxStore.StoredPayment> stored = store.read(c -> store.storedAmong(c, rows));
            Set<String> seen = new HashSet<>();
            List<Payment> payments = new ArrayList<>();
            List<Long> duplicates = new ArrayList<>();
            Map<String, Long> totals = new TreeMap<>();
            Map<Payment, TaxStore.StoredPayment> fresh = new HashMap<>();
            for (TaxStore.StoredPayment r : rows) {
                if (stored.test(r) || !seen.add(r.rowKey())) {
                    duplicates.add(r.line());
                    continue;
                }
                payments.add(r.payment());
                fresh.put(r.payment(), r);
                totals.merge(r.payment().kbk(), r.payment().amountTiyn(), Long::sum);
            }
            if (payments.isEmpty() && !duplicates.isEmpty()) {
                // said, not shown as "0 imported": another file of the same payments (a bank's resend)
                throw new InvalidInputException(List.of(new InputProblem(name, duplicates.get(0), "-",
                        problemTexts().get("file.allImportedBefore", duplicates.size(), String.valueOf(duplicates.get(0))))));
            }
            previewRows.put(sha, new Previewed(fresh, batchesMoved));
            return new PaymentImportPreview(name, sha, payments, duplicates, totals);
        } catch (SQLException e) {
            throw new IllegalStateException("the payments could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public int importPayments(PaymentImportPreview preview) throws InvalidInputException, NotPermittedException {
        Set<String> okrugs = new TreeSet<>();
        for (Payment p : preview.payments()) {
            okrugs.add(p.okrug());
        }
        for (String okrug : okrugs) {
            access.requireWrite(okrug, "import payments of file " + preview.file());
        }
        // a preview of another service (or process) is checked again in full: its count is unknown
        Previewed previewed = previewRows.getOrDefault(preview.sha256(), new Previewed(Map.of(), -1));
        List<TaxStore.StoredPayment> rows = new ArrayList<>();
        for (Payment p : preview.payments()) {
            TaxStore.StoredPayment row = previewed.rows().get(p);
            rows.add(row != null ? row : new TaxStore.StoredPayment(p, PaymentFile.rowKey(p), 0L));
        }
        try {
            Map<String, long[]> written;
            try {
                // the preview found which rows were stored before: looking again costs a read per
                // payer, so the insert's own key check says whether another import came in between
                written = writeImport(preview, rows, okrugs, previewed.batchesMoved());
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                written = writeImport(preview, rows, okrugs, -1);
            }
            if (mover != null) {
                mover.moveAfter(MOVE_AFTER_IMPORT);
            }
            if (written == null) {
                throw new InvalidInputException(List.of(new InputProblem(preview.file(), 0, "-",
                        problemTexts().get("file.importedMeanwhile"))));
            }
            previewRows.remove(preview.sha256());
            // one entry per okrug: the audit is read per unit, and a file's okrug list would not fit one target
            int total = 0;
            for (Map.Entry<String, long[]> e : written.entrySet()) {
                long[] sum = e.getValue();
                access.audit("tax.import-payments", e.getKey(), null, preview.file() + " sha256 " + preview.sha256()
                        + ": " + sum[0] + " payments, " + Money.tenge(sum[1]) + " tenge (of " + preview.payments().size()
                        + " in the file, " + written.size() + " okrugs), " + preview.duplicateLines().size()
                        + " duplicate lines skipped");
                total += (int) sum[0];
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("the payments could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * A previewed file's payments in one transaction; null if the file itself was imported meanwhile.
     * The rows are looked up again when recent payments moved since the preview ({@code batchesMoved}
     * differs; -1: always): a row stored meanwhile may then be in either table. Otherwise a row stored
     * meanwhile is in the table this import writes to, whose key refuses it (the caller then comes
     * back with -1).
     */
    private Map<String, long[]> writeImport(PaymentImportPreview preview, List<TaxStore.StoredPayment> rows,
            Set<String> okrugs, long batchesMoved) throws SQLException {
        return store.inTransaction(c -> {
            boolean lookAgain = batchesMoved < 0;
            if (mover != null) {
                database.lock(c, PaymentMover.LOCK);
                lookAgain |= store.batchesMoved(c) != batchesMoved;
            }
            if (store.importOf(c, preview.sha256()).isPresent()) {
                return null;
            }
            List<TaxStore.StoredPayment> fresh = rows;
            if (lookAgain) {
                fresh = rows.stream().filter(store.storedAmong(c, rows).negate()).toList();
            }
            return writePayments(c, fresh, preview.sha256(), preview.file(), okrugs);
        });
    }

    /**
     * Writes payments not stored before, the import record per okrug and the summary increments in
     * the caller's transaction.
     *
     * @return per okrug of the file, the payments written and their sum in tiyn
     */
    Map<String, long[]> writePayments(Connection c, List<TaxStore.StoredPayment> fresh, String sha, String file,
            Set<String> okrugs) throws SQLException {
        List<ArrearsSummary.Row> arrearsChange = arrearsChange(c, fresh.stream().map(TaxStore.StoredPayment::payment).toList());
        store.insertPayments(c, paymentTable(), fresh, sha);
        store.addToArrearsDue(c, arrearsChange);
        store.addToSummary(c, summarise(fresh));
        Map<String, long[]> byOkrug = new LinkedHashMap<>();
        for (String okrug : okrugs) {
            byOkrug.put(okrug, new long[2]);
        }
        for (TaxStore.StoredPayment r : fresh) {
            long[] sum = byOkrug.computeIfAbsent(r.payment().okrug(), k -> new long[2]);
            sum[0]++;
            sum[1] += r.payment().amountTiyn();
        }
        store.insertImport(c, byOkrug, sha, file, access.userName());
        return byOkrug;
    }

    /**
     * How the arrears summary changes with these payments: for every account they touch that has
     * assessments (payments of others only build up credit, which the next assessment's rebuild
     * counts), its rows before taken away and after added.
     */
    private List<ArrearsSummary.Row> arrearsChange(Connection c, List<Payment> fresh) throws SQLException {
        Map<String, Map<String, List<Payment>>> byOkrugAndPayer = new TreeMap<>();
        for (Payment p : fresh) {
            byOkrugAndPayer.computeIfAbsent(p.okrug(), k -> new HashMap<>())
                    .computeIfAbsent(p.payerId(), k -> new ArrayList<>()).add(p);
        }
        Map<List<Object>, ArrearsSummary.Row> change = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<Payment>>> e : byOkrugAndPayer.entrySet()) {
            String okrug = e.getKey();
            // only the touched payers' liabilities are read: the okrug's other accounts do not change
            List<TaxStore.AccountLiability> liabilities = store.liabilitiesOf(c, okrug,
                    new ArrayList<>(e.getValue().keySet()));
            if (liabilities.isEmpty()) {
                continue;
            }
            List<String> payers = liabilities.stream().map(TaxStore.AccountLiability::taxpayerId).distinct().toList();
            List<Payment> before = store.paymentsOf(c, okrug, payers);
            List<Payment> after = new ArrayList<>(before);
            // an account without assessments contributes nothing, so its payments may come along
            payers.forEach(payer -> after.addAll(e.getValue().get(payer)));
            for (ArrearsSummary.Row r : contributions(okrug, liabilities, before)) {
                ArrearsSummary.add(change, r.negated());
            }
            for (ArrearsSummary.Row r : contributions(okrug, liabilities, after)) {
                ArrearsSummary.add(change, r);
            }
        }
        return change.values().stream().filter(r -> !r.isZero()).toList();
    }

    /** The arrears summary rows of one okrug's accounts (merged by key). */
    private List<ArrearsSummary.Row> contributions(String okrug, List<TaxStore.AccountLiability> owed,
            List<Payment> payments) {
        Map<String, List<Ledger.Liability>> liabilities = new TreeMap<>();
        for (TaxStore.AccountLiability l : owed) {
            liabilities.computeIfAbsent(l.taxpayerId() + "|" + l.kbk(), k -> new ArrayList<>()).add(l.liability());
        }
        Map<String, List<Payment>> paid = new HashMap<>();
        for (Payment p : payments) {
            paid.computeIfAbsent(p.payerId() + "|" + p.kbk(), k -> new ArrayList<>()).add(p);
        }
        Map<List<Object>, ArrearsSummary.Row> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<Ledger.Liability>> e : liabilities.entrySet()) {
            String kbk = e.getKey().substring(e.getKey().indexOf('|') + 1);
            for (ArrearsSummary.Row r : ArrearsSummary.contribution(ledger, okrug, kbk, e.getValue(),
                    paid.getOrDefault(e.getKey(), List.of()))) {
                ArrearsSummary.add(rows, r);
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static Ledger.Liability liability(Assessment a) {
        return new Ledger.Liability(Ledger.Liability.refOf(a.year(), a.objectId()), a.amountTiyn(), a.dueDate());
    }

    private static List<TaxStore.AccountLiability> liabilities(List<Assessment> assessments) {
        return assessments.stream().map(a -> new TaxStore.AccountLiability(a.taxpayerId(), a.kbk(), liability(a))).toList();
    }

    /** Recomputes the arrears summary of the okrugs under a prefix from their assessments and payments. */
    void rebuildArrearsSummary(Connection c, String prefix) throws SQLException {
        store.deleteArrearsDue(c, prefix);
        Map<String, List<Assessment>> assessments = new TreeMap<>();
        for (Assessment a : store.assessments(c, prefix, null)) {
            assessments.computeIfAbsent(a.okrug(), k -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<String, List<Assessment>> e : assessments.entrySet()) {
            store.addToArrearsDue(c, contributions(e.getKey(), liabilities(e.getValue()),
                    store.payments(c, e.getKey(), null)));
        }
    }

    /** The receipts of these payments summed per summary row, in the summary's key order (see insertPayments). */
    static List<TaxStore.MonthReceipt> summarise(List<TaxStore.StoredPayment> rows) {
        Map<String, TaxStore.MonthReceipt> sums = new HashMap<>();
        for (TaxStore.StoredPayment r : rows) {
            Payment p = r.payment();
            TaxStore.MonthReceipt one = new TaxStore.MonthReceipt(p.okrug(), p.date().getYear(), p.date().getMonthValue(),
                    p.kbk(), p.knp(), p.amountTiyn(), 1);
            sums.merge(p.okrug() + p.date().getYear() + p.date().getMonthValue() + "|" + p.kbk() + p.knp(), one,
                    (a, b) -> new TaxStore.MonthReceipt(a.okrug(), a.year(), a.month(), a.kbk(), a.knp(),
                            a.amountTiyn() + b.amountTiyn(), a.payments() + b.payments()));
        }
        List<TaxStore.MonthReceipt> receipts = new ArrayList<>(sums.values());
        receipts.sort(Comparator.comparing(TaxStore.MonthReceipt::okrug).thenComparingInt(TaxStore.MonthReceipt::year)
                .thenComparingInt(TaxStore.MonthReceipt::month).thenComparing(TaxStore.MonthReceipt::kbk)
                .thenComparing(TaxStore.MonthReceipt::knp));
        return receipts;
    }

    @Override
    public List<Arrears> arrears(String unit, LocalDate asOf) throws NotPermittedException {
        String prefix = Kato.prefix(unit);
        try {
            List<String> okrugs = store.read(c -> store.okrugsUnder(c, prefix));
            for (String okrug : okrugs) {
                access.requirePersonalData(okrug, "see the arrears of taxpayers");
            }
            List<Arrears> result = new ArrayList<>();
            for (String okrug : okrugs) {
                result.addAll(arrearsOf(okrug, asOf));
            }
            result.sort(Comparator.comparingLong(Arrears::totalTiyn).reversed().thenComparing(Arrears::taxpayerId));
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("the arrears could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<AgeBucket, Long> arrearsByAge(String unit, LocalDate asOf) {
        Map<AgeBucket, Long> byAge = new java.util.EnumMap<>(AgeBucket.class);
        for (OkrugArrears a : arrearsByOkrug(unit, asOf)) {
            byAge.merge(a.bucket(), a.principalTiyn() + a.penaltyTiyn(), Long::sum);
        }
        return byAge;
    }

    @Override
    public List<DueAccount> dueAccounts(String unit, LocalDate asOf) throws NotPermittedException {
        List<String> okrugs = readOrFail(c -> store.okrugsUnder(c, Kato.prefix(unit)));
        for (String okrug : okrugs) {
            access.requirePersonalData(okrug, "see who owes tax of each due date");
        }
        List<DueAccount> result = new ArrayList<>();
        for (String okrug : okrugs) {
            Map<String, List<Ledger.Liability>> liabilities = new TreeMap<>();
            for (Assessment a : readOrFail(c -> store.assessments(c, okrug, null))) {
                liabilities.computeIfAbsent(a.taxpayerId() + "|" + a.kbk(), k -> new ArrayList<>()).add(liability(a));
            }
            Map<String, List<Payment>> paid = new HashMap<>();
            for (Payment p : readOrFail(c -> store.payments(c, okrug, null))) {
                paid.computeIfAbsent(p.payerId() + "|" + p.kbk(), k -> new ArrayList<>()).add(p);
            }
            for (Map.Entry<String, List<Ledger.Liability>> e : liabilities.entrySet()) {
                String[] k = e.getKey().split("\\|");
                Map<LocalDate, long[]> unpaid = new TreeMap<>();
                Map<LocalDate, BigDecimal> penalty = new HashMap<>();
                for (Ledger.Open o : ledger.settle(e.getValue(), paid.getOrDefault(e.getKey(), List.of()), asOf).open()) {
                    if (o.remainingTiyn() == 0) {
                        continue;
                    }
                    LocalDate due = o.liability().due();
                    unpaid.computeIfAbsent(due, d -> new long[1])[0] += o.remainingTiyn();
                    BigDecimal accrued = o.accruedTiyn();
                    if (!o.accruingFrom().isAfter(asOf)) {
                        accrued = accrued.add(ledger.accrual(o.remainingTiyn(), o.accruingFrom(), asOf));
                    }
                    penalty.merge(due, accrued, BigDecimal::add);
                }
                unpaid.forEach((due, sum) -> result.add(new DueAccount(okrug, k[0], k[1], due, sum[0],
                        Money.tiyn(penalty.get(due).movePointLeft(2)))));
            }
        }
        result.sort(Comparator.comparing(DueAccount::dueDate).thenComparing(Comparator.comparingLong(
                DueAccount::unpaidTiyn).reversed()).thenComparing(DueAccount::okrug).thenComparing(DueAccount::taxpayerId));
        access.audit("tax.view-due", unit, null, result.size() + " accounts owing tax per due date as of " + asOf);
        return result;
    }

    @Override
    public List<DueTotal> dueTotals(String unit) {
        Map<List<Object>, long[]> sums = new TreeMap<>(Comparator.comparing((List<Object> k) -> (LocalDate) k.get(1))
                .thenComparing(k -> (String) k.get(0)));
        for (ArrearsSummary.Row r : readOrFail(c -> store.arrearsDue(c, Kato.prefix(unit)))) {
            if (r.unpaidTiyn() > 0) {
                long[] sum = sums.computeIfAbsent(List.of(r.kbk(), r.due()), k -> new long[2]);
                sum[0] += r.dueAccounts();
                sum[1] += r.unpaidTiyn();
            }
        }
        List<DueTotal> totals = new ArrayList<>();
        sums.forEach((k, sum) -> totals.add(new DueTotal((String) k.get(0), (LocalDate) k.get(1), sum[0], sum[1])));
        return totals;
    }

    @Override
    public boolean hasSyntheticData(String unit) {
        return readOrFail(c -> store.hasImport(c, Kato.prefix(unit), SyntheticData.SOURCE));
    }

    /** The arrears of one okrug's taxpayers, from its assessments and payments. */
    private List<Arrears> arrearsOf(String okrug, LocalDate asOf) {
        List<Assessment> assessments = readOrFail(c -> store.assessments(c, okrug, null));
        List<Payment> payments = readOrFail(c -> store.payments(c, okrug, null));
        return arrearsOf(okrug, assessments, payments, asOf);
    }

    private List<Arrears> arrearsOf(String okrug, List<Assessment> assessments, List<Payment> payments, LocalDate asOf) {
        Map<String, List<Ledger.Liability>> liabilities = new TreeMap<>();
        for (Assessment a : assessments) {
            liabilities.computeIfAbsent(a.taxpayerId() + "|" + a.kbk(), k -> new ArrayList<>())
                    .add(liability(a));
        }
        Map<String, List<Payment>> paid = new HashMap<>();
        for (Payment p : payments) {
            paid.computeIfAbsent(p.payerId() + "|" + p.kbk(), k -> new ArrayList<>()).add(p);
            liabilities.computeIfAbsent(p.payerId() + "|" + p.kbk(), k -> new ArrayList<>());
        }
        List<Arrears> result = new ArrayList<>();
        for (Map.Entry<String, List<Ledger.Liability>> e : liabilities.entrySet()) {
            Ledger.State s = ledger.asOf(e.getValue(), paid.getOrDefault(e.getKey(), List.of()), asOf);
            if (s.overdueTiyn() > 0 || s.penaltyTiyn() > 0) {
                String[] k = e.getKey().split("\\|");
                LocalDate agedFrom = s.agedFrom();
                long days = agedFrom == null ? 0 : asOf.toEpochDay() - agedFrom.toEpochDay();
                result.add(new Arrears(okrug, k[0], k[1], s.overdueTiyn(), s.penaltyTiyn(), agedFrom, days,
                        days > 0 ? AgeBucket.of(days) : null, s.creditTiyn()));
            }
        }
        return result;
    }

    @Override
    public void exportArrears(String unit, LocalDate asOf, java.util.Locale locale, java.io.OutputStream out)
            throws NotPermittedException, IOException {
        List<Arrears> arrears = arrears(unit, asOf);
        java.util.Set<String> synthetic = readOrFail(c -> store.syntheticTaxpayers(c, Kato.prefix(unit)));
        TaxCommand.writeArrears(arrears, synthetic, kz.aimaq.platform.api.l10n.Messages.of(TaxServiceImpl.class, locale),
                out);
        access.audit("tax.export-arrears", unit, null, arrears.size() + " lines as of " + asOf + ", IINs masked");
    }

    @Override
    public List<Execution> execution(String unit, int year, LocalDate asOf) {
        String prefix = Kato.prefix(unit);
        int monthsSoFar = TaxFigures.monthsCounted(year, asOf);
        try {
            List<TaxStore.MonthReceipt> receipts = store.read(c -> store.receipts(c, prefix, year));
            List<PlanLine> plan = store.read(c -> store.latestPlan(c, prefix, year));
            Map<String, long[]> monthly = new TreeMap<>();
            Map<String, Long> planned = new TreeMap<>();
            for (PlanLine line : plan) {
                planned.merge(line.kbk(), line.amountTiyn(), Long::sum);
                monthly.computeIfAbsent(line.kbk(), k -> new long[12]);
            }
            for (TaxStore.MonthReceipt r : receipts) {
                if (r.month() <= monthsSoFar) {
                    monthly.computeIfAbsent(r.kbk(), k -> new long[12])[r.month() - 1] += r.amountTiyn();
                }
            }
            List<Execution> result = new ArrayList<>();
            for (Map.Entry<String, long[]> e : monthly.entrySet()) {
                long actual = 0;
                List<Long> months = new ArrayList<>();
                for (long m : e.getValue()) {
                    actual += m;
                    months.add(m);
                }
                long planTiyn = planned.getOrDefault(e.getKey(), 0L);
                BigDecimal percent = planTiyn == 0 ? null : BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(planTiyn), 1, RoundingMode.HALF_UP);
                long forecast = monthsSoFar == 0 ? 0 : BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(12))
                        .divide(BigDecimal.valueOf(monthsSoFar), 0, RoundingMode.HALF_UP).longValueExact();
                result.add(new Execution(unit, year, e.getKey(), planTiyn, actual, months, percent, forecast));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("the execution could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<OkrugReceipt> receiptsByOkrug(String unit, int year, LocalDate asOf) {
        int monthsSoFar = TaxFigures.monthsCounted(year, asOf);
        List<OkrugReceipt> result = new ArrayList<>();
        for (TaxStore.MonthReceipt r : readOrFail(c -> store.receiptsByOkrug(c, Kato.prefix(unit), year))) {
            if (r.month() <= monthsSoFar) {
                result.add(new OkrugReceipt(r.okrug(), r.kbk(), r.month(), r.amountTiyn()));
            }
        }
        return result;
    }

    @Override
    public Map<String, Map<String, Long>> planByOkrug(String unit, int year) {
        Map<String, Map<String, Long>> plan = new TreeMap<>();
        for (PlanLine line : plan(unit, year)) {
            plan.computeIfAbsent(line.okrug(), k -> new TreeMap<>()).merge(line.kbk(), line.amountTiyn(), Long::sum);
        }
        return plan;
    }

    /**
     * From the arrears summary for today and later days (every payment imported is dated no later
     * than the day it was imported); for a day in the past from the ledger, which knows what had
     * been paid by then.
     */
    @Override
    public List<OkrugArrears> arrearsByOkrug(String unit, LocalDate asOf) {
        if (asOf.isBefore(today())) {
            return arrearsByOkrugFromLedger(unit, asOf);
        }
        List<OkrugArrears> result = new ArrayList<>();
        ArrearsSummary.asOf(ledger, readOrFail(c -> store.arrearsDue(c, Kato.prefix(unit))), asOf).forEach(
                (okrug, byAge) -> byAge.forEach((bucket, a) -> result.add(new OkrugArrears(okrug, bucket,
                        a.principalTiyn(), a.penaltyTiyn(), a.accounts()))));
        return result;
    }

    /** The same figures summed from every account's ledger. */
    List<OkrugArrears> arrearsByOkrugFromLedger(String unit, LocalDate asOf) {
        List<OkrugArrears> result = new ArrayList<>();
        for (String okrug : readOrFail(c -> store.okrugsUnder(c, Kato.prefix(unit)))) {
            Map<AgeBucket, long[]> byAge = new java.util.EnumMap<>(AgeBucket.class);
            for (Arrears a : arrearsOf(okrug, asOf)) {
                if (a.bucket() != null) {
                    long[] sums = byAge.computeIfAbsent(a.bucket(), k -> new long[3]);
                    sums[0] += a.principalTiyn();
                    sums[1] += a.penaltyTiyn();
                    sums[2]++;
                }
            }
            byAge.forEach((bucket, sums) -> result.add(new OkrugArrears(okrug, bucket, sums[0], sums[1], sums[2])));
        }
        return result;
    }

    @Override
    public Provenance provenance(String unit) {
        String prefix = Kato.prefix(unit);
        return new Provenance(readOrFail(c -> store.lastImported(c, "tax_import", prefix)),
                readOrFail(c -> store.lastImported(c, "tax_plan", prefix)), hasSyntheticData(unit));
    }

    /** Receipts and plan per okrug under a unit for a year: okrug → {actual tiyn, plan tiyn}. */
    Map<String, long[]> collectionByOkrug(String unit, int year) {
        Map<String, long[]> into = new HashMap<>();
        try {
            store.read(c -> {
                store.collectionByOkrug(c, Kato.prefix(unit), year, into);
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the collection could not be read: " + e.getMessage(), e);
        }
        return into;
    }

    @Override
    public int importPlan(Path file) throws InvalidInputException, NotPermittedException, IOException {
        String name = file.getFileName().toString();
        List<InputProblem> problems = new ArrayList<>();
        List<PlanLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (var in = Files.newInputStream(file)) {
            for (TaxCsv.Row row : TaxCsv.read(in, name, List.of("kato", "year", "kbk", "amount", "decision"),
                    access.locale(), problems)) {
                int before = problems.size();
                String kato = row.required("kato");
                if (kato != null && !units.isBudgetUnit(kato)) {
                    row.problem("kato", "kato.notBudgetUnit", kato);
                }
                int year = 0;
                try {
                    year = Integer.parseInt(row.text("year"));
                } catch (NumberFormatException e) {
                    row.problem("year", "year.invalid", row.text("year"));
                }
                String kbk = row.required("kbk");
                if (kbk != null && tables.rows("kbk").stream().noneMatch(r -> r.values().get(0).equals(kbk))) {
                    row.problem("kbk", "kbk.unknown", kbk);
                }
                long amount = 0;
                try {
                    amount = Money.parseTenge(row.text("amount"));
                    if (amount < 0) {
                        row.problem("amount", "amount.negative");
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    row.problem("amount", "amount.invalid", row.text("amount"));
                }
                String decision = row.required("decision");
                if (problems.size() == before && !seen.add(kato + "|" + year + "|" + kbk)) {
                    row.problem("kbk", "plan.twice", kbk, kato, year);
                }
                if (problems.size() == before) {
                    lines.add(new PlanLine(kato, year, kbk, 0, amount, decision));
                }
            }
        }
        TaxCsv.refuseIfAny(problems);
        for (String okrug : new TreeSet<>(lines.stream().map(PlanLine::okrug).toList())) {
            access.requireWrite(okrug, "import the budget plan");
        }
        try {
            List<PlanLine> versioned = store.inTransaction(c -> {
                Map<String, Integer> versions = new HashMap<>();
                List<PlanLine> out = new ArrayList<>();
                for (PlanLine l : lines) {
                    int v = versions.computeIfAbsent(l.okrug() + "|" + l.year(), k -> {
                        try {
                            return store.nextPlanVersion(c, l.okrug(), l.year());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    });
                    out.add(new PlanLine(l.okrug(), l.year(), l.kbk(), v, l.amountTiyn(), l.decision()));
                }
                store.insertPlan(c, out, access.userName());
                return out;
            });
            for (PlanLine l : versioned) {
                access.audit("tax.plan", l.okrug(), null, l.year() + " " + l.kbk() + " v" + l.version() + " "
                        + Money.tenge(l.amountTiyn()) + " tenge (" + l.decision() + ")");
            }
            return versioned.size();
        } catch (SQLException e) {
            throw new IllegalStateException("the plan could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public List<PlanLine> plan(String unit, int year) {
        try {
            return store.read(c -> store.latestPlan(c, Kato.prefix(unit), year));
        } catch (SQLException e) {
            throw new IllegalStateException("the plan could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Taxpayer> taxpayers(String okrug) throws NotPermittedException {
        access.requirePersonalData(okrug, "see taxpayers");
        return readOrFail(c -> store.taxpayers(c, okrug));
    }

    @Override
    public List<TaxObject> objects(String okrug, String taxpayerId) throws NotPermittedException {
        access.requirePersonalData(okrug, "see a taxpayer's objects");
        return readOrFail(c -> store.objectsOf(c, okrug, taxpayerId));
    }

    @Override
    public List<Assessment> assessments(String okrug, String taxpayerId) throws NotPermittedException {
        access.requirePersonalData(okrug, "see a taxpayer's assessments");
        return readOrFail(c -> store.assessments(c, okrug, taxpayerId)).stream().map(this::inUsersLanguage).toList();
    }

    @Override
    public List<Payment> payments(String okrug, String taxpayerId) throws NotPermittedException {
        access.requirePersonalData(okrug, "see a taxpayer's payments");
        return readOrFail(c -> store.payments(c, okrug, taxpayerId));
    }

    private <T> T readOrFail(TaxStore.Work<T> work) {
        try {
            return store.read(work);
        } catch (SQLException e) {
            throw new IllegalStateException("the tax tables could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public int generateDemo(String unit, int year) throws NotPermittedException {
        access.requireWrite(unit, "generate synthetic demo data");
        List<String> okrugs = units.budgetUnitsUnder(unit);
        for (String okrug : okrugs) {
            access.requireWrite(okrug, "generate synthetic demo data");
        }
        try {
            Set<String> done = new HashSet<>(store.read(c -> store.okrugsUnder(c, Kato.prefix(unit))));
            int generated = 0;
            for (String okrug : okrugs) {
                if (done.contains(okrug)) {
                    continue;
                }
                // named in the language of whoever asked for the demonstration, like the rest of what they see
                SyntheticData.Okrug data = SyntheticData.generate(okrug, year, today(), assessor,
                        SyntheticData.names(access.locale()));
                store.inTransaction(c -> {
                    if (mover != null) {
                        // its payments go into the recent payments like an import's, so a batch does not move meanwhile
                        database.lock(c, PaymentMover.LOCK);
                    }
                    store.insertTaxpayers(c, data.taxpayers());
                    store.insertObjects(c, data.objects(), true);
                    for (int y : new int[] {year - 1, year}) {
                        store.replaceAssessments(c, okrug, y, data.assessments().stream()
                                .filter(a -> a.year() == y).toList());
                    }
                    rebuildArrearsSummary(c, okrug);
                    writePayments(c, data.payments(), SyntheticData.SOURCE + "-" + okrug, SyntheticData.SOURCE,
                            Set.of(okrug));
                    store.insertPlan(c, data.plan(), access.userName());
                    return null;
                });
                generated++;
            }
            if (mover != null) {
                mover.moveAfter(MOVE_AFTER_IMPORT);
            }
            access.audit("tax.demo", unit, null, "synthetic demo data for " + generated + " okrugs, year " + year);
            return generated;
        } catch (SQLException e) {
            throw new IllegalStateException("the demo data could not be written: " + e.getMessage(), e);
        }
    }
}
