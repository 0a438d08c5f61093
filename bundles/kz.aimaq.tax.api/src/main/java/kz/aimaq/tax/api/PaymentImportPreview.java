package kz.aimaq.tax.api;

import java.util.List;
import java.util.Map;

/**
 * What importing a payment file would do. Applying it writes all of {@link #payments()} or nothing.
 *
 * @param file            the file name
 * @param sha256          the file's content hash: the same file is recognised when imported again
 * @param payments        the rows that would be imported
 * @param duplicateLines  lines skipped because the same row is already imported or repeated earlier in the file
 * @param totalsByKbk     tiyn per КБК of the rows that would be imported
 */
public record PaymentImportPreview(String file, String sha256, List<Payment> payments, List<Long> duplicateLines,
        Map<String, Long> totalsByKbk) {

    public PaymentImportPreview {
        payments = List.copyOf(payments);
        duplicateLines = List.copyOf(duplicateLines);
        totalsByKbk = Map.copyOf(totalsByKbk);
    }
}
