/**
 * Local taxes of fourth-level (rural okrug) budgets: taxpayers and their objects, assessments by
 * the rules of each year, payments, arrears with penalties, and the budget plan against
 * execution. Money is always in tiyn ({@code long}, 100 tiyn = 1 tenge). The
 * {@link kz.aimaq.tax.api.TaxService} service provides it.
 */
@Export
@Version("1.2.0")
package kz.aimaq.tax.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
