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
 */
public record ImportPreview(String file, LocalDate effectiveDate, List<Unit> added, List<UnitChange> renamed,
        List<UnitChange> moved, List<UnitChange> reclassified, List<Unit> abolished) {

    public ImportPreview {
        added = List.copyOf(added);
        renamed = List.copyOf(renamed);
        moved = List.copyOf(moved);
        reclassified = List.copyOf(reclassified);
        abolished = List.copyOf(abolished);
    }

    /** Whether the file matches the registry. */
    public boolean isEmpty() {
        return added.isEmpty() && renamed.isEmpty() && moved.isEmpty() && reclassified.isEmpty()
                && abolished.isEmpty();
    }
}
