/**
 * Platform contracts: who the user is, which modules exist and where they are enabled,
 * and the audit trail of administrative changes.
 */
@Export
@Version("1.1.0")
package kz.aimaq.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
