package kz.aimaq.tax.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.ReferenceRow;

/** Reads a bank payment file and checks every field of every row. */
final class PaymentFile {

    static final List<String> COLUMNS = List.of("date", "payer", "kbk", "knp", "amount", "document", "kato");
    /** The longest payment document number a bank file may hold. */
    private static final int DOCUMENT_LENGTH = 60;
    private static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern KNP = Pattern.compile("\\d{3}");
    private static final Pattern KATO = Pattern.compile("\\d{9}");

    private PaymentFile() {
    }

    /**
     * The rows of a payment file, XLSX (recognised by its zip signature) or CSV, with their row
     * keys; every bad field is a problem, said in {@code locale}'s language (the importing user's).
     */
    static List<TaxStore.StoredPayment> read(byte[] bytes, String file, ReferenceTables tables, Units units,
            LocalDate today, Locale locale, List<InputProblem> problems) throws IOException {
        List<? extends InputRow> rows = XlsxSheet.looksLikeZip(bytes)
                ? XlsxRows.read(bytes, file, COLUMNS, locale, problems)
                : TaxCsv.read(new java.io.ByteArrayInputStream(bytes), file, COLUMNS, locale, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            // a header alone is what a transfer cut short after its first line looks like
            problems.add(new InputProblem(file, 1, "-", ProblemTexts.of(locale).get("file.noPayments")));
        }
        return check(rows, tables, units, today, problems);
    }

    private static List<TaxStore.StoredPayment> check(List<? extends InputRow> rows, ReferenceTables tables,
            Units units, LocalDate today, List<InputProblem> problems) {
        List<TaxStore.StoredPayment> payments = new ArrayList<>();
        Set<String> knownKbk = new HashSet<>();
        for (ReferenceRow row : tables.rows("kbk")) {
            knownKbk.add(row.values().get(0));
        }
        // a bank file repeats a few dates, КБК, КНП and okrugs in every row: one object each (its
        // payments stay in memory from preview to import)
        Map<Object, Object> shared = new HashMap<>();
        for (InputRow row : rows) {
            int before = problems.size();
            LocalDate date = date(row, today);
            String payer = row.required("payer");
            if (payer != null) {
                IdCheck check = IdNumbers.check(payer, today, row.texts());
                if (!check.valid()) {
                    row.problem("payer", "payer.invalid", IdCheck.mask(payer), check.reason());
                }
            }
            String kbk = row.required("kbk");
            if (kbk != null && !knownKbk.contains(kbk)) {
                row.problem("kbk", "kbk.unknown", kbk);
            } else if (kbk != null && date != null && tables.rows("kbk").stream()
                    .noneMatch(r -> r.values().get(0).equals(kbk) && r.appliesOn(date))) {
                row.problem("kbk", "kbk.notInForce", kbk, date.toString());
            }
            String knp = row.required("knp");
            if (knp != null && !KNP.matcher(knp).matches()) {
                row.problem("knp", "knp.invalid", knp);
            }
            long amount = 0;
            String amountText = row.required("amount");
            if (amountText != null) {
                try {
                    amount = Money.parseTenge(amountText.replace(',', '.'));
                    if (amount == 0) {
                        row.problem("amount", "amount.zero");
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    row.problem("amount", "amount.invalid", amountText);
                }
            }
            String document = row.required("document");
            if (document != null && document.length() > DOCUMENT_LENGTH) {
                row.problem("document", "document.tooLong", DOCUMENT_LENGTH);
            }
            String kato = row.required("kato");
            if (kato != null && !KATO.matcher(kato).matches()) {
                row.problem("kato", "kato.invalid", kato);
            } else if (kato != null && !units.isBudgetUnit(kato)) {
                row.problem("kato", "kato.notBudgetUnit", kato);
            }
            if (problems.size() == before) {
                Payment p = new Payment(one(shared, date), payer, one(shared, kbk), one(shared, knp), amount, document,
                        one(shared, kato));
                payments.add(new TaxStore.StoredPayment(p, rowKey(p), row.line()));
            }
        }
        return payments;
    }

    @SuppressWarnings("unchecked")
    private static <T> T one(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    private static LocalDate date(InputRow row, LocalDate today) {
        String text = row.required("date");
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = text.contains(".") ? LocalDate.parse(text, BANK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            row.problem("date", "date.invalid", text);
            return null;
        }
        if (date.isAfter(today)) {
            row.problem("date", "date.future", date.toString());
            return null;
        }
        return date;
    }

    /** SHA-256 of the normalised row: the same payment from any file gives the same key. */
    static String rowKey(Payment p) {
        return sha256((p.date() + "|" + p.payerId() + "|" + p.kbk() + "|" + p.knp() + "|" + p.amountTiyn() + "|"
                + p.document() + "|" + p.okrug()).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
