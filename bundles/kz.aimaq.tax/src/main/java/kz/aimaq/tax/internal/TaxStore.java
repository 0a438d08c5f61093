package kz.aimaq.tax.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

import kz.aimaq.tax.api.Assessment;
import kz.aimaq.tax.api.IdKind;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.PlanLine;
import kz.aimaq.tax.api.TaxObject;
import kz.aimaq.tax.api.Taxpayer;
import kz.aimaq.tax.api.VehicleClass;

/** The tax tables over JDBC, in SQL that H2 and PostgreSQL both accept. */
final class TaxStore {

    /** A payment as stored: its row key recognises the row when it comes again. */
    record StoredPayment(Payment payment, String rowKey, long line) {
    }

    /** Receipts of one month: the summary table's row. */
    record MonthReceipt(String okrug, int year, int month, String kbk, String knp, long amountTiyn, long payments) {
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int BATCH = 2_000;

    /** The payments; on H2 an import writes into {@link #RECENT_PAYMENTS} and the mover carries them here. */
    static final String PAYMENTS = "tax_payment";
    /** Payments imported and not yet moved into {@link #PAYMENTS}: every read of payments takes both. */
    static final String RECENT_PAYMENTS = "tax_payment_recent";

    private final DataSource dataSource;

    TaxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    <T> T read(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }

    static String like(String prefix) {
        return prefix + "%";
    }

