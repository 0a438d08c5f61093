package kz.aimaq.tax.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import kz.aimaq.tax.api.IdCheck;
import kz.aimaq.tax.api.InputProblem;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.ReferenceRow;

/** Reads a bank payment file and checks every field of every row. */
final class PaymentFile {

    static final List<String> COLUMNS = List.of("date", "payer", "kbk", "knp", "amount", "document", "kato");
    private static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private PaymentFile() {
    }

    /**
     * The rows of a payment file, XLSX (recognised by its zip signature) or CSV, with their row
     * keys; every bad field is a problem.
     */
    static List<TaxStore.StoredPayment> read(byte[] bytes, String file, ReferenceTables tables, Units units,
            LocalDate today, List<InputProblem> problems) throws IOException {
        List<? extends InputRow> rows = XlsxSheet.looksLikeZip(bytes) ? XlsxRows.read(bytes, file, COLUMNS, problems)
                : TaxCsv.read(new java.io.ByteArrayInputStream(bytes), file, COLUMNS, problems);
        return check(rows, tables, units, today, problems);
    }

    private static List<TaxStore.StoredPayment> check(List<? extends InputRow> rows, ReferenceTables tables,
            Units units, LocalDate today, List<InputProblem> problems) {
        List<TaxStore.StoredPayment> payments = new ArrayList<>();
        Set<String> knownKbk = new HashSet<>();
        for (ReferenceRow row : tables.rows("kbk")) {
            knownKbk.add(row.values().get(0));
        }
        for (InputRow row : rows) {
            int before = problems.size();
            LocalDate date = date(row, today);
            String payer = row.required("payer");
            if (payer != null) {
                IdCheck check = IdNumbers.check(payer, today);
                if (!check.valid()) {
                    row.problem("payer", "IIN/BIN " + IdCheck.mask(payer) + " " + check.reason());
                }
            }
            String kbk = row.required("kbk");
            if (kbk != null && !knownKbk.contains(kbk)) {
                row.problem("kbk", "'" + kbk + "' is not in the КБК reference table");
            } else if (kbk != null && date != null && tables.rows("kbk").stream()
                    .noneMatch(r -> r.values().get(0).equals(kbk) && r.appliesOn(date))) {
                row.problem("kbk", kbk + " was not in force on " + date);
            }
            String knp = row.required("knp");
            if (knp != null && !knp.matches("\\d{3}")) {
                row.problem("knp", "'" + knp + "' is not a 3-digit КНП (911 tax, 912 penalty)");
            }
            long amount = 0;
            String amountText = row.required("amount");
            if (amountText != null) {
                try {
                    amount = Money.parseTenge(amountText.replace(',', '.'));
                    if (amount == 0) {
                        row.problem("amount", "is zero");
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    row.problem("amount", "'" + amountText + "' is no amount in tenge with at most 2 decimals");
                }
            }
            String document = row.required("document");
            if (document != null && document.length() > 60) {
                row.problem("document", "is longer than 60 characters");
            }
            String kato = row.required("kato");
            if (kato != null && !kato.matches("\\d{9}")) {
                row.problem("kato", "'" + kato + "' is not a 9-digit KATO code");
            } else if (kato != null && !units.isBudgetUnit(kato)) {
                row.problem("kato", kato + " is no current unit with its own budget in the registry");
            }
            if (problems.size() == before) {
                Payment p = new Payment(date, payer, kbk, knp, amount, document, kato);
                payments.add(new TaxStore.StoredPayment(p, rowKey(p), row.line()));
            }
        }
        return payments;
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
            row.problem("date", "'" + text + "' is no day (YYYY-MM-DD or DD.MM.YYYY)");
            return null;
        }
        if (date.isAfter(today)) {
            row.problem("date", date + " lies in the future");
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
