/** Localisation helpers: every user-visible string exists in kk, ru and en. */
@Export
@Version("1.1.0")
package kz.aimaq.platform.api.l10n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
