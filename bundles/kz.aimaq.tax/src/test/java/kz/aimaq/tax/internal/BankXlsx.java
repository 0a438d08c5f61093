package kz.aimaq.tax.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A bank's payment spreadsheet for tests, written by fastexcel: dates as date cells and as text, amounts and IDs as numbers and text. */
final class BankXlsx {

    private BankXlsx() {
    }

    /** Writes the header of a payment file and the rows (LocalDate, Number, other values as text, null as empty). */
    static Path write(Path path, Object[]... rows) throws IOException {
        try (var out = Files.newOutputStream(path)) {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "aimaq-test", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Төлемдер");
            String[] header = {"Күні [date]", "payer", "kbk", "knp", "amount", "document", "kato"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        sheet.value(r + 1, c, d);
                        sheet.style(r + 1, c).format("dd.mm.yyyy").set();
                    } else if (v instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else if (v != null) {
                        sheet.value(r + 1, c, v.toString());
                    }
                }
            }
            workbook.finish();
        }
        return path;
    }
}
