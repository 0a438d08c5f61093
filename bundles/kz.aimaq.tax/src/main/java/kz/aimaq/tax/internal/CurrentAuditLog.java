package kz.aimaq.tax.internal;

/**
 * The platform's {@link kz.aimaq.platform.api.CurrentAuditLog} under the name this package's
 * classes use (the best audit log available now; without any, a change is not made).
 */
final class CurrentAuditLog extends kz.aimaq.platform.api.CurrentAuditLog {
}
