package kz.aimaq.registry.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a KATO file would change, computed before anything is written. A unit both
 * renamed and moved appears in both lists.
 *
 * @param file          the file name
 * @param effectiveDate the day the new versions start
 * @param added         codes in the file that are not current
 * @param renamed       units whose Kazakh or Russian name differs
 * @param moved         units whose parent differs
 * @param reclassified  units whose kind differs
 * @param abolished     current units the file no longer has
 * @param currentUnits  how many units were current when the preview was made
 * @param endsMidLine   whether the file does not end with a line break, as a file cut off in the
 *                      middle of a line does
 */
public record ImportPreview(String file, LocalDate effectiveDate, List<Unit> added, List<UnitChange> renamed,
        List<UnitChange> moved, List<UnitChange> reclassified, List<Unit> abolished, int currentUnits,
        boolean endsMidLine) {

    /**
     * Abolishing more than this share of the current units, in percent, is no ordinary edition of
     * the classifier (abolishing a whole district is about 1.5 %): a file with only its header would
     * abolish them all.
     *
     * @since 1.3
     */
    public static final int SMALL_SHARE_PERCENT = 2;

    public ImportPreview {
        added = List.copyOf(added);
        renamed = List.copyOf(renamed);
        moved = List.copyOf(moved);
        reclassified = List.copyOf(reclassified);
        abolished = List.copyOf(abolished);
    }

    /**
     * Whether the import would abolish more than {@value #SMALL_SHARE_PERCENT} % of the current units.
     *
     * @since 1.3
     */
    public boolean abolishesMany() {
        return (long) abolished.size() * 100 > (long) currentUnits * SMALL_SHARE_PERCENT;
    }

    /**
     * Whether the import may only be applied once the user has confirmed the number of units it
     * abolishes: it abolishes many, or the file may have been cut off.
     *
     * @since 1.3
     */
    public boolean needsConfirmation() {
        return abolishesMany() || endsMidLine;
    }

    /** Whether the file matches the registry. */
    public boolean isEmpty() {
        return added.isEmpty() && renamed.isEmpty() && moved.isEmpty() && reclassified.isEmpty()
                && abolished.isEmpty();
    }
}
