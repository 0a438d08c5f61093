package kz.aimaq.platform.api;

/**
 * What {@link AuditLog#verify()} found.
 *
 * @param checked       how many entries were read
 * @param firstBroken   the sequence number of the first entry that was altered, removed or inserted; 0 when intact
 * @param problem       what is wrong there, e.g. "entry 7 was altered: its content no longer matches its hash"; empty when intact
 */
public record AuditCheck(long checked, long firstBroken, String problem) {

    public static AuditCheck intact(long checked) {
        return new AuditCheck(checked, 0, "");
    }

    public boolean isIntact() {
        return firstBroken == 0 && problem.isEmpty();
    }
}
