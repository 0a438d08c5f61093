package kz.aimaq.reporting.api;

/**
 * What importing a submission file did.
 *
 * @param added     submissions new to this database
 * @param replaced  submissions whose values changed (their first receipt time is kept)
 * @param unchanged submissions already here with the same content: importing twice changes nothing
 */
public record ImportSummary(int added, int replaced, int unchanged) {
}