    void insertTaxpayers(Connection c, List<Taxpayer> taxpayers) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO tax_taxpayer (okrug, taxpayer_id, id_kind, name, synthetic) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Taxpayer t : taxpayers) {
                s.setString(1, t.okrug());
                s.setString(2, t.id());
                s.setString(3, t.kind().name());
                s.setString(4, t.name());
                s.setBoolean(5, t.synthetic());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    void insertObjects(Connection c, List<TaxObject> objects, boolean synthetic) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tax_object (okrug, object_id, taxpayer_id, tax_kind,"
                + " property_base_tiyn, land_category, land_area_m2, vehicle_class, vehicle_measure, vehicle_year_built,"
                + " vehicle_imported_on, owned_from, owned_to, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (TaxObject o : objects) {
                s.setString(1, o.okrug());
                s.setString(2, o.id());
                s.setString(3, o.taxpayerId());
                s.setString(4, o.details().kind().name());
                for (int i = 5; i <= 11; i++) {
                    s.setNull(i, i == 5 || i == 7 ? Types.BIGINT : i == 9 || i == 10 ? Types.INTEGER
                            : i == 11 ? Types.DATE : Types.VARCHAR);
                }
                if (o.details() instanceof TaxObject.Property p) {
                    s.setLong(5, p.baseTiyn());
                } else if (o.details() instanceof TaxObject.Land l) {
                    s.setString(6, l.category());
                    s.setLong(7, l.areaM2());
                } else if (o.details() instanceof TaxObject.Vehicle v) {
                    s.setString(8, v.vehicleClass().name());
                    s.setInt(9, v.measure());
                    s.setInt(10, v.yearBuilt());
                    s.setDate(11, v.importedOn() == null ? null : Date.valueOf(v.importedOn()));
                }
                s.setDate(12, Date.valueOf(o.ownedFrom()));
                s.setDate(13, o.ownedTo() == null ? null : Date.valueOf(o.ownedTo()));
                s.setBoolean(14, synthetic);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static final String OBJECT_COLUMNS = "okrug, object_id, taxpayer_id, tax_kind, property_base_tiyn,"
            + " land_category, land_area_m2, vehicle_class, vehicle_measure, vehicle_year_built, vehicle_imported_on,"
            + " owned_from, owned_to";

    List<TaxObject> objectsUnder(Connection c, String prefix) throws SQLException {
        return objects(c, "SELECT " + OBJECT_COLUMNS + " FROM tax_object WHERE okrug LIKE ? ORDER BY okrug, object_id",
                like(prefix));
    }

    /**
     * Every property object, in any okrug, of the taxpayers who own property under the prefix (or of
     * one taxpayer): the 2026 Code taxes an owner above a threshold on the total of them.
     */
    List<TaxObject> propertyOfOwners(Connection c, String prefix, String taxpayerId) throws SQLException {
        String owners = taxpayerId != null ? "?"
                : "SELECT taxpayer_id FROM tax_object WHERE okrug LIKE ? AND tax_kind = 'PROPERTY'";
        return objects(c, "SELECT " + OBJECT_COLUMNS + " FROM tax_object WHERE tax_kind = 'PROPERTY' AND taxpayer_id IN ("
                + owners + ") ORDER BY okrug, object_id", taxpayerId != null ? taxpayerId : like(prefix));
    }

    List<TaxObject> objectsOf(Connection c, String okrug, String taxpayerId) throws SQLException {
        return objects(c, "SELECT " + OBJECT_COLUMNS + " FROM tax_object WHERE okrug = ? AND taxpayer_id = ?"
                + " ORDER BY object_id", okrug, taxpayerId);
    }

    private static List<TaxObject> objects(Connection c, String sql, String... parameters) throws SQLException {
        List<TaxObject> objects = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    TaxObject.Details details = switch (rs.getString(4)) {
                        case "PROPERTY" -> new TaxObject.Property(rs.getLong(5));
                        case "LAND" -> new TaxObject.Land(rs.getString(6), rs.getLong(7));
                        default -> new TaxObject.Vehicle(VehicleClass.valueOf(rs.getString(8)), rs.getInt(9),
                                rs.getInt(10), day(rs.getDate(11)));
                    };
                    objects.add(new TaxObject(rs.getString(1), rs.getString(2), rs.getString(3), details,
                            day(rs.getDate(12)), day(rs.getDate(13))));
                }
            }
        }
        return objects;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    List<Taxpayer> taxpayers(Connection c, String okrug) throws SQLException {
        List<Taxpayer> taxpayers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT okrug, taxpayer_id, id_kind, name, synthetic"
                + " FROM tax_taxpayer WHERE okrug = ? ORDER BY name, taxpayer_id")) {
            s.setString(1, okrug);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taxpayers.add(new Taxpayer(rs.getString(1), rs.getString(2), IdKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        return taxpayers;
    }

    /** The okrugs under a prefix that have any taxpayer. */
    List<String> okrugsUnder(Connection c, String prefix) throws SQLException {
        List<String> okrugs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT okrug FROM tax_taxpayer WHERE okrug LIKE ? ORDER BY okrug")) {
            s.setString(1, like(prefix));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    okrugs.add(rs.getString(1));
                }
            }
        }
        return okrugs;
    }

    void replaceAssessments(Connection c, String prefix, int year, List<Assessment> assessments) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tax_assessment WHERE okrug LIKE ? AND tax_year = ?")) {
            s.setString(1, like(prefix));
            s.setInt(2, year);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tax_assessment (okrug, object_id, tax_year,"
                + " taxpayer_id, kbk, amount_tiyn, due_date, computation, unverified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Assessment a : assessments) {
                s.setString(1, a.okrug());
                s.setString(2, a.objectId());
                s.setInt(3, a.year());
                s.setString(4, a.taxpayerId());
                s.setString(5, a.kbk());
                s.setLong(6, a.amountTiyn());
                s.setDate(7, Date.valueOf(a.dueDate()));
                s.setString(8, a.computation().length() > 2000 ? a.computation().substring(0, 2000) : a.computation());
                s.setBoolean(9, a.unverified());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    List<Assessment> assessments(Connection c, String okrug, String taxpayerId) throws SQLException {
        String sql = "SELECT okrug, object_id, taxpayer_id, tax_year, kbk, amount_tiyn, due_date, computation, unverified"
                + " FROM tax_assessment WHERE " + (taxpayerId == null ? "okrug LIKE ?" : "okrug = ? AND taxpayer_id = ?")
                + " ORDER BY tax_year, object_id";
        List<Assessment> assessments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, taxpayerId == null ? like(okrug) : okrug);
            if (taxpayerId != null) {
                s.setString(2, taxpayerId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assessments.add(new Assessment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getLong(6), day(rs.getDate(7)), rs.getString(8), rs.getBoolean(9)));
                }
            }
        }
        return assessments;
    }

    /** The payments of an okrug's payer, or of every okrug under a prefix, from both payment tables. */
    List<Payment> payments(Connection c, String okrug, String payerId) throws SQLException {
        String columns = "SELECT pay_date, payer_id, kbk, knp, amount_tiyn, document, okrug FROM ";
        String where = payerId == null ? " WHERE okrug LIKE ?" : " WHERE okrug = ? AND payer_id = ?";
        String sql = columns + PAYMENTS + where + " UNION ALL " + columns + RECENT_PAYMENTS + where + " ORDER BY 1, 6";
        List<Payment> payments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 0;
            for (int table = 0; table < 2; table++) {
                s.setString(++i, payerId == null ? like(okrug) : okrug);
                if (payerId != null) {
                    s.setString(++i, payerId);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payments.add(new Payment(day(rs.getDate(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return payments;
    }

    /** The arrears summary rows of the okrugs under a prefix. */
    List<ArrearsSummary.Row> arrearsDue(Connection c, String prefix) throws SQLException {
        List<ArrearsSummary.Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT okrug, kbk, due_date, accruing_from, aged_from,"
                + " penalty_aged_from, unpaid_tiyn, penalty_tiyn, accounts, due_accounts FROM tax_arrears_due"
                + " WHERE okrug LIKE ?")) {
            s.setString(1, like(prefix));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ArrearsSummary.Row(rs.getString(1), rs.getString(2), day(rs.getDate(3)),
                            day(rs.getDate(4)), day(rs.getDate(5)), day(rs.getDate(6)), rs.getLong(7),
                            rs.getBigDecimal(8).setScale(ArrearsSummary.PENALTY_SCALE), rs.getLong(9), rs.getLong(10)));
                }
            }
        }
        return rows;
    }

    /** Adds rows to the arrears summary (negative rows take away), dropping rows that come to nothing. */
    void addToArrearsDue(Connection c, java.util.Collection<ArrearsSummary.Row> rows) throws SQLException {
        Map<List<Object>, ArrearsSummary.Row> existing = new java.util.HashMap<>();
        for (String okrug : rows.stream().map(ArrearsSummary.Row::okrug).distinct().toList()) {
            for (ArrearsSummary.Row r : arrearsDue(c, okrug)) {
                existing.put(r.key(), r);
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE tax_arrears_due SET unpaid_tiyn = ?, penalty_tiyn = ?,"
                + " accounts = ?, due_accounts = ? WHERE okrug = ? AND kbk = ? AND due_date = ? AND accruing_from = ?"
                + " AND aged_from = ? AND penalty_aged_from = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO tax_arrears_due (unpaid_tiyn, penalty_tiyn,"
                        + " accounts, due_accounts, okrug, kbk, due_date, accruing_from, aged_from, penalty_aged_from)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement delete = c.prepareStatement("DELETE FROM tax_arrears_due WHERE okrug = ? AND kbk = ?"
                        + " AND due_date = ? AND accruing_from = ? AND aged_from = ? AND penalty_aged_from = ?")) {
            // the rows come merged by key, so no key is written twice in one batch
            for (ArrearsSummary.Row r : rows) {
                ArrearsSummary.Row before = existing.get(r.key());
                ArrearsSummary.Row after = before == null ? r : before.plus(r);
                if (after.isZero()) {
                    if (before != null) {
                        keyParameters(delete, 1, after);
                        delete.addBatch();
                    }
                    continue;
                }
                PreparedStatement s = before == null ? insert : update;
                s.setLong(1, after.unpaidTiyn());
                s.setBigDecimal(2, after.penaltyTiyn());
                s.setLong(3, after.accounts());
                s.setLong(4, after.dueAccounts());
                keyParameters(s, 5, after);
                s.addBatch();
            }
            delete.executeBatch();
            update.executeBatch();
            insert.executeBatch();
        }
    }

    private static void keyParameters(PreparedStatement s, int first, ArrearsSummary.Row r) throws SQLException {
        s.setString(first, r.okrug());
        s.setString(first + 1, r.kbk());
        s.setDate(first + 2, Date.valueOf(r.due()));
        s.setDate(first + 3, Date.valueOf(r.accruingFrom()));
        s.setDate(first + 4, Date.valueOf(r.agedFrom()));
        s.setDate(first + 5, Date.valueOf(r.penaltyAgedFrom()));
    }

    void deleteArrearsDue(Connection c, String prefix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tax_arrears_due WHERE okrug LIKE ?")) {
            s.setString(1, like(prefix));
            s.executeUpdate();
        }
    }

    /** What a taxpayer owes on one КБК by one assessment: all that settling needs, not the computation text. */
    record AccountLiability(String taxpayerId, String kbk, Ledger.Liability liability) {
    }

    /** The liabilities of some taxpayers of one okrug, from their assessments. */
    List<AccountLiability> liabilitiesOf(Connection c, String okrug, List<String> taxpayers) throws SQLException {
        return ofKeys(c, "t.taxpayer_id, t.kbk, t.tax_year, t.object_id, t.amount_tiyn, t.due_date", "tax_assessment",
                "taxpayer_id", okrug, taxpayers,
                rs -> new AccountLiability(rs.getString(1), rs.getString(2), new Ledger.Liability(
                        Ledger.Liability.refOf(rs.getInt(3), rs.getString(4)), rs.getLong(5), day(rs.getDate(6)))));
    }

    /** The payments of some payers of one okrug, from both payment tables. */
    List<Payment> paymentsOf(Connection c, String okrug, List<String> payers) throws SQLException {
        List<Payment> found = new ArrayList<>();
        for (String table : List.of(PAYMENTS, RECENT_PAYMENTS)) {
            found.addAll(ofKeys(c, "t.pay_date, t.payer_id, t.kbk, t.knp, t.amount_tiyn, t.document, t.okrug", table,
                    "payer_id", okrug, payers,
                    rs -> new Payment(day(rs.getDate(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7))));
        }
        return found;
    }

    /** A row of a result set as a value. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Rows of one okrug whose {@code keyColumn} is one of some distinct keys, in one statement
     * whatever their number: the keys as an array unnested and joined, so that each is a look-up of
     * (okrug, key) in the table's index. H2 takes neither {@code = ANY(?)} nor an IN list on the
     * index's second column as an index condition: either read every row of the okrug, which grows
     * with the database (docs/benchmarks.md).
     */
    static String ofKeysSql(String columns, String table, String keyColumn) {
        return "SELECT " + columns + " FROM UNNEST(CAST(? AS VARCHAR(40) ARRAY)) k(id) JOIN " + table
                + " t ON t.okrug = ? AND t." + keyColumn + " = k.id";
    }

    private static <T> List<T> ofKeys(Connection c, String columns, String table, String keyColumn, String okrug,
            List<String> keys, RowReader<T> reader) throws SQLException {
        List<T> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ofKeysSql(columns, table, keyColumn))) {
            s.setArray(1, c.createArrayOf("VARCHAR", keys.toArray()));
            s.setString(2, okrug);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(reader.read(rs));
                }
            }
        }
        return found;
    }

    /** A file's earlier import: its name, who imported it and when. */
    record EarlierImport(String file, String user, Instant at) {
    }

    /** Who imported the file with this hash and when, if anyone did. */
    Optional<EarlierImport> importOf(Connection c, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT file_name, imported_by, imported_at FROM tax_import WHERE file_sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new EarlierImport(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())) : Optional.empty();
            }
        }
    }

    /** The content of the latest imported version of each reference table. */
    Map<String, String> latestReferenceFiles(Connection c) throws SQLException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.table_name, f.content FROM tax_reference_file f"
                + " WHERE f.version = (SELECT MAX(g.version) FROM tax_reference_file g WHERE g.table_name = f.table_name)");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                files.put(rs.getString(1), rs.getString(2));
            }
        }
        return files;
    }

    void insertReferenceFile(Connection c, String table, String file, String sha256, String content, String user)
            throws SQLException {
        int version;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM tax_reference_file WHERE table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tax_reference_file (table_name, version, file_name,"
                + " file_sha256, content, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, table);
            s.setInt(2, version);
            s.setString(3, file);
            s.setString(4, sha256);
            s.setString(5, content);
            s.setString(6, user);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /** The okrug and number of every taxpayer generated as demo data under the prefix, as {@code okrug/number}. */
    java.util.Set<String> syntheticTaxpayers(Connection c, String prefix) throws SQLException {
        java.util.Set<String> found = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT okrug, taxpayer_id FROM tax_taxpayer WHERE okrug LIKE ? AND synthetic")) {
            s.setString(1, like(prefix));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
        }
        return found;
    }

    /** Whether a file of this name was imported for any okrug under the prefix. */
    boolean hasImport(Connection c, String prefix, String fileName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM tax_import WHERE okrug LIKE ? AND file_name = ? FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, like(prefix));
            s.setString(2, fileName);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Which of these payments are already stored, in either payment table: in the payment table by
     * day (see storedByDay), in the recent payments per okrug by the stored keys of the payers among
     * them, read from the primary key's (okrug, payer) prefix alone. The row key hashes the day and
     * the payer, so a row stored before is always on its day and under its payer.
     */
    Predicate<StoredPayment> storedAmong(Connection c, List<StoredPayment> rows)
            throws SQLException {
        Map<String, Set<String>> payersByOkrug = new java.util.TreeMap<>();
        for (StoredPayment r : rows) {
            payersByOkrug.computeIfAbsent(r.payment().okrug(), k -> new HashSet<>()).add(r.payment().payerId());
        }
        Set<String> found = storedByDay(c, rows);
        for (Map.Entry<String, Set<String>> e : payersByOkrug.entrySet()) {
            String okrug = e.getKey();
            found.addAll(ofKeys(c, "t.row_key", RECENT_PAYMENTS, "payer_id", okrug, new ArrayList<>(e.getValue()),
                    rs -> okrug + "|" + rs.getString(1)));
        }
        return r -> found.contains(r.payment().okrug() + "|" + r.rowKey());
    }

    /** Look-ups per statement of {@link #storedByDay}: bounds the arrays bound to one statement. */
    private static final int ROWS_PER_LOOKUP = 10_000;

    static final String STORED_BY_DAY_SQL = "SELECT t.okrug, t.row_key FROM UNNEST(CAST(? AS DATE ARRAY),"
            + " CAST(? AS VARCHAR(9) ARRAY), CAST(? AS VARCHAR(64) ARRAY)) k(d, o, r) JOIN " + PAYMENTS
            + " t ON t.pay_date = k.d AND t.okrug = k.o AND t.row_key = k.r";

    /**
     * Which of these rows the payment table holds, as {@code okrug|row key}: looked up by day, okrug
     * and row key (index {@code tax_payment_day}) in that order, so that a statement's look-up reads
     * the pages of its own days, not pages all over the table.
     */
    private static Set<String> storedByDay(Connection c, List<StoredPayment> unordered) throws SQLException {
        List<StoredPayment> rows = new ArrayList<>(unordered);
        rows.sort(Comparator.comparing((StoredPayment r) -> r.payment().date())
                .thenComparing(r -> r.payment().okrug()).thenComparing(StoredPayment::rowKey));
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(STORED_BY_DAY_SQL)) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_LOOKUP) {
                List<StoredPayment> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_LOOKUP));
                s.setArray(1, c.createArrayOf("DATE", part.stream().map(r -> Date.valueOf(r.payment().date())).toArray()));
                s.setArray(2, c.createArrayOf("VARCHAR", part.stream().map(r -> r.payment().okrug()).toArray()));
                s.setArray(3, c.createArrayOf("VARCHAR", part.stream().map(StoredPayment::rowKey).toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1) + "|" + rs.getString(2));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Inserts payments in the primary key's order (okrug, payer, КБК, row key): a bank file comes in date
     * order, and inserting its rows in key order touches each index page once instead of at random,
     * which is most of an import's cost on H2.
     */
    void insertPayments(Connection c, String table, List<StoredPayment> unordered, String sha256) throws SQLException {
        List<StoredPayment> payments = new ArrayList<>(unordered);
        payments.sort(Comparator.comparing((StoredPayment r) -> r.payment().okrug())
                .thenComparing(r -> r.payment().payerId()).thenComparing(r -> r.payment().kbk())
                .thenComparing(StoredPayment::rowKey));
        int full = payments.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        try (PreparedStatement many = c.prepareStatement(paymentInsert(table, ROWS_PER_INSERT))) {
            for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                insertPayments(many, payments.subList(from, from + ROWS_PER_INSERT), sha256);
            }
        }
        if (full < payments.size()) {
            try (PreparedStatement rest = c.prepareStatement(paymentInsert(table, payments.size() - full))) {
                insertPayments(rest, payments.subList(full, payments.size()), sha256);
            }
        }
    }

    /** Payments per INSERT statement: one statement per row spent more on each statement than on its row. */
    private static final int ROWS_PER_INSERT = 100;

    private static final String PAYMENT_COLUMNS = "okrug, payer_id, kbk, row_key, pay_date, knp, amount_tiyn, document,"
            + " file_sha256, file_line";

    private static String paymentInsert(String table, int rows) {
        return "INSERT INTO " + table + " (" + PAYMENT_COLUMNS + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    /** The batches moved out of the recent payments so far, all okrugs together: it only grows. */
    long batchesMoved(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(batches), 0) FROM tax_payment_moves");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The recent payments' okrugs cut into ranges of about {@code rows} payments each (an okrug with
     * more is a range of its own), in key order, as {from, to} okrug codes.
     */
    List<String[]> recentRanges(Connection c, int rows) throws SQLException {
        List<String[]> ranges = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT okrug, COUNT(*) FROM " + RECENT_PAYMENTS
                + " GROUP BY okrug ORDER BY okrug"); ResultSet rs = s.executeQuery()) {
            String from = null;
            String to = null;
            long inRange = 0;
            while (rs.next()) {
                if (from != null && inRange + rs.getLong(2) > rows) {
                    ranges.add(new String[] {from, to});
                    from = null;
                    inRange = 0;
                }
                from = from == null ? rs.getString(1) : from;
                to = rs.getString(1);
                inRange += rs.getLong(2);
            }
            if (from != null) {
                ranges.add(new String[] {from, to});
            }
        }
        return ranges;
    }

    /**
     * Moves the recent payments of the okrugs from one code to another into the payment table, in the
     * table's key order, and counts a batch for each of those okrugs. The caller holds the payments'
     * lock, so that no import writes in between.
     *
     * @return the payments moved
     */
    int moveRecent(Connection c, String fromOkrug, String toOkrug) throws SQLException {
        String range = " WHERE okrug BETWEEN ? AND ?";
        try (PreparedStatement count = c.prepareStatement("MERGE INTO tax_payment_moves m USING (SELECT DISTINCT okrug"
                + " FROM " + RECENT_PAYMENTS + range + ") r ON m.okrug = r.okrug"
                + " WHEN MATCHED THEN UPDATE SET batches = m.batches + 1"
                + " WHEN NOT MATCHED THEN INSERT (okrug, batches) VALUES (r.okrug, 1)");
                PreparedStatement copy = c.prepareStatement("INSERT INTO " + PAYMENTS + " (" + PAYMENT_COLUMNS
                        + ") SELECT " + PAYMENT_COLUMNS + " FROM " + RECENT_PAYMENTS + range
                        + " ORDER BY okrug, payer_id, kbk, row_key");
                PreparedStatement delete = c.prepareStatement("DELETE FROM " + RECENT_PAYMENTS + range)) {
            for (PreparedStatement s : List.of(count, copy, delete)) {
                s.setString(1, fromOkrug);
                s.setString(2, toOkrug);
            }
            count.executeUpdate();
            int moved = copy.executeUpdate();
            if (delete.executeUpdate() != moved) {
                throw new SQLException("recent payments of okrugs " + fromOkrug + " to " + toOkrug
                        + " changed while they were moved");
            }
            return moved;
        }
    }

    private static void insertPayments(PreparedStatement s, List<StoredPayment> payments, String sha256)
            throws SQLException {
        int i = 0;
        for (StoredPayment sp : payments) {
            Payment p = sp.payment();
            s.setString(++i, p.okrug());
            s.setString(++i, p.payerId());
            s.setString(++i, p.kbk());
            s.setString(++i, sp.rowKey());
            s.setDate(++i, Date.valueOf(p.date()));
            s.setString(++i, p.knp());
            s.setLong(++i, p.amountTiyn());
            s.setString(++i, p.document());
            s.setString(++i, sha256);
            s.setLong(++i, sp.line());
        }
        s.executeUpdate();
    }

    /**
     * Adds receipts to the monthly summary: rows that exist are updated, the others inserted, each
     * kind in one batch (a bank file touches tens of thousands of summary rows).
     */
    void addToSummary(Connection c, List<MonthReceipt> receipts) throws SQLException {
        Set<List<Object>> existing = new HashSet<>();
        List<String> okrugs = receipts.stream().map(MonthReceipt::okrug).distinct().toList();
        for (int from = 0; from < okrugs.size(); from += 500) {
            List<String> chunk = okrugs.subList(from, Math.min(okrugs.size(), from + 500));
            String sql = "SELECT okrug, tax_year, tax_month, kbk, knp FROM tax_receipt_month WHERE okrug IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        existing.add(List.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE tax_receipt_month SET amount_tiyn = amount_tiyn + ?,"
                + " payments = payments + ? WHERE okrug = ? AND tax_year = ? AND tax_month = ? AND kbk = ? AND knp = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO tax_receipt_month (okrug, tax_year, tax_month,"
                        + " kbk, knp, amount_tiyn, payments) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (MonthReceipt r : receipts) {
                if (existing.contains(List.of(r.okrug(), r.year(), r.month(), r.kbk(), r.knp()))) {
                    update.setLong(1, r.amountTiyn());
                    update.setLong(2, r.payments());
                    update.setString(3, r.okrug());
                    update.setInt(4, r.year());
                    update.setInt(5, r.month());
                    update.setString(6, r.kbk());
                    update.setString(7, r.knp());
                    update.addBatch();
                } else {
                    insert.setString(1, r.okrug());
                    insert.setInt(2, r.year());
                    insert.setInt(3, r.month());
                    insert.setString(4, r.kbk());
                    insert.setString(5, r.knp());
                    insert.setLong(6, r.amountTiyn());
                    insert.setLong(7, r.payments());
                    insert.addBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    /** Records a file's import for each okrug it touched: okrug → {payments, tiyn}. */
    void insertImport(Connection c, Map<String, long[]> byOkrug, String sha256, String file, String user)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tax_import (okrug, file_sha256, file_name, payments,"
                + " amount_tiyn, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Map.Entry<String, long[]> e : byOkrug.entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, sha256);
                s.setString(3, file);
                s.setInt(4, (int) e.getValue()[0]);
                s.setLong(5, e.getValue()[1]);
                s.setString(6, user);
                s.setTimestamp(7, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Summary rows under a prefix for a year, by month, КБК and КНП, summed over okrugs. */
    List<MonthReceipt> receipts(Connection c, String prefix, int year) throws SQLException {
        List<MonthReceipt> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tax_month, kbk, knp, SUM(amount_tiyn), SUM(payments)"
                + " FROM tax_receipt_month WHERE okrug LIKE ? AND tax_year = ? GROUP BY tax_month, kbk, knp")) {
            s.setString(1, like(prefix));
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MonthReceipt(prefix, year, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
        }
        return rows;
    }

    /** Receipts and plan per okrug under a prefix for a year, for the map: okrug → {actual, plan}. */
    void collectionByOkrug(Connection c, String prefix, int year, Map<String, long[]> into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT okrug, SUM(amount_tiyn) FROM tax_receipt_month"
                + " WHERE okrug LIKE ? AND tax_year = ? GROUP BY okrug")) {
            s.setString(1, like(prefix));
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.computeIfAbsent(rs.getString(1), k -> new long[2])[0] = rs.getLong(2);
                }
            }
        }
        for (PlanLine line : latestPlan(c, prefix, year)) {
            into.computeIfAbsent(line.okrug(), k -> new long[2])[1] += line.amountTiyn();
        }
    }

    /** Summary rows under a prefix for a year by okrug, КБК and month (КНП summed). */
    List<MonthReceipt> receiptsByOkrug(Connection c, String prefix, int year) throws SQLException {
        List<MonthReceipt> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT okrug, tax_month, kbk, SUM(amount_tiyn), SUM(payments)"
                + " FROM tax_receipt_month WHERE okrug LIKE ? AND tax_year = ? GROUP BY okrug, tax_month, kbk")) {
            s.setString(1, like(prefix));
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MonthReceipt(rs.getString(1), year, rs.getInt(2), rs.getString(3), "", rs.getLong(4),
                            rs.getLong(5)));
                }
            }
        }
        return rows;
    }

    /** When the newest row of {@code table} ({@code tax_import} or {@code tax_plan}) under a prefix was written. */
    Optional<Instant> lastImported(Connection c, String table, String prefix) throws SQLException {
        if (!table.equals("tax_import") && !table.equals("tax_plan")) {
            throw new IllegalArgumentException(table);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(imported_at) FROM " + table + " WHERE okrug LIKE ?")) {
            s.setString(1, like(prefix));
            try (ResultSet rs = s.executeQuery()) {
                Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
                return at == null ? Optional.empty() : Optional.of(at.toInstant());
            }
        }
    }

    int nextPlanVersion(Connection c, String okrug, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT MAX(version) FROM tax_plan WHERE okrug = ? AND plan_year = ?")) {
            s.setString(1, okrug);
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    void insertPlan(Connection c, List<PlanLine> lines, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tax_plan (okrug, plan_year, kbk, version, amount_tiyn,"
                + " decision, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlanLine l : lines) {
                s.setString(1, l.okrug());
                s.setInt(2, l.year());
                s.setString(3, l.kbk());
                s.setInt(4, l.version());
                s.setLong(5, l.amountTiyn());
                s.setString(6, l.decision());
                s.setString(7, user);
                s.setTimestamp(8, Timestamp.from(Instant.now()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The lines of each okrug's latest plan version for a year. */
    List<PlanLine> latestPlan(Connection c, String prefix, int year) throws SQLException {
        List<PlanLine> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.okrug, p.plan_year, p.kbk, p.version, p.amount_tiyn,"
                + " p.decision FROM tax_plan p WHERE p.okrug LIKE ? AND p.plan_year = ? AND p.version ="
                + " (SELECT MAX(q.version) FROM tax_plan q WHERE q.okrug = p.okrug AND q.plan_year = p.plan_year)"
                + " ORDER BY p.okrug, p.kbk")) {
            s.setString(1, like(prefix));
            s.setInt(2, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new PlanLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                            rs.getString(6)));
                }
            }
        }
        return lines;
    }
}
